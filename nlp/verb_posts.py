"""Stage (a), candidates named by a verb instead of a title: "X, who chairs the trust", "X has chaired
Y since 2016" (held now: a later "X leaves on 31 October" then has a post to end); "X has been appointed
to chair A and B", "X will continue to chair A" (a chair of each body named, new or kept); "his medical
director duties will be covered by Y", "X's role has been filled jointly by A and B" (acting in the post).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import (
    APPOINT,
    DEATH_LEMMAS,
    DEPART,
    FUTURE_AUXILIARIES,
    HISTORY_WORDS,
    HOLD,
    Event,
    auxiliaries,
)
from nhs_leaders.nlp.dates import find_dates
from nhs_leaders.nlp.departure_nouns import departure_noun
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.vocab import CONTINUE_VERBS
from spacy.symbols import VERB
from spacy.tokens import Span, Token

REFERRED_BODIES = {"trust", "icb", "ccg", "board"}  # "who chairs the trust"
INTERIM_FRAME = re.compile(r"\b(interim|acting|temporar\w*)\b", re.I)  # "to chair X on an interim basis"
PERMANENT_COVER = re.compile(r"\b(permanent|substantive) basis\b|\b(permanently|substantively)\b", re.I)
COVER_VERBS = {"cover", "fill"}  # "his duties will be covered by", "the role has been filled by"
DUTY_NOUNS = {"role", "post", "duties", "responsibilities", "job", "position"}
# The verb "to chair" hangs on: appointed / chosen / asked to chair (new), continue to chair (kept).
CHAIR_FRAMES = {
    **dict.fromkeys(("appoint", "name", "choose", "select", "ask", "invite", "elect", "nominate"), APPOINT),
    **dict.fromkeys(CONTINUE_VERBS, HOLD),
}


class VerbPostsMixin:
    def _verbs_of(self, lemmas: set[str]) -> list[Token]:
        """The verbs of the text with one of these (lower-cased) lemmas, in text order."""
        return [t for t in self._tokens_with(lemmas=lemmas) if t.pos == VERB]

    def _chairs_now(self, events: list[Event]) -> list[Event]:
        """ "X, who chairs the trust," / "X has chaired NHS Y since 2016": X holds the chair of that body
        (the audit committee and other committees are not posts we record)."""
        held = {(e.person, e.role, e.org_key or e.organisation) for e in events}
        out: list[Event] = []
        for verb in self._verbs_of({"chair"}):
            leaving = self._leaving_chair(verb)
            if not self._chairs_in_present(verb) and leaving is None:
                continue
            person, org = self._chair_subject(verb), self._chaired_body(verb)
            if person is None or org is None or self._negated(verb):
                continue
            key, name = org
            if (person.kb_id_, "chair", key or name) in held:
                continue
            held.add((person.kb_id_, "chair", key or name))
            sent = self.sent_of.get(verb.i)
            if leaving is not None:  # "the resignation of X, who chaired A", "X, who chaired A, resigned"
                when = self._date(sent, person, DEPART, leaving)
                out.append(self._chair_event(person, verb, org, DEPART, sent, when=when))
            else:
                out.append(self._chair_event(person, verb, org, HOLD, sent))
        return out

    def _leaving_chair(self, verb: Token) -> Token | None:
        """ "who chaired A" said of someone the sentence has leaving: the leaving verb or noun."""
        if verb.tag_ != "VBD" or verb.dep_ != "relcl" or verb.head.i not in self.person_at:
            return None
        person = self.person_at[verb.head.i]
        if find_dates(self.doc[verb.left_edge.i : verb.right_edge.i + 1].text):
            return None  # "who chaired A from 2005 to 2012": a tenure told
        noun = departure_noun(person.root)
        if noun is not None:
            return None if noun.lemma_.lower() in DEATH_LEMMAS else noun
        main = self._main_verb_of(person)
        if main is None or main == verb or main.lemma_.lower() in DEATH_LEMMAS:
            return None  # "X, who chaired A, has died": no longer in post, not leaving it
        return main if self._verb_class(main, person, person) == DEPART else None

    def _chair_event(
        self,
        person: Span,
        verb: Token,
        body: tuple[str | None, str],
        kind: str,
        sent: Span,
        interim: bool = False,
        when: tuple[str | None, str | None] = (None, None),
        role: str = "chair",
    ) -> Event:
        """The chair of ``body`` (key, name) named by the verb "chair" (or the post another verb names:
        "to lead A"), with this sentence as evidence."""
        key, name = body
        return Event(
            person=person.kb_id_,
            role=role,
            role_text=verb.text,
            organisation=name,
            org_key=key,
            ods_code=by_key()[key].ods_code if key else None,
            event=kind,
            interim=interim,
            date=when[0],
            date_precision=when[1],
            confidence=0.7,
            **self._at(sent),
            **self._about(self.doc._.nhs_people.get(person.kb_id_)),
        )

    def _to_chair(self, events: list[Event]) -> list[Event]:
        """ "X has been appointed to chair A and B", "Y will continue to chair C": chair of each body the
        verb names, appointed or held as the verb it hangs on says."""
        known = {(e.person, e.role, e.org_key or e.organisation, e.event) for e in events}
        out: list[Event] = []
        for verb in self._verbs_of({"chair"}):
            future = verb.dep_ in {"ROOT", "conj"} and bool(auxiliaries(verb) & FUTURE_AUXILIARIES)
            if verb.dep_ not in {"xcomp", "advcl"} and not future:
                continue
            frame = (
                verb if future else verb.head
            )  # "X will chair A, B and C" / "X has been appointed to chair A"
            kind = APPOINT if future else CHAIR_FRAMES.get(verb.head.lemma_.lower())
            person = self._framed_person(frame)
            sent = self.sent_of.get(verb.i)
            if kind is None or person is None or sent is None or self._negated(frame) or self._past(sent):
                continue
            # a future "will chair the board/trust" is _chairing_the_board's; here only the bodies it names
            for key, name in self._chaired_bodies(verb) if not future else self._named_bodies(verb):
                if (person.kb_id_, "chair", key or name, kind) in known:
                    continue
                known.add((person.kb_id_, "chair", key or name, kind))
                when = self._date(sent, person, kind, frame) if kind == APPOINT else (None, None)
                interim = kind == APPOINT and bool(INTERIM_FRAME.search(self._span_text(sent)))
                out.append(self._chair_event(person, verb, (key, name), kind, sent, interim, when))
        return out

    def _covering(self, events: list[Event]) -> list[Event]:
        """ "His medical director duties will be covered by Y", "her role is being filled by Y" (Y appointed,
        acting), "X's role has been filled jointly by A and B" (acting now): the post is the one the title in
        the subject names, or the one its owner holds or leaves in this document."""
        out: list[Event] = []
        for verb in self._verbs_of(COVER_VERBS):
            if self._negated(verb):
                continue
            duty = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in DUTY_NOUNS), None)
            agent = next(  # "filled on a permanent basis by Y": the parser may hang "by" on "basis"
                (t for t in verb.subtree if t.i > verb.i and (t.dep_ == "agent" or t.lower_ == "by")), None
            )
            post = self._covered_post(duty, events) if duty is not None and agent is not None else None
            if post is None:
                continue
            sent = self.sent_of[verb.i]
            permanent = bool(
                PERMANENT_COVER.search(self._span_text(sent))
            )  # "on a permanent basis": new, not acting
            ongoing = {c.lower_ for c in verb.children} & {"has", "have", "had"}
            kind = HOLD if ongoing and not permanent else APPOINT
            agents = {
                self.person_at[t.i].start: self.person_at[t.i] for t in agent.subtree if t.i in self.person_at
            }
            for _, person in sorted(agents.items()):  # in text order, each person once
                when = self._date(sent, person, kind, verb) if kind == APPOINT else (None, None)
                info = self.doc._.nhs_people.get(person.kb_id_)
                fields = {"person": person.kb_id_, "event": kind, "interim": not permanent, "confidence": 0.7}
                dated = {"date": when[0], "date_precision": when[1]}
                out.append(
                    Event(**{**post.to_dict(), **fields, **dated, **self._at(sent), **self._about(info)})
                )
        return out

    def _covered_post(self, duty: Token, events: list[Event]) -> Event | None:
        """The post a "role/duties" noun stands for: its owner's one post in ``events`` (the title written
        in the noun phrase choosing among several), as a template."""
        spans = {self.role_at[i] for i in range(duty.left_edge.i, duty.right_edge.i + 1) if i in self.role_at}
        titled = {r.label_ for r in spans}
        owner = next((c for c in duty.children if c.dep_ == "poss"), None)
        if len(titled) > 1:
            return None
        person = (self.person_at.get(owner.i) or self._antecedent(owner)) if owner is not None else None
        posts = {
            (e.role, e.org_key or e.organisation): e
            for e in events
            if person is not None
            and e.person == person.kb_id_
            and e.event in {HOLD, DEPART}
            and (not titled or e.role in titled)
        }
        if len(posts) == 1:
            return next(iter(posts.values()))
        if len(spans) != 1 or posts:
            return None
        (role,) = spans  # "Her former post of Chief Operating Officer": the title and its organisation
        sent = self.sent_of[role.start]
        orgs = self._organisations(sent, role, duty.head)
        if len(orgs) != 1:
            return None
        return self._post_event("", role, orgs[0], HOLD, sent, False, (None, None), 0.7, None, None)

    def _framed_person(self, head: Token) -> Span | None:
        """The person "to chair" is said of: the subject of the verb it hangs on, or its object ("the trust
        has appointed X to chair ..."); a pronoun subject stands for its antecedent."""
        sent = self.sent_of.get(head.i)
        subjects = [
            p
            for p in (self._subjects(sent) if sent else [])
            if (self._subject_verbs.get(p.start) or p.root.head) == head
        ]
        if head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in head.children):
            subjects = [self.person_at[head.head.i]] if head.head.i in self.person_at else []
        objects = [self.person_at[c.i] for c in head.children if c.dep_ == "dobj" and c.i in self.person_at]
        found = subjects if head.lemma_.lower() in CONTINUE_VERBS or not objects else objects
        if (
            not found and sent is not None
        ):  # the parser lost the subject ("A PCT chief executive X will run B")
            before = {p.kb_id_: p for p in self.people_spans if sent.start <= p.start and p.end <= head.i}
            found = list(before.values())
        return found[0] if len(found) == 1 else None

    def _chaired_bodies(self, verb: Token) -> list[tuple[str | None, str]]:
        """Every organisation in the verb's object ("A and B"), or the body "the trust" refers to."""
        named = self._named_bodies(verb)
        if named:
            return named
        body = self._chaired_body(verb)
        return [body] if body else []

    def _named_bodies(self, verb: Token) -> list[tuple[str | None, str]]:
        """Every organisation named in the verb's object ("A, B and C")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        heads = {t.i for o in objects for t in [o, *o.conjuncts]}  # the object is the body, not in its words
        named = [s for s in self.org_spans if any(s.start <= i < s.end for i in heads)]
        for span in sorted(self.org_spans, key=lambda s: s.start):  # "A, B and C", however the parser hangs B
            if named and span.start >= named[-1].end:
                if self.doc[named[-1].end : span.start].text.strip(" ,&") not in {"", "and"}:
                    break
                named.append(span)
        return [(s.kb_id_ or None, org_name(s)) for s in named]

    def _past(self, sent: Span) -> bool:
        """Career history: a history cue, or a year before the document's ("was asked to chair X in 2012")."""
        return bool(HISTORY_WORDS.search(self._span_text(sent))) or any(
            m.year and self.published and m.year < self.published.year
            for m in find_dates(self._span_text(sent))
        )

    @staticmethod
    def _chairs_in_present(verb: Token) -> bool:
        """ "chairs" or "has chaired ... since": the post is held now (not "chaired", "had chaired")."""
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.tag_ == "VBZ":
            return True
        return (
            verb.tag_ == "VBN"
            and bool(auxiliaries & {"has", "have"})
            and "since" in {t.lower_ for t in verb.subtree}
        )

    def _chair_subject(self, verb: Token) -> Span | None:
        for child in verb.children:
            if child.dep_ != "nsubj":
                continue
            if child.lower_ == "who" and verb.dep_ == "relcl":
                return self.person_at.get(verb.head.i)
            return self.person_at.get(child.i)
        return None

    def _chaired_body(self, verb: Token) -> tuple[str | None, str] | None:
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            span = self.org_at.get(child.i)
            if span is not None and child.right_edge.i < span.end:  # the whole object is the body
                return span.kb_id_ or None, org_name(span)
            if child.lower_ in REFERRED_BODIES and any(c.lower_ == "the" for c in child.children):
                key = self._referred_org(child) if child.lower_ != "board" else self.main_org
                return (key, self._name(key)) if key else None
        return None
