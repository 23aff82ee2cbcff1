"""Field-level accuracy of report reading against a gold folder.

A gold folder holds ``<id>.txt`` reports (a header of ``key: value`` lines —
url, kind, language, mission — then ``---``, then the text) and
``<id>.gold.json`` answers:

    {"resolutions": [{"number", "adopted_on", "meeting", "vote": {"yes", "no", "abstain"},
                      "unanimous", "abstaining", "voting_against", "vetoed", "chapter_vii", "penholder"}],
     "missions": [{"acronym", "action", "mandate_until", "terminated_on", "withdrawal_deadline",
                   "ceilings": {"military", "police"}, "authorizations": [{"task", "until"}]}],
     "dates_in_text": [{"text", "iso"}]}

null means the report does not say; an empty list says nobody ("abstaining":
[] for a unanimous vote). A failed draft has no number: the gold gives null,
or the draft's symbol when the report names it ("S/2023/638"); ``vetoed`` is
a list of members or just true/false. Each field is scored per gold item:
*correct* when the prediction equals the answer (two nulls agree), a *false
positive* when something is predicted that is absent or different, a *false
negative* when the answer is missed or different. Accuracy is correct / items;
precision, recall and F1 follow trafilatura's use of them.

With a ledger (``record``), reports without a publication date are anchored on
the vote they are linked to, as ``mandates check`` does; without one, relative
dates stay unresolved and missing years come from the report's other dates.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import members
from ..extract.dates import find_dates, parse_date, to_iso
from ..missions import Registry
from ..readers.text import read_text
from .model import ReportReading
from .read import read_report

FIELDS = ("resolution_number", "vote", "unanimous", "abstaining", "action", "mandate_until", "terminated_on",
          "withdrawal_deadline", "ceilings", "authorization_sunsets")
EXTRA_FIELDS = ("voting_against", "vetoed", "penholder", "chapter_vii", "adopted_on", "dates_in_text")


@dataclass
class FieldScore:
    n: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, report_id: str, predicted, gold, text: str | None = None) -> None:
        self.n += 1
        if predicted == gold:
            self.correct += 1
            if gold is not None:
                self.tp += 1
            return
        if predicted is not None:
            self.fp += 1
        if gold is not None:
            self.fn += 1
        self.errors.append({"report": report_id, "predicted": predicted, "gold": gold}
                           | ({"text": text} if text is not None else {}))

    def as_dict(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"n": self.n, "correct": self.correct, "accuracy": round(self.correct / self.n, 4) if self.n else None,
                "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def gold_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.gold.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _member_set(names) -> list[str] | None:
    if names is None:
        return None
    if isinstance(names, str):
        names = [names]
    return sorted({members.canonical_member(n).name for n in names})


def _vetoed_pair(predicted, gold) -> tuple:
    """Gold may say who vetoed (a list) or only whether (true/false): compare
    at the gold's grain."""
    if isinstance(gold, bool):
        return (None if predicted is None else bool(predicted)), gold
    return _member_set(predicted), _member_set(gold)


