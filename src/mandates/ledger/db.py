"""Where the ledger lives: turning --db / MANDATES_DB into an engine."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

ENV_VAR = "MANDATES_DB"


def default_db_path() -> Path:
    """The per-user data directory, used when neither --db nor MANDATES_DB is given."""
    import platformdirs

    return Path(platformdirs.user_data_dir("mandates", appauthor=False)) / "mandates.db"


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """A database URL from an explicit value, the environment, or the default.

    A value containing "://" is taken as a URL (``postgresql+psycopg://…``);
    anything else is a path to a SQLite file.
    """
    value = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or None
    if value is None:
        path = default_db_path()
    elif "://" in value:
        if value.startswith("postgres://") or value.startswith("postgresql://"):
            # psycopg 3 is the driver we ship for; the bare scheme means psycopg2.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    else:
        path = Path(value).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, future=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            # Autocommit at the driver level so SQLAlchemy's BEGIN is the only
            # transaction boundary; WAL + NORMAL keeps per-document commits cheap
            # while a crash still loses at most uncommitted documents.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # pragma: no cover - trivial
            conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, future=True, pool_pre_ping=True)
