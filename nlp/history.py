"""Stage (c), classification: career history, a post held before the news ("previously", "before joining", "was
appointed in 2015" in a page of 2022).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import HISTORY_WORDS, RECENT_EARLIER, YEARS_BEFORE, served_since
from nhs_leaders.nlp.dates import find_dates
from nhs_leaders.nlp.event_dates import own_clause_text
from spacy.tokens import Span, Token


class HistoryMixin:
    """Whether a post in a sentence is past career rather than news or a post held now."""

    def _history_sentence(self, sent: Span, role: Span, verb: Token | None) -> bool:
        """Career history: "previously", "before joining", "in 2009 she became", "was appointed in 2015"."""
        window = " ".join(  # "appointed former nurse X as its interim chief executive": her past, not the post's
            "_"
            if t.lower_ == "former" and t.i + 1 not in self.role_at and verb is not None and verb.i < t.i
            else t.text
            for t in self.doc[max(sent.start, role.start - 8) : role.end]
        )
        if any(not served_since(m, sent.text) for m in HISTORY_WORDS.finditer(window)):
            return True
        recent = bool(RECENT_EARLIER.search(self._span_text(sent)))  # "Earlier this month, X took over as"
        if verb is not None and any(
            c.lower_ in {"previously", "formerly", "once"} or c.lower_ == "earlier" and not recent
            for c in verb.children
        ):
            return True
        opening = re.match(
            r"\s*(previously|before|prior to|earlier|formerly|until)\b", self._span_text(sent), re.I
        )
        if (
            verb is not None
            and verb.tag_ == "VBD"
            and opening
            and not (recent and opening[1].lower() == "earlier")
        ):
            return True
        if (
            verb is not None
            and verb.tag_ == "VB"
            and verb.dep_ in {"xcomp", "advcl"}
            and verb.head.tag_ == "VBD"
            and any(c.lower_ == "to" for c in verb.children)
        ):
            # "returned to Bucks in 2013 to become the trust's deputy COO": the tense and date of the past verb
            head, dated = verb.head, own_clause_text(verb.head, descriptions=False)
            return not self._recently_dated(sent, head, False) and self._years_ago(sent, 1, None, dated)
        past_participle = (
            verb is not None
            and verb.tag_ == "VBN"
            and any(c.lower_ in {"had", "was", "were"} for c in verb.children)
        )  # "had been", "was appointed"
        if (
            verb is None
            or verb.tag_ != "VBD"
            and not past_participle
            or self._recently_dated(sent, verb, descriptions=False)
        ):
            return False  # "was formally appointed in September 2021" in a report of June 2022: news
        return self._years_ago(sent, 1, {"in", "since", ""}) or bool(
            YEARS_BEFORE.search(self._span_text(sent))
        )

    def _years_ago(
        self,
        sent: Span,
        years: int,
        prepositions: set[str] | None = None,
        text: str | None = None,
        not_after: frozenset[str] = frozenset(),
    ) -> bool:
        """The sentence (or ``text``) states a year at least ``years`` before the document's (after one of
        ``prepositions``, when given: "in 2013", "since 2009"; never after one of ``not_after``)."""
        now = self.reference_year
        return bool(now) and any(
            m.year
            and m.year <= now - years
            and (prepositions is None or m.preposition in prepositions)
            and m.preposition not in not_after
            for m in find_dates(self._span_text(sent) if text is None else text)
        )

    @property
    def reference_year(self) -> int | None:
        """The year the document speaks from: its date, else the latest year it mentions (an undated page
        about a 2014 appointment that recalls 1991 and 2004 is written in 2014, not today)."""
        if self.published:
            return self.published.year
        if not hasattr(self, "_latest_year"):
            years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", self.text)]
            self._latest_year = max(years) if years else None
        return self._latest_year
