"""Council members as reports name them: "Russia", "the Russian Federation",
"the U.S.", "Britain", and as adjectives ("French-drafted", "the Chinese
delegation"); French and Spanish reports name them in their own language
("la Fédération de Russie", "Estados Unidos"). Every form resolves through
``members.canonical_member`` so a reported vote compares with the record's by
state."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .. import members

# Adjectives that stand for a state in vote reporting ("the French-drafted
# resolution", "Russian and Chinese abstentions").
DEMONYMS = {
    "Russian": "Russian Federation", "Chinese": "China", "French": "France", "British": "United Kingdom",
    "American": "United States", "U.S.": "United States", "US": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Emirati": "United Arab Emirates", "Swiss": "Switzerland",
    "Japanese": "Japan", "Maltese": "Malta", "Mozambican": "Mozambique", "Ghanaian": "Ghana",
    "Gabonese": "Gabon", "Ecuadorian": "Ecuador", "Brazilian": "Brazil", "Albanian": "Albania",
    "Algerian": "Algeria", "Guyanese": "Guyana", "South Korean": "Republic of Korea",
    "Sierra Leonean": "Sierra Leone", "Slovenian": "Slovenia", "Indian": "India", "Irish": "Ireland",
    "Norwegian": "Norway", "Mexican": "Mexico", "Kenyan": "Kenya", "Nigerien": "Niger",
    "Tunisian": "Tunisia", "Vietnamese": "Viet Nam", "Estonian": "Estonia", "Belgian": "Belgium",
    "German": "Germany", "Indonesian": "Indonesia", "Dominican": "Dominican Republic",
    "South African": "South Africa", "Polish": "Poland", "Kuwaiti": "Kuwait", "Peruvian": "Peru",
    "Ivorian": "Côte d'Ivoire", "Bolivian": "Bolivia", "Ethiopian": "Ethiopia", "Kazakh": "Kazakhstan",
    "Swedish": "Sweden", "Dutch": "Netherlands", "Italian": "Italy", "Senegalese": "Senegal",
    "Uruguayan": "Uruguay", "Egyptian": "Egypt", "Ukrainian": "Ukraine", "Spanish": "Spain",
    "Venezuelan": "Venezuela", "Malaysian": "Malaysia", "Angolan": "Angola", "Jordanian": "Jordan",
    "Lithuanian": "Lithuania", "Chadian": "Chad", "Nigerian": "Nigeria", "Rwandan": "Rwanda",
    "Argentine": "Argentina", "Australian": "Australia", "Togolese": "Togo", "Azerbaijani": "Azerbaijan",
    "Pakistani": "Pakistan", "Guatemalan": "Guatemala", "Colombian": "Colombia", "Portuguese": "Portugal",
    "Lebanese": "Lebanon", "Austrian": "Austria", "Turkish": "Türkiye", "Croatian": "Croatia",
    "Libyan": "Libya", "Panamanian": "Panama", "Qatari": "Qatar", "Danish": "Denmark", "Greek": "Greece",
    "Chilean": "Chile", "Slovak": "Slovakia", "Cameroonian": "Cameroon", "Mauritanian": "Mauritania",
    "Namibian": "Namibia", "Bangladeshi": "Bangladesh", "Malian": "Mali", "Sudanese": "Sudan",
    "Congolese": "Democratic Republic of the Congo", "Somali": "Somalia", "Haitian": "Haiti",
    "Cypriot": "Cyprus", "Israeli": "Israel", "Syrian": "Syrian Arab Republic", "Iranian": "Iran",
    "Iraqi": "Iraq", "Afghan": "Afghanistan", "Burkinabe": "Burkina Faso", "Central African": "Central African Republic",
}
# States as French and Spanish reports write them (only forms that differ from
# the English name), each to the name ``members.canonical_member`` knows.
FOREIGN_NAMES = {
    # French
    "Chine": "China", "Fédération de Russie": "Russian Federation", "Russie": "Russian Federation",
    "États-Unis": "United States", "Etats-Unis": "United States", "États-Unis d'Amérique": "United States",
    "Royaume-Uni": "United Kingdom", "Suisse": "Switzerland", "Japon": "Japan", "Malte": "Malta",
    "Équateur": "Ecuador", "Brésil": "Brazil", "Albanie": "Albania", "Émirats arabes unis": "United Arab Emirates",
    "Inde": "India", "Irlande": "Ireland", "Norvège": "Norway", "Mexique": "Mexico", "Algérie": "Algeria",
    "Slovénie": "Slovenia", "République de Corée": "Republic of Korea", "Somalie": "Somalia", "Danemark": "Denmark",
    "Grèce": "Greece", "Bolivie": "Bolivia", "Éthiopie": "Ethiopia", "Égypte": "Egypt", "Sénégal": "Senegal",
    "Espagne": "Spain", "Nouvelle-Zélande": "New Zealand", "Malaisie": "Malaysia", "Suède": "Sweden",
    "Pays-Bas": "Netherlands", "Italie": "Italy", "Pologne": "Poland", "Koweït": "Kuwait", "Pérou": "Peru",
    "Guinée équatoriale": "Equatorial Guinea", "Allemagne": "Germany", "Belgique": "Belgium", "Indonésie": "Indonesia",
    "République dominicaine": "Dominican Republic", "Afrique du Sud": "South Africa", "Estonie": "Estonia",
    "Tunisie": "Tunisia", "Nigéria": "Nigeria", "Lituanie": "Lithuania", "Jordanie": "Jordan", "Tchad": "Chad",
    "Argentine": "Argentina", "Australie": "Australia", "Azerbaïdjan": "Azerbaijan", "Colombie": "Colombia",
    "Liban": "Lebanon", "Autriche": "Austria", "Turquie": "Türkiye", "Croatie": "Croatia", "Libye": "Libya",
    "Bosnie-Herzégovine": "Bosnia and Herzegovina", "Cameroun": "Cameroon", "Bulgarie": "Bulgaria", "Chili": "Chile",
    "Slovaquie": "Slovakia", "Mauritanie": "Mauritania", "Namibie": "Namibia", "Singapour": "Singapore",
    "Jamaïque": "Jamaica", "Roumanie": "Romania", "Hongrie": "Hungary", "Zambie": "Zambia", "Ouganda": "Uganda",
    "Syrie": "Syrian Arab Republic", "Guinée": "Guinea", "Bénin": "Benin", "Maroc": "Morocco", "Soudan": "Sudan",
    "Soudan du Sud": "South Sudan", "République centrafricaine": "Central African Republic",
    "République démocratique du Congo": "Democratic Republic of the Congo", "Chypre": "Cyprus", "Haïti": "Haiti",
    "Israël": "Israel", "Irak": "Iraq",
    # Spanish
    "Federación de Rusia": "Russian Federation", "Rusia": "Russian Federation", "Estados Unidos": "United States",
    "Estados Unidos de América": "United States", "Reino Unido": "United Kingdom", "Francia": "France",
    "Gabón": "Gabon", "Suiza": "Switzerland", "Japón": "Japan", "Brasil": "Brazil",
    "Emiratos Árabes Unidos": "United Arab Emirates", "Irlanda": "Ireland", "Noruega": "Norway", "México": "Mexico",
    "Argelia": "Algeria", "Sierra Leona": "Sierra Leone", "Eslovenia": "Slovenia", "República de Corea": "Republic of Korea",
    "Pakistán": "Pakistan", "Dinamarca": "Denmark", "Grecia": "Greece", "Panamá": "Panama", "Etiopía": "Ethiopia",
    "Egipto": "Egypt", "España": "Spain", "Nueva Zelandia": "New Zealand", "Nueva Zelanda": "New Zealand",
    "Malasia": "Malaysia", "Ucrania": "Ukraine", "Kazajstán": "Kazakhstan", "Suecia": "Sweden",
    "Países Bajos": "Netherlands", "Italia": "Italy", "Polonia": "Poland", "Perú": "Peru",
    "Guinea Ecuatorial": "Equatorial Guinea", "Alemania": "Germany", "Bélgica": "Belgium",
    "República Dominicana": "Dominican Republic", "Sudáfrica": "South Africa", "Níger": "Niger", "Túnez": "Tunisia",
    "Lituania": "Lithuania", "Jordania": "Jordan", "Luxemburgo": "Luxembourg", "Azerbaiyán": "Azerbaijan",
    "Líbano": "Lebanon", "Turquía": "Türkiye", "Croacia": "Croatia", "Libia": "Libya", "Camerún": "Cameroon",
    "Eslovaquia": "Slovakia", "Rumania": "Romania", "Rumanía": "Romania", "Hungría": "Hungary", "Marruecos": "Morocco",
    "Malí": "Mali", "Sudán": "Sudan", "Sudán del Sur": "South Sudan", "República Centroafricana": "Central African Republic",
    "República Democrática del Congo": "Democratic Republic of the Congo", "Chipre": "Cyprus", "Haití": "Haiti",
    "Siria": "Syrian Arab Republic", "Benín": "Benin", "Kenia": "Kenya", "Catar": "Qatar", "Bahréin": "Bahrain",
    "Costa de Marfil": "Côte d'Ivoire", "Trinidad y Tabago": "Trinidad and Tobago",
    "San Vicente y las Granadinas": "Saint Vincent and the Grenadines", "Mozambique": "Mozambique",
    # French, late additions
    "Bahreïn": "Bahrain", "Trinité-et-Tobago": "Trinidad and Tobago",
    "Saint-Vincent-et-les Grenadines": "Saint Vincent and the Grenadines",
}
_EXTRA_FORMS = ("U.S.", "U.K.", "the United States", "the United Kingdom", "the Russian Federation",
                "Russia", "Britain", "Great Britain", "America", "the UAE", "UAE")


class MemberMention(NamedTuple):
    name: str      # canonical member name
    start: int
    end: int
    text: str
    adjective: bool  # written as an adjective ("French-drafted")


@functools.cache
def _pattern() -> re.Pattern[str]:
    forms = set(members.known_names().values()) | set(_EXTRA_FORMS)
    forms |= {alias for alias in getattr(members, "_ALIASES", {}) if len(alias) > 3 and not alias.isupper()}
    forms |= {"US", "UK", "USA", "DRC"} | set(FOREIGN_NAMES)
    nouns = sorted(forms, key=len, reverse=True)
    adjectives = sorted(DEMONYMS, key=len, reverse=True)
    noun = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in nouns)
    adjective = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in adjectives)
    # Case-sensitive: "Chad" the state, not "chad"; "US" the state, not "us".
    return re.compile(rf"(?<![\w.])(?:the\s+)?(?:(?P<noun>{noun})|(?P<adj>{adjective}))(?![\w])")


def find_members(text: str, start: int = 0, end: int | None = None) -> list[MemberMention]:
    end = len(text) if end is None else end
    out = []
    for m in _pattern().finditer(text, start, end):
        if m.group("noun"):
            written = m.group("noun")
            member = members.canonical_member(FOREIGN_NAMES.get(re.sub(r"\s+", " ", written), written))
            if member.iso3 is None:
                continue
            out.append(MemberMention(member.name, m.start("noun"), m.end("noun"), written, False))
        else:
            written = m.group("adj")
            name = DEMONYMS[re.sub(r"\s+", " ", written)]
            out.append(MemberMention(members.canonical_member(name).name, m.start("adj"), m.end("adj"),
                                     written, True))
    return out


def country_of(word: str) -> str | None:
    """A demonym or a state's name to the state's canonical name."""
    word = " ".join(word.split())
    word = FOREIGN_NAMES.get(word, word)
    if word in DEMONYMS:
        return members.canonical_member(DEMONYMS[word]).name
    member = members.canonical_member(word)
    return member.name if member.iso3 else None
