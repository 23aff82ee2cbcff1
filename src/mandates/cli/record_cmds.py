"""Commands that read the record: resolution, votes, resolutions, search, check-record, stats."""
from __future__ import annotations

import textwrap

import click

from ..ledger.ledger import Ledger
from .options import emit_json, json_option, with_ledger

WIDTH = 100


def _tally(d: dict) -> str:
    t = d.get("tally")
    if not t:
        return "no recorded vote"
    text = f"{t['in_favour']}-{t['against']}-{t['abstaining']}"
    return text + (f" ({t['non_voting']} not voting)" if t.get("non_voting") else "")


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _names(values: list[str]) -> str:
    return ", ".join(values) if values else "none"


@click.command()
@click.argument("ref")
@json_option
@click.option("--preamble/--no-preamble", default=False, help="Also print preambular paragraphs.")
@with_ledger
def resolution(ledger: Ledger, ref: str, as_json: bool, preamble: bool) -> None:
    """Show a resolution (2690, "S/RES/2690 (2023)") or failed draft (S/2023/638):
    its record, votes and paragraphs."""
    d = ledger.resolution(ref)
    if as_json:
        emit_json(d)
        return
    click.echo(f"{d['symbol']}  {d['title'] or ''}".rstrip())
    when = d["adopted_on"] or d["voted_on"]
    click.echo(f"  date {when}   meeting {d['meeting']}   draft {d['draft']}   "
               f"Chapter VII: {'yes' if d['chapter_vii'] else 'no'}")
    click.echo(f"  submitted by {_names(d['submitters'])}"
               + (f"; also sponsored by {_names(d['sponsors'])}" if d["sponsors"] else ""))
    click.echo(f"  outcome {d['outcome']} ({_tally(d)}): {d['outcome_reason']}")
    for key, label in (("against", "against"), ("abstaining", "abstaining"), ("non_voting", "not voting")):
        if d["votes"][key]:
            click.echo(f"  {label}: {_names(d['votes'][key])}")
    if d["agenda"]:
        click.echo(f"  agenda: {'; '.join(d['agenda'])}")
    if d["cites"]:
        click.echo(_wrap("cites: " + ", ".join(d["cites"]), "  "))
    for disc in d["discrepancies"]:
        click.echo(f"  ! {disc['field']}: {disc['source_a']} {disc['value_a']} / {disc['source_b']} {disc['value_b']}")
    click.echo("")
    for p in d["paragraphs"]:
        if p["kind"] == "preamble" and not preamble:
            continue
        if p["kind"] == "operative" and any(q["parent_eid"] == p["eid"] for q in d["paragraphs"]):
            continue  # its intro and points are printed one by one below
        if p["kind"] == "subheading":
            click.echo(f"  — {p['text']} —")
            continue
        click.echo(_wrap(p["text"], " " * 13).replace(" " * 13, f"  {p['label']:<10} ", 1))
    click.echo(f"\nsource: {d['source']['origin']}", err=True)


@click.command()
@click.argument("ref")
@json_option
@with_ledger
def votes(ledger: Ledger, ref: str, as_json: bool) -> None:
    """How each Council member voted on a resolution or draft."""
    d = ledger.votes(ref)
    if as_json:
        emit_json(d)
        return
    when = d["adopted_on"] or d["voted_on"]
    click.echo(f"{d['symbol']}  {when}  {d['meeting']}  draft {d['draft']} by {_names(d['submitters'])}")
    click.echo(f"outcome: {d['outcome']} ({_tally(d)}) — {d['outcome_reason']}")
    if d["recorded_outcome_text"]:
        click.echo(f"record says: {d['recorded_outcome_text']}")
    for m in d["members"]:
        flag = "P5" if m["permanent"] else "  "
        click.echo(f"  {flag} {m['member']:<34} {m['iso3'] or '???'}  {m['vote'].replace('_', ' ')}")


@click.command()
@click.option("--year", type=int, help="Adoption year.")
@click.option("--agenda", help="Words in an agenda item (case-insensitive).")
@click.option("--subject", help="Words in a subject term (case-insensitive).")
@click.option("--chapter-vii/--not-chapter-vii", "chapter_vii", default=None, help="Only (or no) Chapter VII.")
@click.option("--drafts", "include_drafts", is_flag=True, help="Include failed drafts.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@json_option
@with_ledger
def resolutions(ledger: Ledger, year, agenda, subject, chapter_vii, include_drafts, limit, as_json) -> None:
    """List resolutions, filtered by year, agenda item, subject, Chapter VII."""
    rows = ledger.resolutions(year=year, agenda=agenda, subject=subject, chapter_vii=chapter_vii,
                              include_drafts=include_drafts, limit=limit)
    if as_json:
        emit_json({"count": len(rows), "resolutions": rows})
        return
    for d in rows:
        when = d["adopted_on"] or d["voted_on"]
        vii = "VII" if d["chapter_vii"] else "   "
        title = (d["title"] or "").split("[", 1)[-1].rstrip("]")
        click.echo(f"{d['symbol']:<20} {when}  {_tally(d):<9} {vii}  {title[:60]}")
    click.echo(f"{len(rows)} decisions", err=True)


@click.command()
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@json_option
@with_ledger
def search(ledger: Ledger, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over every paragraph. Words must all appear; put the
    query in double quotes for a phrase: mandates search '"immediate vicinity"'."""
    hits = ledger.search(query, limit=limit)
    if as_json:
        emit_json({"query": query, "count": len(hits), "hits": hits})
        return
    for h in hits:
        click.echo(f"{h['symbol']} {h['label']} ({h['date']})")
        click.echo(_wrap(h["snippet"], "    "))
    click.echo(f"{len(hits)} paragraphs", err=True)


@click.command("check-record")
@click.argument("symbol", required=False)
@click.option("--warnings/--no-warnings", "with_warnings", default=True, show_default=True,
              help="Also list problems found inside single files (dates or meetings that disagree "
                   "within one XML file, counts that do not match the member lists).")
@json_option
@with_ledger
def check_record(ledger: Ledger, symbol: str | None, with_warnings: bool, as_json: bool) -> None:
    """List every disagreement between the XML, the UN's JSON extract and the
    Charter's voting rule (optionally for one symbol), with both values."""
    rows = ledger.discrepancies(symbol)
    warnings = ledger.reader_warnings(symbol) if with_warnings else []
    if as_json:
        emit_json({"count": len(rows), "discrepancies": rows, "warnings": warnings})
        return
    for r in rows:
        click.echo(f"{r['symbol']:<20} {r['field']:<18} {r['source_a']}: {r['value_a']}  |  "
                   f"{r['source_b']}: {r['value_b']}" + (f"  ({r['note']})" if r["note"] else ""))
    for w in warnings:
        click.echo(f"{w['symbol']:<20} {'within the file':<18} {w['warning']}")
    click.echo(f"{len(rows)} disagreements between sources"
               + (f"; {len(warnings)} problems within single files" if with_warnings else ""), err=True)


@click.command()
@json_option
@with_ledger
def stats(ledger: Ledger, as_json: bool) -> None:
    """What the ledger holds."""
    s = ledger.stats()
    s["database"] = ledger.url
    if as_json:
        emit_json(s)
        return
    years = s.pop("years")
    for key, value in s.items():
        click.echo(f"{key.replace('_', ' '):<24} {value}")
    if years:
        click.echo(f"{'years':<24} {years[0]}–{years[-1]}")


COMMANDS = (resolution, votes, resolutions, search, check_record, stats)
