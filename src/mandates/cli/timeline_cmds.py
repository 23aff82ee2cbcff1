"""Commands on the mandate timeline: mission, missions, history, diff, calendar."""
from __future__ import annotations

import datetime as dt
import sys
import textwrap

import click

from ..ledger.ledger import Ledger
from ..timeline.calendar import KINDS as EVENT_KINDS
from ..timeline.calendar import to_ics
from ..timeline.model import STATUSES
from .options import emit_json, json_option, with_ledger

WIDTH = 100
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: dt.datetime | None, default: dt.date | None = None) -> dt.date | None:
    return value.date() if value is not None else default


def _cite(sources: list[dict]) -> str:
    """"S/RES/2690 (2023) OP 6(i), OP 6(ii)": paragraphs grouped by resolution."""
    by_symbol: dict[str, list[str]] = {}
    for s in sources:
        if s["kind"] == "registry":
            by_symbol.setdefault("mission registry", [])
            continue
        labels = by_symbol.setdefault(s["symbol"] or "?", [])
        if s["label"] and s["label"] not in labels:
            labels.append(s["label"])
    return "; ".join(f"{symbol} {', '.join(labels)}".strip() for symbol, labels in by_symbol.items())


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _span(start: str | None, until: str | None) -> str:
    return f"{start or '…'} – {until or 'open'}"


def _tally(vote: dict | None) -> str:
    if not vote or not vote.get("tally"):
        return "no vote recorded"
    t = vote["tally"]
    text = f"{t['in_favour']}-{t['against']}-{t['abstaining']}"
    return text + (" unanimous" if vote.get("unanimous") else "")


# --- mission ----------------------------------------------------------------------------------


def print_state(s: dict) -> None:
    click.echo(f"{s['mission']} — {s['name']} ({s['kind'].replace('_', ' ')})")
    click.echo(f"on {s['on']}: {s['status'].replace('_', ' ')}")
    m = s["mandate"]
    if m:
        words = f"mandate   {_span(m['from'], m['until'])}"
        if m["ended_on"]:
            words += f", ended {m['ended_on']}"
        if m["final"]:
            words += " (final period)"
        click.echo(_wrap(f"{words}  [{_cite(m['sources'])}]", "  "))
        if m.get("note"):
            click.echo(_wrap(f"note: {m['note']}", "            "))
    for key in ("drawdown", "liquidation"):
        if s[key]:
            p = s[key]
            click.echo(_wrap(f"{key:<9} {_span(p['from'], p['until'])}  [{_cite(p['sources'])}]", "  "))
    click.echo(f"  tasks ({len(s['tasks'])})" if s["tasks"] else "  tasks: none in force")
    for t in s["tasks"]:
        terms = ", ".join(filter(None, [t["modality"], "priority" if t["priority"] else None,
                                        f"until {t['until']}" if t["until"] else None]))
        click.echo(_wrap(f"{t['name']} ({t['task']}): {terms}  [{_cite(t['sources'])}]", "    "))
    click.echo(f"  authorizations ({len(s['authorizations'])})" if s["authorizations"]
               else "  authorizations: none in force")
    for a in s["authorizations"]:
        until = f" until {a['until']}" if a["until"] else " with the mandate" if a["kind"] == "use_of_force" else ""
        click.echo(_wrap(f"{a['kind'].replace('_', ' ')}{until}: {a['text']}  [{_cite(a['sources'])}]", "    "))
    if s["ceilings"]:
        click.echo("  ceilings")
        for c in s["ceilings"]:
            click.echo(_wrap(f"{c['value']:,} {c['unit'].replace('_', ' ')}"
                             + (f" until {c['until']}" if c["until"] else "") + f"  [{_cite(c['sources'])}]", "    "))
    else:
        click.echo("  ceilings: none in force")
    if s["deadlines"]:
        click.echo("  deadlines")
        for d in s["deadlines"]:
            click.echo(_wrap(f"{d['date']}  {d['text']}  [{_cite(d['sources'])}]", "    "))
    links = []
    if s["predecessors"]:
        links.append("preceded by " + ", ".join(s["predecessors"]))
    if s["successors"]:
        links.append("succeeded by " + ", ".join(s["successors"]))
    if links:
        click.echo("  " + "; ".join(links))


@click.command()
@click.argument("mission")
@click.option("--on", "on", type=DATE, metavar="YYYY-MM-DD", help="The day (default: today).")
@json_option
@with_ledger
def mission(ledger: Ledger, mission: str, on: dt.datetime | None, as_json: bool) -> None:
    """What MISSION could do on a day, and which paragraphs say so: status,
    mandate period, tasks, authorizations, ceilings, deadlines.

    Example: mandates mission MINUSMA --on 2023-10-15
    """
    state = ledger.mission_state(mission, _day(on, dt.date.today()))
    if as_json:
        emit_json(state)
    else:
        print_state(state)


@click.command()
@click.option("--on", "on", type=DATE, metavar="YYYY-MM-DD", help="The day (default: today).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only missions with this status (repeatable; default: active and drawdown).")
@click.option("--all", "all_statuses", is_flag=True, help="Every mission established by then, closed ones too.")
@click.option("--kind", type=click.Choice(["peacekeeping", "special_political", "regional", "multinational"]),
              help="Only one kind of mission.")
@json_option
@with_ledger
def missions(ledger: Ledger, on: dt.datetime | None, statuses: tuple[str, ...], all_statuses: bool,
             kind: str | None, as_json: bool) -> None:
    """Every mission active (or winding down) on a day, with its status."""
    day = _day(on, dt.date.today())
    if all_statuses:
        statuses = tuple(s for s in STATUSES if s != "not_established")
    items = ledger.missions_on(day, statuses or None, kind)
    if as_json:
        emit_json({"on": day.isoformat(), "count": len(items), "missions": items})
        return
    for item in items:
        m = item["mandate"] or {}
        basis = " (registry)" if m.get("basis") == "registry" else ""
        until = m.get("ended_on") or m.get("until") or "open"
        click.echo(f"{item['mission']:<10} {item['status']:<12} {item['kind']:<18} until {until}{basis}  "
                   f"{_cite(m.get('sources', []))}")
    click.echo(f"{len(items)} missions on {day.isoformat()}", err=True)


@click.command()
@click.argument("mission")
@json_option
@with_ledger
def history(ledger: Ledger, mission: str, as_json: bool) -> None:
    """Each resolution on MISSION: date, action, vote, new end date, ceilings."""
    data = ledger.history(mission)
    if as_json:
        emit_json(data)
        return
    click.echo(f"{data['mission']} — {data['name']}")
    for r in data["resolutions"]:
        click.echo(f"  {r['adopted_on']}  {r['symbol']:<18} {_tally(r['vote']):<16} "
                   f"{'until ' + r['mandate_until'] if r['mandate_until'] else '':<17} {', '.join(r['actions'])}")
        click.echo(_wrap(r["summary"], "      "))
    click.echo("  status")
    for seg in data["statuses"]:
        basis = " (registry)" if seg["basis"] == "registry" else ""
        click.echo(f"    {seg['from']} – {seg['to'] or 'open':<10}  {seg['status']}{basis}")
    links = []
    if data["predecessors"]:
        links.append("preceded by " + ", ".join(data["predecessors"]))
    if data["successors"]:
        links.append("succeeded by " + ", ".join(data["successors"]))
    if links:
        click.echo("  " + "; ".join(links))
    if data["events"] or data["claims"]:
        click.echo("  reported (from ingested reports; not in the record)")
    for e in data["events"]:
        when = e["date"] or e["when_text"] or "undated"
        click.echo(_wrap(f"{when}  {e['kind']} [{e['status']}]: {e['summary']}  — {_report_source(e['source'])}",
                         "    "))
    for c in data["claims"]:
        who = ", ".join(x for x in (c["speaker"], c["role"], c["organization"]) if x)
        click.echo(_wrap(f"{c['date'] or 'undated'}  {who} {c['verb'] or 'said'}"
                         f"{' (hedged)' if c['hedged'] else ''}: {c['text']}  — {_report_source(c['source'])}", "    "))


def _report_source(source: dict) -> str:
    return source.get("url") or source.get("title") or source["origin"]


