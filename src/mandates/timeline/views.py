"""Answers over many timelines: missions on a date, diffs by resolution or
by date. Pure functions; the ledger supplies the timelines."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .diff import diff_states
from .history import resolution_effective_day
from .index import Timeline
from .model import ACTIVE, DRAWDOWN

DEFAULT_STATUSES = (ACTIVE, DRAWDOWN)


def missions_on(timelines: Iterable[Timeline], day: dt.date, statuses: Iterable[str] = DEFAULT_STATUSES,
                kind: str | None = None, full: bool = False) -> list[dict]:
    """Each mission whose status on ``day`` is one of ``statuses``, oldest first;
    with ``full``, each also carries its whole state (tasks, authorizations, …)."""
    wanted = set(statuses)
    out = []
    for timeline in timelines:
        facts = timeline.facts
        if kind is not None and facts.kind != kind:
            continue
        status, mandate = timeline.status_on(day)
        if status not in wanted:
            continue
        item = {"mission": facts.acronym, "name": facts.name, "kind": facts.kind, "status": status,
                "mandate": mandate.to_dict() if mandate is not None else None}
        if full:
            item["state"] = timeline.state_on(day).to_dict()
        out.append(item)
    return out


def shared_mission(rows_a: dict[str, int], rows_b: dict[str, int]) -> str | None:
    """The mission two resolutions both decide most about (provision counts per mission)."""
    common = rows_a.keys() & rows_b.keys()
    if not common:
        return None
    return max(sorted(common), key=lambda m: rows_a[m] + rows_b[m])


def diff_resolutions(timeline: Timeline, first: str, second: str) -> dict:
    """The mission's state once ``first`` took full effect against once ``second`` did."""
    days = []
    for symbol in (first, second):
        day = resolution_effective_day(timeline, symbol)
        if day is None:
            raise LookupError(f"{symbol} has no provisions for {timeline.facts.acronym}")
        days.append(day)
    out = diff_states(timeline.state_on(days[0]), timeline.state_on(days[1]))
    out["resolutions"] = {"from": first, "to": second}
    return out


def diff_dates(timeline: Timeline, start: dt.date, end: dt.date) -> dict:
    out = diff_states(timeline.state_on(start), timeline.state_on(end))
    out["resolutions"] = None
    return out
