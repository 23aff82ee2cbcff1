"""Provisions: what each operative paragraph decides for each mission.

The Council writes its decisions in a small, stable register ("Decides to
extend the mandate of X until …", "Decides that X will comprise up to N
military personnel", "Decides to terminate …'s mandate as of …"). This module
splits operative paragraphs into clauses at the Council's verbs, recognises
those registers one kind at a time, and dates each provision with the
temporal grammar of ``dates.py``. Tasks (PEMA's taxonomy) come from
``tasks.py``; authorities with their own sunset ("until 30 September 2023,
MINUSMA is authorized to …") are read here and dated per point.

Every provision carries the paragraph's eid and label and the character span
of the words that triggered it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from ..missions import Registry
from ..records import INTRO, OPERATIVE, POINT, Decision, Paragraph, Provision
from .dates import DateValue, TemporalExpression, find_dates, resolve_period
from .fast_regex import prefix_guarded

EXTRACTOR_VERSION = "provisions-2"

# A clause starts at one of the Council's operative verbs. Splitting on them
# keeps "Decides to terminate …; requests the Secretary-General to report …"
# from lending the first verb's mission to the second verb's object.
# Matched against the lower-cased text: much faster than a case-insensitive pattern.
_CLAUSE_VERB = re.compile(r"\b(?:decides|requests|authorizes|authorises|calls\s+(?:up)?on|urges|encourages|demands|"
                          r"reiterates|reaffirms|welcomes|endorses|stresses|underlines|emphasizes|emphasises|"
                          r"expresses|notes|takes\s+note|underscores|recalls|affirms|agrees|approves)\b")
_ADVERB_BEFORE = re.compile(r"(?:(?:further|also|further\s+also|strongly|once\s+again)\s+)$", re.I)
_CLAUSE_BEFORE = re.compile(r"(?:[,;:]|\band)\s$")


class Clause(NamedTuple):  # a tuple: made for every clause of every paragraph, cheaply
    start: int  # offsets into the paragraph text
    end: int
    text: str


def split_clauses(text: str) -> list[Clause]:
    # A verb starts a clause at the start of the text or after ", ", "; ", ": "
    # or "and "; testing what precedes in Python is much cheaper than lookbehinds.
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): offsets would drift
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    starts = {0}
    for m in _CLAUSE_VERB.finditer(low):
        start = m.start()
        if adverb := _ADVERB_BEFORE.search(text, max(0, start - 20), start):
            start = adverb.start()  # "further decides" starts at "further"
        if start == 0 or _CLAUSE_BEFORE.search(text, max(0, start - 5), start):
            starts.add(start)
    starts = sorted(starts)
    bounds = starts + [len(text)]
    return [Clause(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


# --- number and unit readers -------------------------------------------------

_NUMBER = r"(\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+)"
_CEILING_UNITS = (
    ("formed_police_units", r"formed\s+police\s+units?"),
    ("individual_police", r"individual\s+police(?:\s+officers)?"),
    ("military_observers", r"military\s+observers|military\s+liaison\s+officers"),
    ("staff_officers", r"staff\s+officers"),
    ("police", r"police(?:\s+personnel|\s+officers)?|civilian\s+police"),
    ("military", r"military\s+personnel|troops|military\s+contingent\s+personnel|uniformed\s+military|soldiers"),
)
_CEILING_ITEM = re.compile(
    r"(?<![\w,.])(?P<qual>at\s+least\s+|a\s+minimum\s+of\s+|approximately\s+|some\s+)?" + _NUMBER
    + r"\s+(?:additional\s+)?(?:personnel\s+(?:of|in)\s+)?(?P<unit>" + "|".join(p for _, p in _CEILING_UNITS)
    + r")\b",
    re.I,
)
# "a troop ceiling of 11,500", "the police ceiling of 2,101"
_NAMED_CEILING = re.compile(r"\b(?P<unit>troop|military|police)\s+ceiling\s+of\s+(?:up\s+to\s+)?" + _NUMBER
                            + r"(?![,.]?\d)(?!\s*(?:military|troops|police|formed|individual))", re.I)
# A step-down starts a new group of ceilings with its own date.
_STEP = re.compile(r"\b(?:(?:and\s+)?(?:shall\s+|will\s+|to\s+)?be\s+)?(?:reduced|increased|decreased|"
                   r"lowered|raised|adjusted)\s+to\b", re.I)
# (Tried on every paragraph with digits: behind a guard on how its words begin, fast_regex.)
_CEILING_CONTEXT = prefix_guarded(re.compile(
    r"\b(?:up\s+to|ceiling|comprise|force\s+levels?|troop\s+levels?|maximum\s+(?:of|strength)|"
    r"authorized\s+strength|reduce|increase|consist\s+of|military\s+component\s+of)\b", re.I))


def _to_int(raw: str) -> int:
    return int(re.sub(r"[,. \u00a0\u202f]", "", raw))


def _unit_of(raw_unit: str) -> str:
    for name, pattern in _CEILING_UNITS:
        if re.fullmatch(pattern, raw_unit.strip(), re.I):
            return name
    return "military"


# --- what the paragraphs say -------------------------------------------------

_ESTABLISH = re.compile(r"\b(?:decides|agrees)\s+to\s+establish\b|\bdecides\s+to\s+(?:create|set\s+up)\b|"
                        r"\bendorses\s+the\s+establishment\s+of\b", re.I)
_EXTEND = re.compile(
    r"\b(?:decides|agrees)\b[^;]{0,200}?\bto\s+(?:further\s+)?(?:extend|renew|continue)\b"
    r"|\bendorses\b[^;]{0,200}?\bto\s+extend\b"
    r"|\bextends\s+the\s+(?:present\s+)?mandate\b"
    # passive: "Decides that the mandate of ONUB … shall be extended until …"
    r"|\bdecides\s+that\s+(?P<obj>the\s+(?:present\s+|respective\s+)?mandates?\s+of\b[^;]{0,250}?)"
    r"\b(?:shall|will|is|be)\s+(?:be\s+)?(?:extended|renewed)\b", re.I)
_FROM_ADOPTION = re.compile(r"\bfrom\s+the\s+(?:date\s+of\s+)?(?:the\s+)?(?:adoption\s+of\s+)?(?:the\s+present|this)\s+resolution", re.I)
_ENDING_ON = re.compile(r"\b(?:terminating|ending|expiring)\s*$", re.I)
_FINAL = re.compile(r"\bfinal\s+(?:period|extension|\w+-month\s+period)", re.I)
_TERMINATE = re.compile(r"\bdecides\s+to\s+(?:terminate|end|close)\b|\bdecides\s+that\s+the\s+mandate\s+of\s+.{0,120}?"
                        r"\bshall\s+(?:terminate|end|expire)\b", re.I)
_CESSATION = re.compile(r"\bcessation\s+of\s+(?:its|all)?\s*operations\b", re.I)
_TRANSFER = re.compile(r"\btransfer\s+of\s+(?:its|the\s+mission(?:’s|'s)?)\s+(?:remaining\s+)?tasks\b", re.I)
_DRAWDOWN = re.compile(r"\bdraw\s*-?\s*down\b", re.I)
_WITHDRAWAL = re.compile(r"\bwithdrawal\s+of\s+(?:its|all|the)?\b|\bwithdrawal\b", re.I)
_COMPLETE_BY = re.compile(r"\bcomplet(?:e|ing|ion\s+of)\b", re.I)
_LIQUIDATION = re.compile(r"\bliquidation\b.{0,40}?\b(?:shall|will|to)\s+(?:begin|start|commence)\b", re.I)
_GUARD = re.compile(r"\bguard\s+unit\b", re.I)
_FORCE = re.compile(r"\bauthori[sz]es\s+(?P<subject>.{0,160}?)\s+to\s+(?:use|take)\s+all\s+necessary\s+"
                    r"(?:means|measures|action)\b", re.I)
_REPORT = re.compile(r"\brequests\s+(?:the\s+)?secretary[\s-]general\b.{0,400}?\b(?:to\s+)?(?:report|submit|present|"
                     r"provide|brief)\b", re.I)
_SOFA = re.compile(r"\bstatus[\s-]of[\s-](?:forces|mission)\s+agreement\b", re.I)
_STRATEGIC = re.compile(r"\bstrategic\s+priorit(?:y|ies)\b", re.I)
_PRIORITY_TASKS = re.compile(r"\bpriority\s+tasks?\b", re.I)
_OTHER_TASKS = re.compile(r"\bother\s+tasks\b", re.I)
_RESTATE = re.compile(r"\b(?:decides|further\s+decides)\s+that\s+(?:the\s+)?(?:mandate\s+of\s+\S+|\S+(?:’s|'s)\s+mandate)\s+"
                      r"shall\s+(?:include|be|consist|comprise)\b|\bmandate\s+shall\s+be\s+the\s+following\b", re.I)
_AUTHORIZED_UNTIL = re.compile(r"\buntil\b[^;:]{0,300}?\b(?:is|are|shall\s+be)\s+authori[sz]ed\s+to\b|"
                               r"\bauthori[sz]ed\s+to\b[^;]{0,200}?\buntil\b", re.I)


# An acronym standing as a word: r"\b[A-Z][A-Z-]{2,}[A-Z]\b", with the leading \b checked
# just after the first letter ("(?<!\w.)": no word character before it), so that the
# pattern opens with a character set and the engine skips to capital letters.
_ACRONYM_TOKEN = re.compile(r"[A-Z](?<!\w.)[A-Z-]{2,}[A-Z]\b")
# Words each detailed reader needs; a clause without any of them skips it.
_TRIGGER_WORDS = {
    "establish": ("establish",),
    "extend": ("extend", "renew", "continu"),
    "terminate": ("terminat", "end", "close"),
    "wind_down": ("cessation", "transfer", "draw", "withdraw"),
    "liquidation": ("liquidat",),
    "guard": ("guard",),
    "force": ("necessary",),
    "report": ("secretary",),
    "sofa": ("status",),
    "mandate": ("mandate",),
    "priority": ("priorit", "other tasks"),
}
_TRIGGER_PAIRS = tuple((word, kind) for kind, words in _TRIGGER_WORDS.items() for word in words)
_DIGITS = re.compile(r"\d\d")


def _triggers_in(text: str) -> tuple[tuple[str, str], ...]:
    """The trigger pairs whose word occurs in a paragraph. A clause is a slice of its
    paragraph, and lower-casing maps the (ASCII) words character for character, so a
    word absent from the paragraph is absent from each of its clauses."""
    low = text.lower()
    return tuple(pair for pair in _TRIGGER_PAIRS if pair[0] in low)


@functools.cache
def _acronym_index(registry: Registry) -> dict:
    index = {}
    for mission in registry.all():
        if mission.un_mission:
            for form in (mission.acronym, *mission.aliases):
                if _ACRONYM_TOKEN.fullmatch(form):
                    index.setdefault(form, mission)
    return index


# What an extension or termination acts on, read from the words after the verb:
# the mission ("the mandate of UNMISS", "its mandate", "the present mandate")
# or another body ("the mandate of the Panel of Experts", "the measures").
_OTHER_OBJECT = re.compile(
    r"\b(?:panel|group|committee|monitoring\s+(?:team|group|mechanism)|experts?|envoy|special\s+adviser|"
    r"measures|sanctions|embargo|authori[sz]ations?\s+(?:set\s+out|granted|provided)|member\s+states|"
    r"regional\s+organi[sz]ations|african\s+union|ecowas|amisom|atmis|european\s+union|eufor|"
    r"multinational|trust\s+fund|exemptions?|travel\s+ban|assets?\s+freeze|period\s+for\s+which|"
    r"office\s+of\s+the|ombudsperson|facilitator|coordinator|investigative\s+team)\b", re.I)
_OWN_MANDATE = re.compile(
    r"^\W*(?:(?:until|to)\s+[^,;]{1,40}?\W+)?(?:its|the\s+present|the\s+current|the)\s+mandate\b(?!\s+of)"
    r"|^\W*(?:(?:until|to)\s+[^,;]{1,40}?\W+)?the\s+mandate\s+of\s+the\s+(?:\w+\s+){0,3}"
    r"(?:mission|force|operation|office)\b", re.I)


class ProvisionReader:
    """Reads one decision. Use ``read_provisions`` unless you hold a registry."""

    def __init__(self, decision: Decision, registry: Registry):
        self.decision = decision
        self.registry = registry
        self.anchor = decision.date
        self.operative = [p for p in decision.paragraphs if p.kind in (OPERATIVE, INTRO, POINT)]
        self.by_eid = {p.eid: p for p in decision.paragraphs}
        self.children: dict[str, list[Paragraph]] = {}
        for p in decision.paragraphs:
            if p.parent_eid:
                self.children.setdefault(p.parent_eid, []).append(p)
        # Mission names and dates are found once per paragraph (both scanners
        # are large regular expressions) and then sliced by clause offsets.
        self._mention_cache: dict[str, list] = {}
        self._date_cache: dict[str, list[TemporalExpression]] = {}
        self._acronyms = _acronym_index(registry)
        self.primary = self._primary_mission()

    # -- which mission ----------------------------------------------------------

    def _para_mentions(self, p: Paragraph) -> list:
        if p.eid not in self._mention_cache:
            self._mention_cache[p.eid] = self.registry.find_in_text(p.text)
        return self._mention_cache[p.eid]

    def _mentions_in(self, p: Paragraph, start: int, end: int) -> list[str]:
        found: list[str] = []
        for mention in self._para_mentions(p):
            if start <= mention[1] < end and mention[0].acronym not in found:
                found.append(mention[0].acronym)
        return found

    def _mentions(self, text: str) -> list[str]:
        found: list[str] = []
        for mention in self.registry.find_in_text(text):
            if mention[0].acronym not in found:
                found.append(mention[0].acronym)
        return found

    def _primary_mission(self) -> str | None:
        """The UN mission a resolution is about: the one its operative text names most
        (the title breaks ties). Resolutions on several missions still have one
        primary; clauses that name another mission get that one."""
        # Counting acronyms is enough to rank missions and much cheaper than
        # the full-name scanner over every paragraph. A paragraph with points is
        # left out (its intro and points are counted themselves). One pass over the
        # paragraphs joined by newlines finds the tokens a pass over each would: a
        # token lies between word boundaries, and a newline is one.
        counts: Counter[str] = Counter()
        text = "\n".join(p.text for p in self.operative if not (p.kind == OPERATIVE and p.eid in self.children))
        for token in _ACRONYM_TOKEN.findall(text):
            mission = self._acronyms.get(token)
            if mission is not None:
                counts[mission.acronym] += 1
        title_mentions = self._mentions(self.decision.title or "")
        if not counts:
            # Some missions are never written by acronym ("the Verification Mission");
            # then the Library's title, and failing that full names in the text, decide.
            for acronym in title_mentions:
                if self.registry.get(acronym).un_mission:
                    return acronym
            if not re.search(r"\b(?:mission|force|operation|office)\b", self.decision.title or "", re.I):
                return None  # not about a mission: no need to scan every paragraph for names
            for p in self.operative:
                for mention in self._para_mentions(p):
                    if mention[0].un_mission:
                        counts[mention[0].acronym] += 1
            if not counts:
                return None
        best = max(counts.values())
        tied = [m for m, c in counts.items() if c == best]
        for m in title_mentions:
            if m in tied:
                return m
        return counts.most_common(1)[0][0]

    def _clause_mission(self, p: Paragraph, start: int = 0, end: int | None = None) -> str | None:
        for acronym in self._mentions_in(p, start, len(p.text) if end is None else end):
            mission = self.registry.get(acronym)
            if mission.un_mission:
                return acronym
        return self.primary

    # -- dates --------------------------------------------------------------------

    def _dates(self, p: Paragraph, start: int = 0, end: int | None = None) -> list[TemporalExpression]:
        """Dates of a paragraph (or of the clause between ``start`` and ``end``);
        offsets stay relative to the paragraph."""
        if p.eid not in self._date_cache:
            self._date_cache[p.eid] = find_dates(p.text, anchor=self.anchor)
        end = len(p.text) if end is None else end
        return [e for e in self._date_cache[p.eid] if start <= e.start < end]

    @staticmethod
    def _first(exprs: list[TemporalExpression], *kinds: str) -> TemporalExpression | None:
        for e in exprs:
            if e.kind in kinds and e.value is not None and e.value.start is not None:
                return e
        return None

    # -- the walk -------------------------------------------------------------------

    def read(self) -> list[Provision]:
        out: list[Provision] = []
        for p in self.operative:
            if p.kind == OPERATIVE and p.eid in self.children:
                # The points are read one by one; the whole paragraph's text
                # (intro + points) would double-count them.
                continue
            # What a clause can hold, its paragraph holds: a clause starts after a space and
            # the ceiling words start and end on a word, so they match in a clause only where
            # they match in the paragraph.
            triggers = _triggers_in(p.text)
            ceilings = bool(_DIGITS.search(p.text) and _CEILING_CONTEXT.search(p.text))
            if not triggers and not ceilings:
                continue  # no clause of it can make a provision
            for clause in split_clauses(p.text):
                out.extend(self._clause_provisions(p, clause, triggers, ceilings))
        out.extend(self._sunset_authorities())
        out = [p for p in out if p is not None]
        out.extend(self._tasks(out))
        return _dedupe(out)

    def _make(self, p: Paragraph, kind: str, mission: str | None, span: tuple[int, int], **fields) -> Provision | None:
        if mission is None:
            return None
        return Provision(mission=mission, kind=kind, eid=p.eid, label=p.label, text=p.text,
                         span_start=span[0], span_end=span[1], **fields)

    def _clause_provisions(self, p: Paragraph, c: Clause, triggers: tuple[tuple[str, str], ...] = _TRIGGER_PAIRS,
                           ceilings: bool = True) -> Iterator[Provision]:
        """The provisions of one clause. ``triggers`` are the trigger words (with their kind)
        that occur in the whole paragraph, the only ones the clause can hold; ``ceilings`` is
        False when the paragraph lacks the digits or the words of a ceiling."""
        text = c.text
        low = text.lower()
        # Cheap substring tests decide which detailed readers run: most clauses
        # need none, and each regular expression costs a scan of the clause.
        has = {kind for word, kind in triggers if word in low}
        # The clause's mission is looked up only when a reader needs it (the
        # name scan is the costly part); an extension naming another body
        # (a Panel of Experts) leaves the clause without one.
        lazy_mission: list = []

        def mission_() -> str | None:
            if not lazy_mission:
                lazy_mission.append(self._clause_mission(p, c.start, c.end))
            return lazy_mission[0]

        if not has:
            # No detailed reader applies; only numbers can still be ceilings.
            if ceilings and _DIGITS.search(text) and _CEILING_CONTEXT.search(text):
                yield from self._ceilings(p, c, mission_())
            return
        found_dates: list = []

        def dates() -> list[TemporalExpression]:
            if not found_dates:
                found_dates.append(self._dates(p, c.start, c.end))
            return found_dates[0]

        def span(m: re.Match) -> tuple[int, int]:
            return c.start + m.start(), c.start + m.end()

        def dated(e: TemporalExpression | None, which: str) -> dict:
            if e is None or e.value is None:
                return {}
            v: DateValue = e.value
            if which == "from":
                return {"effective_from": v.start, "from_precision": v.precision}
            return {"effective_until": v.end, "until_precision": v.precision}

        if "establish" in has and (m := _ESTABLISH.search(text)):
            named = self._mentions_in(p, c.start + m.end(), c.start + m.end() + 300)
            target = next((a for a in named if self.registry.get(a).un_mission), None)
            if target:
                # The start of the mandate and its first period are often in a
                # later clause of the same paragraph ("further decides that the
                # authority be transferred … on 1 July 2013 … for an initial period
                # of 12 months"), so read the whole paragraph's dates.
                whole = self._dates(p)
                # "authority be transferred … on 1 July 2013 at which point MINUSMA shall commence", "as of
                # 20 May 2002"; not "requests the Secretary-General to transfer authority from the
                # ECOWAS-led forces to UNMIL on 1 October 2003" (S/RES/1509: twelve months from adoption).
                commence = [e for e in whole if e.kind in ("on", "from", "as_of") and e.value and e.value.start
                            and (e.kind in ("from", "as_of")
                                 or re.search(r"commenc|transferred|assum|begin", p.text[max(0, e.start - 200):e.end], re.I))]
                start = commence[0] if commence else None
                period = next((e.period for e in whole if e.kind == "period" and e.period), None)
                until = self._first(whole, "until")
                fields = dict(effective_from=self.anchor, from_precision="day")
                notes = []
                if start is not None:
                    fields.update(dated(start, "from"))
                    notes.append(f"mandate commences {start.value.start.isoformat()}")
                if until is not None:
                    fields.update(dated(until, "until"))
                elif period is not None and fields.get("effective_from"):
                    fields.update(effective_until=resolve_period(fields["effective_from"], period),
                                  until_precision="day")
                    notes.append(f"initial period of {period.amount} {period.unit}s")
                yield self._make(p, "establish", target, span(m), detail="; ".join(notes) or None, **fields)

        extend_match = _EXTEND.search(text) if "extend" in has else None
        if extend_match:
            lazy_mission[:] = [self._object_mission(p, c, extend_match, mission_())]
        if extend_match and mission_():
            m = extend_match
            # "as recommended … in his report of 20 June 2001, to extend the mandate of MINURSO until
            # 30 November 2001": an "until" wins over a bare date, and a bare date that names what it
            # dates ("resolution 1320 (2000) of 15 September 2000") is never the end.
            until = self._first(dates(), "until") or next(
                (e for e in dates() if e.kind == "on" and e.value and _ENDING_ON.search(p.text[:e.start])), None) or next(
                (e for e in dates() if e.kind == "date" and e.value and e.value.start is not None
                 and e.start > m.start() and not re.search(r"\b(?:of|dated)\s+$", p.text[:e.start])), None)
            period = next((e.period for e in dates() if e.kind == "period" and e.period), None)
            fields = dated(until, "until")
            detail = []
            if period is not None:
                detail.append(f"for a period of {period.amount} {period.unit}{'s' if period.amount > 1 else ''}")
                if not fields and _FROM_ADOPTION.search(text) and self.anchor:
                    # "for a period of six months from the date of adoption of this resolution"
                    fields = {"effective_from": self.anchor, "from_precision": "day",
                              "effective_until": resolve_period(self.anchor, period), "until_precision": "day"}
                elif not fields:
                    fields = {"value": period.amount, "unit": period.unit + "s"}
            if _FINAL.search(text):
                detail.append("final period")
            # The date in an extension clause is the mandate's end, not a step-down.
            ceilings = list(self._ceilings(p, c, mission_(), dated_steps=False))
            yield self._make(p, "extend", mission_(), span(m), detail="; ".join(detail) or None, **fields)
            yield from ceilings
        elif ceilings and _DIGITS.search(text) and _CEILING_CONTEXT.search(text):
            yield from self._ceilings(p, c, mission_())

        if "terminate" in has and (m := _TERMINATE.search(text)) and (
                target := self._object_mission(p, c, m, mission_())):
            when = self._first(dates(), "as_of", "on", "from", "date", "until")
            yield self._make(p, "terminate", target, span(m), **dated(when, "from"))

        if "wind_down" in has and (_COMPLETE_BY.search(text) or re.search(r"\bstart\b|\bbegin\b", text, re.I)):
            start = self._first(dates(), "on", "from", "as_of")
            by = self._first(dates(), "by", "until")
            for kind, pattern in (("cessation", _CESSATION), ("transfer", _TRANSFER),
                                  ("drawdown", _DRAWDOWN), ("withdrawal", _WITHDRAWAL)):
                if (m := pattern.search(text)) and (start or by) and not re.match(r"\s*calls", text, re.I):
                    yield self._make(p, kind, mission_(), span(m), **dated(start, "from"), **dated(by, "until"))

        if "liquidation" in has and (m := _LIQUIDATION.search(text)):
            when = self._first(dates(), "on", "from", "as_of", "date")
            yield self._make(p, "liquidation", mission_(), span(m), **dated(when, "from"))
        if "guard" in has and (m := _GUARD.search(text)) and re.search(r"\b(?:authori[sz]e|retention|retain|deploy)", text, re.I):
            yield self._make(p, "guard_unit", mission_(), span(m), detail="for the duration of the liquidation"
                             if re.search(r"duration\s+of\s+\S+\s+liquidation", text, re.I) else None)

        if "force" in has and (m := _FORCE.search(text)) and self._subject_is_mission(p, c.start + m.start("subject"),
                                                                   c.start + m.end("subject"), mission_()):
            yield self._make(p, "authorize_force", mission_(), span(m))

        if "report" in has and (m := _REPORT.search(text)):
            by = self._first(dates(), "by", "within", "date", "on")
            every = next((e.period for e in dates() if e.kind == "every" and e.period), None)
            fields = dated(by, "until")
            if fields.get("effective_until") and self.anchor and fields["effective_until"] < self.anchor:
                fields = {}  # a date before adoption is what a report covers, not when it is due
            if every is not None:
                fields.update(value=every.amount, unit=every.unit + "s")
            if fields:
                yield self._make(p, "report", mission_(), span(m),
                                 detail=f"every {every.amount} {every.unit}s" if every else None, **fields)

        if "sofa" in has and (m := _SOFA.search(text)):
            until = next((e for e in dates() if e.kind in ("until", "event")), None)
            fields = dated(until, "until") if until and until.value and until.value.end else {}
            yield self._make(p, "sofa", mission_(), span(m),
                             detail=until.text if until is not None else None, **fields)

        if "mandate" in has and (m := _RESTATE.search(text)):
            yield self._make(p, "restate", mission_(), span(m))
        if "priority" in has and (m := _STRATEGIC.search(text)):
            if re.search(r"\bdecides\b", text, re.I):
                yield self._make(p, "strategic_priority", mission_(), span(m))
        if p.kind == INTRO and "priority" in has:
            if m := _PRIORITY_TASKS.search(text):
                if not re.search(r"without\s+impeding", text, re.I):
                    yield self._make(p, "priority_tasks", mission_(), span(m))
            if m := _OTHER_TASKS.search(text):
                yield self._make(p, "other_tasks", mission_(), span(m))

    def _object_mission(self, p: Paragraph, c: Clause, m: re.Match, fallback: str | None) -> str | None:
        """The mission whose mandate a verb acts on, or None when it acts on
        something else (a Panel of Experts, sanctions, a regional force)."""
        if m.groupdict().get("obj"):
            start = c.start + m.start("obj")
            window = m.group("obj")
        else:
            start = c.start + m.end()
            window = p.text[start:start + 160]
        window = re.split(r"[;:]", window, maxsplit=1)[0]
        first_mission = next((a for a in self._mentions_in(p, start, start + len(window))
                              if self.registry.get(a).un_mission), None)
        other = _OTHER_OBJECT.search(window)
        if first_mission is not None:
            mention_at = next(x[1] for x in self._para_mentions(p) if x[0].acronym == first_mission
                              and start <= x[1] < start + len(window))
            # "the mandate of the Panel of Experts established … on UNOCI" is the Panel's.
            if other is None or start + other.start() >= mention_at:
                return first_mission
            return None
        if other is not None:
            return None
        if _OWN_MANDATE.search(window) or "mandate" in m.group(0).lower():
            return fallback
        refs = self.registry.get(fallback).generic_refs if fallback else ()
        if any(re.search(r"\b" + re.escape(ref) + r"\b", window, re.I) for ref in refs):
            return fallback
        return None

    def _subject_is_mission(self, p: Paragraph, start: int, end: int, mission: str | None) -> bool:
        """"Authorizes MINUSMA to use all necessary means" — but not "Authorizes
        French troops to …": the subject must be the mission itself."""
        if mission is None:
            return False
        named = self._mentions_in(p, start, end)
        subject = p.text[start:end]
        if named:
            return mission in named
        refs = self.registry.get(mission).generic_refs
        return any(re.search(r"\b" + re.escape(ref) + r"\b", subject, re.I) for ref in refs)

    def _ceilings(self, p: Paragraph, c: Clause, mission: str | None,
                  dated_steps: bool = True) -> Iterator[Provision]:
        if mission is None or not _CEILING_CONTEXT.search(c.text):
            return
        exprs = self._dates(p, c.start, c.end)
        # Ceilings are read in groups separated by step words ("… until 30 June 2024,
        # and be reduced to 11,500 … from 1 July 2024"): a date inside a group
        # applies to every ceiling in it.
        cuts = [0] + [m.start() for m in _STEP.finditer(c.text)] + [len(c.text)]
        items = [(m, m.group(2), m.group("unit")) for m in _CEILING_ITEM.finditer(c.text) if not m.group("qual")]
        items += [(m, m.group(2), "troops" if m.group("unit").lower() == "troop" else m.group("unit"))
                  for m in _NAMED_CEILING.finditer(c.text)]
        for m, number, raw_unit in sorted(items, key=lambda item: item[0].start()):
            value = _to_int(number)
            if value < 5 or 1900 <= value <= 2100 and "," not in number:
                continue
            group_start = max(x for x in cuts if x <= m.start())
            group_end = min(x for x in cuts if x > m.start())
            fields = {}
            if dated_steps:
                for e in exprs:
                    if not (c.start + group_start <= e.start < c.start + group_end and e.value and e.value.start):
                        continue
                    if e.kind == "until":
                        fields = {"effective_until": e.value.end, "until_precision": e.value.precision}
                        break
                    if e.kind in ("from", "as_of", "on"):
                        fields = {"effective_from": e.value.start, "from_precision": e.value.precision}
                        break
            yield self._make(p, "ceiling", mission, (c.start + m.start(), c.start + m.end()),
                             value=value, unit=_unit_of(raw_unit), **fields)

    # -- authorities with their own clock -------------------------------------------

    def _sunset_authorities(self) -> Iterator[Provision]:
        """"Decides that, until 31 December 2023, MINUSMA is authorized to fulfil the
        following functions: (i) … (ii) …": one provision per function, each
        ending on the paragraph's date."""
        for p in self.operative:
            if p.kind == POINT:
                continue
            if p.kind == OPERATIVE and p.eid in self.children:
                continue
            low = p.text.lower()
            if "until" not in low or "authori" not in low:
                continue  # the pattern needs both words; most paragraphs have neither
            m = _AUTHORIZED_UNTIL.search(p.text)
            if not m:
                continue
            until = self._first(self._dates(p), "until")
            if until is None:
                continue
            mission = self._clause_mission(p)
            targets = self._points_of(p) if p.kind == INTRO else [p]
            for target in targets:
                yield self._make(target, "authorization", mission, (m.start(), m.end()) if target is p else (0, len(target.text)),
                                 effective_from=self.anchor, from_precision="day",
                                 effective_until=until.value.end, until_precision=until.value.precision,
                                 detail=_function_summary(target.text[m.end():] if target is p else target.text))

    def _points_of(self, intro: Paragraph) -> list[Paragraph]:
        siblings = self.children.get(intro.parent_eid or "", [])
        return [q for q in siblings if q.kind == POINT] or [intro]

    # -- tasks -------------------------------------------------------------------------

    def _tasks(self, so_far: list[Provision]) -> list[Provision]:
        from . import tasks as tasks_mod  # tasks imports this module's neighbours

        sunset = {(p.eid, p.mission): p for p in so_far if p.kind == "authorization"}
        out = []
        for mission, provisions in tasks_mod.extract_tasks(self.decision, self.registry).items():
            for t in provisions:
                auth = sunset.get((t.eid, mission))
                if auth is not None and t.effective_until is None:
                    t = replace(t, effective_from=auth.effective_from, from_precision=auth.from_precision,
                                effective_until=auth.effective_until, until_precision=auth.until_precision)
                out.append(t)
        return out


def _function_summary(text: str, limit: int = 200) -> str:
    summary = re.sub(r"^\s*(?:to\s+)?", "", text.strip(), flags=re.I).split(";")[0].rstrip(";.,: ")
    if len(summary) > limit:
        summary = summary[:limit].rsplit(" ", 1)[0] + "…"
    return summary[:1].upper() + summary[1:]


def _dedupe(provisions: list[Provision | None]) -> list[Provision]:
    seen = set()
    out = []
    for p in provisions:
        if p is None:
            continue
        # A paragraph that names its SOFA twice still makes one SOFA provision;
        # two ceilings in one paragraph are two provisions.
        distinct = p.span_start if p.kind in ("ceiling",) else None
        key = (p.mission, p.kind, p.eid, p.task, p.modality, p.value, p.unit, distinct)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def read_provisions(decision: Decision, registry: Registry | None = None) -> list[Provision]:
    """Every provision a resolution makes, for every mission it concerns."""
    if decision.kind != "resolution":
        return []
    return ProvisionReader(decision, registry or Registry.load()).read()
