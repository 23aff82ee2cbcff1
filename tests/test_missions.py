"""The shipped mission registry: its data, lookups, mentions in text and dates."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
from pathlib import Path

import pytest

from mandates.missions import (
    KINDS,
    MULTINATIONAL,
    PEACEKEEPING,
    REGIONAL,
    SPECIAL_POLITICAL,
    Mission,
    Registry,
    UnknownMission,
    date_bounds,
    lookup_key,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA_FILE = ROOT / "src" / "mandates" / "data" / "missions.json"
SYMBOL = re.compile(r"^(S/RES/\d+ \(\d{4}\)|A/RES/\d+ \([A-Z0-9-]+\))$")

ACTIVE_PKOS_2024_06_30 = {"UNMISS", "MINUSCA", "MONUSCO", "UNIFIL", "UNFICYP", "UNDOF", "MINURSO", "UNISFA",
                          "UNMIK", "UNTSO", "UNMOGIP"}


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the project's ../shared folder is not here)")
    return path


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


# --- the data ------------------------------------------------------------------------------

def test_loads_from_package_data_and_is_cached(registry):
    assert Registry.load() is registry
    assert len(registry) > 100
    assert registry.record_until and dt.date.fromisoformat(registry.record_until)


def test_acronyms_unique_and_every_mission_well_formed(registry):
    acronyms = [m.acronym for m in registry]
    assert len(acronyms) == len(set(acronyms))
    for m in registry:
        assert m.names and all(n.strip() == n and n for n in m.names), m.acronym
        assert m.kind in KINDS, m.acronym
        assert m.un_mission == (m.kind not in (REGIONAL, MULTINATIONAL)), m.acronym
        assert re.fullmatch(r"[A-Z]{3}", m.host_country.iso3), m.acronym
        assert m.countries[0] == m.host_country, m.acronym
        assert all(re.fullmatch(r"[A-Z]{3}", c.iso3) for c in m.countries), m.acronym
        assert all(ref.startswith("the ") for ref in m.generic_refs), m.acronym
        assert m.sources, m.acronym
        for symbol in (m.establishing_resolution, m.closing_resolution):
            assert symbol is None or SYMBOL.match(symbol), (m.acronym, symbol)


def test_dates_parse_and_are_in_order(registry):
    for m in registry:
        assert m.start, m.acronym
        bounds = {field: date_bounds(getattr(m, field))
                  for field in ("start", "operational_start", "end", "withdrawal_end") if getattr(m, field)}
        if "end" in bounds:
            assert bounds["start"][0] <= bounds["end"][1], m.acronym
        if "operational_start" in bounds:
            assert bounds["start"][0] <= bounds["operational_start"][1], m.acronym
        if "withdrawal_end" in bounds:
            assert bounds["end"][0] <= bounds["withdrawal_end"][1], m.acronym
        if m.start and len(m.start) == 10:
            assert m.start_date() == dt.date.fromisoformat(m.start)
        else:
            assert m.start_date() is None


def test_predecessors_and_successors_agree_both_ways(registry):
    for m in registry:
        for before in m.predecessors:
            assert m.acronym in registry.get(before).successors, (before, m.acronym)
        for after in m.successors:
            assert m.acronym in registry.get(after).predecessors, (m.acronym, after)


def test_chains_the_record_is_known_for(registry):
    def chain(start: str) -> list[str]:
        out = [start]
        while registry.get(out[-1]).successor:
            out.append(registry.get(out[-1]).successor)
        return out
    assert chain("MONUC") == ["MONUC", "MONUSCO"]
    assert chain("MINUSTAH") == ["MINUSTAH", "MINUJUSTH", "BINUH"]
    assert chain("UNAMSIL") == ["UNAMSIL", "UNIOSIL", "UNIPSIL"]
    assert chain("ONUB") == ["ONUB", "BINUB", "BNUB"]
    assert chain("UNTAET") == ["UNTAET", "UNMISET", "UNOTIL", "UNMIT"]
    assert chain("UNSOM") == ["UNSOM", "UNTMIS"]
    assert chain("UNAMID") == ["UNAMID", "UNITAMS"]
    assert chain("UNMIS") == ["UNMIS", "UNMISS"]
    assert registry.get("MINUSCA").predecessors[0] == "MISCA"


def test_lookup_forms_never_collide(registry):
    owners: dict[str, str] = {}
    for m in registry:
        for form in (m.acronym, *m.aliases, *m.names):
            assert owners.setdefault(lookup_key(form), m.acronym) == m.acronym, form


def test_every_pko_of_the_official_list_is_present(registry):
    path = need_shared("data", "un_pko_list_official_1948_2019", "un_pko_list_1948_2019.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        official = {row["acronym"] for row in csv.DictReader(handle)}
    assert len(official) == 71
    for acronym in official:
        assert registry.get(acronym).kind == PEACEKEEPING, acronym
    assert {m.acronym for m in registry if m.kind == PEACEKEEPING} == official


def test_minusma_as_the_resolutions_record_it(registry):
    minusma = registry.get("MINUSMA")
    assert minusma.name == "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    assert minusma.kind == PEACEKEEPING and minusma.un_mission
    assert (minusma.host_country.name, minusma.host_country.iso3) == ("Mali", "MLI")
    assert minusma.start_date() == dt.date(2013, 4, 25)
    assert minusma.operational_start_date() == dt.date(2013, 7, 1)
    assert minusma.end_date() == dt.date(2023, 6, 30)
    assert minusma.withdrawal_end_date() == dt.date(2023, 12, 31)
    assert minusma.establishing_resolution == "S/RES/2100 (2013)"
    assert minusma.closing_resolution == "S/RES/2690 (2023)"
    assert minusma.predecessor == "AFISMA"
    afisma = registry.get("AFISMA")
    assert afisma.kind == REGIONAL and not afisma.un_mission
    assert afisma.successors == ("MINUSMA",) and afisma.end == "2013-06-30"
    assert "S/RES/2100 (2013)" in minusma.sources and "un_pko_list_official_1948_2019" in minusma.sources


def test_special_political_missions_present(registry):
    for acronym in ("UNAMA", "UNAMI", "UNSMIL", "UNSOM", "UNTMIS", "UNMHA", "UNITAMS", "BINUH", "UNVMC",
                    "UNOWAS", "UNOCA", "UNRCCA", "UNSCOL", "BINUCA", "BNUB", "UNIOSIL", "UNIPSIL", "BONUCA",
                    "UNMIN", "UNIOGBIS"):
        assert registry.get(acronym).kind == SPECIAL_POLITICAL, acronym
    assert registry.get("UNMIT").kind == PEACEKEEPING
    assert registry.get("UNAMID").kind == PEACEKEEPING
    assert registry.get("UNAMID").generic_refs[0] == "the Operation"
    assert registry.get("UNISFA").generic_refs[0] == "the Force"
    assert registry.get("UNVMC").name == "United Nations Verification Mission in Colombia"


# --- lookups -------------------------------------------------------------------------------

@pytest.mark.parametrize("query, acronym", [
    ("MINUSMA", "MINUSMA"),
    ("minusma", "MINUSMA"),
    ("United Nations Multidimensional Integrated Stabilization Mission in Mali", "MINUSMA"),
    ("united nations multidimensional integrated stabilisation mission in mali", "MINUSMA"),
    ("UN Mission in South Sudan", "UNMISS"),
    ("United Nations Mission in the Republic of South Sudan", "UNMISS"),
    ("United Nations Mission in Sudan", "UNMIS"),
    ("Mission de l'Organisation des Nations Unies en République démocratique du Congo", "MONUC"),
    ("ONUCI", "UNOCI"),
    ("United Nations Operation in Cote d'Ivoire", "UNOCI"),
    ("IPTF", "UNMIBH"),
    ("UNPSG", "UNCPSG"),
    ("unavem iii", "UNAVEM III"),
    ("the African Union-United Nations Hybrid Operation in Darfur", "UNAMID"),
])
def test_get_by_acronym_alias_or_name(registry, query, acronym):
    assert registry.get(query).acronym == acronym
    assert query in registry


def test_unknown_mission_suggests_close_matches(registry):
    with pytest.raises(UnknownMission) as caught:
        registry.get("MINUSM")
    assert str(caught.value) == "unknown mission 'MINUSM'; did you mean MINUSMA?"
    assert isinstance(caught.value, KeyError)
    assert caught.value.suggestions == ("MINUSMA",)
    with pytest.raises(KeyError, match="did you mean UNAMID"):
        registry.get("UNAMIDD")
    with pytest.raises(UnknownMission) as nothing:
        registry.get("Mandates")
    assert str(nothing.value) == "unknown mission 'Mandates'"
    assert registry.find("MINUSM") is None


# --- mentions in text ----------------------------------------------------------------------

def mentioned(registry, text: str) -> list[tuple[str, str]]:
    found = registry.find_in_text(text)
    for mention in found:
        assert text[mention.start:mention.end] == mention.matched
    return [(m.mission.acronym, m.matched) for m in found]


def test_find_in_text_possessive_and_word_boundaries(registry):
    assert mentioned(registry, "Decides to terminate MINUSMA’s mandate; MINUSMA's drawdown follows.") == [
        ("MINUSMA", "MINUSMA"), ("MINUSMA", "MINUSMA")]
    assert mentioned(registry, "UNAMI in Baghdad, UNAMID in Darfur, and UNAMIS before UNMIS.") == [
        ("UNAMI", "UNAMI"), ("UNAMID", "UNAMID"), ("UNAMIS", "UNAMIS"), ("UNMIS", "UNMIS")]
    assert mentioned(registry, "MONUC shall bear the title of MONUSCO as from 1 July 2010.") == [
        ("MONUC", "MONUC"), ("MONUSCO", "MONUSCO")]
    assert mentioned(registry, "No mission here: MINUSMAX, unamid, XUNMISS.") == []


def test_find_in_text_prefers_full_names_and_ignores_generic_refs(registry):
    text = ("Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali "
            "(MINUSMA) and requests the Mission to report.")
    assert mentioned(registry, text) == [
        ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        ("MINUSMA", "MINUSMA")]
    assert mentioned(registry, "the UN Mission in South Sudan and the United Nations Mission in Sudan") == [
        ("UNMISS", "UN Mission in South Sudan"), ("UNMIS", "United Nations Mission in Sudan")]
    assert mentioned(registry, "The Force shall cooperate with the Mission.") == []


def test_find_in_text_tolerates_line_breaks_accents_and_spelling(registry):
    text = "the United Nations Operation in\nCote d'Ivoire and the United Nations Organisation Stabilisation Mission in the DRC"
    assert [a for a, _ in mentioned(registry, text)] == ["UNOCI", "MONUSCO"]


def test_every_form_is_found_as_itself(registry):
    for m in registry:
        for form in (m.acronym, *m.aliases, *m.names):
            found = registry.find_in_text(f"Recalling {form}, and")
            assert [(x.mission.acronym, x.matched) for x in found] == [(m.acronym, form)], form


# --- dates ---------------------------------------------------------------------------------

def test_active_peacekeeping_operations_on_30_june_2024(registry):
    active = registry.active_on(dt.date(2024, 6, 30), PEACEKEEPING)
    assert {m.acronym for m in active} == ACTIVE_PKOS_2024_06_30
    assert {m.acronym for m in registry.active_on("2024-06-30", "peacekeeping")} == ACTIVE_PKOS_2024_06_30


def test_active_on_mandate_boundaries(registry):
    pkos = lambda day: {m.acronym for m in registry.active_on(day, PEACEKEEPING)}  # noqa: E731
    assert "MINUSMA" in pkos("2013-04-25") and "MINUSMA" not in pkos("2013-04-24")
    assert "MINUSMA" in pkos("2023-06-30") and "MINUSMA" not in pkos("2023-07-01")
    assert "UNAMID" in pkos("2020-12-31") and "UNAMID" not in pkos("2021-01-01")
    assert {"MONUC", "MONUSCO"} & pkos("2010-06-30") == {"MONUC"}
    assert {"MONUC", "MONUSCO"} & pkos("2010-07-01") == {"MONUSCO"}
    spms = {m.acronym for m in registry.active_on("2024-06-30", SPECIAL_POLITICAL)}
    assert {"UNAMA", "UNAMI", "UNSMIL", "UNSOM", "UNMHA", "BINUH", "UNVMC"} <= spms
    assert "UNITAMS" not in spms and "UNTMIS" not in spms
    with pytest.raises(ValueError, match="unknown kind"):
        registry.active_on("2024-06-30", "pko")


def test_partial_dates_widen_to_their_month_or_year():
    assert date_bounds("2016-01") == (dt.date(2016, 1, 1), dt.date(2016, 1, 31))
    assert date_bounds("2009-12") == (dt.date(2009, 12, 1), dt.date(2009, 12, 31))
    assert date_bounds("2007") == (dt.date(2007, 1, 1), dt.date(2007, 12, 31))
    assert date_bounds("2013-04-25") == (dt.date(2013, 4, 25),) * 2
    with pytest.raises(ValueError):
        date_bounds("April 2013")
    mission = Registry.load().get("UNOWAS")
    assert mission.start == "2016-01" and mission.start_date() is None
    assert mission.active_on("2016-01-01") and not mission.active_on("2015-12-31")


def test_round_trip_through_dict(registry):
    for m in registry:
        assert Mission.from_dict(m.to_dict()) == m


# --- the shipped file is what the builder makes --------------------------------------------

def test_shipped_json_matches_a_fresh_build():
    need_shared("data", "unxml")
    spec = importlib.util.spec_from_file_location("build_missions", ROOT / "scripts" / "build_missions.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    document, notes = builder.build(SHARED)
    assert builder.render(document) == DATA_FILE.read_text(encoding="utf-8"), (
        "src/mandates/data/missions.json is stale: run scripts/build_missions.py")
    assert any("MINUSMA" in note and "active" in note for note in notes)
