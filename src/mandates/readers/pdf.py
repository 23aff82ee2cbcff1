"""Read a report from a PDF: the text layer, page by page, and the document info.

pypdf is pure Python, so nothing native is needed. A PDF without a text layer
(a scan) has nothing to read without OCR and is refused with that reason;
an encrypted one is tried with the empty password that most "protected"
press PDFs use, then refused.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import re

from ..records import ReportText
from .safexml import InputError
from .text import EmptyInput, normalise_text

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 500
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def looks_like_pdf(head: bytes) -> bool:
    return head[:1024].lstrip().startswith(b"%PDF-")


def _pdf_date(raw) -> dt.date | None:
    m = _PDF_DATE.match(str(raw or ""))
    if not m or not m.group(2) or not m.group(3):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _join_lines(page: str) -> str:
    """PDF text comes in visual lines: join the lines of a paragraph, undo
    end-of-line hyphenation, keep blank lines as paragraph breaks."""
    page = re.sub(r"(\w)-\n(\w)", r"\1\2", page)
    paragraphs = re.split(r"\n\s*\n", page)
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs)


def read_pdf(data: bytes, origin: str) -> ReportText:
    """Read a PDF report, or raise InputError / EmptyInput."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 1048576:.1f} MB, over the 50 MB limit")
    if not data.strip():
        raise EmptyInput("empty file (nothing to read)")
    if not looks_like_pdf(data):
        raise InputError("not a PDF (no %PDF- header)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(f"cannot read PDF: {exc}") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF (a password is needed)")
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"PDF has {len(reader.pages)} pages, over the {MAX_PAGES}-page limit")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise InputError(f"broken PDF: {' '.join(str(exc).split())[:160]}") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on hostile input
        log.debug("pypdf failed on %s", origin, exc_info=True)
        raise InputError(f"broken PDF: {exc.__class__.__name__}") from None
    text = normalise_text("\n\n".join(_join_lines(p) for p in pages if p.strip()))
    if not text.strip():
        raise InputError("PDF has no text layer (a scan? OCR it first)")
    title = str(info.get("/Title") or "").strip() or None
    author = str(info.get("/Author") or "").strip() or None
    raw_date = info.get("/CreationDate")
    published = _pdf_date(raw_date)
    return ReportText(
        origin=origin, format="pdf", text=text, title=title, published_on=published,
        published_raw=str(raw_date) if raw_date else None, published_from="pdf" if published else None,
        byline=author,
    )
