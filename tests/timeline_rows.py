"""Builders for synthetic provision rows, shared by the timeline tests."""
from __future__ import annotations

import datetime as dt
import itertools

from mandates.timeline.model import MissionFacts, ProvisionRow

D = dt.date.fromisoformat
_order = itertools.count()


def facts(acronym: str = "TESTM", start: str | None = "2010-01-01", end: str | None = None,
          withdrawal_end: str | None = None, successors: tuple[str, ...] = ()) -> MissionFacts:
    return MissionFacts(acronym=acronym, name=f"Test mission {acronym}", kind="peacekeeping", un_mission=True,
                        start=D(start) if start else None, end=D(end) if end else None,
                        withdrawal_end=D(withdrawal_end) if withdrawal_end else None,
                        establishing_resolution="S/RES/1 (2010)", closing_resolution=None,
                        successors=successors)


def row(number: int, adopted: str, kind: str, label: str = "OP 1", mission: str = "TESTM", **fields) -> ProvisionRow:
    """A row of resolution ``number`` adopted on ``adopted``; dates as ISO strings."""
    for key in ("effective_from", "effective_until"):
        if isinstance(fields.get(key), str):
            fields[key] = D(fields[key])
    year = adopted[:4]
    return ProvisionRow(symbol=f"S/RES/{number} ({year})", adopted_on=D(adopted), mission=mission, kind=kind,
                        eid="para_" + label.replace(" ", "_").replace("(", "_").replace(")", ""), label=label,
                        order=next(_order), **fields)


def task(number: int, adopted: str, key: str, modality: str = "assist", priority: bool = False,
         label: str = "OP 5", **fields) -> ProvisionRow:
    return row(number, adopted, "task", label, task=key, modality=modality, priority=priority, detail=key, **fields)
