"""Events a report tells of: coups, withdrawal of consent, demands that a
mission leave, blocked rotations, attacks and massacres (with casualty
figures and their qualifiers), foreign forces hired or deployed.

Each event gets its time (interval and precision, from the dates grammar),
actors, place and a status: *alleged* when the report hedges it ("believed
to", "accused of", "allegedly"), *reported* otherwise. None of this is in the
Council's record; the checker keeps it as context, attributed.
"""
from __future__ import annotations

import re

from ..extract.dates import Precision, TemporalExpression
from .mandate import MissionMention, sentence_mission, when_of
from .model import ALLEGED, REPORTED, Event, Span
from .names import country_of
from .sentences import Sentence

HEDGES = re.compile(r"\b(?:believed\s+to|alleged(?:ly)?|reported(?:ly)?\s+to|reportedly|accused\s+of|suspected\s+of|suspected"
                    r"|(?:is|are|was|were)\s+said\s+to|purported(?:ly)?|thought\s+to|likely\s+to\s+have|may\s+have"
                    r"|might\s+have|could\s+have|apparently|claimed\s+to|according\s+to\s+(?:unconfirmed|some))\b", re.I)

TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coup", re.compile(r"\b(?:military\s+)?coups?(?:\s+d['’]état)?\b|\bseized\s+power\b|\boverthrew\b|\btoppled\b", re.I)),
    ("consent_withdrawn", re.compile(r"\b(?:revok|withdr[ae]w|withdrawn|rescind|retract)\w*\s+(?:its\s+|their\s+|the\s+)?consent\b"
                                     r"|\bconsent\b\s+(?:\w+\s+){0,3}?(?:was\s+|had\s+been\s+)?(?:revoked|withdrawn|rescinded)\b"
                                     r"|\bwithdrawal\s+of\s+(?:its\s+|the\s+(?:host\s+)?(?:government['’]s\s+)?)?consent\b", re.I)),
    ("withdrawal_demanded", re.compile(r"\b(?:demand|request|order|ask|call|urg)(?:s|ed|ing)?\b\s+(?:for\s+)?(?:\w+\s+){0,6}?"
                                       r"(?:to\s+(?:leave|depart|withdraw|exit|go)|(?:the\s+)?(?:immediate\s+)?withdrawal|departure)\b"
                                       r"|\b(?:expel|expell)(?:ed|s|ing)?\b", re.I)),
    ("rotations_blocked", re.compile(r"\b(?:block|halt|suspend|bar|stop|restrict)(?:s|ed|ing|ped)?\s+(?:\w+\s+){0,3}?rotations?\b"
                                     r"|\brotations?\b\s+(?:\w+\s+){0,3}?(?:were\s+|had\s+been\s+)?(?:blocked|halted|suspended|barred)\b", re.I)),
    ("massacre", re.compile(r"\bmassacres?\b|\bkilling\s+of\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?\d", re.I)),
    ("attack", re.compile(r"\battack(?:s|ed)?\b|\bambush(?:es|ed)?\b|\bassault(?:s|ed)?\b|\bshelling\b|\bbombings?\b"
                          r"|\bexplosive\s+device\b|\bkilled\b", re.I)),
    ("foreign_force_hired", re.compile(r"\b(?:hire|hiring|hired|recruit\w*|contract(?:ed|ing)|enlist\w*|brought\s+in|bring\s+in|turned\s+to)\b"
                                       r"\s+(?:\w+\s+){0,4}?(?:Wagner|mercenar\w+|private\s+military|contractors?|Africa\s+Corps|instructors)", re.I)),
    ("foreign_force_deployed", re.compile(r"\b(?:deploy(?:ed|ment|s)?|arriv(?:al|ed)|sent|dispatch(?:ed)?)\b\s+(?:of\s+)?(?:\w+\s+){0,4}?"
                                          r"(?:Wagner|mercenar\w+|Africa\s+Corps|(?:Russian|French|Chadian|Rwandan|Burundian|Ugandan|Kenyan|foreign)\s+"
                                          r"(?:troops|forces|soldiers|instructors|mercenaries|fighters))", re.I)),
)
# Council language that names these words without telling of an event.
_COUNCIL_WORDS = re.compile(r"\b(?:resolution|authori[sz]\w+|mandate[sd]?\b|the\s+council\s+(?:condemn|call|urg|demand|request)"
                            r"|threats?\s+of\s+violence|condemn\w*)", re.I)

ACTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Wagner Group", re.compile(r"\b(?:the\s+)?(?:Russian\s+)?Wagner(?:\s+[Gg]roup)?(?:\s+mercenar\w+|\s+fighters|\s+forces)?\b")),
    ("Africa Corps", re.compile(r"\bAfrica\s+Corps\b")),
    ("military junta", re.compile(r"\b(?:the\s+)?(?:ruling\s+)?(?:military\s+)?junta\b|\btransitional\s+(?:authorities|government)\b"
                                  r"|\bTransition(?:al)?\s+Government\b", re.I)),
    ("armed forces", re.compile(r"\b(?P<country>[A-Z][a-z]+)\s+(?:government\s+)?(?:military|army|armed\s+forces|forces|soldiers|troops)\b")),
    ("Islamist armed groups", re.compile(r"\b(?:Islamist|jihadist|extremist)\s+(?:fighters|militants|groups?|insurgents)\b", re.I)),
    ("armed groups", re.compile(r"\b(?:armed|rebel)\s+groups?\b|\brebels\b|\bmilitias?\b", re.I)),
    ("M23", re.compile(r"\bM23\b")),
    ("ADF", re.compile(r"\bADF\b|\bAllied\s+Democratic\s+Forces\b")),
    ("Rapid Support Forces", re.compile(r"\bRapid\s+Support\s+Forces\b|\bRSF\b")),
    ("Hezbollah", re.compile(r"\bHezbollah\b|\bHizbullah\b")),
    ("Al-Shabaab", re.compile(r"\b[Aa]l-?Shabaab\b")),
)
_CASUALTIES = re.compile(r"(?P<qual>at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|an\s+estimated)?\s*"
                         r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<victims>civilians|people|peacekeepers|soldiers|villagers|persons|men|women"
                         r"|children|troops|fighters|demonstrators|protesters|refugees|residents)\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:the\s+)?(?P<place>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)\s+(?:massacre|attack|ambush|killings)\b")
