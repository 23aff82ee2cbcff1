"""Read-side queries. Every function takes a connection and returns plain data
(dicts and lists ready for JSON), so the CLI and the API only format."""
from __future__ import annotations

import json
import re

from sqlalchemy import Connection, and_, func, or_, select

from . import schema
from .search import ParagraphSearch

VOTE_KEYS = {"Y": "in_favour", "N": "against", "A": "abstaining", "X": "non_voting"}


class NotFound(LookupError):
    """A reference (resolution number, symbol) that the ledger does not hold."""


_RES_REF = re.compile(r"^\s*(?:S/RES/)?(\d{1,4})(?:\s*\((\d{4})\))?\s*$", re.I)
_DRAFT_REF = re.compile(r"^\s*S/(\d{4})/(\d+)\s*$", re.I)


def _find_decision(conn: Connection, ref: str | int):
    """(kind, row mapping) for a number, a resolution symbol or a draft symbol."""
    text = str(ref)
    match = _RES_REF.match(text)
    if match:
        number = int(match.group(1))
        row = conn.execute(select(schema.resolutions).where(schema.resolutions.c.number == number)).mappings().first()
        if row is None or (match.group(2) and int(match.group(2)) != row["year"]):
            raise NotFound(f"resolution {text.strip()} is not in the ledger; "
                           "ingest ../shared/data/unxml or run `mandates fetch`")
        return "resolution", row
    match = _DRAFT_REF.match(text)
    if match:
        symbol = f"S/{match.group(1)}/{int(match.group(2))}"
        row = conn.execute(select(schema.drafts).where(schema.drafts.c.symbol == symbol)).mappings().first()
        if row is not None:
            return "draft", row
        row = conn.execute(select(schema.resolutions).where(schema.resolutions.c.draft_symbol == symbol)).mappings().first()
        if row is not None:
            return "resolution", row
        raise NotFound(f"no draft or resolution with symbol {symbol} in the ledger")
    raise NotFound(f"{text!r} is not a resolution number (2690), symbol (S/RES/2690 (2023)) or draft symbol (S/2023/638)")


def _terms(conn: Connection, document_id: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"submitter": [], "sponsor": [], "agenda": [], "subject": []}
    rows = conn.execute(
        select(schema.decision_terms.c.role, schema.decision_terms.c.value)
        .where(schema.decision_terms.c.document_id == document_id)
        .order_by(schema.decision_terms.c.role, schema.decision_terms.c.position)
    )
    for role, value in rows:
        out.setdefault(role, []).append(value)
    return out


def _member_votes(conn: Connection, document_id: int) -> list[dict]:
    rows = conn.execute(
        select(schema.member_votes).where(schema.member_votes.c.document_id == document_id)
        .order_by(schema.member_votes.c.position)
    ).mappings()
    return [dict(member=r["member"], member_raw=r["member_raw"], iso3=r["iso3"],
                 permanent=bool(r["permanent"]), vote=VOTE_KEYS[r["vote"]]) for r in rows]


