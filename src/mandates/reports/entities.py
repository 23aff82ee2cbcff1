"""People and organizations a report names, one entity per real one.

Reports spell the same name two ways in one text (the seed: "Yevgeny
Prighozin" and "Prigozhin"), and refer to a person by surname after the first
mention ("said Kirby"). Names are found where a role or a verb of saying marks
them as people ("spokesperson John Kirby", "Wagner head Yevgeny Prighozin",
"Kirby said"); surnames that are spelled alike (similarity ≥ 0.8, same first
letter) are one person, and every spelling is kept as written. The canonical
spelling is the most frequent one; a tie goes to the spelling that follows
the usual romanization (Russian ж as "zh", х as "kh"), because a stray "gh"
or a transposed letter is the likelier slip.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from .model import Entity, Span
from .names import country_of

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zà-öø-ÿ"
NAME_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}][{_LOWER}]+)*"
_PARTICLE = r"(?:de|da|van|von|bin|ben|al|el|le|la|du|dos|das|ibn|ould)"
PERSON = rf"{NAME_TOKEN}(?:\s+{_PARTICLE})?\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?"
ROLE_WORDS = ("spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "minister", "president", "secretary-general",
              "under-secretary-general", "head", "chief", "leader", "founder", "boss", "commander", "general", "colonel",
              "official", "representative", "director", "coordinator", "adviser", "advisor", "analyst", "researcher",
              "expert", "senator", "lawmaker", "diplomat", "delegate", "secretary", "chairman", "chair", "premier",
              "mercenary", "financier", "owner", "captain", "lieutenant", "major", "sergeant", "mr.", "ms.", "mrs.", "dr.",
              "gen.", "col.", "lt.", "capt.", "sen.", "amb.", "prime minister", "foreign minister", "counsellor", "counselor")
_ROLE = r"(?:" + "|".join(re.escape(w) for w in sorted(ROLE_WORDS, key=len, reverse=True)) + r")"
_DESCRIPTORS = {"national", "security", "deputy", "foreign", "permanent", "special", "senior", "top", "former", "acting",
                "interim", "defence", "defense", "military", "press", "political", "humanitarian", "peacekeeping",
                "affairs", "chief", "state", "department", "council", "mission", "force", "un", "u.n.", "group", "private",
                "transitional", "army", "executive", "assistant", "principal", "regional", "high", "vice", "co-founder"}
_STOP_LEFT = {"The", "A", "An", "In", "On", "At", "After", "Following", "But", "And", "As", "When", "While", "That", "This",
              "Its", "Their", "His", "Her", "However", "Meanwhile", "Also", "Then", "Earlier", "Later", "On"}
_NOT_PERSON_TOKENS = {"Council", "Nations", "House", "Group", "Union", "Mission", "Force", "Forces", "Department", "Ministry",
                      "Office", "Assembly", "Government", "Republic", "Kingdom", "States", "Federation", "Army", "Corps",
                      "Agency", "Committee", "Court", "Bank", "Party", "Front", "Movement", "Brigade", "Secretary-General",
                      "Security", "United", "African", "European", "Integrated", "Multidimensional", "Stabilization",
                      "Stabilisation", "Interim", "Organization", "Peacekeeping", "International", "National", "Monday",
                      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
                      "April", "May", "June", "July", "August", "September", "October", "November", "December", "West",
                      "East", "North", "South", "Central", "Islamic", "State", "Sahel", "Transition", "Resolution", "The"}
SAY_VERBS = (r"told\s+(?:reporters|journalists|the\s+(?:council|Council|press|media|meeting)|AFP|Reuters|\w+)|said|says|stated"
             r"|added|noted|warned|argued|claimed|alleged|insisted|stressed|explained|announced|declared|emphasi[sz]ed"
             r"|underlined|pointed\s+out|maintained|acknowledged|confirmed|denied|wrote|tweeted|posted|accused|told")
_ROLE_BEFORE = re.compile(rf"\b(?P<role>(?i:{_ROLE}))\s+(?P<name>{PERSON})")
_APPOSITIVE = re.compile(rf"(?P<name>{PERSON}),\s+(?:the\s+|a\s+|an\s+)?(?P<app>[^,.;“”\"]{{0,90}}?\b(?i:{_ROLE})\b[^,.;“”\"]{{0,60}}?)(?=,|\.|;|$)")
_SAYS_AFTER = re.compile(rf"(?P<name>{PERSON})(?:\s+(?:also|later|then|further|again))?\s+(?:{SAY_VERBS})\b")
_SAYS_BEFORE = re.compile(rf"\b(?:said|says|added|according\s+to|wrote)\s+(?P<name>{PERSON})")

ORGANIZATIONS = (
    ("White House", re.compile(r"\bWhite\s+House\b")),
    ("Kremlin", re.compile(r"\bKremlin\b")),
    ("State Department", re.compile(r"\bState\s+Department\b")),
    ("United Nations", re.compile(r"\b(?:United\s+Nations|UN|U\.N\.)\b")),
    ("Wagner Group", re.compile(r"\b(?:Wagner(?:\s+[Gg]roup)?)\b")),
    ("African Union", re.compile(r"\bAfrican\s+Union\b|\bAU\b")),
    ("ECOWAS", re.compile(r"\bECOWAS\b|\bEconomic\s+Community\s+of\s+West\s+African\s+States\b")),
    ("European Union", re.compile(r"\bEuropean\s+Union\b|\bEU\b")),
)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def similar(a: str, b: str) -> bool:
    """Two spellings of one name: same first letter, close lengths, similar letters."""
    a, b = _fold(a), _fold(b)
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def romanization_score(spelling: str) -> int:
    """Higher for spellings that follow the usual romanization of Slavic and
    Arabic names: "zh", "kh", "sh", "ch" are digraphs; an "h" after "g" inside
    a word is rarely one."""
    lower = spelling.lower()
    score = sum(lower.count(d) for d in ("zh", "kh", "sh", "ch"))
    score -= len(re.findall(r"(?<=\w)gh(?=[aeiouy])", lower))
    return score


def org_name(words: str) -> str:
    words = " ".join(words.split()).strip(",")
    if not words:
        return words
    for name, pattern in ORGANIZATIONS:
        if pattern.fullmatch(words):
            return name
    return country_of(words) or words


def split_role(phrase: str | None) -> tuple[str | None, str | None]:
    """"White House national security spokesperson" -> ("national security
    spokesperson", "White House"); "Russia's deputy ambassador to the UN" ->
    ("deputy ambassador to the UN", "Russian Federation")."""
    if not phrase:
        return None, None
    phrase = " ".join(phrase.split()).strip(" ,")
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    m = re.match(r"(?P<org>[A-Z][\w.\s-]*?)['’]s\s+(?P<role>.+)", phrase)
    if m:
        return m.group("role"), org_name(m.group("org"))
    m = re.match(r"(?P<role>.*?\b" + _ROLE + r")\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$", phrase, re.I)
    if m and m.group("org"):
        return m.group("role"), org_name(m.group("org"))
    tokens = phrase.split()
    org_tokens = []
    for token in tokens:
        if token[:1].isupper() and token.lower().rstrip(".") not in ROLE_WORDS and token.lower() not in _DESCRIPTORS - {"un", "u.n."}:
            org_tokens.append(token)
        else:
            break
    role = " ".join(tokens[len(org_tokens):]) or None
    org = org_name(" ".join(org_tokens)) if org_tokens else None
    if role is None and org is not None:  # the whole phrase was a title: "Secretary-General"
        return org, None
    return role, org


@dataclass
class _Person:
    full: list[tuple[str, int, int]] = field(default_factory=list)   # (written, start, end)
    surnames: list[tuple[str, int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def surname_forms(self) -> list[str]:
        return [w.split()[-1] for w, _, _ in self.full] + [w for w, _, _ in self.surnames]


def _is_person(name: str) -> bool:
    tokens = name.split()
    if any(t in _NOT_PERSON_TOKENS for t in tokens):
        return False
    return country_of(name) is None and country_of(tokens[0]) is None


def _extend_role_left(text: str, start: int, role_start: int) -> int:
    """From the role word, take preceding descriptors and capitalized words
    ("White House national security spokesperson", "Wagner head")."""
    position = role_start
    for m in reversed(list(re.finditer(r"[\w.’'-]+", text[max(0, start - 80):role_start]))):
        token = m.group()
        absolute = max(0, start - 80) + m.start()
        gap = text[absolute + len(token):position]
        if gap.strip():
            break
        if token in _STOP_LEFT or not (token[:1].isupper() or token.lower() in _DESCRIPTORS):
            break
        position = absolute
    return position


def find_people(text: str) -> list[Entity]:
    people: list[_Person] = []

    def person_for(name: str) -> _Person:
        surname = name.split()[-1]
        for person in people:
            if any(similar(surname, form) for form in person.surname_forms()):
                return person
        person = _Person()
        people.append(person)
        return person

    spans_seen: set[int] = set()
    for m in _ROLE_BEFORE.finditer(text):
        name = m.group("name")
        if not _is_person(name) or m.start("name") in spans_seen:
            continue
        person = person_for(name)
        person.full.append((name, m.start("name"), m.end("name")))
        left = _extend_role_left(text, m.start(), m.start("role"))
        person.roles.append(text[left:m.end("role")])
        spans_seen.add(m.start("name"))
    for pattern in (_APPOSITIVE, _SAYS_AFTER, _SAYS_BEFORE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if not _is_person(name) or m.start("name") in spans_seen:
                continue
            if text[max(0, m.start("name") - 1):m.start("name")].isalnum():
                continue
            person = person_for(name)
            person.full.append((name, m.start("name"), m.end("name")))
            if "app" in m.groupdict() and m.group("app"):
                person.roles.append(m.group("app"))
            spans_seen.add(m.start("name"))
    # Surnames on their own, however spelled.
    covered = [(s, e) for p in people for _, s, e in p.full]
    for m in re.finditer(NAME_TOKEN, text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        for person in people:
            if any(similar(m.group(), form) for form in person.surname_forms()):
                person.surnames.append((m.group(), m.start(), m.end()))
                break
    return [_entity(p) for p in people if p.full]


def _entity(person: _Person) -> Entity:
    mentions = sorted(person.full + person.surnames, key=lambda x: x[1])
    surname_counts: dict[str, int] = {}
    order: list[str] = []
    for written, _, _ in mentions:
        surname = written.split()[-1]
        surname_counts[surname] = surname_counts.get(surname, 0) + 1
        if surname not in order:
            order.append(surname)
    best_surname = max(order, key=lambda s: (surname_counts[s], romanization_score(s), -order.index(s)))
    longest = max((w for w, _, _ in person.full), key=lambda w: len(w.split()))
    given = longest.split()[:-1]
    name = " ".join(given + [best_surname])
    role, organization = split_role(person.roles[0]) if person.roles else (None, None)
    spellings = list(dict.fromkeys(w for w, _, _ in mentions))
    key = "person:" + re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")
    return Entity(key=key, kind="person", name=name, spellings=tuple(spellings), role=role, organization=organization,
                  mentions=tuple(Span(s, e, w) for w, s, e in mentions))


def find_organizations(text: str, actors: list[tuple[str, str, int, int]] = ()) -> list[Entity]:
    """Organizations named in the text, each with its spellings."""
    found: dict[str, list[tuple[str, int, int]]] = {}
    for name, pattern in ORGANIZATIONS:
        for m in pattern.finditer(text):
            found.setdefault(name, []).append((m.group(), m.start(), m.end()))
    out = []
    for name, mentions in found.items():
        spellings = tuple(dict.fromkeys(w for w, _, _ in mentions))
        key = "organization:" + re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")
        out.append(Entity(key=key, kind="organization", name=name, spellings=spellings,
                          mentions=tuple(Span(s, e, w) for w, s, e in mentions)))
    return out


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < end and start < mention.end:
                return entity
    return None


def entities_in(entities: list[Entity], start: int, end: int) -> list[Entity]:
    return [e for e in entities if any(start <= m.start < end for m in e.mentions)]
