"""Review and corrections commands: people check events, and their corrections are applied on resolve."""

from __future__ import annotations

from pathlib import Path

import click
from nhs_leaders.clicommon import _hold_lock, _print_rows, _readonly, db_option


def _reviewer(by: str | None) -> str:
    import getpass

    return by or getpass.getuser()


by_option = click.option("--by", default=None, help="Who is correcting (default: your user name).")


@click.command()
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


for _writer in (review, corrections_import, corrections_add):
    _hold_lock(_writer)
_hold_lock(corrections_export_gold, refresh_only=True)
