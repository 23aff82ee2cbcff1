"""What is read from report text, before any comparison with the record (no database)."""
from __future__ import annotations

import datetime as dt

import pytest

from mandates.records import ReportText
from mandates.reports.entities import find_people, romanization_score, similar
from mandates.reports.numbers import find_resolution_numbers
from mandates.reports.read import read_report
from mandates.reports.tallies import read_vote


def reading(text: str, published: dt.date | None = None, mission: str | None = None):
    return read_report(ReportText(origin="t.txt", format="text", text=text, published_on=published,
                                  published_from="test" if published else None, mission_hint=mission))


def facts(r, field):
    return [f.value for f in r.facts if f.field == field]


@pytest.mark.parametrize("text, numbers", [
    ("Unanimously adopting resolution 2690 (2023), the Council ended MINUSMA's mandate under resolution 2640 (2022).",
     [(2690, 2023, True), (2640, 2022, False)]),
    ("Resolution 2483 of 2019 was adopted on Thursday.", [(2483, 2019, True)]),
    ("The council passed UNSCR 2284 by 14 votes.", [(2284, None, True)]),
    ("S/RES/2690 (2023) was adopted unanimously.", [(2690, 2023, True)]),
    ("The council adopted resolution 2584-2021 on Tuesday.", [(2584, 2021, True)]),
    ("By adopting resolution 23 51 (2017), the Council extended the mission.", [(2351, 2017, True)]),
    ("Recalling its resolution 1701 (2006), the Council adopted resolution 2695 (2023).",
     [(1701, 2006, False), (2695, 2023, True)]),
])
def test_resolution_numbers_and_which_is_the_subject(text, numbers):
    assert [(r.number, r.year, r.subject) for r in find_resolution_numbers(text)] == numbers


@pytest.mark.parametrize("text, counts, roles", [
    ("The Council voted 13 in favour to none against, with 2 abstentions (China, Russian Federation).",
     (13, 0, 2), {"abstaining": ["China", "Russian Federation"]}),
    ("It passed by a vote of 12 in favour to none against, with 3 abstentions.", (12, 0, 3), {}),
    ("The text was adopted 12-0 with three abstentions.", (12, 0, 3), {}),
    ("The Council voted 14-0, with one abstention, as Russia abstained.", (14, 0, 1),
     {"abstaining": ["Russian Federation"]}),
    ("13 of the 15 members voted in favour, while China and Russia abstained.", (13, None, None),
     {"abstaining": ["China", "Russian Federation"]}),
    ("Thirteen members voted against the United States, with one abstaining.", (13, None, 1),
     {"against": ["United States"]}),
    ("The draft failed owing to the negative vote of a permanent member (Russian Federation).", (None, None, None),
     {"vetoed_by": ["Russian Federation"], "against": ["Russian Federation"]}),
    ("Russia did not vote, and the 15-member council approved the text 14-0.", (14, 0, None),
     {"non_voting": ["Russian Federation"]}),
    ("The U.S.-drafted resolution passed, with Mozambique and the Russian Federation abstaining.", (None, None, None),
     {"penholder": ["United States"], "abstaining": ["Mozambique", "Russian Federation"]}),
])
def test_reported_votes(text, counts, roles):
    vote = read_vote(text, 0, len(text))
    assert (vote.yes, vote.no, vote.abstain) == counts
    assert {k: sorted({m.name for m in v}) for k, v in vote.roles.items()} == {k: sorted(v) for k, v in roles.items()}


def test_unanimity_and_its_negation():
    assert read_vote("adopted unanimously", 0, 19).unanimous[0] is True
    text = "The Council adopted the text, but not unanimously."
    assert read_vote(text, 0, len(text)).unanimous[0] is False


def test_dates_with_their_qualifiers_and_fronted_authorities():
    r = reading("The Security Council on Monday extended the mandate of MINURSO until Oct. 31, 2024.\n\n"
                "Until 30 September 2023, MINUSMA is authorized to respond to imminent threats to civilians.\n\n"
                "It asks UNAMID to complete the withdrawal of all personnel by June 30, 2021.",
                published=dt.date(2023, 10, 30))
    assert facts(r, "adopted_on") == ["2023-10-30"]
    assert facts(r, "mandate_until") == ["2024-10-31"]
    assert facts(r, "authorization") == ["2023-09-30"]
    assert facts(r, "withdrawal_deadline") == ["2021-06-30"]


def test_ceilings_are_not_strength_figures():
    r = reading("The Council on Wednesday renewed MINUSMA, keeping its ceiling at up to 13,289 military personnel "
                "and 1,920 police personnel. The nearly 17,500-strong mission has more than 15,000 personnel.\n\n"
                "Of an authorized 26,000, some 9,500 troops are deployed.")
    assert facts(r, "ceiling.military") == [13289]
    assert facts(r, "ceiling.police") == [1920]


def test_events_hedged_with_casualties_and_actors():
    r = reading("Following two military coups in 2020 and 2021, the junta in Mali hired the Russian Wagner group, "
                "with Wagner mercenaries believed to have carried out the Moura massacre of at least 500 civilians "
                "with the Malian military.", mission="MINUSMA")
    kinds = [(e.kind, e.when.iso if e.when else None, e.status) for e in r.events]
    assert ("coup", "2020", "reported") in kinds and ("coup", "2021", "reported") in kinds
    massacre = next(e for e in r.events if e.kind == "massacre")
    assert (massacre.status, massacre.casualties, massacre.casualty_qualifier, massacre.place) == \
        ("alleged", 500, "at least", "Moura")
    assert "Wagner Group" in massacre.actors and "Malian armed forces" in massacre.actors


