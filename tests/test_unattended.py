"""Unattended runs with real processes: the lock, exit codes, SIGKILL at any point, what-changed output."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

FIXTURE_TEXTS = REPO / "tests" / "fixtures" / "extraction" / "texts"


def start_run(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(REPO / "pipeline.py"), "run", "--db", str(db), "--quiet", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_lock(db: Path, timeout: float = 30) -> None:
    lock = Path(f"{db}.lock")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip():
            return
        time.sleep(0.05)
    raise AssertionError("the first run never took the lock")


def event_facts(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT d.url, p.name, e.role, COALESCE(e.organisation_id, e.organisation_text), e.event, e.effective_date "
        "FROM events e JOIN documents d ON d.id = e.document_id JOIN people p ON p.id = e.person_id"
    ).fetchall()
    conn.close()
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory, fault_texts) -> Path:
    """The reference: one uninterrupted run over the fault corpus (one process)."""
    db = tmp_path_factory.mktemp("clean") / "nhs.db"
    proc = start_run(db, str(fault_texts))
    proc.communicate(timeout=300)
    assert proc.returncode == 0
    return db


def test_second_concurrent_run_exits_locked(tmp_path, fault_texts):
    db = tmp_path / "nhs.db"
    first = start_run(db, str(fault_texts))
    try:
        wait_for_lock(db)
        started = time.monotonic()
        second = start_run(db, str(fault_texts))
        _, err = second.communicate(timeout=60)
        assert second.returncode == 3
        assert "another run is in progress" in err
        assert time.monotonic() - started < 30  # prompt: no waiting for the first run
    finally:
        first.communicate(timeout=300)
    assert first.returncode == 0


KILL_POINTS = [(delay, way) for delay in (0.3, 2.5, 4.0, 6.0) for way in ("paths", "sources")]
# the pool path (`--workers 2`): killed while the workers start and while they extract
KILL_POINTS += [(6.0, "pool"), (9.0, "pool")]


@pytest.mark.parametrize(("delay", "way"), KILL_POINTS, ids=[f"{d}-{w}" for d, w in KILL_POINTS])
def test_sigkill_at_any_point_then_rerun_matches_a_clean_run(tmp_path, clean_run, fault_texts, delay, way):
    db = tmp_path / "nhs.db"
    via_sources = way == "sources"
    if via_sources:  # the crawl path (a `files` source goes through the crawler's worker process)
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "fixtures"\nkind = "news"\nfiles = ["{fault_texts}"]\n')
        killed_args = ("--sources", str(sources))
    else:
        killed_args = (*(["--workers", "2"] if way == "pool" else []), str(fault_texts))
    victim = start_run(db, *killed_args)
    time.sleep(delay)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    finisher = start_run(db, *killed_args)
    _, err = finisher.communicate(timeout=300)
    assert finisher.returncode == 0, err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (
        len(list(fault_texts.glob("*.txt"))),
    )
    conn.close()
    assert (
        event_facts(db) == event_facts(clean_run) or via_sources and _same_facts_ignoring_url(db, clean_run)
    )


def test_exit_codes_and_run_records(tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text((FIXTURE_TEXTS / "011.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (good / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = tmp_path / "nhs.db"
    proc = start_run(db, str(good))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert "broken.pdf" in err
    conn = sqlite3.connect(db)
    status, counts = conn.execute("SELECT status, counts FROM runs").fetchone()
    assert status == "partial" and json.loads(counts)["new"] == 1
    not_a_db = tmp_path / "bad.db"
    not_a_db.write_text("this is not sqlite")
    proc = start_run(not_a_db, str(good))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2
    assert "cannot open database" in err


def test_changes_out_lists_only_new_moves(tmp_path):
    db = tmp_path / "nhs.db"
    first_dir, second_dir = tmp_path / "one", tmp_path / "two"
    first_dir.mkdir()
    second_dir.mkdir()
    (first_dir / "a.txt").write_text(
        (FIXTURE_TEXTS / "011.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (second_dir / "b.txt").write_text(
        (FIXTURE_TEXTS / "008.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    out1, out2 = tmp_path / "c1.jsonl", tmp_path / "c2.csv"
    assert start_run(db, "--changes-out", str(out1), str(first_dir)).wait(timeout=300) == 0
    assert start_run(db, "--changes-out", str(out2), str(first_dir), str(second_dir)).wait(timeout=300) == 0
    first = [json.loads(line) for line in out1.read_text().splitlines()]
    assert first and {r["event"] for r in first} <= {"appointed", "departed"}
    assert all(r["source_url"].endswith("a.txt") for r in first)
    second = out2.read_text().splitlines()
    assert second[0].startswith("person,")
    assert len(second) > 1 and all("b.txt" in line for line in second[1:])


def _same_facts_ignoring_url(db: Path, reference: Path) -> bool:
    """A `files` source stores the same documents; compare events by file name rather than full URL."""

    def facts(path):
        return sorted(((url.rsplit("/", 1)[1], *rest) for url, *rest in event_facts(path)), key=repr)

    return facts(db) == facts(reference)
