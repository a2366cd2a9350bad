"""Writes to `events` and `people`: a document's events are replaced in one transaction."""

from __future__ import annotations

import sqlite_utils
from nhs_leaders.store.documents import now_iso
from nhs_leaders.store.organisations import organisation_id


def person_id(db: sqlite_utils.Database, name: str, honorific: str | None, post_nominals: str | None) -> int:
    """The id of the person with this canonical name, created on first sight."""
    row = db.execute("SELECT id FROM people WHERE name = ?", [name]).fetchone()
    if row:
        if honorific or post_nominals:
            db.execute(
                "UPDATE people SET honorific = COALESCE(honorific, ?), post_nominals = COALESCE(post_nominals, ?)"
                " WHERE id = ?",
                [honorific, post_nominals, row[0]],
            )
        return row[0]
    cur = db.execute(
        "INSERT INTO people(name, honorific, post_nominals) VALUES (?, ?, ?)",
        [name, honorific, post_nominals],
    )
    return cur.lastrowid


def replace_document_events(
    db: sqlite_utils.Database,
    document_id: int,
    events: list[dict],
    extractor_version: str,
    organisations: list[dict] = (),
) -> int:
    """Replace the document's events and organisation mentions, all in one transaction. Returns events written."""
    written = 0
    with db.atomic():
        db.execute("DELETE FROM events WHERE document_id = ?", [document_id])
        db.execute("DELETE FROM organisation_mentions WHERE document_id = ?", [document_id])
        db.conn.executemany(
            "INSERT INTO organisation_mentions(document_id, organisation_id, text, char_start, char_end) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (document_id, organisation_id(db, m["org_key"]), m["text"], m["start"], m["end"])
                for m in organisations
            ],
        )
        for ev in events:
            pid = person_id(db, ev["person"], ev.get("honorific"), ev.get("post_nominals"))
            for alias in ev.get("aliases", ()):
                db.execute(
                    "INSERT OR IGNORE INTO person_aliases(person_id, alias) VALUES (?, ?)", [pid, alias]
                )
            cur = db.execute(
                """INSERT OR IGNORE INTO events(document_id, person_id, organisation_id, organisation_text, role,
                role_text, event, interim, effective_date, date_precision, evidence, sentence_start, char_start,
                char_end, confidence, note, extractor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    document_id,
                    pid,
                    organisation_id(db, ev.get("org_key")),
                    ev.get("organisation"),
                    ev["role"],
                    ev.get("role_text"),
                    ev["event"],
                    int(bool(ev.get("interim"))),
                    ev.get("date"),
                    ev.get("date_precision"),
                    ev["evidence"],
                    ev.get("sentence_start"),
                    ev["start"],
                    ev["end"],
                    ev.get("confidence"),
                    ev.get("note"),
                    extractor_version,
                ],
            )
            written += cur.rowcount
        db.execute(
            "UPDATE documents SET extracted_at = ?, extractor_version = ? WHERE id = ?",
            [now_iso(), extractor_version, document_id],
        )
    return written
