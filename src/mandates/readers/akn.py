"""Read a Security Council resolution or failed draft from AKN4UN XML.

The UN publishes its resolutions as Akoma Ntoso 3.0 with an ``akn4un``
extension. The markup has changed over 25 years: old files put a paragraph's
number and its text in two sibling <paragraph> elements, let list points
escape their list, or mark preambular clauses up in the operative part. This
module flattens all of that into one :class:`~mandates.records.Decision` and
says what it had to repair in ``Decision.warnings``.

It reads formats, not meaning: it reports what the file records (counts as
written, outcomes as stated) and leaves judging them to later stages.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple
from urllib.parse import unquote

from lxml import etree

from .. import records
from .safexml import InputError, NotADecision, parse_xml

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = "{%s}" % AKN_NS

_VOTE_CODES = {
    "inFavour": records.IN_FAVOUR,
    "against": records.AGAINST,
    "abstaining": records.ABSTAINING,
}
_COUNT_KEYS = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}
_OUTCOME_STEPS = {"adopted": "adopted", "veto": "vetoed", "notadopted": "not_adopted"}
_PLACEHOLDER_DATE = "0001-01-01"

_RES_SYMBOL = re.compile(r"^S/RES/(\d{1,5}) ?\((\d{4})\)$")
_DRAFT_SYMBOL = re.compile(r"^S/(\d{4})/(\d{1,5})$")
_MEETING = re.compile(r"^S/PV\.?\s*(\d+)\s*(?:\(\s*Resumption\s*(\d+)\s*\))?", re.I)
_MEETING_ORDINAL = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\b(?:\s*\(\s*Resumption\s*(\d+)\s*\))?", re.I)
_WITHOUT_VOTE = re.compile(r"without (?:a )?vote|by acclamation", re.I)
_TALLY = re.compile(r"(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")
_NOT_A_LIST = re.compile(r"\bsubmitted\b|\bresolutions?\b|;", re.I)

# Member and sponsor names that contain "and"; protected before splitting lists.
_NAMES_WITH_AND = (
    "United Kingdom of Great Britain and Northern Ireland",
    "Saint Vincent and the Grenadines",
    "Bosnia and Herzegovina",
    "Antigua and Barbuda",
    "Trinidad and Tobago",
    "Saint Kitts and Nevis",
    "Sao Tome and Principe",
    "Serbia and Montenegro",
)
_NAMES_WITH_AND_RE = re.compile("|".join(re.escape(n) for n in _NAMES_WITH_AND), re.I)
_COMPACT_MARKERS = (
    b"</p><p", b"</num><", b"</intro><", b"</content><", b"</point><", b"</paragraph><", b"</container><",
    b"</heading><", b"</subheading><",
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*\(and\)\s*")


def read_akn(data: bytes, origin: str) -> records.Decision:
    """Read one AKN4UN file into a Decision, or raise InputError."""
    root = parse_xml(data, origin)
    if root.tag != _A + "akomaNtoso":
        raise InputError(f"not an Akoma Ntoso document (root element <{_describe_tag(root.tag)}>)")
    document = next((child for child in root if isinstance(child.tag, str)), None)
    if document is None or document.find(_A + "meta") is None:
        raise InputError("Akoma Ntoso document without a <meta> section")
    # The fast text path relies on the line breaks between block elements
    # that every UN file has; markup written without them takes the slow path.
    compact = any(marker in data for marker in _COMPACT_MARKERS)
    return _DecisionReader(document, compact).read()


def _describe_tag(tag: object) -> str:
    if not isinstance(tag, str):
        return "?"
    namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return f"{local}> in namespace <{namespace}" if namespace else local


class _DecisionReader:
    """Gathers the metadata of one document; _BodyReader reads the text."""

    def __init__(self, document: etree._Element, compact: bool) -> None:
        self.document, self.compact = document, compact
        self.meta = document.find(_A + "meta")
        self.cover = document.find(_A + "coverPage")
        self.warnings: list[str] = []
        self.steps = [step for step in self.meta.iter(_A + "step")]

    def read(self) -> records.Decision:
        symbol, kind, number, year = self._symbol()
        outcome_step = self._outcome_step()
        body = _BodyReader(self.compact).read(self.document)
        self.warnings.extend(body.warnings)
        counts, votes = self._votes()
        outcome, outcome_text = self._outcome(outcome_step)
        self._check_tally(outcome_text, counts)
        draft_symbol = symbol if kind == "draft" else self._draft_symbol()
        title, agenda, subjects = self._classification()
        return records.Decision(
            kind=kind,
            symbol=symbol,
            year=year,
            number=number,
            date=self._date(outcome_step),
            meeting=self._meeting(outcome_step),
            draft_symbol=draft_symbol,
            submitters=self._submitters(),
            sponsors=self._sponsors(),
            chapter_vii=self._chapter_vii(body.chapter_vii_text),
            title=title,
            agenda=agenda,
            subjects=subjects,
            recorded_outcome=outcome,
            recorded_outcome_text=outcome_text,
            recorded_counts=counts,
            votes=votes,
            vetoed_by_recorded=self._vetoed_by(outcome, outcome_text),
            paragraphs=body.paragraphs,
            language="en",
            warnings=tuple(self.warnings),
        )

    # -- identity ---------------------------------------------------------

    def _symbol(self) -> tuple[str, str, int | None, int]:
        raw = None
        if self.cover is not None:
            for number in self.cover.iter(_A + "docNumber"):
                raw = _normalise_space("".join(number.itertext()))
                if raw:
                    break
        if not raw:
            raise InputError("no document symbol found")
        symbol = re.sub(r"\s*/\s*", "/", raw).upper()
        resolution = _RES_SYMBOL.match(symbol)
        if resolution:
            number, year = int(resolution.group(1)), int(resolution.group(2))
            return f"S/RES/{number} ({year})", "resolution", number, year
        draft = _DRAFT_SYMBOL.match(symbol)
        if draft:
            return f"S/{draft.group(1)}/{int(draft.group(2))}", "draft", None, int(draft.group(1))
        if symbol.startswith("S/PRST/"):
            raise NotADecision(f"{symbol} is a presidential statement, not a resolution or draft")
        raise InputError(f"document symbol {raw!r} is neither a resolution nor a draft")

    def _draft_symbol(self) -> str | None:
        for step in self.steps:
            if step.get("outcome") == "draftResolution" and step.get("as"):
                return re.sub(r"\s*/\s*", "/", _normalise_space(step.get("as")))
        return None

    def _outcome_step(self) -> etree._Element | None:
        found = [s for s in self.steps if (s.get("outcome") or "").lower() in _OUTCOME_STEPS]
        if len(found) > 1:
            self.warnings.append(f"{len(found)} outcome steps in the workflow; the first one is used.")
        return found[0] if found else None

    # -- date and meeting ---------------------------------------------------

    def _date(self, outcome_step: etree._Element | None) -> dt.date | None:
        candidates: list[tuple[str, dt.date]] = []
        work = self.meta.find(f"{_A}identification/{_A}FRBRWork")
        if work is not None:
            for frbr_date in work.iter(_A + "FRBRdate"):
                if frbr_date.get("name") in ("adoption", "voting"):
                    self._add_date(candidates, "FRBRWork date", frbr_date.get("date"))
        if outcome_step is not None:
            self._add_date(candidates, "workflow outcome step", outcome_step.get("date"))
        if self.cover is not None:
            for doc_date in self.cover.iter(_A + "docDate"):
                if doc_date.get("refersTo") == "#adoptionDate":
                    self._add_date(candidates, "cover page adoption date", doc_date.get("date"))
        if not candidates:
            return None
        chosen_source, chosen = candidates[0]
        for source, other in candidates[1:]:
            if other != chosen:
                self.warnings.append(
                    f"Dates disagree: {chosen_source} says {chosen.isoformat()}, "
                    f"{source} says {other.isoformat()}; using {chosen.isoformat()}."
                )
        return chosen

    def _add_date(self, candidates: list, source: str, raw: str | None) -> None:
        if not raw or raw.strip() == _PLACEHOLDER_DATE:
            return
        try:
            candidates.append((source, dt.date.fromisoformat(raw.strip())))
        except ValueError:
            self.warnings.append(f"Unreadable {source} {raw!r} ignored.")

    def _meeting(self, outcome_step: etree._Element | None) -> str | None:
        from_step = _meeting_symbol(outcome_step.get("as")) if outcome_step is not None else None
        from_cover = None
        if self.cover is not None:
            for inline in self.cover.iter(_A + "inline"):
                if inline.get("name") == "adoptionMeeting":
                    written = _normalise_space("".join(inline.itertext()) or inline.get("title") or "")
                    ordinal = _MEETING_ORDINAL.search(written)
                    if ordinal:
                        from_cover = _format_meeting(ordinal.group(1), ordinal.group(2))
        if from_step and from_cover and _base_meeting(from_step) != _base_meeting(from_cover):
            self.warnings.append(
                f"Meetings disagree: workflow says {from_step}, cover page says {from_cover}; using {from_step}."
            )
        return from_step or from_cover

    # -- sponsors -----------------------------------------------------------

    def _submitters(self) -> tuple[str, ...]:
        for step in self.steps:
            if step.get("outcome") == "draftResolution" and (step.get("by") or "").strip():
                return split_names(step.get("by"))
        # Failed drafts name their sponsors in the preface ("France: draft resolution").
        preface = self.document.find(_A + "preface")
        if preface is not None:
            for title in preface.iter(_A + "docTitle"):
                if title.get("refersTo") == "sponsors":
                    written = _normalise_space("".join(title.itertext()))
                    written = re.sub(r":?\s*draft resolution\s*$", "", written, flags=re.I)
                    return split_names(written)
        return ()

    def _sponsors(self) -> tuple[str, ...]:
        for step in self.steps:
            if step.get("outcome") == "draftResolutionAdditionalSponsors":
                written = _normalise_space(step.get("by") or "")
                if written and _NOT_A_LIST.search(written):
                    self.warnings.append(f"Additional-sponsors field holds a note, not names: {written!r}.")
                    return ()
                return split_names(written)
        return ()

    # -- classification -----------------------------------------------------

    def _chapter_vii(self, invoking_text: str) -> bool:
        in_workflow = any("chapter vii" in (s.get("refersTo") or "").lower() for s in self.steps)
        in_text = _acts_under_chapter_vii(invoking_text)
        if in_workflow and not in_text:
            self.warnings.append("The workflow records Chapter VII but the text never says it is acting under it.")
        elif in_text and not in_workflow:
            self.warnings.append("The text acts under Chapter VII but the workflow does not record it.")
        return in_workflow or in_text

    def _classification(self) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
        """The DHL title, the agenda items and the subject terms, in one pass."""
        titles: dict[str, None] = {}
        agenda: dict[str, None] = {}
        subjects: dict[str, None] = {}
        for keyword in self.meta.iter(_A + "keyword"):
            refers_to = keyword.get("refersTo")
            if refers_to == "title":
                target = titles
            elif refers_to == "agenda":
                target = agenda
            elif not refers_to and (keyword.get("dictionary") or "").startswith(("DHLAUTH", "UNBIS")):
                target = subjects
            else:
                continue  # EuroVoc and SDG codes duplicate the UNBIS terms
            value = _normalise_space(keyword.get("showAs") or keyword.get("value") or "")
            if value:
                target.setdefault(value)
        if len(titles) > 1:
            self.warnings.append(f"{len(titles)} different titles recorded; the first one is used.")
        return next(iter(titles), None), tuple(agenda), tuple(subjects)

    # -- votes --------------------------------------------------------------

    def _outcome(self, step: etree._Element | None) -> tuple[str | None, str | None]:
        if step is None:
            self.warnings.append("No adoption or rejection step in the workflow.")
            return None, None
        text = _normalise_space(step.get("by") or "") or None
        outcome = _OUTCOME_STEPS[step.get("outcome").lower()]
        if outcome == "adopted":
            voting_outcome = ""
            voting = self.meta.find(f"{_A}analysis/{_A}parliamentary/{_A}voting")
            if voting is not None:
                voting_outcome = voting.get("outcome") or ""
            if _WITHOUT_VOTE.search(text or "") or voting_outcome in ("adoptedWithoutVote", "adoptedByAcclamation"):
                outcome = "adopted_without_vote"
        return outcome, text

    def _votes(self) -> tuple[tuple[tuple[str, str], ...], tuple[records.MemberVote, ...]]:
        raw_counts = {key: "" for key in _COUNT_KEYS.values()}
        votes: list[records.MemberVote] = []
        seen: dict[str, str] = {}
        listed_total = 0
        for count in self.meta.iter(_A + "count"):
            refers_to = count.get("refersTo") or ""
            key = _COUNT_KEYS.get(refers_to) or re.sub(r"(?<!^)(?=[A-Z])", "_", refers_to).lower()
            raw_counts[key] = count.get("value") or ""
            code = _VOTE_CODES.get(refers_to)
            if code is None:
                code = records.NON_VOTING
                if "particip" not in refers_to.lower() and "absent" not in refers_to.lower():
                    self.warnings.append(f"Unknown vote list {refers_to!r} read as not participating.")
            names = self._member_names(count, key)
            listed_total += len(names)
            for name in names:
                if name in seen and seen[name] != key:
                    self.warnings.append(f"{name} is listed both as {seen[name]} and as {key}.")
                seen.setdefault(name, key)
                votes.append(records.MemberVote(member_raw=name, vote=code))
            written = raw_counts[key].strip()
            if written.isdigit() and int(written) != len(names):
                self.warnings.append(f"The {key} count is {written!r} but {len(names)} members are listed.")
            elif written and not written.isdigit():
                self.warnings.append(f"The {key} count {written!r} is not a number.")
        if listed_total and listed_total != 15:
            self.warnings.append(f"{listed_total} member votes are listed; the Council has 15 members.")
        return tuple(raw_counts.items()), tuple(votes)

    def _member_names(self, count: etree._Element, key: str) -> list[str]:
        names = [_normalise_space("".join(o.itertext())) for o in count.iter(_A + "organization")]
        names = [name for name in names if name]
        merged: list[str] = []
        index = 0
        while index < len(names):
            name = names[index]
            # No member's name ends with a full stop, so "CÔTE." is half of a split name.
            if name.endswith(".") and index + 1 < len(names):
                joined = f"{name[:-1]} {names[index + 1]}"
                self.warnings.append(
                    f"Joined the split member name {name!r} + {names[index + 1]!r} into {joined!r} ({key})."
                )
                merged.append(joined)
                index += 2
                continue
            merged.append(name)
            index += 1
        return merged

    def _check_tally(self, outcome_text: str | None, counts: tuple[tuple[str, str], ...]) -> None:
        tally = _TALLY.search(outcome_text or "")
        if not tally:
            return
        written = dict(counts)
        recorded = tuple(
            int(written.get(key) or 0) if (written.get(key) or "0").isdigit() else -1
            for key in ("in_favour", "against", "abstaining")
        )
        stated = tuple(int(group) for group in tally.groups())
        if recorded != stated and any(written.get(k) for k in ("in_favour", "against", "abstaining")):
            self.warnings.append(
                f"Outcome text says {'-'.join(map(str, stated))} but the counts are "
                f"{'-'.join(str(n) for n in recorded)}."
            )

    def _vetoed_by(self, outcome: str | None, outcome_text: str | None) -> tuple[str, ...]:
        if outcome != "vetoed" or not outcome_text:
            return ()
        names: list[str] = []
        for group in re.findall(r"\(([^()]*)\)", outcome_text):
            if group.strip().upper().startswith("S/"):
                continue
            names.extend(name for name in split_names(group) if name not in names)
        return tuple(names)


# -- the text: preamble and operative part ------------------------------------

_NUM, _NOTE, _A_LINK = _A + "num", _A + "authorialNote", _A + "a"
_LIST, _SUBLIST, _POINT, _INTRO = _A + "list", _A + "sublist", _A + "point", _A + "intro"
_SECTION, _CROSS_HEADING = _A + "section", _A + "crossHeading"
_HEADINGS = (_A + "subheading", _A + "heading")
_BODIES = (_A + "content", _LIST)
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
_WORD = re.compile(r"\w")
# Operative clauses open with a verb in the third person: "Decides", "Also requests".
_OPERATIVE_VERB = re.compile(r"^[“\"]?(?:(?:Also|Further|Again|Once again|Strongly|Hereby)\s+)?[A-Z][a-z]+s\b(?!\.)")
_TEXT_SYMBOL = re.compile(
    r"\bS/RES/\d{1,5}\s?\(\d{4}\)|\bS/PRST/\d{4}/\d+|\bS/\d{4}/\d+(?:/(?:Add|Rev|Corr)\.\d+)*|\bS/\d{4,5}\b(?!/)"
)
_AFTER_RESOLUTION_WORD = re.compile(r"s?\s+(?=\d)")
_RESOLUTION_ITEM = re.compile(r"(\d{1,4}) ?\(((?:19[4-9]|20[0-9])\d)\)")
_RESOLUTION_SEPARATOR = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)?"
)
_HREF_SYMBOL = re.compile(
    r"(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|ar|ru|zh)/)?([^?#]+)|[?&]symbol=([^&#]+)", re.I
)


class _Node:
    """A paragraph under construction (records.Paragraph is frozen)."""

    __slots__ = ("eid", "label", "kind", "text", "cites", "parent", "number", "core")

    def __init__(self, eid, label, kind, text, cites, parent=None, number=None, core=None):
        self.eid, self.label, self.kind, self.text = eid, label, kind, text
        self.cites, self.parent, self.number, self.core = cites, parent, number, core


class _Body(NamedTuple):
    paragraphs: tuple[records.Paragraph, ...]
    warnings: list[str]
    chapter_vii_text: str  # the clauses where a resolution says it acts under a Chapter


class _BodyReader:
    """Walks <preamble> and <mainBody> once, in document order.

    Annexes (<attachments>) are left out: their own numbering would collide
    with the resolution's "OP n" labels.
    """

    def __init__(self, compact: bool) -> None:
        self.compact = compact
        self.nodes: list[_Node] = []
        self.used_eids: set[str] = set()
        self.preamble_count = 0
        self.current_op: _Node | None = None   # the operative paragraph being read
        self.last: _Node | None = None         # what unnumbered text would continue
        self.last_letter_point: _Node | None = None
        self.colon_run = False                 # the previous text announced a list (":")
        self.bullets: dict[str, int] = {}
        self.chapter_vii_text: list[str] = []
        self.moved: list[str] = []
        self.merged: list[str] = []
        self.continued: list[str] = []
        self.warnings: list[str] = []

    def read(self, document: etree._Element) -> _Body:
        self.with_notes = {parent for note in document.iter(_NOTE) for parent in note.iterancestors()}
        self.with_links = {parent for link in document.iter(_A_LINK) for parent in link.iterancestors()}
        preamble = document.find(_A + "preamble")
        if preamble is not None:
            for child in preamble:
                self._preamble_element(child)
        main = document.find(_A + "mainBody")
        if main is not None:
            for child in main:
                self._main_element(child)
        self._summarise_repairs()
        paragraphs = tuple(
            records.Paragraph(eid=n.eid, label=n.label, kind=n.kind, order=order, text=n.text,
                              parent_eid=n.parent, number=n.number, cites=n.cites)
            for order, n in enumerate(self.nodes)
        )
        # Chapter VII is invoked in the preamble, or in older texts inside an
        # operative paragraph ("Decides, acting under Chapter VII, ...").
        invoking = self.chapter_vii_text + [n.text for n in self.nodes if n.kind == records.OPERATIVE]
        return _Body(paragraphs, self.warnings, "\n".join(invoking))

    # -- preamble ------------------------------------------------------------

    def _preamble_element(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == _A + "formula" or not isinstance(tag, str):
            return
        text = self._text(element)
        if not _WORD.search(text) or _ENACTING_FORMULA.match(text):
            return
        if tag in (_A + "container", _CROSS_HEADING):
            self._add_preamble(element, text)
        else:  # <block> and bare <p> carry headings such as "Somalia"
            self._add_subheading(element, text, None)

    def _add_preamble(self, element, text, number=None) -> None:
        self.chapter_vii_text.append(text)
        eid = self._eid(element, "preamble")
        previous = self.nodes[-1] if self.nodes else None
        # A clause starting in lower case ("urging the parties ...") continues the one before.
        if text[0].islower() and previous is not None and previous.kind == records.PREAMBLE:
            cites = self._cites(element, text)
            self._append(_Node(eid, previous.label, records.PREAMBLE, text, cites, previous.eid, number))
            self.continued.append(eid)
            return
        self.preamble_count += 1
        cites = self._cites(element, text)
        self._append(_Node(eid, f"PP {self.preamble_count}", records.PREAMBLE, text, cites, None, number))

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
        has_body = False
        for child in element:
            tag = child.tag
            if tag == _NUM:
                num_element = child
            elif tag in _HEADINGS:
                heading = child
            elif tag in _BODIES:
                has_body = True
        num = self._text(num_element) if num_element is not None else None
        if heading is not None and not has_body:
            title = self._text(heading)
            self._add_subheading(element, f"{num} {title}" if num else title, num)
            return
        text = self._text(element, skip=num_element)
        operative = _OP_NUM.match(num) if num else None
        if operative:
            self._add_operative(element, f"OP {operative.group(1)}", text, num)
        elif not _WORD.search(text):
            return  # decoration such as "* * *"
        elif num and _PART_NUM.match(num) and _heading_like(text):
            self._add_subheading(element, f"{num} {text}", num)
        elif num and self.current_op is None and text.endswith((",", " and")):
            self._add_preamble(element, text, num)  # S/RES/2005 (2011) letters its preamble "a." to "n."
            self.moved.append(self.nodes[-1].eid)
        elif num and self.current_op is None:
            self._add_operative(element, f"OP {num}", text, num)
        elif num:
            self._add_stray_point(element, num_element, num)
        else:
            self._add_unnumbered(element, text)

    def _add_operative(self, element, label, text, num) -> None:
        node = _Node(self._eid(element, "para"), label, records.OPERATIVE, text, self._cites(element, text), None, num)
        self._append(node)
        self.current_op, self.last, self.last_letter_point = node, node, None
        self.colon_run = text.endswith(":")
        self._structure(element, node)

    def _structure(self, container, owner: _Node) -> None:
        """Emit the intro and points of the lists inside ``container``."""
        last_point = None
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
                self._append(_Node(eid, f"{owner.label} intro", records.INTRO, text, cites, owner.eid))
            elif tag == _POINT:
                last_point = self._add_point(child, owner)

    def _add_point(self, element, owner: _Node, num_element=None) -> _Node:
        if num_element is None:
            num_element = element.find(_NUM)
        num = self._text(num_element) if num_element is not None else ""
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
        text = self._text(element, skip=num_element)
        cites = self._cites(element, text)
        node = _Node(eid, owner.label + suffix, records.POINT, text, cites, owner.eid, num or None, core)
        self._append(node)
        if owner is self.current_op and core and core.isalpha() and not self._is_roman(core):
            self.last_letter_point = node
        self.last = node
        self.colon_run = self.colon_run or text.endswith(":")
        self._structure(element, node)
        return node

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
        self._add_point(element, owner, num_element)
        self.continued.append(self.nodes[-1].eid)

    def _add_unnumbered(self, element, text) -> None:
        last = self.last
        if last is not None and not last.text:
            # Old files put "1." in one <paragraph> and its text in the next one.
            last.text, last.cites = text, self._cites(element, text)
            self.merged.append(f"{last.eid}+{element.get('eId')}")
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
            self._append(_Node(eid, last.label, last.kind, text, self._cites(element, text), last.eid))
            self.continued.append(eid)
            self.colon_run = self.colon_run or text.endswith(":")

    def _add_subheading(self, element, label, number, eid_hint=None) -> None:
        eid = self._eid(element, eid_hint or "heading")
        self._append(_Node(eid, label, records.SUBHEADING, label, (), None, number))
        self.last, self.colon_run = None, False

    # -- bookkeeping ---------------------------------------------------------

    def _cites(self, element, text) -> tuple[str, ...]:
        return _cites(element if element in self.with_links else None, text)

    def _text(self, element, skip=None) -> str:
        if self.compact or element in self.with_notes:
            return _text_without_notes(element, skip)
        return _text(element, skip)

    def _append(self, node: _Node) -> None:
        self.nodes.append(node)

    def _eid(self, element, fallback: str) -> str:
        """The element's eId, or a stable stand-in made unique within the file."""
        eid = element.get("eId") or fallback
        candidate, suffix = eid, 1
        while candidate in self.used_eids:
            suffix += 1
            candidate = f"{eid}_{suffix}"
        if element.get("eId") and candidate != eid:
            self.warnings.append(f"Duplicate eId {eid!r} renamed to {candidate!r}.")
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
        if self.moved:
            self.warnings.append(
                f"{len(self.moved)} preambular paragraph(s) marked up in the operative part were read as preamble: "
                + ", ".join(self.moved) + "."
            )
        if self.merged:
            self.warnings.append(
                f"{len(self.merged)} numbered paragraph(s) kept their text in the next, unnumbered paragraph "
                "and were joined: " + ", ".join(self.merged) + "."
            )
        if self.continued:
            self.warnings.append(
                f"{len(self.continued)} paragraph(s) outside their list or paragraph were attached to the "
                "paragraph before: " + ", ".join(self.continued) + "."
            )


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


