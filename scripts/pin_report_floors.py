"""Measure a report gold set and pin its accuracy floors.

    .venv/bin/python scripts/pin_report_floors.py tests/reports tests/baselines/reports.json \
        --db /tmp/corpus.db --margin 0.02

Scores the set twice — on the reports alone and linked to the ledger (--db,
which must hold the corpus) — and writes, for each way, the measured accuracy
of every field and a floor of measured minus ``--margin``. A floor never goes
down unless ``--allow-lower`` is given (say why in the commit). The tests in
tests/test_reports_ledger.py and tests/test_reports_heldout.py hold the code
to these floors.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mandates.ledger.ledger import Ledger
from mandates.ledger.report_store import RecordLookup
from mandates.reports.evaluate import evaluate_reports, gold_digest

# Floors cover the ten fields on the reports alone, and with the ledger
# also the vote date and every date in the text (the ledger anchors undated reports).
ALONE = ("resolution_number", "vote", "unanimous", "abstaining", "action", "mandate_until",
         "terminated_on", "withdrawal_deadline", "ceilings", "authorization_sunsets")
WITH_RECORD = ALONE + ("adopted_on", "dates_in_text")


def _accuracies(result: dict) -> dict[str, dict]:
    fields = {**result["fields"], **result["extra_fields"]}
    return {name: {"accuracy": round(s["accuracy"], 4), "n": s["n"]} for name, s in fields.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--db", required=True, help="a ledger holding ../shared/data/unxml")
    parser.add_argument("--margin", type=float, default=0.02)
    parser.add_argument("--allow-lower", action="store_true")
    parser.add_argument("--about", help="what the set is (kept from the old baseline if not given)")
    args = parser.parse_args()

    old = json.loads(args.baseline.read_text()) if args.baseline.exists() else {}
    alone = _accuracies(evaluate_reports(args.gold))
    with Ledger.open(args.db) as ledger:
        if not ledger.stats().get("resolutions"):
            print(f"{args.db}: the ledger holds no resolutions", file=sys.stderr)
            return 2
        with ledger.engine.connect() as conn:
            linked = _accuracies(evaluate_reports(args.gold, RecordLookup(conn, ledger.registry), ledger.registry))

    lowered = []

    def floors(measured: dict, names: tuple[str, ...], previous: dict) -> dict:
        out = {}
        for name in names:
            floor = round(max(0.0, measured[name]["accuracy"] - args.margin), 2)
            if name in previous and floor < previous[name] and not args.allow_lower:
                lowered.append(f"{name}: {previous[name]} -> {floor}")
                floor = previous[name]
            out[name] = floor
        return out

    baseline = {
        "about": args.about or old.get("about") or old.get("note", ""),
        "gold_sha256": gold_digest(args.gold),
        "margin": args.margin,
        "floors": floors(alone, ALONE, old.get("floors", {})),
        "floors_with_record": floors(linked, WITH_RECORD, old.get("floors_with_record", {})),
        "measured": {name: alone[name] for name in WITH_RECORD},
        "measured_with_record": {name: linked[name] for name in WITH_RECORD},
    }
    if lowered:
        print("kept the earlier floor (measured lower; --allow-lower to lower it):\n  " + "\n  ".join(lowered),
              file=sys.stderr)
    args.baseline.write_text(json.dumps(baseline, indent=1) + "\n")
    for name in WITH_RECORD:
        print(f"{name:<24} alone {alone[name]['accuracy']:.3f}   with the ledger {linked[name]['accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
