"""Reproductions of issue 13's broken cases through the CLI both trees share (`pipeline.py` as a script).

    python docs/fault-cases/repro.py --tree /tmp/oldmain-wt CASE      # the code of 1be8897
    python docs/fault-cases/repro.py --tree /tmp/newmain-wt CASE      # current main

Each case prints one JSON object of figures (exit code, runs rows, errors, seconds, peak RSS, counts).
Used where a current test cannot run on the old code only because a new API or option is missing
(see docs/fault-cases.md). Helpers (the loopback site) come from this repository's tests/.
"""

from __future__ import annotations

import argparse
import fcntl
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository: tests.crawlsite
sys.path.insert(0, str(HERE))  # mkpdf

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "NHS_BATCH_SIZE": 1,
}
ARTICLE = (
    "<html><head><title>Trust {n} names chief executive</title></head><body><article><h1>Trust {n} names "
    "chief executive</h1><p>Northmoor Valley NHS Trust has appointed Alex Writer{n} as chief executive from "
    "1 April 2024.</p></article></body></html>"
)


class Tree:
    """Runs ``TREE/pipeline.py`` as a real process; a namespaced tree is importable as nhs_leaders."""

    def __init__(self, root: Path, work: Path, python: str):
        self.root = root
        self.python = python
        self.env = {**os.environ, "NHS_SCRAPY_SETTINGS": json.dumps(FAST)}
        if (root / "__init__.py").exists():
            shim = work / "pkg"
            shim.mkdir(exist_ok=True)
            (shim / "nhs_leaders").symlink_to(root)
            self.env["PYTHONPATH"] = str(shim)
        else:
            self.env.pop("PYTHONPATH", None)

    def start(self, *args: str, env: dict | None = None, **kw) -> subprocess.Popen:
        kw.setdefault("stdout", subprocess.PIPE)
        kw.setdefault("stderr", subprocess.PIPE)
        return subprocess.Popen(
            [self.python, str(self.root / "pipeline.py"), *args],
            cwd=kw.pop("cwd", self.root),
            env={**self.env, **(env or {})},
            text=True,
            **kw,
        )

    def measure(self, *args: str, timeout: float = 900, **kw) -> dict:
        """Run to the end: exit code, seconds, peak RSS (MB, the process and its reaped children), stderr tail."""
        started = time.monotonic()
        proc = self.start(*args, **kw)
        out, err = proc.communicate(timeout=timeout)
        seconds = time.monotonic() - started
        return {
            "exit": proc.returncode,
            "seconds": round(seconds, 1),
            "traceback": "Traceback" in err,
            "stdout": out[-400:],
            "stderr": err[-600:],
        }


