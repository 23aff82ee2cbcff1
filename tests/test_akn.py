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
        # Labels come from printed numbers, so two numbered operative paragraphs never share one
        # (annexes in <mainBody> restarted at "OP 1" before they were left out).
        numbered = [p.label for p in decision.paragraphs if p.kind == records.OPERATIVE and p.number and not p.parent_eid]
        assert len(set(numbered)) == len(numbered), path
        seen: set[str] = set()
        for p in decision.paragraphs:
            assert p.parent_eid is None or p.parent_eid in seen, (path, p.eid)
            seen.add(p.eid)
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


# -- markup repairs, one file each ----------------------------------------------------


def op_labels(decision: records.Decision) -> list[str]:
    return [p.label for p in decision.paragraphs if p.kind == records.OPERATIVE and not p.parent_eid]


def no_numbering_gap(decision: records.Decision) -> bool:
    return not any("not numbered" in w for w in decision.warnings)


@pytest.mark.shared
def test_operative_paragraphs_marked_up_as_a_list_in_the_last_preambular_paragraph():
    # S/RES/1991 (2011) puts OP 1-4 in a <blockList> under "Acting under Chapter VII ...:"
    # and the points of OP 4 at the start of <mainBody>; they came out as "OP (a)".
    decision = read("S_RES_1991_*.xml")
    acting = by_label(decision, "PP 18")
    assert (acting.eid, acting.text) == ("container_19", "Acting under Chapter VII of the Charter of the United Nations:")
    assert op_labels(decision)[:5] == ["OP 1", "OP 2", "OP 3", "OP 4", "OP 5"]
    first = by_label(decision, "OP 1")
    assert (first.eid, first.number, first.parent_eid) == ("container_19_item_1", "1.", None)
    assert first.text.startswith("Decides to extend until 30 June 2012 the mandate of MONUSCO")
    assert by_label(decision, "OP 3").cites == ("S/RES/1925 (2010)",)
    intro = by_label(decision, "OP 4 intro")
    assert (intro.eid, intro.parent_eid) == ("container_19_item_4_intro", "container_19_item_4")
    assert intro.text.startswith("Reiterates that future reconfigurations of MONUSCO")
    point = by_label(decision, "OP 4(a)")
    assert (point.eid, point.parent_eid, point.number) == ("para_20", "container_19_item_4", "(a)")
    assert point.text.startswith("The completion of the ongoing military operations in the Kivus")
    assert by_label(decision, "OP 4(c)").eid == "para_23"
    assert not any(p.label.startswith("OP (a)") for p in decision.paragraphs)
    assert decision.chapter_vii is True and no_numbering_gap(decision)
    assert any("marked up as a list in the preamble" in w for w in decision.warnings)

    decision = read("S_RES_2053_*.xml")
    assert op_labels(decision)[:5] == ["OP 1", "OP 2", "OP 3", "OP 4", "OP 5"]
    assert by_label(decision, "OP 2").eid == "container_22_item_2"
    assert by_label(decision, "OP 4(b)").parent_eid == "container_22_item_4"
    assert no_numbering_gap(decision)


@pytest.mark.shared
def test_number_typed_into_the_text_is_read_as_the_number():
    # S/RES/2730 (2024) para_70 has no <num>; its text starts "11 Condemns".
    decision = read("S_RES_2730-*.xml")
    op = by_label(decision, "OP 11")
    assert (op.eid, op.number, op.parent_eid, op.kind) == ("para_70", "11", None, records.OPERATIVE)
    assert op.text.startswith("Condemns disinformation, information manipulation")
    assert op_labels(decision) == [f"OP {n}" for n in range(1, 17)]
    assert any("number in the text" in w and "para_70 (11)" in w for w in decision.warnings)
    assert by_label(read("S_RES_1345_*.xml"), "OP 7").text.startswith("Further underlines the requirement")


@pytest.mark.shared
def test_annex_after_the_closing_paragraph_is_left_out():
    # S/RES/2794 (2025) and 2803 (2025) mark their annexes up inside <mainBody>; their
    # numbered entries came out as a second "OP 1", "OP 2".
    decision = read("S_RES_2794-*.xml")
    last = decision.paragraphs[-1]
    assert (last.eid, last.label, last.text) == ("para_70", "OP 20", "Decides to remain actively seized of the matter.")
    assert op_labels(decision) == [f"OP {n}" for n in range(1, 21)]
    assert not any("Designation Annex" in p.text or "Dimitri Herard" in p.text for p in decision.paragraphs)
    assert any("3 element(s) after the closing paragraph para_70" in w for w in decision.warnings)
    decision = read("S_RES_2803-*.xml")
    assert op_labels(decision) == [f"OP {n}" for n in range(1, 12)]
    assert decision.paragraphs[-1].eid == "para_59"
    assert decision.warnings == (
        "21 element(s) after the closing paragraph para_59 (“remain seized of the matter”) were read as an annex "
        "and left out.",
    )
    # A "-----" after the closing paragraph is decoration, not an annex.
    assert not any("annex" in w for w in read("S_RES_1287_*.xml").warnings)


