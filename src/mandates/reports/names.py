"""Council members as reports name them: "Russia", "the Russian Federation",
"the U.S.", "Britain", and as adjectives ("French-drafted", "the Chinese
delegation"); French, Spanish, Portuguese and German reports name them in
their own language ("la Fédération de Russie", "Estados Unidos", "Rússia",
"bei Enthaltung Russlands und Chinas"). Every form resolves through
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
# States as French, Spanish, Portuguese and German reports write them (only
# forms that differ from the English name), each to the name
# ``members.canonical_member`` knows. Kosovo and Western Sahara have no entry:
# neither is a state the member table knows. Forms that are common words or
# another state's English name are left out ("Island", German for Iceland;
# "Sudans", as in "the two Sudans"; "Guineas"; bare "Kongo", which could be
# either Congo).
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
    "Guinée-Bissau": "Guinea-Bissau",
    # Portuguese, Brazilian and European spellings (forms equal to a Spanish one
    # above are not repeated: "Reino Unido", "Estados Unidos", "Irlanda", ...).
    "Rússia": "Russian Federation", "Federação Russa": "Russian Federation",
    "Federação da Rússia": "Russian Federation", "França": "France",
    "Estados Unidos da América": "United States", "EUA": "United States", "Grã-Bretanha": "United Kingdom",
    "Reino Unido da Grã-Bretanha e Irlanda do Norte": "United Kingdom", "Japão": "Japan", "Moçambique": "Mozambique",
    "Eslovênia": "Slovenia", "Eslovénia": "Slovenia", "Polônia": "Poland", "Polónia": "Poland",
    "Vietnã": "Viet Nam", "Vietname": "Viet Nam", "Quênia": "Kenya", "Quénia": "Kenya",
    "Coreia do Sul": "Republic of Korea", "Coréia do Sul": "Republic of Korea", "República da Coreia": "Republic of Korea",
    "República da Coréia": "Republic of Korea", "Coreia do Norte": "North Korea", "Coréia do Norte": "North Korea",
    "Emirados Árabes Unidos": "United Arab Emirates", "Costa do Marfim": "Côte d'Ivoire",
    "República Democrática do Congo": "Democratic Republic of the Congo", "RD Congo": "Democratic Republic of the Congo",
    "RDC": "Democratic Republic of the Congo", "República do Congo": "Republic of the Congo", "Suíça": "Switzerland",
    "Equador": "Ecuador", "Albânia": "Albania", "Argélia": "Algeria", "Guiana": "Guyana", "Serra Leoa": "Sierra Leone",
    "Gana": "Ghana", "Gabão": "Gabon", "Índia": "India", "Grécia": "Greece", "Paquistão": "Pakistan",
    "Somália": "Somalia", "Barém": "Bahrain", "Bahrein": "Bahrain", "Letônia": "Latvia", "Letónia": "Latvia",
    "Libéria": "Liberia", "Colômbia": "Colombia", "Estônia": "Estonia", "Estónia": "Estonia", "Tunísia": "Tunisia",
    "Indonésia": "Indonesia", "Alemanha": "Germany", "África do Sul": "South Africa", "Kuaite": "Kuwait",
    "Guiné Equatorial": "Equatorial Guinea", "Bolívia": "Bolivia", "Etiópia": "Ethiopia", "Cazaquistão": "Kazakhstan",
    "Suécia": "Sweden", "Países Baixos": "Netherlands", "Holanda": "Netherlands", "Itália": "Italy", "Egito": "Egypt",
    "Ucrânia": "Ukraine", "Uruguai": "Uruguay", "Espanha": "Spain", "Malásia": "Malaysia", "Nova Zelândia": "New Zealand",
    "Jordânia": "Jordan", "Lituânia": "Lithuania", "Chade": "Chad", "Austrália": "Australia", "Ruanda": "Rwanda",
    "Azerbaijão": "Azerbaijan", "Marrocos": "Morocco", "Bósnia e Herzegovina": "Bosnia and Herzegovina",
    "Bósnia-Herzegovina": "Bosnia and Herzegovina", "Áustria": "Austria", "Turquia": "Türkiye", "Croácia": "Croatia",
    "Líbia": "Libya", "Eslováquia": "Slovakia", "Singapura": "Singapore", "Maurícia": "Mauritius",
    "Ilhas Maurício": "Mauritius", "Canadá": "Canada", "Namíbia": "Namibia", "Bangladexe": "Bangladesh",
    "Bulgária": "Bulgaria", "Camarões": "Cameroon", "Guiné": "Guinea", "Guiné-Bissau": "Guinea-Bissau",
    "Síria": "Syrian Arab Republic", "República Árabe da Síria": "Syrian Arab Republic",
    "República Árabe Síria": "Syrian Arab Republic", "Benim": "Benin", "Filipinas": "Philippines", "Romênia": "Romania",
    "Roménia": "Romania", "Tanzânia": "United Republic of Tanzania", "São Vicente e Granadinas": "Saint Vincent and the Grenadines",
    "São Vicente e as Granadinas": "Saint Vincent and the Grenadines", "Trinidad e Tobago": "Trinidad and Tobago",
    "Sudão": "Sudan", "Sudão do Sul": "South Sudan", "República Centro-Africana": "Central African Republic",
    "Iraque": "Iraq", "Irã": "Iran", "Irão": "Iran", "Afeganistão": "Afghanistan", "Eritreia": "Eritrea",
    "Sérvia": "Serbia", "Geórgia": "Georgia", "Iêmen": "Yemen", "Iémen": "Yemen", "Timor Leste": "Timor-Leste",
    # German, with the genitive in -s that vote reports use ("bei Enthaltung Russlands
    # und Chinas") and the inflected forms of names built on adjectives ("der
    # Vereinigten Staaten", "die Russische Föderation", "der Russischen Föderation").
    "Russland": "Russian Federation", "Russlands": "Russian Federation",
    "Russische Föderation": "Russian Federation", "Russischen Föderation": "Russian Federation",
    "Vereinigte Staaten": "United States", "Vereinigten Staaten": "United States",
    "Vereinigte Staaten von Amerika": "United States", "Vereinigten Staaten von Amerika": "United States",
    "Großbritannien": "United Kingdom", "Großbritanniens": "United Kingdom", "Grossbritannien": "United Kingdom",
    "Grossbritanniens": "United Kingdom", "Vereinigtes Königreich": "United Kingdom",
    "Vereinigte Königreich": "United Kingdom", "Vereinigten Königreich": "United Kingdom",
    "Vereinigten Königreichs": "United Kingdom", "Vereinigten Königreiches": "United Kingdom",
    "Vereinigtes Königreich Großbritannien und Nordirland": "United Kingdom",
    "Vereinigten Königreichs Großbritannien und Nordirland": "United Kingdom",
    "Frankreich": "France", "Frankreichs": "France", "Chinas": "China", "Volksrepublik China": "China",
    "Japans": "Japan", "Mosambik": "Mozambique", "Mosambiks": "Mozambique", "Schweiz": "Switzerland",
    "Elfenbeinküste": "Côte d'Ivoire", "Südafrika": "South Africa", "Südafrikas": "South Africa",
    "Äquatorialguinea": "Equatorial Guinea", "Äquatorialguineas": "Equatorial Guinea", "Türkei": "Türkiye",
    "Ecuadors": "Ecuador", "Maltas": "Malta", "Brasilien": "Brazil", "Brasiliens": "Brazil", "Albanien": "Albania",
    "Albaniens": "Albania", "Vereinigte Arabische Emirate": "United Arab Emirates",
    "Vereinigten Arabischen Emirate": "United Arab Emirates", "Vereinigten Arabischen Emiraten": "United Arab Emirates",
    "VAE": "United Arab Emirates", "Algerien": "Algeria", "Algeriens": "Algeria", "Guyanas": "Guyana",
    "Südkorea": "Republic of Korea", "Südkoreas": "Republic of Korea", "Republik Korea": "Republic of Korea",
    "Nordkorea": "North Korea", "Nordkoreas": "North Korea", "Sierra Leones": "Sierra Leone",
    "Slowenien": "Slovenia", "Sloweniens": "Slovenia", "Dänemark": "Denmark", "Dänemarks": "Denmark",
    "Griechenland": "Greece", "Griechenlands": "Greece", "Pakistans": "Pakistan", "Panamas": "Panama",
    "Somalias": "Somalia", "Bahrains": "Bahrain", "Kolumbien": "Colombia", "Kolumbiens": "Colombia",
    "Lettland": "Latvia", "Lettlands": "Latvia", "Liberias": "Liberia", "DR Kongo": "Democratic Republic of the Congo",
    "Demokratische Republik Kongo": "Democratic Republic of the Congo",
    "Demokratischen Republik Kongo": "Democratic Republic of the Congo", "Republik Kongo": "Republic of the Congo",
    "Gabun": "Gabon", "Gabuns": "Gabon", "Ghanas": "Ghana", "Kenias": "Kenya", "Mexiko": "Mexico", "Mexikos": "Mexico",
    "Norwegen": "Norway", "Norwegens": "Norway", "Irland": "Ireland", "Irlands": "Ireland", "Indien": "India",
    "Indiens": "India", "Estland": "Estonia", "Estlands": "Estonia", "Nigers": "Niger", "Tunesien": "Tunisia",
    "Tunesiens": "Tunisia", "Vietnams": "Viet Nam", "St. Vincent und die Grenadinen": "Saint Vincent and the Grenadines",
    "Indonesien": "Indonesia", "Indonesiens": "Indonesia", "Belgien": "Belgium", "Belgiens": "Belgium",
    "Deutschland": "Germany", "Deutschlands": "Germany", "Bundesrepublik Deutschland": "Germany", "Polen": "Poland",
    "Polens": "Poland", "Kuwaits": "Kuwait", "Perus": "Peru", "Dominikanische Republik": "Dominican Republic",
    "Dominikanischen Republik": "Dominican Republic", "Niederlande": "Netherlands", "Niederlanden": "Netherlands",
    "Bolivien": "Bolivia", "Boliviens": "Bolivia", "Äthiopien": "Ethiopia", "Äthiopiens": "Ethiopia",
    "Kasachstan": "Kazakhstan", "Kasachstans": "Kazakhstan", "Schweden": "Sweden", "Schwedens": "Sweden",
    "Italien": "Italy", "Italiens": "Italy", "Ägypten": "Egypt", "Ägyptens": "Egypt", "Senegals": "Senegal",
    "Uruguays": "Uruguay", "Spanien": "Spain", "Spaniens": "Spain", "Venezuelas": "Venezuela", "Malaysias": "Malaysia",
    "Angolas": "Angola", "Neuseeland": "New Zealand", "Neuseelands": "New Zealand", "Jordanien": "Jordan",
    "Jordaniens": "Jordan", "Litauen": "Lithuania", "Litauens": "Lithuania", "Tschad": "Chad", "Tschads": "Chad",
    "Nigerias": "Nigeria", "Argentinien": "Argentina", "Argentiniens": "Argentina", "Australien": "Australia",
    "Australiens": "Australia", "Luxemburg": "Luxembourg", "Luxemburgs": "Luxembourg", "Ruandas": "Rwanda",
    "Aserbaidschan": "Azerbaijan", "Aserbaidschans": "Azerbaijan", "Guatemalas": "Guatemala", "Marokko": "Morocco",
    "Marokkos": "Morocco", "Togos": "Togo", "Bosnien und Herzegowina": "Bosnia and Herzegovina",
    "Bosnien-Herzegowina": "Bosnia and Herzegovina", "Libanon": "Lebanon", "Libanons": "Lebanon",
    "Portugals": "Portugal", "Österreich": "Austria", "Österreichs": "Austria", "Ugandas": "Uganda",
    "Kroatien": "Croatia", "Kroatiens": "Croatia", "Libyen": "Libya", "Libyens": "Libya", "Katar": "Qatar",
    "Katars": "Qatar", "Slowakei": "Slovakia", "Singapur": "Singapore", "Singapurs": "Singapore", "Kanada": "Canada",
    "Kanadas": "Canada", "Namibias": "Namibia", "Malis": "Mali", "Bangladesch": "Bangladesh",
    "Bangladeschs": "Bangladesh", "Jamaika": "Jamaica", "Jamaikas": "Jamaica", "Bulgarien": "Bulgaria",
    "Bulgariens": "Bulgaria", "Kamerun": "Cameroon", "Kameruns": "Cameroon", "Syrien": "Syrian Arab Republic",
    "Syriens": "Syrian Arab Republic", "Arabische Republik Syrien": "Syrian Arab Republic",
    "Arabischen Republik Syrien": "Syrian Arab Republic", "Benins": "Benin", "Philippinen": "Philippines",
    "Rumänien": "Romania", "Rumäniens": "Romania", "Tansania": "United Republic of Tanzania",
    "Tansanias": "United Republic of Tanzania", "Trinidad und Tobago": "Trinidad and Tobago", "Südsudan": "South Sudan",
    "Südsudans": "South Sudan", "Zentralafrikanische Republik": "Central African Republic",
    "Zentralafrikanischen Republik": "Central African Republic", "Zypern": "Cyprus", "Zyperns": "Cyprus",
    "Haitis": "Haiti", "Iraks": "Iraq", "Irans": "Iran", "Afghanistans": "Afghanistan", "Osttimor": "Timor-Leste",
    "Osttimors": "Timor-Leste", "Eritreas": "Eritrea", "Burundis": "Burundi", "Serbien": "Serbia", "Serbiens": "Serbia",
    "Georgien": "Georgia", "Georgiens": "Georgia", "Nepals": "Nepal", "Jemen": "Yemen", "Jemens": "Yemen",
    "Israels": "Israel",
    # Any language: the curly apostrophe.
    "Côte d’Ivoire": "Côte d'Ivoire",
}
# Capitals standing for their governments in vote reporting ("voted against Moscow's position",
# "Beijing abstained").
METONYMS = {"Moscow": "Russian Federation", "Beijing": "China", "Washington": "United States"}
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
    forms |= {"US", "UK", "USA", "DRC"} | set(FOREIGN_NAMES) | set(METONYMS)
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
            key = re.sub(r"\s+", " ", written)
            member = members.canonical_member(FOREIGN_NAMES.get(key) or METONYMS.get(key) or written)
            if member.iso3 is None:
                continue
            out.append(MemberMention(member.name, m.start("noun"), m.end("noun"), written, False))
        else:
            written = m.group("adj")
            name = DEMONYMS[re.sub(r"\s+", " ", written)]
            out.append(MemberMention(members.canonical_member(name).name, m.start("adj"), m.end("adj"),
                                     written, True))
    return out


# Articles other languages put before a state's name ("a Rússia disse", "die
# Schweiz erklärte", "der Tschad"); English "the" is handled by the lookup.
_ARTICLE = re.compile(r"^(?:(?:[OoAa]s?|[Dd](?:er|ie|as|em|en|es)|[Ll]es?|[Ll]a|[Ee]l|[Ll][oa]s)\s+|[Ll]['’])")


def country_of(word: str) -> str | None:
    """A demonym or a state's name to the state's canonical name."""
    word = " ".join(word.split())
    if word not in FOREIGN_NAMES and members.canonical_member(word).iso3 is None:
        bare = _ARTICLE.sub("", word)  # "El Salvador" resolves whole and keeps its "El"
        if bare != word and (bare in FOREIGN_NAMES or members.canonical_member(bare).iso3):
            word = bare
    word = FOREIGN_NAMES.get(word, word)
    if word in DEMONYMS:
        return members.canonical_member(DEMONYMS[word]).name
    member = members.canonical_member(word)
    return member.name if member.iso3 else None
