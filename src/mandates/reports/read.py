"""Read one report: everything it states, before any comparison with the record.

``read_report`` is pure (no database): it takes the text a reader produced
and, optionally, an anchor for relative dates. Without a publication date it
takes the wire dateline ("UNITED NATIONS, Sunday, June 30 (Wire) -") as one,
or reads relative dates as unresolved; the ledger links the report to the
record and reads it again with the linked vote's date as the anchor (DESIGN,
"Time").

Votes, ceilings and dates told of an earlier decision ("the previous renewal
was adopted unanimously") are left out (``recall.py``). A report about a
failed vote has no resolution number of its own: the numbers it names are
recalled. What a count implies is said too: 14 in favour with one named
abstainer is 14-0-1 and not unanimous; "unanimously" is 15-0-0; a period of
six months from the vote ends the day before the same date six months later.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from .. import members
from ..extract.dates import Period, Precision, find_dates, resolve_period
from ..missions import Registry
from ..records import ReportText
from ..readers.text import year_in_url
from . import claims as claims_mod
from . import entities as entities_mod
from . import events as events_mod
from . import mandate, tallies
from .ceilings import read_ceilings
from .model import Fact, ReportReading, ResolutionRef, Span, When
from .numbers import find_resolution_numbers
from .recall import Recall, clauses
from .resolution_text import ACTING_UNDER_VII, ACTING_UNDER_VII_INSIDE, numbered_paragraph, paragraph_start, resolution_body
from .sentences import Sentence, split_sentences

_COUNCIL = r"\b(?:council|conseil|consejo|conselho|(?:Sicherheits)?rat(?:s|es)?)\b"
_DECIDED = re.compile(r"\b(?:decided|decides|extended|extends|renewed|renews|terminated|terminates|established|"
                      r"establishes|ended|ends|approved|voted|agreed|backed|endorsed|authori[sz]ed|prorog\w*|prorrog\w*|prolong\w*|décidé|decidió|mis\s+fin"
                      r"|met\s+fin|puso\s+fin|pone\s+fin|aprob\w*|adopt\w*"
                      r"|decidiu|prorrogou|renovou|estendeu|encerrou|p[ôo]s\s+fim|criou|estabeleceu|aprovou|adotou|autorizou"
                      r"|beschlo(?:ss|ß)|beschlossen|verlängert\w*|beendet\w*|eingerichtet|angenommen|verabschiedet\w*|billigte|gebilligt"
                      r"|autorisiert\w*|ermächtigt\w*)\b", re.I)
_NOT_VOTE_DAY = re.compile(r"(?:(?:expiry|expiration|end|closing)\s+dates?\s+(?:of|on)|expir(?:es|ing|ed|y)|ending|ends|deadline(?:\s+of)?"
                           r"|start|begin|commence|effective|until|by|from|as\s+of|before|after|since|jusqu['’]a[ux]?|hasta(?:\s+el)?"
                           r"|desde(?:\s+el)?|à\s+compter\s+du|a\s+partir\s+del?|d['’]ici\s+(?:au|le|à)"
                           r"|até(?:\s+[ao])?|bis(?:\s+zum)?|ab(?:\s+dem)?|seit(?:\s+dem)?|zum|vom)\s+(?:\w+\s+)?$", re.I)
_ADOPTED = re.compile(r"\b(?:adopt(?:s|ed|ing)?|pass(?:ed|es)?|approv(?:ed|es|ing)|voted\s+to|unanimously\s+(?:voted|decided|agreed)"
                      r"|adopt[ée]\w*|adoptant|aprob(?:ó|ada|ado|ando)|à\s+l['’]unanimité|por\s+unanimidad"
                      r"|aprov(?:ou|ad[oa]|ando)|adot(?:ou|ad[oa]|ando)|por\s+unanimidade"
                      r"|angenommen|verabschiedet\w*|billigte|einstimmig)\b", re.I)
_WEEKDAY_WORDS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                            r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
                            r"|(?:segunda|terça|terca|quarta|quinta|sexta)-feira|montag|dienstag|mittwoch|donnerstag|freitag"
                            r"|samstag|sonntag)\b|today|yesterday|tonight|aujourd|hoy|ayer|hoje|ontem|heute|gestern", re.I)
_SAME_DAY_ADOPTION = re.compile(r"\b(?:then|later|instead|subsequently|also|afterwards|ensuite|puis|luego|después)\s+"
                                r"(?:\w+\s+){0,3}?(?:adopted|passed|approved|adopté|aprobó|aprovou|adotou|angenommen|verabschiedet)\b", re.I)
# Words that say a date is when the mission starts ("to take over … on 1 July").
_STARTS = re.compile(r"\btak(?:e|es|ing)\s+over\b|\bcommenc\w*|\bstart(?:s|ing)?\b|\bbegin(?:s|ning)?\b|\btransfer\s+of\s+authority\b"
                     # "decides that the authority be transferred from AFISMA to MINUSMA on 1 July 2013" (but a
                     # request "to transfer authority … on 1 October 2003" does not start the period: S/RES/1509)
                     r"|\bauthority\s+(?:be\s+|is\s+|was\s+)?transferred\b"
                     r"|\bassum(?:e|es|ing)\s+(?:its\s+)?(?:responsibilit|authority|duties)|\bà\s+compter\b|\ba\s+partir\b"
                     r"|\bab\s+dem\b|\bbeginn\w*|\bübernehm\w*|\bcomeç\w*|\bassumir\w*", re.I)
# "UNITED NATIONS, Sunday, June 30 (Wire) -": the wire's dateline; or a line
# that holds nothing but a date near the top ("SC/15341 — 30 June 2023").
_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*\s*){1,4},\s+(?P<date>[^()\n]{3,40}?)\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s"
                       r"|^(?:[A-Z]{2,4}/\d{3,6}\s*[-–—]?\s*)?(?P<line>(?:(?:\w+day|\w+-feira|\w+tag|Mittwoch|sábado|domingo),?\s+)?\d{1,2}\.?\s+(?:de\s+)?[A-Za-zÀ-ÿ]+\.?\s+(?:de\s+)?(?:19|20)\d\d"
                       r"|(?:\w+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*$", re.M)


def context_year(text: str, refs: list[ResolutionRef], recall: Recall | None = None,
                 url_year: int | None = None) -> int | None:
    """The year a report without a publication date is most likely about: the
    year of the resolution (or draft) it is about, else the year its URL files
    it under, else the latest year of its fully written dates (leaving out
    those told of an earlier decision), else of any month and year it names."""
    subject = [r.year for r in refs if r.subject and r.year]
    if subject:
        return max(subject)
    if url_year:
        return url_year
    exprs = find_dates(text)
    full = [e.value.start.year for e in exprs if e.value and e.value.start and e.value.precision in
            (Precision.DAY, Precision.END_OF_YEAR, Precision.END_OF_MONTH) and e.anchor_used is None
            and not (recall and recall.recalled(e.start))]
    if full:
        return max(full)
    months = [e.value.start.year for e in exprs if e.value and e.value.start and e.value.precision in
              (Precision.MONTH, Precision.MID_MONTH) and e.anchor_used is None]
    return max(months) if months else None


def read_report(document: ReportText, registry: Registry | None = None, anchor: dt.date | None = None,
                anchor_source: str | None = None) -> ReportReading:
    registry = registry or Registry.load()
    text = without_furniture(document.text)
    notes: list[str] = []
    if anchor is None and document.published_on is not None:
        anchor = document.published_on
        anchor_source = f"publication date ({document.published_from or 'source'})"
    if anchor is None and (posted := _posted_on(text)) is not None:
        anchor, anchor_source = posted
    refs = find_resolution_numbers(text)
    if document.title:
        refs = [r for r in find_resolution_numbers(document.title) if r.subject] + refs if not refs else refs
    sentences = split_sentences(text)
    recall = Recall(clauses(text, sentences, refs))
    refs = [replace(r, subject=False, reason="recalled: told of as an earlier decision (" + _words_at(text, r) + ")")
            if r.subject and r.draft_symbol is None and recall.recalled(r.span.start) else r for r in refs]
    if _about_a_failed_vote(text, sentences, recall):
        refs = _recalled_in_failed(refs, text)
        recall = Recall(clauses(text, sentences, refs))
    year = context_year(text, refs, recall, year_in_url(document.url))
    dateline = _dateline(text, year)
    if anchor is None and dateline is not None:
        anchor, anchor_source = dateline[0], dateline[1]
    elif dateline is not None and not dateline[4] and document.published_on is not None and anchor == document.published_on \
            and 0 < (document.published_on - dateline[0]).days <= 3:
        # A press release dated "15 July 2022" and put online the next day: its "today" is the 15th.
        anchor, anchor_source = dateline[0], f"{dateline[1]}, before the publication date {document.published_on.isoformat()}"
    dates = find_dates(text, anchor, None if anchor else year, anchor_kind=_anchor_kind(anchor, anchor_source))
    if anchor is None and (voted := _vote_day(text, sentences, dates, recall)) is not None:
        # The report dates the vote in full ("On 14 December 2016, …"): its other dates are read from that day
        # ("until Jan. 31" is the January after it).
        anchor, anchor_source = voted, f"the vote's date as the report gives it ({voted.isoformat()})"
        dates = find_dates(text, anchor, None, anchor_kind="event")
    if (dated := _numbers_dated_apart(text, sentences, refs, dates, recall)) != refs:
        refs = dated
        recall = Recall(clauses(text, sentences, refs))
    missions, mentions = mandate.find_missions(text, registry, document.mission_hint, document.title)
    title_mentions = mandate.mission_mentions(document.title, registry) if document.title else []
    primary = missions[0] if missions else None
    host = registry.get(primary).host_country.name if primary else None
    context = _Context(document, registry, text, sentences, recall, refs, missions, mentions, title_mentions, dateline)
    facts = _facts(context, dates, anchor if _anchor_kind(anchor, anchor_source) == "event" else None)
    if dateline is not None and dateline[4] and anchor_source == dateline[1] and \
            (filed := _day_before_deadline(anchor.month, anchor.day, facts, text)) not in (None, anchor):
        # "UNITED NATIONS, Oct 30 — … renews the mission until October 31, 2024": a dateline
        # without a year was filed before the deadline it reports, not in the deadline's year.
        anchor, anchor_source = filed, f"{dateline[1]}, in the year its deadline implies ({filed.isoformat()}; year inferred)"
        year = filed.year
        dates = find_dates(text, anchor, None, anchor_kind="publication")
        facts = _facts(context, dates, None)
    if anchor is None and (voted := _vote_day_from_deadlines(facts, text)) is not None:
        # "On 31 August, the Council extended UNIFIL until Aug. 31, 2024": the vote's year is the one its
        # deadline implies, not the deadline's.
        year = voted.year
        anchor, anchor_source = voted, f"the vote's day and month, in the year its deadline implies ({voted.isoformat()}; year inferred)"
        dates = find_dates(text, anchor, None, anchor_kind="event")
        facts = _facts(context, dates, anchor)

    people = entities_mod.find_people(text)
    organizations = entities_mod.find_organizations(text)
    entities = people + organizations
    claims = claims_mod.read_claims(text, sentences, dates, entities, mentions)
    events = events_mod.read_events(text, sentences, dates, mentions, primary, host)
    events = [_attributed(e, claims) for e in events]
    if anchor is None and any(e.kind in ("on", "relative") and e.value is None for e in dates):
        notes.append("relative dates could not be resolved: the report has no publication date")
    if anchor_source and (anchor_source.startswith("dateline") or anchor_source.startswith("the vote")):
        notes.append(f"the report has no publication date: relative dates were resolved from {anchor_source}")
    return ReportReading(document=document, anchor=anchor, anchor_source=anchor_source, context_year=year,
                         missions=tuple(missions), resolutions=tuple(refs), facts=tuple(facts),
                         events=tuple(events), claims=tuple(claims), entities=tuple(entities), notes=tuple(notes))


@dataclass(frozen=True)
class _Context:
    """What the fact readers need besides the dates."""

    document: ReportText
    registry: Registry
    text: str
    sentences: list[Sentence]
    recall: Recall
    refs: list[ResolutionRef]
    missions: list[str]
    mentions: list
    title_mentions: list
    dateline: tuple | None


def _facts(c: _Context, dates, linked_vote: dt.date | None) -> list[Fact]:
    """Every fact the report states about the decision, read with these dates."""
    text, sentences, recall, dateline = c.text, c.sentences, c.recall, c.dateline
    primary = c.missions[0] if c.missions else None

    def mission_of(sentence: Sentence) -> str | None:
        return mandate.sentence_mission(c.mentions, sentence, primary)

    facts: list[Fact] = []
    facts += _vote_facts(text, sentences, [e for e in dates if not (dateline and dateline[2] <= e.start < dateline[3])],
                         recall)
    fail_spans = [f.span.start for f in facts if f.field == "outcome" and f.value in ("vetoed", "not_adopted")]
    facts += mandate.read_action(text, sentences, c.mentions, primary, c.document.title,
                                 [(s, s + 1) for s in fail_spans], c.title_mentions, recall.recalled)
    if any(f.field == "outcome" and f.value in ("vetoed", "not_adopted") for f in facts):
        facts = [f for f in facts if f.field != "action"] + [
            Fact("action", "fail", "fail", next(f.span for f in facts if f.field == "outcome"), mission=m)
            for m in (c.missions[:1] or [None])]
    facts += mandate.read_dates(text, sentences, dates, c.mentions, primary, recall.recalled, _places(c.registry, primary),
                                not_un=lambda m: m in c.registry and not c.registry.get(m).un_mission)
    facts += mandate.read_periods(text, sentences, c.mentions, primary, recall.recalled)
    facts += read_ceilings(text, sentences, mission_of, recall.recalled)
    facts += mandate.read_deployment(text, sentences, c.mentions, primary)
    facts += _chapter_vii_in_body(text, facts)
    facts = _dedupe(facts)
    facts += _period_ends(facts, text, dates, recall, linked_vote)
    facts += _authorities_with_own_periods(facts, c, dates, recall)
    facts = _force_authorizations(facts, c)
    return _with_resolutions(facts, c.refs, text, sentences)


def _chapter_vii_in_body(text: str, facts: list[Fact]) -> list[Fact]:
    """The resolution's own text, quoted in the report, acting under Chapter VII."""
    body = resolution_body(text)
    if any(f.field == "chapter_vii" for f in facts) or body is None:
        return []
    m = ACTING_UNDER_VII.search(text, body)
    if m is None:
        # "3. Decides, acting under Chapter VII of the Charter …, that …", "… and acting under Chapter VII
        # of the Charter, decides …": an operative paragraph acting in its own name
        for m in ACTING_UNDER_VII_INSIDE.finditer(text, body):
            if numbered_paragraph(text, m.start()) and not _ANOTHERS_VII.search(
                    text, max(paragraph_start(text, m.start()), m.start() - 80), m.start()):
                break
        else:
            return []
    return [Fact("chapter_vii", True, "Chapter VII", Span(m.start(), m.end(), m.group()))]


