"""Corrections as gold: the documents people have reviewed, in the evaluation set's format.

A document counts as reviewed when it has a correction in force and every event extracted from it has been
accepted, rejected or edited, or when it is marked ``reviewed`` or ``not_leadership`` as a whole. Its gold events
are its corrected events (none for a document that is not about NHS leadership).

Output, like the development set (``evaluate --gold GOLD --texts DIR`` reads it as is):

- ``gold.jsonl``: one line per document, ``{"doc", "url", "title", "events": [{person, role, organisation,
  event, interim, date}]}``;
- ``DIR/<doc>.txt``: the document text behind a ``source:/title:/date:`` header, so re-extraction sees the
  same text and date. ``doc`` is a hash of the document URL: stable across rebuilt databases.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import sqlite_utils

_REVIEWED = """
WITH f AS (SELECT * FROM corrections WHERE id IN (SELECT MAX(id) FROM corrections GROUP BY target)),
touched AS (SELECT DISTINCT document_url AS url FROM f)
SELECT d.id, d.url, d.source, d.title, d.published, d.text
FROM documents d JOIN touched t ON t.url = d.url
WHERE d.text IS NOT NULL AND (
    d.url IN (SELECT document_url FROM f WHERE action IN ('reviewed', 'not_leadership'))
    OR NOT EXISTS (
        SELECT 1 FROM events_extracted x WHERE x.document_id = d.id AND NOT EXISTS (
            SELECT 1 FROM event_corrections ec WHERE ec.event_id = x.event_id
              AND ec.action IN ('accept', 'reject', 'edit'))))
ORDER BY d.id
"""
_EVENTS = """
SELECT p.name, e.role, COALESCE(o.name, e.organisation_text), e.event, e.interim, e.effective_date
FROM corrected_events e JOIN people p ON p.id = e.person_id LEFT JOIN organisations o ON o.id = e.organisation_id
WHERE e.document_id = ? ORDER BY e.char_start, e.id
"""


def doc_key(url: str) -> str:
    """The gold ``doc`` of a document: 12 hex digits of its URL's SHA-256."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def gold_records(conn: sqlite3.Connection | sqlite_utils.Database) -> list[dict]:
    """One gold record per reviewed document (with ``text``, ``source`` and ``published`` for the texts)."""
    records = []
    for doc_id, url, source, title, published, text in conn.execute(_REVIEWED).fetchall():
        events, seen = [], set()
        for person, role, organisation, event, interim, when in conn.execute(_EVENTS, [doc_id]).fetchall():
            item = {
                "person": person,
                "role": role,
                "organisation": organisation,
                "event": event,
                "interim": bool(interim),
                "date": when,
            }
            key = json.dumps(item, sort_keys=True)
            if key not in seen:
                seen.add(key)
                events.append(item)
        records.append(
            {
                "doc": doc_key(url),
                "url": url,
                "title": title,
                "source": source,
                "published": published,
                "text": text,
                "events": events,
            }
        )
    return records


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def export_gold(conn: sqlite3.Connection | sqlite_utils.Database, out: str | Path, texts: str | Path) -> int:
    """Write ``out`` (gold JSON Lines) and ``texts/<doc>.txt``; returns the number of documents."""
    out, texts = Path(out), Path(texts)
    out.parent.mkdir(parents=True, exist_ok=True)
    texts.mkdir(parents=True, exist_ok=True)
    records = gold_records(conn)
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            header = f"source: {_one_line(r['source']) or 'corrections'}\ntitle: {_one_line(r['title'])}\n"
            if r["published"]:
                header += f"date: {r['published']}\n"
            (texts / f"{r['doc']}.txt").write_text(header + "\n" + r["text"], encoding="utf-8")
            line = {k: r[k] for k in ("doc", "url", "title", "events")}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(records)
