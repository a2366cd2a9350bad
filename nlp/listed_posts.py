"""Stage (a), candidates in lists: a plural title before a colon, then semicolon-separated items that each
name one person and the organisation they lead ("The new chief executives are: – A at X; – B at Y; and – C
at Z"). Each item is that post at its own organisation. Also a plural new post whose holders a later sentence
lists ("Three new non-executive directors have begun work at A. They are X, Y and Z").

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import APPOINT_VERBS, DEPART_VERBS, LEAVE_VERBS
from spacy.tokens import Span

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
LIST_SUBJECTS = {
    "they",
    "these",
    "appointments",
    "appointees",
}  # "They are", "The three new appointments are"


class ListedPostsMixin:
    def _listed_posts(self, events: list[Event]) -> list[Event]:
        """Each item of a titled semicolon list: the title's post at the item's organisation, appointed when the
        title is "new" or the lead-in appoints, else held."""
        out: list[Event] = []
        for sent in self.sents:
            colon, semicolons = self._list_marks(sent)
            if colon is None or not semicolons:
                continue
            titles = [r for r in self.role_spans if sent.start <= r.start < colon and r.root.tag_ == "NNS"]
            if len(titles) != 1:
                continue
            role = titles[0]
            lead_in = self.doc[sent.start : colon]
            kind = _lead_in_kind(lead_in, role)
            if kind is None:
                continue
            interim = bool(qualifiers(role) & {"interim", "acting"})
            bounds = [colon, *semicolons, sent.end]
            for lo, hi in zip(bounds, bounds[1:]):
                item = self._list_entry(lo, hi)
                if item is None:
                    continue
                person, org = item
                if any(e.person == person.kb_id_ and e.role == role.label_ for e in events + out):
                    continue
                info = self.doc._.nhs_people.get(person.kb_id_)
                out.append(
                    self._post_event(
                        person.kb_id_,
                        role,
                        (org.kb_id_ or None, org_name(org), 0.85),
                        kind,
                        sent,
                        interim,
                        (None, None),
                        0.8,
                        None,
                        info,
                    )
                )
        return out

    def _new_posts_named_next(self, events: list[Event]) -> list[Event]:
        """ "Three new non-executive directors have begun work at A. They are X, Y and Z." / "Our three new
        designate non-executive directors ... The three new appointments are X, Y and Z": each person the next
        sentences list is appointed to the plural post (as many as a stated number, when there is one)."""
        out: list[Event] = []
        for role in (
            r
            for r in self.role_spans
            if r.root.tag_ in {"NNS", "NNPS"} and qualifiers(r) & {"new", "designate"}
        ):
            sent = self.sent_of[role.start]
            named = next((p for s in self._next_sentences(sent, 4) if (p := self._listed_in(s))), [])
            count = NUMBER_WORDS.get(self.doc[role.start - 1].lower_) if role.start > sent.start else None
            if len(named) < 2 or count is not None and count != len(named):
                continue
            orgs = self._organisations(sent, role, self._verb_of(role.root))
            for person in (p for p in named if not any(e.person == p.kb_id_ for e in events + out)):
                info = self.doc._.nhs_people.get(person.kb_id_)
                out += [
                    self._post_event(
                        person.kb_id_, role, org, APPOINT, sent, False, (None, None), 0.7, None, info
                    )
                    for org in orgs
                ]
        return out

    def _next_sentences(self, sent: Span, n: int) -> list[Span]:
        return [s for s in self.sents if s.start >= sent.end][:n]

    def _listed_in(self, sent: Span) -> list[Span]:
        """The people a "They are X, Y and Z" / "The new appointments are X, Y and Z" sentence lists."""
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_ != "be" or subject is None or subject.lower_ not in LIST_SUBJECTS:
            return []
        return [p for p in self.people_spans if sent.start <= p.start < sent.end and p.start > root.i]

    def _list_entry(self, lo: int, hi: int) -> tuple[Span, Span] | None:
        """The one person and one organisation an item names, when it states no post of its own."""
        people = [p for p in self.people_spans if lo < p.start < hi]
        orgs = [o for o in self.org_spans if lo < o.start < hi]
        if len(people) != 1 or len(orgs) != 1 or any(lo < r.start < hi for r in self.role_spans):
            return None
        return people[0], orgs[0]


def _lead_in_kind(lead_in: Span, role: Span) -> str | None:
    """What the lead-in says of the listed people: leaving ("Two chief executives resigned this month:"),
    appointed ("The new chief executives are:"), holding ("The medical directors are:"), or nothing."""
    if any(t.lemma_ in DEPART_VERBS | LEAVE_VERBS for t in lead_in):
        return DEPART
    if "new" in qualifiers(role) or any(t.lemma_ in APPOINT_VERBS for t in lead_in):
        return APPOINT
    return HOLD if any(t.lemma_ in {"be", "include"} for t in lead_in) else None
