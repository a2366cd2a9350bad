"""SIGKILL of `run` at a set point (N documents extracted), then a rerun: the dead run's row is closed as
`killed`, every change reaches exactly one changes file, the query limits hold (time, Ctrl-C, memory)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests import faultkit as fk


def change_keys(path: Path) -> list[tuple]:
    rows = (
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    )
    return sorted((r["source_url"], r["person"], r["role"], r["event"], r["char_start"]) for r in rows)


def event_rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT d.url, p.name, e.role, e.event, e.effective_date, e.interim, e.char_start, e.char_end "
        "FROM events e JOIN documents d ON d.id = e.document_id JOIN people p ON p.id = e.person_id"
    ).fetchall()
    conn.close()
    return sorted(rows, key=repr)


def test_killed_run_then_rerun_writes_every_change_exactly_once(tmp_path, fault_texts):
    db, ref = tmp_path / "nhs.db", tmp_path / "ref.db"
    assert (
        fk.cli(
            "run", "--db", str(ref), "--quiet", "--changes-out", str(tmp_path / "ref.jsonl"), str(fault_texts)
        ).wait(300)
        == 0
    )
    victim = fk.cli(
        "run", "--db", str(db), "--quiet", "--changes-out", str(tmp_path / "c1.jsonl"), str(fault_texts)
    )
    fk.wait_until(
        lambda: fk.scalar(db, "SELECT COUNT(*) FROM pending_changes") >= 1, 120, "first extracted document"
    )
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    total = len(list(fault_texts.glob("*.txt")))
    assert 0 < fk.scalar(db, "SELECT COUNT(DISTINCT document_id) FROM events") < total  # really half-done
    assert fk.run_rows(db)[-1][2] == "running"
    rerun = fk.cli(
        "run", "--db", str(db), "--quiet", "--changes-out", str(tmp_path / "c2.jsonl"), str(fault_texts)
    )
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert [r[2] for r in fk.run_rows(db)] == ["killed", "ok"]
    assert not (tmp_path / "c1.jsonl").exists()
    assert change_keys(tmp_path / "c2.jsonl") == change_keys(tmp_path / "ref.jsonl")
    assert len(change_keys(tmp_path / "ref.jsonl")) > 100
    again = fk.cli(
        "run", "--db", str(db), "--quiet", "--changes-out", str(tmp_path / "c3.jsonl"), str(fault_texts)
    )
    assert again.wait(300) == 0
    assert change_keys(tmp_path / "c3.jsonl") == []  # written once
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert event_rows(db) == event_rows(ref)  # event for event, duplicates included, as a clean run


def _query(db: Path, *args: str):
    return fk.cli("query", "--db", str(db), *args)


def _seed(tmp_path: Path) -> Path:
    db = tmp_path / "q.db"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);")
    conn.close()
    return db


RUNAWAY = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"


def test_query_time_limit_stops_a_runaway_statement(tmp_path):
    db = _seed(tmp_path)
    started = time.monotonic()
    proc = _query(db, "--timeout", "1", RUNAWAY)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1 and "time limit" in err
    assert time.monotonic() - started < 10


def test_ctrl_c_stops_a_query_at_once(tmp_path):
    db = _seed(tmp_path)
    proc = _query(db, "--timeout", "0", RUNAWAY)
    time.sleep(2)  # interpreter start-up and the statement under way
    assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 2
    assert proc.returncode == 130 and "interrupted" in err


def test_query_streams_rows_with_flat_memory(tmp_path):
    db = _seed(tmp_path)
    sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 2000000) SELECT i, 'row ' || i FROM n"
    # The query runs under a small wrapper that reports its child's peak RSS: a process forked straight
    # from this (large) pytest process would report pytest's own size, whatever the query does.
    wrapper = (
        "import resource, subprocess, sys;"
        " code = subprocess.call(sys.argv[1:]);"
        " sys.stderr.write('maxrss=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        " sys.exit(code)"
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            wrapper,
            sys.executable,
            str(fk.REPO / "pipeline.py"),
            "query",
            "--db",
            str(db),
        ]
        + ["--format", "csv", sql],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = sum(1 for _ in proc.stdout)
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0 and lines == 2_000_001, err
    peak = int(err.rsplit("maxrss=", 1)[1].split()[0])
    # KB; all 2M rows held at once would need well over 250 MB
    assert 20_000 < peak < 250_000, peak


def test_query_allows_read_only_pragmas_and_changes_nothing(tmp_path):
    db = _seed(tmp_path)
    proc = _query(db, "--format", "csv", "PRAGMA table_info(t)")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.splitlines()[1].startswith("0,x"), err
    dump = "\n".join(sqlite3.connect(db).iterdump())
    for statement in (
        "INSERT INTO t VALUES (3)",
        "UPDATE t SET x = 5",
        "DELETE FROM t",
        "CREATE TABLE u(y)",
        "DROP TABLE t",
        "PRAGMA user_version = 7",
        "PRAGMA query_only = OFF",
        "ATTACH 'x.db' AS x",
    ):
        copy = tmp_path / "copy.db"  # each write works on a writable copy: the refusal is the read-only guard
        copy.write_bytes(db.read_bytes())
        writable = sqlite3.connect(copy)
        writable.execute(statement)
        writable.commit()
        writable.close()
        proc = _query(db, statement)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode != 0, statement
        assert "\n".join(sqlite3.connect(db).iterdump()) == dump, statement
