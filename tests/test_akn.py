"""The AKN4UN reader and the safe XML parser under it.

Facts checked against the UN's own files in ../shared/data/unxml (dates,
meetings, votes, paragraph ids); synthetic documents cover repairs and
attacks so those tests run in a fresh clone too.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from mandates import records
from mandates.readers import safexml
from mandates.readers.akn import canonical_symbol, read_akn, split_names
from mandates.readers.safexml import InputError, parse_xml

UNXML = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "unxml"
JUNK_NAMES = ("test", "test.txt", "desktop.ini")


def corpus() -> Path:
    """The AKN corpus, or skip: it lives outside the repository in ../shared."""
    if not UNXML.is_dir():
        pytest.skip(f"needs the UN AKN corpus at {UNXML} (the ../shared folder is not here)")
    return UNXML


def corpus_path(name_glob: str) -> Path:
    matches = sorted(corpus().rglob(name_glob))
    assert matches, f"no file matches {name_glob} under {UNXML}"
    return matches[0]


def read(name_glob: str) -> records.Decision:
    path = corpus_path(name_glob)
    return read_akn(path.read_bytes(), str(path))


def by_label(decision: records.Decision, label: str) -> records.Paragraph:
    found = [p for p in decision.paragraphs if p.label == label]
    assert found, f"{decision.symbol} has no paragraph labelled {label!r}"
    return found[0]


# -- the whole corpus ------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.slow
def test_every_xml_file_reads_and_junk_is_refused():
    base = corpus()
    decisions: dict[Path, records.Decision] = {}
    refused: dict[Path, str] = {}
    for path in sorted(p for p in base.rglob("*") if p.is_file() and "data_extract" not in p.parts):
        if path.suffix == ".md":
            continue
        try:
            decisions[path] = read_akn(path.read_bytes(), str(path))
        except InputError as error:
            refused[path] = str(error)
    kinds = Counter(d.kind for d in decisions.values())
    assert len(decisions) >= 1550
    assert kinds["resolution"] >= 1530 and kinds["draft"] >= 19
    # The only XML file refused is a presidential statement; the rest are junk.
    refused_xml = {p.name: reason for p, reason in refused.items() if p.suffix == ".xml"}
    assert list(refused_xml) == ["S_PRST_2020_11.xml"]
    assert "presidential statement" in refused_xml["S_PRST_2020_11.xml"]
    assert sorted(p.name for p in refused if p.suffix != ".xml") == sorted(
        ["test", "test", "test.txt", "desktop.ini"]
    )
    for path, decision in decisions.items():
        assert decision.symbol and decision.year, path
        assert decision.date is not None, path
        if decision.kind == "resolution":
            assert decision.number and decision.symbol.startswith("S/RES/"), path
        else:
            assert decision.number is None and decision.draft_symbol == decision.symbol, path
        assert [p.order for p in decision.paragraphs] == list(range(len(decision.paragraphs))), path
        assert len({p.eid for p in decision.paragraphs}) == len(decision.paragraphs), path
        assert all(p.kind in records.PARAGRAPH_KINDS for p in decision.paragraphs), path
        assert all(v.vote in records.VOTE_CODES for v in decision.votes), path


@pytest.mark.shared
def test_junk_files_are_refused_with_a_reason():
    for name in JUNK_NAMES:
        path = corpus_path(name)
        with pytest.raises(InputError, match="empty file|binary or non-XML"):
            read_akn(path.read_bytes(), str(path))


# -- anchor documents ------------------------------------------------------------------


@pytest.mark.shared
def test_resolution_2690_terminating_minusma():
    decision = read("S_RES_2690[_ ]*.xml")
    assert decision.kind == "resolution"
    assert decision.symbol == "S/RES/2690 (2023)"
    assert (decision.number, decision.year) == (2690, 2023)
    assert decision.date == dt.date(2023, 6, 30)
    assert decision.meeting == "S/PV.9365"
    assert decision.draft_symbol == "S/2023/480"
    assert decision.submitters == ("France",)
    assert decision.sponsors == ()
    assert decision.chapter_vii is True
    assert decision.recorded_outcome == "adopted"
    assert decision.recorded_outcome_text == "Adopted unanimously, 9365th meeting"
    assert dict(decision.recorded_counts) == {"in_favour": "015", "against": "", "abstaining": ""}
    assert Counter(v.vote for v in decision.votes) == {records.IN_FAVOUR: 15}
    assert "The situation in Mali." in decision.agenda
    assert decision.title.startswith("Security Council resolution 2690 (2023)")
    assert decision.warnings == ()

    first_op = next(p for p in decision.paragraphs if p.kind == records.OPERATIVE)
    assert (first_op.eid, first_op.label, first_op.number) == ("para_11", "OP 1", "1.")
    assert first_op.text.startswith("Decides to terminate")
    assert "S/RES/2640 (2022)" in first_op.cites

    point = by_label(decision, "OP 6(iv)")
    assert point.eid == "para_21_list_point_iv"
    assert (point.kind, point.parent_eid, point.number) == (records.POINT, "para_21", "(iv)")
    intro = by_label(decision, "OP 6 intro")
    assert intro.kind == records.INTRO and intro.parent_eid == "para_21"
    # The whole paragraph text carries its points, so a search for a point finds OP 6.
    assert "extract United Nations personnel" in by_label(decision, "OP 6").text

    drawdown = by_label(decision, "Drawdown")
    assert drawdown.kind == records.SUBHEADING and drawdown.number is None
    preamble = [p for p in decision.paragraphs if p.kind == records.PREAMBLE]
    assert [p.label for p in preamble[:2]] == ["PP 1", "PP 2"]
    assert any("S/2023/463" in p.cites for p in preamble)


@pytest.mark.shared
def test_resolution_2640_with_two_abstentions():
    decision = read("S_RES_2640[_ ]*.xml")
    assert decision.date == dt.date(2022, 6, 29)
    assert decision.meeting == "S/PV.9082"
    assert Counter(v.vote for v in decision.votes) == {records.IN_FAVOUR: 13, records.ABSTAINING: 2}
    abstaining = sorted(v.member_raw for v in decision.votes if v.vote == records.ABSTAINING)
    assert abstaining == ["CHINA", "RUSSIAN FEDERATION"]
    assert dict(decision.recorded_counts)["abstaining"] == "002"
    assert by_label(decision, "Priority tasks").kind == records.SUBHEADING


@pytest.mark.shared
def test_resolution_2100_establishing_minusma():
    decision = read("S_RES_2100[_ ]*.xml")
    assert decision.date == dt.date(2013, 4, 25)
    assert decision.meeting == "S/PV.6952"
    assert decision.draft_symbol == "S/2013/242"
    assert decision.chapter_vii is True
    kinds = Counter(p.kind for p in decision.paragraphs)
    # The file holds 24 preambular clauses (25 with "The Security Council,")
    # and operative paragraphs numbered 1 to 35.
    assert kinds[records.PREAMBLE] == 24
    numbered = [p for p in decision.paragraphs if p.kind == records.OPERATIVE and p.number]
    assert [p.label for p in numbered] == [f"OP {n}" for n in range(1, 36)]
    assert "Decides to establish the United Nations Multidimensional" in by_label(decision, "OP 7").text
    # Points (f) and (g) of OP 16 escaped their list in the markup.
    stray = by_label(decision, "OP 16(f)")
    assert (stray.eid, stray.parent_eid, stray.kind) == ("para_148", "para_146", records.POINT)
    continuation = next(p for p in decision.paragraphs if p.eid == "para_149")
    assert (continuation.label, continuation.parent_eid) == ("OP 16(f)", "para_148")
    assert by_label(decision, "OP 16(a)(iii)").parent_eid == "para_146_list_point_a"


@pytest.mark.shared
def test_vetoed_draft_2023_638():
    decision = read("S_2023_638-*.xml")
    assert decision.kind == "draft"
    assert decision.symbol == decision.draft_symbol == "S/2023/638"
    assert decision.number is None and decision.year == 2023
    assert decision.date == dt.date(2023, 8, 30)
    assert decision.meeting == "S/PV.9408"
    assert decision.recorded_outcome == "vetoed"
    assert decision.vetoed_by_recorded == ("Russian Federation",)
    assert decision.submitters == ("France", "United Arab Emirates")
    against = [v.member_raw for v in decision.votes if v.vote == records.AGAINST]
    assert against == ["RUSSIAN FEDERATION"]
    # The file lists China both in favour and abstaining; the reader says so.
    assert any("CHINA is listed both" in w for w in decision.warnings)
    assert any("in_favour count is '013' but 14" in w for w in decision.warnings)


@pytest.mark.shared
def test_split_member_name_is_joined_with_a_warning():
    decision = read("S_RES_2403_*.xml")
    members = [v.member_raw for v in decision.votes]
    assert "CÔTE D'IVOIRE" in members and "CÔTE." not in members
    assert len(members) == 15
    assert any("split member name" in w for w in decision.warnings)


@pytest.mark.shared
def test_old_markup_with_numbers_and_text_in_separate_paragraphs():
    decision = read("S_RES_1285_*.xml")
    first = by_label(decision, "OP 1")
    assert first.eid == "para_18"
    assert first.text.startswith("Authorizes the United Nations military observers")
    assert "S/RES/779 (1992)" in first.cites  # written "resolutions 779 (1992)", no link
    assert any("were joined" in w for w in decision.warnings)


@pytest.mark.shared
def test_preamble_marked_up_as_lettered_paragraphs():
    decision = read("S_RES_2005_*.xml")
    preamble = [p for p in decision.paragraphs if p.kind == records.PREAMBLE]
    assert len(preamble) == 14 and preamble[0].number == "a."
    assert next(p for p in decision.paragraphs if p.kind == records.OPERATIVE).label == "OP 1"


@pytest.mark.shared
def test_adoption_dates_prefer_the_work_date_and_warn():
    decision = read("S_RES_1933_*.xml")
    assert decision.date == dt.date(2010, 6, 30)
    assert any("2010-04-30" in w and "2010-06-30" in w for w in decision.warnings)


# -- synthetic documents ------------------------------------------------------------


def akn(body: str = "", meta: str = "", symbol: str = "S/RES/9999 (2030)") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">
 <statement name="resolution">
  <meta>
   <identification><FRBRWork><FRBRdate date="2030-01-02" name="adoption"/></FRBRWork>
    <FRBRManifestation><FRBRdate date="2030-02-01" name="markup"/></FRBRManifestation></identification>
   <workflow>
    <step date="2030-01-02" outcome="draftResolution" as="S/2030/1"
          by="Bosnia and Herzegovina, France, United Kingdom of Great Britain and Northern Ireland and
              United States of America"/>
    <step date="0001-01-01" outcome="draftResolutionAdditionalSponsors" by="Ghana and Japan"/>
    <step date="2030-01-02" outcome="adopted" as="S/PV9999 (Resumption 1)" by="Adopted 14-0-0, 9999th meeting"/>
   </workflow>
   {meta}
  </meta>
  <coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p></coverPage>
  <preamble><formula name="enactingFormula"><p>The Security Council,</p></formula>
   <container eId="container_2">
    <p>Recalling its resolutions 1267 (1999) of 15 October 1999 and 1989 (2011),</p></container>
   <container eId="container_3"><p>and welcoming the letter (S/2029/12),</p></container>
  </preamble>
  <mainBody>{body}</mainBody>
 </statement>
</akomaNtoso>""".encode()


