"""One error and exit contract for every command: an exception → (exit status, one-line message).

``2`` failure (disk full, read-only filesystem, corrupt or missing database, unwritable log, anything
unexpected); ``3`` another run holds the lock; ``130`` interrupted (Ctrl-C). The CLI prints the message
on one line, closes this process's open `runs` rows as `failed`, and exits with the status.
"""

from __future__ import annotations

import errno
import signal
import sqlite3
import threading

from nhs_leaders.store.lock import Locked

EXIT_FAILURE, EXIT_LOCKED, EXIT_INTERRUPTED = 2, 3, 130


class Failure(Exception):
    """A failure with a message fit for users (no traceback): exit status 2."""


class Terminated(BaseException):
    """SIGTERM (systemd stop, kill): unwinds like Ctrl-C so runs are closed and children stopped."""


DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def classify(exc: BaseException) -> tuple[int, str]:
    """The exit status and a one-line message for ``exc``."""
    if isinstance(exc, Locked):
        return EXIT_LOCKED, f"locked: {exc}"
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED, "interrupted"
    if isinstance(exc, Terminated):
        return EXIT_FAILURE, "failed: terminated by SIGTERM"
    return EXIT_FAILURE, f"failed: {describe(exc)}"


def describe(exc: BaseException) -> str:
    """What went wrong, in words: disk full, read-only filesystem, corrupt database, ..."""
    text = _one_line(exc)
    if isinstance(exc, Failure):
        return text
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno in DISK_FULL:
            return f"disk full: cannot write{where}: {exc.strerror}"
        if exc.errno == errno.EROFS:
            return f"read-only filesystem: cannot write{where}"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return f"permission denied{where}"
        if isinstance(exc, FileNotFoundError):
            return f"not found{where}"
        return f"{type(exc).__name__}: {text}"
    if isinstance(exc, sqlite3.DatabaseError):
        lower = text.lower()
        if "disk is full" in lower or "disk i/o error" in lower:
            return f"disk full or unwritable: the database could not be written ({text})"
        if "readonly" in lower or "read-only" in lower:
            return f"read-only: the database cannot be written ({text})"
        if "not a database" in lower or "malformed" in lower or "corrupt" in lower:
            return f"corrupt database: {text}"
        if "unable to open" in lower:
            return f"cannot open the database: {text}"
        if "locked" in lower or "busy" in lower:
            return f"the database is busy: {text}"
        return f"database error: {text}"
    return f"{type(exc).__name__}: {text}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def install_handlers() -> None:
    """SIGTERM unwinds (runs closed, children stopped); a file over RLIMIT_FSIZE is an error, not a kill."""
    import logging

    logging.raiseExceptions = False  # a full disk or unwritable log must not print logging tracebacks
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _terminated(signum, frame) -> None:
    raise Terminated()
