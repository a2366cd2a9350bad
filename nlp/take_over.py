"""'X takes over (as <title> of <body>) from Y': whom a post is taken over from (used by :mod:`nlp.succession`)."""

from __future__ import annotations

from collections.abc import Callable

from nhs_leaders.nlp.cues import DEPART
from spacy.tokens import Span, Token


def takes_over(verb: Token) -> bool:
    """ "take over" with a person as its object: "She will take over the current chair Y"."""
    return verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def taken_over_from(prep: Token, verb: Token | None, over: bool = False) -> bool:
    """ "from" of "take (over) from Y", also where the parser hangs it on the title or body in between: "has
    taken over as interim chief executive of the Rotherham NHS Trust from Y" (``verb``: the verb above it)."""
    if prep.head.lemma_ == "take" and (not over or takes_over(prep.head)):
        return True
    return verb is not None and verb.i < prep.i and takes_over(verb) and _through_as(prep, verb)


def _through_as(prep: Token, verb: Token) -> bool:
    """``prep`` hangs on the "as <title> (of <body>)" of ``verb``, not on another phrase ("with support from")."""
    token = prep.head
    while token.i != verb.i:
        if token.dep_ == "prep" and token.lower_ == "as" and token.head.i == verb.i:
            return True
        if token.dep_ == "prep" and token.lower_ not in {"of", "at"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def taken_from(verb: Token) -> list[Token]:
    """Whom "take over from Y" names ("X will take over from (director of nursing) Y at A"), as objects."""
    clauses = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}  # Y's own: "who ... as MD"
    if not takes_over(verb) or any(t.lower_ == "as" and t.i not in clauses for t in verb.subtree):
        return []  # "will take over from Y, who retires in May, as director of the alliance": the post is named
    return _from_objects(verb)


def succeeds_someone(verb: Token | None) -> bool:
    """ "will succeed Y", "will replace Y", "will take over from Y": the post the subject takes is Y's."""
    if verb is None:
        return False
    if verb.lemma_ in {"succeed", "replace"}:
        return any(c.dep_ == "dobj" for c in verb.children)
    return takes_over(verb) and bool(_from_objects(verb))


def _from_objects(verb: Token) -> list[Token]:
    """The objects of the verb's "from" ("take over from Y": Y)."""
    return [g for c in verb.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]


def leaves_titled_post(person: Span, verb_class: Callable[[Token], str | None]) -> bool:
    """A predecessor taken over from ("X will take over from Y") leaves the post their apposition names only
    when their own clause says so ("from Y, director of nursing at A, who retires in May"); a name with no title
    after it leaves the post taken ("from director of nursing Y")."""
    if not any(c.dep_ == "appos" or c.text == "," for c in person.root.children):
        return True
    return any(t.dep_ == "relcl" and verb_class(t) == DEPART for t in person.root.subtree)
