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
writes them to ``docs/pema-disagreements.md``. Each is found by a rule on the
error itself, never by naming a resolution: PEMA's cell cites another document,
a preambular paragraph, a paragraph that does not exist or addresses another
actor; PEMA codes the same words differently in another resolution
(``inconsistent``); PEMA files a paragraph under another task than the one its
words name (``filed_elsewhere``) or under a task none of its words name
(``no_task_words``); the task is in the mission's list of mandated
tasks (``omitted``) or the Council asks the mission itself (``asked``) and PEMA
codes nothing. The errors no rule explains are ours to fix.
"""
from __future__ import annotations

import csv
import difflib
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..missions import Registry
from ..readers.akn import read_akn
from ..records import INTRO, OPERATIVE, POINT, PREAMBLE, Decision, Paragraph, Provision
from .task_actors import ACTOR, generic_refs, mission_counts, names_with_task_words
from .task_rules import ENCOURAGED, READ_ELSEWHERE, TASKS, TRIGGERS
from .tasks import _provisions, mission_task_provisions

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
    generic = generic_refs(target, mission_counts(decision, registry), registry)
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
    error_rows: list[int] = []  # the index in scored_rows of each error
    timed: list[tuple[Decision, str]] = []
    read_elapsed = 0.0
    decisions: dict[int, Decision] = {}
    seen_rows: dict[tuple[int, str], dict] = {}
    scored_rows: list[_Row] = []
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
        scored_rows.append(_Row(decision, mission, row, provisions))
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
                error_rows.append(len(scored_rows) - 1)
            elif gold_present:
                tally[2] += 1
                errors.append({"resolution": decision.symbol, "mission": mission, "task": task,
                               "error": "fn", "ours": [], "theirs": theirs_text})
                error_rows.append(len(scored_rows) - 1)
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
    disagreements += _explain(errors, error_rows, scored_rows, disagreements, registry)
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


@dataclass
class _Row:
    """A scored gold row: the resolution, the mission, PEMA's cells and what we read."""

    decision: Decision
    mission: str
    gold: dict
    provisions: list[Provision]

    def cited(self, task: str) -> list[Paragraph]:
        """The paragraphs PEMA cites for ``task`` in this row (points where it names one)."""
        by_label = {canonical(p.label): p for p in self.decision.paragraphs if p.kind != PREAMBLE}
        out: list[Paragraph] = []
        for cell in gold_cells(self.gold, task).values():
            for ref in parse_refs(cell).operative:
                paragraph = by_label.get(ref) or by_label.get(top_level(ref))
                if paragraph is not None and paragraph not in out:
                    out.append(paragraph)
        return out


def _wording(text: str) -> list[str]:
    """A paragraph's words, for finding the same paragraph in another resolution: lower case,
    acronyms and numbers blanked ("Encourages MONUC …" and "Encourages MONUSCO …" match)."""
    text = re.sub(r"\b[A-Z][A-Za-z]*[A-Z]\w*\b", "X", text)
    return re.sub(r"\d+", "0", text.lower()).replace("’", "'").split()


def _same_words(a: list[str], b: list[str]) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


