"""Crawl-stage commands: crawl, land, discover, reextract."""

from __future__ import annotations

import json
import sys

import click
from nhs_leaders.clicommon import EXIT_FAILURE, EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, _hold_lock, db_option

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


@click.command("crawl")
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


@click.command()
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


@click.command()
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


@click.command()
@db_option
@source_option
@click.option("--all", "reparse", is_flag=True, help="Re-parse every stored body, not only pending ones.")
def reextract(db_path: str, sources: tuple[str, ...], reparse: bool) -> None:
    """Turn stored raw bodies into document text again, offline (after improving HTML/PDF extraction).

    Example: python pipeline.py reextract --all && python pipeline.py extract
    """
    from nhs_leaders.crawler.run import reextract as reextract_bodies

    click.echo(json.dumps(reextract_bodies(db_path, list(sources) or None, reparse)))


for _writer in (crawl_command, reextract):
    _hold_lock(_writer)
