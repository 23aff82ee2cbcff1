"""Reader for the UN's JSON Lines metadata extract (data_extract/<year>.json).

One JSON object per line, one line per resolution. The extract is a second
copy of what the AKN XML says, made by a different process, and it has its own
faults: counts zero-padded ("015") or empty, dates in several shapes
("9 January 2023", "8\u00a0March\u00a02024", "2021-07-09 00:00:00", "19 November
2004 in Nairobi") and sometimes wrong, a symbol without its space
("S/RES/1310(2000)"), a member name split over two list items, lines repeated,
and 21 lines in a General-Assembly-style schema (sc_symbol, sc_*_count,
voting_type, session). The reader keeps what is written (``date_raw``,
``counts_raw``, ``member_raw``), normalises only what has one obvious meaning,
and says in ``warnings`` what it noticed. Comparing with the XML is
votes.compare_votes' job, not this module's.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import replace
from typing import Any

from mandates import records
from mandates.members import canonical_member, merge_split_names

log = logging.getLogger(__name__)

GA_STYLE_FIELDS = ("sc_symbol", "voting_type", "session", "sc_in_favour_count")

_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH_RE = "|".join(_MONTHS)
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH_RE})\s*,?\s*(\d{{4}})(?!\d)", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?!\d)")
_RESOLUTION = re.compile(r"^S/RES/(\d+)\s*\((\d{4})\)$")
_PV = re.compile(r"^S/PV\.?\s*(\d+)\s*(?:\(\s*(Resumption|Resumed|Part)\s*(\w*)\s*\))?$", re.I)
_MEETING_NUMBER = re.compile(r"(\d+)\s*(?:st|nd|rd|th)(?![a-ln-z])", re.I)


def _clean(value: Any) -> str:
    """A field as a single-spaced string ("" for null, lists, numbers kept)."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\u00a0", " ").split())


def parse_extract_date(raw: str | None) -> tuple[dt.date | None, str | None]:
    """The first date in a string, and a remark when the string held more
    than a date ("19 November 2004 in Nairobi") or no valid date at all."""
    text = _clean(raw)
    if not text:
        return None, None
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO, "ymd")):
        m = pattern.search(text)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "dmy":
                date = dt.date(int(c), _MONTHS[b.lower()], int(a))
            elif order == "mdy":
                date = dt.date(int(c), _MONTHS[a.lower()], int(b))
            else:
                date = dt.date(int(a), int(b), int(c))
        except ValueError:
            return None, f"not a valid date: {raw!r}"
        rest = (text[:m.start()] + text[m.end():]).strip(" ,")
        if rest and not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", rest):
            return date, f"extra text around the date: {raw!r}"
        return date, None
    return None, f"no date found in {raw!r}"


def _title_date(title: str) -> dt.date | None:
    """The date at the end of "Adopted by the Security Council at its 9365th
    meeting, on30 June 2023" (the missing space is common)."""
    m = re.search(r"\bon\s*(\d{1,2}\s*[A-Za-z]+\s*\d{4})(?!\d)", _clean(title))
    if not m:
        return None
    date, remark = parse_extract_date(m.group(1))
    return date if remark is None else None


def normalise_symbol(raw: str) -> str:
    """'S/RES/1310(2000)' -> 'S/RES/1310 (2000)'; other symbols as written."""
    text = _clean(raw)
    m = _RESOLUTION.match(text)
    return f"S/RES/{m.group(1)} ({m.group(2)})" if m else text


def normalise_meeting(raw: str | None) -> str | None:
    """A meeting record symbol in one form: 'S/PV9261' -> 'S/PV.9261',
    'S/PV.6702(Resumption1)' -> 'S/PV.6702 (Resumption 1)'. None if not S/PV."""
    m = _PV.match(_clean(raw))
    if not m:
        return None
    symbol = f"S/PV.{m.group(1)}"
    if m.group(2):
        symbol += f" ({m.group(2).capitalize()} {m.group(3) or '1'})".replace(" )", ")")
    return symbol


