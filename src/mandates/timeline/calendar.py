"""The expiry calendar: what falls due between two dates, and the same as an
iCalendar file (RFC 5545) a calendar application imports.

Events are all-day (``DTSTART;VALUE=DATE`` with the next day as the exclusive
``DTEND``). UIDs are built from the mission, the kind of event, its day and
the resolution that decides it, so importing a newer file updates events
rather than duplicating them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .index import Event, Timeline

KIND_WORDS = {
    "mandate_start": "Mandate commences", "mandate_expiry": "Mandate expires", "mandate_end": "Mandate terminated",
    "sunset": "Authority ends", "task_sunset": "Task ends", "report": "Report due",
    "wind_down": "Withdrawal deadline", "liquidation_start": "Liquidation begins",
}
KINDS = tuple(KIND_WORDS)


def calendar_events(timelines: Iterable[Timeline], start: dt.date, end: dt.date,
                    kinds: Iterable[str] | None = None) -> list[Event]:
    """Every event of these missions from ``start`` to ``end`` inclusive, by date."""
    wanted = set(kinds) if kinds else None
    out = [e for timeline in timelines for e in timeline.events()
           if start <= e.date <= end and (wanted is None or e.kind in wanted)]
    return sorted(out, key=lambda e: (e.date, e.mission, e.kind, e.uid))


# --- iCalendar --------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold_line(line: str) -> str:
    """Lines longer than 75 octets folded with CRLF and a space (RFC 5545 3.1),
    never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74   # continuation lines start with a space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _summary(event: Event) -> str:
    return f"{event.mission}: {event.text}"


def _description(event: Event) -> str:
    cites = []
    for s in event.sources:
        cites.append("mission registry" + (f" ({s.symbol})" if s.symbol else "") if s.kind == "registry"
                     else f"{s.symbol} {s.label}")
    return (f"{event.text} ({KIND_WORDS.get(event.kind, event.kind).lower()})\nSources: "
            + "; ".join(dict.fromkeys(cites)) + f"\nMission: {event.mission}")


def to_ics(events: Iterable[Event], dtstamp: dt.datetime | None = None, name: str = "UN mandates") -> str:
    """An iCalendar document (CRLF line ends) with one all-day VEVENT per event."""
    stamp = (dtstamp or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mandates//Mandate timeline//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.date + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(_summary(event))}",
            f"DESCRIPTION:{escape_text(_description(event))}",
            f"CATEGORIES:{escape_text(event.mission)},{escape_text(event.kind.replace('_', ' '))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
