"""Writing one document's facts.

``Ledger`` calls these inside one savepoint per document, so a document's rows
land together or not at all, and a replaced document takes exactly its own
rows with it (foreign keys cascade from ``documents``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select

from .. import members, votes as votes_mod
from ..extract.provisions import EXTRACTOR_VERSION
from ..records import Decision, Discrepancy, ExtractEntry, MemberVote, Paragraph, Provision
from . import schema


@functools.lru_cache(maxsize=64)
def _insert_sql(dialect, table, columns: tuple[str, ...]) -> tuple[str, tuple[str, ...] | None]:
    """The dialect's INSERT text for these columns, compiled once, and the order
    of its positional parameters (None when the driver takes named ones)."""
    compiled = insert(table).inline().values({c: bindparam(c) for c in columns}).compile(dialect=dialect)
    order = tuple(compiled.positiontup) if compiled.positional else None
    return str(compiled), order


def bulk_insert(conn: Connection, table, rows: list[dict]) -> None:
    """Insert many rows with one driver-level executemany.

    The hot path of ingest: Core's per-statement compilation and parameter
    processing cost more than SQLite's own work for these small rows. Values
    must already be plain driver types (str, int, bool, date, None).
    """
    if not rows:
        return
    columns = tuple(rows[0])
    sql, order = _insert_sql(conn.dialect, table, columns)
    if order is not None:
        params = [tuple(row[c] for c in order) for row in rows]
    else:
        params = rows
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


# Statements on the per-document hot path, compiled once per dialect and run at
# the driver level (Core's per-call overhead is larger than SQLite's work here).
_HOT = {
    "document_insert": lambda: insert(schema.documents).values(
        {c: bindparam(c) for c in ("sha256", "key", "kind", "origin", "size_bytes", "language",
                                   "published_on", "extractor_version", "ingested_at", "warnings")}
    ).returning(schema.documents.c.id),
    "document_by_key": lambda: select(schema.documents.c.id).where(schema.documents.c.key == bindparam("key")),
    "fts_pending_insert": lambda: insert(schema.fts_pending).values(document_id=bindparam("document_id")),
    "discrepancies_delete": lambda: delete(schema.discrepancies).where(
        schema.discrepancies.c.symbol == bindparam("symbol")),
}


@functools.lru_cache(maxsize=16)
def _hot_sql(dialect, name: str) -> tuple[str, tuple[str, ...] | None]:
    compiled = _HOT[name]().compile(dialect=dialect)
    return str(compiled), (tuple(compiled.positiontup) if compiled.positional else None)


def _run_hot(conn: Connection, name: str, params: dict):
    """Run a hot-path statement on the driver's cursor (in the current
    transaction) and return the first column of its first row, if any."""
    sql, order = _hot_sql(conn.dialect, name)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql, tuple(params[c] for c in order) if order is not None else params)
        row = cursor.fetchone() if cursor.description else None
        return row[0] if row else None
    finally:
        cursor.close()


def savepoint(conn: Connection, statement: str) -> None:
    """SAVEPOINT / RELEASE / ROLLBACK TO on the driver's connection (same SQL on
    SQLite and PostgreSQL)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def insert_document(conn: Connection, *, sha256: str, key: str, kind: str, origin: str,
                    size: int, language: str | None, published_on: dt.date | None,
                    warnings: tuple[str, ...]) -> int:
    # ingested_at is written as SQLAlchemy writes datetimes, since this bypasses its types.
    return _run_hot(conn, "document_insert", dict(
        sha256=sha256, key=key, kind=kind, origin=origin, size_bytes=size,
        language=language, published_on=published_on,
        extractor_version=EXTRACTOR_VERSION, ingested_at=_now(),
        warnings=json.dumps(list(warnings), ensure_ascii=False) if warnings else None,
    ))


def mark_unindexed(conn: Connection, document_id: int) -> None:
    _run_hot(conn, "fts_pending_insert", {"document_id": document_id})


def document_id_by_key(conn: Connection, key: str) -> int | None:
    return _run_hot(conn, "document_by_key", {"key": key})


def delete_document(conn: Connection, document_id: int) -> None:
    """Remove a document and (by cascade) every fact it brought; remember its hash."""
    old = conn.execute(select(schema.documents.c.sha256, schema.documents.c.key, schema.documents.c.origin)
                       .where(schema.documents.c.id == document_id)).one()
    conn.execute(delete(schema.superseded).where(schema.superseded.c.sha256 == old.sha256))
    conn.execute(insert(schema.superseded), dict(sha256=old.sha256, key=old.key, origin=old.origin,
                                                 superseded_at=_now()))
    conn.execute(delete(schema.documents).where(schema.documents.c.id == document_id))


