"""One run at a time per database: an advisory lock file beside it.

`fcntl.flock` locks die with the process, so a run killed with SIGKILL never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class Locked(RuntimeError):
    """Another process holds the lock; the message names its PID."""


class RunLock:
    """``with RunLock("nhs.db"):`` holds ``nhs.db.lock`` for the duration, or raises :class:`Locked`."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{db_path}.lock")
        self._fh = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise Locked(
                f"another run is in progress on this database (pid {holder}, lock {self.path})"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            self._fh.seek(0)
            self._fh.truncate()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
