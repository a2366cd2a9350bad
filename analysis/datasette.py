"""Datasette over the database: metadata (table and column descriptions, canned queries) and `serve`.

Datasette is an optional extra (``pip install 'nhs-leaders[datasette]'``); only :func:`serve` and
:func:`datasette_app` import it.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from nhs_leaders.analysis.queries import EXAMPLES

INSTALL_HINT = "Datasette is not installed: pip install 'nhs-leaders[datasette]'"

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "tenures": (
        "View: one row per spell in post (person, organisation, role), interim spells separate.",
        {
            "person": "Resolved person (one row per real person)",
            "organisation": "Gazetteer name, or the name as written when unresolved",
            "ods_code": "ODS code of the organisation",
            "role": "Canonical role",
            "interim": "1 for an interim or acting spell",
            "start_date": "First day in post (first day of the period for month/year precision)",
            "start_precision": "day, month or year",
            "start_basis": "stated (effective date given), announced (publication date), first_seen (start unknown)",
            "end_date": "Last day in post; empty while in post",
            "end_basis": "stated, announced, successor (day before the next holder), substantive (interim became "
            "substantive), moved (day before the same role elsewhere began), organisation closed, "
            "last_seen; empty while in post",
            "is_open": "1 while in post",
            "tenure_days": "Days in post, both ends counted (open spells: to today); empty when the start is unknown",
            "first_seen": "Earliest document date showing them in post",
            "last_seen": "Latest document date showing them in post",
            "sources": "Independent sources (publishers) behind the spell",
            "documents": "Documents behind the spell",
            "start_evidence": "The sentence behind the start",
            "end_evidence": "The sentence behind the end",
        },
    ),
    "moves": (
        "View: one row per appointment or departure, however many documents reported it.",
        {
            "event": "appointed or departed",
            "announced_date": "Earliest publication date among the sources",
            "effective_date": "Best stated effective date (most precise, then most sources)",
            "date_precision": "day, month or year",
            "conflict": "1 when sources state dates that disagree",
            "stated_dates": "JSON: each stated date and how many documents state it",
            "sources": "Independent sources (publishers)",
            "documents": "Documents reporting the move",
            "confidence": "1 − Π(1 − c) over independent sources",
            "evidence": "Sentence from the source whose date was chosen",
            "source_urls": "Every document reporting the move",
        },
    ),
    "turnover": (
        "View: per organisation and role, all time (open spells run to today).",
        {
            "holders": "Distinct people who held the post",
            "spells": "Spells in post (interim and substantive)",
            "interim_spells": "Interim or acting spells",
            "median_tenure_days": "Median spell length in days (spells with a known start)",
            "mean_tenure_days": "Mean spell length in days",
            "interim_share": "Share of led days under an interim holder",
            "vacancy_gaps": "Gaps between one holder's end and the next start",
            "vacancy_days": "Days in those gaps",
            "current_holders": "Who holds the post now",
        },
    ),
    "appointments": ("View: every extracted event with names, organisation and source.", {}),
    "events": (
        "One row per (document, person, organisation, role, event) as extracted.",
        {
            "event": "appointed, departed or holds",
            "effective_date": "The date the change takes effect as stated",
            "evidence": "The sentence",
            "confidence": "0–1, from how the person and organisation were linked",
        },
    ),
    "people": (
        "One row per real person after cross-document resolution.",
        {
            "name": "Canonical full name, without honorifics or post-nominals",
        },
    ),
    "person_aliases": ("Other forms of a person's name (initials, variants merged by resolution).", {}),
    "person_resolutions": (
        "Per event: the name as extracted and how it was resolved.",
        {
            "method": "exact, familiar name, initials, context (organisation/role/time), unmatched",
        },
    ),
    "organisations": (
        "The NHS gazetteer (ODS codes, kinds, successors).",
        {
            "successor": "ODS code(s) of successor organisations, ;-separated",
        },
    ),
    "organisation_aliases": ("Surface forms recognised for each organisation.", {}),
    "organisation_mentions": ("NHS organisations named in each document.", {}),
    "organisation_resolutions": (
        "Organisation names the extractor left unresolved, and what resolution made of them.",
        {
            "method": "alias, acronym, fuzzy, or unresolved",
            "score": "Similarity (0–100) of the best gazetteer name",
            "candidate_id": "Closest gazetteer organisation when unresolved",
        },
    ),
    "organisation_lineage": (
        "Each organisation and its successors down the ODS chain.",
        {
            "final": "1 when the successor has no successor of its own",
            "depth": "0 = the organisation itself",
        },
    ),
    "resolved_moves": ("Table behind the `moves` view.", {}),
    "move_sources": ("The events behind each move.", {}),
    "spells": ("Table behind the `tenures` view.", {}),
    "spell_events": ("The events behind each spell (start, end, observation, reappointment).", {}),
    "review_queue": (
        "What most needs a person's eye, highest score first (python pipeline.py review).",
        {
            "score": "Sum of the reasons' weights",
            "reasons": "incompatible posts, conflicting dates, tenure under a month, low confidence, "
            "unresolved organisation, new since last review",
            "person": "Person as extracted (with organisation, role and event: the event's stable identity)",
            "source_url": "The document the event came from",
        },
    ),
    "corrections": ("People's corrections: who, when, why and what (latest per target in force).", {}),
    "corrections_status": (
        "View: every correction, whether it is in force and how many events it matched.",
        {
            "in_force": "1 when it is the latest correction for its target",
            "events_matched": "Events it touched in the last rebuild (0: its event is no longer extracted)",
        },
    ),
    "corrected_events": ("The events every view and analysis reads: `events` with corrections applied.", {}),
    "events_extracted": (
        "View: raw extractions, and whether and by which correction each was corrected.",
        {
            "corrected": "1 when a correction touched it",
            "corrections": "The actions applied (accept, reject, edit, split, merge, not_leadership)",
            "suppressed": "1 when it no longer counts (rejected, or its document is not about leadership)",
        },
    ),
    "event_corrections": ("Which correction touched which event.", {}),
    "documents": ("One row per source document.", {}),
    "runs": ("One row per command run.", {}),
}


CORRECTION_QUERIES = {
    "review_queue": {
        "title": "What needs review first?",
        "sql": "SELECT rank, score, reasons, event, person, role, organisation, date, evidence, source_url "
        "FROM review_queue ORDER BY rank",
    },
    "corrections_in_force": {
        "title": "Which corrections are in force, and what did they touch?",
        "sql": "SELECT id, action, person, role, organisation, event, change, document_url, created_by, created_at, "
        "why, events_matched FROM corrections_status WHERE in_force = 1 ORDER BY id DESC",
    },
    "corrected_extractions": {
        "title": "Which extracted events were corrected?",
        "sql": "SELECT event_id, person_as_extracted, role, organisation_as_extracted, event, corrections, "
        "correction_ids, suppressed, evidence, source_url FROM events_extracted WHERE corrected = 1",
    },
}


def metadata(database: str = "nhs") -> dict:
    """Datasette metadata: descriptions for tables, views and columns, and the canned example queries."""
    tables = {
        name: {"description": text, **({"columns": cols} if cols else {})}
        for name, (text, cols) in TABLES.items()
    }
    queries = {
        e.name: {"title": e.title, "sql": e.sql, **({"description": e.description} if e.description else {})}
        for e in EXAMPLES
    }
    queries.update(CORRECTION_QUERIES)
    return {
        "title": "nhs-leaders",
        "description": "Who leads which NHS organisation, and when that changes: extracted from news and board "
        "papers, resolved across documents into moves and tenures.",
        "license": "Code: MIT; gazetteer: Open Government Licence v3.0",
        "databases": {database: {"tables": tables, "queries": queries}},
    }


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file (its stem)."""
    return Path(db_path).stem


def datasette_app(db_path: str | Path):
    """A ``datasette.app.Datasette`` over the database with our metadata (used by `serve` and tests)."""
    try:
        from datasette.app import Datasette
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise RuntimeError(INSTALL_HINT) from exc
    return Datasette(
        [str(db_path)], metadata=metadata(database_name(db_path)), settings={"sql_time_limit_ms": 5000}
    )


def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    metadata_path: str | Path | None = None,
    extra_args: tuple[str, ...] = (),
) -> int:
    """Run ``datasette serve`` on the database with our metadata file; returns its exit status."""
    try:
        import datasette  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(INSTALL_HINT) from exc
    if metadata_path is None:
        metadata_path = Path(tempfile.mkdtemp(prefix="nhs-leaders-")) / "metadata.json"
    Path(metadata_path).write_text(json.dumps(metadata(database_name(db_path)), indent=2), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--metadata",
        str(metadata_path),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "5000",
        *extra_args,
    ]
    process = subprocess.Popen(command)

    def forward(signum, _frame):  # stopping `serve` stops Datasette too
        process.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return process.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
