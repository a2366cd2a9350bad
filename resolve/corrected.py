"""Apply people's corrections: rebuild `corrected_events` (what every analysis reads) from `events`.

Runs inside :func:`nhs_leaders.resolve.entities.resolve`, after organisations and people are resolved and
before moves and spells are built. Each extracted event is matched to corrections by its stable identity
(document URL + person + role + organisation + event type as extracted, see
:func:`nhs_leaders.store.corrections.event_identity`), so corrections survive ``extract --reprocess``, a new
extractor version and a rebuilt database. `event_corrections` records which correction touched which event.
"""

from __future__ import annotations

import sqlite_utils
from nhs_leaders.store.corrections import event_identity, in_force, norm, parse_date
from nhs_leaders.store.documents import now_iso

COLUMNS = (
    "id",
    "document_id",
    "source_url",
    "person_id",
    "organisation_id",
    "organisation_text",
    "role",
    "role_text",
    "event",
    "interim",
    "effective_date",
    "date_precision",
    "evidence",
    "sentence_start",
    "char_start",
    "char_end",
    "confidence",
    "note",
    "extractor_version",
    "correction_id",
    "correction",
)


class _People:
    """Person ids by name or alias; a name nobody has yet gets a new `people` row."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.ids = {norm(n): pid for pid, n in db.execute("SELECT id, name FROM people").fetchall()}
        for pid, alias in db.execute("SELECT person_id, alias FROM person_aliases").fetchall():
            self.ids.setdefault(norm(alias), pid)

    def id_for(self, name: str) -> int:
        key = norm(name)
        if key not in self.ids:
            found = self.db.execute("SELECT id FROM people WHERE name = ?", [name.strip()]).fetchone()
            self.ids[key] = (
                found[0]
                if found
                else self.db.execute("INSERT INTO people(name) VALUES (?)", [name.strip()]).lastrowid
            )
        return self.ids[key]


def _organisation(db: sqlite_utils.Database, text: str | None, cache: dict) -> int | None:
    """Gazetteer id for an organisation written by a person: ODS code, alias, acronym or close spelling."""
    if not text:
        return None
    if text not in cache:
        from nhs_leaders.resolve.organisations import _org_index, match_organisation

        found = db.execute(
            "SELECT id FROM organisations WHERE ods_code = ?", [text.strip().upper()]
        ).fetchone()
        if found:
            cache[text] = found[0]
        else:
            if "_index" not in cache:
                cache["_index"] = _org_index(db)
            cache[text] = match_organisation(text, cache["_index"])[0]
    return cache[text]


def _document_id(db: sqlite_utils.Database, url: str) -> int:
    """The document at ``url``; one not collected yet gets a stub row (no text) so the event has a source."""
    row = db.execute("SELECT id FROM documents WHERE url = ?", [url]).fetchone()
    if row:
        return row[0]
    return db.execute(
        "INSERT INTO documents(url, source, title, fetched_at) VALUES (?, 'correction', ?, ?)",
        [url, url, now_iso()],
    ).lastrowid


def _apply_edit(row: dict, change: dict, people: _People, db, orgs: dict) -> None:
    if "person" in change:
        row["person_id"] = people.id_for(change["person"])
    if "role" in change:
        row["role"] = change["role"].strip().lower()
        row["role_text"] = change["role"].strip()
    if "organisation" in change:
        row["organisation_text"] = change["organisation"]
        row["organisation_id"] = _organisation(db, change["organisation"], orgs)
    if "event" in change:
        row["event"] = change["event"]
    if "interim" in change:
        row["interim"] = int(bool(change["interim"]))
    if "date" in change:
        row["effective_date"], row["date_precision"] = (
            parse_date(change["date"]) if change["date"] else (None, None)
        )


def apply_corrections(db: sqlite_utils.Database) -> dict[str, int]:
    """Rebuild `corrected_events` and `event_corrections` from `events` and the corrections in force."""
    corrections = in_force(db)
    by_target = {c["target"]: c for c in corrections}
    excluded = {norm(c["document_url"]): c for c in corrections if c["action"] == "not_leadership"}
    merges = {norm(c["person"]): c for c in corrections if c["action"] == "merge"}
    splits = [c for c in corrections if c["action"] == "split"]
    people = _People(db)
    orgs: dict = {}
    cursor = db.execute(
        """SELECT e.*, d.url AS source_url, COALESCE(r.name_as_extracted, p.name) AS person_as_extracted,
                  p.name AS person_name, COALESCE(e.organisation_text, o.name) AS organisation_as_extracted
           FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN people p ON p.id = e.person_id
           LEFT JOIN person_resolutions r ON r.event_id = e.id LEFT JOIN organisations o ON o.id = e.organisation_id
           ORDER BY e.id"""
    )
    names = [c[0] for c in cursor.description]
    rows, touched = [], []
    counts = {"rejected": 0, "edited": 0, "added": 0, "excluded": 0, "merged": 0, "split": 0}
    identities = set()
    for values in cursor.fetchall():
        ev = dict(zip(names, values))
        url, person = ev["source_url"], ev["person_as_extracted"]
        identity = event_identity(url, person, ev["role"], ev["organisation_as_extracted"], ev["event"])
        identities.add(identity)
        doc_rule = excluded.get(norm(url))
        if doc_rule:
            touched.append((ev["id"], doc_rule["id"], "not_leadership"))
            counts["excluded"] += 1
            continue
        row = {k: ev.get(k) for k in COLUMNS}
        rule = by_target.get(identity)
        if rule:
            touched.append((ev["id"], rule["id"], rule["action"]))
            if rule["action"] == "reject":
                counts["rejected"] += 1
                continue
            row["correction_id"], row["correction"] = rule["id"], rule["action"]
            if rule["action"] == "edit":
                _apply_edit(row, rule["change"], people, db, orgs)
                counts["edited"] += 1
        for split in splits:
            if (
                norm(split["person"]) in (norm(person), norm(ev["person_name"]))
                and (not split["document_url"] or norm(split["document_url"]) == norm(url))
                and (
                    not split["organisation"]
                    or norm(split["organisation"])
                    in (norm(ev["organisation_as_extracted"]), norm(ev["organisation_text"]))
                )
            ):
                row["person_id"] = people.id_for(split["change"]["new_person"])
                touched.append((ev["id"], split["id"], "split"))
                counts["split"] += 1
        rows.append(row)
    for c in corrections:  # missing events people added (unless the extractor now finds them itself)
        if c["action"] != "add" or norm(c["document_url"]) in excluded:
            continue
        if c["target"].removeprefix("add:") in identities:
            continue
        date, precision = parse_date(c["change"]["date"]) if c["change"].get("date") else (None, None)
        rows.append(
            {
                "id": -c["id"],
                "document_id": _document_id(db, c["document_url"]),
                "source_url": c["document_url"],
                "person_id": people.id_for(c["person"]),
                "organisation_id": _organisation(db, c["organisation"], orgs),
                "organisation_text": c["organisation"],
                "role": c["role"].strip().lower(),
                "role_text": c["role"],
                "event": c["event"],
                "interim": int(bool(c["change"].get("interim"))),
                "effective_date": date,
                "date_precision": precision,
                "evidence": c["change"].get("evidence"),
                "confidence": 1.0,
                "note": "added by a correction",
                "extractor_version": "correction",
                "correction_id": c["id"],
                "correction": "add",
            }
        )
        touched.append((-c["id"], c["id"], "add"))
        counts["added"] += 1
    names_of = dict(db.execute("SELECT id, name FROM people").fetchall()) if merges else {}
    for row in rows:  # merges last: an edited or added person can be merged too
        target = merges.get(norm(names_of.get(row["person_id"], "")))
        if target:
            row["person_id"] = people.id_for(target["change"]["into"])
            touched.append((row["id"], target["id"], "merge"))
            counts["merged"] += 1
    db.execute("DELETE FROM corrected_events")
    db.execute("DELETE FROM event_corrections")
    db.conn.executemany(
        f"INSERT INTO corrected_events({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [[r.get(k) for k in COLUMNS] for r in rows],
    )
    db.conn.executemany("INSERT OR IGNORE INTO event_corrections VALUES (?, ?, ?)", touched)
    counts["corrected_events"] = len(rows)
    return counts
