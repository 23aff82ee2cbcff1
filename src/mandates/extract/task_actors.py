"""Whose task: the Council's clauses and their addressees (step 1 and 2 of ``tasks``).

A unit of an operative paragraph is cut at the Council's own verbs ("Decides …, and
requests …; encourages …"), so each clause has one verb and one addressee. A clause is
the mission's when the mission is its addressee — named by acronym, alias or full name,
or by the generic reference ("the Mission", "the Force") of the mission the resolution is
about — in the words between the verb and its infinitive, or when the Council names it in
a way that still makes it the one to act:

- "it" after a clause about the mission ("Supports MONUC's role in DDRRR …, encourages it
  to move quickly …");
- the Council backing its part in a task ("Supports MONUC's role in …", "Expresses its
  strong support for the key role of the Special Representative in the peace talks");
- the mission made able to act ("… to enable UNISFA to fully support the JBVMM"), or
  named as the agent ("support …, coordinated by UNMIS"), or its strength set for a
  purpose ("Requests the Secretary-General to expand the civilian component of MONUC …
  so as to establish a human rights monitoring capacity");
- "calls for"/"stresses the need for" the mission to act (soft); the Council stating what
  the mission shall or may do ("Stresses that MONUC shall …") is firm, "should" soft.

Tasks the mission is to hand over ("shall transfer … to the UNCT … tasks") are not given.

A clause addressed to someone else (the Government, the parties, Member States, the
Secretary-General alone, a regional force) is not the mission's, unless it is to act "with
the support of" the mission: then the mission assists. ``Reading`` says which (actor or
support), how firmly (firm, soft, neutral) and where the task words are.
"""
from __future__ import annotations

import functools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..missions import Mission, Registry
from ..records import OPERATIVE, SUBHEADING, Decision
from . import task_rules as rules

# --- clauses -------------------------------------------------------------------------------

FIRM, SOFT, NEUTRAL = "firm", "soft", "neutral"
_VERBS: dict[str, str] = {
    "decides": FIRM, "requests": FIRM, "authorizes": FIRM, "authorises": FIRM, "mandates": FIRM,
    "directs": FIRM, "requires": FIRM, "instructs": FIRM, "tasks": FIRM, "agrees": FIRM,
    "endorses": FIRM, "approves": FIRM,
    "encourages": SOFT, "calls upon": SOFT, "calls on": SOFT, "invites": SOFT, "urges": SOFT,
    "appeals": SOFT,
    # Praise for what a mission did is not a request to do it ("Welcomes progress made by
    # MINUSTAH in communications"); only a following "calls on it to continue" is.
    "welcomes": NEUTRAL, "commends": NEUTRAL, "looks forward": NEUTRAL,
    "reaffirms": NEUTRAL, "reiterates": NEUTRAL, "recalls": NEUTRAL, "stresses": NEUTRAL,
    "emphasizes": NEUTRAL, "emphasises": NEUTRAL, "underlines": NEUTRAL, "underscores": NEUTRAL,
    "affirms": NEUTRAL, "notes": NEUTRAL, "takes note": NEUTRAL, "highlights": NEUTRAL,
    "recognizes": NEUTRAL, "recognises": NEUTRAL, "acknowledges": NEUTRAL, "expresses": NEUTRAL,
    "demands": NEUTRAL, "condemns": NEUTRAL, "deplores": NEUTRAL, "supports": NEUTRAL,
    "considers": NEUTRAL, "declares": NEUTRAL, "determines": NEUTRAL, "calls for": NEUTRAL,
    "reminds": NEUTRAL, "insists": NEUTRAL, "regrets": NEUTRAL, "confirms": NEUTRAL,
    "pays tribute": NEUTRAL, "praises": NEUTRAL, "applauds": NEUTRAL,
}
_ADVERBS = (r"(?:(?:further|also|again|once\s+again|strongly|in\s+this\s+(?:regard|context|respect)|to\s+this\s+end|"
            r"accordingly|therefore|moreover|furthermore|in\s+particular|urgently|equally)[,]?\s+)*")
