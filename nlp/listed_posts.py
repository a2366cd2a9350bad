"""Stage (a), candidates in lists: a plural title before a colon, then semicolon-separated items that each
name one person and the organisation they lead ("The new chief executives are: – A at X; – B at Y; and – C
at Z"). Each item is that post at its own organisation.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import APPOINT_VERBS, DEPART_VERBS, LEAVE_VERBS
from spacy.tokens import Span


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
