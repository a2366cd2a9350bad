"""Extract stage over the database: pending documents → `nlp.pipe` in batches → events, one transaction each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils
from nhs_leaders.nlp.pipeline import EXTRACTOR_VERSION, extract_events
from nhs_leaders.store.documents import pending_documents
from nhs_leaders.store.events import replace_document_events
from spacy.language import Language

log = logging.getLogger(__name__)


@dataclass
class ExtractResult:
    documents: int = 0
    events: int = 0
    document_ids: list[int] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def _rows(db: sqlite_utils.Database, ids: list[int]):
    for doc_id in ids:
        row = db.execute(
            "SELECT text, published, organisation_ods, title FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        yield doc_id, row


def extract_pending(
    db: sqlite_utils.Database,
    nlp: Language,
    reprocess: bool = False,
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
) -> ExtractResult:
    """Run the NLP stage over documents the current extractor has not seen (all with ``reprocess``)."""
    ids = pending_documents(db, EXTRACTOR_VERSION, reprocess)
    result = ExtractResult()
    for start in range(0, len(ids), batch_size):
        batch = list(_rows(db, ids[start : start + batch_size]))
        items = [tuple(row) for _, row in batch]
        for (doc_id, _), extraction in zip(batch, extract_events(nlp, items, batch_size=batch_size)):
            try:
                result.events += replace_document_events(
                    db,
                    doc_id,
                    [e.to_dict() for e in extraction.events],
                    EXTRACTOR_VERSION,
                    [vars(m) for m in extraction.organisations],
                )
                result.documents += 1
                result.document_ids.append(doc_id)
            except Exception as exc:  # one bad document must not stop the run
                log.exception("document %s: events not written", doc_id)
                result.errors.append({"document_id": doc_id, "error": f"{type(exc).__name__}: {exc}"})
            if progress:
                progress(1)
    return result
