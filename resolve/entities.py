"""Cross-document resolution: one `people` row per real person, one `organisations` row per organisation.

The extract stage writes events document by document: a person is whoever the document names (one
`people` row per exact canonical name) and an organisation is whatever the gazetteer matched in that
document (or only the text). :func:`resolve` looks across documents and rewrites both (the rules:
:mod:`nhs_leaders.resolve.people` and :mod:`nhs_leaders.resolve.organisations`), then rebuilds the
derived tables (`organisation_lineage`, `resolved_moves`, `spells`; see :mod:`nhs_leaders.resolve.tenures`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils
from nhs_leaders.resolve.organisations import (
    FUZZY_THRESHOLD,
    build_lineage,
    match_organisation,
    normalise_org,
    resolve_organisations,
)
from nhs_leaders.resolve.people import NameParts, parse_name, resolve_people

__all__ = [
    "FUZZY_THRESHOLD",
    "RESOLVER_VERSION",
    "NameParts",
    "ResolveResult",
    "build_lineage",
    "fingerprint",
    "is_stale",
    "match_organisation",
    "normalise_org",
    "parse_name",
    "refresh",
    "resolve",
    "resolve_organisations",
    "resolve_people",
]

log = logging.getLogger(__name__)

RESOLVER_VERSION = "2"  # 2: corrections applied (corrected_events)


@dataclass
class ResolveResult:
    counts: dict = field(default_factory=dict)
    skipped: bool = False


def fingerprint(db: sqlite_utils.Database | sqlite3.Connection) -> str:
    """Changes whenever events, documents' dates, the gazetteer or the resolution rules (RESOLVER_VERSION) change."""
    parts = [RESOLVER_VERSION]
    parts += [
        str(v)
        for v in db.execute(
            "SELECT COUNT(*), MAX(id), TOTAL(id * 7 + person_id * 13 + IFNULL(organisation_id, 0) * 17), "
            "TOTAL(length(effective_date)) FROM events"
        ).fetchone()
    ]
    parts += [
        str(v)
        for v in db.execute(
            "SELECT COUNT(*), MAX(extracted_at), TOTAL(length(published)), TOTAL(id) FROM documents"
        ).fetchone()
    ]
    parts.append(str(db.execute("SELECT COUNT(*), TOTAL(id) FROM people").fetchone()))
    parts.append(str(db.execute("SELECT COUNT(*), MAX(id) FROM corrections").fetchone()))
    gaz = db.execute("SELECT value FROM meta WHERE key = 'gazetteer'").fetchone()
    parts.append(gaz[0] if gaz else "")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def is_stale(db: sqlite_utils.Database | sqlite3.Connection) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = 'resolved'").fetchone()
    return not row or json.loads(row[0]).get("fingerprint") != fingerprint(db)


def resolve(
    db: sqlite_utils.Database, force: bool = False, progress: Callable[[int, int], None] | None = None
) -> ResolveResult:
    """Resolve organisations and people, then rebuild lineage, moves and spells, in one transaction.

    Skipped (``skipped=True``) when nothing changed since the last resolve, unless ``force``.
    ``progress(done, total)`` is called after each of the steps.
    """
    from nhs_leaders.resolve.corrected import apply_corrections
    from nhs_leaders.resolve.review import build_queue
    from nhs_leaders.resolve.tenures import build_moves, build_spells

    if not force and not is_stale(db):
        return ResolveResult(skipped=True)
    steps = (
        lambda: resolve_organisations(db),
        lambda: resolve_people(db),
        lambda: apply_corrections(db),
        lambda: {"lineage_rows": build_lineage(db)},
        lambda: {"moves": build_moves(db)},
        lambda: {"spells": build_spells(db)},
        lambda: {"review_queue": build_queue(db)},
    )
    counts: dict = {}
    with db.atomic():
        for done, step in enumerate(steps, 1):
            counts.update(step())
            if progress:
                progress(done, len(steps))
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('resolved', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [json.dumps({"fingerprint": fingerprint(db), "version": RESOLVER_VERSION, "counts": counts})],
        )
    return ResolveResult(counts)


def refresh(db_path) -> ResolveResult:
    """Open the database for writing, resolve if anything changed, close. For read-mostly commands."""
    from nhs_leaders.store.db import open_db

    try:
        db = open_db(db_path)
    except sqlite3.OperationalError as exc:  # e.g. a read-only copy: analyse what is there
        log.warning("%s: cannot open for writing (%s); resolved tables not refreshed", db_path, exc)
        return ResolveResult(skipped=True)
    try:
        return resolve(db)
    finally:
        db.close()
