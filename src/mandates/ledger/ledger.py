"""``Ledger``: the one object the CLI, the HTTP API and the tests go through."""
from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from ..extract.provisions import EXTRACTOR_VERSION, read_provisions
from ..missions import Registry
from ..readers import sources
from ..records import SourceFile
from . import queries, schema, store
from .db import make_engine, resolve_url
from .migrations import migrate
from .reading import Reading, read_all, read_source
from .search import ParagraphSearch

log = logging.getLogger(__name__)

NEW, UNCHANGED, REPLACED, FAILED, SKIPPED = "new", "unchanged", "replaced", "failed", "skipped"


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (origin, warning)
    notes: list[tuple[str, str]] = field(default_factory=list)     # (origin, why skipped)

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict:
        return {
            "new": self.new, "unchanged": self.unchanged, "replaced": self.replaced,
            "skipped": self.skipped, "failed": [{"origin": o, "reason": r} for o, r in self.failed],
            "warnings": len(self.warnings),
        }


class _CommitBatch:
    """Commits the documents of an ingest run in small groups.

    Every document is written inside its own savepoint within one transaction,
    so its facts are never split across transactions; committing every few
    dozen documents (or every second) instead of after each one saves most of
    SQLite's per-commit cost (WAL frames, full-text index segments). A crash
    loses at most the uncommitted group, which the next run ingests again.
    """

    max_documents = 64
    max_seconds = 1.0

    def __init__(self, conn: Connection, search_backend: ParagraphSearch):
        self.conn = conn
        self.search_backend = search_backend
        self.unindexed: list[int] = []   # stored documents not yet in the full-text index
        self.extract_index = store.ExtractIndex()
        self.started = time.monotonic()

    def stored(self, document_id: int) -> None:
        self.unindexed.append(document_id)

    def document_done(self) -> None:
        if len(self.unindexed) >= self.max_documents or time.monotonic() - self.started >= self.max_seconds:
            self.finish()

    def index_pending(self) -> None:
        """Index what is stored so far; needed before a delete, whose trigger
        removes index entries that must therefore exist."""
        if self.unindexed:
            self.search_backend.index_documents(self.conn, self.unindexed)
            self.unindexed = []

    def finish(self) -> None:
        if self.conn.in_transaction():
            self.index_pending()
            self.conn.commit()
        self.started = time.monotonic()


