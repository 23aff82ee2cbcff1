"""The text of an AKN4UN decision: preamble and operative part as a paragraph tree.

Walks <preamble> and <mainBody> once, in document order, and flattens the
markup of 25 years into :class:`~mandates.records.Paragraph` rows labelled
from the printed numbers ("PP 3", "OP 6 intro", "OP 6(a)(ii)"). What had to
be repaired is returned as warnings; :mod:`mandates.readers.akn` adds the
metadata and votes around it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from .. import records
from .akn_cites import cited_symbols

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = "{%s}" % AKN_NS

_NUM, _NOTE, _A_LINK = _A + "num", _A + "authorialNote", _A + "a"
_LIST, _SUBLIST, _POINT, _INTRO = _A + "list", _A + "sublist", _A + "point", _A + "intro"
_SECTION, _CROSS_HEADING, _CONTAINER = _A + "section", _A + "crossHeading", _A + "container"
_BLOCK_LIST, _ITEM, _LIST_INTRODUCTION = _A + "blockList", _A + "item", _A + "listIntroduction"
_HEADINGS = (_A + "subheading", _A + "heading")
_BODIES = (_A + "content", _LIST)
_LIST_PARTS = frozenset((_LIST, _SUBLIST, _INTRO, _POINT))  # what _structure reads
# Elements after which a space keeps words of neighbouring blocks apart.
_BLOCK_TAGS = frozenset(_A + tag for tag in (
    "p", "content", "intro", "point", "list", "sublist", "wrapUp", "alinea", "subheading", "heading",
    "num", "crossHeading", "blockList", "item", "listIntroduction", "table", "tr", "td", "th",
    "block", "container", "paragraph", "quotedStructure", "mod",
))
_OP_NUM = re.compile(r"^(\d+(?: ?(?:bis|ter|quater))?) ?\.?$")
_POINT_NUM = re.compile(r"^\(?\s*([0-9]+|[A-Za-z]{1,8})\s*[.)]?$")
_PART_NUM = re.compile(r"^(?:[A-Z]|[IVX]+)\.?$")
_ROMAN = re.compile(r"^(?=[ivxl]+$)l?x{0,3}(?:ix|iv|v?i{0,3})$")
_ENACTING_FORMULA = re.compile(r"^The Security Council\s*,?$")
# The last operative paragraph; whatever follows it in <mainBody> is an annex.
_CLOSING_FORMULA = re.compile(r"^Decides to remain (?:actively )?seized of (?:the|this) matter\.?$")
_NUMBER_IN_TEXT = re.compile(r"^(\d{1,3})\.?\s+(?=[“\"]?[A-Z])")
_ORDINAL = re.compile(r"^(\(?)([A-Za-z]+|\d+)([.)]?)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_WORD = re.compile(r"\w")
# Operative clauses open with a verb in the third person: "Decides", "Also requests".
_OPERATIVE_VERB = re.compile(r"^[“\"]?(?:(?:Also|Further|Again|Once again|Strongly|Hereby)\s+)?[A-Z][a-z]+s\b(?!\.)")


class _Node:
    """A paragraph under construction (records.Paragraph is frozen)."""

    __slots__ = ("eid", "label", "kind", "text", "cites", "parent", "number", "core", "element", "skip")

    def __init__(self, eid, label, kind, text, cites, parent=None, number=None, core=None, element=None, skip=None):
        self.eid, self.label, self.kind, self.text = eid, label, kind, text
        self.cites, self.parent, self.number, self.core = cites, parent, number, core
        self.element, self.skip = element, skip  # where the text came from, and the <num> left out of it


class Body(NamedTuple):
    paragraphs: tuple[records.Paragraph, ...]
    warnings: list[str]
    chapter_vii_text: str  # the clauses where a resolution says it acts under a Chapter


class _BodyReader:
    """Walks <preamble> and <mainBody> once, in document order.

    Annexes are left out: their own numbering would collide with the
    resolution's "OP n" labels. Most sit in <attachments>; some files put
    them in <mainBody> after the closing "remain seized of the matter".
    """

    def __init__(self, compact: bool) -> None:
        self.compact = compact
        self.nodes: list[_Node] = []
        self.used_eids: set[str] = set()
        self.by_eid: dict[str, _Node] = {}
        self.with_children: set[str] = set()
        self.last_child: dict[str, _Node] = {}
        self.preamble_count = 0
        self.current_op: _Node | None = None   # the operative paragraph being read
        self.op_number = 0                     # the last printed operative number
        self.last: _Node | None = None         # what unnumbered text would continue
        self.last_letter_point: _Node | None = None
        self.colon_run = False                 # the previous text announced a list (":")
        self.closing: _Node | None = None      # "Decides to remain seized of the matter."
        self.bullets: dict[str, int] = {}
        self.chapter_vii_text: list[str] = []
        self.moved_out: list[tuple[etree._Element, etree._Element | None]] = []  # (element, its new owner)
        self.moved: list[str] = []
        self.merged: list[str] = []
        self.continued: list[str] = []
        self.from_preamble: list[str] = []
        self.lifted: list[str] = []
        self.renested: list[str] = []
        self.numbered_in_text: list[str] = []
        self.left_out: list[etree._Element] = []
        self.warnings: list[str] = []

    def read(self, document: etree._Element) -> Body:
        preamble, main = document.find(_A + "preamble"), document.find(_A + "mainBody")
        self.with_notes, self.with_links, self.with_block_lists = _holders(preamble, main)
        if preamble is not None:
            for child in preamble:
                self._preamble_element(child)
        if main is not None:
            for child in main:
                if self.closing is not None and isinstance(child.tag, str):
                    if self.left_out or not self._continues_numbering(child):
                        if _WORD.search(self._text(child)):  # not decoration such as "-----"
                            self.left_out.append(child)
                        continue
                    self.closing = None  # the formula was not the last paragraph after all
                self._main_element(child)
        if self.moved_out:
            self._reread_holders()
        self._summarise_repairs()
        paragraphs = tuple(
            records.Paragraph(eid=n.eid, label=n.label, kind=n.kind, order=order, text=n.text,
                              parent_eid=n.parent, number=n.number, cites=n.cites)
            for order, n in enumerate(self.nodes)
        )
        # Chapter VII is invoked in the preamble, or in older texts inside an
        # operative paragraph ("Decides, acting under Chapter VII, ...").
        invoking = self.chapter_vii_text + [n.text for n in self.nodes if n.kind == records.OPERATIVE]
        return Body(paragraphs, self.warnings, "\n".join(invoking))

    # -- preamble ------------------------------------------------------------

    def _preamble_element(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == _A + "formula" or not isinstance(tag, str):
            return
        if element in self.with_block_lists and (items := _operative_items(element)):
            self._add_preamble_with_items(element, items)
            return
        text = self._text(element)
        if not _WORD.search(text) or _ENACTING_FORMULA.match(text):
            return
        if tag in (_CONTAINER, _CROSS_HEADING):
            self._add_preamble(element, text)
        else:  # <block> and bare <p> carry headings such as "Somalia"
            self._add_subheading(element, text, None)

    def _add_preamble(self, element, text, number=None, links=None) -> None:
        self.chapter_vii_text.append(text)
        eid = self._eid(element, "preamble")
        previous = self.nodes[-1] if self.nodes else None
        cites = self._cites(element, text) if links is None else cited_symbols(links, text)
        # A clause starting in lower case ("urging the parties ...") continues the one before.
        if text[0].islower() and previous is not None and previous.kind == records.PREAMBLE:
            self._append(_Node(eid, previous.label, records.PREAMBLE, text, cites, previous.eid, number))
            self.continued.append(eid)
            return
        self.preamble_count += 1
        self._append(_Node(eid, f"PP {self.preamble_count}", records.PREAMBLE, text, cites, None, number))

    def _add_preamble_with_items(self, container, items) -> None:
        """The last preambular clause holding the first operative paragraphs as a list:
        "Acting under Chapter VII ...: 1. Decides ... 2. ..." (S/RES/1991 (2011))."""
        block_list = items[0][0].getparent()
        sources = [child for child in container if child is not block_list and isinstance(child.tag, str)]
        sources += [child for child in block_list if child.tag == _LIST_INTRODUCTION]
        text = " ".join(filter(None, (self._text(source) for source in sources)))
        if _WORD.search(text):
            links = [link for source in sources for link in source.iter(_A_LINK)]
            self._add_preamble(container, text, links=links)
        base = container.get("eId") or "preamble"
        for position, (item, num_element, label) in enumerate(items, 1):
            text = self._text(item, skip=num_element)
            node = self._add_operative(item, label, text, self._text(num_element), f"{base}_item_{position}",
                                       num_element)
            self.from_preamble.append(node.eid)

    # -- operative part ------------------------------------------------------

    def _main_element(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        if tag == _SECTION:  # parts "A", "B" of early-2000s resolutions
            num = element.find(_NUM)
            if num is not None and _WORD.search(self._text(num)):
                part = self._text(num)
                self._add_subheading(element, part, part, eid_hint=f"section_{part}")
            for child in element:
                if child.tag != _NUM:
                    self._main_element(child)
            return
        if tag == _CROSS_HEADING:
            text = self._text(element)
            if not _WORD.search(text):
                return
            if element.get("refersTo") == "#preamble":
                self._add_preamble(element, text)
            else:
                self._add_subheading(element, text, None)
            return
        num_element = heading = None
        has_body = has_list = False
        for child in element:
            tag = child.tag
            if tag == _NUM:
                num_element = child
            elif tag in _HEADINGS:
                heading = child
            elif tag in _BODIES:
                has_body = True
            if tag in _LIST_PARTS:
                has_list = True
        num = self._text(num_element) if num_element is not None else None
        if heading is not None and not has_body:
            title = self._text(heading)
            self._add_subheading(element, f"{num} {title}" if num else title, num)
            return
        text = self._text(element, skip=num_element)
        operative = _OP_NUM.match(num) if num else None
        if operative:
            self._add_operative(element, f"OP {operative.group(1)}", text, num, skip=num_element, lists=has_list)
        elif not _WORD.search(text):
            return  # decoration such as "* * *"
        elif num and _PART_NUM.match(num) and _heading_like(text):
            self._add_subheading(element, f"{num} {text}", num)
        elif num and self.current_op is None and text.endswith((",", " and")):
            self._add_preamble(element, text, num)  # S/RES/2005 (2011) letters its preamble "a." to "n."
            self.moved.append(self.nodes[-1].eid)
        elif num and self.current_op is None:
            self._add_operative(element, f"OP {num}", text, num, skip=num_element, lists=has_list)
        elif num:
            self._add_stray_point(element, num_element, num)
        else:
            self._add_unnumbered(element, text)

    def _add_operative(self, element, label, text, num, eid_hint="para", skip=None, lists=True) -> _Node:
        eid = self._eid(element, eid_hint)
        node = _Node(eid, label, records.OPERATIVE, text, self._cites(element, text), None, num, None, element, skip)
        self._append(node)
        self.current_op, self.last, self.last_letter_point = node, node, None
        self.colon_run = text.endswith(":")
        printed = num.rstrip(". ") if num else ""
        if printed.isdigit():
            self.op_number = int(printed)
        if _CLOSING_FORMULA.match(text):
            self.closing = node
        if lists:  # the caller may know there is no list, intro or point to read
            self._structure(element, node)
        return node

    def _structure(self, container, owner: _Node) -> None:
        """Emit the intro and points of the lists inside ``container``."""
        last_point = None
        lifting = True  # numbered paragraphs may open a list, and follow each other
        for child in container:
            tag = child.tag
            if tag == _LIST:
                self._structure(child, owner)
            elif tag == _SUBLIST:  # a sublist follows the point it belongs to
                self._structure(child, last_point or owner)
            elif tag == _INTRO and owner.kind == records.OPERATIVE:
                text = self._text(child)
                eid = self._eid(child, owner.eid + "_list_intro")
                cites = self._cites(child, text)
                self._append(_Node(eid, f"{owner.label} intro", records.INTRO, text, cites, owner.eid,
                                   element=child))
            elif tag == _POINT:
                num_element = child.find(_NUM)
                num = self._text(num_element) if num_element is not None else ""
                if lifting and (lifted := self._lift_operative(child, num_element, num)):
                    last_point = lifted
                    continue
                lifting = False
                last_point = self._add_point(child, owner, num_element, num, renest=True)

    def _lift_operative(self, element, num_element, num) -> _Node | None:
        """Read a list point printed as the next operative paragraph as that paragraph.

        S/RES/1996 (2011) marks up OP 4 to 28 as a sublist of OP 3(c)(vi).
        """
        operative = _OP_NUM.match(num)
        if not (operative and num.endswith(".") and operative.group(1) == str(self.op_number + 1)):
            return None
        text = self._text(element, skip=num_element)
        if not _OPERATIVE_VERB.match(text):
            return None
        self.moved_out.append((element, None))
        node = self._add_operative(element, f"OP {operative.group(1)}", text, num, skip=num_element)
        self.lifted.append(node.eid)
        return node

    def _add_point(self, element, owner: _Node, num_element=None, num=None, renest=False) -> _Node:
        if num is None:
            if num_element is None:
                num_element = element.find(_NUM)
            num = self._text(num_element) if num_element is not None else ""
        moved_up = False
        if renest and (outer := self._owner_by_numbering(owner, num)) is not owner:
            self.moved_out.append((element, outer.element))
            owner, moved_up = outer, True
        match = _POINT_NUM.match(num)
        if match:
            core = match.group(1)
            suffix, slug = f"({core})", core
        elif _WORD.search(num):
            core, suffix, slug = None, f" {num}", re.sub(r"\W+", "_", num).strip("_")
        elif not num:  # text under a point's heading, marked up as a point of its own
            core, suffix, slug = None, "", "unnumbered"
        else:  # bullets ("–", "•") are cited by position
            core = None
            count = self.bullets[owner.eid] = self.bullets.get(owner.eid, 0) + 1
            suffix, slug = f" bullet {count}", f"bullet_{count}"
        eid = self._eid(element, f"{owner.eid}_point_{slug}")
        if moved_up:
            self.renested.append(eid)
        text = self._text(element, skip=num_element)
        cites = self._cites(element, text)
        node = _Node(eid, owner.label + suffix, records.POINT, text, cites, owner.eid, num or None, core,
                     element, num_element)
        self._append(node)
        self.last_child[owner.eid] = node
        if owner is self.current_op and core and core.isalpha() and not self._is_roman(core):
            self.last_letter_point = node
        self.last = node
        self.colon_run = self.colon_run or text.endswith(":")
        self._structure(element, node)
        return node

    def _owner_by_numbering(self, owner: _Node, num: str) -> _Node:
        """The point or paragraph a list point belongs to by its number.

        A point numbered as the next sibling of a point two or more levels
        up belongs beside that point: S/RES/1542 (2004) nests section "II."
        of OP 7 under point I(f).
        """
        parent = self.by_eid.get(owner.parent) if owner.kind == records.POINT else None
        if parent is None or parent.kind != records.POINT:
            return owner
        if self._continues(owner, num) or self._continues(parent, num):
            return owner  # the usual case: the number fits where the markup put it
        candidate = self.by_eid.get(parent.parent)
        while candidate is not None:
            if self._continues(candidate, num):
                return candidate
            if candidate.kind != records.POINT:
                break
            candidate = self.by_eid.get(candidate.parent)
        return owner

    def _continues(self, owner: _Node, num: str) -> bool:
        previous = self.last_child.get(owner.eid)
        return previous is not None and _follows(num, previous.number)

    def _is_roman(self, core: str) -> bool:
        """Tell "(i)" the roman one from "(i)" the letter after "(h)"."""
        if not _ROMAN.match(core):
            return False
        previous = self.last_letter_point.core if self.last_letter_point is not None else None
        return not (len(core) == 1 and previous and len(previous) == 1 and ord(core) == ord(previous) + 1)

    def _add_stray_point(self, element, num_element, num) -> None:
        # A point marked up outside its list (S/RES/2100 (2013) OP 16(f), (g)).
        owner = self.current_op
        match = _POINT_NUM.match(num)
        if match and self.last_letter_point is not None and self._is_roman(match.group(1)):
            owner = self.last_letter_point
        elif owner.eid not in self.with_children and owner.text:
            self._add_intro(owner)
        self.continued.append(self._add_point(element, owner, num_element).eid)

    def _add_intro(self, operative: _Node) -> None:
        """Points printed as paragraphs of their own (S/RES/1756 (2007) OP 2):
        the words of the paragraph they follow are their intro."""
        node = _Node(self._unique(f"{operative.eid}_intro"), f"{operative.label} intro", records.INTRO,
                     operative.text, operative.cites, operative.eid, element=operative.element, skip=operative.skip)
        self.nodes.insert(self.nodes.index(operative) + 1, node)
        self.by_eid[node.eid] = node
        self.with_children.add(operative.eid)

    def _add_unnumbered(self, element, text) -> None:
        last = self.last
        printed = _NUMBER_IN_TEXT.match(text)
        if last is not None and not last.text:
            # Old files put "1." in one <paragraph> and its text in the next one.
            last.text, last.cites = text, self._cites(element, text)
            self.merged.append(f"{last.eid}+{element.get('eId')}")
        elif printed and int(printed.group(1)) == self.op_number + 1:
            # "11 Condemns ...": the number typed into the text, not marked up (S/RES/2730 (2024)).
            number, text = printed.group(1), text[printed.end():]
            node = self._add_operative(element, f"OP {number}", text, number)
            self.numbered_in_text.append(f"{node.eid} ({number})")
        elif _heading_like(text) and (last is None or not self.colon_run):
            self._add_subheading(element, text, None)
        elif _OPERATIVE_VERB.match(text) or self.current_op is None and not text.endswith((",", " and")):
            # "Decides ...", "Further requests ...": an operative paragraph printed without a number
            self._add_operative(element, "OP (unnumbered)", text, None)
        elif self.current_op is None:
            self._add_preamble(element, text)
            self.moved.append(self.nodes[-1].eid)
        else:  # the rest of the item before: a list of names, a point's text
            last = last or self.current_op
            eid = self._eid(element, "para")
            cites = self._cites(element, text)
            self._append(_Node(eid, last.label, last.kind, text, cites, last.eid, element=element))
            self.continued.append(eid)
            self.colon_run = self.colon_run or text.endswith(":")

    def _add_subheading(self, element, label, number, eid_hint=None) -> None:
        eid = self._eid(element, eid_hint or "heading")
        self._append(_Node(eid, label, records.SUBHEADING, label, (), None, number))
        self.last, self.colon_run = None, False

    def _continues_numbering(self, element) -> bool:
        num = element.find(_NUM)
        printed = self._text(num).rstrip(". ") if num is not None else ""
        return printed.isdigit() and int(printed) == self.op_number + 1

    def _reread_holders(self) -> None:
        """Take the paragraphs and points moved out of a point out of its text and cites too."""
        moved_from: dict[etree._Element, set[etree._Element]] = {}
        for element, new_owner in self.moved_out:
            for ancestor in element.iterancestors():
                if ancestor is new_owner:
                    break
                moved_from.setdefault(ancestor, set()).add(element)
        for node in self.nodes:
            moved = moved_from.get(node.element)
            if moved:
                parts: list[str] = []
                _collect_text(node.element, parts, node.skip, moved)
                node.text = " ".join("".join(parts).split())
                links = [link for link in node.element.iter(_A_LINK)
                         if not any(ancestor in moved for ancestor in link.iterancestors())]
                node.cites = cited_symbols(links, node.text)

    # -- bookkeeping ---------------------------------------------------------

    def _cites(self, element, text) -> tuple[str, ...]:
        return cited_symbols(element.iter(_A_LINK) if element in self.with_links else None, text)

    def _text(self, element, skip=None) -> str:
        if skip is None and not len(element):  # a <num> or a plain heading
            return " ".join((element.text or "").split())
        if self.compact or element in self.with_notes:
            return _text_without_notes(element, skip)
        return _text(element, skip)

    def _append(self, node: _Node) -> None:
        self.nodes.append(node)
        self.by_eid[node.eid] = node
        if node.parent is not None:
            self.with_children.add(node.parent)

    def _eid(self, element, fallback: str) -> str:
        """The element's eId, or a stable stand-in made unique within the file."""
        written = element.get("eId")
        eid = written or fallback
        if eid not in self.used_eids:
            self.used_eids.add(eid)
            return eid
        eid = self._unique(eid)
        if written:
            self.warnings.append(f"Duplicate eId {written!r} renamed to {eid!r}.")
        return eid

    def _unique(self, eid: str) -> str:
        candidate, suffix = eid, 1
        while candidate in self.used_eids:
            suffix += 1
            candidate = f"{eid}_{suffix}"
        self.used_eids.add(candidate)
        return candidate

    def _summarise_repairs(self) -> None:
        numbers = [int(n.number.rstrip(". ")) for n in self.nodes
                   if n.kind == records.OPERATIVE and n.number and n.number.rstrip(". ").isdigit()]
        if numbers != list(range(1, len(numbers) + 1)):
            runs: list[list[int]] = []
            for number in numbers:
                if runs and number == runs[-1][-1] + 1:
                    runs[-1].append(number)
                else:
                    runs.append([number])
            printed = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
            self.warnings.append(f"Operative paragraphs are not numbered 1 to {len(numbers)} in order: {printed}.")
        repairs = (
            (self.moved, "preambular paragraph(s) marked up in the operative part were read as preamble"),
            (self.merged, "numbered paragraph(s) kept their text in the next, unnumbered paragraph and were joined"),
            (self.continued, "paragraph(s) outside their list or paragraph were attached to the paragraph before"),
            (self.from_preamble, "operative paragraph(s) marked up as a list in the preamble were read as operative"),
            (self.lifted, "operative paragraph(s) marked up as points of a list were read as operative"),
            (self.renested, "list point(s) nested under the wrong point were put beside the point they follow"),
            (self.numbered_in_text, "operative paragraph(s) had their number in the text, not marked up"),
        )
        for found, what in repairs:
            if found:
                self.warnings.append(f"{len(found)} {what}: {', '.join(found)}.")
        if self.left_out:
            self.warnings.append(
                f"{len(self.left_out)} element(s) after the closing paragraph {self.closing.eid} "
                "(“remain seized of the matter”) were read as an annex and left out."
            )


