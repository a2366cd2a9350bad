"""Posts named inside quotations: only an interim or acting cover a speaker states for a named person ("Dr Y
will take on the role of interim chief executive", "I have asked Y to take on the role as acting chief
executive"); speech otherwise tells history, hopes and other bodies' posts, read nowhere else.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.departure_nouns import MODALS
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.verb_class import ONE_SITTING
from spacy.tokens import Span, Token

QUOTED_COVER_VERBS = {"take", "step", "stand", "act", "become", "serve", "join"}


def _wished(verb: Token, quoted: set[int]) -> bool:
    """The verb or one above it is hoped, supposed, conditional, past or refused: "we hope X will", "X should",
    "if X were", "if the board agrees, I will ask X", "in 2016 I asked X", "asked X, but he declined"."""
    return any(
        any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in v.children)
        or any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in v.children)
        or any(
            c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in v.children
        )
        or any(c.dep_ == "conj" and c.lemma_ in {"decline", "refuse", "reject"} for c in v.children)
        or (v is not verb and v.lemma_ in {"hope", "want", "wish", "expect", "like", "urge"})
        or v.tag_ == "VBD"
        for v in (verb, *verb.ancestors)
        if v.idx in quoted  # not the reporting verb outside the quotation ("X said: ...")
    )


def _leaves_or_sits(verb: Token) -> bool:
    """ "asked X to step down as acting chief executive" (leaving), "to serve as acting chair for today's
    meeting" (one sitting): no post taken."""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    return bool(particles & {"down", "aside", "back"}) or any(t.lemma_ in ONE_SITTING for t in verb.subtree)


class QuotedPostsMixin:
    def _named_in_quote(self, role: Span, sent: Span) -> tuple[Span, str, Token] | None:
        """ "Y will take on the role of interim chief executive", "I have asked Y to take on the role as acting
        chief executive", said inside a quotation: the named subject or appointee of the post's verb, when
        the name is in the same quotation (not "I", not a name outside it)."""
        verb = self._verb_of(role.root)
        if (
            verb is None
            or not qualifiers(role) & {"interim", "acting"}
            or verb.lemma_ not in QUOTED_COVER_VERBS
            or "?" in sent.text
            or _wished(verb, self.quoted)
            or _leaves_or_sits(verb)
            or verb.dep_ == "relcl"  # below: the title describes someone else ("from X, who has been ...")
            or any(a.dep_ == "relcl" or a.i in self.person_at for a in role.root.ancestors if a.i > verb.i)
        ):
            return None  # "If X were to become ...", "We hope X will ...", "... X, who has been acting CE"
        requested = verb.dep_ == "xcomp" and verb.head.lemma_ in {"ask", "invite"}  # "I have asked Y ... to"
        asked = (
            [c for c in verb.head.children if c.dep_ == "dobj" and c.i in self.person_at] if requested else []
        )
        found = (self.person_at[asked[0].i], "object") if asked else self._argument(verb, sent)
        if found is None or found[0].start_char not in self.quoted:
            return None
        return found[0], found[1], verb
