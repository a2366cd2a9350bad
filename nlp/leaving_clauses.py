"""A leaving told in the person's own "who" clause: "... shared a chair in common, X, who stepped down in July".

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import DEATH_LEMMAS, DEPART, hedged
from nhs_leaders.nlp.dates import find_dates
from spacy.tokens import Span


class LeavingClausesMixin:
    def _leaves_in_own_clause(self, person: Span, role: Span) -> bool:
        """The person's own "who" clause tells a leaving of this post ("shared a chair in common, X, who stepped
        down in July"): not one naming the post it left ("who left as chair of A"), nor one dated to an earlier
        year ("who retired in 2015"), nor a death told in passing."""
        end = self._apposition_end(person, role)
        after = self.doc[end : min(len(self.doc), end + 3)]
        who = next((t for t in after if t.lower_ == "who" and t.head.dep_ == "relcl"), None)
        if who is None or who.head.head.i not in range(person.start, end):
            return False
        clause = who.head
        told = self.doc[clause.left_edge.i : clause.right_edge.i + 1]
        if any(
            told.start < r.start < told.end and self.doc[r.start - 1].lower_ == "as" for r in self.role_spans
        ):
            return False  # "who stepped down as chair of A": that post, not this one ("who left to become X": fine)
        year = self.reference_year
        if any(m.year and (year is None or m.year < year) for m in find_dates(told.text)):
            return False
        # not "who died in July" (the death readers tell it), "who did not resign", "who may leave"
        if clause.lemma_.lower() in DEATH_LEMMAS or self._negated(clause) or hedged(clause):
            return False
        return self._verb_class(clause, person, role) == DEPART

    def _apposition_end(self, person: Span, role: Span) -> int:
        """Where the person's phrase ends: after the name, or after the title set beside it and its body ("X,
        chief executive of A, who will be leaving in March": the clause is X's)."""
        if not 0 < role.start - person.end <= 2:
            return person.end
        body = self._title_org(role, before=False)
        return body.end if body is not None else role.end
