"""Stand-ins named in a "with" clause: "X will leave at the end of April with deputy chair Y stepping in", "X will
become interim CEO, with Y, deputy CPO, acting up in his role". Y takes, for the interim, the post the main
clause's subject leaves (or the post "his role" names), and Y's own title is the one Y holds.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (stage (a) candidates and (c) classification)."""

from __future__ import annotations

from dataclasses import replace

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event
from nhs_leaders.nlp.departure_nouns import governing_verb
from spacy.tokens import Span, Token

# gerunds of stepping in, with the particle that makes them so ("stepping in", "acting up", "taking over")
STAND_IN = {"step": {"in", "up"}, "act": {"up"}, "take": {"over"}, "stand": {"in"}, "deputise": set()}
BARE_PREPOSITIONS = {"in", "on", "until", "for", "while", "during"}  # "in his role", "on an interim basis"


class StandInsMixin:
    def _stand_ins(self, events: list[Event]) -> list[Event]:
        """The events with each "with Y stepping in" read: Y's interim appointment to the post left, and Y's
        own title (read as the post Y was appointed to) held instead."""
        for word in self._tokens_with({"with"}):
            sent = self.sent_of.get(word.i)
            if sent is None or word.dep_ != "prep":
                continue
            found = self._stand_in(sent, word, events)
            if found is None:
                continue
            person, post = found
            events = [self._own_title_held(e, person, sent, post) for e in events]
            info = self.doc._.nhs_people.get(person.kb_id_)
            changes = {"event": APPOINT, "interim": True, "date": None, "note": None}
            events.append(self._for_person(post, person.kb_id_, sent, info, changes))
        return events

    def _stand_in(self, sent: Span, word: Token, events: list[Event]) -> tuple[Span, Event] | None:
        """(Y, the post Y stands in for) for "with Y ... <stepping in>" after a clause whose subject leaves a
        post (or moves: "in his role" is the mover's held post)."""
        person = next(
            (p for p in self.people_spans if word.i < p.start <= word.i + 6 and p.end <= sent.end), None
        )
        if person is None:
            return None
        after = self.doc[person.end : min(sent.end, person.end + 6)]
        gerund = next((t for t in after if t.tag_ == "VBG" and t.lemma_ in STAND_IN), None)
        if gerund is None or not self._stands_in(gerund):
            return None
        leaver = self._clause_subject(word)
        if leaver is None or leaver.kb_id_ == person.kb_id_:
            return None
        here = [e for e in events if e.person == leaver.kb_id_ and e.sentence_start == sent.start_char]
        own_role = any(c.lower_ in {"his", "her", "their"} for c in gerund.subtree)
        posts = [e for e in here if e.event == (HOLD if own_role else DEPART)]
        if len({(e.role, e.org_key or e.organisation) for e in posts}) != 1:
            return None
        return person, posts[0]

    @staticmethod
    def _stands_in(gerund: Token) -> bool:
        """A bare standing in: its particle, then at most "in his role", "on an interim basis", "until ...";
        not one with a post, body or task of its own ("taking over as chair of the audit committee", "taking
        over the vaccination programme", "stepping up to become chief executive of B", "taking over from Y")."""
        particles = STAND_IN[gerund.lemma_]
        if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in gerund.children):
            return False
        return all(
            c.dep_ in {"nsubj", "prt", "advmod", "punct", "cc"}
            or c.dep_ == "prep"
            and c.lower_ in BARE_PREPOSITIONS
            for c in gerund.children
        ) and not any(t.lower_ == "as" for t in gerund.subtree)  # "in her role as chief nurse": her own

    def _clause_subject(self, word: Token) -> Span | None:
        """The person who is the subject of the verb the "with" clause hangs on."""
        verb = governing_verb(word)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return None
        return next((p for p in self.people_spans if p.start <= subject.i < p.end), None) or next(
            (self.person_at[c.i] for c in subject.subtree if c.dep_ == "appos" and c.i in self.person_at),
            None,
        )

    @staticmethod
    def _own_title_held(event: Event, person: Span, sent: Span, post: Event) -> Event:
        """Y's own title ("deputy chair Y stepping in") read as an appointment is the post Y holds."""
        if (
            event.person == person.kb_id_
            and event.event == APPOINT
            and event.sentence_start == sent.start_char
            and event.role != post.role
        ):
            return replace(event, event=HOLD, interim=False, date=None)
        return event
