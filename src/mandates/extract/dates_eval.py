"""Score the date grammar (and dateparser, for comparison) on a gold file.

The gold is JSON lines: ``text`` (the expression as written), ``iso`` (the
answer at the precision the report allows: ``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY``, ``start/end`` for a day range, or null when a reader cannot
resolve it), ``anchor_adoption`` and ``context_year`` (what a reader knows
besides the expression).

``anchor_adoption`` is the date of the vote the report describes, not the
report's publication date, so our parser is run with ``anchor_kind="event"``
(see ``mandates.extract.dates``). An item is exact when the rendering at our
precision equals the gold string; a null gold is exact only when we return
nothing.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from mandates.extract.dates import parse_date, to_iso

__all__ = ["evaluate_dates", "evaluate_dateparser", "load_gold", "to_iso"]


def load_gold(gold_path: str | Path) -> list[dict]:
    with open(gold_path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _anchor(row: dict) -> date | None:
    return date.fromisoformat(row["anchor_adoption"]) if row.get("anchor_adoption") else None


def _ours(row: dict) -> str | None:
    return to_iso(parse_date(row["text"], anchor=_anchor(row),
                             context_year=row.get("context_year"), anchor_kind="event"))


def _score(rows: list[dict], predict: Callable[[dict], str | None], repeat: int) -> dict:
    if rows:
        predict(rows[0])  # warm up: imports, caches, compiled patterns
    best = float("inf")
    predictions: list[str | None] = []
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        predictions = [predict(row) for row in rows]
        best = min(best, time.perf_counter() - began)
    errors = [{"text": row["text"], "gold": row["iso"], "got": got,
               "anchor": row.get("anchor_adoption"), "context_year": row.get("context_year")}
              for row, got in zip(rows, predictions, strict=True) if got != row["iso"]]
    n = len(rows)
    exact = n - len(errors)
    return {
        "n": n,
        "exact": exact,
        "accuracy": exact / n if n else 0.0,
        "ms_per_expression": 1000 * best / n if n else 0.0,
        "errors": errors,
    }


def evaluate_dates(gold_path: str | Path, *, repeat: int = 5) -> dict:
    """Our grammar on the gold: {n, exact, accuracy, ms_per_expression, errors}.

    Timing is the best of ``repeat`` passes over the whole file."""
    return _score(load_gold(gold_path), _ours, repeat)


def evaluate_dateparser(gold_path: str | Path, *, repeat: int = 1) -> dict:
    """dateparser on the same expressions and anchors, for comparison.

    dateparser has no notion of precision, so every answer is a day; with no
    anchor it resolves relative words against today, as it would in use."""
    import dateparser  # a test/benchmark dependency only

    def predict(row: dict) -> str | None:
        settings = {"PREFER_DATES_FROM": "past"}
        anchor = _anchor(row)
        if anchor is not None:
            settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
        parsed = dateparser.parse(row["text"], settings=settings)
        return parsed.date().isoformat() if parsed else None

    return _score(load_gold(gold_path), predict, repeat)