def _meeting_number(text: str) -> str | None:
    m = _MEETING_NUMBER.search(_clean(text))
    return m.group(1) if m else None


def _count_value(raw: str) -> int | str:
    text = raw.strip()
    return int(text) if text.isdigit() else (0 if not text else text)


def _names(value: Any, field: str, warnings: list[str]) -> list[str]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        warnings.append(f"{field} is not a list: {value!r}")
        return []
    names = []
    for item in value:
        text = _clean(item)
        if text:
            names.append(text)
        else:
            warnings.append(f"{field} has an empty name")
    return names


def _read_meeting(record: dict, warnings: list[str]) -> str | None:
    """The meeting record symbol, from the outcome letter, the ``pv`` field
    or the meeting phrase, with a warning when these disagree."""
    letter = _clean(record.get("outcome_letter"))
    from_letter = normalise_meeting(letter)
    from_pv = normalise_meeting(record.get("pv"))
    phrase = _clean(record.get("adoption_meeting"))
    number = _meeting_number(phrase)
    meeting = from_letter or from_pv or (f"S/PV.{number}" if number else None)
    if letter and not from_letter and not re.search(r"voting by mail", phrase, re.I):
        warnings.append(f"outcome_letter is not a meeting record: {letter!r}")
    numbers = {"outcome_letter": from_letter, "pv": from_pv,
               "adoption_meeting": f"S/PV.{number}" if number else None,
               "adoption_type": (f"S/PV.{n}" if (n := _meeting_number(_clean(record.get("adoption_type")))) else None)}
    chosen = re.match(r"S/PV\.\d+", meeting).group(0) if meeting else None
    for field, value in numbers.items():
        if value and chosen and not value.startswith(chosen):
            warnings.append(f"{field} names meeting {value}, not {chosen}")
    return meeting


