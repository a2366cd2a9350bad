"""Ingest local files and folders (``.txt``, ``.html``, ``.pdf``) into `documents`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from nhs_leaders.crawler.parse import ParseError, kind_for, parse_body
from nhs_leaders.store.documents import Document, save_document

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass
class IngestResult:
    counts: dict[str, int] = field(
        default_factory=lambda: {"new": 0, "changed": 0, "unchanged": 0, "error": 0}
    )
    errors: list[dict[str, str]] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "path (why)": not document types, own files


def iter_files(
    paths: Iterable[str | Path], skipped: list[str] | None = None, exclude: Iterable[Path] = ()
) -> Iterator[Path]:
    """Files under ``paths`` (folders walked recursively, hidden files skipped), in a stable order.

    In a folder only known document types are taken; other files, and ``exclude`` (the database's own
    files) anywhere, are appended to ``skipped`` instead. A file named on its own is always taken."""
    excluded = {p.resolve() for p in exclude}
    for raw in paths:
        path = Path(raw)
        if path.resolve() in excluded:
            _skip(skipped, path, "the database's own file")
        elif path.is_dir():
            for p in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if p.resolve() in excluded:
                    _skip(skipped, p, "the database's own file")
                elif kind_for(p.name) is None:
                    _skip(skipped, p, f"not a document type: {p.suffix or '(no extension)'}")
                else:
                    yield p
        else:
            yield path


def _skip(skipped: list[str] | None, path: Path, why: str) -> None:
    if skipped is not None:
        skipped.append(f"{path} ({why})")


def own_files(db: sqlite_utils.Database) -> list[Path]:
    """The database file and its -wal, -shm, -journal, lock and log files (never ingested)."""
    row = db.conn.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return []
    main = Path(row[2])
    names = [main.name + s for s in ("", "-wal", "-shm", "-journal", ".lock")]
    logs = [p.name for p in main.parent.glob("nhs-leaders.log*")]
    return [main.parent / n for n in names + logs]


def document_from_file(path: Path, source: str = "local") -> Document:
    """Read and parse one file; a failure becomes a Document carrying the error."""
    url = path.resolve().as_uri()
    kind = kind_for(path.name)
    try:
        if kind is None:
            raise ParseError(f"unsupported file type: {path.suffix or '(none)'}")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ParseError(f"file too large ({size:,} bytes > {MAX_FILE_BYTES:,})")
        parsed = parse_body(path.read_bytes(), kind, url=url)
    except (ParseError, OSError) as exc:
        return Document(url=url, text=None, source=source, title=path.name, error=str(exc), content_type=kind)
    return Document(
        url=url,
        text=parsed.text,
        source=parsed.source or source,
        title=parsed.title or path.stem,
        published=parsed.published,
        date_raw=parsed.date_raw,
        date_source=parsed.date_source,
        content_type=kind,
        pages=parsed.pages,
    )


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    source: str = "local",
    progress: Callable[[int, int], None] | None = None,
) -> IngestResult:
    """Store every file under ``paths``; one bad file is logged and recorded, the rest go on.

    ``progress(done, total)`` is called after each file."""
    result = IngestResult()
    files = list(iter_files(paths, result.skipped, own_files(db)))
    for n, path in enumerate(files, 1):
        doc = document_from_file(path, source)
        doc_id, status = save_document(db, doc)
        result.counts[status] += 1
        result.document_ids.append(doc_id)
        if doc.error:
            log.error("%s: %s", path, doc.error)
            result.errors.append({"url": doc.url, "error": doc.error})
        if progress:
            progress(n, len(files))
    return result
