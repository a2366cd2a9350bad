"""Read-only SQL for users: one statement, on a connection SQLite will not write through."""

from __future__ import annotations

import sqlite3


class ReadOnlyError(Exception):
    """The statement was refused or failed; nothing was changed."""


def run_query(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
    """Run exactly one statement and return (column names, rows)."""
    if not sqlite3.complete_statement(sql.strip().rstrip(";") + ";"):
        raise ReadOnlyError("incomplete SQL statement")
    try:
        cursor = conn.execute(sql, params)  # sqlite3 refuses more than one statement here
    except sqlite3.ProgrammingError as exc:
        raise ReadOnlyError(f"only one SQL statement is allowed: {exc}") from exc
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if (
            "readonly" in message
            or "read-only" in message
            or "query_only" in message
            or "not authorized" in message
        ):
            raise ReadOnlyError(
                f"the database is opened read-only; this statement would write ({message})"
            ) from exc
        raise ReadOnlyError(message) from exc
    except sqlite3.DatabaseError as exc:
        raise ReadOnlyError(str(exc)) from exc
    columns = [c[0] for c in cursor.description or []]
    return columns, cursor.fetchall()
