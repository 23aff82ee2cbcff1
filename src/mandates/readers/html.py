"""Read a report from an HTML page: main text, title, publication date, byline.

trafilatura separates an article from its page furniture (menus, footers,
related links) and reads the metadata pages carry (Open Graph, JSON-LD,
``<meta name="author">``). Its date search is kept to the page's own
metadata and markup: guessing from any date in the text would take a crawl
date or a date inside the story for the publication date.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import warnings as warnings_mod

from ..records import ReportText
from .safexml import InputError
from .text import EmptyInput, date_in_url, decode_text, normalise_text

log = logging.getLogger(__name__)

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
                         re.I | re.S)
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_CANONICAL = re.compile(r"<link[^>]+rel\s*=\s*[\"']canonical[\"'][^>]*>", re.I)
_HREF = re.compile(r"href\s*=\s*[\"']([^\"']+)", re.I)


def looks_like_html(head: str) -> bool:
    return bool(_HTML_START.match(head[:4096]))


def read_html(data: bytes, origin: str) -> ReportText:
    """Read an HTML report, or raise InputError / EmptyInput."""
    markup = decode_text(data)
    if not looks_like_html(markup):
        raise InputError("not HTML (no <html>, <head> or <body> at the start)")
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(f"cannot read HTML: {exc}") from None
    with warnings_mod.catch_warnings():
        warnings_mod.simplefilter("ignore")
        document = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if document is None:
        raise EmptyInput("no main text found in the HTML page")
    meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = normalise_text(meta.get("text") or "")
    title = (meta.get("title") or "").strip() or None
    if len(text.split()) < 5:  # a menu or a cookie notice is not an article
        raise EmptyInput("no main text found in the HTML page")
    # trafilatura puts the headline in the text when it is inside the article.
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    text = re.sub(r"\n(?!\n)", "\n\n", text)  # one paragraph per line: keep them apart
    published_raw = meta.get("date")
    published = None
    if published_raw:
        try:
            published = dt.date.fromisoformat(str(published_raw)[:10])
        except ValueError:
            published = None
    url = meta.get("url")
    if not url and (link := _CANONICAL.search(markup)):
        href = _HREF.search(link.group())
        url = href.group(1) if href else None
    published_from = "html" if published else None
    if published is None and (from_url := date_in_url(url)):
        published, published_from = from_url, "url"
    language = meta.get("language")
    if not language and (m := _LANG.search(markup[:4096])):
        language = m.group(1).lower()
    return ReportText(
        origin=origin, format="html", text=text, title=title, published_on=published,
        published_raw=str(published_raw) if published_raw else None, published_from=published_from,
        byline=(meta.get("author") or None), url=url or None, language=language or None,
        kind=None,
    )