# A clause starts at one of the Council's verbs, at the start of the text or after
# ";", ":", ".", "," or "and" (and any adverbs: "; further requests", ", and also urges").
# The verbs are found with plain substring search (the texts are long, the verbs few),
# the boundary before each is checked after.
_VERB_HEADS = tuple(sorted({v for v in _VERBS if not v.startswith("calls ")} | {"calls"}))
_CALLS = re.compile(r"calls(?:\s*,\s*(?:once\s+again|again|further|also)\s*,)?\s+(?:up)?on\b|calls\s+for\b",
                    re.I)
_TAIL = re.compile(r"\s*(?:and\s+)?" + _ADVERBS, re.I)
_AFTER_VERB = re.compile(r"\s*,?\s*(?:further|also|again)?,?\s*", re.I)
# "to" opening an infinitive: not "to the", "to its", "to paragraph 4", "to MINUSMA".
_INFINITIVE = re.compile(
    r"\bto\s+(?:be\b|bring\b|(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|any|each|such|"
    r"paragraphs?|resolutions?|date|which|whom|what|whether|him|them|it|both|other|another|"
    r"women|children|civilians|ensuring|be)\b)(?![a-z]+ing\b)[a-z])")
_THAT = re.compile(r"\s*(?:,\s*)?(?:(?:therefore|further|also|accordingly|in\s+this\s+regard)\s*,?\s*)?that\b")
_SUBJECT_END = re.compile(r"\b(?:shall|will|should|may|must|can|is|are|would|continues?|has|have)\b")
# Words between a verb and the mission that make the mission something other than the addressee.
_NOT_ADDRESSEE = re.compile(
    r"(?:support|assistance|help|backing|cooperation|coordination|consultation|collaboration|"
    r"deployment|personnel|troops|safety|security|presence|withdrawal|drawdown|liquidation|"
    r"termination|closure|cooperate|cooperating|coordinate|attacks|against|with|from|between|"
    r"to|for|into|within|alongside|than)\s+(?:fully\s+|closely\s+)?(?:of\s+|with\s+)?(?:the\s+)?$", re.I)
# Another actor acts, the mission helps: "with the support of MINUSMA", "in close
# liaison with MONUC", "working with MINUJUSTH".
_SUPPORTED_BY = re.compile(
    r"(?:with\s+the\s+(?:\w+\s+){0,2}(?:support|assistance|help|backing)\s+of|supported\s+by|"
    r"assisted\s+by|with\s+(?:the\s+)?(?:\w+\s+)?assistance\s+from|with\s+support\s+from|"
    r"in\s+(?:close\s+|full\s+)?(?:cooperation|coordination|liaison|consultation|collaboration|"
    r"partnership)\s+with|working\s+(?:closely\s+)?with|together\s+with)"
    r"\s+(?:\w+\s+){0,6}?$", re.I)
_OTHER_ACTOR = re.compile(r"\b(?:Secretary-General|Government|parties|Member\s+States|authorities|"
                          r"Committee|Panel|Group\s+of\s+Experts|countries|organizations)\b")
# "MONUSCO's mandate to monitor …", "the mandate of MONUC as set out in … to …"; not "the MONUC
# mandate is designed to allow time …" (a verb of its own in between).
_RESTATED_MANDATE = re.compile(r"\s*(?:['’]s?\s+|\s)(?:\w+\s+){0,3}mandate\s+(?:(?!(?:is|are|was|were|has|have|"
                               r"will|shall|would|should)\b)\w+\s+){0,6}?to\s+[a-z]", re.I)
_MANDATE_OF = re.compile(r"\bmandate\s+of\s+(?:the\s+)?$", re.I)
_INFINITIVE_NEXT = re.compile(r"\s*(?:\([A-Z]+\)\s*)?(?:,[^,;]{0,80},\s*)?(?:as\s+[^,;]{0,60}\s+)?to\s+[a-z]")
# "the continued support of UNAMSIL", "the rule of law efforts of MINUJUSTH": lower-case words
# only, so "the Government to support the efforts of MINUSMA" is not one.
_ITS_WORK_OF = re.compile(r"\s*(?:the\s+)?(?:(?!to\b|and\b)[a-z][\w-]*\s+){0,4}(?:support|efforts?|role|work|"
                          r"activities|assistance|engagement)\s+of\s+(?:the\s+)?")
