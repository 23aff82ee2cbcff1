"""Mandate tasks: which of PEMA's 41 tasks a resolution gives a mission, and how.

A task is read from one *unit* of an operative paragraph — the paragraph
itself, or the intro and each point of its list — in three steps:

1. **Clauses.** A unit is cut at the Council's own verbs ("Decides …, and
   requests …; encourages …"), so each clause has one verb and one addressee.
2. **Whose task.** A clause is the mission's when the mission is its
   addressee — named by acronym, alias or full name, or by the generic
   reference ("the Mission", "the Force") of the mission the resolution is
   about — in the words between the verb and its infinitive ("Requests
   MINUSMA, within its capabilities, to …", "Decides that the mandate of
   MINUSMA shall …", "Decides further that, until …, MINUSMA is authorized
   to …"). A clause addressed to someone else (the Government, the parties,
   Member States, the Secretary-General alone, a regional force) is not the
   mission's, unless it is to act "with the support of" the mission: then
   the mission assists. The points of a list take the addressee of the
   clause that introduces the list ("Decides that the mandate of MINUSMA
   shall be the following:").
3. **Which task, how.** ``task_rules`` names the tasks in the clause's task
   words (after the addressee); the modality is the nearest of the
   Council's "how" verbs before the task words (monitor, assist, secure), or
   *encouraged* when the Council only encourages, calls upon, urges or
   invites the mission (PEMA's ``_Encouraged``: the Council asks, but does
   not mandate).

A task is a *priority* when its unit sits under a "Priority tasks" heading or
a list introduced as priority tasks, or its own words say "as a priority" /
"strategic priority"; a list of "other tasks" is not. ``effective_until`` is
set only when the clause that gives the task carries its own "until <date>"
(2690 OP 5: civilians until 30 September 2023); mandate periods are dated by
``provisions.py``.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..missions import Mission, Registry
from ..records import INTRO, OPERATIVE, POINT, PREAMBLE, SUBHEADING, Decision, Paragraph, Provision
from . import task_rules as rules
from .dates import find_dates
from .task_rules import ASSIST, ENCOURAGED, MONITOR, SECURE, TASKS, TaskHit, classify, modality_at

__all__ = ["TASKS", "TaskHit", "classify", "mission_task_provisions", "extract_tasks",
           "MONITOR", "ASSIST", "SECURE", "ENCOURAGED"]

# --- clauses -------------------------------------------------------------------------------

FIRM, SOFT, NEUTRAL = "firm", "soft", "neutral"
_VERBS: dict[str, str] = {
    "decides": FIRM, "requests": FIRM, "authorizes": FIRM, "authorises": FIRM, "mandates": FIRM,
    "directs": FIRM, "requires": FIRM, "instructs": FIRM, "tasks": FIRM, "agrees": FIRM,
    "endorses": FIRM, "approves": FIRM,
    "encourages": SOFT, "calls upon": SOFT, "calls on": SOFT, "invites": SOFT, "urges": SOFT,
    "appeals": SOFT,
    # Praise for what a mission did is not a request to do it ("Welcomes progress made by
    # MINUSTAH in communications"); only a following "calls on it to continue" is.
    "welcomes": NEUTRAL, "commends": NEUTRAL, "looks forward": NEUTRAL,
    "reaffirms": NEUTRAL, "reiterates": NEUTRAL, "recalls": NEUTRAL, "stresses": NEUTRAL,
    "emphasizes": NEUTRAL, "emphasises": NEUTRAL, "underlines": NEUTRAL, "underscores": NEUTRAL,
    "affirms": NEUTRAL, "notes": NEUTRAL, "takes note": NEUTRAL, "highlights": NEUTRAL,
    "recognizes": NEUTRAL, "recognises": NEUTRAL, "acknowledges": NEUTRAL, "expresses": NEUTRAL,
    "demands": NEUTRAL, "condemns": NEUTRAL, "deplores": NEUTRAL, "supports": NEUTRAL,
    "considers": NEUTRAL, "declares": NEUTRAL, "determines": NEUTRAL, "calls for": NEUTRAL,
    "reminds": NEUTRAL, "insists": NEUTRAL, "regrets": NEUTRAL, "confirms": NEUTRAL,
    "pays tribute": NEUTRAL, "praises": NEUTRAL, "applauds": NEUTRAL,
}
_ADVERBS = (r"(?:(?:further|also|again|once\s+again|strongly|in\s+this\s+regard|in\s+this\s+context|"
            r"accordingly|therefore|moreover|furthermore|in\s+particular|urgently|equally)[,]?\s+)*")
# A clause starts at one of the Council's verbs, at the start of the text or after
# ";", ":", ".", "," or "and" (and any adverbs: "; further requests", ", and also urges").
# The verbs are found with plain substring search (the texts are long, the verbs few),
# the boundary before each is checked after.
_VERB_HEADS = tuple(sorted({v for v in _VERBS if not v.startswith("calls ")} | {"calls"}))
_CALLS = re.compile(r"calls(?:\s*,\s*(?:once\s+again|again|further|also)\s*,)?\s+(?:up)?on\b|calls\s+for\b",
                    re.I)
_TAIL = re.compile(r"\s*(?:and\s+)?" + _ADVERBS, re.I)
_AFTER_VERB = re.compile(r"\s*,?\s*(?:further|also|again)?,?\s*", re.I)
# "to" opening an infinitive: not "to the", "to its", "to paragraph 4", "to MINUSMA".
_INFINITIVE = re.compile(
    r"\bto\s+(?:be\b|bring\b|(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|any|each|such|"
    r"paragraphs?|resolutions?|date|which|whom|what|whether|him|them|it|both|other|another|"
    r"women|children|civilians|ensuring|be)\b)(?![a-z]+ing\b)[a-z])")
_THAT = re.compile(r"\s*(?:,\s*)?(?:(?:therefore|further|also|accordingly|in\s+this\s+regard)\s*,?\s*)?that\b")
_SUBJECT_END = re.compile(r"\b(?:shall|will|should|may|must|can|is|are|would|continues?|has|have)\b")
# Words between a verb and the mission that make the mission something other than the addressee.
_NOT_ADDRESSEE = re.compile(
    r"(?:support|assistance|help|backing|cooperation|coordination|consultation|collaboration|"
    r"deployment|personnel|troops|safety|security|presence|withdrawal|drawdown|liquidation|"
    r"termination|closure|cooperate|cooperating|coordinate|attacks|against|with|from|between|"
    r"to|for|into|within|alongside|than)\s+(?:fully\s+|closely\s+)?(?:of\s+|with\s+)?(?:the\s+)?$", re.I)
# Another actor acts, the mission helps: "with the support of MINUSMA", "in close
# liaison with MONUC", "working with MINUJUSTH".
_SUPPORTED_BY = re.compile(
    r"(?:with\s+the\s+(?:\w+\s+){0,2}(?:support|assistance|help|backing)\s+of|supported\s+by|"
    r"assisted\s+by|with\s+(?:the\s+)?(?:\w+\s+)?assistance\s+from|with\s+support\s+from|"
    r"in\s+(?:close\s+|full\s+)?(?:cooperation|coordination|liaison|consultation|collaboration|"
    r"partnership)\s+with|working\s+(?:closely\s+)?with|together\s+with)"
    r"\s+(?:\w+\s+){0,6}?$", re.I)
_OTHER_ACTOR = re.compile(r"\b(?:Secretary-General|Government|parties|Member\s+States|authorities|"
                          r"Committee|Panel|Group\s+of\s+Experts|countries|organizations)\b")
_RESTATED_MANDATE = re.compile(r"\s*(?:['’]s?\s+|\s)(?:\w+\s+){0,3}mandate\s+(?:\w+\s+){0,6}?to\s+[a-z]", re.I)
_MANDATE_OF = re.compile(r"\bmandate\s+of\s+(?:the\s+)?$", re.I)
_INFINITIVE_NEXT = re.compile(r"\s*(?:\([A-Z]+\)\s*)?(?:,[^,;]{0,80},\s*)?(?:as\s+[^,;]{0,60}\s+)?to\s+[a-z]")
_ITS_WORK_OF = re.compile(r"\s*(?:the\s+)?(?:\w+\s+)?(?:support|efforts?|role|work|activities|assistance|"
                          r"engagement)\s+of\s+(?:the\s+)?", re.I)
_THAT_SUPPORT = re.compile(r"\b(?:that|this|such|the\s+Mission['’]s)\s+(?:support|assistance)\b", re.I)
_OF_IT = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_CO_ADDRESSEE = re.compile(r"\b(?:and|through|via)\s+(?:the\s+)?$", re.I)
_OF_SOMEONE = re.compile(r"\b(?:of|with|by|from|to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_IMPORTANCE_FOR = re.compile(r"\b(?:importance|need|necessity)\s+(?:for|of)\s+(?:the\s+)?$", re.I)
_MANDATE_WORD = re.compile(r"\b(?:mandated?|tasks?|tasked|functions|authori[sz]ed|responsible|"
                           r"requested)\b", re.I)
_COMPOSITION = re.compile(r"(?:shall|will|should|may|must|is|are)\s+(?:\w+\s+)?(?:be|have|consist|comprise|"
                          r"remain|retain|include)\b", re.I)
_MODAL_AFTER = re.compile(r"(?:['’]s\s+\w+\s+)?\s*,?\s*(?:shall|will|must|should|may|is\s+(?:authorized|mandated|"
                          r"requested|to)|continues\s+to)\b", re.I)
_SUPPORT_NOUN_AFTER = re.compile(r"^['’]s\s+(?:\w+\s+){0,2}(?:support|assistance|help)\b", re.I)


@dataclass(frozen=True)
class _Clause:
    start: int          # offsets into the unit text
    end: int
    verb_end: int       # where the addressee words begin
    strength: str       # FIRM / SOFT / NEUTRAL, or "" for a point (no verb of its own)


def _verb_strength(verb: str) -> str:
    words = re.findall(r"[a-z]+", verb.lower())
    if words[0] == "calls" and words[-1] in ("on", "upon"):
        return SOFT
    return _VERBS.get(" ".join(words), NEUTRAL)


def _verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every Council verb standing as a whole word."""
    lowered = text.lower()
    found = []
    for head in _VERB_HEADS:
        i = lowered.find(head)
        while i != -1:
            j = i + len(head)
            if (i == 0 or not lowered[i - 1].isalnum()) and (j == len(lowered) or not lowered[j].isalnum()):
                if head == "calls":
                    m = _CALLS.match(text, i)
                    if m:
                        found.append((i, m.end(), m.group()))
                else:
                    found.append((i, j, text[i:j]))
            i = lowered.find(head, j)
    found.sort()
    return found