class Ledger:
    """A database of Council decisions and the facts read from them."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.search_backend = ParagraphSearch.for_dialect(engine.dialect.name)
        self.registry = Registry.load()

    @classmethod
    def open(cls, db: str | os.PathLike | None = None) -> "Ledger":
        """Open (creating and migrating if needed) the ledger at a path or URL."""
        engine = make_engine(resolve_url(db))
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    # --- ingest --------------------------------------------------------------

    def ingest(self, paths: Iterable[str | os.PathLike],
               progress: Callable[[str, str], None] | None = None,
               jobs: int | None = None, extract: bool = True) -> IngestReport:
        """Ingest files, folders and archives; each document's facts land in one
        transaction.

        ``progress(origin, status)`` is called once per input seen. ``jobs``
        worker processes read and extract (default: all cores but one; 0 reads
        in this process). ``extract=False`` stores the record without reading
        provisions (run ``reextract`` later).
        """
        report = IngestReport()
        paths = list(paths)
        with self.engine.connect() as conn:
            # Hashes already stored, loaded once: most re-ingests are no-ops.
            known = store.known_hashes(conn)
            conn.rollback()
            seen_keys: dict[str, str] = {}
            batch = _CommitBatch(conn, self.search_backend)
            expected = sources.count_inputs(paths) if jobs != 0 else None
            for item, reading in read_all(sources.iter_sources(paths), set(known), jobs, extract, expected):
                if isinstance(item, sources.Skipped):
                    status = SKIPPED
                    report.count(SKIPPED)
                elif isinstance(item, sources.Unreadable):
                    status = FAILED
                    report.failed.append((item.origin, item.reason))
                else:
                    status = self._ingest_reading(conn, reading, known, seen_keys, report, batch)
                    batch.document_done()
                if progress:
                    progress(item.origin, status)
            batch.finish()
        return report

    def ingest_source(self, source: SourceFile, report: IngestReport | None = None,
                      extract: bool = True) -> str:
        """Ingest one in-memory file (the API's upload path)."""
        report = report if report is not None else IngestReport()
        sha = hashlib.sha256(source.data).hexdigest()
        with self.engine.connect() as conn:
            known = store.known_hashes(conn) & {sha}
            conn.rollback()
            reading = None if sha in known else read_source(source, sha, extract)
            batch = _CommitBatch(conn, self.search_backend)
            status = self._ingest_reading(conn, reading, known, {}, report, batch)
            batch.finish()
            return status

    def _ingest_reading(self, conn: Connection, reading: Reading | None, known: set[str],
                        seen_keys: dict[str, str], report: IngestReport, batch: _CommitBatch) -> str:
        # None, or a file that an identical earlier file of this run already stored.
        if reading is None or reading.sha256 in known:
            report.count(UNCHANGED)
            return UNCHANGED
        if reading.skipped:
            report.count(SKIPPED)
            report.notes.append((reading.origin, reading.skipped))
            return SKIPPED
        if reading.error:
            report.failed.append((reading.origin, reading.error))
            return FAILED
        key = self._key(reading)
        if key in seen_keys:
            # The repository holds a few resolutions twice; the later file wins
            # and the user is told, rather than one silently shadowing the other.
            report.warnings.append((reading.origin, f"a second file for {key} (first: {seen_keys[key]}); "
                                                    "this one replaces it"))
        seen_keys[key] = reading.origin
        if not conn.in_transaction():
            conn.begin()
        # A savepoint per document: its rows land together or not at all, and a
        # failure while storing it leaves the other documents of the batch alone.
        try:
            with conn.begin_nested():
                status, document_id = self._store(conn, reading, key, report, batch)
        except DBAPIError as exc:
            # The savepoint is rolled back: nothing of this document was kept.
            batch.extract_index.forget()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else exc.__class__.__name__
            report.failed.append((reading.origin, f"the database refused it: {reason}"))
            return FAILED
        batch.stored(document_id)
        known.add(reading.sha256)
        report.count(status)
        return status

    @staticmethod
    def _key(reading: Reading) -> str:
        if reading.decision is not None:
            return reading.decision.symbol
        return "extract/" + os.path.basename(reading.origin.split("!")[-1])

    def _store(self, conn: Connection, reading: Reading, key: str, report: IngestReport,
               batch: _CommitBatch) -> tuple[str, int]:
        decision = reading.decision
        if decision is not None:
            kind, warnings = decision.kind, decision.warnings + tuple(reading.warnings)
        else:
            kind = "metadata"
            warnings = tuple(reading.entry_errors) + tuple(w for e in reading.entries for w in e.warnings)
        previous = store.document_id_by_key(conn, key)
        if previous is not None:
            batch.index_pending()  # the delete trigger needs the old rows indexed
            store.delete_document(conn, previous)
        document_id = store.insert_document(
            conn, sha256=reading.sha256, key=key, kind=kind, origin=reading.origin, size=reading.size,
            language=decision.language if decision else None,
            published_on=decision.date if decision else None, warnings=warnings,
        )
        if decision is not None:
            store.write_rows(conn, document_id, reading.rows)
            store.refresh_discrepancies(conn, {decision.symbol}, decisions={decision.symbol: decision},
                                        extract_index=batch.extract_index)
        else:
            store.store_extract(conn, document_id, reading.entries)
            batch.extract_index.stored(reading.entries, previous is not None)
            by_symbol = store.best_entries(reading.entries)
            store.refresh_discrepancies(conn, set(by_symbol), entries=by_symbol)
        report.warnings.extend((reading.origin, w) for w in warnings)
        return (REPLACED if previous is not None else NEW), document_id

    def reextract(self, progress: Callable[[str], None] | None = None) -> dict:
        """Re-run the extractors over every stored resolution (after they change).

        Each resolution is its own transaction; its old provisions are replaced.
        """
        counts = {"documents": 0, "provisions": 0}
        with self.engine.connect() as conn:
            ids = conn.execute(select(schema.resolutions.c.document_id)
                               .order_by(schema.resolutions.c.number)).scalars().all()
            conn.rollback()
            for document_id in ids:
                with conn.begin():
                    decision = store.stored_resolution(conn, document_id)
                provisions = read_provisions(decision, self.registry)
                with conn.begin():
                    store.replace_provisions(conn, document_id, decision, provisions)
                    conn.execute(schema.documents.update().where(schema.documents.c.id == document_id)
                                 .values(extractor_version=EXTRACTOR_VERSION))
                counts["documents"] += 1
                counts["provisions"] += len(provisions)
                if progress:
                    progress(decision.symbol)
        return counts

    # --- queries (see queries.py) -----------------------------------------------

    def provisions(self, ref: str | int, mission: str | None = None) -> dict:
        with self.engine.connect() as conn:
            return queries.provisions(conn, ref, mission)

    def resolution(self, ref: str | int) -> dict:
        with self.engine.connect() as conn:
            return queries.decision(conn, ref)

    def votes(self, ref: str | int) -> dict:
        with self.engine.connect() as conn:
            return queries.votes(conn, ref)

    def resolutions(self, **filters) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.resolutions(conn, **filters)

    def search(self, query: str, limit: int = 20) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.search(conn, self.search_backend, query, limit)

    def discrepancies(self, symbol: str | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.discrepancies(conn, symbol)

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            return queries.stats(conn)