# "Supports MONUC's role in DDRRR", "Expresses its strong support for the key role of the
# Special Representative in the peace talks": the Council backs the mission's part in a task.
_BACKS = re.compile(r"\s*(?:its\s+)?(?:full\s+|strong\s+|continued\s+)*support\s+(?:for|to)\s+", re.I)
_ROLE_AFTER = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:role|efforts?|work|activities|engagement)\b")
THAT_SUPPORT = re.compile(r"\b(?:that|this|such|the\s+Mission['’]s)\s+(?:support|assistance)\b", re.I)
_OF_IT = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_CO_ADDRESSEE = re.compile(r"\b(?:and|through|via)\s+(?:the\s+)?$", re.I)
_OF_SOMEONE = re.compile(r"\b(?:of|with|by|from|to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
# "Stresses the need for MONUC to …", "Calls for UNMIS to support reconciliation …".
_IMPORTANCE_FOR = re.compile(r"\b(?:(?:importance|need|necessity)\s+(?:for|of)|calls\s+for)\s+(?:the\s+)?$", re.I)
_NEED_TO = re.compile(r"\b(?:need|importance|necessity)\s+to\s+(?:\w+\s+){1,2}(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\s")
# Where the mission comes after the infinitive but still acts:
# "… to enable UNISFA to fully support the JBVMM" (the mission is made able to do it),
_ENABLE_BEFORE = re.compile(r"\b(?:enable|enabling|allow|allowing|permit|permitting|in\s+order\s+for)\s+"
                            r"(?:the\s+)?$", re.I)
# "… support, both materiel and training, coordinated by UNMIS" (the mission is the agent),
_BY_MISSION = re.compile(r"\b(?:carried\s+out|undertaken|provided|conducted|performed|delivered|coordinated|"
                         r"led|facilitated|implemented|offered)\s+by\s+(?:the\s+)?$", re.I)
# "… recommendations on the tasks that could be carried out by UNTSO": about tasks, not one.
_ABOUT_TASKS = re.compile(r"\b(?:tasks|functions|activities|review|assessment)\b(?:\s+[\w,]+){0,4}\s+\w+\s+by\s+"
                          r"(?:the\s+)?$", re.I)
# "Requests the Secretary-General to expand the civilian component of MONUC … so as to establish
# a human rights monitoring capacity" (the purpose for which the mission's strength is set).
_STRENGTH_OF = re.compile(r"\b(?:presence|component|deployment|capacit(?:y|ies)|strength|contingents?|"
                          r"troops)\s+of\s+(?:the\s+)?$", re.I)
_STRENGTH_AFTER = re.compile(r"['’]?s?\s+(?:\w+\s+)?(?:presence|component|contingents?|troops)\b")
_PURPOSE = re.compile(r"\b(?:in\s+order\s+to|so\s+as\s+to|with\s+a\s+view\s+to)\b", re.I)
_MANDATE_WORD = re.compile(r"\b(?:mandated?|tasks?|tasked|functions|authori[sz]ed|responsible|"
                           r"requested)\b", re.I)
_COMPOSITION = re.compile(r"(?:shall|will|should|may|must|is|are)\s+(?:\w+\s+)?(?:be|have|consist|comprise|"
                          r"remain|retain|include)\b", re.I)
_MODAL_AFTER = re.compile(r"(?:['’]s\s+\w+\s+)?\s*,?\s*(?:shall|will|must|should|may|is\s+(?:authorized|mandated|"
                          r"requested|to)|continues\s+to)\b", re.I)
_SUPPORT_NOUN_AFTER = re.compile(r"^['’]s\s+(?:\w+\s+){0,2}(?:support|assistance|help)\b", re.I)
# "requests that in order to support this effort MINUSTAH make …": a purpose before the subject.
_PURPOSE_FIRST = re.compile(r"\s*,?\s*(?:in\s+order|so\s+as)\s*", re.I)
# "with particular emphasis on …", "paying specific attention to …" between addressee and verb.
_EMPHASIS = re.compile(r"\b(?:emphasis|attention|focus)\s+(?:on|to)\b", re.I)
# What the mission is to stop doing or give away: "shall transfer … to the UNCT … tasks".
_HANDS_OVER = re.compile(r"\s*,?\s*(?:shall|will|should|must|to|is\s+to)?\s*(?:\w+\s+){0,2}?"
                         r"(?:transfer|hand\s+over|phase\s+out|discontinue|cease)\b", re.I)
# "it" as the addressee: "encourages it to …", "requests it, within its capabilities, to …".
_PRONOUN = re.compile(r"it\s*(?:,[^,;]{0,80},\s*)?to\s+[a-z]")


@dataclass(frozen=True)
class Clause:
    start: int          # offsets into the unit text
    end: int
    verb_end: int       # where the addressee words begin
    strength: str       # FIRM / SOFT / NEUTRAL, or "" for a point (no verb of its own)


def _verb_strength(verb: str) -> str:
    words = re.findall(r"[a-z]+", verb.lower())
    if words[0] == "calls" and words[-1] in ("on", "upon"):
        return SOFT
    return _VERBS.get(" ".join(words), NEUTRAL)


def _verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every Council verb standing as a whole word."""
    lowered = text.lower()
    found = []
    for head in _VERB_HEADS:
        i = lowered.find(head)
        while i != -1:
            j = i + len(head)
            if (i == 0 or not lowered[i - 1].isalnum()) and (j == len(lowered) or not lowered[j].isalnum()):
                if head == "calls":
                    m = _CALLS.match(text, i)
                    if m:
                        found.append((i, m.end(), m.group()))
                else:
                    found.append((i, j, text[i:j]))
            i = lowered.find(head, j)
    found.sort()
    return found


def _clause_start(text: str, verb_start: int) -> int | None:
    """Where the clause of a verb at ``verb_start`` begins, or None when the verb does not
    open a clause (it is not after the start, ";", ":", ".", "," or "and", adverbs aside)."""
    window = max(0, verb_start - 60)
    if _TAIL.fullmatch(text, 0, verb_start):
        return 0
    candidates = [text.rfind(mark, window, verb_start) + 1 for mark in ";:.,"]
    candidates.append(text.rfind(" and ", window, verb_start) + 1)
    for at in sorted((c for c in candidates if c > 0), reverse=True):
        if _TAIL.fullmatch(text, at, verb_start):
            return at
    return None


@functools.lru_cache(maxsize=4096)
def split_clauses(text: str) -> tuple[Clause, ...]:
    marks = []
    for start, end, words in _verbs(text):
        clause_start = _clause_start(text, start)
        if clause_start is None:
            continue
        marks.append((clause_start, _AFTER_VERB.match(text, end).end(), _verb_strength(words)))
    if not marks or marks[0][0] > 0:
        marks.insert(0, (0, 0, ""))
    out = []
    for index, (start, verb_end, strength) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        out.append(Clause(start, end, verb_end, strength))
    return tuple(out)


# --- naming the mission -------------------------------------------------------------------

def _is_acronym_form(form: str) -> bool:
    return not any(c.islower() for c in form) and len(form.split()) <= 2


def _form_pattern(form: str) -> str:
    parts = []
    for char in form:
        if char.isspace():
            parts.append(r"\s+")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    return body if _is_acronym_form(form) else f"(?i:{body})"


# Words in most paragraphs: a poor choice of needle when a form has a rarer one.
_COMMON_WORDS = frozenset({"united", "nations", "mission", "force", "office", "operation", "the", "of",
                           "in", "for", "and"})


def _needle(form: str) -> str | None:
    """A run of ASCII letters and digits of ``form`` that every match of
    ``_form_pattern(form)`` contains as it is (the pattern writes those characters
    literally; only spaces and apostrophes vary)."""
    tokens = re.findall(r"[A-Za-z0-9]+", form)
    if not tokens:
        return None
    return max(tokens, key=lambda t: (t.lower() not in _COMMON_WORDS, len(t)))


@functools.lru_cache(maxsize=256)
def _folded(text: str) -> str | None:
    """``text`` lower-cased character for character, or None when that would not
    tell where a case-insensitive ASCII pattern can match: a letter whose lower case
    is longer ("İ") shifts offsets, and the engine also matches "ı" for "i" and "ſ"
    for "s" while ``str.lower`` keeps them."""
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return None
    return low


class MentionPattern:
    """The words that name one mission, as a regular expression with an exact test in
    front: every alternative of ``pattern`` contains one of ``needles`` (as written)
    or of ``folded_needles`` (in lower case, for the names matched in any case), so a
    stretch of text with none of them cannot hold a match and is not scanned.
    ``search`` and ``finditer`` behave as the pattern's own."""

    __slots__ = ("pattern", "needles", "folded_needles")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...] | None,
                 folded_needles: tuple[str, ...]):
        self.pattern = pattern
        self.needles = needles  # None: some alternative has no needle, always scan
        self.folded_needles = folded_needles

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        if self.needles is None:
            return True
        pos, endpos = max(pos, 0), max(endpos, 0)  # as the engine clips them (str.find would not)
        for needle in self.needles:
            if text.find(needle, pos, endpos) != -1:
                return True
        if self.folded_needles:
            low = _folded(text)
            if low is None:
                return True
            for needle in self.folded_needles:
                if low.find(needle, pos, endpos) != -1:
                    return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())


