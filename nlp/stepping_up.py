"""Stage (c), a title its holder keeps while stepping up: "X, the board's current vice chairman, will take over
until a permanent appointment is made", "X, the trust's deputy chief executive, will step up to take on the
role". The title set off after the name is the post X holds now (held, not taken; also when X takes over
something else: "X, the trust's chief nurse, will take over responsibility for ..."); what X takes over or
steps up to is the post last reported left in the sentences before (interim when the sentence says "until ...
permanent"). Not where the title is the post taken: "X, the trust's new COO, takes up her post on Monday".

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, POST_WORDS, Event
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import OWNER_WORDS
from spacy.tokens import Span, Token

STEP_PARTICLES = {"take": {"over", "on", "up"}, "step": {"up", "in"}}
UNTIL_PERMANENT = re.compile(
    r"\buntil\b.*\b(permanent|substantive|new)\b|\b(interim|acting|temporar\w*)\b", re.I
)
TAKING_POST = {"take", "become", "be", "act", "fill", "cover"}
NEW_WORDS = {"new", "interim", "acting", "incoming", "designate"}
RECENT_CHARS = 1500  # how far back the post left may be told
LEADERSHIP_REINS = {"rein", "reins", "helm"}  # "take the reins / the helm": take over the post
DEPUTY = re.compile(r"^(vice|deputy)[ -]")  # a title that deputises for the post its other words name


class SteppingUpMixin:
    def _titles_stepping_up(self, events: list[Event]) -> list[Event]:
        """The held title of each subject who steps up or takes over, and their appointment to the post last
        left before (see the module's docstring)."""
        for sent in self.sents:
            for person in self._subjects(sent):
                title = self._title_set_off(sent, person)
                verb = self._subject_verbs.get(person.start) or person.root.head
                if title is None or verb.lemma_ not in STEP_PARTICLES or _own_post_taken(verb):
                    continue
                # "X, deputy chief executive and director of finance, will take over": both titles are held
                titles = [title] + [r for r in self.role_spans if self._joined_to(title, r)]
                taken = [e for e in events if any(self._taken_title(e, sent, person, t) for t in titles)]
                taken_roles = {e.role for e in taken}
                for event in taken:
                    _held(event)  # changed in place: ``events`` holds them
                # "Deputy chairman X has stepped up to take over from Y": Y left the chair, not X's title
                left_here = [_principal(e) for e in events if _left_as_taken(e, taken_roles, sent, person)]
                if _steps_up(verb):  # a new list: the caller's is not extended
                    events = events + self._post_stepped_into(events, sent, person, title, left_here)
        return events

    def _title_set_off(self, sent: Span, person: Span) -> Span | None:
        """The one title of the sentence, right after the name and its comma, owned or current, not new; or
        the title right before the name ("Vice-chair X will take over"), with no title after it but in an "until" clause."""
        roles = [r for r in self.role_spans if sent.start <= r.start < sent.end]
        before = next((r for r in roles if r.end == person.start), None)
        if before is not None and not qualifiers(before) & NEW_WORDS:
            taken = [
                r for r in roles if r.start > person.start and "until" not in self._words(person.end, r.start)
            ]
            return None if taken else before  # not "Medical director X will take over as interim COO"
        # a title in the "until" clause is the post still to fill ("until an interim chief executive was
        # appointed"), and a second title joined by "and" is held beside the first ("deputy chief executive and
        # director of finance")
        roles = [r for r in roles if r.start < person.end or "until" not in self._words(person.end, r.start)]
        if len(roles) == 2 and self._joined_to(roles[0], roles[1]):
            roles = roles[:1]
        if len(roles) != 1 or roles[0].start <= person.end or qualifiers(roles[0]) & NEW_WORDS:
            return None
        between = self.doc[person.end : roles[0].start]
        if (
            not between
            or between[0].text != ","
            or any(t.lower_ not in OWNER_WORDS and t.text != "," for t in between)
        ):
            return None
        return roles[0]

    def _joined_to(self, title: Span, other: Span) -> bool:
        """``other`` follows ``title`` after a bare "and": "deputy chief executive and director of finance"."""
        return other.start == title.end + 1 and self.doc[title.end].lower_ == "and"

    def _words(self, start: int, end: int) -> set[str]:
        return {t.lower_ for t in self.doc[start:end]}

    def _taken_title(self, event: Event, sent: Span, person: Span, title: Span) -> bool:
        return (
            event.sentence_start == sent.start_char
            and event.person == person.kb_id_
            and event.role == title.label_
            and event.event == APPOINT
            and event.role_text == title.text  # not a post a verb names ("will take over at A": lead_verbs)
        )

    def _post_stepped_into(
        self, events: list[Event], sent: Span, person: Span, title: Span, left_here: list[Event]
    ) -> list[Event]:
        """The subject's appointment to the post another person was last said to leave, just before (or in the
        sentence itself, ``left_here``: "Deputy chairman X has stepped up to take over from Y")."""
        left = [
            e
            for e in events
            if e.event == DEPART
            and e.person != person.kb_id_
            and 0 < sent.start_char - e.sentence_start < RECENT_CHARS
        ] + left_here
        # a deputy steps up to the post their title names: a vice chair to the chair, not to the CE who also left
        left = [e for e in left if e.role in title.label_] or left
        if not left or any(
            e.person == person.kb_id_ and e.role == left[-1].role and e.event == APPOINT for e in events
        ):
            return []
        info = self.doc._.nhs_people.get(person.kb_id_)
        changes = {
            "event": APPOINT,
            "interim": bool(UNTIL_PERMANENT.search(self._span_text(sent))),
            "date": None,
            "date_precision": None,
            "note": None,
            "confidence": round(left[-1].confidence * 0.7, 2),
        }
        return [self._for_person(left[-1], person.kb_id_, sent, info, changes)]


def _steps_up(verb: Token) -> bool:
    """ "take over", "step up (to take on the role)", "step in", "take on / take up the role"."""
    # "stepped up": the small parser makes "up" a particle or an adverb, from one name to the next
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
    tasks = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_ not in TAKING_POST]
    # not "will step up to lead the urgent care review", "will step in to chair the programme board"
    if verb.lemma_ == "step" and particles & STEP_PARTICLES["step"]:
        return not tasks
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # not "take over responsibility for X"
    if verb.lemma_ == "take" and any(o.lemma_ in LEADERSHIP_REINS for o in objects):
        return True  # "will take the reins until a permanent successor is found"
    if verb.lemma_ != "take" or not particles & STEP_PARTICLES["take"]:
        return False
    posts = [t for t in verb.subtree if t.lower_ in POST_WORDS and t.i > verb.i]
    return (
        "over" in particles
        and all(o.lower_ in POST_WORDS for o in objects)
        or bool(posts)
        and bool(particles & {"on", "up"})
    )


def _own_post_taken(verb: Token) -> bool:
    """ "X, the trust's chief operating officer, takes up her post on Monday": the title is the post taken."""
    return any(t.lower_ in POST_WORDS and any(c.dep_ == "poss" for c in t.children) for t in verb.subtree)


def _left_as_taken(event: Event, taken_roles: set[str], sent: Span, person: Span) -> bool:
    """A departure in the sentence, of someone else, from the deputy's title the stepping-up subject was read to
    take (a succession pass gives the one taken over from the post taken)."""
    return (
        event.event == DEPART
        and event.sentence_start == sent.start_char
        and event.person != person.kb_id_
        and event.role in taken_roles
        and DEPUTY.match(event.role) is not None
    )


def _principal(event: Event) -> Event:
    """The departure from the post a deputy's title deputises for: "vice chair" → "chair"."""
    event.role = event.role_text = DEPUTY.sub("", event.role)
    return event


def _held(event: Event) -> Event:
    """The event as a post held now (no date: holding has no start told here)."""
    event.event, event.date, event.date_precision, event.interim = HOLD, None, None, False
    return event
