"""Writing one document's facts, all in one transaction.

``store_document`` is the only way facts enter the database. It is called
inside a transaction by ``Ledger.ingest_source`` so that a document's rows land
together or not at all, and a replaced document takes exactly its own rows
with it (foreign keys cascade from ``documents``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from .. import members, votes as votes_mod
from ..records import Decision, Discrepancy, ExtractEntry, MemberVote
from . import schema

EXTRACTOR_VERSION = "1"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def insert_document(conn: Connection, *, sha256: str, key: str, kind: str, origin: str,
                    size: int, language: str | None, published_on: dt.date | None,
                    warnings: tuple[str, ...]) -> int:
    result = conn.execute(insert(schema.documents).values(
        sha256=sha256, key=key, kind=kind, origin=origin, size_bytes=size,
        language=language, published_on=published_on,
        extractor_version=EXTRACTOR_VERSION, ingested_at=_now(),
        warnings=json.dumps(list(warnings), ensure_ascii=False) if warnings else None,
    ))
    return result.inserted_primary_key[0]


def delete_document_by_key(conn: Connection, key: str) -> bool:
    """Remove a document and (by cascade) every fact it brought. True if one existed."""
    result = conn.execute(delete(schema.documents).where(schema.documents.c.key == key))
    return result.rowcount > 0


# --- decisions ---------------------------------------------------------------

def decision_outcome(decision: Decision) -> tuple[str | None, str, Any]:
    """(outcome, reason, Outcome|None) under the Charter's rule."""
    outcome = votes_mod.outcome_for(decision.votes, decision.recorded_outcome)
    if outcome is None:
        if decision.recorded_outcome == "adopted_without_vote":
            return "adopted_without_vote", "adopted without a vote; no member votes recorded", None
        return None, "no member votes recorded", None
    return ("adopted" if outcome.adopted else "not_adopted"), outcome.reason, outcome


def store_decision(conn: Connection, document_id: int, decision: Decision) -> None:
    outcome_name, reason, outcome = decision_outcome(decision)
    common = dict(
        document_id=document_id, symbol=decision.symbol, year=decision.year,
        meeting=decision.meeting, chapter_vii=decision.chapter_vii, title=decision.title,
        recorded_outcome=decision.recorded_outcome,
        recorded_outcome_text=decision.recorded_outcome_text,
        recorded_counts=json.dumps(dict(decision.recorded_counts)),
        outcome=outcome_name, outcome_reason=reason,
        in_favour=outcome.in_favour if outcome else None,
        against=outcome.against if outcome else None,
        abstaining=outcome.abstaining if outcome else None,
        non_voting=outcome.non_voting if outcome else None,
        vetoed_by=json.dumps(list(outcome.vetoed_by)) if outcome else "[]",
    )
    if decision.kind == "resolution":
        conn.execute(insert(schema.resolutions).values(
            **common, number=decision.number, adopted_on=decision.date,
            draft_symbol=decision.draft_symbol,
        ))
    else:
        conn.execute(insert(schema.drafts).values(
            **common, voted_on=decision.date,
            vetoed_by_recorded=json.dumps(list(decision.vetoed_by_recorded)),
        ))

    terms = [
        dict(document_id=document_id, role=role, value=value, position=i)
        for role, values in (("submitter", decision.submitters), ("sponsor", decision.sponsors),
                             ("agenda", decision.agenda), ("subject", decision.subjects))
        for i, value in enumerate(values)
    ]
    if terms:
        conn.execute(insert(schema.decision_terms), terms)

    vote_rows = []
    for i, vote in enumerate(decision.votes):
        member = members.canonical_member(vote.member_raw)
        vote_rows.append(dict(document_id=document_id, member=member.name, member_raw=vote.member_raw,
                              iso3=member.iso3, permanent=member.permanent, vote=vote.vote, position=i))
    if vote_rows:
        conn.execute(insert(schema.member_votes), vote_rows)

    if decision.paragraphs:
        conn.execute(insert(schema.paragraphs), [
            dict(document_id=document_id, eid=p.eid, label=p.label, kind=p.kind,
                 parent_eid=p.parent_eid, number=p.number, position=p.order, text=p.text)
            for p in decision.paragraphs
        ])
        cites = [dict(document_id=document_id, eid=p.eid, cited_symbol=s)
                 for p in decision.paragraphs for s in p.cites]
        if cites:
            conn.execute(insert(schema.citations), cites)


