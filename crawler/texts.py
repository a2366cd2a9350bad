"""Local text files as extraction items: what `annotate`, `evaluate`, the accuracy gate and the
benchmarks feed the extractor, read the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from nhs_leaders.crawler.local import document_from_file
from nhs_leaders.crawler.register import home_ods


def text_items(paths: Iterable[Path], errors: list[tuple[Path, str]] | None = None) -> Iterator[tuple]:
    """(stem, text, published, title, publisher's ODS code) per readable file; the publisher comes from the
    `source:` URL's website (the organisation register). Unreadable files go to ``errors``."""
    for path in paths:
        doc = document_from_file(Path(path))
        if doc.error:
            if errors is not None:
                errors.append((Path(path), doc.error))
            continue
        yield Path(path).stem, doc.text, doc.published, doc.title, home_ods(doc.source)
