"""Write the real text of resolutions as report files, with answers taken from the record.

    python scripts/record_excerpts.py OUT_DIR [--db LEDGER] [--limit N] [--shape full|operative|headless]

Every resolution in the ledger that decides something for a peace operation
(an extension, an establishment, a termination, a ceiling) is printed the way
the UN publishes it — "Resolution 2690 (2023)", "Adopted by the Security
Council at its 9365th meeting, on 30 June 2023", "The Security Council,", the
preamble, the numbered operative paragraphs — as ``<id>.txt`` in the gold
format of ``mandates eval reports``, with ``<id>.gold.json`` holding what the
ledger read from the XML: number, adoption date, meeting, Chapter VII, and for
each mission the action, mandate end, termination, withdrawal deadline,
ceilings and authorization sunsets. The vote is not in a resolution's text, so
the answers leave it null.

``mandates eval reports --gold OUT_DIR`` then measures how far the report
reader, reading real Council prose, agrees with the XML extractor. Neither is
ground truth; a disagreement is one of the two reading a paragraph wrong. The
text comes from ../shared at run time and is never committed.

Shapes: ``full`` (default) prints everything; ``operative`` keeps the heading
and the operative part (an excerpt as press releases quote it); ``headless``
drops the heading lines, so the number and date must come from elsewhere (the
answers then carry no number or date).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

_ACTION_ORDER = ("establish", "terminate", "extend")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def _long_date(value: str) -> str:
    d = date.fromisoformat(value)
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


def _missions(provisions) -> list[dict]:
    by_mission: dict[str, list] = defaultdict(list)
    for p in provisions:
        by_mission[p.mission].append(p)
    out = []
    for acronym, items in sorted(by_mission.items()):
        kinds = {p.kind for p in items}
        action = next((a for a in _ACTION_ORDER if a in kinds), None)
        if action is None and not kinds & {"ceiling", "authorization"}:
            continue
        ends = [p.effective_until for p in items if p.kind in ("extend", "establish") and p.effective_until]
        # "for a period of six months": the record leaves the end to the timeline, so there is nothing to compare.
        open_period = not ends and any(p.kind in ("extend", "establish") and p.detail and "period" in p.detail
                                       for p in items)
        terminated = [p.effective_from for p in items if p.kind == "terminate" and p.effective_from]
        withdrawal = [p.effective_until for p in items if p.kind == "withdrawal" and p.effective_until]
        ceilings: dict[str, int] = {}
        for p in items:
            if p.kind == "ceiling" and p.unit in ("military", "police") and p.value:
                ceilings.setdefault(p.unit, p.value)
        sunsets = sorted({p.effective_until for p in items if p.kind == "authorization" and p.effective_until})
        answer = {
            "acronym": acronym,
            "action": action or "adopt",
            "mandate_until": max(ends) if ends else None,
            "terminated_on": min(terminated) if terminated else None,
            "withdrawal_deadline": max(withdrawal) if withdrawal else None,
            "ceilings": ceilings or None,
            "authorizations": [{"task": None, "until": u} for u in sunsets] or None,
        }
        if open_period:
            del answer["mandate_until"]
        out.append(answer)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", default="/tmp/h2.db", help="a filled ledger (SQLite file)")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--shape", choices=("full", "operative", "headless"), default="full")
    args = parser.parse_args(argv)
    engine = create_engine(f"sqlite:///{args.db}")
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with engine.connect() as c:
        resolutions = c.execute(text(
            "select r.document_id, r.number, r.year, r.meeting, r.adopted_on, r.chapter_vii from resolutions r "
            "where exists (select 1 from provisions p where p.document_id = r.document_id "
            "and p.kind in ('extend','establish','terminate','ceiling','authorization')) order by r.number")).all()
        for r in resolutions:
            provisions = c.execute(text("select * from provisions where document_id = :d"), {"d": r.document_id}).all()
            missions = _missions(provisions)
            if not missions:
                continue
            rows = c.execute(text("select eid, parent_eid, kind, number, text from paragraphs "
                                  "where document_id = :d order by position"), {"d": r.document_id}).all()
            if args.shape == "operative":
                rows = [row for row in rows if row.kind != "preamble"]
            meeting = (r.meeting or "").removeprefix("S/PV.")
            heading = [f"Resolution {r.number} ({r.year})"]
            if meeting.isdigit() and r.adopted_on:
                heading.append(f"Adopted by the Security Council at its {_ordinal(int(meeting))} meeting, "
                               f"on {_long_date(str(r.adopted_on))}")
            elif r.adopted_on:  # adopted without a meeting (written procedure, 2020)
                heading.append(f"Adopted by the Security Council on {_long_date(str(r.adopted_on))}")
            lines = [] if args.shape == "headless" else heading
            lines += ["The Security Council,"] + _body(rows)
            stem = f"res{r.number}"
            header = (f"url: https://undocs.org/S/RES/{r.number}({r.year})\nkind: resolution_excerpt\n"
                      f"language: en\nmission: {missions[0]['acronym']}\n---\n")
            (args.out / f"{stem}.txt").write_text(header + "\n\n".join(lines) + "\n", encoding="utf-8")
            headless = args.shape == "headless"
            gold = {
                "resolutions": [{
                    "number": None if headless else r.number,
                    "adopted_on": None if headless or not r.adopted_on else str(r.adopted_on),
                    "meeting": None, "vote": None, "unanimous": None, "abstaining": None,
                    "voting_against": None, "vetoed": [], "chapter_vii": bool(r.chapter_vii) or None,
                    "penholder": None,
                }],
                "missions": missions,
                "dates_in_text": [],
            }
            (args.out / f"{stem}.gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
            written += 1
            if args.limit and written >= args.limit:
                break
    print(f"{written} resolutions written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
