"""Stage (a), successions told with a noun: "Her successor will be Jo Bloggs", "appointed Jo Bloggs as his
successor", "X will take over as Ms Y's interim replacement", "X will be Y's successor", "X has been
announced as the permanent successor to Y". The pair (predecessor, successor) goes to :mod:`nlp.succession`,
which gives the successor the predecessor's post.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.sought_posts import sought_successor
from spacy.tokens import Span, Token

SUCCESSOR_NOUNS = {"successor", "replacement"}
# Words between "as" and the noun: "as her interim replacement", "as the permanent successor to Y"
NOUN_MODIFIERS = {"the", "a", "an", "interim", "permanent", "eventual", "new", "acting", "temporary"}
OWNER_PREPOSITIONS = {"to", "for"}  # "the successor to Y", "a replacement for Y"
HEDGED = {"possible", "likely", "potential", "probable", "prospective"}  # "a possible successor": talk


class SuccessorNounsMixin:
    def _named_as_successor(self, sent: Span, token: Token) -> Span | None:
        """ "The trust has appointed Jo Bloggs as his successor", "X will take over as Ms Y's interim
        replacement": the person named just before the "as" of the noun."""
        i = token.i - 1
        while i > sent.start and (
            self.doc[i].lower_ in NOUN_MODIFIERS or self.doc[i].dep_ in {"poss", "case"}
        ):
            i = self.person_at[i].start - 1 if i in self.person_at else i - 1  # over "Ms Y's", "her"
        if i <= sent.start or self.doc[i].lower_ != "as":
            return None
        before = [p for p in self.people_spans if sent.start <= p.start and p.end <= i]
        return before[-1] if before and i - before[-1].end <= 3 else None

    def _successor_as_subject(self, token: Token) -> Span | None:
        """ "X will be Y's successor", "X is a replacement for Y", "X has been announced as the successor to
        Y": the subject of the copula, or of the verb the noun's "as" hangs on."""
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head
        elif token.dep_ != "attr" or verb.lemma_ != "be":
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return self.person_at.get(subject.i) if subject is not None else None

    def _successor_by_noun(self, sent: Span, token: Token) -> tuple[Span, Span] | None:
        """ "Her successor will be Jo Bloggs", "His replacement is Y", "appointed Jo Bloggs as his successor"."""
        if token.lower_ not in SUCCESSOR_NOUNS or any(c.lower_ in HEDGED for c in token.children):
            return None  # "lined up as a possible successor to Y": talk, not a succession
        if sought_successor(token):
            return None  # "The search for his replacement will start while X stays": no one named yet
        owner = next((c for c in token.children if c.dep_ == "poss"), None) or next(
            (
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS
                for g in c.children
                if g.dep_ == "pobj" and g.i in self.person_at
            ),
            None,
        )
        if owner is None:
            return None
        named = self._named_as_successor(sent, token) or self._successor_as_subject(token)
        predecessor = self._person_of(owner, named.kb_id_ if named else None)
        if predecessor is None:
            return None
        later = (p for p in self.people_spans if sent.start <= p.start < sent.end and p.start > token.i)
        successor = next((p for p in later if p.kb_id_ != predecessor.kb_id_), None) or named
        return (
            (predecessor, successor)
            if successor is not None and successor.kb_id_ != predecessor.kb_id_
            else None
        )
