"""The report reader on the real text of every peace-operation resolution in the
corpus, compared with what the ledger read from the XML (``mandates eval
excerpts``). The floors are the measured agreement minus a small margin; see
``tests/baselines/excerpts.json`` for how they were measured."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mandates.cli import cli
from mandates.ledger.ledger import Ledger
from mandates.reports.evaluate import evaluate_reports
from mandates.reports.excerpts import write_excerpts

BASELINE = Path(__file__).resolve().parent / "baselines" / "excerpts.json"


@pytest.fixture(scope="session")
def excerpts(corpus_db: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("excerpts")
    with Ledger.open(corpus_db) as ledger, ledger.engine.connect() as conn:
        written = write_excerpts(conn, folder, "full")
    assert written > 600
    return folder


def test_an_excerpt_is_printed_as_the_un_publishes_it(excerpts: Path):
    text = (excerpts / "res2690.txt").read_text(encoding="utf-8")
    header, body = text.split("\n---\n", 1)
    assert "kind: resolution_excerpt" in header and "mission: MINUSMA" in header
    assert body.startswith("Resolution 2690 (2023)\n\nAdopted by the Security Council at its 9365th meeting, on 30 June 2023")
    assert "\n\nThe Security Council,\n\n" in body
    assert "\n\n1. Decides to terminate MINUSMA" in body and "\n\n(i) To provide security for United Nations personnel" in body
    gold = json.loads((excerpts / "res2690.gold.json").read_text())
    assert gold["resolutions"][0]["number"] == 2690 and gold["resolutions"][0]["vote"] is None
    (minusma,) = gold["missions"]
    assert minusma["action"] == "terminate" and minusma["terminated_on"] == "2023-06-30"
    assert minusma["withdrawal_deadline"] == "2023-12-31"
    assert [a["until"] for a in minusma["authorizations"]] == ["2023-09-30", "2023-12-31"]


def test_an_extension_for_a_period_is_not_scored_on_its_end(excerpts: Path):
    # S/RES/2001 (2011): "extend the mandate of UNAMI for a period of twelve months" — the end is the timeline's
    gold = json.loads((excerpts / "res2001.gold.json").read_text())
    (unami,) = gold["missions"]
    assert unami["action"] == "extend" and "mandate_until" not in unami


def test_the_reader_agrees_with_the_record_on_real_resolution_text(excerpts: Path):
    pinned = json.loads(BASELINE.read_text())
    result = evaluate_reports(excerpts)
    assert result["reports"] >= pinned["reports"] - 5
    fields = {**result["fields"], **result["extra_fields"]}
    low = {name: (fields[name]["accuracy"], floor, result["errors"].get(name, [])[:5])
           for name, floor in pinned["floors"].items() if fields[name]["accuracy"] < floor}
    assert not low


def test_eval_excerpts_refuses_an_empty_ledger(tmp_path: Path):
    result = CliRunner().invoke(cli, ["eval", "excerpts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "mandates ingest" in result.output
