"""Portuguese and German in the report reader: states as those reports name them
(with German genitives), verbs of saying and attributions, and the words for
coups, attacks, massacres, casualty figures and hedges (no database)."""
from __future__ import annotations

import datetime as dt

import pytest

from mandates import members
from mandates.records import ReportText
from mandates.reports import names
from mandates.reports.read import read_report


def reading(text: str, mission: str | None = None):
    return read_report(ReportText(origin="t.txt", format="text", text=text, published_on=dt.date(2023, 6, 30),
                                  published_from="test", mission_hint=mission))


def states(text: str) -> list[str]:
    return [m.name for m in names.find_members(text)]


# --- states -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Portuguese, Brazilian and European spellings
    ("O texto foi aprovado com 13 votos a favor e 2 abstenções (China e Rússia).", ["China", "Russian Federation"]),
    ("A Federação Russa e a França votaram a favor.", ["Russian Federation", "France"]),
    ("O Reino Unido, os Estados Unidos e o Japão apoiaram o texto.", ["United Kingdom", "United States", "Japan"]),
    ("Moçambique, Eslovênia e Polônia; na grafia europeia, Eslovénia e Polónia.",
     ["Mozambique", "Slovenia", "Poland", "Slovenia", "Poland"]),
    ("Vietnã, Vietname, Quênia e Quénia.", ["Viet Nam", "Viet Nam", "Kenya", "Kenya"]),
    ("A Coreia do Sul, ou República da Coreia, e os Emirados Árabes Unidos.",
     ["Republic of Korea", "Republic of Korea", "United Arab Emirates"]),
    ("A Costa do Marfim e a República Democrática do Congo.", ["Côte d'Ivoire", "Democratic Republic of the Congo"]),
    ("A missão no Sudão do Sul e no Sudão, na República Centro-Africana e no Líbano.",
     ["South Sudan", "Sudan", "Central African Republic", "Lebanon"]),
    ("Guiné-Bissau não é a Guiné nem a Guiné Equatorial.", ["Guinea-Bissau", "Guinea", "Equatorial Guinea"]),
    ("Serra Leoa, Libéria, Somália, Afeganistão, Iraque, Iêmen, Iémen, Timor-Leste e Chade.",
     ["Sierra Leone", "Liberia", "Somalia", "Afghanistan", "Iraq", "Yemen", "Yemen", "Timor-Leste", "Chad"]),
    ("Argélia, Guiana, Suíça, Equador, Malta e Gana.", ["Algeria", "Guyana", "Switzerland", "Ecuador", "Malta", "Ghana"]),
    # German, with genitives and inflected adjective names
    ("Die Resolution wurde bei Enthaltung Russlands und Chinas angenommen.", ["Russian Federation", "China"]),
    ("die von Frankreich eingebrachte Resolution", ["France"]),
    ("der Entwurf der Vereinigten Staaten und Großbritanniens", ["United States", "United Kingdom"]),
    ("Die Russische Föderation, das Vereinigte Königreich und die Vereinigten Staaten von Amerika.",
     ["Russian Federation", "United Kingdom", "United States"]),
    ("Der Vertreter der Russischen Föderation und der Botschafter des Vereinigten Königreichs.",
     ["Russian Federation", "United Kingdom"]),
    ("Frankreichs Entwurf, Chinas Enthaltung und Russlands Veto.", ["France", "China", "Russian Federation"]),
    ("Mosambik, die Schweiz, die Elfenbeinküste, Südafrika, Äquatorialguinea und die Türkei.",
     ["Mozambique", "Switzerland", "Côte d'Ivoire", "South Africa", "Equatorial Guinea", "Türkiye"]),
    ("den Vereinigten Arabischen Emiraten, der Demokratischen Republik Kongo und der Republik Kongo",
     ["United Arab Emirates", "Democratic Republic of the Congo", "Congo"]),
    ("Südsudan, Zypern, Libanon, Jemen, Osttimor und Tschad.",
     ["South Sudan", "Cyprus", "Lebanon", "Yemen", "Timor-Leste", "Chad"]),
    ("St. Vincent und die Grenadinen stimmten zu.", ["Saint Vincent and the Grenadines"]),
])
def test_portuguese_and_german_names_resolve(text, expected):
    assert states(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia and China abstained.", ["Russian Federation", "China"]),
    ("The United Kingdom, the U.S. and the Russian Federation voted in favour.",
     ["United Kingdom", "United States", "Russian Federation"]),
    ("Britain and America backed the text; Mozambique abstained.", ["United Kingdom", "United States", "Mozambique"]),
    ("the Republic of Korea, Sierra Leone and Côte d'Ivoire", ["Republic of Korea", "Sierra Leone", "Côte d'Ivoire"]),
])
def test_english_names_resolve_as_before(text, expected):
    assert states(text) == expected


