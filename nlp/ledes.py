"""News ledes that leave the leader unnamed: "The chief executive of A will leave his post later this year to
move to a trust in Essex. X is to be B's chief executive ..." and "A long-serving health service boss has
announced that he plans to retire. X, 69, chairs A ...": the first person the story then names, as the
subject of one of the next two sentences, is the one leaving (unless appointed to the post there: "... has confirmed who
will succeed him. X will become the Trust's Medical Director") (the way news is written: the change first, the name next).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from itertools import islice

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event, government_titled
from nhs_leaders.nlp.headlines import LEAVING_HEADLINE
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.sentences import line_opens_with, line_text
from nhs_leaders.nlp.unnamed import stands_in
from spacy.tokens import Span, Token

BOSS_NOUNS = {"boss", "chief", "head", "leader"}  # "hospital boss", "health chief": a leader left unnamed
LEDE_SENTENCES = 3


class LedesMixin:
    def _first_named_leavers(self, events: list[Event]) -> list[Event]:
        """The leaver of an unnamed lede departure is the first person named after it (see module doc)."""
        out: list[Event] = []
        for lede in self._lede_sentences:
            for noun, verb, role in self._unnamed_leavers(lede):
                person, sent = self._named_next(lede, noun)
                if person is not None:
                    person = self._replaced_one(person) or person  # "X has replaced Y": Y left
                if person is None or any(
                    e.person == person.kb_id_ and e.event == DEPART for e in events + out
                ):
                    continue
                if self._other_kind_of_title(person, sent):
                    continue  # "Unison branch secretary X said", "X, a patient campaigner, said": not the leaver
                post = self._lede_post(lede, role, verb, person, sent, events)
                if post is not None and not _left_already(events + out, post):
                    date_value, precision = self._date(lede, noun, DEPART, verb)
                    out.append(replace(post, event=DEPART, date=date_value, date_precision=precision))
        return out

    def _first_named_arrivals(self, events: list[Event]) -> list[Event]:
        """ "The new chief executive of A has set out her priorities. In her first interview, Dr X said ...": the
        new holder a lede leaves unnamed is the first person named next (a profile of someone just in post)."""
        out: list[Event] = []
        for lede in self._lede_sentences:
            for role, verb in self._unnamed_arrivals(lede):
                person, sent = self._named_next(lede)
                if person is None or any(e.person == person.kb_id_ and e.event != HOLD for e in events + out):
                    continue
                if self._titled_otherwise(person, sent, role, events):
                    continue  # "Chair Michael X said", "Unison branch secretary Carol Y said": someone else
                theirs = [e for e in events if e.person == person.kb_id_]
                org = self._lede_body(lede, role, verb, theirs)
                if org is not None:
                    interim = bool(qualifiers(role) & {"interim", "acting"})
                    info = self.doc._.nhs_people.get(person.kb_id_)
                    out.append(
                        self._post_event(
                            person.kb_id_, role, org, APPOINT, lede, interim, (None, None), 0.6, None, info
                        )
                    )
        return out

    @cached_property
    def _lede_sentences(self) -> list[Span]:
        """The story's first sentences, and, when those are all page furniture ("Skip to main content", headline
        and date lines), its first sentences of prose."""
        first = self.sents[:LEDE_SENTENCES]
        ends = (".", '."', ".\u201d")
        prose = list(islice((s for s in self.sents if s.text.rstrip().endswith(ends)), LEDE_SENTENCES))
        return first + (prose if prose and prose[0].start >= first[-1].end else [])

    def _unnamed_arrivals(self, lede: Span) -> list[tuple[Span, Token]]:
        """(title, verb) for a "new" title that is a lede's subject, no one named in the lede, and no change of
        the title's own stated ("The new chair of A has pledged to ..."; not "The new chair will be X")."""
        if any(lede.start <= p.start < lede.end for p in self.people_spans):
            return []
        found = []
        for role in (r for r in self.role_spans if lede.start <= r.start < lede.end):
            verb = role.root.head
            if (
                role.root.dep_ in {"nsubj", "nsubjpass"}
                and "new" in qualifiers(role)
                and verb.pos_ in {"VERB", "AUX"}
                and self._verb_class(verb, role, role) != DEPART
            ):
                found.append((role, verb))
        return found

    def _titled_otherwise(self, person: Span, sent: Span, role: Span, events: list[Event]) -> bool:
        """The person named next is given another post in their sentence, or a title of another kind."""
        return self._other_kind_of_title(person, sent) or _other_post_there(events, person, sent, role.label_)

    def _other_kind_of_title(self, person: Span, sent: Span) -> bool:
        """A common noun that is no board title stands right before the name or beside it ("branch secretary
        X", "health spokesman X", "X, a patient campaigner,"): someone commenting, not the lede's leader."""
        before = self.doc[person.start - 1] if person.start > sent.start else None
        if before is not None and before.pos_ == "NOUN" and before.i not in self.role_at:
            return True
        return any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in self.role_at for c in person.root.children
        )

    def _lede_body(self, lede: Span, role: Span, verb: Token, theirs: list[Event]) -> tuple | None:
        """The organisation of the lede's post: the one the lede states, else the one the person is said to hold
        the title at, else (a lede that describes the body without naming it: "of Scotland's biggest health
        board") the one the story is about."""
        stated = [o for o in self._organisations(lede, role, verb) if o[2] >= 0.8]
        if len(stated) == 1:
            return stated[0]
        held = {(e.org_key, e.organisation) for e in theirs if e.role == role.label_ and e.event == HOLD}
        if len(held) == 1:
            return (*held.pop(), 0.8)
        named = any(lede.start <= o.start < lede.end for o in self.org_spans)
        return None if named else self._main_body()

    def _unnamed_leavers(self, lede: Span) -> list[tuple[Span, Token, Span | None]]:
        """(the noun, its verb, its title or None) for each unnamed subject the lede says leaves."""
        found = []
        for token in lede:
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.i in self.person_at:
                continue
            role = next((r for r in self.role_spans if r.start <= token.i < r.end), None)
            if role is None and token.lower_ not in BOSS_NOUNS:
                continue
            noun = role or Span(self.doc, token.i, token.i + 1)
            if self._verb_class(token.head, noun, noun) == DEPART:
                found.append((noun, token.head, role))
        return found

    def _named_next(self, lede: Span, leaving: Span | None = None) -> tuple[Span | None, Span | None]:
        """The first person named after the lede, if a subject in the next two sentences, and named before it
        only where ``_named_in_heading`` allows (for the ``leaving`` title's holder)."""
        earlier = [  # a caption under a picture or a byline ("By Jane Reporter") names no one in the story
            p
            for p in self.people_spans
            if p.start < lede.end and not line_opens_with(CAPTION, self.text, p.start_char)
        ]
        for sent in [s for s in self.sents if s.start >= lede.end][:2]:
            people = [p for p in self.people_spans if sent.start <= p.start < sent.end]
            # a standfirst printed above the story and again as the sentence that names the leaver is no
            # naming before the lede, nor a headline that says the leaver leaves; any other is
            if earlier and (not people or not self._named_in_heading(earlier, people[0], sent, leaving)):
                return None, None
            # "The chair of A has resigned. Health Secretary X has appointed Y": a minister is not the leaver
            if people and government_titled(people[0]):
                return None, None
            if people:
                subjects = {p.kb_id_ for p in self._subjects(sent)}
                return (people[0], sent) if people[0].kb_id_ in subjects else (None, None)
        return None, None

    def _named_in_heading(self, earlier: list[Span], person: Span, sent: Span, leaving: Span | None) -> bool:
        """Every name before the lede is the standfirst that ``sent`` repeats, or ``person`` in a headline that
        says they leave the lede's post: the name, then the leaving words, on a line with the title ("NHS
        Digital boss X resigns", "X to leave A chief executive role"; not "Chair X confirms chief executive
        leaving", "Dr X quits BMA council")."""
        lines = {line_text(self.text, p.start_char) for p in earlier}
        if lines == {line_text(self.text, sent.start_char)}:
            return True
        if leaving is None or {p.kb_id_ for p in earlier} != {person.kb_id_}:
            return False
        return all(self._leaves_in_headline(p, leaving) for p in earlier)

    def _leaves_in_headline(self, person: Span, leaving: Span) -> bool:
        """The person's line goes on straight from the name to leaving words, and names the title left."""
        line = line_text(self.text, person.start_char).lower()
        end = self.text.find("\n", person.end_char)
        rest = self.text[person.end_char : end if end >= 0 else len(self.text)]
        titles = {leaving.text.lower(), leaving.label_.lower(), *BOSS_NOUNS} - {""}
        return bool(LEAVING_HEADLINE.match(rest.strip())) and any(
            re.search(rf"\b{re.escape(t)}\b", line) for t in titles
        )

    def _lede_post(
        self, lede: Span, role: Span | None, verb: Token, person: Span, sent: Span, events: list[Event]
    ) -> Event | None:
        """The post left: the lede's title at the one organisation it states (when the person is introduced
        with no other title), or, for a "boss", the one post the document says the person holds."""
        theirs = [e for e in events if e.person == person.kb_id_]
        if role is None:
            held = {(e.role, e.org_key or e.organisation): e for e in theirs if e.event == HOLD}
            post = next(iter(held.values())) if len(held) == 1 else None
            if post is None or _appointed_to(theirs, post.role, post.org_key or post.organisation):
                return None
            return post
        if _other_post_there(theirs, person, sent, role.label_):
            return None  # "X, chair of A, said": introduced with another post
        org = self._lede_body(lede, role, verb, theirs)
        if org is None or _appointed_to(theirs, role.label_, org[0] or org[1]):
            return (
                None  # "... has confirmed who will succeed him. X will become the Trust's Medical Director"
            )
        if any(stands_in(e, role) for e in theirs):
            return None  # "... X is now the acting chief executive": the stand-in
        info = self.doc._.nhs_people.get(person.kb_id_)
        return self._post_event(person.kb_id_, role, org, DEPART, lede, False, (None, None), 0.6, None, info)


