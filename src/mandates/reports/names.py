"""Council members as reports name them: "Russia", "the Russian Federation",
"the U.S.", "Britain", and as adjectives ("French-drafted", "the Chinese
delegation"). Every form resolves through ``members.canonical_member`` so a
reported vote compares with the record's by state."""
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
    forms |= {"US", "UK", "USA", "DRC"}
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
            member = members.canonical_member(written)
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
    if word in DEMONYMS:
        return members.canonical_member(DEMONYMS[word]).name
    member = members.canonical_member(word)
    return member.name if member.iso3 else None
