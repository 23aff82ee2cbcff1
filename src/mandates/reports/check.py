"""Check what a report says against the record.

Each reported fact gets a verdict: ``consistent`` (the record says the same,
at the report's precision), ``contradicts`` (with the record's value and the
paragraph that holds it) or ``not_in_record`` (the record cannot say: events,
statements, a date the report leaves unresolved, a decision not in the
ledger). Dates compare as intervals: "by the end of 2023" agrees with a
deadline of 31 December 2023, "until 31 October" does not agree with 30
September.

Where the provisions read from a resolution miss a clause, the checker reads
the resolution's operative paragraphs itself (with the same dates grammar),
so a gap in extraction shows as a verdict with a paragraph, not as silence.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from .. import members
from ..extract.dates import Period, Precision, find_dates, resolve_period, to_iso
from ..missions import Registry
from ..records import ReportText
from .link import Link, link_report
from .model import Fact, ReportReading
from .read import read_report, resolution_facts

CONSISTENT, CONTRADICTS, NOT_IN_RECORD = "consistent", "contradicts", "not_in_record"
VERDICTS = (CONSISTENT, CONTRADICTS, NOT_IN_RECORD)
_STOPWORDS = {"the", "and", "of", "to", "in", "for", "a", "an", "as", "well", "its", "their", "with", "within", "on", "by",
              "at", "from", "that", "this", "is", "are", "be", "also", "such", "other", "all", "any", "including", "un",
              "united", "nations", "minusma", "mission", "peacekeepers", "peacekeeping", "authorized", "authorizes",
              "permitted", "until", "continue", "may", "can"}


@dataclass
class CheckResult:
    reading: ReportReading
    links: list[Link]
    facts: list[dict]
    events: list[dict]
    claims: list[dict]
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        doc = self.reading.document
        return {
            "report": {"origin": doc.origin, "format": doc.format, "title": doc.title, "url": doc.url,
                       "byline": doc.byline, "published_on": doc.published_on.isoformat() if doc.published_on else None,
                       "published_from": doc.published_from, "language": doc.language, "kind": doc.kind},
            "document": {"format": doc.format, "title": doc.title, "url": doc.url, "byline": doc.byline,
                         "published_on": doc.published_on.isoformat() if doc.published_on else None,
                         "kind": doc.kind, "text": doc.text},
            "anchor": {"date": self.reading.anchor.isoformat() if self.reading.anchor else None,
                       "source": self.reading.anchor_source},
            "missions": list(self.reading.missions),
            "linked": [{"symbol": link.symbol, "confidence": link.confidence, "reason": link.reason,
                        "kind": link.kind, "date": link.date.isoformat() if link.date else None} for link in self.links],
            "facts": self.facts,
            "events": self.events,
            "claims": self.claims,
            "entities": [e.as_dict() for e in self.reading.entities],
            "notes": self.notes + list(self.reading.notes),
            "summary": {v: sum(1 for f in self.facts if f["verdict"] == v) for v in VERDICTS},
        }


def check_report(document: ReportText, record, registry: Registry | None = None,
                 reading: ReportReading | None = None) -> CheckResult:
    """Read (unless ``reading`` is given), link, re-anchor and check one report."""
    registry = registry or Registry.load()
    reading = reading or read_report(document, registry)
    links = link_report(reading, record)
    notes: list[str] = []
    # A report without a publication date is read again from the vote it describes; so is one
    # whose year was only inferred ("On 28 August, …") when it names the resolution: the
    # record knows that vote's day.
    guessed = reading.anchor is not None and "year inferred" in (reading.anchor_source or "")
    if links and links[0].date is not None and (
            reading.anchor is None or guessed and links[0].date != reading.anchor and (
                links[0].reason.startswith("the report names")
                or (links[0].date.month, links[0].date.day) == (reading.anchor.month, reading.anchor.day))):
        source = f"linked record ({links[0].symbol}, voted {links[0].date.isoformat()})"
        reading = read_report(document, registry, anchor=links[0].date, anchor_source=source)
        notes.append(f"the report has no publication date: relative dates (\"on Friday\") were resolved "
                     f"from the vote it describes, {links[0].symbol} on {links[0].date.isoformat()}")
        relinked = link_report(reading, record) or links
        if relinked[0].symbol != links[0].symbol and relinked[0].date is not None and reading.anchor != relinked[0].date:
            # Read from the first link's day, the report points to another vote: read it from that one.
            source = f"linked record ({relinked[0].symbol}, voted {relinked[0].date.isoformat()})"
            reading = read_report(document, registry, anchor=relinked[0].date, anchor_source=source)
            notes[-1] = (f"the report has no publication date: relative dates (\"on Friday\") were resolved "
                         f"from the vote it describes, {relinked[0].symbol} on {relinked[0].date.isoformat()}")
            relinked = link_report(reading, record) or relinked
        links = relinked
    checker = _Checker(reading, links, record, registry)
    facts = [checker.check(f) for f in resolution_facts(reading) + list(reading.facts)]
    reading = _periods_ended_by_the_record(reading, facts)
    events = [checker.event(e) for e in reading.events]
    claims = [checker.claim(c) for c in reading.claims]
    failed = any(f.field == "action" and f.value == "fail" for f in reading.facts) or \
        any(f.field == "outcome" and f.value in ("vetoed", "not_adopted") for f in reading.facts)
    if not links and failed:
        notes.append("the report tells of a failed vote, and no failed draft in the ledger matches it (the ledger "
                     "holds failed drafts from 2023 on): its facts are not in the record; the resolutions it "
                     "recalls are not what it is about")
    elif not links:
        notes.append("no resolution in the ledger matches this report: its facts are not in the record "
                     "(is the ledger filled? `mandates ingest ../shared/data/unxml`)")
    return CheckResult(reading, links, facts, events, claims, notes)


def _label(p: dict) -> str:
    return p.get("label") or p.get("eid") or "?"


def _words(text: str) -> set[str]:
    text = re.sub(r"\bU\.?N\.?\b", "united nations", text)
    out = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _STOPWORDS or len(word) < 3:
            continue
        out.add(re.sub(r"(?:ing|ions|ion|ed|es|s|e)$", "", word) or word)
    return out


def _periods_ended_by_the_record(reading: ReportReading, checked: list[dict]) -> ReportReading:
    """A mandate end the report only implies ("for a year") takes the record's day when the
    period agrees with it: that is the day the report's period means. (Only mandate ends
    are worked out from a period.)"""
    ends = {}
    for f in checked:
        if f["field"] == "mandate_until" and f["verdict"] == CONSISTENT \
                and f.get("record") and f["record"] != f["reported"]:
            ends[(f["field"], f["span"]["start"], f["reported"])] = f["record"]
    if not ends:
        return reading
    facts = []
    for fact in reading.facts:
        record = ends.get((fact.field, fact.span.start, fact.value)) if isinstance(fact.value, str) else None
        if record is not None and fact.when and fact.when.anchor_used == "period":
            day = dt.date.fromisoformat(record)
            fact = dataclasses.replace(fact, value=record, when=dataclasses.replace(fact.when, iso=record, start=day, end=day))
        facts.append(fact)
    return dataclasses.replace(reading, facts=tuple(facts))


class _Checker:
    def __init__(self, reading: ReportReading, links: list[Link], record, registry: Registry):
        self.reading, self.links, self.record, self.registry = reading, links, record, registry

    # -- plumbing ----------------------------------------------------------------------

    def _decision_for(self, fact: Fact) -> dict | None:
        if fact.resolution is not None:
            for link in self.links:
                decision = self.record.decision(link.symbol)
                if decision and decision.get("number") == fact.resolution:
                    return decision
        if self.links:
            return self.record.decision(self.links[0].symbol)
        return None

    def _mission(self, fact: Fact) -> str | None:
        return fact.mission or (self.reading.missions[0] if self.reading.missions else None)

    @staticmethod
    def _out(fact: Fact, verdict: str, record=None, record_display: str | None = None, source: dict | None = None,
             note: str | None = None) -> dict:
        out = {"field": fact.field, "reported": fact.value, "display": fact.display, "record": record,
               "record_display": record_display, "verdict": verdict, "span": fact.span.as_dict(),
               "source": source, "note": note, "mission": fact.mission, "resolution": fact.resolution}
        if fact.when is not None:
            out["precision"] = fact.when.precision
            out["qualifier"] = fact.when.qualifier
        if fact.detail:
            out["detail"] = fact.detail
        return out

    @staticmethod
    def _source(decision: dict, paragraph: str | None = None, eid: str | None = None) -> dict:
        return {"symbol": decision["symbol"], "paragraph": paragraph, "eid": eid}

    # -- facts ---------------------------------------------------------------------------

    def check(self, fact: Fact) -> dict:
        if fact.field == "deployed":
            return self._deployed(fact)
        decision = self._decision_for(fact)
        if decision is None:
            return self._out(fact, NOT_IN_RECORD, note="no linked resolution")
        method = getattr(self, "_" + fact.field.replace(".", "_"), None)
        if method is None:
            return self._out(fact, NOT_IN_RECORD, note="the record holds no such field")
        return method(fact, decision)

    def _resolution(self, fact: Fact, d: dict) -> dict:
        ref = next((r for r in self.reading.resolutions if r.span.start == fact.span.start), None)
        source = self._source(d)
        if d["kind"] == "draft":
            return self._out(fact, CONSISTENT, d["symbol"], d["symbol"], source)
        if ref is not None and ref.year is not None and ref.year != d["year"]:
            return self._out(fact, CONTRADICTS, d["symbol"], d["symbol"], source,
                             note=f"resolution {d['number']} was adopted in {d['year']}")
        return self._out(fact, CONSISTENT, d["symbol"], d["symbol"], source)

    def _adopted_on(self, fact: Fact, d: dict) -> dict:
        record = d.get("voted_on")
        source = self._source(d, d.get("meeting"))
        if record is None:
            return self._out(fact, NOT_IN_RECORD, note="the record has no date for this decision")
        if fact.when is None or fact.when.start is None:
            return self._out(fact, NOT_IN_RECORD, record, record, source,
                             note="the report's date could not be resolved (no publication date)")
        day = dt.date.fromisoformat(record)
        verdict = CONSISTENT if fact.when.start <= day <= fact.when.end else CONTRADICTS
        note = None
        if self.reading.anchor_source and self.reading.anchor_source.startswith("linked") and fact.when.anchor_used:
            note = f"“{fact.span.text}” read from the linked vote's date: the report has no publication date"
        return self._out(fact, verdict, record, record, source, note)

    def _tally_text(self, d: dict) -> str:
        t = d.get("tally")
        if not t:
            return "no recorded vote"
        text = f"{t['in_favour']}-{t['against']}-{t['abstaining']}"
        return text + (f", {t['non_voting']} not voting" if t["non_voting"] else "")

    def _vote_unanimous(self, fact: Fact, d: dict) -> dict:
        t = d.get("tally")
        source = self._source(d, d.get("meeting"))
        if not t:
            if d.get("outcome") == "adopted_without_vote":
                return self._out(fact, CONSISTENT, "adopted without a vote", "adopted without a vote", source,
                                 note="no vote was taken; nobody objected")
            return self._out(fact, NOT_IN_RECORD, note="the record lists no vote")
        unanimous = t["in_favour"] > 0 and t["against"] == 0 and t["abstaining"] == 0 and t["non_voting"] == 0
        verdict = CONSISTENT if unanimous == fact.value else CONTRADICTS
        return self._out(fact, verdict, self._tally_text(d), self._tally_text(d), source,
                         note=None if verdict == CONSISTENT else self._who(d))

    def _who(self, d: dict) -> str:
        parts = []
        for key, words in (("against", "against"), ("abstaining", "abstaining"), ("non_voting", "not voting")):
            if d["votes"].get(key):
                parts.append(f"{words}: {', '.join(d['votes'][key])}")
        return "; ".join(parts) or None

    def _vote_tally(self, fact: Fact, d: dict) -> dict:
        t = d.get("tally")
        source = self._source(d, d.get("meeting"))
        if not t:
            return self._out(fact, NOT_IN_RECORD, note="the record lists no vote")
        reported = fact.value
        record = {"yes": t["in_favour"], "no": t["against"], "abstain": t["abstaining"]}
        mismatched = [k for k in ("yes", "no", "abstain") if reported.get(k) is not None and reported[k] != record[k]]
        if not mismatched:
            return self._out(fact, CONSISTENT, record, self._tally_text(d), source)
        counts = _recorded_counts(d)
        recorded = {"yes": counts.get("in_favour"), "no": counts.get("against"), "abstain": counts.get("abstaining")}
        if counts and all(reported.get(k) is None or reported[k] == (recorded[k] or 0) for k in recorded):
            return self._out(fact, CONSISTENT, record, self._tally_text(d), source,
                             note="matches the recorded counts; the record's member list disagrees "
                                  "(see `mandates check-record`)")
        return self._out(fact, CONTRADICTS, record, self._tally_text(d), source, note=self._who(d))

    def _members(self, fact: Fact, d: dict, key: str) -> dict:
        source = self._source(d, d.get("meeting"))
        if not d.get("tally") and key != "vetoed_by":
            return self._out(fact, NOT_IN_RECORD, note="the record lists no vote")
        record = sorted(d["vetoed_by"] if key == "vetoed_by" else d["votes"].get(key, []))
        reported = sorted(members.canonical_member(n).name for n in (fact.value or []))
        verdict = CONSISTENT if set(reported) == set(record) else CONTRADICTS
        note = None
        if verdict == CONTRADICTS and key == "non_voting" and set(record) <= set(reported):
            # The record lists no vote at all for a member the report says did not take part.
            listed = {m for names in d["votes"].values() for m in names}
            if listed and len(listed) < 15 and not (set(reported) - set(record)) & listed:
                verdict = CONSISTENT
                note = f"the record lists no vote for {', '.join(sorted(set(reported) - set(record)))} ({len(listed)} members voted)"
        return self._out(fact, verdict, record, ", ".join(record) or "none", source, note=note)

    def _vote_abstaining(self, fact, d):
        return self._members(fact, d, "abstaining")

    def _vote_against(self, fact, d):
        return self._members(fact, d, "against")

    def _vote_non_voting(self, fact, d):
        return self._members(fact, d, "non_voting")

    def _vote_vetoed_by(self, fact, d):
        return self._members(fact, d, "vetoed_by")

    def _penholder(self, fact: Fact, d: dict) -> dict:
        submitters = [members.canonical_member(s).name for s in d.get("submitters", [])]
        reported = fact.value if isinstance(fact.value, list) else [fact.value]
        source = self._source(d, d.get("draft"))
        if not submitters:
            return self._out(fact, NOT_IN_RECORD, note="the record names no submitter")
        verdict = CONSISTENT if all(members.canonical_member(r).name in submitters for r in reported) else CONTRADICTS
        return self._out(fact, verdict, submitters, "submitter " + ", ".join(submitters), source)

    def _chapter_vii(self, fact: Fact, d: dict) -> dict:
        record = bool(d.get("chapter_vii"))
        return self._out(fact, CONSISTENT if record == fact.value else CONTRADICTS, record,
                         "Chapter VII" if record else "not under Chapter VII", self._source(d))

    def _meeting(self, fact: Fact, d: dict) -> dict:
        record = d.get("meeting")
        if not record:
            return self._out(fact, NOT_IN_RECORD, note="the record names no meeting")
        same = re.sub(r"\D", "", record) == re.sub(r"\D", "", str(fact.value))
        return self._out(fact, CONSISTENT if same else CONTRADICTS, record, record, self._source(d, record))

    def _outcome(self, fact: Fact, d: dict) -> dict:
        record = d.get("outcome")
        vetoed = bool(d.get("vetoed_by"))
        if record is None:
            return self._out(fact, NOT_IN_RECORD, note="the record states no outcome")
        if fact.value == "adopted":
            ok = record in ("adopted", "adopted_without_vote")
        else:
            ok = record == "not_adopted" and (fact.value != "vetoed" or vetoed)
        shown = record.replace("_", " ") + (f" (vetoed by {', '.join(d['vetoed_by'])})" if vetoed else "")
        return self._out(fact, CONSISTENT if ok else CONTRADICTS, record, shown, self._source(d, d.get("meeting")))

    def _action(self, fact: Fact, d: dict) -> dict:
        mission = self._mission(fact)
        if fact.value == "fail":
            ok = d["kind"] == "draft" or d.get("outcome") == "not_adopted"
            return self._out(fact, CONSISTENT if ok else CONTRADICTS, d.get("outcome"),
                             f"{d['kind']} {d.get('outcome')}", self._source(d))
        if d["kind"] == "draft":
            return self._out(fact, CONTRADICTS, "not adopted", "the draft was not adopted", self._source(d))
        provisions = [p for p in self.record.provisions(d["symbol"]) if p["mission"] == mission]
        kinds = {p["kind"] for p in provisions}
        wanted = {"terminate": {"terminate"}, "extend": {"extend"}, "establish": {"establish"}, "adopt": set()}[fact.value]
        hit = next((p for p in provisions if p["kind"] in wanted), None)
        if fact.value == "adopt":
            return self._out(fact, CONSISTENT, "adopted", "adopted", self._source(d))
        if hit is not None:
            return self._out(fact, CONSISTENT, fact.value, f"{fact.value} ({_label(hit)})",
                             self._source(d, _label(hit), hit["eid"]))
        paragraph = self._paragraph_with(d, {"terminate": r"\bterminat", "extend": r"\b(?:extend|renew)\w*\b.{0,80}\bmandate|\bmandate\b.{0,80}\bextend",
                                             "establish": r"\bestablish"}[fact.value], mission)
        if paragraph is not None:
            return self._out(fact, CONSISTENT, fact.value, f"{fact.value} ({paragraph['label']})",
                             self._source(d, paragraph["label"], paragraph["eid"]))
        main = sorted(kinds & {"terminate", "extend", "establish"})
        if main:
            p = next(p for p in provisions if p["kind"] == main[0])
            return self._out(fact, CONTRADICTS, main[0], f"{main[0]} ({_label(p)})", self._source(d, _label(p), p["eid"]))
        return self._out(fact, NOT_IN_RECORD, note=f"the record's provisions say nothing of this for {mission}")

    def _paragraph_with(self, d: dict, pattern: str, mission: str | None) -> dict | None:
        """The first operative paragraph matching ``pattern``, one naming the mission first."""
        names = self._mission_words(mission)
        found = [p for p in d.get("paragraphs", []) if p["kind"] != "preamble" and re.search(pattern, p["text"], re.I)]
        named = [p for p in found if names and re.search(names, p["text"])]
        return (named or found or [None])[0]

    def _mission_words(self, mission: str | None) -> str | None:
        if not mission or mission not in self.registry:
            return None
        m = self.registry.get(mission)
        forms = [m.acronym, *m.aliases, *m.generic_refs]
        return "|".join(re.escape(f) for f in forms if f)

    # -- dates ---------------------------------------------------------------------------

    def _dates_in_paragraphs(self, d: dict, pattern: str, kinds: tuple[str, ...]) -> list[tuple[dt.date, dict]]:
        anchor = dt.date.fromisoformat(d["voted_on"]) if d.get("voted_on") else None
        out = []
        for p in d.get("paragraphs", []):
            if p["kind"] == "preamble" or not re.search(pattern, p["text"], re.I):
                continue
            for e in find_dates(p["text"], anchor=anchor):
                if e.kind in kinds and e.value is not None and e.value.precision == Precision.DAY:
                    out.append((e.value.end if e.kind in ("until", "by") else e.value.start, p))
        return out

    def _compare_dates(self, fact: Fact, d: dict, candidates: list[tuple[dt.date, str, str | None]], what: str) -> dict:
        if not candidates:
            return self._out(fact, NOT_IN_RECORD, note=f"the record states no {what} in {d['symbol']}")
        if fact.when is None or fact.when.start is None:
            date, label, eid = candidates[0]
            return self._out(fact, NOT_IN_RECORD, date.isoformat(), f"{date.isoformat()} ({label})",
                             self._source(d, label, eid), note="the report's date could not be resolved")
        for date, label, eid in candidates:
            if fact.when.start <= date <= fact.when.end:
                note = None
                if fact.when.precision not in (Precision.DAY,):
                    note = f"agrees at the report's precision ({fact.when.precision})"
                return self._out(fact, CONSISTENT, date.isoformat(), f"{date.isoformat()} ({label})",
                                 self._source(d, label, eid), note)
            if fact.when.anchor_used == "period" and abs((date - fact.when.start).days) <= 1:
                # "for a year" from 15 March: the Council ends some mandates the day before the same
                # date, some on it; the report's period holds either way.
                return self._out(fact, CONSISTENT, date.isoformat(), f"{date.isoformat()} ({label})",
                                 self._source(d, label, eid), note=f"the report gives a period ({fact.span.text}); "
                                 f"the record ends it on {date.isoformat()}")
        date, label, eid = candidates[0]
        return self._out(fact, CONTRADICTS, date.isoformat(), f"{date.isoformat()} ({label})",
                         self._source(d, label, eid), note=f"the record's {what} is {date.isoformat()}, in {label}")

    def _provision_dates(self, d: dict, mission: str | None, kinds: set[str], key: str) -> list[tuple[dt.date, str, str | None]]:
        out = []
        for p in self.record.provisions(d["symbol"]):
            if p["kind"] in kinds and (mission is None or p["mission"] == mission) and p[key]:
                item = (dt.date.fromisoformat(p[key]), _label(p), p["eid"])
                if item not in out:
                    out.append(item)
        return out

    def _mandate_until(self, fact: Fact, d: dict) -> dict:
        mission = self._mission(fact)
        found = self._provision_dates(d, mission, {"extend", "establish"}, "effective_until")
        if not found:
            found = [(date, p["label"], p["eid"]) for date, p in self._dates_in_paragraphs(
                d, r"\b(?:extend|renew)\w*\b", ("until", "by", "date"))]
        return self._compare_dates(fact, d, found, "mandate end date")

    def _terminated_on(self, fact: Fact, d: dict) -> dict:
        found = self._provision_dates(d, self._mission(fact), {"terminate"}, "effective_from")
        if not found:
            found = [(date, p["label"], p["eid"]) for date, p in self._dates_in_paragraphs(
                d, r"\bterminat", ("as_of", "on", "from", "date"))]
        return self._compare_dates(fact, d, found, "termination date")

    def _withdrawal_deadline(self, fact: Fact, d: dict) -> dict:
        found = self._provision_dates(d, self._mission(fact), {"withdrawal", "drawdown", "cessation", "transfer"},
                                      "effective_until")
        if not found:
            found = [(date, p["label"], p["eid"]) for date, p in self._dates_in_paragraphs(
                d, r"\bwithdraw|\bdrawdown|\bcomplet", ("by", "until"))]
        return self._compare_dates(fact, d, found, "withdrawal deadline")

    def _authorization(self, fact: Fact, d: dict) -> dict:
        mission = self._mission(fact)
        provisions = [p for p in self.record.provisions(d["symbol"])
                      if p["kind"] == "authorization" and (mission is None or p["mission"] == mission) and p["effective_until"]]
        by_eid = {}
        for p in provisions:
            by_eid.setdefault(p["eid"], p)
        options = [(p["text"], dt.date.fromisoformat(p["effective_until"]), _label(p), p["eid"]) for p in by_eid.values()]
        if not options:
            options = [(p["text"], date, p["label"], p["eid"]) for date, p in
                       self._dates_in_paragraphs(d, r"\bauthori[sz]", ("until",))]
        if not options:
            return self._out(fact, NOT_IN_RECORD, note=f"the record states no time-limited authority in {d['symbol']}")
        reported = _words(fact.detail or fact.span.text)
        scored = sorted(((len(reported & _words(text)), date, label, eid) for text, date, label, eid in options),
                        key=lambda x: -x[0])
        best = scored[0][0]
        if best < 2:
            dates = sorted({date for _, date, _, _ in options})
            candidates = [(date, ", ".join(label for _, dd, label, _ in scored if dd == date), None) for date in dates]
            result = self._compare_dates(fact, d, candidates, "authority's end date")
            result["note"] = ((result.get("note") or "") + "; matched by date only: the report's words match no "
                              "authorized function closely").strip("; ")
            return result
        matched = [item for item in scored if item[0] >= max(2, 0.6 * best)]
        labels = _join_labels([label for _, _, label, _ in matched])
        dates = sorted({date for _, date, _, _ in matched})
        candidates = [(date, labels, matched[0][3]) for date in dates]
        return self._compare_dates(fact, d, candidates, "authority's end date")

    def _mandate_period(self, fact: Fact, d: dict) -> dict:
        amount, unit = str(fact.value).split()
        mission = self._mission(fact)
        adopted = dt.date.fromisoformat(d["voted_on"]) if d.get("voted_on") else None
        if unit == "days":  # "for a final period of 30 days": the end it gives against the record's
            ends = [p for p in self.record.provisions(d["symbol"])
                    if p["kind"] in ("extend", "establish") and p["mission"] == mission and p["effective_until"]]
            if adopted and ends:
                p = ends[0]
                until = dt.date.fromisoformat(p["effective_until"])
                start = dt.date.fromisoformat(p["effective_from"]) if p.get("effective_from") else adopted
                expected = resolve_period(start, Period(int(amount), "day", "duration"))
                # a day's slack, a day more per week told ("another two weeks" for a 15-day rollover)
                ok = abs((until - expected).days) <= max(1, int(amount) // 7)
                return self._out(fact, CONSISTENT if ok else CONTRADICTS, p["effective_until"],
                                 f"until {p['effective_until']} ({_label(p)})", self._source(d, _label(p), p["eid"]),
                                 note=f"{amount} days from {start.isoformat()} end on {expected.isoformat()}")
            return self._out(fact, NOT_IN_RECORD, None, None, None)
        months = int(amount)
        if adopted and not any(p["kind"] in ("extend", "establish") and p["mission"] == mission
                               for p in self.record.provisions(d["symbol"])):
            # No provision read: the paragraph that extends the mandate still dates it.
            for until, p in self._dates_in_paragraphs(d, r"\b(?:extend|renew)\w*\b", ("until", "by", "date")):
                span = (until.year - adopted.year) * 12 + until.month - adopted.month
                ok = abs(span - months) <= 1
                return self._out(fact, CONSISTENT if ok else CONTRADICTS, until.isoformat(),
                                 f"until {until.isoformat()} ({p['label']})", self._source(d, p["label"], p["eid"]),
                                 note=f"about {span} months from the adoption on {adopted.isoformat()}")
        for p in self.record.provisions(d["symbol"]):
            if p["kind"] in ("extend", "establish") and p["mission"] == mission:
                if p["detail"] and (m := re.search(r"period of (\d+) (month|year)", p["detail"])):
                    record = int(m.group(1)) * (12 if m.group(2) == "year" else 1)
                    return self._out(fact, CONSISTENT if record == months else CONTRADICTS, f"{record} months",
                                     f"{record} months ({_label(p)})", self._source(d, _label(p), p["eid"]))
                start = dt.date.fromisoformat(p["effective_from"]) if p.get("effective_from") else adopted
                if p["effective_until"] and start:
                    until = dt.date.fromisoformat(p["effective_until"])
                    span = (until.year - start.year) * 12 + until.month - start.month
                    ok = abs(span - months) <= 1
                    since = "the start on" if p.get("effective_from") else "the adoption on"
                    return self._out(fact, CONSISTENT if ok else CONTRADICTS, p["effective_until"],
                                     f"until {p['effective_until']} ({_label(p)})", self._source(d, _label(p), p["eid"]),
                                     note=f"about {span} months from {since} {start.isoformat()}")
        return self._out(fact, NOT_IN_RECORD, note="the record states no mandate period")

    def _ceiling(self, fact: Fact, d: dict, units: tuple[str, ...]) -> dict:
        mission = self._mission(fact)
        ceilings = [p for p in self.record.provisions(d["symbol"]) if p["kind"] == "ceiling" and p["mission"] == mission]
        values = [(p["value"], _label(p), p["eid"], p) for p in ceilings if p["unit"] in units]
        if units == ("police",) and not values:
            parts = [p for p in ceilings if p["unit"] in ("individual_police", "formed_police_units")]
            if parts:
                values = [(sum(p["value"] for p in parts), _label(parts[0]), parts[0]["eid"], parts[0])]
        if not values:
            # The provisions may have missed the clause: look for the number itself.
            number = f"{fact.value:,}"
            for p in d.get("paragraphs", []):
                if p["kind"] != "preamble" and re.search(r"ceiling|comprise|up\s+to|force\s+levels?", p["text"], re.I) \
                        and re.search(rf"(?<![\d,]){re.escape(number)}(?![\d,])|(?<!\d){fact.value}(?!\d)", p["text"]):
                    return self._out(fact, CONSISTENT, fact.value, f"{number} ({p['label']})",
                                     self._source(d, p["label"], p["eid"]), note="read from the paragraph's text")
            return self._out(fact, NOT_IN_RECORD, note=f"the record sets no such ceiling in {d['symbol']}")
        if units == ("police",) and not any(v == fact.value for v, *_ in values):
            # Police given in parts ("980 FPU personnel and 295 Individual Police Officers") the record may have read in part.
            for _, label, eid, p in values:
                paragraph = next((q for q in d.get("paragraphs", []) if q["eid"] == eid), None)
                if paragraph and _police_total(paragraph["text"]) == fact.value:
                    return self._out(fact, CONSISTENT, fact.value, f"{fact.value:,} ({label})", self._source(d, label, eid),
                                     note="the police figures of the paragraph added up")
        for value, label, eid, p in values:
            if value == fact.value:
                note = None
                if p.get("effective_until") or p.get("effective_from"):
                    note = " ".join(x for x in (f"from {p['effective_from']}" if p.get("effective_from") else "",
                                                f"until {p['effective_until']}" if p.get("effective_until") else "") if x)
                return self._out(fact, CONSISTENT, value, f"{value:,} ({label})", self._source(d, label, eid), note)
        value, label, eid, _ = values[0]
        shown = "; ".join(f"{v:,} ({lab})" for v, lab, _, _ in values)
        return self._out(fact, CONTRADICTS, [v for v, *_ in values], shown, self._source(d, label, eid))

    def _ceiling_military(self, fact, d):
        return self._ceiling(fact, d, ("military",))

    def _ceiling_police(self, fact, d):
        return self._ceiling(fact, d, ("police",))

    def _deployed(self, fact: Fact) -> dict:
        mission = self._mission(fact)
        if mission is None or mission not in self.registry:
            return self._out(fact, NOT_IN_RECORD, note="no mission to check against")
        m = self.registry.get(mission)
        years = {}
        if m.establishing_resolution:
            decision = self.record.decision(m.establishing_resolution)
            if decision is not None and decision.get("voted_on"):
                years[int(decision["voted_on"][:4])] = (m.establishing_resolution, decision["voted_on"])
            elif y := re.search(r"\((\d{4})\)", m.establishing_resolution):
                years[int(y.group(1))] = (m.establishing_resolution, m.start)
        for value in (m.start, m.operational_start):
            if value:
                years.setdefault(int(value[:4]), (m.establishing_resolution, value))
        if not years:
            return self._out(fact, NOT_IN_RECORD, note=f"the record does not date {mission}'s start")
        reported = int(fact.value)
        symbol, when = years.get(reported) or next(iter(years.values()))
        source = {"symbol": symbol, "paragraph": None, "eid": None}
        if symbol:
            establish = [p for p in self.record.provisions(symbol) if p["kind"] == "establish" and p["mission"] == mission]
            if establish:
                source["paragraph"], source["eid"] = _label(establish[0]), establish[0]["eid"]
        verdict = CONSISTENT if reported in years else CONTRADICTS
        return self._out(fact, verdict, when, f"{mission} established by {symbol} ({when})", source)

    # -- events and claims ---------------------------------------------------------------------

    def event(self, event) -> dict:
        out = event.as_dict()
        out["verdict"] = NOT_IN_RECORD
        out["source"] = {"report": self.reading.document.origin,
                         "attributed_to": event.attributed_to or "the report"}
        related = None
        if event.kind in ("consent_withdrawn", "withdrawal_demanded") and self.links:
            decision = self.record.decision(self.links[0].symbol)
            for p in (decision or {}).get("paragraphs", []):
                if re.search(r"\bconsent\b|\bwithdrawal without delay\b|requesting\s+\S+\s+withdrawal", p["text"], re.I):
                    related = {"symbol": decision["symbol"], "paragraph": p["label"], "eid": p["eid"],
                               "note": "the record notes the host government's request, not this event's details"}
                    break
        out["related"] = related
        return out

    def claim(self, claim) -> dict:
        out = claim.as_dict()
        out["verdict"] = NOT_IN_RECORD
        out["missions"] = [a for a in claim.about if a in self.registry]
        out["source"] = {"report": self.reading.document.origin}
        return out


def _recorded_counts(d: dict) -> dict[str, int]:
    """The raw counts the record writes next to its member list, where the two
    disagree (the ledger lists such disagreements)."""
    counts = {}
    for disc in d.get("discrepancies", []):
        m = re.match(r"(in_favour|against|abstaining)_count$", disc["field"])
        if m and disc["source_a"] == "xml counts" and (n := re.match(r"\d+", disc["value_a"])):
            counts[m.group(1)] = int(n.group())
    if counts and d.get("tally"):
        for key in ("in_favour", "against", "abstaining"):
            counts.setdefault(key, d["tally"][key])
    return counts


def _police_total(text: str) -> int | None:
    """The police figures of a paragraph added up: "980 FPU personnel and 295
    Individual Police Officers" -> 1275."""
    numbers = [int(m.group(1).replace(",", "")) for m in re.finditer(
        r"(?<![\d,])(\d{1,3}(?:,\d{3})+|\d{2,5})\s+(?:\w+\s+){0,2}?(?:police|FPU|IPO)", text, re.I)]
    return sum(numbers) if numbers else None


def _join_labels(labels: list[str]) -> str:
    """"OP 6(iv)", "OP 6(v)" -> "OP 6(iv), 6(v)"."""
    out = []
    for label in dict.fromkeys(labels):
        if out and label.startswith("OP ") and out[0].startswith("OP "):
            out.append(label[3:])
        else:
            out.append(label)
    return ", ".join(out)


def with_published(document: ReportText, published: dt.date | None) -> ReportText:
    if published is None:
        return document
    return dataclasses.replace(document, published_on=published, published_from="given")


__all__ = ["CheckResult", "check_report", "with_published", "to_iso", "VERDICTS"]
