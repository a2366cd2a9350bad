"""Stage (c), classification: a change named by a noun ("the retirement of X") and which of an appointee's titles is
the new post and which describes them ("deputy chief executive X, named interim chief executive").

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.classify import HOLDER_DEPS
from nhs_leaders.nlp.cues import APPOINT, CHANGE_NOUNS, POST_NOUNS
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span, Token


class AppointeesMixin:
    """Change nouns and the titles beside an appointee."""

    def _change_noun(self, role: Span, person: Span) -> str | None:
        """ "the death of its chairman, X", "the appointment of X as R", "chief nurse X's retirement": a
        change named by a noun."""
        after = self.doc[person.end : person.end + 2]
        if len(after) == 2 and after[0].text in {"'s", "’s"} and after[1].lemma_.lower() in CHANGE_NOUNS:
            return after[1].lemma_.lower()
        for start in (role.root, person.root):
            current = start
            for _ in range(4):
                if current.head.i == current.i or current.pos_ in {"VERB", "AUX"}:
                    break
                current = current.head
                if current.pos_ == "NOUN" and current.lemma_.lower() in CHANGE_NOUNS and current.i < start.i:
                    if any(c.lower_ in {"first", "previous", "earlier"} for c in current.children):
                        return None
                    return current.lemma_.lower()
        return self._list_change_noun(role)

    def _appointee_past(self, person: Span, role: Span) -> bool:
        """A relative clause in the simple past about someone the main clause appoints to another post: the
        appointee's career ("X, who retired last year as chair of A, will be interim chair of B")."""
        verb = self._verb_of(role.root)
        if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD" or person.root.dep_ not in HOLDER_DEPS:
            return False
        main = self._main_verb_of(person)
        others = [
            r for r in self.role_spans if r is not role and self.sent_of[r.start] == self.sent_of[role.start]
        ]
        return main is not None and any(
            "new" in qualifiers(r) or self._verb_class(main, person, r) == APPOINT for r in others
        )

    def _list_change_noun(self, role: Span) -> str | None:
        """ "announced the departure of four senior managers: A, director of HR; B, company secretary; ...":
        the one change noun before the colon of a semicolon list speaks of every item."""
        sent = self.sent_of[role.start]
        colon, semicolons = self._list_marks(sent)
        if colon is None or not semicolons or role.start < colon:
            return None
        nouns = [
            t for t in self.doc[sent.start : colon] if t.pos_ == "NOUN" and t.lemma_.lower() in CHANGE_NOUNS
        ]
        if len({t.lemma_.lower() for t in nouns}) != 1 or any(
            nouns[0].i < p.start < colon for p in self.people_spans
        ):  # not "Following the retirement of X, the team is: A, chief executive; ...": the noun is X's
            return None
        return nouns[0].lemma_.lower()

    def _role_after(self, sent: Span, verb: Token | None, role: Span) -> bool:
        """The verb names another post after it ("Our chief nurse, X, will become chief executive", "X,
        chief clinical officer for Y, will become clinical lead for Z"): the post before it is current."""
        if verb is not None and role.start > verb.i:  # "asked X, medical director, to step up as interim CE":
            asked = (c for c in verb.children if c.dep_ == "xcomp" and c.i >= role.end)  # the asked-for verb
            return self._role_after(sent, next(asked, None), role)
        if verb is None:
            return False
        if any(
            r is not role and r.start > verb.i and sent.start <= r.start < sent.end for r in self.role_spans
        ):
            return True
        complements = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        complements += [g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        return verb.lemma_ in {"become", "join", "take"} and any(
            c.pos_ == "NOUN" and c.lemma_.lower() in POST_NOUNS for c in complements
        )

    def _titled_appointee(self, sent: Span, verb: Token | None, role: Span, person: Span) -> bool:
        """ "has appointed vice-chairman X to take over from Y", "named deputy chief executive X as interim chief
        executive": a title before the appointee's name, with the post taken named after it, is one held."""
        if verb is None or not (verb.i < role.start < person.start):
            return False
        later = any(r.start >= person.end and sent.start <= r.start < sent.end for r in self.role_spans)
        return later or any(
            c.dep_ == "xcomp" and c.lemma_ in {"take", "succeed", "replace", "lead", "act", "serve", "cover"}
            for c in verb.children
        )

    def _described_appointee(self, sent: Span, verb: Token | None, role: Span, person: Span) -> bool:
        """A title after the appointee's name, when the new post was named before it ("a new interim chief
        executive, X, the chief executive of A"): the later title describes X."""
        if verb is None or role.start < person.end:
            return False
        head = person.root.head if person.root.dep_ == "appos" else None
        return head is not None and any(
            verb.i < r.start <= head.i < r.end <= person.start and "new" in qualifiers(r)
            for r in self.role_spans
            if sent.start <= r.start < sent.end
        )  # the name stands in apposition to the new post, not as the next item of a list
