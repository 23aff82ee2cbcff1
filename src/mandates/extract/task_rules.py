"""Reading a clause's task words: which of PEMA's 41 tasks they name, and how.

The phrases that name each task are in ``task_words``; this module compiles them, keeps
the guards that stop a phrase from counting (the mission's own staff, a document the
mission works under, a time rather than a task), and the verbs that
say how a mission is to carry a task out: the Council says what the mission does about
it with a small set of verbs ("to monitor", "to support", "to protect"). ``task_actors``
decides *whose* task a phrase is; this module only says *which* task and *how*.

``classify`` reads one clause's task words: each task's phrases (tried only
when one of its TRIGGERS words occurs, which keeps 41 patterns cheap), and for
each hit the nearest "how" verb before it. Every pattern is compiled once at
import.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .fast_regex import prefix_guarded, word_alternation
from .task_words import ASSIST, ENCOURAGED, MONITOR, RULES, SECURE, TASKS, TRIGGERS

__all__ = ["TASKS", "TRIGGERS", "MONITOR", "ASSIST", "SECURE", "ENCOURAGED", "READ_ELSEWHERE", "TASK_PATTERNS",
           "TaskHit", "classify", "modality_at", "plain_hyphens"]

# Keys whose reading belongs to another extractor: the Council's authorization to
# use force ("all necessary means") is a provision of its own ("authorize_force",
# provisions.py) that qualifies the tasks it covers, not a task beside them.
READ_ELSEWHERE = frozenset({"UseOfForce"})

# A phrase that mentions a task's words without giving the task: the mission's
# own staff, its own conduct, or the name of a thing.
NOT_A_TASK = re.compile(
    r"sexual\s+exploitation\s+and\s+abuse|zero[- ]tolerance|"
    r"(?:its|the\s+Mission['’]s|their)\s+own\s+(?:personnel|staff|nationals|contingents)|"
    r"status[- ]of[- ]forces\s+agreement|up\s+to\s+[\d,.]+\s+(?:\w+\s+)?police\b|"
    # The mission's own sections and staff: "humanitarian affairs personnel", "its military,
    # police and civilian components".
    r"\baffairs\s+(?:personnel|officers|staff|sections?)\b|"
    r"\bmilitary,?\s+police\s+and\s+civilian\s+components\b", re.I)

_by_word: dict[str, list[str]] = {}
for _task, _words in TRIGGERS.items():
    for _word in _words:
        _by_word.setdefault(_word, []).append(_task)
TRIGGER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple((w, tuple(t)) for w, t in _by_word.items())
# Which trigger words a text holds, in one pass: at every position (a lookahead, so that words
# inside or across others are seen too) the trie gives the longest trigger word that starts
# there; the words that occur are exactly those and the trigger words they start with.
_TRIGGER_AT = re.compile("(?=(" + word_alternation(_by_word) + "))")
_TRIGGER_INDEX = {word: i for i, (word, _) in enumerate(TRIGGER_WORDS)}
_STARTS_WITH: dict[str, frozenset[str]] = {
    longer: frozenset(w for w in _by_word if longer.startswith(w)) for longer in _by_word}

# One compiled pattern per task (its phrases as alternatives, each in a named
# group so a match knows its fixed modality, if any). Case is ignored except in
# acronyms, which are marked (?-i:...).
# Words without which NOT_A_TASK cannot match (a cheap test before the regex).
NOT_A_TASK_WORDS = ("exploitation and abuse", "tolerance", " own ", "status", "police", "affairs ")

TASK_PATTERNS: dict[str, re.Pattern[str]] = {}
FIXED_MODALITY: dict[tuple[str, str], str] = {}
for _task, _rules in RULES.items():
    _parts = []
    for _index, (_pattern, _fixed) in enumerate(_rules):
        _parts.append(f"(?P<r{_index}>{_pattern})")
        if _fixed:
            FIXED_MODALITY[(_task, f"r{_index}")] = _fixed
    # Behind a guard on how its phrases can begin (fast_regex): the same matches, found
    # several times faster.
    TASK_PATTERNS[_task] = prefix_guarded(re.compile("|".join(_parts), re.I))
assert set(TASK_PATTERNS) == set(TASKS) == set(TRIGGERS)

# --- how: the verbs of each modality -----------------------------------------------

_MODALITY_WORDS: list[tuple[str, str]] = [
    (MONITOR, r"monitor(?:s|ing|ed)?|observ(?:e|es|ing|ation)|verif(?:y|ies|ying|ication)|"
              r"investigat(?:e|es|ing|ion|ions)|report(?:ing)?\s+(?:on|to)|document(?:ing)?|"
              r"supervis(?:e|ing|ion)|inspect(?:ion|ions)?|keep\s+under\s+review|track|"
              r"early\s+warning|situational\s+awareness|mapping"),
    (SECURE, r"(?<!promote\sand\s)(?<!promotion\sand\s)(?<!promoting\sand\s)protect(?:s|ing|ion)?|"
             r"(?:ensure|ensuring|maintain\w*|provide|providing)\s+(?:the\s+)?(?:security|safety|"
             r"a\s+secure)|secur(?:e|ing)|deter(?:s|ring|rence)?|patrol(?:s|ling)?|"
             r"prevent(?:s|ing|ion)?|escort\w*|safe(?:ty|guard\w*)|neutrali[sz]\w*|"
             r"respond(?:ing)?\s+to\s+(?:\w+\s+){0,2}threats|"
             r"secure\s+environment|all\s+necessary\s+(?:means|action|measures)|necessary\s+action|"
             r"robust|proactive\s+deployment|use\s+of\s+force"),
    (ASSIST, r"support(?:s|ing|ed)?|assist(?:s|ing|ance)?|advis(?:e|es|ing|ory)|advice|"
             r"help(?:s|ing)?|facilitat(?:e|es|ing|ion)|good\s+offices|coordinat(?:e|es|ing|ion)|"
             r"train(?:s|ing)?|mentor(?:s|ing)?|capacity|build(?:s|ing)?|promot(?:e|es|ing|ion)|"
             r"contribut(?:e|es|ing|ion)|provi(?:de|des|ding|sion)|develop(?:s|ing|ment)?|"
             r"strengthen(?:s|ing)?|work(?:s|ing)?\s+(?:with|closely)|cooperat(?:e|es|ing|ion)|"
             r"liaise|liaison|expertise|technical|logistic(?:s|al)?|implement(?:s|ing|ation)?|"
             r"encourag(?:e|ing)|mediat(?:e|es|ing|ion)|engag(?:e|es|ing)|lead|reform|"
             r"restor(?:e|ing|ation)|re-?establish\w*|extend|consolidat\w+|organi[sz]\w+|"
             r"conduct|establish\w*|deploy\w*|address|enhanc\w+|maintain\w*|rebuild\w*|"
             r"reintegrat\w*|disarm\w*|demobili[sz]\w*|collect\w*|destroy\w*|clear\w*|"
             r"dispos\w+|register\w*|manag\w+"),
]
MODALITY_WORD = prefix_guarded(re.compile(
    "|".join(rf"(?P<{name}>\b(?:{words})\b)" for name, words in _MODALITY_WORDS), re.I))

# Nouns a heading uses for the three ways ("Protection of civilians", "Support for
# humanitarian assistance", "Monitoring and investigation of human rights").
HEADING_MODALITY = re.compile(
    rf"(?P<{MONITOR}>\bmonitoring\b|\bobservation\b|\bverification\b)|"
    rf"(?P<{SECURE}>\bprotection\b|\bsecurity\b)|"
    rf"(?P<{ASSIST}>\bsupport\b|\bassistance\b|\bpromotion\b)", re.I)

# --- priority --------------------------------------------------------------------------

PRIORITY = prefix_guarded(re.compile(
    r"\bas\s+(?:a|its|a\s+matter\s+of)\s+(?:top\s+|first\s+|highest\s+|utmost\s+)?priority\b|"
    r"\bstrategic\s+priorit(?:y|ies)\b|\bpriority\s+tasks?\b|\btop\s+priority\b|"
    r"\b(?:give|giving|accord|according)\s+(?:top\s+|the\s+highest\s+|high\s+)?priority\b|"
    r"\bprioriti[sz](?:e|ing|ation)\b|\bin\s+priority\b|\bpriorities\s+of\s+the\s+mandate\b",
    re.I))
# Lists of tasks that are explicitly not the priority ones.
NOT_PRIORITY = re.compile(r"\bother\s+tasks\b|\bsecondary\s+tasks\b|\bsupporting\s+tasks\b", re.I)


# --- reading a clause's task words ---------------------------------------------------

# A task's words that name a document the mission works *under*, not a task it is given:
# "in fulfilment of its commitments under the Abuja Ceasefire Agreement", "consistent with
# the Constitution", "in line with the relevant legislation on …". (Working *on* the document
# — "monitor the implementation of the Ceasefire Agreement" — is the task.)
_DOCUMENT_AHEAD = re.compile(r"[^;,:()]{0,40}?\b(?:Agreements?|Accords?|Constitution|constitution|legislation|"
                             r"Charter|Protocol)\b")
_UNDER_DOCUMENT = re.compile(
    r"(?:\bin\s+(?:accordance|line|conformity|compliance|keeping)\s+with|\bconsistent\s+with|\bpursuant\s+to|"
    r"\bunder|\brespect\s+for)\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and\s+(?:the\s+)?)?){0,4}$", re.I)


_DOCUMENT_WORDS = ("agreement", "accord", "constitution", "legislation", "charter", "protocol")


def _cited_document(text: str, m: re.Match[str], start: int) -> bool:
    if _DOCUMENT_AHEAD.match(text, m.start()) is None:
        return False
    return _UNDER_DOCUMENT.search(text, max(start, m.start() - 70), m.start()) is not None


# The fields the mission's own staff cover: "appropriate civilian support staff in the areas,
# inter alia, of human rights, humanitarian affairs, public information, child protection".
_STAFF_AREAS = re.compile(r"\b(?:staff|personnel|officers|specialists)\s+in\s+the\s+(?:areas|fields)\b[^;:]*", re.I)

# Words before a task's phrase that make it something other than the task:
# "during the electoral period", "before, during and after elections" say when, not that the
# mission assists the elections (the security around them is ElectSec).
NOT_THIS_TASK: dict[str, re.Pattern[str]] = {
    "ElectAssist": re.compile(r"\b(?:during|before|after|throughout|ahead\s+of|run-up\s+to|in\s+the\s+context\s+of|"
                              r"in\s+the\s+lead-up\s+to)\s+(?:the\s+)?(?:\w+\s+)?$", re.I),
}


# Typographic hyphens read as "-" ("non‑governmental" with U+2011).
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
_ODD_HYPHEN = re.compile("[\u2010-\u2013]")


@functools.lru_cache(maxsize=1024)  # asked again for each clause and mission
def plain_hyphens(text: str) -> str:
    """``text`` with typographic hyphens as "-" (same length, so offsets stay valid)."""
    return text.translate(_HYPHENS) if _ODD_HYPHEN.search(text) else text


@dataclass(frozen=True)
class TaskHit:
    """A task named in a text; ``start``/``end`` span the words that name it."""

    task: str
    modality: str
    start: int
    end: int


def modality_at(text: str, start: int, end: int, zone_start: int, heading: bool,
                 marks: list[tuple[int, str]] | None = None) -> str:
    """The nearest "how" word before the task words (or inside them), else just after.

    ``marks`` are the (position, modality) of every "how" word from ``zone_start`` on,
    when the caller has them already."""
    if marks is None:
        marks = [(m.start(), m.lastgroup) for m in MODALITY_WORD.finditer(text, zone_start, end)]
    at = bisect.bisect_left(marks, (end,))
    if at:
        return marks[at - 1][1]
    if heading:
        m = HEADING_MODALITY.search(text, zone_start)
        if m:
            return m.lastgroup
    if at < len(marks) and marks[at][0] < end + 60:
        return marks[at][1]
    m = MODALITY_WORD.search(text, end, min(len(text), end + 60))
    return m.lastgroup if m else ASSIST


@functools.lru_cache(maxsize=1024)
def _modality_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, modality) of every "how" word in ``text``, read once per paragraph."""
    return tuple((m.start(), m.end(), m.lastgroup) for m in MODALITY_WORD.finditer(text))


