"""What changed in a run: appointments and departures extracted since it started, for other tools."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

CHANGES_SQL = """
SELECT a.person, a.role, a.event, a.interim, a.organisation, a.ods_code, a.effective_date, a.date_precision,
       a.published, a.evidence, a.confidence, a.source_url, a.source_title, a.document_id, a.char_start, a.char_end,
       a.role_text, a.organisation_text, a.note
FROM appointments a
WHERE a.event IN ('appointed', 'departed') AND a.document_id IN (SELECT value FROM json_each(?))
ORDER BY a.organisation, a.person, a.event
"""


# The header of an empty changes file: every column CHANGES_SQL selects.
CHANGES_COLUMNS = [
    c.strip().split(".")[-1] for c in CHANGES_SQL.split("FROM")[0].split("SELECT")[1].split(",")
]


def changes_in(conn: sqlite3.Connection, document_ids: list[int]) -> list[dict]:
    """Appointments and departures in the documents a run (re)extracted: new or changed sources."""
    cursor = conn.execute(CHANGES_SQL, [json.dumps(document_ids)])
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def write_changes(rows: list[dict], out: str | Path) -> int:
    """Write rows as CSV (``.csv``) or JSON Lines (anything else); returns the row count."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else CHANGES_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    else:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)
