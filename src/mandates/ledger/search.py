"""Full-text search over paragraphs, one implementation per database.

SQLite uses an FTS5 table kept in step with ``paragraphs`` by triggers;
PostgreSQL uses a GIN index over ``to_tsvector``. Callers only see
``ParagraphSearch.search``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class Hit:
    paragraph_id: int
    snippet: str
    rank: float


class ParagraphSearch:
    """Interface; ``for_dialect`` picks the implementation."""

    def install(self, conn: Connection) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def search(self, conn: Connection, query: str, limit: int) -> list[Hit]:  # pragma: no cover
        raise NotImplementedError

    def index_documents(self, conn: Connection, document_ids: list[int]) -> None:
        """Bring the index up to date with these newly stored documents (same transaction)."""

    def index_pending(self, conn: Connection) -> int:
        """Index every document listed in ``fts_pending`` and clear the list, in
        the caller's transaction. Returns how many documents were indexed."""
        ids = [row[0] for row in conn.exec_driver_sql("SELECT document_id FROM fts_pending")]
        for start in range(0, len(ids), 500):
            self.index_documents(conn, ids[start:start + 500])
        if ids:
            conn.exec_driver_sql("DELETE FROM fts_pending")
        return len(ids)

    @staticmethod
    def has_pending(conn: Connection) -> bool:
        return conn.exec_driver_sql("SELECT 1 FROM fts_pending LIMIT 1").first() is not None

    @staticmethod
    def for_dialect(name: str) -> "ParagraphSearch":
        if name == "sqlite":
            return SqliteFts5()
        if name == "postgresql":
            return PostgresTsvector()
        raise ValueError(f"no full-text search for database dialect {name!r}")


def _words(query: str) -> list[str]:
    return re.findall(r"[\w’'-]+", query, flags=re.UNICODE)


class SqliteFts5(ParagraphSearch):
    def install(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5("
            "text, content='paragraphs', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        # No insert trigger: FTS5 flushes its pending terms at every savepoint,
        # and ingest uses one savepoint per document, so rows are indexed in bulk
        # by ``index_documents`` just before each commit instead. Deletes keep a
        # trigger (they must see the old text).
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN "
            "INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES('delete', old.id, old.text); END"
        )

    def index_documents(self, conn: Connection, document_ids: list[int]) -> None:
        if document_ids:
            marks = ",".join("?" * len(document_ids))
            conn.exec_driver_sql(
                f"INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs "
                f"WHERE document_id IN ({marks}) ORDER BY id", tuple(document_ids))

    def index_pending(self, conn: Connection) -> int:
        # One statement, rows in rowid order: FTS5 appends ascending rowids
        # cheaply, and the (document_id, eid) index would otherwise hand them
        # over in eid order, which makes indexing the corpus 2.5x slower.
        count = conn.exec_driver_sql("SELECT count(*) FROM fts_pending").scalar()
        if count:
            conn.exec_driver_sql(
                "INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs "
                "WHERE document_id IN (SELECT document_id FROM fts_pending) ORDER BY id")
            conn.exec_driver_sql("DELETE FROM fts_pending")
        return count

    def search(self, conn: Connection, query: str, limit: int) -> list[Hit]:
        # A quoted query is a phrase; otherwise every word must appear. User
        # text never reaches FTS5's own syntax unquoted.
        stripped = query.strip()
        words = _words(stripped)
        if not words:
            return []
        if len(stripped) > 1 and stripped[0] == stripped[-1] == '"':
            match = '"' + " ".join(words) + '"'
        else:
            match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = conn.execute(
            text(
                "SELECT rowid, snippet(paragraphs_fts, 0, '[', ']', '…', 16), bm25(paragraphs_fts) "
                "FROM paragraphs_fts WHERE paragraphs_fts MATCH :m ORDER BY bm25(paragraphs_fts) LIMIT :n"
            ),
            {"m": match, "n": limit},
        )
        return [Hit(r[0], r[1], float(r[2])) for r in rows]


class PostgresTsvector(ParagraphSearch):
    def install(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_paragraphs_tsv ON paragraphs "
            "USING gin (to_tsvector('english', text))"
        )

    def search(self, conn: Connection, query: str, limit: int) -> list[Hit]:
        stripped = query.strip()
        if not _words(stripped):
            return []
        fn = "phraseto_tsquery" if stripped.startswith('"') else "plainto_tsquery"
        rows = conn.execute(
            text(
                f"SELECT id, ts_headline('english', text, {fn}('english', :q), "
                "'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), "
                f"-ts_rank(to_tsvector('english', text), {fn}('english', :q)) AS r "
                f"FROM paragraphs WHERE to_tsvector('english', text) @@ {fn}('english', :q) "
                "ORDER BY r LIMIT :n"
            ),
            {"q": stripped.strip('"'), "n": limit},
        )
        return [Hit(r[0], r[1], float(r[2])) for r in rows]
