"""The same ledger on PostgreSQL. Runs when MANDATES_TEST_POSTGRES names an
empty database URL (e.g. postgresql://mandates:mandates@127.0.0.1/mandates_test);
the full PostgreSQL suite is a later issue."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from mandates.ledger.ledger import Ledger

URL = os.environ.get("MANDATES_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not URL, reason="set MANDATES_TEST_POSTGRES to a PostgreSQL URL to run")


@pytest.fixture
def pg_ledger():
    ledger = Ledger.open(URL)
    with ledger.engine.begin() as conn:
        conn.execute(text("TRUNCATE documents, superseded, discrepancies RESTART IDENTITY CASCADE"))
    yield ledger
    ledger.close()


def test_ingest_query_and_search_on_postgres(pg_ledger, mali_files):
    report = pg_ledger.ingest(mali_files, jobs=0)
    assert report.failed == [] and report.new == len(mali_files)
    r = pg_ledger.resolution(2690)
    assert (r["adopted_on"], r["meeting"], r["submitters"]) == ("2023-06-30", "S/PV.9365", ["France"])
    assert sorted(pg_ledger.votes(2640)["votes"]["abstaining"]) == ["China", "Russian Federation"]
    assert any(h["label"] == "OP 5" for h in pg_ledger.search('"immediate vicinity"'))
    kinds = {p["kind"] for p in pg_ledger.provisions(2690)["provisions"]}
    assert {"terminate", "withdrawal", "liquidation"} <= kinds
    again = pg_ledger.ingest(mali_files, jobs=0)
    assert (again.new, again.unchanged) == (0, len(mali_files))
