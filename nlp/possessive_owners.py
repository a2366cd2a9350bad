"""Stage (b), attribution, for possessives: the body "its" / "our" / "their" before a title points back to
(the clause's subject, a subject "the trust" / "the service" nearer than any body named, else the nearest body
named before the title).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.cues import NON_NHS_CONTEXT, NOT_NHS, refers_back
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.other_bodies import assessor
from spacy.tokens import Span, Token

# words between a possessive and its title ("A's current chair")
HOLDER_NOW = {"current", "present", "outgoing"}


class PossessiveOwnersMixin:
    def _owner_named(self, k: int, sent: Span) -> bool:
        """The word before a possessive "'s" at ``k + 1`` names a body: one named, or "the trust / the board"
        referring to one ("the board's current chief executive")."""
        doc = self.doc
        if k < sent.start or doc[k + 1].text not in {"'s", "’s"}:
            return False
        return k in self.org_at or refers_back(doc, k, sent.start) and self._referred_org(doc[k]) is not None

    def _subject_org(self, sent: Span, role: Span) -> Span | None:
        """The organisation a possessive ("its chief executive") points back to: the clause's subject,
        else the nearest organisation before the role in the sentence."""
        verb = self._verb_of(role.root)
        if verb is not None:
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i in self.org_at:
                    return self.org_at[child.i]
                if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in {"trust", "icb", "ccg"}:
                    key = self._referred_org(child)  # "The Trust has also appointed X as its COO"
                    return (
                        Span(self.doc, child.i, child.i + 1, label=self._name(key), kb_id=key)
                        if key
                        else None
                    )
                if (
                    child.dep_ in {"nsubj", "nsubjpass"}
                    and (child.ent_type_ == "ORG" or NON_NHS_CONTEXT.search(child.text))
                    and child.i not in self.person_at
                    and not role.start <= child.i < role.end  # "our new Chair, X, has led": the model's "ORG"
                ):
                    return NOT_NHS  # "software firm X has promoted its ...", "St Aldric's Hospice has named ... its"
        earlier = [s for s in self.org_spans if sent.start <= s.start and s.end <= role.start]
        # "A, criticised in a damning report by the CQC, said its medical director X left": A's (unless the
        # assessor is all there is: "after an investigation by NHSI (NHSI), the regulator said its ...")
        earlier = [s for s in earlier if not assessor(s, role)] or earlier
        described = {  # "X, A's medical director, will become its chief medical officer": A describes X
            t.i
            for c in (verb.children if verb is not None else ())
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i in self.person_at
            for t in c.subtree
        }
        earlier = [s for s in earlier if s.start not in described]
        if not earlier and NON_NHS_CONTEXT.search(self._masked(sent.start, role.start)):
            return NOT_NHS  # "Since joining the charity in May, our new Chair, X, has ...": the charity's
        if verb is not None and not any(s.start > verb.i for s in earlier):  # not "moves to B as its CE"
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            for owner in (p for s in subjects for p in s.children if p.dep_ == "poss"):
                # "the hospital's deputy chief executive, X, will step in as its interim chief executive"
                key = (
                    self._referred_org(owner) if owner.lower_ in {"trust", "hospital", "icb", "ccg"} else None
                )
                if key:
                    return Span(self.doc, owner.i, owner.i + 1, label=self._name(key), kb_id=key)
        since = earlier[-1].end if earlier else sent.start
        return self._nearer_subject(since, role.start) or (earlier[-1] if earlier else None)

    def _nearer_subject(self, start: int, end: int) -> Span | None:
        """ "A has been in talks with B over how the service could strengthen its leadership following the
        departure of its chief executive": the body a subject "the trust" / "the service" (an ambulance trust)
        refers to, nearer the possessive than any body named."""
        for t in reversed(self.doc[start:end]):
            if t.dep_ not in {"nsubj", "nsubjpass"} or t.i == 0 or self.doc[t.i - 1].lower_ != "the":
                continue
            key = self._referred_org(t) if t.lower_ in {"trust", "icb", "ccg"} else None
            if t.lower_ == "service":
                key = self._ambulance_service(t)
            if key:
                return Span(self.doc, t.i, t.i + 1, label=self._name(key), kb_id=key)
        return None

    def _ambulance_service(self, token: Token) -> str | None:
        """ "the service" for an ambulance trust: the last local body named before it in the sentence, if that
        is one (a regulator between is context; a community trust "reviewing how the service ran" is not one),
        or, when the sentence names no body before it, the document's own, if that is one."""
        sent = self.sent_of.get(token.i)
        before = [
            s for s in self.org_spans if sent is not None and sent.start <= s.start and s.end <= token.i
        ]
        local = [s.kb_id_ for s in before if s.kb_id_ and by_key()[s.kb_id_].kind != "national_body"]
        if local:
            return local[-1] if by_key()[local[-1]].kind == "ambulance_trust" else None
        main = self.main_org
        return main if not before and main and by_key()[main].kind == "ambulance_trust" else None
