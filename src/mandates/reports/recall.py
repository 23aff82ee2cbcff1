"""Which words of a report tell of an earlier decision rather than the one the
report is about.

Reports recall earlier votes to set the current one in context: "the previous
renewal was adopted unanimously", "last year resolution 2703 (2023) passed
13-0, with Mozambique and Russia also abstaining", "the council had adopted
resolution 2736 (2024) in June", "l'an dernier, la résolution 2605 (2021)
avait été adoptée…", "en abril, el Consejo había aprobado…". A vote, a
ceiling or a date read there belongs to the earlier decision.

A sentence is cut into clauses (at semicolons, dashes, "while", "unlike",
", when", and around relative clauses "…, which had been established in
1978, …"); a clause is *recalled* when it holds a recall cue (a past time:
"last year", "two weeks ago", "the previous renewal", a pluperfect: "had
adopted", "avait été adoptée", "había aprobado") and no present one
("today", "on Friday"). A relative clause inherits the state of the clause
it hangs on ("last year's renewal, which passed unanimously"). For votes,
a clause is also recalled when it reports the adoption of a resolution the
report merely recalls ("when resolution 1357 (2001) was adopted
unanimously").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import ResolutionRef
from .resolution_text import OPERATIVE_LINE, PREAMBLE, RESOLUTION_STYLE, numbered_paragraph
from .sentences import Sentence

RECALL_CUES = re.compile(
    r"\blast\s+year\b|\blast\s+year['’]s\b"
    r"|\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|month)\b"
    r"|\ble\s+mois\s+dernier\b|\bel\s+mes\s+pasado\b|\bno\s+mês\s+passado\b|\b(?:im\s+)?(?:vergangenen|letzten)\s+Monat\b"
    r"|\b(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|after)\b"
    r"|\bthe\s+(?:day|week)\s+(?:before|after)\b"
    r"|\b(?:the|its|that|a)\s+(?:previous|prior|preceding|last|earlier|original|former)\s+(?:year['’]s\s+)?"
    r"(?:renewal|extension|resolution|vote|mandate|text|draft|rollover|decision|one)\b"
    r"(?=(?:[\s,]+[\w(),.-]+){0,6}?\s+(?:was|were|had|passed|received|won|got|drew|also|ran|expired)\b)"
    r"|\bpreviously\b|\blast\s+(?:renewed|extended|adopted|voted)\b"

    r"|\bhad\s+(?:also\s+|previously\s+|earlier\s+|already\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:adopted|approved|passed|voted|extended"
    r"|renewed|decided|decreased|increased|reduced|raised|lowered|authori[sz]ed|established|abstained|vetoed|set)\b"
    r"|\bl['’]an(?:née)?\s+derni[èe]re?\b|\bl['’]année\s+précédente\b|\bil\s+y\s+a\s+(?:un|une|deux|trois|\d+)\s+(?:ans?|mois|semaines?)\b"
    r"|\bavai(?:t|ent)\s+(?:été\s+)?(?:\w+ment\s+)?(?:adopt|approuv|prorog|vot|décid|abstenu|établi|réduit|autoris|défini"
    r"|fix|port|cré|augment)\w*"
    # "The Council established UNMIL by resolution 1509 (2003)": the first decision
    r"|\b(?:established|created|set\s+up)\s+(?:[\w-]+\s+){0,3}?(?:by|under|in)\s+(?:its\s+)?resolution\b"
    # "The council authorized it in July 2007", "created the force in 2004": the first decision
    r"|\b(?:authori[sz]ed|established|created|set\s+up|deployed|launched)\s+(?:it|them|the\s+\w+(?:\s+\w+)?)\s+in\s+"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b"
    r"|\bd?el\s+año\s+pasado\b|\bhace\s+(?:un|una|dos|tres|\d+)\s+(?:años?|mes(?:es)?|semanas?)\b"
    r"|\bhab[ií]a(?:n)?\s+(?:sido\s+)?(?:\w+mente\s+)?(?:aprobad|adoptad|prorrogad|votad|decidid|abstenid|establecid|reducid)\w*"
    r"|\b(?:précédente?|antérieure?|anterior)s?\b(?=(?:\s+[\w(),-]+){0,4}?\s+(?:a\s+été|avait|fut|fue|había|ha\s+sido)\b)"
    # Portuguese and German: "no ano passado", "há dois anos", "havia prorrogado"; "im vergangenen Jahr",
    # "vor einem Jahr", "hatte … reduziert", "war … gesenkt worden"
    r"|\bno\s+ano\s+passado\b|\bhá\s+(?:um|uma|dois|duas|três|\d+)\s+(?:anos?|meses|semanas?)\b"
    r"|\b(?:havia|tinha)m?\s+(?:sido\s+)?(?:\w+mente\s+)?\w+(?:ado|ada|ido|ida)s?\b"
    r"|\bim\s+(?:vergangenen|letzten|Vorjahr)\b|\bvor\s+(?:einem|einer|zwei|drei|\d+)\s+(?:Jahr|Monat|Woche)\w*\b"
    r"|\bhatten?\b(?=[^.;]{0,100}\b(?:ge\w+t|\w+iert|(?:be|er|ver|ent)\w+t|beschlossen|verlängert|angenommen|verabschiedet|eingerichtet"
    r"|abgelehnt|enthalten)\b)|\bwar(?:en)?\b[^.;]{0,80}\bworden\b|\bbisherige\w*\b|\bvorherige\w*\b"
    r"|\b(?:resolução|mandato|texto)\s+(?:inicial|anterior|original|precedente)\b|\b(?:ursprüngliche|frühere)\w*\s+(?:Resolution|Mandat|Text)",
    re.I)
# "after the coup last year": a time for an event the report recounts, not for a vote.
_EVENT_TIME = re.compile(r"\b(?:after|following|since|amid|despite|before|during|because\s+of|après|depuis|malgré|tras|después"
                         r"|desde|pese\s+a)\b(?:\s+[\w'’-]+){0,5}\s*$", re.I)


def recall_cue(words: str) -> bool:
    """Whether ``words`` (one clause) tell of an earlier decision."""
    for m in RECALL_CUES.finditer(words):
        if m.group().lower().startswith("last year") and _EVENT_TIME.search(words[:m.start()]):
            continue
        if re.search(r"(?:\bas\s+(?:most\s+recently\s+|originally\s+|initially\s+)?|[,(]\s*)$", words[:m.start()], re.I) \
                and re.match(r"(?:established|created|set\s+up)\b", m.group(), re.I):
            continue  # "extend the mandate of UNAMA, as established by resolution 1662 (2006), until …": a reference
        return True
    return False


# A speaker going back over history: "She recalled that on 24 December, in resolution 2132 (2013), …".
# Everything after it in the sentence is history.
_RECALLED_THAT = re.compile(r"\brecall(?:ed|s|ing)\s+that\b|\brappel(?:é|le|ant)\s+que\b|\brecord(?:ó|aron|ando)\s+que\b"
                            r"|\blembr(?:ou|aram)\s+que\b|\berinnerte(?:n)?\s+daran\b", re.I)
_PRESENT = re.compile(r"\btoday\b|\btonight\b|\bthis\s+week\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                      r"|\baujourd['’]hui\b|\bhoy\b|\bce\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
                      r"|\beste\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\b"
                      r"|\bhoje\b|\bnest[ae]\s+\w+(?:-feira)?\b|\bheute\b|\bam\s+(?:Montag|Dienstag|Mittwoch|Donnerstag"
                      r"|Freitag|Samstag|Sonntag)\b", re.I)
_BOUNDARY = re.compile(r";|\s[—–]\s|\s-\s|,\s+(?=(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+after\b)"
                       r"|,?\s+(?:while|whereas|although|though|unlike|tandis\s+que|alors\s+que"
                       r"|mientras\s+que|a\s+diferencia\s+de|enquanto|embora|ao\s+contrário\s+d[oa]|während|obwohl|anders\s+als)\b"
                       r"|,\s+(?:but|and|as|like|just\s+as|mais|et|comme|pero|y|como|mas|e|aber|und|wie)\b"
                       # "…, the same levels set a year ago": an appositive about the earlier decision
                       r"|,\s+(?:the|os|as|o|a|les|los|las|die|den)\s+(?:same|mesm[oa]s?|mêmes?|mism[oa]s?|gleichen|selben)\b", re.I)
# Clauses that hang on the one before: relative clauses, and "…, when the text was adopted unanimously".
_RELATIVE = re.compile(r",\s+(?:which|who|whose|when|qui|dont|lequel|laquelle|lorsque|quand|cuyo|cuya|el\s+cual|la\s+cual"
                       r"|que|cuando|adopted|passed|approved|adoptée?|aprobad[oa]|quando|o\s+qual|a\s+qual|cuj[oa]|aprovad[oa]"
                       r"|der|die|das|welche[rs]?|als|wobei)\b[^,;]*(?:,\s+(?:with|avec|con)\b[^,;]*)?", re.I)
_ADOPTED_AFTER = re.compile(r"\s*,?\s*(?:which\s+|that\s+|qui\s+|que\s+)?(?:was|were|had\s+been|has\s+been|is|a\s+été|avait\s+été"
                            r"|fue|había\s+sido)?\s*(?:\w+(?:ly|ment|mente)\s+)?(?:adopted|passed|approved|voted|adoptée?|approuvée?"
                            r"|aprobad[oa]|adoptad[oa])\b", re.I)
_ADOPTED_BEFORE = re.compile(r"\b(?:adopt(?:ed|ing)|pass(?:ed|ing)|approv(?:ed|ing)|adopté|adoptant|aprob(?:ó|ando|ado))\s+"
                             r"(?:its\s+|la\s+|sa\s+|su\s+)?$", re.I)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    recalled: bool        # tells of an earlier decision (by its words)
    recalled_vote: bool   # reports the vote on an earlier, recalled resolution


def _segments(text: str, s: Sentence) -> list[tuple[int, int, bool]]:
    """(start, end, is_relative) pieces of a sentence, in order."""
    cuts = {s.start, s.end}
    relatives = []
    for m in _RELATIVE.finditer(text, s.start, s.end):
        cuts.update((m.start(), m.end()))
        relatives.append((m.start(), m.end()))
    for m in _BOUNDARY.finditer(text, s.start, s.end):
        cuts.add(m.start())
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        if text[a:b].strip(" ,;"):
            out.append((a, b, any(ra <= a and b <= rb for ra, rb in relatives)))
    return out


_LED_BY = re.compile(r"\s*(?:(?:By|In|Under|Through|With|Par|Dans|En|Por|Con|Mediante)\s+(?:its\s+|sa\s+|su\s+|la\s+)?)?$")


def _preamble_lines(text: str, s: Sentence) -> int | None:
    """Where a sentence that opens with preambular paragraphs stops being
    preamble (the sentence's end when it never does); None when it does not
    open with one."""
    if not PREAMBLE.match(text, s.start + len(s.text) - len(s.text.lstrip())):
        return None
    if numbered_paragraph(text, s.start):
        return None  # "27. Taking into account the recommendations …, decides that …": a numbered, operative paragraph
    position = s.start
    for line in re.finditer(r"[^\n]+", text[s.start:s.end]):
        start = s.start + line.start()
        if start > s.start and OPERATIVE_LINE.match(text, start + len(line.group()) - len(line.group().lstrip())):
            return start
        position = s.start + line.end()
    return max(position, s.end)


def clauses(text: str, sentences: list[Sentence], refs: list[ResolutionRef]) -> list[Clause]:
    out: list[Clause] = []
    resolution_style = bool(RESOLUTION_STYLE.search(text))
    for s in sentences:
        cut = _preamble_lines(text, s) if resolution_style else None
        if cut is not None:
            out.append(Clause(s.start, cut, True, True))
            if cut < s.end:
                out.append(Clause(cut, s.end, False, False))
            continue
        lead = next((r for r in refs if s.start <= r.span.start < s.start + 40), None)
        if lead is not None and not lead.subject and lead.draft_symbol is None and \
                _LED_BY.fullmatch(text, s.start, lead.span.start):
            # "By resolution 1537 (2004) of 30 March 2004, the Council decided …": all of it is that decision's
            out.append(Clause(s.start, s.end, True, True))
            continue
        if not recall_cue(text[s.start:s.end]) and not _RECALLED_THAT.search(text, s.start, s.end) and not any(
                not r.subject and s.start <= r.span.start < s.end for r in refs):
            out.append(Clause(s.start, s.end, False, False))
            continue
        attached = False
        names_recalled = False  # the clause a relative clause hangs on names only recalled resolutions
        history = _RECALLED_THAT.search(text, s.start, s.end)
        for a, b, relative in _segments(text, s):
            words = text[a:b]
            cue = recall_cue(words) and not _PRESENT.search(words) or (history is not None and a >= history.start())
            recalled = cue or (relative and (attached or names_recalled))
            inside = [r for r in refs if a <= r.span.start < b]
            vote = recalled or (not any(r.subject for r in inside) and any(
                not r.subject and r.draft_symbol is None and (_ADOPTED_AFTER.match(text, r.span.end, b)
                                                               or _ADOPTED_BEFORE.search(text[max(a, r.span.start - 30):r.span.start]))
                for r in inside))
            # "… resolution 2626, which was adopted in March 2022 by 14 votes in favour": the relative
            # clause tells the recalled resolution's vote.
            vote = vote or (relative and names_recalled and bool(_ADOPTED_AFTER.match(text, a, b)))
            out.append(Clause(a, b, recalled, vote))
            if not relative:
                attached = recalled
                names_recalled = bool(inside) and not any(r.subject for r in inside)
    return out


class Recall:
    """Look-ups into a report's clauses by character offset."""

    def __init__(self, clauses_: list[Clause]):
        self.clauses = clauses_

    def _at(self, offset: int) -> Clause | None:
        for c in self.clauses:
            if c.start <= offset < c.end:
                return c
        return None

    def recalled(self, offset: int) -> bool:
        c = self._at(offset)
        return bool(c and c.recalled)

    def vote_runs(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The stretches of a sentence that may tell of the current vote:
        consecutive clauses not about an earlier one."""
        runs: list[tuple[int, int]] = []
        for c in self.clauses:
            if c.end <= sentence.start or c.start >= sentence.end:
                continue
            if c.recalled_vote:
                continue
            if runs and runs[-1][1] == c.start:
                runs[-1] = (runs[-1][0], c.end)
            else:
                runs.append((c.start, c.end))
        return runs
