"""The terminal report: who holds which post, and what changed, per organisation."""

from __future__ import annotations

import sqlite3

import pandas as pd
from rich.console import Console
from rich.table import Table

EVENTS_SQL = """
SELECT COALESCE(o.name, e.organisation_text) AS organisation, o.ods_code, p.name AS person, e.role, e.event,
       e.interim, e.effective_date, d.published, e.confidence, e.evidence
FROM events e JOIN people p ON p.id = e.person_id JOIN documents d ON d.id = e.document_id
LEFT JOIN organisations o ON o.id = e.organisation_id
ORDER BY organisation, COALESCE(e.effective_date, d.published), p.name
"""


def events_frame(conn: sqlite3.Connection) -> pd.DataFrame:
    """Every event with names resolved, as a DataFrame."""
    return pd.read_sql_query(EVENTS_SQL, conn)


def render_report(conn: sqlite3.Connection, console: Console, limit: int | None = None) -> None:
    """Print one table per organisation: person, role, event, interim, date, evidence."""
    frame = events_frame(conn)
    docs = conn.execute("SELECT COUNT(*), SUM(error IS NOT NULL) FROM documents").fetchone()
    console.print(f"[bold]{docs[0]} documents[/] ({docs[1] or 0} with errors), {len(frame)} events, "
                  f"{frame['person'].nunique() if len(frame) else 0} people, "
                  f"{frame['organisation'].nunique() if len(frame) else 0} organisations")
    for n, (org, group) in enumerate(frame.groupby("organisation", sort=True)):
        if limit is not None and n >= limit:
            console.print(f"... {frame['organisation'].nunique() - limit} more organisations")
            break
        ods = group["ods_code"].iloc[0]
        table = Table(title=f"{org} ({ods or 'no ODS code'})", title_justify="left", show_lines=False)
        for column in ("Person", "Role", "Event", "Interim", "Date", "Evidence"):
            table.add_column(column, overflow="fold", max_width=70 if column == "Evidence" else None)
        for row in group.itertuples():
            table.add_row(row.person, row.role, row.event, "yes" if row.interim else "", row.effective_date or "",
                          _clip(row.evidence))
        console.print(table)
    render_mentions(conn, console)


MENTIONS_SQL = """
SELECT COALESCE(o.name, m.text) AS organisation, o.ods_code, group_concat(DISTINCT m.text) AS written,
       COUNT(*) AS mentions, COUNT(DISTINCT m.document_id) AS documents
FROM organisation_mentions m LEFT JOIN organisations o ON o.id = m.organisation_id
GROUP BY COALESCE(o.id, m.text) ORDER BY mentions DESC, organisation LIMIT 25
"""


def render_mentions(conn: sqlite3.Connection, console: Console) -> None:
    """The NHS organisations the documents name, with ODS codes (top 25)."""
    rows = conn.execute(MENTIONS_SQL).fetchall()
    if not rows:
        return
    table = Table(title="Organisations mentioned", title_justify="left")
    for column in ("Organisation", "ODS code", "As written", "Mentions", "Documents"):
        table.add_column(column, overflow="fold")
    for org, ods, written, n, docs in rows:
        table.add_row(org, ods or "", _clip(written.replace(",", "; "), 80), str(n), str(docs))
    console.print(table)


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
