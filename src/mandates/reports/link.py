"""Which resolution (or failed draft) a report is about.

By number when the report gives one (the subject, not a recalled one).
Otherwise by what it says: the mission, the action (terminate, extend,
establish, a failed vote), the date window (the days before publication, or
the years the report names), the vote (unanimous, the count, who abstained)
and dates it reports that the decision's provisions hold. Each link has a
confidence in [0, 1] and a reason a person can read.

``record`` is anything with the methods of ``ledger.report_store.RecordLookup``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..extract.dates import find_dates, parse_date
from .model import ReportReading
from .resolution_text import RESOLUTION_SENTENCE

_ACTION_KINDS = {"terminate": {"terminate"}, "extend": {"extend"}, "establish": {"establish"}}


@dataclass(frozen=True)
class Link:
    symbol: str
    kind: str                 # resolution | draft
    date: dt.date | None      # adoption date / date of the failed vote
    confidence: float
    reason: str

    def as_dict(self) -> dict:
        return {"symbol": self.symbol, "kind": self.kind, "date": self.date.isoformat() if self.date else None,
                "confidence": self.confidence, "reason": self.reason}


def _facts(reading: ReportReading, field: str):
    return [f for f in reading.facts if f.field == field]


def link_report(reading: ReportReading, record) -> list[Link]:
    links = _by_number(reading, record)
    if links:
        return links
    quoted = _by_quotation(reading, record)
    if quoted is not None:
        return [quoted]
    best = _by_description(reading, record)
    return [best] if best else []


# A passage that reads like a resolution's own paragraphs (an excerpt, or "the full
# text of resolution … reads as follows" without the number): its words are in the record.
_PHRASE_WORDS = 10


def _quotable_phrases(text: str, limit: int = 16) -> list[str]:
    """Runs of words from the report's resolution-like sentences, long enough to
    be found only in the resolutions that use the same words: the one around a
    date (what differs from one renewal to the next) or the sentence's middle."""
    phrases = []
    for sentence in re.split(r"(?<=[.;:])\s+|\n+", text):
        if not RESOLUTION_SENTENCE.search(sentence):
            continue
        words = re.findall(r"[^\W_]+", sentence)
        if len(words) < _PHRASE_WORDS + 2:
            continue
        year = next((i for i, w in enumerate(words) if re.fullmatch(r"(?:19|20)\d\d", w)), None)
        middle = max(0, (len(words) - _PHRASE_WORDS) // 2) if year is None else \
            min(max(0, year - _PHRASE_WORDS + 2), len(words) - _PHRASE_WORDS)
        phrases.append(" ".join(words[middle:middle + _PHRASE_WORDS]))
        if len(phrases) >= limit:
            break
    return phrases


def _by_quotation(reading: ReportReading, record) -> Link | None:
    """The resolution whose paragraphs hold most of the report's resolution-style
    passages word for word. Renewals repeat their predecessors' words, so a link
    needs at least two passages and more of them than any other resolution."""
    if not hasattr(record, "quoting"):
        return None
    phrases = _quotable_phrases(reading.document.text)
    if len(phrases) < 2:
        return None
    matched: dict[str, int] = {}
    paragraphs: dict[str, list[str]] = {}
    for phrase in phrases:
        found = record.quoting(phrase, limit=40)
        if not found or len({symbol for symbol, _ in found}) > 12:
            continue  # boilerplate ("Decides to remain actively seized of the matter")
        for symbol in dict.fromkeys(symbol for symbol, _ in found):
            matched[symbol] = matched.get(symbol, 0) + 1
        for symbol, eid in found:
            paragraphs.setdefault(symbol, []).append(eid)
    if not matched:
        return None
    ranked = sorted(matched.items(), key=lambda item: -item[1])
    symbol, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best < 2 or best <= runner_up:
        return None
    decision = record.decision(symbol)
    if decision is None:
        return None
    date = dt.date.fromisoformat(decision["voted_on"]) if decision.get("voted_on") else None
    labelled = [p for p in paragraphs[symbol] if p[:3] in ("OP ", "PP ")] or paragraphs[symbol]
    shown = ", ".join(dict.fromkeys(labelled))
    confidence = min(0.95, 0.6 + 0.05 * best + 0.05 * (best - runner_up))
    reason = (f"no resolution number in the report; {best} of its {len(phrases)} resolution-style passages are "
              f"word for word in {symbol} ({shown}), against {runner_up} in any other resolution")
    return Link(decision["symbol"], decision["kind"], date, round(confidence, 2), reason)


def _by_number(reading: ReportReading, record) -> list[Link]:
    links: list[Link] = []
    for ref in reading.resolutions:
        if not ref.subject:
            continue
        target = ref.draft_symbol or ref.number
        decision = record.decision(target)
        if decision is None:
            continue
        if any(link.symbol == decision["symbol"] for link in links):
            continue
        date = dt.date.fromisoformat(decision["voted_on"]) if decision.get("voted_on") else None
        written = ref.span.text
        reason = f"the report names {'draft' if ref.draft_symbol else 'resolution'} {ref.draft_symbol or ref.number}"
        confidence = 0.97
        if ref.year is not None and ref.year != decision["year"]:
            reason += f" (written “{written}”, but the record dates it {decision['year']})"
            confidence = 0.75
        missions = set(reading.missions[:1])
        if missions and decision["kind"] == "resolution":
            provisions = record.provisions(decision["symbol"])
            named = {p["mission"] for p in provisions}
            title = decision.get("title") or ""
            if named and not missions & named and not any(f"({m})" in title for m in missions):
                reason += f"; but it decides nothing for {', '.join(sorted(missions))}"
                confidence = min(confidence, 0.6)
        links.append(Link(decision["symbol"], decision["kind"], date, confidence, reason))
    return links


def _window(reading: ReportReading) -> tuple[tuple[dt.date, dt.date] | None, set[int] | None, str]:
    """Where to look for the decision: the month before publication (a weekly
    review tells of votes up to a few weeks old; the scores prefer the
    nearest), or the days around a dateline, or the years around the report's."""
    published = reading.document.published_on
    if published is not None:
        return (published - dt.timedelta(days=31), published + dt.timedelta(days=1)), None, \
            f"voted in the month before publication ({published.isoformat()})"
    if reading.anchor is not None and (reading.anchor_source or "").startswith("dateline") \
            and "year inferred" not in reading.anchor_source:
        return (reading.anchor - dt.timedelta(days=3), reading.anchor + dt.timedelta(days=1)), None, \
            f"voted around the dateline's {reading.anchor.isoformat()}"
    if reading.anchor is not None and (reading.anchor_source or "").startswith("dateline"):
        year = reading.anchor.year  # "Aug 31" with a year guessed from the text: any year near it
        return None, {year - 1, year, year + 1}, f"in or around {year}, the year guessed for the dateline"
    if reading.context_year:
        years = {reading.context_year - 1, reading.context_year, reading.context_year + 1}
        return None, years, f"in or around {reading.context_year}, the year of the report's dates"
    return None, None, "any date"


def _by_description(reading: ReportReading, record) -> Link | None:
    missions = list(reading.missions[:3])
    hosts = []
    for acronym in missions[:1]:
        mission = record.registry.get(acronym)
        hosts.append(mission.host_country.name)
    failed = any(f.field == "action" and f.value == "fail" for f in reading.facts) or \
        any(f.field == "outcome" and f.value in ("vetoed", "not_adopted") for f in reading.facts)
    if not missions and failed:
        # A failed draft on a country, not a mission ("vetoed a draft on Mali sanctions").
        from .names import find_members

        hosts = list(dict.fromkeys(m.name for m in find_members(reading.document.text) if not m.adjective))
    if not missions and not hosts:
        return None
    window, years, window_words = _window(reading)
    if years is not None:
        # The report's year is a guess from its dates: look at every year, and
        # let the years around the guess count for a little.
        candidates = record.candidates(missions[:1], hosts=hosts)
    else:
        candidates = record.candidates(missions[:1], window=window, hosts=hosts)
    if not candidates:
        return None
    subject = missions[0] if missions else None
    yearless = _yearless_days(reading) if reading.anchor is None and not reading.context_year else set()
    scored = sorted(((score, reasons, c) for c in candidates
                     for score, reasons in [_score(reading, c, subject, years, record, yearless)]),
                    key=lambda item: (-item[0], str(item[2]["date"])))
    best_score, reasons, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else None
    if best_score <= 0:
        return None
    confidence = min(0.95, 0.45 + 0.07 * best_score)
    if runner_up is not None and best_score == runner_up:
        confidence *= 0.5
        reasons.append(f"tied with {scored[1][2]['symbol']} ({scored[1][2]['date']}): what the report says "
                       f"does not decide between them")
    elif runner_up is not None and best_score - runner_up < 2:
        confidence *= 0.7
        reasons.append(f"a close second candidate ({scored[1][2]['symbol']})")
    elif runner_up is None:
        reasons.append("the only candidate")
    else:
        reasons.append(f"next best {scored[1][2]['symbol']} scored {runner_up} to {best_score}")
    about = f"{subject} decisions" if subject else f"failed drafts on {', '.join(hosts)}"
    reason = f"no resolution number in the report; {about} {window_words}: " + "; ".join(reasons)
    return Link(best["symbol"], best["kind"], best["date"], round(confidence, 2), reason)


def _yearless_days(reading: ReportReading) -> set[str]:
    """"MM-DD" of the days a report without any year gives ("until July 31"): the
    decision's own dates should hold them."""
    out = set()
    for e in find_dates(reading.document.text):
        if e.value is None and e.kind in ("until", "by", "as_of", "from") and (day := _month_day(e.text)):
            out.add(day)
    return out


def _score(reading: ReportReading, candidate: dict, mission: str, years: set[int] | None = None,
           record=None, yearless: set[str] = frozenset()) -> tuple[int, list[str]]:
    score, reasons = 0, []
    held = sorted({d[5:] for d in candidate["dates"]} & yearless)
    if held:
        score += 2
        reasons.append(f"its provisions hold {', '.join(held)}, the day(s) the report gives without a year")
    if years and candidate["date"] is not None and candidate["date"].year in years:
        score += 1
    action = next((f.value for f in _facts(reading, "action") if f.mission in (mission, None)), None)
    if action is None and any(f.value in ("vetoed", "not_adopted") for f in _facts(reading, "outcome")):
        action = "fail"
    kinds = candidate["actions"].get(mission, set()) if mission else set()
    if action == "fail":
        if candidate["kind"] == "draft":
            score += 4
            reasons.append("a failed draft, as reported")
        else:
            score -= 3
    elif action in _ACTION_KINDS:
        if candidate["kind"] == "draft":
            score -= 3
        elif kinds & _ACTION_KINDS[action] or candidate["title_action"] == action:
            score += 4
            reasons.append(f"it {_verb(action)} {mission}'s mandate, as reported")
        else:
            score -= 2
    unanimous = next((f.value for f in _facts(reading, "vote.unanimous")), None)
    tally = candidate["tally"]
    if unanimous is not None and tally:
        record_unanimous = tally["against"] == 0 and tally["abstaining"] == 0 and tally["non_voting"] == 0
        if unanimous == record_unanimous:
            score += 2
            reasons.append("unanimous, as reported" if unanimous else "not unanimous, as reported")
        else:
            score -= 2
    reported = next((f.value for f in _facts(reading, "vote.tally")), None)
    if reported and tally:
        pairs = [(reported.get("yes"), tally["in_favour"]), (reported.get("no"), tally["against"]),
                 (reported.get("abstain"), tally["abstaining"])]
        known = [(a, b) for a, b in pairs if a is not None]
        if known and all(a == b for a, b in known):
            score += 2
            reasons.append("the reported count matches")
        elif known:
            score -= 1
    named = next((f.value for f in _facts(reading, "vote.abstaining")), None)
    if named and tally and candidate["kind"] in ("resolution", "draft") and record is not None:
        decision = record.decision(candidate["symbol"]) or {}
        abstainers = (decision.get("votes") or {}).get("abstaining")
        if abstainers:
            if set(named) == set(abstainers):
                score += 2
                reasons.append(f"{', '.join(sorted(named))} abstained, as reported")
            else:
                score -= 2
    for field in ("mandate_until", "terminated_on", "withdrawal_deadline", "authorization"):
        for fact in _facts(reading, field):
            if fact.when and fact.when.end and fact.when.end.isoformat() in candidate["dates"]:
                score += 1
                reasons.append(f"its provisions hold {fact.when.end.isoformat()} ({fact.span.text})")
                break
            day = fact.when.end.isoformat()[5:] if fact.when and fact.when.end and _guessed_year(fact) else None
            if day and any(d[5:] == day for d in candidate["dates"]):
                score += 1
                reasons.append(f"its provisions hold the day the report gives without a year ({fact.span.text})")
                break
    vetoed = next((f.value for f in _facts(reading, "vote.vetoed_by")), None)
    if vetoed and candidate["vetoed_by"]:
        if set(vetoed) == set(candidate["vetoed_by"]):
            score += 2
            reasons.append(f"vetoed by {', '.join(vetoed)}, as reported")
        else:
            score -= 2
    penholder = next((f.value for f in _facts(reading, "penholder")), None)
    if isinstance(penholder, str) and penholder in candidate["submitters"]:
        score += 1
        reasons.append(f"drafted by {penholder}")
    adopted = next((f for f in _facts(reading, "adopted_on") if f.when and f.when.start), None)
    if adopted is not None and candidate["date"] is not None:
        if adopted.when.start <= candidate["date"] <= adopted.when.end:
            score += 3
            reasons.append(f"voted on {candidate['date'].isoformat()}, as reported")
        elif _guessed_year(adopted) and adopted.when.start == adopted.when.end and \
                (adopted.when.start.month, adopted.when.start.day) == (candidate["date"].month, candidate["date"].day):
            score += 2
            reasons.append(f"voted on {candidate['date'].isoformat()}: the day and month reported (“{adopted.span.text}”)")
        else:
            score -= 1
    published = reading.document.published_on
    if published is not None and candidate["date"] is not None:
        score += 1  # inside the publication window (candidates outside it were not asked for)
        if adopted is None and (published - candidate["date"]).days > 10:
            score -= 1  # news is mostly about the last few days
    weekday = next((f for f in _facts(reading, "adopted_on") if f.when is None or f.when.start is None), None)
    if weekday is not None and candidate["date"] is not None and (day := _weekday(weekday.span.text)) is not None:
        if candidate["date"].weekday() == day:
            score += 2
            reasons.append(f"voted on a {candidate['date'].strftime('%A')}, as reported (“{weekday.span.text}”)")
        else:
            score -= 2
    return score, reasons


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
             "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
             "sabado": 5, "domingo": 6}


def _weekday(words: str) -> int | None:
    """The weekday a report's words name ("on Friday", "este miércoles")."""
    for word in re.findall(r"\w+", words.lower()):
        if word in _WEEKDAYS:
            return _WEEKDAYS[word]
    return None


def _month_day(words: str | None) -> str | None:
    """"MM-DD" of a day written without a year ("until July 31"), read in a leap year."""
    if not words:
        return None
    value = parse_date(words, context_year=2000)
    if value is None or value.start is None or value.start != value.end:
        return None
    return value.start.isoformat()[5:]


def _guessed_year(fact) -> bool:
    """Whether the report gave the day and month but the year was inferred."""
    return bool(fact.when and fact.when.anchor_used in ("context_year", "neighbour"))


def _verb(action: str) -> str:
    return {"terminate": "terminates", "extend": "extends", "establish": "establishes"}.get(action, action)
