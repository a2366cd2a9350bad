"""Extraction phase: stored raw bodies of fetched documents → text → `documents` via save_document.

Runs after the crawl (and on demand, offline: ``reparse=True`` re-reads every stored body without
refetching). Pending work is every document fetch whose stored body differs from the one last
turned into a document (``fetches.raw_sha256`` vs ``parsed_sha256``), so an interrupted crawl's
bodies are extracted by the next run. Parsing runs in a process pool; all writes in this process.

Outcomes: ``new``, ``changed``, ``unchanged`` (same text), ``duplicate`` (the same text is already
stored under another URL: one document) and ``parse_error`` (stored as a document with ``error``).
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import sqlite_utils
from nhs_leaders.crawler.local import valid_published
from nhs_leaders.crawler.parse import Hints, Parsed, ParseError, parse_body, sniff_kind
from nhs_leaders.crawler.register import home_ods
from nhs_leaders.crawler.supervise import die_with_parent
from nhs_leaders.crawler.urls import clean_url, host_of
from nhs_leaders.store.documents import Document, find_by_sha, save_document, sha256_text
from nhs_leaders.store.fetches import mark_parsed
from nhs_leaders.store.raw import RawStore

log = logging.getLogger(__name__)
IN_PROCESS_MAX = 32  # fewer pending bodies than this are parsed in-process (a pool costs ~1 s to start)
BATCH = 64


@dataclass
class ExtractJob:
    url: str
    raw_sha256: str
    content_type: str | None
    hints: dict | None
    raw_dir: str


@dataclass
class Extracted:
    kind: str | None = None
    parsed: Parsed | None = None
    error: str | None = None


def default_workers() -> int:
    return os.cpu_count() or 1  # extraction runs after the fetch: every core is free


def parse_job(job: ExtractJob) -> Extracted:
    """Read one stored body and parse it (module-level and picklable: runs in worker processes)."""
    try:
        body = RawStore(job.raw_dir).get(job.raw_sha256)
    except OSError as exc:
        return Extracted(error=f"raw body missing from store: {exc}")
    kind = sniff_kind(body, job.url, job.content_type)
    if kind is None:
        return Extracted(error=f"unsupported content type: {job.content_type or 'unknown'}")
    try:
        parsed = parse_body(
            body, kind, url=job.url, declared=_charset(job.content_type), hints=Hints(**(job.hints or {}))
        )
    except ParseError as exc:
        return Extracted(kind, error=str(exc))
    except Exception as exc:  # a parser crash on one hostile document must not stop the run
        return Extracted(kind, error=f"parser failed: {type(exc).__name__}: {exc}")
    return Extracted(kind, parsed=parsed)


def same_site(a: str, b: str) -> bool:
    """Hosts equal up to a leading ``www.`` or one a sub-domain of the other (for rel=canonical)."""
    ha, hb = host_of(a).removeprefix("www."), host_of(b).removeprefix("www.")
    return bool(ha) and (ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha))


def land_document(db: sqlite_utils.Database, row: dict, extracted: Extracted) -> str:
    """Save one extracted body as a document (one transaction with its `fetches` update)."""
    with db.atomic():
        outcome, doc_id = _land(db, row, extracted)
        mark_parsed(db, row["url"], row["raw_sha256"], doc_id)
    return outcome


def _land(db: sqlite_utils.Database, row: dict, extracted: Extracted) -> tuple[str, int | None]:
    hints = json.loads(row["hints"]) if row.get("hints") else {}
    common = dict(
        source=row["source"],
        raw_sha256=row["raw_sha256"],
        etag=row.get("etag"),
        last_modified=row.get("last_modified"),
        organisation_ods=row.get("organisation") or home_ods(row["url"]),  # the site's owner
    )
    parsed = extracted.parsed
    if parsed is None:
        doc = Document(
            url=row["url"],
            text=None,
            title=hints.get("title") or hints.get("anchor"),
            content_type=extracted.kind or row.get("content_type"),
            error=extracted.error,
            **common,
        )
        log.warning("cannot read %s: %s", row["url"], extracted.error)
        return "parse_error", save_document(db, doc)[0]
    url = row["url"]
    if parsed.canonical_url:
        canonical = clean_url(parsed.canonical_url)
        if canonical.startswith(("http://", "https://")) and same_site(canonical, url):
            url = canonical
    if db.execute("SELECT 1 FROM documents WHERE url = ?", [url]).fetchone() is None:
        same_text = find_by_sha(db, sha256_text(parsed.text))
        if same_text is not None:
            return "duplicate", same_text
    doc = Document(
        url=url,
        text=parsed.text,
        title=parsed.title,
        published=valid_published(parsed.published, url),
        date_raw=parsed.date_raw,
        date_source=parsed.date_source,
        content_type=extracted.kind,
        canonical_url=parsed.canonical_url,
        pages=parsed.pages,
        **common,
    )
    doc_id, status = save_document(db, doc)
    return status, doc_id


def pending_fetches(
    db: sqlite_utils.Database, sources: list[str] | None = None, reparse: bool = False
) -> list[dict]:
    """Document fetches whose stored body has not been turned into a document yet (all with ``reparse``)."""
    sql = (
        "SELECT url, source, raw_sha256, content_type, hints, organisation, etag, last_modified FROM fetches "
        "WHERE role = 'document' AND raw_sha256 IS NOT NULL"
    )
    args: list = []
    if not reparse:
        sql += " AND parsed_sha256 IS NOT raw_sha256"
    if sources:
        sql += f" AND source IN ({', '.join('?' for _ in sources)})"
        args += sources
    cur = db.execute(sql + " ORDER BY rowid", args)  # crawl order: originals before later copies
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def extract_pending(
    db: sqlite_utils.Database,
    raw_dir: str | Path,
    sources: list[str] | None = None,
    workers: int | None = None,
    reparse: bool = False,
    progress: Callable[[Counter], None] | None = None,
) -> Counter:
    """Parse and land every pending body; returns outcome counts. ``workers=0`` parses in-process."""
    rows = pending_fetches(db, sources, reparse)
    counts: Counter = Counter()
    if not rows:
        return counts
    jobs = [
        ExtractJob(
            r["url"],
            r["raw_sha256"],
            r["content_type"],
            json.loads(r["hints"]) if r["hints"] else None,
            str(raw_dir),
        )
        for r in rows
    ]
    workers = default_workers() if workers is None else workers
    results = zip(rows, _parse_all(jobs, workers), strict=True)
    while batch := list(islice(results, BATCH)):
        with db.atomic():
            for row, extracted in batch:
                counts[land_document(db, row, extracted)] += 1
        if progress:
            progress(counts)
    return counts


def _parse_all(jobs: list[ExtractJob], workers: int) -> Iterator[Extracted]:
    """Results in job order: in-process for small batches, else from a process pool open until exhausted."""
    if workers <= 0 or len(jobs) < IN_PROCESS_MAX:
        yield from map(parse_job, jobs)
        return
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_ignore_sigint,
        initargs=(os.getpid(),),
    ) as pool:
        yield from pool.map(parse_job, jobs, chunksize=8)


def _ignore_sigint(parent: int | None = None) -> None:
    """Parser processes leave Ctrl-C to the process that started them, and die with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(signal.SIGKILL, parent)


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
