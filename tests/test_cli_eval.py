"""`mandates eval dates|pema` against the gold sets in ../shared."""
from __future__ import annotations

import json

from click.testing import CliRunner

from mandates.cli import cli

from .conftest import ROOT, SHARED, UNXML, need


def test_eval_dates_json_keys():
    gold = need(SHARED / "gold" / "dates" / "dates_dev.jsonl")
    out = json.loads(CliRunner().invoke(cli, ["eval", "dates", "--gold", str(gold), "--json"]).stdout)
    assert set(out) >= {"n", "exact", "ms_per_expression"}
    assert out["exact"] / out["n"] >= 0.93


def test_eval_pema_json_micro():
    gold = need(SHARED / "gold" / "pema" / "pema_dev.csv")
    result = CliRunner().invoke(cli, ["eval", "pema", "--gold", str(gold), "--xml", str(need(UNXML)), "--json"])
    assert result.exit_code == 0, result.output
    micro = json.loads(result.stdout)["micro"]
    assert set(micro) >= {"precision", "recall", "f1"}
    floor = json.loads((ROOT / "tests" / "baselines" / "pema.json").read_text())["micro_f1_floor"]
    assert micro["f1"] >= floor  # the command reports what the pinned floor guards


def test_eval_pema_with_a_missing_gold_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "pema", "--gold", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output
