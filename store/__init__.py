"""Land stage: the SQLite schema and every write the pipeline makes.

All writes go through :mod:`store` helpers that wrap a batch in one transaction, so a crash never
leaves half a document's events behind. Names are imported lazily: the crawler's worker processes
import small store modules without paying for sqlite-utils (and pandas) at start-up.
"""

from __future__ import annotations

__all__ = ["DEFAULT_DB", "open_db", "open_readonly"]


def __getattr__(name: str):
    if name in __all__:
        from nhs_leaders.store import db

        return getattr(db, name)
    raise AttributeError(f"module 'store' has no attribute {name!r}")
