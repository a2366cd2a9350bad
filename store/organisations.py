"""Seed `organisations` and `organisation_aliases` from the packaged gazetteer (once per gazetteer change)."""

from __future__ import annotations

import hashlib

import sqlite_utils
from nhs_leaders.nlp.gazetteer import organisations


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for org in organisations():
        digest.update(repr(org).encode())
    return digest.hexdigest()


def seed_organisations(db: sqlite_utils.Database) -> None:
    """Insert or refresh gazetteer rows; skipped when the stored fingerprint matches."""
    fingerprint = _fingerprint()
    row = db.execute("SELECT value FROM meta WHERE key = 'gazetteer'").fetchone()
    if row and row[0] == fingerprint:
        return
    with db.atomic():
        for org in organisations():
            db.execute(
                """INSERT INTO organisations(key, ods_code, name, kind, foundation_trust, region, opened, closed, successor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET ods_code=excluded.ods_code, name=excluded.name, kind=excluded.kind,
                  foundation_trust=excluded.foundation_trust, region=excluded.region, opened=excluded.opened,
                  closed=excluded.closed, successor=excluded.successor""",
                [
                    org.key,
                    org.ods_code,
                    org.name,
                    org.kind,
                    int(org.foundation_trust),
                    org.region,
                    org.opened,
                    org.closed,
                    org.successor,
                ],
            )
            org_id = organisation_id(db, org.key)
            db.conn.executemany(
                "INSERT OR IGNORE INTO organisation_aliases(organisation_id, alias, kind) VALUES (?, ?, ?)",
                [(org_id, alias, kind) for alias, kind in org.aliases],
            )
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('gazetteer', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            [fingerprint],
        )


def organisation_id(db: sqlite_utils.Database, key: str | None) -> int | None:
    """The row id of a gazetteer key (ODS code or ``name:<name>``), or None."""
    if not key:
        return None
    row = db.execute("SELECT id FROM organisations WHERE key = ?", [key]).fetchone()
    return row[0] if row else None
