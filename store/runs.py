"""The `runs` table: one row per command run, with its counts and errors."""

from __future__ import annotations

import json

import sqlite_utils
from nhs_leaders.store.documents import now_iso


def start_run(db: sqlite_utils.Database, command: str) -> int:
    cur = db.execute(
        "INSERT INTO runs(command, started_at, status) VALUES (?, ?, 'running')", [command, now_iso()]
    )
    return cur.lastrowid


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, counts: dict, errors: list) -> None:
    db.execute(
        "UPDATE runs SET finished_at = ?, status = ?, counts = ?, errors = ? WHERE id = ?",
        [now_iso(), status, json.dumps(counts, default=str), json.dumps(errors, default=str), run_id],
    )
