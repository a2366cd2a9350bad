"""Document-level passes over candidates: successors and predecessors, appointments to "the role",
lists of appointees, chairing the board.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from dataclasses import replace

from nhs_leaders.nlp.cues import (
    APPOINT,
    CURRENT_WORDS,
    DEPART,
    HOLD,
    POST_WORDS,
    PREDECESSOR_WORDS,
    SUBJECT_PRONOUNS,
    Event,
    acting_context,
)
from nhs_leaders.nlp.departure_nouns import departure_noun
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.successor_nouns import SUCCESSOR_NOUNS
from nhs_leaders.nlp.take_over import leaves_titled_post, taken_from, taken_over_from, takes_over
from spacy.tokens import Span, Token

LEAVING_MARKS = {"after", "since", "when", "once"}  # "X has been acting CE since Y left": Y left that post


class SuccessionMixin:
    def _successors(self, events: list[Event]) -> list[Event]:
        """ "Her successor will be Jo Bloggs", "His replacement, on an interim basis, is Y", "He will be succeeded
        by Y": Y is appointed to the predecessor's post."""
        out = []
        for token in self._tokens_with(SUCCESSOR_NOUNS, {"succeed", "replace", "take"}):
            sent = self.sent_of[token.i]  # every token is in a sentence
            by_noun = self._successor_by_noun(sent, token)
            passive = [] if by_noun else self._successors_by_passive(token)
            pairs = [by_noun] if by_noun else passive
            left = {DEPART, HOLD}
            if not pairs:  # "replaced Y, now CEO of Z": only a post Y leaves
                pairs, left = [self._successor_by_verb(sent, token)], {DEPART}
            for pair in (p for p in pairs if p is not None):
                found = self._successor_event(events + out, sent, token, *pair, left)
                if found and passive:
                    # "X will be replaced by Y": X goes, though X's post was told earlier
                    out += self._replaced_departure(events + out, sent, pair[0], found[0])
                out += found
        return out

    def _replaced_departure(
        self, events: list[Event], sent: Span, predecessor: Span, taken: Event
    ) -> list[Event]:
        """The departure of someone a passive says is replaced, from the post their successor takes, when no
        departure from it is read already (implied: the successor's date)."""
        if any(e.person == predecessor.kb_id_ and e.event == DEPART for e in events):
            return []
        info = self.doc._.nhs_people.get(predecessor.kb_id_)
        changes = {"event": DEPART, "interim": False, "note": "implied", "confidence": taken.confidence}
        return [self._for_person(taken, predecessor.kb_id_, sent, info, changes)]

    def _successor_event(
        self, events: list[Event], sent: Span, token: Token, predecessor: Span, successor: Span, left: set
    ) -> list[Event]:
        """The successor's appointment to the post the predecessor leaves (none when that post is unknown or
        the successor already has an appointment)."""
        posts = [e for e in events if e.person == predecessor.kb_id_ and e.event in left] or [
            e
            for e in events
            if e.person == predecessor.kb_id_ and HOLD in left and e.event == APPOINT and e.interim
            if not any(sent.start <= r.start < sent.end for r in self.role_spans)
            and not any(c.lower_ == "as" for c in token.children)
        ]  # an interim just appointed holds the post a successor takes, when the sentence names no other
        if not posts or any(e.person == successor.kb_id_ and e.event == APPOINT for e in events):
            return []
        post = next((e for e in posts if e.event == DEPART), posts[0])
        start_verb = next(
            (t for t in sent if t.lemma_ in {"start", "join", "begin", "take"} and t.i > token.i),
            None,
        )
        date_value, precision = self._date(sent, successor, APPOINT, start_verb)
        # "His replacement, on an interim basis, is Y", "X's replacement is Y, who is interim chief executive"
        between = self.doc[min(token.i, successor.start) : max(token.i, successor.root.right_edge.i + 1)].text
        if successor.start > token.i:  # "will be succeeded by Y on an interim basis"
            between += " " + self.doc[successor.end : max(successor.end, token.right_edge.i + 1)].text
        info = self.doc._.nhs_people.get(successor.kb_id_)
        return [
            self._for_person(
                post,
                successor.kb_id_,
                sent,
                info,
                {
                    "event": APPOINT,
                    "interim": bool(re.search(r"\b(interim|acting)\b", between, re.I)),
                    "date": date_value,
                    "date_precision": precision,
                    "note": None,
                    "confidence": round(post.confidence * 0.8, 2),
                },
            )
        ]

    def _successor_by_verb(self, sent: Span, verb: Token) -> tuple[Span, Span] | None:
        """ "X has replaced Y as chair", "X will succeed Y, who retires in April": the subject takes the
        post the object is read to leave (not one Y holds now: "He replaced Y, now chief executive of Z")."""
        if (
            not (verb.lemma_ in {"succeed", "replace"} or takes_over(verb))
            or verb.pos_ != "VERB"
            or self._years_ago(sent, 1)
        ):
            return None  # "He replaced Y in 2020": her story
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None
        found = self._argument(verb, sent, objects=False)
        objects = [c for c in verb.children if c.dep_ == "dobj"] or taken_from(verb)  # "take over from Y"
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "replace the chair, Y,"
        # "will replace outgoing chair Y": the parser makes both the title and the name objects
        obj = next((o for o in objects if o.i in self.person_at), objects[0] if objects else None)
        if found is None or obj is None:
            return None
        if obj.i in self.role_at:  # "will replace the outgoing chair, Y, from May": the name after the title
            named = self._person_starting_after(self.role_at[obj.i], sent)
            obj = named[0].root if named is not None else obj
        if obj.i in self.person_at:  # not "takes over from Y, CE of A, who led the STP alongside her job"
            named = self.person_at[obj.i]
            kept = verb.lemma_ == "take" and not leaves_titled_post(
                named, lambda v: self._verb_class(v, named, named)
            )
            return None if kept else (named, found[0])
        replaced = self._antecedent(obj, found[0].kb_id_) if obj.lower_ in {"her", "him"} else None
        return (replaced, found[0]) if replaced is not None else None  # "X will replace her"

    def _replaced_as_other(self, verb: Token, person: Span) -> bool:
        """ "X, chief executive of A, will be replaced as chair of the audit committee by Y": the passive's
        "as" names a post other than the ones the person is described with before it."""
        named = {
            self.role_at[g.i].label_
            for c in verb.children
            if c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj" and g.i in self.role_at
        }
        sent = self.sent_of.get(verb.i)
        described = {r.label_ for r in self.role_spans if sent is not None and sent.start <= r.start < verb.i}
        return bool(named and described and not named & described)

    def _successors_by_passive(self, verb: Token) -> list[tuple[Span, Span]]:
        """ "He will be succeeded by Jo Bloggs", "Smith is to be replaced by Y", "The chair, X, and the chief
        executive, Y, will be replaced by A and B (respectively)": the passive's agents succeed its subjects,
        in order."""
        if not _replace_passive(verb) or _hedged_replacement(verb):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ in {"conj", "xcomp"}:
            # "X left for medical reasons and was replaced by Y", "X is to be replaced by Y"
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        successors = self._agents(verb)
        if not subjects or not successors:
            return []
        if subjects[0].lower_ in SUBJECT_PRONOUNS:
            predecessors = [self._antecedent(subjects[0], successors[0].kb_id_)]
        else:  # "A chair X is to be replaced": the parser may make both the title and the name subjects
            predecessors = [p for subject in subjects for p in self._people_in_phrase(subject)]
        if len(predecessors) != len(successors):
            return []
        return [
            (old, new)
            for old, new in zip(predecessors, successors)
            if old is not None and old.kb_id_ != new.kb_id_ and not self._replaced_as_other(verb, old)
        ]

    def _agents(self, verb: Token) -> list[Span]:
        """The people a passive is "by": its agent, or a "by" the parser hung inside the phrase after the
        verb ("replaced as chair of A by Y", "on an interim basis by Y"), with any coordinated names."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(
            (t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i and _inside_phrase(t, verb)), None
        )
        named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if named is not None and named.i not in self.person_at:  # "by the director of finance, Y, on an ..."
            named = next((a for a in named.children if a.dep_ == "appos" and a.i in self.person_at), named)
        if named is None or named.i not in self.person_at:
            return []
        return [self.person_at[named.i]] + [
            self.person_at[c.i] for c in named.conjuncts if c.i in self.person_at
        ]

    def _people_in_phrase(self, head: Token) -> list[Span]:
        """The people a noun phrase names, in order: "X", "the chair of A, X," "X and Y", "the chair, X, and
        the chief executive, Y" (not people in a clause inside it: "X, who replaced Y,")."""
        found = {}
        for token in head.subtree:
            if token.i in self.person_at and _inside_phrase(token, head):
                person = self.person_at[token.i]
                found.setdefault(person.start, person)
        return [found[k] for k in sorted(found)]

    def _succession_departures(self, events: list[Event]) -> list[Event]:
        """ "X will take over from Y", "X succeeds Y", "X replaces Y": Y leaves the post X is appointed to.
        Explicit when Y's own clause says so ("who retires in March"), otherwise noted as implied."""
        out = []
        for sent in self.sents:
            for person in (p for p in self.people_spans if sent.start <= p.start < sent.end):
                root = person.root
                if root.dep_ == "appos":
                    root = root.head
                noun = departure_noun(root)
                if noun is not None:
                    out += self._departure_by_noun(sent, person, noun, events + out)
                    continue
                first = root
                while first.dep_ == "conj":  # "vacancies left by X, ..., and Dr Y, who ..."
                    first = first.head
                if (
                    first.dep_ == "pobj"
                    and first.head.lower_ == "by"
                    and first.head.head.lemma_ in {"leave", "create"}
                    and re.search(r"(?i)\bvacanc", self._span_text(sent))
                ):
                    out += self._vacancy_left(sent, person, root, events + out)
                    continue
                leaving = self._leaving_before_successor(root, person)
                above = (
                    self._verb_of(root.head) if root.dep_ == "pobj" and root.head.lower_ == "from" else None
                )
                if above is not None and taken_over_from(root.head, above):
                    verb = above
                elif root.dep_ == "dobj" and (
                    root.head.lemma_ in {"succeed", "replace", "follow"} or takes_over(root.head)
                ):
                    verb = root.head
                elif leaving is not None:
                    verb = leaving.head
                else:
                    continue
                successor = self._argument(verb, sent, objects=False)
                if successor is None or successor[0].kb_id_ == person.kb_id_:
                    continue
                posts = [
                    e
                    for e in events
                    if e.person == successor[0].kb_id_
                    and (e.event == APPOINT or leaving is not None and e.event == HOLD and e.interim)
                    and (leaving is None or e.sentence_start == sent.start_char)
                ]
                if not posts:
                    continue
                post = next((e for e in posts if e.sentence_start == sent.start_char), posts[0])
                if any(
                    e.person == person.kb_id_ and e.event == DEPART and e.role == post.role
                    for e in events + out
                ):
                    continue
                own = leaving or next((c for c in root.children if c.dep_ == "relcl"), None)
                explicit = own is not None and self._verb_class(own, person, person) == DEPART
                if explicit:
                    date_value, precision = self._date(sent, person, DEPART, own)
                else:
                    date_value, precision = post.date, post.date_precision
                info = self.doc._.nhs_people.get(person.kb_id_)
                out.append(
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
                            "note": None if explicit else "implied",
                            "confidence": round(post.confidence * (0.8 if explicit else 0.6), 2),
                        },
                    )
                )
        return out

    def _leaving_before_successor(self, root: Token, person: Span) -> Token | None:
        """ "She took on the role after X quit", "acting chief executive since X left the trust", "will step in
        when X retires": the leaving clause of a sentence about the post's next holder."""
        verb = root.head
        if root.dep_ != "nsubj" or verb.dep_ != "advcl" or self._negated(verb):
            return None
        if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in LEAVING_MARKS for c in verb.children):
            return None
        if any(verb.left_edge.i <= r.start <= verb.right_edge.i for r in self.role_spans):
            return None  # "after Y retired as chief executive": Y's own post is read from the title
        return verb if self._verb_class(verb, person, person) == DEPART else None

    def _appointments_to_the_role(self, events: list[Event]) -> list[Event]:
        """ "Her deputy, X, will take on the role on an interim basis": "the role/post" is the post last
        reported changing hands, in the sentences just before."""
        out = []
        for sent in self.sents:
            for person in self._subjects(sent):
                own = {t.i for t in person.root.subtree}
                if any(
                    sent.start <= r.start < sent.end
                    and r.start not in own
                    and not self._predecessor_of_a_successor(r)
                    for r in self.role_spans
                ):
                    continue
                verb = self._subject_verbs.get(person.start) or person.root.head
                if verb.pos_ not in {"VERB", "AUX"} or self._verb_class(verb, person, person) != APPOINT:
                    continue
                objects = [
                    t
                    for t in verb.subtree
                    if t.lower_ in POST_WORDS | {"reins", "helm"}
                    and any(c.lower_ in {"the", "this", "that"} for c in t.children)
                    and not _in_relative_clause(t, verb)  # "replaces X, who held the position from 2014"
                    and not self._negated(next(a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}))
                ]  # "will return to her trust role and will not be applying for the permanent position"
                if not objects or self._negated(verb):
                    continue
                # "X, who has been interim chief executive, has been appointed permanently to the role"
                mine = [
                    e
                    for e in events
                    if e.sentence_start == sent.start_char
                    and e.person == person.kb_id_
                    and not (
                        e.event == HOLD
                        and (
                            CURRENT_WORDS.search(self._span_text(sent))
                            or not e.interim
                            or self._reaches_other_org([verb], person, e.org_key or e.organisation)
                        )
                    )
                ]  # "X, currently vice-chair of A, will take up the post", "X, CEO of A, will take the helm at
                # B", "X, chief officer of A, will take up the role": the post taken is not a substantive one
                # held now (an interim one is: "X, interim chief executive, takes the role permanently")
                earlier = mine or [
                    e
                    for e in events
                    if (
                        e.sentence_start < sent.start_char
                        or e.sentence_start == sent.start_char
                        and e.event == DEPART
                    )
                    and e.person != person.kb_id_
                    and sent.start_char - e.sentence_start < 1200
                    and e.event != HOLD
                ]
                moved = self._top_post_elsewhere(sent, person, verb, objects, events)
                if moved is not None:
                    out.append(moved)
                    continue
                if not earlier:
                    continue
                post = earlier[-1]
                date_value, precision = self._date(
                    sent, objects[0].doc[objects[0].i : objects[0].i + 1], APPOINT, verb
                )
                if self._pronoun_means_appointee(person, post, events):
                    if (
                        post.date is None
                    ):  # "... appointed X as his successor. She will take up the post on 1 May"
                        post.date, post.date_precision = date_value, precision
                    continue
                info = self.doc._.nhs_people.get(person.kb_id_)
                permanent = re.search(r"\b(permanent(ly)?|substantive(ly)?)\b", self._span_text(sent), re.I)
                interim = (
                    not permanent
                    and not _interim_only_before(sent)
                    and (acting_context(sent, person, verb) or "interim" in self._span_text(sent).lower())
                )
                out.append(
                    self._for_person(
                        post,
                        person.kb_id_,
                        sent,
                        info,
                        {
                            "event": APPOINT,
                            "interim": bool(interim),
                            "date": date_value,
                            "date_precision": precision,
                            "note": None,
                            "confidence": round(post.confidence * 0.7, 2),
                        },
                    )
                )
        return out

    def _top_post_elsewhere(
        self, sent: Span, person: Span, verb: Token, objects: list[Token], events: list[Event]
    ) -> Event | None:
        """ "X, who has been CEO of A for seven years, will take the helm at B", "He will take on the top job at
        B": the helm (top job) of B is the top post (chief executive or chair) the text says X holds at A."""
        tops = [e for e in events if e.person == person.kb_id_ and e.role in {"chief executive", "chair"}]
        held = [e for e in tops if e.sentence_start == sent.start_char and e.event == HOLD] or [
            e for e in tops if e.sentence_start < sent.start_char and e.event in {HOLD, DEPART}
        ]  # "X, chief executive of A, is to leave. He will take on the top job at B": the post named before
        top = any(
            o.lower_ in {"helm", "reins"} or o.lower_ == "job" and any(c.lower_ == "top" for c in o.children)
            for o in objects
        )
        if not top or len({(e.role, e.org_key or e.organisation) for e in held}) != 1:
            return None
        reached = {t.i for t in verb.subtree} - {t.i for t in person.root.subtree}
        own = held[0].org_key or held[0].organisation
        org = next((o for o in self.org_spans if o.start in reached and (o.kb_id_ or o.text) != own), None)
        if org is None:
            return None
        known = by_key().get(org.kb_id_) if org.kb_id_ else None
        date_value, precision = self._date(sent, person, APPOINT, verb)
        return replace(
            held[0],
            event=APPOINT,
            organisation=org_name(org),
            org_key=org.kb_id_ or None,
            ods_code=known.ods_code if known else None,
            interim="interim" in self._span_text(sent).lower(),
            date=date_value,
            date_precision=precision,
            confidence=round(held[0].confidence * 0.8, 2),
            **self._at(sent),
        )

    @staticmethod
    def _pronoun_means_appointee(person: Span, post: Event, events: list[Event]) -> bool:
        """A "he"/"she" read as someone leaving the post that was just given to another: the pronoun stands
        for the newly appointed person, not the one leaving."""
        return (
            person.root.lower_ in {"he", "she", "i"}
            and post.event == APPOINT
            and any(
                e.person == person.kb_id_
                and e.event == DEPART
                and e.role == post.role
                and e.org_key == post.org_key
                for e in events
            )
        )

    def _for_person(self, post: Event, person: str, sent: Span, info, changes: dict) -> Event:
        """A copy of ``post`` for ``person`` (someone succeeding or succeeded in it), with this sentence as
        its evidence and ``changes`` applied."""
        return Event(**{**post.to_dict(), "person": person, **changes, **self._at(sent), **self._about(info)})

    def _at(self, sent: Span) -> dict:
        """The provenance fields of an event: its evidence sentence and offsets."""
        return {
            "evidence": self._span_text(sent).strip(),
            "start": sent.start_char,
            "end": sent.end_char,
            "sentence_start": sent.start_char,
        }

    @staticmethod
    def _about(info) -> dict:
        """The person fields of an event that the name alone does not carry."""
        return {
            "honorific": info.honorific if info else None,
            "post_nominals": info.post_nominals if info else None,
            "aliases": sorted(info.aliases) if info else [],
        }

    def _predecessor_of_a_successor(self, role: Span) -> bool:
        """ "take over (the role) from the current chief executive Y", "succeed outgoing chair Y": the post
        named after 'from' (or as the object of succeed/replace) is the one its holder leaves."""
        i = role.start - 1
        while i > 0 and self.doc[i].lower_ in PREDECESSOR_WORDS:
            i -= 1
        word = self.doc[i]
        if word.lower_ == "from":
            return word.head.lemma_ in {"take", "inherit"} or any(
                t.lemma_ == "take" and t.i < i for t in self.doc[max(0, i - 6) : i]
            )
        if word.lower_ == "over" and word.dep_ == "prt":  # "will take over the current chair Y"
            return takes_over(word.head)
        return word.lemma_ in {"succeed", "replace"} and word.pos_ == "VERB"

    def _is_succeeded(self, person: Span) -> bool:
        """The person is the one being succeeded: "X succeeds Y", "replaces Y", "take over from Y"."""
        if self._successor_to(person):
            return True
        if person.root.dep_ == "appos":  # "take over from the interim chief executive, Bronwen Mostyn"
            person = self.doc[person.root.head.i : person.root.head.i + 1]
        head = person.root.head
        if person.root.dep_ == "dobj" and (head.lemma_ in {"succeed", "replace"} or takes_over(head)):
            return True  # "X will take over the current chair Y, who retires": Y is taken over from
        passive = _replaced_passive(person.root)
        if passive is not None and not _hedged_replacement(passive):
            return not self._replaced_as_other(passive, person)  # "X, chair of A, will be replaced by Y"
        return (
            person.root.dep_ == "pobj"
            and head.lower_ == "from"
            and taken_over_from(head, self._verb_of(head), over=True)
        )

    def _successor_to(self, person: Span) -> bool:
        """ "a successor to (chief executive) X", "a replacement for X": X is the one leaving."""
        i = person.start - 1
        while i > 1 and (
            i in self.role_at or self.doc[i].lower_ in PREDECESSOR_WORDS or self.doc[i].text == ","
        ):
            i -= 1
        return self.doc[i].lower_ in {"to", "for"} and self.doc[i - 1].lemma_.lower() in {
            "successor",
            "replacement",
        }