def test_english_adjectives_still_stand_for_states():
    found = names.find_members("the French-drafted text, with Russian and Chinese abstentions")
    assert [(m.name, m.adjective) for m in found] == [("France", True), ("Russian Federation", True), ("China", True)]


@pytest.mark.parametrize("text", [
    "Die Polizei sagte, die Insel Island sei sicher.",      # "Island" is German for Iceland, and an English word
    "the two Sudans",                                       # an English plural, not a German genitive
    "O texto foi um golpe duro; o Kongo-Fluss.",             # bare "Kongo" could be either Congo
    "Die Stadt liegt am Fluss; das Land ist arm.",
])
def test_words_that_are_not_states_are_left_alone(text):
    assert [m.text for m in names.find_members(text)] == []


def test_every_foreign_form_resolves_and_is_found_on_its_own():
    for written, target in names.FOREIGN_NAMES.items():
        member = members.canonical_member(target)
        assert member.iso3 is not None, (written, target)
        found = names.find_members(f"({written}).")
        assert [(m.text, m.name) for m in found] == [(written, member.name)], written


@pytest.mark.parametrize("phrase, expected", [
    ("A Rússia", "Russian Federation"), ("A China", "China"), ("Os Estados Unidos", "United States"),
    ("Die Schweiz", "Switzerland"), ("Der Tschad", "Chad"), ("Die Vereinigten Staaten", "United States"),
    ("Russland", "Russian Federation"), ("El Salvador", "El Salvador"), ("Los Angeles", None), ("Das", None),
])
def test_a_state_with_its_article(phrase, expected):
    assert names.country_of(phrase) == expected


# --- claims -----------------------------------------------------------------------------------------

def test_a_portuguese_delegation_says():
    r = reading("A China disse que a resolução deveria respeitar mais a soberania do país. "
                "O representante da França afirmou que a missão continua indispensável.")
    first, second = r.claims
    assert (first.speaker, first.organization, first.verb, first.text) == \
        ("China", "China", "disse", "a resolução deveria respeitar mais a soberania do país")
    assert (second.speaker, second.role, second.organization, second.verb, second.text) == \
        ("representative of France", "representative", "France", "afirmou", "a missão continua indispensável")


def test_a_german_delegation_says_with_a_genitive():
    r = reading("Der Vertreter Russlands betonte, das Mandat müsse enden.")
    (claim,) = r.claims
    assert (claim.speaker, claim.role, claim.organization, claim.verb, claim.text) == \
        ("representative of Russian Federation", "representative", "Russian Federation", "betonte",
         "das Mandat müsse enden")


def test_a_german_person_then_a_pronoun_after_the_quotation():
    r = reading("Wassili Nebensja sagte am Freitag, der Text ignoriere die Ansichten Bamakos. "
                "“Die Mission muss gehen”, sagte er.")
    first, second = r.claims
    assert (first.speaker, first.speaker_key, first.text) == \
        ("Wassili Nebensja", "person:wassili-nebensja", "der Text ignoriere die Ansichten Bamakos")
    assert (second.speaker, second.quoted, second.text) == ("Wassili Nebensja", True, "Die Mission muss gehen")


def test_a_portuguese_pronoun_before_the_verb():
    r = reading("Abdoulaye Diop disse que a MINUSMA fracassou. Ele disse também que os capacetes azuis deveriam partir.")
    assert [(c.speaker, c.text) for c in r.claims] == [
        ("Abdoulaye Diop", "a MINUSMA fracassou"), ("Abdoulaye Diop", "os capacetes azuis deveriam partir")]