@functools.lru_cache(maxsize=4096)
def _trigger_words_in(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The trigger words that occur anywhere in ``text`` (a paragraph is read clause by clause,
    so this is worked out once per paragraph, not once per clause)."""
    present: set[str] = set()
    for longest in set(_TRIGGER_AT.findall(text.lower())):
        present |= _STARTS_WITH[longest]
    return tuple(TRIGGER_WORDS[i] for i in sorted(_TRIGGER_INDEX[word] for word in present))


def classify(text: str, start: int = 0, end: int | None = None, *, encouraged: bool = False,
             heading: bool = False) -> list[TaskHit]:
    """Every task named in ``text[start:end]``, one hit per task and modality (the first).

    ``encouraged`` marks words the Council only encourages; ``heading`` a list
    heading ("Protection of civilians"), whose modality comes from its nouns.
    """
    end = len(text) if end is None else end
    # A resolution about several missions reads the same words once per mission.
    return list(_classify(text, start, end, encouraged, heading))


@functools.lru_cache(maxsize=1024)
def _classify(text: str, start: int, end: int, encouraged: bool, heading: bool) -> tuple[TaskHit, ...]:
    text = plain_hyphens(text)
    lowered = text[start:end].lower()
    hits: dict[tuple[str, str], TaskHit] = {}
    marks: list[tuple[int, str]] | None = None
    words: tuple[tuple[int, int, str], ...] | None = None
    ends: list[int] = []
    # The first trigger word of each task: no match of its patterns ends before it, and none
    # starts more than a phrase (160 characters) ahead of it.
    first: dict[str, int] = {}
    for word, tasks in _trigger_words_in(text):
        at = lowered.find(word)
        if at != -1:
            for task in tasks:
                if at < first.get(task, len(lowered)):
                    first[task] = at
    guarded = any(word in lowered for word in NOT_A_TASK_WORDS)
    staffing: list[tuple[int, int]] | None = None
    documents = any(word in lowered for word in _DOCUMENT_WORDS)
    # (The order of the tasks does not matter: the hits are sorted by place and task.)
    for task, at in first.items():
        for m in TASK_PATTERNS[task].finditer(text, max(start, start + at - 160), end):
            if guarded and NOT_A_TASK.search(text, max(start, m.start() - 40), min(end, m.end() + 40)):
                continue
            if " and to " in m.group():
                continue  # a window that runs into the next task ("elections and to protect …")
            if documents and _cited_document(text, m, start):
                continue
            if staffing is None:
                staffing = [(s.start(), s.end()) for s in _STAFF_AREAS.finditer(text, start, end)] \
                    if ("areas" in lowered or "fields" in lowered) else []
            if staffing and any(a <= m.start() < b for a, b in staffing):
                continue
            if task in NOT_THIS_TASK and NOT_THIS_TASK[task].search(text, max(start, m.start() - 50), m.start()):
                continue
            if encouraged:
                modality = ENCOURAGED
            else:
                modality = FIXED_MODALITY.get((task, m.lastgroup or ""))
                if modality is None:
                    # The governing verb is nearly always close: look 150 characters back first.
                    near = max(start, m.start() - 150)
                    if words is None:
                        words = _modality_words(text)
                        ends = [w[1] for w in words]
                    at = bisect.bisect_right(ends, m.end()) - 1
                    if at >= 0 and words[at][0] >= near:
                        modality = words[at][2]
                    else:
                        if marks is None:
                            marks = [(a, name) for a, b, name in words if a >= start and b <= end]
                        modality = modality_at(text, m.start(), m.end(), start, heading, marks)
            hits.setdefault((task, modality), TaskHit(task, modality, m.start(), m.end()))
    return tuple(sorted(hits.values(), key=lambda h: (h.start, h.task)))