@click.command()
@click.argument("refs", nargs=-1, required=True, metavar="RES_A RES_B | MISSION")
@click.option("--from", "start", type=DATE, metavar="YYYY-MM-DD", help="With MISSION: the earlier day.")
@click.option("--to", "end", type=DATE, metavar="YYYY-MM-DD", help="With MISSION: the later day.")
@click.option("--mission", help="With two resolutions: the mission to compare "
                                "(default: the one both decide most about).")
@json_option
@with_ledger
def diff(ledger: Ledger, refs: tuple[str, ...], start, end, mission: str | None, as_json: bool) -> None:
    """What changed between two resolutions, or between two dates of a mission:
    tasks, ceilings, the mandate period, authorities.

    \b
    Examples:
      mandates diff 2640 2690
      mandates diff MINUSMA --from 2022-06-01 --to 2023-07-15
    """
    if start or end:
        if len(refs) != 1 or not (start and end):
            raise click.UsageError("give one MISSION with both --from and --to (or two resolutions, no dates)")
        data = ledger.diff(mission=refs[0], start=start.date(), end=end.date())
    else:
        if len(refs) != 2:
            raise click.UsageError("give two resolutions (2640 2690), or one MISSION with --from and --to")
        data = ledger.diff(refs[0], refs[1], mission=mission)
    if as_json:
        emit_json(data)
        return
    head = data["resolutions"]
    title = f"{head['from']} → {head['to']}" if head else f"{data['from']['on']} → {data['to']['on']}"
    click.echo(f"{data['mission']}: {title} (state on {data['from']['on']} → {data['to']['on']})")
    for sentence in data["sentences"]:
        indent = "    " if sentence.startswith("  ") else "  "
        click.echo(_wrap(sentence.strip(), indent))


@click.command()
@click.option("--from", "start", type=DATE, metavar="YYYY-MM-DD", help="First day (default: today).")
@click.option("--to", "end", type=DATE, metavar="YYYY-MM-DD", help="Last day (default: 90 days after --from).")
@click.option("--mission", help="Only this mission.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(EVENT_KINDS), help="Only these events (repeatable).")
@click.option("--ics", "ics", type=click.Path(dir_okay=False, writable=True, allow_dash=True),
              help="Also write an iCalendar file (\"-\" for stdout instead of the listing).")
@json_option
@with_ledger
def calendar(ledger: Ledger, start, end, mission: str | None, kinds: tuple[str, ...], ics: str | None,
             as_json: bool) -> None:
    """What falls due: mandate expiries and terminations, sunsets of authorities
    and tasks, withdrawal deadlines, liquidation starts, reports due.

    Example: mandates calendar --from 2023-01-01 --to 2023-12-31 --mission MINUSMA --ics minusma.ics
    """
    first = _day(start, dt.date.today())
    last = _day(end, first + dt.timedelta(days=90))
    if last < first:
        raise click.BadParameter("--to is before --from", param_hint="--to")
    events = ledger.calendar(first, last, mission, kinds or None)
    if ics:
        name = f"UN mandates{' — ' + mission.upper() if mission else ''}"
        document = to_ics(events, name=name)
        if ics == "-":
            # Bytes, so the CRLF line ends RFC 5545 requires survive text-mode streams.
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:
                click.echo(document, nl=False)
            else:
                sys.stdout.flush()
                stream.write(document.encode("utf-8"))
                stream.flush()
            return
        with open(ics, "w", encoding="utf-8", newline="") as handle:
            handle.write(document)
        click.echo(f"wrote {len(events)} events to {ics}", err=True)
    if as_json:
        emit_json({"from": first.isoformat(), "to": last.isoformat(), "mission": mission,
                   "count": len(events), "events": [e.to_dict() for e in events]})
        return
    for e in events:
        sources = _cite([s.to_dict() for s in e.sources])
        click.echo(_wrap(f"{e.date.isoformat()}  {e.mission:<9} {e.kind:<17} {e.text}  [{sources}]", ""))
    if not events:
        click.echo("no events in that range", err=True)


COMMANDS = (mission, missions, history, diff, calendar)
