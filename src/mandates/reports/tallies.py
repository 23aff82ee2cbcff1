"""How a report says the Council voted: unanimity, counts, who abstained,
voted against, did not vote or vetoed, who drafted the text, and whether it
passed.

Phrasings (../shared/gold/PHRASINGS.md): "13 in favour to none against, with
2 abstentions (China, Russian Federation)", "12-0 with three abstentions",
"13 of the 15 members voted in favour", "unanimously adopting", inversions
("thirteen members voted against the United States, with one abstaining": a
United States veto), non-participation ("did not vote", "boycotted"), vetoes
("vetoed by", "owing to the negative vote of a permanent member (X)"), and
drafters ("French-drafted", "penned by", "put forward by").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import MemberMention, find_members

WORD_NUMBERS = {
    "none": 0, "no": 0, "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "a": 1, "an": 1, "single": 1,
}
_N = r"(\d{1,2}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"

VOTE_CONTEXT = re.compile(r"\b(?:vot(?:e|ed|es|ing)|adopt(?:s|ed|ing)?|unanimous(?:ly)?|abstain\w*|abstentions?"
                          r"|in\s+favou?r|against|veto\w*|ballot|tally|passed|approved|council|resolution|penholders?|drafted|draft|text)\b", re.I)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bwith\s+all\s+(?:15|fifteen)\s+members\s+(?:voting\s+)?in\s+favou?r"
                        r"|\ball\s+(?:15|fifteen)\s+(?:council\s+)?members\s+voted\s+in\s+favou?r", re.I)
_NOT_UNANIMOUS = re.compile(r"\b(?:not|non|failed\s+to\s+(?:win|secure|get)|short\s+of|without)[\s-]+(?:a\s+)?unanim", re.I)
_DASHED = re.compile(r"(?<![\d/.,:-])(\d{1,2})\s*[-–—]\s*(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?![\d/:-])(?!\s*(?:member|year|month|day|hour|km|percent|%))", re.I)
_YES = re.compile(rf"\b{_N}\s+(?:of\s+the\s+(?:15|fifteen)\s+)?(?:other\s+)?(?:council\s+)?(?:members?\s+|votes?\s+|countries\s+|nations\s+)?"
                  rf"(?:had\s+)?(?:voted\s+|voting\s+|were\s+)?in\s+favou?r\b", re.I)
_BY_VOTES = re.compile(rf"\bby\s+(?:a\s+vote\s+of\s+)?{_N}\s+(?:votes?\s+)?to\s+{_N}\b", re.I)
_NO = re.compile(rf"\b{_N}\s+(?:votes?\s+|members?\s+)?(?:voted\s+|voting\s+)?against\b(?!\s+(?:the\s+)?(?:United|Russia|China|France|Britain|U\.S))", re.I)
_ABSTAIN_N = re.compile(rf"\b{_N}\s+(?:members?\s+|countries\s+|delegations\s+)?(?:abstentions?|abstaining|abstained)\b", re.I)
_INVERSION = re.compile(rf"\b{_N}\s+(?:other\s+)?(?:council\s+)?members\s+(?:had\s+)?voted\s+against\s+(?P<who>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", re.I)

_ROLE_WORDS = {
    "abstaining": re.compile(r"\babstain(?:ed|ing|s)?\b|\babstentions?\b", re.I),
    "vetoed_by": re.compile(r"\bvetoe?(?:d|s|ing)?\b|\bcast\s+(?:a|its)\s+veto\b|\bused\s+its\s+veto\b|\bblocked\s+by\b"
                            r"|\bnegative\s+vote\s+of\s+a\s+permanent\s+member\b", re.I),
    "against": re.compile(r"\bvot(?:ed|ing|es)\s+against\b|\bvoted\s+no\b|\bcast\s+(?:a|the|its)\s+negative\s+vote"
                          r"|\bnegative\s+votes?\s+(?:of|from|by)\b|\bopposed\b|\bvoting\s+no\b", re.I),
    "non_voting": re.compile(r"\bdid\s+not\s+(?:vote|participate|take\s+part)\b|\bnot\s+participating\b|\bboycott(?:ed|ing)?\b"
                             r"|\bopted\s+not\s+to\s+vote\b|\bwas\s+absent\b|\bdeclined\s+to\s+vote\b|\bnon-?participation\b", re.I),
    "penholder": re.compile(r"[-‑]\s*(?:drafted|penned|authored|sponsored|led)\b|\b(?:drafted|penned|authored|prepared|tabled|"
                            r"put\s+forward|submitted|proposed|circulated|introduced)\s+by\b|\bpenholders?\b|\bco-?penholders?\b", re.I),
}
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_GAP_BEFORE = re.compile(r"^(?:\s*,)?(?:\s+(?:both|all|each|also|then|instead|had|have|has|which|who|the|its|again|later|today|yesterday|on\s+\w+day|,))*\s*(?:\(|,)?\s*$", re.I)
_GAP_AFTER = re.compile(r"^\s*(?:were|was|came|from|by|of|:|\(|—|–|-|,|the|its|a|permanent|member|members|\s)*$", re.I)
_FAIL = re.compile(r"\bfail(?:ed|s)?\s+to\s+(?:adopt|pass|win|secure|obtain|garner)|\bwas\s+not\s+adopted\b|\bnot\s+adopted\b"
                   r"|\bvetoe?d\b|\bveto\b|\bblocked\b|\brejected\b|\bdid\s+not\s+pass\b|\bfell\s+short\b|\bdefeated\b", re.I)
_MEETING = re.compile(r"\b(\d{4,5})(?:st|nd|rd|th)\s+meeting\b", re.I)
_CHAPTER_VII = re.compile(r"\bChapter\s+VII\b")


@dataclass
class ReportedVote:
    """What one stretch of text says about a vote; None means it does not say."""

    unanimous: tuple[bool, int, int] | None = None      # (value, start, end)
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    tally_span: tuple[int, int] | None = None
    roles: dict[str, list[MemberMention]] = field(default_factory=dict)
    role_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    failed: tuple[int, int] | None = None
    meeting: tuple[str, int, int] | None = None
    chapter_vii: tuple[int, int] | None = None


def _n(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.lower()]


def _member_lists(mentions: list[MemberMention], text: str) -> list[list[MemberMention]]:
    """Consecutive mentions joined by commas/"and" form one list."""
    lists: list[list[MemberMention]] = []
    for m in mentions:
        if lists and re.fullmatch(_LIST_JOIN + r"(?:the\s+)?", text[lists[-1][-1].end:m.start], re.I):
            lists[-1].append(m)
        else:
            lists.append([m])
    return lists


def read_vote(text: str, start: int, end: int) -> ReportedVote:
    """Read the vote from ``text[start:end]`` (a sentence); offsets stay absolute."""
    vote = ReportedVote()
    chunk = text[start:end]
    if not VOTE_CONTEXT.search(chunk):
        return vote
    if (m := _UNANIMOUS.search(chunk)) and not _NOT_UNANIMOUS.search(chunk):
        vote.unanimous = (True, start + m.start(), start + m.end())
    elif m := _NOT_UNANIMOUS.search(chunk):
        vote.unanimous = (False, start + m.start(), start + m.end())
    _read_counts(vote, chunk, start)
    mentions = find_members(text, start, end)
    _read_roles(vote, text, start, end, mentions)
    if m := _FAIL.search(chunk):
        vote.failed = (start + m.start(), start + m.end())
    if m := _MEETING.search(chunk):
        vote.meeting = (f"S/PV.{m.group(1)}", start + m.start(), start + m.end())
    if m := _CHAPTER_VII.search(chunk):
        vote.chapter_vii = (start + m.start(), start + m.end())
    return vote


def _read_counts(vote: ReportedVote, chunk: str, offset: int) -> None:
    spans = []
    if m := _INVERSION.search(chunk):
        who = find_members(m.group("who"))
        if who:
            vote.yes = _n(m.group(1))
            spans.append(m.span())
            vote.roles.setdefault("against", []).extend(
                w._replace(start=offset + m.start("who") + w.start, end=offset + m.start("who") + w.end) for w in who[:1])
            vote.role_spans["against"] = (offset + m.start(), offset + m.end())
    if vote.yes is None:
        for m in _DASHED.finditer(chunk):
            yes, no = int(m.group(1)), int(m.group(2))
            abstain = int(m.group(3)) if m.group(3) else None
            if yes + no + (abstain or 0) <= 15 and yes >= no and yes >= 1:
                vote.yes, vote.no, vote.abstain = yes, no, abstain
                spans.append(m.span())
                break
    if vote.yes is None and (m := _BY_VOTES.search(chunk)):
        vote.yes, vote.no = _n(m.group(1)), _n(m.group(2))
        spans.append(m.span())
    if vote.yes is None and (m := _YES.search(chunk)):
        vote.yes = _n(m.group(1))
        spans.append(m.span())
    if vote.no is None and (m := _NO.search(chunk)):
        vote.no = _n(m.group(1))
        spans.append(m.span())
    if vote.abstain is None and (m := _ABSTAIN_N.search(chunk)):
        vote.abstain = _n(m.group(1))
        spans.append(m.span())
    if sum(x or 0 for x in (vote.yes, vote.no, vote.abstain)) > 15:
        vote.yes = vote.no = vote.abstain = None
        spans = []
    if spans:
        vote.tally_span = (offset + min(s for s, _ in spans), offset + max(e for _, e in spans))


def _read_roles(vote: ReportedVote, text: str, start: int, end: int, mentions: list[MemberMention]) -> None:
    """Give each list of members the role of the vote word next to it."""
    lists = _member_lists([m for m in mentions if not m.adjective or _adjective_role(text, m)], text)
    used: set[int] = {m.start for ms in vote.roles.values() for m in ms}
    for role, pattern in _ROLE_WORDS.items():
        for word in pattern.finditer(text, start, end):
            best = None
            for group in lists:
                if any(m.start in used for m in group):
                    continue
                first, last = group[0], group[-1]
                if role == "penholder" and last.adjective and text[last.end:word.start()].strip() == "":
                    best = group  # "French-drafted"
                    break
                if last.end <= word.start() and _GAP_BEFORE.match(text[last.end:word.start()]) \
                        and not (role == "penholder" and not last.adjective and "by" in word.group().lower()):
                    best = group
                    break
                if first.start >= word.end() and _GAP_AFTER.match(text[word.end():first.start]) \
                        and first.start - word.end() <= 40:
                    best = group
                    break
            if best is None:
                continue
            vote.roles.setdefault(role, []).extend(best)
            used.update(m.start for m in best)
            vote.role_spans[role] = (min(best[0].start, word.start()), max(best[-1].end, word.end()))
    if "vetoed_by" in vote.roles:
        known = {m.name for m in vote.roles.get("against", [])}
        vote.roles.setdefault("against", []).extend(m for m in vote.roles["vetoed_by"] if m.name not in known)
        vote.role_spans.setdefault("against", vote.role_spans["vetoed_by"])


def _adjective_role(text: str, mention: MemberMention) -> bool:
    """Adjectives count only where they name an actor in the vote: "French-drafted",
    "Russian and Chinese abstentions", "a Russian veto"."""
    after = text[mention.end:mention.end + 40]
    return bool(re.match(r"\s*[-‑]\s*(?:drafted|penned|authored|sponsored|led)\b|\s+(?:and\s+\w+\s+)?(?:abstentions?|veto|delegation|draft)\b",
                         after, re.I))
