"""The fold's rules on small, hand-made provision rows (docs/timeline.md)."""
from __future__ import annotations

import datetime as dt
import re

from .timeline_rows import D, facts, row, task

from mandates.timeline.calendar import calendar_events, escape_text, fold_line, to_ics
from mandates.timeline.diff import diff_states
from mandates.timeline.fold import fold_state
from mandates.timeline.index import Timeline


def both(f, rows, day):
    """The indexed state, after checking it equals the direct fold."""
    indexed = Timeline(f, rows).state_on(D(day)).to_dict()
    assert indexed == fold_state(f, rows, D(day)).to_dict()
    return indexed


def labels(items):
    return [(s["symbol"], s["label"]) for s in items]


ESTABLISH = [
    row(100, "2010-03-15", "establish", "OP 1", effective_from="2010-04-01", effective_until="2011-03-31"),
    task(100, "2010-03-15", "CivProtect", "secure", priority=True, label="OP 3(a)"),
    task(100, "2010-03-15", "HumanRights", "monitor", label="OP 3(b)"),
    row(100, "2010-03-15", "restate", "OP 3 intro"),
    row(100, "2010-03-15", "ceiling", "OP 4", value=5000, unit="military"),
    row(100, "2010-03-15", "ceiling", "OP 4", value=400, unit="police"),
    row(100, "2010-03-15", "authorize_force", "OP 6"),
]


def test_establish_commences_later_and_not_established_before():
    f = facts(start="2010-03-15")
    before = both(f, ESTABLISH, "2010-03-20")
    assert before["status"] == "not_established"
    assert [(d["kind"], d["date"]) for d in before["deadlines"]] == [("mandate_start", "2010-04-01")]
    state = both(f, ESTABLISH, "2010-04-01")
    assert state["status"] == "active"
    assert (state["mandate"]["from"], state["mandate"]["until"]) == ("2010-04-01", "2011-03-31")
    assert labels(state["mandate"]["sources"]) == [("S/RES/100 (2010)", "OP 1")]
    assert [(t["task"], t["modality"], t["priority"]) for t in state["tasks"]] == [
        ("CivProtect", "secure", True), ("HumanRights", "monitor", False)]
    assert [(c["unit"], c["value"]) for c in state["ceilings"]] == [("military", 5000), ("police", 400)]
    assert [a["kind"] for a in state["authorizations"]] == ["use_of_force"]
    for element in state["tasks"] + state["ceilings"] + state["authorizations"] + state["deadlines"]:
        assert element["sources"], element


def test_bare_extension_carries_tasks_and_a_period_counts_from_the_previous_end():
    rows = ESTABLISH + [
        # "for a period of 12 months", no date: from 1 April 2011 to 31 March 2012
        row(110, "2011-03-25", "extend", "OP 1", value=12, unit="months", detail="for a period of 12 months"),
        row(120, "2012-03-28", "extend", "OP 1", effective_until="2012-09-30"),
    ]
    f = facts()
    on = both(f, rows, "2011-03-28")       # renewal adopted, old period still running
    assert (on["mandate"]["from"], on["mandate"]["until"]) == ("2010-04-01", "2011-03-31")
    on = both(f, rows, "2011-04-01")
    assert (on["mandate"]["from"], on["mandate"]["until"]) == ("2011-04-01", "2012-03-31")
    assert labels(on["mandate"]["sources"]) == [("S/RES/110 (2011)", "OP 1")]
    assert {t["task"] for t in on["tasks"]} == {"CivProtect", "HumanRights"}
    assert {t["sources"][0]["symbol"] for t in on["tasks"]} == {"S/RES/100 (2010)"}
    on = both(f, rows, "2012-06-01")
    assert (on["mandate"]["from"], on["mandate"]["until"]) == ("2012-04-01", "2012-09-30")


