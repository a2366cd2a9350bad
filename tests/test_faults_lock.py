"""Case 9 with real processes: while another process holds the database's lock every writer exits 3 and
changes nothing, readers that refresh resolved tables read without refreshing, and the temporary folder
a killed run leaves behind is removed when the next run starts."""

from __future__ import annotations

import csv
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import faultkit as fk

TEXTS = fk.REPO / "tests" / "fixtures" / "extraction" / "texts"

# the holder is plain fcntl, not the package's RunLock: a writer looking for its lock elsewhere must fail here
HOLDER = """
import fcntl, os, sys
fh = open(sys.argv[1], "a+")
fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
fh.seek(0); fh.truncate(); fh.write(str(os.getpid())); fh.flush()
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def lock_held_elsewhere(db: Path):
    """``DB.lock`` held by a separate process for the duration; yields its pid."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, f"{db.resolve()}.lock"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder.pid
    finally:
        holder.stdin.close()
        holder.wait(10)


def dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict[str, Path]:
    """A database with work for every writer: 3 texts through `run`, one more only ingested (extract has
    a document to do), the resolved tables stale (a refreshing reader would rewrite them), and a review
    CSV with one accepted event (corrections import would record it)."""
    root = tmp_path_factory.mktemp("lockbase")
    docs = fk.small_corpus(root)
    db = root / "nhs.db"
    for args in (["run", "--quiet", str(docs)], ["ingest", str(TEXTS / "031.txt")]):
        proc = fk.cli(args[0], "--db", str(db), *args[1:])
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    review = root / "review.csv"
    proc = fk.cli("review", "--db", str(db), "--export", str(review))
    assert proc.wait(timeout=120) == 0
    with review.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["action"] = "accept"
    with review.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM meta WHERE key = 'resolved'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"db": db, "review": review, "docs": docs}


def fresh(base: dict[str, Path], tmp_path: Path) -> Path:
    (tmp_path / "db").mkdir()
    shutil.copy(base["db"], tmp_path / "db" / "nhs.db")
    (tmp_path / "out").mkdir()
    return tmp_path / "db" / "nhs.db"


def writer_args(command: str, base: dict[str, Path], out: Path, sources: Path) -> list[str]:
    return {
        "run": ["run", "--quiet", str(base["docs"])],
        "crawl": ["crawl", "--sources", str(sources)],
        "ingest": ["ingest", str(TEXTS / "040.txt")],
        "extract": ["extract"],
        "reextract": ["reextract", "--all"],
        "land": ["land", "--frontier", "redis://127.0.0.1:9/0"],
        "review": ["review", "--export", str(out / "review.csv")],
        "corrections import": ["corrections", "import", str(base["review"])],
        "corrections add": shlex.split(
            "corrections add --action add --person 'Jane Lock' --role chair --event appointed "
            "--organisation 'Royal Berkshire NHS Foundation Trust'"
        ),
        "demo": ["demo", "--png", str(out / "png")],
    }[command]


def cli(args: list[str], db: Path) -> subprocess.Popen:
    """``pipeline.py`` with ``--db`` after the (sub)command's name."""
    split = 2 if args[0] == "corrections" else 1
    return fk.cli(*args[:split], "--db", str(db), *args[split:])


WRITERS = [
    "run", "crawl", "ingest", "extract", "reextract", "land", "review", "corrections import",
    "corrections add", "demo",
]  # fmt: skip


@pytest.mark.parametrize("command", WRITERS)
def test_every_writer_exits_3_and_changes_nothing_while_another_process_holds_the_lock(
    tmp_path, base, command
):
    db = fresh(base, tmp_path)
    site = fk.serve(fk.build_site(tmp_path / "site", 3))
    try:
        sources = fk.sources_file(tmp_path / "sources.toml", site)
        before = dump(db)
        with lock_held_elsewhere(db) as holder:
            proc = cli(writer_args(command, base, tmp_path / "out", sources), db)
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 3, (command, out, err)
            assert "locked" in err and f"pid {holder}" in err, err
            assert "Traceback" not in err
            assert dump(db) == before  # not even a `runs` row
        assert site.paths() == []  # a crawl did not even start
    finally:
        site.stop()
    assert list((tmp_path / "out").iterdir()) == []  # no output file or chart either
    assert not (db.parent / ".nhs.db.tmp").exists() or not any((db.parent / ".nhs.db.tmp").iterdir())


REFRESHERS = {
    "report": ["report"],
    "export": ["export", "--what", "events", "--format", "csv", "--out", "OUT/events.csv"],
    "corrections export-gold": ["corrections", "export-gold", "--out", "OUT/gold.jsonl"],
    "query": ["query", "--format", "csv", "SELECT COUNT(*) FROM events"],
}


@pytest.mark.parametrize("command", list(REFRESHERS))
def test_readers_answer_without_refreshing_while_the_lock_is_held(tmp_path, base, command):
    db = fresh(base, tmp_path)
    args = [a.replace("OUT", str(tmp_path / "out")) for a in REFRESHERS[command]]
    before = dump(db)
    with lock_held_elsewhere(db):
        proc = cli(args, db)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, (command, err)
        assert "Traceback" not in err
        assert dump(db) == before  # the stale resolved tables are left as they are
    if "--out" in args:  # written from the data as it is (the gold file is empty: no corrections yet)
        assert Path(args[args.index("--out") + 1]).exists()
    if command in ("report", "export"):
        assert "resolved tables not refreshed" in err, err


def test_a_refreshing_reader_does_write_when_the_lock_is_free(tmp_path, base):
    """The control for the test above: the base database really is stale, so `report` rewrites it."""
    db = fresh(base, tmp_path)
    before = dump(db)
    proc = cli(["report"], db)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert dump(db) != before


def test_temp_folder_of_a_killed_run_is_removed_when_the_next_run_starts(tmp_path):
    site = fk.serve(fk.build_site(tmp_path / "site", 40), delay=0.05)
    try:
        db = tmp_path / "nhs.db"
        sources = fk.sources_file(tmp_path / "sources.toml", site)
        temp_root = tmp_path / ".nhs.db.tmp"
        first = fk.cli("run", "--db", str(db), "--quiet", "--sources", str(sources))
        fk.wait_until(
            lambda: fk.scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'") >= 3,
            60,
            "3 pages stored",
        )
        left = [p.name for p in temp_root.iterdir()]
        assert len(left) == 1 and left[0].startswith(f"nhs-crawl-{first.pid}-")
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)
        fk.wait_until(lambda: fk.lock_free(db), 15, "the killed run's lock to go")
        assert [p.name for p in temp_root.iterdir()] == left  # SIGKILL: nothing could clean up
        live = temp_root / f"nhs-crawl-{os.getpid()}-live"  # a live process's folder is not touched
        live.mkdir()
        second = fk.cli("run", "--db", str(db), "--quiet", "--sources", str(sources))
        fk.wait_until(lambda: not (temp_root / left[0]).exists(), 60, "the dead run's temp folder to go")
        _, err = second.communicate(timeout=180)
        assert second.returncode == 0, err
    finally:
        site.stop()
    assert [p.name for p in temp_root.iterdir()] == [live.name]
    assert [status for _, _, status, _ in fk.run_rows(db)] == ["killed", "ok"]