def test_one_person_under_two_spellings():
    text = ("White House national security spokesperson John Kirby told reporters that Wagner head Yevgeny Prighozin "
            "had helped. “Prigozhin employees informed the U.N.”, said Kirby.")
    people = {e.name: e for e in find_people(text)}
    assert set(people) == {"John Kirby", "Yevgeny Prigozhin"}
    assert people["Yevgeny Prigozhin"].spellings == ("Yevgeny Prighozin", "Prigozhin")
    assert (people["John Kirby"].role, people["John Kirby"].organization) == ("national security spokesperson", "White House")
    assert similar("Prighozin", "Prigozhin") and not similar("Kirby", "Keita")
    assert romanization_score("Prigozhin") > romanization_score("Prighozin")


def test_claims_with_speaker_role_date_and_appositive():
    r = reading("Vassily Nebenzia, Russia's ambassador to the UN, said on Friday that the text ignored Bamako's views. "
                "“The mission must go,” he said.", published=dt.date(2023, 6, 30))
    first, second = r.claims
    assert (first.speaker, first.role, first.organization, first.said_on.iso) == \
        ("Vassily Nebenzia", "ambassador to the UN", "Russian Federation", "2023-06-30")
    assert second.speaker == "Vassily Nebenzia" and second.quoted and second.text == "The mission must go"


def test_an_undated_report_leaves_weekdays_unresolved_and_says_so():
    r = reading("The Security Council on Friday unanimously voted to end MINUSMA.")
    assert facts(r, "adopted_on") == [None]
    assert any("no publication date" in n for n in r.notes)


def test_a_dateline_without_a_year_takes_the_year_its_deadline_implies():
    # The full deadline is in 2025; filed "Jan 30" for "another year", the story is from 2024.
    r = reading("NICOSIA, Jan 30 (Wire) — The Security Council on Tuesday renewed for another year the mandate "
                "of the UN peacekeeping force in Cyprus, UNFICYP, until January 31, 2025.", mission="UNFICYP")
    assert r.anchor == dt.date(2024, 1, 30) and "deadline implies" in r.anchor_source
    assert facts(r, "adopted_on") == ["2024-01-30"]
    assert facts(r, "mandate_until") == ["2025-01-31"]


def test_a_dateline_with_its_year_is_kept():
    r = reading("NICOSIA, Jan 30, 2024 (Wire) — The Security Council on Tuesday renewed the mandate of UNFICYP "
                "until January 31, 2025.", mission="UNFICYP")
    assert r.anchor == dt.date(2024, 1, 30) and "deadline" not in r.anchor_source


def test_the_year_a_url_files_a_story_under_dates_its_year_less_days():
    text = "The Security Council on 30 October extended the mandate of MINURSO for one year."
    r = read_report(ReportText(origin="t.txt", format="text", text=text, url="https://press.example.org/en/2023/sc1.htm",
                               mission_hint="MINURSO"))
    assert r.context_year == 2023 and facts(r, "adopted_on") == ["2023-10-30"]


def test_individual_police_and_formed_units_add_up():
    r = reading("The Council decided that MONUSCO would comprise a maximum of 19,815 military personnel, "
                "760 military observers, 391 police personnel and 1,050 personnel of formed police units.",
                mission="MONUSCO")
    assert facts(r, "ceiling.military") == [19815] and facts(r, "ceiling.police") == [1441]


def test_an_increase_is_not_a_ceiling():
    r = reading("El Consejo aprobó aumentar en 2.000 soldados y 1.500 policías los efectivos de la MINUSTAH, que contará "
                "con un componente militar de hasta 8.940 efectivos y un componente policial de hasta 3.711 agentes.",
                mission="MINUSTAH")
    assert facts(r, "ceiling.military") == [8940] and facts(r, "ceiling.police") == [3711]


def test_an_authorization_the_date_precedes():
    r = reading("On Wednesday the Security Council extended the mandate of UNOCI until 30 June 2014. The resolution "
                "also extends until 30 June 2014 the authorisation the Council gave to the French forces to support "
                "UNOCI.", dt.date(2013, 6, 27), mission="UNOCI")
    assert "2014-06-30" in facts(r, "authorization")


def test_an_authorization_that_shares_the_mandate_end():
    r = reading("Le Conseil de sécurité a adopté mercredi la résolution 1933 qui proroge jusqu'au 31 décembre 2010 le "
                "mandat de l'ONUCI, ainsi que l'autorisation accordée aux forces françaises qui la soutiennent.",
                dt.date(2010, 7, 1), mission="UNOCI")
    assert facts(r, "mandate_until") == ["2010-12-31"] and facts(r, "authorization") == ["2010-12-31"]


def test_a_share_of_a_uniformed_total_is_not_a_police_ceiling():
    r = reading("The council authorized AU states to deploy up to 12,626 uniformed personnel, including 1,040 police, "
                "until June 30, 2025.", dt.date(2024, 12, 28), mission="AUSSOM")
    assert facts(r, "ceiling.police") == [] and facts(r, "ceiling.military") == []


def test_a_total_given_first():
    r = reading("La resolución crea la MINUJUSTH, integrada por hasta siete unidades de policía constituidas (980 agentes) "
                "y 295 policías individuales, en total 1.275 efectivos policiales.", dt.date(2017, 4, 14),
                mission="MINUJUSTH")
    assert facts(r, "ceiling.police") == [1275]