def known_hashes(conn: Connection) -> set[str]:
    """Hashes of every stored or superseded document version."""
    known = set(conn.execute(select(schema.documents.c.sha256)).scalars())
    known.update(conn.execute(select(schema.superseded.c.sha256)).scalars())
    return known


# --- decisions ---------------------------------------------------------------

def decision_outcome(decision: Decision) -> tuple[str | None, str, Any]:
    """(outcome, reason, Outcome|None) under the Charter's rule."""
    outcome = votes_mod.outcome_for(decision.votes, decision.recorded_outcome)
    if outcome is None:
        if decision.recorded_outcome == "adopted_without_vote":
            return "adopted_without_vote", "adopted without a vote; no member votes recorded", None
        return None, "no member votes recorded", None
    return ("adopted" if outcome.adopted else "not_adopted"), outcome.reason, outcome


# Rows are prepared apart from writing so that the worker processes that read
# the XML also do this work; the writer only adds the document id and inserts.
# Tables travel by name: pickling a Table would drag its whole MetaData along.
PreparedRows = list  # of (table name, columns, rows-without-document_id)


def decision_rows(decision: Decision, provisions: list[Provision]) -> PreparedRows:
    outcome_name, reason, outcome = decision_outcome(decision)
    common = dict(
        symbol=decision.symbol, year=decision.year,
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
        head = dict(common, number=decision.number, adopted_on=decision.date,
                    draft_symbol=decision.draft_symbol)
        head_table = schema.resolutions
    else:
        head = dict(common, voted_on=decision.date,
                    vetoed_by_recorded=json.dumps(list(decision.vetoed_by_recorded)))
        head_table = schema.drafts
    prepared: PreparedRows = [(head_table.name, tuple(head), [tuple(head.values())])]

    terms = [(role, value, i)
             for role, values in (("submitter", decision.submitters), ("sponsor", decision.sponsors),
                                  ("agenda", decision.agenda), ("subject", decision.subjects))
             for i, value in enumerate(values)]
    prepared.append(("decision_terms", ("role", "value", "position"), terms))

    votes = []
    for i, vote in enumerate(decision.votes):
        member = members.canonical_member(vote.member_raw)
        votes.append((member.name, vote.member_raw, member.iso3, member.permanent, vote.vote, i))
    prepared.append(("member_votes", ("member", "member_raw", "iso3", "permanent", "vote", "position"),
                     votes))

    prepared.append(("paragraphs", ("eid", "label", "kind", "parent_eid", "number", "position", "text"),
                     [(p.eid, p.label, p.kind, p.parent_eid, p.number, p.order, p.text)
                      for p in decision.paragraphs]))
    prepared.append(("citations", ("eid", "cited_symbol"),
                     [(p.eid, s) for p in decision.paragraphs for s in p.cites]))
    prepared.append(provision_rows(decision, provisions))
    return prepared


def write_rows(conn: Connection, document_id: int, prepared: PreparedRows) -> None:
    # The driver's own cursor, inside the connection's current transaction:
    # even exec_driver_sql costs more per call than SQLite spends on these rows.
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        for table_name, columns, rows in prepared:
            table = schema.metadata.tables[table_name]
            if rows:
                names = ("document_id",) + columns
                sql, order = _insert_sql(conn.dialect, table, names)
                if order is None:  # a driver with named parameters
                    cursor.executemany(sql, [dict(zip(names, (document_id, *row))) for row in rows])
                elif order == names:
                    cursor.executemany(sql, [(document_id, *row) for row in rows])
                else:  # the statement lists columns in the table's order
                    positions = [names.index(name) for name in order]
                    full = [(document_id, *row) for row in rows]
                    cursor.executemany(sql, [tuple(r[i] for i in positions) for r in full])
    finally:
        cursor.close()


# --- the JSON extract --------------------------------------------------------

_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(ExtractEntry))


def entry_to_json(entry: ExtractEntry) -> str:
    data = {name: getattr(entry, name) for name in _ENTRY_FIELDS}
    data["date"] = entry.date.isoformat() if entry.date else None
    data["votes"] = [[v.member_raw, v.vote] for v in entry.votes]
    return json.dumps(data, ensure_ascii=False)


def entry_from_json(text: str) -> ExtractEntry:
    data = json.loads(text)
    data["date"] = dt.date.fromisoformat(data["date"]) if data["date"] else None
    data["votes"] = tuple(MemberVote(raw, vote) for raw, vote in data["votes"])
    for name in ("counts_raw",):
        data[name] = tuple(tuple(pair) for pair in data[name])
    for name in ("sponsors", "additional_sponsors", "warnings"):
        data[name] = tuple(data[name])
    return ExtractEntry(**data)


