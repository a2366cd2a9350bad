"""`nhs_triggers` component: phrasings that say a change happened (or that a post is history), as data.

Patterns live in ``nlp/data/triggers.jsonl`` (spaCy ``Matcher`` token patterns, one per line, each with a
label and a note saying what it covers): DEPART ("her decision to step down", "is leaving", "the passing
of"), APPOINT ("has been announced as the new", "pleased to welcome X as"), HISTORY ("has held several
positions including", "before being appointed") and CANDIDACY ("tipped to become", "applied for the post of").
Output: ``doc.spans[spans_key]`` with the label on each span. The classification stage reads them; the
patterns can be extended without touching code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import nhs_leaders.nlp.extensions  # noqa: F401  (registers the Doc extensions)
from nhs_leaders.nlp.anchored_matcher import AnchoredMatcher
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

LABELS = ("APPOINT", "DEPART", "HISTORY", "CANDIDACY")


@cache
def trigger_patterns() -> tuple[dict, ...]:
    """The packaged trigger patterns: dicts with label, note and pattern."""
    text = resources.files("nhs_leaders.nlp.data").joinpath("triggers.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@Language.factory("nhs_triggers", default_config={"spans_key": "nhs_triggers"})
def make_triggers(nlp: Language, name: str, spans_key: str) -> TriggerMatcher:
    return TriggerMatcher(nlp, spans_key)


class TriggerMatcher:
    """Marks trigger phrasings with a ``Matcher`` built from the packaged patterns."""

    def __init__(self, nlp: Language, spans_key: str = "nhs_triggers") -> None:
        self.spans_key = spans_key
        self.matcher = AnchoredMatcher(nlp.vocab, [(e["label"], e["pattern"]) for e in trigger_patterns()])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=label) for label, start, end in self.matcher(doc)]
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc
