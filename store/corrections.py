"""People's corrections: the `corrections` table, validation, and CSV import in one transaction.

A correction targets something that survives re-extraction and a rebuilt database:

- an **event**, by its stable identity: document URL + person + role + organisation + event type, all as the
  extractor wrote them (``accept``, ``reject``, ``edit``); an ``add`` names the missing event the same way;
- a **person** (``merge`` one name into another; ``split`` a name's events in one document or at one
  organisation off to a new person);
- a **document** (``not_leadership``: none of its events count; ``reviewed``: every event in it was checked).

The latest correction for a target is the one in force (a later ``accept`` undoes an earlier ``reject``).
Corrections are applied when the resolved tables are rebuilt (:mod:`nhs_leaders.resolve.corrected`).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import sqlite_utils

EVENT_ACTIONS = ("accept", "reject", "edit")
ACTIONS = (*EVENT_ACTIONS, "add", "merge", "split", "not_leadership", "reviewed")
EVENT_TYPES = ("appointed", "departed", "holds")
EDITABLE = ("person", "role", "organisation", "event", "interim", "date")
TRUE = {"1", "true", "yes", "y"}
FALSE = {"0", "false", "no", "n"}
CLEAR = {"none", "null", "-"}
# Review CSV columns: identity as extracted, current values, the decision and the new values.
CSV_COLUMNS = [
    "rank",
    "reasons",
    "action",
    "url",
    "person",
    "role",
    "organisation",
    "event",
    "interim",
    "date",
    "new_person",
    "new_role",
    "new_organisation",
    "new_event",
    "new_interim",
    "new_date",
    "evidence",
    "why",
    "confidence",
]


class CorrectionError(ValueError):
    """One or more corrections are invalid; ``errors`` lists them (with CSV line numbers when imported)."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def norm(text: str | None) -> str:
    """Identity form of a name, role or organisation: case, accents and spacing folded."""
    text = unicodedata.normalize("NFKC", text or "").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


def event_identity(url: str, person: str, role: str, organisation: str | None, event: str) -> str:
    """The stable identity of an event: document URL + person + role + organisation + event type as extracted."""
    return "event:" + "|".join(norm(x) for x in (url, person, role, organisation, event))


def parse_date(value: str) -> tuple[str, str]:
    """(ISO date, precision) for ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ValueError otherwise."""
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return value, "day"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            date.fromisoformat(value + "-01")
            return value, "month"
        if re.fullmatch(r"\d{4}", value):
            return value, "year"
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a real date ({exc})") from None
    raise ValueError(f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


def parse_interim(value: str | bool | int) -> bool:
    if isinstance(value, (bool, int)):
        return bool(value)
    if value.strip().lower() in TRUE:
        return True
    if value.strip().lower() in FALSE:
        return False
    raise ValueError(f"interim {value!r} is not 1/0, true/false or yes/no")


@dataclass
class Correction:
    """One correction before it is stored. ``change`` holds the new values (edit), the added event's
    interim/date/evidence (add), ``into`` (merge) or ``new_person`` (split)."""

    action: str
    document_url: str | None = None
    person: str | None = None
    role: str | None = None
    organisation: str | None = None
    event: str | None = None
    change: dict = field(default_factory=dict)
    why: str | None = None

    @property
    def target(self) -> str:
        if self.action in EVENT_ACTIONS:
            return event_identity(self.document_url, self.person, self.role, self.organisation, self.event)
        if self.action == "add":
            return "add:" + event_identity(
                self.document_url, self.person, self.role, self.organisation, self.event
            )
        if self.action == "merge":
            return "merge:" + norm(self.person)
        if self.action == "split":
            return "split:" + "|".join(norm(x) for x in (self.person, self.document_url, self.organisation))
        return f"{self.action}:{norm(self.document_url)}"


def known_identities(db: sqlite_utils.Database | object) -> set[str]:
    """Identities of every extracted event in the database (from the `events_extracted` view)."""
    return {
        event_identity(*row)
        for row in db.execute(
            "SELECT source_url, person_as_extracted, role, organisation_as_extracted, event FROM events_extracted"
        ).fetchall()
    }


def validate(c: Correction, identities: set[str] | None = None) -> list[str]:
    """What is wrong with ``c`` (empty when valid). With ``identities``, event targets must exist."""
    errors: list[str] = []
    if c.action not in ACTIONS:
        return [f"unknown action {c.action!r} (one of {', '.join(ACTIONS)})"]
    if c.action in (*EVENT_ACTIONS, "add"):
        missing = [k for k in ("document_url", "person", "role", "event") if not getattr(c, k)]
        if missing:
            errors.append(f"{c.action} needs {', '.join(m.replace('document_', '') for m in missing)}")
        if c.event and c.event not in EVENT_TYPES:
            errors.append(f"unknown event type {c.event!r} (one of {', '.join(EVENT_TYPES)})")
    if c.action == "edit" and not c.change:
        errors.append("edit changes nothing: fill at least one new_ value")
    if c.action in ("edit", "add"):
        for key, value in c.change.items():
            if key == "event" and value not in EVENT_TYPES:
                errors.append(f"unknown event type {value!r} (one of {', '.join(EVENT_TYPES)})")
            elif key == "date" and value is not None:
                try:
                    parse_date(value)
                except ValueError as exc:
                    errors.append(str(exc))
            elif key in ("person", "role") and not (value or "").strip():
                errors.append(f"new {key} is empty")
    if c.action == "add" and not (c.change.get("evidence") or "").strip():
        errors.append("add needs the evidence sentence")
    if c.action == "merge" and not (c.person and c.change.get("into")):
        errors.append("merge needs person and into")
    if c.action == "split" and not (
        c.person and c.change.get("new_person") and (c.document_url or c.organisation)
    ):
        errors.append("split needs person, new_person and a document URL or organisation")
    if c.action in ("not_leadership", "reviewed") and not c.document_url:
        errors.append(f"{c.action} needs the document URL")
    if identities is not None and c.action in EVENT_ACTIONS and not errors and c.target not in identities:
        errors.append(
            f"unknown event identity: no extracted event {c.event} {c.person!r} / {c.role!r} / "
            f"{c.organisation!r} in {c.document_url}"
        )
    return errors


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def record(
    db: sqlite_utils.Database, corrections: list[Correction], by: str, check: bool = True
) -> list[int]:
    """Validate and store corrections, all or none, in one transaction. Returns their ids."""
    identities = known_identities(db) if check else None
    errors = [f"{n}: {e}" for n, c in enumerate(corrections, 1) for e in validate(c, identities)]
    if errors:
        raise CorrectionError(errors)
    ids = []
    with db.atomic():
        for c in corrections:
            cur = db.execute(
                "INSERT INTO corrections(action, target, document_url, person, role, organisation, event, change, "
                "created_by, created_at, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    c.action,
                    c.target,
                    c.document_url,
                    c.person,
                    c.role,
                    c.organisation,
                    c.event,
                    json.dumps(c.change, ensure_ascii=False, sort_keys=True) if c.change else None,
                    by,
                    _now(),
                    c.why,
                ],
            )
            ids.append(cur.lastrowid)
    return ids


