"""Posts filled by a naming verb with "as": "The new chair of A has been named as X", "A has named its new chief
executive as X", "The minister named the new vice chair of the board as X". The post is the verb's subject or
object and the person follows "as" (where the copula's "The new chair will be X" has them as its attribute)."""

from __future__ import annotations

from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span

NAMING_VERBS = {"name", "confirm", "announce", "unveil", "reveal"}


def named_as(role: Span, person_at: dict[int, Span]) -> Span | None:
    """The person a naming verb gives for a new post after "as", if any."""
    verb = role.root.head
    if role.root.dep_ not in {"nsubjpass", "dobj", "oprd"} or verb.lemma_ not in NAMING_VERBS:
        return None
    if "new" not in qualifiers(role) and not any(t.lower_ == "new" for t in role):
        return None  # "the chief executive was named as one of ...": no post filled
    as_word = next((t for t in verb.subtree if t.lower_ == "as" and t.i >= role.end), None)
    person = person_at.get(as_word.i + 1) if as_word is not None else None
    if person is None or person.end < len(role.doc) and role.doc[person.end].lower_ in {"'s", "’s"}:
        return None  # "named as X's successor": X is the one leaving
    return person
