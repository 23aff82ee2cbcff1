"""Reports in Portuguese and German, resolution text inside a report, and
linking a report that quotes a resolution without naming it.

The sentences are written for these tests; the excerpt test takes real
operative paragraphs from the UN's XML at test time (../shared), so no UN
text is copied into the repository."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mandates.extract.dates import find_dates
from mandates.ledger.ledger import Ledger
from mandates.readers.report import read_report
from mandates.reports.numbers import find_resolution_numbers
from mandates.reports.sentences import split_sentences
from mandates.reports.tallies import read_vote
from tests.conftest import resolution_file
from tests.test_reports_phrasings import gold_view


# --- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("renovou nesta sexta-feira o mandato", "2023-06-30", ("sexta-feira", "2023-06-30")),
    ("até 31 de julho de 2020", "2020-06-30", ("até 31 de julho de 2020", "2020-07-31")),
    ("hat am Freitag das Mandat verlängert", "2023-06-30", ("Freitag", "2023-06-30")),
    ("bis zum 30. Juni 2024", "2023-06-30", ("bis zum 30. Juni 2024", "2024-06-30")),
    ("gestern", "2023-07-01", ("gestern", "2023-06-30")),
    ("ontem", "2023-07-01", ("ontem", "2023-06-30")),
    ("im vergangenen Jahr", "2023-06-30", ("im vergangenen Jahr", "2022")),
    ("no próximo ano", "2023-06-30", ("no próximo ano", "2024")),
    ("Mitte Juni", "2023-06-30", ("Mitte Juni", "2023-06")),
    ("em meados de junho", "2023-06-30", ("meados de junho", "2023-06")),
])
def test_portuguese_and_german_dates(text, anchor, expected):
    found = [e for e in find_dates(text, dt.date.fromisoformat(anchor)) if e.value]
    assert found, text
    e = found[0]
    assert e.text == expected[0]
    iso = e.value.start.isoformat()
    assert iso.startswith(expected[1]), (e.text, e.value)


def test_until_qualifiers_in_both_languages():
    pt = find_dates("até 31 de julho de 2020", dt.date(2020, 6, 30))[0]
    de = find_dates("bis zum 30. Juni 2024", dt.date(2023, 6, 30))[0]
    assert pt.qualifier == de.qualifier == "until"


def test_german_ordinal_days_do_not_end_sentences():
    text = "Der Rat hat das Mandat bis zum 31. August 2024 verlängert. Die Resolution wurde in der 9409. Sitzung angenommen."
    assert [s.text[:10] for s in split_sentences(text)] == ["Der Rat ha", "Die Resolu"]


# --- votes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, tally, unanimous", [
    ("O Conselho aprovou o texto com 13 votos a favor, nenhum contra e 2 abstenções.", (13, 0, 2), None),
    ("A resolução foi aprovada por unanimidade.", (None, None, None), True),
    ("Der Rat verlängerte das Mandat mit 13 Ja-Stimmen bei zwei Enthaltungen.", (13, None, 2), None),
    ("Die Resolution wurde mit 13 zu 0 Stimmen bei 2 Enthaltungen angenommen.", (13, 0, 2), None),
    ("Die Resolution wurde mit 14 Stimmen bei einer Enthaltung angenommen.", (14, None, 1), None),
    ("Die Resolution wurde einstimmig angenommen.", (None, None, None), True),
    ("Der Rat stimmte mit 15 Stimmen, ohne Gegenstimme und ohne Enthaltung, für den Text.", (15, 0, 0), True),
])
def test_portuguese_and_german_tallies(text, tally, unanimous):
    vote = read_vote(text, 0, len(text))
    assert (vote.yes, vote.no, vote.abstain) == tally
    assert (vote.unanimous[0] if vote.unanimous else None) == unanimous


def test_german_veto_is_a_failed_vote():
    text = "Russland legte sein Veto gegen den Resolutionsentwurf ein, der 13 Ja-Stimmen erhalten hatte."
    vote = read_vote(text, 0, len(text))
    assert vote.failed is not None and vote.yes == 13


# --- whole reports ---------------------------------------------------------------------------

def test_portuguese_report():
    text = ("O Conselho de Segurança da ONU renovou nesta quinta-feira, por unanimidade, o mandato da Unmiss até "
            "15 de março de 2024. A resolução 2677 (2023), redigida pelos Estados Unidos, mantém o teto de até "
            "17.000 militares e 2.101 policiais. A missão conta hoje com cerca de 13.000 capacetes azuis.")
    resolution, missions, reading = gold_view(text, mission="UNMISS")
    assert resolution["number"] == 2677 and resolution["unanimous"] is True
    assert resolution["penholder"] == "United States"
    unmiss = missions["UNMISS"]
    assert unmiss["action"] == "extend" and unmiss["mandate_until"] == "2024-03-15"
    assert unmiss["ceilings"] == {"military": 17000, "police": 2101}  # not the 13,000 deployed


def test_german_report_reads_verbs_at_the_end_of_the_clause():
    text = ("Der UN-Sicherheitsrat hat das Mandat der Blauhelmmission im Libanon (UNIFIL) am Donnerstag bis zum "
            "31. August 2024 verlängert. Die von Frankreich eingebrachte Resolution 2695 wurde mit 13 Stimmen bei "
            "zwei Enthaltungen angenommen. Die Obergrenze liegt weiter bei 15.000 Soldaten.")
    resolution, missions, reading = gold_view(text)
    assert resolution["number"] == 2695
    assert resolution["vote"] == {"yes": 13, "no": 0, "abstain": 2} and resolution["unanimous"] is False
    assert resolution["penholder"] == "France"
    unifil = missions["UNIFIL"]
    assert unifil["action"] == "extend" and unifil["mandate_until"] == "2024-08-31"
    assert unifil["ceilings"]["military"] == 15000


def test_german_termination_and_withdrawal():
    text = ("New York, 22. Dezember 2020 – Der Sicherheitsrat hat am Dienstag das Mandat der Hybriden Mission in "
            "Darfur (UNAMID) einstimmig beendet. Die Mission soll den Abzug aller Kräfte bis zum 30. Juni 2021 "
            "abschließen.")
    resolution, missions, reading = gold_view(text)
    assert resolution["adopted_on"] == "2020-12-22" and resolution["unanimous"] is True
    unamid = missions["UNAMID"]
    assert unamid["action"] == "terminate" and unamid["withdrawal_deadline"] == "2021-06-30"


def test_a_header_listing_two_missions_puts_the_first_first():
    text = ("The council extended the mandate of the mission until 30 April 2005. UNMIS and MINUCI were discussed; "
            "MINUCI was mentioned twice: MINUCI.")
    _, missions, reading = gold_view(text, mission="UNMIS, MINUCI")
    assert reading.missions[0] == "UNMIS"


# --- resolution text inside a report ---------------------------------------------------------

def test_numbers_in_the_text_of_a_resolution_are_cited_not_the_subject():
    text = ("Security Council extends mission, adopting resolution 2677 (2023).\n\n"
            "The full text of resolution 2677 (2023) reads as follows:\n\n"
            "The Security Council,\n\nRecalling its previous resolutions, in particular resolution 2625 (2022),\n\n"
            "2. Decides that the mandate advances the strategic vision set in resolution 2567 (2021);")
    refs = find_resolution_numbers(text)
    assert [(r.number, r.subject) for r in refs] == [(2677, True), (2677, True), (2625, False), (2567, False)]


def test_an_excerpt_without_a_heading_has_no_subject_number():
    text = ("The Security Council,\n\n1. Decides to extend the mandate of UNMISS until 15 March 2024;\n\n"
            "2. Decides that the mandate advances the vision defined in resolution 2567 (2021);")
    assert not any(r.subject for r in find_resolution_numbers(text))


@pytest.fixture(scope="module")
def renewals_db(unxml, tmp_path_factory) -> Path:
    """Four UNMISS renewals that repeat much of each other's wording."""
    db = tmp_path_factory.mktemp("quoted") / "record.db"
    with Ledger.open(db) as ledger:
        report = ledger.ingest([resolution_file(unxml, n) for n in (2625, 2677, 2729, 2779)], jobs=0)
    assert not report.failed
    return db


