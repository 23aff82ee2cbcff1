"""Read one report: everything it states, before any comparison with the record.

``read_report`` is pure (no database): it takes the text a reader produced
and, optionally, an anchor for relative dates. Without a publication date it
reads relative dates as unresolved; the ledger links the report to the record
and reads it again with the linked vote's date as the anchor (DESIGN, "Time").
"""
from __future__ import annotations

import datetime as dt
import re

from ..extract.dates import Precision, find_dates
from ..missions import Registry
from ..records import ReportText
from . import claims as claims_mod
from . import entities as entities_mod
from . import events as events_mod
from . import mandate, tallies
from .model import Fact, ReportReading, ResolutionRef, Span
from .numbers import find_resolution_numbers
from .sentences import Sentence, split_sentences

_DECIDED = re.compile(r"\b(?:decided|decides|extended|extends|renewed|renews|terminated|terminates|established|"
                      r"establishes|ended|ends|approved|voted)\b", re.I)
_NOT_VOTE_DAY = re.compile(r"(?:start|begin|commence|effective|until|by|from|as\s+of|before|after|since)\s+(?:\w+\s+)?$", re.I)
_ADOPTED = re.compile(r"\b(?:adopt(?:s|ed|ing)?|pass(?:ed|es)?|approv(?:ed|es|ing)|voted\s+to|unanimously\s+(?:voted|decided|agreed))\b", re.I)


def context_year(text: str, refs: list[ResolutionRef]) -> int | None:
    """The year a report without a publication date is most likely about: the
    latest year of its fully written dates, else of the resolutions it is
    about, else of any month and year it names."""
    exprs = find_dates(text)
    full = [e.value.start.year for e in exprs if e.value and e.value.start and e.value.precision in
            (Precision.DAY, Precision.END_OF_YEAR, Precision.END_OF_MONTH) and e.anchor_used is None]
    if full:
        return max(full)
    subject = [r.year for r in refs if r.subject and r.year]
    if subject:
        return max(subject)
    months = [e.value.start.year for e in exprs if e.value and e.value.start and e.value.precision in
              (Precision.MONTH, Precision.MID_MONTH) and e.anchor_used is None]
    return max(months) if months else None


def read_report(document: ReportText, registry: Registry | None = None, anchor: dt.date | None = None,
                anchor_source: str | None = None) -> ReportReading:
    registry = registry or Registry.load()
    text = document.text
    notes: list[str] = []
    anchor_kind = "event" if anchor is not None and anchor_source and anchor_source.startswith("linked") else "publication"
    if anchor is None and document.published_on is not None:
        anchor = document.published_on
        anchor_source = f"publication date ({document.published_from or 'source'})"
    refs = find_resolution_numbers(text)
    if document.title:
        refs = [r for r in find_resolution_numbers(document.title) if r.subject] + refs if not refs else refs
    year = context_year(text, refs)
    dates = find_dates(text, anchor, None if anchor else year, anchor_kind=anchor_kind)
    sentences = split_sentences(text)
    missions, mentions = mandate.find_missions(text, registry, document.mission_hint, document.title)
    primary = missions[0] if missions else None
    host = registry.get(primary).host_country.name if primary else None

    facts: list[Fact] = []
    facts += _vote_facts(text, sentences, dates, refs)
    fail_spans = [f.span.start for f in facts if f.field == "outcome" and f.value in ("vetoed", "not_adopted")]
    facts += mandate.read_action(text, sentences, mentions, primary, document.title, [(s, s + 1) for s in fail_spans])
    if any(f.field == "outcome" and f.value in ("vetoed", "not_adopted") for f in facts):
        facts = [f for f in facts if f.field != "action"] + [
            Fact("action", "fail", "fail", next(f.span for f in facts if f.field == "outcome"), mission=m)
            for m in (missions[:1] or [None])]
    facts += mandate.read_dates(text, sentences, dates, mentions, primary)
    facts += mandate.read_periods_and_ceilings(text, sentences, mentions, primary)
    facts += mandate.read_deployment(text, sentences, mentions, primary)
    facts = _with_resolutions(_dedupe(facts), refs, text)

    people = entities_mod.find_people(text)
    organizations = entities_mod.find_organizations(text)
    entities = people + organizations
    claims = claims_mod.read_claims(text, sentences, dates, entities, mentions)
    events = events_mod.read_events(text, sentences, dates, mentions, primary, host)
    events = [_attributed(e, claims) for e in events]
    if anchor is None and any(e.kind in ("on", "relative") and e.value is None for e in dates):
        notes.append("relative dates could not be resolved: the report has no publication date")
    return ReportReading(document=document, anchor=anchor, anchor_source=anchor_source, context_year=year,
                         missions=tuple(missions), resolutions=tuple(refs), facts=tuple(facts),
                         events=tuple(events), claims=tuple(claims), entities=tuple(entities), notes=tuple(notes))


def _attributed(event, claims):
    from dataclasses import replace

    length = max(1, event.span.end - event.span.start)
    for claim in claims:
        overlap = min(event.span.end, claim.span.end) - max(event.span.start, claim.span.start)
        if overlap > length / 2:
            return replace(event, attributed_to=claim.speaker)
    return event