def _clause_start(text: str, verb_start: int) -> int | None:
    """Where the clause of a verb at ``verb_start`` begins, or None when the verb does not
    open a clause (it is not after the start, ";", ":", ".", "," or "and", adverbs aside)."""
    window = max(0, verb_start - 60)
    if _TAIL.fullmatch(text, 0, verb_start):
        return 0
    candidates = [text.rfind(mark, window, verb_start) + 1 for mark in ";:.,"]
    candidates.append(text.rfind(" and ", window, verb_start) + 1)
    for at in sorted((c for c in candidates if c > 0), reverse=True):
        if _TAIL.fullmatch(text, at, verb_start):
            return at
    return None


@functools.lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[_Clause, ...]:
    marks = []
    for start, end, words in _verbs(text):
        clause_start = _clause_start(text, start)
        if clause_start is None:
            continue
        marks.append((clause_start, _AFTER_VERB.match(text, end).end(), _verb_strength(words)))
    if not marks or marks[0][0] > 0:
        marks.insert(0, (0, 0, ""))
    out = []
    for index, (start, verb_end, strength) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        out.append(_Clause(start, end, verb_end, strength))
    return tuple(out)


# --- naming the mission -------------------------------------------------------------------

def _form_pattern(form: str) -> str:
    parts = []
    for char in form:
        if char.isspace():
            parts.append(r"\s+")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    acronym = not any(c.islower() for c in form) and len(form.split()) <= 2
    return body if acronym else f"(?i:{body})"


