"""Helpers for the fault-injection tests: real CLI processes, a slow loopback site, process lookup by /proc."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.crawlsite import SiteServer

REPO = Path(__file__).resolve().parent.parent
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "NHS_BATCH_SIZE": 1,
}
ARTICLE = (
    "<html><head><title>Trust {n} names chief executive</title></head><body><article><h1>Trust {n} names chief "
    "executive</h1><p>Northmoor Valley NHS Trust has appointed Alex Writer{n} as chief executive from 1 April "
    "2024. The board thanked the interim chief executive for steady leadership through the winter.</p>"
    "</article></body></html>"
)


def small_corpus(root: Path) -> Path:
    """Three fixture articles in ``root/in``: the smallest input every writer has work for."""
    docs = root / "in"
    docs.mkdir()
    for name in ("008.txt", "011.txt", "020.txt"):
        shutil.copy(REPO / "tests" / "fixtures" / "extraction" / "texts" / name, docs / name)
    return docs


FAULT_DOCS = 60  # a fixed slice: the kill-and-rerun tests' cost must not grow with the extraction fixtures


def fault_corpus(root: Path) -> Path:
    """The first ``FAULT_DOCS`` fixture articles in ``root/texts`` (under the text length at which
    ``run`` starts worker processes: pass ``--workers 2`` for the pool path)."""
    docs = root / "texts"
    docs.mkdir()
    for path in sorted((REPO / "tests" / "fixtures" / "extraction" / "texts").glob("*.txt"))[:FAULT_DOCS]:
        shutil.copy(path, docs / path.name)
    return docs


def build_site(root: Path, pages: int) -> Path:
    """A news listing linking ``pages`` articles under /news/."""
    (root / "news").mkdir(parents=True)
    links = "".join(f'<li><a href="/news/item-{n}.html">Item {n}</a></li>' for n in range(pages))
    (root / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    for n in range(pages):
        (root / "news" / f"item-{n}.html").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return root


def serve(root: Path, delay: float = 0.0) -> SiteServer:
    return SiteServer("127.0.0.1", root, delay=delay).start()


def sources_file(path: Path, server: SiteServer) -> Path:
    path.write_text(
        f'[[source]]\nname = "slow-news"\nkind = "news"\nstart_urls = ["{server.url("/")}"]\n'
        'allow = ["/news/item-\\\\d+\\\\.html$"]\nmax_pages = 500\n',
        encoding="utf-8",
    )
    return path


def cli(*args: str, env: dict | None = None, limits: dict | None = None, **kw) -> subprocess.Popen:
    """Start ``pipeline.py ARGS`` as a real process; ``limits``: {RLIMIT_*: bytes} applied in the child."""
    full_env = {**os.environ, "NHS_SCRAPY_SETTINGS": json.dumps(FAST), **(env or {})}

    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # over RLIMIT_FSIZE: EFBIG, like a full disk
        for which, value in (limits or {}).items():
            resource.setrlimit(which, (value, value))

    return subprocess.Popen(
        [sys.executable, str(REPO / "pipeline.py"), *args],
        cwd=kw.pop("cwd", REPO),
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
        **kw,
    )


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry.name))
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
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(check: Callable[[], object], timeout: float = 60, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def scalar(db: Path, sql: str, *args) -> object:
    """One value from a fresh read connection (0 when the table does not exist yet)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql, args).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def run_rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, command, status, errors FROM runs ORDER BY id").fetchall()
    conn.close()
    return rows


def lock_free(db: Path) -> bool:
    """True when nobody holds ``DB.lock`` (we can take and drop it)."""
    import fcntl

    with open(f"{db}.lock", "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return True