# Needles of the alternatives added for the mission a resolution is about (below).
_SPECIAL_REPRESENTATIVE_NEEDLES = ("Representative", "SRSG")
_UN_PERSONNEL_NEEDLES = ("observers", "police")


@functools.lru_cache(maxsize=512)
def mention_pattern(mission: Mission, generic: tuple[str, ...]) -> MentionPattern:
    forms = {mission.acronym, *mission.aliases, *mission.names}
    alternatives = [_form_pattern(f) for f in sorted(forms, key=len, reverse=True)]
    # "the Mission", "the Force": capitalised in resolutions when they mean this one.
    alternatives += [re.escape(g).replace(r"\ ", r"\s+") for g in generic]
    if generic:
        # The head of the mission the resolution is about speaks for it, and its observers
        # are it (UNMOP's resolutions say "the United Nations military observers").
        # Not the Special Representatives for a theme or another region ("… of the
        # Secretary-General on Sexual Violence in Conflict", "… for Children and Armed Conflict").
        alternatives.append(r"(?:the\s+)?Special\s+Representative(?:\s+of\s+the\s+Secretary[- ]General)?"
                            r"(?!\s+(?:of\s+the\s+Secretary[- ]General\s+)?(?:on|for)\s+(?:Children|Sexual|Violence|"
                            r"the\s+Great\s+Lakes|West\s+Africa|Central\s+Africa|the\s+Horn))|SRSG")
        alternatives.append(r"(?:the\s+)?United\s+Nations\s+(?:military\s+observers|civilian\s+police|police)")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    # Acronyms and generic references are matched as written, names in any case.
    case_kept = [f for f in forms if _is_acronym_form(f)] + list(generic)
    any_case = [f for f in forms if not _is_acronym_form(f)]
    needles = [_needle(f) for f in case_kept]
    folded = [_needle(f) for f in any_case]
    if None in needles or None in folded:
        return MentionPattern(pattern, None, ())
    if generic:
        needles += [*_SPECIAL_REPRESENTATIVE_NEEDLES, *_UN_PERSONNEL_NEEDLES]
    return MentionPattern(pattern, tuple(dict.fromkeys(needles)),
                          tuple(dict.fromkeys(n.lower() for n in folded)))