@functools.lru_cache(maxsize=512)
def _mention_pattern(mission: Mission, generic: tuple[str, ...]) -> re.Pattern[str]:
    forms = {mission.acronym, *mission.aliases, *mission.names}
    alternatives = [_form_pattern(f) for f in sorted(forms, key=len, reverse=True)]
    # "the Mission", "the Force": capitalised in resolutions when they mean this one.
    alternatives += [re.escape(g).replace(r"\ ", r"\s+") for g in generic]
    if generic:
        # The head of the mission the resolution is about speaks for it, and its observers
        # are it (UNMOP's resolutions say "the United Nations military observers").
        alternatives.append(r"(?:the\s+)?Special\s+Representative(?:\s+of\s+the\s+Secretary-General)?|SRSG")
        alternatives.append(r"(?:the\s+)?United\s+Nations\s+(?:military\s+observers|civilian\s+police|police)")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Z0-9]*(?:\s[IVX]+)?(?![\w-])")


@functools.lru_cache(maxsize=8)
def _acronym_table(registry: Registry) -> dict[str, str]:
    """Every acronym-like form (acronyms and upper-case aliases) -> the mission's acronym."""
    table = {}
    for mission in registry:
        for form in (mission.acronym, *mission.aliases):
            if _TOKEN.fullmatch(form):
                table[form] = mission.acronym
    return table


