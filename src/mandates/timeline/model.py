"""The plain data of a mandate timeline, and the per-resolution readings both
folds share.

A timeline is folded from *provision rows* (one per thing a resolution
decides for a mission, as the ledger stores them) and the *mission facts* of
the registry (start, end, predecessors). Nothing here touches a database.

The readings in this module look at one resolution at a time (which tasks
it gives, whether it restates the mandate, which period it opens), plus the
chain of mandate periods, which only ever looks backwards: a resolution's
reading never depends on a resolution adopted after it, so a state on a day
cannot depend on what the Council decided later.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extract.dates import Period, resolve_period
from ..missions import Mission, date_bounds

DAY = dt.timedelta(days=1)

# Status values, in the order a mission lives through them.
NOT_ESTABLISHED, ACTIVE, DRAWDOWN, LIQUIDATION, CLOSED = (
    "not_established", "active", "drawdown", "liquidation", "closed")
STATUSES = (NOT_ESTABLISHED, ACTIVE, DRAWDOWN, LIQUIDATION, CLOSED)

# Where an element of a state comes from.
RECORD, REGISTRY = "record", "registry"

RESTATING_KINDS = ("restate", "priority_tasks", "other_tasks", "strategic_priority")
WIND_DOWN_KINDS = ("cessation", "transfer", "drawdown", "withdrawal")
# A renewal that lists this many mandated (not merely encouraged) tasks
# restates the mandate even when no "the mandate shall be" phrase was read;
# fewer are amendments (UNDOF's six-monthly renewals add one COVID-19 task).
RESTATING_TASK_COUNT = 6
# Strongest first: how a task entry with several modalities is summarised.
MODALITY_RANK = {"secure": 0, "assist": 1, "monitor": 2, "encouraged": 3}

_RES_NUMBER = re.compile(r"S/RES/(\d+)")


@dataclass(frozen=True)
class Source:
    """One provision that makes an element so: resolution, paragraph, kind."""

    symbol: str | None
    label: str | None
    eid: str | None
    kind: str

    def to_dict(self) -> dict:
        return {"symbol": self.symbol, "label": self.label, "eid": self.eid, "kind": self.kind}

    def cite(self) -> str:
        if self.kind == REGISTRY:
            return f"mission registry ({self.symbol})" if self.symbol else "mission registry"
        return f"{self.symbol} {self.label}"


@dataclass(frozen=True)
class ProvisionRow:
    """A stored provision with the adoption date of its resolution."""

    symbol: str
    adopted_on: dt.date
    mission: str
    kind: str
    eid: str
    label: str
    order: int = 0                      # document order within the resolution
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    task: str | None = None
    modality: str | None = None
    priority: bool = False
    value: int | None = None
    unit: str | None = None
    detail: str | None = None
    from_precision: str | None = None
    until_precision: str | None = None

    @property
    def source(self) -> Source:
        return Source(self.symbol, self.label, self.eid, self.kind)

    @property
    def number(self) -> int:
        match = _RES_NUMBER.search(self.symbol)
        return int(match.group(1)) if match else 0


@dataclass(frozen=True)
class MissionFacts:
    """What the registry says about a mission, as dates (partial dates widened:
    a start of "2016-01" is 1 January, an end of "2009-12" is 31 December)."""

    acronym: str
    name: str
    kind: str
    un_mission: bool
    start: dt.date | None
    end: dt.date | None
    withdrawal_end: dt.date | None
    establishing_resolution: str | None
    closing_resolution: str | None
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()

    @classmethod
    def of(cls, mission: Mission) -> MissionFacts:
        def first(text):
            return date_bounds(text)[0] if text else None

        def last(text):
            return date_bounds(text)[1] if text else None

        return cls(acronym=mission.acronym, name=mission.name, kind=mission.kind,
                   un_mission=mission.un_mission, start=first(mission.start), end=last(mission.end),
                   withdrawal_end=last(mission.withdrawal_end),
                   establishing_resolution=mission.establishing_resolution,
                   closing_resolution=mission.closing_resolution,
                   predecessors=mission.predecessors, successors=mission.successors)

    def registry_source(self, closing: bool = False) -> Source:
        symbol = self.closing_resolution if closing else self.establishing_resolution
        return Source(symbol, None, None, REGISTRY)


def as_date(value: dt.date | str) -> dt.date:
    """A day from a date or an ISO string ("2023-10-15")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