@pytest.mark.shared
def test_operative_paragraphs_marked_up_as_points_are_read_as_operative():
    # S/RES/2820 (2026) puts OP 5 in a sublist of OP 4(d)(iv).
    decision = read("S_RES_2820-*.xml")
    op = by_label(decision, "OP 5")
    assert (op.eid, op.kind, op.parent_eid, op.number) == (
        "para_41_list_point_iv_sublist_point_5", records.OPERATIVE, None, "5.")
    assert op.text.startswith("Decides to reduce the overall force levels of UNMISS")
    point = by_label(decision, "OP 4(d)(iv)")
    assert point.text.startswith("To coordinate with") and "Decides to reduce" not in point.text
    assert "Decides to reduce" not in by_label(decision, "OP 4(d)").text
    heading = next(p for p in decision.paragraphs if p.eid == "para_42")
    assert (heading.kind, heading.label) == (records.SUBHEADING, "Cooperation between UNMISS and South Sudan")
    assert op_labels(decision) == [f"OP {n}" for n in range(1, 14)]
    # S/RES/1996 (2011): OP 4 to 28 all sit in a sublist of OP 3(c)(vi).
    decision = read("S_RES_1996_*.xml")
    assert op_labels(decision) == [f"OP {n}" for n in range(1, 29)]
    assert by_label(decision, "OP 4").eid == "para_37_list_point_vi_sublist_point_4"
    assert by_label(decision, "OP 3(c)(vi)").text.endswith("International Mine Action Standards;")
    assert any("25 operative paragraph(s) marked up as points" in w for w in decision.warnings)


@pytest.mark.shared
def test_point_nested_under_the_wrong_point_goes_beside_the_one_it_follows():
    # S/RES/1542 (2004) nests sections II and III of OP 7 under point I(f).
    decision = read("S_RES_1542_*.xml")
    section = by_label(decision, "OP 7(II)")
    assert (section.eid, section.parent_eid, section.text) == (
        "para_33_list_point_I_sublist_point_f_sublist_point_II", "para_33", "Political Process:")
    assert by_label(decision, "OP 7(II)(a)").parent_eid == section.eid
    assert by_label(decision, "OP 7(II)(a)").text.startswith("to support the constitutional and political process")
    assert by_label(decision, "OP 7(III)").parent_eid == "para_33"
    assert by_label(decision, "OP 7(I)(f)").text.startswith("to protect civilians under imminent threat")
    assert not any(p.label.startswith("OP 7(I)(f)(") for p in decision.paragraphs)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name_glob", "op", "eid", "intro_start", "point_eid", "point_start"),
    [
        ("S_RES_1756_*.xml", "OP 2", "para_22", "Decides that MONUC will have the mandate", "para_24",
         "Ensure the protection of civilians"),
        ("S_RES_1925_*.xml", "OP 12", "para_87", "Decides that MONUSCO shall have the following mandate", "para_89",
         "Ensure the effective protection of civilians"),
    ],
)
def test_points_printed_as_paragraphs_get_the_paragraph_as_intro(name_glob, op, eid, intro_start, point_eid,
                                                                 point_start):
    decision = read(name_glob)
    paragraph, intro = by_label(decision, op), by_label(decision, f"{op} intro")
    assert paragraph.eid == eid and paragraph.text.startswith(intro_start)
    assert (intro.eid, intro.kind, intro.parent_eid, intro.text) == (
        f"{eid}_intro", records.INTRO, eid, paragraph.text)
    assert decision.paragraphs[intro.order - 1] is paragraph
    point = by_label(decision, f"{op}(a)")
    assert (point.eid, point.parent_eid) == (point_eid, eid)
    assert point.text.startswith(point_start)


# -- synthetic documents ------------------------------------------------------------


def akn(body: str = "", meta: str = "", symbol: str = "S/RES/9999 (2030)", preamble: str = "") -> bytes:
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
   {preamble}
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


