"""Commands on reports: `mandates check REPORT` and `mandates eval reports`."""
from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
from pathlib import Path

import click

from ..ledger.ledger import Ledger
from ..readers.report import read_report
from ..readers.safexml import InputError
from ..reports.excerpts import SHAPES
from .mandate_cmds import eval_group
from .options import db_option, emit_json, json_option, open_ledger, with_ledger

WIDTH = 100
MARKS = {"consistent": "consistent", "contradicts": "CONTRADICTS", "not_in_record": "not in record"}


def _read(path: str):
    if path == "-":
        data, origin = sys.stdin.buffer.read(), "<stdin>"
    else:
        file = Path(path)
        if not file.is_file():
            raise click.ClickException(f"{path}: no such file\nHint: give the path of a .txt, .html or .pdf report, "
                                       "or - for standard input.")
        data, origin = file.read_bytes(), path
    try:
        return read_report(data, origin)
    except InputError as exc:
        raise click.ClickException(f"{origin}: {exc}\nHint: `mandates check` reads plain text, HTML and PDF reports.") \
            from exc


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _hang(lead: str, text: str) -> str:
    """``lead`` then ``text`` wrapped, continuation lines under the text."""
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=lead, subsequent_indent=" " * len(lead))


def _when(e: dict) -> str:
    if not e["when"]:
        return "undated"
    if e["precision"] in ("mid-month", "end-of-month", "end-of-year", "quarter"):
        return f"{e['when']} ({e['precision']})"
    return e["when"]


def _fact_words(f: dict) -> str:
    field, display, quote = f["field"], f["display"], f["span"]["text"]
    reported = f["reported"]
    if field == "vote.unanimous":
        return "unanimous" if reported else "not unanimous"
    if field == "vote.tally":
        return f"vote {display}"
    if field.startswith("vote."):
        return f"{field[5:].replace('_', ' ')}: {display}"
    if field == "adopted_on":
        return f"voted “{quote}” = {reported or '?'}"
    if field == "penholder":
        return f"drafted by {display}" + (f" (“{quote}”)" if quote.lower() != f"drafted by {display}".lower() else "")
    if field == "action":
        return f"{reported} {f.get('mission') or ''}".strip()
    if field == "resolution":
        return f"resolution {display}"
    if field == "outcome":
        return f"outcome: {display}"
    if field == "deployed":
        return f"deployed {display}"
    words = {"mandate_until": "mandate until", "terminated_on": "terminated as of",
             "withdrawal_deadline": "withdrawal complete by", "authorization": "authorized until",
             "mandate_period": "mandate period", "ceiling.military": "military ceiling",
             "ceiling.police": "police ceiling", "meeting": "meeting", "chapter_vii": "under"}.get(field, field)
    value = reported if not isinstance(reported, (dict, list)) else display
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:,}"
    if field == "chapter_vii":
        value = "Chapter VII"
    text = f"{words} {value if value is not None else '“' + quote + '”'}"
    if field == "authorization" and f.get("detail"):
        text += f": {f['detail']}"
    return text


def _source(f: dict) -> str:
    s = f.get("source") or {}
    return " ".join(x for x in (s.get("symbol"), s.get("paragraph")) if x)


