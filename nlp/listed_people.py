"""Stage (a), people named in one list: "A, B and Dr C will join the board as non-executive directors" (a
plural title goes to each), "A and B, the chair and chief executive respectively" (each title to the name in
its place). The names are read from the words between them, not the parse, which often breaks a run of names.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.vocab import CONTINUE_VERBS, HONORIFICS
from spacy.tokens import Span, Token

PAIRING_VERBS = {"be", "become", "appoint", "name", "confirm", "serve", "act", "will"} | CONTINUE_VERBS


class ListedPeopleMixin:
    def _plural_title_holders(self, role: Span, person: Span) -> list[Span]:
        """The others a plural title names with ``person``: "non-executive directors A and B resigned"."""
        after = self.doc[role.end] if role.end < len(self.doc) else role[-1]
        if not (plural_noun(role.root) or plural_noun(after) and after.lemma_.lower() in role.label_.split()):
            return []  # "Non-executive" + "directors": the title may stop before its plural noun; "director of
            # human resources" is one director (its last word is plural, its head is not)
        return self._listed_with(person)

    def _respective_holder(self, sent: Span, role: Span, person: Span) -> Span:
        """ "A and B, the chair and chief executive respectively", "A and B will be interim chief executive and
        medical director": the title's place in its list is the place of its holder in the list of names."""
        titles = self._titles_listed_with(role, sent)
        people = sorted([person, *self._listed_with(person)], key=lambda p: p.start)
        if len(titles) != len(people) or len(people) < 2:
            return person
        if (
            "respectively" not in self._span_text(sent).lower()
            and (
                len({t.label_ for t in titles}) < len(titles)  # "A and B, non-executive directors": one post
                or not people[-1].end
                <= titles[0].start  # names first, titles after: "A and B will be R1 and R2"
                or any(  # not "A and B met the chair and chief executive": their own posts, after be/appoint only
                    t.pos_ in {"VERB", "AUX"} and t.lemma_ not in PAIRING_VERBS
                    for t in self.doc[people[-1].end : titles[0].start]
                )
            )
        ):
            return person
        return people[titles.index(role)]

    def _titles_listed_with(self, role: Span, sent: Span) -> list[Span]:
        """The titles in one list with ``role`` ("the Chair and Chief Executive"), in text order."""
        in_sent = sorted(
            (r for r in self.role_spans if sent.start <= r.start < sent.end), key=lambda r: r.start
        )
        at = in_sent.index(role)
        first = last = at
        while first > 0 and self._joined(in_sent[first - 1], in_sent[first]):
            first -= 1
        while last + 1 < len(in_sent) and self._joined(in_sent[last], in_sent[last + 1]):
            last += 1
        return in_sent[first : last + 1]

    def _joined(self, left: Span, right: Span) -> bool:
        between = [t.lower_ for t in self.doc[left.end : right.start]]
        return 0 < len(between) <= 2 and set(between) <= {",", "and", "&", "the"}

    def _listed_with(self, person: Span) -> list[Span]:
        """The other people in the list ``person`` stands in ("A, B and Dr C"), read from the words between
        the names, not the parse, which often breaks a run of names."""
        listed = []
        for step in (-1, 1):
            at = person.start - 1 if step < 0 else person.end
            while 0 <= at < len(self.doc):
                gap = at
                while 0 <= gap < len(self.doc) and _list_gap(self.doc[gap]):
                    gap += step
                if gap == at or not (0 <= gap < len(self.doc)) or gap not in self.person_at:
                    break
                other = self.person_at[gap]
                if other.kb_id_ != person.kb_id_:
                    listed.append(other)
                at = other.start - 1 if step < 0 else other.end
        return listed


def plural_noun(token: Token) -> bool:
    """A plural noun, common or proper ("directors", "Directors")."""
    return token.tag_ in {"NNS", "NNPS"}


def _list_gap(token: Token) -> bool:
    """A word that may stand between two names of one list: a comma, "and", an honorific."""
    return token.text in {",", "and", "&"} or token.text.rstrip(".").lower() in HONORIFICS