def predict(reading: ReportReading) -> dict:
    """The gold format's view of what was read from a report."""
    facts = reading.facts
    numbers = reading.subject_numbers
    by_resolution: dict[int | None, dict] = {}
    for number in numbers or [None]:
        by_resolution[number] = {"number": number}
    first = numbers[0] if numbers else None
    if not numbers:
        # A failed draft has no resolution number; the report may give its symbol.
        draft = next((r.draft_symbol for r in reading.resolutions if r.subject and r.draft_symbol), None)
        if draft:
            by_resolution[None]["draft"] = draft

    def target(fact) -> dict:
        return by_resolution.get(fact.resolution if fact.resolution in by_resolution else first)

    for fact in facts:
        item = target(fact)
        if fact.field == "vote.tally":
            item["vote"] = dict(fact.value)
        elif fact.field == "vote.unanimous":
            item["unanimous"] = fact.value
        elif fact.field == "vote.abstaining":
            item["abstaining"] = _member_set(fact.value)
        elif fact.field == "vote.against":
            item["voting_against"] = _member_set(fact.value)
        elif fact.field == "vote.vetoed_by":
            item["vetoed"] = _member_set(fact.value)
        elif fact.field == "penholder":
            item["penholder"] = fact.value
        elif fact.field == "chapter_vii":
            item["chapter_vii"] = True
        elif fact.field == "adopted_on":
            item["adopted_on"] = fact.value
        elif fact.field == "meeting":
            item["meeting"] = fact.value
    outcome = next((f.value for f in facts if f.field == "outcome"), None)
    for item in by_resolution.values():
        if outcome in ("vetoed", "not_adopted") and item.get("number") is None:
            # A failed draft was voted on, never adopted: its vote date is not an adoption date.
            item.pop("adopted_on", None)
        # "Unanimously adopting" says the count too: the Council has had 15 members since 1966.
        if item.get("unanimous") and "vote" not in item:
            item["vote"] = {"yes": 15, "no": 0, "abstain": 0}
        vote = item.get("vote") or {}
        # A report that says who voted how also says who did not: nobody abstained
        # in a unanimous vote or a count with no abstention, nobody vetoed a text
        # that was adopted.
        if item.get("abstaining") is None and (item.get("unanimous") or vote.get("abstain") == 0):
            item["abstaining"] = []
        if item.get("voting_against") is None and (item.get("unanimous") or vote.get("no") == 0):
            item["voting_against"] = []
        if item.get("vetoed") is None and (item.get("unanimous") or vote.get("no") == 0 or outcome == "adopted"):
            item["vetoed"] = []
    missions: dict[str, dict] = {}
    for fact in facts:
        if fact.mission is None:
            continue
        m = missions.setdefault(fact.mission, {"acronym": fact.mission})
        if fact.field == "action":
            m.setdefault("action", fact.value)
        elif fact.field in ("mandate_until", "terminated_on", "withdrawal_deadline") and fact.value:
            m.setdefault(fact.field, fact.value)
        elif fact.field in ("ceiling.military", "ceiling.police"):
            m.setdefault("ceilings", {}).setdefault(fact.field.split(".")[1], fact.value)
        elif fact.field == "authorization" and fact.value:
            m.setdefault("authorizations", []).append({"task": fact.detail, "until": fact.value})
    for m in missions.values():
        if m.get("action") == "fail":
            # A failed draft sets nothing: the dates and ceilings it would have set are not the mission's.
            for key in ("mandate_until", "terminated_on", "withdrawal_deadline", "ceilings", "authorizations"):
                m.pop(key, None)
    return {"resolutions": list(by_resolution.values()), "missions": list(missions.values())}


def _sunsets(mission: dict | None):
    if not mission or not mission.get("authorizations"):
        return None
    return sorted({a["until"] for a in mission["authorizations"] if a.get("until")}) or None


def _ceilings(mission: dict | None):
    if not mission or not mission.get("ceilings"):
        return None
    c = {k: v for k, v in mission["ceilings"].items() if v is not None}
    return c or None


def _vote(item: dict | None):
    if not item or not item.get("vote"):
        return None
    v = item["vote"]
    if all(v.get(k) is None for k in ("yes", "no", "abstain")):
        return None
    return {k: v.get(k) for k in ("yes", "no", "abstain")}


