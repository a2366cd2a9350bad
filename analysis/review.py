"""Reviewing the queue: in the terminal (one key per decision) or through a CSV edited in a spreadsheet.

The queue itself is :mod:`nhs_leaders.resolve.review`; decisions become rows of `corrections`
(:mod:`nhs_leaders.store.corrections`), and the resolved tables are rebuilt so every view shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from nhs_leaders.resolve.entities import resolve
from nhs_leaders.resolve.review import mark_reviewed_now, queue_rows
from nhs_leaders.store.corrections import (
    EDITABLE,
    Correction,
    CorrectionError,
    import_csv,
    parse_interim,
    record,
    validate,
    write_csv,
)

KEYS = "[a]ccept  [r]eject  [e]dit  [s]kip  [q]uit"


def export_queue(db: sqlite_utils.Database, out: str | Path, limit: int | None = None) -> int:
    """Write the review queue as a CSV for a spreadsheet (fill `action`, and `new_*` for edits)."""
    resolve(db)
    rows = queue_rows(db)[:limit] if limit else queue_rows(db)
    return write_csv([{**r, "url": r["source_url"], "interim": int(bool(r["interim"]))} for r in rows], out)


def import_reviewed(db: sqlite_utils.Database, path: str | Path, by: str) -> list[int]:
    """Store every decision in a review CSV (all or nothing), then rebuild the resolved tables."""
    ids = import_csv(db, path, by)
    mark_reviewed_now(db)
    resolve(db, force=True)
    return ids


def _as_correction(row: dict, action: str, change: dict | None = None) -> Correction:
    return Correction(
        action=action,
        document_url=row["source_url"],
        person=row["person"],
        role=row["role"],
        organisation=row["organisation"],
        event=row["event"],
        change=change or {},
    )


def describe(row: dict) -> str:
    """A queue item as a few lines of text: reasons, the event, the evidence and the source."""
    return (
        f"#{row['rank']}  ({row['reasons']})\n"
        f"  {row['event']}: {row['person']} · {row['role']}{' (interim)' if row['interim'] else ''} · "
        f"{row['organisation']} · {row['date'] or 'no date'} · confidence {row['confidence']}\n"
        f"  “{row['evidence']}”\n"
        f"  {row['source_url']}"
    )


@dataclass
class ReviewSession:
    """Counts of one interactive review."""

    accepted: int = 0
    rejected: int = 0
    edited: int = 0
    skipped: int = 0
    correction_ids: list[int] = field(default_factory=list)


def ask_edit(row: dict, prompt: Callable[[str, str], str]) -> dict:
    """Ask for each editable field (the current value is the default); returns what changed."""
    current = {
        "person": row["person"],
        "role": row["role"],
        "organisation": row["organisation"] or "",
        "event": row["event"],
        "interim": "yes" if row["interim"] else "no",
        "date": row["date"] or "",
    }
    change: dict = {}
    for key in EDITABLE:
        value = prompt(key, current[key]).strip()
        if value == current[key]:
            continue
        if key == "interim":
            change[key] = parse_interim(value)
        elif key in ("date", "organisation"):
            change[key] = value or None
        else:
            change[key] = value
    return change


def interactive_review(
    db: sqlite_utils.Database,
    by: str,
    getchar: Callable[[], str],
    prompt: Callable[[str, str], str],
    echo: Callable[[str], None],
    limit: int | None = None,
) -> ReviewSession:
    """Walk the queue: one key per item (a/r/e/s/q). Each decision is stored at once."""
    resolve(db)
    rows = queue_rows(db)
    rows = rows[:limit] if limit else rows
    session = ReviewSession()
    echo(f"{len(rows)} events to review. {KEYS}")
    for row in rows:
        echo("\n" + describe(row))
        key = ""
        while key not in ("a", "r", "e", "s", "q"):
            echo(KEYS)
            key = (getchar() or "q").lower()
        if key == "q":
            break
        if key == "s":
            session.skipped += 1
            continue
        if key == "e":
            change = ask_edit(row, prompt)
            correction = _as_correction(row, "edit", change) if change else _as_correction(row, "accept")
            problems = validate(correction)
            if problems:
                echo("not saved: " + "; ".join(problems))
                session.skipped += 1
                continue
        else:
            correction = _as_correction(row, "accept" if key == "a" else "reject")
        try:
            session.correction_ids += record(db, [correction], by)
        except CorrectionError as exc:
            echo(f"not saved: {exc}")
            continue
        attr = {"accept": "accepted", "reject": "rejected", "edit": "edited"}[correction.action]
        setattr(session, attr, getattr(session, attr) + 1)
    mark_reviewed_now(db)
    resolve(db, force=True)
    return session
