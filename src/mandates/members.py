"""Security Council member names: one identity per state across spellings.

The UN's own data writes members in upper case and renames them over time
("LIBYAN ARAB JAMAHIRIYA", "TURKEY" then "TÜRKİYE", "NETHERLANDS (KINGDOM OF
THE)"), with the odd typo ("CHILEs", "LICHTENSTEIN") and even a name split
across two list items ("CÔTE." / "D'IVOIRE"). Votes are compared and counted
by state, so every spelling must land on one ISO 3166-1 alpha-3 code.

Renamed states keep one display name (the current one): a vote cast by the
"Libyan Arab Jamahiriya" is a vote by Libya. States that no longer exist keep
their own code (USSR is SUN, distinct from the Russian Federation's RUS), but
both sat in the same permanent seat.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    name: str            # display name, as people write it ("Russian Federation")
    iso3: str | None     # ISO 3166-1 alpha-3; None when the name is not a known state
    permanent: bool      # holds one of the five permanent seats


# Codes of the states holding a permanent seat. SUN (USSR) held the seat the
# Russian Federation holds since 1991; the China seat is CHN whoever held it.
PERMANENT_ISO3 = frozenset({"CHN", "FRA", "GBR", "RUS", "SUN", "USA"})

# ISO code -> display name. The 193 UN members, the two observer states, and
# states that sat on the Council under a name and code that no longer exist.
_STATES: dict[str, str] = {
    "AFG": "Afghanistan", "ALB": "Albania", "DZA": "Algeria", "AND": "Andorra",
    "AGO": "Angola", "ATG": "Antigua and Barbuda", "ARG": "Argentina",
    "ARM": "Armenia", "AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan",
    "BHS": "Bahamas", "BHR": "Bahrain", "BGD": "Bangladesh", "BRB": "Barbados",
    "BLR": "Belarus", "BEL": "Belgium", "BLZ": "Belize", "BEN": "Benin",
    "BTN": "Bhutan", "BOL": "Bolivia", "BIH": "Bosnia and Herzegovina",
    "BWA": "Botswana", "BRA": "Brazil", "BRN": "Brunei Darussalam",
    "BGR": "Bulgaria", "BFA": "Burkina Faso", "BDI": "Burundi",
    "CPV": "Cabo Verde", "KHM": "Cambodia", "CMR": "Cameroon", "CAN": "Canada",
    "CAF": "Central African Republic", "TCD": "Chad", "CHL": "Chile",
    "CHN": "China", "COL": "Colombia", "COM": "Comoros", "COG": "Congo",
    "CRI": "Costa Rica", "CIV": "Côte d'Ivoire", "HRV": "Croatia", "CUB": "Cuba",
    "CYP": "Cyprus", "CZE": "Czechia",
    "PRK": "Democratic People's Republic of Korea",
    "COD": "Democratic Republic of the Congo", "DNK": "Denmark",
    "DJI": "Djibouti", "DMA": "Dominica", "DOM": "Dominican Republic",
    "ECU": "Ecuador", "EGY": "Egypt", "SLV": "El Salvador",
    "GNQ": "Equatorial Guinea", "ERI": "Eritrea", "EST": "Estonia",
    "SWZ": "Eswatini", "ETH": "Ethiopia", "FJI": "Fiji", "FIN": "Finland",
    "FRA": "France", "GAB": "Gabon", "GMB": "Gambia", "GEO": "Georgia",
    "DEU": "Germany", "GHA": "Ghana", "GRC": "Greece", "GRD": "Grenada",
    "GTM": "Guatemala", "GIN": "Guinea", "GNB": "Guinea-Bissau", "GUY": "Guyana",
    "HTI": "Haiti", "HND": "Honduras", "HUN": "Hungary", "ISL": "Iceland",
    "IND": "India", "IDN": "Indonesia", "IRN": "Iran", "IRQ": "Iraq",
    "IRL": "Ireland", "ISR": "Israel", "ITA": "Italy", "JAM": "Jamaica",
    "JPN": "Japan", "JOR": "Jordan", "KAZ": "Kazakhstan", "KEN": "Kenya",
    "KIR": "Kiribati", "KWT": "Kuwait", "KGZ": "Kyrgyzstan",
    "LAO": "Lao People's Democratic Republic", "LVA": "Latvia",
    "LBN": "Lebanon", "LSO": "Lesotho", "LBR": "Liberia", "LBY": "Libya",
    "LIE": "Liechtenstein", "LTU": "Lithuania", "LUX": "Luxembourg",
    "MDG": "Madagascar", "MWI": "Malawi", "MYS": "Malaysia", "MDV": "Maldives",
    "MLI": "Mali", "MLT": "Malta", "MHL": "Marshall Islands",
    "MRT": "Mauritania", "MUS": "Mauritius", "MEX": "Mexico",
    "FSM": "Micronesia", "MCO": "Monaco", "MNG": "Mongolia",
    "MNE": "Montenegro", "MAR": "Morocco", "MOZ": "Mozambique",
    "MMR": "Myanmar", "NAM": "Namibia", "NRU": "Nauru", "NPL": "Nepal",
    "NLD": "Netherlands", "NZL": "New Zealand", "NIC": "Nicaragua",
    "NER": "Niger", "NGA": "Nigeria", "MKD": "North Macedonia", "NOR": "Norway",
    "OMN": "Oman", "PAK": "Pakistan", "PLW": "Palau", "PAN": "Panama",
    "PNG": "Papua New Guinea", "PRY": "Paraguay", "PER": "Peru",
    "PHL": "Philippines", "POL": "Poland", "PRT": "Portugal", "QAT": "Qatar",
    "KOR": "Republic of Korea", "MDA": "Republic of Moldova", "ROU": "Romania",
    "RUS": "Russian Federation", "RWA": "Rwanda",
    "KNA": "Saint Kitts and Nevis", "LCA": "Saint Lucia",
    "VCT": "Saint Vincent and the Grenadines", "WSM": "Samoa",
    "SMR": "San Marino", "STP": "Sao Tome and Principe", "SAU": "Saudi Arabia",
    "SEN": "Senegal", "SRB": "Serbia", "SYC": "Seychelles",
    "SLE": "Sierra Leone", "SGP": "Singapore", "SVK": "Slovakia",
    "SVN": "Slovenia", "SLB": "Solomon Islands", "SOM": "Somalia",
    "ZAF": "South Africa", "SSD": "South Sudan", "ESP": "Spain",
    "LKA": "Sri Lanka", "SDN": "Sudan", "SUR": "Suriname", "SWE": "Sweden",
    "CHE": "Switzerland", "SYR": "Syrian Arab Republic", "TJK": "Tajikistan",
    "THA": "Thailand", "TLS": "Timor-Leste", "TGO": "Togo", "TON": "Tonga",
    "TTO": "Trinidad and Tobago", "TUN": "Tunisia", "TUR": "Türkiye",
    "TKM": "Turkmenistan", "TUV": "Tuvalu", "UGA": "Uganda", "UKR": "Ukraine",
    "ARE": "United Arab Emirates", "GBR": "United Kingdom",
    "TZA": "United Republic of Tanzania", "USA": "United States",
    "URY": "Uruguay", "UZB": "Uzbekistan", "VUT": "Vanuatu",
    "VEN": "Venezuela", "VNM": "Viet Nam", "YEM": "Yemen", "ZMB": "Zambia",
    "ZWE": "Zimbabwe",
    # Observer states (they appear among sponsors and in debates).
    "VAT": "Holy See", "PSE": "State of Palestine",
    # Former states with codes of their own (ISO 3166-3).
    "SUN": "USSR", "YUG": "Yugoslavia", "SCG": "Serbia and Montenegro",
    "CSK": "Czechoslovakia", "DDR": "German Democratic Republic",
}

OBSERVER_ISO3 = frozenset({"VAT", "PSE"})
FORMER_ISO3 = frozenset({"SUN", "YUG", "SCG", "CSK", "DDR"})
UN_MEMBER_ISO3 = frozenset(_STATES) - OBSERVER_ISO3 - FORMER_ISO3  # 193 states

# Other spellings -> ISO code. Keys are written plainly; they go through the
# same normalisation as the input, so case, accents, curly apostrophes, dots
# and a leading "the" need no entries of their own.
_ALIASES: dict[str, str] = {
    # Permanent members.
    "Russia": "RUS",
    "Soviet Union": "SUN", "Union of Soviet Socialist Republics": "SUN",
    "U.S.S.R.": "SUN",
    "People's Republic of China": "CHN", "PRC": "CHN",
    "UK": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "US": "USA", "USA": "USA", "United States of America": "USA",
    "America": "USA",
    # Names the UN used for a state it still counts as the same member.
    "Libyan Arab Jamahiriya": "LBY", "Turkey": "TUR", "Turkiye": "TUR",
    "Kingdom of the Netherlands": "NLD", "Holland": "NLD",
    "Bolivarian Republic of Venezuela": "VEN",
    "Plurinational State of Bolivia": "BOL",
    "Islamic Republic of Iran": "IRN", "Federated States of Micronesia": "FSM",
    "United Republic of Tanzania": "TZA", "Tanzania": "TZA",
    "South Korea": "KOR", "Korea": "KOR", "North Korea": "PRK", "DPRK": "PRK",
    "Moldova": "MDA", "Ivory Coast": "CIV", "Czech Republic": "CZE",
    "The former Yugoslav Republic of Macedonia": "MKD", "Macedonia": "MKD",
    "Swaziland": "SWZ", "Cape Verde": "CPV", "Burma": "MMR", "Zaire": "COD",
    "DR Congo": "COD", "DRC": "COD", "Democratic Republic of Congo": "COD",
    "Republic of the Congo": "COG", "Syria": "SYR", "Laos": "LAO",
    "Lao PDR": "LAO", "Vietnam": "VNM", "Brunei": "BRN", "East Timor": "TLS",
    "UAE": "ARE",
    "Federal Republic of Germany": "DEU", "West Germany": "DEU",
    "East Germany": "DDR", "Federal Republic of Yugoslavia": "YUG",
    "Socialist Federal Republic of Yugoslavia": "YUG",
    "Byelorussian Soviet Socialist Republic": "BLR", "Byelorussian SSR": "BLR",
    "Ukrainian Soviet Socialist Republic": "UKR", "Ukrainian SSR": "UKR",
    "Upper Volta": "BFA", "Dahomey": "BEN", "Ceylon": "LKA",
    "United Arab Republic": "EGY", "Palestine": "PSE", "Vatican": "VAT",
    "Sao Tome": "STP", "Saint Kitts": "KNA", "St Kitts and Nevis": "KNA",
    "St Lucia": "LCA", "St Vincent and the Grenadines": "VCT",
    # Typos found in the UN data itself (see PROVENANCE of unxml).
    "CHILEs": "CHL", "LICHTENSTEIN": "LIE", "LIBYA ARAB JAMAHIRIYA": "LBY",
    "UNITED STATE": "USA",
}


def _normalise(raw: str) -> str:
    """A lookup key: no accents, one kind of apostrophe, no dots, no case."""
    text = unicodedata.normalize("NFKD", raw)
    # Dropping combining marks folds "Ô" to "O" and Turkish "İ" to "I".
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u00b4", "'").replace("\u0131", "i")
    text = text.casefold().replace("&", " and ").replace(".", "")
    text = re.sub(r"[\s\-\u00a0_]+", " ", text).strip(" ,;:")
    # "Korea, Republic of" -> "republic of korea"
    m = re.fullmatch(r"(.+?), ((?:the )?[a-z ]+ of(?: the)?)", text)
    if m:
        text = f"{m.group(2)} {m.group(1)}"
    if text.startswith("the "):
        text = text[4:]
    return text


_TABLE: dict[str, str] = {}
for _code, _name in _STATES.items():
    _TABLE[_normalise(_name)] = _code
for _alias, _code in _ALIASES.items():
    _TABLE[_normalise(_alias)] = _code

PERMANENT_MEMBERS: tuple[Member, ...] = tuple(
    Member(_STATES[code], code, True) for code in ("CHN", "FRA", "RUS", "GBR", "USA")
)

_SMALL_WORDS = {"a", "and", "of", "the", "de", "du", "d", "la", "le", "for", "in", "on"}


def _title_case(raw: str) -> str:
    """Title case for an unknown name, keeping "of", "and", "the" small."""
    words = raw.strip().split()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and lower in _SMALL_WORDS:
            out.append(lower)
            continue
        # Capitalise each part after a hyphen or apostrophe ("D'Ivoire").
        parts = re.split(r"(['\u2019\-])", lower)
        out.append("".join(p[:1].upper() + p[1:] for p in parts))
    return " ".join(out)


def _lookup(key: str) -> str | None:
    if key in _TABLE:
        return _TABLE[key]
    # "VENEZUELA (BOLIVARIAN REPUBLIC OF)", "BAHAMAS (THE)": the part before
    # the parenthesis is the short name.
    bare = re.sub(r"\s*\(.*?\)\s*", " ", key).strip()
    if bare != key and bare in _TABLE:
        return _TABLE[bare]
    return None


@functools.lru_cache(maxsize=4096)
def canonical_member(raw: str) -> Member:
    """The state a name refers to. Never raises: an unknown name comes back
    title-cased with ``iso3=None`` so callers can still show it."""
    code = _lookup(_normalise(raw or ""))
    if code is None:
        return Member(_title_case(raw or ""), None, False)
    return Member(_STATES[code], code, code in PERMANENT_ISO3)


def is_permanent(raw: str) -> bool:
    return canonical_member(raw).permanent


def member_key(raw: str) -> str:
    """What identifies a member when comparing lists: its code, or for an
    unknown name its normalised spelling."""
    member = canonical_member(raw)
    return member.iso3 or _normalise(raw)


def merge_split_names(names: list[str]) -> tuple[list[str], list[str]]:
    """Join a name the source split over two items ("CÔTE." + "D'IVOIRE").

    Two neighbours are merged when the second is not a state on its own and
    the two read together are one. Returns the names and one warning per merge.
    """
    merged: list[str] = []
    warnings: list[str] = []
    i = 0
    while i < len(names):
        current = names[i]
        if i + 1 < len(names):
            following = names[i + 1]
            joined = f"{current.strip().rstrip('.').strip()} {following.strip()}"
            if (canonical_member(following).iso3 is None
                    and canonical_member(joined).iso3 is not None):
                merged.append(joined)
                warnings.append(
                    f"member name split in two: {current!r} + {following!r} read as {joined!r}")
                i += 2
                continue
        merged.append(current)
        i += 1
    return merged, warnings


def known_names() -> dict[str, str]:
    """ISO code -> display name for every state in the table."""
    return dict(_STATES)
