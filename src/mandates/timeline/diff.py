"""What changed between two states of a mission: tasks added, removed or
changed in modality or priority, ceilings, the mandate period, authorities
ended and added, in data and in sentences a person reads."""
from __future__ import annotations

import datetime as dt

from .model import ACTIVE, Source, State, TaskView


def _cite(sources) -> str:
    """"S/RES/2690 (2023) OP 6(i), OP 6(ii)": paragraphs grouped by resolution."""
    by_symbol: dict[str, list[str]] = {}
    for s in sources:
        source = s if isinstance(s, Source) else Source(s["symbol"], s["label"], s["eid"], s["kind"])
        if source.kind == "registry":
            by_symbol.setdefault("mission registry", [])
        else:
            labels = by_symbol.setdefault(source.symbol or "?", [])
            if source.label and source.label not in labels:
                labels.append(source.label)
    return "; ".join(f"{symbol} {', '.join(labels)}".strip() for symbol, labels in by_symbol.items())


def _day(value: dt.date | str | None) -> str:
    if value is None:
        return "open-ended"
    return value.isoformat() if isinstance(value, dt.date) else value


def _task_terms(t: TaskView) -> dict:
    return {"modality": t.entry.modality, "priority": t.entry.priority,
            "until": t.entry.effective_until.isoformat() if t.entry.effective_until else None}


def _terms_text(terms: dict) -> str:
    words = [terms["modality"] or "unspecified"]
    if terms["priority"]:
        words.append("priority")
    if terms["until"]:
        words.append(f"until {terms['until']}")
    return ", ".join(words)


def _names(tasks: list[TaskView]) -> str:
    return ", ".join(t.entry.name for t in tasks)


