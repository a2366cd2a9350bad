"""nhs-leaders: command-line entry point. Thin: the `cli` group over each stage's commands
(``crawler/commands.py``, ``store/commands.py``, ``nlp/commands.py``, ``resolve/commands.py``,
``analysis/commands.py``), which call the packages' Python API.

python pipeline.py run                 # the bundled seeds → nhs.db → report
nhs-leaders annotate article.txt       # the same CLI, installed as a console script
"""

from __future__ import annotations

import logging

import click
from nhs_leaders.analysis.commands import demo, export, report, serve
from nhs_leaders.clicommon import ContractGroup
from nhs_leaders.crawler.commands import crawl_command, discover, land, reextract
from nhs_leaders.nlp.commands import annotate, evaluate, extract
from nhs_leaders.resolve.commands import corrections, review
from nhs_leaders.store.commands import ingest, query, run


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


for _command in (
    run,
    crawl_command,
    land,
    discover,
    reextract,
    ingest,
    extract,
    annotate,
    report,
    query,
    export,
    serve,
    evaluate,
    review,
    corrections,
    demo,
):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point (`nhs-leaders`)."""
    cli(prog_name="nhs-leaders")


if __name__ == "__main__":
    main()
