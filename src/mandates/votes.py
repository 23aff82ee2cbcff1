"""The Charter's voting rule, vote tallies, and where the sources disagree.

Article 27 of the Charter: a substantive decision needs nine affirmative votes
"including the concurring votes of the permanent members". Practice since 1946
reads an abstention, an absence or not taking part as no obstacle; only a
negative vote of a permanent member blocks a text that has nine votes.
Procedural decisions need nine votes and know no veto.

The UN's data records each vote three times (member lists, raw count strings,
an "Adopted 13-0-2" phrase) in two places (the AKN XML and the JSON extract),
and these copies do not always agree. ``compare_votes`` lists every
disagreement instead of silently picking a winner.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from mandates import records
from mandates.members import canonical_member, member_key

VOTES_NEEDED = 9

VOTE_WORDS = {
    records.IN_FAVOUR: "in favour",
    records.AGAINST: "against",
    records.ABSTAINING: "abstaining",
    records.NON_VOTING: "not voting",
}

# Keys of the raw count pairs, in the order people read a tally.
COUNT_KEYS = ("in_favour", "against", "abstaining")
_CODE_FOR_KEY = {"in_favour": records.IN_FAVOUR, "against": records.AGAINST,
                 "abstaining": records.ABSTAINING}
# Spellings of count keys other readers may use (AKN refersTo values, GA-style
# extract fields).
_KEY_SPELLINGS = {
    "infavour": "in_favour", "in_favour": "in_favour", "yes": "in_favour",
    "ms_in_favour_count": "in_favour", "against": "against", "no": "against",
    "ms_against_count": "against", "abstaining": "abstaining",
    "abstain": "abstaining", "abstention": "abstaining",
    "ms_abstaining_count": "abstaining",
}

# Recorded outcome codes (records.Decision.recorded_outcome).
ADOPTED = "adopted"
ADOPTED_WITHOUT_VOTE = "adopted_without_vote"
NOT_ADOPTED = "not_adopted"
VETOED = "vetoed"


# --------------------------------------------------------------------- counts

def parse_count(raw: str | int | None) -> int | None:
    """A raw count string as a number: "015" -> 15, "  2 " -> 2.

    Empty or unreadable strings give None; the caller decides whether an
    empty count next to an empty member list means zero.
    """
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if raw >= 0 else None
    text = str(raw).strip()
    if not re.fullmatch(r"0*[0-9]{1,4}", text):
        return None
    return int(text)


@dataclass(frozen=True)
class Tally:
    """What a phrase such as "Adopted 13-0-2" says about a vote."""

    yes: int | None
    no: int | None
    abstain: int | None
    unanimous: bool = False      # the text says so ("Adopted unanimously")
    without_vote: bool = False   # "without vote", "by acclamation", "by consensus"
    absent: int | None = None    # "(14-0-0, 1 absent)"


_NUMBER_WORDS = {
    "none": 0, "no": 0, "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15,
}
_NUM = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
# "13-0-2", "14-0": not part of a date or a symbol such as "2584-2021".
_DASHED = re.compile(r"(?<![\d\-/.])(\d{1,2})\s*[-\u2013]\s*(\d{1,2})(?:\s*[-\u2013]\s*(\d{1,2}))?(?![\d\-/])")
_TO = re.compile(rf"\b{_NUM}\s+(?:votes?\s+)?to\s+{_NUM}\b(?!\s+(?:in\s+favou?r))")
_YES = re.compile(
    rf"\b{_NUM}\s+(?:of\s+the\s+\d+\s+)?(?:other\s+)?(?:members?\s+|votes?\s+)?"
    rf"(?:voted\s+|voting\s+)?in\s+favou?r")
_NO = re.compile(rf"\b{_NUM}\s+(?:votes?\s+|members?\s+)?(?:voted\s+|voting\s+)?against\b")
_ABSTAIN = re.compile(rf"\b{_NUM}\s+(?:members?\s+)?(?:abstentions?|abstaining|abstained)\b")
_ABSENT = re.compile(rf"\b{_NUM}\s+(?:members?\s+)?absent\b")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def parse_tally(text: str | None) -> Tally | None:
    """Read a tally phrase: "Adopted 13-0-2, 9569th meeting", "13 to 0, with 2
    abstentions", "12 in favour to none against, with 3 abstentions",
    "Adopted unanimously" (no counts, unanimous). None when the text says
    nothing about the vote."""
    if not text:
        return None
    lower = " ".join(text.replace("\u00a0", " ").lower().split())
    without_vote = bool(re.search(r"without (?:a )?vote|by acclamation|by consensus", lower))
    unanimous = (bool(re.search(r"unanimous", lower))
                 and not re.search(r"\b(?:non|not)[- ]?unanimous", lower))
    yes = no = abstain = absent = None

    dashed = _DASHED.search(lower)
    if dashed:
        yes, no = int(dashed.group(1)), int(dashed.group(2))
        if dashed.group(3) is not None:
            abstain = int(dashed.group(3))
    else:
        to = _TO.search(lower)
        if to:
            yes, no = _number(to.group(1)), _number(to.group(2))
    if yes is None and (m := _YES.search(lower)):
        yes = _number(m.group(1))
    if no is None and (m := _NO.search(lower)):
        no = _number(m.group(1))
    if abstain is None and (m := _ABSTAIN.search(lower)):
        abstain = _number(m.group(1))
    if m := _ABSENT.search(lower):
        absent = _number(m.group(1))

    if sum(n or 0 for n in (yes, no, abstain, absent)) > 15:
        # Not a Council vote (a date, a paragraph range): ignore the numbers.
        yes = no = abstain = absent = None
    if (yes, no, abstain, absent) == (None, None, None, None) and not (unanimous or without_vote):
        return None
    return Tally(yes, no, abstain, unanimous, without_vote, absent)


def classify_recorded_outcome(text: str | None) -> str | None:
    """One of ADOPTED, ADOPTED_WITHOUT_VOTE, NOT_ADOPTED, VETOED for a recorded
    outcome written as a code ("adopted_without_vote", "adoptedByAcclamation")
    or as a phrase ("Adopted 13-0-2, ..."); None when it says nothing."""
    if not text:
        return None
    flat = re.sub(r"[\s_\-]+", "", text.lower())
    if "veto" in flat:
        return VETOED
    if "notadopted" in flat or "failed" in flat or "rejected" in flat:
        return NOT_ADOPTED
    if any(k in flat for k in ("withoutvote", "acclamation", "consensus")):
        return ADOPTED_WITHOUT_VOTE
    if "adopted" in flat:
        return ADOPTED
    return None


# ----------------------------------------------------------- the Charter rule

def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def charter_outcome(votes: Iterable[records.MemberVote], procedural: bool = False) -> records.Outcome:
    """Apply Article 27 to member votes.

    Substantive: adopted iff at least nine in favour and no permanent member
    against. ``vetoed_by`` lists every permanent member voting against, even
    when the text also lacked nine votes (the reason then says both).
    Votes are counted as given: merging split names and removing duplicates
    is the reader's job, and ``compare_votes`` reports duplicates.
    """
    tally: Counter[str] = Counter()
    permanent_against: list[str] = []
    for vote in votes:
        if vote.vote not in VOTE_WORDS:
            raise ValueError(f"unknown vote code {vote.vote!r} for {vote.member_raw!r}; "
                             f"expected one of {records.VOTE_CODES}")
        tally[vote.vote] += 1
        if vote.vote == records.AGAINST:
            member = canonical_member(vote.member_raw)
            if member.permanent and member.name not in permanent_against:
                permanent_against.append(member.name)

    yes, against = tally[records.IN_FAVOUR], tally[records.AGAINST]
    abstaining, non_voting = tally[records.ABSTAINING], tally[records.NON_VOTING]
    enough = yes >= VOTES_NEEDED
    vetoed = bool(permanent_against) and not procedural
    adopted = enough and not vetoed

    if adopted:
        parts = [f"{yes} in favour"]
        if against == 0:
            parts.append("none against")
        elif procedural and permanent_against:
            parts.append(f"{against} against (procedural matter: no veto applies)")
        else:
            parts.append(f"{against} against (no permanent member)")
        if abstaining:
            parts.append(f"{abstaining} abstaining")
        if non_voting:
            parts.append(f"{non_voting} not voting")
        reason = ("adopted (procedural): " if procedural else "adopted: ") + ", ".join(parts)
    else:
        problems = []
        if not enough:
            problems.append(f"only {yes} votes in favour ({VOTES_NEEDED} needed)")
        if vetoed:
            plural = "s" if len(permanent_against) > 1 else ""
            problems.append(f"negative vote{plural} of a permanent member ({_join(permanent_against)})")
        reason = "not adopted: " + "; and ".join(problems)
    return records.Outcome(
        adopted=adopted, in_favour=yes, against=against, abstaining=abstaining,
        non_voting=non_voting, vetoed_by=tuple(permanent_against), reason=reason)


def outcome_for(decision_votes: Iterable[records.MemberVote],
                recorded_outcome: str | None) -> records.Outcome | None:
    """The Charter outcome for a decision, or None when it cannot be applied.

    None means no member votes are recorded. For decisions recorded as
    adopted without a vote (by consensus or acclamation) that is the normal
    case, and the recorded outcome stands. For any other recorded outcome,
    missing member lists are a gap that ``compare_votes`` reports; the rule is
    still not applied, because zero votes in favour would wrongly read as a
    failed vote.
    """
    votes = list(decision_votes)
    if not votes:
        return None
    # With votes listed the rule decides, whatever was recorded: a recorded
    # outcome that disagrees is compare_votes' business, not a reason to
    # trust one copy over the other here.
    return charter_outcome(votes)


# ----------------------------------------------------------- comparing sources

def _counts_map(counts_raw: Mapping[str, str] | Iterable[tuple[str, str]] | None) -> dict[str, str]:
    pairs = counts_raw.items() if isinstance(counts_raw, Mapping) else (counts_raw or ())
    out: dict[str, str] = {}
    for key, raw in pairs:
        norm = _KEY_SPELLINGS.get(str(key).strip().lower())
        if norm and norm not in out:
            out[norm] = raw
    return out


def _listed(votes: Sequence[records.MemberVote]) -> Counter[str]:
    return Counter(v.vote for v in votes)


def _names(votes: Sequence[records.MemberVote], code: str) -> str:
    return ", ".join(canonical_member(v.member_raw).name for v in votes if v.vote == code)


def _check_counts(symbol: str, votes: Sequence[records.MemberVote], counts_raw,
                  counts_source: str, list_source: str) -> list[records.Discrepancy]:
    """Raw count strings against the member lists next to them."""
    found = []
    counts = _counts_map(counts_raw)
    listed = _listed(votes)
    for key in COUNT_KEYS:
        n_listed = listed[_CODE_FOR_KEY[key]]
        raw = counts.get(key)
        number = parse_count(raw)
        if number is None and (raw is None or not str(raw).strip()):
            if n_listed == 0:
                continue  # no count and nobody listed: consistent
            shown = "(missing)" if raw is None else "(empty)"
        elif number is None:
            shown = f"{raw!r} (unreadable)"
        elif number == n_listed:
            continue  # "015" next to 15 names is fine
        else:
            shown = str(number) if str(raw).strip() == str(number) else f"{number} (written {raw!r})"
        found.append(records.Discrepancy(
            symbol, f"{key}_count", counts_source, shown, list_source,
            f"{n_listed} listed", note=_names(votes, _CODE_FOR_KEY[key])))
    return found


def _check_tally(symbol: str, votes: Sequence[records.MemberVote], text: str | None,
                 text_source: str, list_source: str) -> list[records.Discrepancy]:
    """An "Adopted 13-0-2" phrase against the member lists."""
    tally = parse_tally(text)
    if tally is None:
        return []
    found = []
    listed = _listed(votes)
    total = sum(listed.values())
    if tally.without_vote:
        if total:
            found.append(records.Discrepancy(
                symbol, "adoption_method", text_source, f"without a vote ({text!r})",
                list_source, "recorded vote " + "-".join(str(listed[c]) for c in "YNA") + " listed",
                note="the text says no vote was taken, yet member votes are listed"))
        return found
    said = {"in_favour": tally.yes, "against": tally.no, "abstaining": tally.abstain}
    if tally.unanimous and tally.no is None and tally.abstain is None:
        said["against"] = said["abstaining"] = 0
    for key in COUNT_KEYS:
        expected = said[key]
        if expected is None or expected == listed[_CODE_FOR_KEY[key]]:
            continue
        found.append(records.Discrepancy(
            symbol, f"{key}_count", text_source, f"{expected} ({text!r})", list_source,
            f"{listed[_CODE_FOR_KEY[key]]} listed",
            note=f"{total} members listed in all"))
    if tally.unanimous and total == 0:
        found.append(records.Discrepancy(
            symbol, "members", text_source, f"unanimous vote ({text!r})", list_source,
            "no members listed"))
    return found


def _check_outcome(symbol: str, votes: Sequence[records.MemberVote], recorded: str | None,
                   recorded_source: str, list_source: str) -> list[records.Discrepancy]:
    """A recorded outcome against the Charter rule applied to the member lists."""
    code = classify_recorded_outcome(recorded)
    outcome = outcome_for(votes, recorded)
    if code is None or outcome is None:
        return []
    found = []
    recorded_adopted = code in (ADOPTED, ADOPTED_WITHOUT_VOTE)
    if recorded_adopted != outcome.adopted:
        note = f"rule applied to {list_source}: {outcome.reason}"
        if recorded_adopted and outcome.in_favour >= VOTES_NEEDED and outcome.vetoed_by:
            # A permanent member's "no" does not block a procedural decision
            # (e.g. S/RES/2623 (2022) convening the General Assembly).
            note += "; if the matter was procedural, no veto applies and the record stands"
        found.append(records.Discrepancy(
            symbol, "outcome", recorded_source, f"{code.replace('_', ' ')} ({recorded!r})",
            "charter", "adopted" if outcome.adopted else "not adopted", note=note))
    elif code == VETOED and not outcome.vetoed_by:
        found.append(records.Discrepancy(
            symbol, "vetoed_by", recorded_source, f"vetoed ({recorded!r})", "charter",
            "no permanent member against", note=f"rule applied to {list_source}: {outcome.reason}"))
    elif code == NOT_ADOPTED and outcome.vetoed_by and outcome.in_favour >= VOTES_NEEDED:
        found.append(records.Discrepancy(
            symbol, "outcome", recorded_source, f"not adopted ({recorded!r})", "charter",
            f"vetoed by {_join(list(outcome.vetoed_by))}",
            note="nine or more in favour: the negative vote of a permanent member was a veto"))
    return found


def _check_duplicates(symbol: str, votes: Sequence[records.MemberVote], source: str) -> list[records.Discrepancy]:
    seen: dict[str, records.MemberVote] = {}
    found = []
    for vote in votes:
        key = member_key(vote.member_raw)
        if key in seen:
            first = seen[key]
            found.append(records.Discrepancy(
                symbol, "members", source,
                f"{canonical_member(vote.member_raw).name} listed twice",
                source, f"{VOTE_WORDS[first.vote]} and {VOTE_WORDS.get(vote.vote, vote.vote)}",
                note=f"as {first.member_raw!r} and {vote.member_raw!r}"))
        else:
            seen[key] = vote
    listed = len(votes)
    if listed > 15:
        found.append(records.Discrepancy(
            symbol, "members", source, f"{listed} members listed", "charter",
            "the Council has 15 members"))
    return found


def _compare_members(symbol: str, a: Sequence[records.MemberVote], b: Sequence[records.MemberVote],
                     source_a: str, source_b: str) -> list[records.Discrepancy]:
    if not a and not b:
        return []
    if not a or not b:
        return [records.Discrepancy(
            symbol, "members", source_a, f"{len(a)} listed" if a else "none listed",
            source_b, f"{len(b)} listed" if b else "none listed")]
    votes_a = {member_key(v.member_raw): v for v in a}
    votes_b = {member_key(v.member_raw): v for v in b}
    found = []
    for key in list(votes_a) + [k for k in votes_b if k not in votes_a]:
        va, vb = votes_a.get(key), votes_b.get(key)
        if va and vb and va.vote == vb.vote:
            continue
        name = canonical_member((va or vb).member_raw).name
        found.append(records.Discrepancy(
            symbol, "member_vote", source_a,
            f"{name}: {VOTE_WORDS[va.vote]}" if va else f"{name}: not listed",
            source_b, f"{name}: {VOTE_WORDS[vb.vote]}" if vb else f"{name}: not listed"))
    return found


def _meeting_key(meeting: str | None) -> str | None:
    """'S/PV.9365', 'S/PV9365' and 'S/PV.6702(Resumption1)' compare by number."""
    if not meeting:
        return None
    flat = re.sub(r"\s+", "", meeting).upper()
    m = re.match(r"S/PV\.?(\d+)(\((?:RESUMPTION|RESUMED)(\d*)\))?", flat)
    if m is None:
        return flat
    key = f"S/PV.{m.group(1)}"
    if m.group(2):
        key += f"/R{m.group(3) or 1}"
    return key


def _compare_fields(symbol: str, entry: records.ExtractEntry, xml_date: dt.date | None,
                    xml_meeting: str | None, xml_draft: str | None,
                    xml_chapter_vii: bool | None) -> list[records.Discrepancy]:
    found = []
    if xml_date is not None and entry.date != xml_date:
        shown = entry.date.isoformat() if entry.date else "(none)"
        found.append(records.Discrepancy(
            symbol, "date", "xml", xml_date.isoformat(), "extract", shown,
            note=f"extract wrote {entry.date_raw!r}"))
    xml_key, ext_key = _meeting_key(xml_meeting), _meeting_key(entry.meeting)
    if xml_key and ext_key and xml_key != ext_key:
        found.append(records.Discrepancy(symbol, "meeting", "xml", xml_meeting or "",
                                         "extract", entry.meeting or ""))
    if xml_draft is not None:
        a = re.sub(r"\s+", "", xml_draft).upper()
        b = re.sub(r"\s+", "", entry.draft_symbol or "").upper()
        if a != b:
            found.append(records.Discrepancy(symbol, "draft_symbol", "xml", xml_draft or "(none)",
                                             "extract", entry.draft_symbol or "(none)"))
    if xml_chapter_vii is not None and bool(xml_chapter_vii) != entry.chapter_vii:
        found.append(records.Discrepancy(
            symbol, "chapter_vii", "xml", "yes" if xml_chapter_vii else "no",
            "extract", "yes" if entry.chapter_vii else "no"))
    return found


def check_extract_entry(entry: records.ExtractEntry) -> list[records.Discrepancy]:
    """Disagreements inside one extract line: counts, adoption_type and the
    Charter rule against its own member lists."""
    symbol, votes = entry.symbol, list(entry.votes)
    return (_check_duplicates(symbol, votes, "extract members")
            + _check_counts(symbol, votes, entry.counts_raw, "extract counts", "extract members")
            + _check_tally(symbol, votes, entry.outcome_text, "extract adoption_type", "extract members")
            + _check_outcome(symbol, votes, entry.outcome_text, "extract adoption_type", "extract members"))


def compare_votes(
    symbol: str,
    xml_votes: Iterable[records.MemberVote],
    xml_counts_raw: Mapping[str, str] | Iterable[tuple[str, str]] | None,
    recorded_outcome: str | None,
    extract_entry: records.ExtractEntry | None,
    *,
    recorded_outcome_text: str | None = None,
    recorded_vetoed_by: Iterable[str] = (),
    xml_date: dt.date | None = None,
    xml_meeting: str | None = None,
    xml_draft: str | None = None,
    xml_chapter_vii: bool | None = None,
) -> list[records.Discrepancy]:
    """Every disagreement about one decision's vote, each naming both sides.

    (a) XML member lists against the XML raw counts and its "Adopted 13-0-2"
    text; (b) XML against the extract line: member by member, counts, and —
    when given as keywords — date, meeting, draft and Chapter VII; (c) recorded
    outcomes (XML workflow, extract adoption_type) against the Charter rule
    applied to the member lists. Zero padding ("015" for 15) and an empty
    count beside an empty list are not disagreements.
    """
    xml_votes = list(xml_votes)
    found = _check_duplicates(symbol, xml_votes, "xml members")
    found += _check_counts(symbol, xml_votes, xml_counts_raw, "xml counts", "xml members")
    if recorded_outcome_text:
        found += _check_tally(symbol, xml_votes, recorded_outcome_text, "xml outcome text", "xml members")
    found += _check_outcome(symbol, xml_votes, recorded_outcome or recorded_outcome_text,
                            "xml", "xml members")

    recorded_veto_keys = {member_key(n) for n in recorded_vetoed_by}
    outcome = outcome_for(xml_votes, recorded_outcome)
    if recorded_veto_keys and outcome is not None:
        computed = {member_key(n) for n in outcome.vetoed_by}
        if computed != recorded_veto_keys:
            found.append(records.Discrepancy(
                symbol, "vetoed_by", "xml", _join(sorted(canonical_member(n).name for n in recorded_vetoed_by)),
                "charter", _join(list(outcome.vetoed_by)) or "no permanent member against"))

    if extract_entry is None:
        return found
    ext_votes = list(extract_entry.votes)
    found += check_extract_entry(extract_entry)
    found += _compare_members(symbol, xml_votes, ext_votes, "xml", "extract")
    xml_counts, ext_counts = _counts_map(xml_counts_raw), _counts_map(extract_entry.counts_raw)
    for key in COUNT_KEYS:
        a, b = xml_counts.get(key), ext_counts.get(key)
        na, nb = parse_count(a), parse_count(b)
        # An empty or missing count reads as zero only when compared like this,
        # because both sources leave zero counts out.
        na = 0 if na is None and not (a or "").strip() else na
        nb = 0 if nb is None and not (b or "").strip() else nb
        if na != nb:
            found.append(records.Discrepancy(
                symbol, f"{key}_count", "xml counts", "(missing)" if a is None else repr(a),
                "extract counts", "(missing)" if b is None else repr(b)))
    found += _compare_fields(symbol, extract_entry, xml_date, xml_meeting, xml_draft, xml_chapter_vii)
    return found


def compare_decision(decision: records.Decision,
                     entry: records.ExtractEntry | None) -> list[records.Discrepancy]:
    """``compare_votes`` with everything a Decision carries."""
    return compare_votes(
        decision.symbol, decision.votes, decision.recorded_counts, decision.recorded_outcome,
        entry, recorded_outcome_text=decision.recorded_outcome_text,
        recorded_vetoed_by=decision.vetoed_by_recorded, xml_date=decision.date,
        xml_meeting=decision.meeting, xml_draft=decision.draft_symbol,
        xml_chapter_vii=decision.chapter_vii)
