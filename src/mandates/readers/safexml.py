"""Parse untrusted XML safely.

Every XML file the project reads comes from outside (downloads, archives,
user uploads), so parsing refuses the classic attacks before lxml sees the
bytes: entity declarations (billion laughs, external entities), oversized
input, and binary junk. Errors are :class:`InputError` with a one-line
reason and no path; the caller knows the path and prefixes it.
"""
from __future__ import annotations

import codecs
import logging
import re

from lxml import etree

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024

# How far into the file the prolog (XML declaration, comments, DOCTYPE) may
# reach. Real prologs are a few hundred bytes; a DOCTYPE pushed further out
# is still found because the scan continues until the root element starts.
_PROLOG_SCAN_LIMIT = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class InputError(ValueError):
    """A file that cannot be read as the expected kind of document."""


class NotADecision(InputError):
    """A sound document of a kind Mandates does not hold (a presidential
    statement in the resolutions folder): skipped with a note, not a failure."""


def parse_xml(data: bytes, origin: str) -> etree._Element:
    """Return the root element of ``data``, or raise :class:`InputError`.

    ``origin`` names the file for log messages only; error messages leave it
    out so the caller can prefix it once.
    """
    try:
        return _parse(data)
    except InputError as error:
        log.debug("refused %s: %s", origin, error)
        raise


def _parse(data: bytes) -> etree._Element:
    if len(data) > MAX_BYTES:
        size_mb = len(data) / (1024 * 1024)
        limit_mb = MAX_BYTES / (1024 * 1024)
        raise InputError(f"file is {size_mb:.1f} MB, over the {limit_mb:g} MB limit")
    text = _decode(data)
    _check_prolog(text, len(data))
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        message = " ".join((error.msg or str(error)).split())  # msg carries line and column
        if "not proper UTF-8" in message or "Char 0x" in message:
            raise InputError("binary or non-XML content") from None
        raise InputError(f"malformed XML: {message}") from None
    if root is None:
        raise InputError("malformed XML: no root element")
    return root


def _decode(data: bytes) -> str:
    """Decode enough to vet the file; reject empty and binary input."""
    if not data.strip():
        raise InputError("empty file")
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    else:
        declared = _ENCODING_DECL.match(data.lstrip())
        if declared:
            encoding = declared.group(1).decode("ascii").lower()
    # UTF-16 text legitimately contains NUL bytes; everything else must not.
    if not encoding.startswith("utf-16") and b"\x00" in data:
        raise InputError("binary or non-XML content")
    # Only the head is decoded here (the prolog is all we vet); lxml decodes
    # the rest and its encoding errors are reported the same way below.
    try:
        decoder = codecs.getincrementaldecoder("utf-8-sig" if encoding in ("utf-8", "utf8") else encoding)()
        text = decoder.decode(data[:_PROLOG_SCAN_LIMIT], final=len(data) <= _PROLOG_SCAN_LIMIT)
    except (UnicodeDecodeError, LookupError):
        raise InputError("binary or non-XML content") from None
    text = text.lstrip("\ufeff \t\r\n")
    if not text.startswith("<"):
        raise InputError("binary or non-XML content")
    return text


def _check_prolog(text: str, size: int) -> None:
    """Refuse DTD internal subsets and entity declarations before the root."""
    position = 0
    end = min(len(text), _PROLOG_SCAN_LIMIT)
    while position < end:
        position = text.find("<", position, end)
        if position < 0:
            return
        if text.startswith("<?", position):
            close = text.find("?>", position)
            position = len(text) if close < 0 else close + 2
        elif text.startswith("<!--", position):
            close = text.find("-->", position)
            position = len(text) if close < 0 else close + 3
        elif text.startswith("<!DOCTYPE", position):
            _check_doctype(text, position)
            return
        elif text.startswith("<!ENTITY", position):
            raise InputError("entity declarations are not allowed (possible entity-expansion attack)")
        else:
            return  # the root element starts: the prolog is over
    if size > _PROLOG_SCAN_LIMIT:  # a prolog this long only hides something
        raise InputError("XML prolog is over 1 MB long")


def _check_doctype(text: str, start: int) -> None:
    """A DOCTYPE may name an external DTD (never loaded) but carry nothing inline."""
    head = text[start:start + _PROLOG_SCAN_LIMIT]
    close = head.find(">")
    bracket = head.find("[")
    if bracket >= 0 and (close < 0 or bracket < close):
        if "<!ENTITY" in head[bracket:]:
            raise InputError("entity declarations are not allowed (possible entity-expansion attack)")
        raise InputError("DOCTYPE with an internal subset is not allowed (possible entity-expansion attack)")