def _other_post_there(events: list[Event], person: Span, sent: Span, role: str) -> bool:
    """The sentence that introduces the person gives them a post other than ``role``."""
    return any(
        e.person == person.kb_id_ and e.sentence_start == sent.start_char and e.role != role for e in events
    )


def _left_already(events: list[Event], post: Event) -> bool:
    """The story names who left this very post ("Chief executive of A quits ... chief executive X has left A"):
    the lede's leaver is that person, not whoever the page names next."""
    return _changed(events, DEPART, post.role, post.org_key or post.organisation)


def _appointed_to(events: list[Event], role: str, org: str) -> bool:
    """The person is read as appointed to this very post (the successor the lede announces, not the leaver)."""
    return _changed(events, APPOINT, role, org)


def _changed(events: list[Event], kind: str, role: str, org: str) -> bool:
    """Some event already reads this change of kind ``kind`` to ``role`` at ``org``."""
    return any(e.event == kind and e.role == role and (e.org_key or e.organisation) == org for e in events)


# a news page's picture caption ("Image copyright X Image caption Jo Bloggs took up the post in May") or byline ("By
# Jane Reporter", "Written by Jane Reporter on 16 November 2016"): not the story
CAPTION = re.compile(
    r"\s*((?i:image copyright|image caption|picture:|photo:)|(?i:(written |posted |words )?by)\s+[A-Z][a-z])"
)