# "resolution 2098 (2013), by which, acting under Chapter VII": another text's
_ANOTHERS_VII = re.compile(r"\b(?:which|whereby|wherein|in\s+which)\s*,?\s*$", re.I)


_ROLLOVER = re.compile(r"\b(?:technical|short|brief|interim|stop-?gap)\s+(?:[\w-]+\s+){0,2}(?:extension|renewal|rollover|roll-over"
                       r"|mandate|period)\b|\broll-?over\b|\bstop-?gap\b|\bfortnight\b|\b(?:\d+|two|three|four|few|several|"
                       r"nine|ten)[-\s]+(?:days?|weeks?)\b", re.I)


def _vote_day_from_deadlines(facts: list[Fact], text: str) -> dt.date | None:
    """The vote's date when the report gives its day and month ("On 31 August")
    and a deadline in full ("until Aug. 31, 2024"): the vote comes before the
    deadline — in its year for a rollover of days or weeks, else the year that
    leaves the period the report states (a year when it says none)."""
    adopted = next((f for f in facts if f.field == "adopted_on" and f.when and f.when.anchor_used == "context_year"
                    and f.when.precision == Precision.DAY and f.when.start == f.when.end), None)
    if adopted is None:
        return None
    return _day_before_deadline(adopted.when.start.month, adopted.when.start.day, facts, text)


