"""Events and claims from ingested reports appear on the mission's history."""
from __future__ import annotations

import json

from click.testing import CliRunner

from mandates.cli import cli

from .conftest import SHARED, need, resolution_file


def test_seed_report_events_and_claims_on_minusma_history(tmp_path, unxml):
    seed = need(SHARED / "seed" / "000_ecc484f41ab56fe7.txt")
    db = str(tmp_path / "h.db")
    runner = CliRunner()
    files = [str(resolution_file(unxml, n)) for n in (2100, 2640, 2690)]
    result = runner.invoke(cli, ["ingest", "--db", db, "--jobs", "0", *files, str(seed)])
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(cli, ["history", "MINUSMA", "--json", "--db", db]).stdout)
    events = {(e["kind"], e["status"]) for e in data["events"]}
    assert ("massacre", "alleged") in events and ("coup", "reported") in events
    assert all(e["source"]["origin"] == str(seed) for e in data["events"])
    speakers = {c["speaker"] for c in data["claims"]}
    assert speakers == {"John Kirby"}
    text = runner.invoke(cli, ["history", "MINUSMA", "--db", db]).stdout
    assert "reported (from ingested reports; not in the record)" in text
