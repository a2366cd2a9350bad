"""Counted posts named next: "Four non-executive directors have quit the trust. They are A, B, C and D.",
"A, B, C and D have jointly offered their resignations", "Two new non-executive directors have been appointed.
/ A is a retired accountant ... / B spent twenty years ...". A change stated of a number of unnamed holders
goes to exactly that many people named next: a list of names making up the next sentence's subject or
complement, or as many people each introduced as a sentence's subject. Any other count gives nothing.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.candidates import SPEECH_VERBS
from nhs_leaders.nlp.cues import APPOINT, DEPART, Event
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
LIST_JOINS = {"", ",", "and", ", and", "&"}
HONORIFIC_WORDS = {"dr", "mr", "mrs", "ms", "miss", "professor", "prof", "sir", "dame", "cllr"}
COPULAS = {"are", "were", "is", "was"}  # "They are A, B and C"
NEXT_SENTENCES = 2  # a list names them in the next sentences; one by one, within twice their number more


class CountedPostsMixin:
    def _counted_posts_named_next(self, events: list[Event]) -> list[Event]:
        """Each of the counted holders of an unnamed change, named next (see the module docstring)."""
        out: list[Event] = []
        for first, role, org, kind, verb in self.unnamed_changes:
            count = count_before(role)
            if count is None:
                continue
            people = self._listed_next(first, count, kind) or self._introduced_one_by_one(first, count)
            org = org or self._main_body()
            if not people or org is None:
                continue
            interim = bool(qualifiers(role) & {"interim", "acting"})
            stated = self._date(first, role, kind, verb)
            for person in people:
                when = stated if stated[0] else self._own_date(person, kind)
                info = self.doc._.nhs_people.get(person.kb_id_)
                out.append(
                    self._post_event(person.kb_id_, role, org, kind, first, interim, when, 0.7, None, info)
                )
        return out

    def _own_date(self, person: Span, kind: str) -> tuple:
        """The date the person's own sentence gives their change ("A, B and C will join the board from 1 May")."""
        sent = self.sent_of[person.start]
        return self._date(sent, person, kind, self._subject_verbs.get(person.start) or person.root.head)

    def _listed_next(self, first: Span, count: int, kind: str) -> list[Span]:
        """Exactly ``count`` people named for the first time as one list ("A, Dr B, C and D") that opens
        one of the next sentences or follows its copula ("They are ..."), the sentence telling no other change
        of theirs ("... have been appointed to replace them", "... remain on the board", "... said")."""
        for sent in [s for s in self.sents if s.start >= first.end][:NEXT_SENTENCES]:
            people = [p for p in self.people_spans if sent.start <= p.start < sent.end]
            if len(people) < count or not self._first_mentions(people[:count]):
                continue
            if self._tells_otherwise(sent, people[0], kind):
                return []
            listed = people[:count]
            gaps = [self._between(a.end, b.start) for a, b in zip(listed, listed[1:])]
            lead = self._between(sent.start, listed[0].start).split()
            if all(g in LIST_JOINS for g in gaps) and (
                len(lead) <= 1 and lead[-1:] != ["and"] or lead[-1:] and lead[-1] in COPULAS
            ):
                after = self.doc[listed[-1].end].lower_ if listed[-1].end < sent.end else ""
                if after not in {",", "and", "&"}:  # the list ends with the count
                    return listed
        return []

    def _tells_otherwise(self, sent: Span, person: Span, kind: str) -> bool:
        """The list's sentence says something else of them: another change, staying on, or words they said."""
        verb = self._subject_verbs.get(person.start) or person.root.head
        if verb.lemma_ == "be":
            return False
        told = self._verb_class(verb, person, person)
        return verb.lemma_ in SPEECH_VERBS | {"remain", "stay"} or told in {APPOINT, DEPART} and told != kind

    def _introduced_one_by_one(self, first: Span, count: int) -> list[Span]:
        """``count`` people each introduced as the subject of one of the following sentences, and no more."""
        window = [s for s in self.sents if s.start >= first.end][: 2 * count + 1]
        people = []
        for sent in window:
            person = self._introduced_subject(sent)
            if person is not None and person.kb_id_ not in {p.kb_id_ for p in people}:
                people.append(person)
        return people if len(people) == count else []

    def _first_mentions(self, people: list[Span]) -> bool:
        """None of the people was named before."""
        return not any(p.kb_id_ == q.kb_id_ and p.start < q.start for q in people for p in self.people_spans)

    def _between(self, start: int, end: int) -> str:
        """The words between two token positions, honorifics left out, lower-cased."""
        words = [t.lower_ for t in self.doc[start:end] if t.lower_.rstrip(".") not in HONORIFIC_WORDS]
        return " ".join(words).replace(" ,", ",")


def count_before(role: Span) -> int | None:
    """The number a plural title is counted with ("four non-executive directors", "two new Non-Executive
    Directors"), within two words before it."""
    if role.root.tag_ not in {"NNS", "NNPS"} and not role.text.lower().endswith("s"):
        return None
    doc = role.doc
    for i in range(role.start - 1, max(-1, role.start - 3), -1):
        if doc[i].lower_ in COUNTS:
            return COUNTS[doc[i].lower_]
        if doc[i].lower_ not in {"new", "interim", "acting", "all", "the"}:
            return None
    return None