def _day_before_deadline(month: int, day: int, facts: list[Fact], text: str) -> dt.date | None:
    """The year of a day and month given without one, from a deadline the report
    gives in full (see ``_vote_day_from_deadlines``)."""
    deadline = next((f for f in facts if f.field in ("mandate_until", "terminated_on", "withdrawal_deadline")
                     and f.when and f.when.anchor_used is None and f.when.end), None)
    if deadline is None:
        return None
    until = deadline.when.end

    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    options = [d for y in (until.year, until.year - 1, until.year - 2) if (d := on(y)) is not None and d < until]
    if not options:
        return None
    period = next((int(str(f.value).split()[0]) for f in facts if f.field == "mandate_period"
                   and str(f.value).endswith("months")), None)
    if period:
        return min(options, key=lambda d: abs((resolve_period(d, Period(period, "month", "duration")) - until).days))
    latest = options[0]
    # A deadline weeks after the vote is a rollover, and reports say so ("a two-week technical
    # rollover"); otherwise the day is a year before (renewals run a year unless told otherwise).
    if (until - latest).days <= 45 and not _ROLLOVER.search(text) and len(options) > 1:
        return options[1]
    return latest


def _anchor_kind(anchor: dt.date | None, source: str | None) -> str:
    """A publication date or a dateline tells when the report was written; the
    linked vote or the vote's own date tells of the event it describes."""
    if anchor is not None and source and (source.startswith("linked") or source.startswith("the vote")):
        return "event"
    return "publication"