def read_body(document: etree._Element, compact: bool) -> Body:
    """Read the preamble and operative part of ``document`` (a <resolution> or <statement>).

    ``compact`` markup has no line breaks between block elements, so text is
    gathered element by element instead of through lxml's serializer.
    """
    return _BodyReader(compact).read(document)


def _holders(*parts) -> tuple[set, set, set]:
    """The elements that contain a footnote, those that contain a link, and
    the <container>s that hold a <blockList>.

    One pass over the text: walking a tree costs far more than the few
    elements it finds.
    """
    with_notes: set = set()
    with_links: set = set()
    with_block_lists: set = set()
    for part in parts:
        if part is None:
            continue
        for element in part.iter(_NOTE, _A_LINK, _BLOCK_LIST):
            if element.tag == _BLOCK_LIST:
                if (parent := element.getparent()).tag == _CONTAINER:
                    with_block_lists.add(parent)
                continue
            holders = with_notes if element.tag == _NOTE else with_links
            for ancestor in element.iterancestors():
                if ancestor in holders:
                    break  # and so are all of its ancestors
                holders.add(ancestor)
    return with_notes, with_links, with_block_lists


def _operative_items(container: etree._Element) -> list[tuple[etree._Element, etree._Element, str]]:
    """(item, its <num>, "OP n") for a <blockList> of numbered paragraphs in ``container``."""
    block_list = container.find(_BLOCK_LIST)
    if block_list is None:
        return []
    items = []
    for item in block_list.iterchildren(_ITEM):
        num = item.find(_NUM)
        operative = _OP_NUM.match(" ".join("".join(num.itertext()).split())) if num is not None else None
        if not operative:
            return []
        items.append((item, num, f"OP {operative.group(1)}"))
    return items


