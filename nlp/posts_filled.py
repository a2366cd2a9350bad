"""Stage (a), "appointed X to the role / the position / the post": the post a sentence names before it.

"Following the interview process to recruit a permanent chief executive, we have appointed X to the position";
"Following the decision of Y to step down as chairman, Monitor proposes to appoint X to the role on an interim
basis". The appointee is the verb's object and the post is the title the same sentence named first: a title no one
holds gives X as its holder (:meth:`_appointed_to_the_title`); a post the sentence reports someone leaving is
copied to X (:meth:`_appointed_to_the_post`).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, DEPART, POST_WORDS, Event
from spacy.tokens import Span, Token

FILLING_VERBS = {"appoint", "name", "select"}
# verbs above "to appoint" that say the appointment was not made: "declined / hopes / is considering whether to"
NOT_MADE = {
    "decline",
    "refuse",
    "hope",
    "consider",
    "want",
    "wish",
    "seek",
    "try",
    "aim",
    "intend",
    "plan",
    "fail",
}
POST_DETERMINERS = {"the", "this", "that"}
INTERIM_WORDS = re.compile(r"\b(interim|acting|temporary|temporarily)\b", re.I)


class PostsFilledMixin:
    def _filling_verb(self, sent: Span, after: int) -> tuple[Span, Token] | None:
        """The first "appoint X to the role/position/post" after token ``after``: (X, the verb)."""
        for verb in sent:
            if verb.i <= after or verb.lemma_ not in FILLING_VERBS or self._negated(verb) or _not_made(verb):
                continue
            person = next((c for c in verb.children if c.dep_ == "dobj" and c.i in self.person_at), None)
            if person is not None and self._post_word(verb) is not None:
                return self.person_at[person.i], verb
        return None

    def _post_word(self, verb: Token) -> Token | None:
        """ "to the position", "to the role", "to this post" hung on the verb or its object."""
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "to"):
            if prep.head.i != verb.i and prep.head.head.i != verb.i:
                continue
            word = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in POST_WORDS), None)
            if (
                word is not None
                and any(c.lower_ in POST_DETERMINERS for c in word.children)
                and not any(c.dep_ == "prep" and c.lower_ in {"of", "as"} for c in word.children)
            ):  # not "to the role of company secretary": that names its own title
                return word
        return None

    def _appointed_to_the_title(self, sent: Span, role: Span) -> tuple[Span, str, Token] | None:
        """The holder of a title no one else holds, where the sentence goes on "appointed X to the position"
        with no other title between."""
        found = self._filling_verb(sent, role.end - 1)
        if found is None:
            return None
        person, verb = found
        if any(role.end <= r.start < verb.i for r in self.role_spans):
            return None  # a later title is the one the position refers to
        if _in_a_subject(role, verb):
            return None  # "The chief executive of A has appointed X to the post": the appointer's title
        return person, "object", verb

    def _appointed_to_the_post(self, events: list[Event]) -> list[Event]:
        """The post a sentence reports someone leaving, given to the person it goes on to appoint "to the
        role"."""
        out: list[Event] = []
        for sent in self.sents:
            found = self._filling_verb(sent, sent.start - 1)
            if found is None:
                continue
            person, verb = found
            left = [
                e
                for e in events
                if e.sentence_start == sent.start_char and e.event == DEPART and e.start < verb.idx
            ]
            if not left or any(e.person == person.kb_id_ and e.event == APPOINT for e in events + out):
                continue
            word = self._post_word(verb)
            own = [
                t
                for t in verb.subtree
                if t.ent_type_ == "DATE" and t.i > verb.i and t.i not in {u.i for u in person.root.subtree}
            ]  # a date of the appointing clause itself: not "after Y's retirement in March"
            date_value, precision = self._date(sent, person, APPOINT, verb) if own else (None, None)
            interim = bool(
                INTERIM_WORDS.search(self.text[word.idx : sent.end_char])
            )  # not "X, who was interim ..."
            changes = {
                "event": APPOINT,
                "interim": interim,
                "date": date_value,
                "date_precision": precision,
                "note": None,
                "confidence": round(left[-1].confidence * 0.8, 2),
            }
            info = self.doc._.nhs_people.get(person.kb_id_)
            out.append(self._for_person(left[-1], person.kb_id_, sent, info, changes))
        return out


def _not_made(verb: Token) -> bool:
    """ "declined to appoint", "hopes to appoint", "is considering whether to appoint": not done (the
    parser may make "hopes" a noun, so the words just before count too)."""
    before = verb.doc[max(0, verb.i - 2) : verb.i]
    return (
        any(_said_as(a) & NOT_MADE for a in verb.ancestors)
        or any(c.lower_ == "whether" for c in verb.children)
        or len(before) == 2
        and before[1].lower_ == "to"
        and bool(_said_as(before[0]) & NOT_MADE)
    )


def _said_as(word: Token) -> set[str]:
    """A verb's lemma and its plain form ("hopes" -> "hope": the lemmatiser gives "hop")."""
    return {word.lemma_.lower(), word.lower_.rstrip("sd"), word.lower_[:-1]}


def _in_a_subject(role: Span, verb: Token) -> bool:
    """The title is (in) the subject of the appointing verb or of a verb above it: the appointer's own."""
    for head in (verb, *verb.ancestors):
        for subject in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.left_edge.i <= role.root.i <= subject.right_edge.i:
                return True
    return False
