#!/usr/bin/env python3
"""Write docs/pema-disagreements.md: where the task extractor and PEMA's human coding
part ways for a reason we can state.

Runs ``mandates.extract.pema_eval.evaluate_pema`` on PEMA's development split
(../shared/gold/pema/pema_dev.csv) against the resolutions in ../shared/data/unxml
and writes its ``disagreements`` as tables, one per kind, with the headline
figures. Only facts go in: symbols, task keys, paragraph labels, PEMA's own cell
references and a reason in our words; no resolution text.

Usage: pema_disagreements.py [--shared DIR] [--out FILE] [--check]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from mandates.extract.pema_eval import evaluate_pema, summary

ROOT = Path(__file__).resolve().parents[1]

# Kinds in the order the page lists them, with what each says about PEMA's coding.
KINDS = {
    "inconsistent": (
        "PEMA codes the same words differently in another resolution",
        "The paragraph (or list point) has the same words — mission acronyms and numbers aside — "
        "as one in another resolution, and PEMA codes the task in one and not in the other. "
        "Where we find the task, PEMA codes it for these words elsewhere; where we do not, PEMA "
        "leaves these words uncoded elsewhere. We read the same words the same way every time."),
    "filed_elsewhere": (
        "PEMA files a paragraph under another task",
        "PEMA codes this task for a paragraph that we read as giving another task, which PEMA "
        "does not code in this row: support to border demarcation filed as extension of State "
        "authority, community violence reduction as local reconciliation (PEMA files it under "
        "reintegration in most MINUSTAH resolutions), rule-of-law capacity as State authority. "
        "We file by what the words name."),
    "no_task_words": (
        "PEMA codes a task the cited paragraph does not name",
        "None of the words that name the task (the trigger words in `task_words.TRIGGERS`) occur in "
        "the paragraph(s) PEMA cites. PEMA infers the task — from a document the paragraph refers "
        "to, from the purpose of a body the mission supports (the JBVMM as small-arms control), "
        "or by a slip of column (CulturalHeritage on MINUJUSTH's use-of-force paragraph, where "
        "PEMA's duplicate row has UseOfForce). A few may be gaps in our vocabulary; they are "
        "listed so a reader can judge."),
    "omitted": (
        "Tasks we find that PEMA leaves out",
        "The task sits in a point of a list the resolution gives the mission as its mandate "
        "(\"Decides that the mandate of X shall be the following:\"), with a mandating verb, and "
        "PEMA codes nothing for it in this row. Most are arms-embargo monitoring (PEMA files it "
        "under small arms or borders, or not at all), democratic institutions and governance, "
        "natural resources, offensive operations (the Intervention Brigade), border control "
        "and cultural heritage."),
    "asked": (
        "The Council asks the mission itself; PEMA codes nothing",
        "The mission is the one the clause addresses (\"Requests UNMIS to …\", \"Encourages MONUC "
        "to …\", \"Decides that MONUSCO shall …\", \"Supports MONUC's role in …\") and the clause names "
        "the task, but PEMA's row codes nothing for it — most often a request outside the "
        "mandate paragraph (PEMA's coders seem to have read mainly the mandate paragraph of some "
        "resolutions) or an encouragement. We count every task the Council asks the mission to "
        "carry out; encouragements are marked as such."),
    "not_addressed": (
        "PEMA credits the mission with another actor's paragraph",
        "Every operative paragraph PEMA cites addresses someone else: the Secretary-General, the "
        "Government, the parties, a Special Envoy. We count a task for the mission only when the "
        "mission is the addressee or is asked to support the addressee."),
    "external": (
        "PEMA cites other documents",
        "The cell points to paragraphs of reports, peace agreements or conference conclusions that "
        "the resolution refers to, not to the resolution's own paragraphs. We read the resolution's "
        "text only; a later pass could follow such references."),
    "rollover": (
        "PEMA re-codes a mandate extended by reference",
        "The cited paragraph only extends the mandate \"as set out in\" an earlier resolution. The "
        "project carries the earlier tasks forward (an extension that does not restate the mandate "
        "keeps the previous task set) instead of reading them into the extension."),
    "use_of_force": (
        "Use of force is an authorization, not a task",
        "\"All necessary means\" is stored as its own provision (authorize_force, in "
        "provisions.py), which qualifies the tasks it covers. PEMA codes UseOfForce in a few rows "
        "and not in most rows with the same wording."),
    "preamble": (
        "PEMA cites a preambular paragraph",
        "Only a preambular paragraph (\"p.3\") is cited. Tasks come from operative paragraphs; the "
        "preamble recalls and welcomes but does not mandate."),
    "no_such_paragraph": (
        "PEMA cites a paragraph the resolution does not have",
        "The cited number is higher than the resolution's last operative paragraph (probably a "
        "reference to another resolution's numbering)."),
    "unreadable": (
        "PEMA's reference is not a paragraph number",
        "The cell holds a clock time (\"2:00 AM\"): a spreadsheet read a reference such as \"2a\" "
        "as a time. The paragraph meant cannot be recovered from the cell."),
    "duplicate": (
        "PEMA has two rows for the same resolution and mission",
        "Both rows are scored; their task sets differ, and some cells of one row look shifted by "
        "a column or two (CulturalHeritage where the other row has UseOfForce)."),
}


# Kinds whose reason differs from item to item (it names the other resolution or task).
WITH_REASON = {"inconsistent", "filed_elsewhere", "no_such_paragraph"}


def shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def render(result: dict, gold: Path) -> str:
    micro, own = result["micro"], result["micro_own_text"]
    unexplained = summary(result)["unexplained"]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for item in result["disagreements"]:
        by_kind[item["kind"]].append(item)
    lines = [
        "# Where we and PEMA disagree",
        "",
        "<!-- Generated by scripts/pema_disagreements.py; do not edit by hand. -->",
        "",
        "PEMA (Di Salvatore, Lundgren, Oksamytna and Smidt 2022) codes, for each resolution and "
        "peacekeeping operation, which of 41 mandate tasks the resolution gives the mission. "
        f"We score our task extractor (`mandates.extract.tasks`) on its development split "
        f"(`{gold.parent.name}/{gold.name}`, {result['rows']} rows). This page lists, as data, the "
        "places where we think PEMA is wrong or follows a convention the project does not share. "
        "It is not a list of our errors: those are in `evaluate_pema(...)[\"errors\"]`.",
        "",
        f"Task presence, micro-averaged over (resolution, mission, task): precision "
        f"{micro['precision']:.3f}, recall {micro['recall']:.3f}, F1 {micro['f1']:.3f} "
        f"({micro['tp']} agreed, {micro['fp']} ours only, {micro['fn']} PEMA only). Without the "
        f"cells that cite other documents: precision {own['precision']:.3f}, recall "
        f"{own['recall']:.3f}, F1 {own['f1']:.3f}. Modality agreement on agreed tasks "
        f"{result['modality_agreement']:.3f}; a paragraph we cite matches one PEMA cites in "
        f"{result['paragraph_agreement']['top_level']:.3f} of them at the top level and "
        f"{result['paragraph_agreement']['exact']:.3f} exactly.",
        "",
        "Reproduce: `python -m mandates.extract.pema_eval` (figures as JSON) and "
        "`python scripts/pema_disagreements.py` (this page).",
        "",
        f"Of the {micro['fp']} tasks only we find, {unexplained['fp']} have no explanation below; "
        f"of the {micro['fn']} only PEMA codes, {unexplained['fn']}. Those are counted as our errors "
        "(`evaluate_pema(...)[\"errors\"]` lists every error).",
        "",
        "| Kind | Cases |",
        "|---|---|",
    ]
    for kind, (title, _) in KINDS.items():
        if by_kind.get(kind):
            lines.append(f"| [{title}](#{kind.replace('_', '-')}) | {len(by_kind[kind])} |")
    lines.append("")
    for kind, (title, explanation) in KINDS.items():
        items = by_kind.get(kind)
        if not items:
            continue
        lines += [f"<a id=\"{kind.replace('_', '-')}\"></a>", f"## {title}", "", explanation, ""]
        if kind in WITH_REASON:
            lines += ["| Resolution | Mission | Task | Ours | PEMA | Why |", "|---|---|---|---|---|---|"]
        else:
            lines += ["| Resolution | Mission | Task | Ours | PEMA |", "|---|---|---|---|---|"]
        for item in sorted(items, key=_order):
            row = (f"| {item['resolution']} | {item['mission']} | {item['task']} | "
                   f"{shorten(item['ours']) or '—'} | {shorten(item['theirs']) or '—'} |")
            if kind in WITH_REASON:
                row += f" {shorten(item['reason'], 110)} |"
            lines.append(row)
        lines.append("")
    gaps = result.get("reader_gaps") or []
    if gaps:
        lines += ["## Not PEMA's doing: gaps in our reading", "",
                  "PEMA cites a paragraph number our AKN reader does not find in the XML although "
                  "later paragraphs exist (the reader's numbering has a hole). Listed so the reader "
                  "can be fixed; not counted as disagreements.", "",
                  "| Resolution | Mission | Task | Ours | PEMA |", "|---|---|---|---|---|"]
        for item in sorted(gaps, key=_order):
            lines.append(f"| {item['resolution']} | {item['mission']} | {item['task']} | "
                         f"{shorten(item['ours']) or '—'} | {shorten(item['theirs']) or '—'} |")
        lines.append("")
    return "\n".join(lines)


def _order(item: dict) -> tuple:
    digits = "".join(c for c in item["resolution"].split("/")[-1] if c.isdigit())[:4]
    return (item["mission"], int(digits or 0), item["task"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the ../shared folder (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "pema-disagreements.md")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the page on disk differs from what would be written")
    args = parser.parse_args(argv)
    gold = args.shared / "gold" / "pema" / "pema_dev.csv"
    unxml = args.shared / "data" / "unxml"
    if not gold.exists() or not unxml.exists():
        print(f"needs {gold} and {unxml}", file=sys.stderr)
        return 2
    page = render(evaluate_pema(gold, unxml), gold) + "\n"
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == page
        print("up to date" if same else f"{args.out} is stale: rerun {Path(__file__).name}", file=sys.stderr)
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