def _explain(errors: list[dict], error_rows: list[int], rows: list[_Row], known: list[dict],
             registry: Registry) -> list[dict]:
    """Disagreements read from the errors themselves, for the errors not yet explained:

    - ``inconsistent``: PEMA codes the task for these words in one resolution and not in
      another (our false positive: PEMA codes the same words elsewhere; our false negative:
      PEMA leaves the same words uncoded elsewhere);
    - ``filed_elsewhere``: PEMA codes the paragraph under one task, we under another;
    - ``no_task_words``: none of the words that name the task occur in what PEMA cites;
    - ``omitted``: the task sits in a point of the list of the mission's mandated tasks;
    - ``asked``: the Council asks the mission itself, in the clause that names the task.
    """
    explained = {(d["resolution"], d["mission"], d["task"]) for d in known}
    # What PEMA cites for each task, and every paragraph of each row by its first words.
    coded: dict[str, list[tuple[list[str], int, Paragraph]]] = defaultdict(list)
    by_opening: dict[tuple[str, ...], list[tuple[list[str], int, Paragraph]]] = defaultdict(list)
    for index, row in enumerate(rows):
        for task in TASKS:
            for paragraph in row.cited(task):
                coded[task].append((_wording(paragraph.text), index, paragraph))
        for paragraph in row.decision.paragraphs:
            if paragraph.kind in (OPERATIVE, POINT):
                words = _wording(paragraph.text)
                by_opening[tuple(words[:6])].append((words, index, paragraph))
    # The tasks PEMA codes for a resolution and mission in any of its rows (it has duplicates).
    coded_for: dict[tuple[int | None, str], set[str]] = defaultdict(set)
    for row in rows:
        coded_for[(row.decision.number, row.mission)] |= {t for t in TASKS if gold_cells(row.gold, t)}
    roles_of: dict[int, dict[tuple[str, str], str]] = {}
    out: list[dict] = []
    for item, index in zip(errors, error_rows):
        key = (item["resolution"], item["mission"], item["task"])
        if key in explained:
            continue
        row, task = rows[index], item["task"]
        ours = ", ".join(item["ours"])
        found = None
        if item["error"] == "fp":
            own = [(p.label, _wording(p.text)) for p in row.provisions if p.task == task]
            for other_words, other, paragraph in coded[task]:
                if rows[other].decision.number == row.decision.number:
                    continue
                if any(_same_words(words, other_words) for _, words in own):
                    found = _disagreement(row.decision, row.mission, task, ours, "", "inconsistent",
                                          f"PEMA codes {task} for the same words in "
                                          f"{rows[other].decision.symbol} ({paragraph.label})")
                    break
            if found is None and any(p.task == task and p.modality != ENCOURAGED and "(" in p.label
                                     for p in row.provisions):
                found = _disagreement(row.decision, row.mission, task, ours, "", "omitted",
                                      "task given in a list of the mission's mandated tasks; "
                                      "PEMA codes nothing for it")
            if found is None:
                if index not in roles_of:
                    roles_of[index] = _roles(row, registry)
                if any(roles_of[index].get((p.eid, task)) == ACTOR for p in row.provisions if p.task == task):
                    found = _disagreement(row.decision, row.mission, task, ours, "", "asked",
                                          "the Council asks the mission itself, in the clause that "
                                          "names the task; PEMA codes nothing for it")
        else:
            cited = row.cited(task)
            theirs = item["theirs"]
            # The paragraphs PEMA cites, and the intro of a cited paragraph with a list.
            eids = {p.eid for p in cited} | {p.eid for p in row.decision.paragraphs
                                              if p.kind == INTRO and p.parent_eid in {c.eid for c in cited}}
            others = sorted({p.task for p in row.provisions
                             if p.eid in eids and not gold_cells(row.gold, p.task)})
            for paragraph in cited:
                words = _wording(paragraph.text)
                for other_words, other, match in by_opening.get(tuple(words[:6]), []):
                    other_row = rows[other]
                    if other_row.decision.number == row.decision.number or \
                            task in coded_for[(other_row.decision.number, other_row.mission)]:
                        continue
                    if other_row.mission != row.mission and other_row.mission not in match.text:
                        continue
                    if _same_words(words, other_words):
                        found = _disagreement(row.decision, row.mission, task, ours, theirs, "inconsistent",
                                              f"PEMA codes nothing for {task} in {other_row.decision.symbol}, "
                                              f"whose {match.label} has the same words as {paragraph.label} here")
                        break
                if found is not None:
                    break
            if found is None and others:
                found = _disagreement(row.decision, row.mission, task, ", ".join(others), theirs,
                                      "filed_elsewhere",
                                      f"PEMA files under {task} what we read as {', '.join(others)} "
                                      f"in the same paragraph")
            if found is None and cited and not any(word in p.text.lower() for p in cited
                                                   for word in TRIGGERS[task]):
                found = _disagreement(row.decision, row.mission, task, ours, theirs, "no_task_words",
                                      "none of the words that name this task occur in the cited "
                                      "paragraph(s)")
        if found is not None:
            out.append(found)
    return out


def _roles(row: _Row, registry: Registry) -> dict[tuple[str, str], str]:
    """(eid, task) -> the mission's role (actor or support) in the clause that gives it."""
    target = registry.get(row.mission)
    generic = generic_refs(target, mission_counts(row.decision, registry), registry)
    roles: dict[tuple[str, str], str] = {}
    _provisions(row.decision, target, generic, names=names_with_task_words(registry), roles=roles)
    return roles


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
    by_kind: dict[str, int] = defaultdict(int)
    for item in result["disagreements"]:
        by_kind[item["kind"]] += 1
    out["disagreements_by_kind"] = dict(sorted(by_kind.items(), key=lambda kv: -kv[1]))
    explained = {(d["resolution"], d["mission"], d["task"]) for d in result["disagreements"]}
    out["unexplained"] = {kind: sum(1 for e in result["errors"] if e["error"] == kind
                                    and (e["resolution"], e["mission"], e["task"]) not in explained)
                          for kind in ("fp", "fn")}
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
