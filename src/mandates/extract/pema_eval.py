"""Score the task extractor against PEMA's human coding (../shared/gold/pema).

A gold row is one resolution and one mission; a task is *present* in it when
any of its four modality cells (``_Monitor``, ``_Assist``, ``_Security``,
``_Encouraged``) is non-empty. We score presence over (resolution, mission,
task) triples — micro precision, recall and F1, and the same per task — and,
among the true positives, how often the modalities and the paragraphs agree.

PEMA writes paragraph references by hand ("16c, 16c(i), 26", "13c(iv),
13c(v)", "7 I c)", "p.3" for a preambular paragraph, "19 referring to 76
(S/1996/1012)" for a paragraph of another document). ``parse_refs`` reads
them; ``canonical`` reduces both sides to "16ci" so "16c(i)" meets our label
"OP 16(c)(i)".

``disagreements`` lists, as data, the places where we think PEMA is wrong or
follows a convention the project does not share; ``scripts/pema_disagreements.py``
writes them to ``docs/pema-disagreements.md``.
"""
from __future__ import annotations

import csv
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..missions import Registry
from ..readers.akn import read_akn
from ..records import OPERATIVE, Decision
from .task_rules import READ_ELSEWHERE, TASKS
from .tasks import _generic_refs, _mission_counts, _provisions, mission_task_provisions

MODALITY_COLUMNS = {"Monitor": "monitor", "Assist": "assist", "Security": "secure",
                    "Encouraged": "encouraged"}

_ROLLOVER = re.compile(r"\bextend\w*\b[^;]{0,200}?\b(?:mandate|tasks)\b[^;]{0,120}?\bas\s+(?:set\s+out|"
                       r"contained|defined|established)\s+in\b", re.I)
_EXTERNAL = re.compile(r"\(S/\d|referring|PIC\b|Agreement|Annex|Declaration|Conclusions", re.I)
_TIME_LIKE = re.compile(r"^\d{1,2}:\d{2}\s*[AP]M$", re.I)
_PREAMBLE_REF = re.compile(r"^p\.?\s*(\d+)$", re.I)
_OPERATIVE_REF = re.compile(r"^(\d+)\s*([A-Za-z()\s]*)\)?\??$")


@dataclass
class Refs:
    """What a PEMA cell cites."""

    operative: list[str] = field(default_factory=list)   # canonical: "16ci"
    preamble: list[int] = field(default_factory=list)
    external: bool = False       # cites another document
    unreadable: list[str] = field(default_factory=list)


def canonical(ref: str) -> str:
    """"OP 16(c)(i)" / "16c(i)" / "16 c) i" -> "16ci" (lower case, no brackets or spaces)."""
    ref = re.sub(r"^(?:OP|PP)\s*", "", ref.strip())
    ref = re.sub(r"\bbullet\s*", "", ref)
    return re.sub(r"[\s()?.]", "", ref).lower()


def top_level(canonical_ref: str) -> str:
    match = re.match(r"\d+", canonical_ref)
    return match.group() if match else ""


def parse_refs(cell: str) -> Refs:
    refs = Refs()
    cell = cell.strip()
    if not cell:
        return refs
    if _EXTERNAL.search(cell):
        refs.external = True
        return refs
    for part in re.split(r"[,;]", cell):
        part = part.strip()
        if not part:
            continue
        if _TIME_LIKE.match(part):
            refs.unreadable.append(part)
            continue
        pre = _PREAMBLE_REF.match(part)
        if pre:
            refs.preamble.append(int(pre.group(1)))
            continue
        op = _OPERATIVE_REF.match(part)
        if op:
            refs.operative.append(canonical(part))
        else:
            refs.unreadable.append(part)
    return refs


def resolution_number(signature: str) -> int | None:
    match = re.search(r"S/RES/(\d+)", signature)
    return int(match.group(1)) if match else None


