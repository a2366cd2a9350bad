"""What changed: appointments and departures extracted since the last changes file, for other tools.

Durable: a trigger records every document that gets events (`pending_changes`), in the same transaction
as the events. ``run --changes-out`` writes the changes in every pending document, then clears them,
so a run killed after extracting (even by SIGKILL) loses nothing: the next ``--changes-out`` writes
its changes, once. The file is written beside its final name, synced and renamed into place before the
pending rows are cleared: a crash in the instant between those two steps repeats rows, never loses them.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import sqlite_utils

CHANGES_SQL = """
SELECT a.person, a.role, a.event, a.interim, a.organisation, a.ods_code, a.effective_date, a.date_precision,
       a.published, a.evidence, a.confidence, a.source_url, a.source_title, a.document_id, a.char_start, a.char_end,
       a.role_text, a.organisation_text, a.note
FROM appointments a
WHERE a.event IN ('appointed', 'departed') AND a.document_id IN (SELECT value FROM json_each(?))
ORDER BY a.organisation, a.person, a.event
"""
SCHEMA = """
CREATE TABLE IF NOT EXISTS pending_changes (document_id INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS pending_changes_on_event AFTER INSERT ON events
BEGIN
    INSERT OR IGNORE INTO pending_changes(document_id) VALUES (NEW.document_id);
END;
"""


def ensure_changes(db: sqlite_utils.Database) -> None:
    """Create the `pending_changes` table and its trigger (idempotent)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'pending_changes_on_event'").fetchone() is None:
        db.conn.executescript(SCHEMA)


# The header of an empty changes file: every column CHANGES_SQL selects.
CHANGES_COLUMNS = [
    c.strip().split(".")[-1] for c in CHANGES_SQL.split("FROM")[0].split("SELECT")[1].split(",")
]


def changes_in(conn: sqlite3.Connection, document_ids: list[int]) -> list[dict]:
    """Appointments and departures in ``document_ids``."""
    cursor = conn.execute(CHANGES_SQL, [json.dumps(document_ids)])
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def pending_document_ids(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT document_id FROM pending_changes ORDER BY document_id")]


def write_pending_changes(db: sqlite_utils.Database, out: str | Path) -> int:
    """Write every change not yet written to a changes file to ``out``, then mark them written."""
    ids = pending_document_ids(db.conn)
    count = write_changes(changes_in(db.conn, ids), out)
    with db.conn:
        db.conn.execute(
            "DELETE FROM pending_changes WHERE document_id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    return count


def write_changes(rows: list[dict], out: str | Path) -> int:
    """Write rows as CSV (``.csv``) or JSON Lines (anything else), atomically; returns the row count."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            if path.suffix.lower() == ".csv":
                writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else CHANGES_COLUMNS)
                writer.writeheader()
                writer.writerows(rows)
            else:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)