def in_force(conn) -> list[dict]:
    """The corrections in force (the latest per target), oldest first, as dicts with ``change`` parsed."""
    cursor = conn.execute(
        "SELECT * FROM corrections WHERE id IN (SELECT MAX(id) FROM corrections GROUP BY target) ORDER BY id"
    )
    columns = [c[0] for c in cursor.description]
    rows = [dict(zip(columns, r)) for r in cursor.fetchall()]
    for row in rows:
        row["change"] = json.loads(row["change"]) if row["change"] else {}
    return rows


# ------------------------------------------------------------------------------------------------ CSV


def _cell(row: dict, key: str) -> str:
    return (row.get(key) or "").strip()


def correction_from_row(row: dict) -> Correction | None:
    """A review-CSV row as a correction; None when its action is blank (no decision). ValueError if unusable."""
    action = _cell(row, "action").lower()
    if not action:
        return None
    action = {"a": "accept", "r": "reject", "e": "edit", "not leadership": "not_leadership"}.get(
        action, action
    )
    change: dict = {}
    new = {k: _cell(row, f"new_{k}") for k in EDITABLE}
    if action == "add":
        new["interim"] = new["interim"] or _cell(row, "interim")
        new["date"] = new["date"] or _cell(row, "date")
        change["evidence"] = _cell(row, "evidence")
        change["interim"] = parse_interim(new["interim"]) if new["interim"] else False
        if new["date"] and new["date"].lower() not in CLEAR:
            change["date"] = new["date"]
    elif action == "edit":
        for key in ("person", "role", "organisation", "event"):
            if new[key]:
                change[key] = None if key == "organisation" and new[key].lower() in CLEAR else new[key]
        if new["interim"]:
            change["interim"] = parse_interim(new["interim"])
        if new["date"]:
            change["date"] = None if new["date"].lower() in CLEAR else new["date"]
    elif action == "merge":
        change["into"] = new["person"]
    elif action == "split":
        change["new_person"] = new["person"]
    return Correction(
        action=action,
        document_url=_cell(row, "url") or None,
        person=_cell(row, "person") or None,
        role=_cell(row, "role") or None,
        organisation=_cell(row, "organisation") or None,
        event=_cell(row, "event").lower() or None,
        change=change,
        why=_cell(row, "why") or None,
    )


def read_csv(path: str | Path) -> tuple[list[Correction], list[str]]:
    """Corrections from a review CSV, and every problem as "line N: ..." (line 1 is the header)."""
    corrections: list[Correction] = []
    errors: list[str] = []
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"action", "url", "person", "role", "organisation", "event"} - set(reader.fieldnames or ())
        if missing:
            return [], [f"line 1: missing columns {', '.join(sorted(missing))}"]
        for row in reader:
            line = reader.line_num
            try:
                c = correction_from_row(row)
            except ValueError as exc:
                errors.append(f"line {line}: {exc}")
                continue
            if c is not None:
                c.line = line  # type: ignore[attr-defined]
                corrections.append(c)
    return corrections, errors


def import_csv(db: sqlite_utils.Database, path: str | Path, by: str) -> list[int]:
    """Validate every row of a review CSV, then store them all in one transaction, or nothing.

    Raises :class:`CorrectionError` listing each bad row by its line number.
    """
    corrections, errors = read_csv(path)
    identities = known_identities(db)
    for c in corrections:
        errors += [f"line {c.line}: {e}" for e in validate(c, identities)]  # type: ignore[attr-defined]
    if errors:
        raise CorrectionError(sorted(errors, key=lambda e: int(re.match(r"line (\d+)", e).group(1))))
    return record(db, corrections, by, check=False)


def write_csv(rows: list[dict], path: str | Path) -> int:
    """Write review rows (dicts with :data:`CSV_COLUMNS` keys) as the review CSV; returns the row count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in CSV_COLUMNS})
    return len(rows)
