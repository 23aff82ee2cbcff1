"""Provisions read from real resolutions: the MINUSMA anchor cases."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from mandates.cli import cli
from mandates.extract.provisions import read_provisions, split_clauses
from mandates.readers.akn import read_akn

from .conftest import corpus_file, resolution_file

D = dt.date


def provisions_of(unxml, number: int):
    path = resolution_file(unxml, number)
    decision = read_akn(path.read_bytes(), str(path))
    return decision, read_provisions(decision)


def of_kind(provisions, kind, mission="MINUSMA"):
    return [p for p in provisions if p.kind == kind and p.mission == mission]


def test_2690_termination_drawdown_and_sunsets(unxml):
    _, ps = provisions_of(unxml, 2690)
    [terminate] = of_kind(ps, "terminate")
    assert (terminate.label, terminate.eid, terminate.effective_from) == ("OP 1", "para_11", D(2023, 6, 30))
    assert terminate.text[terminate.span_start:terminate.span_end].startswith("Decides to terminate")
    for kind in ("cessation", "transfer", "drawdown", "withdrawal"):
        [p] = of_kind(ps, kind)
        assert (p.label, p.effective_from, p.effective_until) == ("OP 2", D(2023, 7, 1), D(2023, 12, 31)), kind
    plan = [p for p in of_kind(ps, "report") if p.label == "OP 3"]
    assert plan and plan[0].effective_until == D(2023, 8, 15)

    op5 = [p for p in ps if p.label == "OP 5"]
    assert {p.effective_until for p in op5} == {D(2023, 9, 30)}
    tasks_op5 = {p.task for p in op5 if p.kind == "task"}
    assert {"CivProtect", "HumanRelief"} <= tasks_op5

    op6 = [p for p in of_kind(ps, "authorization") if p.label.startswith("OP 6(")]
    assert [p.label for p in op6] == [f"OP 6({n})" for n in ("i", "ii", "iii", "iv", "v", "vi")]
    assert all(p.effective_until == D(2023, 12, 31) for p in op6)
    assert any("extract" in p.detail for p in op6) and any("medical" in p.detail for p in op6)

    [liquidation] = of_kind(ps, "liquidation")
    assert (liquidation.label, liquidation.effective_from) == ("OP 7", D(2024, 1, 1))
    [guard] = of_kind(ps, "guard_unit")
    assert guard.label == "OP 7"


def test_2100_establishes_minusma(unxml):
    _, ps = provisions_of(unxml, 2100)
    [establish] = of_kind(ps, "establish")
    assert (establish.label, establish.effective_from, establish.effective_until) == \
        ("OP 7", D(2013, 7, 1), D(2014, 6, 30))
    ceilings = {(p.unit, p.value) for p in of_kind(ps, "ceiling")}
    assert ceilings == {("military", 11200), ("police", 1440)}
    assert [p.label for p in of_kind(ps, "authorize_force")] == ["OP 17"]


def test_2640_extension_and_ceilings(unxml):
    _, ps = provisions_of(unxml, 2640)
    [extend] = of_kind(ps, "extend")
    assert extend.effective_until == D(2023, 6, 30)
    assert {(p.unit, p.value) for p in of_kind(ps, "ceiling")} == {("military", 13289), ("police", 1920)}
    assert of_kind(ps, "priority_tasks")


MINUSMA_ENDS = {
    2100: D(2014, 6, 30), 2164: D(2015, 6, 30), 2227: D(2016, 6, 30), 2295: D(2017, 6, 30),
    2364: D(2018, 6, 30), 2423: D(2019, 6, 30), 2480: D(2020, 6, 30), 2531: D(2021, 6, 30),
    2584: D(2022, 6, 30), 2640: D(2023, 6, 30),
}


@pytest.mark.parametrize("number,end", sorted(MINUSMA_ENDS.items()))
def test_every_minusma_resolution_gives_its_mandate_end(unxml, number, end):
    _, ps = provisions_of(unxml, number)
    period = of_kind(ps, "establish") + of_kind(ps, "extend")
    assert [p.effective_until for p in period] == [end]


def test_labels_come_from_printed_numbers_not_eids(unxml):
    decision, ps = provisions_of(unxml, 2690)
    for p in ps:
        paragraph = next(q for q in decision.paragraphs if q.eid == p.eid)
        assert p.label == paragraph.label
        assert 0 <= p.span_start <= p.span_end <= len(p.text)


def test_other_actors_do_not_get_the_missions_authorities(unxml):
    # 2100 OP 18 authorizes French troops, not MINUSMA, to use all necessary means.
    _, ps = provisions_of(unxml, 2100)
    assert "OP 18" not in [p.label for p in of_kind(ps, "authorize_force")]


def test_clauses_split_at_the_councils_verbs():
    text = "Decides to terminate the mandate as of 30 June 2023; requests the Secretary-General to report by 1 August 2023"
    clauses = split_clauses(text)
    assert [c.text.split()[0] for c in clauses] == ["Decides", "requests"]
    assert "".join(c.text for c in clauses) == text


def test_provisions_command(tmp_path, unxml):
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    path = corpus_file(unxml, "S_RES_2690[_ ]*.xml")
    assert runner.invoke(cli, ["ingest", "--db", db, "--jobs", "0", str(path)]).exit_code == 0
    out = json.loads(runner.invoke(cli, ["provisions", "2690", "--json", "--db", db]).stdout)
    first = out["provisions"][0]
    for key in ("mission", "kind", "eid", "label", "effective_from", "effective_until", "task",
                "modality", "priority", "value", "text"):
        assert key in first
    assert (first["kind"], first["label"], first["effective_from"]) == ("terminate", "OP 1", "2023-06-30")
    text = runner.invoke(cli, ["provisions", "2690", "--db", db]).stdout
    assert "MINUSMA" in text and "until 2023-12-31" in text


def test_ceilings_that_step_down_on_a_date(unxml):
    # S/RES/2717 (2023) OP 30: one set until 30 June 2024, reduced from 1 July 2024.
    _, ps = provisions_of(unxml, 2717)
    ceilings = {(p.unit, p.value, p.effective_from, p.effective_until) for p in of_kind(ps, "ceiling", "MONUSCO")}
    assert ("military", 13500, None, D(2024, 6, 30)) in ceilings
    assert ("formed_police_units", 1410, None, D(2024, 6, 30)) in ceilings
    assert ("military", 11500, D(2024, 7, 1), None) in ceilings
    assert ("police", 443, D(2024, 7, 1), None) in ceilings


@pytest.mark.slow
def test_extension_coverage_over_the_corpus(unxml):
    """Resolutions the Library titles "extension of the mandate" of a registry
    mission yield a dated extension for that mission (562 of 565 when pinned)."""
    import re

    from mandates.missions import Registry

    registry = Registry.load()
    total = found = 0
    for path in sorted(unxml.rglob("*.xml")):
        try:
            decision = read_akn(path.read_bytes(), str(path))
        except Exception:  # noqa: BLE001 - junk and non-resolutions are other tests' business
            continue
        if not re.search(r"extension of the mandate", decision.title or "", re.I):
            continue
        named = [m[0] for m in registry.find_in_text(decision.title) if m[0].un_mission]
        if not named:
            continue
        total += 1
        found += any(p.kind == "extend" and p.mission == named[0].acronym and (p.effective_until or p.value)
                     for p in read_provisions(decision, registry))
    assert total >= 560
    assert found >= 560, f"{found} of {total}"
