"""What a report says, as plain records: facts, events, claims, entities.

Every record carries the span of the report's words it was read from
(offsets into ``ReportText.text``). Values are JSON-ready (ISO dates, lists
of member names, numbers) so the checker, the ledger and the CLI pass them
on unchanged.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..records import ReportText

# Fact fields, in the order a reader meets them in a checked report.
FIELDS = (
    "resolution", "action", "outcome", "adopted_on", "vote.unanimous", "vote.tally",
    "vote.abstaining", "vote.against", "vote.non_voting", "vote.vetoed_by", "penholder",
    "chapter_vii", "meeting", "mandate_until", "mandate_period", "terminated_on",
    "withdrawal_deadline", "authorization", "ceiling.military", "ceiling.police", "deployed",
)
ACTIONS = ("establish", "extend", "terminate", "fail", "adopt")
EVENT_KINDS = ("coup", "consent_withdrawn", "withdrawal_demanded", "attack", "massacre",
               "foreign_force_hired", "foreign_force_deployed", "rotations_blocked")
REPORTED, ALLEGED = "reported", "alleged"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class When:
    """A time the report gives: an interval at a precision, as written."""

    iso: str | None                 # "2023-06-30", "2023-06" (also mid-month), "2020", None if unresolved
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    text: str                       # the words: "on Friday", "mid-June", "by Dec. 31, 2023"
    qualifier: str | None = None    # until / by / as of / from / on
    anchor_used: str | None = None  # what supplied what the text did not: anchor, context_year, neighbour


@dataclass(frozen=True)
class Fact:
    """One checkable thing the report states about a Council decision."""

    field: str                       # one of FIELDS
    value: object                    # JSON-ready: "2023-12-31", True, {"yes": 15, ...}, ["China"], 13289
    display: str                     # the value for people: "15-0-0", "China, Russian Federation"
    span: Span
    mission: str | None = None       # the mission it is about (acronym)
    resolution: int | None = None    # the resolution number it belongs to, when the report says
    when: When | None = None         # for dates: the interval and precision
    detail: str | None = None        # for authorities: what is authorized, in the report's words

    def as_dict(self) -> dict:
        out = {"field": self.field, "reported": self.value, "display": self.display,
               "span": self.span.as_dict(), "mission": self.mission, "resolution": self.resolution}
        if self.when is not None:
            out["precision"] = self.when.precision
            out["qualifier"] = self.when.qualifier
            out["anchor_used"] = self.when.anchor_used
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True)
class Event:
    """Something that happened, as the report tells it (not a Council decision)."""

    kind: str                        # one of EVENT_KINDS
    summary: str                     # a short plain description ("coup in Mali")
    span: Span
    when: When | None = None
    actors: tuple[str, ...] = ()
    place: str | None = None
    status: str = REPORTED           # reported | alleged
    casualties: int | None = None
    casualty_qualifier: str | None = None  # "at least", "more than", "about", "up to"
    victims: str | None = None       # "civilians", "peacekeepers"
    mission: str | None = None
    attributed_to: str | None = None  # the speaker whose claim it is part of; None: the report itself

    def as_dict(self) -> dict:
        return {
            "kind": self.kind, "summary": self.summary, "when": self.when.iso if self.when else None,
            "when_text": self.when.text if self.when else None,
            "precision": self.when.precision if self.when else None,
            "actors": list(self.actors), "place": self.place, "status": self.status,
            "casualties": self.casualties, "casualty_qualifier": self.casualty_qualifier,
            "victims": self.victims, "mission": self.mission, "attributed_to": self.attributed_to,
            "span": self.span.as_dict(), "text": self.span.text,
        }


@dataclass(frozen=True)
class Entity:
    """A person or organization, with every spelling the report uses for it."""

    key: str                         # "person:yevgeny-prigozhin"
    kind: str                        # person | organization | delegation
    name: str                        # the canonical spelling
    spellings: tuple[str, ...]       # every spelling as written, in order of appearance
    role: str | None = None
    organization: str | None = None
    mentions: tuple[Span, ...] = ()

    def as_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "name": self.name, "spellings": list(self.spellings),
                "role": self.role, "organization": self.organization,
                "mentions": [m.as_dict() for m in self.mentions]}


@dataclass(frozen=True)
class Claim:
    """Who said what, when, according to the report."""

    speaker: str                     # canonical name of the entity
    speaker_key: str
    role: str | None
    organization: str | None
    verb: str                        # "told reporters", "said"
    said_on: When | None
    about: tuple[str, ...]           # entities and missions the claim names (canonical)
    text: str                        # what was claimed, as written
    span: Span                       # the claim's words
    hedged: bool = False
    quoted: bool = False             # the report quotes the words directly
    said_on_from: str | None = None  # "text" | "earlier claim" (same speaker, same report)

    def as_dict(self) -> dict:
        return {"speaker": self.speaker, "speaker_key": self.speaker_key, "role": self.role,
                "organization": self.organization, "verb": self.verb,
                "said_on": self.said_on.iso if self.said_on else None,
                "said_on_text": self.said_on.text if self.said_on else None,
                "said_on_from": self.said_on_from,
                "about": list(self.about), "text": self.text, "hedged": self.hedged,
                "quoted": self.quoted, "span": self.span.as_dict()}


@dataclass(frozen=True)
class ResolutionRef:
    """A resolution number as the report writes it."""

    number: int
    year: int | None
    span: Span
    subject: bool                    # the report is about it (not merely recalling it)
    reason: str                      # why it was judged subject or recalled
    draft_symbol: str | None = None  # "S/2023/638" for a draft the report names


@dataclass(frozen=True)
class ReportReading:
    """Everything read from one report."""

    document: ReportText
    anchor: dt.date | None           # what relative dates were resolved from
    anchor_source: str | None        # "publication (html)", "linked record (S/RES/2690 (2023))", ...
    context_year: int | None
    missions: tuple[str, ...]        # acronyms, the one the report is about first
    resolutions: tuple[ResolutionRef, ...]
    facts: tuple[Fact, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def subject_numbers(self) -> list[int]:
        return list(dict.fromkeys(r.number for r in self.resolutions if r.subject and r.draft_symbol is None))
