"""People named beside a change but not changing: those it was agreed or discussed with, or who help ("X will step
down in agreement with Sir Y, Chairman of the Trust", "I have agreed with our Chair, Y, that ...", "with assistance
one day a week from chief executive Y"). Their titles beside their names are posts they hold."""

from __future__ import annotations

from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span, Token

# what a "with" names beside a change: those agreeing, discussing or helping, not those changing
COMPANY_WORDS = {
    "agreement",
    "agree",
    "discussion",
    "consultation",
    "support",
    "assistance",
    "help",
    "conjunction",
}


def alongside(person: Span, role: Span, predicate: Token | None) -> bool:
    """The person is named in a "with" phrase of agreement or help beside the change (see the module docstring),
    not the one whose post changes."""
    if predicate is None or qualifiers(role) & {"new", "outgoing"}:  # "with new chair Y", "outgoing chair Y"
        return False
    return any(_companion_path(t, predicate) for t in (person.root, role.root))


def _companion_path(token: Token, predicate: Token) -> bool:
    """Between the token and the predicate stands a "with" of agreement or help ("in agreement with",
    "agreed with", "with assistance from", "after discussions with")."""
    for _ in range(8):
        if token.i == predicate.i or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ == "with" and token.head.lemma_.lower() in COMPANY_WORDS:
            return True
        if token.lower_ == "from" and token.head.lemma_.lower() in COMPANY_WORDS:
            return True  # "with assistance ... from X"
        token = token.head
    return False
