"""The timeline commands through CliRunner on real MINUSMA resolutions, and the
acceptance cases of the timeline (MINUSMA 2023, missions on 2024-06-30)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mandates.cli import cli
from mandates.ledger.ledger import Ledger

from .conftest import corpus_file

pytestmark = pytest.mark.shared


def run(*args, expect: int = 0):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == expect, result.output
    return result


@pytest.fixture(scope="module")
def mali_db(unxml, tmp_path_factory) -> str:
    """2100 (establishes MINUSMA), 2584 (2021), 2640 (2022), 2690 (2023), ingested by the CLI."""
    db = str(tmp_path_factory.mktemp("timeline") / "mali.db")
    files = [corpus_file(unxml, pattern) for pattern in
             ("S_RES_2100[_ ]*.xml", "SC_2584_*.xml", "S_RES_2640[_ ]*.xml", "S_RES_2690[_ ]*.xml")]
    run("ingest", "--db", db, "--silent", *files)
    return db


def state(db, on):
    return json.loads(run("mission", "MINUSMA", "--on", on, "--json", "--db", db).stdout)


def cites(element) -> set[str]:
    return {f"{s['symbol']} {s['label']}" for s in element["sources"]}


def test_minusma_acceptance_states(mali_db):
    s = state(mali_db, "2023-06-29")
    assert {"mission", "on", "status", "mandate", "tasks", "authorizations", "ceilings", "deadlines"} <= set(s)
    assert (s["mission"], s["on"], s["status"]) == ("MINUSMA", "2023-06-29", "active")
    assert (s["mandate"]["from"], s["mandate"]["until"]) == ("2022-07-01", "2023-06-30")
    assert cites(s["mandate"]) == {"S/RES/2640 (2022) OP 15"}
    ceilings = {c["unit"]: c for c in s["ceilings"]}
    assert (ceilings["military"]["value"], ceilings["police"]["value"]) == (13289, 1920)
    assert cites(ceilings["military"]) == {"S/RES/2640 (2022) OP 16"}
    assert any(t["task"] == "CivProtect" and t["priority"] for t in s["tasks"])
    for element in s["tasks"] + s["authorizations"] + s["ceilings"] + s["deadlines"]:
        assert element["sources"] and all(x["eid"] and x["label"] for x in element["sources"])

    s = state(mali_db, "2023-07-15")
    assert s["status"] == "drawdown" and s["ceilings"] == []
    functions = {next(iter(cites(a))): a["until"] for a in s["authorizations"] if a["kind"] == "function"}
    assert functions["S/RES/2690 (2023) OP 5"] == "2023-09-30"      # the civilians authority
    for label in ("OP 6(i)", "OP 6(iv)", "OP 6(v)"):              # security, extraction, medical evacuation
        assert functions[f"S/RES/2690 (2023) {label}"] == "2023-12-31"

    s = state(mali_db, "2023-10-15")
    assert s["status"] == "drawdown"
    functions = {next(iter(cites(a))) for a in s["authorizations"]}
    assert "S/RES/2690 (2023) OP 5" not in functions and "S/RES/2690 (2023) OP 6(i)" in functions
    assert not any(t["task"] == "CivProtect" for t in s["tasks"])

    s = state(mali_db, "2024-02-01")
    assert s["status"] == "liquidation"
    assert cites(s["liquidation"]) == {"S/RES/2690 (2023) OP 7"}

    # The CLI and the library agree, on a reopened database.
    with Ledger.open(mali_db) as ledger:
        assert ledger.mission_state("MINUSMA", "2024-02-01") == state(mali_db, "2024-02-01")
        assert ledger.stats()["resolutions"] == 4


def test_mission_text_output(mali_db):
    out = run("mission", "MINUSMA", "--on", "2023-10-15", "--db", mali_db).stdout
    assert "on 2023-10-15: drawdown" in out
    assert "2023-12-31" in out and "OP 6(i)" in out
    assert "preceded by AFISMA" in out


def test_diff_2640_2690(mali_db):
    data = json.loads(run("diff", "2640", "2690", "--json", "--db", mali_db).stdout)
    assert data["mission"] == "MINUSMA"
    assert data["resolutions"] == {"from": "S/RES/2640 (2022)", "to": "S/RES/2690 (2023)"}
    assert data["terminated"]["on"] == "2023-06-30"
    assert data["status"] == {"from": "active", "to": "drawdown"}
    assert {t["task"] for t in data["tasks"]["removed"]} >= {"Reconcil", "StateAuthority", "ElectAssist"}
    timed = {(a["sources"][0]["label"], a["until"]) for a in data["authorizations"]["added"] if a["until"]}
    assert ("OP 5", "2023-09-30") in timed and ("OP 6(iv)", "2023-12-31") in timed
    assert {c["unit"] for c in data["ceilings"]["removed"]} == {"military", "police"}
    text = run("diff", "2640", "2690", "--db", mali_db).stdout
    assert "The mandate was terminated as of 2023-06-30 (S/RES/2690 (2023) OP 1)." in text
    assert "The priority tasks ended" in text
    assert "until 2023-09-30: Respond to imminent threats" in text
    assert "until 2023-12-31: Provide medical support" in text

    by_date = json.loads(run("diff", "MINUSMA", "--from", "2022-06-01", "--to", "2022-07-01", "--json",
                             "--db", mali_db).stdout)
    assert by_date["period"]["to"] == {"from": "2022-07-01", "until": "2023-06-30"}
    assert by_date["resolutions"] is None


def test_history(mali_db):
    data = json.loads(run("history", "MINUSMA", "--json", "--db", mali_db).stdout)
    rows = {r["symbol"]: r for r in data["resolutions"]}
    assert rows["S/RES/2100 (2013)"]["actions"][0] == "establish"
    assert rows["S/RES/2640 (2022)"]["mandate_until"] == "2023-06-30"
    assert rows["S/RES/2640 (2022)"]["vote"]["tally"] == {"in_favour": 13, "against": 0, "abstaining": 2,
                                                          "non_voting": 0}
    assert {(c["unit"], c["value"]) for c in rows["S/RES/2640 (2022)"]["ceilings"]} == {("military", 13289),
                                                                                        ("police", 1920)}
    assert "terminate" in rows["S/RES/2690 (2023)"]["actions"]
    assert rows["S/RES/2690 (2023)"]["vote"]["unanimous"]
    assert [s["status"] for s in data["statuses"]][-3:] == ["active", "drawdown", "liquidation"]
    text = run("history", "MINUSMA", "--db", mali_db).stdout
    assert "S/RES/2640 (2022)" in text and "13-0-2" in text


def test_calendar_and_ics(mali_db, tmp_path):
    ics = tmp_path / "minusma.ics"
    data = json.loads(run("calendar", "--from", "2023-01-01", "--to", "2023-12-31", "--mission", "MINUSMA",
                          "--ics", ics, "--json", "--db", mali_db).stdout)
    dates = {e["date"] for e in data["events"]}
    assert {"2023-06-30", "2023-09-30", "2023-12-31"} <= dates
    assert any("liquidation begins 2024-01-01" in e["text"] for e in data["events"])
    raw = ics.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = raw.decode().replace("\r\n ", "").split("\r\n")
    starts = {line.split(":")[1] for line in lines if line.startswith("DTSTART;VALUE=DATE:")}
    assert {"20230630", "20230930", "20231231"} <= starts
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) == data["count"]
    again = run("calendar", "--from", "2023-01-01", "--to", "2023-12-31", "--mission", "MINUSMA", "--ics", "-",
                "--db", mali_db).stdout_bytes.decode()
    assert [line for line in again.replace("\r\n ", "").split("\r\n") if line.startswith("UID:")] == uids
    later = json.loads(run("calendar", "--from", "2024-01-01", "--to", "2024-01-31", "--mission", "MINUSMA",
                           "--json", "--db", mali_db).stdout)
    assert [(e["date"], e["kind"]) for e in later["events"]] == [("2024-01-01", "liquidation_start")]


def test_errors_are_one_line_with_exit_codes(mali_db):
    result = run("mission", "MINUSM", "--db", mali_db, expect=1)
    assert "unknown mission 'MINUSM'; did you mean MINUSMA?" in result.output
    assert "Traceback" not in result.output
    run("mission", "MINUSMA", "--on", "2023-13-01", "--db", mali_db, expect=2)
    run("diff", "2640", "--db", mali_db, expect=2)
    run("diff", "MINUSMA", "--from", "2023-01-01", "--db", mali_db, expect=2)
    assert "not in the ledger" in run("diff", "2640", "9999", "--db", mali_db, expect=1).output
    run("calendar", "--from", "2023-02-01", "--to", "2023-01-01", "--db", mali_db, expect=2)


@pytest.mark.slow
def test_missions_on_2024_06_30(corpus_db):
    data = json.loads(run("missions", "--on", "2024-06-30", "--json", "--db", corpus_db).stdout)
    status = {m["mission"]: m["status"] for m in data["missions"]}
    for acronym in ("UNMISS", "MINUSCA", "MONUSCO", "UNIFIL", "UNFICYP", "UNDOF", "MINURSO", "UNISFA"):
        assert status.get(acronym) == "active", acronym
    assert "MINUSMA" not in status
    everything = json.loads(run("missions", "--on", "2024-06-30", "--all", "--json", "--db", corpus_db).stdout)
    assert {m["mission"]: m["status"] for m in everything["missions"]}["MINUSMA"] == "liquidation"


@pytest.mark.slow
def test_minusma_on_the_whole_ledger(corpus_db):
    s = state(corpus_db, "2023-06-29")
    assert (s["status"], s["mandate"]["until"]) == ("active", "2023-06-30")
    assert {(c["unit"], c["value"]) for c in s["ceilings"]} == {("military", 13289), ("police", 1920)}
    assert [state(corpus_db, d)["status"] for d in ("2023-07-15", "2023-10-15", "2024-02-01")] == [
        "drawdown", "drawdown", "liquidation"]
    events = json.loads(run("calendar", "--from", "2023-01-01", "--to", "2024-01-31", "--mission", "MINUSMA",
                            "--json", "--db", corpus_db).stdout)["events"]
    assert {"2023-06-30", "2023-09-30", "2023-12-31", "2024-01-01"} <= {e["date"] for e in events}
