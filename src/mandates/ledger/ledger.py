"""``Ledger``: the one object the CLI, the HTTP API and the tests go through."""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, select

from ..extract.provisions import EXTRACTOR_VERSION, read_provisions
from ..missions import Registry
from ..readers import akn, extract as extract_reader, sources
from ..readers.safexml import InputError, NotADecision
from ..records import Decision, SourceFile
from . import queries, schema, store
from .db import make_engine, resolve_url
from .migrations import migrate
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
               progress: Callable[[str, str], None] | None = None) -> IngestReport:
        """Ingest files, folders and archives. One transaction per document.

        ``progress(origin, status)`` is called once per input seen.
        """
        report = IngestReport()
        with self.engine.connect() as conn:
            # Hashes already stored, loaded once: most re-ingests are no-ops.
            known = set(conn.execute(select(schema.documents.c.sha256)).scalars())
            conn.rollback()  # end the read; each document opens its own transaction
            seen_keys: dict[str, str] = {}
            for item in sources.iter_sources(list(paths)):
                if isinstance(item, sources.Skipped):
                    status = SKIPPED
                    report.count(SKIPPED)
                elif isinstance(item, sources.Unreadable):
                    status = FAILED
                    report.failed.append((item.origin, item.reason))
                else:
                    status = self._ingest_one(conn, item, known, seen_keys, report)
                if progress:
                    progress(item.origin, status)
        return report

    def ingest_source(self, source: SourceFile, report: IngestReport | None = None) -> str:
        """Ingest one in-memory file (the API's upload path)."""
        report = report if report is not None else IngestReport()
        with self.engine.connect() as conn:
            known = set(conn.execute(
                select(schema.documents.c.sha256).where(
                    schema.documents.c.sha256 == hashlib.sha256(source.data).hexdigest())
            ).scalars())
            conn.rollback()
            return self._ingest_one(conn, source, known, {}, report)

    def _ingest_one(self, conn: Connection, source: SourceFile, known: set[str],
                    seen_keys: dict[str, str], report: IngestReport) -> str:
        sha = hashlib.sha256(source.data).hexdigest()
        if sha in known:
            report.count(UNCHANGED)
            return UNCHANGED
        try:
            parsed = self._read(source)
        except NotADecision as exc:
            report.count(SKIPPED)
            report.notes.append((source.origin, str(exc)))
            return SKIPPED
        except InputError as exc:
            report.failed.append((source.origin, str(exc)))
            return FAILED
        key = self._key(source, parsed)
        if key in seen_keys:
            # The repository holds a few resolutions twice; the later file wins
            # and the user is told, rather than one silently shadowing the other.
            report.warnings.append((source.origin, f"a second file for {key} (first: {seen_keys[key]}); "
                                                   "this one replaces it"))
        seen_keys[key] = source.origin
        # Reading meaning happens before the transaction opens, so the database
        # is locked only for the writes.
        provisions = read_provisions(parsed, self.registry) if isinstance(parsed, Decision) else []
        with conn.begin():
            status = self._store(conn, source, sha, key, parsed, provisions, report)
        known.add(sha)
        report.count(status)
        return status

    def _read(self, source: SourceFile) -> Decision | tuple[list, list[str]]:
        if extract_reader.is_extract_file(source.origin, source.data[:512]):
            entries, errors = extract_reader.read_extract(source.data, source.origin)
            if not entries:
                raise InputError("no metadata entries could be read" + (f" ({errors[0]})" if errors else ""))
            return entries, errors
        return akn.read_akn(source.data, source.origin)

    @staticmethod
    def _key(source: SourceFile, parsed) -> str:
        if isinstance(parsed, Decision):
            return parsed.symbol
        return "extract/" + os.path.basename(source.origin.split("!")[-1])

    def _store(self, conn: Connection, source: SourceFile, sha: str, key: str, parsed,
               provisions: list, report: IngestReport) -> str:
        if isinstance(parsed, Decision):
            kind, warnings = parsed.kind, parsed.warnings
        else:
            entries, errors = parsed
            kind, warnings = "metadata", tuple(errors) + tuple(w for e in entries for w in e.warnings)
        replaced = store.delete_document_by_key(conn, key)
        document_id = store.insert_document(
            conn, sha256=sha, key=key, kind=kind, origin=source.origin, size=len(source.data),
            language=getattr(parsed, "language", None),
            published_on=parsed.date if isinstance(parsed, Decision) else None,
            warnings=warnings,
        )
        if isinstance(parsed, Decision):
            store.store_decision(conn, document_id, parsed)
            store.store_provisions(conn, document_id, parsed, provisions)
            store.refresh_discrepancies(conn, {parsed.symbol}, decisions={parsed.symbol: parsed})
        else:
            store.store_extract(conn, document_id, entries)
            by_symbol = {e.symbol: e for e in entries}
            store.refresh_discrepancies(conn, set(by_symbol), entries=by_symbol)
        report.warnings.extend((source.origin, w) for w in warnings)
        return REPLACED if replaced else NEW

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
                    store.store_provisions(conn, document_id, decision, provisions)
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
