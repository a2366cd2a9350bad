"""Ingest local files and folders (``.txt``, ``.html``, ``.pdf``) into `documents`."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
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


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under ``paths`` (folders walked recursively, hidden files skipped), in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


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
    db: sqlite_utils.Database, paths: Iterable[str | Path], source: str = "local"
) -> IngestResult:
    """Store every file under ``paths``; one bad file is logged and recorded, the rest go on."""
    result = IngestResult()
    for path in iter_files(paths):
        doc = document_from_file(path, source)
        doc_id, status = save_document(db, doc)
        result.counts[status] += 1
        result.document_ids.append(doc_id)
        if doc.error:
            log.error("%s: %s", path, doc.error)
            result.errors.append({"url": doc.url, "error": doc.error})
    return result
