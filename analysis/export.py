"""Exports that include the resolved tables: moves, tenures and turnover, besides events, people and organisations."""

from __future__ import annotations

import sqlite3

import pandas as pd
from nhs_leaders.store.export import QUERIES as BASE_QUERIES

QUERIES = {
    **BASE_QUERIES,
    "moves": "SELECT * FROM moves ORDER BY organisation, role, COALESCE(effective_date, announced_date), person",
    "tenures": "SELECT * FROM tenures ORDER BY organisation, role, start_date, person",
    "turnover": "SELECT * FROM turnover ORDER BY organisation, role",
}
WHAT = tuple(QUERIES)


def write_frame(frame: pd.DataFrame, fmt: str, out: str) -> None:
    """Write a DataFrame as CSV, JSON Lines or Parquet."""
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


def export_table(conn: sqlite3.Connection, what: str, fmt: str, out: str) -> int:
    """Write ``what`` (one of :data:`WHAT`) to ``out`` in ``fmt``; returns the row count."""
    frame = pd.read_sql_query(QUERIES[what], conn)
    write_frame(frame, fmt, out)
    return len(frame)