# --- one resolution's reading ---------------------------------------------------------------


@dataclass(frozen=True)
class Resolution:
    """The rows one resolution has for one mission, in document order."""

    symbol: str
    number: int
    adopted_on: dt.date
    rows: tuple[ProvisionRow, ...]

    def of_kind(self, *kinds: str) -> list[ProvisionRow]:
        return [r for r in self.rows if r.kind in kinds]

    @property
    def key(self) -> tuple:
        return (self.adopted_on, self.number, self.symbol)


def group_resolutions(rows: Iterable[ProvisionRow]) -> list[Resolution]:
    """Rows grouped per resolution, oldest first (adoption date, then number)."""
    by_symbol: dict[str, list[ProvisionRow]] = {}
    for row in rows:
        if row.adopted_on is not None:
            by_symbol.setdefault(row.symbol, []).append(row)
    out = [Resolution(symbol, items[0].number, items[0].adopted_on,
                      tuple(sorted(items, key=lambda r: r.order)))
           for symbol, items in by_symbol.items()]
    return sorted(out, key=lambda r: r.key)


def restates(res: Resolution) -> bool:
    """Whether a resolution sets out the mandate anew (its tasks replace the
    previous set) rather than amending it."""
    if res.of_kind("establish", *RESTATING_KINDS):
        return True
    if res.of_kind("extend"):
        mandated = {r.task for r in res.of_kind("task") if r.modality != "encouraged"}
        return len(mandated) >= RESTATING_TASK_COUNT
    return False


@dataclass(frozen=True)
class TaskEntry:
    """One task as one resolution gives it (all its paragraphs on that task)."""

    task: str
    name: str
    modality: str | None
    modalities: tuple[str, ...]
    priority: bool
    effective_from: dt.date | None   # own clock, when every paragraph dates it
    effective_until: dt.date | None
    sources: tuple[Source, ...]

    @property
    def dated(self) -> bool:
        return self.effective_until is not None


def task_entries(res: Resolution, names: dict[str, str] | None = None) -> dict[str, TaskEntry]:
    """The tasks a resolution gives, one entry per task key.

    A task the resolution dates in every paragraph that gives it (2690 OP 5:
    civilians until 30 September 2023) keeps that clock; one it gives anywhere
    without a date lasts as long as the mandate."""
    grouped: dict[str, list[ProvisionRow]] = {}
    for row in res.of_kind("task"):
        if row.task:
            grouped.setdefault(row.task, []).append(row)
    out = {}
    for key, rows in grouped.items():
        modalities = sorted({r.modality for r in rows if r.modality}, key=lambda m: MODALITY_RANK.get(m, 9))
        dated = all(r.effective_until is not None for r in rows)
        out[key] = TaskEntry(
            task=key,
            name=(names or {}).get(key) or rows[0].detail or key,
            modality=modalities[0] if modalities else None,
            modalities=tuple(modalities),
            priority=any(r.priority for r in rows),
            effective_from=min((r.effective_from for r in rows if r.effective_from), default=None) if dated else None,
            effective_until=max(r.effective_until for r in rows) if dated else None,
            sources=tuple(dict.fromkeys(r.source for r in rows)),
        )
    return out


# --- the chain of mandate periods ---------------------------------------------------------


@dataclass(frozen=True)
class MandateDecision:
    """A resolution's decision on the mandate period.

    ``start``/``until`` is the period the resolution declares; ``in_force``
    the first day it governs (a renewal adopted on 29 June for a period from
    1 July governs from 1 July; the period before it stays in force until
    then). ``until`` is None when the record gives no end (an extension whose
    date was not read)."""

    symbol: str
    number: int
    adopted_on: dt.date
    start: dt.date
    until: dt.date | None
    in_force: dt.date
    final: bool
    establishes: bool
    sources: tuple[Source, ...]
    note: str | None = None

    @property
    def order(self) -> tuple:
        return (self.in_force, self.adopted_on, self.number)


