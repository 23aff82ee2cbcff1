"""Read a Security Council resolution or failed draft from AKN4UN XML.

The UN publishes its resolutions as Akoma Ntoso 3.0 with an ``akn4un``
extension. The markup has changed over 25 years: old files put a paragraph's
number and its text in two sibling <paragraph> elements, let list points
escape their list, or mark preambular clauses up in the operative part. This
module flattens all of that into one :class:`~mandates.records.Decision` and
says what it had to repair in ``Decision.warnings``: the metadata and votes
here, the preamble and operative paragraphs in :mod:`.akn_text`.

It reads formats, not meaning: it reports what the file records (counts as
written, outcomes as stated) and leaves judging them to later stages.
"""
from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from .. import records
from .akn_cites import canonical_symbol, normalise_space
from .akn_text import AKN_NS, read_body
from .safexml import InputError, NotADecision, parse_xml

__all__ = ["AKN_NS", "canonical_symbol", "read_akn", "split_names"]

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
# A block element closed and the next one opened with no line break between them.
_COMPACT_MARKUP = re.compile(
    rb"</(?:p><p|(?:num|intro|content|point|paragraph|container|heading|subheading)><)"
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
    compact = _COMPACT_MARKUP.search(data) is not None
    return _DecisionReader(document, compact).read()


def _describe_tag(tag: object) -> str:
    if not isinstance(tag, str):
        return "?"
    namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return f"{local}> in namespace <{namespace}" if namespace else local


class _DecisionReader:
    """Gathers the metadata of one document; akn_text.read_body reads the text."""

    def __init__(self, document: etree._Element, compact: bool) -> None:
        self.document, self.compact = document, compact
        self.meta = document.find(_A + "meta")
        self.cover = document.find(_A + "coverPage")
        self.warnings: list[str] = []
        self.steps = [step for step in self.meta.iter(_A + "step")]

    def read(self) -> records.Decision:
        symbol, kind, number, year = self._symbol()
        outcome_step = self._outcome_step()
        body = read_body(self.document, self.compact)
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
                raw = normalise_space("".join(number.itertext()))
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
                return re.sub(r"\s*/\s*", "/", normalise_space(step.get("as")))
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
                    written = normalise_space("".join(inline.itertext()) or inline.get("title") or "")
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
                    written = normalise_space("".join(title.itertext()))
                    written = re.sub(r":?\s*draft resolution\s*$", "", written, flags=re.I)
                    return split_names(written)
        return ()

    def _sponsors(self) -> tuple[str, ...]:
        for step in self.steps:
            if step.get("outcome") == "draftResolutionAdditionalSponsors":
                written = normalise_space(step.get("by") or "")
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
            value = normalise_space(keyword.get("showAs") or keyword.get("value") or "")
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
        text = normalise_space(step.get("by") or "") or None
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
        names = [normalise_space("".join(o.itertext())) for o in count.iter(_A + "organization")]
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
    text = normalise_space(written or "")
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


def _meeting_symbol(written: str | None) -> str | None:
    match = _MEETING.match(normalise_space(written or ""))
    return _format_meeting(match.group(1), match.group(2)) if match else None


def _format_meeting(number: str, resumption: str | None) -> str:
    return f"S/PV.{int(number)}" + (f" (Resumption {int(resumption)})" if resumption else "")


def _base_meeting(meeting: str) -> str:
    return meeting.split(" ", 1)[0]

