"""The `fetches` table: one row per fetched URL (documents, listings, feeds, sitemaps).

Why a table of its own: conditional requests need ETag / Last-Modified / body sha256 for every URL
the crawler fetches, not only for the ones that became documents, and fetch failures (404, size
limit, off-domain redirect) must be recorded without creating a document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the crawl's storage process writes through sqlite3
    import sqlite3

    import sqlite_utils

FETCHES_SQL = """
CREATE TABLE IF NOT EXISTS fetches (
    url TEXT PRIMARY KEY,
    source TEXT,
    role TEXT,
    status INTEGER,
    etag TEXT,
    last_modified TEXT,
    raw_sha256 TEXT,
    content_type TEXT,
    final_url TEXT,
    document_id INTEGER,
    fetched_at TEXT,
    changed_at TEXT,
    error TEXT,
    hints TEXT,
    organisation TEXT,
    parsed_sha256 TEXT
);
CREATE INDEX IF NOT EXISTS fetches_source ON fetches(source);
CREATE INDEX IF NOT EXISTS fetches_fetched_at ON fetches(fetched_at);
"""
ADDED_COLUMNS = {"hints": "TEXT", "organisation": "TEXT", "parsed_sha256": "TEXT"}


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class FetchState:
    """What the last fetch of a URL left: validators for a conditional request and the body hash."""

    etag: str | None
    last_modified: str | None
    raw_sha256: str | None
    document_id: int | None
    content_type: str | None = None


def ensure_fetches(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """Create the table if missing, add columns newer than the file (idempotent; owned by the crawler)."""
    getattr(db, "conn", db).executescript(FETCHES_SQL)
    have = {row[1] for row in db.execute("PRAGMA table_info(fetches)").fetchall()}
    for name, kind in ADDED_COLUMNS.items():
        if name not in have:
            db.execute(f"ALTER TABLE fetches ADD COLUMN {name} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS fetches_pending ON fetches(role, parsed_sha256)")


def get_state(conn, url: str) -> FetchState | None:
    """The stored state of ``url`` (``conn`` may be a sqlite3 connection or a sqlite-utils Database)."""
    row = conn.execute(
        "SELECT etag, last_modified, raw_sha256, document_id, content_type FROM fetches WHERE url = ?", [url]
    ).fetchone()
    return FetchState(*row) if row else None


def load_states(conn, sources: list[str], limit: int) -> dict[str, FetchState] | None:
    """States of every URL fetched for ``sources``; None when there are more than ``limit`` rows."""
    marks = ", ".join("?" for _ in sources)
    count = conn.execute(f"SELECT count(*) FROM fetches WHERE source IN ({marks})", sources).fetchone()[0]
    if count > limit:
        return None
    rows = conn.execute(
        "SELECT url, etag, last_modified, raw_sha256, document_id, content_type FROM fetches "
        f"WHERE source IN ({marks})",
        sources,
    )
    return {row[0]: FetchState(*row[1:]) for row in rows}


def record_fetch(
    db: sqlite_utils.Database,
    url: str,
    *,
    source: str | None,
    role: str,
    status: int | None,
    etag: str | None = None,
    last_modified: str | None = None,
    raw_sha256: str | None = None,
    content_type: str | None = None,
    final_url: str | None = None,
    document_id: int | None = None,
    error: str | None = None,
    fetched_at: str | None = None,
    hints: str | None = None,
    organisation: str | None = None,
) -> None:
    """Upsert one fetch. Validators, body hash and hints are kept when the new fetch has none (304, errors)."""
    now = fetched_at or now_iso()
    db.execute(
        """INSERT INTO fetches(url, source, role, status, etag, last_modified, raw_sha256, content_type,
                               final_url, document_id, fetched_at, changed_at, error, hints, organisation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET
            source = excluded.source, role = excluded.role, status = excluded.status,
            etag = COALESCE(excluded.etag, etag),
            last_modified = COALESCE(excluded.last_modified, last_modified),
            changed_at = CASE WHEN excluded.raw_sha256 IS NOT NULL AND excluded.raw_sha256 IS NOT raw_sha256
                              THEN excluded.fetched_at ELSE changed_at END,
            raw_sha256 = COALESCE(excluded.raw_sha256, raw_sha256),
            content_type = COALESCE(excluded.content_type, content_type),
            final_url = COALESCE(excluded.final_url, final_url),
            document_id = COALESCE(excluded.document_id, document_id),
            fetched_at = excluded.fetched_at, error = excluded.error,
            hints = COALESCE(excluded.hints, hints), organisation = excluded.organisation""",
        [
            url,
            source,
            role,
            status,
            etag,
            last_modified,
            raw_sha256,
            content_type,
            final_url,
            document_id,
            now,
            now if raw_sha256 else None,
            error,
            hints,
            organisation,
        ],
    )


def mark_parsed(db: sqlite_utils.Database, url: str, raw_sha256: str, document_id: int | None) -> None:
    """The body ``raw_sha256`` of ``url`` has been turned into document ``document_id`` (or an error)."""
    db.execute(
        "UPDATE fetches SET parsed_sha256 = ?, document_id = COALESCE(?, document_id) WHERE url = ?",
        [raw_sha256, document_id, url],
    )


def errors_since(db: sqlite_utils.Database, since: str, sources: list[str] | None = None) -> list[dict]:
    """Fetch failures recorded at or after ``since`` (ISO time), for a run's report."""
    sql = "SELECT url, source, role, status, error FROM fetches WHERE error IS NOT NULL AND fetched_at >= ?"
    args: list = [since]
    if sources:
        sql += f" AND source IN ({', '.join('?' for _ in sources)})"
        args += sources
    cols = ("url", "source", "role", "status", "error")
    return [dict(zip(cols, row)) for row in db.execute(sql + " ORDER BY fetched_at, url", args).fetchall()]