def _months(value: int | None, unit: str | None) -> Period | None:
    if not value or not unit:
        return None
    singular = unit[:-1] if unit.endswith("s") else unit
    if singular not in ("day", "week", "month", "year"):
        return None
    return Period(value, singular, "duration")


def mandate_decisions(resolutions: Iterable[Resolution]) -> list[MandateDecision]:
    """Each establishing or extending resolution's period, in adoption order.

    An extension runs from the day after the previous period's end (or from
    its adoption when there is none on record, or when that period ran out
    before the adoption); "for a period of N months" without a date counts
    from there. An extension that ends on or before the
    current end changes the current period from its adoption rather than
    opening a new one."""
    out: list[MandateDecision] = []
    for res in resolutions:
        A = res.adopted_on
        prev = out[-1] if out else None
        establish = res.of_kind("establish")
        if establish:
            row = establish[0]
            start = row.effective_from or A
            until = row.effective_until
            if until is None and (period := _months(row.value, row.unit)):
                until = resolve_period(start, period)
            out.append(MandateDecision(res.symbol, res.number, A, start, until, max(start, A), False, True,
                                       (row.source,), row.detail))
            continue
        extends = res.of_kind("extend")
        if not extends:
            continue
        final = any("final period" in (r.detail or "") for r in extends)
        anchor = prev.until if prev is not None and prev.until is not None else None
        candidates = []
        for row in extends:
            if row.effective_until is not None and row.effective_until >= A:
                candidates.append((row.effective_until, row))
            elif row.effective_until is None and (period := _months(row.value, row.unit)):
                start_from = anchor + DAY if anchor is not None and anchor + DAY >= A else A
                candidates.append((resolve_period(start_from, period), row))
        sources = tuple(dict.fromkeys(r.source for r in extends))
        until = max(c[0] for c in candidates) if candidates else None
        note = None if candidates else "extension without a date the reader could resolve"
        if prev is None or prev.until is None:
            start = A
            in_force = A
        elif until is not None and until <= prev.until:
            start, in_force = prev.start, A   # a change to the running period
        elif prev.until + DAY < A:
            # The period read before ran out before this renewal: a renewal in
            # between was not read, so this period is only known from adoption.
            start = in_force = A
            note = note or f"the period read before ends {prev.until.isoformat()} ({prev.symbol})"
        else:
            start = prev.until + DAY
            in_force = start
        out.append(MandateDecision(res.symbol, res.number, A, start, until, in_force, final, False, sources, note))
    return out


def effective_date(res: Resolution, decision: MandateDecision | None) -> dt.date:
    """The day a resolution's mandate content (tasks, ceilings, force) takes
    effect: the start of the period it opens, or its adoption."""
    if decision is not None and decision.symbol == res.symbol and decision.in_force >= res.adopted_on:
        return decision.in_force
    return res.adopted_on


@dataclass(frozen=True)
class Termination:
    """A dated termination: the mandate's last day is ``last_day``."""

    symbol: str
    adopted_on: dt.date
    last_day: dt.date
    sources: tuple[Source, ...]


def terminations(resolutions: Iterable[Resolution]) -> list[Termination]:
    """Dated terminations, in adoption order. A termination with no date is
    left out: every mandate termination in the record names its day, and the
    undated ones the reader finds end something else (sanctions, a panel)."""
    out = []
    for res in resolutions:
        dated = [r for r in res.of_kind("terminate") if r.effective_from is not None]
        if dated:
            row = dated[0]
            out.append(Termination(res.symbol, res.adopted_on, max(row.effective_from, res.adopted_on - DAY),
                                   (row.source,)))
    return out


@dataclass(frozen=True)
class Window:
    """A dated piece of wind-down or a sunset: from ``start`` to ``until``."""

    kind: str
    start: dt.date
    until: dt.date | None
    adopted_on: dt.date
    text: str | None
    sources: tuple[Source, ...]
    key: str = ""