def print_check(result: dict) -> None:
    report = result["report"]
    click.echo(f"{report['origin']}  ({report['format']})")
    if report["title"]:
        click.echo(f"  “{report['title']}”")
    published = report["published_on"]
    click.echo(f"  published {published} (from {report['published_from']})" if published else "  no publication date")
    if result["missions"]:
        click.echo(f"  missions: {', '.join(result['missions'])}")
    click.echo("")
    if result["linked"]:
        for link in result["linked"]:
            click.echo(f"Linked to {link['symbol']} ({link['kind']}, {link['date']}) — confidence {link['confidence']:.2f}")
            click.echo(_wrap("why: " + link["reason"], "  "))
    else:
        click.echo("Not linked to any resolution in the ledger")
    for note in result["notes"]:
        click.echo(_wrap("note: " + note, "  "))
    click.echo("\nReported facts, checked against the record")
    for f in result["facts"]:
        click.echo(_hang(f"  {MARKS[f['verdict']]:<14} ", _fact_words(f)))
        detail = []
        if f["verdict"] != "not_in_record" or f.get("record_display"):
            if f.get("record_display"):
                detail.append(f"record: {f['record_display']}")
        if _source(f):
            detail.append(_source(f))
        if detail:
            click.echo(_wrap(" — ".join(detail), " " * 17))
        if f.get("note"):
            click.echo(_wrap(f"({f['note']})", " " * 17))
    if result["events"]:
        click.echo("\nEvents the report tells of (not in the record)")
        for e in result["events"]:
            when = _when(e)
            who = f"; actors: {', '.join(e['actors'])}" if e["actors"] else ""
            toll = ""
            if e["casualties"]:
                toll = f"; {e['casualty_qualifier'] + ' ' if e['casualty_qualifier'] else ''}{e['casualties']} {e['victims'] or ''}".rstrip()
            said = f"; according to {e['attributed_to']}" if e["attributed_to"] else ""
            click.echo(_hang(f"  {when:<19} ", f"{e['summary']} [{e['status']}]{who}{toll}{said}"))
            if e.get("related"):
                click.echo(_wrap(f"see {e['related']['symbol']} {e['related']['paragraph']}: {e['related']['note']}", " " * 22))
    if result["claims"]:
        click.echo("\nClaims, attributed (not in the record)")
        for c in result["claims"]:
            who = c["speaker"]
            extra = ", ".join(x for x in (c["role"], c["organization"]) if x)
            if extra:
                who += f" ({extra})"
            when = c["said_on"] or (f"“{c['said_on_text']}”" if c.get("said_on_text") else "undated")
            hedge = " [hedged]" if c["hedged"] else ""
            click.echo(_hang("  ", f"{who}, {c['verb']}, {when}{hedge}: “{c['text']}”"))
            if c["about"]:
                click.echo(f"    about: {', '.join(c['about'])}")
    variants = [e for e in result["entities"] if e["kind"] == "person"
                and len({s.split()[-1] for s in e["spellings"]}) > 1]
    if variants:
        click.echo("\nOne person, several spellings")
        for e in variants:
            click.echo(f"  {e['name']}: written " + ", ".join(f"“{s}”" for s in e["spellings"]))
    s = result["summary"]
    click.echo(f"\n{s['consistent']} consistent, {s['contradicts']} contradicting, {s['not_in_record']} not in the record; "
               f"{len(result['events'])} events, {len(result['claims'])} claims", err=True)


@click.command()
@click.argument("report", metavar="REPORT")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The report's publication date (YYYY-MM-DD), when the file does not carry it.")
@json_option
@with_ledger
def check(ledger: Ledger, report: str, published: dt.datetime | None, as_json: bool) -> None:
    """Check a news report or press release (.txt, .html, .pdf; - for stdin)
    against the record: which resolution it is about, and whether each fact it
    states is consistent with the record, contradicts it (with the record's
    value and paragraph), or is not in the record (events, claims)."""
    document = _read(report)
    result = ledger.check_report(document, published.date() if published else None)
    if as_json:
        emit_json({k: v for k, v in result.items() if k != "document"})
        return
    print_check(result)


@eval_group.command("reports")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="A folder of <id>.txt reports with <id>.gold.json answers (e.g. tests/reports).")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss.")
@click.option("--record/--no-record", "use_record", default=None,
              help="Link reports to the ledger (--db) to anchor undated reports on their vote "
                   "[default: when the ledger exists and holds resolutions].")
