"""Read an export back (CSV, JSON Lines or Parquet) and compare its columns and rows with the source table."""

from __future__ import annotations

import csv
import json
import math
import sqlite3
from pathlib import Path


def cell(value):
    """One cell as every format can carry it: empty/NULL/NaN → None, numbers → float, the rest text."""
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool | int | float):
        return float(value)
    return str(value)


def _csv_cell(text):
    """CSV carries no types: a cell that reads as a number is compared as one, on both sides."""
    if isinstance(text, str):
        try:
            return cell(float(text))
        except ValueError:
            pass
    return cell(text)


def read_back(path: Path, fmt: str) -> tuple[list[str], list[tuple]]:
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            columns = next(reader)
            rows = [tuple(_csv_cell(v) for v in row) for row in reader]
    elif fmt == "jsonl":
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        columns = list(records[0]) if records else []
        assert all(list(r) == columns for r in records)
        rows = [tuple(cell(r[c]) for c in columns) for r in records]
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        columns = table.column_names
        rows = [tuple(cell(r[c]) for c in columns) for r in table.to_pylist()]
    else:
        raise ValueError(fmt)
    return columns, rows


def assert_export_matches(
    path: Path, fmt: str, conn: sqlite3.Connection, sql: str, count_sql: str
) -> list[dict]:
    """The export at ``path`` holds exactly the rows and columns of ``sql`` (which must have as many rows as
    ``count_sql`` counts, and at least one); returns the exported rows as dicts."""
    cursor = conn.execute(sql)
    columns = [c[0] for c in cursor.description]
    convert = _csv_cell if fmt == "csv" else cell
    source = [tuple(convert(v) for v in row) for row in cursor]
    assert len(source) == conn.execute(count_sql).fetchone()[0] > 0
    got_columns, got_rows = read_back(path, fmt)
    assert got_columns == columns
    assert sorted(got_rows, key=repr) == sorted(source, key=repr)
    return [dict(zip(columns, row)) for row in got_rows]