def _vote_day(text: str, sentences: list[Sentence], dates, recall: Recall) -> dt.date | None:
    """The day of the vote when the report writes it in full (day, month and year)."""
    for fact in _vote_facts(text, sentences, dates, recall):
        if fact.field == "adopted_on" and fact.when and fact.when.anchor_used is None and fact.when.start \
                and fact.when.start == fact.when.end and fact.when.precision == Precision.DAY:
            return fact.when.start
    return None


# Page furniture that lists other stories ("Related: Council renews UNMISS for a year (July 11,
# 2013)", "Most read", "Leia também", "Mehr zum Thema"): their headlines are not this report's.
_FURNITURE = re.compile(r"^[ \t]*(?:Related(?:\s+(?:coverage|stories|articles|news|content|reading))?|Most\s+(?:read|popular|viewed)"
                        r"|Read\s+(?:more|also|next)|See\s+also|Recommended|More\s+(?:on|from|stories)|Trending|Also\s+read"
                        r"|Leia\s+(?:também|mais)|Veja\s+também|Mais\s+lidas|Mehr\s+zum\s+Thema|Lesen\s+Sie\s+auch|Meistgelesen"
                        r"|Lire\s+aussi|À\s+lire\s+aussi|Sur\s+le\s+même\s+sujet|Ver\s+también|Lea\s+también|Más\s+noticias"
                        r"|Noticias\s+relacionadas|Notícias\s+relacionadas)\b.*(?:\n[ \t]*[-•*·][^\n]*)*", re.M | re.I)


def without_furniture(text: str) -> str:
    """``text`` with lists of other stories blanked out (offsets unchanged)."""
    return _FURNITURE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


# A byline's publication date ("Posted 20191220", "Published: 12 July 2023"). Not "Updated",
# "Last modified" or "Retrieved": those are later than the story.
_POSTED = re.compile(r"^[^\n]{0,60}?\b(?:Posted|Published|Publié|Publicado|Veröffentlicht|Publicada)(?:\s+(?:on|le|el|em|am))?\s*:?\s*"
                     r"(?P<date>[^|\n]{6,40}?)\s*(?:\||$)", re.M)


def _posted_on(text: str) -> tuple[dt.date, str] | None:
    m = _POSTED.search(text[:1200])
    if m is None:
        return None
    found = [e for e in find_dates(m.group("date")) if e.value and e.value.precision == Precision.DAY
             and e.value.start == e.value.end and e.anchor_used is None]
    if not found:
        return None
    return found[0].value.start, f"publication date (“{m.group().strip(' |')}”)"


def _dateline(text: str, year: int | None) -> tuple[dt.date, str, int, int, bool] | None:
    """A wire dateline's day (the day the story was filed, not the vote's),
    with the year from the report's context when the dateline has none (a
    weekday in it picks the year), where it is, and whether its year was guessed."""
    m = _DATELINE.search(text[:800])
    if m is None:
        return None
    words = m.group("date") or m.group("line")
    found = [e for e in find_dates(words, context_year=year) if e.value and e.value.precision == Precision.DAY]
    if not found or found[0].value.start != found[0].value.end:
        return None
    guessed = found[0].anchor_used == "context_year"
    source = f"dateline (“{words.strip()}”{', year inferred' if guessed else ''})"
    return found[0].value.start, source, m.start(), m.end(), guessed


def _places(registry: Registry, acronym: str | None) -> tuple[str, ...]:
    """The names of a mission's own area: its host country and what its names
    say it is "in" ("… Mission in Darfur")."""
    if acronym is None:
        return ()
    mission = registry.get(acronym)
    places = [mission.host_country.name]
    for name in (*mission.names, *mission.aliases):
        m = re.search(r"\b(?:in|for|to|au|en|pour\s+l['’]\w+\s+(?:au|du|de\s+la))\s+(?:the\s+|la\s+|le\s+|l['’])?(.+)$", name)
        if m:
            places.append(m.group(1))
    return tuple(places)


def _about_a_failed_vote(text: str, sentences: list[Sentence], recall: Recall) -> bool:
    """Whether the vote the report tells of failed (a veto, too few votes): the first
    account of a vote decides ("Unanimously adopting resolution 1423 …" then "… on 30
    June, when a draft … was not adopted" tells of an earlier, failed one)."""
    for s in sentences:
        for start, end in recall.vote_runs(s):
            vote = _read_vote(text, start, end)
            if vote.failed is not None:
                return True
            if vote.unanimous is not None and vote.unanimous[0] or _ADOPTED.search(text, start, end) and (
                    vote.unanimous is not None or vote.tally_span is not None):
                return False
    return False


@functools.lru_cache(maxsize=256)
def _read_vote(text: str, start: int, end: int) -> tallies.ReportedVote:
    """``tallies.read_vote``, once per stretch: a report is read in a few passes
    (is it about a failed vote? is the vote dated in full? then the facts)."""
    return tallies.read_vote(text, start, end)


_ON_DAY = re.compile(r"\b(?:on|le|el)\s*$", re.I)