def _vote_facts(text: str, sentences: list[Sentence], dates, refs: list[ResolutionRef]) -> list[Fact]:
    facts: list[Fact] = []
    seen_roles: dict[tuple[str, int], set[str]] = {}
    date_found = False
    for s in sentences:
        vote = tallies.read_vote(text, s.start, s.end)
        if vote.unanimous is not None:
            value, a, b = vote.unanimous
            facts.append(Fact("vote.unanimous", value, "unanimous" if value else "not unanimous", Span(a, b, text[a:b])))
        if vote.tally_span is not None and (vote.yes is not None or vote.no is not None or vote.abstain is not None):
            a, b = vote.tally_span
            value = {"yes": vote.yes, "no": vote.no, "abstain": vote.abstain}
            display = "-".join("?" if v is None else str(v) for v in (vote.yes, vote.no, vote.abstain))
            facts.append(Fact("vote.tally", value, display, Span(a, b, text[a:b])))
        for role, mentions in vote.roles.items():
            names = list(dict.fromkeys(m.name for m in mentions))
            key = (role, s.paragraph)
            field = "penholder" if role == "penholder" else f"vote.{role}"
            a, b = vote.role_spans[role]
            if field == "penholder":
                facts.append(Fact(field, names[0] if len(names) == 1 else names, ", ".join(names), Span(a, b, text[a:b])))
            else:
                facts.append(Fact(field, names, ", ".join(names), Span(a, b, text[a:b])))
            seen_roles.setdefault(key, set()).update(names)
        if vote.failed is not None:
            a, b = vote.failed
            outcome = "vetoed" if "vetoed_by" in vote.roles or re.search(r"veto", text[s.start:s.end], re.I) else "not_adopted"
            facts.append(Fact("outcome", outcome, outcome.replace("_", " "), Span(a, b, text[a:b])))
        elif (m := _ADOPTED.search(text, s.start, s.end)) and (vote.unanimous or vote.tally_span or "council" in s.text.lower()):
            facts.append(Fact("outcome", "adopted", "adopted", Span(m.start(), m.end(), m.group())))
        if vote.meeting is not None:
            value, a, b = vote.meeting
            facts.append(Fact("meeting", value, value, Span(a, b, text[a:b])))
        if vote.chapter_vii is not None:
            a, b = vote.chapter_vii
            facts.append(Fact("chapter_vii", True, "Chapter VII", Span(a, b, text[a:b])))
        is_vote_sentence = vote.unanimous is not None or vote.tally_span is not None or vote.failed is not None or \
            bool((_ADOPTED.search(s.text) or _DECIDED.search(s.text)) and re.search(r"\bcouncil\b", s.text, re.I))
        if is_vote_sentence and not date_found:
            for e in dates:
                if not (s.start <= e.start < s.end) or e.kind not in ("on", "relative", "date"):
                    continue
                if e.value is not None and e.value.precision != Precision.DAY:
                    continue
                if e.value is None and not re.search(r"day\b|today|yesterday|tonight", e.text, re.I):
                    continue
                if _NOT_VOTE_DAY.search(text[max(s.start, e.start - 25):e.start]):
                    continue  # "start on 1 July": a date the decision sets, not the vote's
                when = mandate.when_of(e)
                facts.append(Fact("adopted_on", when.iso, e.text, Span(e.start, e.end, e.text), when=when))
                date_found = True
                break
    return _merge_votes(facts)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """The headline and the body often say the same date: one fact, the first."""
    seen, out = set(), []
    for fact in facts:
        key = (fact.field, repr(fact.value), fact.mission)
        if fact.field in ("mandate_until", "terminated_on", "withdrawal_deadline", "mandate_period", "deployed") \
                and key in seen:
            continue
        seen.add(key)
        out.append(fact)
    return out


def _merge_votes(facts: list[Fact]) -> list[Fact]:
    """One fact per field (the first), list fields merged across sentences;
    "unanimous" said twice is one fact."""
    out: list[Fact] = []
    by_field: dict[str, int] = {}
    for fact in facts:
        if fact.field in by_field:
            index = by_field[fact.field]
            first = out[index]
            if isinstance(first.value, list) and isinstance(fact.value, list):
                merged = list(dict.fromkeys(first.value + fact.value))
                out[index] = Fact(first.field, merged, ", ".join(merged), first.span, first.mission, first.resolution,
                                  first.when, first.detail)
            elif first.field == "vote.tally" and isinstance(first.value, dict):
                merged = {k: first.value[k] if first.value[k] is not None else fact.value.get(k) for k in first.value}
                display = "-".join("?" if v is None else str(v) for v in merged.values())
                out[index] = Fact(first.field, merged, display, first.span)
            elif first.field == "outcome" and first.value == "adopted" and fact.value != "adopted":
                out[index] = fact
            continue
        by_field[fact.field] = len(out)
        out.append(fact)
    return out


def _with_resolutions(facts: list[Fact], refs: list[ResolutionRef], text: str) -> list[Fact]:
    """Attach each fact to the resolution it is about when the report names
    several: the nearest subject number before it in the same paragraph."""
    from dataclasses import replace

    subject = [r for r in refs if r.subject and r.draft_symbol is None]
    numbers = list(dict.fromkeys(r.number for r in subject))
    if not numbers:
        return facts
    out = []
    for fact in facts:
        number = numbers[0] if len(numbers) == 1 else None
        if number is None:
            before = [r for r in subject if r.span.start <= fact.span.start
                      and "\n\n" not in text[r.span.end:fact.span.start]]
            number = before[-1].number if before else numbers[0]
        out.append(replace(fact, resolution=number))
    return out


def resolution_facts(reading: ReportReading) -> list[Fact]:
    """A "resolution" fact per subject number, for the checker."""
    out = []
    for ref in reading.resolutions:
        if ref.subject:
            symbol = ref.draft_symbol or (f"{ref.number} ({ref.year})" if ref.year else str(ref.number))
            out.append(Fact("resolution", ref.draft_symbol or ref.number, symbol, ref.span, resolution=ref.number,
                            detail=ref.reason))
    seen = set()
    unique = []
    for fact in out:
        if fact.value not in seen:
            seen.add(fact.value)
            unique.append(fact)
    return unique
