"""Texts in, JSON-ready event records out (the `annotate` command and `evaluate` use this)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from nlp.pipeline import extract_events


def event_record(doc_id: str, ev) -> dict:
    """The public JSON shape of one event."""
    return {
        "doc": doc_id, "person": ev.person, "role": ev.role, "organisation": ev.organisation,
        "ods_code": ev.ods_code, "event": ev.event, "interim": ev.interim, "date": ev.date,
        "evidence": ev.evidence, "start": ev.start, "end": ev.end, "confidence": ev.confidence,
    }


def annotate(nlp: Language, items: Iterable[tuple[str, str, str | None]]) -> Iterator[dict]:
    """(doc id, text, published) → event records, batched through ``nlp.pipe``."""
    items = list(items)
    triples = ((text, published, None) for _, text, published in items)
    for (doc_id, _, _), extraction in zip(items, extract_events(nlp, triples)):
        for ev in extraction.events:
            yield event_record(doc_id, ev)
