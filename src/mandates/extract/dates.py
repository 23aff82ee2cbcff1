"""Temporal expressions as the Council, its press releases and the news write them.

A small grammar of regular expressions plus a little logic, no third-party
date parser: the phrasings are few and regular, and we need what general
parsers do not give — a precision, spans, qualifiers ("until", "by", "as of"),
periods ("for a period of 12 months") and a refusal to guess.

Rules worth knowing (each is a decision, so it is written down):

* A value is an interval with a precision. "June 2023" is the whole month;
  "mid-June 2023" is the 11th to the 20th (``mid-month``); "end of June 2021"
  is the 21st to the 30th (``end-of-month``) and "end of 2023" is December
  (``end-of-year``). ``to_iso`` renders the two "end of" precisions as their
  last day, because that is how the Council uses them ("by the end of 2023"
  is a deadline of 31 December 2023). "early"/"late" keep the whole month or
  year: the text gives no day, so we invent none.
* A missing year comes from, in order: a neighbouring date in the same
  phrase ("from 1 July to 31 December 2024"), the anchor, ``context_year``.
  With an anchor, a day-and-month takes the anchor's year (the next year
  after a forward-looking "until"/"by"/"from" when the day is already past),
  and so does "end of November", which names a day; a bare month ("in
  September", "mid-August") is the most recent such month on or before the
  anchor (reports narrate), or the next one after a forward-looking
  qualifier ("by July").
* A day and month with no year (and no forward qualifier) is in the
  anchor's year unless that puts it more than eight months after the anchor
  (a story published on 3 January about "Dec. 21" tells of the December
  before) or, against an *event* anchor, more than eight months before it.
  When the text names the weekday too ("Sunday, Dec. 3"), the year is the
  one, nearest the anchor or context year, in which that day falls on that
  weekday.
* Weekdays, "today", "last year" need an anchor. ``anchor_kind`` says what
  the anchor is. A *publication* date (the default): "Friday" is the most
  recent Friday on or before it (reports tell the past), "yesterday" is the
  day before. An *event* date (the adoption the report describes, when the
  publication date is unknown; see DESIGN "Time"): the report was written on
  that day or the next, so "today" and "yesterday" are the event's day and
  a weekday is the nearest such day (within three days either way).
  "next Friday"/"last Friday" are always strictly after/before.
* Durations follow the Council's convention: a period of N months from a
  start ends the day before the same date N months later (see
  ``resolve_period``).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from .fast_regex import prefix_guarded
from .fast_regex import word_alternation as _alternation


class Precision:
    """How much of a date the text gives. Values are plain strings."""

    DAY = "day"
    MONTH = "month"
    MID_MONTH = "mid-month"
    END_OF_MONTH = "end-of-month"  # "end of June 2021": 21st to last day
    QUARTER = "quarter"
    YEAR = "year"
    END_OF_YEAR = "end-of-year"
    OPEN = "open"  # open-ended, or until an event ("until its final departure")
    UNKNOWN = "unknown"
    ALL = (DAY, MONTH, MID_MONTH, END_OF_MONTH, QUARTER, YEAR, END_OF_YEAR, OPEN, UNKNOWN)


KINDS = ("date", "until", "by", "as_of", "from", "on", "period", "within", "every",
         "relative", "event")
UNITS = ("day", "week", "month", "year")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class DateValue:
    """An interval of days and how precisely the text fixes it."""

    start: date | None
    end: date | None
    precision: str

    @classmethod
    def of_day(cls, day: date) -> DateValue:
        return cls(day, day, Precision.DAY)

    @classmethod
    def of_month(cls, year: int, month: int) -> DateValue:
        return cls(date(year, month, 1), _month_end(year, month), Precision.MONTH)

    @classmethod
    def of_year(cls, year: int) -> DateValue:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


@dataclass(frozen=True)
class Period:
    """An amount of time: a duration ("for 12 months"), a recurrence ("every
    90 days") or a deadline counted from a start ("within 90 days")."""

    amount: int
    unit: str  # one of UNITS
    kind: str  # "duration" | "recurring" | "deadline"


@dataclass(frozen=True)
class TemporalExpression:
    """One expression found in a text; ``text == source[start:end]``.

    ``value`` is None when the expression cannot be resolved (a weekday with
    no anchor) or is not a point in time (a duration). ``anchor_used`` says
    what supplied what the text did not: "anchor", "context_year" or
    "neighbour" (another date in the same phrase); None when the text alone
    fixes the value.
    """

    text: str
    start: int
    end: int
    kind: str
    value: DateValue | None
    qualifier: str | None
    period: Period | None
    anchor_used: str | None


# --- vocabulary -----------------------------------------------------------

_ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december"]
_MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(_ENGLISH_MONTHS)}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
# Some reports are in French, Spanish, Portuguese or German; their month
# names only ever matter next to a day or a year.
for _names in ("janvier février mars avril mai juin juillet août septembre octobre novembre "
               "décembre",
               "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
               "diciembre",
               "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
               "dezembro",
               "januar februar märz april mai juni juli august september oktober november "
               "dezember"):
    for _number, _name in enumerate(_names.split(), start=1):
        _MONTHS.setdefault(_name, _number)
_MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12, "marz": 3})  # accents dropped
# Datelines abbreviate ("NACIONES UNIDAS, 30 abr", "31 oct"): Spanish and French forms
# ("ago" is left out: it is an English word).
_FOREIGN_ABBREVIATIONS = {"ene": 1, "abr": 4, "dic": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
                          "fev": 2, "dez": 12, "okt": 10}  # not "set", "out": English words
_MONTHS.update(_FOREIGN_ABBREVIATIONS)
_WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# French and Spanish reports ("vendredi", "este miércoles").
# Portuguese weekdays need their "-feira": "segunda" alone is "second".
for _names in ("lundi mardi mercredi jeudi vendredi samedi dimanche",
               "lunes martes miércoles jueves viernes sábado domingo",
               "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
               "montag dienstag mittwoch donnerstag freitag samstag sonntag"):
    for _number, _name in enumerate(_names.split()):
        _WEEKDAYS.setdefault(_name, _number)
_WEEKDAYS.update({"miercoles": 2, "sabado": 5, "terca-feira": 1, "sonnabend": 5})

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_VALUES = {**_NUMBER_WORDS, **_TENS, "a": 1, "an": 1}


def number_value(words: str) -> int | None:
    """'12' -> 12, 'twelve' -> 12, 'twenty-four' -> 24, 'a' -> 1."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    parts = [_NUMBER_VALUES.get(part) for part in re.split(r"[-\s]+", words)]
    return None if None in parts else sum(parts)


_UNIT_WORDS = _alternation(list(_NUMBER_WORDS))
_NUM = rf"\d{{1,3}}|(?:{_alternation(_TENS)})(?:[-\s](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}"
_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec"}
# An abbreviation may carry its full stop ("Dec."); a full name never takes
# the sentence's.
_MONTH = (rf"(?:(?:{_alternation(set(_MONTHS) - _ABBREVIATIONS)})(?![^\W\d_])"
          rf"|(?:{_alternation(_ABBREVIATIONS | set(_FOREIGN_ABBREVIATIONS))})(?:\.|(?![^\W\d_])))")
_WEEKDAY = rf"(?:{_alternation(_WEEKDAYS)})\b"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er)?(?!\d)"
_DAY_DOT = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.(?=\s))?(?!\d)"  # German "30. Juni"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_UNIT = r"(?P<{0}>day|week|month|year)s?\b"


def _mod(prefix: str) -> str:
    """A modifier before a month, year or relative period ("mid-", "end of", "fin", "a finales de")."""
    return (rf"(?P<{prefix}_mod>early|earlier|late|later|mid|(?:the\s+)?middle\s+of"
            rf"|(?:the\s+)?(?:end|close|beginning|start)\s+of"
            rf"|(?:(?:à\s+)?la\s+|au\s+)?(?:fin|début|mi)(?:\s+de|\s+d['’])?"
            rf"|(?:a\s+)?(?:finales|principios|mediados|fines|comienzos)\s+de"
            rf"|(?:(?:n?o|ao?|à)\s+)?(?:final|fim|in[íi]cio|meados)\s+d[eoa]"
            rf"|(?-i:Ende|Mitte|Anfang))(?:\s*-\s*|\s+)")


# What each qualifier word means: (kind, qualifier). "in"/"during" belong to
# the expression ("in June") but qualify nothing.
_QUALIFIERS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(["until", "till", "through", "to", "up to", "jusqu'au", "jusqu'à",
                     "jusqu’au", "jusqu’à", "hasta", "hasta el", "bis", "bis zum", "até"],
                    ("until", "until")),
    "by": ("by", "by"), "no later than": ("by", "no later than"),
    "not later than": ("by", "no later than"),
    **dict.fromkeys(["d'ici au", "d’ici au", "d'ici le", "d’ici le", "d'ici à", "d’ici à",
                     "au plus tard le", "a más tardar el", "antes del"], ("by", "by")),
    "as of": ("as_of", "as of"), "as at": ("as_of", "as of"),
    **dict.fromkeys(["from", "as from", "with effect from", "effective", "starting",
                     "beginning", "since", "à compter du", "à compter de", "à partir du",
                     "a partir de", "a partir del", "desde el", "ab"], ("from", "from")),
    "on": ("on", "on"), "in": ("date", None), "during": ("date", None),
}
_FORWARD = {"until", "by", "from", "as_of"}  # kinds that look ahead, except "since"

# Attributive dates ("according to the February 2020 report") are not
# deadlines, hence no "to" before "the".
_QUAL = (r"(?:(?P<qual>for\s+an?\s+(?:(?:final|further|last|new|additional|initial)\s+)?"
         r"period\s+(?:until|till|to|ending(?:\s+on)?)|(?!to\s+the\b)"
         + _alternation(_QUALIFIERS).replace(r"\ ", r"\s+") + r")\s+)?")

_CORES = [
    # 2019-03-23/2019-03-24 (the ISO interval to_iso writes for a day range)
    r"(?P<ir_a>\d{4}-\d\d-\d\d)/(?P<ir_b>\d{4}-\d\d-\d\d)\b",
    r"(?P<iso_y>\d{4})-(?P<iso_m>\d\d)(?:-(?P<iso_d>\d\d))?(?![\d-])",
    r"(?P<cmp>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\b",
    # 02-01-2026, 25/12/2023, and "02-25 1999"
    rf"(?P<nd_a>\d{{1,2}})(?P<nd_sep>[-/.])(?P<nd_b>\d{{1,2}})(?:(?P=nd_sep)|\s+)(?P<nd_y>{_YEAR})",
    # [Thursday] [the] 30[th] [to 31] [of] June[,] [2023 | next year]
    rf"(?:(?P<dm_wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dm_d>{_DAY_DOT})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<dm_d2>{_DAY}))?(?:\s+of|\s+de)?\s+(?P<dm_m>{_MONTH})"
    rf"(?:,?\s*(?:of\s+|de\s+)?(?P<dm_y>{_YEAR})|\s+(?:of\s+)?(?:the\s+)?(?P<dm_rel>(?:next|this|last|following)\s+year\b|(?:do|deste|desse)\s+(?:ano\s+(?:passado|que\s+vem|seguinte)|próximo\s+ano)\b|deste\s+ano\b|(?:des\s+)?(?:letzten|vergangenen|nächsten|kommenden|dieses|laufenden)\s+Jahres\b|de\s+l['’]année\s+(?:dernière|prochaine|précédente|suivante)\b|del\s+(?:año\s+(?:pasado|próximo|que\s+viene|siguiente)|próximo\s+año)\b))?",
    # [Thursday] June 30[th][-31][,] [2023]; "Nov.15, 2022"
    rf"(?:(?P<md_wd>{_WEEKDAY}),?\s+)?(?P<md_m>{_MONTH})(?:(?<=\.)\s*|\s+)(?:the\s+)?"
    rf"(?P<md_d>{_DAY})(?:\s*(?:-|–)\s*(?P<md_d2>{_DAY}))?(?:,?\s*(?P<md_y>{_YEAR}))?",
    rf"(?P<q_n>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<q_y>{_YEAR})",
    # [mid-] June[,] 2023 | June next year
    rf"(?:{_mod('my')})?(?P<my_m>{_MONTH})(?:,?\s+(?:of\s+|de\s+)?(?P<my_y>{_YEAR})"
    rf"|\s+(?P<my_rel>(?:next|this|last|following)\s+year\b|(?:do|deste|desse)\s+(?:ano\s+(?:passado|que\s+vem|seguinte)|próximo\s+ano)\b|deste\s+ano\b|(?:des\s+)?(?:letzten|vergangenen|nächsten|kommenden|dieses|laufenden)\s+Jahres\b|de\s+l['’]année\s+(?:dernière|prochaine|précédente|suivante)\b|del\s+(?:año\s+(?:pasado|próximo|que\s+viene|siguiente)|próximo\s+año)\b))",
    rf"{_mod('ym')}(?P<ym_y>{_YEAR})",
    r"(?P<rel_day>today|tonight|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today"
    r"|yesterday|tomorrow|aujourd['’]hui|hoy|ayer|ce\s+(?:matin|soir)|cet\s+après-midi"
    r"|esta\s+(?:mañana|tarde|noche)|hoje|ontem|nesta\s+(?:manhã|tarde)|heute|gestern"
    r"|am\s+heutigen\s+\w+tag)\b",
    # "a year ago", "two months ago", "há um ano", "vor einem Jahr"
    r"(?:(?P<ago_n>a|one|two|three|four|five|\d{1,2})\s+(?P<ago_u>year|month)s?\s+ago"
    r"|há\s+(?P<ago_pn>um|uma|dois|duas|três|\d{1,2})\s+(?P<ago_pu>ano|mes)(?:es|s)?"
    r"|vor\s+(?P<ago_dn>einem|zwei|drei|vier|fünf|\d{1,2})\s+(?P<ago_du>Jahr|Monat)(?:en)?)\b",
    rf"(?:{_mod('rel')})?(?P<rel_which>this|next|last|the\s+previous|the\s+following"
    rf"|the\s+current|the\s+past|the\s+coming|the)\s+(?P<rel_unit>year|month|week)\b",
    rf"(?:{_mod('mo')}|(?P<mo_rel>last|next|this|past|coming)\s+)?(?P<mo_m>{_MONTH})",
    # "l'an dernier", "l'année prochaine", "el año pasado", "el próximo año", "cette année"
    r"(?P<fy>l['’]an(?:née)?\s+(?:derni[èe]re?|pass[ée]e?|prochaine?|précédente?)|cette\s+année"
    r"|el\s+año\s+(?:pasado|anterior|próximo|que\s+viene|siguiente)|el\s+próximo\s+año|este\s+año"
    r"|(?:n?o\s+)?ano\s+(?:passado|anterior|que\s+vem|seguinte)|(?:n?o\s+)?próximo\s+ano|(?:n?est|ness)e\s+ano"
    r"|(?:im\s+)?(?:vergangenen|letzten|kommenden|nächsten|laufenden)\s+Jahr(?:es)?"
    r"|(?:letztes|nächstes|dieses)\s+Jahr|(?:des\s+)?Vorjahr(?:es)?)\b",
    rf"(?:(?P<wd_mod>last|next|this|coming|past)\s+)?(?P<wd>{_WEEKDAY})",
    rf"(?P<by>{_YEAR})\b",
]

# Every alternative starts a word: testing that once, up front, spares the
# engine from trying each of them inside words. The guard (fast_regex) also tests
# how an expression can begin before trying the grammar: the same matches.
_PATTERN = prefix_guarded(re.compile(
    r"\b(?=\w)(?:" + "|".join([
        r"(?P<ev_text>until\s+(?:its|the|their)\s+(?:(?:final|complete|full|eventual)\s+)?"
        r"(?:departure|withdrawal|exit|drawdown|liquidation|termination)\b"
        r"|until\s+further\s+notice\b)",
        rf"for\s+(?:(?P<dur_art>an?|another)\s+)?(?:(?:further|initial|final|additional|new|last"
        rf"|subsequent|single|period\s+of)\s+)*(?:(?P<dur_n>{_NUM})[-\s]+)?{_UNIT.format('dur_u')}"
        rf"(?:\s+period\b)?",
        rf"within\s+(?:a\s+period\s+of\s+)?(?:(?P<win_art>an?)\s+|(?P<win_n>{_NUM})[-\s]+)"
        rf"{_UNIT.format('win_u')}",
        rf"every\s+(?:(?P<evr_n>{_NUM})\s+)?{_UNIT.format('evr_u')}",
        _QUAL + "(?:" + "|".join(_CORES) + ")",
    ]) + ")",
    re.IGNORECASE,
))

# Guards for bare years found while scanning: resolution numbers, document
# symbols and head-counts are four-digit numbers that are not years.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:resolutions?|res\.|S/RES/|No\.|nos?\.|number|paragraphs?|articles?|/|\d\s*\(|\$)\s*$",
    re.IGNORECASE)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:(?-i:[A-Z])\w+\s+)?(?:/|\(\d|-strong|troops|soldiers|personnel|peacekeepers|police"
    r"|officers|people|persons|civilians|members|refugees|men\b|women|children|km|kilomet"
    r"|votes|casualties|dollars|%)", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+Movement\b")
_ENGLISH_NUMBERED = set(_ENGLISH_MONTHS) | _ABBREVIATIONS
# Words between two dates that make them one phrase, so they share a year.
_JOINER = re.compile(r"\s*(?:-|–|—|and|,)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class _Context:
    anchor: date | None
    context_year: int | None
    anchor_kind: str
    weekday_direction: str


class _Partial(NamedTuple):
    """A day or month whose year the text did not give, kept so that a
    neighbouring date can supply it later."""

    month: int
    day: int | None
    day2: int | None
    mod: str | None
    weekday: int | None = None  # "Sunday, Dec. 3": the weekday the text gives with the day


def _norm(words: str) -> str:
    return " ".join(words.lower().split())


_MOD_KEYS = (("mid", "mid"), ("end", "end"), ("close", "end"), ("late", "late"),
             ("earli", "early"), ("early", "early"), ("beginning", "early"), ("start", "early"),
             ("mediados", "mid"), ("mi", "mid"), ("fin", "end"), ("début", "early"), ("principios", "early"),
             ("comienzos", "early"), ("meados", "mid"), ("mitte", "mid"), ("final", "end"), ("fim", "end"),
             ("ende", "end"), ("início", "early"), ("inicio", "early"), ("anfang", "early"))


def _mod_name(words: str | None) -> str | None:
    """'mid-', 'the middle of' -> 'mid'; 'the end of' -> 'end'; 'earlier' -> 'early'."""
    words = _norm(words or "")
    return next((name for key, name in _MOD_KEYS if key in words), None) if words else None


def _calendar_value(year: int, part: _Partial) -> DateValue | None:
    """A value for a day, day range or (modified) month of a known year."""
    try:
        if part.day is not None:
            first = date(year, part.month, part.day)
            if part.day2 is None:
                return DateValue.of_day(first)
            last = date(year, part.month, part.day2)
            return DateValue(first, last, Precision.DAY) if last >= first else None
        if part.mod == "mid":
            return DateValue(date(year, part.month, 11), date(year, part.month, 20),
                             Precision.MID_MONTH)
        if part.mod == "end":
            return DateValue(date(year, part.month, 21), _month_end(year, part.month),
                             Precision.END_OF_MONTH)
        return DateValue.of_month(year, part.month)
    except ValueError:  # "31 June", "29 February 2023"
        return None


def _year_value(year: int, mod: str | None) -> DateValue:
    if mod == "end":
        return DateValue(date(year, 12, 1), date(year, 12, 31), Precision.END_OF_YEAR)
    return DateValue.of_year(year)


# A day told in the past ("On 3 December the government asked ..."): a past
# verb in its clause and no word that looks ahead.
_PAST_WORDS = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)
_AHEAD_WORDS = re.compile(r"\b(?:will|shall|would|expires?|ends?|ending|runs?|due|scheduled|set\s+to|"
                          r"is\s+to|are\s+to|deadline|extended|renewed|prolonged|expected|"
                          r"until|till|by|from|as\s+of)\b", re.IGNORECASE)


_AHEAD_STRICT = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|due|scheduled|set\s+to|expected\s+to|plans?\s+to|"
                           r"next|upcoming|coming|expires?|ahead\s+of"
                           r"|expirera|expira|expirará|vence|vencerá|prévue?s?|previst[oa]s?|devra|deberá|doit|debe"
                           r"|examinera|examinará|\w+eront|\w+erán)\b", re.IGNORECASE)
_NARRATED = re.compile(r"^(?!.*\bif\b).*\bhad\s+(?:(?:already|largely|nearly|all|mostly)\s+)?(?:been\s+)?\w+(?:ed|en|ne)\b",
                       re.IGNORECASE)


_ONLY_PREPOSITION = re.compile(r"\s*(?:in|on|by|from|until|since|en|au|à|a|de|desde|depuis|hasta|jusqu['’]en)?\s*", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> str:
    """The words of the clause a date stands in (up to commas and dashes either side):
    its own verb says whether it looks ahead or back."""
    before = re.split(r"[.;:!?,—–]\s|\s[-—–]\s|\n", text[max(0, start - 120):start])[-1]
    if before.strip() and not _ONLY_PREPOSITION.fullmatch(before):
        after = re.split(r"[.;:!?,—–](?:\s|$)|\s[-—–]\s", text[end:end + 120])[0]
    else:  # "In May, the mission will report": a date put first governs the clause after it
        after = re.split(r"[.;:!?](?:\s|$)", text[end:end + 120])[0]
    return before + " " + after


def _tells_past(text: str, start: int, end: int) -> bool:
    """Whether the clause around a date (back to the sentence's start,
    forward to its next stop) narrates what happened then."""
    before = re.split(r"[.;:!?]\s", text[max(0, start - 120):start])[-1]
    after = re.split(r"[.;:!?](?:\s|$)|,\s+(?:and|but|which|while)\b", text[end:end + 120])[0]
    clause = before + " " + after
    return bool(_PAST_WORDS.search(clause)) and not _AHEAD_WORDS.search(clause)


def _guess_year(ctx: _Context, part: _Partial, forward: bool,
                past: bool = False) -> tuple[int | None, str | None]:
    anchor = ctx.anchor
    if anchor is not None:
        # "end of November" names a day (the last one), so it follows the day rule.
        if part.day is None and part.mod != "end":
            if forward:
                year = anchor.year if part.month >= anchor.month else anchor.year + 1
            else:
                year = anchor.year if part.month <= anchor.month else anchor.year - 1
        else:
            year = anchor.year
            day = part.day if part.day is not None else calendar.monthrange(year, part.month)[1]
            if forward and (part.month, day) < (anchor.month, anchor.day):
                year += 1
            elif not forward and part.day is not None and past:
                # a recalled day: the most recent one on or before the anchor
                try:
                    if date(year, part.month, part.day) > anchor:
                        year -= 1
                except ValueError:
                    pass
            elif not forward and part.day is not None:
                year = _narrated_year(ctx, part, year)
        return _weekday_year(part, year, spread=1), "anchor"
    if ctx.context_year:
        return _weekday_year(part, ctx.context_year, spread=6), "context_year"
    return None, None


def _narrated_year(ctx: _Context, part: _Partial, year: int) -> int:
    """The year of a day the text gives without one and without a forward
    qualifier: the anchor's, unless that puts the day more than eight months
    after the anchor (a story published on 3 January about "Dec. 21" tells
    of the December before; closer days ahead are often deadlines: "the
    mandate expires on 30 November"). Against the event a report describes,
    a day more than eight months before it is also moved, to the next year
    (a story about a December vote that mentions "Jan. 5")."""
    try:
        ahead = (date(year, part.month, part.day) - ctx.anchor).days
    except ValueError:
        return year
    if ahead > 240:
        return year - 1
    if ahead < -240 and ctx.anchor_kind == "event":
        return year + 1
    return year


def _weekday_year(part: _Partial, year: int, spread: int) -> int:
    """With a weekday in the text ("Sunday, June 30"), the year nearest
    ``year`` (within ``spread``, earlier first) in which the day falls on it."""
    if part.weekday is None or part.day is None:
        return year
    for offset in sorted(range(-spread, spread + 1), key=lambda o: (abs(o), o)):
        try:
            if date(year + offset, part.month, part.day).weekday() == part.weekday:
                return year + offset
        except ValueError:
            continue
    return year


def _weekday_date(ctx: _Context, weekday: int, modifier: str | None) -> date | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    ahead = (weekday - anchor.weekday()) % 7   # days to the next such weekday
    back = (anchor.weekday() - weekday) % 7    # days since the last one
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    if modifier in ("last", "past"):
        return anchor - timedelta(days=back or 7)
    direction = ctx.weekday_direction
    if modifier == "coming":
        direction = "future"
    elif modifier == "this":
        direction = "nearest"
    if direction == "future" or (direction == "nearest" and ahead < back):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _relative_value(ctx: _Context, which: str, unit: str, mod: str | None) -> DateValue | None:
    if ctx.anchor is None or unit == "week":
        return None  # no precision for a week: say nothing rather than a wrong day
    which = _norm(which)
    offset = (1 if which in ("next", "the following", "the coming")
              else -1 if which in ("last", "the previous", "the past") else 0)
    if unit == "year":
        return _year_value(ctx.anchor.year + offset, mod)
    month_index = ctx.anchor.year * 12 + ctx.anchor.month - 1 + offset
    return _calendar_value(month_index // 12, _Partial(month_index % 12 + 1, None, None, mod))


def _day_number(token: str | None) -> int | None:
    return int(re.match(r"\d+", token).group()) if token else None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}
_YEAR_OFFSET = {"next": 1, "last": -1, "this": 0, "following": 1}
_AGO_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "um": 1, "uma": 1, "dois": 2, "duas": 2,
                "três": 3, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def _year_offset(words: str) -> int:
    """'next year', 'do ano passado', 'des vergangenen Jahres', 'de l'année prochaine' -> +1/-1/0."""
    words = _norm(words)
    first = words.split()[0]
    if first in _YEAR_OFFSET and words.endswith("year"):
        return _YEAR_OFFSET[first]
    if re.search(r"passad|pasad|letzt|vergangen|derni|précédent|anterior", words):
        return -1
    if re.search(r"próxim|que\s+v|seguinte|siguiente|nächst|kommend|prochain|suivant", words):
        return 1
    return 0


def _interpret(m: re.Match, text: str, ctx: _Context, scanning: bool):
    """Turn one regex match into (expression, partial), or None to drop it."""
    g = m.groupdict()
    start, end = m.span()
    qual_word = _norm(g["qual"]) if g["qual"] else None
    kind, qualifier = (("until", "until") if qual_word and qual_word.startswith("for")
                       else _QUALIFIERS.get(qual_word, ("date", None)))
    forward = kind in _FORWARD and qual_word != "since"
    value = period = anchor_used = partial = None
    relative = False
    month_word = g["dm_m"] or g["md_m"] or g["my_m"] or g["mo_m"]
    unit = g["dur_u"] or g["win_u"] or g["evr_u"]

    if g["ev_text"]:
        kind, qualifier = "event", "until"
        value = DateValue(None, None, Precision.OPEN)
    elif unit:
        # "for years" has no amount; "every month" is every one month
        amount_text = (g["dur_n"] or g["win_n"] or g["evr_n"] or g["dur_art"] or g["win_art"]
                       or ("1" if g["evr_u"] else None))
        amount = (1 if amount_text and amount_text.lower() == "another"
                  else number_value(amount_text) if amount_text else None)
        if not amount:
            return None
        kind, period_kind = (("period", "duration") if g["dur_u"] else
                             ("within", "deadline") if g["win_u"] else ("every", "recurring"))
        period = Period(amount, unit.lower(), period_kind)
        if kind == "within" and ctx.anchor is not None:
            value, anchor_used = DateValue.of_day(resolve_period(ctx.anchor, period)), "anchor"
    elif month_word:
        p = "dm" if g["dm_m"] else "md" if g["md_m"] else "my" if g["my_m"] else "mo"
        year_text, rel_year, mod = g.get(f"{p}_y"), g.get(f"{p}_rel"), _mod_name(g.get(f"{p}_mod"))
        weekday = g.get(f"{p}_wd")
        part = _Partial(_MONTHS[month_word.lower().rstrip(".")], _day_number(g.get(f"{p}_d")),
                        _day_number(g.get(f"{p}_d2")), mod,
                        _WEEKDAYS.get(weekday.lower()) if weekday else None)
        rel_month = _norm(g["mo_rel"]) if p == "mo" and g.get("mo_rel") else None
        foreign_cue = part.mod is not None or rel_month is not None or bool(rel_year) or bool(_FOREIGN_MONTH_BEFORE.search(text, max(0, start - 8), start))
        if scanning and not _month_ok(month_word, part, year_text, qual_word, text, end, foreign_cue):
            return None
        if year_text:
            value = _calendar_value(int(year_text), part)
        elif rel_month is not None and ctx.anchor is not None:
            # "last March" is the March before the anchor's month, "next October" the one after it
            relative, anchor_used = True, "anchor"
            year = ctx.anchor.year
            if rel_month in ("last", "past") and part.month >= ctx.anchor.month:
                year -= 1
            elif rel_month in ("next", "coming") and part.month <= ctx.anchor.month:
                year += 1
            value = _calendar_value(year, part)
        elif rel_year:  # "30 April next year"
            relative = True
            if ctx.anchor is not None:
                year = ctx.anchor.year + _year_offset(rel_year)
                value, anchor_used = _calendar_value(year, part), "anchor"
        else:
            partial = part
    elif g["ir_a"]:
        try:
            first, last = date.fromisoformat(g["ir_a"]), date.fromisoformat(g["ir_b"])
        except ValueError:
            return None
        value = DateValue(first, last, Precision.DAY) if last > first else DateValue.of_day(first)
    elif g["iso_y"] or g["cmp"] or g["nd_a"]:
        if g["iso_y"]:
            year, month, day = int(g["iso_y"]), int(g["iso_m"]), _day_number(g["iso_d"])
        elif g["cmp"]:
            year, month, day = int(g["cmp"][:4]), int(g["cmp"][4:6]), int(g["cmp"][6:])
        else:
            # Day first (the UN's and most of the world's order) unless impossible.
            first, second = int(g["nd_a"]), int(g["nd_b"])
            # "02-25 1999": a year set apart by a space follows an American month-day.
            month_first = second > 12 or (first <= 12 and text[m.end("nd_b"):m.start("nd_y")].isspace())
            year, (day, month) = int(g["nd_y"]), ((second, first) if month_first else (first, second))
        value = _calendar_value(year, _Partial(month, day, None, None))
        if value is None:
            return None
    elif g["q_n"]:
        year, quarter = int(g["q_y"]), _ORDINALS[g["q_n"].lower()]
        value = DateValue(date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter),
                          Precision.QUARTER)
    elif g["ym_y"]:
        value = _year_value(int(g["ym_y"]), _mod_name(g["ym_mod"]))
    elif g["fy"]:
        relative = True
        if ctx.anchor is not None:
            words = _norm(g["fy"])
            offset = (-1 if re.search(r"derni|pass|pasad|précédent|anterior|vergangen|letzt|vorjahr", words)
                      else 1 if re.search(r"prochain|próximo|que viene|que vem|siguiente|seguinte|kommend|nächst",
                                          words) else 0)
            value, anchor_used = _year_value(ctx.anchor.year + offset, None), "anchor"
    elif g["ago_u"] or g["ago_pu"] or g["ago_du"]:
        relative = True
        if ctx.anchor is not None:
            words = _norm(g["ago_n"] or g["ago_pn"] or g["ago_dn"])
            amount = _AGO_NUMBERS.get(words) or (int(words) if words.isdigit() else 1)
            unit = (g["ago_u"] or g["ago_pu"] or g["ago_du"]).lower()
            if unit in ("year", "ano", "jahr"):
                value = _year_value(ctx.anchor.year - amount, None)
            else:
                months = ctx.anchor.year * 12 + ctx.anchor.month - 1 - amount
                value = _calendar_value(months // 12, _Partial(months % 12 + 1, None, None, None))
            anchor_used = "anchor" if value is not None else None
    elif g["rel_day"]:
        relative = True
        if ctx.anchor is not None:
            word = _norm(g["rel_day"])
            shift = {"yesterday": -1, "ayer": -1, "ontem": -1, "gestern": -1, "tomorrow": 1}.get(word, 0)
            if ctx.anchor_kind == "event" and shift == -1:
                shift = 0  # written the day after the event it describes
            value, anchor_used = DateValue.of_day(ctx.anchor + timedelta(days=shift)), "anchor"
    elif g["rel_unit"]:
        if _norm(g["rel_which"]) == "the" and not g["rel_mod"]:
            return None  # "the year", "the month": not a time expression on their own
        relative = True
        value = _relative_value(ctx, g["rel_which"], g["rel_unit"].lower(),
                                _mod_name(g["rel_mod"]))
        anchor_used = "anchor" if value is not None else None
    elif g["wd"]:
        relative = True
        day = _weekday_date(ctx, _WEEKDAYS[g["wd"].lower()],
                            g["wd_mod"].lower() if g["wd_mod"] else None)
        if day is not None:
            value, anchor_used = DateValue.of_day(day), "anchor"
    else:  # a bare year
        if scanning and (_NOT_YEAR_BEFORE.search(text, max(0, m.start("by") - 20), m.start("by"))
                         or _NOT_YEAR_AFTER.match(text, end)):
            return None
        value = _year_value(int(g["by"]), None)

    if partial is not None:
        past = not forward and scanning and _tells_past(text, start, end)
        if forward and scanning and partial.day is None and _NARRATED.search(_clause_around(text, start, end)):
            forward, past = False, True  # "nearly all had arrived by the end of May": a deadline met, in the past
        elif not forward and not past and scanning and partial.day is None and \
                _AHEAD_STRICT.search(_clause_around(text, start, end)):
            forward = True  # "the mission will report in May": the May ahead
        year, anchor_used = _guess_year(ctx, partial, forward, past)
        if year is not None:
            value = _calendar_value(year, partial)
    if kind == "date" and relative:
        kind = "relative"
    expression = TemporalExpression(text[start:end], start, end, kind, value, qualifier,
                                    period, anchor_used)
    return expression, partial


_FOREIGN_MONTH_BEFORE = re.compile(r"\b(?:en|desde|depuis|dès|hasta|jusqu['’]en|em|até|im|seit|bis)\s+$", re.I)


def _month_ok(word: str, part: _Partial, year_text: str | None, qual_word: str | None,
              text: str, end: int, cue: bool = False) -> bool:
    """While scanning, is this month name really a date? ``cue``: a modifier or a
    preposition says it is ("last March", "fin juillet", "en février")."""
    name = word.lower().rstrip(".")
    if word in ("may", "march") or _NAMED_AFTER.match(text, end):
        return False  # the verbs; "the 23 March Movement"
    if cue and not year_text and part.day is None:
        return True
    if not year_text and name not in _ENGLISH_NUMBERED and (part.day is None or not word.islower()) \
            and not (part.day is not None and (qual_word or re.search(r"\d\s+de\s+$", text[max(0, end - len(word) - 8):end - len(word)]))):
        return False  # a foreign month with no year is most often a name ("du 23 Mars"), but not "até 20 de Junho"
    if part.day is None and not year_text:  # a month name on its own
        if name not in _ENGLISH_MONTHS or not word[0].isupper():
            return False
        if name in ("may", "march", "august") and part.mod is None and qual_word is None:
            return False  # "May" the verb, "March" the walk, "August" the adjective
    return True


def _context(anchor, context_year, anchor_kind, weekday_direction) -> _Context:
    if anchor_kind not in ("publication", "event"):
        raise ValueError(f"anchor_kind must be 'publication' or 'event', not {anchor_kind!r}")
    direction = weekday_direction or ("nearest" if anchor_kind == "event" else "past")
    if direction not in ("past", "future", "nearest"):
        raise ValueError(f"weekday_direction must be past, future or nearest, not {direction!r}")
    return _Context(anchor, context_year, anchor_kind, direction)


def find_dates(text: str, anchor: date | None = None, context_year: int | None = None, *,
               anchor_kind: str = "publication",
               weekday_direction: str | None = None) -> list[TemporalExpression]:
    """All temporal expressions in ``text``, in order, without overlaps.

    ``anchor`` resolves relative expressions (see the module docstring for
    ``anchor_kind``); ``context_year`` fills a missing year when nothing
    closer does. ``weekday_direction`` ("past", "future", "nearest")
    overrides how a bare weekday is read.
    """
    ctx = _context(anchor, context_year, anchor_kind, weekday_direction)
    found = [item for m in _PATTERN.finditer(text)
             if (item := _interpret(m, text, ctx, scanning=True)) is not None]
    _share_years(found, text)
    return [expression for expression, _ in found]


def _share_years(found: list, text: str) -> None:
    """'from 1 July to 31 December 2024': the first date takes the second's
    year (the one before it when that would put it after the second)."""
    for i in range(len(found) - 1):
        expression, partial = found[i]
        following = found[i + 1][0]
        if (partial is None or following.anchor_used is not None or following.value is None
                or following.value.start is None
                or not _JOINER.fullmatch(text, expression.end, following.start)):
            continue
        year = following.value.start.year
        value = _calendar_value(year, partial)
        if value is not None and value.start > following.value.start:
            value = _calendar_value(year - 1, partial)
        if value is not None:
            found[i] = (replace(expression, value=value, anchor_used="neighbour"), partial)


def parse_date(text: str, anchor: date | None = None, context_year: int | None = None, *,
               anchor_kind: str = "publication",
               weekday_direction: str | None = None) -> DateValue | None:
    """The value of one expression taken as a whole ("Dec. 31, 2023",
    "until 30 June 2024", "on Friday"); None when it cannot be resolved."""
    ctx = _context(anchor, context_year, anchor_kind, weekday_direction)
    stripped = text.strip().strip(".,;:")
    m = _PATTERN.fullmatch(stripped)
    if m is not None:
        item = _interpret(m, stripped, ctx, scanning=False)
        return item[0].value if item else None
    expressions = find_dates(text, anchor, context_year, anchor_kind=anchor_kind,
                             weekday_direction=weekday_direction)
    return expressions[0].value if len(expressions) == 1 else None


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def resolve_period(start: date, period: Period) -> date:
    """Where a period counted from ``start`` lands.

    A *duration* covers whole days from ``start`` inclusive, so it ends the
    day before the same date N units later: 12 months from 1 July 2013 runs to
    30 June 2014, 90 days from 1 July to 28 September. When the start day does
    not exist in the target month (6 months from 31 August), the period ends
    on that month's last day. A *deadline* ("within 90 days") and the next
    occurrence of a *recurrence* ("every 90 days") fall on the date N units
    after ``start``.
    """
    amount, unit = period.amount, period.unit
    if unit in ("day", "week"):
        target = start + timedelta(days=amount * (7 if unit == "week" else 1))
        return target - timedelta(days=1) if period.kind == "duration" else target
    months = amount * (12 if unit == "year" else 1)
    target = add_months(start, months)
    if period.kind != "duration":
        return target
    if target.day < start.day:  # clamped: the last day of a short month ends the period
        return target
    return target - timedelta(days=1)


def to_iso(value: DateValue | None) -> str | None:
    """Render a value at its precision: "2023-06-30", "2023-06" (month,
    mid-month), "2023" (year), "2019-03-23/2019-03-24" (a day range),
    "2024-Q1"; the "end of" precisions as their last day; None when open or
    unknown."""
    if value is None or value.start is None or value.end is None:
        return None
    p = value.precision
    if p == Precision.DAY:
        first = value.start.isoformat()
        return first if value.start == value.end else f"{first}/{value.end.isoformat()}"
    if p in (Precision.MONTH, Precision.MID_MONTH):
        return value.start.isoformat()[:7]
    if p in (Precision.END_OF_MONTH, Precision.END_OF_YEAR):
        return value.end.isoformat()
    if p == Precision.YEAR:
        return str(value.start.year)
    if p == Precision.QUARTER:
        return f"{value.start.year}-Q{(value.start.month - 1) // 3 + 1}"
    return None
