"""``land``: the machine that owns SQLite takes the items crawl processes put on Redis.

One writer, as without a frontier: each batch of items has its bodies put in the raw store and its
`fetches` rows written in one transaction, and only then is it removed from the Redis list (read with
LRANGE, trimmed after the commit), so a lander killed at any point loses nothing and a rerun lands
the same items again harmlessly (rows are upserts, bodies content-addressed). When the list is
empty (for ``idle`` seconds, to follow crawls still running) the stored bodies are parsed into
documents, as at the end of a local crawl.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import redis
from nhs_leaders.crawler.frontier import ITEMS_KEY, decode_item
from nhs_leaders.crawler.land import record_item
from nhs_leaders.store.fetches import ensure_fetches
from nhs_leaders.store.raw import RawStore, raw_dir_for

BATCH = 100


def land(
    db_path: str | Path,
    redis_url: str,
    idle: float = 0.0,
    parse: bool = True,
    parse_workers: int | None = None,
) -> Counter:
    """Land every queued item (waiting up to ``idle`` seconds for more); outcome counts."""
    from nhs_leaders.crawler.extract import extract_pending
    from nhs_leaders.store import open_db

    server = redis.Redis.from_url(redis_url, socket_timeout=30)
    db = open_db(db_path)
    ensure_fetches(db.conn)
    raw_dir = raw_dir_for(db_path)
    raw = RawStore(raw_dir)
    counts: Counter = Counter()
    quiet_since = time.monotonic()
    while True:
        messages = server.lrange(ITEMS_KEY, 0, BATCH - 1)
        if not messages:
            if time.monotonic() - quiet_since >= idle:
                break
            time.sleep(min(0.5, idle))
            continue
        items = [decode_item(m) for m in messages]
        digests = [raw.put(i.body) if i.body is not None and not i.error else None for i in items]
        with db.atomic():
            for item, digest in zip(items, digests):
                counts[record_item(db, item, digest, atomic=False)] += 1
        server.ltrim(ITEMS_KEY, len(messages), -1)  # only now: the batch is committed
        quiet_since = time.monotonic()
    if parse:
        for outcome, n in extract_pending(db, raw_dir, workers=parse_workers).items():
            counts[f"documents_{outcome}"] += n
    db.close()
    return counts
