"""Mandate tasks: the rules on sentences written for the tests, the MINUSMA anchor
resolutions, and the accuracy gate against PEMA's development split."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from mandates.extract import task_rules
from mandates.extract.tasks import TASKS, classify, extract_tasks, mission_task_provisions
from mandates.records import INTRO, OPERATIVE, POINT, SUBHEADING, Decision, Paragraph

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UNXML = SHARED / "data" / "unxml"
PEMA_GOLD = SHARED / "gold" / "pema" / "pema_dev.csv"
BASELINE = Path(__file__).resolve().parent / "baselines" / "pema.json"


def decision(*paragraphs: Paragraph, date: dt.date = dt.date(2020, 6, 29)) -> Decision:
    return Decision(kind="resolution", symbol="S/RES/9999 (2020)", year=date.year, number=9999,
                    date=date, meeting=None, draft_symbol=None,
                    title="Resolution on the United Nations Multidimensional Integrated Stabilization "
                          "Mission in Mali (MINUSMA)", paragraphs=paragraphs)


def op(number: int, text: str) -> Paragraph:
    return Paragraph(eid=f"para_{number}", label=f"OP {number}", kind=OPERATIVE, order=number, text=text)


def tasks_of(d: Decision, mission: str = "MINUSMA") -> set[tuple[str, str]]:
    return {(p.task, p.modality) for p in mission_task_provisions(d, mission)}


# --- the vocabulary -----------------------------------------------------------------------

def test_forty_one_pema_keys_each_with_a_label():
    assert len(TASKS) == 41
    assert all(isinstance(label, str) and label for label in TASKS.values())
    assert set(TASKS) == set(task_rules.TASK_PATTERNS) == set(task_rules.TRIGGERS)


@pytest.mark.parametrize("text, task, modality", [
    ("To monitor, help investigate and report on abuses of human rights", "HumanRights", "monitor"),
    ("To support the Government in the disarmament and demobilization of former combatants",
     "DisarmDemob", "assist"),
    ("To protect civilians under imminent threat of physical violence", "CivProtect", "secure"),
    ("to observe and verify the redeployment of the parties' forces", "Demil", "monitor"),
    ("To assist the authorities in their efforts to promote and protect human rights",
     "HumanRights", "assist"),
    ("Protection of civilians", "CivProtect", "secure"),
])
def test_classify_names_task_and_modality(text, task, modality):
    assert (task, modality) in {(h.task, h.modality) for h in classify(text)}


def test_classify_spans_are_the_words_that_name_the_task():
    text = "To support the organization of free and fair elections and the return of refugees"
    hits = classify(text)
    assert {h.task for h in hits} >= {"ElectAssist", "RefugeeIDPs"}
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
    spans = {h.task: text[h.start:h.end] for h in hits}
    assert spans["ElectAssist"] == "elections"
    assert spans["RefugeeIDPs"].endswith("refugees")


def test_classify_encouraged_overrides_the_verb():
    hits = classify("to monitor the ceasefire", encouraged=True)
    assert [(h.task, h.modality) for h in hits] == [("Ceasefire", "encouraged")]


def test_names_and_staff_are_not_tasks():
    # "Democratic Republic" is a name, the mission's own police a staffing matter.
    assert classify("to support the Democratic Republic of the Congo") == []
    assert "PoliceReform" not in {h.task for h in classify("comprising up to 1,440 police personnel")}


def test_every_match_contains_one_of_its_trigger_words():
    text = ("to support the cantonment, disarmament, demobilization and reintegration of armed groups, "
            "the extension of State authority, the restoration of State presence, mine action and "
            "demining, weapons and ammunition management, the redeployment of forces, the weapons-free "
            "area, transitional justice, bringing perpetrators to justice, local reconciliation, the reform "
            "of the security forces, transparent economic management, confidence-building measures, "
            "political dialogue between the Government and all parties, dialogue with the Misseriya and "
            "Ngok Dinka communities")
    for task, pattern in task_rules.TASK_PATTERNS.items():
        for m in pattern.finditer(text):
            assert any(w in m.group().lower() for w in task_rules.TRIGGERS[task]), (task, m.group())


# --- whose task ---------------------------------------------------------------------------

def test_requests_the_mission_is_its_task():
    d = decision(op(1, "Requests MINUSMA, within its capabilities, to monitor and report on violations "
                       "of human rights and to support the return of internally displaced persons;"))
    assert tasks_of(d) == {("HumanRights", "monitor"), ("RefugeeIDPs", "assist")}


def test_decides_that_the_mission_shall_protect():
    d = decision(op(1, "Decides that MINUSMA shall protect civilians under imminent threat of physical "
                       "violence;"))
    assert tasks_of(d) == {("CivProtect", "secure")}


def test_encourages_the_mission_is_encouraged():
    d = decision(op(1, "Encourages MINUSMA to support national reconciliation and the electoral process;"))
    assert tasks_of(d) == {("Reconcil", "encouraged"), ("ElectAssist", "encouraged")}


def test_another_actors_task_is_not_the_missions():
    d = decision(
        op(1, "Calls upon the Government of Mali to protect civilians and to hold free elections;"),
        op(2, "Requests the Secretary-General to report on the human rights situation in Mali;"),
        op(3, "Urges all parties to cooperate fully with MINUSMA and to respect the ceasefire;"),
        op(4, "Urges the Malian authorities, before the end of MINUSMA's mandate, to extend State "
              "authority;"),
    )
    assert mission_task_provisions(d, "MINUSMA") == []


def test_supporting_another_actor_is_assistance():
    firm = decision(op(1, "Requests the Government, with the support of MINUSMA, to organize "
                          "elections;"))
    soft = decision(op(1, "Calls upon the Government, with the support of MINUSMA, to organize "
                          "elections;"))
    assert tasks_of(firm) == {("ElectAssist", "assist")}
    assert tasks_of(soft) == {("ElectAssist", "encouraged")}


def test_generic_reference_means_the_mission_of_the_resolution():
    d = decision(op(1, "Decides to extend the mandate of MINUSMA until 30 June 2021;"),
                 op(2, "Requests the Mission to support the cantonment of armed groups;"))
    assert tasks_of(d) == {("DisarmDemob", "assist")}


def test_list_points_take_the_addressee_of_their_intro():
    d = decision(
        op(1, "Decides that the mandate of MINUSMA shall include the following tasks: (a) To protect "
              "civilians; (b) To support the extension of State authority;"),
        Paragraph("para_1_list_intro", "OP 1 intro", INTRO, 2,
                  "Decides that the mandate of MINUSMA shall include the following tasks:", "para_1"),
        Paragraph("para_1_list_point_a", "OP 1(a)", POINT, 3, "To protect civilians;", "para_1"),
        Paragraph("para_1_list_point_b", "OP 1(b)", POINT, 4,
                  "To support the extension of State authority;", "para_1"),
        op(5, "Requests the Secretary-General to include in his reports the following: (a) human "
              "rights;"),
        Paragraph("para_5_list_intro", "OP 5 intro", INTRO, 6,
                  "Requests the Secretary-General to include in his reports the following:", "para_5"),
        Paragraph("para_5_list_point_a", "OP 5(a)", POINT, 7, "human rights;", "para_5"),
    )
    provisions = mission_task_provisions(d, "MINUSMA")
    assert {(p.label, p.task, p.modality) for p in provisions} == {
        ("OP 1(a)", "CivProtect", "secure"), ("OP 1(b)", "StateAuthority", "assist")}


def test_calls_for_the_mission_to_act_is_encouraged():
    d = decision(op(1, "Calls for MINUSMA to support reconciliation in all its aspects, emphasizing the "
                       "role of women and civil society;"))
    assert tasks_of(d) >= {("Reconcil", "encouraged"), ("CivilSociety", "encouraged")}


def test_the_mission_made_able_to_act_or_named_as_agent():
    enable = decision(op(1, "Decides to maintain the troops already deployed, to enable MINUSMA to "
                            "fully support the Joint Border Verification and Monitoring Mechanism;"))
    agent = decision(op(1, "Urges donors to offer support, both materiel and training, coordinated "
                           "by MINUSMA, to enable the full establishment of the Joint Integrated Units;"))
    report = decision(op(1, "Requests the Secretary-General to include in his report recommendations "
                            "on the tasks that could be carried out by MINUSMA in support of the ceasefire;"))
    assert ("BorderControl", "assist") in tasks_of(enable)
    assert {task for task, _ in tasks_of(agent)} == {"MilitaryReform"}
    assert tasks_of(report) == set()


def test_pronoun_it_means_the_mission_named_just_before():
    d = decision(op(1, "Supports MINUSMA's role in disarmament and demobilization, welcomes its "
                       "deployment to Kidal, encourages it to support the return of refugees;"))
    other = decision(op(1, "Welcomes the plan of MINUSMA and of the Government, and encourages it to "
                           "support the return of refugees;"))
    assert {"DisarmDemob", "RefugeeIDPs"} <= {task for task, _ in tasks_of(d)}
    assert "RefugeeIDPs" not in {task for task, _ in tasks_of(other)}


def test_in_this_respect_reaches_back_over_the_councils_statements():
    d = decision(op(1, "Reaffirms the importance of a gender perspective in peacekeeping operations, "
                       "recalls the need to address violence against women and girls, and in this "
                       "respect encourages MINUSMA to continue to actively address this issue;"))
    assert {("Gender", "encouraged"), ("SGBViolence", "encouraged")} <= tasks_of(d)


def test_a_point_with_its_own_verb_is_read_like_a_paragraph():
    d = decision(
        op(1, "Acting under Chapter VII of the Charter of the United Nations, (a) Decides further that "
              "MINUSMA shall be authorized to fulfil the following functions: (i) To contribute to "
              "protecting civilians in danger; (b) Calls upon the Government to hold elections;"),
        Paragraph("para_1_list_intro", "OP 1 intro", INTRO, 2,
                  "Acting under Chapter VII of the Charter of the United Nations,", "para_1"),
        Paragraph("para_1_a", "OP 1(a)", POINT, 3, "Decides further that MINUSMA shall be authorized to "
                  "fulfil the following functions: (i) To contribute to protecting civilians in danger;",
                  "para_1"),
        Paragraph("para_1_a_i", "OP 1(a)(i)", POINT, 4, "To contribute to protecting civilians in danger;",
                  "para_1_a"),
        Paragraph("para_1_b", "OP 1(b)", POINT, 5, "Calls upon the Government to hold elections;", "para_1"),
    )
    provisions = mission_task_provisions(d, "MINUSMA")
    assert {(p.label, p.task, p.modality) for p in provisions} == {("OP 1(a)(i)", "CivProtect", "secure")}


def test_words_that_say_when_or_under_what_are_not_tasks():
    d = decision(op(1, "Requests MINUSMA to increase security during the electoral period, to encourage "
                       "the parties to honour their commitments under the Ouagadougou Ceasefire Agreement "
                       "and to act consistent with the Constitution;"))
    tasks = {task for task, _ in tasks_of(d)}
    assert "ElectSec" in tasks
    assert not tasks & {"ElectAssist", "Ceasefire", "LegalReform"}


def test_tasks_handed_over_are_not_given():
    d = decision(op(1, "Decides that MINUSMA shall transfer to the United Nations country team tasks "
                       "not mentioned above, including technical election support and demining support;"))
    assert tasks_of(d) == set()


def test_task_words_in_a_missions_own_name_are_not_a_task():
    d = decision(op(1, "Requests MINUSMA to coordinate with the United Nations Truce Supervision "
                       "Organization (UNTSO) and to support mine action;"))
    assert {task for task, _ in tasks_of(d)} == {"Demining"}


def test_thematic_special_representatives_are_not_the_mission():
    d = decision(op(1, "Encourages the Government to cooperate with the Special Representative of the "
                       "Secretary-General on Sexual Violence in Conflict;"),
                 op(2, "Decides to extend the mandate of MINUSMA until 30 June 2021;"))
    assert tasks_of(d) == set()


def test_priority_from_heading_intro_and_words():
    d = decision(
        Paragraph("para_0", "Priority tasks", SUBHEADING, 0, "Priority tasks"),
        op(1, "Requests MINUSMA to protect civilians;"),
        Paragraph("para_2", "Other tasks", SUBHEADING, 2, "Other tasks"),
        op(3, "Requests MINUSMA to support mine action;"),
        op(4, "Requests MINUSMA, as a priority, to support the return of refugees;"),
    )
    by_task = {p.task: p.priority for p in mission_task_provisions(d, "MINUSMA")}
    assert by_task == {"CivProtect": True, "Demining": False, "RefugeeIDPs": True}


def test_spans_point_into_the_paragraph_text():
    d = decision(op(1, "Requests MINUSMA to support the organization of elections and to protect "
                       "civilians under threat;"))
    for p in mission_task_provisions(d, "MINUSMA"):
        assert p.kind == "task" and p.eid == "para_1" and p.label == "OP 1"
        assert p.text[p.span_start:p.span_end].lower() in {"elections", "protect civilians"}


def test_own_until_date_sets_effective_until():
    d = decision(op(1, "Decides further that, until 30 September 2023, MINUSMA is authorized to respond "
                       "to imminent threats of violence to civilians;"), date=dt.date(2023, 6, 30))
    (p,) = mission_task_provisions(d, "MINUSMA")
    assert (p.task, p.effective_until, p.until_precision) == ("CivProtect", dt.date(2023, 9, 30), "day")


def test_use_of_force_is_an_authorization_not_a_task():
    d = decision(op(1, "Authorizes MINUSMA to use all necessary means to carry out its mandate;"))
    assert mission_task_provisions(d, "MINUSMA") == []


def test_extract_tasks_groups_by_mission():
    d = decision(op(1, "Requests MINUSMA to support mine action;"))
    assert list(extract_tasks(d)) == ["MINUSMA"]


# --- real resolutions -------------------------------------------------------------------

def read(number: int):
    from mandates.readers.akn import read_akn

    if not UNXML.exists():
        pytest.skip(f"needs {UNXML} (the project's ../shared folder is not here)")
    path = next(iter(sorted(UNXML.rglob(f"S_RES_{number}[_ (-]*.xml"))), None)
    assert path is not None, f"no file for S/RES/{number} under {UNXML}"
    return read_akn(path.read_bytes(), str(path))


@pytest.mark.shared
def test_minusma_establishing_mandate_2100():
    got: dict[tuple[str, str], list[str]] = {}
    for p in mission_task_provisions(read(2100), "MINUSMA"):
        got.setdefault((p.task, p.modality), []).append(p.label)
    assert {"OP 16(c)", "OP 16(c)(i)"} <= set(got[("CivProtect", "secure")])
    assert "OP 16(d)(i)" in got[("HumanRights", "monitor")]
    tasks = {task for task, _ in got}
    assert tasks >= {"ElectAssist", "StateAuthority", "DisarmDemob", "Reintegration", "Demining",
                     "ChildRights", "SGBViolence", "HumanRelief", "RefugeeIDPs", "TransJustice",
                     "CulturalHeritage", "Reconcil"}
    assert ("StateAuthority", "assist") in got
    # OP 28 asks the transitional authorities to act "with the assistance of MINUSMA".
    assert ("ControlSALW", "encouraged") in got
    # OP 2 and OP 3 are the Secretary-General's and the transitional authorities' tasks.
    assert not {label for labels in got.values() for label in labels} & {"OP 2", "OP 3"}


@pytest.mark.shared
def test_minusma_termination_2690_sunsets():
    provisions = mission_task_provisions(read(2690), "MINUSMA")
    op5 = {p.task: p for p in provisions if p.label == "OP 5"}
    assert op5["CivProtect"].effective_until == dt.date(2023, 9, 30)
    assert op5["CivProtect"].modality == "secure"
    assert "HumanRelief" in op5
    assert all(p.effective_until == dt.date(2023, 12, 31) for p in provisions if p.label.startswith("OP 6"))


@pytest.mark.shared
def test_priority_tasks_heading_2640():
    provisions = mission_task_provisions(read(2640), "MINUSMA")
    assert any(p.priority and p.task == "CivProtect" and p.label.startswith("OP 26") for p in provisions)
    assert not any(p.priority for p in provisions if p.label.startswith("OP 27"))


# --- the accuracy gate --------------------------------------------------------------------

@pytest.mark.shared
def test_pema_accuracy_does_not_regress():
    if not PEMA_GOLD.exists() or not UNXML.exists():
        pytest.skip(f"needs {PEMA_GOLD} and {UNXML} (the project's ../shared folder is not here)")
    from mandates.extract.pema_eval import evaluate_pema

    baseline = json.loads(BASELINE.read_text())
    digest = hashlib.sha256(PEMA_GOLD.read_bytes()).hexdigest()
    assert digest == baseline["gold_sha256"], (
        "the PEMA gold file changed: re-measure with `python -m mandates.extract.pema_eval` and "
        "re-pin tests/baselines/pema.json")
    result = evaluate_pema(PEMA_GOLD, UNXML)
    micro = result["micro"]
    worst = sorted((e for e in result["errors"]), key=lambda e: (e["task"], e["resolution"]))[:20]
    assert micro["f1"] >= baseline["micro_f1_floor"], worst
    assert micro["precision"] >= baseline["precision_floor"], worst
    assert micro["recall"] >= baseline["recall_floor"], worst
