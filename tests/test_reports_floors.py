"""Accuracy floors of report reading on our gold sets, alone and linked to the ledger.

The floors are pinned by ``scripts/pin_report_floors.py`` (measured minus a
margin). A gold set that changed must be measured and pinned again: the
digest check says so rather than comparing against stale floors.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mandates.ledger.ledger import Ledger
from mandates.ledger.report_store import RecordLookup
from mandates.reports.evaluate import evaluate_reports, gold_digest

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    # folder: its baseline
    "reports": "reports.json",                    # written by the reader's developers
    "reports_heldout": "reports_heldout.json",    # written blind to the reader's rules
    "reports_heldout2": "reports_heldout2.json",  # written blind, a second time
    "reports_heldout3": "reports_heldout3.json",  # and a third
    "reports_heldout4": "reports_heldout4.json",  # and a fourth
    "reports_heldout5": "reports_heldout5.json",  # and a fifth: never looked at
    "reports_shapes": "reports_shapes.json",      # real-document shapes: long releases, excerpts, pt/de
    "reports_heldout6": "reports_heldout6.json",  # the same shapes, blind: measured once, then a dev set
    "reports_heldout7": "reports_heldout7.json",  # old press releases, excerpts, four languages: blind, then dev
}
REPIN = "re-measure and re-pin: .venv/bin/python scripts/pin_report_floors.py tests/{0} tests/baselines/{1} --db DB"


def _sets():
    for folder, baseline in SETS.items():
        if (ROOT / "tests" / folder).is_dir():
            yield pytest.param(ROOT / "tests" / folder, ROOT / "tests" / "baselines" / baseline, id=folder)


def _low(result: dict, floors: dict) -> dict:
    fields = {**result["fields"], **result["extra_fields"]}
    return {name: (fields[name]["accuracy"], floor, result["errors"].get(name))
            for name, floor in floors.items() if fields[name]["accuracy"] < floor}


@pytest.mark.parametrize("gold, baseline", list(_sets()))
def test_floors_hold_on_the_reports_alone(gold: Path, baseline: Path):
    pinned = json.loads(baseline.read_text())
    assert gold_digest(gold) == pinned["gold_sha256"], REPIN.format(gold.name, baseline.name)
    result = evaluate_reports(gold)
    assert result["reports"] >= 20
    assert not _low(result, pinned["floors"])


@pytest.mark.parametrize("gold, baseline", list(_sets()))
def test_floors_hold_linked_to_the_ledger(gold: Path, baseline: Path, corpus_db: Path):
    pinned = json.loads(baseline.read_text())
    assert gold_digest(gold) == pinned["gold_sha256"], REPIN.format(gold.name, baseline.name)
    with Ledger.open(corpus_db) as ledger, ledger.engine.connect() as conn:
        result = evaluate_reports(gold, RecordLookup(conn, ledger.registry), ledger.registry)
    assert result["with_record"]
    assert not _low(result, pinned["floors_with_record"])
