"""Departures stated without a title beside the name: "Smith will retire in March", "Dr Jones was dismissed on
11 June". The post is the one the person holds elsewhere in the document, when there is exactly one (or, when
none is held, the one post a history sentence told them taking).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import (
    APPOINT,
    DENIED_REPORT,
    DEPART,
    HEDGES,
    HISTORY_WORDS,
    POST_WORDS,
    Event,
    auxiliaries,
    told_years_ago,
)
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span, Token

# what a leaving that names no title may leave: "will leave the post", "is leaving the trust"
LEFT_POST_NOUNS = POST_WORDS | {"trust", "organisation", "board"}


class RolelessDeparturesMixin:
    def _departures_without_role(self, events: list[Event]) -> list[Event]:
        """ "Smith will retire in March", "Dr Jones was dismissed on 11 June": the person's role comes from
        elsewhere in the document, when they hold exactly one post there."""
        known: dict[str, dict[tuple, Event]] = {}
        for ev in events:
            if ev.event != APPOINT:
                known.setdefault(ev.person, {})[(ev.role, ev.org_key or ev.organisation)] = ev
        covered = {(ev.person, ev.sentence_start) for ev in events if ev.event == DEPART}
        joined = {
            (e.person, e.sentence_start, e.role, e.org_key or e.organisation)
            for e in events
            if e.event == APPOINT
        }
        out = []
        for sent in self.sents:
            predecessors = [
                p
                for p in self.people_spans
                if sent.start <= p.start < sent.end
                and p.root.dep_ == "appos"
                and p.root.head.lemma_.lower() == "predecessor"
            ]
            for person in self._subjects(sent) + predecessors:
                verb = self._subject_verbs.get(person.start) or person.root.head
                posts = known.get(person.kb_id_, {})
                if not posts:
                    posts = (
                        self._unnamed_post(sent, person)
                        or self._predecessor_post(person, events)
                        or self._title_post(sent, person)
                        or self._told_post(sent, person, verb)
                    )
                if len(posts) != 1 or (person.kb_id_, sent.start_char) in covered:
                    continue
                if person.start_char in self.quoted and person.root.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                says_leaving = (
                    verb.pos_ in {"VERB", "AUX"} and self._verb_class(verb, person, person) == DEPART
                )
                if not says_leaving and not any(
                    t.label_ == "DEPART"
                    and (t.start_char not in self.quoted or person.start_char in self.quoted)
                    for t in self._triggers_for(sent, person)
                ):
                    continue  # not a quoted "I have decided to step aside" for someone named after the quote
                if (
                    self._negated(verb)
                    or auxiliaries(verb) & HEDGES  # "X could leave next year": speculation
                    or verb.tag_ == "VBD"
                    and told_years_ago(verb)  # "retired from the role four years ago"
                    or HISTORY_WORDS.search(self._span_text(sent))
                    or DENIED_REPORT.search(self._span_text(sent))  # "denied reports that X will leave"
                ):
                    continue
                (post,) = posts.values()
                if (
                    _moving_on(verb)
                    and (
                        person.kb_id_,
                        sent.start_char,
                        post.role,
                        post.org_key or post.organisation,
                    )
                    in joined
                ):
                    continue  # "X is to leave a charity to become chief executive of A": A is joined, not left
                date_value, precision = self._date(sent, person, DEPART, verb)
                lower = self._span_text(sent).lower()
                note = (
                    "suspension"
                    if "suspend" in lower
                    else "death in post"
                    if re.search(r"\b(died|death)\b", lower)
                    else None
                )
                out.append(
                    Event(
                        **{
                            **post.to_dict(),
                            "event": DEPART,
                            "date": date_value,
                            "date_precision": precision,
                            **self._at(sent),
                            "note": note,
                            "confidence": round(post.confidence * 0.8, 2),
                        }
                    )
                )
                covered.add((person.kb_id_, sent.start_char))
        return out

    def _remember_told_post(self, sent: Span, role: Span, person: Span, verb: Token) -> None:
        """A post the text says the person took before, in a sentence read as history ("X was appointed chief
        executive of A in January last year", "joined A as chief nurse in 2015"): kept for a later departure that
        names no post. A post told without one body ("and became chief executive in 2016") still counts, so a
        career of two posts names none."""
        orgs = self._organisations(sent, role, verb)
        org = orgs[0] if len(orgs) == 1 else None
        key = (role.label_, org and (org[0] or org[1]))
        self.told_posts.setdefault(person.kb_id_, {})[key] = (role, org)

    def _leaves_told_body(self, verb: Token, body: str) -> bool:
        """What the verb leaves is the post or its body: no object ("will retire"), "the post / role / trust",
        or the body named ("is leaving QEH"); not "the board meeting", "the Rotary Club", "hospital"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return all(
            o.lemma_.lower() in LEFT_POST_NOUNS
            or o.i in self.org_at
            and (self.org_at[o.i].kb_id_ or org_name(self.org_at[o.i])) == body
            for o in objects
        )

    def _told_post(self, sent: Span, person: Span, verb: Token) -> dict[tuple, Event]:
        """ "... was appointed chief executive of A in January last year. Mr X will leave the post at the end of
        this month", "X is leaving A ... X joined A as CEO in January 2019": the one post the text told X taking is
        the one left (none when the career told more)."""
        told = list(self.told_posts.get(person.kb_id_, {}).values())
        if len(told) != 1 or told[0][1] is None:
            return {}
        role, org = told[0]
        if self._past(sent) or not self._leaves_told_body(verb, org[0] or org[1]):
            return {}  # "left A in 2022 and now runs a consultancy": history; "is leaving the Rotary Club"
        interim = bool(qualifiers(role) & {"interim", "acting"})
        info = self.doc._.nhs_people.get(person.kb_id_)
        template = self._post_event(
            person.kb_id_, role, org, DEPART, sent, interim, (None, None), 0.6, None, info
        )
        return {(role.label_, org[0] or org[1]): template}


def _moving_on(verb: Token) -> bool:
    """The leaving is told with where the person goes: "to leave a charity to become / to join / to lead A"."""
    return any(
        t.lemma_ in {"become", "join", "lead", "head", "take"} and any(c.lower_ == "to" for c in t.children)
        for t in verb.subtree
    )
