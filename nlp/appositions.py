"""Descriptions set beside a person's name ("X, a former principal of Y, as interim chair"): they say who the
person is or was, so neither the name the model finds inside them nor the bodies they name belong to the post
the sentence gives."""

from __future__ import annotations

from spacy.tokens import Span, Token


def describing(token: Token, person_at: dict[int, Span]) -> Span | None:
    """The person whose apposition holds ``token``, if any ("Boyd Robertson, a former principal of Y college")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "appos" and ancestor.head.i in person_at:
            return person_at[ancestor.head.i]
    return None


def described_person(found: Span, person_at: dict[int, Span]) -> Span:
    """The person a name stands in the description of, else the name itself: a "person" the model finds in
    "X, a former principal of Sabhal Mor Ostaig college," is part of what is said about X."""
    outer = describing(found.root, person_at)
    return outer if outer is not None and outer.end <= found.start else found


def description_tokens(sent: Span, role: Span, person_at: dict[int, Span]) -> set[int]:
    """Tokens of the appositions about people in the sentence that do not hold ``role`` itself."""
    hidden: set[int] = set()
    for token in sent:
        if token.dep_ == "appos" and token.head.i in person_at and token.i not in person_at:
            edge = range(token.left_edge.i, token.right_edge.i + 1)
            if role.start not in edge:
                hidden.update(edge)
    return hidden


def other_clause_tokens(sent: Span, role: Span) -> set[int]:
    """Tokens of the clauses joined to the sentence with a subject of their own that do not hold ``role``
    ("X retired at the end of last year and the Welsh Government said it will recruit for the post")."""
    hidden: set[int] = set()
    for token in sent:
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
                edge = range(token.left_edge.i, token.right_edge.i + 1)
                if role.start not in edge and role.root.head.i not in edge:
                    hidden.update(edge)
    return hidden
