"""Whole-corpus ingest benchmark.

Ingests every file of ../shared/data/unxml into a fresh SQLite file and, in the
same run, times merely parsing the same XML files with the standard library's
parser, so the ratio is measured on one machine in one state.

    .venv/bin/python benchmarks/bench_ingest.py [--corpus PATH] [--json]

Targets (issue 2): ingest <= 5x the bare parse, peak memory < 400 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "data" / "unxml"


def xml_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.xml"))


def bare_parse_seconds(files: list[Path]) -> float:
    """Read and parse each XML file with xml.etree; nothing else."""
    start = time.perf_counter()
    for path in files:
        ET.fromstring(path.read_bytes())
    return time.perf_counter() - start


def ingest_seconds(corpus: Path, db_path: Path) -> tuple[float, dict, dict]:
    from mandates.ledger.ledger import Ledger

    start = time.perf_counter()
    ledger = Ledger.open(db_path)
    report = ledger.ingest([corpus])
    seconds = time.perf_counter() - start
    stats = ledger.stats()
    ledger.close()
    return seconds, report.as_dict(), stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report Python-heap peak (slows the run)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (needs ../shared/data/unxml)", file=sys.stderr)
        return 2
    files = xml_files(args.corpus)
    all_inputs = [p for p in args.corpus.rglob("*") if p.is_file()]

    # Warm the page cache so neither side pays for the first disk read.
    for path in all_inputs:
        path.read_bytes()
    parse_s = bare_parse_seconds(files)

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        if args.tracemalloc:
            tracemalloc.start()
        ingest_s, report, stats = ingest_seconds(args.corpus, db_path)
        heap_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        db_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6

    rss_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    result = {
        "xml_files": len(files),
        "inputs_total": len(all_inputs),
        "ingest_seconds": round(ingest_s, 2),
        "files_per_second": round(len(all_inputs) / ingest_s, 1),
        "bare_parse_seconds": round(parse_s, 2),
        "ratio_to_bare_parse": round(ingest_s / parse_s, 2),
        "peak_rss_mb": round(rss_peak_mb, 1),
        "python_heap_peak_mb": round(heap_peak / 1e6, 1) if heap_peak else None,
        "database_mb": round(db_mb, 1),
        "report": {k: (len(v) if isinstance(v, list) else v) for k, v in report.items()},
        "stats": {k: v for k, v in stats.items() if k != "years"},
        "cpu_count": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"ingest  {result['inputs_total']} files in {result['ingest_seconds']} s "
              f"({result['files_per_second']} files/s)")
        print(f"parse   {result['xml_files']} XML files with xml.etree in {result['bare_parse_seconds']} s")
        print(f"ratio   ingest / bare parse = {result['ratio_to_bare_parse']}x (target <= 5x)")
        print(f"memory  peak RSS {result['peak_rss_mb']} MB (target < 400 MB)")
        print(f"db      {result['database_mb']} MB; {result['stats']}")
        print(f"report  {result['report']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