_PLACE_IN = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?(?:village\s+of\s+|town\s+of\s+|city\s+of\s+)?(?P<place>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)")
_NOT_PLACES = {"The", "A", "An", "This", "That", "Following", "After", "UN", "U.N.", "United Nations", "Security Council",
               "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_SUMMARY = {
    "coup": "coup", "consent_withdrawn": "consent to the mission withdrawn",
    "withdrawal_demanded": "demand that the peacekeepers leave", "rotations_blocked": "troop rotations blocked",
    "massacre": "massacre", "attack": "attacks", "foreign_force_hired": "foreign force hired",
    "foreign_force_deployed": "foreign force deployed",
}


def _actors(chunk: str, host: str | None) -> tuple[str, ...]:
    found = []
    for name, pattern in ACTORS:
        for m in pattern.finditer(chunk):
            if name == "armed forces":
                country = country_of(m.group("country"))
                if country is None:
                    continue
                actor = f"{m.group('country')} armed forces"
            elif name == "military junta" and host:
                actor = f"military junta ({host})"
            else:
                actor = name
            if actor not in found:
                found.append(actor)
    return tuple(found)


def _place(chunk: str, kind: str, host: str | None) -> str | None:
    if kind in ("massacre", "attack"):
        m = _PLACE_BEFORE.search(chunk)
        if m and m.group("place") not in _NOT_PLACES and not country_of(m.group("place").split()[0]):
            return m.group("place")
        for m in _PLACE_IN.finditer(chunk):
            if m.group("place") not in _NOT_PLACES:
                return m.group("place")
    return host


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around a trigger: from the last comma-led connective or
    semicolon before it to the next such break after it."""
    head = text[sentence.start:start]
    cut = max((m.end() for m in re.finditer(r";|,\s+(?:after|as|while|and|but|with|following)\b|\bafter\b|\bFollowing\b", head)),
              default=0)
    tail = text[end:sentence.end]
    stop = min((m.start() for m in re.finditer(r";|,\s+(?:after|as|while|but|with|which|who|accusing|saying|citing|and\s+has)\b"
                                                r"|\s+after\s+the\b", tail)),
               default=len(tail))
    return sentence.start + cut, end + stop


def read_events(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
                mentions: list[MissionMention], primary: str | None, host: str | None) -> list[Event]:
    events: list[Event] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for kind, pattern in TRIGGERS:
            for m in pattern.finditer(text, s.start, s.end):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                c_start, c_end = _clause(text, s, m.start(), m.end())
                chunk = text[c_start:c_end]
                if _COUNCIL_WORDS.search(chunk) and kind not in ("consent_withdrawn", "coup", "massacre"):
                    continue
                if kind == "withdrawal_demanded" and not re.search(r"junta|government|authorities|president|minister|"
                                                                   r"Bamako|Kinshasa|Khartoum|officials", chunk, re.I):
                    continue
                if kind == "attack" and re.search(r"\bmassacre\b", chunk, re.I):
                    continue
                hedge = HEDGES.search(chunk)
                status = ALLEGED if hedge else REPORTED
                casualties = _CASUALTIES.search(chunk) if kind in ("massacre", "attack") else None
                clause_dates = [e for e in dates if c_start <= e.start < c_end and e.value is not None
                                and e.value.precision not in (Precision.OPEN, Precision.UNKNOWN)
                                and e.kind in ("date", "on", "relative", "as_of", "from")]
                actors = _actors(text[m.end():c_end] if kind == "attack" and re.match(r"\s+by\b", text[m.end():c_end])
                                 else chunk, host)
                if not actors and kind in ("consent_withdrawn", "withdrawal_demanded"):
                    # "Mali had revoked consent": the state, through its government.
                    states = [c for c in re.findall(r"\b([A-Z][a-z]+)\s+(?:had\s+|has\s+)?(?:\w+\s+)?"
                                                    r"(?:revok|withdr|rescind|demand|request|order)", chunk)
                              if country_of(c)]
                    actors = tuple(f"government of {country_of(c)}" for c in states[:1])
                if not actors and kind not in ("attack", "massacre"):
                    # "the junta … has previously blocked rotations": the subject
                    # is earlier in the sentence.
                    actors = _actors(text[s.start:m.start()], host)[:1]
                place = _place(chunk, kind, host)
                mission = sentence_mission(mentions, s, primary)
                base = dict(span=Span(c_start, c_end, chunk), actors=actors, place=place, status=status,
                            mission=mission)
                if casualties:
                    base.update(casualties=int(casualties.group("n").replace(",", "")),
                                casualty_qualifier=(" ".join(casualties.group("qual").lower().split())
                                                    if casualties.group("qual") else None),
                                victims=casualties.group("victims").lower())
                summary = _SUMMARY[kind] + (f" in {place}" if place and kind != "massacre" else "")
                if kind == "massacre" and place:
                    summary = f"{place} massacre"
                if kind == "coup" and len(clause_dates) > 1:
                    for e in clause_dates:  # "two military coups in 2020 and 2021": one coup each
                        events.append(Event(kind, summary, when=when_of(e), **base))
                else:
                    when = when_of(clause_dates[0]) if clause_dates else None
                    events.append(Event(kind, summary, when=when, **base))
                taken.append((c_start, c_end))
    return events
