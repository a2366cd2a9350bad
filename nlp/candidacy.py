"""Stage (c), classification: a post someone is only a candidate for ("tipped to become", "in the running
for", "applied to become", "shortlisted for", "turned down the post of") is neither taken nor held.

The phrasings are ``CANDIDACY`` trigger patterns in ``nlp/data/triggers.jsonl``; this module says which title
such a phrase governs: one after it in the same clause (no finite verb, comma or dash between), so "X, who
was tipped for the top job, was appointed chief executive" keeps its appointment."""

from __future__ import annotations

from collections.abc import Container, Iterable

from nhs_leaders.nlp.vocab import HONORIFICS
from spacy.tokens import Span

CANDIDACY_REACH = 12  # tokens from the phrase to the title: "applied to become the next chief executive of"
CLAUSE_BREAKS = {",", ";", "–", "—", "-", ":", "(", "but"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def candidacy_covers(triggers: Iterable[Span], role: Span, person_tokens: Container[int]) -> bool:
    """A candidacy phrase of the sentence governs this title: the post is sought, not taken (by whoever is the
    candidate). Not a title written before its own holder's name ("Nurses applied to join the team led by
    chief executive X"): that one describes X."""
    return not _names_holder(role, person_tokens) and any(
        t.label_ == "CANDIDACY" and _reaches(t, role) for t in triggers
    )


def _names_holder(role: Span, person_tokens: Container[int]) -> bool:
    """A name (after an honorific) follows the title straight away: "chief executive Dr Ken Wong" (``person_tokens``:
    the positions of every named person's words)."""
    doc, i = role.doc, role.end
    if i < len(doc) and doc[i].lower_.rstrip(".") in HONORIFICS:
        i += 1
    return i in person_tokens


def _reaches(trigger: Span, role: Span) -> bool:
    if not 0 <= role.start - trigger.end <= CANDIDACY_REACH:
        return False
    between = trigger.doc[trigger.end : role.start]
    return not any(t.text in CLAUSE_BREAKS or t.tag_ in FINITE_TAGS for t in between)
