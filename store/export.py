"""The SQL behind each exported table (the writing is `analysis.export`, which adds the resolved views)."""

from __future__ import annotations

QUERIES = {
    "events": "SELECT * FROM appointments ORDER BY organisation, person, event_id",
    "people": """SELECT p.id, p.name, p.honorific, p.post_nominals,
                 (SELECT group_concat(alias, '; ') FROM person_aliases a WHERE a.person_id = p.id) AS aliases,
                 (SELECT COUNT(*) FROM events e WHERE e.person_id = p.id) AS events
                 FROM people p ORDER BY p.name""",
    "organisations": "SELECT id, ods_code, name, kind, foundation_trust, region, opened, closed, successor "
    "FROM organisations ORDER BY name",
}