def _grouped(members: list[dict]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {key: [] for key in VOTE_KEYS.values()}
    for m in members:
        grouped[m["vote"]].append(m["member"])
    return grouped


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _decision_header(kind: str, row) -> dict:
    counts = {k: row[k] for k in ("in_favour", "against", "abstaining", "non_voting")}
    return {
        "symbol": row["symbol"],
        "kind": kind,
        "number": row.get("number"),
        "year": row["year"],
        "adopted_on": _iso(row.get("adopted_on")) if kind == "resolution" else None,
        "voted_on": _iso(row.get("voted_on")) if kind == "draft" else _iso(row.get("adopted_on")),
        "meeting": row["meeting"],
        "draft": row.get("draft_symbol") if kind == "resolution" else row["symbol"],
        "chapter_vii": bool(row["chapter_vii"]),
        "title": row["title"],
        "outcome": row["outcome"],
        "outcome_reason": row["outcome_reason"],
        "recorded_outcome": row["recorded_outcome"],
        "recorded_outcome_text": row["recorded_outcome_text"],
        "tally": counts if counts["in_favour"] is not None else None,
        "vetoed_by": json.loads(row["vetoed_by"] or "[]"),
    }


def _source(conn: Connection, document_id: int) -> dict:
    doc = conn.execute(select(schema.documents).where(schema.documents.c.id == document_id)).mappings().one()
    return {"origin": doc["origin"], "sha256": doc["sha256"], "kind": doc["kind"],
            "extractor_version": doc["extractor_version"],
            "ingested_at": doc["ingested_at"].isoformat(timespec="seconds"),
            "warnings": json.loads(doc["warnings"] or "[]")}


def decision(conn: Connection, ref: str | int) -> dict:
    kind, row = _find_decision(conn, ref)
    doc_id = row["document_id"]
    terms = _terms(conn, doc_id)
    members = _member_votes(conn, doc_id)
    paragraphs = conn.execute(
        select(schema.paragraphs).where(schema.paragraphs.c.document_id == doc_id)
        .order_by(schema.paragraphs.c.position)
    ).mappings().all()
    cites_by_eid: dict[str, list[str]] = {}
    for eid, symbol in conn.execute(
        select(schema.citations.c.eid, schema.citations.c.cited_symbol)
        .where(schema.citations.c.document_id == doc_id).order_by(schema.citations.c.id)
    ):
        cites_by_eid.setdefault(eid, []).append(symbol)
    all_cites = list(dict.fromkeys(s for p in paragraphs for s in cites_by_eid.get(p["eid"], [])))
    out = _decision_header(kind, row)
    if kind == "draft":
        out["vetoed_by_recorded"] = json.loads(row["vetoed_by_recorded"] or "[]")
    out.update({
        "submitters": terms["submitter"],
        "sponsors": terms["sponsor"],
        "agenda": terms["agenda"],
        "subjects": terms["subject"],
        "votes": _grouped(members),
        "paragraphs": [
            {"eid": p["eid"], "label": p["label"], "kind": p["kind"], "parent_eid": p["parent_eid"],
             "number": p["number"], "text": p["text"], "cites": cites_by_eid.get(p["eid"], [])}
            for p in paragraphs
        ],
        "cites": all_cites,
        "discrepancies": discrepancies(conn, row["symbol"]),
        "source": _source(conn, doc_id),
    })
    return out


def votes(conn: Connection, ref: str | int) -> dict:
    kind, row = _find_decision(conn, ref)
    members = _member_votes(conn, row["document_id"])
    out = _decision_header(kind, row)
    out["submitters"] = _terms(conn, row["document_id"])["submitter"]
    out["members"] = members
    out["votes"] = _grouped(members)
    return out


def resolutions(conn: Connection, year: int | None = None, agenda: str | None = None,
                subject: str | None = None, chapter_vii: bool | None = None,
                include_drafts: bool = False, limit: int | None = None) -> list[dict]:
    out = []
    tables = [("resolution", schema.resolutions)] + ([("draft", schema.drafts)] if include_drafts else [])
    for kind, table in tables:
        query = select(table)
        if year is not None:
            query = query.where(table.c.year == year)
        if chapter_vii is not None:
            query = query.where(table.c.chapter_vii == chapter_vii)
        for role, needle in (("agenda", agenda), ("subject", subject)):
            if needle:
                query = query.where(table.c.document_id.in_(_documents_with_term(conn, role, needle)))
        order = table.c.number if kind == "resolution" else table.c.voted_on
        for row in conn.execute(query.order_by(order)).mappings():
            out.append(_decision_header(kind, row))
    return out[:limit] if limit else out


def _documents_with_term(conn: Connection, role: str, needle: str) -> list[int]:
    """Documents with an agenda item / subject containing ``needle`` as whole
    words ("mali" finds "The situation in Mali", not "Somalia")."""
    terms = schema.decision_terms
    words = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in needle.split()) + r"(?!\w)", re.I)
    rows = conn.execute(select(terms.c.document_id, terms.c.value).where(and_(
        terms.c.role == role, func.lower(terms.c.value).contains(needle.split()[0].lower(), autoescape=True))))
    return sorted({doc for doc, value in rows if words.search(value)})


