"""The mandate timeline on the whole 2000–2026 ledger.

    .venv/bin/python benchmarks/bench_timeline.py [DB] [--date YYYY-MM-DD] [--repeat N]

Without DB, ingests ../shared/data/unxml into a temporary ledger first (that
time is printed apart). Prints:

- warm-up: loading every provision and building every mission's timeline;
- all missions' full state on one date (status, mandate, tasks,
  authorizations, ceilings, deadlines), through ``Ledger.missions_on``, after
  warm-up: median and worst of N runs on several dates. Target < 50 ms;
- all timelines: load + build + every mission's states at each change date,
  status stretches, periods, events and history. Target < 2 s.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # runnable from a checkout without installing

from mandates.ledger import timeline_queries  # noqa: E402
from mandates.ledger.ledger import Ledger  # noqa: E402
from mandates.timeline import build_timelines  # noqa: E402
from mandates.timeline.history import resolution_history  # noqa: E402
from mandates.timeline.model import STATUSES  # noqa: E402

UNXML = ROOT.parent / "shared" / "data" / "unxml"
DATES = ("2024-06-30", "2023-10-15", "2015-01-01", "2008-06-30", "2026-01-01")


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def main(argv: list[str]) -> int:
    values = {_option(argv, flag, "") for flag in ("--date", "--repeat")}
    paths = [a for a in argv if not a.startswith("--") and a not in values]
    repeat = int(_option(argv, "--repeat", "20"))
    dates = [_option(argv, "--date", "")] if "--date" in argv else list(DATES)
    if paths:
        return measure(paths[0], dates, repeat)
    if not UNXML.exists():
        print(f"no ledger given and no corpus at {UNXML}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as folder:
        db = str(Path(folder) / "ledger.db")
        started = time.perf_counter()
        with Ledger.open(db) as ledger:
            report = ledger.ingest([UNXML])
        print(f"ingest: {report.new} documents in {time.perf_counter() - started:.1f} s (not part of the figures)")
        return measure(db, dates, repeat)


def measure(db: str, dates: list[str], repeat: int) -> int:
    with Ledger.open(db) as ledger:
        stats = ledger.stats()
        with ledger.engine.connect() as conn:
            count = timeline_queries.data_version(conn)[0]
        print(f"ledger: {db}: {stats['resolutions']} resolutions, {count} provisions, "
              f"{len(ledger.registry)} missions in the registry")

        started = time.perf_counter()
        ledger.missions_on(dates[0], STATUSES, full=True)
        print(f"warm-up (load provisions, build all timelines, first states): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")

        print(f"all missions' full state on one date, after warm-up ({repeat} runs per date):")
        worst_median = 0.0
        for day in dates:
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                items = ledger.missions_on(day, STATUSES, full=True)
                timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            worst_median = max(worst_median, median)
            active = sum(1 for i in items if i["status"] == "active")
            print(f"  {day}: median {median:6.1f} ms, max {max(timings):6.1f} ms "
                  f"({len(items)} missions, {active} active)")
        print(f"  => {'PASS' if worst_median < 50 else 'FAIL'}: worst median {worst_median:.1f} ms (target < 50 ms)")

        started = time.perf_counter()
        with ledger.engine.connect() as conn:
            rows = timeline_queries.provision_rows(conn)
            symbols = sorted({r.symbol for r in rows})
            votes = timeline_queries.vote_headers(conn, symbols)
        loaded = time.perf_counter()
        timelines = build_timelines(ledger.registry, rows)
        built = time.perf_counter()
        segments = events = resolutions = 0
        for timeline in timelines.values():
            segments += len(timeline.segments())
            timeline.status_segments()
            timeline.periods()
            events += len(timeline.events())
            resolutions += len(resolution_history(timeline, votes))
        done = time.perf_counter()
        total = done - started
        print(f"all timelines ({len(timelines)} missions): load {(loaded - started) * 1000:.0f} ms, "
              f"build {(built - loaded) * 1000:.0f} ms, states/periods/events/history "
              f"{(done - built) * 1000:.0f} ms")
        print(f"  {segments} states (one per change date), {events} events, {resolutions} history lines")
        print(f"  => {'PASS' if total < 2 else 'FAIL'}: {total:.2f} s (target < 2 s)")
        return 0 if worst_median < 50 and total < 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
