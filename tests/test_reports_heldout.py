"""Accuracy floors on the held-out reports (written blind to the reader's rules)."""
from __future__ import annotations

import json
from pathlib import Path

from mandates.reports.evaluate import evaluate_reports

from .test_reports_ledger import gold_digest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "reports_heldout"
BASELINE = ROOT / "tests" / "baselines" / "reports_heldout.json"


def test_heldout_floors_hold():
    baseline = json.loads(BASELINE.read_text())
    assert gold_digest(HELDOUT) == baseline["gold_sha256"], (
        "the held-out reports changed: re-measure with `mandates eval reports --gold tests/reports_heldout` "
        "and re-pin tests/baselines/reports_heldout.json")
    result = evaluate_reports(HELDOUT)
    assert result["reports"] >= 20
    low = {name: result["fields"][name]["accuracy"] for name, floor in baseline["floors"].items()
           if result["fields"][name]["accuracy"] < floor}
    assert not low, low