# An acronym-like token: r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Z0-9]*(?:\s[IVX]+)?(?![\w-])", with
# the lookbehind checked just after the first letter (the same test on the same character),
# so that the pattern opens with a character set and the engine skips to capital letters.
_TOKEN = re.compile(r"[A-Z](?<![\w-].)[A-Za-z]*[A-Z][A-Z0-9]*(?:\s[IVX]+)?(?![\w-])")


@functools.lru_cache(maxsize=8)
def _acronym_table(registry: Registry) -> dict[str, str]:
    """Every acronym-like form (acronyms and upper-case aliases) -> the mission's acronym."""
    table = {}
    for mission in registry:
        for form in (mission.acronym, *mission.aliases):
            if _TOKEN.fullmatch(form):
                table[form] = mission.acronym
    return table


def mission_counts(decision: Decision, registry: Registry) -> Counter[str]:
    """How often each mission's acronym (or alias) appears in the operative text and title."""
    table = _acronym_table(registry)
    counts: Counter[str] = Counter()
    text = "\n".join([decision.title or ""] + [p.text for p in decision.paragraphs
                                              if p.kind in (OPERATIVE, SUBHEADING) and p.parent_eid is None])
    for token in _TOKEN.findall(text):
        acronym = table.get(token)
        if acronym is not None:
            counts[acronym] += 1
    return counts