def store_extract(conn: Connection, document_id: int, entries: list[ExtractEntry]) -> None:
    if entries:
        bulk_insert(conn, schema.extract_entries, [
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


def best_entries(entries) -> dict[str, ExtractEntry]:
    """One entry per symbol. The extract lists a few resolutions twice, once
    with empty member lists: the line that records more votes wins, and among
    equals the later one."""
    best: dict[str, ExtractEntry] = {}
    for entry in entries:
        current = best.get(entry.symbol)
        if current is None or len(entry.votes) >= len(current.votes):
            best[entry.symbol] = entry
    return best


class ExtractIndex:
    """Every stored extract entry by symbol, read once per ingest run.

    Without it each resolution would query for its extract line, which is
    most of the cost of comparing them on a whole-corpus ingest.
    """

    def __init__(self) -> None:
        self._entries: dict[str, ExtractEntry] | None = None

    def get_all(self, conn: Connection) -> dict[str, ExtractEntry]:
        if self._entries is None:
            t = schema.extract_entries
            rows = conn.execute(select(t.c.entry).order_by(t.c.id)).scalars()
            self._entries = best_entries(entry_from_json(entry) for entry in rows)
        return self._entries

    def forget(self) -> None:
        self._entries = None

    def stored(self, entries: list[ExtractEntry], replaced: bool) -> None:
        if replaced:
            self._entries = None  # lines of the old version may be gone: reload
        elif self._entries is not None:
            self._entries.update(best_entries(entries))


def refresh_discrepancies(conn: Connection, symbols: set[str],
                          decisions: dict[str, Decision] | None = None,
                          entries: dict[str, ExtractEntry] | None = None,
                          extract_index: ExtractIndex | None = None,
                          without_extract: dict[str, list[Discrepancy]] | None = None) -> int:
    """Recompute the stored disagreements for these symbols.

    Decisions missing from ``decisions`` are read from the database; extract
    lines missing from ``entries`` come from ``extract_index``;
    ``without_extract`` holds comparisons already made (by a reading worker)
    for symbols that turn out to have no extract line.
    """
    if not symbols:
        return 0
    if without_extract and extract_index is not None:
        known = extract_index.get_all(conn)
        ready = {s: rows for s, rows in without_extract.items() if s in symbols and s not in known}
        if ready:
            _delete_discrepancies(conn, ready.keys())
            _insert_discrepancies(conn, [d for rows in ready.values() for d in rows])
            symbols = symbols - ready.keys()
            if not symbols:
                return sum(len(rows) for rows in ready.values())
    decisions = dict(decisions or {})
    entries = dict(entries or {})
    if missing := symbols - decisions.keys():
        decisions.update(_stored_decisions(conn, missing))
    if (missing := symbols - entries.keys()) and extract_index is not None:
        known = extract_index.get_all(conn)
        entries.update({s: known[s] for s in missing if s in known})
    _delete_discrepancies(conn, symbols)
    rows: list[Discrepancy] = []
    for symbol in sorted(symbols):
        if symbol in decisions:  # the extract alone has nothing to disagree with yet
            rows.extend(votes_mod.compare_decision(decisions[symbol], entries.get(symbol)))
    _insert_discrepancies(conn, rows)
    return len(rows)


def _delete_discrepancies(conn: Connection, symbols) -> None:
    if len(symbols) == 1:  # the per-document case, on the ingest hot path
        _run_hot(conn, "discrepancies_delete", {"symbol": next(iter(symbols))})
    else:
        conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.symbol.in_(sorted(symbols))))


def _insert_discrepancies(conn: Connection, rows: list[Discrepancy]) -> None:
    if rows:
        bulk_insert(conn, schema.discrepancies, [
            dict(symbol=d.symbol, field=d.field, source_a=d.source_a, value_a=d.value_a,
                 source_b=d.source_b, value_b=d.value_b, note=d.note)
            for d in rows
        ])


# --- provisions --------------------------------------------------------------

_PROVISION_COLUMNS = (
    "symbol", "adopted_on", "mission", "kind", "eid", "label", "span_start", "span_end",
    "effective_from", "from_precision", "effective_until", "until_precision", "task", "modality",
    "priority", "value", "unit", "detail", "extractor_version",
)


def provision_rows(decision: Decision, provisions: list[Provision]) -> tuple:
    return ("provisions", _PROVISION_COLUMNS, [
        (decision.symbol, decision.date, p.mission, p.kind, p.eid, p.label, p.span_start, p.span_end,
         p.effective_from, p.from_precision, p.effective_until, p.until_precision, p.task, p.modality,
         p.priority, p.value, p.unit, p.detail, EXTRACTOR_VERSION)
        for p in provisions
    ])


def replace_provisions(conn: Connection, document_id: int, decision: Decision,
                       provisions: list[Provision]) -> None:
    conn.execute(delete(schema.provisions).where(schema.provisions.c.document_id == document_id))
    write_rows(conn, document_id, [provision_rows(decision, provisions)])


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
