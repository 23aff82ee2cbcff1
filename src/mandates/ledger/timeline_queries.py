"""Read-side queries for the mandate timeline: provision rows per mission and
the vote headers of the resolutions they come from. Plain data out; the
folding is in ``mandates.timeline``."""
from __future__ import annotations

from sqlalchemy import Connection, and_, func, select

from ..timeline.model import ProvisionRow
from . import schema


def data_version(conn: Connection) -> tuple:
    """A cheap token that changes whenever provisions are added, replaced or removed."""
    pv = schema.provisions
    return tuple(conn.execute(select(func.count(), func.max(pv.c.id))).one())


def provision_rows(conn: Connection, mission: str | None = None) -> list[ProvisionRow]:
    """Every stored provision (of one mission, or all), in adoption and document order."""
    pv, pa = schema.provisions, schema.paragraphs
    query = (
        select(pv.c.symbol, pv.c.adopted_on, pv.c.mission, pv.c.kind, pv.c.eid, pv.c.label,
               pa.c.position, pv.c.id, pv.c.effective_from, pv.c.from_precision, pv.c.effective_until,
               pv.c.until_precision, pv.c.task, pv.c.modality, pv.c.priority, pv.c.value, pv.c.unit, pv.c.detail)
        .select_from(pv.outerjoin(pa, and_(pa.c.document_id == pv.c.document_id, pa.c.eid == pv.c.eid)))
        .where(pv.c.adopted_on.is_not(None))
        .order_by(pv.c.adopted_on, pv.c.document_id, pa.c.position, pv.c.id)
    )
    if mission is not None:
        query = query.where(func.upper(pv.c.mission) == mission.upper())
    out = []
    for r in conn.execute(query):
        out.append(ProvisionRow(
            symbol=r.symbol, adopted_on=r.adopted_on, mission=r.mission, kind=r.kind, eid=r.eid, label=r.label,
            order=(r.position or 0) * 10_000 + r.id % 10_000, effective_from=r.effective_from,
            from_precision=r.from_precision, effective_until=r.effective_until, until_precision=r.until_precision,
            task=r.task, modality=r.modality, priority=bool(r.priority), value=r.value, unit=r.unit,
            detail=r.detail,
        ))
    return out


def vote_headers(conn: Connection, symbols: list[str]) -> dict[str, dict]:
    """Adoption date, meeting and tally of each resolution, by symbol."""
    if not symbols:
        return {}
    r = schema.resolutions
    rows = conn.execute(
        select(r.c.symbol, r.c.number, r.c.adopted_on, r.c.meeting, r.c.outcome, r.c.recorded_outcome,
               r.c.in_favour, r.c.against, r.c.abstaining, r.c.non_voting)
        .where(r.c.symbol.in_(symbols))
    ).mappings()
    out = {}
    for row in rows:
        tally = None
        if row["in_favour"] is not None:
            tally = {k: row[k] for k in ("in_favour", "against", "abstaining", "non_voting")}
        out[row["symbol"]] = {
            "number": row["number"], "adopted_on": row["adopted_on"].isoformat() if row["adopted_on"] else None,
            "meeting": row["meeting"], "outcome": row["outcome"], "recorded_outcome": row["recorded_outcome"],
            "tally": tally,
            "unanimous": bool(tally and tally["in_favour"] and not tally["against"] and not tally["abstaining"]
                              and not tally["non_voting"]),
        }
    return out


def mission_counts(conn: Connection, symbol: str) -> dict[str, int]:
    """How many provisions a resolution has for each mission."""
    pv = schema.provisions
    rows = conn.execute(select(pv.c.mission, func.count()).where(pv.c.symbol == symbol).group_by(pv.c.mission))
    return {mission: count for mission, count in rows}