def diff_states(before: State, after: State) -> dict:
    """The difference from ``before`` to ``after`` (same mission)."""
    sentences: list[str] = []
    out: dict = {
        "mission": after.mission,
        "from": {"on": before.on.isoformat(), "status": before.status,
                 "mandate": before.mandate.to_dict() if before.mandate else None},
        "to": {"on": after.on.isoformat(), "status": after.status,
               "mandate": after.mandate.to_dict() if after.mandate else None},
    }

    # status and period
    out["status"] = {"from": before.status, "to": after.status} if before.status != after.status else None
    terminated = None
    bm, am = before.mandate, after.mandate
    if am is not None and am.ended_on is not None and (bm is None or bm.ended_on is None):
        ending = [s for s in am.sources if s.kind in ("terminate", "registry")] or list(am.sources)
        terminated = {"on": am.ended_on.isoformat(), "by": ending[0].kind,
                      "sources": [s.to_dict() for s in ending]}
        if ending[0].kind == "terminate":
            sentences.append(f"The mandate was terminated as of {am.ended_on.isoformat()} ({_cite(ending)}).")
        else:
            sentences.append(f"The mandate ended on {am.ended_on.isoformat()} ({_cite(ending)}).")
    out["terminated"] = terminated
    if out["status"]:
        sentences.append(f"Status: {before.status} → {after.status}.")
    period = None
    if bm is not None and am is not None and am.ended_on is None and (bm.start, bm.until) != (am.start, am.until):
        period = {"from": {"from": _day(bm.start), "until": _day(bm.until)},
                  "to": {"from": _day(am.start), "until": _day(am.until)},
                  "sources": [s.to_dict() for s in am.sources]}
        sentences.append(f"Mandate period: {_day(bm.start)} – {_day(bm.until)} → {_day(am.start)} – "
                         f"{_day(am.until)} ({_cite(am.sources)}).")
    elif bm is None and am is not None and am.ended_on is None:
        period = {"from": None, "to": {"from": _day(am.start), "until": _day(am.until)},
                  "sources": [s.to_dict() for s in am.sources]}
        sentences.append(f"Mandate: {_day(am.start)} – {_day(am.until)} ({_cite(am.sources)}).")
    out["period"] = period

    # tasks
    old = {t.entry.task: t for t in before.tasks}
    new = {t.entry.task: t for t in after.tasks}
    removed = [old[k] for k in old if k not in new]
    added = [new[k] for k in new if k not in old]
    changed = []
    for key in old.keys() & new.keys():
        a, b = _task_terms(old[key]), _task_terms(new[key])
        if a != b:
            changed.append((old[key], new[key], a, b))
    changed.sort(key=lambda c: c[1].entry.name)
    out["tasks"] = {
        "added": [t.to_dict() for t in added],
        "removed": [t.to_dict() for t in removed],
        "changed": [{"task": b.entry.task, "name": b.entry.name, "from": ta, "to": tb,
                     "sources": [s.to_dict() for s in b.entry.sources]} for _a, b, ta, tb in changed],
    }
    priority_removed = [t for t in removed if t.entry.priority]
    other_removed = [t for t in removed if not t.entry.priority]
    demoted = [b for a, b, ta, tb in changed if ta["priority"] and not tb["priority"]]
    if priority_removed or demoted:
        all_ended = not any(t.entry.priority for t in after.tasks)
        lead = "The priority tasks ended" if all_ended else "Priority tasks ended"
        parts = []
        if priority_removed:
            parts.append(f"{len(priority_removed)} removed: {_names(priority_removed)}")
        if demoted:
            parts.append(f"{len(demoted)} kept without priority: {_names(demoted)}")
        sentences.append(f"{lead} ({'; '.join(parts)}).")
    if other_removed:
        sentences.append(f"Tasks removed ({len(other_removed)}): {_names(other_removed)}.")
    if added:
        sentences.append(f"Tasks added ({len(added)}): "
                         + ", ".join(f"{t.entry.name} ({_terms_text(_task_terms(t))})" for t in added)
                         + f" ({_cite(s for t in added for s in t.entry.sources)}).")
    for a, b, ta, tb in changed:
        sentences.append(f"{b.entry.name}: {_terms_text(ta)} → {_terms_text(tb)} ({_cite(b.entry.sources)}).")

    # ceilings
    old_c = {c.unit: c for c in before.ceilings}
    new_c = {c.unit: c for c in after.ceilings}
    ceilings = {"added": [], "removed": [], "changed": []}
    for unit in sorted(old_c.keys() | new_c.keys()):
        a, b = old_c.get(unit), new_c.get(unit)
        label = unit.replace("_", " ")
        if a and b and a.value != b.value:
            ceilings["changed"].append({"unit": unit, "from": a.value, "to": b.value,
                                        "sources": [s.to_dict() for s in b.sources]})
            sentences.append(f"Ceiling ({label}): {a.value:,} → {b.value:,} ({_cite(b.sources)}).")
        elif b and not a:
            ceilings["added"].append(b.to_dict())
            sentences.append(f"Ceiling ({label}) set at {b.value:,} ({_cite(b.sources)}).")
        elif a and not b:
            ceilings["removed"].append(a.to_dict())
    if ceilings["removed"]:
        listed = ", ".join(f"{c['value']:,} {c['unit'].replace('_', ' ')}" for c in ceilings["removed"])
        why = " with the mandate" if before.status == ACTIVE and after.status != ACTIVE else ""
        sentences.append(f"Ceilings ended{why}: {listed}.")
    out["ceilings"] = ceilings

    # authorities
    def key(a):
        return (a.kind, a.text, a.until)

    old_a = {key(a): a for a in before.authorizations}
    new_a = {key(a): a for a in after.authorizations}
    ended = [a for k, a in old_a.items() if k not in new_a]
    started = [a for k, a in new_a.items() if k not in old_a]
    out["authorizations"] = {"added": [a.to_dict() for a in started], "ended": [a.to_dict() for a in ended]}
    for a in ended:
        sentences.append(f"Authority ended: {a.text} ({_cite(a.sources)}).")
    timed = [a for a in started if a.until is not None]
    if timed:
        sentences.append(f"Time-limited authorities ({len(timed)}):")
        for a in timed:
            sentences.append(f"  until {a.until.isoformat()}: {a.text} ({_cite(a.sources)})")
    for a in started:
        if a.until is None:
            sentences.append(f"Authority: {a.text} ({_cite(a.sources)}).")

    # phases and deadlines
    if after.drawdown and not before.drawdown:
        d = after.drawdown
        sentences.append(f"Drawdown from {d.start.isoformat()}" + (f" until {d.until.isoformat()}" if d.until else "")
                         + f" ({_cite(d.sources)}).")
    if after.liquidation and not before.liquidation:
        liquidation = after.liquidation
        sentences.append(f"Liquidation from {liquidation.start.isoformat()} ({_cite(liquidation.sources)}).")
    old_d = {(d.kind, d.due) for d in before.deadlines}
    new_deadlines = [d for d in after.deadlines if (d.kind, d.due) not in old_d
                     and d.kind not in ("sunset", "task_sunset", "mandate_expiry")]
    out["deadlines"] = {"added": [d.to_dict() for d in new_deadlines]}
    for d in new_deadlines:
        sentences.append(f"Due {d.due.isoformat()}: {d.text} ({_cite(d.sources)}).")
    if not sentences:
        sentences.append("No change.")
    out["sentences"] = sentences
    return out