VOTES = """<analysis><parliamentary><voting>
 <count value="014" refersTo="inFavour"><akn4un:voters>
  {members}
 </akn4un:voters></count></voting></parliamentary></analysis>"""


def test_synthetic_resolution_metadata_and_repairs():
    names = ["ALBANIA", "CÔTE.", "D'IVOIRE"] + [f"MEMBER {i}" for i in range(12)]
    members = "".join(f'<organization refersTo="memberState">{n}</organization>' for n in names)
    body = """
     <paragraph eId="para_5"><num>1.</num><content><p></p></content></paragraph>
     <paragraph eId="para_6"><content><p><span>Decides</span> to act, see
       <a href="https://undocs.org/en/S/RES/2640(2022)">2640 (2022)</a>;</p></content></paragraph>
     <paragraph eId="para_7"><num>2.</num><list eId="para_7_list">
       <intro eId="para_7_list_intro"><p>Requests:</p></intro>
       <point><num>(a)</num><content><p>one thing;</p></content></point>
       <sublist><point><num>(i)</num><content><p>a detail;</p></content></point></sublist>
       <point><num>–</num><content><p>a bullet.</p></content></point>
     </list></paragraph>
     <paragraph eId="para_8"><subheading>Reporting</subheading></paragraph>
    """
    decision = read_akn(akn(body, VOTES.format(members=members)), "synthetic.xml")
    assert decision.symbol == "S/RES/9999 (2030)" and decision.date == dt.date(2030, 1, 2)
    assert decision.meeting == "S/PV.9999 (Resumption 1)"
    assert decision.submitters == (
        "Bosnia and Herzegovina", "France",
        "United Kingdom of Great Britain and Northern Ireland", "United States of America",
    )
    assert decision.sponsors == ("Ghana", "Japan")
    assert [v.member_raw for v in decision.votes][:2] == ["ALBANIA", "CÔTE D'IVOIRE"]
    assert any("split member name" in w for w in decision.warnings)
    labels = [(p.label, p.kind, p.eid, p.parent_eid) for p in decision.paragraphs]
    assert labels == [
        ("PP 1", records.PREAMBLE, "container_2", None),
        ("PP 1", records.PREAMBLE, "container_3", "container_2"),  # lower-case continuation
        ("OP 1", records.OPERATIVE, "para_5", None),
        ("OP 2", records.OPERATIVE, "para_7", None),
        ("OP 2 intro", records.INTRO, "para_7_list_intro", "para_7"),
        ("OP 2(a)", records.POINT, "para_7_point_a", "para_7"),
        ("OP 2(a)(i)", records.POINT, "para_7_point_a_point_i", "para_7_point_a"),
        ("OP 2 bullet 1", records.POINT, "para_7_point_bullet_1", "para_7"),
        ("Reporting", records.SUBHEADING, "para_8", None),
    ]
    first = decision.paragraphs[2]
    assert first.text == "Decides to act, see 2640 (2022);"
    assert first.cites == ("S/RES/2640 (2022)",)
    assert decision.paragraphs[0].cites == ("S/RES/1267 (1999)", "S/RES/1989 (2011)")
    assert decision.paragraphs[1].cites == ("S/2029/12",)
    assert decision.paragraphs[3].text == "Requests: (a) one thing; (i) a detail; – a bullet."