def wind_down_windows(res: Resolution) -> list[Window]:
    """Cessation, transfer, drawdown and withdrawal with an end date: they keep
    a terminated mission in drawdown until that date."""
    out = []
    for row in res.of_kind(*WIND_DOWN_KINDS):
        if row.effective_until is not None:
            out.append(Window(row.kind, max(row.effective_from or res.adopted_on, res.adopted_on),
                              row.effective_until, res.adopted_on, None, (row.source,)))
    return out


def liquidation_windows(res: Resolution) -> list[Window]:
    return [Window("liquidation", max(row.effective_from, res.adopted_on), row.effective_until, res.adopted_on,
                   None, (row.source,))
            for row in res.of_kind("liquidation") if row.effective_from is not None]


def authorization_windows(res: Resolution) -> list[Window]:
    """Functions authorized until a sunset date, each on its own clock."""
    return [Window("function", max(row.effective_from or res.adopted_on, res.adopted_on), row.effective_until,
                   res.adopted_on, row.detail, (row.source,), key=f"{res.symbol}#{row.eid}")
            for row in res.of_kind("authorization") if row.effective_until is not None]


@dataclass(frozen=True)
class CeilingItem:
    unit: str
    value: int
    start: dt.date
    until: dt.date | None
    order: tuple
    sources: tuple[Source, ...]


def ceiling_items(res: Resolution, effective: dt.date) -> list[CeilingItem]:
    """A resolution's ceilings, one per unit and start (the first one a
    paragraph gives wins: later numbers in the same breath are sub-totals)."""
    out: dict[tuple, CeilingItem] = {}
    for row in res.of_kind("ceiling"):
        if not row.value or not row.unit:
            continue
        start = max(row.effective_from, res.adopted_on) if row.effective_from else effective
        key = (row.unit, start)
        if key not in out:
            out[key] = CeilingItem(row.unit, row.value, start, row.effective_until,
                                   (start, res.adopted_on, res.number, row.order), (row.source,))
    return list(out.values())


@dataclass(frozen=True)
class Deadline:
    """Something due on a date, known from the adoption of its resolution."""

    kind: str          # report | wind_down | liquidation_start | mandate_start | sunset | task_sunset | mandate_expiry
    due: dt.date
    known_from: dt.date
    text: str
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "date": self.due.isoformat(), "text": self.text,
                "sources": [s.to_dict() for s in self.sources]}


WIND_DOWN_WORDS = {"cessation": "cessation of operations", "transfer": "transfer of tasks",
                   "drawdown": "drawdown", "withdrawal": "withdrawal"}


def _listed(words: list[str]) -> str:
    words = list(dict.fromkeys(words))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def resolution_deadlines(res: Resolution) -> list[Deadline]:
    """Reports due, wind-down deadlines, liquidation starts and mandate
    commencements a resolution sets; one per kind and date."""
    groups: dict[tuple, list[ProvisionRow]] = {}
    for row in res.rows:
        if row.kind == "report" and row.effective_until is not None:
            groups.setdefault(("report", row.effective_until), []).append(row)
        elif row.kind in WIND_DOWN_KINDS and row.effective_until is not None:
            groups.setdefault(("wind_down", row.effective_until), []).append(row)
        elif row.kind == "liquidation" and row.effective_from is not None:
            groups.setdefault(("liquidation_start", max(row.effective_from, res.adopted_on)), []).append(row)
        elif row.kind == "establish" and row.effective_from is not None and row.effective_from > res.adopted_on:
            groups.setdefault(("mandate_start", row.effective_from), []).append(row)
    out = []
    for (kind, due), rows in groups.items():
        if due < res.adopted_on:
            continue  # a date before the decision is not something it sets due
        if kind == "report":
            text = "report due" + (f" ({rows[0].detail})" if rows[0].detail else "")
        elif kind == "wind_down":
            text = _listed([WIND_DOWN_WORDS[r.kind] for r in rows]) + " to be complete"
        elif kind == "liquidation_start":
            text = "liquidation begins"
        else:
            text = "mandate commences"
        out.append(Deadline(kind, due, res.adopted_on, text, tuple(dict.fromkeys(r.source for r in rows))))
    return out


