"""The storage worker: raw bodies → raw store and fetches → `fetches`, in a process of its own.

Why a process: hashing, gzip, file writes and SQLite are cheap per page but run in Python, and in a
thread they would compete with the crawl's event loop for the GIL. The pipeline sends batches
here through a one-worker ``ProcessPoolExecutor`` (spawned, so the crawl's reactor is not forked);
the worker keeps its connection and raw store in this module's state for its whole life.
"""

from __future__ import annotations

import os
import signal
import sqlite3

from nhs_leaders.crawler.items import FetchedItem
from nhs_leaders.crawler.land import record_item
from nhs_leaders.crawler.supervise import die_with_parent
from nhs_leaders.store.fetches import ensure_fetches
from nhs_leaders.store.raw import RawStore

_state: dict = {}  # this worker process's connection and raw store (one crawl per process)


def init(db_path: str, raw_dir: str, ignore_sigint: bool = True, parent: int | None = None) -> None:
    """Open the database and raw store (the executor's initializer).

    Ctrl-C reaches every process of the terminal's group; the storage worker ignores it so the
    crawl's graceful shutdown can still hand it the last batches. In its own process it dies with
    the crawl worker (``parent``): an orphan would hold the crawl's pipes and the database.
    """
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        die_with_parent(signal.SIGKILL, parent)
    db = sqlite3.connect(db_path, timeout=30, isolation_level=None)  # plain sqlite3: starts in 0.05 s
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    ensure_fetches(db)
    _state.update(db=db, raw=RawStore(raw_dir))


def ready() -> int:
    """This process's id once the database is open."""
    assert "db" in _state
    return os.getpid()


def write_batch(batch: list[tuple[FetchedItem, bytes | None]]) -> list[tuple[str, str]]:
    """Store the bodies, then record every fetch in one transaction; returns (source, outcome) pairs."""
    db, raw = _state["db"], _state["raw"]
    digests = []
    for item, body in batch:
        if body is not None:
            digests.append(raw.put(body))
        elif item.not_modified and item.role != "document":
            digests.append(item.prev_raw_sha256)  # a replayed listing: same body as before
        else:
            digests.append(None)
    db.execute("BEGIN IMMEDIATE")
    try:
        outcomes = [
            (item.source, record_item(db, item, digest, atomic=False))
            for (item, _), digest in zip(batch, digests, strict=True)
        ]
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return outcomes


def close() -> None:
    db = _state.pop("db", None)
    if db is not None:
        db.close()
