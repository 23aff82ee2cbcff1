"""Reports in the ledger: the record a report is checked against, and where
its facts, events and claims are stored.

``RecordLookup`` is what ``mandates.reports`` sees of the database: the
decisions a report may be about and their provisions, as plain dicts. The
store functions write one report's reading inside the caller's transaction
(``Ledger._store``), so its rows land together or not at all and cascade away
with its document.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from sqlalchemy import Connection, and_, func, insert, or_, select

from .. import members
from ..missions import Registry
from . import queries, schema
from .search import ParagraphSearch


class RecordLookup:
    """Read access to the record for linking and checking a report."""

    def __init__(self, conn: Connection, registry: Registry):
        self.conn = conn
        self.registry = registry
        self._decisions: dict[str, dict | None] = {}
        self._provisions: dict[str, list[dict]] = {}

    def decision(self, ref: str | int) -> dict | None:
        """The full record of a resolution (number or symbol) or draft, or None."""
        key = str(ref)
        if key not in self._decisions:
            try:
                self._decisions[key] = queries.decision(self.conn, ref)
            except queries.NotFound:
                self._decisions[key] = None
        return self._decisions[key]

    def provisions(self, symbol: str) -> list[dict]:
        if symbol not in self._provisions:
            try:
                self._provisions[symbol] = queries.provisions(self.conn, symbol)["provisions"]
            except queries.NotFound:
                self._provisions[symbol] = []
        return self._provisions[symbol]

    def quoting(self, phrase: str, limit: int = 12) -> list[tuple[str, str]]:
        """The (resolution symbol, paragraph) pairs whose text holds ``phrase``
        word for word (case, punctuation and diacritics aside)."""
        hits = ParagraphSearch.for_dialect(self.conn.dialect.name).search(self.conn, f'"{phrase}"', limit)
        if not hits:
            return []
        p, r = schema.paragraphs, schema.resolutions
        rows = self.conn.execute(select(r.c.symbol, p.c.eid, p.c.kind, p.c.number)
                                 .select_from(p.join(r, r.c.document_id == p.c.document_id))
                                 .where(p.c.id.in_([h.paragraph_id for h in hits])).order_by(p.c.position))
        out = []
        for symbol, eid, kind, number in rows:
            label = {"operative": "OP", "preamble": "PP"}.get(kind)
            out.append((symbol, f"{label} {number.rstrip('.')}" if label and number else eid))
        return out

    def candidates(self, missions: list[str], window: tuple[dt.date, dt.date] | None = None,
                   years: set[int] | None = None, hosts: list[str] = ()) -> list[dict]:
        """Resolutions with provisions for these missions or naming them in the
        title, and failed drafts on their host countries, each summarised."""
        if not missions and not hosts:
            return []
        r, pv = schema.resolutions, schema.provisions
        conditions = []
        if missions:
            conditions.append(r.c.document_id.in_(select(pv.c.document_id).where(pv.c.mission.in_(missions))))
            for acronym in missions:
                conditions.append(r.c.title.contains(f"({acronym})", autoescape=True))
        query = select(r).where(or_(*conditions)) if conditions else None
        rows = []
        if query is not None:
            rows += [("resolution", row) for row in self.conn.execute(query).mappings()]
        d = schema.drafts
        names = list(hosts) + [self.registry.get(m).name for m in missions if m in self.registry]
        draft_conditions = [func.lower(d.c.title).contains(n.lower(), autoescape=True) for n in names if n]
        draft_conditions += [d.c.document_id.in_(select(schema.decision_terms.c.document_id).where(and_(
            schema.decision_terms.c.role == "agenda",
            func.lower(schema.decision_terms.c.value).contains(n.lower(), autoescape=True)))) for n in names if n]
        if draft_conditions:
            rows += [("draft", row) for row in self.conn.execute(select(d).where(or_(*draft_conditions))).mappings()]
        out = []
        for kind, row in rows:
            date = row["adopted_on"] if kind == "resolution" else row["voted_on"]
            if window and (date is None or not window[0] <= date <= window[1]):
                continue
            if years and (date is None or date.year not in years):
                continue
            out.append(self._summary(kind, row))
        return out

    def _summary(self, kind: str, row) -> dict:
        symbol = row["symbol"]
        provisions = self.provisions(symbol) if kind == "resolution" else []
        actions: dict[str, set[str]] = {}
        dates: set[str] = set()
        for p in provisions:
            actions.setdefault(p["mission"], set()).add(p["kind"])
            for key in ("effective_until", "effective_from"):
                if p[key]:
                    dates.add(p[key])
        title = row["title"] or ""
        title_action = None
        for word, action in (("termination", "terminate"), ("extension", "extend"), ("establishment", "establish"),
                             ("renewal", "extend")):
            if re.search(rf"\[on\s+{word}\b", title, re.I):
                title_action = action
                break
        submitters = [t for t in queries._terms(self.conn, row["document_id"])["submitter"]]
        tally = None
        if row["in_favour"] is not None:
            tally = {"in_favour": row["in_favour"], "against": row["against"], "abstaining": row["abstaining"],
                     "non_voting": row["non_voting"]}
        return {
            "symbol": symbol, "kind": kind, "number": row.get("number"), "year": row["year"],
            "date": row["adopted_on"] if kind == "resolution" else row["voted_on"], "title": title,
            "title_action": title_action, "tally": tally, "outcome": row["outcome"],
            "vetoed_by": json.loads(row["vetoed_by"] or "[]"),
            "submitters": [members.canonical_member(s).name for s in submitters],
            "actions": actions, "dates": dates,
        }


# --- storing ------------------------------------------------------------------

def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def store_report(conn: Connection, document_id: int, checked: dict) -> None:
    """Write one checked report (``CheckResult.as_dict()``) under its document."""
    doc = checked["document"]
    conn.execute(insert(schema.reports), dict(
        document_id=document_id, format=doc["format"], title=doc["title"], url=doc["url"], byline=doc["byline"],
        published_on=_date(doc["published_on"]), report_kind=doc["kind"], anchor_on=_date(checked["anchor"]["date"]),
        anchor_source=checked["anchor"]["source"], text=doc["text"],
        missions=_json(checked["missions"]), notes=_json(checked["notes"]),
    ))
    if checked["linked"]:
        conn.execute(insert(schema.report_links), [
            dict(document_id=document_id, symbol=link["symbol"], confidence=link["confidence"], reason=link["reason"],
                 position=i) for i, link in enumerate(checked["linked"])])
    if checked["facts"]:
        conn.execute(insert(schema.report_facts), [
            dict(document_id=document_id, position=i, field=f["field"], mission=f.get("mission"),
                 resolution=f.get("resolution"), reported=_json(f["reported"]), display=f.get("display"),
                 record=_json(f.get("record")), verdict=f["verdict"],
                 record_symbol=(f.get("source") or {}).get("symbol"), record_paragraph=(f.get("source") or {}).get("paragraph"),
                 note=f.get("note"), span_start=f["span"]["start"], span_end=f["span"]["end"])
            for i, f in enumerate(checked["facts"])])
    if checked["events"]:
        conn.execute(insert(schema.report_events), [
            dict(document_id=document_id, position=i, kind=e["kind"], summary=e["summary"], mission=e["mission"],
                 when_iso=e["when"], when_text=e["when_text"], precision=e["precision"], status=e["status"],
                 actors=_json(e["actors"]), place=e["place"], casualties=e["casualties"],
                 casualty_qualifier=e["casualty_qualifier"], attributed_to=e["attributed_to"],
                 span_start=e["span"]["start"], span_end=e["span"]["end"])
            for i, e in enumerate(checked["events"])])
    if checked["claims"]:
        conn.execute(insert(schema.report_claims), [
            dict(document_id=document_id, position=i, speaker=c["speaker"], speaker_key=c["speaker_key"],
                 role=c["role"], organization=c["organization"], verb=c["verb"], said_on=c["said_on"],
                 about=_json(c["about"]), text=c["text"], hedged=c["hedged"], missions=_json(c.get("missions", [])),
                 span_start=c["span"]["start"], span_end=c["span"]["end"])
            for i, c in enumerate(checked["claims"])])
    if checked["entities"]:
        conn.execute(insert(schema.report_entities), [
            dict(document_id=document_id, key=e["key"], kind=e["kind"], name=e["name"],
                 spellings=_json(e["spellings"]), role=e["role"], organization=e["organization"])
            for e in checked["entities"]])


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def mission_reports(conn: Connection, acronym: str) -> dict:
    """What stored reports say about a mission: events and claims, each with its
    status and source, in time order (undated last). For the mission timeline."""
    ev, cl, rep, docs = schema.report_events, schema.report_claims, schema.reports, schema.documents
    acronym = acronym.upper()
    like = f'%"{acronym}"%'
    doc_ids = select(rep.c.document_id).where(rep.c.missions.like(like))
    source_cols = (docs.c.origin, rep.c.title, rep.c.url, rep.c.published_on)
    events = []
    for row in conn.execute(
        select(ev, *source_cols).select_from(ev.join(docs, docs.c.id == ev.c.document_id)
                                             .join(rep, rep.c.document_id == ev.c.document_id))
        .where(or_(ev.c.mission == acronym, and_(ev.c.mission.is_(None), ev.c.document_id.in_(doc_ids))))
        .order_by(ev.c.document_id, ev.c.position)
    ).mappings():
        events.append({
            "date": row["when_iso"], "precision": row["precision"], "when_text": row["when_text"],
            "kind": row["kind"], "summary": row["summary"], "status": row["status"],
            "actors": json.loads(row["actors"] or "[]"), "place": row["place"], "casualties": row["casualties"],
            "casualty_qualifier": row["casualty_qualifier"], "attributed_to": row["attributed_to"],
            "source": _source(row),
        })
    claims = []
    for row in conn.execute(
        select(cl, *source_cols).select_from(cl.join(docs, docs.c.id == cl.c.document_id)
                                             .join(rep, rep.c.document_id == cl.c.document_id))
        .where(cl.c.document_id.in_(doc_ids)).order_by(cl.c.document_id, cl.c.position)
    ).mappings():
        claims.append({
            "date": row["said_on"], "speaker": row["speaker"], "role": row["role"],
            "organization": row["organization"], "verb": row["verb"], "about": json.loads(row["about"] or "[]"),
            "text": row["text"], "hedged": bool(row["hedged"]), "status": "claimed", "source": _source(row),
        })
    key = lambda item: (item["date"] is None, item["date"] or "")  # noqa: E731
    return {"mission": acronym, "events": sorted(events, key=key), "claims": sorted(claims, key=key)}


def _source(row) -> dict:
    return {"origin": row["origin"], "title": row["title"], "url": row["url"],
            "published_on": row["published_on"].isoformat() if row["published_on"] else None}