def find_resolution_file(unxml_dir: Path, number: int) -> Path | None:
    for pattern in (f"S_RES_{number}_*.xml", f"S_RES_{number} *.xml", f"S_RES_{number}-*.xml",
                    f"SC_{number}_*.xml"):
        matches = sorted(unxml_dir.rglob(pattern))
        if matches:
            return matches[0]
    return None


def load_gold(gold_csv: Path) -> tuple[list[dict], list[str]]:
    with open(gold_csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows, list(TASKS)


def gold_cells(row: dict, task: str) -> dict[str, str]:
    """{our modality: cell} for the task's non-empty modality columns."""
    return {ours: row[f"{task}_{column}"].strip() for column, ours in MODALITY_COLUMNS.items()
            if row.get(f"{task}_{column}", "").strip()}


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _addressed_paragraphs(decision: Decision, mission: str, registry: Registry) -> set[str]:
    """Top-level operative numbers in which some clause or point addresses the mission (as
    actor or supported), read the way the extractor reads them."""
    target = registry.get(mission)
    generic = _generic_refs(target, _mission_counts(decision, registry), registry)
    eids: set[str] = set()
    _provisions(decision, target, generic, addressed=eids)
    labels = {p.eid: p.label for p in decision.paragraphs}
    return {top_level(canonical(labels[eid])) for eid in eids}


def evaluate_pema(gold_csv: Path, unxml_dir: Path, registry: Registry | None = None) -> dict:
    """Score ``mission_task_provisions`` on every gold row whose resolution is in ``unxml_dir``.

    Returns ``rows``, ``scored``, ``missing`` (rows without a resolution file, not scored),
    ``micro`` and ``per_task`` (precision, recall, F1, tp/fp/fn over task presence),
    ``micro_own_text`` (the same without gold cells that only cite other documents),
    ``modality_agreement``, ``paragraph_agreement`` (``top_level``, ``exact``),
    ``ms_per_resolution`` (CPU time of the extraction, warm, best of three passes;
    ``read_ms_per_resolution`` is the XML reading), ``disagreements`` (where we think PEMA
    is wrong or follows another convention), ``reader_gaps`` (paragraphs PEMA cites that
    our reader does not find) and ``errors`` (every false positive and negative).
    """
    registry = registry or Registry.load()
    rows, tasks = load_gold(Path(gold_csv))
    counts = {task: [0, 0, 0] for task in tasks}  # tp, fp, fn
    counts_own_text = [0, 0, 0]
    missing: list[str] = []
    modality_hits = modality_total = 0
    top_hits = exact_hits = paragraph_total = 0
    disagreements: list[dict] = []
    reader_gaps: list[dict] = []
    errors: list[dict] = []
    timed: list[tuple[Decision, str]] = []
    read_elapsed = 0.0
    decisions: dict[int, Decision] = {}
    seen_rows: dict[tuple[int, str], dict] = {}
    scored = 0
    for row in rows:
        signature = row["Signature"].strip()
        mission = row["NamePKO"].strip()
        number = resolution_number(signature)
        path = find_resolution_file(Path(unxml_dir), number) if number else None
        if path is None:
            missing.append(f"{signature} {mission}")
            continue
        if number not in decisions:
            began = time.perf_counter()
            decisions[number] = read_akn(path.read_bytes(), str(path))
            read_elapsed += time.perf_counter() - began
        decision = decisions[number]
        provisions = mission_task_provisions(decision, mission, registry)
        timed.append((decision, mission))
        scored += 1
        ours: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for p in provisions:
            ours[p.task][p.modality].append(p.label)
        op_numbers = {top_level(canonical(p.label)) for p in decision.paragraphs
                      if p.kind == OPERATIVE and p.parent_eid is None}
        addressed = None
        key = (number, mission)
        if key in seen_rows and seen_rows[key] != {t: gold_cells(row, t) for t in tasks}:
            disagreements.append(_disagreement(decision, mission, "(all)", "", "",
                                               "duplicate", "PEMA has two rows for this resolution "
                                               "and mission that code different tasks"))
        seen_rows[key] = {t: gold_cells(row, t) for t in tasks}
        for task in tasks:
            cells = gold_cells(row, task)
            ours_task = ours.get(task, {})
            gold_present, our_present = bool(cells), bool(ours_task)
            refs = [parse_refs(c) for c in cells.values()]
            our_labels = sorted({label for labels in ours_task.values() for label in labels})
            theirs_text = "; ".join(f"{m}: {c}" for m, c in cells.items())
            external_only = gold_present and all(r.external for r in refs)
            tally = counts[task]
            if gold_present and our_present:
                tally[0] += 1
                modality_total += 1
                modality_hits += bool(set(ours_task) & set(cells))
                their_canon = {c for r in refs for c in r.operative}
                our_canon = {canonical(label) for label in our_labels}
                if their_canon:
                    paragraph_total += 1
                    top_hits += bool({top_level(c) for c in our_canon} & {top_level(c) for c in their_canon})
                    exact_hits += bool(our_canon & their_canon)
            elif our_present:
                tally[1] += 1
                errors.append({"resolution": decision.symbol, "mission": mission, "task": task,
                               "error": "fp", "ours": our_labels, "theirs": ""})
            elif gold_present:
                tally[2] += 1
                errors.append({"resolution": decision.symbol, "mission": mission, "task": task,
                               "error": "fn", "ours": [], "theirs": theirs_text})
            if not external_only:
                counts_own_text[0] += gold_present and our_present
                counts_own_text[1] += our_present and not gold_present
                counts_own_text[2] += gold_present and not our_present
            # -- where we think PEMA is wrong or follows another convention --
            if not gold_present:
                continue
            ours_text = ", ".join(our_labels)
            if external_only:
                disagreements.append(_disagreement(
                    decision, mission, task, ours_text, theirs_text, "external",
                    "cell cites paragraphs of other documents, not of this resolution"))
                continue
            unreadable = [u for r in refs for u in r.unreadable]
            if unreadable:
                disagreements.append(_disagreement(
                    decision, mission, task, ours_text, theirs_text, "unreadable",
                    "reference is not a paragraph number (a spreadsheet turned it into a time?)"))
            cited = {top_level(c) for r in refs for c in r.operative}
            absent = sorted(cited - op_numbers, key=int)
            highest = max((int(n) for n in op_numbers if n), default=0)
            beyond = [n for n in absent if int(n) > highest]
            gaps = [n for n in absent if int(n) <= highest]
            if beyond:
                disagreements.append(_disagreement(
                    decision, mission, task, ours_text, theirs_text, "no_such_paragraph",
                    f"the resolution has {highest} operative paragraphs; PEMA cites {', '.join(beyond)}"))
            if gaps:
                # Our reader's numbering has a hole here: our problem, not PEMA's.
                reader_gaps.append(_disagreement(
                    decision, mission, task, ours_text, theirs_text, "reader_gap",
                    f"the reader finds no operative paragraph {', '.join(gaps)} in the XML"))
            if not our_present:
                if task in READ_ELSEWHERE:
                    disagreements.append(_disagreement(
                        decision, mission, task, ours_text, theirs_text, "use_of_force",
                        "an authorization to use force is read as its own provision "
                        "(authorize_force), not as a task"))
                    continue
                if any(r.preamble for r in refs) and not cited:
                    disagreements.append(_disagreement(
                        decision, mission, task, ours_text, theirs_text, "preamble",
                        "only a preambular paragraph is cited; tasks come from operative paragraphs"))
                    continue
                if addressed is None:
                    addressed = _addressed_paragraphs(decision, mission, registry)
                present = cited & op_numbers
                by_number = {top_level(canonical(p.label)): p.text for p in decision.paragraphs
                             if p.kind == OPERATIVE and p.parent_eid is None}
                if present and all(_ROLLOVER.search(by_number[n]) for n in present):
                    disagreements.append(_disagreement(
                        decision, mission, task, ours_text, theirs_text, "rollover",
                        "cited paragraph only extends the mandate as set out in an earlier "
                        "resolution; the earlier tasks are carried forward, not re-read here"))
                elif present and not present & addressed:
                    disagreements.append(_disagreement(
                        decision, mission, task, ours_text, theirs_text, "not_addressed",
                        "cited paragraph(s) address another actor (Government, parties, "
                        "Secretary-General), not the mission"))
    # Extraction time: CPU time of a warm pass over every scored row, best of three.
    elapsed = min(_time_pass(timed, registry) for _ in range(3)) if timed else 0.0
    total_tp = sum(c[0] for c in counts.values())
    total_fp = sum(c[1] for c in counts.values())
    total_fn = sum(c[2] for c in counts.values())
    for item in errors:
        if item["error"] == "fp" and _clear_mandate(item, decisions, registry):
            disagreements.append({**item, "kind": "omitted",
                                  "ours": ", ".join(item["ours"]), "theirs": "",
                                  "reason": "task given in a list of the mission's mandated tasks; "
                                            "PEMA codes nothing for it"})
    return {
        "rows": len(rows),
        "scored": scored,
        "missing": missing,
        "micro": _prf(total_tp, total_fp, total_fn),
        "micro_own_text": _prf(*counts_own_text),
        "per_task": {task: _prf(*c) for task, c in counts.items()},
        "modality_agreement": round(modality_hits / modality_total, 4) if modality_total else 0.0,
        "paragraph_agreement": {
            "top_level": round(top_hits / paragraph_total, 4) if paragraph_total else 0.0,
            "exact": round(exact_hits / paragraph_total, 4) if paragraph_total else 0.0,
        },
        "ms_per_resolution": round(1000 * elapsed / scored, 3) if scored else 0.0,
        "read_ms_per_resolution": round(1000 * read_elapsed / len(decisions), 3) if decisions else 0.0,
        "disagreements": disagreements,
        "reader_gaps": reader_gaps,
        "errors": errors,
    }


def _time_pass(rows: list[tuple[Decision, str]], registry: Registry) -> float:
    began = time.process_time()
    for decision, mission in rows:
        mission_task_provisions(decision, mission, registry)
    return time.process_time() - began


def _clear_mandate(item: dict, decisions: dict[int, Decision], registry: Registry) -> bool:
    """A false positive we stand by: the task sits in a point of a list the mission is
    mandated to carry out ("Decides that the mandate of X shall be the following:")."""
    number = resolution_number(item["resolution"])
    decision = decisions.get(number) if number else None
    if decision is None:
        return False
    provisions = mission_task_provisions(decision, item["mission"], registry)
    return any(p.task == item["task"] and p.modality != "encouraged" and "(" in p.label
               for p in provisions)


def _disagreement(decision: Decision, mission: str, task: str, ours: str, theirs: str,
                  kind: str, reason: str) -> dict:
    return {"resolution": decision.symbol, "mission": mission, "task": task, "ours": ours,
            "theirs": theirs, "kind": kind, "reason": reason}


def summary(result: dict) -> dict:
    """The headline figures of ``evaluate_pema`` (without the per-row lists)."""
    keep = ("rows", "scored", "missing", "micro", "micro_own_text", "modality_agreement",
            "paragraph_agreement", "ms_per_resolution", "read_ms_per_resolution")
    out = {key: result[key] for key in keep}
    out["per_task"] = {task: {k: v[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}
                       for task, v in result["per_task"].items()}
    out["disagreements"] = len(result["disagreements"])
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m mandates.extract.pema_eval [GOLD_CSV] [UNXML_DIR]``: print the figures as JSON."""
    import json
    import sys

    args = sys.argv[1:] if argv is None else argv
    shared = Path(__file__).resolve().parents[4] / "shared"
    gold = Path(args[0]) if args else shared / "gold" / "pema" / "pema_dev.csv"
    unxml = Path(args[1]) if len(args) > 1 else shared / "data" / "unxml"
    print(json.dumps(summary(evaluate_pema(gold, unxml)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
