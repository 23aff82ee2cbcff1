"""The `mandates` command: thin commands over the library."""
from __future__ import annotations

import sys

import click

from .. import __version__
from .options import configure_logging

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="mandates")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def cli(verbose: int, quiet: bool) -> None:
    """Mandates: what the UN Security Council decided about peace operations,
    read from its own documents, with the paragraph that says so.

    Start with `mandates ingest ../shared/data/unxml` (or `mandates fetch`),
    then ask: `mandates resolution 2690`, `mandates votes 2640`,
    `mandates search "immediate vicinity"`.
    """
    configure_logging(verbose, quiet)


def _register() -> None:
    from . import ingest_cmds, mandate_cmds, record_cmds, timeline_cmds, report_cmds

    for module in (ingest_cmds, record_cmds, mandate_cmds, timeline_cmds, report_cmds):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    try:
        cli.main(prog_name="mandates", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)
