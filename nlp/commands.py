"""Extract-stage commands: extract (into the database), annotate (no database), evaluate (against gold)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from nhs_leaders.clicommon import (
    EXIT_OK,
    EXIT_PARTIAL,
    _extract,
    _hold_lock,
    db_option,
    model_option,
    workers_option,
)


@click.command()
@db_option
@model_option
@click.option("--reprocess", is_flag=True, help="Re-extract every document, not only new or changed ones.")
@workers_option
def extract(db_path: str, model: str | None, reprocess: bool, workers: int | None) -> None:
    """Run the NLP stage over documents not yet processed by the current extractor version.

    Example: python pipeline.py extract --reprocess --workers 4
    """
    from nhs_leaders.store import open_db
    from nhs_leaders.store.runs import finish_run, start_run

    db = open_db(db_path)
    run_id = start_run(db, "extract")
    result = _extract(db, model, reprocess, workers)
    counts = {"documents": result.documents, "events": result.events}
    finish_run(db, run_id, "partial" if result.errors else "ok", counts, result.errors)
    click.echo(json.dumps(counts))
    sys.exit(EXIT_PARTIAL if result.errors else EXIT_OK)


@click.command()
@model_option
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    help='Input lines {"id", "text", "published"?} instead of files ("-" for stdin).',
)
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def annotate(model: str | None, jsonl, files: tuple[str, ...]) -> None:
    """Print one JSON object per extracted event; no database.

    Example: python pipeline.py annotate seeds/000_3fcf53fdc8a0edea.txt
    """
    from nhs_leaders.nlp.annotate import annotate as run_annotate
    from nhs_leaders.nlp.pipeline import build_pipeline

    if not files and jsonl is None:
        raise click.UsageError("give FILE... or --jsonl FILE")
    items, unread = _read_files(Path(name) for name in files)
    if jsonl is not None:
        for n, line in enumerate(jsonl, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                    items.append((str(obj["id"]), obj["text"], obj.get("published"), obj.get("title")))
                except (ValueError, KeyError) as exc:
                    raise click.ClickException(f"--jsonl line {n}: {exc}") from exc
    failed: list = []
    for record in run_annotate(build_pipeline(model), items, failed):
        click.echo(json.dumps(record, ensure_ascii=False))
    _exit_if_failed(failed, unread)


def _read_files(paths) -> tuple[list[tuple], int]:
    """(stem, text, published, title, publisher's ODS code) for each readable file, and how many were not
    readable (each reported on stderr)."""
    from nhs_leaders.crawler.texts import text_items

    errors: list = []
    items = list(text_items(paths, errors))
    for path, error in errors:
        click.echo(f"error: {path}: {error}", err=True)
    return items, len(errors)


def _exit_if_failed(failed: list[tuple[str, str]], unread: int) -> None:
    """One line per document the extractor failed on; exit 1 (some documents failed) when any was
    unreadable or failed."""
    for doc_id, message in failed:
        click.echo(f"error: {doc_id}: extraction failed: {message}", err=True)
    if failed or unread:
        raise SystemExit(1)


@click.command()
@model_option
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), required=True, help="Gold JSONL file.")
@click.option(
    "--texts", type=click.Path(exists=True, file_okay=False), required=True, help="Folder of NNN.txt."
)
@click.option("--details", is_flag=True, help="List every false positive and false negative.")
def evaluate(model: str | None, gold: str, texts: str, details: bool) -> None:
    """Score extraction against a gold set: precision, recall, F1, interim and date accuracy.

    Example: python pipeline.py evaluate --gold ../shared/eval/dev/gold.jsonl --texts ../shared/eval/dev/texts
    """
    from nhs_leaders.nlp.annotate import annotate as run_annotate
    from nhs_leaders.nlp.evaluate import evaluate as score_records
    from nhs_leaders.nlp.evaluate import format_report, load_gold
    from nhs_leaders.nlp.pipeline import build_pipeline

    items, unread = _read_files(sorted(Path(texts).glob("*.txt")))
    failed: list = []
    records = list(run_annotate(build_pipeline(model), items, failed))
    click.echo(format_report(score_records(load_gold(Path(gold)), records), details))
    _exit_if_failed(failed, unread)  # scored all the same: a failed document counts as one with no events


_hold_lock(extract)
