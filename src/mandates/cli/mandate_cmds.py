"""Commands on what resolutions decide for missions: provisions, reextract, eval."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..ledger.ledger import Ledger
from .options import emit_json, json_option, silent_option, stderr_is_tty, with_ledger

# How each kind reads in a sentence.
KIND_WORDS = {
    "establish": "establishes", "extend": "extends the mandate", "restate": "sets out the mandate",
    "strategic_priority": "strategic priority", "priority_tasks": "priority tasks",
    "other_tasks": "other tasks", "task": "task", "authorize_force": "authorizes all necessary means",
    "ceiling": "ceiling", "terminate": "terminates the mandate", "cessation": "cessation of operations",
    "transfer": "transfer of tasks", "drawdown": "drawdown", "withdrawal": "withdrawal",
    "liquidation": "liquidation", "guard_unit": "guard unit", "report": "report requested",
    "sofa": "status-of-forces obligations", "authorization": "authorized function",
}


def _when(p: dict) -> str:
    parts = []
    if p["effective_from"]:
        parts.append(f"from {p['effective_from']}")
    if p["effective_until"]:
        parts.append(f"until {p['effective_until']}")
    return " ".join(parts)


def describe(p: dict) -> str:
    words = KIND_WORDS.get(p["kind"], p["kind"])
    if p["kind"] == "task":
        words = f"task {p['task']} ({p['modality']}{', priority' if p['priority'] else ''})"
    elif p["kind"] == "ceiling":
        words = f"ceiling {p['value']:,} {p['unit'].replace('_', ' ')}"
    elif p["kind"] == "report" and p["value"]:
        words = f"report every {p['value']} {p['unit']}"
    text = f"{words} {_when(p)}".strip()
    if p["detail"] and p["kind"] not in ("report",):
        text += f" — {p['detail']}"
    return text


@click.command()
@click.argument("ref")
@click.option("--mission", help="Only this mission (acronym).")
@json_option
@with_ledger
def provisions(ledger: Ledger, ref: str, mission: str | None, as_json: bool) -> None:
    """What a resolution decides for each mission, paragraph by paragraph."""
    data = ledger.provisions(ref, mission)
    if as_json:
        emit_json(data)
        return
    click.echo(f"{data['symbol']} (adopted {data['adopted_on']})")
    by_mission: dict[str, list[dict]] = {}
    for p in data["provisions"]:
        by_mission.setdefault(p["mission"], []).append(p)
    for acronym, items in by_mission.items():
        click.echo(f"\n{acronym}")
        last = None
        for p in items:
            label = p["label"] if p["label"] != last else ""
            last = p["label"]
            click.echo(f"  {label:<14} {describe(p)}")
    if not data["provisions"]:
        click.echo("  no provisions read from this resolution", err=True)


@click.command()
@silent_option
@with_ledger
def reextract(ledger: Ledger, silent: bool) -> None:
    """Re-run the extractors over every stored resolution."""
    if not silent and stderr_is_tty():
        with click.progressbar(length=ledger.stats()["resolutions"], label="Re-extracting",
                               file=sys.stderr) as bar:
            counts = ledger.reextract(progress=lambda _s: bar.update(1))
    else:
        counts = ledger.reextract()
    if not silent:
        click.echo(f"{counts['provisions']} provisions from {counts['documents']} resolutions", err=True)


@click.group("eval")
def eval_group() -> None:
    """Score the extractors against gold sets."""


@eval_group.command("dates")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="A JSON Lines file like ../shared/gold/dates/dates_dev.jsonl.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss.")
@json_option
def eval_dates(gold: Path, show_errors: bool, as_json: bool) -> None:
    """Exact-match accuracy of the date grammar (value and precision)."""
    from ..extract.dates_eval import evaluate_dates

    result = evaluate_dates(gold)
    if as_json:
        emit_json(result if show_errors else {k: v for k, v in result.items() if k != "errors"})
        return
    click.echo(f"{result['exact']}/{result['n']} exact = {result['accuracy']:.1%}; "
               f"{result['ms_per_expression']:.4f} ms per expression")
    if show_errors:
        for e in result["errors"]:
            click.echo(f"  {e}")


@eval_group.command("pema")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="A CSV with the columns of ../shared/gold/pema/pema_dev.csv.")
@click.option("--xml", "xml_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of the UN's resolution XML (default: ../shared/data/unxml).")
@click.option("--per-task", is_flag=True, help="Also print precision/recall/F1 per task.")
@json_option
def eval_pema(gold: Path, xml_dir: Path | None, per_task: bool, as_json: bool) -> None:
    """Task presence, modality and paragraph agreement against PEMA's human coding."""
    from ..extract.pema_eval import evaluate_pema, summary

    xml_dir = xml_dir or Path("../shared/data/unxml")
    if not xml_dir.is_dir():
        raise click.ClickException(f"no resolution XML at {xml_dir}; pass --xml DIR")
    result = summary(evaluate_pema(gold, xml_dir))
    if as_json:
        emit_json(result)
        return
    micro = result["micro"]
    click.echo(f"{result['scored']} of {result['rows']} rows scored ({len(result['missing'])} without XML)")
    click.echo(f"task presence   precision {micro['precision']:.3f}  recall {micro['recall']:.3f}  "
               f"F1 {micro['f1']:.3f}")
    click.echo(f"modality agreement {result['modality_agreement']:.3f}; paragraph agreement "
               f"{result['paragraph_agreement']['top_level']:.3f} (top level), "
               f"{result['paragraph_agreement']['exact']:.3f} (exact label)")
    click.echo(f"{result['ms_per_resolution']:.2f} ms per resolution; "
               f"{result['disagreements']} disagreements with PEMA listed (scripts/pema_disagreements.py)")
    if per_task:
        for task, v in sorted(result["per_task"].items()):
            click.echo(f"  {task:<18} P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}  "
                       f"(tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")


COMMANDS = (provisions, reextract, eval_group)
