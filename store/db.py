"""Opening the database: WAL for writers, a read-only URI for `query`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from nhs_leaders.store.schema import ensure_schema

DEFAULT_DB = "nhs.db"


def open_db(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating if needed) a writable database with the schema and gazetteer in place."""
    conn = sqlite3.connect(str(path), timeout=30)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    from nhs_leaders.store.organisations import seed_organisations

    seed_organisations(db)
    return db


def open_readonly(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """A connection that SQLite itself refuses to write through (``mode=ro`` plus ``query_only``)."""
    resolved = Path(path).resolve()
    if not resolved.exists():
        raise FileNotFoundError(f"no database at {resolved}")
    conn = sqlite3.connect(f"{resolved.as_uri()}?mode=ro", uri=True, timeout=30)
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_deny_escapes)
    return conn


def _deny_escapes(action: int, arg1, arg2, db_name, trigger) -> int:
    """Refuse ATTACH/DETACH (another file could be created or written) and PRAGMAs that set a value."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg2 is not None:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
