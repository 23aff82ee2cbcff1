"""Our date grammar against dateparser on the gold date expressions.

    .venv/bin/python benchmarks/bench_dates.py [GOLD.jsonl] [--errors]

Prints accuracy (exact match at the gold's precision) and milliseconds per
expression for each, and how many times faster ours is. dateparser is a test
dependency (``pip install -e .[test]``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # runnable from a checkout without installing

from mandates.extract.dates_eval import evaluate_dateparser, evaluate_dates  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dates" / "dates_dev.jsonl"


def main(argv: list[str]) -> int:
    paths = [arg for arg in argv if not arg.startswith("--")]
    gold = Path(paths[0]) if paths else DEFAULT_GOLD
    if not gold.exists():
        print(f"no gold file at {gold} (pass its path as the first argument)", file=sys.stderr)
        return 2
    ours = evaluate_dates(gold)
    try:
        theirs = evaluate_dateparser(gold)
    except ImportError:
        print("dateparser is not installed: pip install -e .[test]", file=sys.stderr)
        theirs = None
    print(f"gold: {gold} ({ours['n']} expressions)")
    print(f"{'parser':<12} {'exact':>7} {'accuracy':>9} {'ms/expr':>9}")
    for name, result in (("mandates", ours), ("dateparser", theirs)):
        if result is not None:
            print(f"{name:<12} {result['exact']:>7} {result['accuracy']:>9.1%} "
                  f"{result['ms_per_expression']:>9.4f}")
    if theirs is not None and ours["ms_per_expression"]:
        ratio = theirs["ms_per_expression"] / ours["ms_per_expression"]
        print(f"speed: ours is {ratio:,.0f}x faster per expression")
    if "--errors" in argv:
        for error in ours["errors"]:
            print(f"  {error['text']!r}: gold {error['gold']}, got {error['got']} "
                  f"(anchor {error['anchor']}, context year {error['context_year']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
