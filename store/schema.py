"""Table, index, FTS and view definitions. Creating them is idempotent."""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 4

TABLES = (
    """
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
-- One row per (document, person, organisation, role, event); a board pack that minutes several meetings
-- holds one attendance observation per meeting, so "holds" rows are also told apart by their date.
DROP INDEX IF EXISTS events_unique;
CREATE UNIQUE INDEX IF NOT EXISTS events_unique_dated
    ON events(document_id, person_id, IFNULL(organisation_id, -1), IFNULL(organisation_text, ''), role, event,
              CASE WHEN event = 'holds' THEN IFNULL(effective_date, '') ELSE '' END);
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
    + """
-- Derived by nhs_leaders.resolve.entities (rebuilt as a whole on every resolve; no foreign keys to events or people,
-- which the extract stage replaces).
CREATE TABLE IF NOT EXISTS person_resolutions (
    event_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    role TEXT NOT NULL,
    event TEXT NOT NULL,
    name_as_extracted TEXT NOT NULL,
    person_id INTEGER,
    method TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS person_resolutions_person ON person_resolutions(person_id);

CREATE TABLE IF NOT EXISTS organisation_resolutions (
    text TEXT PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations(id),
    method TEXT NOT NULL,
    score REAL,
    candidate_id INTEGER REFERENCES organisations(id),
    events INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS organisation_lineage (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    successor_id INTEGER NOT NULL REFERENCES organisations(id),
    depth INTEGER NOT NULL,
    final INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, successor_id)
);

CREATE TABLE IF NOT EXISTS resolved_moves (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id),
    organisation_text TEXT,
    role TEXT NOT NULL,
    event TEXT NOT NULL,
    interim INTEGER NOT NULL,
    announced_date TEXT,
    effective_date TEXT,
    date_precision TEXT,
    stated_dates TEXT,
    conflict INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    confidence REAL,
    event_id INTEGER,
    document_id INTEGER
);
CREATE INDEX IF NOT EXISTS resolved_moves_person ON resolved_moves(person_id);

CREATE TABLE IF NOT EXISTS move_sources (
    move_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    stated_date TEXT,
    date_precision TEXT,
    PRIMARY KEY (move_id, event_id)
);

CREATE TABLE IF NOT EXISTS spells (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id),
    organisation_text TEXT,
    role TEXT NOT NULL,
    interim INTEGER NOT NULL,
    start_date TEXT,
    start_precision TEXT,
    start_basis TEXT,
    start_move_id INTEGER,
    start_event_id INTEGER,
    end_date TEXT,
    end_precision TEXT,
    end_basis TEXT,
    end_move_id INTEGER,
    end_event_id INTEGER,
    first_seen TEXT,
    last_seen TEXT,
    first_seen_event_id INTEGER,
    last_seen_event_id INTEGER,
    observations INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS spells_org_role ON spells(organisation_id, role);
CREATE INDEX IF NOT EXISTS spells_person ON spells(person_id);

CREATE TABLE IF NOT EXISTS spell_events (
    spell_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (spell_id, event_id)
);
"""
    + """
-- People's corrections (nhs_leaders.store.corrections). Never rewritten by extraction or resolution: each targets
-- the stable identity of an event (document URL + person + role + organisation + event type as extracted), a
-- person or a document, and the latest correction per `target` is the one in force.
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit', 'add', 'merge', 'split',
                                           'not_leadership', 'reviewed')),
    target TEXT NOT NULL,
    document_url TEXT,
    person TEXT,
    role TEXT,
    organisation TEXT,
    event TEXT,
    change TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    why TEXT
);
CREATE INDEX IF NOT EXISTS corrections_target ON corrections(target);

-- Derived by nhs_leaders.resolve.corrected (rebuilt on every resolve): the events every analysis reads, i.e.
-- `events` with the corrections in force applied. `id` is the events id, or minus the correction id for an
-- added event.
CREATE TABLE IF NOT EXISTS corrected_events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER,
    source_url TEXT,
    person_id INTEGER NOT NULL,
    organisation_id INTEGER,
    organisation_text TEXT,
    role TEXT NOT NULL,
    role_text TEXT,
    event TEXT NOT NULL,
    interim INTEGER NOT NULL DEFAULT 0,
    effective_date TEXT,
    date_precision TEXT,
    evidence TEXT,
    sentence_start INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    confidence REAL,
    note TEXT,
    extractor_version TEXT,
    correction_id INTEGER,
    correction TEXT
);
CREATE INDEX IF NOT EXISTS corrected_events_document ON corrected_events(document_id);
CREATE INDEX IF NOT EXISTS corrected_events_person ON corrected_events(person_id);