def _mission_counts(decision: Decision, registry: Registry) -> Counter[str]:
    """How often each mission's acronym (or alias) appears in the operative text and title."""
    table = _acronym_table(registry)
    counts: Counter[str] = Counter()
    text = "\n".join([decision.title or ""] + [p.text for p in decision.paragraphs
                                              if p.kind in (OPERATIVE, SUBHEADING) and p.parent_eid is None])
    for token in _TOKEN.findall(text):
        acronym = table.get(token)
        if acronym is not None:
            counts[acronym] += 1
    return counts


def _generic_refs(mission: Mission, counts: Counter[str], registry: Registry) -> tuple[str, ...]:
    """The generic references that mean ``mission`` in this resolution: those of the most
    named mission that uses them (the one the resolution is about)."""
    refs = []
    for ref in mission.generic_refs:
        rivals = [(counts[m.acronym], m.acronym) for m in registry if ref in m.generic_refs
                  and counts[m.acronym]]
        if not rivals or max(rivals)[1] == mission.acronym or (
                counts[mission.acronym] and counts[mission.acronym] == max(rivals)[0]):
            refs.append(ref)
    return tuple(refs)


# --- units and their context --------------------------------------------------------------

@dataclass
class _Unit:
    paragraph: Paragraph
    intro: Paragraph | None      # the intro of the list this point belongs to
    headings: list[Paragraph]    # ancestor points (list headings), nearest first
    subheading: Paragraph | None
    is_intro: bool = False       # an intro, or a paragraph whose points hang under it
    limit: int = 0               # read text[:limit] (a paragraph's own words before its points)


def _units(decision: Decision) -> list[_Unit]:
    children: dict[str, list[Paragraph]] = {}
    by_eid: dict[str, Paragraph] = {}
    intro_of: dict[str, Paragraph] = {}
    for p in decision.paragraphs:
        by_eid[p.eid] = p
        if p.parent_eid:
            children.setdefault(p.parent_eid, []).append(p)
            if p.kind == INTRO:
                intro_of[p.parent_eid] = p
    for eid, kids in children.items():
        parent = by_eid.get(eid)
        if parent is not None and parent.kind == OPERATIVE and eid not in intro_of:
            # Points hang directly under the paragraph: its own text is their chapeau.
            intro_of[eid] = parent
    units: list[_Unit] = []
    subheading = None
    for p in decision.paragraphs:
        if p.kind == SUBHEADING and p.parent_eid is None:
            subheading = p
            continue
        if p.kind == PREAMBLE:
            continue
        if p.kind == OPERATIVE and p.eid in children and intro_of.get(p.eid) is not p:
            continue  # its intro and points are read instead
        if p.kind not in (OPERATIVE, INTRO, POINT):
            continue
        intro, headings = None, []
        if p.kind == POINT:
            parent = p.parent_eid
            while parent is not None:
                if intro is None and parent in intro_of:
                    intro = intro_of[parent]
                ancestor = by_eid.get(parent)
                if ancestor is None:
                    break
                if ancestor.kind == POINT:
                    headings.append(ancestor)
                parent = ancestor.parent_eid
        is_intro = p.kind == INTRO or intro_of.get(p.eid) is p
        limit = len(p.text)
        if p.kind == OPERATIVE and is_intro:
            first = p.text.find(children[p.eid][0].text[:40])
            limit = first if first > 0 else limit
        units.append(_Unit(p, intro, headings, subheading, is_intro, limit))
    return units


