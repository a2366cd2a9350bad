"""Table, index, FTS and view definitions. Creating them is idempotent."""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    source TEXT,
    title TEXT,
    published TEXT,
    date_raw TEXT,
    date_source TEXT,
    fetched_at TEXT,
    content_type TEXT,
    sha256 TEXT,
    raw_sha256 TEXT,
    etag TEXT,
    last_modified TEXT,
    canonical_url TEXT,
    organisation_ods TEXT,
    pages TEXT,
    text TEXT,
    extracted_at TEXT,
    extractor_version TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_pending ON documents(extractor_version);

CREATE TABLE IF NOT EXISTS organisations (
    id INTEGER PRIMARY KEY,
    ods_code TEXT,
    name TEXT NOT NULL,
    kind TEXT,
    foundation_trust INTEGER,
    region TEXT,
    opened TEXT,
    closed TEXT,
    successor TEXT,
    key TEXT NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS organisations_ods ON organisations(ods_code);

CREATE TABLE IF NOT EXISTS organisation_aliases (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    alias TEXT NOT NULL,
    kind TEXT,
    PRIMARY KEY (organisation_id, alias)
);

CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    honorific TEXT,
    post_nominals TEXT
);

CREATE TABLE IF NOT EXISTS person_aliases (
    person_id INTEGER NOT NULL REFERENCES people(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
);

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    organisation_id INTEGER REFERENCES organisations(id),
    organisation_text TEXT,
    role TEXT NOT NULL,
    role_text TEXT,
    event TEXT NOT NULL CHECK (event IN ('appointed', 'departed', 'holds')),
    interim INTEGER NOT NULL DEFAULT 0,
    effective_date TEXT,
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year') OR date_precision IS NULL),
    evidence TEXT NOT NULL,
    sentence_start INTEGER,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    confidence REAL,
    note TEXT,
    extractor_version TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_unique
    ON events(document_id, person_id, IFNULL(organisation_id, -1), IFNULL(organisation_text, ''), role, event);
CREATE INDEX IF NOT EXISTS events_person ON events(person_id);
CREATE INDEX IF NOT EXISTS events_org ON events(organisation_id);

CREATE TABLE IF NOT EXISTS organisation_mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    organisation_id INTEGER REFERENCES organisations(id),
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS organisation_mentions_doc ON organisation_mentions(document_id);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    counts TEXT,
    errors TEXT
);

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""

VIEWS = {
    "appointments": """
SELECT e.id AS event_id, p.name AS person, e.role, e.event, e.interim,
       COALESCE(o.name, e.organisation_text) AS organisation, o.ods_code,
       e.effective_date, e.date_precision, d.published, e.evidence, e.confidence,
       d.url AS source_url, d.title AS source_title, d.id AS document_id,
       e.char_start, e.char_end, e.extractor_version
FROM events e
JOIN people p ON p.id = e.person_id
JOIN documents d ON d.id = e.document_id
LEFT JOIN organisations o ON o.id = e.organisation_id
""",
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index, FTS index and view that is missing."""
    db.conn.executescript(TABLES)
    if not db["documents_fts"].exists():
        db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(SCHEMA_VERSION)],
    )