def _follows(num: str, previous: str | None) -> bool:
    """Whether the list number ``num`` comes right after ``previous``: "II." after "I.", "(c)" after "(b)"."""
    if not previous:
        return False
    before = _ordinal_values(previous)
    return any((style, value - 1) in before for style, value in _ordinal_values(num))


def _ordinal_values(num: str) -> set[tuple[tuple[str, str, str], int]]:
    """Each way of reading a list number: ((kind, opening, closing), value). "(i)" is a letter or a roman one."""
    match = _ORDINAL.match(num.strip())
    if not match:
        return set()
    opening, core, closing = match.groups()
    if core.isdigit():
        return {(("digit", opening, closing), int(core))}
    case = "upper" if core.isupper() else "lower"
    values = set()
    if _ROMAN.match(core.lower()):
        numerals = [_ROMAN_VALUES[c] for c in core.lower()]
        total = sum(-v if v < next_v else v for v, next_v in zip(numerals, numerals[1:] + [0]))
        values.add((("roman " + case, opening, closing), total))
    if len(core) == 1:
        values.add((("letter " + case, opening, closing), ord(core.lower()) - ord("a") + 1))
    return values


def _heading_like(text: str) -> bool:
    return len(text) <= 120 and not text.endswith((".", ",", ";", ":")) and not text[0].islower()


def _text(element: etree._Element, skip: etree._Element | None = None) -> str:
    """All text below ``element`` except a leading ``skip`` (its <num>), whitespace collapsed.

    lxml's C serializer is several times faster than walking the tree in
    Python; _text_without_notes handles the rare subtrees holding footnotes.
    """
    text = etree.tostring(element, method="text", encoding=str, with_tail=False)
    if skip is not None:
        num = skip.text if len(skip) == 0 else etree.tostring(skip, method="text", encoding=str, with_tail=False)
        num = num or ""
        position = text.find(num)
        if position < 0 or text[:position].strip():
            return _text_without_notes(element, skip)
        text = text[position + len(num):]
    return " ".join(text.split())


def _text_without_notes(element: etree._Element, skip: etree._Element | None = None) -> str:
    parts: list[str] = []
    _collect_text(element, parts, skip)
    return " ".join("".join(parts).split())


def _collect_text(element, parts: list[str], skip, left_out: set = frozenset()) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        # Footnotes sit mid-sentence in the markup; their text would split the clause.
        if child is not skip and child.tag != _NOTE and isinstance(child.tag, str) and child not in left_out:
            _collect_text(child, parts, None, left_out)
            if child.tag in _BLOCK_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)
