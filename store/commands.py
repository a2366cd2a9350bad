"""Store-stage commands: run (every stage into the database, fit for cron), ingest, query."""

from __future__ import annotations

import json
import logging
import sys
from importlib import resources
from pathlib import Path

import click
from nhs_leaders.clicommon import (
    EXIT_FAILURE,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    _console,
    _extract,
    _hold_lock,
    _ingest,
    _print_rows,
    _readonly,
    db_option,
    log,
    model_option,
    workers_option,
)
from nhs_leaders.cliutil import parse_params
from nhs_leaders.crawler.commands import _crawl

SEEDS = Path(str(resources.files("nhs_leaders") / "seeds"))  # package data: works installed or editable


def _log_to_file(path: str) -> None:
    """Add a rotating log file (5 MB x 3) to the root logger: cron runs leave a trail."""
    from logging.handlers import RotatingFileHandler

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=5_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))


@click.command()
@db_option
@model_option
@workers_option
@click.option(
    "--quiet", "-q", is_flag=True, help="No report; only errors and the exit status (for cron mail)."
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Rotating log file (default: nhs-leaders.log beside the database).",
)
@click.option(
    "--changes-out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write appointments and departures new in this run to FILE (.csv, else JSON Lines).",
)
@click.option("--source", "sources", multiple=True, help="Crawl this source first (repeatable).")
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Crawl every source in this TOML file first.",
)
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def run(
    db_path: str,
    model: str | None,
    workers: int | None,
    quiet: bool,
    log_file: str | None,
    changes_out: str | None,
    sources: tuple[str, ...],
    sources_file: str | None,
    paths: tuple[str, ...],
) -> None:
    """Crawl the given sources and ingest PATHS (default, with neither: the bundled seeds/), extract
    events, print the report. Fit for cron:
    one run per database at a time, every run recorded in `runs`, exit status 0 ok, 1 some documents
    failed, 2 failure, 3 another run holds the lock.

    Example: python pipeline.py run --db nhs.db --quiet --changes-out changes.jsonl
    """
    from nhs_leaders.store.lock import Locked, RunLock

    _log_to_file(log_file or str(Path(db_path).resolve().parent / "nhs-leaders.log"))
    try:
        with RunLock(db_path):
            code = _run_locked(db_path, model, quiet, changes_out, paths, sources, sources_file, workers)
    except Locked as exc:
        log.warning("%s", exc)
        click.echo(f"locked: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    sys.exit(code)


def _run_locked(
    db_path: str,
    model: str | None,
    quiet: bool,
    changes_out: str | None,
    paths: tuple[str, ...],
    sources: tuple[str, ...] = (),
    sources_file: str | None = None,
    workers: int | None = None,
) -> int:
    from nhs_leaders.store import open_db
    from nhs_leaders.store.changes import write_pending_changes
    from nhs_leaders.store.runs import finish_run, start_run

    try:
        db = open_db(db_path)
    except Exception as exc:  # unreadable or not a database: nothing can be recorded in it
        log.info("cannot open %s", db_path, exc_info=True)  # traceback to the log file only
        click.echo(f"failed: cannot open database {db_path}: {exc}", err=True)
        return EXIT_FAILURE
    run_id = start_run(db, "run")
    counts: dict = {}
    errors: list = []
    try:
        if sources or sources_file:
            crawled = _crawl(db_path, sources, sources_file, resume=False, quiet=quiet)
            counts["crawl"] = crawled.counts
            errors += crawled.errors
            crawled.raise_for_failure()  # a dead worker or storage process fails the run (exit 2)
        if paths or not (sources or sources_file):
            ingested, ingest_errors = _ingest(db, list(paths) or [SEEDS])
            counts.update(ingested)
            errors += ingest_errors
        extracted = _extract(db, model, workers=workers)
        errors += extracted.errors
        counts.update(documents_extracted=extracted.documents, events_written=extracted.events)
        if changes_out:
            counts["changes"] = write_pending_changes(db, changes_out)  # every change not yet written
    except Exception as exc:  # recorded, logged, and reported through the exit status
        log.info("run %s failed", run_id, exc_info=True)  # traceback to the log file only
        from nhs_leaders.store.failures import describe

        reason = describe(exc)
        try:
            finish_run(db, run_id, "failed", counts, errors + [{"error": reason}])
        except Exception:  # the full disk may refuse the closing row too: one more try on a fresh connection
            from nhs_leaders.store.runs import fail_open_runs

            fail_open_runs(f"failed: {reason}")
        click.echo(f"run {run_id}: failed: {reason}", err=True)  # one line, whatever closed the row
        return EXIT_FAILURE
    status = "partial" if errors else "ok"
    finish_run(db, run_id, status, counts, errors)
    log.info("run %s: %s %s", run_id, status, json.dumps(counts))
    if not quiet:
        from nhs_leaders.analysis.report import render_report

        render_report(db.conn, _console())
        click.echo(f"run {run_id}: {status}; {json.dumps(counts)}", err=True)
    for error in errors:
        click.echo(f"error: {error.get('url') or error.get('document_id')}: {error['error']}", err=True)
    return EXIT_PARTIAL if errors else EXIT_OK


@click.command()
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
def ingest(db_path: str, paths: tuple[str, ...]) -> None:
    """Store local .txt, .html and .pdf files (or folders of them) as documents.

    A .txt file may start with "source:", "title:" and "date:" lines and a blank line. A file that
    cannot be read gets an error row and a logged message; the rest go on (exit status 1).

    Example: python pipeline.py ingest articles/ board-pack.pdf
    """
    from nhs_leaders.store import open_db
    from nhs_leaders.store.runs import finish_run, start_run

    db = open_db(db_path)
    run_id = start_run(db, "ingest")
    counts, errors = _ingest(db, paths)
    finish_run(db, run_id, "partial" if errors else "ok", counts, errors)
    for error in errors:
        click.echo(f"error: {error['url']}: {error['error']}", err=True)
    click.echo(json.dumps(counts))
    sys.exit(EXIT_PARTIAL if errors else EXIT_OK)


@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind :NAME in the SQL to VALUE (repeatable).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@click.argument("sql")
def query(db_path: str, fmt: str, params: tuple[str, ...], sql: str, timeout: float = 60) -> None:
    """Run one read-only SQL statement (the database is opened read-only).

    Example: python pipeline.py query "SELECT * FROM tenures WHERE person = :person" --param person="Lydia Marchetti"
    """
    from nhs_leaders.store import open_readonly
    from nhs_leaders.store.readonly import ReadOnlyError, stream_query

    conn = _readonly(db_path, open_readonly)
    try:
        columns, rows = stream_query(conn, sql, parse_params(params), timeout or None)
        _print_rows(columns, rows, fmt)  # rows are read as they print: memory stays flat
    except ReadOnlyError as exc:
        raise click.ClickException(str(exc)) from exc


_hold_lock(ingest)