def test_names_and_symbols_are_normalised():
    assert split_names("Trinidad and Tobago, Chile, and Peru") == ("Trinidad and Tobago", "Chile", "Peru")
    assert split_names("") == ()
    assert canonical_symbol("S/RES/2640%20(2022)") == "S/RES/2640 (2022)"
    assert canonical_symbol("s/res/17(1946)") == "S/RES/17 (1946)"
    assert canonical_symbol(" S/2023/463 ") == "S/2023/463"


def test_draft_symbol_and_veto_text():
    meta = ""
    data = akn(meta=meta, symbol="S/2030/77").replace(
        b'outcome="adopted" as="S/PV9999 (Resumption 1)" by="Adopted 14-0-0, 9999th meeting"',
        b'outcome="veto" as="S/PV.9998" by="The draft resolution was not adopted due to the negative vote '
        b'of permanent members of the Security Council (China and Russian Federation) (S/PV.9998)."',
    )
    decision = read_akn(data, "draft.xml")
    assert (decision.kind, decision.number, decision.draft_symbol) == ("draft", None, "S/2030/77")
    assert decision.recorded_outcome == "vetoed"
    assert decision.vetoed_by_recorded == ("China", "Russian Federation")
    assert decision.meeting == "S/PV.9998"


# -- refusing bad input -------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<lolz>&lol2;</lolz>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&xxe;</akomaNtoso>"""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t", "empty file"),
        (b"\x00\x01\x02\x03binary", "binary or non-XML content"),
        (b"GIF89a\x01\x02", "binary or non-XML content"),
        (b"[LocalizedFileNames]\r\nx=y", "binary or non-XML content"),
        (b"<a>\xff\xfe\xfd</a>", "binary or non-XML content"),
        (BILLION_LAUGHS, "entity declarations are not allowed"),
        (XXE, "entity declarations are not allowed"),
        (b'<!DOCTYPE a [<!ELEMENT a ANY>]><a/>', "internal subset"),
        (b"<a><b></a>", "malformed XML"),
        (b"<a>&undefined;</a>", "malformed XML"),
        (b"<html><body>hi</body></html>", "not an Akoma Ntoso document (root element <html>)"),
        (b'<akomaNtoso xmlns="http://example.org/other"><x/></akomaNtoso>', "not an Akoma Ntoso document"),
        (
            b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
            b"<statement><meta/></statement></akomaNtoso>",
            "no document symbol found",
        ),
    ],
)
def test_bad_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")) as caught:
        read_akn(data, "bad.xml")
    message = str(caught.value)
    assert "\n" not in message and "bad.xml" not in message


def test_oversize_input_is_refused(monkeypatch):
    monkeypatch.setattr(safexml, "MAX_BYTES", 1024 * 1024)
    data = b"<a>" + b"x" * (3 * 1024 * 1024) + b"</a>"
    with pytest.raises(InputError, match=r"file is 3\.0 MB, over the 1 MB limit"):
        parse_xml(data, "big.xml")


def test_external_dtd_is_never_fetched():
    root = parse_xml(b'<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a>ok</a>', "dtd.xml")
    assert root.text == "ok"


def test_utf8_bom_and_comments_before_the_root_are_fine():
    root = parse_xml(b"\xef\xbb\xbf<?xml version='1.0'?><!-- note --><a/>", "bom.xml")
    assert root.tag == "a"
