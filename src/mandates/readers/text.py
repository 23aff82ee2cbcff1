"""Read a report from plain text.

A plain-text report is whatever a person saved: a wire story pasted into a
file, a press release copied from a web page. It may start with a small
header block of ``key: value`` lines ending in a line ``---`` (url, kind,
language, mission, published — the layout of the project's gold reports);
everything after it is the text. Without a header, a short first line
followed by a blank line is taken as the title.

Errors are :class:`InputError` (empty, binary, undecodable). A file holding
nothing but whitespace is :class:`EmptyInput`, which ingest counts as skipped
rather than failed: stray ``test.txt`` files in downloaded folders are not
broken reports.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re

from ..records import ReportText
from .safexml import InputError, NotADecision

MAX_BYTES = 50 * 1024 * 1024
HEADER_KEYS = ("url", "kind", "language", "mission", "published", "title", "byline")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)")


class EmptyInput(NotADecision):
    """A file with nothing in it to read: skipped with a note, not a failure."""


def decode_text(data: bytes) -> str:
    """Bytes to text: BOMs honoured, UTF-8 first, Windows-1252 as the fallback
    that never fails on real-world Western text; binary refused."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 1048576:.1f} MB, over the 50 MB limit")
    if not data.strip():
        raise EmptyInput("empty file (nothing to read)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError("binary content, not text") from None
    if b"\x00" in data[:65536]:
        raise InputError("binary content, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(sample) // 100) or sample.count("\ufffd") > max(8, len(sample) // 50):
        raise InputError("binary content, not text")
    return text


def normalise_text(text: str) -> str:
    """Line endings to \\n, no-break and odd spaces to plain ones, trailing blanks off."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009]", " ", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")


def year_in_url(url: str | None) -> int | None:
    """A year the URL's path files the story under (/en/2023/sc15341.doc.htm)."""
    m = _URL_YEAR.search(url.split("?", 1)[0]) if url else None
    return int(m.group(1)) if m else None


def date_in_url(url: str | None) -> dt.date | None:
    """News URLs often carry the day a story was published: /2023/06/30/."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """The ``key: value`` block before a ``---`` line, and where the body starts.
    Returns ({}, 0) when the text has no such block."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    offset = 0
    for index, line in enumerate(lines[:40]):
        offset += len(line) + 1
        if line.strip() == "---":
            return (header, offset) if header else ({}, 0)
        m = _HEADER_LINE.match(line)
        if not m or m.group("key").lower() not in HEADER_KEYS:
            return {}, 0
        header[m.group("key").lower()] = m.group("value")
    return {}, 0


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def read_text(data: bytes, origin: str) -> ReportText:
    """Read a plain-text report, or raise InputError / EmptyInput."""
    text = normalise_text(decode_text(data))
    header, offset = parse_header(text)
    body = text[offset:].strip("\n")
    body_offset = offset + (len(text[offset:]) - len(text[offset:].lstrip("\n")))
    if not body.strip():
        raise EmptyInput("no text after the header (nothing to read)")
    title = header.get("title") or None
    if title is None:
        first, _, rest = body.partition("\n")
        if rest.startswith("\n") and 0 < len(first) <= 200 and not first.rstrip().endswith((".", ":", ";")):
            title = first.strip()
    warnings = []
    published = _iso_date(header.get("published"))
    published_from = "header" if published else None
    if header.get("published") and published is None:
        warnings.append(f"header 'published' is not an ISO date: {header['published']!r}")
    if published is None and (from_url := date_in_url(header.get("url"))):
        published, published_from = from_url, "url"
    return ReportText(
        origin=origin, format="text", text=body, title=title, published_on=published,
        published_raw=header.get("published"), published_from=published_from,
        byline=header.get("byline") or None, url=header.get("url") or None,
        language=(header.get("language") or None), kind=header.get("kind") or None,
        mission_hint=header.get("mission") or None, body_offset=body_offset,
        warnings=tuple(warnings),
    )
