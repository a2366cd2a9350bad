"""Crawl phase, database side: record one fetched URL in `fetches` (the body is already in the raw store).

Runs in the crawl's storage worker (:mod:`crawler.storeproc`). Returns what the crawl did with the URL: ``fetched``
(a document body that is new or differs from the last one turned into a document: pending
extraction), ``unchanged`` (same body as last time), ``not_modified`` (304), ``page`` (feed, sitemap
or listing) or ``error``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from nhs_leaders.crawler.items import FetchedItem
from nhs_leaders.store.fetches import record_fetch

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


def record_item(
    db: sqlite_utils.Database | sqlite3.Connection,
    item: FetchedItem,
    raw_sha256: str | None,
    atomic: bool = True,
) -> str:
    """Upsert the `fetches` row for ``item``; ``raw_sha256`` is its stored body (None without one).

    ``atomic=False`` when the caller already holds a transaction (the storage worker writes batches
    through a plain sqlite3 connection); otherwise ``db`` is a sqlite-utils Database.
    """
    if not atomic:
        return _record(db, item, raw_sha256)
    with db.atomic():
        return _record(db, item, raw_sha256)


def _record(db: sqlite_utils.Database | sqlite3.Connection, item: FetchedItem, raw_sha256: str | None) -> str:
    final_url = item.url if item.requested_url and item.requested_url != item.url else None
    if item.error:
        record_fetch(
            db,
            item.url,
            source=item.source,
            role=item.role,
            status=item.status,
            error=item.error,
            organisation=item.organisation,
        )
        return "error"
    hints = json.dumps({k: v for k, v in item.hints.items() if v}) if item.hints else None
    record_fetch(
        db,
        item.url,
        source=item.source,
        role=item.role,
        status=item.status,
        etag=item.etag,
        last_modified=item.last_modified,
        raw_sha256=raw_sha256,
        content_type=item.content_type,
        final_url=final_url,
        hints=hints or None,
        organisation=item.organisation,
    )
    if item.not_modified:
        return "not_modified"
    if item.role != "document":
        return "page"
    parsed = db.execute("SELECT parsed_sha256 FROM fetches WHERE url = ?", [item.url]).fetchone()
    return "unchanged" if parsed and parsed[0] == raw_sha256 else "fetched"
