"""Ingest local files and folders (``.txt``, ``.html``, ``.pdf``) into `documents`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils
from nhs_leaders.crawler.parse import ParseError, kind_for, parse_body
from nhs_leaders.crawler.register import home_ods
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
                elif kind_of(p) is None:
                    _skip(skipped, p, f"not a document type: {p.suffix or '(no extension)'}")
                else:
                    yield p
        else:
            yield path


def _skip(skipped: list[str] | None, path: Path, why: str) -> None:
    if skipped is not None:
        skipped.append(f"{display_name(str(path))} ({why})")


def own_files(db: sqlite_utils.Database) -> list[Path]:
    """The database file and its -wal, -shm, -journal, lock and log files (never ingested)."""
    row = db.conn.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return []
    main = Path(row[2])
    names = [main.name + s for s in ("", "-wal", "-shm", "-journal", ".lock")]
    logs = [p.name for p in main.parent.glob("nhs-leaders.log*")]
    return [main.parent / n for n in names + logs]


def kind_of(path: Path) -> str | None:
    """Document kind from a file's suffix: a ``?`` or ``#`` in a file name is a character, not a URL part."""
    return kind_for(display_name(path.name).replace("?", "_").replace("#", "_"))


def display_name(name: str) -> str:
    """A file name fit for SQLite and logs: bytes that are not UTF-8 shown as U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def valid_published(value: str | None, where: str = "") -> str | None:
    """``YYYY-MM-DD`` that is a real calendar date between 1900 and next year, else None (with a warning)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or not (1900 <= day.year <= date.today().year + 1):
        log.warning("%s: ignoring invalid date %r", where or "document", value)
        return None
    return day.isoformat()


def document_from_file(path: Path, source: str = "local") -> Document:
    """Read and parse one file; a failure becomes a Document carrying the error.

    The type comes from the name's suffix (a ``?`` or ``#`` in a name is just a character), names that
    are not UTF-8 are stored with U+FFFD, a ``date:`` that is no real date is dropped with a warning.
    """
    url = path.absolute().as_uri()
    name = display_name(path.name)
    kind = kind_of(path)
    try:
        if kind is None:
            raise ParseError(f"unsupported file type: {display_name(path.suffix) or '(none)'}")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ParseError(f"file too large ({size:,} bytes > {MAX_FILE_BYTES:,})")
        parsed = parse_body(path.read_bytes(), kind, url=url)
        if not (parsed.text or "").strip():
            raise ParseError("empty document: no text (after the header)")
    except (ParseError, OSError) as exc:
        return Document(url=url, text=None, source=source, title=name, error=str(exc), content_type=kind)
    except Exception as exc:  # a parser crash on one hostile file must not stop the others
        error = f"parser failed: {type(exc).__name__}: {exc}"
        return Document(url=url, text=None, source=source, title=name, error=error, content_type=kind)
    return Document(
        url=url,
        text=parsed.text,
        source=parsed.source or source,
        title=parsed.title or display_name(path.stem),
        published=valid_published(parsed.published, name),
        date_raw=parsed.date_raw,
        date_source=parsed.date_source,
        content_type=kind,
        pages=parsed.pages,
        organisation_ods=home_ods(parsed.source),  # a page saved from an NHS organisation's own site
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
            log.error("%s: %s", display_name(str(path)), doc.error)
            result.errors.append({"url": doc.url, "error": doc.error})
        if progress:
            progress(n, len(files))
    return result