def _numbers_dated_apart(text: str, sentences: list[Sentence], refs: list[ResolutionRef], dates,
                         recall: Recall) -> list[ResolutionRef]:
    """"The Security Council on Tuesday voted … It is the second stopgap in a month: on Aug. 4
    the council pushed the deadline to Sept. 8 in resolution 1313": a number in a sentence that
    dates its own Council action to another day than the vote the report leads with is recalled."""
    lead = next((f for f in _vote_facts(text, sentences, dates, recall) if f.field == "adopted_on"), None)
    if lead is None:
        return refs
    lead_sentence = next((s for s in sentences if s.start <= lead.span.start < s.end), None)
    out = []
    for r in refs:
        s = next((s for s in sentences if s.start <= r.span.start < s.end), None)
        if r.subject and r.draft_symbol is None and s is not None and s is not lead_sentence:
            # a calendar day ("On Aug. 4"), resolved or not yet (no year known)
            own = next((e for e in dates if s.start <= e.start < s.end and e.kind in ("on", "date") and e.start < r.span.start
                        and (e.value is not None and e.value.precision == Precision.DAY
                             or e.value is None and re.search(r"\d", e.text))
                        and (e.kind == "on" or _ON_DAY.search(text[max(s.start, e.start - 4):e.start]))), None)
            if own is None:
                # "In resolution 2458 of 28 February 2019, …": the day written with the number
                own = next((e for e in dates if 0 <= e.start - r.span.end <= 5 and re.fullmatch(
                    r"\s*(?:of|of\s+the|du|de|del)\s*", text[r.span.end:e.start], re.I) and e.value is not None
                    and e.value.precision == Precision.DAY), None)
            if own is None:
                # "Resolution 2043, adopted unanimously on April 21, tasked them …": its own adoption day
                own = next((e for e in dates if r.span.end <= e.start < min(s.end, r.span.end + 60)
                            and e.kind in ("on", "date") and re.search(r"\b(?:adopted|passed|approved)\b",
                                                                       text[r.span.end:e.start], re.I)
                            and (e.value is None and re.search(r"\d", e.text)
                                 or e.value is not None and e.value.precision == Precision.DAY)), None)
            other_day = own is not None and (lead.when is None or lead.when.start is None or own.value is None
                                             or own.value.start != lead.when.start)
            if other_day:
                r = replace(r, subject=False, reason=f"recalled: a Council action dated {own.text}, not the vote the report leads with")
        out.append(r)
    return out


def _words_at(text: str, ref: ResolutionRef) -> str:
    return " ".join(text[max(0, ref.span.start - 40):ref.span.end + 40].split())


def _recalled_in_failed(refs: list[ResolutionRef], text: str) -> list[ResolutionRef]:
    """In a report about a failed vote, a plain resolution number is one the
    report recalls (a failed draft has none), unless the text says the Council
    then adopted it."""
    out = []
    for ref in refs:
        if ref.subject and ref.draft_symbol is None:
            window = text[max(0, ref.span.start - 80):ref.span.end + 40]
            if not _SAME_DAY_ADOPTION.search(window):
                ref = replace(ref, subject=False, reason="recalled: the report is about a failed vote, and a failed "
                                                         "draft has no resolution number")
        out.append(ref)
    return out


def _attributed(event, claims):
    length = max(1, event.span.end - event.span.start)
    for claim in claims:
        overlap = min(event.span.end, claim.span.end) - max(event.span.start, claim.span.start)
        if overlap > length / 2:
            return replace(event, attributed_to=claim.speaker)
    return event


def _vote_facts(text: str, sentences: list[Sentence], dates, recall: Recall) -> list[Fact]:
    facts: list[Fact] = []
    date_found = False
    body = resolution_body(text)
    for s in sentences:
        if body is not None and s.start >= body:
            break  # a resolution never states its own vote: "its 3 March 2015 unanimous adoption of resolution 2206"
        for start, end in recall.vote_runs(s):
            found: list[Fact] = []
            date_found = _vote_facts_in(text, start, end, dates, found, date_found)
            facts += [f for f in found if not _conflicts(f, facts)]
    return _implied(_merge_votes(facts))


def _conflicts(fact: Fact, earlier: list[Fact]) -> bool:
    """Whether a vote fact contradicts what an earlier sentence said of the vote: "voted
    unanimously Friday …" then "Thursday's vote on the Western draft was 11-2" tells of
    another vote. The first account of the vote wins."""
    unanimous = next((f.value for f in earlier if f.field == "vote.unanimous"), None)
    tally = next((f.value for f in earlier if f.field == "vote.tally"), None)
    split = fact.field == "vote.tally" and bool(fact.value.get("no") or fact.value.get("abstain")) or \
        fact.field in ("vote.abstaining", "vote.against", "vote.vetoed_by") and bool(fact.value) or \
        fact.field == "vote.unanimous" and fact.value is False or \
        fact.field == "outcome" and fact.value in ("vetoed", "not_adopted")
    if unanimous is True and split:
        return True
    if tally is not None and fact.field == "vote.unanimous" and fact.value is True and (tally.get("no") or tally.get("abstain")):
        return True
    if tally is not None and fact.field == "vote.tally":
        return any(tally.get(k) is not None and fact.value.get(k) is not None and tally[k] != fact.value[k]
                   for k in ("yes", "no", "abstain"))
    return False


