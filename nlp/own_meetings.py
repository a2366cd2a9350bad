"""Stage (c), someone's own first or last board meeting with no post in the sentence: "The Chair welcomed Ms X
to her first meeting of the Board", "It was A's, B's and C's last Board meeting". The post is the one the
minutes' attendance list gives them (their one held post): a first meeting is an appointment to it, a last one a
departure from it. A sentence that names the post ("her first NHSE Board meeting as interim COO") is read with
its title (`cues.FIRST_MEETING`, `cues.LAST_MEETING`).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, DEPART, MEETING_NAME, Event
from spacy.tokens import Span, Token

OWN_MEETING = re.compile(rf"(?:{MEETING_NAME})?meeting$", re.I)  # the words after "first"/"last"
ORDINALS = {"first": APPOINT, "last": DEPART, "final": DEPART}
POSSESSIVE_PRONOUNS = {"his", "her", "their"}
# a return from leave or to another post: "back to her first Board meeting since returning from maternity leave",
# "her final meeting as Interim X before returning to her substantive role"
RETURNING = re.compile(
    r"\b(back|return\w*|since|(sick|maternity|paternity|adoption|extended) leave|absence)\b", re.I
)
# a meeting that is not the board's: "his first meeting of the Audit Committee", "her first meeting with the CQC"
OTHER_MEETING = re.compile(r"\bmeeting\s+(with|between)\b|\bcommittee\b", re.I)


class OwnMeetingsMixin:
    def _own_meetings(self, events: list[Event]) -> list[Event]:
        """An appointment to (first meeting) or departure from (last meeting) each owner's one held post."""
        out: list[Event] = []
        for token in self._tokens_with(ORDINALS):
            sent = self.sent_of.get(token.i)
            kind = self._own_meeting_kind(token, sent) if sent is not None else None
            if kind is None or token.idx in self.quoted or RETURNING.search(self._span_text(sent)):
                continue
            changes = {"event": kind, "date": None, "date_precision": None, "note": None}  # undated
            for person in self._meeting_owners(token, sent):
                if not any(e.person == person.kb_id_ and e.event in {APPOINT, DEPART} for e in events + out):
                    out += self._held_post_changed(sent, person, changes, events)
        return out

    def _own_meeting_kind(self, ordinal: Token, sent: Span) -> str | None:
        """APPOINT for "first", DEPART for "last"/"final", when "meeting" follows within four words that name
        the board (its owner, "her" or "X's", is found by ``_meeting_owners``)."""
        if ordinal.i == 0:
            return None
        ends = [t.i for t in self.doc[ordinal.i + 1 : ordinal.i + 6] if t.lower_ == "meeting"]
        if not ends or OTHER_MEETING.search(self.doc[ordinal.i : min(ends[0] + 9, sent.end)].text):
            return None
        return (
            ORDINALS[ordinal.lower_]
            if OWN_MEETING.match(self.doc[ordinal.i + 1 : ends[0] + 1].text)
            else None
        )

    def _meeting_owners(self, ordinal: Token, sent: Span) -> list[Span]:
        """ "A's, B's and C's last meeting": each name before a possessive "'s" in the run; "welcomed X and Y to
        their first meeting": the welcomed; "her": the one person the pronoun can mean."""
        owner = self.doc[ordinal.i - 1]
        # "welcomed X to her first meeting", not "welcomed X and reminded the Board that at their last meeting"
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            welcomed = self._welcomed(sent) if self.doc[owner.i - 1].lower_ == "to" else []
            if welcomed:
                return welcomed
            only = self._only_referent(owner, sent) if owner.lower_ != "their" else None
            return [only] if only is not None else []
        listed = self._named_after_meeting(ordinal, sent)
        if listed:
            return listed  # "this is the first meeting for A, B and C"
        owners, i = [], ordinal.i - 1
        while i > sent.start and self.doc[i].lower_ in {"'s", "’s"} and i - 1 in self.person_at:
            person = self.person_at[i - 1]
            owners.append(person)
            i = person.start - 1
            while i > sent.start and self.doc[i].lower_ in {",", "and"}:
                i -= 1
        return owners

    def _named_after_meeting(self, ordinal: Token, sent: Span) -> list[Span]:
        """ "the first meeting for A, B and C", "the last Board meeting for Mr D": the people listed after "for"."""
        meeting = next((t for t in self.doc[ordinal.i + 1 : ordinal.i + 6] if t.lower_ == "meeting"), None)
        owners, i = [], (meeting.i + 1 if meeting is not None else sent.end)
        if i >= sent.end or self.doc[i].lower_ != "for":
            return owners
        i += 1
        while i < sent.end and i in self.person_at and self.person_at[i].start == i:
            owners.append(self.person_at[i])
            i = self.person_at[i].end
            while i < sent.end and self.doc[i].lower_ in {",", "and"}:
                i += 1
        return owners

    def _welcomed(self, sent: Span) -> list[Span]:
        """The people "welcome" takes as its object in the sentence, with their conjuncts."""
        found = []
        for verb in (t for t in sent if t.lemma_ == "welcome"):
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                found += [self.person_at[t.i] for t in (obj, *obj.conjuncts) if t.i in self.person_at]
        return found
