"""One error and exit contract, with real processes: disk full (RLIMIT_FSIZE), a read-only filesystem
(a read-only bind mount in a user namespace), corrupt and missing databases, an unwritable log."""

from __future__ import annotations

import resource
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests import faultkit as fk

TEXTS = fk.REPO / "tests" / "fixtures" / "extraction" / "texts"


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A small real database: 3 documents through `run`."""
    root = tmp_path_factory.mktemp("base")
    docs = fk.small_corpus(root)
    db = root / "nhs.db"
    proc = fk.cli("run", "--db", str(db), "--quiet", str(docs))
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    return db


def copy_db(base: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(base)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copy(base, dest / "nhs.db")
    return dest / "nhs.db"


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def assert_one_line_failure(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert all(w in lines[0] for w in words), err


def many_texts(dest: Path, n: int = 40) -> Path:
    dest.mkdir()
    for path in sorted(TEXTS.glob("*.txt"))[:n]:
        shutil.copy(path, dest / path.name)
    return dest


@pytest.mark.parametrize("command", ["ingest", "run"])
def test_disk_full_is_a_one_line_failure_and_the_run_row_is_closed(tmp_path, base_db, command):
    db = copy_db(base_db, tmp_path / "d")
    docs = many_texts(tmp_path / "more")
    limit = {resource.RLIMIT_FSIZE: db.stat().st_size + 48 * 1024}
    args = ["--quiet"] if command == "run" else []
    code, _, err = finish(fk.cli(command, "--db", str(db), *args, str(docs), limits=limit), 300)
    assert_one_line_failure(code, err, "failed:", "disk full")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    last = conn.execute("SELECT id, command, status FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert fk.lock_free(db)
    if last[2] == "running":
        # the full disk refused even the closing row (WAL and database at the limit): the documented fallback
        # is that the next run closes it as `killed` (store/runs.py)
        code, _, err = finish(fk.cli("ingest", "--db", str(db), str(TEXTS / "008.txt")), 120)
        conn = sqlite3.connect(db)
        last = conn.execute("SELECT id, command, status FROM runs WHERE id = ?", [last[0]]).fetchone()
        conn.close()
        assert last[1:] == (command, "killed"), (last, err)
    else:
        assert last[1:] == (command, "failed")


def test_corrupt_database_fails_every_command_in_one_line(tmp_path):
    db = tmp_path / "nhs.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    out = tmp_path / "out.csv"
    for args in (
        ["ingest", str(TEXTS / "008.txt")],
        ["extract"],
        ["crawl", "--source", "nhs-england-news"],
        ["reextract"],
        ["query", "SELECT 1 FROM events"],
        ["report"],
        ["export", "--what", "events", "--format", "csv", "--out", str(out)],
        ["corrections", "list"],
        ["run", "--quiet", str(TEXTS / "008.txt")],
    ):
        code, _, err = finish(
            fk.cli(
                *args[:1],
                *(["list"] if args[0] == "corrections" else []),
                "--db",
                str(db),
                *args[2 if args[0] == "corrections" else 1 :],
            )
        )
        assert code == 2, (args, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, (args, err)
        assert "database" in err, (args, err)


def test_missing_database_fails_every_reader_in_one_line(tmp_path):
    db = tmp_path / "absent.db"
    for args in (
        ["query", "SELECT 1"],
        ["report"],
        ["export", "--what", "events", "--format", "csv", "--out", str(tmp_path / "x.csv")],
        ["review", "--export", str(tmp_path / "r.csv")],
    ):
        code, _, err = finish(fk.cli(args[0], "--db", str(db), *args[1:]))
        assert_one_line_failure(code, err, "no database")
    assert not db.exists()


def test_unwritable_log_file_is_a_one_line_failure(tmp_path, base_db):
    db = copy_db(base_db, tmp_path / "d")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, _, err = finish(
        fk.cli(
            "run", "--db", str(db), "--quiet", "--log-file", str(blocker / "nhs.log"), str(TEXTS / "008.txt")
        )
    )
    assert_one_line_failure(code, err, "failed:")
    assert fk.lock_free(db)


def _in_readonly_mount(folder: Path, *args: str) -> subprocess.Popen:
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" && exec "$@"'
    return (
        fk.cli(*args, cwd=fk.REPO)
        if False
        else subprocess.Popen(
            [
                "unshare",
                "-rm",
                "sh",
                "-c",
                script,
                "sh",
                fk.sys.executable,
                str(fk.REPO / "pipeline.py"),
                *args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    )


def test_read_only_filesystem(tmp_path, base_db):
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("no user namespaces here")
    db = copy_db(base_db, tmp_path / "ro")
    conn = sqlite3.connect(db)  # leave it in WAL mode with its -wal/-shm gone, as copied media is
    conn.close()
    ro = db.parent
    code, out, err = finish(
        _in_readonly_mount(
            ro, "query", "--db", str(db), "--format", "csv", "SELECT COUNT(*) AS n FROM documents"
        )
    )
    assert code == 0, err
    assert out.splitlines() == ["n", "3"]
    code, out, err = finish(_in_readonly_mount(ro, "query", "--db", str(db), "PRAGMA table_info(events)"))
    assert code == 0 and "document_id" in out, err
    for args in (
        ["ingest", "--db", str(db), str(TEXTS / "008.txt")],
        ["run", "--db", str(db), "--quiet", str(TEXTS / "008.txt")],
    ):
        code, _, err = finish(_in_readonly_mount(ro, *args))
        assert_one_line_failure(code, err, "read-only")