def _operative_text(db: Path, symbol: str, first: int) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT p.number, p.text FROM paragraphs p JOIN resolutions r ON r.document_id = p.document_id "
                            "WHERE r.symbol = ? AND p.kind = 'operative' ORDER BY p.position", (symbol,)).fetchall()
    return [f"{number} {text}" for number, text in rows[:first]]


def test_a_quoted_excerpt_links_to_the_resolution_it_quotes(renewals_db, tmp_path):
    paragraphs = _operative_text(renewals_db, "S/RES/2677 (2023)", 5)
    assert not any(re.search(r"\b2677\b", p) for p in paragraphs)
    path = tmp_path / "excerpt.txt"
    path.write_text("The Security Council,\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    with Ledger.open(renewals_db) as ledger:
        result = ledger.check_report(read_report(path.read_bytes(), str(path)), None)
    link = result["linked"][0]
    assert link["symbol"] == "S/RES/2677 (2023)" and link["confidence"] >= 0.8
    assert "word for word" in link["reason"] and "OP 2" in link["reason"]
    verdicts = {f["field"]: f["verdict"] for f in result["facts"]}
    assert verdicts.get("mandate_until") == "consistent"


def test_paraphrase_does_not_link_by_quotation(renewals_db, tmp_path):
    path = tmp_path / "paraphrase.txt"
    path.write_text("The Security Council,\n\nDecides that the mission in South Sudan keeps working on its plan for "
                    "peace and elections for one more year with the same number of soldiers as before and more.\n\n"
                    "Requests the Secretary-General to tell the Council about anything that stands in the way of "
                    "the mission and its people.\n", encoding="utf-8")
    with Ledger.open(renewals_db) as ledger:
        result = ledger.check_report(read_report(path.read_bytes(), str(path)), None)
    assert not any("word for word" in link["reason"] for link in result["linked"])
