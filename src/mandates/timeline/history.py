"""A mission's history: what each resolution decided for it, one line each."""
from __future__ import annotations

from .index import Timeline
from .model import (
    DAY,
    WIND_DOWN_KINDS,
    ceiling_items,
    effective_date,
    restates,
    task_entries,
)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def resolution_history(timeline: Timeline, votes: dict[str, dict] | None = None) -> list[dict]:
    """Each resolution with provisions for the mission, oldest first: date,
    actions, vote, the mandate's new end, ceilings, and the paragraphs."""
    votes = votes or {}
    decision_of = {d.symbol: d for d in timeline.decisions}
    termination_of = {t.symbol: t for t in timeline.terminations}
    out = []
    for res in timeline.resolutions:
        decision = decision_of.get(res.symbol)
        termination = termination_of.get(res.symbol)
        te = effective_date(res, decision)
        actions: list[str] = []
        words: list[str] = []
        sources = []
        if decision is not None and decision.establishes:
            actions.append("establish")
            words.append(f"establishes the mission, mandate from {decision.start.isoformat()}"
                         + (f" until {decision.until.isoformat()}" if decision.until else ""))
            sources.extend(decision.sources)
        elif decision is not None:
            actions.append("extend")
            if decision.until:
                words.append(("final extension" if decision.final else "extends the mandate")
                              + f" until {decision.until.isoformat()}")
            else:
                words.append("extends the mandate (no end date read)")
            sources.extend(decision.sources)
        entries = task_entries(res)
        if restates(res) and not (decision is not None and decision.establishes):
            actions.append("restate")
            priority = sum(1 for e in entries.values() if e.priority)
            words.append(f"sets out the mandate ({_plural(len(entries), 'task')}"
                         + (f", {priority} priority" if priority else "") + ")")
            sources.extend(r.source for r in res.of_kind("restate", "priority_tasks", "strategic_priority")[:2])
        elif decision is not None and decision.establishes and entries:
            words.append(f"{_plural(len(entries), 'task')}")
        elif entries:
            actions.append("amend")
            words.append("tasks: " + ", ".join(sorted(entries)))
        if termination is not None:
            actions.append("terminate")
            words.append(f"terminates the mandate as of {termination.last_day.isoformat()}")
            sources.extend(termination.sources)
        elif res.of_kind("terminate"):
            words.append("terminates something undated (not read as the mandate's end)")
        wind_down = res.of_kind(*WIND_DOWN_KINDS)
        if wind_down:
            actions.append("wind_down")
            dated = [r.effective_until for r in wind_down if r.effective_until]
            words.append("wind-down" + (f" to be complete by {max(dated).isoformat()}" if dated else ""))
            sources.extend(r.source for r in wind_down[:1])
        liquidation = [r for r in res.of_kind("liquidation") if r.effective_from]
        if liquidation:
            actions.append("liquidation")
            words.append(f"liquidation from {max(liquidation[0].effective_from, res.adopted_on).isoformat()}")
            sources.append(liquidation[0].source)
        functions = [r for r in res.of_kind("authorization") if r.effective_until]
        if functions:
            actions.append("authorize_functions")
            ends = sorted({r.effective_until for r in functions})
            words.append(f"{_plural(len(functions), 'function')} authorized until "
                         + " / ".join(d.isoformat() for d in ends))
            sources.extend(r.source for r in functions)
        if res.of_kind("authorize_force"):
            actions.append("use_of_force")
        ceilings = ceiling_items(res, te)
        if ceilings:
            actions.append("ceilings")
            words.append("ceilings " + ", ".join(f"{c.value:,} {c.unit.replace('_', ' ')}"
                                                 + (f" from {c.start.isoformat()}" if c.start != te else "")
                                                 + (f" until {c.until.isoformat()}" if c.until else "")
                                                 for c in ceilings))
            sources.extend(s for c in ceilings for s in c.sources)
        reports = [r for r in res.of_kind("report") if r.effective_until and r.effective_until >= res.adopted_on]
        if reports:
            actions.append("report")
            words.append("report due " + ", ".join(sorted({r.effective_until.isoformat() for r in reports})))
        if not actions:
            actions.append("other")
            words.append(", ".join(sorted({r.kind for r in res.rows})))
        new_end = termination.last_day if termination else (decision.until if decision else None)
        out.append({
            "symbol": res.symbol,
            "adopted_on": res.adopted_on.isoformat(),
            "effective": te.isoformat(),
            "actions": actions,
            "summary": "; ".join(words),
            "mandate_until": new_end.isoformat() if new_end else None,
            "ceilings": [{"unit": c.unit, "value": c.value, "from": c.start.isoformat(),
                          "until": c.until.isoformat() if c.until else None} for c in ceilings],
            "vote": votes.get(res.symbol),
            "sources": [s.to_dict() for s in dict.fromkeys(sources)],
        })
    return out


def resolution_effective_day(timeline: Timeline, symbol: str):
    """The first day on which a resolution's decisions for the mission all
    apply: the start of the period it opens, the day after the mandate it
    terminates ends, or its adoption."""
    res = next((r for r in timeline.resolutions if r.symbol == symbol), None)
    if res is None:
        return None
    termination = next((t for t in timeline.terminations if t.symbol == symbol), None)
    if termination is not None:
        return max(termination.last_day + DAY, res.adopted_on)
    decision = next((d for d in timeline.decisions if d.symbol == symbol), None)
    return effective_date(res, decision)
