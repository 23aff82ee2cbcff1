"""The CLI through CliRunner, reopening the database to check what it wrote."""
from __future__ import annotations

import http.server
import json
import socket
import sqlite3
import threading
import zipfile

import pytest
from click.testing import CliRunner

from mandates.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


def run(runner, *args, env=None):
    return runner.invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_ingest_then_query(runner, db, mali_files):
    result = run(runner, "ingest", "--db", db, *mali_files)
    assert result.exit_code == 0, result.output
    assert f"{len(mali_files)} new" in result.stderr

    con = sqlite3.connect(db)
    assert con.execute("select count(*) from resolutions").fetchone()[0] == 3
    assert con.execute("select count(*) from drafts").fetchone()[0] == 1
    con.close()

    result = run(runner, "resolution", "2690", "--json", "--db", db)
    data = json.loads(result.stdout)
    for key in ("symbol", "number", "adopted_on", "meeting", "draft", "submitters", "sponsors",
                "chapter_vii", "outcome", "votes", "paragraphs", "cites"):
        assert key in data
    assert set(data["votes"]) >= {"in_favour", "against", "abstaining", "non_voting"}
    assert {"eid", "label", "kind", "text"} <= set(data["paragraphs"][0])

    text = run(runner, "resolution", "2690", "--db", db).stdout
    assert "S/PV.9365" in text and "OP 6(iv)" in text

    votes = json.loads(run(runner, "votes", "2640", "--json", "--db", db).stdout)
    assert sorted(votes["votes"]["abstaining"]) == ["China", "Russian Federation"]

    listing = json.loads(run(runner, "resolutions", "--year", "2023", "--json", "--db", db).stdout)
    assert [r["symbol"] for r in listing["resolutions"]] == ["S/RES/2690 (2023)"]
    mali = json.loads(run(runner, "resolutions", "--agenda", "mali", "--chapter-vii", "--json", "--db", db).stdout)
    assert mali["count"] == 3

    hits = json.loads(run(runner, "search", "immediate vicinity", "--json", "--db", db).stdout)
    assert hits["hits"][0]["symbol"] == "S/RES/2690 (2023)"


def test_environment_variable_names_the_database(runner, tmp_path, mali_files):
    db = tmp_path / "env.db"
    result = run(runner, "ingest", mali_files[0], env={"MANDATES_DB": str(db)})
    assert result.exit_code == 0
    assert db.exists()


def test_second_ingest_reports_nothing_new(runner, db, mali_files):
    run(runner, "ingest", "--db", db, *mali_files)
    result = run(runner, "ingest", "--db", db, "--json", *mali_files)
    report = json.loads(result.stdout)
    assert report["new"] == 0 and report["unchanged"] == len(mali_files)


def test_failed_input_exits_1_with_one_line(runner, db, tmp_path, mali_files):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    result = run(runner, "ingest", "--db", db, empty, mali_files[0])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {empty}: empty file"]
    assert "1 new" in result.stderr


def test_unknown_resolution_is_a_clear_error(runner, db, mali_files):
    run(runner, "ingest", "--db", db, mali_files[0])
    result = run(runner, "resolution", "9999", "--db", db)
    assert result.exit_code == 1
    assert "not in the ledger" in result.stderr
    assert "Traceback" not in result.output
    result = run(runner, "resolution", "hello", "--db", db)
    assert result.exit_code == 1 and "not a resolution number" in result.stderr


def test_usage_error_exits_2(runner):
    assert runner.invoke(cli, ["resolution"]).exit_code == 2
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2


def test_check_record_lists_disagreements(runner, db, unxml):
    xml = next(unxml.rglob("S_RES_2423*.xml"))
    run(runner, "ingest", "--db", db, xml, unxml / "data_extract" / "2018.json")
    out = json.loads(run(runner, "check-record", "--json", "--db", db).stdout)
    fields = {(r["symbol"], r["field"]) for r in out["discrepancies"]}
    assert ("S/RES/2423 (2018)", "date") in fields


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_fetch_downloads_and_ingests_from_a_local_server(runner, db, tmp_path, mali_files):
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "main.zip", "w") as zf:
        for f in mali_files[:3]:
            zf.write(f, f"SCresolutions-main/x/{f.name}")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(served), **kw)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/main.zip"
        result = run(runner, "fetch", "--url", url, "--cache", tmp_path / "cache", "--db", db)
        assert result.exit_code == 0, result.output
        assert "3 new" in result.stderr
        assert list((tmp_path / "cache").glob("main-*.zip"))
        missing = run(runner, "fetch", "--url", url.replace("main.zip", "gone.zip"),
                      "--cache", tmp_path / "cache", "--db", db)
        assert missing.exit_code == 1 and "404" in missing.stderr
    finally:
        server.shutdown()
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from resolutions").fetchone()[0] == 3


def test_fetch_offline_is_a_clear_error(runner, db, tmp_path):
    url = f"http://127.0.0.1:{_free_port()}/main.zip"  # nothing listens there
    result = run(runner, "fetch", "--url", url, "--cache", tmp_path / "cache", "--db", db, "--timeout", "5")
    assert result.exit_code == 1
    assert "cannot download" in result.stderr and "offline" in result.stderr
    assert not list((tmp_path / "cache").glob("*.part"))
