"""Document-level passes for changes stated without a role next to the name: "X is to retire" after
the post was named earlier, headlines naming the post, vacancies left by X.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from nhs_leaders.nlp.counted_posts import count_before
from nhs_leaders.nlp.cues import (
    APPOINT,
    DEPART,
    HEDGES,
    HOLD,
    MOVE_FOLLOWS,
    NON_NHS_CONTEXT,
    Event,
    acting_context,
    auxiliaries,
    sole_post,
)
from nhs_leaders.nlp.departure_nouns import death_note, departure_noun, names_departure, plainly_named
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.headlines import another_post, named_in_headline
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.posts_filled import NOT_MADE
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import APPOINT_VERBS, CHOOSING_VERBS, SEEKING_VERBS
from spacy.tokens import Span, Token

SOUGHT_BY = NOT_MADE | {"look"}  # "hopes / plans / is seeking / is looking to appoint"
AWAITED_BY = {"until", "till", "pending"}  # a clause of time the post is still waited for in

# "New interim chief executive appointed": the headline's post is interim ("a year of interim leadership" is not)
INTERIM_WORD = re.compile(
    r"\b(interim|acting)\s+(?!leadership|arrangements?|period|basis|management)\w", re.I
)
# words that tie a sentence's departure to a post taken before it ("His appointment follows the retirement of Y",
# "X will take up the role in May following the departure of Y", "was appointed to the post after ...")
SUCCESSION_CUE = re.compile(
    r"\b(appointment|arrival|succe(ed|ssor)\w*|replac\w+|takes? over"
    r"|(take[sn]?|took|taking) (up|on) the (role|post|position|job)|(appointed|named) to the (role|post|position))\b",
    re.I,
)


LEDE_SENTENCES = 6  # a headline's subject is named within the story's first sentences


class UnnamedMixin:
    def _title_post(self, sent: Span, person: Span, kind: str = DEPART) -> dict[tuple, Event]:
        """Headlines name the post ("Trust dismisses medical director"): when the body never states the
        person's post and the title names exactly one, that post, at the title's (or main) organisation,
        unless the body already gives that change to someone else."""
        roles = set(self.doc._.nhs_title_roles or [])
        if len(roles) != 1 or any(sent.start <= r.start < sent.end for r in self.role_spans):
            return {}
        first = next((p for p in self.people_spans if p.kb_id_ == person.kb_id_), person)
        lede_end = self.sents[LEDE_SENTENCES - 1].end if len(self.sents) >= LEDE_SENTENCES else len(self.doc)
        if first.start >= lede_end:
            return {}  # the headline is about someone the story introduces early, not a name in links below it
        (role,) = roles
        if any(e.role == role and e.event == kind and e.person != person.kb_id_ for e in self._events_so_far):
            return {}
        named = {s.kb_id_ for s in self.org_spans}
        keys = [k for k in (self.doc._.nhs_title_orgs or []) if k and k in named] or (
            [self.main_org] if self.main_org else []
        )
        if len(set(keys)) != 1:
            return {}
        org = by_key()[keys[0]]
        info = self.doc._.nhs_people.get(person.kb_id_)
        template = Event(
            person=person.kb_id_,
            role=role,
            role_text=role,
            organisation=self._name(org.key),
            org_key=org.key,
            ods_code=org.ods_code,
            event=kind,
            interim=False,
            date=None,
            date_precision=None,
            evidence="",
            start=0,
            end=0,
            sentence_start=0,
            confidence=0.6,
            **self._about(info),
        )
        return {(role, org.key): template}

    def _predecessor_post(self, person: Span, events: list[Event]) -> dict[tuple, Event]:
        """ "Simon's appointment follows ... his predecessor, Rachel Eddie, announcing her plans to leave":
        the predecessor's post is the one the document's latest appointee takes. "X has been appointed chief
        executive. Her predecessor Y left in March", "X's predecessor Y left post": the post of the one the
        possessive means, taken (or, when the text tells no appointment, their one post held)."""
        head = person.root.head if person.root.dep_ == "appos" else None
        if head is None or head.lemma_.lower() != "predecessor":
            return {}
        sent = self.sent_of.get(person.start)
        named = {p.kb_id_ for p in self.people_spans if self.sent_of.get(p.start) is sent} - {
            person.kb_id_
        }  # the successor is named in the sentence ("Simon's appointment ... his predecessor")
        owner = self._possessor(head)
        named |= {owner.kb_id_} if owner is not None else set()
        appointed = [e for e in events if e.event == APPOINT and e.person in named]
        held = {  # the owner's one post held, when the text tells no appointment
            (e.role, e.org_key or e.organisation): e
            for e in events
            if owner is not None and e.event == HOLD and e.person == owner.kb_id_
        }
        if not appointed and len(held) == 1:
            appointed = list(held.values())
        if not appointed:
            return {}
        post = appointed[-1]
        info = self.doc._.nhs_people.get(person.kb_id_)
        template = Event(**{**post.to_dict(), "person": person.kb_id_, "event": DEPART, **self._about(info)})
        return {(post.role, post.org_key or post.organisation): template}

    def _possessor(self, noun: Token) -> Span | None:
        """Who owns the noun: "her predecessor" (as for "her successor"), "Ms Field's predecessor"."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return self._person_of(owner) if owner is not None else None

    def _unnamed_post(self, sent: Span, person: Span) -> dict[tuple, Event]:
        """The post left by an unnamed holder in the sentence just before, as a template event."""
        recent = [u for u in self.unnamed if 0 <= sent.start - u[0] <= 2]
        if len(recent) != 1:
            return {}
        _, role, org = recent[0]
        interim = bool(qualifiers(role) & {"interim", "acting"})
        info = self.doc._.nhs_people.get(person.kb_id_)
        template = self._post_event(
            person.kb_id_, role, org, DEPART, sent, interim, (None, None), 0.7, None, info
        )
        return {(role.label_, org[0] or org[1]): template}

    def _appointments_without_role(self, events: list[Event]) -> list[Event]:
        """ "Dr X will take charge of the trust on 1 June" under the headline "Trust names new chief exec":
        the post comes from the title when the body never names it for this person."""
        appointed = {e.person for e in events if e.event == APPOINT}
        out = []
        for sent in self.sents:
            for person in self._subjects(sent):
                if person.kb_id_ in appointed or person.root.lower_ == "i":
                    continue  # an author's "I want to start by ..." names no post
                verb = self._subject_verbs.get(person.start) or person.root.head
                if verb.pos_ not in {"VERB", "AUX"} or self._verb_class(verb, person, person) != APPOINT:
                    continue
                if self._negated(verb) or self._past(sent) or auxiliaries(verb) & HEDGES:
                    continue  # a history cue, "She was appointed CBE in 2012", "he may return to ...": not news
                if verb.tag_ == "VBD" and not self._recently_dated(sent):
                    continue  # "She took up the role on March 1": a day this year is news
                if any(c.lower_ in {"was", "were", "had"} for c in verb.children) or another_post(
                    verb, self.doc._.nhs_title or ""
                ):  # "is to take up a role working with ...": not the headline's post
                    continue
                if _as_something_else(verb):
                    continue  # "would return to clinical care as a consultant": the sentence names no board post
                text = self._span_text(sent)
                if NON_NHS_CONTEXT.search(text) or re.search(r"\b(private|independent)\b", text, re.I):
                    continue
                posts = self._title_post(sent, person, APPOINT)
                if len(posts) != 1:
                    continue
                (post,) = posts.values()
                scope = {t.i for t in verb.subtree} - {
                    t.i for t in person.root.subtree
                }  # not "X, who is at A,"
                reached = [o for o in self.org_spans if o.kb_id_ and o.start in scope]
                if reached:
                    org = by_key()[reached[0].kb_id_]
                    post = Event(
                        **{
                            **post.to_dict(),
                            "org_key": org.key,
                            "ods_code": org.ods_code,
                            "organisation": org_name(reached[0]),
                        }
                    )
                date_value, precision = self._date(sent, person, APPOINT, verb)
                out.append(
                    Event(
                        **{
                            **post.to_dict(),
                            "date": date_value,
                            "date_precision": precision,
                            **self._at(sent),
                            "interim": acting_context(sent, person, verb)
                            or bool(INTERIM_WORD.search(self.doc._.nhs_title or "")),
                        }
                    )
                )
                appointed.add(person.kb_id_)
        return out

    def _vacancy_left(self, sent: Span, person: Span, root: Token, events: list[Event]) -> list[Event]:
        """ "The appointments fill vacancies left by Y, who completes her term on 31 March": Y leaves the
        post the document's appointments are to, when they are all to one post."""
        posts = {(e.role, e.org_key) for e in events if e.event == APPOINT}
        if len(posts) != 1 or any(e.person == person.kb_id_ and e.event == DEPART for e in events):
            return []
        post = next(e for e in events if e.event == APPOINT)
        own = next((c for c in root.children if c.dep_ == "relcl"), None)
        date_value, precision = self._date(sent, person, DEPART, own) if own is not None else (None, None)
        info = self.doc._.nhs_people.get(person.kb_id_)
        return [
            self._for_person(
                post,
                person.kb_id_,
                sent,
                info,
                {
                    "event": DEPART,
                    "interim": False,
                    "date": date_value,
                    "date_precision": precision,
                    "note": None,
                    "confidence": round(post.confidence * 0.6, 2),
                },
            )
        ]

    def _departure_by_noun(self, sent: Span, person: Span, noun: Token, events: list[Event]) -> list[Event]:
        """ "appointed X as interim chief executive following the departure of Y on 30 November": Y leaves
        the post X takes, on the date given with the noun."""
        posts = [
            e
            for e in events
            if e.sentence_start == sent.start_char and e.event == APPOINT and e.person != person.kb_id_
        ]
        text = self._span_text(sent)
        if not posts and (
            SUCCESSION_CUE.search(text)  # "His appointment follows the retirement of Y"
            or MOVE_FOLLOWS.match(text)  # "The move follows the decision of Y to step down"
            and plainly_named(person, noun)  # not "the death of Y, a former governor"
        ):
            earlier = [e for e in events if e.sentence_start < sent.start_char and e.event == APPOINT]
            latest = max((e.sentence_start for e in earlier), default=None)
            posts = [e for e in earlier if e.sentence_start == latest and e.person != person.kb_id_]
        if (
            not posts
        ):  # "is recruiting a new medical director following X's announcement that she will retire"
            posts = self._sought_post(sent)
        # "has lined up an interim CE following the resignation of X": the post filled is the one X leaves (not
        # when X is titled with a post of their own: "following the death of former chair X")
        if not posts and _bare_leaver(person, noun) and person.start - 1 not in self.role_at:
            posts = self._sought_post(sent, self._filled_unnamed)
        if any(e.person == person.kb_id_ and e.event == DEPART for e in events):
            return []
        if sole_post(posts) is None:
            own = self._departure_with_own_role(sent, person, noun)
            if own or any(c.dep_ == "prep" and c.lower_ in {"as", "from"} for c in noun.children):
                return own  # "X's term as chair of the BMA's committee": that post or none, not one held
            # "Dr Armstrong's departure means ...": the one post the document says the person holds
            held = [e for e in events if e.person == person.kb_id_ and e.event == HOLD]
            if sole_post(held) is None:
                return []
            posts = held
        post = posts[0]
        date_value, precision = self._date(sent, person, DEPART, noun)
        info = self.doc._.nhs_people.get(person.kb_id_)
        note = "death in post" if noun.lemma_.lower() == "death" else None
        return [
            Event(
                **{
                    **post.to_dict(),
                    "person": person.kb_id_,
                    "event": DEPART,
                    "interim": False,
                    "date": date_value,
                    "date_precision": precision,
                    "note": note,
                    "confidence": round(post.confidence * 0.7, 2),
                    **self._about(info),
                }
            )
        ]

    def _sought_post(self, sent: Span, post_test: Callable[[Span, Span], bool] | None = None) -> list[Event]:
        """The one post the sentence says is being sought ("recruiting a new medical director", "searching for
        a chief executive"), or that ``post_test`` picks, at the one organisation it names, as a template."""
        sought = [
            r
            for r in self.role_spans
            if sent.start <= r.start < sent.end and (post_test or self._unfilled_post)(r, sent)
        ]
        if len(sought) != 1:
            return []
        orgs = self._organisations(sent, sought[0], self._verb_of(sought[0].root))
        if len(orgs) != 1:
            return []
        return [self._post_event("", sought[0], orgs[0], HOLD, sent, False, (None, None), 0.8, None, None)]

    def _filled_unnamed(self, role: Span, sent: Span) -> bool:
        """ "has appointed (lined up) an interim chief executive following the resignation of Y": a post filled
        by someone this sentence does not name."""
        return (
            role.start > sent.start
            and self.doc[role.start - 1].lower_ in {"a", "an", "its", "their"}  # "has named its new chair"
            and role.root.dep_ == "dobj"
            and role.root.head.lemma_ in APPOINT_VERBS | {"line"}
            and self._person_starting_after(role, sent) is None
        )

    def _departure_with_own_role(self, sent: Span, person: Span, noun: Token) -> list[Event]:
        """ "the decision of Y to step down as Chief Nurse of X": the noun's own clause names the post."""
        others = {  # not "the death of X, a prosecution and the departure of chief executive Y"
            t.i for c in noun.subtree if c != noun and names_departure(c) for t in c.subtree
        }
        inside = {t.i for t in noun.subtree} - others
        roles = [  # not "the departure of Y, who is becoming chief executive of A": the post Y goes to
            r
            for r in self.role_spans
            if r.start in inside and not self._arriving_in_relative(r, person, "relative")
        ]
        return self._post_left(sent, person, roles[0], noun) if len(roles) == 1 else []

    def _post_left(self, sent: Span, person: Span, role: Span, noun: Token) -> list[Event]:
        """The departure of ``person`` from ``role`` at each body the sentence gives it, dated from ``noun``."""
        verb = self._verb_of(role.root)
        date_value, precision = self._date(sent, person, DEPART, noun)
        info = self.doc._.nhs_people.get(person.kb_id_)
        interim = bool(qualifiers(role) & {"interim", "acting"})
        note = death_note(noun)
        return [
            self._post_event(
                person.kb_id_, role, org, DEPART, sent, interim, (date_value, precision), 0.7, note, info
            )
            for org in self._organisations(sent, role, verb)
        ]

    def _remember_unnamed(self, sent: Span, role: Span) -> None:
        """ "NLaG's finance director has resigned": a post changing hands before its holder is named.
        The next sentence whose subject leaves without a stated post takes it."""
        verb = self._verb_of(role.root)
        if verb is None or role.start_char in self.quoted:
            return
        kind = self._verb_class(verb, role, role)
        announced = _appointment_of(role)
        object_like = role.root.dep_ in {"dobj", "attr"} and kind in {APPOINT, HOLD, None} or announced
        before = self.doc[role.start - 1].lower_ if role.start > sent.start else ""
        indefinite = before in {"a", "an"} or count_before(role) is not None  # "four non-executive directors"
        fresh = "new" in qualifiers(role)  # also "new" just before a title whose span starts after it
        if (fresh or indefinite and (kind == APPOINT or announced)) and (
            object_like or role.root.dep_ == "nsubjpass" and kind == APPOINT
        ):
            if _still_sought(verb):
                return  # "would be seeking to appoint a shared chief executive": no appointment yet
            # "X has appointed a new chair.", "X has a new medical director.", "A new chair has been
            # appointed at X.", "X has appointed an interim chief executive": the appointee comes next
            orgs = self._organisations(sent, role, verb)
            # the organisation stated, not guessed (an announcing body named in the sentence); or the bodies of
            # "a Joint Chief Executive for both"
            shared = len(orgs) > 1 and qualifiers(role) & {"joint", "group"}
            here = (
                {s.kb_id_ for s in self.org_spans if sent.start <= s.start < sent.end} if announced else set()
            )
            if (len(orgs) == 1 or shared) and all(o[2] >= 0.9 or o[0] in here for o in orgs):
                self.unnamed_changes += [(sent, role, org, APPOINT, verb) for org in orgs]
            elif _indefinite_body(verb) or _place_owned_body(verb):
                # "A hospital trust has appointed a new chief executive.": the body is named with the appointee
                self.unnamed_changes.append((sent, role, None, APPOINT, verb))
            return
        left = departure_noun(role.root)  # "following the resignation of its long-serving chief executive"
        if left is None and (
            role.start > verb.i or role.root.dep_ not in {"nsubj", "nsubjpass", "conj", "appos"}
        ):
            return
        if kind != DEPART and left is None:
            return
        self.unnamed_departures.append((sent, role, verb))
        orgs = self._organisations(sent, role, verb)
        if len(orgs) == 1:
            self.unnamed.append((sent.end, role, orgs[0]))
            if orgs[0][2] >= 0.9:
                self.unnamed_changes.append((sent, role, orgs[0], DEPART, verb))

    def _leaver_named_next(self, events: list[Event]) -> list[Event]:
        """ "THE chief executive of a troubled hospital trust will stand down at Christmas. Matthew X, chief
        executive of A, will join B in the new year.": the leaver is the person the next sentences introduce
        with that same title; the post they hold there is the one left."""
        out = []
        for first, role, verb in self.unnamed_departures:
            for sent in [s for s in self.sents if s.start >= first.end][:2]:
                people = [p for p in self.people_spans if sent.start <= p.start < sent.end]
                if not people or any(
                    p.kb_id_ == people[0].kb_id_ and p.start < sent.start for p in self.people_spans
                ):
                    continue  # named before: not the one the lede is about
                held = [
                    e
                    for e in events
                    if e.person == people[0].kb_id_
                    and e.event == HOLD
                    and e.role == role.label_
                    and e.sentence_start == sent.start_char
                    and not stands_in(e, role)
                ]
                stated = [o for o in self._organisations(first, role, verb) if o[2] >= 0.8]
                if (
                    held
                    and stated
                    and (held[0].org_key or held[0].organisation) != (stated[0][0] or stated[0][1])
                ):
                    continue  # "The chief executive of A is stepping down. X, chief executive of B, will take interim
                    # charge at A": the lede's leaver is A's, and X (who keeps B) is not the one leaving
                if held:
                    date_value, precision = self._date(first, role, DEPART, verb)
                    out.append(replace(held[0], event=DEPART, date=date_value, date_precision=precision))
                    break
        return out

    def _named_after_the_change(self, events: list[Event]) -> list[Event]:
        """ "The chief executive of X is leaving. Dr Y, who took up the role last May, will join Z": a change
        stated of an unnamed holder, then the person it is about introduced as the next sentence's subject
        (with no post of their own there, other than one they "currently" hold elsewhere)."""
        out = []
        arrivals = {
            (first.start, role.label_) for first, role, _, kind, _ in self.unnamed_changes if kind == APPOINT
        }
        for first, role, org, kind, verb in self.unnamed_changes:
            if kind == DEPART and (first.start, role.label_) in arrivals:
                continue  # "A has appointed a new chair following the death of its chair. X ...": X arrives
            if any(
                e.start == first.start_char
                and e.event == kind
                and e.role == role.label_
                and _same_body(e, org)
                for e in events
            ):
                continue  # "A appoints new Chief Executive Officer ... that X has been appointed as": named there
            following = [s for s in self.sents if s.start >= first.end][:2]
            elsewhere = org if kind == APPOINT else None  # a post elsewhere: an arrival's, not a leaver's
            person = next(
                (p for s in following if (p := self._introduced_subject(s, elsewhere, kind)) is not None),
                None,
            )
            if person is None and kind == APPOINT:
                person = named_in_headline(self.doc._.nhs_title, self.people_spans, role.label_)
            if person is not None and kind == DEPART:
                person = self._replaced_one(person) or person  # "X has replaced Y": Y is the one who left
            if person is not None and org is None:
                org = self._org_joined(person) or (self._main_body() if _place_owned_body(verb) else None)
            if (
                person is None
                or org is None
                or any(
                    e.person == person.kb_id_ and e.role == role.label_ and e.event != HOLD for e in events
                )
            ):  # not when the change is named already; a post she holds (a caption under her picture) is no bar
                continue
            if kind == DEPART and any(e.person == person.kb_id_ and stands_in(e, role) for e in events):
                continue
            sent = self.sent_of[person.start]
            when = (
                self._date(first, role, DEPART, verb)
                if kind == DEPART
                else self._date(
                    sent, person, APPOINT, self._subject_verbs.get(person.start) or person.root.head
                )
            )
            if when[0] and len(when[0]) == 4 and self.published and when[0] < str(self.published.year):
                when = (None, None)  # "X, who has been deputy since joining A in 2015, has taken on the role"
            interim = bool(qualifiers(role) & {"interim", "acting"})
            info = self.doc._.nhs_people.get(person.kb_id_)
            out.append(
                self._post_event(person.kb_id_, role, org, kind, first, interim, when, 0.7, None, info)
            )
        return out

    def _replaced_one(self, person: Span) -> Span | None:
        """The person ``person`` replaces or succeeds, as the object of their own verb ("X, from the Royal Free,
        has replaced Y on a provisional basis"), not one who replaces them ("X will be replaced by Y")."""
        verb = self._subject_verbs.get(person.start) or person.root.head
        if verb.lemma_ not in {"replace", "succeed"} or any(c.dep_ == "auxpass" for c in verb.children):
            return None
        taken = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return self.person_at.get(taken.i) if taken is not None else None

    def _main_body(self) -> tuple | None:
        """The organisation the document is about, when it names one ("The region's mental health trust ...")."""
        return (self.main_org, self._name(self.main_org), 0.8) if self.main_org else None