def test_a_german_separable_verb():
    (claim,) = reading("Die Schweiz teilte am Freitag mit, dass sie den Text unterstütze.").claims
    assert (claim.speaker, claim.verb, claim.text) == ("Switzerland", "teilte mit", "sie den Text unterstütze")


@pytest.mark.parametrize("text, speaker, verb, content", [
    ("Segundo a ONU, pelo menos 500 civis foram mortos em Moura.", "ONU", "segundo",
     "pelo menos 500 civis foram mortos em Moura"),
    ("De acordo com o porta-voz da missão, os ataques aumentaram.", "porta-voz da missão", "de acordo com",
     "os ataques aumentaram"),
    ("Laut dem russischen Botschafter Wassili Nebensja ist der Text einseitig.", "Wassili Nebensja", "laut",
     "ist der Text einseitig"),
    ("Nach Angaben der Vereinten Nationen wurden mindestens 500 Zivilisten getötet.", "Vereinten Nationen",
     "nach Angaben", "wurden mindestens 500 Zivilisten getötet"),
    ("Diplomaten zufolge hat Russland mit einem Veto gedroht.", "Diplomaten", "zufolge",
     "hat Russland mit einem Veto gedroht"),
])
def test_attributions(text, speaker, verb, content):
    (claim,) = reading(text).claims
    assert (claim.speaker, claim.verb, claim.text) == (speaker, verb, content)


@pytest.mark.parametrize("text", [
    "O segundo mandato, aprovado em 2022, foi renovado.",     # "segundo" the ordinal
    "Pelo segundo ano, a Rússia se absteve.",
    "In Mali wurden Berichten zufolge 500 Menschen getötet.",  # a hedge, not a source
    "Die Vereinten Nationen erklärten, die Lage sei ernst.",   # an institution, not a person
    "Der Sicherheitsrat erklärte, die Lage sei ernst.",
    "Russland hat nach Angaben Frankreichs Söldner nach Mali entsandt.",  # a source inside the clause
])
def test_no_claim_is_made_up(text):
    assert reading(text).claims == ()


def test_english_claims_are_read_as_before():
    r = reading("Vassily Nebenzia, Russia's ambassador to the UN, said on Friday that the text ignored Bamako's views. "
                "“The mission must go,” he said.")
    first, second = r.claims
    assert (first.speaker, first.role, first.organization, first.verb) == \
        ("Vassily Nebenzia", "ambassador to the UN", "Russian Federation", "said")
    assert second.quoted and second.text == "The mission must go"


# --- events -----------------------------------------------------------------------------------------

def events(text: str, mission: str | None = None):
    return reading(text, mission).events


@pytest.mark.parametrize("text", [
    "A junta tomou o poder num golpe em agosto de 2020.",
    "Após o golpe de Estado de 2021, a junta expulsou o embaixador.",
    "Nach dem Putsch von 2021 regiert das Militär.",
    "Der Militärputsch im August 2020 stürzte den Präsidenten.",
    "Le coup d'État de 2021 a porté la junte au pouvoir.",
    "El golpe de Estado de 2021 llevó a la junta al poder.",
])
def test_coups(text):
    assert "coup" in [e.kind for e in events(text)]


@pytest.mark.parametrize("text", [
    "A decisão foi um duro golpe para a missão.",
    "Foi um golpe de sorte para os capacetes azuis.",
    "De golpe, a missão perdeu o apoio do governo.",
    "Das war ein schwerer Schlag für die Mission.",
])
def test_a_blow_is_not_a_coup(text):
    assert "coup" not in [e.kind for e in events(text)]


