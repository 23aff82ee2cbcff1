"""The ledger on real documents: storing, idempotency, replacement, bad input."""
from __future__ import annotations

import io
import json
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from mandates.ledger.ledger import Ledger
from mandates.readers import sources

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol3;</akomaNtoso>"""


def table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        names = ["documents", "resolutions", "drafts", "member_votes", "paragraphs",
                 "citations", "decision_terms", "extract_entries", "discrepancies"]
        return {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}
    finally:
        con.close()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "ledger.db"


def test_mali_resolutions_stored_with_their_record(db, mali_files):
    with Ledger.open(db) as ledger:
        report = ledger.ingest(mali_files)
        assert report.failed == []
        assert report.new == len(mali_files)
        r = ledger.resolution(2690)
    assert r["symbol"] == "S/RES/2690 (2023)"
    assert r["adopted_on"] == "2023-06-30"
    assert r["meeting"] == "S/PV.9365"
    assert r["draft"] == "S/2023/480"
    assert r["submitters"] == ["France"]
    assert r["chapter_vii"] is True
    assert r["outcome"] == "adopted"
    assert len(r["votes"]["in_favour"]) == 15
    assert r["votes"]["against"] == [] and r["votes"]["abstaining"] == []
    first_op = next(p for p in r["paragraphs"] if p["kind"] == "operative")
    assert (first_op["eid"], first_op["label"]) == ("para_11", "OP 1")
    assert "S/2023/463" in r["cites"]
    assert r["source"]["sha256"] and r["source"]["origin"].endswith(".xml")


def test_abstentions_of_2640(db, mali_files):
    with Ledger.open(db) as ledger:
        ledger.ingest(mali_files)
        v = ledger.votes("S/RES/2640 (2022)")
    assert sorted(v["votes"]["abstaining"]) == ["China", "Russian Federation"]
    assert v["tally"] == {"in_favour": 13, "against": 0, "abstaining": 2, "non_voting": 0}
    assert v["outcome"] == "adopted"


def test_vetoed_draft(db, mali_files):
    with Ledger.open(db) as ledger:
        ledger.ingest(mali_files)
        d = ledger.resolution("S/2023/638")
    assert d["kind"] == "draft"
    assert d["outcome"] == "not_adopted"
    assert d["vetoed_by"] == ["Russian Federation"]
    assert d["voted_on"] == "2023-08-30"


def test_second_ingest_changes_nothing(db, mali_files):
    with Ledger.open(db) as ledger:
        ledger.ingest(mali_files)
    before = table_counts(db)
    with Ledger.open(db) as ledger:
        report = ledger.ingest(mali_files)
    assert (report.new, report.replaced, report.unchanged) == (0, 0, len(mali_files))
    assert table_counts(db) == before


def test_changed_document_replaces_only_its_own_facts(db, mali_files, tmp_path):
    with Ledger.open(db) as ledger:
        ledger.ingest(mali_files)
    before = table_counts(db)
    original = mali_files[2].read_bytes()  # S/RES/2690
    changed = tmp_path / "S_RES_2690_changed.xml"
    # The source writes a no-break space between day and month.
    edited = original.replace("until 30\u00a0September 2023".encode(), b"until 31 October 2023")
    assert edited != original
    changed.write_bytes(edited)
    with Ledger.open(db) as ledger:
        report = ledger.ingest([changed])
        assert report.replaced == 1
        r = ledger.resolution(2690)
        assert any("31 October 2023" in p["text"] for p in r["paragraphs"])
        assert r["source"]["origin"] == str(changed)
        assert ledger.resolution(2100)["symbol"] == "S/RES/2100 (2013)"
    assert table_counts(db) == before


def test_search_finds_the_phrase(db, mali_files):
    with Ledger.open(db) as ledger:
        ledger.ingest(mali_files)
        hits = ledger.search('"immediate vicinity"')
        assert any(h["symbol"] == "S/RES/2690 (2023)" and h["label"] == "OP 5" for h in hits)
        # Words that FTS5 would read as syntax are taken literally.
        assert isinstance(ledger.search('NEAR(" OR AND *'), list)


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    files = {
        "empty": (b"", "empty"),
        "binary": (bytes(range(256)) * 4, "binary"),
        "bomb": (BILLION_LAUGHS, "entit"),
        "malformed": (b"<akomaNtoso><statement></akomaNtoso>", "malformed"),
        "not_akn": (b"<?xml version='1.0'?><html><body>hi</body></html>", "Akoma Ntoso"),
        "xxe": (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "entit"),
    }
    out = {}
    for name, (data, reason) in files.items():
        path = tmp_path / f"{name}.xml"
        path.write_bytes(data)
        out[name] = (path, reason)
    return out


def test_bad_inputs_fail_one_by_one_and_the_rest_ingests(db, mali_files, tmp_path):
    bad = _bad_inputs(tmp_path)
    with Ledger.open(db) as ledger:
        report = ledger.ingest([p for p, _ in bad.values()] + mali_files[:1])
    assert report.new == 1
    reasons = dict(report.failed)
    assert len(reasons) == len(bad)
    for name, (path, expected) in bad.items():
        assert expected.lower() in reasons[str(path)].lower(), (name, reasons[str(path)])
        assert "\n" not in reasons[str(path)]
    assert table_counts(db)["resolutions"] == 1


def test_oversize_file_is_refused(db, tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_BYTES", 1000)
    big = tmp_path / "big.xml"
    big.write_bytes(b"<a>" + b"x" * 2000 + b"</a>")
    with Ledger.open(db) as ledger:
        report = ledger.ingest([big])
    assert "limit" in dict(report.failed)[str(big)]


def test_archives_are_read_member_by_member(db, mali_files, tmp_path):
    zpath = tmp_path / "corpus.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(mali_files[0], "SCresolutions-main/Pre-2020/2013/" + mali_files[0].name)
        zf.writestr("SCresolutions-main/README.md", "not data")
    tpath = tmp_path / "corpus.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        tf.add(mali_files[2], "SCresolutions-main/2023/English/" + mali_files[2].name)
        payload = b"\x00\x01binary"
        info = tarfile.TarInfo("SCresolutions-main/2023/English/broken.xml")
        info.size = len(payload)
        tf.addfile(info, io.BytesIO(payload))
    with Ledger.open(db) as ledger:
        report = ledger.ingest([zpath, tpath])
        assert report.new == 2 and report.skipped == 1
        assert [o for o, _ in report.failed] == [f"{tpath}!SCresolutions-main/2023/English/broken.xml"]
        assert ledger.resolution(2100)["source"]["origin"].startswith(f"{zpath}!")


def test_missing_path_is_reported(db, tmp_path):
    with Ledger.open(db) as ledger:
        report = ledger.ingest([tmp_path / "nope"])
    assert dict(report.failed)[str(tmp_path / "nope")] == "no such file or folder"


def test_extract_disagreements_recorded_whichever_comes_first(tmp_path, unxml):
    xml = next(unxml.rglob("S_RES_2423*.xml"))
    extract = unxml / "data_extract" / "2018.json"
    for order in ([xml, extract], [extract, xml]):
        db = tmp_path / f"d{len(list(tmp_path.iterdir()))}.db"
        with Ledger.open(db) as ledger:
            ledger.ingest(order)
            rows = ledger.discrepancies("S/RES/2423 (2018)")
        dates = [r for r in rows if r["field"] == "date"]
        assert dates, rows
        assert "2018-06-28" in json.dumps(dates) and "2016-06-29" in json.dumps(dates)


def test_a_document_the_database_refuses_fails_alone(db, mali_files, monkeypatch):
    from mandates.ledger import reading

    real = reading.decision_rows

    def broken_for_2640(decision, provisions):
        rows = real(decision, provisions)
        if decision.number == 2640:  # two paragraphs with one eId: the unique constraint refuses it
            rows = [(t, c, r + r[:1]) if t == "paragraphs" else (t, c, r) for t, c, r in rows]
        return rows

    monkeypatch.setattr(reading, "decision_rows", broken_for_2640)
    with Ledger.open(db) as ledger:
        report = ledger.ingest(mali_files, jobs=0)
        failed = dict(report.failed)
        assert len(failed) == 1 and "the database refused it" in next(iter(failed.values()))
        assert report.new == len(mali_files) - 1
        assert ledger.resolution(2690)["symbol"] == "S/RES/2690 (2023)"
    counts = table_counts(db)
    assert counts["resolutions"] == 2  # 2100 and 2690; nothing of 2640 was kept
