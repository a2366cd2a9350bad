"""Read-only SQL for users: one statement, on a connection SQLite will not write through, with a time
limit (a progress handler), Ctrl-C that stops it at once, and rows streamed (``fetchmany``)."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from collections.abc import Iterator

DEFAULT_TIMEOUT = 60.0  # seconds; `query --timeout 0` for none
FETCH = 500
CHECK_EVERY = 10_000  # SQLite virtual-machine steps between checks of the clock and Ctrl-C


class ReadOnlyError(Exception):
    """The statement was refused or failed; nothing was changed."""


class QueryTimeout(ReadOnlyError):
    """The statement ran longer than its time limit and was stopped."""


def run_query(
    conn: sqlite3.Connection, sql: str, params: tuple | dict = (), timeout: float | None = DEFAULT_TIMEOUT
) -> tuple[list[str], list[tuple]]:
    """Run exactly one statement and return (column names, rows)."""
    columns, rows = stream_query(conn, sql, params, timeout)
    return columns, list(rows)


def stream_query(
    conn: sqlite3.Connection, sql: str, params: tuple | dict = (), timeout: float | None = DEFAULT_TIMEOUT
) -> tuple[list[str], Iterator[tuple]]:
    """Run exactly one statement; rows come ``FETCH`` at a time, so memory stays flat.

    ``timeout`` (seconds, None or 0 for none) covers the whole statement, reading included: past it the
    statement stops with :class:`QueryTimeout`. Ctrl-C stops it at once (KeyboardInterrupt).
    """
    if not sqlite3.complete_statement(sql.strip().rstrip(";") + ";"):
        raise ReadOnlyError("incomplete SQL statement")
    guard = _Guard(conn, timeout)
    try:
        cursor = conn.execute(sql, params)  # sqlite3 refuses more than one statement here
    except BaseException as exc:
        guard.close()
        raise guard.translate(exc) from exc
    columns = [c[0] for c in cursor.description or []]
    return columns, _rows(cursor, guard)


def _rows(cursor: sqlite3.Cursor, guard: _Guard) -> Iterator[tuple]:
    try:
        while batch := cursor.fetchmany(FETCH):
            yield from batch
    except sqlite3.Error as exc:
        raise guard.translate(exc) from exc
    finally:
        guard.close()


class _Guard:
    """A progress handler that stops the statement past its deadline or after Ctrl-C."""

    def __init__(self, conn: sqlite3.Connection, timeout: float | None) -> None:
        self.conn, self.timeout = conn, timeout
        self.deadline = time.monotonic() + timeout if timeout else None
        self.interrupted = False
        self.timed_out = False
        self._previous = None
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_sigint)
        conn.set_progress_handler(self._check, CHECK_EVERY)

    def _on_sigint(self, signum, frame) -> None:
        self.interrupted = True
        self.conn.interrupt()

    def _check(self) -> int:
        if self.interrupted:
            return 1
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.timed_out = True
            return 1
        return 0

    def close(self) -> None:
        self.conn.set_progress_handler(None, 0)
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def translate(self, exc: BaseException) -> BaseException:
        if self.interrupted:
            return KeyboardInterrupt()
        if self.timed_out:
            return QueryTimeout(
                f"the query ran longer than its time limit ({self.timeout:g} s; see --timeout)"
            )
        return _refusal(exc)


def _refusal(exc: BaseException) -> BaseException:
    if isinstance(exc, sqlite3.ProgrammingError):
        return ReadOnlyError(f"only one SQL statement is allowed: {exc}")
    if not isinstance(exc, sqlite3.DatabaseError):
        return exc
    message = str(exc)
    if any(word in message for word in ("not a database", "malformed", "disk I/O")):
        return exc  # a broken database: the CLI's failure contract (exit 2), not a refused statement
    if any(word in message for word in ("readonly", "read-only", "query_only", "not authorized")):
        return ReadOnlyError(f"the database is opened read-only; this statement would write ({message})")
    return ReadOnlyError(message)