def score_report(report_id: str, predicted: dict, gold: dict, scores: dict[str, FieldScore],
                 reading: ReportReading) -> None:
    predicted_res = {r.get("number"): r for r in predicted["resolutions"]}
    predicted_res.update({r["draft"]: r for r in predicted["resolutions"] if r.get("draft")})
    for index, g in enumerate(gold.get("resolutions") or []):
        p = predicted_res.get(g.get("number"))
        if p is None:
            p = predicted["resolutions"][index] if index < len(predicted["resolutions"]) else {}
        number = p.get("number")
        if isinstance(g.get("number"), str):  # the gold names a failed draft by its symbol ("S/2023/638")
            number = p.get("draft") or number
        scores["resolution_number"].add(report_id, number, g.get("number"))
        scores["vote"].add(report_id, _vote(p), _vote(g))
        scores["unanimous"].add(report_id, p.get("unanimous"), g.get("unanimous"))
        scores["abstaining"].add(report_id, _member_set(p.get("abstaining")), _member_set(g.get("abstaining")))
        scores["voting_against"].add(report_id, _member_set(p.get("voting_against")), _member_set(g.get("voting_against")))
        scores["vetoed"].add(report_id, *_vetoed_pair(p.get("vetoed"), g.get("vetoed")))
        penholder = p.get("penholder")
        gold_penholder = g.get("penholder")
        scores["penholder"].add(report_id, _member_set([penholder] if isinstance(penholder, str) else penholder),
                                _member_set([gold_penholder] if isinstance(gold_penholder, str) else gold_penholder))
        scores["chapter_vii"].add(report_id, p.get("chapter_vii"), g.get("chapter_vii"))
        scores["adopted_on"].add(report_id, p.get("adopted_on"), g.get("adopted_on"))
    predicted_missions = {m["acronym"]: m for m in predicted["missions"]}
    for g in gold.get("missions") or []:
        p = predicted_missions.get(g.get("acronym"), {})
        # A key the answers leave out is not scored (null is scored: the report does not say).
        if "action" in g:
            scores["action"].add(report_id, p.get("action"), g.get("action"))
        for key in ("mandate_until", "terminated_on", "withdrawal_deadline"):
            if key in g:
                scores[key].add(report_id, p.get(key), g.get(key))
        if "ceilings" in g:
            scores["ceilings"].add(report_id, _ceilings(p), _ceilings(g))
        if "authorizations" in g:
            scores["authorization_sunsets"].add(report_id, _sunsets(p), _sunsets(g))
    # Each gold date expression as the reader reads it where it stands in the
    # report (its neighbours and tense count), with the report's anchor
    # (publication or linked vote) or, failing that, its context year. An
    # expression the scan does not find is read on its own.
    kind = "event" if (reading.anchor_source or "").startswith(("linked", "the vote")) else "publication"
    text = reading.document.text
    found = find_dates(text, anchor=reading.anchor, context_year=None if reading.anchor else reading.context_year,
                       anchor_kind=kind) if gold.get("dates_in_text") else []
    for item in gold.get("dates_in_text") or []:
        # Where the expression stands as a whole ("1 January 2018", not the end of "31 January 2018"),
        # preferring a place where the reader found exactly it ("August 2003", not in "1 August 2003").
        places = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(item["text"]) + r"(?!\w)", text)] \
            or [text.find(item["text"])]
        here = None
        for at in places:
            overlapping = [e for e in found if at >= 0 and e.start < at + len(item["text"]) and at < e.end]
            exact = next((e for e in overlapping if e.start == at), None)
            if exact is not None:
                here = exact
                break
            here = here or next(iter(overlapping), None)
        if here is not None:
            value = here.value
        else:
            value = parse_date(item["text"], anchor=reading.anchor,
                               context_year=None if reading.anchor else reading.context_year, anchor_kind=kind)
        scores["dates_in_text"].add(report_id, to_iso(value), item.get("iso"), item["text"])


def evaluate_reports(folder: Path, record=None, registry: Registry | None = None) -> dict:
    """Score every ``<id>.txt`` with a ``<id>.gold.json`` in ``folder``."""
    registry = registry or Registry.load()
    scores = {name: FieldScore() for name in FIELDS + EXTRA_FIELDS}
    reports = 0
    started = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = read_text(path.read_bytes(), str(path))
        reading = read_report(document, registry)
        if record is not None:
            from .check import check_report

            reading = check_report(document, record, registry, reading=reading).reading
        score_report(path.stem, predict(reading), gold, scores, reading)
        reports += 1
    elapsed = time.perf_counter() - started
    return {
        "gold": str(folder), "gold_sha256": gold_digest(folder), "reports": reports,
        "with_record": record is not None,
        "fields": {name: scores[name].as_dict() for name in FIELDS},
        "extra_fields": {name: scores[name].as_dict() for name in EXTRA_FIELDS},
        "errors": {name: s.errors for name, s in scores.items() if s.errors},
        "ms_per_report": round(1000 * elapsed / reports, 1) if reports else None,
    }