def generic_refs(mission: Mission, counts: Counter[str], registry: Registry) -> tuple[str, ...]:
    """The generic references that mean ``mission`` in this resolution: those of the most
    named mission that uses them (the one the resolution is about)."""
    refs = []
    for ref in mission.generic_refs:
        rivals = [(counts[m.acronym], m.acronym) for m in registry if ref in m.generic_refs
                  and counts[m.acronym]]
        if not rivals or max(rivals)[1] == mission.acronym or (
                counts[mission.acronym] and counts[mission.acronym] == max(rivals)[0]):
            refs.append(ref)
    return tuple(refs)


@dataclass(frozen=True)
class NamesWithTaskWords:
    """The missions' names that contain a task's words ("United Nations Truce Supervision
    Organization", "United Nations Disengagement Observer Force"): inside them the words
    name the mission, not a task."""

    pattern: re.Pattern[str]
    tasks: frozenset[str]     # the tasks whose words occur in those names

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.pattern.finditer(text)]


@functools.lru_cache(maxsize=8)
def names_with_task_words(registry: Registry) -> NamesWithTaskWords | None:
    found: dict[str, set[str]] = {}
    for mission in registry:
        for form in (*mission.names, *mission.aliases):
            tasks = {task for task, pattern in rules.TASK_PATTERNS.items() if pattern.search(form)}
            if tasks:
                found.setdefault(form, set()).update(tasks)
    if not found:
        return None
    pattern = re.compile("|".join(_form_pattern(f) for f in sorted(found, key=len, reverse=True)))
    return NamesWithTaskWords(pattern, frozenset(t for tasks in found.values() for t in tasks))


# --- attribution --------------------------------------------------------------------------

ACTOR, SUPPORT = "actor", "support"
ANAPHORA = re.compile(r"\b(?:in\s+this\s+(?:regard|respect|context)|to\s+(?:that|this)\s+end|"
                       r"(?:this|these|such)\s+(?:\w+\s+)?(?:efforts?|process|processes|measures|activities|"
                       r"tasks?|issues?|matters?|assistance|support|letters?|recommendations?|area))\b", re.I)


@dataclass(frozen=True)
class Reading:
    role: str            # ACTOR or SUPPORT
    strength: str        # FIRM / SOFT / NEUTRAL
    zone_start: int      # where the task words begin
    end: int


def names_other_actor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an addressee other than the mission: "the
    Government", "the parties", but not "the views of the Government"."""
    # The addressee comes first: look at the opening words only.
    for m in _OTHER_ACTOR.finditer(text, start, min(end, start + 60)):
        if not _OF_SOMEONE.search(text, max(start, m.start() - 40), m.start()):
            return True
    return False


