"""Opening the database: WAL for writers, a read-only URI for `query` (immutable on read-only media)."""

from __future__ import annotations

import contextlib
import contextvars
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
from nhs_leaders.store.schema import ensure_schema

DEFAULT_DB = "nhs.db"
log = logging.getLogger(__name__)
_READERS_ONLY: contextvars.ContextVar[bool] = contextvars.ContextVar("readers_only", default=False)
READ_ONLY_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "foreign_key_check",
        "integrity_check",
        "quick_check",
        "collation_list",
        "function_list",
        "module_list",
        "pragma_list",
        "database_list",
        "compile_options",
    }
)


def open_db(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating if needed) a writable database with the schema and gazetteer in place."""
    if _READERS_ONLY.get():
        raise sqlite3.OperationalError("another run holds the database's lock; not opening it for writing")
    conn = sqlite3.connect(str(path), timeout=30)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    from nhs_leaders.store.changes import ensure_changes
    from nhs_leaders.store.organisations import seed_organisations

    ensure_changes(db)
    seed_organisations(db)
    return db


@contextlib.contextmanager
def readers_only() -> Iterator[None]:
    """Inside: :func:`open_db` refuses (another process holds the lock), so readers skip their refresh."""
    token = _READERS_ONLY.set(True)
    try:
        yield
    finally:
        _READERS_ONLY.reset(token)


def open_readonly(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """A connection that SQLite itself refuses to write through (``mode=ro`` plus ``query_only``).

    On read-only media (no -shm can be created beside a WAL database) it opens ``immutable=1``: what
    was checkpointed into the main file, never locking. Read-only PRAGMAs such as ``table_info`` work.
    """
    resolved = Path(path).resolve()
    if not resolved.exists():
        raise FileNotFoundError(f"no database at {resolved}")
    conn = _connect_ro(resolved, "mode=ro")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError as exc:
        if (
            os.access(resolved.parent, os.W_OK)
            and "unable to open" not in str(exc)
            and "readonly" not in str(exc)
        ):
            raise
        conn.close()
        log.info("%s: read-only media, opening immutable (%s)", resolved, exc)
        conn = _connect_ro(resolved, "immutable=1")
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_deny_escapes)
    return conn


def _connect_ro(path: Path, flags: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True, timeout=30, check_same_thread=False)


def _deny_escapes(action: int, arg1, arg2, db_name, trigger) -> int:
    """Refuse ATTACH/DETACH (another file could be created or written) and PRAGMAs that set a value;
    read-only PRAGMAs whose argument is a table or index name are allowed."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg2 is not None and (arg1 or "").lower() not in READ_ONLY_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