@db_option
@json_option
def eval_reports(gold: Path, show_errors: bool, use_record: bool | None, db: str | None, as_json: bool) -> None:
    """Field-level accuracy of report reading: resolution number, vote,
    unanimity, abstainers, action, mandate end, termination, withdrawal
    deadline, ceilings, authorization sunsets, and (also) the vote date and
    every date in the text.

    Reports are linked to the ledger when it holds resolutions, as `mandates
    check` does; the first line of the output says which way it ran."""
    from ..ledger.report_store import RecordLookup
    from ..reports.evaluate import evaluate_reports

    ledger = None
    if use_record or (use_record is None and _filled_ledger_exists(db)):
        ledger = open_ledger(db)
        if not ledger.stats().get("resolutions"):
            ledger.close()
            ledger = None
            if use_record:
                raise click.ClickException("--record: the ledger holds no resolutions; run `mandates ingest "
                                           "../shared/data/unxml` first (or pass --db)")
    if ledger is not None:
        try:
            with ledger.engine.connect() as conn:
                result = evaluate_reports(gold, RecordLookup(conn, ledger.registry), ledger.registry)
        finally:
            ledger.close()
    else:
        result = evaluate_reports(gold)
    if not result["reports"] and not as_json:
        raise click.ClickException(f"{gold}: no <id>.txt with an <id>.gold.json")
    how = "linked to the ledger" if result["with_record"] else "without the ledger: undated reports keep unresolved dates"
    _print_scores(result, f"{result['reports']} reports in {gold} ({how})", show_errors, as_json)


@eval_group.command("excerpts")
@click.option("--shape", type=click.Choice(SHAPES), default="full", show_default=True,
              help="full: heading, preamble and operative part; operative: no preamble; headless: no heading.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the reports and answers to this folder (default: a temporary one).")
@click.option("--errors", "show_errors", is_flag=True, help="List every disagreement.")
@db_option
@json_option
def eval_excerpts(shape: str, keep: Path | None, show_errors: bool, db: str | None, as_json: bool) -> None:
    """How far the report reader, reading the real text of every peace-operation
    resolution in the ledger, agrees with what the ledger read from the XML:
    number, adoption date, Chapter VII, and for each mission the action,
    mandate end, termination, withdrawal deadline, ceilings and authorities'
    sunsets. Needs a filled ledger (`mandates ingest ../shared/data/unxml`)."""
    import tempfile

    from ..reports.evaluate import evaluate_reports
    from ..reports.excerpts import write_excerpts

    if not _filled_ledger_exists(db):
        raise click.ClickException("the ledger is empty or missing; run `mandates ingest ../shared/data/unxml` first "
                                   "(or pass --db)")
    ledger = open_ledger(db)
    with tempfile.TemporaryDirectory(prefix="mandates-excerpts-") as scratch:
        folder = keep or Path(scratch)
        try:
            with ledger.engine.connect() as conn:
                written = write_excerpts(conn, folder, shape)
        finally:
            ledger.close()
        if not written:
            raise click.ClickException("the ledger holds no resolution on a peace operation; run `mandates ingest "
                                       "../shared/data/unxml` first (or pass --db)")
        result = evaluate_reports(folder)
    result["shape"] = shape
    _print_scores(result, f"{written} resolutions, {shape} text, read as reports and compared with the record", show_errors,
                  as_json)


def _print_scores(result: dict, title: str, show_errors: bool, as_json: bool) -> None:
    if as_json:
        emit_json(result if show_errors else {k: v for k, v in result.items() if k != "errors"})
        return
    click.echo(title)
    click.echo(f"  {'field':<24} {'n':>4} {'accuracy':>9} {'precision':>10} {'recall':>7} {'F1':>6}")
    for group in ("fields", "extra_fields"):
        if group == "extra_fields":
            click.echo("  also:")
        for name, s in result[group].items():
            if not s["n"]:
                continue
            click.echo(f"  {name:<24} {s['n']:>4} {s['accuracy']:>9.3f} {s['precision']:>10.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    click.echo(f"  {result['ms_per_report']} ms per report", err=True)
    if show_errors:
        for name, errors in result["errors"].items():
            for e in errors:
                said = f" (“{e['text']}”)" if e.get("text") else ""
                click.echo(f"  {name}: {e['report']}{said}: predicted {json.dumps(e['predicted'])}, gold {json.dumps(e['gold'])}")


def _filled_ledger_exists(db: str | None) -> bool:
    """Whether the ledger --db names already exists (never create one just to look)."""
    from ..ledger.db import resolve_url

    url = resolve_url(db)
    if not url.startswith("sqlite"):
        return True  # a server database: open it and ask
    path = Path(url.split(":///", 1)[1])
    return path.is_file() and path.stat().st_size > 0


COMMANDS = (check,)
