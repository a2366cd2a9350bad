"""Stage (b), attribution inside lists: the items of a semicolon list with its lead-in ("The four were: A, who ...; B,
who ...") and coordinated organisations ("A, B and C").

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.orgs import org_name
from spacy.tokens import Span


class ListItemsMixin:
    """Which list item, and which organisations of a list, a title stands with."""

    def _coordinated_orgs(self, sent: Span) -> list[tuple[str | None, str, float]]:
        """The longest list "A, B and C" of organisations in the sentence (for group and joint roles)."""
        best: list[tuple[str | None, str, float]] = []
        for span in (s for s in self.org_spans if sent.start <= s.start < sent.end):
            listed = self._org_list(span.start, sent)
            if len(listed) > len(best):
                best = listed
        return best

    def _same_list_item(self, org: Span, role: Span, sent: Span) -> bool:
        """In a list sentence ("The four were: A, who ...; B, who ...; and C") an organisation belongs to its own
        item or to the lead-in before the colon, never to another item."""
        colon, _ = self._list_marks(sent)
        if colon is not None and org.start < colon:
            return True
        start, end = self._list_item(sent, role.start)
        return start <= org.start < end

    def _list_lead_in(self, sent: Span, role: Span) -> Span | None:
        """The organisation named before the colon of a semicolon list that ``role`` is an item of."""
        colon, semicolons = self._list_marks(sent)
        if colon is None or role.start < colon or not semicolons:
            return None
        named = [s for s in self.org_spans if sent.start <= s.start < colon]
        return named[-1] if named else None

    def _list_item(self, sent: Span, position: int) -> tuple[int, int]:
        """Token bounds of the semicolon-separated item of ``sent`` holding ``position`` (the sentence if none)."""
        colon, semicolons = self._list_marks(sent)
        if not semicolons:
            return sent.start, sent.end
        lead_in = colon if colon is not None and colon < position else sent.start
        start = max([sent.start, lead_in] + [i for i in semicolons if i < position])
        return start, min([sent.end] + [i for i in semicolons if i > position])

    def _list_marks(self, sent: Span) -> tuple[int | None, list[int]]:
        """The sentence's first colon and its semicolons (read once per sentence: every role, organisation and
        date of a list sentence asks)."""
        marks = self._list_marks_cache.get(sent.start)
        if marks is None and not {":", ";"} & set(self._span_text(sent)):
            marks = self._list_marks_cache[sent.start] = (None, [])
        if marks is None:
            colon = next((t.i for t in sent if t.text == ":"), None)
            marks = self._list_marks_cache[sent.start] = (colon, [t.i for t in sent if t.text == ";"])
        return marks

    def _org_list(self, j: int, sent: Span) -> list[tuple[str | None, str, float]]:
        """Organisations starting at token ``j``, including coordinated lists "A, B and C"."""
        out = []
        while j < sent.end and j in self.org_at:
            span = self.org_at[j]
            out.append((span.kb_id_ or None, org_name(span), 1.0))
            j = span.end
            if j + 2 < sent.end and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3  # "Kettering General Hospital NHS Foundation Trust (KGH) and ..."
            if (
                j < sent.end
                and self.doc[j].text == ","
                and j + 1 < sent.end
                and (j + 1 in self.org_at or self.doc[j + 1].lower_ == "and")
            ):
                j += 1
            if j < sent.end and self.doc[j].lower_ in {"and", "&"} and j + 1 in self.org_at:
                j += 1
            elif (
                j < sent.end
                and self.doc[j].lower_ == "and"
                and j + 2 < sent.end
                and self.doc[j + 1].lower_ == "the"
                and j + 2 in self.org_at
            ):
                j += 2
        return out