def test_synthetic_repairs_of_misplaced_operative_paragraphs():
    preamble = """<container eId="container_4"><blockList>
      <listIntroduction>Acting under Chapter VII of the Charter of the United Nations:</listIntroduction>
      <item><num>1.</num><p>Decides to act, recalling resolution 2640 (2022);</p></item>
      <item><num>2.</num><p>Decides that the mission shall:</p></item>
    </blockList></container>"""
    body = """
     <paragraph eId="para_5"><num>(a)</num><content><p>Protect civilians;</p></content></paragraph>
     <paragraph eId="para_6"><content><p>3 Requests a report;</p></content></paragraph>
     <paragraph eId="para_7"><num>4.</num><list eId="para_7_list">
       <intro eId="para_7_list_intro"><p>Requests:</p></intro>
       <point eId="para_7_point_a"><num>(a)</num><content><p>one thing;</p></content></point>
       <sublist><point eId="para_7_point_a_5"><num>5.</num>
         <content><p>Decides to remain seized of the matter.</p></content></point></sublist>
     </list></paragraph>
     <paragraph eId="para_8"><content><p>-----</p></content></paragraph>
     <paragraph eId="para_9"><heading>Annex</heading></paragraph>
     <paragraph eId="para_10"><num>1.</num><content><p>An annexed text.</p></content></paragraph>
    """
    decision = read_akn(akn(body, preamble=preamble), "synthetic.xml")
    rows = [(p.label, p.kind, p.eid, p.parent_eid) for p in decision.paragraphs]
    assert rows[2:] == [
        ("PP 2", records.PREAMBLE, "container_4", None),
        ("OP 1", records.OPERATIVE, "container_4_item_1", None),
        ("OP 2", records.OPERATIVE, "container_4_item_2", None),
        ("OP 2 intro", records.INTRO, "container_4_item_2_intro", "container_4_item_2"),
        ("OP 2(a)", records.POINT, "para_5", "container_4_item_2"),
        ("OP 3", records.OPERATIVE, "para_6", None),
        ("OP 4", records.OPERATIVE, "para_7", None),
        ("OP 4 intro", records.INTRO, "para_7_list_intro", "para_7"),
        ("OP 4(a)", records.POINT, "para_7_point_a", "para_7"),
        ("OP 5", records.OPERATIVE, "para_7_point_a_5", None),
    ]
    texts = {p.eid: p.text for p in decision.paragraphs}
    assert texts["container_4"] == "Acting under Chapter VII of the Charter of the United Nations:"
    assert texts["container_4_item_2_intro"] == texts["container_4_item_2"] == "Decides that the mission shall:"
    assert texts["para_6"] == "Requests a report;"
    assert texts["para_7"] == "Requests: (a) one thing;"  # OP 5 is no longer part of OP 4
    assert decision.paragraphs[3].cites == ("S/RES/2640 (2022)",)
    assert decision.paragraphs[2].cites == ()
    assert decision.chapter_vii is True
    assert [w.split(":")[0] for w in decision.warnings] == [
        "2 paragraph(s) outside their list or paragraph were attached to the paragraph before",
        "2 operative paragraph(s) marked up as a list in the preamble were read as operative",
        "1 operative paragraph(s) marked up as points of a list were read as operative",
        "1 operative paragraph(s) had their number in the text, not marked up",
        "2 element(s) after the closing paragraph para_7_point_a_5 (“remain seized of the matter”) were read as "
        "an annex and left out.",
        "The text acts under Chapter VII but the workflow does not record it.",
    ]
    assert "para_5." in decision.warnings[0] and "para_6 (3)" in decision.warnings[3]


def test_synthetic_point_nested_too_deep_is_moved_up_by_its_number():
    body = """
     <paragraph eId="para_5"><num>1.</num><list eId="para_5_list">
       <intro><p>Decides:</p></intro>
       <point eId="p_I"><num>I.</num><content><p>First part:</p></content></point>
       <sublist><point eId="p_I_a"><num>(a)</num><content><p>one;</p></content></point>
         <sublist><point eId="p_II"><num>II.</num><content><p>Second part:</p></content></point>
           <sublist><point eId="p_II_a"><num>(a)</num><content><p>two;</p></content></point></sublist>
         </sublist>
       </sublist>
     </list></paragraph>
    """
    decision = read_akn(akn(body), "synthetic.xml")
    rows = [(p.label, p.eid, p.parent_eid) for p in decision.paragraphs if p.kind == records.POINT]
    assert rows == [
        ("OP 1(I)", "p_I", "para_5"),
        ("OP 1(I)(a)", "p_I_a", "p_I"),
        ("OP 1(II)", "p_II", "para_5"),
        ("OP 1(II)(a)", "p_II_a", "p_II"),
    ]
    assert any("nested under the wrong point" in w and "p_II" in w for w in decision.warnings)


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
