"""Stage (b)/(c) boundary, a post described beside a person while the sentence moves them elsewhere: "X, chief
executive of A, will take the helm at B", "X, A's director of finance, will start as the STP's lead", "will take
up his new role", "has been named chief executive of the year": the described post is the one held now.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import MADE_TO_LEAVE, within_child
from nhs_leaders.nlp.vocab import DEPART_VERBS, LEAVE_VERBS
from spacy.tokens import Span, Token

# an award's name ("chief executive of the year", "the HSJ Awards"), not a time ("at the end of the year")
AWARD = re.compile(
    r"\b(?<!end )(?<!start )(?<!beginning )(?<!middle )(?<!rest )(?<!half )of the year\b|\bawards?\b"
)

CAME_FROM_WORDS = {"from", "leaving"}  # "joins B from A", "moves to B, leaving A"
NOT_A_POST_AFTER_AS = {"part", "result", "consequence", "such", "well"}  # "as part of", "as a result of"
# "X, currently COO of A, ...", "X, the current chief officer of A and ..., has been appointed as ...": a post the
# sentence says is held now
CURRENT_BEFORE = re.compile(r"\b(currently|at present|presently|(?P<adjective>current))(\s+the)?\s*$", re.I)


class HeldPostsMixin:
    def _marked_current(self, role: Span, adjective: bool = True) -> bool:
        """The title is said to be held now ("currently chief officer of A"; with ``adjective``, "the current chief
        officer of A"), or is joined by "and" to one that is ("the current chief officer of A and executive lead
        of B"). The adjective alone does not keep the post: "the current chair, X, steps down in May"."""
        sent = self.sent_of[role.start]
        marked = CURRENT_BEFORE.search(self.doc[max(sent.start, role.start - 4) : role.start].text)
        if marked and (adjective or not marked.group("adjective")):
            return True
        if role.root.dep_ != "conj" or role.root.head.i >= role.start:
            return False
        # the parser may join it to the first title's body: "chief officer of A and lead"
        head = role.root.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        joined = next((r for r in self.role_spans if r.start <= head.i < r.end), None)
        return joined is not None and joined != role and self._marked_current(joined, adjective)

    def _held_beside_a_change(self, role: Span) -> bool:
        """A title said to be held now, with its own organisation, while a later title in the sentence is the
        one the change names ("X, the current chief officer of A, has been appointed as the new chief officer of
        the five CCGs"): the sentence's trigger is about the later post, not this one."""
        return (
            self._marked_current(role)
            and self._title_org(role, before=False) is not None
            and any(
                r.start > role.end and r.root.dep_ != "conj"
                for r in self.role_spans
                if self.sent_of[r.start] == self.sent_of[role.start]
            )
        )

    def _post_held_elsewhere(self, role: Span, person: Span, predicate: Token | None) -> bool:
        """A post described beside the person ("X, chief executive of A," / "X, who has been CEO of A for
        seven years,") while the sentence's verb takes them to another organisation ("will take the helm
        at B", "has been appointed to B"): the post at A is the one they hold now."""
        verbs = [v for v in (predicate, person.root.head) if v is not None and v.pos_ in {"VERB", "AUX"}]
        if not verbs or _removed(verbs[0], person):
            return False  # "NHS England has sacked X, chief executive of A": the remover is not where X goes
        if self._names_other_post(verbs[0], person, role):
            return True
        own = self._title_org(role)
        if own is None:
            return False
        if self._reaches_other_org(verbs, person, own.kb_id_ or own.text, range(role.start, own.end)):
            return True
        return self._bare_arrival(verbs[0]) and self.main_org not in {None, own.kb_id_}

    def _names_other_post(self, verb: Token, person: Span, role: Span) -> bool:
        """ "X, A's director of finance, will start as the STP's lead", "will take up his new role": the verb
        names the new post itself, so the one describing X is held now (not when both are the same title:
        "interim chief executive X has been appointed as chief executive")."""
        described = {t.i for t in person.root.subtree} | set(range(role.start, role.end))
        complement = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i and t.i not in described)
        if AWARD.search(complement):
            return True  # "X, chief executive of A, has been named chief executive of the year": an award
        if any(
            c.dep_ == "dobj"
            and c.lemma_ in {"role", "post", "job", "position"}
            and any(a.lower_ == "new" for a in c.children)
            for c in verb.children
        ):
            return True  # "X, current CEO of A, will take up his new role on 18 October"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > person.end):
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is None or named.i in described or named.lower_ in NOT_A_POST_AFTER_AS:
                continue  # "have been pushed out as part of the restructure": no post named
            other = next((r for r in self.role_spans if r.start <= named.i < r.end), None)
            if other is None or other.label_ != role.label_:
                return True
        return False

    def _title_org(self, role: Span, before: bool = True) -> Span | None:
        """The organisation a title names: "chief executive of (the) A", "at A"; with ``before``, when no
        "of"/"at" follows, the one written just before it ("Walsall Healthcare NHS Trust chief executive")."""
        doc = self.doc
        if role.end < len(doc) and doc[role.end].lower_ in {"of", "at"}:
            the = role.end + 1 < len(doc) and doc[role.end + 1].lower_ == "the"
            return self.org_at.get(role.end + (2 if the else 1))
        return self.org_at.get(role.start - 1) if before else None

    @staticmethod
    def _bare_arrival(verb: Token) -> bool:
        """ "will join (the trust) in September", "will step in from September": an arrival that names neither
        post nor organisation, so it goes to the organisation the document is about (a lede's "A has appointed a new
        chief executive"), not to the one in the person's apposition."""
        lemma = verb.lemma_.lower()
        particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
        arrives = lemma in {"join", "start", "arrive"} or lemma == "step" and "in" in particles
        named = "as" in particles or any(
            c.dep_ in {"dobj", "attr", "oprd"} and c.lower_ not in {"trust", "organisation", "board", "team"}
            for c in verb.children
        )  # "will join the trust in September": the trust the document is about
        return arrives and not named

    def _reaches_other_org(
        self, verbs: list[Token], person: Span, own: str, also_described: range = range(0)
    ) -> bool:
        """A verb takes the person to an organisation other than ``own`` (key or name): "will take the helm
        at B". What describes the person (their apposition or relative clause) does not count, nor what describes
        those joined to them ("A, chief executive of B, and X, chair of C, have resigned": B is A's, not where X goes)."""
        described = {t.i for t in person.root.subtree} | set(also_described) | _coordinated_with(person)
        reached = reached_tokens(verbs, described)
        return any(o.start in reached and (o.kb_id_ or o.text) != own for o in self.org_spans)