def test_restating_renewal_replaces_tasks_and_amendment_adds():
    rows = ESTABLISH + [
        row(110, "2011-03-25", "extend", "OP 1", effective_until="2012-03-31"),
        row(110, "2011-03-25", "priority_tasks", "OP 8 intro"),
        task(110, "2011-03-25", "ElectAssist", "assist", priority=True, label="OP 8(a)"),
        task(115, "2011-09-01", "PublicHealth", "assist", label="OP 2"),       # an amendment
        row(110, "2011-03-25", "ceiling", "OP 9", value=6000, unit="military"),  # police ceiling kept
    ]
    f = facts()
    on = both(f, rows, "2011-05-01")
    assert [t["task"] for t in on["tasks"]] == ["ElectAssist"]
    assert on["authorizations"] == []      # the restatement did not renew the use of force
    assert {(c["unit"], c["value"], c["sources"][0]["symbol"]) for c in on["ceilings"]} == {
        ("military", 6000, "S/RES/110 (2011)"), ("police", 400, "S/RES/100 (2010)")}
    on = both(f, rows, "2011-09-01")
    assert [t["task"] for t in on["tasks"]] == ["ElectAssist", "PublicHealth"]


def test_termination_drawdown_sunsets_liquidation_and_closure():
    rows = ESTABLISH + [
        row(130, "2011-03-30", "terminate", "OP 1", effective_from="2011-03-31"),
        row(130, "2011-03-30", "withdrawal", "OP 2", effective_from="2011-04-01", effective_until="2011-09-30"),
        row(130, "2011-03-30", "authorization", "OP 3", effective_from="2011-03-30", effective_until="2011-06-30",
            detail="Protect civilians in its immediate vicinity"),
        task(130, "2011-03-30", "CivProtect", "secure", label="OP 3", effective_from="2011-03-30",
             effective_until="2011-06-30"),
        row(130, "2011-03-30", "authorization", "OP 4", effective_from="2011-03-30", effective_until="2011-09-30",
            detail="Provide security for UN personnel"),
        row(130, "2011-03-30", "liquidation", "OP 5", effective_from="2011-10-01"),
        row(130, "2011-03-30", "guard_unit", "OP 5", detail="for the duration of the liquidation"),
    ]
    f = facts(successors=("NEXTM",))
    assert both(f, rows, "2011-03-31")["status"] == "active"
    on = both(f, rows, "2011-05-01")
    assert on["status"] == "drawdown"
    assert on["mandate"]["ended_on"] == "2011-03-31"
    assert labels(on["drawdown"]["sources"]) == [("S/RES/130 (2011)", "OP 2")]
    assert [(a["text"], a["until"]) for a in on["authorizations"]] == [
        ("Protect civilians in its immediate vicinity", "2011-06-30"),
        ("Provide security for UN personnel", "2011-09-30")]
    assert [(t["task"], t["until"]) for t in on["tasks"]] == [("CivProtect", "2011-06-30")]
    assert on["ceilings"] == []
    on = both(f, rows, "2011-07-15")
    assert on["status"] == "drawdown"
    assert [a["until"] for a in on["authorizations"]] == ["2011-09-30"]
    assert on["tasks"] == []
    on = both(f, rows, "2011-10-02")
    assert on["status"] == "liquidation"
    assert [a["kind"] for a in on["authorizations"]] == ["guard_unit"]
    # Without a liquidation provision the mission closes after the drawdown.
    closing = [r for r in rows if r.kind not in ("liquidation", "guard_unit")]
    on = both(f, closing, "2011-10-02")
    assert on["status"] == "closed"
    assert "succeeded by NEXTM" in on["notes"]


def test_registry_fills_a_gap_and_closes():
    rows = [row(200, "2015-06-20", "extend", "OP 1", effective_until="2016-06-30")]
    f = facts(start="1990-01-01", end="2018-12-31")
    on = both(f, rows, "2014-01-01")           # before the first period read
    assert on["status"] == "active" and on["mandate"]["basis"] == "registry"
    on = both(f, rows, "2016-01-01")
    assert on["mandate"]["basis"] == "record"
    on = both(f, rows, "2017-01-01")           # the renewal was not read
    assert on["status"] == "active" and on["mandate"]["basis"] == "registry"
    assert on["mandate"]["from"] == "2016-07-01" and "S/RES/200 (2015)" in on["mandate"]["note"]
    assert both(f, rows, "2019-01-01")["status"] == "closed"
    assert both(facts(start="2020-01-01"), [], "2019-06-01")["status"] == "not_established"


