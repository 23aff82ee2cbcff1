"""Option bundles shared by the commands, and the error conventions."""
from __future__ import annotations

import functools
import json
import logging
import sys

import click

from ..ledger.ledger import Ledger
from ..ledger.queries import NotFound


def db_option(fn):
    return click.option(
        "--db", "db", metavar="PATH|URL", envvar="MANDATES_DB", show_envvar=True,
        help="SQLite file or database URL (default: a file in your user data folder).",
    )(fn)


def json_option(fn):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def silent_option(fn):
    return click.option("--silent", is_flag=True, help="No progress bar or summary on stderr.")(fn)


def open_ledger(db: str | None) -> Ledger:
    try:
        return Ledger.open(db)
    except Exception as exc:  # a bad URL, an unreadable file, a missing driver
        raise click.ClickException(
            f"cannot open the database {db or '(default)'}: {exc.__class__.__name__}: {exc}\n"
            "Hint: pass --db PATH for a SQLite file, or a postgresql:// URL."
        ) from exc


def with_ledger(fn):
    """Open the ledger named by --db for the command, translate lookups that
    fail into a one-line error, and close it afterwards."""

    @functools.wraps(fn)
    def wrapper(*args, db=None, **kwargs):
        ledger = open_ledger(db)
        try:
            return fn(ledger, *args, **kwargs)
        except NotFound as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            ledger.close()

    return db_option(wrapper)


def emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()


def configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if verbose == 1:
        level = logging.INFO
    elif verbose >= 2:
        level = logging.DEBUG
    if quiet:
        level = logging.ERROR
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