def _appointment_of(role: Span) -> bool:
    """ "announce the appointment of a new Chief Executive": the post of an appointment announced or confirmed,
    its holder not yet named (not "calls for", "the process for", "rejected" the appointment of one)."""
    of = role.root.head
    noun = of.head
    return (
        role.root.dep_ == "pobj"
        and of.lower_ == "of"
        and noun.lemma_ == "appointment"
        and noun.dep_ == "dobj"
        and noun.head.lemma_ in {"announce", "confirm"}
    )


def stands_in(held: Event, role: Span) -> bool:
    """``held`` is the post an unnamed holder left, held as acting or interim: its holder is the stand-in,
    not the leaver ("The chief executive of A has left ... X is now the acting chief executive"), unless the
    post left was itself interim."""
    interim_left = bool(qualifiers(role) & {"interim", "acting"})
    return held.event == HOLD and held.interim and held.role == role.label_ and not interim_left


def _same_body(event: Event, org: tuple | None) -> bool:
    """The event is at ``org`` (key, name): the same key, or one name inside the other ("NHS Devon", "NHS Devon
    Integrated Care Board"); an unnamed body (None) matches any."""
    if org is None:
        return True
    key, name = org[0], org[1].lower()
    return (
        bool(key and key == event.org_key)
        or name in event.organisation.lower()
        or event.organisation.lower() in name
    )


