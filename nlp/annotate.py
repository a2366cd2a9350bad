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


def annotate(nlp: Language, items: Iterable[tuple], errors: list | None = None) -> Iterator[dict]:
    """(doc id, text, published[, title[, publisher's ODS code]]) → event records, batched through ``nlp.pipe``.
    A document the extractor fails on gives no records and goes to ``errors`` as (doc id, message); the
    others are still read (without ``errors`` the failure is raised)."""
    items = list(items)
    for (doc_id, *_), extraction in zip(items, _extractions(nlp, items, errors)):
        for ev in extraction.events if extraction is not None else ():
            yield event_record(doc_id, ev)


def _extractions(nlp: Language, items: list[tuple], errors: list | None) -> list:
    """Each item's extraction, all in one batch; when the batch fails, each item alone, so one bad document
    fails only itself."""
    try:
        return list(extract_events(nlp, [_context(item) for item in items]))
    except Exception as exc:  # noqa: BLE001  (reported per document)
        if errors is None:
            raise
        if len(items) == 1:
            errors.append((items[0][0], f"{type(exc).__name__}: {exc}"))
            return [None]
        return [out for item in items for out in _extractions(nlp, [item], errors)]


def _context(item: tuple) -> tuple:
    return item[1], item[2], item[4] if len(item) > 4 else None, item[3] if len(item) > 3 else None
