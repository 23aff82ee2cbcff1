"""Council member names: every spelling the UN used lands on one state."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from mandates.members import (
    PERMANENT_MEMBERS, UN_MEMBER_ISO3, Member, canonical_member, is_permanent, known_names,
    member_key, merge_split_names,
)


@pytest.mark.parametrize("raw, name, iso3", [
    ("LIBYAN ARAB JAMAHIRIYA", "Libya", "LBY"),
    ("LIBYA", "Libya", "LBY"),
    ("TURKEY", "Türkiye", "TUR"),
    ("TÜRKİYE", "Türkiye", "TUR"),
    ("TÜRKIYE", "Türkiye", "TUR"),
    ("NETHERLANDS (KINGDOM OF THE)", "Netherlands", "NLD"),
    ("KINGDOM OF THE NETHERLANDS", "Netherlands", "NLD"),
    ("NETHERLANDS", "Netherlands", "NLD"),
    ("VENEZUELA (BOLIVARIAN REPUBLIC OF)", "Venezuela", "VEN"),
    ("BOLIVIA (PLURINATIONAL STATE OF)", "Bolivia", "BOL"),
    ("PLURINATIONAL STATE OF BOLIVIA", "Bolivia", "BOL"),
    ("REPUBLIC OF KOREA", "Republic of Korea", "KOR"),
    ("UNITED REPUBLIC OF TANZANIA", "United Republic of Tanzania", "TZA"),
    ("CÔTE D'IVOIRE", "Côte d'Ivoire", "CIV"),
    ("COTE D'IVOIRE", "Côte d'Ivoire", "CIV"),
    ("CÔTE D\u2019IVOIRE", "Côte d'Ivoire", "CIV"),
    ("Cote d'Ivoire", "Côte d'Ivoire", "CIV"),
    ("DEMOCRATIC REPUBLIC OF THE CONGO", "Democratic Republic of the Congo", "COD"),
    ("CONGO", "Congo", "COG"),
    ("LAO PEOPLE\u2019S DEMOCRATIC REPUBLIC", "Lao People's Democratic Republic", "LAO"),
    ("BAHAMAS (THE)", "Bahamas", "BHS"),
    ("MICRONESIA (FEDERATED STATES OF)", "Micronesia", "FSM"),
    ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "North Macedonia", "MKD"),
    ("SAINT VINCENT AND THE GRENADINES", "Saint Vincent and the Grenadines", "VCT"),
    ("GUINEA-BISSAU", "Guinea-Bissau", "GNB"),
    ("Korea, Republic of", "Republic of Korea", "KOR"),
    # Typos in the UN data itself.
    ("CHILEs", "Chile", "CHL"),
    ("LICHTENSTEIN", "Liechtenstein", "LIE"),
    ("LIBYA ARAB JAMAHIRIYA", "Libya", "LBY"),
])
def test_spellings(raw, name, iso3):
    member = canonical_member(raw)
    assert (member.name, member.iso3) == (name, iso3)
    assert not member.permanent


@pytest.mark.parametrize("raw, name, iso3", [
    ("USSR", "USSR", "SUN"),
    ("Union of Soviet Socialist Republics", "USSR", "SUN"),
    ("Soviet Union", "USSR", "SUN"),
    ("RUSSIAN FEDERATION", "Russian Federation", "RUS"),
    ("the Russian Federation", "Russian Federation", "RUS"),
    ("Russia", "Russian Federation", "RUS"),
    ("CHINA", "China", "CHN"),
    ("People's Republic of China", "China", "CHN"),
    ("FRANCE", "France", "FRA"),
    ("France", "France", "FRA"),
    ("UNITED KINGDOM", "United Kingdom", "GBR"),
    ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "GBR"),
    ("UK", "United Kingdom", "GBR"),
    ("UNITED STATES", "United States", "USA"),
    ("United States of America", "United States", "USA"),
    ("U.S.", "United States", "USA"),
    ("UNITED STATES ", "United States", "USA"),  # trailing space, as in the extract
    ("UNITED STATE", "United States", "USA"),    # truncated, as in the extract
])
def test_permanent_members_across_names(raw, name, iso3):
    assert canonical_member(raw) == Member(name, iso3, True)
    assert is_permanent(raw)


def test_permanent_members_constant():
    assert [m.name for m in PERMANENT_MEMBERS] == [
        "China", "France", "Russian Federation", "United Kingdom", "United States"]
    assert all(m.permanent for m in PERMANENT_MEMBERS)


def test_table_has_every_un_member():
    assert len(UN_MEMBER_ISO3) == 193
    names = known_names()
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in names)
    assert len(set(names.values())) == len(names), "two codes share a display name"


def test_unknown_names_never_raise():
    assert canonical_member("BY THE SECRETARY-GENERAL") == Member("By the Secretary-General", None, False)
    assert canonical_member("") == Member("", None, False)
    assert canonical_member("REPORT OF THE SECRETARY-GENERAL").iso3 is None
    assert not is_permanent("Atlantis")


@given(st.text(max_size=40))
def test_any_text_gives_a_member(raw):
    member = canonical_member(raw)
    assert isinstance(member.name, str)
    assert member.permanent == (member.iso3 in {"CHN", "FRA", "GBR", "RUS", "SUN", "USA"})


@given(st.sampled_from(sorted(known_names().values())))
def test_display_names_round_trip_in_any_case(name):
    member = canonical_member(name)
    assert canonical_member(name.upper()) == member == canonical_member(name.lower())
    assert member.name == name


def test_member_key_groups_spellings():
    assert member_key("TURKEY") == member_key("TÜRKİYE") == "TUR"
    assert member_key("Atlantis") == member_key("ATLANTIS")


def test_merge_split_names():
    names, warnings = merge_split_names(["CHINA", "CÔTE.", "D'IVOIRE", "FRANCE"])
    assert names == ["CHINA", "CÔTE D'IVOIRE", "FRANCE"]
    assert canonical_member(names[1]).iso3 == "CIV"
    assert len(warnings) == 1 and "CÔTE." in warnings[0]
    assert merge_split_names(["CHINA", "FRANCE"]) == (["CHINA", "FRANCE"], [])
    assert merge_split_names([]) == ([], [])


# ------------------------------------------------------------------ real data

# Sponsor entries in the extract that are not states at all.
NOT_STATES = {"BY THE SECRETARY-GENERAL", "COMMITTEE ON THE ADMISSION OF NEW MEMBERS",
              "REPORT OF THE SECRETARY-GENERAL"}


def _corpus_member_names(unxml: Path) -> tuple[dict[str, str], dict[str, str]]:
    """name -> one place it occurs, for voting members and for sponsors."""
    voters: dict[str, str] = {}
    sponsors: dict[str, str] = {}
    organisation = re.compile(r'<organization[^>]*refersTo="memberState"[^>]*>([^<]*)</organization>')
    for path in unxml.rglob("*.xml"):
        text = path.read_text(encoding="utf-8", errors="replace")
        group = [m.group(1) for m in organisation.finditer(text)]
        for name in merge_split_names(group)[0]:
            voters.setdefault(name, path.name)
    for path in (unxml / "data_extract").glob("*.json"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for field in ("MS_in_favour", "MS_against", "MS_abstaining"):
                for name in merge_split_names(record.get(field) or [])[0]:
                    voters.setdefault(name, f"{path.name} {record['symbol']}")
            for field in ("sponsors", "additional_sponsors"):
                for name in record.get(field) or []:
                    sponsors.setdefault(name, f"{path.name} {record['symbol']}")
    return voters, sponsors


@pytest.mark.shared
@pytest.mark.slow
def test_every_member_name_in_the_corpus_maps_to_an_iso_code(unxml):
    voters, sponsors = _corpus_member_names(unxml)
    assert len(voters) > 90  # every Council member since 2000, in all spellings
    unmapped = {n: where for n, where in voters.items() if canonical_member(n).iso3 is None}
    assert unmapped == {}
    # Sponsors are states too, except for a few entries that name an organ.
    unmapped_sponsors = {n: where for n, where in sponsors.items()
                         if canonical_member(n).iso3 is None and n not in NOT_STATES
                         and not n.startswith("Submitted pursuant")}
    assert unmapped_sponsors == {}
    # Permanent members are permanent under every spelling found.
    permanent = {canonical_member(n).name for n in voters if canonical_member(n).permanent}
    assert permanent == {"China", "France", "Russian Federation", "United Kingdom", "United States"}