def read_clause(text: str, clause: Clause, mention: MentionPattern,
                 intro: bool = False) -> Reading | None:
    """Whether a clause gives the mission something to do, and where its task words are."""
    if mention.search(text, clause.verb_end, clause.end) is None:
        if clause.strength in (FIRM, SOFT):
            pronoun = _PRONOUN.match(text, clause.verb_end, clause.end)
            if pronoun and _antecedent_is_mission(text, clause.start, mention):
                # "Supports MONUC's role in DDRRR …, encourages it to move quickly …"
                return Reading(ACTOR, clause.strength, pronoun.end() - 1, clause.end)
        return None
    start = clause.verb_end
    that = _THAT.match(text, start)
    if that:
        start = that.end()
        subject = start
        inf = _INFINITIVE.search(text, start, clause.end)
        if inf and _PURPOSE_FIRST.fullmatch(text, start, inf.start()):
            # "requests that in order to support this effort MINUSTAH make …": the subject
            # comes after the purpose.
            first = mention.search(text, inf.end(), clause.end)
            if first is not None:
                subject = first.start()
                inf = _INFINITIVE.search(text, subject, clause.end)
        stop = _SUBJECT_END.search(text, subject, clause.end)
        zone_end = min(x.start() for x in (stop, inf) if x) if (stop or inf) else clause.end
    else:
        inf = _INFINITIVE.search(text, start, clause.end)
        if inf and not text[start:inf.start()].strip(" ,"):
            # "Decides to authorize MINUSMA to …": the Council's own act comes first.
            start = inf.end() - 1
            while start < clause.end and text[start].isalpha():
                start += 1
            inf = _INFINITIVE.search(text, start, clause.end)
        zone_end = inf.start() if inf else clause.end
    for m in mention.finditer(text, start, zone_end):
        before = text[max(clause.start, m.start() - 60):m.start()]
        if _SUPPORTED_BY.search(before):
            if clause.strength == NEUTRAL:
                return None  # "Acknowledges the progress … with the assistance of MONUSCO"
            return Reading(SUPPORT, clause.strength, clause.verb_end, clause.end)
        if clause.strength in (FIRM, SOFT) and _ITS_WORK_OF.fullmatch(text, start, m.start()):
            # "Encourages the continued support of UNAMSIL for returning refugees",
            # "welcomes the coordinating role of UNTAET in this endeavour", "Decides that the
            # rule of law efforts of MINUJUSTH, including community violence reduction …".
            return Reading(ACTOR, clause.strength, start, clause.end)
        if clause.strength == NEUTRAL and _backs_role(text, clause, start, m):
            return Reading(ACTOR, FIRM, start, clause.end)
        if clause.strength == NEUTRAL and _IMPORTANCE_FOR.search(before):
            # "Reaffirms the importance for MINUJUSTH to take fully into account …"
            return Reading(ACTOR, SOFT, zone_end if zone_end < clause.end else m.end(), clause.end)
        if _NOT_ADDRESSEE.search(before):
            continue
        if not that and inf is None and _OF_IT.search(before) and not _MANDATE_OF.search(before):
            # No infinitive, no "that": "Endorses the benchmarks … of MINURCAT" names the
            # mission as an object, not as the one to act.
            continue
        if names_other_actor(text, start, m.start()) and not _CO_ADDRESSEE.search(before):
            # "Urges the Malian authorities, before the end of MINUSMA's mandate, to …"
            continue
        if clause.strength == NEUTRAL and not (that and _MODAL_AFTER.match(text, m.end())):
            # "Stresses that MONUC shall …" restates a task, "Stresses the need for MONUC to …"
            # asks for one; "Reaffirms MONUC's mandate" does neither.
            if _RESTATED_MANDATE.match(text, m.end()) or (
                    _MANDATE_OF.search(before) and _INFINITIVE_NEXT.match(text, m.end())):
                # "Recalls MONUSCO's mandate to monitor …", "Recalls the mandate of MONUSCO to …"
                restated = _INFINITIVE.search(text, m.end(), clause.end)
                return Reading(ACTOR, FIRM, restated.start() if restated else m.end(), clause.end)
            if intro and _MANDATE_WORD.search(text, clause.verb_end, clause.end):
                return Reading(ACTOR, FIRM, clause.end, clause.end)
            return None
        zone_start = zone_end if zone_end < clause.end else m.end()
        if that and _COMPOSITION.match(text, zone_start) and not _MANDATE_WORD.search(
                text, clause.verb_end, clause.end):
            # "Decides that UNAMSIL shall be expanded to 11,100 …, subject to progress in the
            # peace process": what the mission is, not what it is to do.
            return None
        if zone_start > m.end():
            # "requests UNMIS, …, with particular emphasis on the protection, release and
            # reintegration … of children …, to increase its support …": the emphasis is task words.
            emphasis = _EMPHASIS.search(text, m.end(), zone_start)
            if emphasis:
                zone_start = emphasis.start()
        if _HANDS_OVER.match(text, zone_start):
            # "Decides that MONUSCO … shall transfer … to the UNCT appropriate tasks …, including
            # technical election support and demining support": tasks it gives up.
            return None
        strength = clause.strength
        if strength == NEUTRAL:
            # "Stresses that MONUC shall …", "affirms that … UNAMSIL may take the necessary
            # action … to afford protection to civilians": the Council states what the mission
            # does (firm); "should" recommends (soft).
            modal = _MODAL_AFTER.match(text, m.end())
            strength = SOFT if modal and "should" in modal.group() else FIRM
        return Reading(ACTOR, strength, zone_start, clause.end)
    if intro and _MANDATE_WORD.search(text, clause.verb_end, clause.end) and not names_other_actor(
            text, clause.verb_end, zone_end):
        # A chapeau about the mission's mandate: "Authorizes the deployment within UNMEE of up
        # to 4,200 troops … with a mandate to:".
        for m in mention.finditer(text, clause.verb_end, clause.end):
            if not _SUPPORTED_BY.search(text[max(clause.start, m.start() - 60):m.start()]):
                return Reading(ACTOR, FIRM if clause.strength == NEUTRAL else clause.strength,
                                clause.end, clause.end)
    if clause.strength == NEUTRAL:
        for m in mention.finditer(text, zone_end, clause.end):
            if _NEED_TO.search(text, max(clause.start, m.start() - 60), m.start()) and _POSSESSIVE.match(
                    text, m.end()):
                # "emphasizes the need to intensify MONUC's public information efforts"
                return Reading(ACTOR, SOFT, m.end(), clause.end)
        return None
    # "… calls upon the Government, with the support of MINUSMA, to …" anywhere in the clause.
    for m in mention.finditer(text, clause.verb_end, clause.end):
        before = text[max(clause.start, m.start() - 60):m.start()]
        if _SUPPORTED_BY.search(before) or _SUPPORT_NOUN_AFTER.match(text, m.end()):
            return Reading(SUPPORT, clause.strength, clause.verb_end, clause.end)
        if _ENABLE_BEFORE.search(before) and _INFINITIVE_NEXT.match(text, m.end()):
            return Reading(ACTOR, clause.strength, m.end(), clause.end)
        if _BY_MISSION.search(before) and not _ABOUT_TASKS.search(before) and not names_other_actor(
                text, clause.verb_end, m.start()):
            return Reading(ACTOR, clause.strength, clause.verb_end, clause.end)
        if clause.strength == FIRM and (_STRENGTH_OF.search(before) or _STRENGTH_AFTER.match(text, m.end())):
            purpose = _PURPOSE.search(text, m.end(), clause.end)
            if purpose:
                return Reading(ACTOR, FIRM, purpose.start(), clause.end)
    return None


