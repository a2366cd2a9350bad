"""Departures named by a pronoun's noun: "Sir X, chairman of NHS London, is said to be furious. His departure
is the first casualty of ...", "Her resignation takes effect on 30 April 2017". The person is the pronoun's
antecedent and the post the one the document says they hold.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (stage (c), classification)."""

from __future__ import annotations

from nhs_leaders.nlp.arguments import PRONOUN_GENDERS
from nhs_leaders.nlp.cues import DEPART, HOLD, Event
from nhs_leaders.nlp.departure_nouns import names_departure
from spacy.tokens import Span, Token

# the noun is its clause's subject ("His departure is ...", "Her resignation takes effect on ..."), but not
# where the clause undoes or only imagines it ("his resignation was rejected", "her departure would leave")
NOT_DONE_VERBS = {"reject", "refuse", "deny", "rule", "block", "veto", "resist", "prevent", "delay"}
IMAGINED = {"would", "could", "might", "may", "should"}


class PronounDeparturesMixin:
    def _pronoun_departures(self, events: list[Event]) -> list[Event]:
        """One departure per "his/her <departure noun>" that is its clause's subject, for the antecedent's one
        held post (or the post the noun's own clause names: "her decision to step down as chief nurse")."""
        out: list[Event] = []
        for sent in self.sents:
            for token in sent:
                noun = self._said_departure(token)
                person = self._antecedent(token) if noun is not None else None
                if person is None or self._other_leaver(person, token, events + out):
                    continue
                out += self._departure_with_own_role(sent, person, noun) or self._held_post_left(
                    sent, person, token, noun, events
                )
        return out

    def _other_leaver(self, person: Span, pronoun: Token, events: list[Event]) -> bool:
        """The pronoun may mean someone else: the antecedent is not known to be "he" or "she" as the pronoun
        says, or someone already leaves before it (the person, or another it may mean: a story's "Her
        departure is the latest ..." is its leaver's, not the chair quoted last)."""
        wanted = PRONOUN_GENDERS.get(pronoun.lower_)
        if self._gender_of(person.kb_id_) != wanted:
            return True  # the antecedent must be known to be the pronoun's ("Carwyn" could be either)
        return any(
            e.event == DEPART
            and e.sentence_start < pronoun.idx
            and (e.person == person.kb_id_ or self._gender_of(e.person) in {None, wanted})
            for e in events
        )

    @staticmethod
    def _said_departure(token: Token) -> Token | None:
        """The departure noun ``token`` ("his", "her") owns, when that noun is its clause's subject and the
        clause states it."""
        noun = token.head
        if token.dep_ != "poss" or token.lower_ not in {"his", "her"} or not names_departure(noun):
            return None
        verb = noun.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ in NOT_DONE_VERBS:
            return None
        if any(c.dep_ == "neg" or c.lower_ in IMAGINED for c in verb.children):
            return None
        return noun

    def _held_post_left(
        self, sent: Span, person: Span, pronoun: Token, noun: Token, events: list[Event]
    ) -> list[Event]:
        held = [e for e in events if e.person == person.kb_id_ and e.event == HOLD]
        if len({(e.role, e.org_key or e.organisation) for e in held}) != 1:
            return []  # none, or several: which one is left is not said
        date_value, precision = self._date(sent, self.doc[pronoun.i : pronoun.i + 1], DEPART, noun)
        changes = {
            "event": DEPART,
            "interim": False,
            "date": date_value,
            "date_precision": precision,
            "note": "death in post" if noun.lemma_.lower() in {"death", "passing"} else None,
            "confidence": round(held[0].confidence * 0.7, 2),
        }
        return [
            self._for_person(held[0], person.kb_id_, sent, self.doc._.nhs_people.get(person.kb_id_), changes)
        ]