CREATE TABLE IF NOT EXISTS event_corrections (
    event_id INTEGER NOT NULL,
    correction_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (event_id, correction_id)
);

-- Derived by nhs_leaders.resolve.review: what most needs a person's eye, highest score first.
CREATE TABLE IF NOT EXISTS review_queue (
    rank INTEGER PRIMARY KEY,
    score INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    source_url TEXT,
    person TEXT,
    role TEXT,
    organisation TEXT,
    event TEXT,
    interim INTEGER,
    date TEXT,
    evidence TEXT,
    confidence REAL,
    person_resolved TEXT,
    organisation_resolved TEXT
);
"""
)

VIEWS = {
    "appointments": """
SELECT e.id AS event_id, p.name AS person, e.role, e.event, e.interim,
       COALESCE(o.name, e.organisation_text) AS organisation, o.ods_code,
       e.effective_date, e.date_precision, d.published, e.evidence, e.confidence,
       COALESCE(d.url, e.source_url) AS source_url, d.title AS source_title, e.document_id,
       e.char_start, e.char_end, e.extractor_version, e.correction_id, e.correction,
       e.role_text, e.organisation_text, e.note, e.sentence_start
FROM corrected_events e
JOIN people p ON p.id = e.person_id
LEFT JOIN documents d ON d.id = e.document_id
LEFT JOIN organisations o ON o.id = e.organisation_id
""",
    # Raw extractions, as the extractor wrote them (people and organisations resolved), and what corrected them.
    "events_extracted": """
SELECT e.id AS event_id, d.url AS source_url, COALESCE(r.name_as_extracted, p.name) AS person_as_extracted,
       p.name AS person, e.role, COALESCE(e.organisation_text, o.name) AS organisation_as_extracted,
       COALESCE(o.name, e.organisation_text) AS organisation, o.ods_code, e.event, e.interim,
       e.effective_date, e.date_precision, e.evidence, e.confidence, e.note, e.extractor_version,
       d.id AS document_id, d.title AS source_title,
       EXISTS (SELECT 1 FROM event_corrections c WHERE c.event_id = e.id) AS corrected,
       (SELECT group_concat(c.correction_id, ' ') FROM event_corrections c WHERE c.event_id = e.id)
           AS correction_ids,
       (SELECT group_concat(c.action, ' ') FROM event_corrections c WHERE c.event_id = e.id) AS corrections,
       NOT EXISTS (SELECT 1 FROM corrected_events ce WHERE ce.id = e.id) AS suppressed
FROM events e
JOIN documents d ON d.id = e.document_id
LEFT JOIN people p ON p.id = e.person_id
LEFT JOIN person_resolutions r ON r.event_id = e.id
LEFT JOIN organisations o ON o.id = e.organisation_id
""",
    # Every correction, whether it is in force (the latest for its target) and how many events it touched.
    "corrections_status": """
SELECT c.id, c.action, c.document_url, c.person, c.role, c.organisation, c.event, c.change,
       c.created_by, c.created_at, c.why,
       c.id = (SELECT MAX(c2.id) FROM corrections c2 WHERE c2.target = c.target) AS in_force,
       (SELECT COUNT(*) FROM event_corrections ec WHERE ec.correction_id = c.id) AS events_matched,
       c.target
FROM corrections c
""",
    # One row per move: the same appointment or departure reported by several documents.
    "moves": """
SELECT m.id AS move_id, p.name AS person, m.role, m.event, m.interim,
       COALESCE(o.name, m.organisation_text) AS organisation, o.ods_code,
       m.announced_date, m.effective_date, m.date_precision, m.conflict, m.stated_dates,
       m.sources, m.documents, m.confidence, e.evidence, COALESCE(d.url, e.source_url) AS source_url,
       d.title AS source_title,
       (SELECT group_concat(d2.url, ' ') FROM move_sources s JOIN documents d2 ON d2.id = s.document_id
        WHERE s.move_id = m.id) AS source_urls,
       m.person_id, m.organisation_id, m.organisation_text, e.role_text, e.note, e.document_id,
       e.char_start, e.char_end
FROM resolved_moves m
LEFT JOIN people p ON p.id = m.person_id
LEFT JOIN organisations o ON o.id = m.organisation_id
LEFT JOIN corrected_events e ON e.id = m.event_id
LEFT JOIN documents d ON d.id = m.document_id
""",
    # One row per spell in post; tenure_days counts both ends (open spells: to today).
    "tenures": """
