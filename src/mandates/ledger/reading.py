"""Reading inputs for ingest, in worker processes when there are many.

Parsing XML and reading provisions is CPU work that needs no database, so an
ingest run hands it to a small process pool and keeps the main process for
the writes; results come back in input order, so what lands in the database
does not depend on scheduling.
"""
from __future__ import annotations

import collections
import hashlib
import importlib
import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from ..extract.provisions import read_provisions
from ..missions import Registry
from ..readers import akn, extract as extract_reader
from ..readers.report import read_report as read_report_file, report_format
from ..readers.safexml import InputError, NotADecision
from ..records import Decision, ExtractEntry, Provision, SourceFile
from ..votes import compare_decision
from .store import decision_rows

log = logging.getLogger(__name__)

# Below this many inputs a pool costs more to start than it saves.
POOL_THRESHOLD = 24
WINDOW = 64  # inputs in flight at once: bounds memory on huge archives
BATCH = 8    # files per task sent to a worker


@dataclass
class Reading:
    """What one input turned out to be, before anything is stored."""

    origin: str
    sha256: str
    size: int
    decision: Decision | None = None
    entries: list[ExtractEntry] | None = None
    entry_errors: list[str] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    rows: list = field(default_factory=list)  # the decision's rows, ready to write (store.decision_rows)
    xml_discrepancies: list = field(default_factory=list)
    error: str | None = None        # a bad input: reported as failed
    skipped: str | None = None      # a sound input Mandates does not hold
    warnings: list[str] = field(default_factory=list)
    report: object | None = None    # a news report or press release: mandates.reports.ReportReading


def read_source(source: SourceFile, sha256: str, extract: bool = True) -> Reading:
    reading = Reading(source.origin, sha256, len(source.data))
    if (fmt := report_format(source.origin, source.data[:4096])) is not None:
        return _read_report(reading, source, fmt)
    try:
        if extract_reader.is_extract_file(source.origin, source.data[:512]):
            entries, errors = extract_reader.read_extract(source.data, source.origin)
            if not entries:
                raise InputError("no metadata entries could be read" + (f" ({errors[0]})" if errors else ""))
            reading.entries, reading.entry_errors = entries, errors
            return reading
        reading.decision = akn.read_akn(source.data, source.origin)
    except NotADecision as exc:
        reading.skipped = str(exc)
        return reading
    except InputError as exc:
        reading.error = str(exc)
        return reading
    if extract and reading.decision.kind == "resolution":
        try:
            reading.provisions = read_provisions(reading.decision, Registry.load())
        except Exception as exc:  # noqa: BLE001 - a bug in an extractor must not cost the record
            log.debug("provision extraction failed for %s", source.origin, exc_info=True)
            reading.warnings.append(f"provisions could not be read: {exc!r}")
    reading.rows = decision_rows(reading.decision, reading.provisions)
    # What the XML says against itself and the Charter's rule; used as is when
    # no extract line for the symbol is stored (the writer checks).
    reading.xml_discrepancies = compare_decision(reading.decision, None)
    # The rows carry the paragraphs and provisions now; sending them back twice
    # from a worker would double what the writer has to unpickle.
    reading.decision = replace(reading.decision, paragraphs=())
    reading.provisions = []
    return reading


def _read_report(reading: Reading, source: SourceFile, fmt: str) -> Reading:
    """A report (text, HTML, PDF): read its text and what it states. Linking it
    to the record and checking it need the database, so they happen at store time."""
    from ..reports.read import read_report as read_report_meaning

    try:
        document = read_report_file(source.data, source.origin, fmt)
    except NotADecision as exc:  # an empty file: nothing to read, not a broken report
        reading.skipped = str(exc)
        return reading
    except InputError as exc:
        reading.error = str(exc)
        return reading
    reading.report = read_report_meaning(document, Registry.load())
    reading.warnings.extend(document.warnings)
    return reading


def _read_batch_in_worker(batch: list[tuple[SourceFile, str]], extract: bool) -> list[Reading]:
    return [read_source(source, sha256, extract) for source, sha256 in batch]


def _worker_start(parent_pid: int) -> None:
    """Make a worker exit when the ingest that started it dies (kill -9
    included): a forked worker holds its own copy of the task pipe, so it would
    otherwise wait on it forever."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def default_jobs() -> int:
    """Worker processes: one per core. Reading is the slow side with or without
    provisions since the writer indexes its text in one ordered pass at the end,
    so the writer mostly waits (on 2 cores, a record-only ingest of the corpus
    took 2.6-2.9 s with two workers against 3.3 s with one)."""
    return max(1, os.cpu_count() or 1)


def _prepare_for_workers(extract: bool) -> None:
    """Compile once, before the workers fork, what each would otherwise compile
    for itself: the task readers' patterns and the registry's name pattern
    (about 0.3 s per worker on the corpus)."""
    if extract:
        importlib.import_module("mandates.extract.tasks")  # for its compiled patterns
    Registry.load().find_in_text("")


def read_all(items: Iterable, known: set[str], jobs: int | None, extract: bool,
             expected: int | None = None) -> Iterator[tuple[object, Reading | None]]:
    """Yield ``(item, reading)`` in input order.

    ``reading`` is None for items that are not files to read (skipped or
    unreadable entries from ``sources``) and for files whose hash is already
    stored. ``jobs=0`` reads in this process.
    """
    jobs = default_jobs() if jobs is None else jobs
    use_pool = jobs > 0 and (expected is None or expected >= POOL_THRESHOLD)
    if not use_pool:
        for item in items:
            if isinstance(item, SourceFile):
                sha = hashlib.sha256(item.data).hexdigest()
                yield item, (None if sha in known else read_source(item, sha, extract))
            else:
                yield item, None
        return
    # Files travel to the workers in small batches: one task per file costs
    # more in pickling and queue traffic than reading a small file does.
    pending: collections.deque[tuple[object, Future | None, int]] = collections.deque()
    batch: list[tuple[SourceFile, str]] = []
    batch_items: list[tuple[object, int]] = []  # (item, position in batch) waiting for the batch's future

    def submit(pool) -> None:
        future = pool.submit(_read_batch_in_worker, list(batch), extract)
        for item, position in batch_items:
            pending.append((item, future, position))
        batch.clear()
        batch_items.clear()

    _prepare_for_workers(extract)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(os.getpid(),)) as pool:
        for item in items:
            if isinstance(item, SourceFile):
                sha = hashlib.sha256(item.data).hexdigest()
                if sha not in known:
                    batch_items.append((item, len(batch)))
                    batch.append((item, sha))
                    if len(batch) >= BATCH:
                        submit(pool)
                    continue
            if batch:
                # Keep input order: what waits in the batch goes before this item.
                submit(pool)
            pending.append((item, None, 0))
            while len(pending) > WINDOW:
                yield _done(pending.popleft())
        if batch:
            submit(pool)
        while pending:
            yield _done(pending.popleft())


def _done(entry: tuple[object, Future | None, int]) -> tuple[object, Reading | None]:
    item, future, position = entry
    return item, (future.result()[position] if future is not None else None)