def _coordinated_with(person: Span) -> set[int]:
    """The words of the other members of a coordination the person (or the title they are in apposition to) is
    joined into: "A, chief executive of B, and X, chair of C" gives X everything but "X, chair of C", however the
    parser hung the second member (on A's name or on A's title)."""
    anchor = person.root.head if person.root.dep_ == "appos" else person.root
    if anchor.dep_ != "conj":
        return set()
    top = anchor
    while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
        top = top.head
    return {t.i for t in top.subtree} - {t.i for t in anchor.subtree}


def _removed(verb: Token, person: Span) -> bool:
    """The person is the object of a verb of removal ("has sacked / removed / suspended X", "eased out X")."""
    removal = verb.lemma_ in DEPART_VERBS - LEAVE_VERBS or verb.lemma_ in MADE_TO_LEAVE
    return removal and within_child(verb, person, {"dobj"})


def reached_tokens(verbs: list[Token], described: set[int]) -> set[int]:
    """The words the verbs reach, less ``described`` (what describes the person) and less where the person comes
    from ("has moved from A, where she was COO", "leaving A")."""
    came_from = {t.i for v in verbs for c in v.children if c.lower_ in CAME_FROM_WORDS for t in c.subtree}
    return {t.i for v in verbs for t in v.subtree} - described - came_from
