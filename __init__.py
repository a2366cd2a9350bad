"""nhs-leaders: who leads which NHS (England) organisation, and when they change.

Stages, one sub-package each, in the order the data travels: ``crawler`` (collect), ``nlp`` (extract),
``resolve`` (people, organisations, moves and tenures across documents), ``store`` (schema and writes),
``analysis`` (turnover figures, reports, charts). ``pipeline`` is the command line over them.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nhs-leaders")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