def _read_record(record: dict, line: int) -> records.ExtractEntry:
    warnings: list[str] = []
    ga_style = any(field in record for field in GA_STYLE_FIELDS)

    raw_symbol = _clean(record.get("symbol"))
    symbol = normalise_symbol(raw_symbol)
    if symbol != raw_symbol:
        warnings.append(f"symbol written {raw_symbol!r}")
    if ga_style and "sc_symbol" in record and normalise_symbol(record["sc_symbol"]) != symbol:
        warnings.append(f"sc_symbol {record['sc_symbol']!r} differs from symbol")

    date_raw = record.get("adoption_date")
    date_raw = date_raw if isinstance(date_raw, str) else None
    date, remark = parse_extract_date(date_raw)
    if remark:
        warnings.append(f"adoption_date: {remark}")
    title_date = _title_date(_clean(record.get("document_title")))
    if date is None and title_date is not None:
        date = title_date
        warnings.append(f"adoption_date empty or unreadable; date taken from document_title ({title_date})")
    elif date and title_date and title_date != date:
        warnings.append(f"document_title says {title_date}, adoption_date {date}")
    symbol_year = _RESOLUTION.match(symbol)
    if date and symbol_year and int(symbol_year.group(2)) != date.year:
        warnings.append(f"adoption date {date} is not in the symbol's year {symbol_year.group(2)}")

    votes: list[records.MemberVote] = []
    for field, code in (("MS_in_favour", records.IN_FAVOUR), ("MS_against", records.AGAINST),
                        ("MS_abstaining", records.ABSTAINING)):
        names, merge_warnings = merge_split_names(_names(record.get(field), field, warnings))
        warnings.extend(f"{field}: {w}" for w in merge_warnings)
        for name in names:
            if canonical_member(name).iso3 is None:
                warnings.append(f"{field}: unknown member {name!r}")
            votes.append(records.MemberVote(name, code))

    counts: list[tuple[str, str]] = []
    for key in ("in_favour", "against", "abstaining"):
        if f"MS_{key}_count" in record:
            counts.append((key, _clean(record[f"MS_{key}_count"])))
    if ga_style:
        for key in ("in_favour", "against", "abstaining"):
            if f"sc_{key}_count" in record:
                sc_raw = _clean(record[f"sc_{key}_count"])
                counts.append((f"sc_{key}", sc_raw))
                ms_raw = dict(counts).get(key, "")
                # Both copies leave zero counts empty at times: "" equals "0".
                if _count_value(sc_raw) != _count_value(ms_raw):
                    warnings.append(f"sc_{key}_count {sc_raw!r} differs from MS_{key}_count {ms_raw!r}")

    sponsors = tuple(_names(record.get("sponsors"), "sponsors", warnings))
    additional = tuple(_names(record.get("additional_sponsors"), "additional_sponsors", warnings))
    for field, names in (("sponsors", sponsors), ("additional_sponsors", additional)):
        for name in names:
            if canonical_member(name).iso3 is None:
                warnings.append(f"{field}: not a state: {name!r}")
        if len(set(names)) != len(names):
            warnings.append(f"{field}: a name is repeated")

    chapter = _clean(record.get("chapter_VII"))
    if chapter.lower() not in ("", "chapter vii", "n.a."):
        warnings.append(f"chapter_VII: unexpected value {chapter!r}")

    return records.ExtractEntry(
        symbol=symbol,
        date=date,
        date_raw=date_raw,
        meeting=_read_meeting(record, warnings),
        draft_symbol=_clean(record.get("draft_resolution")) or None,
        chapter_vii=chapter.lower() == "chapter vii",
        agenda=_clean(record.get("agenda_item_name")) or None,
        title=_clean(record.get("resolution_title")) or None,
        outcome_text=_clean(record.get("adoption_type")) or None,
        counts_raw=tuple(counts),
        votes=tuple(votes),
        sponsors=sponsors,
        additional_sponsors=additional,
        schema="ga-style" if ga_style else "sc",
        line=line,
        warnings=tuple(warnings),
    )


def read_extract(data: bytes, origin: str) -> tuple[list[records.ExtractEntry], list[str]]:
    """Read one extract file. A line that cannot be read is reported as
    "line N: reason" and skipped; the rest of the file still counts."""
    entries: list[records.ExtractEntry] = []
    errors: list[str] = []
    first_line_of: dict[str, int] = {}
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw_line in enumerate(data.split(b"\n"), start=1):
        if not raw_line.strip():
            continue
        try:
            text = raw_line.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"line {number}: not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            errors.append(f"line {number}: a JSON {type(record).__name__}, not an object")
            continue
        if not _clean(record.get("symbol")):
            errors.append(f"line {number}: no symbol")
            continue
        try:
            entry = _read_record(record, number)
        except (TypeError, AttributeError, ValueError) as exc:  # a field of an unexpected type
            errors.append(f"line {number}: {exc}")
            continue
        if entry.symbol in first_line_of:
            entry = _with_warning(entry, f"{entry.symbol} already on line {first_line_of[entry.symbol]}")
        else:
            first_line_of[entry.symbol] = number
        entries.append(entry)
    if errors:
        log.warning("%s: %d line(s) could not be read", origin, len(errors))
    return entries, errors


def _with_warning(entry: records.ExtractEntry, warning: str) -> records.ExtractEntry:
    return replace(entry, warnings=entry.warnings + (warning,))


def is_extract_file(path_name: str, data_head: bytes) -> bool:
    """Whether a file looks like an extract: a .json(l) file whose first
    non-space byte opens an object and which names a "symbol" early on."""
    if not path_name.lower().endswith((".json", ".jsonl")):
        return False
    head = data_head[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    stripped = head.lstrip()
    return stripped[:1] == b"{" and b'"symbol"' in stripped[:2048]