# --- the JSON extract --------------------------------------------------------

def entry_to_json(entry: ExtractEntry) -> str:
    data = dataclasses.asdict(entry)
    data["date"] = entry.date.isoformat() if entry.date else None
    return json.dumps(data, ensure_ascii=False)


def entry_from_json(text: str) -> ExtractEntry:
    data = json.loads(text)
    data["date"] = dt.date.fromisoformat(data["date"]) if data["date"] else None
    data["votes"] = tuple(MemberVote(**v) for v in data["votes"])
    for name in ("counts_raw",):
        data[name] = tuple(tuple(pair) for pair in data[name])
    for name in ("sponsors", "additional_sponsors", "warnings"):
        data[name] = tuple(data[name])
    return ExtractEntry(**data)


def store_extract(conn: Connection, document_id: int, entries: list[ExtractEntry]) -> None:
    if entries:
        conn.execute(insert(schema.extract_entries), [
            dict(document_id=document_id, symbol=e.symbol, line=e.line, entry=entry_to_json(e))
            for e in entries
        ])


# --- disagreements -----------------------------------------------------------

def _stored_decision(conn: Connection, symbol: str) -> Decision | None:
    """Rebuild just enough of a stored decision to compare it with the extract."""
    for table, kind, date_col in ((schema.resolutions, "resolution", "adopted_on"),
                                  (schema.drafts, "draft", "voted_on")):
        row = conn.execute(select(table).where(table.c.symbol == symbol)).mappings().first()
        if row is None:
            continue
        vote_rows = conn.execute(
            select(schema.member_votes.c.member_raw, schema.member_votes.c.vote)
            .where(schema.member_votes.c.document_id == row["document_id"])
            .order_by(schema.member_votes.c.position)
        ).all()
        return Decision(
            kind=kind, symbol=symbol, year=row["year"],
            number=row.get("number"), date=row[date_col], meeting=row["meeting"],
            draft_symbol=row.get("draft_symbol") if kind == "resolution" else symbol,
            chapter_vii=bool(row["chapter_vii"]), recorded_outcome=row["recorded_outcome"],
            recorded_outcome_text=row["recorded_outcome_text"],
            recorded_counts=tuple(json.loads(row["recorded_counts"] or "{}").items()),
            votes=tuple(MemberVote(m, v) for m, v in vote_rows),
        )
    return None


def _stored_extract(conn: Connection, symbol: str) -> ExtractEntry | None:
    row = conn.execute(
        select(schema.extract_entries.c.entry).where(schema.extract_entries.c.symbol == symbol)
        .order_by(schema.extract_entries.c.id.desc())
    ).first()
    return entry_from_json(row[0]) if row else None


def refresh_discrepancies(conn: Connection, symbols: set[str],
                          decisions: dict[str, Decision] | None = None,
                          entries: dict[str, ExtractEntry] | None = None) -> int:
    """Recompute the stored disagreements for these symbols from what is stored now.

    In-memory records, when the caller has them, save a round trip.
    """
    if not symbols:
        return 0
    decisions = decisions or {}
    entries = entries or {}
    conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.symbol.in_(sorted(symbols))))
    rows: list[Discrepancy] = []
    for symbol in sorted(symbols):
        decision = decisions.get(symbol) or _stored_decision(conn, symbol)
        entry = entries.get(symbol) if symbol in entries else _stored_extract(conn, symbol)
        if decision is None:
            continue  # the extract alone has nothing to disagree with yet
        rows.extend(votes_mod.compare_decision(decision, entry))
    if rows:
        conn.execute(insert(schema.discrepancies), [
            dict(symbol=d.symbol, field=d.field, source_a=d.source_a, value_a=d.value_a,
                 source_b=d.source_b, value_b=d.value_b, note=d.note)
            for d in rows
        ])
    return len(rows)
