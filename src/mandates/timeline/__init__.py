"""The mandate timeline: provisions folded into each mission's state on any
day, with diffs between states and a calendar of what falls due.

- ``model``: the plain data (provision rows, mission facts, states) and the
  per-resolution readings both folds share;
- ``fold``: the definition, one day at a time (``fold_state``);
- ``index``: the same as precomputed intervals (``Timeline``), periods and events;
- ``history``, ``diff``, ``calendar``: the views built on them.

The rules are written out in docs/timeline.md.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..missions import Registry
from .index import Event, Timeline
from .model import STATUSES, MissionFacts, ProvisionRow, State

__all__ = ["Event", "MissionFacts", "ProvisionRow", "STATUSES", "State", "Timeline", "build_timelines", "task_names"]


def task_names() -> dict[str, str]:
    from ..extract.task_rules import TASKS

    return dict(TASKS)


def build_timelines(registry: Registry, rows: Iterable[ProvisionRow]) -> dict[str, Timeline]:
    """A timeline for every mission in the registry, by acronym (registry order)."""
    by_mission: dict[str, list[ProvisionRow]] = {}
    for row in rows:
        by_mission.setdefault(row.mission, []).append(row)
    names = task_names()
    return {m.acronym: Timeline(MissionFacts.of(m), by_mission.get(m.acronym, ()), names) for m in registry.all()}
