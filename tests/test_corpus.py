"""The whole UN XML corpus: everything ingests, and survives a hard kill."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mandates.ledger.ledger import Ledger


def _english_xml(unxml: Path) -> list[Path]:
    return [p for p in unxml.rglob("*.xml")]


def test_every_resolution_and_draft_is_in_the_ledger(corpus_db, unxml):
    with Ledger.open(corpus_db) as ledger:
        stats = ledger.stats()
        drafts = ledger.resolutions(include_drafts=True)
    files = _english_xml(unxml)
    not_adopted = [p for p in files if "Not adopted" in str(p)]
    assert stats["drafts"] == len(not_adopted)
    # Some resolutions exist twice in the repository; each symbol is stored once.
    assert stats["resolutions"] + stats["drafts"] <= len(files)
    assert stats["resolutions"] >= len(files) - len(not_adopted) - 5
    assert stats["years"][0] == 2000 and stats["years"][-1] >= 2026
    assert stats["metadata_files"] == len(list((unxml / "data_extract").glob("*.json")))
    assert all(d["symbol"] for d in drafts)


def test_acceptance_values(corpus_db):
    with Ledger.open(corpus_db) as ledger:
        r = ledger.resolution(2690)
        assert (r["adopted_on"], r["meeting"], r["draft"], r["submitters"], r["chapter_vii"],
                r["outcome"]) == ("2023-06-30", "S/PV.9365", "S/2023/480", ["France"], True, "adopted")
        assert len(r["votes"]["in_favour"]) == 15
        v = ledger.votes(2640)
        assert (v["tally"]["in_favour"], v["tally"]["abstaining"]) == (13, 2)
        assert sorted(v["votes"]["abstaining"]) == ["China", "Russian Federation"]


def test_known_data_errors_are_reported_not_hidden(corpus_db):
    with Ledger.open(corpus_db) as ledger:
        rows = ledger.discrepancies()
    by_symbol = {}
    for r in rows:
        by_symbol.setdefault(r["symbol"], set()).add(r["field"])
    assert "date" in by_symbol.get("S/RES/2423 (2018)", set())
    assert by_symbol.get("S/RES/2756 (2024)"), "the 12-0-2 / 13-0-2 count mix-up must be listed"


def test_outcomes_follow_the_charter(corpus_db):
    con = sqlite3.connect(corpus_db)
    try:
        rows = con.execute("select symbol, outcome, in_favour from resolutions").fetchall()
        # Every adopted resolution with recorded votes had at least nine in favour.
        assert all(n is None or n >= 9 for _s, _o, n in rows)
        vetoed = con.execute("select count(*) from drafts where vetoed_by != '[]'").fetchone()[0]
        assert vetoed >= 10
    finally:
        con.close()


def _children(pid: int) -> list[int]:
    path = f"/proc/{pid}/task/{pid}/children"
    try:
        with open(path) as handle:
            return [int(x) for x in handle.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_kill_9_during_ingest_then_rerun_completes_without_duplicates(unxml, tmp_path):
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "mandates", "ingest", "--silent", "--db", str(db), str(unxml)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Wait until some documents are committed, then kill without warning.
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(db, timeout=1)
            done = con.execute("select count(*) from documents").fetchone()[0]
            con.close()
        except sqlite3.Error:
            done = 0
        if done >= 100:
            break
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # Its reading workers notice and exit instead of lingering.
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]

    # What the killed run committed is searchable: the first search indexes it.
    with Ledger.open(db) as ledger:
        assert ledger.search("Council")
    con = sqlite3.connect(db)
    try:
        assert con.execute("select count(*) from fts_pending").fetchone()[0] == 0
        indexed = con.execute("select count(*) from paragraphs_fts_docsize").fetchone()[0]
        assert indexed == con.execute("select count(*) from paragraphs").fetchone()[0]
    finally:
        con.close()

    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode in (0, 1), rerun.stderr
    con = sqlite3.connect(db)
    try:
        symbols = con.execute("select symbol, count(*) from resolutions group by symbol having count(*) > 1").fetchall()
        assert symbols == []
        orphans = con.execute(
            "select count(*) from paragraphs where document_id not in (select id from documents)").fetchone()[0]
        assert orphans == 0
        total = con.execute("select count(*) from resolutions").fetchone()[0]
    finally:
        con.close()
    with Ledger.open(db) as ledger:
        again = ledger.ingest([unxml])
    assert (again.new, again.replaced) == (0, 0)
    assert total >= 1500