def _indefinite_body(verb: Token) -> bool:
    """The verb's subject is an NHS body left unnamed: "An NHS hospital trust ... has appointed"."""
    return _unnamed_subject_body(verb, lambda d: d.lower_ in {"a", "an"})


def _place_owned_body(verb: Token) -> bool:
    """The verb's subject is a place's NHS body: "The region's mental health trust has appointed"."""
    return _unnamed_subject_body(verb, lambda d: d.dep_ == "poss" and d.lemma_.lower() in PLACE_OWNERS)


def _unnamed_subject_body(verb: Token, marks) -> bool:
    return any(
        c.dep_ == "nsubj"
        and c.lemma_ in {"trust", "hospital", "board", "organisation", "service", "ccg", "icb"}
        and any(marks(d) for d in c.children)
        for c in verb.children
    )


PLACE_OWNERS = {"region", "county", "city", "area", "borough", "town", "island", "district"}


def _bare_leaver(person: Span, noun: Token) -> bool:
    """ "the resignation of Robert Morton": nothing else said of the one leaving (not "of X, the council leader",
    "of X, who led the maternity unit", "of X from the charity he founded")."""
    described = {"appos", "relcl", "acl", "prep"}
    return not any(c.dep_ in described for c in person.root.children) and not any(
        c.dep_ == "prep" and c.lower_ != "of" for c in noun.children
    )


# nouns for the one who leads: "will join the trust as its new leader", "as the successor to X" (the headline's post)
LEADING_NOUNS = {"leader", "boss", "head", "chief", "successor", "replacement"}


def _as_something_else(verb: Token) -> bool:
    """The verb names the capacity taken ("as a consultant physician") in a sentence that holds no title:
    unless that capacity is leading ("as its new leader"), it is not the headline's post."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pobj" and g.lemma_.lower() not in LEADING_NOUNS for g in c.children)
        for c in verb.children
    )


def _still_sought(verb: Token) -> bool:
    """ "would be seeking to appoint a shared chief executive": an appointing verb whose own governing verb is
    one of intent (not "We hope you will join us in welcoming our new chief nurse": a welcome, not a search)."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AWAITED_BY for c in verb.children):
        return True  # "interim until the two trusts recruit a permanent chair", "until a chair is appointed"
    return (
        verb.lemma_ in CHOOSING_VERBS | SEEKING_VERBS
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in SOUGHT_BY
    )
