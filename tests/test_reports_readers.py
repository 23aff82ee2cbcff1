"""Report readers: plain text, HTML and PDF, good and bad inputs, and the ingest dispatch."""
from __future__ import annotations

import datetime as dt

import pytest

from mandates.readers import sources
from mandates.readers.html import read_html
from mandates.readers.pdf import read_pdf
from mandates.readers.report import read_report, report_format
from mandates.readers.safexml import InputError, NotADecision
from mandates.readers.text import EmptyInput, read_text
from tests.reports_helpers import make_pdf

STORY = ("The United Nations Security Council on Friday unanimously voted to end its peacekeeping mission "
         "in Mali, MINUSMA, with the objective of completing the withdrawal by Dec. 31, 2023.")


# --- plain text ---------------------------------------------------------------------

def test_text_with_header_block():
    data = ("url: https://news.example.org/2023/06/30/mali\nkind: news\nlanguage: en\nmission: MINUSMA\n---\n"
            f"Council ends Mali mission\n\n{STORY}\n").encode()
    doc = read_text(data, "r.txt")
    assert doc.format == "text" and doc.kind == "news" and doc.language == "en" and doc.mission_hint == "MINUSMA"
    assert doc.url.endswith("/mali") and doc.title == "Council ends Mali mission"
    assert doc.published_on == dt.date(2023, 6, 30) and doc.published_from == "url"
    assert doc.text.startswith("Council ends Mali mission") and "url:" not in doc.text


def test_text_without_header_takes_the_first_short_line_as_title():
    doc = read_text(f"Council ends Mali mission\n\n{STORY}".encode("utf-8-sig"), "r.txt")
    assert doc.title == "Council ends Mali mission" and doc.published_on is None


def test_text_header_published_key_and_windows_1252_fallback():
    doc = read_text(b"published: 2023-06-30\n---\nThe Council\x92s vote \x96 unanimous.\r\n", "r.txt")
    assert doc.published_on == dt.date(2023, 6, 30) and doc.published_from == "header"
    assert "Council’s vote – unanimous" in doc.text and "\r" not in doc.text


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyInput, "empty"),
    (b"\n", EmptyInput, "empty"),
    (b"url: x\n---\n\n", EmptyInput, "no text"),
    (bytes(range(256)) * 8, InputError, "binary"),
    (b"\x00\x01\x02PK\x03\x04 zip", InputError, "binary"),
])
def test_bad_text_inputs(data, error, words):
    with pytest.raises(error) as caught:
        read_text(data, "bad.txt")
    assert words in str(caught.value)


def test_an_empty_text_file_is_skipped_not_failed():
    assert issubclass(EmptyInput, NotADecision)  # ingest counts NotADecision as skipped


# --- HTML ---------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Council ends Mali mission | Example News</title>
<meta property="og:title" content="Council ends Mali mission">
<meta property="article:published_time" content="2023-06-30T18:04:00Z">
<meta name="author" content="Jane Reporter">
<link rel="canonical" href="https://news.example.org/world/mali-mission"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe</nav>
<article><h1>Council ends Mali mission</h1><p>{STORY}</p>
<p>The French-drafted resolution authorizes MINUSMA to respond to imminent threats until September 30.</p></article>
<footer>Copyright 2026 Example News. Crawled 2026-01-05.</footer></body></html>"""


def test_html_main_text_and_metadata():
    doc = read_html(PAGE.encode(), "page.html")
    assert doc.format == "html" and doc.title == "Council ends Mali mission"
    assert doc.published_on == dt.date(2023, 6, 30) and doc.published_from == "html"
    assert doc.byline == "Jane Reporter" and doc.language == "en"
    assert doc.url == "https://news.example.org/world/mali-mission"
    assert "unanimously voted" in doc.text and "French-drafted" in doc.text
    assert "Subscribe" not in doc.text and "Copyright" not in doc.text  # page furniture left out


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyInput, "empty"),
    (bytes(range(256)) * 8, InputError, "binary"),
    (b"just some words, no markup at all", InputError, "not HTML"),
    (b"<html><body><nav>Home</nav></body></html>", EmptyInput, "no main text"),
])
def test_bad_html_inputs(data, error, words):
    with pytest.raises(error) as caught:
        read_html(data, "bad.html")
    assert words in str(caught.value)


# --- PDF ----------------------------------------------------------------------------

def test_pdf_text_layer_and_info():
    cut = STORY.index(" ", 60)
    data = make_pdf([STORY[:cut], STORY[cut + 1:]], title="Council ends Mali mission", created="20230630120000Z")
    doc = read_pdf(data, "r.pdf")
    assert doc.format == "pdf" and doc.title == "Council ends Mali mission"
    assert doc.published_on == dt.date(2023, 6, 30) and doc.published_from == "pdf"
    assert "unanimously voted to end its peacekeeping mission" in " ".join(doc.text.split())


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyInput, "empty"),
    (bytes(range(256)) * 8, InputError, "not a PDF"),
    (b"<html><body>not a pdf</body></html>", InputError, "not a PDF"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", InputError, "PDF"),
    (make_pdf(["x"], with_text=False), InputError, "no text layer"),
])
def test_bad_pdf_inputs(data, error, words):
    with pytest.raises(error) as caught:
        read_pdf(data, "bad.pdf")
    assert words in str(caught.value)


# --- dispatch -----------------------------------------------------------------------

def test_format_by_name_then_by_content():
    assert report_format("a/b.pdf", b"") == "pdf"
    assert report_format("a/b.HTM", b"") == "html"
    assert report_format("a/b.txt", b"") == "text"
    assert report_format("a/b.xml", b"<!DOCTYPE html><html>") is None   # the record's formats keep their readers
    assert report_format("archive.zip!story", b"%PDF-1.7 ...") == "pdf"
    assert report_format("story", b"<!doctype html><html><body>") == "html"
    assert report_format("story", b"<akomaNtoso>") is None
    assert read_report(make_pdf([STORY]), "story").format == "pdf"


def test_folders_now_yield_report_files(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.html").write_text(PAGE)
    (tmp_path / "c.pdf").write_bytes(make_pdf([STORY]))
    (tmp_path / "notes.md").write_text("not data")
    items = list(sources.iter_sources([tmp_path]))
    read = sorted(i.origin.rsplit("/", 1)[-1] for i in items if not isinstance(i, sources.Skipped))
    assert read == ["a.txt", "b.html", "c.pdf"]
    assert [i.origin.rsplit("/", 1)[-1] for i in items if isinstance(i, sources.Skipped)] == ["notes.md"]
