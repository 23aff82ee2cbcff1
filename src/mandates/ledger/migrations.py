"""Numbered schema migrations.

Each step runs once, in order, inside a transaction, and is recorded in
``schema_migrations``. Never edit a step that has shipped; add a new one.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Column, Connection, DateTime, Engine, Integer, MetaData, String, Table, inspect, select

from . import schema
from .search import ParagraphSearch

log = logging.getLogger(__name__)

_meta = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _meta,
    Column("version", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("applied_at", DateTime, nullable=False),
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _v1_foundation(conn: Connection) -> None:
    tables = [
        schema.documents, schema.superseded, schema.resolutions, schema.drafts, schema.decision_terms,
        schema.member_votes, schema.paragraphs, schema.citations,
        schema.extract_entries, schema.discrepancies,
    ]
    schema.metadata.create_all(conn, tables=tables)
    ParagraphSearch.for_dialect(conn.dialect.name).install(conn)


def _v2_provisions(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.provisions])


def _v3_reports(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[
        schema.reports, schema.report_links, schema.report_facts, schema.report_events,
        schema.report_claims, schema.report_entities,
    ])


def _v4_fts_pending(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.fts_pending])


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, decisions, votes, paragraphs, citations, extract, search", _v1_foundation),
    Migration(2, "provisions read from operative paragraphs", _v2_provisions),
    Migration(3, "reports: links, checked facts, events, claims, entities", _v3_reports),
    Migration(4, "full-text index pending list", _v4_fts_pending),
)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    versions = conn.execute(select(schema_migrations.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(engine: Engine) -> list[int]:
    """Bring the database up to the latest schema; returns the versions applied."""
    applied = []
    with engine.begin() as conn:
        _meta.create_all(conn)
    for migration in MIGRATIONS:
        with engine.begin() as conn:
            if current_version(conn) >= migration.version:
                continue
            log.info("applying migration %s: %s", migration.version, migration.name)
            migration.apply(conn)
            conn.execute(schema_migrations.insert().values(
                version=migration.version, name=migration.name,
                applied_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            ))
            applied.append(migration.version)
    return applied
