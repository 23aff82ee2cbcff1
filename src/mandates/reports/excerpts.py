"""The real text of the Council's peace-operation resolutions as reports, with
the record's answers: how far the report reader, reading real Council prose,
agrees with the XML extractor.

Every resolution in the ledger that decides something for a peace operation
(an extension, an establishment, a termination, a ceiling, an authority with
its own sunset) is printed the way the UN publishes it — "Resolution 2690
(2023)", "Adopted by the Security Council at its 9365th meeting, on 30 June
2023", "The Security Council,", the preamble, the numbered operative
paragraphs — as ``<id>.txt`` in the gold format of ``mandates eval reports``,
with ``<id>.gold.json`` holding what the ledger read from the XML. Neither
side is ground truth: a disagreement is one of the two reading a paragraph
wrong, and both have been corrected that way.

Shapes: ``full`` prints everything; ``operative`` keeps the heading and the
operative part (an excerpt as press releases quote it); ``headless`` drops
the heading, so the number and the date must come from elsewhere (and the
answers carry neither).

Conventions of the answers: a resolution's text never states its vote, so
the vote fields are null; an adopted text was vetoed by nobody; ``action`` is
establish, terminate or extend when the record has such a provision, else
adopt; an extension "for a period of six months" that the record leaves to the
timeline is not scored; police ceilings are individual police and formed
units added up; a Chapter VII answer is given only when the printed text
says "Chapter VII".
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import text as sql

SHAPES = ("full", "operative", "headless")
_ACTION_ORDER = ("establish", "terminate", "extend")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DECIDING = ("extend", "establish", "terminate", "ceiling", "authorization")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _long_date(value) -> str:
    d = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _body(rows) -> list[str]:
    """Paragraphs in print order: a paragraph with lettered points is printed as its intro and points."""
    with_intro = {r.parent_eid for r in rows if r.kind == "intro"}
    out = []
    for r in rows:
        if r.kind == "operative" and r.eid in with_intro:
            continue
        number = (r.number or "").strip()
        out.append(f"{number} {r.text}".strip() if r.kind in ("operative", "point") else r.text)
    return out


def _ceilings(items) -> dict[str, int] | None:
    """The first military ceiling, and the first police one (individual police and formed units added up)."""
    military = next((p.value for p in items if p.kind == "ceiling" and p.unit == "military" and p.value), None)
    police_rows = [p for p in items if p.kind == "ceiling" and p.value
                   and p.unit in ("police", "individual_police", "formed_police_units")]
    police = None
    if police_rows:
        per_unit: dict[str, int] = {}
        for p in police_rows:
            if p.label == police_rows[0].label:  # one paragraph's figures, the first of each unit
                per_unit.setdefault(p.unit, p.value)
        police = sum(per_unit.values())
    out = {k: v for k, v in (("military", military), ("police", police)) if v}
    return out or None


def _missions(provisions, headless: bool) -> list[dict]:
    by_mission: dict[str, list] = defaultdict(list)
    for p in provisions:
        by_mission[p.mission].append(p)
    out = []
    for acronym, items in sorted(by_mission.items()):
        kinds = {p.kind for p in items}
        if not kinds & set(_DECIDING):
            continue
        action = next((a for a in _ACTION_ORDER if a in kinds), "adopt")
        ends = [p.effective_until for p in items if p.kind in ("extend", "establish") and p.effective_until]
        from_period = any(p.kind in ("extend", "establish") and p.detail and "period" in p.detail for p in items)
        terminated = [p.effective_from for p in items if p.kind == "terminate" and p.effective_from]
        withdrawal = [p.effective_until for p in items if p.kind == "withdrawal" and p.effective_until]
        sunsets = sorted({str(p.effective_until) for p in items if p.kind == "authorization" and p.effective_until})
        answer = {
            "acronym": acronym,
            "action": action,
            "mandate_until": str(max(ends)) if ends else None,
            "terminated_on": str(min(terminated)) if terminated else None,
            "withdrawal_deadline": str(max(withdrawal)) if withdrawal else None,
            "ceilings": _ceilings(items),
            "authorizations": [{"task": None, "until": u} for u in sunsets],
        }
        if from_period and (not ends or headless):
            del answer["mandate_until"]  # "for a period of six months": its end is the timeline's, or needs the date
        out.append(answer)
    return out


def write_excerpts(conn, out: Path, shape: str = "full") -> int:
    """Write ``res<N>.txt`` and ``res<N>.gold.json`` for each peace-operation
    resolution in the ledger behind ``conn``; returns how many were written."""
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {', '.join(SHAPES)}, not {shape!r}")
    out.mkdir(parents=True, exist_ok=True)
    headless = shape == "headless"
    written = 0
    resolutions = conn.execute(sql(
        "select r.document_id, r.number, r.year, r.meeting, r.adopted_on, r.chapter_vii from resolutions r "
        "where exists (select 1 from provisions p where p.document_id = r.document_id and p.kind in "
        "('extend', 'establish', 'terminate', 'ceiling', 'authorization')) order by r.number")).all()
    for r in resolutions:
        provisions = conn.execute(sql("select * from provisions where document_id = :d order by id"),
                                  {"d": r.document_id}).all()
        missions = _missions(provisions, headless)
        if not missions:
            continue
        rows = conn.execute(sql("select eid, parent_eid, kind, number, text from paragraphs "
                                "where document_id = :d order by position"), {"d": r.document_id}).all()
        if shape == "operative":
            rows = [row for row in rows if row.kind != "preamble"]
        meeting = (r.meeting or "").removeprefix("S/PV.")
        lines = []
        if not headless:
            lines.append(f"Resolution {r.number} ({r.year})")
            if meeting.isdigit() and r.adopted_on:
                lines.append(f"Adopted by the Security Council at its {_ordinal(int(meeting))} meeting, "
                             f"on {_long_date(r.adopted_on)}")
            elif r.adopted_on:  # adopted without a meeting (the written procedure of 2020)
                lines.append(f"Adopted by the Security Council on {_long_date(r.adopted_on)}")
        body = _body(rows)
        lines += ["The Security Council,"] + body
        printed = "\n\n".join(lines)
        header = (f"url: https://undocs.org/S/RES/{r.number}({r.year})\nkind: resolution_excerpt\n"
                  f"language: en\nmission: {missions[0]['acronym']}\n---\n")
        (out / f"res{r.number}.txt").write_text(header + printed + "\n", encoding="utf-8")
        gold = {
            "resolutions": [{
                "number": None if headless else r.number,
                "adopted_on": None if headless or not r.adopted_on else str(r.adopted_on),
                "meeting": None if headless or not meeting.isdigit() else f"S/PV.{meeting}",
                "vote": None, "unanimous": None, "abstaining": None, "voting_against": None,
                "vetoed": None if headless else [],
                "chapter_vii": True if r.chapter_vii and "Chapter VII" in printed else None,
                "penholder": None,
            }],
            "missions": missions,
            "dates_in_text": [],
        }
        (out / f"res{r.number}.gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
        written += 1
    return written
