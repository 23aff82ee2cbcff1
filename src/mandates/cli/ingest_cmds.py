"""`mandates ingest` and `mandates fetch`."""
from __future__ import annotations

import logging
import sys

import click

from ..ledger.ledger import IngestReport, Ledger
from ..readers import fetch as fetch_mod
from ..readers.sources import count_inputs
from .options import db_option, emit_json, json_option, open_ledger, silent_option, stderr_is_tty


def _run_ingest(ledger: Ledger, paths: list[str], silent: bool, jobs: int | None = None,
                extract: bool = True) -> IngestReport:
    if not silent and stderr_is_tty():
        total = count_inputs(paths)
        with click.progressbar(length=total, label="Ingesting", file=sys.stderr,
                               show_pos=True, item_show_func=lambda s: s) as bar:
            def progress(origin: str, status: str) -> None:
                bar.update(1, origin.rsplit("/", 1)[-1][:40])
            report = ledger.ingest(paths, progress=progress, jobs=jobs, extract=extract)
    else:
        report = ledger.ingest(paths, jobs=jobs, extract=extract)
    return report


def _print_report(report: IngestReport, silent: bool, as_json: bool) -> None:
    if as_json:
        emit_json(report.as_dict())
    for origin, reason in report.failed:
        click.echo(f"error: {origin}: {reason}", err=True)
    if logging.getLogger().isEnabledFor(logging.INFO):
        for origin, note in report.notes:
            click.echo(f"skipped: {origin}: {note}", err=True)
        for origin, warning in report.warnings:
            click.echo(f"warning: {origin}: {warning}", err=True)
    if not silent:
        click.echo(
            f"{report.new} new, {report.unchanged} unchanged, {report.replaced} replaced, "
            f"{len(report.failed)} failed, {report.skipped} skipped"
            + (f"; {len(report.warnings)} data warnings (see `mandates check-record`)" if report.warnings else ""),
            err=True,
        )


def _ingest_options(fn):
    fn = click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
                      help="Worker processes for reading (default: one per core, one fewer with "
                           "--no-extract; 0 = none).")(fn)
    fn = click.option("--no-extract", "no_extract", is_flag=True,
                      help="Store the record only; read provisions later with `mandates reextract`.")(fn)
    return fn


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@json_option
@silent_option
@_ingest_options
def ingest(paths: tuple[str, ...], db: str | None, as_json: bool, silent: bool,
           jobs: int | None, no_extract: bool) -> None:
    """Read resolutions (AKN XML), failed drafts and the UN's JSON metadata
    from files, folders (recursively) and .zip / .tar.gz archives.

    Each document is stored in one transaction; a document already ingested
    is skipped by its content hash, and a changed one replaces only its own
    facts. Exit code 1 when some input failed (each is listed with a reason).
    """
    ledger = open_ledger(db)
    try:
        report = _run_ingest(ledger, list(paths), silent, jobs, not no_extract)
    finally:
        ledger.close()
    _print_report(report, silent, as_json)
    if report.failed:
        sys.exit(1)


@click.command()
@click.option("--url", default=fetch_mod.DEFAULT_URL, show_default=True,
              help="Archive to download (.zip or .tar.gz of the UNxml/SCresolutions layout).")
@click.option("--cache", "cache", type=click.Path(file_okay=False), default=None,
              help="Folder for downloaded archives (default: your user cache folder).")
@click.option("--timeout", default=60.0, show_default=True, help="Network timeout in seconds.")
@db_option
@json_option
@silent_option
@_ingest_options
def fetch(url: str, cache: str | None, timeout: float, db: str | None, as_json: bool, silent: bool,
          jobs: int | None, no_extract: bool) -> None:
    """Download the UN's resolution repository and ingest it."""
    from pathlib import Path

    show_bar = not silent and stderr_is_tty()
    state = {"bar": None}

    def progress(done: int, total: int | None) -> None:
        if not show_bar:
            return
        if state["bar"] is None:
            state["bar"] = click.progressbar(length=total or 0, label="Downloading", file=sys.stderr)
            state["bar"].__enter__()
        bar = state["bar"]
        bar.update(done - bar.pos) if total else click.echo(f"\rDownloading {done / 1e6:.1f} MB", err=True, nl=False)

    try:
        archive = fetch_mod.download(url, Path(cache) if cache else None, timeout=timeout, progress=progress)
    except fetch_mod.FetchError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)
    if not silent:
        click.echo(f"downloaded {archive}", err=True)
    ledger = open_ledger(db)
    try:
        report = _run_ingest(ledger, [str(archive)], silent, jobs, not no_extract)
    finally:
        ledger.close()
    _print_report(report, silent, as_json)
    if report.failed:
        sys.exit(1)


COMMANDS = (ingest, fetch)
