"""Stage (a)/(c) boundary, the person a sentence introduces: after a change told of an unnamed holder ("The chief
executive of A is leaving", "A has brought in an interim chief executive"), the next sentence's subject, named in full
for the first time, with no post of their own there other than one held elsewhere, is the one the change is about.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import APPOINT, CURRENT_WORDS, DEPART, government_titled
from nhs_leaders.nlp.departure_nouns import names_departure
from nhs_leaders.nlp.held_posts import reached_tokens
from nhs_leaders.nlp.orgs import org_name
from spacy.tokens import Span


class IntroducedMixin:
    def _org_joined(self, person: Span) -> tuple | None:
        """The one organisation the person's own verb reaches, outside what describes them: "Kim X takes over
        at A on 10 October" (not "Kim X, chief operating officer of B, joins ...")."""
        verb = self._subject_verbs.get(person.start) or person.root.head
        reached = reached_tokens([verb], {t.i for t in person.root.subtree})
        orgs = {(s.kb_id_ or None, org_name(s)) for s in self.org_spans if s.start in reached}
        return (*orgs.pop(), 0.9) if len(orgs) == 1 else None

    def _introduced_subject(
        self, sent: Span, org: tuple | None = None, kind: str | None = None
    ) -> Span | None:
        """The sentence's first person, when they are its subject (or, after a departure, own the subject's
        departure noun: "Jo Bloggs's departure was announced yesterday"), named in full for the first time,
        with no post stated for them in the sentence except one they currently hold (or one at an
        organisation other than ``org``, the changed post's: "Jo Bloggs, chief executive of B, will join")."""
        people = [p for p in self.people_spans if sent.start <= p.start < sent.end]
        if not people or not (people[0] in self._subjects(sent) or kind == DEPART and _departing(people[0])):
            return None
        person = people[0]
        if any(p.kb_id_ == person.kb_id_ and p.start < person.start for p in self.people_spans):
            return None
        if government_titled(person):
            return None  # "The chair of A has resigned. Health Secretary X has appointed Y": X is a minister
        # "A hospital trust has brought in an interim chief executive. X, chief executive of B, will step in at C":
        # C, where X's own arrival goes, is the post's body (not "X, chief executive of B, praised the decision by C")
        verb = self._subject_verbs.get(person.start) or person.root.head
        if org is None and kind == APPOINT and self._verb_class(verb, person, person) == APPOINT:
            org = self._org_joined(person)
        for r in self.role_spans:
            if (
                not (sent.start <= r.start < sent.end)
                or CURRENT_WORDS.search(self.doc[max(sent.start, r.start - 3) : r.start].text)
                or _where_now(r)
                or self._titled_elsewhere(r, org)
            ):
                continue
            holder = self._holder(sent, r)
            if holder is not None and holder[0].kb_id_ == person.kb_id_:
                return None  # "Jo Bloggs, the chair, said ...": someone with a post of their own
        return person

    def _titled_elsewhere(self, role: Span, org: tuple | None) -> bool:
        """The title names its own organisation ("chief executive of B") and it is not ``org``."""
        own = self._title_org(role, before=False) if org is not None else None
        return own is not None and (own.kb_id_ or own.text) != (org[0] or org[1])


def _departing(person: Span) -> bool:
    """The person owns the departure noun that is the sentence's subject: "X's departure was announced"."""
    noun = person.root.head
    return person.root.dep_ == "poss" and noun.dep_ in {"nsubj", "nsubjpass"} and names_departure(noun)


def _where_now(role: Span) -> bool:
    """The post is one the person already holds, in a clause about them: "joins from A, where she is director of
    finance", "X, who has been a non-executive director since 2020, took up the role yesterday"."""
    verb = next((a for a in role.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "relcl" or verb.lemma_ != "be":
        return False
    where = verb.tag_ in {"VBZ", "VBP"} and any(c.lower_ == "where" for c in verb.children)
    since = verb.tag_ == "VBN" and any(c.lower_ in {"has", "have"} for c in verb.children)
    return where or since
