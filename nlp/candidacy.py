"""Stage (c), classification: a post someone is only a candidate for ("tipped to become", "in the running
for", "applied to become", "shortlisted for", "turned down the post of") is neither taken nor held.

The phrasings are ``CANDIDACY`` trigger patterns in ``nlp/data/triggers.jsonl``; this module says which title
such a phrase governs: one after it in the same clause (no finite verb, comma or dash between), so "X, who
was tipped for the top job, was appointed chief executive" keeps its appointment."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

CANDIDACY_REACH = 12  # tokens from the phrase to the title: "applied to become the next chief executive of"
CLAUSE_BREAKS = {",", ";", "–", "—", "-", ":", "(", "but"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def candidacy_covers(triggers: Iterable[Span], role: Span) -> bool:
    """A candidacy phrase of the sentence governs this title: the post is sought, not taken."""
    return any(t.label_ == "CANDIDACY" and _reaches(t, role) for t in triggers)


def _reaches(trigger: Span, role: Span) -> bool:
    if not 0 <= role.start - trigger.end <= CANDIDACY_REACH:
        return False
    between = trigger.doc[trigger.end : role.start]
    return not any(t.text in CLAUSE_BREAKS or t.tag_ in FINITE_TAGS for t in between)
