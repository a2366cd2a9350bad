"""Stage (a), a post resumed without its title in the sentence: "She will hand over to Y in October and return to
her deputy role", "He will return to his substantive post when Z arrives". Under the annotation guideline a
return to the substantive post is an appointment to it (note "resumes substantive post"); the post is the one
the document says the person holds that the words name (a deputy post, or their one substantive post). The
interim post the person covered ends with the return (a departure).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, RETURN_TO_POST, Event
from spacy.tokens import Span, Token

# a return denied, doubted or wished for: "will not return to", "has no plans to return", "only if", "looks forward"
NOT_RETURNING = re.compile(
    r"\b(not|never|no plans?|only if|unless|hopes?|hoped|expects?|expected|look(?:s|ed|ing)? forward|"
    r"would like|refus\w*|declin\w*)\b[^.]{0,40}?\b(return|resum)",
    re.I,
)
TITLE_AFTER = re.compile(r"\s+(as|of)\b", re.I)  # "... role as director of finance": the other passes read it


class ResumedPostsMixin:
    def _interim_steps_back(self, events: list[Event]) -> list[Event]:
        """ "X, who has led the trust since January, will return to his substantive role when Y arrives":
        the interim post X holds in the document ends (departed, dated by the sentence)."""
        out = []
        for sent in self.sents:
            if not self._returning(sent):
                continue
            text = self._span_text(sent)
            returning = [  # and "X, who has been interim medical director ..., now returns to his clinical work"
                p
                for p in self.people_spans
                if sent.start <= p.start < sent.end
                and any(
                    c.dep_ == "relcl"
                    and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
                    and RETURN_TO_POST.search(self.doc[c.left_edge.i : c.right_edge.i + 1].text)
                    for c in p.root.children
                )
            ]
            for person in self._subjects(sent) + returning:
                theirs = [e for e in events if e.person == person.kb_id_ and e.interim]
                interim = [e for e in theirs if e.event == HOLD] or [  # held, else taken up as cover, but not
                    e
                    for e in theirs
                    if e.event == APPOINT and (e.role_text or "").lower() not in text.lower()
                ]  # a post the sentence names ("will return to his post and also become interim deputy": new)
                posts = {(e.role, e.org_key or e.organisation): e for e in interim}
                if len(posts) != 1 or any(
                    e.person == person.kb_id_ and e.event == DEPART and e.interim for e in events + out
                ):
                    continue
                (post,) = posts.values()
                verb = self._subject_verbs.get(person.start) or person.root.head
                date_value, precision = self._date(sent, person, DEPART, verb)
                changes = {"event": DEPART, "date": date_value, "date_precision": precision, "note": None}
                info = self.doc._.nhs_people.get(person.kb_id_)
                out.append(self._for_person(post, person.kb_id_, sent, info, changes))
        return out

    def _returning(self, sent: Span) -> bool:
        """The sentence says someone returns to (or resumes) a post of their own, not denied or wished for."""
        text = self._span_text(sent)
        told = RETURN_TO_POST.search(text)  # a hedge before this return, not one about other plans
        return told is not None and not NOT_RETURNING.search(text, max(0, told.start() - 60), told.end())

    def _resumed_posts(self, events: list[Event]) -> list[Event]:
        """An appointment to the post a subject returns to, when the document names exactly one such post."""
        out: list[Event] = []
        for sent in self.sents:
            text = self._span_text(sent)
            m = RETURN_TO_POST.search(text)
            if m is None or TITLE_AFTER.match(text, m.end()):
                continue
            word = self.doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.start() + 1, alignment_mode="expand"
            )
            person = self._returner(word.root) if word else None
            deputy = "deputy" in m.group(0).lower()
            post = self._post_returned_to(person, deputy, events) if person is not None else None
            if post is None or any(
                e.person == post.person and e.role == post.role and e.event == APPOINT for e in events + out
            ):
                continue
            date_value, precision = self._date(sent, person, APPOINT, word.root)
            changes = {
                "event": APPOINT,
                "interim": False,
                "note": "resumes substantive post",
                "confidence": 0.7,
            }
            changes |= {"date": date_value, "date_precision": precision}
            info = self.doc._.nhs_people.get(post.person)
            out.append(self._for_person(post, post.person, sent, info, changes))
        return out

    def _returner(self, verb: Token) -> Span | None:
        """Who returns: the verb's subject, or its first conjunct's ("She will hand over ... and return to"),
        a pronoun standing for its antecedent."""
        for holder in (verb, verb.head if verb.dep_ == "conj" else None):
            subject = (
                next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if holder
                else None
            )
            if subject is None:
                continue
            if subject.i in self.person_at:
                return self.person_at[subject.i]
            return self._antecedent(subject) if subject.lower_ in {"he", "she", "they"} else None
        return None

    def _post_returned_to(self, person: Span, deputy: bool, events: list[Event]) -> Event | None:
        """The one substantive post the person holds in the document ("deputy": one whose title says so)."""
        held = {
            (e.role, e.org_key or e.organisation): e
            for e in events
            if e.person == person.kb_id_
            and e.event == HOLD
            and not e.interim
            and (not deputy or e.role.startswith("deputy"))
        }
        return next(iter(held.values())) if len(held) == 1 else None
