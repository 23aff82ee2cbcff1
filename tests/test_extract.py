"""The UN JSON Lines extract: every line is read or reported, as written."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mandates import records
from mandates.readers.extract import (
    is_extract_file, normalise_meeting, normalise_symbol, parse_extract_date, read_extract,
)

P5 = ["CHINA", "FRANCE", "RUSSIAN FEDERATION", "UNITED KINGDOM", "UNITED STATES"]


def line(**fields) -> dict:
    """A plausible extract record (SC schema), overridable field by field."""
    record = {
        "symbol": "S/RES/2690 (2023)", "resolution_number": "Resolution 2690 (2023)",
        "document_title": "Adopted by the Security Council at its 9365th meeting, on30 June 2023",
        "adoption_meeting": "9365th meeting", "adoption_date": "30 June 2023",
        "agenda_item_name": "The situation in Mali",
        "adoption_type": "Adopted unanimously, 9365th meeting", "draft_resolution": "S/2023/480",
        "draft_resolution_date": "2023-06-30", "outcome_letter": "S/PV.9365",
        "resolution_title": "A title", "outcome": "", "chapter_VII": "Chapter VII",
        "MS_in_favour_count": "15", "MS_against_count": "0", "MS_abstaining_count": "0",
        "MS_in_favour": P5 + ["ALBANIA", "BRAZIL", "ECUADOR", "GABON", "GHANA", "JAPAN", "MALTA",
                              "MOZAMBIQUE", "SWITZERLAND", "UNITED ARAB EMIRATES"],
        "MS_against": [], "MS_abstaining": [], "sponsors": ["FRANCE"], "additional_sponsors": [],
        "SDGs": [], "subjects": [],
    }
    record.update(fields)
    return record


def jsonl(*records_: dict | str) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                     for r in records_).encode("utf-8")


def read_one(**fields) -> records.ExtractEntry:
    entries, errors = read_extract(jsonl(line(**fields)), "test.json")
    assert errors == []
    return entries[0]


def test_reads_a_line():
    e = read_one()
    assert (e.symbol, e.date, e.date_raw, e.meeting, e.draft_symbol, e.chapter_vii) == (
        "S/RES/2690 (2023)", dt.date(2023, 6, 30), "30 June 2023", "S/PV.9365", "S/2023/480", True)
    assert e.counts_raw == (("in_favour", "15"), ("against", "0"), ("abstaining", "0"))
    assert len(e.votes) == 15 and all(v.vote == records.IN_FAVOUR for v in e.votes)
    assert e.votes[2].member_raw == "RUSSIAN FEDERATION"
    assert (e.sponsors, e.schema, e.line, e.warnings) == (("FRANCE",), "sc", 1, ())
    assert e.outcome_text == "Adopted unanimously, 9365th meeting"
    assert e.agenda == "The situation in Mali"


def test_vote_codes_and_raw_names():
    e = read_one(MS_in_favour=["FRANCE", "TÜRKİYE"], MS_against=["RUSSIAN FEDERATION"],
                 MS_abstaining=["CHINA"], MS_in_favour_count="002", MS_against_count="1",
                 MS_abstaining_count="")
    assert [(v.member_raw, v.vote) for v in e.votes] == [
        ("FRANCE", "Y"), ("TÜRKİYE", "Y"), ("RUSSIAN FEDERATION", "N"), ("CHINA", "A")]
    assert e.counts_raw == (("in_favour", "002"), ("against", "1"), ("abstaining", ""))


@pytest.mark.parametrize("raw, expected", [
    ("9 January 2023", dt.date(2023, 1, 9)),
    ("8\u00a0March\u00a02024", dt.date(2024, 3, 8)),
    ("2021-07-09 00:00:00", dt.date(2021, 7, 9)),
    ("19 November 2004 in Nairobi", dt.date(2004, 11, 19)),
    ("June 30, 2023", dt.date(2023, 6, 30)),
    ("30June 2023", dt.date(2023, 6, 30)),
    ("", None),
    ("31 February 2023", None),
    ("sometime", None),
])
def test_dates(raw, expected):
    assert parse_extract_date(raw)[0] == expected


def test_date_irregularities_are_warned():
    assert any("extra text" in w for w in read_one(adoption_date="19 November 2004 in Nairobi").warnings)
    e = read_one(adoption_date="", document_title="Adopted by the Security Council at its 9365th meeting, on30 June 2023")
    assert e.date == dt.date(2023, 6, 30) and e.date_raw == ""
    assert any("document_title" in w for w in e.warnings)
    wrong_year = read_one(adoption_date="29 June 2016",
                          document_title="Adopted by the Security Council at its 8277th meeting, on29 June 2016")
    assert wrong_year.date == dt.date(2016, 6, 29)
    assert any("not in the symbol's year 2023" in w for w in wrong_year.warnings)


@pytest.mark.parametrize("fields, meeting", [
    ({}, "S/PV.9365"),
    ({"outcome_letter": "S/PV9261", "adoption_meeting": "9261st meeting",
      "adoption_type": "Adopted unanimously, 9261st meeting"}, "S/PV.9261"),
    ({"outcome_letter": "", "adoption_meeting": "9365th meeting"}, "S/PV.9365"),
    ({"outcome_letter": "S/PV.6702(Resumption1)", "adoption_meeting": "6702nd meeting",
      "adoption_type": "Adopted unanimously, 6702nd meeting"}, "S/PV.6702 (Resumption 1)"),
    ({"outcome_letter": "S/2020/246", "adoption_meeting": "Voting by mail",
      "adoption_type": "Adopted unanimously; voting by mail"}, None),
])
def test_meeting(fields, meeting):
    e = read_one(**fields)
    assert e.meeting == meeting
    assert e.warnings == ()


def test_meeting_disagreement_is_warned():
    e = read_one(adoption_meeting="8277th meeting", outcome_letter="S/PV.8298",
                 adoption_type="Adopted unanimously, 8298th meeting")
    assert e.meeting == "S/PV.8298"
    assert e.warnings == ("adoption_meeting names meeting S/PV.8277, not S/PV.8298",)


def test_symbol_meeting_helpers():
    assert normalise_symbol("S/RES/1310(2000)") == "S/RES/1310 (2000)"
    assert normalise_symbol("S/2023/638") == "S/2023/638"
    assert normalise_meeting("S/PV.10042 (Resumption 1)") == "S/PV.10042 (Resumption 1)"
    assert normalise_meeting("S/2021/96") is None
    e = read_one(symbol="S/RES/1310(2000)")
    assert e.symbol == "S/RES/1310 (2000)" and any("symbol written" in w for w in e.warnings)


def test_chapter_vii_values():
    assert read_one(chapter_VII="Chapter VII").chapter_vii
    assert not read_one(chapter_VII="").chapter_vii
    assert not read_one(chapter_VII="N.A.").chapter_vii


def test_split_member_name_is_merged():
    e = read_one(MS_in_favour=["CHINA", "CÔTE.", "D'IVOIRE", "FRANCE"])
    assert [v.member_raw for v in e.votes] == ["CHINA", "CÔTE D'IVOIRE", "FRANCE"]
    assert any("split in two" in w for w in e.warnings)


def test_ga_style_schema():
    e = read_one(sc_symbol="S/RES/2690 (2023)", pv="S/PV.9365", voting_type="", session="",
                 sc_in_favour_count="015", sc_against_count="", sc_abstaining_count="",
                 MS_in_favour_count="015")
    assert e.schema == "ga-style"
    assert dict(e.counts_raw) == {"in_favour": "015", "against": "0", "abstaining": "0",
                                  "sc_in_favour": "015", "sc_against": "", "sc_abstaining": ""}
    assert e.warnings == ()
    differing = read_one(sc_symbol="S/RES/2690 (2023)", sc_in_favour_count="014")
    assert any("sc_in_favour_count" in w for w in differing.warnings)


def test_bad_lines_are_reported_and_skipped():
    data = jsonl(line(), "{not json", "[1, 2]", json.dumps({"symbol": ""}), "",
                 line(symbol="S/RES/2691 (2023)", MS_in_favour="FRANCE")) + b"\n\xff\xfe{}\n"
    entries, errors = read_extract(data, "bad.json")
    assert [e.symbol for e in entries] == ["S/RES/2690 (2023)", "S/RES/2691 (2023)"]
    assert [e.line for e in entries] == [1, 6]
    assert "MS_in_favour is not a list: 'FRANCE'" in entries[1].warnings
    assert [err.split(":")[0] for err in errors] == ["line 2", "line 3", "line 4", "line 7"]
    assert "not valid JSON" in errors[0] and "not UTF-8" in errors[3]


def test_repeated_symbol_is_warned():
    entries, _ = read_extract(jsonl(line(), line()), "dup.json")
    assert entries[1].warnings == ("S/RES/2690 (2023) already on line 1",)


def test_byte_order_mark_is_ignored():
    entries, errors = read_extract(b"\xef\xbb\xbf" + jsonl(line()), "bom.json")
    assert len(entries) == 1 and errors == []


def test_is_extract_file():
    assert is_extract_file("data_extract/2023.json", jsonl(line())[:300])
    assert is_extract_file("x.JSON", b"  \n" + jsonl(line())[:300])
    assert not is_extract_file("2023.xml", jsonl(line())[:300])
    assert not is_extract_file("package.json", b'{"name": "x", "version": "1"}')
    assert not is_extract_file("list.json", b'[{"symbol": "S/RES/1 (1946)"}]')


# ------------------------------------------------------------------ real data

def _read_year(unxml: Path, year: int) -> list[records.ExtractEntry]:
    path = unxml / "data_extract" / f"{year}.json"
    entries, errors = read_extract(path.read_bytes(), str(path))
    assert errors == []
    return entries


@pytest.mark.shared
def test_every_line_of_every_year_parses_or_is_reported(unxml):
    files = sorted((unxml / "data_extract").glob("*.json"))
    assert len(files) >= 27
    total = ga_style = 0
    for path in files:
        data = path.read_bytes()
        assert is_extract_file(path.name, data[:4096])
        entries, errors = read_extract(data, str(path))
        lines = [n for n, raw in enumerate(data.split(b"\n"), 1) if raw.strip()]
        reported = {int(e.split(":")[0].split()[1]) for e in errors}
        assert sorted([e.line for e in entries] + sorted(reported)) == lines, path.name
        for e in entries:
            assert e.symbol.startswith("S/RES/") and e.symbol.endswith(")")
            assert e.date is not None, (path.name, e.line, e.date_raw)
            assert all(v.vote in records.VOTE_CODES for v in e.votes)
        total += len(entries)
        ga_style += sum(e.schema == "ga-style" for e in entries)
    assert total >= 1540
    assert ga_style == 21


@pytest.mark.shared
def test_2690_entry(unxml):
    e = next(e for e in _read_year(unxml, 2023) if e.symbol == "S/RES/2690 (2023)")
    assert (e.date, e.meeting, e.draft_symbol, e.chapter_vii) == (
        dt.date(2023, 6, 30), "S/PV.9365", "S/2023/480", True)
    assert dict(e.counts_raw) == {"in_favour": "15", "against": "0", "abstaining": "0"}
    tally = {code: sum(v.vote == code for v in e.votes) for code in "YNA"}
    assert tally == {"Y": 15, "N": 0, "A": 0}
    assert e.sponsors == ("FRANCE",)
    assert e.warnings == ()


@pytest.mark.shared
def test_2423_wrong_date_is_read_as_given(unxml):
    e = next(e for e in _read_year(unxml, 2018) if e.symbol == "S/RES/2423 (2018)")
    assert e.date == dt.date(2016, 6, 29)  # the XML says 2018-06-28; the lead compares them
    assert e.date_raw == "29 June 2016"
    assert e.meeting == "S/PV.8298"
    assert any("not in the symbol's year" in w for w in e.warnings)
    assert any("adoption_meeting names meeting S/PV.8277" in w for w in e.warnings)


@pytest.mark.shared
def test_2756_counts_as_written(unxml):
    e = next(e for e in _read_year(unxml, 2024) if e.symbol == "S/RES/2756 (2024)")
    assert dict(e.counts_raw) == {"in_favour": "012", "against": "", "abstaining": "002"}
    assert len(e.votes) == 14
    assert e.outcome_text == "Adopted 13-0-2, 9771st meeting"


@pytest.mark.shared
def test_2403_split_name_merged(unxml):
    e = next(e for e in _read_year(unxml, 2018) if e.symbol == "S/RES/2403 (2018)")
    assert len(e.votes) == 15
    assert "CÔTE D'IVOIRE" in [v.member_raw for v in e.votes]
