"""Properties of the timeline (hypothesis).

For random missions and days:
- the indexed state (``Timeline.state_on``) equals the brute-force fold
  (``fold_state``, which replays every resolution adopted by that day);
- the state changes only on days where a provision (or a period it opens)
  starts or ends: ``Timeline.change_dates``;
- a state never depends on resolutions adopted after its day.

On synthetic histories (any shape the rules must handle) and on the real
2000–2026 ledger (skipped without ../shared).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandates.timeline.fold import fold_state
from mandates.timeline.index import Timeline
from mandates.timeline.model import MissionFacts, ProvisionRow

DAY = dt.timedelta(days=1)
BASE = dt.date(2005, 1, 1)
TASK_KEYS = ("CivProtect", "HumanRights", "ElectAssist", "Demining", "PoliceReform", "Reconcil")
MODALITIES = ("monitor", "assist", "secure", "encouraged")


def comparable(state) -> dict:
    out = state.to_dict()
    out.pop("on")
    return out


# --- synthetic histories ------------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=500)


@st.composite
def resolution_rows(draw, number: int, adopted: dt.date, first: bool) -> list[ProvisionRow]:
    rows: list[ProvisionRow] = []
    order = iter(range(1000))

    def add(kind, label="OP 1", **fields):
        rows.append(ProvisionRow(symbol=f"S/RES/{number} ({adopted.year})", adopted_on=adopted, mission="SYN",
                                 kind=kind, eid=f"para_{len(rows)}", label=label, order=next(order), **fields))

    def maybe_day(low=-30, high=500):
        return adopted + draw(st.integers(low, high)) * DAY if draw(st.booleans()) else None

    if first and draw(st.booleans()):
        start = adopted + draw(st.integers(0, 60)) * DAY
        if draw(st.booleans()):
            add("establish", effective_from=start, effective_until=start + draw(st.integers(90, 400)) * DAY)
        else:
            add("establish", effective_from=start, value=draw(st.sampled_from([6, 12])), unit="months")
    elif draw(st.integers(0, 9)) < 6:
        choice = draw(st.integers(0, 3))
        if choice == 0:
            add("extend", effective_until=adopted + draw(st.integers(-20, 500)) * DAY)
        elif choice == 1:
            add("extend", value=draw(st.sampled_from([3, 6, 12])), unit="months", detail="for a period")
        elif choice == 2:
            add("extend", detail="final period", effective_until=adopted + draw(st.integers(10, 400)) * DAY)
        else:
            add("extend")
    if draw(st.integers(0, 3)) == 0:
        add(draw(st.sampled_from(["restate", "priority_tasks", "strategic_priority"])), "OP 2 intro")
    for _ in range(draw(st.integers(0, 7))):
        until = maybe_day(0, 300) if draw(st.integers(0, 4)) == 0 else None
        add("task", f"OP 3({len(rows)})", task=draw(st.sampled_from(TASK_KEYS)),
            modality=draw(st.sampled_from(MODALITIES)), priority=draw(st.booleans()),
            effective_until=until, effective_from=adopted if until else None)
    for _ in range(draw(st.integers(0, 2))):
        add("ceiling", "OP 4", value=draw(st.integers(100, 20000)), unit=draw(st.sampled_from(["military", "police"])),
            effective_from=maybe_day(0, 200) if draw(st.integers(0, 3)) == 0 else None,
            effective_until=maybe_day(0, 300) if draw(st.integers(0, 3)) == 0 else None)
    if draw(st.integers(0, 3)) == 0:
        add("authorize_force", "OP 5")
    if draw(st.integers(0, 7)) == 0:
        add("terminate", "OP 6", effective_from=maybe_day(-5, 90))
        if draw(st.booleans()):
            add(draw(st.sampled_from(["withdrawal", "cessation", "drawdown"])), "OP 7",
                effective_from=maybe_day(0, 90), effective_until=adopted + draw(st.integers(10, 300)) * DAY)
        if draw(st.booleans()):
            add("liquidation", "OP 8", effective_from=adopted + draw(st.integers(30, 400)) * DAY)
    for _ in range(draw(st.integers(0, 2))):
        add("authorization", "OP 9", effective_from=adopted, effective_until=adopted + draw(st.integers(0, 300)) * DAY,
            detail=draw(st.sampled_from(["Protect civilians", "Provide security", "Escort"])))
    if draw(st.integers(0, 5)) == 0:
        add("guard_unit", "OP 10", detail=draw(st.sampled_from([None, "for the duration of the liquidation"])))
    if draw(st.integers(0, 3)) == 0:
        add("report", "OP 11", effective_until=adopted + draw(st.integers(-10, 200)) * DAY)
    return rows


@st.composite
def histories(draw) -> tuple[MissionFacts, list[ProvisionRow]]:
    start = BASE + draw(st.integers(-2000, 400)) * DAY if draw(st.booleans()) else None
    end = BASE + draw(st.integers(200, 3000)) * DAY if draw(st.booleans()) else None
    withdrawal = end + draw(st.integers(0, 200)) * DAY if end and draw(st.booleans()) else None
    facts = MissionFacts("SYN", "Synthetic mission", "peacekeeping", True, start, end, withdrawal,
                         "S/RES/1 (2005)", None, ("OLD",), ("NEW",))
    rows: list[ProvisionRow] = []
    adopted = BASE + draw(st.integers(0, 200)) * DAY
    for i in range(draw(st.integers(0, 8))):
        rows += draw(resolution_rows(1000 + i, adopted, i == 0))
        adopted += draw(st.integers(0, 400)) * DAY   # two resolutions on one day happen too
    return facts, rows


days = st.integers(min_value=-400, max_value=4000).map(lambda n: BASE + n * DAY)
SYNTHETIC = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SYNTHETIC
@given(histories(), st.lists(days, min_size=1, max_size=8))
def test_index_equals_brute_force_fold(history, some_days):
    facts, rows = history
    timeline = Timeline(facts, rows)
    for day in some_days:
        assert timeline.state_on(day).to_dict() == fold_state(facts, rows, day).to_dict()


@SYNTHETIC
@given(histories(), st.lists(days, min_size=1, max_size=8))
def test_state_changes_only_where_a_provision_starts_or_ends(history, some_days):
    facts, rows = history
    changes = set(Timeline(facts, rows).change_dates())
    for day in some_days:
        if comparable(fold_state(facts, rows, day)) != comparable(fold_state(facts, rows, day - DAY)):
            assert day in changes, day


@SYNTHETIC
@given(histories(), days)
def test_a_state_ignores_later_resolutions(history, day):
    facts, rows = history
    known = [r for r in rows if r.adopted_on <= day]
    assert Timeline(facts, rows).state_on(day).to_dict() == Timeline(facts, known).state_on(day).to_dict()


def test_between_change_dates_the_state_holds():
    """Exhaustively, day by day, on one dense synthetic history."""
    facts, rows = _dense_history()
    timeline = Timeline(facts, rows)
    changes = set(timeline.change_dates())
    day, previous = BASE - 30 * DAY, None
    while day < BASE + 1500 * DAY:
        state = comparable(timeline.state_on(day))
        if previous is not None and state != previous:
            assert day in changes, day
        previous = state
        day += DAY


def _dense_history():
    from .timeline_rows import facts, row, task

    rows = [
        row(1, "2005-02-01", "establish", effective_from="2005-03-01", effective_until="2005-08-31"),
        task(1, "2005-02-01", "CivProtect", "secure", priority=True),
        row(1, "2005-02-01", "ceiling", "OP 4", value=3000, unit="military"),
        row(2, "2005-08-25", "extend", value=6, unit="months"),
        row(3, "2005-12-10", "priority_tasks", "OP 2 intro"),
        task(3, "2005-12-10", "ElectAssist", "assist", priority=True, effective_until="2006-01-31",
             effective_from="2005-12-10"),
        row(4, "2006-02-20", "extend", effective_until="2006-12-31", detail="final period"),
        row(4, "2006-02-20", "authorization", "OP 7", effective_from="2006-02-20", effective_until="2006-05-31",
            detail="Protect civilians"),
        row(4, "2006-02-20", "report", "OP 9", effective_until="2006-06-15"),
        row(5, "2006-11-01", "terminate", effective_from="2006-11-30"),
        row(5, "2006-11-01", "withdrawal", "OP 2", effective_from="2006-12-01", effective_until="2007-03-31"),
        row(5, "2006-11-01", "liquidation", "OP 3", effective_from="2007-04-01"),
    ]
    return facts("TESTM", start="2005-02-01"), rows


# --- the real ledger ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_timelines(corpus_db):
    from mandates.ledger.ledger import Ledger

    with Ledger.open(corpus_db) as ledger:
        timelines = ledger.timelines()
    return {m: t for m, t in timelines.items() if t.resolutions}


@pytest.mark.shared
@pytest.mark.slow
def test_real_missions_index_equals_fold_and_ignores_the_future(corpus_timelines):
    missions = sorted(corpus_timelines)
    rows_of = {m: [r for res in t.resolutions for r in res.rows] for m, t in corpus_timelines.items()}

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(missions), st.integers(0, 27 * 366).map(lambda n: dt.date(2000, 1, 1) + n * DAY))
    def check(mission, day):
        timeline = corpus_timelines[mission]
        indexed = timeline.state_on(day).to_dict()
        assert indexed == fold_state(timeline.facts, rows_of[mission], day).to_dict()
        known = [r for r in rows_of[mission] if r.adopted_on <= day]
        assert indexed == Timeline(timeline.facts, known).state_on(day).to_dict()
        for element in indexed["tasks"] + indexed["authorizations"] + indexed["ceilings"] + indexed["deadlines"]:
            assert element["sources"], element
        if indexed["mandate"]:
            assert indexed["mandate"]["sources"]

    check()


@pytest.mark.shared
@pytest.mark.slow
def test_real_missions_change_only_on_change_dates(corpus_timelines):
    missions = sorted(corpus_timelines)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(missions), st.integers(0, 27 * 366).map(lambda n: dt.date(2000, 1, 1) + n * DAY))
    def check(mission, day):
        timeline = corpus_timelines[mission]
        if comparable(timeline.state_on(day)) != comparable(timeline.state_on(day - DAY)):
            assert day in set(timeline.change_dates())

    check()
