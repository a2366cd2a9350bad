"""Departures named by a pronoun's noun: "Dame X, chief executive of A, thanked the staff. Her resignation
takes effect on 30 April 2017", "His resignation comes as the hospital declared a critical incident". The person
is the one the pronoun can only mean, and the post the one the document says they hold.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (stage (c), classification)."""

from __future__ import annotations

import re

from nhs_leaders.nlp.arguments import PRONOUN_GENDERS
from nhs_leaders.nlp.cues import DEPART, HOLD, Event, sole_post
from nhs_leaders.nlp.dates import find_dates
from nhs_leaders.nlp.departure_nouns import MODALS, death_note, names_departure
from spacy.tokens import Span, Token

# verbs that report the departure as a fact that dates or explains it ("takes effect on", "comes as",
# "follows", "leaves a gap"), with the noun as their active subject; not "is rumoured", "has been demanded",
# "is one of the demands", "was denied"
REPORTING_VERBS = {"come", "follow", "take", "mean", "leave", "mark", "end", "conclude"}


# "her final day as ...", "his last month with the Trust": the span of time a post ends with
LAST_WORDS = {"last", "final"}
SPAN_NOUNS = {"day", "week", "month"}
# "this is my final blog as Chief Executive", "my last leadership message as your Interim CEO": what a leader
# writes for the last time in the post (the author's farewell)
WRITING_NOUNS = {"blog", "message", "column", "letter", "update"}
# a last message for a season: no leaving
SEASON_ONLY = re.compile(
    r"\b(for (this|the) (year|week|month|term)|before the [\w ]{0,20}(break|holiday|recess))\b", re.I
)