# --- attribution --------------------------------------------------------------------------

ACTOR, SUPPORT = "actor", "support"
_ANAPHORA = re.compile(r"\b(?:in\s+this\s+(?:regard|respect|context)|to\s+(?:that|this)\s+end|"
                       r"(?:this|these|such)\s+(?:\w+\s+)?(?:efforts?|process|processes|measures|activities|"
                       r"tasks?|issues?|matters?|assistance|support|letters?|recommendations?|area))\b", re.I)
_NOT_HEADING = re.compile(r"\s*(?:to\b|in\s+support\b|in\s+\w+\s+with\b)", re.I)


@dataclass(frozen=True)
class _Reading:
    role: str            # ACTOR or SUPPORT
    strength: str        # FIRM / SOFT / NEUTRAL
    zone_start: int      # where the task words begin
    end: int


def _names_other_actor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an addressee other than the mission: "the
    Government", "the parties", but not "the views of the Government"."""
    # The addressee comes first: look at the opening words only.
    for m in _OTHER_ACTOR.finditer(text, start, min(end, start + 60)):
        if not _OF_SOMEONE.search(text, max(start, m.start() - 40), m.start()):
            return True
    return False


def _read_clause(text: str, clause: _Clause, mention: re.Pattern[str],
                 intro: bool = False) -> _Reading | None:
    """Whether a clause gives the mission something to do, and where its task words are."""
    if mention.search(text, clause.verb_end, clause.end) is None:
        return None
    start = clause.verb_end
    that = _THAT.match(text, start)
    if that:
        start = that.end()
        stop = _SUBJECT_END.search(text, start, clause.end)
        inf = _INFINITIVE.search(text, start, clause.end)
        zone_end = min(x.start() for x in (stop, inf) if x) if (stop or inf) else clause.end
    else:
        inf = _INFINITIVE.search(text, start, clause.end)
        if inf and not text[start:inf.start()].strip(" ,"):
            # "Decides to authorize MINUSMA to …": the Council's own act comes first.
            start = inf.end() - 1
            while start < clause.end and text[start].isalpha():
                start += 1
            inf = _INFINITIVE.search(text, start, clause.end)
        zone_end = inf.start() if inf else clause.end
    for m in mention.finditer(text, start, zone_end):
        before = text[max(clause.start, m.start() - 60):m.start()]
        if _SUPPORTED_BY.search(before):
            if clause.strength == NEUTRAL:
                return None  # "Acknowledges the progress … with the assistance of MONUSCO"
            return _Reading(SUPPORT, clause.strength, clause.verb_end, clause.end)
        if clause.strength in (FIRM, SOFT) and _ITS_WORK_OF.fullmatch(text, start, m.start()):
            # "Encourages the continued support of UNAMSIL for returning refugees",
            # "welcomes the coordinating role of UNTAET in this endeavour".
            return _Reading(ACTOR, clause.strength, m.end(), clause.end)
        if clause.strength == NEUTRAL and _IMPORTANCE_FOR.search(before):
            # "Reaffirms the importance for MINUJUSTH to take fully into account …"
            return _Reading(ACTOR, SOFT, zone_end if zone_end < clause.end else m.end(), clause.end)
        if _NOT_ADDRESSEE.search(before):
            continue
        if not that and inf is None and _OF_IT.search(before) and not _MANDATE_OF.search(before):
            # No infinitive, no "that": "Endorses the benchmarks … of MINURCAT" names the
            # mission as an object, not as the one to act.
            continue
        if _names_other_actor(text, start, m.start()) and not _CO_ADDRESSEE.search(before):
            # "Urges the Malian authorities, before the end of MINUSMA's mandate, to …"
            continue
        if clause.strength == NEUTRAL and not (that and _MODAL_AFTER.match(text, m.end())):
            # "Stresses that MONUC shall …" restates a task, "Stresses the need for MONUC to …"
            # asks for one; "Reaffirms MONUC's mandate" does neither.
            if _RESTATED_MANDATE.match(text, m.end()) or (
                    _MANDATE_OF.search(before) and _INFINITIVE_NEXT.match(text, m.end())):
                # "Recalls MONUSCO's mandate to monitor …", "Recalls the mandate of MONUSCO to …"
                restated = _INFINITIVE.search(text, m.end(), clause.end)
                return _Reading(ACTOR, FIRM, restated.start() if restated else m.end(), clause.end)
            if intro and _MANDATE_WORD.search(text, clause.verb_end, clause.end):
                return _Reading(ACTOR, FIRM, clause.end, clause.end)
            return None
        zone_start = zone_end if zone_end < clause.end else m.end()
        if that and _COMPOSITION.match(text, zone_start) and not _MANDATE_WORD.search(
                text, clause.verb_end, clause.end):
            # "Decides that UNAMSIL shall be expanded to 11,100 …, subject to progress in the
            # peace process": what the mission is, not what it is to do.
            return None
        return _Reading(ACTOR, clause.strength, zone_start, clause.end)
    if intro and _MANDATE_WORD.search(text, clause.verb_end, clause.end) and not _names_other_actor(
            text, clause.verb_end, zone_end):
        # A chapeau about the mission's mandate: "Authorizes the deployment within UNMEE of up
        # to 4,200 troops … with a mandate to:".
        for m in mention.finditer(text, clause.verb_end, clause.end):
            if not _SUPPORTED_BY.search(text[max(clause.start, m.start() - 60):m.start()]):
                return _Reading(ACTOR, FIRM if clause.strength == NEUTRAL else clause.strength,
                                clause.end, clause.end)
    if clause.strength == NEUTRAL:
        return None
    # "… calls upon the Government, with the support of MINUSMA, to …" anywhere in the clause.
    for m in mention.finditer(text, clause.verb_end, clause.end):
        before = text[max(clause.start, m.start() - 60):m.start()]
        if _SUPPORTED_BY.search(before) or _SUPPORT_NOUN_AFTER.match(text, m.end()):
            return _Reading(SUPPORT, clause.strength, clause.verb_end, clause.end)
    return None


