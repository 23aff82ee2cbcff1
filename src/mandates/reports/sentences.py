"""Sentences and quotations of a report, as character offsets into its text.

Reports abbreviate ("Dec. 31", "U.N.", "Mr."), close quotations after the
full stop or before it, and sometimes type an opening quotation mark as a
closing one (the seed: ``interests”.”We know``). Sentences break after a full
stop, question or exclamation mark (and any closing quotes or brackets) when
what follows starts a new sentence; quotation marks are paired in order,
whichever way they curl.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "gen", "lt", "col", "maj", "capt", "sgt", "gov",
    "sen", "rep", "amb", "prof", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "op", "para",
    "art", "e.g", "i.e", "u.n", "u.s", "u.k", "u.s.a", "a.m", "p.m", "approx", "fig", "vol",
}
_END = re.compile(r"[.!?]+[”\"’')\]]*(?:\s+|(?=[“\"”‘„][A-ZÀ-Þ]))")
_QUOTES = "“”\"«»„"
_OPEN_NEXT = re.compile(r"[“\"”‘«„‚(\[]*[A-ZÀ-Þ0-9]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line separated) it is in


@dataclass(frozen=True)
class Quote:
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        spans.append((m.start(), m.end()))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation rather than a sentence."""
    m = re.search(r"(?<![\w.])((?:[A-Za-z]+\.)*[A-Za-z]+)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()  # initials: "John F. Kennedy"


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            dot = m.start()
            if text[dot] == "." and _is_abbreviation(text, dot) and not _ends_clause(text, m.end()):
                continue  # "Dec. 31", "U.N. peacekeepers", "Mr. Kirby"
            if text[dot] == "." and _GERMAN_ORDINAL.match(text, m.end()) and re.search(r"(?<![\d.,])\d{1,5}$", text[max(0, dot - 6):dot]):
                continue  # German ordinals: "bis zum 30. Juni", "in ihrer 9365. Sitzung"
            if not _OPEN_NEXT.match(text, m.end()) and m.end() < p_end:
                continue
            end = m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if text[start:end].strip():
                out.append(Sentence(start, end, text[start:end], index))
            start = m.end()
        if text[start:p_end].strip():
            out.append(Sentence(start, p_end, text[start:p_end], index))
    return out


def _ends_clause(text: str, after: int) -> bool:
    """After an abbreviation, does a new sentence start? Only when a word that
    typically opens one follows ("… by the U.S. The council …"); "U.S.
    Ambassador", "Dec. 31" and "Mr. Kirby" go on."""
    following = re.match(r"[“\"”]?(\w+)", text[after:after + 20])
    return bool(following and following.group(1) in _STARTERS)


_GERMAN_ORDINAL = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                             r"|Dezember|Sitzung|Tagung|Jahrestag|Mal|Kapitel|Jahrhundert)\b")

_STARTERS = {"The", "It", "He", "She", "They", "We", "This", "That", "In", "A", "An", "But", "On",
             "Its", "Their", "His", "Her", "After", "Following", "However", "Meanwhile"}


def quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Quotations in ``text[start:end]``, paired in order of their marks."""
    end = len(text) if end is None else end
    marks = [i for i in range(start, end) if text[i] in _QUOTES]
    out = []
    for opening, closing in zip(marks[0::2], marks[1::2]):
        if closing - opening > 1:
            out.append(Quote(opening + 1, closing, text[opening + 1:closing]))
    return out

