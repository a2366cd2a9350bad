"""Pages and relevance: which parts of a long document go through the full spaCy pipeline.

Board packs run to hundreds of pages of finance tables and narrative; only a few pages can say who
holds or changes a board post. A cheap vocabulary test picks those pages (and always the first page,
which names the organisation and the meeting). Long texts without page breaks are cut at paragraph
boundaries, so no single spaCy Doc exceeds :data:`CHUNK_CHARS` and memory stays bounded.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 20_000
ROLE_WORDS = re.compile(
    r"\b(chief (?:executive|officer|operating|financial|finance|nurse|nursing|medical|people|digital|information)|"
    r"chair(?:man|woman|person)?|vice[- ]chair|director|non-executive|company secretary|trust secretary|ceo|coo|"
    r"cfo|medical director|governors?)\b",
    re.I,
)
# Words that announce a board membership or a change of post. Kept narrow on purpose: "department",
# "second", "medium-term" and running footers must not let finance pages through.
CHANGE_WORDS = re.compile(
    r"(?im)^\s*(?:present|in attendance|apologies|attendees)\b|"
    r"\b(appoint(?:ed|s|ment)?|retir(?:e|es|ed|ing|ement)|resign(?:s|ed|ing|ation)?|leav(?:e|es|ing)\b(?! the)|"
    r"join(?:s|ed|ing)?\b|welcom\w*|interim|acting|step(?:s|ped|ping)? (?:down|up|back)|"
    r"stand(?:s|ing)? down|stood down|term of office|successor|succeed\w*|replac(?:e|es|ed|ing)\b|departure|"
    r"farewell|last meeting|first meeting|final meeting|dismiss\w*|suspend\w*|suspension|excluded|died|death|"
    r"secondment|seconded|take[sn]? (?:up|over)|took (?:up|over)|named|confirmed as|"
    r"said|says|chaired by|led by)\b",
    re.I,
)


def pages(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page (form-feed separated, as PDF extraction writes them), or of
    paragraph-aligned chunks of at most :data:`CHUNK_CHARS` when the text has no page breaks."""
    if "\f" in text:
        spans, start = [], 0
        for m in re.finditer("\f", text):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        return [piece for span in spans for piece in _bounded(text, *span)]
    return _bounded(text, 0, len(text))


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut [start, end) at paragraph (else line, else hard) boundaries into pieces of ≤ CHUNK_CHARS."""
    out = []
    while end - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        cut = text.rfind("\n\n", start, limit)
        if cut <= start:
            cut = text.rfind("\n", start, limit)
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def is_relevant(text: str) -> bool:
    """Can this page hold a board membership or appointment statement? (vocabulary test, no NLP)"""
    return bool(ROLE_WORDS.search(text) and CHANGE_WORDS.search(text))


def plan(text: str, prefilter: bool = True) -> list[tuple[int, int]]:
    """The pieces of ``text`` to run through the pipeline: the whole of a short document; the first
    page and the relevant pages of a long one (all pages with ``prefilter=False``)."""
    if len(text) <= CHUNK_CHARS and "\f" not in text:
        return [(0, len(text))]
    pieces = [p for p in pages(text) if text[p[0] : p[1]].strip()]
    if not prefilter:
        return pieces
    return [p for n, p in enumerate(pieces) if n == 0 or is_relevant(text[p[0] : p[1]])]
