"""A mission's timeline, precomputed: every element as an interval of days.

``Timeline`` gives the same state as ``fold.fold_state`` (the property tests
hold them equal) from intervals built once, so a state costs a scan of the
mission's intervals instead of a replay of its resolutions; it also lists
the days the state can change on, the mandate periods, and the dated events
the calendar shows.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .fold import assemble, assess, slot_of, wind_down_phase
from .model import (
    DAY,
    CeilingItem,
    Deadline,
    MandateDecision,
    MissionFacts,
    ProvisionRow,
    Source,
    State,
    TaskEntry,
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
    task_entries,
    terminations,
    wind_down_windows,
)

_OPEN = dt.date.max


@dataclass
class _Interval:
    """Something in force from ``start`` to ``end`` inclusive (``_OPEN``: until replaced)."""

    value: object
    start: dt.date
    end: dt.date = _OPEN


@dataclass(frozen=True)
class Event:
    """A dated event of a mission's calendar."""

    mission: str
    kind: str     # one of calendar.KINDS: mandate_expiry, sunset, wind_down, liquidation_start, …
    date: dt.date
    text: str
    sources: tuple[Source, ...]
    symbol: str | None = None   # the resolution that decides it

    @property
    def uid(self) -> str:
        """Stable across runs and machines: what, for whom, when, decided where."""
        symbol = self.symbol or next((s.symbol for s in self.sources if s.symbol), None) or "registry"
        slug = re.sub(r"[^a-z0-9]+", "-", symbol.lower().replace("s/res/", "res")).strip("-")
        return f"{self.date:%Y%m%d}-{self.mission}-{self.kind}-{slug}@mandates".lower()

    def to_dict(self) -> dict:
        return {"mission": self.mission, "kind": self.kind, "date": self.date.isoformat(), "text": self.text,
                "uid": self.uid, "sources": [s.to_dict() for s in self.sources]}


