"""``Ledger``: the one object the CLI, the HTTP API and the tests go through."""
from __future__ import annotations

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
from . import queries, schema, store
from .db import make_engine, resolve_url
from .migrations import migrate
from .reading import Reading, read_all
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
    so its facts are never split across transactions; committing every few hundred
    documents (or every 2 s) instead of after each one saves most of
    SQLite's per-commit cost. A crash loses at most the uncommitted group, which
    the next run ingests again. Each group's paragraphs enter the full-text
    index in one ordered pass just before its commit (``fts_pending`` lists what
    is still to index), while the workers read the next files: indexing then
    overlaps reading instead of trailing the run.
    """

    max_documents = 256
    max_seconds = 2.0

    def __init__(self, conn: Connection, search_backend: ParagraphSearch):
        self.conn = conn
        self.search_backend = search_backend
        self.pending = 0
        self.extract_index = store.ExtractIndex()
        self.started = time.monotonic()

    def stored(self, document_id: int) -> None:
        store.mark_unindexed(self.conn, document_id)
        self.pending += 1

    def document_done(self) -> None:
        if self.pending >= self.max_documents or time.monotonic() - self.started >= self.max_seconds:
            self.commit()

    def index_pending(self) -> None:
        """Index everything stored so far; needed before a delete, whose trigger
        removes index entries that must therefore exist."""
        self.search_backend.index_pending(self.conn)

    def commit(self) -> None:
        if self.conn.in_transaction():
            self.index_pending()
            self.conn.commit()
        self.pending = 0
        self.started = time.monotonic()

    def finish(self) -> None:
        """End of the run: index and commit the last group (and anything an
        earlier, interrupted run left unindexed)."""
        self.commit()
        with self.conn.begin():
            self.index_pending()


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
        # (Plain SQL on the driver: SQLAlchemy's nested-transaction objects cost
        # more than the savepoint itself, and the rows are written there too.)
        store.savepoint(conn, "SAVEPOINT document")
        try:
            status, document_id = self._store(conn, reading, key, report, batch)
        except BaseException as exc:
            store.savepoint(conn, "ROLLBACK TO SAVEPOINT document")
            store.savepoint(conn, "RELEASE SAVEPOINT document")
            if not isinstance(exc, (DBAPIError, conn.dialect.loaded_dbapi.Error)):
                raise
            # Nothing of this document was kept. (Rows written through the
            # driver's own cursor raise the driver's errors, not SQLAlchemy's.)
            batch.extract_index.forget()
            orig = getattr(exc, "orig", None) or exc
            reason = str(orig).strip().splitlines()[0] if str(orig).strip() else exc.__class__.__name__
            report.failed.append((reading.origin, f"the database refused it: {reason}"))
            return FAILED
        store.savepoint(conn, "RELEASE SAVEPOINT document")
        batch.stored(document_id)
        known.add(reading.sha256)
        report.count(status)
        return status

    @staticmethod
    def _key(reading: Reading) -> str:
        if reading.report is not None:
            # A report is what its URL names (an updated story replaces the old
            # one), or else the file it came from.
            return "report/" + (reading.report.document.url or reading.origin)[:190]
        if reading.decision is not None:
            return reading.decision.symbol
        return "extract/" + os.path.basename(reading.origin.split("!")[-1])

    def _store(self, conn: Connection, reading: Reading, key: str, report: IngestReport,
               batch: _CommitBatch) -> tuple[str, int]:
        if reading.report is not None:
            return self._store_report(conn, reading, key, report, batch)
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
                                        extract_index=batch.extract_index,
                                        without_extract={decision.symbol: reading.xml_discrepancies})
        else:
            store.store_extract(conn, document_id, reading.entries)
            batch.extract_index.stored(reading.entries, previous is not None)
            by_symbol = store.best_entries(reading.entries)
            store.refresh_discrepancies(conn, set(by_symbol), entries=by_symbol)
        report.warnings.extend((reading.origin, w) for w in warnings)
        return (REPLACED if previous is not None else NEW), document_id

    def _store_report(self, conn: Connection, reading: Reading, key: str, report: IngestReport,
                      batch: _CommitBatch) -> tuple[str, int]:
        """A report is linked to and checked against the record as it stands in
        this transaction (resolutions ingested earlier in the same run count)."""
        from ..reports.check import check_report
        from . import report_store

        checked = check_report(reading.report.document, report_store.RecordLookup(conn, self.registry),
                               self.registry, reading=reading.report).as_dict()
        previous = store.document_id_by_key(conn, key)
        if previous is not None:
            batch.index_pending()
            store.delete_document(conn, previous)
        document = reading.report.document
        document_id = store.insert_document(
            conn, sha256=reading.sha256, key=key, kind="report", origin=reading.origin, size=reading.size,
            language=document.language, published_on=document.published_on, warnings=tuple(reading.warnings))
        report_store.store_report(conn, document_id, checked)
        report.warnings.extend((reading.origin, w) for w in reading.warnings)
        return (REPLACED if previous is not None else NEW), document_id

    # --- reports (see mandates/reports and report_store.py) ------------------------

    def check_report(self, document, published=None) -> dict:
        """Link a report (a ``ReportText`` from ``readers.report.read_report``) to the
        record and check each fact it states; nothing is stored."""
        from ..reports.check import check_report, with_published
        from . import report_store

        with self.engine.connect() as conn:
            return check_report(with_published(document, published),
                                report_store.RecordLookup(conn, self.registry), self.registry).as_dict()

    def mission_reports(self, mission: str) -> dict:
        """Events and claims that stored reports tell about a mission, with status and source."""
        from ..missions import UnknownMission
        from . import report_store

        try:
            acronym = self.registry.get(mission).acronym
        except UnknownMission as exc:
            raise queries.NotFound(str(exc)) from exc
        with self.engine.connect() as conn:
            return report_store.mission_reports(conn, acronym)

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
            if self.search_backend.has_pending(conn):
                # An ingest was interrupted before it indexed its paragraphs.
                conn.rollback()
                with conn.begin():
                    self.search_backend.index_pending(conn)
            return queries.search(conn, self.search_backend, query, limit)

    def discrepancies(self, symbol: str | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.discrepancies(conn, symbol)

    def reader_warnings(self, symbol: str | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.reader_warnings(conn, symbol)

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            return queries.stats(conn)

    # --- the mandate timeline (see mandates/timeline and timeline_queries.py) ---------

    def timelines(self) -> dict:
        """Every mission's ``Timeline`` by acronym; built once, rebuilt when provisions change."""
        from ..timeline import build_timelines
        from . import timeline_queries

        with self.engine.connect() as conn:
            version = timeline_queries.data_version(conn)
            cached = self.__dict__.get("_timeline_cache")
            if cached is None or cached[0] != version:
                cached = (version, build_timelines(self.registry, timeline_queries.provision_rows(conn)))
                self.__dict__["_timeline_cache"] = cached
        return cached[1]

    def timeline(self, mission: str):
        from ..missions import UnknownMission

        try:
            acronym = self.registry.get(mission).acronym
        except UnknownMission as exc:
            raise queries.NotFound(str(exc)) from exc
        return self.timelines()[acronym]

    def mission_state(self, mission: str, on) -> dict:
        """What a mission could do on a day, and which paragraphs say so."""
        from ..timeline.model import as_date

        return self.timeline(mission).state_on(as_date(on)).to_dict()

    def missions_on(self, on, statuses=None, kind: str | None = None, full: bool = False) -> list[dict]:
        """Missions whose status on a day is one of ``statuses`` (default: active, drawdown)."""
        from ..timeline import views
        from ..timeline.model import as_date

        return views.missions_on(self.timelines().values(), as_date(on), statuses or views.DEFAULT_STATUSES,
                                 kind, full)

    def history(self, mission: str) -> dict:
        """Each resolution on a mission (date, action, vote, new end, ceilings), periods and statuses."""
        from ..timeline.history import resolution_history
        from . import report_store, timeline_queries

        timeline = self.timeline(mission)
        f = timeline.facts
        with self.engine.connect() as conn:
            votes = timeline_queries.vote_headers(conn, [r.symbol for r in timeline.resolutions])
            reported = report_store.mission_reports(conn, f.acronym)
        return {"mission": f.acronym, "name": f.name, "kind": f.kind, "predecessors": list(f.predecessors),
                "successors": list(f.successors), "periods": timeline.periods(),
                "statuses": timeline.status_segments(), "resolutions": resolution_history(timeline, votes),
                # What stored reports tell about the mission beyond the record.
                "events": reported["events"], "claims": reported["claims"]}

    def diff(self, first: str | int | None = None, second: str | int | None = None, mission: str | None = None,
             start=None, end=None) -> dict:
        """Between two resolutions (``first``, ``second``) or two dates of ``mission``."""
        from ..timeline import views
        from ..timeline.model import as_date
        from . import timeline_queries

        if first is None:
            return views.diff_dates(self.timeline(mission), as_date(start), as_date(end))
        with self.engine.connect() as conn:
            symbols = [queries._find_decision(conn, ref)[1]["symbol"] for ref in (first, second)]
            counts = [timeline_queries.mission_counts(conn, s) for s in symbols]
        if mission is None:
            mission = views.shared_mission(*counts)
            if mission is None:
                raise queries.NotFound(f"{symbols[0]} and {symbols[1]} decide nothing for a common mission; "
                                       "pass --mission")
        try:
            return views.diff_resolutions(self.timeline(mission), *symbols)
        except LookupError as exc:
            raise queries.NotFound(str(exc)) from exc

    def calendar(self, start, end, mission: str | None = None, kinds=None) -> list:
        """Dated events (``timeline.Event``) from ``start`` to ``end``, of one mission or all."""
        from ..timeline.calendar import calendar_events
        from ..timeline.model import as_date

        timelines = [self.timeline(mission)] if mission else list(self.timelines().values())
        return calendar_events(timelines, as_date(start), as_date(end), kinds)
