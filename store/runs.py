"""The `runs` table: one row per command run, with its counts and errors.

Every command that starts a run holds the database's lock (:mod:`store.lock`), so a row still
`running` when a run starts belongs to a run that died (SIGKILL, power cut): it is closed as `killed`.
Runs started in this process are remembered, so a failure anywhere can close them as `failed`.
"""

from __future__ import annotations

import json
import logging
import sqlite3

import sqlite_utils
from nhs_leaders.store.documents import now_iso

log = logging.getLogger(__name__)
_OPEN: dict[int, str] = {}  # run id → database file, for runs this process started and has not finished


def start_run(db: sqlite_utils.Database, command: str) -> int:
    """Close rows of dead runs as `killed`, then insert this run's row (status `running`)."""
    killed = db.execute(
        "UPDATE runs SET status = 'killed', finished_at = ?, "
        "errors = json_array(json_object('error', 'the process died before finishing (killed)')) "
        "WHERE status = 'running'",
        [now_iso()],
    ).rowcount
    if killed:
        log.warning("closed %d run(s) left running by a process that died, as 'killed'", killed)
    cur = db.execute(
        "INSERT INTO runs(command, started_at, status) VALUES (?, ?, 'running')", [command, now_iso()]
    )
    db.conn.commit()
    _OPEN[cur.lastrowid] = _db_file(db.conn)
    return cur.lastrowid


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, counts: dict, errors: list) -> None:
    db.execute(
        "UPDATE runs SET finished_at = ?, status = ?, counts = ?, errors = ? WHERE id = ?",
        [now_iso(), status, json.dumps(counts, default=str), json.dumps(errors, default=str), run_id],
    )
    db.conn.commit()
    _OPEN.pop(run_id, None)


def fail_open_runs(message: str) -> list[int]:
    """Close every run this process started and did not finish as `failed` with ``message``.

    Best effort on a fresh connection: when the disk is full or the database broken this can fail too,
    and the next run closes the row as `killed`. Returns the ids closed.
    """
    closed = []
    for run_id, path in list(_OPEN.items()):
        try:
            conn = sqlite3.connect(path, timeout=5)
            with conn:
                conn.execute(
                    "UPDATE runs SET finished_at = ?, status = 'failed', "
                    "errors = json_insert(COALESCE(errors, '[]'), '$[#]', json_object('error', ?)) "
                    "WHERE id = ? AND status = 'running'",
                    [now_iso(), message, run_id],
                )
            conn.close()
            closed.append(run_id)
        except sqlite3.Error as exc:
            log.debug("cannot close run %s as failed: %s", run_id, exc)
        _OPEN.pop(run_id, None)
    return closed


def _db_file(conn: sqlite3.Connection) -> str:
    return next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main")
