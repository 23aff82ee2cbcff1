"""The Charter rule, tallies and disagreements between the UN's two copies of a vote."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from mandates import records
from mandates.members import merge_split_names
from mandates.readers.extract import read_extract
from mandates.votes import (
    Tally, charter_outcome, check_extract_entry, classify_recorded_outcome, compare_decision,
    compare_votes, outcome_for, parse_count, parse_tally,
)

Y, N, A, X = records.IN_FAVOUR, records.AGAINST, records.ABSTAINING, records.NON_VOTING
P5 = ["CHINA", "FRANCE", "RUSSIAN FEDERATION", "UNITED KINGDOM", "UNITED STATES"]
ELECTED = ["ALBANIA", "BRAZIL", "ECUADOR", "GABON", "GHANA", "JAPAN", "MALTA", "MOZAMBIQUE",
           "SWITZERLAND", "UNITED ARAB EMIRATES"]
COUNCIL_2023 = P5 + ELECTED


def council(**votes: str) -> list[records.MemberVote]:
    """The 2023 Council, everyone in favour unless named (CHINA="N")."""
    wanted = {k.replace("_", " "): v for k, v in votes.items()}
    return [records.MemberVote(m, wanted.get(m, Y)) for m in COUNCIL_2023]


# ------------------------------------------------------------------ the rule

def test_unanimous_adoption():
    outcome = charter_outcome(council())
    assert outcome.adopted and outcome.in_favour == 15 and outcome.vetoed_by == ()
    assert outcome.reason == "adopted: 15 in favour, none against"


def test_abstentions_are_not_vetoes():
    outcome = charter_outcome(council(CHINA=A, RUSSIAN_FEDERATION=A))
    assert outcome.adopted
    assert (outcome.in_favour, outcome.against, outcome.abstaining) == (13, 0, 2)
    assert outcome.reason == "adopted: 13 in favour, none against, 2 abstaining"


def test_non_permanent_against_does_not_block():
    outcome = charter_outcome(council(BRAZIL=N, GABON=A))
    assert outcome.adopted
    assert "1 against (no permanent member)" in outcome.reason


def test_veto():
    outcome = charter_outcome(council(RUSSIAN_FEDERATION=N, CHINA=A))
    assert not outcome.adopted
    assert outcome.vetoed_by == ("Russian Federation",)
    assert outcome.reason == "not adopted: negative vote of a permanent member (Russian Federation)"


def test_two_vetoes_named_in_canonical_form():
    votes = council(CHINA=N) + []
    votes[COUNCIL_2023.index("RUSSIAN FEDERATION")] = records.MemberVote("the Russian Federation", N)
    outcome = charter_outcome(votes)
    assert outcome.vetoed_by == ("China", "Russian Federation")
    assert "China and Russian Federation" in outcome.reason


def test_too_few_votes():
    votes = council(**{m.replace(" ", "_"): A for m in ELECTED[:8]})
    outcome = charter_outcome(votes)
    assert not outcome.adopted and outcome.in_favour == 7
    assert outcome.reason == "not adopted: only 7 votes in favour (9 needed)"


def test_too_few_votes_and_a_permanent_member_against():
    votes = council(UNITED_STATES=N, **{m.replace(" ", "_"): A for m in ELECTED[:8]})
    outcome = charter_outcome(votes)
    assert not outcome.adopted and outcome.vetoed_by == ("United States",)
    assert outcome.reason.startswith("not adopted: only 6 votes in favour (9 needed); and negative vote")


def test_non_voting_member_counts_as_not_against():
    outcome = charter_outcome(council(CHINA=X))
    assert outcome.adopted and outcome.non_voting == 1
    assert "1 not voting" in outcome.reason


def test_procedural_vote_knows_no_veto():
    votes = council(RUSSIAN_FEDERATION=N, CHINA=A, GABON=A, BRAZIL=A)  # like S/RES/2623 (2022)
    assert not charter_outcome(votes).adopted
    procedural = charter_outcome(votes, procedural=True)
    assert procedural.adopted and procedural.reason.startswith("adopted (procedural)")


def test_unknown_vote_code_is_an_error():
    with pytest.raises(ValueError, match="unknown vote code"):
        charter_outcome([records.MemberVote("FRANCE", "yes")])


def test_outcome_for_adoption_without_a_vote():
    assert outcome_for([], "adopted_without_vote") is None
    assert outcome_for([], "Adopted by acclamation, 4337th meeting") is None
    assert outcome_for(council(), "adopted").adopted


# --------------------------------------------------------------- properties

member_votes = st.lists(st.sampled_from([Y, N, A, X]), min_size=15, max_size=15).map(
    lambda codes: [records.MemberVote(m, c) for m, c in zip(COUNCIL_2023, codes)])


@given(member_votes)
def test_counts_add_up(votes):
    o = charter_outcome(votes)
    assert o.in_favour + o.against + o.abstaining + o.non_voting == len(votes)


@given(member_votes)
def test_any_permanent_member_against_means_not_adopted(votes):
    if any(v.vote == N and v.member_raw in P5 for v in votes):
        assert not charter_outcome(votes).adopted


@given(member_votes)
def test_fewer_than_nine_in_favour_means_not_adopted(votes):
    if sum(v.vote == Y for v in votes) < 9:
        assert not charter_outcome(votes).adopted
        assert not charter_outcome(votes, procedural=True).adopted


@given(member_votes)
def test_adopted_exactly_when_the_rule_says(votes):
    yes = sum(v.vote == Y for v in votes)
    veto = {v.member_raw for v in votes if v.vote == N and v.member_raw in P5}
    o = charter_outcome(votes)
    assert o.adopted == (yes >= 9 and not veto)
    assert {n.upper() for n in o.vetoed_by} == veto
    assert charter_outcome(votes, procedural=True).adopted == (yes >= 9)


@given(member_votes, st.integers(min_value=0, max_value=14))
def test_turning_a_vote_into_an_abstention_never_undoes_an_adoption(votes, index):
    """Abstaining instead of voting against can only help; instead of voting in
    favour it can cost the ninth vote but never create a veto."""
    before = charter_outcome(votes)
    changed = list(votes)
    old = changed[index]
    changed[index] = records.MemberVote(old.member_raw, A)
    after = charter_outcome(changed)
    if before.adopted and old.vote != Y:
        assert after.adopted
    assert set(after.vetoed_by) <= set(before.vetoed_by)


@given(member_votes.map(lambda v: v[:14]))
def test_adding_an_abstention_never_changes_adopted_to_not(votes):
    before = charter_outcome(votes)
    after = charter_outcome(votes + [records.MemberVote("UNITED ARAB EMIRATES", A)])
    assert after.adopted == before.adopted


# --------------------------------------------------------- counts and tallies

@pytest.mark.parametrize("raw, expected", [
    ("015", 15), ("15", 15), ("  2 ", 2), ("0", 0), ("", None), ("   ", None), (None, None),
    ("abc", None), ("1 5", None), ("-1", None), ("1.5", None), (7, 7), (-3, None),
])
def test_parse_count(raw, expected):
    assert parse_count(raw) == expected


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=3))
def test_parse_count_ignores_zero_padding(n, pad):
    assert parse_count(" " + str(n).zfill(len(str(n)) + pad) + " ") == n


@pytest.mark.parametrize("text, expected", [
    ("Adopted 13-0-2, 9569th meeting", Tally(13, 0, 2)),
    ("13 to 0, with 2 abstentions", Tally(13, 0, 2)),
    ("Adopted unanimously", Tally(None, None, None, unanimous=True)),
    ("Adopted unanimously; voting by mail", Tally(None, None, None, unanimous=True)),
    ("13 in favour to none against, with 2 abstentions (China, Russian Federation)", Tally(13, 0, 2)),
    ("by a vote of 12 in favour to none against, with 3 abstentions", Tally(12, 0, 3)),
    ("12-0 with three abstentions", Tally(12, 0, 3)),
    ("14-0, with one abstention", Tally(14, 0, 1)),
    ("Adopted (14-0-1), 5744th meeting", Tally(14, 0, 1)),
    ("Adopted (14-0-0, 1 absent), 4094th meeting", Tally(14, 0, 0, absent=1)),
    ("Adopted 13-0-2, 10148thmeeting", Tally(13, 0, 2)),
    ("13 of the 15 members voted in favour", Tally(13, None, None)),
    ("Adopted without vote, 4215th meeting", Tally(None, None, None, without_vote=True)),
    ("Adopted by acclamation", Tally(None, None, None, without_vote=True)),
    ("Adopted non-unanimously", None),
    ("resolution 2584-2021 of 30 June", None),
    ("dated 2023-06-30", None),
    ("", None),
    (None, None),
])
def test_parse_tally(text, expected):
    assert parse_tally(text) == expected


@given(st.integers(0, 15), st.integers(0, 15), st.integers(0, 15), st.integers(1000, 10999))
def test_parse_tally_reads_every_dashed_tally(yes, no, abstain, meeting):
    tally = parse_tally(f"Adopted {yes}-{no}-{abstain}, {meeting}th meeting")
    if yes + no + abstain <= 15:
        assert (tally.yes, tally.no, tally.abstain) == (yes, no, abstain)
    else:
        assert tally is None


@pytest.mark.parametrize("text, code", [
    ("adopted", "adopted"), ("Adopted 13-0-2, 9771st meeting", "adopted"),
    ("adopted_without_vote", "adopted_without_vote"), ("adoptedByAcclamation", "adopted_without_vote"),
    ("notAdopted", "not_adopted"), ("not_adopted", "not_adopted"), ("Veto", "vetoed"),
    ("vetoed", "vetoed"), ("VOTING BY MAIL", None), ("", None), (None, None),
])
def test_classify_recorded_outcome(text, code):
    assert classify_recorded_outcome(text) == code


# ------------------------------------------------------------ compare_votes

def entry(**fields) -> records.ExtractEntry:
    base = dict(symbol="S/RES/9999 (2023)", date=dt.date(2023, 6, 30), date_raw="30 June 2023",
                meeting="S/PV.9365", draft_symbol="S/2023/480", chapter_vii=True, agenda=None,
                title=None, outcome_text="Adopted unanimously, 9365th meeting",
                counts_raw=(("in_favour", "15"), ("against", "0"), ("abstaining", "0")),
                votes=tuple(council()))
    base.update(fields)
    return records.ExtractEntry(**base)


XML_COUNTS = (("in_favour", "015"),)


def test_consistent_sources_give_no_discrepancy():
    found = compare_votes("S/RES/9999 (2023)", council(), XML_COUNTS, "adopted", entry(),
                          recorded_outcome_text="Adopted unanimously, 9365th meeting",
                          xml_date=dt.date(2023, 6, 30), xml_meeting="S/PV.9365",
                          xml_draft="S/2023/480", xml_chapter_vii=True)
    assert found == []


def test_empty_count_with_empty_list_is_consistent():
    xml_counts = (("in_favour", "015"), ("against", ""), ("abstaining", "0"))
    ext = entry(counts_raw=(("in_favour", "015"), ("against", ""), ("abstaining", "")))
    assert compare_votes("S/RES/9999 (2023)", council(), xml_counts, "adopted", ext) == []


def test_adoption_type_tally_disagreeing_with_14_listed_members():
    """S/RES/2756 (2024): "Adopted 13-0-2" but 12 in favour and 2 abstaining listed."""
    votes = council(CHINA=A, RUSSIAN_FEDERATION=A)[:-1]  # one member in favour missing
    ext = entry(outcome_text="Adopted 13-0-2, 9771st meeting", votes=tuple(votes),
                counts_raw=(("in_favour", "012"), ("against", ""), ("abstaining", "002")))
    found = compare_votes("S/RES/2756 (2024)", votes, (("in_favour", "012"), ("abstaining", "002")),
                          "adopted", ext, recorded_outcome_text="Adopted 13-0-2, 9771st meeting")
    tally = [d for d in found if d.field == "in_favour_count" and "13" in d.value_a]
    assert {d.source_a for d in tally} == {"xml outcome text", "extract adoption_type"}
    assert all(d.value_b == "12 listed" and "14 members listed" in d.note for d in tally)
    # The raw counts agree with the lists ("012" is 12): no count discrepancy.
    assert not [d for d in found if d.source_a in ("xml counts", "extract counts")]


def test_member_lists_compared_member_by_member():
    ext = entry(votes=tuple(council(CHINA=A)))
    found = compare_votes("S/RES/9999 (2023)", council(), XML_COUNTS, "adopted", ext)
    member = [d for d in found if d.field == "member_vote"]
    assert [(d.value_a, d.value_b) for d in member] == [("China: in favour", "China: abstaining")]


def test_other_fields_compared():
    ext = entry(date=dt.date(2016, 6, 29), date_raw="29 June 2016", meeting="S/PV9366",
                draft_symbol="S/2023/481", chapter_vii=False)
    found = compare_votes("S/RES/9999 (2023)", council(), XML_COUNTS, "adopted", ext,
                          xml_date=dt.date(2023, 6, 30), xml_meeting="S/PV.9365",
                          xml_draft="S/2023/480", xml_chapter_vii=True)
    got = {d.field: (d.value_a, d.value_b) for d in found}
    assert got == {"date": ("2023-06-30", "2016-06-29"), "meeting": ("S/PV.9365", "S/PV9366"),
                   "draft_symbol": ("S/2023/480", "S/2023/481"), "chapter_vii": ("yes", "no")}


def test_meeting_spellings_are_not_discrepancies():
    ext = entry(meeting="S/PV9365")
    assert compare_votes("S/RES/9999 (2023)", council(), XML_COUNTS, "adopted", ext,
                         xml_meeting="S/PV.9365") == []


def test_recorded_outcome_against_the_rule():
    votes = council(RUSSIAN_FEDERATION=N)
    found = compare_votes("S/RES/9999 (2023)", votes, (("in_favour", "14"), ("against", "1")),
                          "adopted", None)
    assert [(d.field, d.value_b) for d in found] == [("outcome", "not adopted")]
    assert "procedural" in found[0].note
    adopted = compare_votes("S/2023/1", council(), XML_COUNTS, "vetoed", None)
    assert [(d.field, d.value_b) for d in adopted] == [("outcome", "adopted")]
    short = council(**{m.replace(" ", "_"): A for m in ELECTED[:8]})
    vetoed = compare_votes("S/2023/1", short, (("in_favour", "7"), ("abstaining", "8")), "vetoed", None)
    assert [(d.field, d.value_b) for d in vetoed] == [("vetoed_by", "no permanent member against")]


def test_recorded_vetoers_compared():
    votes = council(RUSSIAN_FEDERATION=N)
    found = compare_votes("S/2023/1", votes, (("in_favour", "14"), ("against", "1")), "vetoed",
                          None, recorded_vetoed_by=("China",))
    assert [(d.field, d.value_a, d.value_b) for d in found] == [("vetoed_by", "China", "Russian Federation")]


def test_without_vote_but_members_listed():
    found = compare_votes("S/RES/2403 (2018)", council(), XML_COUNTS, "adopted_without_vote", None,
                          recorded_outcome_text="Adopted without vote, 8193rd meeting")
    assert [d.field for d in found] == ["adoption_method"]


def test_duplicate_members_reported():
    votes = council() + [records.MemberVote("FRANCE", A)]
    found = compare_votes("S/RES/9999 (2023)", votes, (("in_favour", "15"), ("abstaining", "1")),
                          None, None)
    assert any(d.field == "members" and "France listed twice" in d.value_a for d in found)
    assert any(d.field == "members" and d.value_a == "16 members listed" for d in found)


def test_garbage_and_missing_counts_reported():
    found = compare_votes("S/RES/9999 (2023)", council(CHINA=A), (("in_favour", "x14"),), None, None)
    assert {(d.field, d.value_a) for d in found} == {
        ("in_favour_count", "'x14' (unreadable)"), ("abstaining_count", "(missing)")}


def test_compare_decision_uses_every_field():
    decision = records.Decision(
        kind="resolution", symbol="S/RES/9999 (2023)", year=2023, number=9999,
        date=dt.date(2023, 6, 29), meeting="S/PV.9365", draft_symbol="S/2023/480",
        chapter_vii=True, recorded_outcome="adopted",
        recorded_outcome_text="Adopted unanimously, 9365th meeting",
        recorded_counts=(("in_favour", "015"),), votes=tuple(council()))
    assert [d.field for d in compare_decision(decision, entry())] == ["date"]


# ------------------------------------------------------------------ real data

def _xml_vote(path: Path) -> dict:
    """The votes of one AKN file, read just enough for these tests."""
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    code = {"inFavour": Y, "against": N, "abstaining": A}
    key = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}
    votes, counts = [], []
    for count in root.iter("{*}count"):
        counts.append((key[count.get("refersTo")], count.get("value")))
        names, _ = merge_split_names([o.text or "" for o in count.iter("{*}organization")])
        votes += [records.MemberVote(n, code[count.get("refersTo")]) for n in names]
    step = next(s for s in root.iter("{*}step") if s.get("outcome") == "adopted")
    return {"votes": votes, "counts": counts, "text": step.get("by")}


def _extract(unxml: Path, year: int, symbol: str) -> records.ExtractEntry:
    path = unxml / "data_extract" / f"{year}.json"
    entries, _ = read_extract(path.read_bytes(), str(path))
    return next(e for e in entries if e.symbol == symbol)


@pytest.mark.shared
def test_2756_raw_counts_case(unxml):
    xml_file = next(p for p in unxml.rglob("S_RES_2756*.xml"))
    xml = _xml_vote(xml_file)
    ext = _extract(unxml, 2024, "S/RES/2756 (2024)")
    assert dict(ext.counts_raw)["in_favour"] == "012" and dict(ext.counts_raw)["against"] == ""
    assert len(ext.votes) == 14
    found = compare_votes("S/RES/2756 (2024)", xml["votes"], xml["counts"], "adopted", ext,
                          recorded_outcome_text=xml["text"])
    fields = {(d.field, d.source_a, d.source_b) for d in found}
    assert ("in_favour_count", "xml outcome text", "xml members") in fields
    assert ("in_favour_count", "extract adoption_type", "extract members") in fields


@pytest.mark.shared
def test_2690_sources_agree(unxml):
    xml = _xml_vote(next(p for p in unxml.rglob("S_RES_2690*.xml")))
    ext = _extract(unxml, 2023, "S/RES/2690 (2023)")
    assert compare_votes("S/RES/2690 (2023)", xml["votes"], xml["counts"], "adopted", ext,
                         recorded_outcome_text=xml["text"], xml_date=dt.date(2023, 6, 30),
                         xml_meeting="S/PV.9365", xml_draft="S/2023/480", xml_chapter_vii=True) == []
    assert charter_outcome(xml["votes"]).reason == "adopted: 15 in favour, none against"


@pytest.mark.shared
def test_extract_internal_checks_find_known_cases(unxml):
    found = {}
    for path in sorted((unxml / "data_extract").glob("*.json")):
        entries, _ = read_extract(path.read_bytes(), str(path))
        for e in entries:
            for d in check_extract_entry(e):
                found.setdefault(e.symbol, set()).add(d.field)
    assert "in_favour_count" in found["S/RES/2756 (2024)"]
    assert "outcome" in found["S/RES/2623 (2022)"]           # procedural, Russia against
    assert "adoption_method" in found["S/RES/2403 (2018)"]   # "without vote", 15 listed
    assert "S/RES/2690 (2023)" not in found
    # Most lines are consistent; the disagreements are a handful.
    assert 5 <= len(found) <= 40, sorted(found)
    assert all(re.match(r"S/RES/\d+ \(\d{4}\)$", s) for s in found)
