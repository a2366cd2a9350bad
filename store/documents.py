"""Writes to `documents`: one row per source URL, replaced only when its text changes."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import sqlite_utils


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A collected document, ready to land. ``text`` is None when ``error`` says why."""

    url: str
    text: str | None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    date_raw: str | None = None
    date_source: str | None = None
    content_type: str | None = None
    raw_sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    canonical_url: str | None = None
    organisation_ods: str | None = None
    pages: str | None = None
    error: str | None = None
    fetched_at: str = field(default_factory=now_iso)


def save_document(db: sqlite_utils.Database, doc: Document) -> tuple[int, str]:
    """Store ``doc``; return (id, status) with status ``new``, ``changed``, ``unchanged`` or ``error``.

    Unchanged text keeps the row (and its events) as is. Changed text replaces the row's text and
    clears ``extractor_version`` so the next `extract` replaces that document's events. An error for
    a URL that already holds good text is recorded without dropping the stored text.
    """
    row = dict(asdict(doc))
    row["sha256"] = sha256_text(doc.text) if doc.text is not None else None
    existing = db.execute(
        "SELECT id, sha256, text IS NOT NULL FROM documents WHERE url = ?", [doc.url]
    ).fetchone()
    with db.atomic():
        if existing is None:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cur = db.execute(f"INSERT INTO documents({cols}) VALUES ({marks})", list(row.values()))
            return cur.lastrowid, "error" if doc.error else "new"
        doc_id, old_sha, had_text = existing
        if doc.error:
            if had_text:
                db.execute("UPDATE documents SET error = ? WHERE id = ?", [doc.error, doc_id])
            else:
                _update(db, doc_id, row)
            return doc_id, "error"
        if old_sha == row["sha256"]:
            db.execute(
                "UPDATE documents SET fetched_at = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                " error = NULL WHERE id = ?",
                [doc.fetched_at, doc.etag, doc.last_modified, doc_id],
            )
            return doc_id, "unchanged"
        row.update(extracted_at=None, extractor_version=None, error=None)
        _update(db, doc_id, row)
        return doc_id, "changed"


def _update(db: sqlite_utils.Database, doc_id: int, row: dict) -> None:
    sets = ", ".join(f"{k} = ?" for k in row)
    db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*row.values(), doc_id])


def find_by_sha(db: sqlite_utils.Database, sha256: str) -> int | None:
    """The id of a stored document with exactly this text (syndicated copies are one document)."""
    row = db.execute("SELECT id FROM documents WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
    return row[0] if row else None


def pending_documents(
    db: sqlite_utils.Database, extractor_version: str, reprocess: bool = False
) -> list[int]:
    """Ids of documents with text that the current extractor has not processed."""
    if reprocess:
        sql, args = "SELECT id FROM documents WHERE text IS NOT NULL ORDER BY id", []
    else:
        sql = (
            "SELECT id FROM documents WHERE text IS NOT NULL AND "
            "(extractor_version IS NULL OR extractor_version != ?) ORDER BY id"
        )
        args = [extractor_version]
    return [r[0] for r in db.execute(sql, args).fetchall()]