def _point_reading(text: str, inherited: _Reading | None, mention: re.Pattern[str]) -> _Reading | None:
    if inherited is not None:
        return _Reading(inherited.role, inherited.strength, 0, len(text))
    for m in mention.finditer(text):
        if _SUPPORTED_BY.search(text[max(0, m.start() - 60):m.start()]):
            return _Reading(SUPPORT, "", 0, len(text))
    return None


def _encouraged(reading: _Reading) -> bool:
    """Whether the Council only encourages here (PEMA's "Encouraged")."""
    return reading.strength in (SOFT, NEUTRAL)


def _until(text: str, start: int, end: int, decision: Decision):
    if "until" not in text[start:end]:
        return None
    for expression in find_dates(text[start:end], anchor=decision.date):
        if expression.kind == "until" and expression.value is not None and expression.value.end:
            return expression.value
    return None


def mission_task_provisions(decision: Decision, mission: str,
                            registry: Registry | None = None) -> list[Provision]:
    """The tasks ``decision`` gives ``mission`` (an acronym, alias or name), in document order."""
    registry = registry or Registry.load()
    target = registry.get(mission)
    counts = _mission_counts(decision, registry)
    return _provisions(decision, target, _generic_refs(target, counts, registry))


def _provisions(decision: Decision, target: Mission, generic: tuple[str, ...],
                units: list[_Unit] | None = None, addressed: set[str] | None = None) -> list[Provision]:
    """The provisions for ``target``; ``addressed`` collects the eids of every unit that
    speaks to it (with or without task words), for the evaluation's diagnostics."""
    mention = _mention_pattern(target, generic)
    out: list[Provision] = []
    intro_readings: dict[str, tuple[_Reading | None, object]] = {}
    for unit in units if units is not None else _units(decision):
        p = unit.paragraph
        text = rules.plain_hyphens(p.text)  # "Secretary‑General" (U+2011); same length
        # (reading, its "until", where the antecedent of "in this regard" starts, if any)
        readings: list[tuple[_Reading, object, _Clause | None]] = []
        clause_start: dict[_Reading, int] = {}
        if p.kind == POINT:
            inherited, until = (None, None)
            if unit.intro is not None:
                inherited, until = intro_readings.get(unit.intro.eid, (None, None))
            reading = _point_reading(text, inherited, mention)
            if reading is not None:
                readings.append((reading, until, None))
        elif mention.search(text, 0, unit.limit) is None:
            continue  # the mission is not named here: no clause can be its
        else:
            last: tuple[_Reading | None, object] = (None, None)
            previous = None
            clauses = _clauses(text[:unit.limit])
            found: tuple[_Reading | None, object] = (None, None)
            for clause in clauses:
                reading = _read_clause(text, clause, mention, intro=unit.is_intro)
                if (reading is None and last[0] is not None and last[0].role == ACTOR
                        and _THAT_SUPPORT.search(text, clause.verb_end, clause.end)):
                    # "requests MINUSTAH to provide support …, and encourages the authorities to
                    # take full advantage of that support, notably in modernizing legislation".
                    reading = _Reading(SUPPORT, last[0].strength, clause.verb_end, clause.end)
                until = _until(text, clause.start, clause.end, decision) if reading else None
                if reading is not None:
                    back = previous if _ANAPHORA.search(text, reading.zone_start, reading.end) else None
                    readings.append((reading, until, back))
                    clause_start[reading] = clause.start
                last = (reading, until)
                if reading is not None:
                    found = last
                previous = clause
            if unit.is_intro:
                # The points belong to the clause that introduces them ("…, and decides that
                # these tasks shall include:"), or, when it names no one else, to the mission
                # an earlier clause addressed.
                if last[0] is None and found[0] is not None and not _names_other_actor(
                        text, clauses[-1].verb_end, unit.limit):
                    last = found
                intro_readings[p.eid] = last
        if not readings:
            continue
        if addressed is not None:
            addressed.add(p.eid)
        priority = _priority(unit)
        heading = p.kind == POINT and not _NOT_HEADING.match(text) and len(text) < 160
        for reading, until, back in readings:
            encouraged = _encouraged(reading)
            hits = classify(text, reading.zone_start, reading.end, encouraged=encouraged, heading=heading)
            if back is not None:
                # "Welcomes the reform of rule of law institutions, requests MINUSTAH to continue
                # to provide support in this regard": the task words are in the clause before.
                how = ENCOURAGED if encouraged else modality_at(text, reading.end, reading.end,
                                                               reading.zone_start, False)
                hits = hits + [TaskHit(h.task, how, h.start, h.end)
                               for h in classify(text, back.verb_end, back.end)]
            # "Decides that the primary strategic priority of MINUSMA is to support …"
            words_from = reading.zone_start if p.kind == POINT else min(reading.zone_start, clause_start[reading])
            in_words = bool(rules.PRIORITY.search(text, words_from, reading.end)) and not \
                rules.NOT_PRIORITY.search(text, words_from, reading.end)
            for hit in hits:
                if hit.task in rules.READ_ELSEWHERE:
                    continue
                out.append(Provision(
                    mission=target.acronym, kind="task", eid=p.eid, label=p.label, text=p.text,
                    span_start=hit.start, span_end=hit.end, task=hit.task, modality=hit.modality,
                    priority=priority or in_words,
                    effective_until=until.end if until else None,
                    until_precision=until.precision if until else None,
                    detail=TASKS[hit.task]))
    return _dedupe(out)