# --- state ------------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _sources(sources: Iterable[Source]) -> list[dict]:
    return [s.to_dict() for s in sources]


@dataclass(frozen=True)
class MandateView:
    start: dt.date | None
    until: dt.date | None
    basis: str                      # record | registry
    sources: tuple[Source, ...]
    final: bool = False
    ended_on: dt.date | None = None  # the mandate's last day, once it has ended
    note: str | None = None

    def to_dict(self) -> dict:
        out = {"from": _iso(self.start), "until": _iso(self.until), "basis": self.basis,
               "final": self.final, "ended_on": _iso(self.ended_on), "sources": _sources(self.sources)}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class TaskView:
    entry: TaskEntry
    since: dt.date

    def to_dict(self) -> dict:
        e = self.entry
        return {"task": e.task, "name": e.name, "modality": e.modality, "modalities": list(e.modalities),
                "priority": e.priority, "since": _iso(self.since), "until": _iso(e.effective_until),
                "sources": _sources(e.sources)}


@dataclass(frozen=True)
class AuthorizationView:
    kind: str       # use_of_force | function | guard_unit
    text: str
    start: dt.date
    until: dt.date | None
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "from": _iso(self.start), "until": _iso(self.until),
                "sources": _sources(self.sources)}


@dataclass(frozen=True)
class CeilingView:
    unit: str
    value: int
    start: dt.date
    until: dt.date | None
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"unit": self.unit, "value": self.value, "from": _iso(self.start), "until": _iso(self.until),
                "sources": _sources(self.sources)}


@dataclass(frozen=True)
class PhaseView:
    """Drawdown or liquidation: from, until (None when the record sets no end)."""

    start: dt.date
    until: dt.date | None
    sources: tuple[Source, ...]

    def to_dict(self) -> dict:
        return {"from": _iso(self.start), "until": _iso(self.until), "sources": _sources(self.sources)}


@dataclass(frozen=True)
class State:
    mission: str
    name: str
    kind: str
    on: dt.date
    status: str
    mandate: MandateView | None
    tasks: tuple[TaskView, ...] = ()
    authorizations: tuple[AuthorizationView, ...] = ()
    ceilings: tuple[CeilingView, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    drawdown: PhaseView | None = None
    liquidation: PhaseView | None = None
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "mission": self.mission, "name": self.name, "kind": self.kind, "on": self.on.isoformat(),
            "status": self.status,
            "mandate": self.mandate.to_dict() if self.mandate else None,
            "tasks": [t.to_dict() for t in self.tasks],
            "authorizations": [a.to_dict() for a in self.authorizations],
            "ceilings": [c.to_dict() for c in self.ceilings],
            "deadlines": [d.to_dict() for d in self.deadlines],
            "drawdown": self.drawdown.to_dict() if self.drawdown else None,
            "liquidation": self.liquidation.to_dict() if self.liquidation else None,
            "predecessors": list(self.predecessors), "successors": list(self.successors),
            "notes": list(self.notes),
        }


def sort_tasks(tasks: Iterable[TaskView]) -> tuple[TaskView, ...]:
    return tuple(sorted(tasks, key=lambda t: (not t.entry.priority, t.entry.name.lower(), t.entry.task)))


def sort_authorizations(items: Iterable[AuthorizationView]) -> tuple[AuthorizationView, ...]:
    order = {"use_of_force": 0, "function": 1, "guard_unit": 2}
    return tuple(sorted(items, key=lambda a: (order.get(a.kind, 9), a.until or dt.date.max,
                                              [s.cite() for s in a.sources])))


def sort_ceilings(items: Iterable[CeilingView]) -> tuple[CeilingView, ...]:
    order = {"military": 0, "police": 1, "individual_police": 2, "formed_police_units": 3}
    return tuple(sorted(items, key=lambda c: (order.get(c.unit, 9), c.unit)))


def sort_deadlines(items: Iterable[Deadline]) -> tuple[Deadline, ...]:
    return tuple(sorted(items, key=lambda d: (d.due, d.kind, [s.cite() for s in d.sources])))