def _vote_facts_in(text: str, start: int, end: int, dates, facts: list[Fact], date_found: bool) -> bool:
    vote = _read_vote(text, start, end)
    chunk = text[start:end]
    if vote.unanimous is not None:
        value, a, b = vote.unanimous
        facts.append(Fact("vote.unanimous", value, "unanimous" if value else "not unanimous", Span(a, b, text[a:b])))
    if vote.tally_span is not None and (vote.yes is not None or vote.no is not None or vote.abstain is not None):
        a, b = vote.tally_span
        value = {"yes": vote.yes, "no": vote.no, "abstain": vote.abstain}
        facts.append(Fact("vote.tally", value, _display(value), Span(a, b, text[a:b])))
    for role, mentions in vote.roles.items():
        names = list(dict.fromkeys(m.name for m in mentions))
        field = "penholder" if role == "penholder" else f"vote.{role}"
        a, b = vote.role_spans[role]
        if field == "penholder":
            facts.append(Fact(field, names[0] if len(names) == 1 else names, ", ".join(names), Span(a, b, text[a:b])))
        else:
            facts.append(Fact(field, names, ", ".join(names), Span(a, b, text[a:b])))
    if vote.failed is not None:
        a, b = vote.failed
        outcome = "vetoed" if "vetoed_by" in vote.roles or re.search(r"veto|vet[óo]", chunk, re.I) else "not_adopted"
        facts.append(Fact("outcome", outcome, outcome.replace("_", " "), Span(a, b, text[a:b])))
    elif (m := _ADOPTED.search(text, start, end)) and (vote.unanimous or vote.tally_span or re.search(_COUNCIL, chunk, re.I)):
        facts.append(Fact("outcome", "adopted", "adopted", Span(m.start(), m.end(), m.group())))
    if vote.meeting is not None:
        value, a, b = vote.meeting
        facts.append(Fact("meeting", value, value, Span(a, b, text[a:b])))
    if vote.chapter_vii is not None:
        a, b = vote.chapter_vii
        facts.append(Fact("chapter_vii", True, "Chapter VII", Span(a, b, text[a:b])))
    is_vote_sentence = vote.unanimous is not None or vote.tally_span is not None or vote.failed is not None or \
        bool((_ADOPTED.search(chunk) or _DECIDED.search(chunk)) and re.search(_COUNCIL, chunk, re.I))
    if is_vote_sentence and not date_found:
        for e in dates:
            if not (start <= e.start < end) or e.kind not in ("on", "relative", "date"):
                continue
            if e.value is not None and e.value.precision != Precision.DAY:
                continue
            if e.value is None and not _WEEKDAY_WORDS.search(e.text):
                continue
            if _NOT_VOTE_DAY.search(text[max(start, e.start - 25):e.start]):
                continue  # "start on 1 July": a date the decision sets, not the vote's
            when = mandate.when_of(e)
            facts.append(Fact("adopted_on", when.iso, e.text, Span(e.start, e.end, e.text), when=when))
            return True
    return date_found


def _display(value: dict) -> str:
    return "-".join("?" if value.get(k) is None else str(value[k]) for k in ("yes", "no", "abstain"))


def _implied(facts: list[Fact]) -> list[Fact]:
    """What the count implies: named abstainers and opponents count; the
    Council's fifteen seats fill what the report leaves out (14 in favour,
    Russia abstaining: 14-0-1); "unanimously" is 15-0-0; a count with an
    abstention, a vote against or a veto is not unanimous; a permanent member
    voting against a text that failed vetoed it."""
    by = {f.field: f for f in facts}
    names = {role: list(by[f"vote.{role}"].value) if f"vote.{role}" in by else None
             for role in ("abstaining", "against", "non_voting", "vetoed_by")}
    outcome = by.get("outcome")
    failed = outcome is not None and outcome.value in ("vetoed", "not_adopted")
    out = list(facts)
    adopted = outcome is not None and outcome.value == "adopted" and not failed
    if names["against"] and not names["vetoed_by"] and not adopted:
        # A permanent member's vote against a text defeats it: a veto, whether or not the report says the word.
        vetoers = [n for n in names["against"] if members.is_permanent(n)]
        if vetoers:
            against = by["vote.against"]
            out.append(Fact("vote.vetoed_by", vetoers, ", ".join(vetoers), against.span,
                            detail="a permanent member's vote against a text that failed"))
            names["vetoed_by"] = vetoers
            if not failed:
                out = [f for f in out if f.field != "outcome"]
                out.append(Fact("outcome", "vetoed", "vetoed", against.span, detail="implied by a permanent member's vote against"))
                failed = True
    tally = by.get("vote.tally")
    unanimous = by.get("vote.unanimous")
    if tally is None and unanimous is not None and unanimous.value and not failed:
        value = {"yes": 15, "no": 0, "abstain": 0}
        tally = Fact("vote.tally", value, _display(value), unanimous.span,
                     detail="implied: unanimous, and the Council has had 15 members since 1966")
        out.append(tally)
    if tally is not None:
        value = dict(tally.value)
        if value.get("abstain") is None and names["abstaining"]:
            value["abstain"] = len(names["abstaining"])
        if value.get("no") is None and names["against"]:
            value["no"] = len(names["against"])
        non_voting = len(names["non_voting"] or [])
        if value.get("yes") is not None:
            unknown = [k for k in ("no", "abstain") if value.get(k) is None]
            known = value["yes"] + sum(value[k] for k in ("no", "abstain") if value.get(k) is not None) + non_voting
            if unknown and known == 15:
                for k in unknown:
                    value[k] = 0
        if value != tally.value:
            index = out.index(tally)
            out[index] = replace(tally, value=value, display=_display(value),
                                 detail=tally.detail or "completed from the members named and the Council's 15 seats")
        if unanimous is not None and unanimous.value and (
                (value.get("no") or 0) > 0 or (value.get("abstain") or 0) > 0 or names["vetoed_by"]):
            # "unanimous" next to a count with abstentions tells of another vote: the count decides.
            out[out.index(unanimous)] = replace(unanimous, value=False, display="not unanimous",
                                                detail="the count has abstentions or votes against")
        elif unanimous is None:
            if (value.get("no") or 0) > 0 or (value.get("abstain") or 0) > 0 or non_voting or names["vetoed_by"]:
                out.append(Fact("vote.unanimous", False, "not unanimous", tally.span, detail="implied by the count"))
            elif value.get("yes") == 15:
                out.append(Fact("vote.unanimous", True, "unanimous", tally.span, detail="implied by the count"))
    elif unanimous is None and any(names[k] for k in ("vetoed_by", "against", "abstaining", "non_voting")):
        role = next(k for k in ("vetoed_by", "against", "abstaining", "non_voting") if names[k])
        out.append(Fact("vote.unanimous", False, "not unanimous", by[f"vote.{role}"].span,
                        detail=f"implied: members named as {role.replace('_', ' ')}"))
    return out


