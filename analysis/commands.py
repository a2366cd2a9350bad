"""Analysis commands: report, export, serve (Datasette), and demo (the bundled corpus, report and charts)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click
from nhs_leaders.clicommon import (
    EXIT_OK,
    EXIT_PARTIAL,
    _console,
    _extract,
    _hold_lock,
    _ingest,
    _readonly,
    db_option,
    model_option,
)
from nhs_leaders.cliutil import DateType, RoleType

DEMO = Path(str(resources.files("nhs_leaders") / "demo"))  # the demo corpus (original texts)
DEMO_AS_OF = "2024-12-31"  # the demo corpus ends here: the report looks back from this day


@click.command()
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


@click.command()
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


@click.command()
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


@click.command()
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


_hold_lock(demo)
for _refresher in (report, export, serve):
    _hold_lock(_refresher, refresh_only=True)
