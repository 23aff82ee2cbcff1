"""Document symbols a paragraph cites: linked from its markup or written in its words.

"resolutions 1267 (1999) and 1333 (2000)", "S/2023/463", a link to
undocs.org/S/RES/2640(2022): each comes out written the canonical way
("S/RES/2640 (2022)"), in reading order, once.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from operator import itemgetter
from urllib.parse import unquote

from lxml import etree

_TEXT_SYMBOL = re.compile(
    r"\bS/(?:RES/\d{1,5}\s?\(\d{4}\)|PRST/\d{4}/\d+|\d{4}/\d+(?:/(?:Add|Rev|Corr)\.\d+)*|\d{4,5}\b(?!/))"
)
_AFTER_RESOLUTION_WORD = re.compile(r"s?\s+(?=\d)")
_RESOLUTION_ITEM = re.compile(r"(\d{1,4}) ?\(((?:19[4-9]|20[0-9])\d)\)")
_RESOLUTION_SEPARATOR = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)?"
)
_HREF_SYMBOL = re.compile(
    r"(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|ar|ru|zh)/)?([^?#]+)|[?&]symbol=([^&#]+)", re.I
)
_SYMBOL_SHAPE = re.compile(r"^[A-Z]{1,3}/\D*\d")
_SLASH = re.compile(r"\s*/\s*")
_RES_SYMBOL_LOOSE = re.compile(r"^S/RES/(\d{1,5})\s*\((\d{4})\)$", re.I)
_LOWER_SERIES = re.compile(r"^[a-z]/")
_POSITION = itemgetter(0)


def cited_symbols(links: Iterable[etree._Element] | None, text: str) -> tuple[str, ...]:
    """Symbols linked by ``links`` (the <a> elements in the text) or written in ``text``,
    in reading order, each once."""
    found: list[tuple[int, str]] = []
    if links is not None:
        search_from = 0
        for link in links:
            symbol = _symbol_from_href(link.get("href") or "")
            if symbol:
                written = (link.text or "") if not len(link) else "".join(link.itertext())
                position = text.find(" ".join(written.split()), search_from)
                if position >= 0:
                    search_from = position
                found.append((position if position >= 0 else search_from, symbol))
    # Every symbol starts "S/": trying the pattern only there is much faster than finditer.
    at = text.find("S/")
    while at >= 0:
        if match := _TEXT_SYMBOL.match(text, at):
            found.append((at, _written_symbol(match.group())))
            at = text.find("S/", match.end())
        else:
            at = text.find("S/", at + 2)
    # "resolutions 1267 (1999), 1333 (2000) and 1390 (2002)": str.find is far
    # faster than a case-insensitive regex scan over every paragraph.
    word = text.find("esolution")
    if word > 0:
        after_word, item_at = _AFTER_RESOLUTION_WORD.match, _RESOLUTION_ITEM.match
        separator = _RESOLUTION_SEPARATOR.match
        while word > 0:
            if text[word - 1] in "rR" and (start := after_word(text, word + 9)):
                position = start.end()
                while item := item_at(text, position):
                    found.append((item.start(), _resolution_symbol(*item.groups())))
                    position = separator(text, item.end()).end()
            word = text.find("esolution", word + 9)
    if len(found) < 2:
        return (found[0][1],) if found else ()
    found.sort(key=_POSITION)
    return tuple(dict.fromkeys([symbol for _, symbol in found]))


@functools.lru_cache(maxsize=8192)
def _written_symbol(written: str) -> str:
    return canonical_symbol(written)


@functools.lru_cache(maxsize=8192)
def _resolution_symbol(number: str, year: str) -> str:
    return f"S/RES/{int(number)} ({year})"


@functools.lru_cache(maxsize=4096)
def _symbol_from_href(href: str) -> str | None:
    match = _HREF_SYMBOL.search(href)
    if not match:
        return None
    symbol = canonical_symbol((match.group(1) or match.group(2)).split("–")[0])
    return symbol if _SYMBOL_SHAPE.match(symbol) else None  # skips links such as "T/PCCs"



def canonical_symbol(written: str) -> str:
    """Write a UN document symbol the canonical way ("S/RES/2640 (2022)")."""
    symbol = _SLASH.sub("/", normalise_space(unquote(written))).strip(" .,;:")
    resolution = _RES_SYMBOL_LOOSE.match(symbol)
    if resolution:
        return f"S/RES/{int(resolution.group(1))} ({resolution.group(2)})"
    return symbol.upper() if _LOWER_SERIES.match(symbol) else symbol


def normalise_space(text: str) -> str:
    return " ".join(text.split())
