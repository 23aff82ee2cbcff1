"""Folding provisions into a mission's state on one day.

``fold_state`` is the definition: it reads every resolution adopted on or
before the day, in order, and applies the rules of docs/timeline.md
directly. It is simple and slow (linear in the mission's provisions);
``index.Timeline`` answers the same question from precomputed intervals, and
the property tests hold the two equal.

``assess`` (status and mandate from the period chain, terminations, wind-down
and the registry) and ``assemble`` (the state's elements and derived
deadlines) are shared by both: they look at what is in force on the day, not
at how it was found.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .model import (
    ACTIVE,
    CLOSED,
    DAY,
    DRAWDOWN,
    LIQUIDATION,
    NOT_ESTABLISHED,
    RECORD,
    REGISTRY,
    AuthorizationView,
    CeilingItem,
    CeilingView,
    Deadline,
    MandateDecision,
    MandateView,
    MissionFacts,
    PhaseView,
    ProvisionRow,
    Source,
    State,
    TaskEntry,
    TaskView,
    Termination,
    Window,
    authorization_windows,
    ceiling_items,
    effective_date,
    group_resolutions,
    liquidation_windows,
    mandate_decisions,
    resolution_deadlines,
    restates,
    sort_authorizations,
    sort_ceilings,
    sort_deadlines,
    sort_tasks,
    task_entries,
    terminations,
    wind_down_windows,
)

FORCE_TEXT = "use all necessary means to carry out its mandate"


@dataclass(frozen=True)
class Assessment:
    """Status and mandate on a day, before the elements are filled in."""

    status: str
    mandate: MandateView | None
    ended_on: dt.date | None = None   # the mandate's last day, when it has ended


def assess(facts: MissionFacts, day: dt.date, regime: MandateDecision | None, establish_known: bool,
           termination: Termination | None) -> Assessment:
    """Whether the mandate runs on ``day``, and which period.

    ``regime`` is the period decision in force (the latest whose in-force day
    has come), ``termination`` the latest dated termination adopted by then.
    Where the record has no period (before the first one read, or after one
    whose renewal was not read) the registry's start and end decide, and the
    mandate says so (basis "registry")."""
    if termination is not None and day > termination.last_day:
        if regime is not None and regime.start <= termination.last_day:
            view = MandateView(regime.start, regime.until, RECORD, regime.sources + termination.sources,
                               regime.final, termination.last_day)
        else:
            view = MandateView(None, None, RECORD, termination.sources, False, termination.last_day)
        return Assessment("ended", view, termination.last_day)
    if regime is None:
        if establish_known:
            return Assessment(NOT_ESTABLISHED, None)
        return _registry_only(facts, day, None)
    until = regime.until
    sources = regime.sources
    if termination is not None and (until is None or termination.last_day < until):
        until, sources = termination.last_day, sources + termination.sources
    if until is None and facts.end is not None and facts.end < day:
        # A period whose end was not read: the registry's end closes it.
        view = MandateView(regime.start, facts.end, REGISTRY, sources + (facts.registry_source(closing=True),),
                           False, facts.end)
        return Assessment("ended", view, facts.end)
    if until is None or day <= until:
        return Assessment(ACTIVE, MandateView(regime.start, until, RECORD, sources, regime.final, None, regime.note))
    # Past the period's end with no termination on record.
    if regime.final or (facts.end is not None and facts.end <= until):
        return Assessment("ended", MandateView(regime.start, until, RECORD, sources, regime.final, until), until)
    return _registry_only(facts, day, regime)


def _registry_only(facts: MissionFacts, day: dt.date, last: MandateDecision | None) -> Assessment:
    start = last.until + DAY if last is not None and last.until is not None else facts.start
    if facts.start is None or day < facts.start:
        return Assessment(NOT_ESTABLISHED, None)
    if facts.end is not None and day > facts.end:
        view = MandateView(start, facts.end, REGISTRY, (facts.registry_source(closing=True),), False, facts.end)
        return Assessment("ended", view, facts.end)
    note = (f"no renewal after {last.symbol} was read from the record; the mission registry lists the "
            "mission running" if last is not None else
            "the record read has no mandate period here; the mission registry lists the mission running")
    return Assessment(ACTIVE, MandateView(start, facts.end, REGISTRY, (facts.registry_source(),), False, None, note))


def wind_down_phase(facts: MissionFacts, day: dt.date, ended_on: dt.date, liquidations: Iterable[Window],
                    wind_downs: Iterable[Window], functions: Iterable[Window]) -> tuple[str, PhaseView | None]:
    """After the mandate's last day: liquidation once it has begun, drawdown
    while withdrawal, cessation or transfer (or an authority kept alive) runs,
    closed after."""
    for w in sorted(liquidations, key=lambda w: (w.start, w.adopted_on), reverse=True):
        if w.start <= day and (w.until is None or day <= w.until):
            return LIQUIDATION, PhaseView(w.start, w.until, w.sources)
    running = [w for w in wind_downs if w.start <= day <= w.until]
    kept = [w for w in functions if w.start <= day <= w.until]
    if running or kept:
        until = max(w.until for w in (running or kept))
        sources = tuple(dict.fromkeys(s for w in (running or kept) for s in w.sources))
        return DRAWDOWN, PhaseView(ended_on + DAY, until, sources)
    if facts.withdrawal_end is not None and day <= facts.withdrawal_end:
        return DRAWDOWN, PhaseView(ended_on + DAY, facts.withdrawal_end, (facts.registry_source(closing=True),))
    return CLOSED, None


@dataclass(frozen=True)
class Slot:
    """A single-valued mandate element (use of force, guard unit): its rows
    and the day it took effect."""

    kind: str
    text: str
    since: dt.date
    sources: tuple[Source, ...]
    liquidation_only: bool = False


def assemble(facts: MissionFacts, day: dt.date, assessment: Assessment, status: str,
             phase: PhaseView | None, tasks: Iterable[tuple[TaskEntry, dt.date]],
             slots: Iterable[Slot], functions: Iterable[Window], ceilings: Iterable[CeilingItem],
             deadlines: Iterable[Deadline]) -> State:
    """The state from what is in force: mandate-bound elements (undated tasks,
    use of force, ceilings) only while the mandate runs; dated tasks and
    functions on their own clock; the guard unit while the mission winds up."""
    running = status == ACTIVE
    task_views = []
    for entry, since in tasks:
        if entry.dated:
            start = max(since, entry.effective_from or since)
            if start <= day <= entry.effective_until:
                task_views.append(TaskView(entry, start))
        elif running:
            task_views.append(TaskView(entry, since))
    auths = []
    for slot in slots:
        if slot.kind == "use_of_force" and running:
            auths.append(AuthorizationView(slot.kind, slot.text, slot.since, None, slot.sources))
        elif slot.kind == "guard_unit" and (status == LIQUIDATION if slot.liquidation_only
                                            else status in (ACTIVE, DRAWDOWN, LIQUIDATION)):
            auths.append(AuthorizationView(slot.kind, slot.text, slot.since, None, slot.sources))
    active_functions = [w for w in functions if w.start <= day <= w.until]
    for w in active_functions:
        auths.append(AuthorizationView("function", w.text or "authorized function", w.start, w.until, w.sources))
    task_views = list(sort_tasks(task_views))
    ceiling_views = [CeilingView(c.unit, c.value, c.start, c.until, c.sources) for c in ceilings] if running else []

    pending = [d for d in deadlines if d.known_from <= day <= d.due]
    mandate = assessment.mandate
    if running and mandate is not None and mandate.basis == RECORD and mandate.until is not None:
        if any(s.kind == "terminate" for s in mandate.sources):
            words = "mandate terminated"
        else:
            words = "mandate ends (final period)" if mandate.final else "mandate expires"
        pending.append(Deadline("mandate_expiry", mandate.until, day, words, mandate.sources))
    sunsets: dict[tuple, list[Window]] = {}
    for w in active_functions:
        sunsets.setdefault((w.until, w.sources[0].symbol), []).append(w)
    for (due, _symbol), windows in sunsets.items():
        count = len(windows)
        pending.append(Deadline("sunset", due, day,
                                f"{count} authorized function{'s end' if count > 1 else ' ends'}",
                                tuple(s for w in windows for s in w.sources)))
    task_sunsets: dict[tuple, list[TaskView]] = {}
    for view in task_views:
        if view.entry.dated:
            key = (view.entry.effective_until, view.entry.sources[0].symbol)
            if key not in sunsets:
                task_sunsets.setdefault(key, []).append(view)
    for (due, _symbol), views in task_sunsets.items():
        pending.append(Deadline("task_sunset", due, day, "task ends: " + ", ".join(v.entry.name for v in views),
                                tuple(dict.fromkeys(s for v in views for s in v.entry.sources))))

    notes = []
    if status == CLOSED and facts.successors:
        notes.append("succeeded by " + ", ".join(facts.successors))
    if status == NOT_ESTABLISHED and facts.predecessors:
        notes.append("preceded by " + ", ".join(facts.predecessors))
    return State(
        mission=facts.acronym, name=facts.name, kind=facts.kind, on=day, status=status, mandate=mandate,
        tasks=tuple(task_views), authorizations=sort_authorizations(auths),
        ceilings=sort_ceilings(ceiling_views), deadlines=sort_deadlines(pending),
        drawdown=phase if status == DRAWDOWN else None, liquidation=phase if status == LIQUIDATION else None,
        predecessors=facts.predecessors, successors=facts.successors, notes=tuple(notes),
    )


def slot_of(res_rows: list[ProvisionRow], kind: str, since: dt.date) -> Slot | None:
    if not res_rows:
        return None
    sources = tuple(dict.fromkeys(r.source for r in res_rows))
    if kind == "use_of_force":
        return Slot(kind, FORCE_TEXT, since, sources)
    liquidation_only = any("liquidation" in (r.detail or "") for r in res_rows)
    text = "guard unit" + (" for the duration of the liquidation" if liquidation_only else "")
    return Slot(kind, text, since, sources, liquidation_only)


def fold_state(facts: MissionFacts, rows: Iterable[ProvisionRow], day: dt.date,
               names: dict[str, str] | None = None) -> State:
    """The mission's state on ``day`` from the provisions adopted by then,
    computed directly (the reference for ``index.Timeline``)."""
    resolutions = [r for r in group_resolutions(rows) if r.adopted_on <= day]
    decisions = mandate_decisions(resolutions)
    decision_of = {d.symbol: d for d in decisions}
    in_force = [d for d in decisions if d.in_force <= day]
    regime = max(in_force, key=lambda d: d.order) if in_force else None
    terms = terminations(resolutions)
    assessment = assess(facts, day, regime, any(d.establishes for d in decisions), terms[-1] if terms else None)

    functions = [w for res in resolutions for w in authorization_windows(res)]
    status, phase = assessment.status, None
    if status == "ended":
        status, phase = wind_down_phase(
            facts, day, assessment.ended_on,
            [w for res in resolutions for w in liquidation_windows(res)],
            [w for res in resolutions for w in wind_down_windows(res)], functions)

    tasks: dict[str, tuple[TaskEntry, dt.date]] = {}
    force: Slot | None = None
    guard: Slot | None = None
    ceilings: list[CeilingItem] = []
    ordered = sorted(resolutions, key=lambda r: (effective_date(r, decision_of.get(r.symbol)), r.adopted_on, r.number))
    for res in ordered:
        te = effective_date(res, decision_of.get(res.symbol))
        ceilings.extend(ceiling_items(res, te))
        if te > day:
            continue
        entries = task_entries(res, names)
        new_force = slot_of(res.of_kind("authorize_force"), "use_of_force", te)
        if restates(res):
            tasks = {key: (entry, te) for key, entry in entries.items()}
            force = new_force
        else:
            tasks.update({key: (entry, te) for key, entry in entries.items()})
            force = new_force or force
        guard = slot_of(res.of_kind("guard_unit"), "guard_unit", te) or guard

    in_force_ceilings = []
    for unit in {c.unit for c in ceilings}:
        started = [c for c in ceilings if c.unit == unit and c.start <= day]
        if started:
            latest = max(started, key=lambda c: c.order)
            if latest.until is None or day <= latest.until:
                in_force_ceilings.append(latest)

    deadlines = [d for res in resolutions for d in resolution_deadlines(res)]
    return assemble(facts, day, assessment, status, phase, tasks.values(),
                    [s for s in (force, guard) if s is not None], functions, in_force_ceilings, deadlines)
