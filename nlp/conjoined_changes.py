"""People joined by "and" or commas share their sentence's change: "the departure of chief executive A earlier this
month, and medical director B in November", "welcomed A as interim director of nursing and B as interim deputy
chief executive", "all four non-executive directors – A, B, C and D – have resigned". The small
parser hangs the second name on the first one's title or on the sentence's verb, so the change reaches one of them
only; the other's title, read as a post held, is the post changing too.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (stage (c) classification)."""

from __future__ import annotations

from dataclasses import replace

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span

# what may stand between two joined names besides their titles and dates ("A as interim chief nurse and B", "A of
# X and B of Y", "A earlier this month, and B"): no verb, so no clause of the second name's own
JOINING_WORDS = {",", "and", "as", "of", "at", "from", "the", "its", "their", "our", "both", "also"}
# a title marked as changing on one name only ("new chair A and chief executive B said", "outgoing chair A",
# "incoming chief executive A"; see roles.qualifiers), or a word before it ("departing chief executive A")
OWN_CHANGE_MARKS = {"new", "designate", "former"}
OWN_CHANGE_WORDS = {"departing", "leaving", "arriving"}
CHANGES = (APPOINT, DEPART)


class ConjoinedChangesMixin:
    def _conjoined_changes(self, events: list[Event]) -> list[Event]:
        """The events with the held posts of people joined to a changing person (see the module docstring) read
        as the same change."""
        for sent in self.sents:
            for run in self._joined_runs(sent):
                events = self._shared_change(events, run, sent)
        return events

    def _joined_runs(self, sent: Span) -> list[list[Span]]:
        """Runs of two or more people in the sentence joined by "and" or commas (see JOINING_WORDS)."""
        people = sorted(
            (p for p in self.people_spans if sent.start <= p.start and p.end <= sent.end),
            key=lambda p: p.start,
        )
        runs: list[list[Span]] = []
        for person in people:
            if runs and self._joined_by_and(runs[-1][-1], person):
                runs[-1].append(person)
            else:
                runs.append([person])
        return [r for r in runs if len({p.kb_id_ for p in r}) > 1]

    def _joined_by_and(self, first: Span, second: Span) -> bool:
        """Only titles, organisations, dates and JOINING_WORDS stand between the names, with an "and" or a comma."""
        covered = {
            i
            for span in (*self.role_spans, *self.org_spans, *(e for e in self.doc.ents if e.label_ == "DATE"))
            if first.end <= span.start and span.end <= second.start
            for i in range(span.start, span.end)
        }
        words = [t for t in self.doc[first.end : second.start] if t.i not in covered]
        return any(t.lower_ in {"and", ","} for t in words) and all(
            t.lower_ in JOINING_WORDS or t.is_punct and t.text not in {"(", ")", ":", ";"} for t in words
        )

    def _shared_change(self, events: list[Event], run: list[Span], sent: Span) -> list[Event]:
        """The run's held posts read as the change the others make, when its changing people make one kind of
        change, not marked on their own titles or told by their own verbs."""
        keys = {p.kb_id_ for p in run}
        here = [e for e in events if e.person in keys and e.sentence_start == sent.start_char]
        kinds = {e.event for e in here if e.event in CHANGES}
        changing = {e.person for e in here if e.event in CHANGES}
        if (
            len(kinds) != 1
            or changing == keys
            or self._marked_own(run, changing)
            or self._own_subject(run, changing)
        ):
            return events
        (kind,) = kinds
        return [
            replace(e, event=kind, date=None, date_precision=None)
            if e in here and e.event == HOLD and e.person not in changing
            else e
            for e in events
        ]

    def _marked_own(self, run: list[Span], changing: set[str]) -> bool:
        """A changing person's title carries its own change ("new chair A", "outgoing chief executive B"), or a
        relative clause on the name does ("B, who is retiring in May,")."""
        for person in run:
            if person.kb_id_ not in changing:
                continue
            titles = [
                r for r in self.role_spans if abs(r.end - person.start) <= 1 or abs(person.end - r.start) <= 2
            ]
            if any(
                qualifiers(r) & OWN_CHANGE_MARKS
                or r.start > 0
                and self.doc[r.start - 1].lower_ in OWN_CHANGE_WORDS
                for r in titles
            ):
                return True
            if any(c.dep_ == "relcl" and c.left_edge.i <= person.end + 1 for c in person.root.children):
                return True  # "medical director Y, who is retiring in May,": the clause's change is Y's own
        return False

    @staticmethod
    def _own_subject(run: list[Span], changing: set[str]) -> bool:
        """A changing person is the subject of their own verb, and the others are not joined to them in the
        parse ("chief executive A met chair B, and medical director C announced his decision to retire")."""
        for person in (p for p in run if p.kb_id_ in changing):
            if person.root.dep_ in {"nsubj", "nsubjpass"}:
                joined = {c.i for c in person.root.conjuncts}
                if any(p.root.i not in joined for p in run if p.kb_id_ not in changing):
                    return True
        return False