@pytest.mark.parametrize("text, kind, status, casualties, qualifier, victims, place", [
    ("Wagner-Söldner sollen im März 2022 das Massaker von Moura mit mindestens 500 Toten verübt haben.",
     "massacre", "alleged", 500, "at least", "people", "Moura"),
    ("Os mercenários do grupo Wagner são acusados de participar do massacre de Moura, em que morreram mais de "
     "500 pessoas.", "massacre", "alleged", 500, "more than", "people", "Moura"),
    ("Os mercenários supostamente cometeram o massacre de Moura.", "massacre", "alleged", None, None, None, "Moura"),
    ("Bei einem Anschlag in Gao wurden mindestens 1.200 Zivilisten getötet.",
     "attack", "reported", 1200, "at least", "civilians", "Gao"),
    ("Um ataque contra a base da MINUSMA em Tessalit deixou pelo menos 3 capacetes azuis mortos.",
     "attack", "reported", 3, "at least", "peacekeepers", "Tessalit"),
    ("Mutmaßliche Dschihadisten haben einen Angriff auf einen Konvoi verübt, bei dem etwa 30 Blauhelme starben.",
     "attack", "alleged", 30, "about", "peacekeepers", None),
    ("Dort waren bei einem Angriff auf das Dorf Ogossagou mehr als 150 Menschen getötet worden.",
     "attack", "reported", 150, "more than", "people", "Ogossagou"),
    ("El ataque, presuntamente perpetrado por yihadistas, mató a más de 40 civiles en Mopti.",
     "attack", "alleged", 40, "more than", "civilians", "Mopti"),
    ("Un attentat à Gao a fait au moins 12 morts.", "attack", "reported", 12, "at least", "people", "Gao"),
])
def test_attacks_and_massacres_with_their_figures(text, kind, status, casualties, qualifier, victims, place):
    event = next(e for e in events(text) if e.kind == kind)
    assert (event.status, event.casualties, event.casualty_qualifier, event.victims, event.place) == \
        (status, casualties, qualifier, victims, place)


def test_actors_named_in_portuguese_and_german():
    massacre = next(e for e in events("Wagner-Söldner sollen das Massaker von Moura verübt haben.") if e.kind == "massacre")
    assert massacre.actors == ("Wagner Group",)
    attack = next(e for e in events("Grupos armados jihadistas atacaram Boni.") if e.kind == "attack")
    assert "Islamist armed groups" in attack.actors and "armed groups" in attack.actors


@pytest.mark.parametrize("text, kind", [
    ("A junta retirou o seu consentimento à missão em junho de 2023.", "consent_withdrawn"),
    ("Die Junta entzog der Mission im Juni 2023 ihre Zustimmung.", "consent_withdrawn"),
    ("O governo de transição exigiu a retirada imediata da MINUSMA.", "withdrawal_demanded"),
    ("Die Regierung forderte den sofortigen Abzug der Blauhelme.", "withdrawal_demanded"),
    ("A junta bloqueou as rotações de tropas em 2022.", "rotations_blocked"),
    ("Die Junta hatte die Truppenrotationen blockiert.", "rotations_blocked"),
    ("A junta contratou mercenários do grupo Wagner.", "foreign_force_hired"),
    ("Die Junta hat Söldner der Gruppe Wagner angeheuert.", "foreign_force_hired"),
    ("O envio de tropas russas ao Mali preocupou a França.", "foreign_force_deployed"),
    ("Russland hat Söldner nach Mali entsandt.", "foreign_force_deployed"),
])
def test_the_other_kinds_of_event(text, kind):
    assert kind in [e.kind for e in events(text)]


@pytest.mark.parametrize("text", [
    "A resolução condena os ataques contra os capacetes azuis.",
    "Die Resolution verurteilt die Angriffe auf Blauhelme.",
    "O terremoto, que matou mais de 200.000 pessoas, destruiu o quartel-general.",
    "Das Erdbeben hat 200 Menschen getötet.",
])
def test_council_language_and_disasters_are_not_attacks(text):
    assert "attack" not in [e.kind for e in events(text)]


def test_english_events_are_read_as_before():
    r = reading("Following two military coups in 2020 and 2021, the junta in Mali hired the Russian Wagner group, "
                "with Wagner mercenaries believed to have carried out the Moura massacre of at least 500 civilians "
                "with the Malian military.", mission="MINUSMA")
    massacre = next(e for e in r.events if e.kind == "massacre")
    assert (massacre.status, massacre.casualties, massacre.casualty_qualifier, massacre.victims, massacre.place) == \
        ("alleged", 500, "at least", "civilians", "Moura")
    assert [e.kind for e in r.events].count("coup") == 2
