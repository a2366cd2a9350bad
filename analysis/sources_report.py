"""``report --sources``: each crawl source's yield (per organisation): last success, documents, events,
errors, and the sources that yielded nothing for ``idle`` runs in a row (flagged).

Read-only SQL over ``fetches``, ``documents``, ``events`` and ``runs``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

DEFAULT_IDLE_RUNS = 3


@dataclass
class SourceYield:
    source: str
    organisation: str | None
    name: str | None
    last_success: str | None
    documents: int
    events: int
    errors: int
    idle_runs: int  # crawl runs including the source since it last fetched a document (all, if never)
    flagged: bool


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone())


def source_yields(conn: sqlite3.Connection, idle: int = DEFAULT_IDLE_RUNS) -> list[SourceYield]:
    """One row per crawled source, organisations' names from the gazetteer."""
    if not _has(conn, "fetches"):
        return []
    rows = conn.execute(
        """
        SELECT f.source, MAX(f.organisation),
               MAX(CASE WHEN f.status IN (200, 304) THEN f.fetched_at END),
               SUM(f.error IS NOT NULL)
        FROM fetches f GROUP BY f.source ORDER BY f.source
        """
    ).fetchall()
    docs = dict(conn.execute("SELECT source, COUNT(*) FROM documents WHERE error IS NULL GROUP BY source"))
    last_doc = dict(  # the last time a document (not a listing) was fetched or confirmed unchanged
        conn.execute(
            "SELECT source, MAX(fetched_at) FROM fetches WHERE role = 'document' AND status IN (200, 304) "
            "GROUP BY source"
        )
    )
    events = dict(
        conn.execute(
            "SELECT d.source, COUNT(e.id) FROM events e JOIN documents d ON d.id = e.document_id GROUP BY d.source"
        )
    )
    names = dict(conn.execute("SELECT ods_code, name FROM organisations WHERE ods_code IS NOT NULL"))
    runs = _crawl_runs(conn)
    out = []
    for source, ods, last_ok, errors in rows:
        since = last_doc.get(source)
        idle_runs = sum(
            1 for started, chosen in runs if source in chosen and (since is None or started > since)
        )
        out.append(
            SourceYield(
                source=source,
                organisation=ods,
                name=names.get(ods),
                last_success=last_ok,
                documents=docs.get(source, 0),
                events=events.get(source, 0),
                errors=int(errors or 0),
                idle_runs=idle_runs,
                flagged=idle_runs >= idle,
            )
        )
    return out


def _crawl_runs(conn: sqlite3.Connection) -> list[tuple[str, set[str]]]:
    """(started_at, sources) of every run that crawled."""
    runs = []
    for started, counts in conn.execute("SELECT started_at, counts FROM runs WHERE counts IS NOT NULL"):
        try:
            chosen = (json.loads(counts) or {}).get("sources") or []
        except (ValueError, AttributeError):
            continue
        if chosen:
            runs.append((started, set(chosen)))
    return runs


def render_sources(conn: sqlite3.Connection, console: Console, idle: int = DEFAULT_IDLE_RUNS) -> None:
    rows = source_yields(conn, idle)
    if not rows:
        console.print("No crawl sources recorded yet (run `crawl` first).")
        return
    table = Table(title=f"Sources: yield per organisation (flagged: nothing stored for {idle}+ runs)")
    for column in ("source", "organisation", "last success", "documents", "events", "errors", "idle runs"):
        table.add_column(
            column, justify="right" if column in ("documents", "events", "errors", "idle runs") else "left"
        )
    for row in rows:
        org = f"{row.organisation} {row.name or ''}".strip() if row.organisation else "-"
        idle_text = f"[bold red]{row.idle_runs} FLAGGED[/]" if row.flagged else str(row.idle_runs)
        table.add_row(
            row.source,
            org,
            (row.last_success or "never")[:19],
            str(row.documents),
            str(row.events),
            str(row.errors),
            idle_text,
        )
    console.print(table)
    flagged = [r.source for r in rows if r.flagged]
    if flagged:
        console.print(f"{len(flagged)} source(s) yielded nothing for {idle}+ runs: {', '.join(flagged)}")
