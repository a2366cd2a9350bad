"""Vacancies: "A has been without a substantive chief executive since X left": the person named after
"since" left the post that stood empty.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import CHANGE_NOUNS, DEPART, Event
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.vocab import DEPART_VERBS, LEAVE_VERBS
from spacy.tokens import Span

VACANT_BEFORE_TITLE = {"a", "an", "substantive", "permanent", "full-time", "new"}  # "without a permanent ..."


class VacanciesMixin:
    def _vacant_since(self, events: list[Event]) -> list[Event]:
        """ "A has been without a substantive chief executive since the departure of X (since X left) at the
        end of 2019": X left that post at A, on the date the clause gives."""
        out = []
        for role in self.role_spans:
            sent = self.sent_of[role.start]
            i = role.start - 1
            while i > sent.start and self.doc[i].lower_ in VACANT_BEFORE_TITLE:
                i -= 1
            if self.doc[i].lower_ != "without" or i == role.start - 1:
                continue
            since = next((t for t in self.doc[role.end : sent.end] if t.lower_ in {"since", "after"}), None)
            person = next(
                (
                    p
                    for p in self.people_spans
                    if since is not None and since.i < p.start < sent.end and _left(p)
                ),
                None,
            )
            if person is None or any(e.person == person.kb_id_ and e.event == DEPART for e in events + out):
                continue
            info = self.doc._.nhs_people.get(person.kb_id_)
            when = self._date(sent, person, DEPART, since)
            for org in self._vacant_at(role):
                out.append(
                    self._post_event(person.kb_id_, role, org, DEPART, sent, False, when, 0.7, None, info)
                )
        return out

    def _vacant_at(self, role: Span) -> list[tuple]:
        """The bodies that are without the post: the organisations the verb's subject names ("Kettering and
        Northampton have been without"), or the one "the trust" refers to."""
        verb = self._verb_of(role.root)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None:
            return []
        inside = {t.i for t in subject.subtree}
        named = [s for s in self.org_spans if s.start in inside]
        if named:
            return [(s.kb_id_ or None, org_name(s), 0.9) for s in named]
        key = self._referred_org(subject) if subject.lower_ in {"trust", "board", "ccg", "icb"} else None
        return [(key, self._name(key), 0.9)] if key else []


def _left(person: Span) -> bool:
    """The name is who left: "since the departure of X", "since X left in 2019" (not "since March, when X was
    appointed interim chief executive")."""
    root, doc = person.root, person.doc
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return CHANGE_NOUNS.get(root.head.head.lemma_.lower()) == DEPART
    # "since X resigned": the small parser may make the name "since"'s object
    if root.dep_ == "pobj" and root.head.lower_ == "since":
        return person.end < len(doc) and doc[person.end].lemma_ in DEPART_VERBS | LEAVE_VERBS
    return root.dep_ == "nsubj" and root.head.lemma_ in DEPART_VERBS | LEAVE_VERBS