class Timeline:
    """One mission's provisions folded into intervals."""

    def __init__(self, facts: MissionFacts, rows: Iterable[ProvisionRow], names: dict[str, str] | None = None):
        self.facts = facts
        self.resolutions = group_resolutions(r for r in rows if r.mission == facts.acronym)
        self.decisions: list[MandateDecision] = mandate_decisions(self.resolutions)
        self._decision_of = {d.symbol: d for d in self.decisions}
        self.regimes = sorted(self.decisions, key=lambda d: d.order)
        self._regime_days = [d.in_force for d in self.regimes]
        establishing = [d.adopted_on for d in self.decisions if d.establishes]
        self._establish_known = min(establishing) if establishing else None
        self.terminations: list[Termination] = terminations(self.resolutions)
        self._termination_days = [t.adopted_on for t in self.terminations]

        self.functions: list[Window] = []
        self.wind_downs: list[Window] = []
        self.liquidations: list[Window] = []
        self.deadlines: list[Deadline] = []
        for res in self.resolutions:
            self.functions.extend(authorization_windows(res))
            self.wind_downs.extend(wind_down_windows(res))
            self.liquidations.extend(liquidation_windows(res))
            self.deadlines.extend(resolution_deadlines(res))

        self.tasks: list[_Interval] = []     # value: (TaskEntry, since)
        self.slots: list[_Interval] = []     # value: Slot
        self.ceilings: list[_Interval] = []  # value: CeilingItem
        self._build_sets(names)

    # -- intervals ---------------------------------------------------------------------------

    def _build_sets(self, names: dict[str, str] | None) -> None:
        current: dict[str, _Interval] = {}
        force: _Interval | None = None
        guard: _Interval | None = None
        items: list[CeilingItem] = []
        ordered = sorted(self.resolutions,
                         key=lambda r: (effective_date(r, self._decision_of.get(r.symbol)), r.adopted_on, r.number))
        for res in ordered:
            te = effective_date(res, self._decision_of.get(res.symbol))
            items.extend(ceiling_items(res, te))
            entries = task_entries(res, names)
            new_force = slot_of(res.of_kind("authorize_force"), "use_of_force", te)
            new_guard = slot_of(res.of_kind("guard_unit"), "guard_unit", te)
            if restates(res):
                for interval in current.values():
                    interval.end = te - DAY
                current = {}
                if force is not None:
                    force.end = te - DAY
                    force = None
            else:
                for key in entries:
                    if key in current:
                        current[key].end = te - DAY
            for key, entry in entries.items():
                current[key] = _Interval((entry, te), te)
                self.tasks.append(current[key])
            if new_force is not None:
                if force is not None:
                    force.end = te - DAY
                force = _Interval(new_force, te)
                self.slots.append(force)
            if new_guard is not None:
                if guard is not None:
                    guard.end = te - DAY
                guard = _Interval(new_guard, te)
                self.slots.append(guard)
        by_unit: dict[str, list[CeilingItem]] = {}
        for item in items:
            by_unit.setdefault(item.unit, []).append(item)
        for unit_items in by_unit.values():
            unit_items.sort(key=lambda c: c.order)
            for item, following in zip(unit_items, unit_items[1:] + [None]):
                end = item.until or _OPEN
                if following is not None:
                    end = min(end, following.start - DAY)
                self.ceilings.append(_Interval(item, item.start, end))

    # -- state -----------------------------------------------------------------------------

    def regime_on(self, day: dt.date) -> MandateDecision | None:
        index = bisect.bisect_right(self._regime_days, day) - 1
        return self.regimes[index] if index >= 0 else None

    def termination_on(self, day: dt.date) -> Termination | None:
        index = bisect.bisect_right(self._termination_days, day) - 1
        return self.terminations[index] if index >= 0 else None

    def state_on(self, day: dt.date) -> State:
        assessment = assess(self.facts, day, self.regime_on(day),
                            self._establish_known is not None and self._establish_known <= day,
                            self.termination_on(day))
        status, phase = assessment.status, None
        if status == "ended":
            status, phase = wind_down_phase(self.facts, day, assessment.ended_on, self.liquidations,
                                            self.wind_downs, self.functions)
        tasks = [i.value for i in self.tasks if i.start <= day <= i.end]
        slots = [i.value for i in self.slots if i.start <= day <= i.end]
        ceilings = [i.value for i in self.ceilings if i.start <= day <= i.end]
        return assemble(self.facts, day, assessment, status, phase, tasks, slots, self.functions, ceilings,
                        self.deadlines)

    def status_on(self, day: dt.date) -> tuple[str, object]:
        """Status and mandate only (cheap: no element lists)."""
        assessment = assess(self.facts, day, self.regime_on(day),
                            self._establish_known is not None and self._establish_known <= day,
                            self.termination_on(day))
        status = assessment.status
        if status == "ended":
            status, _phase = wind_down_phase(self.facts, day, assessment.ended_on, self.liquidations,
                                             self.wind_downs, self.functions)
        return status, assessment.mandate

    # -- when things change ------------------------------------------------------------------

    def change_dates(self) -> list[dt.date]:
        """Every day on which the state can differ from the day before: a
        provision or period starts, or the day after one ends."""
        days: set[dt.date] = set()

        def add(start, end=None):
            if start is not None:
                days.add(start)
            if end is not None and end < _OPEN:
                days.add(end + DAY)

        f = self.facts
        add(f.start, f.end)
        if f.withdrawal_end is not None:
            days.add(f.withdrawal_end + DAY)
        for d in self.decisions:
            add(d.in_force, d.until)
            add(d.adopted_on)
        for t in self.terminations:
            add(t.adopted_on, t.last_day)
        for w in self.functions + self.wind_downs + self.liquidations:
            add(w.start, w.until)
        for d in self.deadlines:
            add(d.known_from, d.due)
        for interval in self.tasks:
            entry, since = interval.value
            add(interval.start, interval.end)
            if entry.dated:
                add(max(since, entry.effective_from or since), entry.effective_until)
        for interval in self.slots + self.ceilings:
            add(interval.start, interval.end)
        return sorted(days)

    def segments(self) -> list[tuple[dt.date, dt.date | None, State]]:
        """The whole timeline: (from, to, state) for each stretch of days with
        one state; ``to`` is None for the last, open stretch."""
        days = self.change_dates()
        out = []
        for day, following in zip(days, days[1:] + [None]):
            out.append((day, following - DAY if following else None, self.state_on(day)))
        return out

    def status_segments(self) -> list[dict]:
        """Stretches of one status: from, to (None: open), status, basis."""
        out: list[dict] = []
        for day in self.change_dates():
            status, mandate = self.status_on(day)
            basis = mandate.basis if mandate is not None else None
            if out and out[-1]["status"] == status and out[-1]["basis"] == basis:
                continue
            if out:
                out[-1]["to"] = (day - DAY).isoformat()
            out.append({"from": day.isoformat(), "to": None, "status": status, "basis": basis})
        return out

    # -- periods and events -------------------------------------------------------------------

    def periods(self) -> list[dict]:
        """Each mandate period a resolution declared, with the day it took effect."""
        return [{"symbol": d.symbol, "adopted_on": d.adopted_on.isoformat(), "from": d.start.isoformat(),
                 "until": d.until.isoformat() if d.until else None, "in_force": d.in_force.isoformat(),
                 "establishes": d.establishes, "final": d.final, "note": d.note,
                 "sources": [s.to_dict() for s in d.sources]}
                for d in self.decisions]

    def events(self) -> list[Event]:
        """Dated events as the whole record knows them: mandate starts, expiries
        and terminations, sunsets of authorities and tasks, wind-down
        deadlines, liquidation starts, reports due."""
        m = self.facts.acronym
        out: list[Event] = []
        for i, d in enumerate(self.regimes):
            if d.until is None:
                continue
            following = self.regimes[i + 1] if i + 1 < len(self.regimes) else None
            if following is not None and following.in_force <= d.until:
                continue  # changed before it ran out
            cut = [t for t in self.terminations if t.last_day <= d.until and t.adopted_on <= d.until + DAY]
            if cut:
                continue  # the termination is the event
            text = "mandate ends (final period)" if d.final else "mandate expires"
            out.append(Event(m, "mandate_expiry", d.until, text, d.sources, d.symbol))
        for t in self.terminations:
            regime = self.regime_on(t.last_day)
            sources = (regime.sources if regime is not None else ()) + t.sources
            out.append(Event(m, "mandate_end", t.last_day, f"mandate terminated as of {t.last_day.isoformat()}",
                             tuple(dict.fromkeys(sources)), t.symbol))
        liquidation_days = {w.start for w in self.liquidations}
        for d in self.deadlines:
            text = d.text
            if d.kind == "wind_down" and d.due + DAY in liquidation_days:
                text += f"; liquidation begins {(d.due + DAY).isoformat()}"
            out.append(Event(m, d.kind, d.due, text, d.sources, d.sources[0].symbol))
        sunsets: dict[tuple, list[Window]] = {}
        for w in self.functions:
            sunsets.setdefault((w.until, w.sources[0].symbol), []).append(w)
        for (due, symbol), windows in sunsets.items():
            texts = [w.text or "authorized function" for w in windows]
            out.append(Event(m, "sunset", due, "authority ends: " + "; ".join(texts),
                             tuple(s for w in windows for s in w.sources), symbol))
        task_sunsets: dict[tuple, list[TaskEntry]] = {}
        for interval in self.tasks:
            entry, _since = interval.value
            if entry.dated:
                key = (entry.effective_until, entry.sources[0].symbol)
                if key not in sunsets:
                    task_sunsets.setdefault(key, []).append(entry)
        for (due, symbol), entries in task_sunsets.items():
            unique = list(dict.fromkeys(e.name for e in entries))
            out.append(Event(m, "task_sunset", due, "task ends: " + ", ".join(unique),
                             tuple(dict.fromkeys(s for e in entries for s in e.sources)), symbol))
        return sorted(out, key=lambda e: (e.date, e.kind, e.uid))
