"""The review queue: the events that most need a person's eye, with the reasons, evidence and source URL.

Rebuilt with the other resolved tables (``review_queue``). An event is queued for any of these reasons, and
the queue is ordered by the sum of their weights:

==========================  ======  =================================================================
reason                      weight  when
==========================  ======  =================================================================
incompatible posts          5       the person holds two single-holder posts at once for over a month
                                    (different roles, or the same role at two organisations without a
                                    group, joint or in-common title)
conflicting dates           4       sources state different dates for the same move
tenure under a month        4       a spell with a stated or announced start lasts under 31 days
low confidence              3       confidence under :data:`LOW_CONFIDENCE`
unresolved organisation     2       the organisation is not in the gazetteer
new since last review       1       an appointment or departure from a document extracted since the
                                    last ``review`` (all of them before the first)
==========================  ======  =================================================================

Events with a correction in force (accepted, rejected, edited), added events and documents marked as
reviewed or not about leadership are not queued.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

import sqlite_utils
from nhs_leaders.resolve.tenures import MULTI_HOLDER_ROLES, SHARED_POST
from nhs_leaders.store.documents import now_iso

LOW_CONFIDENCE = 0.6
SHORT_TENURE_DAYS = 31
WEIGHTS = {
    "incompatible posts": 5,
    "conflicting dates": 4,
    "tenure under a month": 4,
    "low confidence": 3,
    "unresolved organisation": 2,
    "new since last review": 1,
}
QUEUE_COLUMNS = (
    "rank",
    "score",
    "reasons",
    "event_id",
    "source_url",
    "person",
    "role",
    "organisation",
    "event",
    "interim",
    "date",
    "evidence",
    "confidence",
    "person_resolved",
    "organisation_resolved",
)

_CANDIDATES = """
SELECT ce.id, ce.event, ce.confidence, ce.organisation_id, x.extracted_at
FROM corrected_events ce JOIN documents x ON x.id = ce.document_id
WHERE ce.id > 0 AND ce.correction_id IS NULL
  AND x.url NOT IN (SELECT document_url FROM corrections WHERE action IN ('reviewed', 'not_leadership'))
"""
_CONFLICTS = (
    "SELECT s.event_id FROM move_sources s JOIN resolved_moves m ON m.id = s.move_id WHERE m.conflict = 1"
)
_SHORT = f"""
SELECT se.event_id FROM spells s JOIN spell_events se ON se.spell_id = s.id
WHERE se.kind IN ('start', 'end') AND s.start_basis IN ('stated', 'announced') AND s.end_date IS NOT NULL
  AND julianday(s.end_date) - julianday(s.start_date) + 1 < {SHORT_TENURE_DAYS}
"""
_SPELLS = """
SELECT s.id, s.person_id, s.role, COALESCE('id:' || s.organisation_id, 'text:' || s.organisation_text), s.start_date,
       COALESCE(s.end_date, date('now')), (SELECT group_concat(e.role_text, ' ') FROM spell_events se
       JOIN corrected_events e ON e.id = se.event_id WHERE se.spell_id = s.id)
FROM spells s WHERE s.start_date IS NOT NULL
"""


def last_review(conn: sqlite3.Connection | sqlite_utils.Database) -> str | None:
    """When ``review`` last ran (UTC ISO timestamp), or None."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'last_review'").fetchone()
    return row[0] if row else None


def mark_reviewed_now(db: sqlite_utils.Database) -> None:
    """Remember that a review ran now: later extractions count as new."""
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('last_review', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [now_iso()],
    )