def peak_rss(tree: Tree, *args: str, timeout: float = 900) -> dict:
    """Like Tree.measure, with the peak RSS from wait4 (the CLI and every child it waited for)."""
    started = time.monotonic()
    proc = tree.start(*args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err_chunks = []
    import threading

    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit": proc.returncode,
        "seconds": round(time.monotonic() - started, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "traceback": "Traceback" in "".join(err_chunks),
        "stderr": "".join(err_chunks)[-600:],
    }


# ---- /proc helpers -----------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        for child in children(todo.pop()):
            out.append(child)
            todo.append(child)
    return out


def cmdline(pid: int) -> str:
    try:
        return (
            (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return ""


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_until(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


def scalar(db: Path, sql: str) -> object:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def runs(db: Path) -> list:
    conn = sqlite3.connect(db, timeout=10)
    rows = conn.execute("SELECT id, command, status, errors FROM runs ORDER BY id").fetchall()
    conn.close()
    return [[i, c, s, (e or "")[:300]] for i, c, s, e in rows]


def lock_free(db: Path) -> bool:
    with open(f"{db}.lock", "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return True


def site(work: Path, pages: int, delay: float):
    from tests.crawlsite import SiteServer

    root = work / f"site{pages}"
    (root / "news").mkdir(parents=True)
    links = "".join(f'<li><a href="/news/item-{n}.html">Item {n}</a></li>' for n in range(pages))
    (root / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    for n in range(pages):
        (root / "news" / f"item-{n}.html").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    server = SiteServer("127.0.0.1", root, delay=delay).start()
    sources = work / f"sources{pages}.toml"
    sources.write_text(
        f'[[source]]\nname = "slow-news"\nkind = "news"\nstart_urls = ["{server.url("/")}"]\n'
        'allow = ["/news/item-\\\\d+\\\\.html$"]\nmax_pages = 500\n',
        encoding="utf-8",
    )
    return server, sources


# ---- cases -----------------------------------------------------------------------------------------


def crawl_kill(tree: Tree, work: Path, victim: str, wait: float) -> dict:
    """Cases 1 and 2: SIGKILL of the crawl worker or of its storage process once 5 pages are stored."""
    server, sources = site(work, 60, 0.05)
    db = work / "nhs.db"
    proc = tree.start("run", "--db", str(db), "--quiet", "--sources", str(sources))

    def find():
        workers = [p for p in descendants(proc.pid) if "crawler.worker" in cmdline(p)]
        storage = [p for p in children(workers[0]) if "spawn_main" in cmdline(p)] if workers else []
        return (workers[0], storage[0]) if storage else None

    worker, storage = wait_until(find, 60, "worker and storage")
    wait_until(lambda: scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'") >= 5, 60, "5 pages")
    killed = time.monotonic()
    os.kill(worker if victim == "worker" else storage, signal.SIGKILL)
    result: dict = {"case": f"sigkill-{victim}"}
    try:
        out, err = proc.communicate(timeout=wait)
        result["run_exited_after_s"] = round(time.monotonic() - killed, 1)
    except subprocess.TimeoutExpired:
        result["run_still_running_after_s"] = wait
        result["lock_held_meanwhile"] = not lock_free(db)
        orphans = [p for p in (worker, storage) if alive(p)]
        result["orphans_alive"] = [cmdline(p)[:60] for p in orphans]
        for p in orphans:  # what finally ends it: the orphan's death
            os.kill(p, signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
        result["run_exited_after_orphan_killed_s"] = round(time.monotonic() - killed, 1)
    server.stop()
    result.update(
        exit=proc.returncode,
        runs=runs(db),
        orphans_left=[p for p in (worker, storage) if alive(p)],
        lock_free=lock_free(db),
        integrity=scalar(db, "PRAGMA integrity_check"),
        pages_stored=scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'"),
        pages_served=60,
        documents=scalar(db, "SELECT COUNT(*) FROM documents"),
        tracebacks=err.count("Traceback"),
        broken_process_pool=err.count("BrokenProcessPool"),
        stderr_tail=err[-300:],
    )
    for p in (worker, storage):
        if alive(p):
            os.kill(p, signal.SIGKILL)
    return result


def change_keys(path: Path) -> list:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return sorted((r["source_url"], r["person"], r["role"], r["event"], r["char_start"]) for r in rows)


def changes_after_kill(tree: Tree, work: Path, texts: Path) -> dict:
    """Case 4 (and 9's stale `running` row): SIGKILL `run --changes-out` after its first extracted document."""
    db, ref = work / "nhs.db", work / "ref.db"
    tree.measure("run", "--db", str(ref), "--quiet", "--changes-out", str(work / "ref.jsonl"), str(texts))
    victim = tree.start(
        "run", "--db", str(db), "--quiet", "--changes-out", str(work / "c1.jsonl"), str(texts)
    )
    wait_until(lambda: scalar(db, "SELECT COUNT(DISTINCT document_id) FROM events") >= 1, 300, "first events")
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    total = len(list(texts.glob("*.txt")))
    half = scalar(db, "SELECT COUNT(DISTINCT document_id) FROM events")
    after_kill = runs(db)
    rerun = tree.measure(
        "run", "--db", str(db), "--quiet", "--changes-out", str(work / "c2.jsonl"), str(texts)
    )
    tree.measure("run", "--db", str(db), "--quiet", "--changes-out", str(work / "c3.jsonl"), str(texts))
    ref_keys, c1, c2, c3 = (change_keys(work / n) for n in ("ref.jsonl", "c1.jsonl", "c2.jsonl", "c3.jsonl"))
    return {
        "case": "changes-out-after-kill",
        "documents_with_events_at_kill": f"{half} of {total}",
        "runs_after_kill": [r[:3] for r in after_kill],
        "rerun_exit": rerun["exit"],
        "runs_after_rerun": [r[:3] for r in runs(db)],
        "clean_run_changes": len(ref_keys),
        "killed_run_changes_file": len(c1),
        "rerun_changes": len(c2),
        "third_run_changes": len(c3),
        "missing_from_every_file": len(set(ref_keys) - set(c1) - set(c2) - set(c3)),
        "rerun_equals_clean": c2 == ref_keys,
        "integrity": scalar(db, "PRAGMA integrity_check"),
    }


RUNAWAY = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"


def _seed(work: Path) -> Path:
    db = work / "q.db"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);")
    conn.close()
    return db


def query_runaway(tree: Tree, work: Path, wait: float) -> dict:
    """Case 6 (time limit): the runaway CTE with no option given; then Ctrl-C two seconds in."""
    db = _seed(work)
    result: dict = {"case": "query-runaway"}
    started = time.monotonic()
    proc = tree.start("query", "--db", str(db), RUNAWAY)
    try:
        _, err = proc.communicate(timeout=wait)
        result["default_limit"] = {
            "exit": proc.returncode,
            "seconds": round(time.monotonic() - started, 1),
            "stderr": err[-200:],
        }
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        result["default_limit"] = f"still running after {wait:g} s (killed)"
    proc = tree.start("query", "--db", str(db), RUNAWAY)
    time.sleep(2)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=15)
        result["ctrl_c"] = {
            "exit": proc.returncode,
            "seconds_after_sigint": round(time.monotonic() - sent, 2),
            "stderr": err[-200:],
        }
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        result["ctrl_c"] = "still running 15 s after SIGINT (killed)"
    return result


def query_memory(tree: Tree, work: Path) -> dict:
    """Case 6 (memory): 2,000,000 rows as CSV; peak RSS of the query process alone (wait4)."""
    import threading

    db = _seed(work)
    sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 2000000) SELECT i, 'row ' || i FROM n"
    started = time.monotonic()
    proc = tree.start("query", "--db", str(db), "--format", "csv", sql)
    lines, first = [0], [None]

    def count():
        for _ in proc.stdout:
            if first[0] is None:
                first[0] = round(time.monotonic() - started, 1)
            lines[0] += 1

    reader = threading.Thread(target=count)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    reader.join()
    return {
        "case": "query-memory",
        "exit": os.waitstatus_to_exitcode(status),
        "lines": lines[0],
        "first_line_after_s": first[0],
        "seconds": round(time.monotonic() - started, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
    }


def _docx_bomb() -> bytes:
    """~100 KB zipped; word/document.xml just under the 50 MB part limit, ~1.4 M short paragraphs."""
    para = "<w:p><w:r><w:t>Jane Smith</w:t></w:r></w:p>"
    head = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    tail = "</w:body></w:document>"
    count = (49 * 1024 * 1024 - len(head) - len(tail)) // len(para)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", head + para * count + tail)
    return out.getvalue()


def budget(tree: Tree, work: Path, kind: str, pages: int) -> dict:
    """Case 7: ingest one hostile document beside a good one; time, peak RSS, what was stored."""
    import mkpdf

    folder = work / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "title: G\ndate: 2024-02-29\n\nAl Good was named chair.", encoding="utf-8"
    )
    if kind == "pdf-pages":
        data, name = mkpdf.many_pages(pages), "pack.pdf"
    elif kind == "pdf-tree-bomb":
        data, name = mkpdf.tree_bomb(4, 20), "bomb.pdf"  # 20**4 = 160,000 pages in ~1.3 KB
    else:
        data, name = _docx_bomb(), "bomb.docx"
    (folder / name).write_bytes(data)
    db = work / "nhs.db"
    figures = peak_rss(tree, "ingest", "--db", str(db), str(folder))
    conn = sqlite3.connect(db)
    stored = [
        {"file": u.rsplit("/", 1)[1], "chars": n, "error": e}
        for u, n, e in conn.execute("SELECT url, length(text), error FROM documents ORDER BY url")
    ]
    conn.close()
    return {"case": kind, "input_bytes": len(data), **figures, "documents": stored}


def lock_writers(tree: Tree, work: Path, texts: Path) -> dict:
    """Case 9: while another process holds nhs.db.lock, does each command still write?"""
    db = work / "nhs.db"
    folder = work / "in"
    folder.mkdir()
    shutil.copy(texts / "011.txt", folder / "011.txt")
    assert tree.measure("run", "--db", str(db), "--quiet", str(folder))["exit"] == 0
    shutil.copy(texts / "008.txt", folder / "008.txt")
    files_source = work / "files.toml"
    files_source.write_text(
        f'[[source]]\nname = "f"\nkind = "news"\nfiles = ["{folder}"]\n', encoding="utf-8"
    )
    out = work / "e.csv"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl,sys,time; f=open(sys.argv[1],'a+'); "
            "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(600)",
            f"{db}.lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    holder.stdout.readline()

    def fingerprint():  # the database's content, as a dump
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return hash("\n".join(conn.iterdump()))
        finally:
            conn.close()

    result: dict = {"case": "lock-every-writer"}
    try:
        for args in (
            ["ingest", "--db", str(db), str(folder / "008.txt")],
            ["extract", "--db", str(db)],
            ["reextract", "--db", str(db)],
            ["crawl", "--db", str(db), "--sources", str(files_source), "--source", "f"],
            ["report", "--db", str(db)],
            ["export", "--db", str(db), "--what", "events", "--format", "csv", "--out", str(out)],
        ):
            before = fingerprint()
            got = tree.measure(*args, timeout=300)
            result[args[0]] = {
                "exit": got["exit"],
                "database_changed": fingerprint() != before,
                "stderr": got["stderr"].strip().splitlines()[-1:] if got["stderr"].strip() else [],
            }
    finally:
        holder.kill()
        holder.wait()
    return result


def temp_dirs(tree: Tree, work: Path) -> dict:
    """Case 9: SIGKILL of `run` mid-crawl leaves temp folders; does the next crawl clean them?"""
    tmpdir = work / "tmp"
    tmpdir.mkdir()
    env = {"TMPDIR": str(tmpdir)}
    server, sources = site(work, 60, 0.2)
    db = work / "nhs.db"

    def leftovers():
        found = [str(p.relative_to(work)) for p in tmpdir.iterdir()]
        hidden = work / ".nhs.db.tmp"
        found += [str(p.relative_to(work)) for p in hidden.iterdir()] if hidden.exists() else []
        return sorted(found)

    proc = tree.start("run", "--db", str(db), "--quiet", "--sources", str(sources), env=env)
    wait_until(lambda: scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'") >= 3, 90, "3 pages")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    time.sleep(2)  # the worker follows its parent
    after_kill = leftovers()
    runs_after_kill = [r[:3] for r in runs(db)]
    server.stop()
    small, small_sources = site(work, 2, 0.0)
    rerun = tree.measure(
        "run", "--db", str(db), "--quiet", "--sources", str(small_sources), env=env, timeout=600
    )
    small.stop()
    return {
        "case": "temp-folders-and-stale-rows",
        "left_after_sigkill": after_kill,
        "runs_after_sigkill": runs_after_kill,
        "rerun_exit": rerun["exit"],
        "left_after_next_run": leftovers(),
        "runs_after_next_run": [r[:3] for r in runs(db)],
    }


def odd_names(tree: Tree, work: Path) -> dict:
    """Cases 5 and 8b, one folder each: a non-UTF-8 name (a file with no title: header, so its name is its
    title), a `?` in a .txt name, and garbage `date:` headers beside a good file."""
    good = "title: G\ndate: 2024-02-29\n\nAl Good was named chair."
    folders = {
        "non-utf8-name": {b"bad\xff name.txt": b"Bea Bytes was named chair."},
        "question-mark-name": {b"what?.txt": b"title: Q\n\nJane Smith was named chair."},
        "garbage-dates": {
            b"feb30.txt": b"title: F\ndate: 2024-02-30\n\nJane Smith was named chair.",
            b"zero.txt": b"title: Z\ndate: 0000-00-00\n\nJo Bloggs was named chair.",
        },
    }
    result: dict = {"case": "odd-names-and-dates"}
    for label, files in folders.items():
        folder = work / label
        folder.mkdir()
        (folder / "good.txt").write_text(good, encoding="utf-8")
        for name, body in files.items():
            with open(bytes(folder) + b"/" + name, "wb") as fh:
                fh.write(body)
        db = work / f"{label}.db"
        got = tree.measure("ingest", "--db", str(db), str(folder))
        conn = sqlite3.connect(db)
        docs = conn.execute("SELECT url, published, error FROM documents ORDER BY url").fetchall()
        status = conn.execute("SELECT status FROM runs").fetchall()
        conn.close()
        result[label] = {
            "exit": got["exit"],
            "documents": [(u.rsplit("/", 1)[1], p, e) for u, p, e in docs],
            "runs": [s for (s,) in status],
            "traceback": got["traceback"],
            "stderr_last": got["stderr"].strip().splitlines()[-1:] if got["stderr"].strip() else [],
        }
    return result


def disk_full(tree: Tree, work: Path, texts: Path) -> dict:
    """Case 3: `ingest` and `run` of 40 texts into a 3-document database with RLIMIT_FSIZE = size + 48 KB."""
    import resource

    base = work / "base"
    base.mkdir()
    for name in ("008.txt", "011.txt", "020.txt"):
        shutil.copy(texts / name, base / name)
    assert tree.measure("run", "--db", str(work / "base.db"), "--quiet", str(base))["exit"] == 0
    conn = sqlite3.connect(work / "base.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    more = work / "more"
    more.mkdir()
    for path in sorted(texts.glob("*.txt"))[:40]:
        shutil.copy(path, more / path.name)
    result: dict = {"case": "disk-full"}
    for command in ("ingest", "run"):
        db = work / f"{command}.db"
        shutil.copy(work / "base.db", db)
        limit = db.stat().st_size + 48 * 1024

        def preexec(limit=limit):
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death: a full disk
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        args = ["--quiet"] if command == "run" else []
        got = tree.measure(command, "--db", str(db), *args, str(more), preexec_fn=preexec)
        err = [line for line in got["stderr"].splitlines() if line.strip()]
        result[command] = {
            "exit": got["exit"],
            "traceback": got["traceback"],
            "stderr_last": err[-1:],
            "last_run_row": runs(db)[-1][:3],
            "integrity": scalar(db, "PRAGMA integrity_check"),
            "lock_free": lock_free(db),
        }
    return result


def corrupt_db(tree: Tree, work: Path, texts: Path) -> dict:
    """Case 8: every command the two trees share, on a garbage nhs.db; then a missing one for the readers."""
    db = work / "nhs.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    out = work / "out.csv"
    result: dict = {"case": "corrupt-or-missing-db"}
    for args in (
        ["ingest", str(texts / "008.txt")],
        ["extract"],
        ["crawl", "--source", "nhs-england-news"],
        ["reextract"],
        ["query", "SELECT 1 FROM events"],
        ["report"],
        ["export", "--what", "events", "--format", "csv", "--out", str(out)],
        ["run", "--quiet", str(texts / "008.txt")],
    ):
        got = tree.measure(args[0], "--db", str(db), *args[1:])
        lines = [line for line in got["stderr"].splitlines() if line.strip()]
        result["corrupt " + args[0]] = (
            f"exit {got['exit']}, traceback {got['traceback']}, last line: {lines[-1:]}"
        )
    absent = work / "absent.db"
    for args in (
        ["query", "SELECT 1"],
        ["report"],
        ["export", "--what", "events", "--format", "csv", "--out", str(out)],
    ):
        got = tree.measure(args[0], "--db", str(absent), *args[1:])
        lines = [line for line in got["stderr"].splitlines() if line.strip()]
        result["missing " + args[0]] = (
            f"exit {got['exit']}, traceback {got['traceback']}, last line: {lines[-1:]}"
        )
    blocker = work / "not-a-folder"
    blocker.write_text("x")
    got = tree.measure(
        "run",
        "--db",
        str(work / "log.db"),
        "--quiet",
        "--log-file",
        str(blocker / "nhs.log"),
        str(texts / "008.txt"),
    )
    lines = [line for line in got["stderr"].splitlines() if line.strip()]
    result["unwritable log run"] = (
        f"exit {got['exit']}, traceback {got['traceback']}, last line: {lines[-1:]}"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", type=Path, required=True, help="a checkout: its pipeline.py is run")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter for the tree's CLI; for the old tree one without nhs-leaders installed "
        "(the installed package's spaCy entry points clash with the old tree's own factories)",
    )
    parser.add_argument("--wait", type=float, default=120, help="seconds to wait for a hung run/query")
    parser.add_argument("--pages", type=int, default=200_000, help="pdf-pages: pages in the PDF")
    parser.add_argument(
        "case",
        choices=[
            "sigkill-worker",
            "sigkill-storage",
            "changes-out",
            "query-runaway",
            "pdf-pages",
            "pdf-tree-bomb",
            "docx-bomb",
            "lock-writers",
            "temp-dirs",
            "odd-names",
            "disk-full",
            "corrupt-db",
            "query-memory",
        ],
    )
    args = parser.parse_args()
    texts = HERE.parents[1] / "tests" / "fixtures" / "extraction" / "texts"
    with tempfile.TemporaryDirectory(prefix="fault-case-") as tmp:
        work = Path(tmp)
        tree = Tree(args.tree.resolve(), work, args.python)
        if args.case.startswith("sigkill-"):
            result = crawl_kill(tree, work, args.case.split("-")[1], args.wait)
        elif args.case == "changes-out":
            result = changes_after_kill(tree, work, texts)
        elif args.case == "query-runaway":
            result = query_runaway(tree, work, args.wait)
        elif args.case in ("pdf-pages", "pdf-tree-bomb", "docx-bomb"):
            result = budget(tree, work, args.case, args.pages)
        elif args.case == "lock-writers":
            result = lock_writers(tree, work, texts)
        elif args.case == "query-memory":
            result = query_memory(tree, work)
        elif args.case == "disk-full":
            result = disk_full(tree, work, texts)
        elif args.case == "corrupt-db":
            result = corrupt_db(tree, work, texts)
        elif args.case == "odd-names":
            result = odd_names(tree, work)
        else:
            result = temp_dirs(tree, work)
    result["tree"] = str(args.tree)
    print(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