def _period_ends(facts: list[Fact], text: str, dates, recall: Recall, linked_vote: dt.date | None) -> list[Fact]:
    """A mandate given "for a period of six months" (and no end date) ends six
    months after it starts, the day before the same date (the Council's
    convention: from 27 June, until 26 December). It starts on the day the
    report says the mission takes over or starts ("to take over … on 1 July",
    "from 16 October"), else on the day of the vote."""
    actions = {f.mission: f.value for f in facts if f.field == "action"}
    adopted = next((f for f in facts if f.field == "adopted_on" and f.when and f.when.precision == Precision.DAY
                    and f.when.start == f.when.end), None)
    begins = next((e for e in dates if e.value is not None and e.value.precision == Precision.DAY
                   and e.value.start == e.value.end and e.kind in ("from", "as_of", "on", "date")
                   and not recall.recalled(e.start) and _STARTS.search(text[max(0, e.start - 90):e.start])), None)
    periods = [f for f in facts if f.field == "mandate_period"]
    # "for an initial period of six months from 1 June": the period's own start.
    # "Decides to establish, as of 20 May 2002 and for an initial period of 12 months, …": just before it.
    own = next((e for e in dates for f in periods if e.value is not None
                and e.value.precision == Precision.DAY and e.value.start == e.value.end
                and (e.kind == "from" and 0 <= e.start - f.span.end <= 30
                     or e.kind == "as_of" and 0 <= f.span.start - e.end <= 12)), None)
    if own is not None:
        start, source = own.value.start, f"from {own.text}"
    elif begins is not None:
        start, source = begins.value.start, f"from {begins.text}"
    elif adopted is not None:
        start, source = adopted.when.start, f"from the vote on {adopted.when.start.isoformat()}"
    elif linked_vote is not None:
        start, source = linked_vote, f"from the linked vote on {linked_vote.isoformat()}"
    else:
        return []
    out = []
    for fact in facts:
        if fact.field != "mandate_period" or actions.get(fact.mission) not in ("extend", "establish"):
            continue
        if any(f.field == "mandate_until" and f.mission == fact.mission for f in facts):
            continue
        amount, unit = str(fact.value).split()
        until = resolve_period(start, Period(int(amount), "day" if unit == "days" else "month", "duration"))
        when = When(iso=until.isoformat(), start=until, end=until, precision=Precision.DAY, text=fact.span.text,
                    qualifier="until", anchor_used="period")
        out.append(Fact("mandate_until", until.isoformat(), f"{fact.span.text} {source}", fact.span,
                        mission=fact.mission, when=when,
                        detail=f"{fact.value} {source}, to the day before the same date"))
    return out


_RENEWS_AUTHORIZATION = re.compile(r"\b(?:extend|renew|prolong)\w*\b[^.;]{0,80}\bauthori[sz]ations?\b"
                                   r"|\bauthori[sz]ations?\b[^.;]{0,40}\b(?:extend|renew|prolong)\w*", re.I)


def _force_authorizations(facts: list[Fact], c: "_Context") -> list[Fact]:
    """A force the UN does not run (ISAF, EUFOR ALTHEA, an AU mission) lives by its
    authorization: "extends the authorization of ISAF … to Oct. 13, 2008" is its
    mandate's end, not one authority's sunset."""
    out = list(facts)
    for mission in {f.mission for f in facts if f.field == "authorization" and f.mission}:
        if mission not in c.registry or c.registry.get(mission).un_mission:
            continue
        if any(f.field == "mandate_until" and f.mission == mission and not (f.when and f.when.anchor_used == "period")
               for f in out):
            continue
        counted = [f for f in out if f.field == "mandate_until" and f.mission == mission]  # from a period: the day given wins
        for i, f in enumerate(out):
            s = next((s for s in c.sentences if s.start <= f.span.start < s.end), None)
            if f.field == "authorization" and f.mission == mission and s is not None \
                    and _RENEWS_AUTHORIZATION.search(c.text, s.start, f.span.start):
                out[i] = Fact("mandate_until", f.value, f.display, f.span, mission=mission, resolution=f.resolution,
                              when=f.when, detail="the force's authorization, renewed until this day")
                out = [g for g in out if not any(g is h for h in counted)]
                break
    return out


# "authorized French forces, for a period of 12 months from April 4, to use all necessary means";
# "… to use all necessary means … until the end of that mandate".
_TO_MANDATE_END = re.compile(r"\buntil\s+the\s+end\s+of\s+(?:its|the|that|this|their|[\w-]+['’]s)\s+(?:\w+\s+)?mandate\b"
                             r"|\bjusqu['’]à\s+la\s+fin\s+(?:du|de\s+son)\s+mandat\b|\bhasta\s+el\s+(?:final|fin)\s+del\s+mandato\b"
                             r"|\baté\s+(?:o|ao)\s+(?:fim|final|término)\s+do\s+mandato\b"
                             r"|\bbis\s+zum\s+(?:Ende|Ablauf)\s+(?:des|ihres|seines)\s+(?:[\w-]+-)?Mandats\b", re.I)
# "proroge jusqu'au 31 décembre 2010 le mandat de l'ONUCI, ainsi que l'autorisation accordée aux forces
# françaises": the authority shares the mandate's new end.
_AS_WELL_AS_AUTHORIZATION = re.compile(r"\b(?:as\s+well\s+as|along\s+with|and\s+also|ainsi\s+que|así\s+como)\s+"
                                       r"(?:the\s+|its\s+|l['’]|la\s+)?(?:authori[sz]ation|autorisation|autorización)\b"
                                       r"(?P<words>[^.;]{0,160})", re.I)


