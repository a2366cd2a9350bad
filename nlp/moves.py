"""Moves between organisations told in a "where" clause ("joins from A, where she was chief executive"): the
post left, held, or career history. Part of stage (c), classification.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import DEPART, HISTORY, HOLD
from spacy.tokens import Span

PAST_MOVES = {"joined", "moved", "came", "arrived"}  # a past move is news only without an earlier year
# "is leaving A, where she has been ...", "leaves A, where he was ...": the post in the where-clause is left
LEAVING_PLACE = re.compile(
    r"\b(leaves|leaving|is to leave|will leave|quits|quitting)\b[^,;]*,\s*where\b", re.I
)


class MovesMixin:
    def _where_was(self, sent: Span, role: Span) -> tuple[str, str | None] | None:
        """ "joins from X, where she was/has been chief executive" → departed X;
        "where she is chief executive" → holds."""
        before = self.doc[max(sent.start, role.start - 8) : role.start].text.lower()
        m = re.search(
            r"\bwhere (she|he|they|i) (was|were|had been|has been|is|are|served as|worked as)\b", before
        )
        if not m:
            return None
        moving = re.search(
            r"\b(joins?|joined|joining|moves?|moved|moving|comes|came|coming|arrives?|arrived|arriving)\b.*\bfrom\b",
            self.doc[sent.start : role.start].text,
            re.I,
        )
        if m.group(2) in {"is", "are"}:
            return (HOLD, "implied departure")
        if LEAVING_PLACE.search(self.doc[sent.start : role.start].text):
            return (DEPART, None)  # "She is leaving A, where she has been chief operating officer"
        if moving and moving.group(1).lower() in PAST_MOVES and self._year_before_now(sent, role):
            return (HISTORY, None)  # "He joined A in 2016 from B, where he had been director of strategy"
        if moving and not self._named_origin(sent, role):
            return (
                HISTORY,
                None,
            )  # "joins from a neighbouring trust, where she was ...": which one is unknown
        return (DEPART, None) if moving else (HISTORY, None)

    def _year_before_now(self, sent: Span, role: Span) -> bool:
        """The clause before the title states a year earlier than the document's (or any year, undated)."""
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", self.doc[sent.start : role.start].text)]
        return any(self.published is None or year < self.published.year for year in years)

    def _named_origin(self, sent: Span, role: Span) -> bool:
        """The "from X" before a "where she was" clause names an organisation."""
        froms = [t for t in self.doc[sent.start : role.start] if t.lower_ == "from"]
        if not froms:
            return False
        after = froms[-1].i + 1
        while after < role.start and self.doc[after].lower_ in {"the", "a", "an"}:
            after += 1
        return after in self.org_at