def search(conn: Connection, backend: ParagraphSearch, query: str, limit: int) -> list[dict]:
    hits = backend.search(conn, query, limit)
    if not hits:
        return []
    p, r, d = schema.paragraphs, schema.resolutions, schema.drafts
    rows = conn.execute(
        select(p.c.id, p.c.eid, p.c.label, p.c.kind, p.c.text,
               func.coalesce(r.c.symbol, d.c.symbol).label("symbol"),
               func.coalesce(r.c.adopted_on, d.c.voted_on).label("date"))
        .select_from(p.outerjoin(r, r.c.document_id == p.c.document_id)
                     .outerjoin(d, d.c.document_id == p.c.document_id))
        .where(p.c.id.in_([h.paragraph_id for h in hits]))
    ).mappings()
    by_id = {row["id"]: row for row in rows}
    return [
        {"symbol": by_id[h.paragraph_id]["symbol"], "date": _iso(by_id[h.paragraph_id]["date"]),
         "eid": by_id[h.paragraph_id]["eid"], "label": by_id[h.paragraph_id]["label"],
         "kind": by_id[h.paragraph_id]["kind"], "snippet": h.snippet,
         "text": by_id[h.paragraph_id]["text"]}
        for h in hits if h.paragraph_id in by_id
    ]


def discrepancies(conn: Connection, symbol: str | None = None) -> list[dict]:
    t = schema.discrepancies
    query = select(t).order_by(t.c.symbol, t.c.field, t.c.id)
    if symbol:
        query = query.where(t.c.symbol == symbol)
    return [
        {"symbol": r["symbol"], "field": r["field"], "source_a": r["source_a"], "value_a": r["value_a"],
         "source_b": r["source_b"], "value_b": r["value_b"], "note": r["note"]}
        for r in conn.execute(query).mappings()
    ]


def reader_warnings(conn: Connection, symbol: str | None = None) -> list[dict]:
    """Problems the readers found inside single documents (dates or meetings that
    disagree within one XML file, counts that do not match the member lists, …)."""
    docs = schema.documents
    query = select(docs.c.key, docs.c.origin, docs.c.warnings).where(docs.c.warnings.is_not(None))
    if symbol:
        query = query.where(docs.c.key == symbol)
    out = []
    for key, origin, warnings in conn.execute(query.order_by(docs.c.key)):
        for warning in json.loads(warnings):
            out.append({"symbol": key, "origin": origin, "warning": warning})
    return out


def stats(conn: Connection) -> dict:
    def count(table, *where):
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()

    docs = schema.documents
    return {
        "documents": count(docs),
        "resolutions": count(schema.resolutions),
        "drafts": count(schema.drafts),
        "metadata_files": count(docs, docs.c.kind == "metadata"),
        "paragraphs": count(schema.paragraphs),
        "member_votes": count(schema.member_votes),
        "citations": count(schema.citations),
        "discrepancies": count(schema.discrepancies),
        "provisions": count(schema.provisions),
        "years": [
            r[0] for r in conn.execute(select(schema.resolutions.c.year).distinct()
                                       .order_by(schema.resolutions.c.year))
        ],
        "documents_with_warnings": count(docs, or_(docs.c.warnings.is_not(None))),
    }


def provisions(conn: Connection, ref: str | int, mission: str | None = None) -> dict:
    """A resolution's provisions, in paragraph order, each with its paragraph text."""
    kind, row = _find_decision(conn, ref)
    pv, pa = schema.provisions, schema.paragraphs
    query = (
        select(pv, pa.c.text, pa.c.position)
        .select_from(pv.join(pa, and_(pa.c.document_id == pv.c.document_id, pa.c.eid == pv.c.eid)))
        .where(pv.c.document_id == row["document_id"])
        .order_by(pa.c.position, pv.c.id)
    )
    if mission:
        query = query.where(func.upper(pv.c.mission) == mission.upper())
    items = []
    for r in conn.execute(query).mappings():
        items.append({
            "mission": r["mission"], "kind": r["kind"], "eid": r["eid"], "label": r["label"],
            "effective_from": _iso(r["effective_from"]), "from_precision": r["from_precision"],
            "effective_until": _iso(r["effective_until"]), "until_precision": r["until_precision"],
            "task": r["task"], "modality": r["modality"], "priority": bool(r["priority"]),
            "value": r["value"], "unit": r["unit"], "detail": r["detail"],
            "span": [r["span_start"], r["span_end"]], "quote": r["text"][r["span_start"]:r["span_end"]],
            "text": r["text"], "extractor_version": r["extractor_version"],
        })
    return {"symbol": row["symbol"], "kind": kind, "adopted_on": _iso(row.get("adopted_on")),
            "provisions": items}
