"""Opening a store: a database URL (or file path) to a migrated SQLAlchemy engine.

SQLite is the default (a file, in WAL mode so readers never block the one writer and a
killed writer loses only its open transaction); PostgreSQL is chosen by URL. Migrations
ship inside the package and run on open, so a new dateline version upgrades an old store.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dateline.errors import StoreError, StoreNotFound

DEFAULT_DB = "dateline.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from `db`, else $DATELINE_DB, else ./dateline.db (SQLite).

    A plain path means a SQLite file; `postgresql://` URLs use the psycopg 3 driver.
    """
    raw = db or os.environ.get("DATELINE_DB") or DEFAULT_DB
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser()}"
    for plain in ("postgresql://", "postgres://"):
        if raw.startswith(plain):
            return "postgresql+psycopg://" + raw[len(plain):]
    return raw


def create_engine(url: str) -> sa.Engine:
    """An engine with dateline's connection settings; no migration yet."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 60})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    if cursor.execute("PRAGMA database_list").fetchone()[2]:  # a file, not :memory:
        cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable against a killed process in WAL mode (only power loss can
    # drop the last transactions), and much faster than FULL.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _alembic_config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current != head:
                command.upgrade(_alembic_config(connection), "head")
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url!r}: {exc.orig}",
                         code="DL501") from exc


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory SQLite database or another kind."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def open_engine(db: str | None = None, *, create: bool = True) -> sa.Engine:
    """A migrated engine for `db` (see `resolve_url`).

    A SQLite file that does not exist is created with its folders, unless `create` is
    false: then it is a `StoreNotFound` error (DL504), and nothing is created. Other
    databases (PostgreSQL) must exist either way; their tables are created on open.
    """
    url = resolve_url(db)
    path = sqlite_file(url)
    if path is not None and not create and not path.exists():
        raise StoreNotFound(
            f"no store at {path}: the file does not exist (a command that only reads never "
            f"creates one; `dateline ingest FILES --db {path}` does)")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    migrate(engine)
    return engine