def test_undated_termination_is_not_the_mandate_end():
    rows = ESTABLISH + [row(140, "2010-06-01", "terminate", "OP 1")]
    assert both(facts(), rows, "2010-07-01")["status"] == "active"


def test_step_down_ceiling_and_final_period():
    rows = ESTABLISH + [
        row(150, "2011-03-20", "extend", "OP 1", effective_until="2012-03-31", detail="final period"),
        row(150, "2011-03-20", "ceiling", "OP 2", value=4000, unit="military", effective_until="2011-09-30"),
        row(150, "2011-03-20", "ceiling", "OP 2", value=2500, unit="military", effective_from="2011-10-01"),
    ]
    f = facts()
    assert [c["value"] for c in both(f, rows, "2011-05-01")["ceilings"] if c["unit"] == "military"] == [4000]
    assert [c["value"] for c in both(f, rows, "2011-10-01")["ceilings"] if c["unit"] == "military"] == [2500]
    on = both(f, rows, "2011-10-01")
    assert on["mandate"]["final"] and on["deadlines"][-1]["text"] == "mandate ends (final period)"
    assert both(f, rows, "2012-04-01")["status"] == "closed"


def test_diff_in_sentences():
    rows = ESTABLISH + [
        row(130, "2011-03-30", "terminate", "OP 1", effective_from="2011-03-31"),
        row(130, "2011-03-30", "withdrawal", "OP 2", effective_from="2011-04-01", effective_until="2011-09-30"),
        row(130, "2011-03-30", "authorization", "OP 3", effective_from="2011-03-30", effective_until="2011-06-30",
            detail="Protect civilians"),
    ]
    t = Timeline(facts(), rows)
    out = diff_states(t.state_on(D("2010-05-01")), t.state_on(D("2011-04-01")))
    text = "\n".join(out["sentences"])
    assert "The mandate was terminated as of 2011-03-31 (S/RES/130 (2011) OP 1)." in text
    assert "The priority tasks ended (1 removed: CivProtect)." in text
    assert "until 2011-06-30: Protect civilians (S/RES/130 (2011) OP 3)" in text
    assert "Ceilings ended with the mandate: 5,000 military, 400 police." in text
    assert out["status"] == {"from": "active", "to": "drawdown"}
    assert [t["task"] for t in out["tasks"]["removed"]] == ["CivProtect", "HumanRights"]


# --- iCalendar ---------------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_escaping_folding_and_stable_uids():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "DESCRIPTION:" + "é" * 100
    folded = fold_line(long)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long

    rows = ESTABLISH + [
        row(130, "2011-03-30", "terminate", "OP 1", effective_from="2011-03-31"),
        row(130, "2011-03-30", "authorization", "OP 3", effective_from="2011-03-30", effective_until="2011-06-30",
            detail="Respond to threats, including; commas"),
        row(130, "2011-03-30", "report", "OP 9", effective_until="2011-05-15"),
    ]
    events = calendar_events([Timeline(facts(), rows)], D("2011-01-01"), D("2011-12-31"))
    assert [(e.kind, e.date.isoformat()) for e in events] == [
        ("mandate_end", "2011-03-31"), ("report", "2011-05-15"), ("sunset", "2011-06-30")]
    stamp = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    document = to_ics(events, dtstamp=stamp)
    assert document.endswith("END:VCALENDAR\r\n")
    lines = unfold(document)
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines and any(l.startswith("PRODID:") for l in lines)
    assert lines.count("BEGIN:VEVENT") == 3
    assert lines.count("DTSTAMP:20240102T030405Z") == 3
    assert "DTSTART;VALUE=DATE:20110630" in lines and "DTEND;VALUE=DATE:20110701" in lines
    assert any("Respond to threats\\, including\\; commas" in l for l in lines)
    uids = [l for l in lines if l.startswith("UID:")]
    assert len(set(uids)) == 3 and all(re.fullmatch(r"UID:[\w.@-]+", u) for u in uids)
    again = to_ics(calendar_events([Timeline(facts(), list(reversed(rows)))], D("2011-01-01"), D("2011-12-31")),
                   dtstamp=stamp)
    assert again == document
