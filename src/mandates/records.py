"""Plain records that travel from the readers to the ledger.

Readers know formats and produce these; the ledger knows storage and consumes
them. They are frozen so a record read once cannot drift on its way to the
database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Vote codes, one per member and decision.
IN_FAVOUR = "Y"
AGAINST = "N"
ABSTAINING = "A"
NON_VOTING = "X"  # present on the Council but recorded as not participating
VOTE_CODES = (IN_FAVOUR, AGAINST, ABSTAINING, NON_VOTING)

# Paragraph kinds.
PREAMBLE = "preamble"        # a preambular paragraph ("PP 3")
OPERATIVE = "operative"      # a numbered operative paragraph ("OP 6")
INTRO = "intro"              # the chapeau of a list inside a paragraph ("OP 6 intro")
POINT = "point"              # a list point ("OP 6(iv)", "OP 6(b)(ii)")
SUBHEADING = "subheading"    # a heading between operative paragraphs ("Drawdown")
PARAGRAPH_KINDS = (PREAMBLE, OPERATIVE, INTRO, POINT, SUBHEADING)


@dataclass(frozen=True)
class Paragraph:
    """One addressable piece of a resolution's text.

    ``eid`` is the AKN eId as the source gives it; ``label`` is what people
    cite ("OP 1", "OP 6(iv)", "PP 3") and comes from the printed numbers,
    never from the digits of the eId.
    """

    eid: str
    label: str
    kind: str
    order: int                     # position in document order, from 0
    text: str                      # whitespace-normalised plain text
    parent_eid: str | None = None  # the paragraph/list that contains it
    number: str | None = None      # the printed number: "1.", "(iv)", "(a)"
    cites: tuple[str, ...] = ()    # document symbols cited in this paragraph


@dataclass(frozen=True)
class MemberVote:
    """How one Council member voted, as the source writes the member."""

    member_raw: str   # as written in the source ("RUSSIAN FEDERATION")
    vote: str         # one of VOTE_CODES


@dataclass(frozen=True)
class Decision:
    """A Council decision read from one AKN file: an adopted resolution or a
    draft that failed (vetoed or short of nine votes)."""

    kind: str                          # "resolution" | "draft"
    symbol: str                        # "S/RES/2690 (2023)" | "S/2023/638"
    year: int
    number: int | None                 # 2690 for resolutions, None for drafts
    date: dt.date | None               # adoption date / date of the failed vote
    meeting: str | None                # "S/PV.9365"
    draft_symbol: str | None           # "S/2023/480" (for drafts: the symbol itself)
    submitters: tuple[str, ...] = ()   # penholder(s), as written ("France")
    sponsors: tuple[str, ...] = ()     # additional sponsors
    chapter_vii: bool = False
    title: str | None = None           # the Library's (DHL) title
    agenda: tuple[str, ...] = ()       # agenda items ("The situation in Mali.")
    subjects: tuple[str, ...] = ()     # UNBIS / DHLAUTH subject terms
    recorded_outcome: str | None = None  # "adopted" | "adopted_without_vote" | "not_adopted" | "vetoed"
    recorded_outcome_text: str | None = None  # "Adopted unanimously, 9365th meeting"
    recorded_counts: tuple[tuple[str, str], ...] = ()  # (("in_favour","015"),...) raw strings
    votes: tuple[MemberVote, ...] = ()
    vetoed_by_recorded: tuple[str, ...] = ()  # permanent members the source names as vetoing
    paragraphs: tuple[Paragraph, ...] = ()
    language: str = "en"
    warnings: tuple[str, ...] = ()     # data problems found while reading, in plain words


@dataclass(frozen=True)
class ExtractEntry:
    """One line of the UN's JSON metadata extract (data_extract/<year>.json)."""

    symbol: str
    date: dt.date | None
    date_raw: str | None
    meeting: str | None
    draft_symbol: str | None
    chapter_vii: bool
    agenda: str | None
    title: str | None
    outcome_text: str | None           # adoption_type
    counts_raw: tuple[tuple[str, str], ...] = ()  # (("in_favour","014"),...)
    votes: tuple[MemberVote, ...] = ()
    sponsors: tuple[str, ...] = ()
    additional_sponsors: tuple[str, ...] = ()
    schema: str = "sc"                 # "sc" | "ga-style" (the variant with sc_symbol etc.)
    line: int = 0                      # 1-based line in its file
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Discrepancy:
    """A place where two sources (or a source and the Charter's rule) disagree."""

    symbol: str
    field: str          # "date", "outcome", "in_favour_count", "members", ...
    source_a: str       # "xml"
    value_a: str
    source_b: str       # "extract" | "charter"
    value_b: str
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    """The result the Charter's voting rule gives for a set of member votes."""

    adopted: bool
    in_favour: int
    against: int
    abstaining: int
    non_voting: int
    vetoed_by: tuple[str, ...] = ()  # permanent members (canonical names) voting against
    reason: str = ""


@dataclass(frozen=True)
class SourceFile:
    """A file handed to ingest: its name (path, or archive!member) and bytes."""

    origin: str
    data: bytes = field(repr=False)


# Provision kinds: what one operative paragraph decides for one mission.
PROVISION_KINDS = (
    "establish", "extend", "restate", "strategic_priority", "priority_tasks", "other_tasks",
    "task", "authorize_force", "ceiling", "terminate", "cessation", "transfer", "drawdown",
    "withdrawal", "liquidation", "guard_unit", "report", "sofa", "authorization",
)
MODALITIES = ("monitor", "assist", "secure", "encouraged")


@dataclass(frozen=True)
class Provision:
    """One thing a resolution decides for one mission, tied to the words that say it.

    ``span_start``/``span_end`` are character offsets into ``text`` (the
    paragraph's text as stored) of the phrase that triggered the reading.
    Dates carry their precision; an open end is None.
    """

    mission: str                       # acronym from the registry ("MINUSMA")
    kind: str                          # one of PROVISION_KINDS
    eid: str
    label: str                         # "OP 6(iv)"
    text: str                          # the paragraph's text
    span_start: int = 0
    span_end: int = 0
    effective_from: dt.date | None = None
    from_precision: str | None = None
    effective_until: dt.date | None = None
    until_precision: str | None = None
    task: str | None = None            # PEMA task key ("CivProtect") for kind "task"
    modality: str | None = None        # one of MODALITIES
    priority: bool = False
    value: int | None = None           # a number: a ceiling, a reporting interval in days
    unit: str | None = None            # "military", "police", "formed_police_units", "days", ...
    detail: str | None = None          # a short reading note ("for a period of 12 months")


@dataclass(frozen=True)
class ReportText:
    """A news report or press release as a reader found it: the main text and
    what the format says about it. Meaning (facts, events, claims) is read
    later by ``mandates.reports``."""

    origin: str
    format: str                        # "text" | "html" | "pdf"
    text: str                          # the main text, paragraphs separated by blank lines
    title: str | None = None
    published_on: dt.date | None = None
    published_raw: str | None = None   # as the source gave it ("2023-06-30T18:04:00Z")
    published_from: str | None = None  # where the date came from: "header", "html", "pdf", "url"
    byline: str | None = None
    url: str | None = None
    language: str | None = None
    kind: str | None = None            # "news" | "press_release" | ... when the source says
    mission_hint: str | None = None    # a mission the source's header names
    body_offset: int = 0               # where ``text`` starts in the decoded file (text files)
    warnings: tuple[str, ...] = ()