def _collect_text(element, parts: list[str], skip) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        # Footnotes sit mid-sentence in the markup; their text would split the clause.
        if child is not skip and child.tag != _NOTE and isinstance(child.tag, str):
            _collect_text(child, parts, None)
            if child.tag in _BLOCK_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _cites(element: etree._Element | None, text: str) -> tuple[str, ...]:
    """Symbols linked from ``element`` or written in ``text``, in reading order, each once."""
    found: list[tuple[int, str]] = []
    search_from = 0
    for link in element.iter(_A_LINK) if element is not None else ():
        symbol = _symbol_from_href(link.get("href") or "")
        if symbol:
            position = text.find(_normalise_space("".join(link.itertext())), search_from)
            if position >= 0:
                search_from = position
            found.append((position if position >= 0 else search_from, symbol))
    if "S/" in text:
        for match in _TEXT_SYMBOL.finditer(text):
            found.append((match.start(), canonical_symbol(match.group(0))))
    # "resolutions 1267 (1999), 1333 (2000) and 1390 (2002)": str.find is far
    # faster than a case-insensitive regex scan over every paragraph.
    word = text.find("esolution")
    while word > 0:
        start = _AFTER_RESOLUTION_WORD.match(text, word + 9) if text[word - 1] in "rR" else None
        position = start.end() if start else -1
        while position >= 0 and (item := _RESOLUTION_ITEM.match(text, position)):
            found.append((item.start(), f"S/RES/{int(item.group(1))} ({item.group(2)})"))
            position = _RESOLUTION_SEPARATOR.match(text, item.end()).end()
        word = text.find("esolution", word + 9)
    if not found:
        return ()
    found.sort(key=lambda pair: pair[0])
    return tuple(dict.fromkeys(symbol for _, symbol in found))


