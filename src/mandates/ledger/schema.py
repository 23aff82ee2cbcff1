"""Table definitions, as SQLAlchemy Core metadata.

The metadata describes the *current* schema; ``migrations.py`` is what
creates and changes it in a real database, one numbered step at a time.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# One row per ingested input. Everything stored points back here, and deleting
# a document (a changed file being replaced) cascades to exactly its facts.
documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    # What the document is, independent of its bytes: the symbol for a
    # resolution or draft, "extract/2023.json" for a metadata file. A new
    # version of the same key replaces the old one.
    Column("key", String(200), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),  # resolution | draft | metadata | report
    Column("origin", Text, nullable=False),      # path, archive!member or URL
    Column("language", String(8)),
    Column("published_on", Date),
    Column("size_bytes", Integer, nullable=False),
    Column("extractor_version", String(20), nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("warnings", Text),                    # JSON list of reader warnings
)

# Hashes of document versions that a later file replaced. Remembering them keeps
# re-ingesting idempotent when the repository holds two different files for one
# symbol: the second run sees both hashes as known instead of swapping them back.
superseded = Table(
    "superseded",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("key", String(200), nullable=False),
    Column("origin", Text, nullable=False),
    Column("superseded_at", DateTime, nullable=False),
)

# Adopted resolutions and failed drafts share one shape; drafts live apart so
# nobody counts a vetoed text as a resolution by accident.
_decision_columns = lambda: [  # noqa: E731 - a factory: Columns cannot be shared
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("symbol", String(40), nullable=False, unique=True),
    Column("year", Integer, nullable=False),
    Column("meeting", String(60)),  # "S/PV.6702 (Resumption 1)", or a letter for votes by mail
    Column("chapter_vii", Boolean, nullable=False),
    Column("title", Text),
    Column("recorded_outcome", String(30)),
    Column("recorded_outcome_text", Text),
    Column("recorded_counts", Text),    # JSON object of the raw count strings
    Column("outcome", String(30)),      # what the Charter's rule gives
    Column("outcome_reason", Text),
    Column("in_favour", Integer),
    Column("against", Integer),
    Column("abstaining", Integer),
    Column("non_voting", Integer),
    Column("vetoed_by", Text),          # JSON list of permanent members
]

resolutions = Table(
    "resolutions",
    metadata,
    *_decision_columns(),
    Column("number", Integer, nullable=False, unique=True),
    Column("adopted_on", Date),
    Column("draft_symbol", String(40)),
)

drafts = Table(
    "drafts",
    metadata,
    *_decision_columns(),
    Column("voted_on", Date),
    Column("vetoed_by_recorded", Text),  # JSON list, as the record words it
)

# Sponsors, agenda items and subjects of a decision.
decision_terms = Table(
    "decision_terms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(20), nullable=False),  # submitter | sponsor | agenda | subject
    Column("value", Text, nullable=False),
    Column("position", Integer, nullable=False),
    # No index on value: filters match words inside it, which an index cannot serve.
    Index("ix_decision_terms_doc", "document_id"),
)

member_votes = Table(
    "member_votes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("member", String(80), nullable=False),     # canonical name
    Column("member_raw", String(80), nullable=False), # as the source writes it
    Column("iso3", String(3)),
    Column("permanent", Boolean, nullable=False),
    Column("vote", String(1), nullable=False),         # Y N A X
    Column("position", Integer, nullable=False),
    Index("ix_member_votes_doc", "document_id"),
    Index("ix_member_votes_member", "member"),
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("eid", String(120), nullable=False),
    Column("label", Text, nullable=False),  # a subheading's label is its text
    Column("kind", String(12), nullable=False),
    Column("parent_eid", String(120)),
    Column("number", String(40)),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("document_id", "eid", name="uq_paragraphs_doc_eid"),
)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("eid", String(120), nullable=False),
    Column("cited_symbol", String(60), nullable=False),
    Index("ix_citations_doc", "document_id"),
    Index("ix_citations_symbol", "cited_symbol"),
)

# One row per line of the UN's JSON metadata extract, kept so the extract can be
# compared with the XML whichever of the two is ingested first.
extract_entries = Table(
    "extract_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("symbol", String(40), nullable=False),
    Column("line", Integer, nullable=False),
    Column("entry", Text, nullable=False),  # JSON of the parsed ExtractEntry
    Index("ix_extract_entries_symbol", "symbol"),
    Index("ix_extract_entries_doc", "document_id"),
)

# Disagreements between the XML, the extract and the Charter's rule. Derived
# facts: recomputed for a symbol whenever either side of it is (re)ingested.
discrepancies = Table(
    "discrepancies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("symbol", String(40), nullable=False),
    Column("field", String(60), nullable=False),
    Column("source_a", String(60), nullable=False),
    Column("value_a", Text, nullable=False),
    Column("source_b", String(60), nullable=False),
    Column("value_b", Text, nullable=False),
    Column("note", Text, nullable=False),
    Index("ix_discrepancies_symbol", "symbol"),
)

# What each operative paragraph decides for each mission (extract/provisions.py).
# ``eid`` joins to ``paragraphs`` of the same document for the full text.
provisions = Table(
    "provisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("symbol", String(40), nullable=False),
    Column("adopted_on", Date),
    Column("mission", String(20), nullable=False),
    Column("kind", String(24), nullable=False),
    Column("eid", String(120), nullable=False),
    Column("label", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("effective_from", Date),
    Column("from_precision", String(16)),
    Column("effective_until", Date),
    Column("until_precision", String(16)),
    Column("task", String(40)),
    Column("modality", String(12)),
    Column("priority", Boolean, nullable=False),
    Column("value", Integer),
    Column("unit", String(30)),
    Column("detail", Text),
    Column("extractor_version", String(20), nullable=False),
    Index("ix_provisions_doc", "document_id"),
    Index("ix_provisions_mission", "mission", "adopted_on"),
    Index("ix_provisions_until", "effective_until"),
)

# --- reports (news stories, press releases) and what they say ----------------------------
# One row per ingested report (documents.kind = "report"); its facts, events, claims and
# entities hang off the same document and cascade away with it. Verdicts are those of the
# record as it stood when the report was ingested; `mandates check` always checks afresh.
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("format", String(8), nullable=False),        # text | html | pdf
    Column("title", Text),
    Column("url", Text),
    Column("byline", Text),
    Column("published_on", Date),
    Column("report_kind", String(40)),                  # news | press_release | ... as the source says
    Column("anchor_on", Date),                          # what relative dates were resolved from
    Column("anchor_source", Text),
    Column("missions", Text),                           # JSON list of acronyms, the main one first
    Column("notes", Text),                              # JSON list
    Column("text", Text, nullable=False),
)

report_links = Table(
    "report_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("symbol", String(40), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_report_links_doc", "document_id"),
    Index("ix_report_links_symbol", "symbol"),
)

report_facts = Table(
    "report_facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("field", String(40), nullable=False),
    Column("mission", String(20)),
    Column("resolution", Integer),
    Column("reported", Text),                           # JSON value
    Column("display", Text),
    Column("record", Text),                             # JSON value the record holds
    Column("verdict", String(16), nullable=False),      # consistent | contradicts | not_in_record
    Column("record_symbol", String(40)),
    Column("record_paragraph", String(200)),
    Column("note", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_report_facts_doc", "document_id"),
)

report_events = Table(
    "report_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(30), nullable=False),
    Column("summary", Text, nullable=False),
    Column("mission", String(20)),
    Column("when_iso", String(24)),
    Column("when_text", Text),
    Column("precision", String(16)),
    Column("status", String(10), nullable=False),       # reported | alleged
    Column("actors", Text),                             # JSON list
    Column("place", Text),
    Column("casualties", Integer),
    Column("casualty_qualifier", String(20)),
    Column("attributed_to", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_report_events_doc", "document_id"),
    Index("ix_report_events_mission", "mission"),
)

report_claims = Table(
    "report_claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("speaker", Text, nullable=False),
    Column("speaker_key", String(200), nullable=False),
    Column("role", Text),
    Column("organization", Text),
    Column("verb", String(40)),
    Column("said_on", String(24)),
    Column("about", Text),                              # JSON list
    Column("missions", Text),                           # JSON list
    Column("text", Text, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_report_claims_doc", "document_id"),
)

report_entities = Table(
    "report_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("spellings", Text, nullable=False),          # JSON list, as written
    Column("role", Text),
    Column("organization", Text),
    Index("ix_report_entities_doc", "document_id"),
)


# Documents whose paragraphs are stored but not yet in the full-text index.
# Ingest indexes them in one pass at the end of a run (much cheaper than a pass
# per commit group); a run that was killed leaves rows here, and the next
# ingest or search indexes them first. No foreign key: rows are removed only
# by indexing, so a delete never meets an unindexed paragraph.
fts_pending = Table(
    "fts_pending",
    metadata,
    Column("document_id", Integer, primary_key=True, autoincrement=False),
)