def _authorities_with_own_periods(facts: list[Fact], c: "_Context", dates, recall: Recall) -> list[Fact]:
    """Authorities whose end the report gives as a period from a day, or as the mandate's end."""
    text, out = c.text, []
    mandate_end: dict = {}
    for f in facts:  # the first end the report gives for each mission
        if f.field == "mandate_until" and f.when and f.when.end:
            mandate_end.setdefault(f.mission, f)
    known = {(f.mission, f.value) for f in facts if f.field == "authorization"}
    for s in c.sentences:
        if recall.recalled(s.start) or not mandate.AUTHORIZATION_CUE.search(s.text):
            continue
        mission = mandate.sentence_mission(c.mentions, s, c.missions[0] if c.missions else None)
        if mission is None:
            continue
        cue = mandate.AUTHORIZATION_CUE.search(s.text)
        for e in dates:
            if not (s.start + cue.end() <= e.start < s.end) or e.kind != "period" or e.period is None \
                    or e.period.unit not in ("month", "year"):
                continue
            begin = next((d for d in dates if d.kind == "from" and d.value is not None and d.value.start
                          and d.value.precision == Precision.DAY and 0 <= d.start - e.end <= 3), None)
            if begin is None:
                continue
            until = resolve_period(begin.value.start, e.period)
            words = _authority_span(text, begin.end, s.end)
            if (mission, until.isoformat()) not in known:
                out.append(Fact("authorization", until.isoformat(), f"{e.text} {begin.text}", Span(e.start, begin.end, text[e.start:begin.end]),
                                mission=mission, when=When(iso=until.isoformat(), start=until, end=until, precision=Precision.DAY,
                                                           text=text[e.start:begin.end], qualifier="until", anchor_used="period"),
                                detail=words))
        end = mandate_end.get(mission)
        shared = _AS_WELL_AS_AUTHORIZATION.search(text, s.start, s.end)
        if shared is not None and end is not None and (mission, end.value) not in known and any(
                s.start <= d.start < shared.start() and d.kind in ("until", "by") and d.value is not None
                and end.when is not None and d.value.end == end.when.end for d in dates):
            out.append(Fact("authorization", end.value, shared.group(), Span(shared.start(), shared.end(), shared.group()),
                            mission=mission, when=end.when, detail=" ".join(shared.group("words").split()).strip(" ,")[:240]))
            known.add((mission, end.value))
        m = _TO_MANDATE_END.search(text, s.start, s.end)
        if m is not None and end is not None and m.start() > s.start + cue.end() and (mission, end.value) not in known:
            out.append(Fact("authorization", end.value, m.group(), Span(m.start(), m.end(), m.group()), mission=mission,
                            when=end.when, detail=_authority_span(text, s.start + cue.end(), m.start())))
    return out


def _authority_span(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split()).strip(" ,;:")
    words = re.sub(r"^(?:to\s+)", "", words)
    return words[:240]


_DEADLINES = ("mandate_until", "terminated_on", "withdrawal_deadline")


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """The headline and the body often say the same date: one fact, the first; and
    "until mid-December" gives way to the day the text also gives ("until 15 December")."""
    seen, out = set(), []
    for fact in facts:
        key = (fact.field, repr(fact.value), fact.mission)
        if fact.field in _DEADLINES + ("mandate_period", "deployed") and key in seen:
            continue
        seen.add(key)
        out.append(fact)
    days = [f for f in out if f.field in _DEADLINES and f.when and f.when.precision == Precision.DAY and f.when.start]
    return [f for f in out if not (
        f.field in _DEADLINES and f.when and f.when.precision != Precision.DAY and f.when.start and f.when.end
        and any(d.field == f.field and d.mission == f.mission and f.when.start <= d.when.start <= f.when.end
                for d in days))]


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
                out[index] = Fact(first.field, merged, _display(merged), first.span)
            elif first.field == "outcome" and first.value == "adopted" and fact.value != "adopted":
                out[index] = fact
            continue
        by_field[fact.field] = len(out)
        out.append(fact)
    return out


def _with_resolutions(facts: list[Fact], refs: list[ResolutionRef], text: str, sentences: list[Sentence]) -> list[Fact]:
    """Attach each fact to the resolution it is about when the report names
    several: the nearest subject number before it in the same paragraph."""
    subject = [r for r in refs if r.subject and r.draft_symbol is None]
    numbers = list(dict.fromkeys(r.number for r in subject))
    if not numbers:
        return facts
    out = []
    for fact in facts:
        number = numbers[0] if len(numbers) == 1 else None
        if number is None:
            here = next((s for s in sentences if s.start <= fact.span.start < s.end), None)
            in_sentence = [r for r in subject if here is not None and here.start <= r.span.start < here.end]
            if fact.field in _VOTE_FIELDS and len({r.number for r in in_sentence}) > 1 and all(
                    r.span.start > fact.span.start for r in in_sentence) and _listed(text, in_sentence):
                # "Unanimously Adopting Resolutions 1553 (2004) and 1555 (2004)": the vote of each
                out += [replace(fact, resolution=n) for n in dict.fromkeys(r.number for r in in_sentence)]
                continue
            before = [r for r in subject if r.span.start <= fact.span.start
                      and "\n\n" not in text[r.span.end:fact.span.start]]
            after = [r for r in in_sentence if r.span.start > fact.span.start and re.fullmatch(
                r"[^.;]{0,40}?\b(?:adopt(?:ed|ing|s)?|pass(?:ed|ing)?|approv(?:ed|ing))\s+", text[fact.span.end:r.span.start], re.I)]
            if fact.field in _VOTE_FIELDS and after and not any(r in in_sentence for r in before):
                number = after[0].number  # "the Council, again acting unanimously, adopted resolution 1555 (2004)"
            else:
                number = before[-1].number if before else numbers[0]
        out.append(replace(fact, resolution=number))
    return out


_VOTE_FIELDS = ("vote.unanimous", "vote.tally", "vote.abstaining", "vote.against", "vote.vetoed_by", "vote.non_voting",
                "outcome", "adopted_on", "meeting", "penholder")


def _listed(text: str, refs: list[ResolutionRef]) -> bool:
    """Whether the numbers are written as one list ("1553 (2004) and 1555 (2004)")."""
    refs = sorted(refs, key=lambda r: r.span.start)
    return all(re.fullmatch(r"\s*(?:,|and|et|y|e|und|&)?\s*(?:resolutions?\s+)?", text[x.span.end:y.span.start], re.I)
               for x, y in zip(refs, refs[1:]))


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