def _priority(unit: _Unit) -> bool:
    for heading in unit.headings:
        if rules.NOT_PRIORITY.search(heading.text):
            return False
        if rules.PRIORITY.search(heading.text):
            return True
    if unit.intro is not None:
        if rules.NOT_PRIORITY.search(unit.intro.text):
            return False
        if rules.PRIORITY.search(unit.intro.text):
            return True
    sub = unit.subheading
    return bool(sub and rules.PRIORITY.search(sub.text) and not rules.NOT_PRIORITY.search(sub.text))


def _dedupe(provisions: list[Provision]) -> list[Provision]:
    seen: set[tuple[str, str | None, str | None]] = set()
    out = []
    for p in provisions:
        key = (p.eid, p.task, p.modality)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def extract_tasks(decision: Decision, registry: Registry | None = None) -> dict[str, list[Provision]]:
    """Tasks per mission acronym, for every mission the resolution gives at least one task."""
    if decision.kind != "resolution":
        return {}
    registry = registry or Registry.load()
    counts = _mission_counts(decision, registry)
    out: dict[str, list[Provision]] = {}
    units = _units(decision) if counts else []
    for acronym in counts:
        target = registry.get(acronym)
        provisions = _provisions(decision, target, _generic_refs(target, counts, registry), units)
        if provisions:
            out[target.acronym] = provisions
    return out
