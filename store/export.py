"""Export tables for other tools: CSV, JSON Lines or Parquet."""

from __future__ import annotations

import sqlite3

import pandas as pd

QUERIES = {
    "events": "SELECT * FROM appointments ORDER BY organisation, person, event_id",
    "people": """SELECT p.id, p.name, p.honorific, p.post_nominals,
                 (SELECT group_concat(alias, '; ') FROM person_aliases a WHERE a.person_id = p.id) AS aliases,
                 (SELECT COUNT(*) FROM events e WHERE e.person_id = p.id) AS events
                 FROM people p ORDER BY p.name""",
    "organisations": "SELECT id, ods_code, name, kind, foundation_trust, region, opened, closed, successor "
    "FROM organisations ORDER BY name",
}


def export_table(conn: sqlite3.Connection, what: str, fmt: str, out: str) -> int:
    """Write ``what`` to ``out`` in ``fmt``; returns the row count."""
    frame = pd.read_sql_query(QUERIES[what], conn)
    if fmt == "csv":
        frame.to_csv(out, index=False)
    elif fmt == "jsonl":
        frame.to_json(out, orient="records", lines=True, force_ascii=False)
    elif fmt == "parquet":
        try:
            frame.to_parquet(out, index=False)
        except ImportError as exc:
            raise RuntimeError("Parquet export needs pyarrow: pip install 'nhs-leaders[parquet]'") from exc
    else:
        raise ValueError(f"unknown format {fmt}")
    return len(frame)