def _in_relative_clause(token: Token, verb: Token) -> bool:
    """``token`` sits in a relative clause below ``verb`` (it is what that clause's person did)."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


HOLDING_VERBS = {"hold", "fill", "fulfil", "fulfill", "occupy", "cover", "perform"}


def _interim_only_before(sent: Span) -> bool:
    """The sentence's only "interim" is the tenure a holding clause tells ("has been appointed to the post, after
    previously holding the role on an interim basis"): the appointment itself is substantive (unless it is for a
    time: "until the end of June")."""
    held = {d.i for t in sent if _held_earlier(t) for d in t.subtree}
    said = [t.i for t in sent if t.lower_ in {"interim", "acting"}]
    # "appointed to the role until June, having held it on an interim basis": the appointment is for a time
    for_a_time = any(t.lower_ == "until" and t.i not in held for t in sent)
    return bool(said) and all(i in held for i in said) and not for_a_time


def _held_earlier(verb: Token) -> bool:
    """A participle clause of holding that tells a tenure before: "having held the role", "after (previously)
    holding it", "previously filling the post" (not "holding it on an interim basis while the board recruits")."""
    if (
        verb.dep_ not in {"advcl", "pcomp"}
        or verb.tag_ not in {"VBG", "VBN"}
        or verb.lemma_ not in HOLDING_VERBS
    ):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "advmod"}}
    after = verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "following", "since"}
    return after or bool(words & {"having", "previously", "formerly", "earlier"})