def _incompatible(conn) -> set[int]:
    """Event ids behind spells that overlap another spell of the same person in an incompatible post."""
    by_person: dict[int, list[tuple]] = defaultdict(list)
    for row in conn.execute(_SPELLS).fetchall():
        if row[2] not in MULTI_HOLDER_ROLES:
            by_person[row[1]].append(row)
    flagged: set[int] = set()
    for spells in by_person.values():
        for i, a in enumerate(spells):
            for b in spells[i + 1 :]:
                if a[2] == b[2] and a[3] == b[3]:
                    continue  # the same post (interim and substantive spells)
                if a[2] == b[2] and SHARED_POST.search(f"{a[6] or ''} {b[6] or ''}"):
                    continue  # group, joint or in-common posts are held together on purpose
                overlap = conn.execute(
                    "SELECT julianday(MIN(?, ?)) - julianday(MAX(?, ?))", [a[5], b[5], a[4], b[4]]
                ).fetchone()[0]
                if overlap is not None and overlap > SHORT_TENURE_DAYS:
                    flagged |= {a[0], b[0]}
    if not flagged:
        return set()
    marks = ",".join("?" * len(flagged))
    return {
        r[0]
        for r in conn.execute(
            f"SELECT event_id FROM spell_events WHERE spell_id IN ({marks})", sorted(flagged)
        ).fetchall()
    }


def queue_rows(conn: sqlite3.Connection | sqlite_utils.Database) -> list[dict]:
    """The review queue, highest score first: one dict per event (keys: :data:`QUEUE_COLUMNS`)."""
    since = last_review(conn)
    reasons: dict[int, list[str]] = defaultdict(list)
    candidates = conn.execute(_CANDIDATES).fetchall()
    conflicts = {r[0] for r in conn.execute(_CONFLICTS).fetchall()}
    short = {r[0] for r in conn.execute(_SHORT).fetchall()}
    incompatible = _incompatible(conn)
    for event_id, event, confidence, organisation_id, extracted_at in candidates:
        if event_id in incompatible:
            reasons[event_id].append("incompatible posts")
        if event_id in conflicts:
            reasons[event_id].append("conflicting dates")
        if event_id in short:
            reasons[event_id].append("tenure under a month")
        if confidence is not None and confidence < LOW_CONFIDENCE:
            reasons[event_id].append("low confidence")
        if organisation_id is None:
            reasons[event_id].append("unresolved organisation")
        if event in ("appointed", "departed") and (since is None or (extracted_at or "") > since):
            reasons[event_id].append("new since last review")
    if not reasons:
        return []
    marks = ",".join("?" * len(reasons))
    cursor = conn.execute(
        f"""SELECT x.event_id, x.source_url, x.person_as_extracted, x.role, x.organisation_as_extracted, x.event,
                   x.interim, x.effective_date, x.evidence, x.confidence, x.person, x.organisation, x.published
            FROM (SELECT v.*, d.published FROM events_extracted v JOIN documents d ON d.id = v.document_id) x
            WHERE x.event_id IN ({marks})""",
        sorted(reasons),
    )
    rows = []
    for r in cursor.fetchall():
        why = reasons[r[0]]
        rows.append(
            {
                "score": sum(WEIGHTS[w] for w in why),
                "reasons": "; ".join(why),
                "event_id": r[0],
                "source_url": r[1],
                "person": r[2],
                "role": r[3],
                "organisation": r[4],
                "event": r[5],
                "interim": r[6],
                "date": r[7],
                "evidence": r[8],
                "confidence": r[9],
                "person_resolved": r[10],
                "organisation_resolved": r[11],
                "_when": r[7] or r[12] or "",
            }
        )
    rows.sort(key=lambda x: (-x["score"], x["_when"], x["event_id"]))  # within a score, oldest first
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
        del row["_when"]
    return rows


def build_queue(db: sqlite_utils.Database) -> int:
    """Rebuild the `review_queue` table; returns its length."""
    rows = queue_rows(db)
    db.execute("DELETE FROM review_queue")
    db.conn.executemany(
        f"INSERT INTO review_queue({', '.join(QUEUE_COLUMNS)}) VALUES ({', '.join('?' * len(QUEUE_COLUMNS))})",
        [[r[k] for k in QUEUE_COLUMNS] for r in rows],
    )
    return len(rows)
