"""Land stage: the SQLite schema and every write the pipeline makes.

All writes go through :mod:`store.db` helpers that wrap a batch in one transaction,
so a crash never leaves half a document's events behind.
"""

from store.db import DEFAULT_DB, open_db, open_readonly

__all__ = ["DEFAULT_DB", "open_db", "open_readonly"]
