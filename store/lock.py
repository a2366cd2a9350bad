"""One writer at a time per database: an advisory lock file beside it.

`fcntl.flock` locks die with the process, so a run killed with SIGKILL never leaves a stale lock.
Every command that writes takes it (see ``clicommon._hold_lock``); readers do not. Re-entrant within a process:
a command holding it can call code that takes it again.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

_HELD: dict[str, int] = {}  # lock path → nesting depth, in this process


class Locked(RuntimeError):
    """Another process holds the lock; the message names its PID."""


class RunLock:
    """``with RunLock("nhs.db"):`` holds ``nhs.db.lock`` for the duration, or raises :class:`Locked`."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{Path(db_path).resolve()}.lock")
        self._fh = None

    def __enter__(self) -> RunLock:
        key = str(self.path)
        if key in _HELD:
            _HELD[key] += 1
            return self
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
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        except OSError:  # a full disk: the lock still holds, only the pid note is missing
            pass
        self._fh = fh
        _HELD[key] = 1
        return self

    def __exit__(self, *exc) -> None:
        key = str(self.path)
        if _HELD.get(key, 0) > 1:
            _HELD[key] -= 1
            return
        _HELD.pop(key, None)
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
            except OSError:
                pass
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def held(db_path: str | Path) -> bool:
    """Whether this process holds the database's lock."""
    return f"{Path(db_path).resolve()}.lock" in _HELD
