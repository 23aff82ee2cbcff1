"""Mandate tasks: which of PEMA's 41 tasks a resolution gives a mission, and how.

A task is read from one *unit* of an operative paragraph — the paragraph
itself, or the intro and each point of its list — in three steps:

1. **Clauses** (``task_actors``). A unit is cut at the Council's own verbs
   ("Decides …, and requests …; encourages …"), so each clause has one verb and
   one addressee. A list point that opens with a verb of its own ("(a) Decides
   further that MINURCAT shall …: (i) …") is read like a paragraph, and its own
   points take its addressee.
2. **Whose task** (``task_actors``). A clause is the mission's when the mission is its
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
   shall be the following:"). "In this regard" and its kin carry the task words
   of the clauses before it into the clause that asks the mission to act.
3. **Which task, how** (``task_rules``, with the phrases in ``task_words``). The
   tasks are named in the clause's task words (after the addressee); the
   modality is the nearest of the Council's "how" verbs before the task words
   (monitor, assist, secure), or *encouraged* when the Council only
   encourages, calls upon, urges or invites the mission (PEMA's
   ``_Encouraged``: the Council asks, but does not mandate). Task words inside
   a mission's own name ("United Nations Truce Supervision Organization") name
   the mission, not a task.

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
from dataclasses import dataclass

from ..missions import Mission, Registry
from ..records import INTRO, OPERATIVE, POINT, PREAMBLE, SUBHEADING, Decision, Paragraph, Provision
from . import task_rules as rules
from .dates import find_dates
from .task_actors import (ACTOR, ANAPHORA, SUPPORT, THAT_SUPPORT, Clause, NamesWithTaskWords, Reading,
                          antecedent, generic_refs, has_own_verb, is_encouraged, mention_pattern,
                          mission_counts, names_other_actor, names_with_task_words, point_reading,
                          read_clause, split_clauses)
from .task_rules import ASSIST, ENCOURAGED, MONITOR, SECURE, TASKS, TaskHit, classify, modality_at

__all__ = ["TASKS", "TaskHit", "classify", "mission_task_provisions", "extract_tasks",
           "MONITOR", "ASSIST", "SECURE", "ENCOURAGED"]

# --- units and their context --------------------------------------------------------------

@dataclass
class _Unit:
    paragraph: Paragraph
    intro: Paragraph | None      # the intro of the list this point belongs to
    headings: list[Paragraph]    # ancestor points (list headings), nearest first
    subheading: Paragraph | None
    is_intro: bool = False       # an intro, or a paragraph whose points hang under it
    limit: int = 0               # read text[:limit] (a paragraph's own words before its points)

    # What every mission's reading of the unit starts from, worked out once per unit:
    text: str = ""               # the paragraph's text with plain hyphens
    own_clauses: bool = False    # a list point that speaks in clauses of its own
    _clauses: tuple[Clause, ...] | None = None

    def clauses(self) -> tuple[Clause, ...]:
        if self._clauses is None:
            self._clauses = split_clauses(self.text[:self.limit])
        return self._clauses


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
        if (p.kind == OPERATIVE and is_intro) or (p.kind == POINT and p.eid in children):
            # Read only the paragraph's (or point's) own words, not its points' again.
            first = p.text.find(children[p.eid][0].text[:40])
            limit = first if first > 0 else limit
        text = rules.plain_hyphens(p.text)  # "Secretary‑General" (U+2011); same length
        own_clauses = p.kind == POINT and has_own_verb(text[:limit])
        units.append(_Unit(p, intro, headings, subheading, is_intro, limit, text, own_clauses))
    return units


_NOT_HEADING = re.compile(r"\s*(?:to\b|in\s+support\b|in\s+\w+\s+with\b)", re.I)


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
    counts = mission_counts(decision, registry)
    return _provisions(decision, target, generic_refs(target, counts, registry),
                       names=names_with_task_words(registry))


def _provisions(decision: Decision, target: Mission, generic: tuple[str, ...],
                units: list[_Unit] | None = None, addressed: set[str] | None = None,
                names: NamesWithTaskWords | None = None,
                roles: dict[tuple[str, str], str] | None = None) -> list[Provision]:
    """The provisions for ``target``. For the evaluation's diagnostics, ``addressed`` collects
    the eids of every unit that speaks to it (with or without task words), and ``roles`` the
    mission's role (actor or support) for each (eid, task) it is given."""
    mention = mention_pattern(target, generic)
    out: list[Provision] = []
    intro_readings: dict[str, tuple[Reading | None, object]] = {}
    for unit in units if units is not None else _units(decision):
        p = unit.paragraph
        text = unit.text
        # (reading, its "until", where the antecedent of "in this regard" starts, if any)
        readings: list[tuple[Reading, object, Clause | None]] = []
        clause_start: dict[Reading, int] = {}
        own_clauses = unit.own_clauses
        if p.kind == POINT and not own_clauses:
            inherited, until = (None, None)
            # The nearest chapeau: a point above that speaks in its own clauses ("(a) Decides
            # further that MINURCAT shall …: (i) To contribute to protecting civilians"), else
            # the intro of the list.
            source = next((h.eid for h in unit.headings if h.eid in intro_readings), None)
            if source is None and unit.intro is not None:
                source = unit.intro.eid
            if source is not None:
                inherited, until = intro_readings.get(source, (None, None))
            reading = point_reading(text, inherited, mention)
            if reading is not None:
                readings.append((reading, until, None))
        elif mention.search(text, 0, unit.limit) is None:
            if own_clauses:
                intro_readings[p.eid] = (None, None)  # its points are not the mission's either
            continue  # the mission is not named here: no clause can be its
        else:
            last: tuple[Reading | None, object] = (None, None)
            previous = None
            clauses = unit.clauses()
            found: tuple[Reading | None, object] = (None, None)
            for index, clause in enumerate(clauses):
                reading = read_clause(text, clause, mention, intro=unit.is_intro)
                if (reading is None and last[0] is not None and last[0].role == ACTOR
                        and THAT_SUPPORT.search(text, clause.verb_end, clause.end)):
                    # "requests MINUSTAH to provide support …, and encourages the authorities to
                    # take full advantage of that support, notably in modernizing legislation".
                    reading = Reading(SUPPORT, last[0].strength, clause.verb_end, clause.end)
                until = _until(text, clause.start, clause.end, decision) if reading else None
                if reading is not None:
                    back = None
                    if previous is not None and ANAPHORA.search(
                            text, min(reading.zone_start, clause.start), reading.end):
                        back = antecedent(clauses, index)
                    readings.append((reading, until, back))
                    clause_start[reading] = clause.start
                last = (reading, until)
                if reading is not None:
                    found = last
                previous = clause
            if unit.is_intro or own_clauses:
                # The points belong to the clause that introduces them ("…, and decides that
                # these tasks shall include:"), or, when it names no one else, to the mission
                # an earlier clause addressed.
                if last[0] is None and found[0] is not None and not names_other_actor(
                        text, clauses[-1].verb_end, unit.limit):
                    last = found
                intro_readings[p.eid] = last
        if not readings:
            continue
        if addressed is not None:
            addressed.add(p.eid)
        priority = _priority(unit)
        heading = p.kind == POINT and not own_clauses and not _NOT_HEADING.match(text) and len(text) < 160
        for reading, until, back in readings:
            encouraged = is_encouraged(reading)
            hits = classify(text, reading.zone_start, reading.end, encouraged=encouraged, heading=heading)
            if back is not None:
                # "Welcomes the reform of rule of law institutions, requests MINUSTAH to continue
                # to provide support in this regard": the task words are in the clause before.
                how = ENCOURAGED if encouraged else modality_at(text, reading.end, reading.end,
                                                               reading.zone_start, False)
                hits = hits + [TaskHit(h.task, how, h.start, h.end)
                               for h in classify(text, back.verb_end, back.end)]
            # "Decides that the primary strategic priority of MINUSMA is to support …"
            words_from = min(reading.zone_start, clause_start.get(reading, reading.zone_start))
            in_words = bool(rules.PRIORITY.search(text, words_from, reading.end)) and not \
                rules.NOT_PRIORITY.search(text, words_from, reading.end)
            if names is not None and any(h.task in names.tasks for h in hits):
                spans = names.spans(text)
                if spans:
                    hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in spans)]
            for hit in hits:
                if hit.task in rules.READ_ELSEWHERE:
                    continue
                if roles is not None and roles.get((p.eid, hit.task)) != ACTOR:
                    roles[(p.eid, hit.task)] = reading.role
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
        said = _says_priority(heading.text)
        if said is not None:
            return said
    if unit.intro is not None:
        said = _says_priority(unit.intro.text)
        if said is not None:
            return said
    sub = unit.subheading
    return bool(sub) and _says_priority(sub.text) is True


@functools.lru_cache(maxsize=1024)  # the same intro and headings are asked about for each point
def _says_priority(text: str) -> bool | None:
    """False for a list of "other tasks", True for priority words, None for neither."""
    if rules.NOT_PRIORITY.search(text):
        return False
    if rules.PRIORITY.search(text):
        return True
    return None


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
    counts = mission_counts(decision, registry)
    out: dict[str, list[Provision]] = {}
    units = _units(decision) if counts else []
    for acronym in counts:
        target = registry.get(acronym)
        provisions = _provisions(decision, target, generic_refs(target, counts, registry), units,
                                 names=names_with_task_words(registry))
        if provisions:
            out[target.acronym] = provisions
    return out
