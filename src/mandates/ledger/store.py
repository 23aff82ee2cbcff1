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
from ..extract.provisions import EXTRACTOR_VERSION
from ..records import Decision, Discrepancy, ExtractEntry, MemberVote, Paragraph, Provision
from . import schema


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def insert_document(conn: Connection, *, sha256: str, key: str, kind: str, origin: str,
                    size: int, language: str | None, published_on: dt.date | None,
                    warnings: tuple[str, ...]) -> int:
    # Statements are built once per call shape and passed rows separately, so
    # SQLAlchemy's compiled-statement cache serves every document after the first.
    result = conn.execute(insert(schema.documents), dict(
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
        conn.execute(insert(schema.resolutions), dict(
            **common, number=decision.number, adopted_on=decision.date,
            draft_symbol=decision.draft_symbol,
        ))
    else:
        conn.execute(insert(schema.drafts), dict(
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

def _stored_decisions(conn: Connection, symbols: set[str]) -> dict[str, Decision]:
    """Rebuild just enough of the stored decisions to compare them with the extract."""
    out: dict[str, Decision] = {}
    wanted = sorted(symbols)
    for table, kind, date_col in ((schema.resolutions, "resolution", "adopted_on"),
                                  (schema.drafts, "draft", "voted_on")):
        rows = conn.execute(select(table).where(table.c.symbol.in_(wanted))).mappings().all()
        if not rows:
            continue
        by_doc: dict[int, list[MemberVote]] = {}
        mv = schema.member_votes
        for doc_id, raw, vote in conn.execute(
            select(mv.c.document_id, mv.c.member_raw, mv.c.vote)
            .where(mv.c.document_id.in_([r["document_id"] for r in rows]))
            .order_by(mv.c.document_id, mv.c.position)
        ):
            by_doc.setdefault(doc_id, []).append(MemberVote(raw, vote))
        for row in rows:
            out[row["symbol"]] = Decision(
                kind=kind, symbol=row["symbol"], year=row["year"],
                number=row.get("number"), date=row[date_col], meeting=row["meeting"],
                draft_symbol=row.get("draft_symbol") if kind == "resolution" else row["symbol"],
                chapter_vii=bool(row["chapter_vii"]), recorded_outcome=row["recorded_outcome"],
                recorded_outcome_text=row["recorded_outcome_text"],
                recorded_counts=tuple(json.loads(row["recorded_counts"] or "{}").items()),
                votes=tuple(by_doc.get(row["document_id"], ())),
            )
    return out


def _stored_extracts(conn: Connection, symbols: set[str]) -> dict[str, ExtractEntry]:
    t = schema.extract_entries
    out: dict[str, ExtractEntry] = {}
    # Ordered by id so that, for a symbol listed twice, the later line wins.
    for symbol, entry in conn.execute(
        select(t.c.symbol, t.c.entry).where(t.c.symbol.in_(sorted(symbols))).order_by(t.c.id)
    ):
        out[symbol] = entry_from_json(entry)
    return out


def refresh_discrepancies(conn: Connection, symbols: set[str],
                          decisions: dict[str, Decision] | None = None,
                          entries: dict[str, ExtractEntry] | None = None) -> int:
    """Recompute the stored disagreements for these symbols from what is stored now.

    In-memory records, when the caller has them, save a round trip.
    """
    if not symbols:
        return 0
    decisions = dict(decisions or {})
    entries = dict(entries or {})
    if missing := symbols - decisions.keys():
        decisions.update(_stored_decisions(conn, missing))
    if missing := symbols - entries.keys():
        entries.update(_stored_extracts(conn, missing))
    conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.symbol.in_(sorted(symbols))))
    rows: list[Discrepancy] = []
    for symbol in sorted(symbols):
        if symbol in decisions:  # the extract alone has nothing to disagree with yet
            rows.extend(votes_mod.compare_decision(decisions[symbol], entries.get(symbol)))
    if rows:
        conn.execute(insert(schema.discrepancies), [
            dict(symbol=d.symbol, field=d.field, source_a=d.source_a, value_a=d.value_a,
                 source_b=d.source_b, value_b=d.value_b, note=d.note)
            for d in rows
        ])
    return len(rows)


# --- provisions --------------------------------------------------------------

def store_provisions(conn: Connection, document_id: int, decision: Decision,
                     provisions: list[Provision]) -> None:
    conn.execute(delete(schema.provisions).where(schema.provisions.c.document_id == document_id))
    if provisions:
        conn.execute(insert(schema.provisions), [
            dict(document_id=document_id, symbol=decision.symbol, adopted_on=decision.date,
                 mission=p.mission, kind=p.kind, eid=p.eid, label=p.label,
                 span_start=p.span_start, span_end=p.span_end,
                 effective_from=p.effective_from, from_precision=p.from_precision,
                 effective_until=p.effective_until, until_precision=p.until_precision,
                 task=p.task, modality=p.modality, priority=p.priority, value=p.value,
                 unit=p.unit, detail=p.detail, extractor_version=EXTRACTOR_VERSION)
            for p in provisions
        ])


def stored_resolution(conn: Connection, document_id: int) -> Decision | None:
    """Rebuild a resolution from its stored rows: what re-extraction needs, without
    going back to a file that may have moved."""
    r = schema.resolutions
    row = conn.execute(select(r).where(r.c.document_id == document_id)).mappings().first()
    if row is None:
        return None
    p = schema.paragraphs
    paragraphs = tuple(
        Paragraph(eid=q["eid"], label=q["label"], kind=q["kind"], order=q["position"], text=q["text"],
                  parent_eid=q["parent_eid"], number=q["number"])
        for q in conn.execute(select(p).where(p.c.document_id == document_id).order_by(p.c.position)).mappings()
    )
    return Decision(kind="resolution", symbol=row["symbol"], year=row["year"], number=row["number"],
                    date=row["adopted_on"], meeting=row["meeting"], draft_symbol=row["draft_symbol"],
                    chapter_vii=bool(row["chapter_vii"]), title=row["title"], paragraphs=paragraphs)
