"""Texts in, JSON-ready event records out (the `annotate` command and `evaluate` use this)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from nhs_leaders.nlp.pipeline import extract_events
from spacy.language import Language


def event_record(doc_id: str, ev) -> dict:
    """The public JSON shape of one event."""
    return {
        "doc": doc_id,
        "person": ev.person,
        "role": ev.role,
        "organisation": ev.organisation,
        "ods_code": ev.ods_code,
        "event": ev.event,
        "interim": ev.interim,
        "date": ev.date,
        "evidence": ev.evidence,
        "start": ev.start,
        "end": ev.end,
        "confidence": ev.confidence,
    }


def annotate(nlp: Language, items: Iterable[tuple]) -> Iterator[dict]:
    """(doc id, text, published[, title[, publisher's ODS code]]) → event records, batched through ``nlp.pipe``."""
    items = list(items)
    contexts = (
        (item[1], item[2], item[4] if len(item) > 4 else None, item[3] if len(item) > 3 else None)
        for item in items
    )
    for (doc_id, *_), extraction in zip(items, extract_events(nlp, contexts)):
        for ev in extraction.events:
            yield event_record(doc_id, ev)