class PronounDeparturesMixin:
    def _pronoun_departures(self, events: list[Event]) -> list[Event]:
        """One departure per "his/her <departure noun>" reported as a fact, for the one person the pronoun can
        mean: their one held post, or the post the noun's own clause names."""
        out: list[Event] = []
        for token in self._tokens_with({"his", "her"}):
            sent = self.sent_of.get(token.i)
            noun = self._said_departure(token) if sent is not None else None
            person = self._only_referent(token, sent) if noun is not None else None
            if person is None or any(e.event == DEPART and e.person == person.kb_id_ for e in events + out):
                continue
            own = self._departure_with_own_role(sent, person, noun)
            if own or any(c.dep_ == "prep" and c.lower_ in {"as", "from"} for c in noun.children):
                out += own  # "his resignation as chairman of the council": that post or none
                continue
            out += self._held_post_left(sent, person, token, noun, events)
        return out

    def _last_days(self, events: list[Event]) -> list[Event]:
        """ "Her final day as our Director of Nursing will be 5 January 2018", "Mr X's last day as chief executive
        is March 7": the post named is left that day; "his final month with the Trust will be August": the one
        post the person holds; "this is my final blog as Chief Executive": the writer's (the text's author)
        farewell. Read from the words: the small parser takes "as" for a conjunction here."""
        out: list[Event] = []
        for noun in self._tokens_with(WRITING_NOUNS, SPAN_NOUNS):
            owner = self._last_span_owner(noun)
            sent = self.sent_of.get(noun.i)
            if owner is None or sent is None or noun.idx in self.quoted:
                continue
            person = (
                self._only_referent(owner, sent)
                if owner.lower_ in {"his", "her"}
                else self.author
                if owner.lower_ == "my"
                else self.person_at.get(owner.i)
            )
            if person is None or any(e.event == DEPART and e.person == person.kb_id_ for e in events + out):
                continue
            named = [r for r in self.role_spans if noun.i + 2 <= r.start <= noun.i + 4 and r.start < sent.end]
            if noun.lower_ in WRITING_NOUNS:  # a farewell names the post it leaves, or says nothing
                if named and self._farewell(owner, named[0], sent):
                    out += self._post_left(sent, person, named[0], noun)
                continue
            left = (
                self._post_left(sent, person, named[0], noun)
                if self.doc[noun.i + 1].lower_ == "as" and named
                else []
            )
            out += left or self._held_post_left(sent, person, owner, noun, events)
        return out

    def _farewell(self, owner: Token, role: Span, sent: Span) -> bool:
        """ "This is my final blog as Chief Executive": stated ("is", "will be" just before), not denied ("not my
        final"), not a season's last ("for this year", "before the summer break"), and, for the writer, the post
        their heading or signature gives them."""
        doc = self.doc
        before = doc[max(0, owner.i - 2) : owner.i]
        if not any(t.lemma_ == "be" for t in before) or any(
            t.lower_ == "not" for t in doc[max(0, owner.i - 3) : owner.i]
        ):
            return False
        if SEASON_ONLY.search(self._span_text(sent)):
            return False
        if owner.lower_ == "my" and (self.author_role is None or self.author_role.label_ != role.label_):
            return False  # "my final message as chair of the hospice charity": not the post the writer signs
        return True

    def _last_span_owner(self, noun: Token) -> Token | None:
        """The possessor of "(her / X's) last day / final month as ... / with ...", when a copula states it; or of
        "(my / her) final (leadership) message / blog as ...", with a copula anywhere in the sentence."""
        doc, sent = self.doc, self.sent_of.get(noun.i)
        writing = noun.lower_ in WRITING_NOUNS
        if sent is None or not (noun.lemma_.lower() in SPAN_NOUNS or writing) or noun.i + 1 >= len(doc):
            return None
        last = noun.i - 2 if writing and noun.i >= 3 and doc[noun.i - 2].lower_ in LAST_WORDS else noun.i - 1
        if (
            last < 1
            or doc[last].lower_ not in LAST_WORDS
            or doc[noun.i + 1].lower_ not in {"as", "with", "at"}
            or not any(t.lemma_ == "be" for t in (sent if writing else doc[noun.i + 2 : sent.end]))
        ):
            return None
        owner = doc[last - 1]
        if owner.lower_ in {"'s", "’s"}:  # "Mr X's last day"
            return doc[last - 2] if last >= 2 and last - 2 in self.person_at else None
        return owner if owner.lower_ in {"his", "her"} or writing and owner.lower_ == "my" else None

    def _said_departure(self, token: Token) -> Token | None:
        """The departure noun ``token`` ("his", "her") owns, when the noun is the active subject of a verb
        that reports it, outside quotations, with no year before the document's in its clause (not a
        biography's "His retirement in 2012 was marked by ...")."""
        noun = token.head
        if token.dep_ != "poss" or token.lower_ not in {"his", "her"} or token.idx in self.quoted:
            return None
        verb = noun.head
        if not names_departure(noun) or noun.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
            return None
        if verb.lemma_ == "take" and not any(c.lower_ == "effect" for c in verb.children):
            return None  # "takes effect on", not "took its toll"
        if any(c.dep_ == "neg" or c.lower_ in MODALS for c in verb.children):
            return None
        clause = self.doc[min(t.i for t in verb.subtree) : max(t.i for t in verb.subtree) + 1].text
        now = self.reference_year
        return None if now and any(m.year and m.year < now for m in find_dates(clause)) else noun

    def _only_referent(self, pronoun: Token, sent: Span) -> Span | None:
        """The one person the pronoun can mean: the only one named before it in its sentence, or else in the
        last of the three sentences before that names anyone ("X has been chief executive since 2012. Her
        tenure has included ... Her resignation comes as ..."), known to be of the pronoun's gender (not "A
        praised B, the medical director. His retirement ...", where either could be meant)."""
        earlier = [s for s in self.sents if s.end <= sent.start][-3:]
        for span in (sent, *reversed(earlier)):
            end = pronoun.i if span is sent else span.end
            named = {
                s.kb_id_: s
                for s in self.people_spans
                if span.start <= s.start and s.end <= end and s.start_char not in self.quoted
            }
            if named:
                break
        if len(named) != 1:
            return None
        (person,) = named.values()
        wanted = PRONOUN_GENDERS.get(pronoun.lower_)
        return person if self._gender_of(person.kb_id_) == wanted else None

    def _held_post_left(
        self, sent: Span, person: Span, pronoun: Token, noun: Token, events: list[Event]
    ) -> list[Event]:
        date_value, precision = self._date(sent, self.doc[pronoun.i : pronoun.i + 1], DEPART, noun)
        changes = {"event": DEPART, "interim": False, "date": date_value, "date_precision": precision}
        return self._held_post_changed(sent, person, {**changes, "note": death_note(noun)}, events)

    def _held_post_changed(self, sent: Span, person: Span, changes: dict, events: list[Event]) -> list[Event]:
        """``changes`` made to the one post the document says ``person`` holds; nothing when it says none or
        several (which one changes is not said)."""
        post = sole_post([e for e in events if e.person == person.kb_id_ and e.event == HOLD])
        if post is None:
            return []
        changes = {**changes, "confidence": round(post.confidence * 0.7, 2)}
        return [
            self._for_person(post, person.kb_id_, sent, self.doc._.nhs_people.get(person.kb_id_), changes)
        ]