@functools.lru_cache(maxsize=4096)
def _symbol_from_href(href: str) -> str | None:
    match = _HREF_SYMBOL.search(href)
    if not match:
        return None
    symbol = canonical_symbol((match.group(1) or match.group(2)).split("–")[0])
    return symbol if re.match(r"^[A-Z]{1,3}/\D*\d", symbol) else None  # skips links such as "T/PCCs"


def _acts_under_chapter_vii(text: str) -> bool:
    """ "Acting under Chapter VII", "acting under Article 41 of Chapter VII", ..."""
    found = text.find("Chapter VII")
    while found >= 0:
        before = text[max(0, found - 90):found].lower()
        acting = before.rfind("acting")
        if acting >= 0 and ";" not in before[acting:] and text[found + 11:found + 12] != "I":
            return True
        found = text.find("Chapter VII", found + 11)
    return False


# -- helpers shared with tests and other readers -------------------------------


def split_names(written: str | None) -> tuple[str, ...]:
    """Split "France, Ghana and United Kingdom of ... and Northern Ireland" into names."""
    text = _normalise_space(written or "")
    if not text:
        return ()
    protected: list[str] = []

    def protect(match: re.Match) -> str:
        protected.append(match.group(0))
        return f"\x00{len(protected) - 1}\x00"

    text = _NAMES_WITH_AND_RE.sub(protect, text)
    names = []
    for part in _LIST_SEPARATOR.split(text):
        part = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], part).strip(" .;")
        if part and part not in names:
            names.append(part)
    return tuple(names)


def canonical_symbol(written: str) -> str:
    """Write a UN document symbol the canonical way ("S/RES/2640 (2022)")."""
    symbol = re.sub(r"\s*/\s*", "/", _normalise_space(unquote(written))).strip(" .,;:")
    resolution = re.match(r"^S/RES/(\d{1,5})\s*\((\d{4})\)$", symbol, re.I)
    if resolution:
        return f"S/RES/{int(resolution.group(1))} ({resolution.group(2)})"
    return symbol.upper() if re.match(r"^[a-z]/", symbol) else symbol


def _meeting_symbol(written: str | None) -> str | None:
    match = _MEETING.match(_normalise_space(written or ""))
    return _format_meeting(match.group(1), match.group(2)) if match else None


def _format_meeting(number: str, resumption: str | None) -> str:
    return f"S/PV.{int(number)}" + (f" (Resumption {int(resumption)})" if resumption else "")


def _base_meeting(meeting: str) -> str:
    return meeting.split(" ", 1)[0]


def _normalise_space(text: str) -> str:
    return " ".join(text.split())