def _antecedent_is_mission(text: str, before: int, mention: MentionPattern) -> bool:
    """Whether the last actor named before ``before`` is the mission (so "it" means it)."""
    last_mission = -1
    for m in mention.finditer(text, 0, before):
        last_mission = m.start()
    if last_mission < 0:
        return False
    return _OTHER_ACTOR.search(text, last_mission + 1, before) is None


def _backs_role(text: str, clause: Clause, start: int, m: re.Match[str]) -> bool:
    """"Supports MONUC's role in …", "Expresses its strong support for the key role of the
    Special Representative in …": the Council backs what the mission does."""
    verb = text[clause.start:clause.verb_end].lower()
    if "supports" in verb:
        between = start
    elif "expresses" in verb:
        backs = _BACKS.match(text, start)
        if backs is None:
            return False
        between = backs.end()
    else:
        return False
    if _ITS_WORK_OF.fullmatch(text, between, m.start()):
        return True
    return not text[between:m.start()].strip() and bool(_ROLE_AFTER.match(text, m.end()))


def has_own_verb(text: str) -> bool:
    """Whether a list point is a sentence of its own, opening with one of the Council's verbs
    ("(a) Decides further that MINURCAT shall …", "(d) urges the FGS to …"): then it is read
    clause by clause like a paragraph, not under its list's chapeau."""
    clauses = split_clauses(text)
    return bool(clauses) and clauses[0].strength != ""


def antecedent(clauses: tuple[Clause, ...], index: int) -> Clause:
    """The words "in this regard" points back to from clause ``index``: the clause before it,
    and the Council's own statements just before that ("Reaffirms the importance of a gender
    perspective …, recalls the need to address violence against women …, and in this respect
    encourages MONUC to continue to actively address this issue")."""
    previous = clauses[index - 1]
    first = index - 1
    while first > 0 and clauses[first].strength == NEUTRAL and clauses[first - 1].strength in (NEUTRAL, ""):
        first -= 1
    if first == index - 1:
        return previous
    return Clause(clauses[first].start, previous.end, clauses[first].verb_end, previous.strength)


def point_reading(text: str, inherited: Reading | None, mention: MentionPattern) -> Reading | None:
    if inherited is not None:
        return Reading(inherited.role, inherited.strength, 0, len(text))
    for m in mention.finditer(text):
        if _SUPPORTED_BY.search(text[max(0, m.start() - 60):m.start()]):
            return Reading(SUPPORT, "", 0, len(text))
    return None


def is_encouraged(reading: Reading) -> bool:
    """Whether the Council only encourages here (PEMA's "Encouraged")."""
    return reading.strength in (SOFT, NEUTRAL)
