"""Attributed claims: who said what, when, about whom.

Forms: "X told reporters on Friday that …", "X said in a statement …",
"“…”, said X", "“…”, X said", "according to X, …", an appositive between
speaker and verb ("John Kirby, the White House national security
spokesperson, said …"), delegations ("the representative of China said …",
"Russia said …"), and pronouns ("he said") for the last speaker named.
A claim without a date of its own takes the date of the same speaker's
previous claim in the report (one briefing, reported in two sentences) and
says so.
"""
from __future__ import annotations

import re

from ..extract.dates import Precision, TemporalExpression
from .entities import SAY_VERBS, entities_in, entity_at, split_role
from .events import HEDGES
from .mandate import MissionMention, when_of
from .model import Claim, Entity, Span
from .names import country_of
from .sentences import Sentence, quotes

_VERB = re.compile(rf"\b(?:{SAY_VERBS})\b")
_DELEGATION_BEFORE = re.compile(
    r"(?:(?:the\s+)?(?P<role1>representative|delegate|ambassador|envoy|delegation|spokesperson|speaker)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<c1>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
    r"|(?P<c2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s\s+(?P<role2>(?:deputy\s+|permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation|mission))"
    r"|(?:the\s+)?(?P<c3>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<role3>representative|delegate|delegation|ambassador|envoy|government|foreign\s+ministry|authorities)"
    r"|(?P<c4>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    r"(?:\s*,\s*[^,]{2,100}?,)?(?:\s+(?:also|later|then|further|again))?\s*$")
_PRONOUN = re.compile(r"\b(?P<p>he|she|they)(?:\s+(?:also|later|then|further|again))?\s*$", re.I)
_APPOSITIVE_TAIL = re.compile(r",\s*(?P<app>[^,“”\"]{2,110}?),(?:\s+(?:also|later|then|further|again))?\s*$")
_AFTER_SPEAKER = re.compile(r"\s*(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they)"
                            r"(?P<app>\s*,\s*(?:the\s+|a\s+|an\s+)?[^,.“”\"]{2,110}?)?(?=[,.;]|\s*$)")
_LEAD_IN = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s*|today\s*|yesterday\s*|in\s+a\s+(?:statement|briefing|post|interview|"
                      r"speech|letter)\b[^,]*?|at\s+a\s+(?:briefing|press\s+conference|news\s+conference)\b[^,]*?|,\s*|that\s+)*", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,]{3,120}?),\s*(?P<content>.+)$")
_NOT_SPEAKERS = re.compile(r"^(?:the\s+)?(?:resolution|text|council|security\s+council|report|draft|statement|document|it|this|that"
                           r"|mission|minusma|un|u\.n\.|united\s+nations)$", re.I)


def _delegation(match: re.Match) -> tuple[str, str, str | None] | None:
    """(speaker, role, organization) for a delegation, or None."""
    for c, r in (("c1", "role1"), ("c2", "role2"), ("c3", "role3"), ("c4", None)):
        if match.group(c):
            country = country_of(match.group(c).replace("the ", ""))
            if country is None:
                return None
            role = match.group(r).lower() if r else None
            name = f"representative of {country}" if role in (None, "representative", "delegate", "ambassador",
                                                                "envoy", "delegation", "speaker", "mission") else f"{country} {role}"
            if r is None:
                name = country
            return name, role or "delegation", country
    return None


def _clean(content: str) -> str:
    content = content.strip()
    content = re.sub(r"^[,:;\s]+", "", content)
    return re.sub(r"[\s,.;:]+$", "", content).strip()


def _content_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:;\n":
        start += 1
    while end > start and text[end - 1] in " ,.;:\n":
        end -= 1
    return start, end


def read_claims(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
                entities: list[Entity], mission_mentions: list[MissionMention]) -> list[Claim]:
    claims: list[Claim] = []
    last_speaker: tuple[str, str, str | None, str | None] | None = None
    for s in sentences:
        for m in _VERB.finditer(text, s.start, s.end):
            found = _speaker_before(text, s, m, entities) or _speaker_after(text, s, m, entities)
            if found is None:
                pronoun = _PRONOUN.search(text, s.start, m.start())
                if pronoun and last_speaker and pronoun.end() >= m.start() - 8:
                    found = (*last_speaker, "after", pronoun.start())
                if found is None:
                    continue
            name, key, role, org, where, speaker_start = found
            if _NOT_SPEAKERS.match(name):
                continue
            content_start, content_end, quoted = _content(text, s, m, where, speaker_start)
            if content_end - content_start < 8:
                continue
            content = text[content_start:content_end]
            said_on = _said_on(text, dates, s, m, content_start, content_end)
            said_on_from = "text" if said_on else None
            if said_on is None:
                earlier = next((c for c in reversed(claims) if c.speaker_key == key and c.said_on), None)
                if earlier is not None:
                    said_on, said_on_from = earlier.said_on, "earlier claim"
            about = _about(entities, mission_mentions, content_start, content_end, key)
            claims.append(Claim(
                speaker=name, speaker_key=key, role=role, organization=org, verb=" ".join(m.group().split()),
                said_on=said_on, about=about, text=_clean(content), span=Span(content_start, content_end, content),
                hedged=bool(HEDGES.search(content)) or m.group().lower() in ("claimed", "alleged"),
                quoted=quoted, said_on_from=said_on_from))
            last_speaker = (name, key, role, org)
            break  # one claim per sentence: a second verb of saying is inside the first claim
    claims.extend(_according_to(text, sentences, dates, entities, mission_mentions, claims))
    return sorted(claims, key=lambda c: c.span.start)


