"""Which report reader a file needs: by its name first, then by its first bytes."""
from __future__ import annotations

from ..records import ReportText
from .html import looks_like_html, read_html
from .pdf import looks_like_pdf, read_pdf
from .sources import RECORD_SUFFIXES
from .text import read_text



def report_format(origin: str, head: bytes) -> str | None:
    """"pdf", "html" or "text" for a report; None for the record's own formats
    (AKN XML, the UN's JSON), which other readers take."""
    name = origin.rsplit("!", 1)[-1].lower()
    if name.endswith(".pdf"):
        return "pdf"
    if name.endswith((".html", ".htm")):
        return "html"
    if name.endswith((".txt", ".text")):
        return "text"
    if name.endswith(RECORD_SUFFIXES):
        return None
    if looks_like_pdf(head):
        return "pdf"
    if looks_like_html(head[:4096].decode("utf-8", errors="replace")):
        return "html"
    return None


def read_report(data: bytes, origin: str, fmt: str | None = None) -> ReportText:
    """Read a report in whichever format it is (plain text when nothing says otherwise)."""
    fmt = fmt or report_format(origin, data[:4096]) or "text"
    if fmt == "pdf":
        return read_pdf(data, origin)
    if fmt == "html":
        return read_html(data, origin)
    return read_text(data, origin)
