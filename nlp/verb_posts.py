"""Stage (a), candidates named by a verb instead of a title: "X, who chairs the trust", "X has chaired
Y since 2016". The post is held now; a later "X leaves on 31 October" then has a post to end.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import HOLD, Event
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.orgs import org_name
from spacy.symbols import VERB
from spacy.tokens import Span, Token

REFERRED_BODIES = {"trust", "icb", "ccg", "board"}  # "who chairs the trust"


class VerbPostsMixin:
    def _chairs_now(self, events: list[Event]) -> list[Event]:
        """ "X, who chairs the trust," / "X has chaired NHS Y since 2016": X holds the chair of that body
        (the audit committee and other committees are not posts we record)."""
        held = {(e.person, e.role, e.org_key or e.organisation) for e in events}
        out: list[Event] = []
        for verb in self.doc:
            if verb.pos != VERB or verb.lemma_.lower() != "chair" or not self._chairs_in_present(verb):
                continue
            person, org = self._chair_subject(verb), self._chaired_body(verb)
            if person is None or org is None or self._negated(verb):
                continue
            key, name = org
            if (person.kb_id_, "chair", key or name) in held:
                continue
            held.add((person.kb_id_, "chair", key or name))
            sent = self.sent_of.get(verb.i)
            info = self.doc._.nhs_people.get(person.kb_id_)
            out.append(
                Event(
                    person=person.kb_id_,
                    role="chair",
                    role_text=verb.text,
                    organisation=name,
                    org_key=key,
                    ods_code=by_key()[key].ods_code if key else None,
                    event=HOLD,
                    interim=False,
                    date=None,
                    date_precision=None,
                    confidence=0.7,
                    **self._at(sent),
                    **self._about(info),
                )
            )
        return out

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