def _person(entities: list[Entity], start: int, end: int) -> Entity | None:
    entity = entity_at(entities, start, end)
    return entity if entity is not None and entity.kind == "person" else None


def _speaker_before(text: str, s: Sentence, verb: re.Match, entities: list[Entity]):
    before_end = verb.start()
    head = text[s.start:before_end]
    role_text = None
    if (app := _APPOSITIVE_TAIL.search(head)) is not None:
        role_text = app.group("app")
        core_end = s.start + app.start()
    else:
        core_end = s.start + len(head.rstrip())
        core_end -= len(re.search(r"(?:\s+(?:also|later|then|further|again))?\s*$", text[s.start:core_end]).group())
    # A person mention ending where the speaker phrase ends.
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            if s.start <= mention.start and abs(mention.end - core_end) <= 1:
                role, org = split_role(role_text) if role_text else (entity.role, entity.organization)
                return entity.name, entity.key, role or entity.role, org or entity.organization, "before", mention.start
    if (d := _DELEGATION_BEFORE.search(text, s.start, core_end)) is not None and d.end() >= core_end - 1:
        delegation = _delegation(d)
        if delegation is not None:
            name, role, org = delegation
            return name, "delegation:" + org.lower().replace(" ", "-"), role, org, "before", d.start()
    for entity in entities:
        if entity.kind == "organization" and any(s.start <= mm.start and abs(mm.end - core_end) <= 1 for mm in entity.mentions):
            return entity.name, entity.key, None, entity.name, "before", core_end
    return None


def _speaker_after(text: str, s: Sentence, verb: re.Match, entities: list[Entity]):
    m = _AFTER_SPEAKER.match(text, verb.end(), s.end)
    if m is None:
        return None
    who_start, who_end = m.start("who"), m.end("who")
    entity = _person(entities, who_start, who_end)
    role_text = m.group("app").strip(" ,") if m.group("app") else None
    if entity is not None:
        role, org = split_role(role_text) if role_text else (entity.role, entity.organization)
        return entity.name, entity.key, role or entity.role, org or entity.organization, "after", who_start
    d = _DELEGATION_BEFORE.fullmatch(m.group("who"))
    if d is not None and (delegation := _delegation(d)) is not None:
        name, role, org = delegation
        return name, "delegation:" + org.lower().replace(" ", "-"), role, org, "after", who_start
    return None


def _content(text: str, s: Sentence, verb: re.Match, where: str, speaker_start: int) -> tuple[int, int, bool]:
    if where == "after" or verb.end() >= s.end - 2:
        found = [q for q in quotes(text, s.start, verb.start())]
        if found:
            return found[0].start, found[-1].end, True
        start, end = _content_span(text, s.start, speaker_start)
        return start, end, False
    lead = _LEAD_IN.match(text, verb.end(), s.end)
    start = lead.end() if lead else verb.end()
    start, end = _content_span(text, start, s.end)
    inner = quotes(text, start, end)
    quoted = len(inner) == 1 and inner[0].start - start <= 1 and end - inner[0].end <= 1
    if quoted:
        return inner[0].start, inner[0].end, True
    return start, end, False


def _said_on(text: str, dates: list[TemporalExpression], s: Sentence, verb: re.Match, c_start: int, c_end: int):
    for e in dates:
        if not (s.start <= e.start < s.end) or (c_start <= e.start < c_end):
            continue
        if e.kind not in ("on", "relative", "date"):
            continue
        if e.value is None and not re.search(r"day\b|today|yesterday|tonight", e.text, re.I):
            continue
        if e.value is not None and e.value.precision != Precision.DAY:
            continue
        return when_of(e)  # unresolved ("on Friday" with no anchor) keeps its words
    return None


def _about(entities: list[Entity], mission_mentions: list[MissionMention], start: int, end: int, speaker_key: str) -> tuple[str, ...]:
    named = [e.name for e in entities_in(entities, start, end) if e.key != speaker_key and e.name != "United Nations"]
    missions = [m.acronym for m in mission_mentions if start <= m.start < end]
    return tuple(dict.fromkeys(named + missions))


def _according_to(text: str, sentences: list[Sentence], dates, entities, mission_mentions, existing: list[Claim]) -> list[Claim]:
    out = []
    taken = {c.span.start for c in existing}
    for s in sentences:
        m = _ACCORDING.search(text, s.start, s.end)
        if not m:
            continue
        who_start, who_end = m.start("who"), m.end("who")
        entity = entity_at(entities, who_start, who_end)
        if entity is not None:
            name, key, role, org = entity.name, entity.key, entity.role, entity.organization
        else:
            role, org = split_role(m.group("who"))
            name = " ".join(m.group("who").split())
            key = "source:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        start, end = _content_span(text, m.start("content"), s.end)
        if start in taken or end - start < 8:
            continue
        out.append(Claim(speaker=name, speaker_key=key, role=role, organization=org, verb="according to",
                         said_on=None, about=_about(entities, mission_mentions, start, end, key),
                         text=_clean(text[start:end]), span=Span(start, end, text[start:end]),
                         hedged=bool(HEDGES.search(text[start:end]))))
    return out