PHRASE_DEPS = {"appos", "conj", "cc", "prep", "pobj", "compound", "punct", "det", "amod", "nmod", "npadvmod"}


def _inside_phrase(word: Token, top: Token) -> bool:
    """``word`` hangs from ``top`` through noun-phrase links only (apposition, coordination, "of"), not
    through a clause ("X, who replaced Y,")."""
    while word.i != top.i:
        if (word.dep_ not in PHRASE_DEPS and word.dep_ != "agent") or word.head.i == word.i:
            return False
        word = word.head
    return True


def _replaced_passive(word: Token) -> Token | None:
    """The passive "be replaced / succeeded" that ``word`` is (inside) the subject of ("X will be replaced by
    Y", "the chair of A, X, is to be succeeded as chair by Y"): its subject is the one who leaves."""
    while word.dep_ in PHRASE_DEPS and word.head.i != word.i:
        word = word.head
    head = word.head
    if word.dep_ == "nsubj" and head.lemma_ == "be":  # "X is to be replaced": the passive is "be"'s xcomp
        head = next((c for c in head.children if c.dep_ == "xcomp"), head)
    elif word.dep_ != "nsubjpass":
        return None
    return head if _replace_passive(head) else None


def _replace_passive(verb: Token) -> bool:
    """ "be replaced", "be succeeded": a passive whose subject is the one who goes."""
    return verb.lemma_.lower() in {"succeed", "replace"} and any(c.dep_ == "auxpass" for c in verb.children)


def _hedged_replacement(verb: Token) -> bool:
    """A replacement that is not reported as happening: negated ("will not be replaced"), hedged ("could be",
    "would be" after "denied reports"), conditional ("if the review ..."), temporary ("temporarily", "while
    she is on leave") or of another post ("replaced as chair of the audit committee", "on the board")."""
    clause = [verb, verb.head] if verb.dep_ in {"xcomp", "conj"} else [verb]
    words = {c.lower_ for v in clause for c in v.children}
    if words & {"not", "n't", "never", "could", "might", "may", "would", "temporarily", "if", "unless"}:
        return True
    on_a_board = any(  # "replaced on the national maternity board", not "on an interim basis"
        c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_ != "basis" for g in c.children)
        for v in clause
        for c in v.children
    )
    if on_a_board:
        return True
    if any(t.lower_ in {"while", "during"} for t in verb.subtree if t.i > verb.i):
        return True
    return any(
        t.lower_ in {"deny", "denied", "denies", "rumour", "rumours", "reports", "speculation"}
        for t in verb.sent
        if t.i < verb.i
    )