SELECT s.id AS spell_id, p.name AS person, COALESCE(o.name, s.organisation_text) AS organisation, o.ods_code,
       s.role, s.interim, s.start_date, s.start_precision, s.start_basis,
       s.end_date, s.end_precision, s.end_basis, s.end_basis IS NULL AS is_open,
       CASE WHEN s.start_date IS NOT NULL AND s.start_basis <> 'first_seen'
                 AND (s.end_date IS NOT NULL OR s.end_basis IS NULL)
            THEN CAST(julianday(COALESCE(s.end_date, date('now'))) - julianday(s.start_date) + 1 AS INTEGER)
       END AS tenure_days,
       s.first_seen, s.last_seen, s.observations, s.sources, s.documents,
       se.evidence AS start_evidence, COALESCE(sd.url, se.source_url) AS start_source_url,
       ee.evidence AS end_evidence, COALESCE(ed.url, ee.source_url) AS end_source_url,
       s.person_id, s.organisation_id, s.organisation_text
FROM spells s
LEFT JOIN people p ON p.id = s.person_id
LEFT JOIN organisations o ON o.id = s.organisation_id
LEFT JOIN corrected_events se ON se.id = s.start_event_id
LEFT JOIN documents sd ON sd.id = se.document_id
LEFT JOIN corrected_events ee ON ee.id = s.end_event_id
LEFT JOIN documents ed ON ed.id = ee.document_id
""",
    # Per organisation and role, all time (open spells run to today). Same definitions as
    # analysis.turnover.organisation_turnover(years=None).
    "turnover": """
WITH t AS (
    SELECT s.*, COALESCE('id:' || s.organisation_id, 'text:' || s.organisation_text) AS org_key,
           CASE WHEN s.start_date IS NOT NULL AND (s.end_date IS NOT NULL OR s.end_basis IS NULL)
                THEN julianday(MIN(COALESCE(s.end_date, date('now')), date('now'))) - julianday(s.start_date) + 1
           END AS span_days
    FROM spells s WHERE s.start_date IS NULL OR s.start_date <= date('now')
),
d AS (
    SELECT t.*, CASE WHEN t.start_basis <> 'first_seen' THEN t.span_days END AS days FROM t
),
ranked AS (
    SELECT org_key, role, days,
           ROW_NUMBER() OVER (PARTITION BY org_key, role ORDER BY days) AS rn,
           COUNT(*) OVER (PARTITION BY org_key, role) AS n
    FROM d WHERE days IS NOT NULL
),
medians AS (
    SELECT org_key, role, AVG(days) AS median_days FROM ranked
    WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY org_key, role
),
ordered AS (
    SELECT org_key, role, start_date,
           MAX(COALESCE(end_date, '9999-12-31')) OVER (
               PARTITION BY org_key, role ORDER BY start_date, id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end
    FROM d WHERE span_days IS NOT NULL
),
gaps AS (
    SELECT org_key, role, COUNT(*) AS vacancy_gaps,
           SUM(julianday(start_date) - julianday(previous_end) - 1) AS vacancy_days
    FROM ordered WHERE julianday(start_date) - julianday(previous_end) > 1
    GROUP BY org_key, role
),
now AS (
    SELECT d.org_key, d.role, group_concat(p.name, '; ') AS names
    FROM d JOIN people p ON p.id = d.person_id WHERE d.end_basis IS NULL GROUP BY d.org_key, d.role
)
SELECT COALESCE(o.name, d.organisation_text) AS organisation, o.ods_code, d.role,
       COUNT(DISTINCT d.person_id) AS holders, COUNT(*) AS spells, SUM(d.interim) AS interim_spells,
       m.median_days AS median_tenure_days, ROUND(AVG(d.days), 1) AS mean_tenure_days,
       ROUND(SUM(CASE WHEN d.interim THEN d.span_days ELSE 0 END) / SUM(d.span_days), 4) AS interim_share,
       COALESCE(g.vacancy_gaps, 0) AS vacancy_gaps, CAST(COALESCE(g.vacancy_days, 0) AS INTEGER) AS vacancy_days,
       MIN(d.start_date) AS first_start, MAX(COALESCE(d.end_date, d.start_date)) AS last_change,
       n.names AS current_holders, d.organisation_id
FROM d
LEFT JOIN organisations o ON o.id = d.organisation_id
LEFT JOIN medians m ON m.org_key = d.org_key AND m.role = d.role
LEFT JOIN gaps g ON g.org_key = d.org_key AND g.role = d.role
LEFT JOIN now n ON n.org_key = d.org_key AND n.role = d.role
GROUP BY d.org_key, d.role
""",
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index, FTS index and view that is missing."""
    db.conn.executescript(TABLES)
    if not db["documents_fts"].exists():
        db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(SCHEMA_VERSION)],
    )
