"""Posts still to be filled: a post a sentence seeks or is about to choose has no holder there ("to recruit a new
chief executive", "while a replacement chief executive is recruited")."""

from __future__ import annotations

from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import CHOOSING_VERBS, SEEKING_VERBS
from spacy.tokens import Span, Token

# a change or search named by its noun or verb, its post after "of" / "for": "the search for a chief nurse"
SEARCH_WORDS = {
    "appointment",
    "recruitment",
    "search",
    "hunt",
    "process",
    "campaign",
    "advert",
    "look",
    "recruit",
}
# the searches that leave a successor unnamed: not "the appointment of her successor, X" (one named)
SUCCESSOR_SEARCHES = {"search", "hunt", "recruitment", "look"}
# a search over: "the search for her successor has ended with the appointment of X"
SEARCH_ENDS = {"end", "conclude", "complete", "close", "finish", "result", "culminate"}


def is_sought(role: Span, sent: Span) -> bool:
    """A post still to be filled: the object of a search or of a choice to come ("a process to appoint a
    new chief executive", "to recruit a new chairman and chief executive"), or the subject of one ("while a
    replacement chief executive is recruited", "until a permanent chair is appointed")."""
    root = role.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "a new chairman and chief executive"
        root = root.head
    verb = root.head
    first = role.doc[root.left_edge.i] if root.left_edge.i >= sent.start else role.doc[role.start]
    before = {first.lower_, role.doc[max(role.start - 1, sent.start)].lower_}
    unnamed = bool(before & {"a", "an", "new", "permanent", "substantive", "replacement"}) or bool(
        {"new", "permanent", "substantive"} & qualifiers(role)
    )
    lemma = verb.lemma_.lower()
    if root.dep_ == "dobj":
        return unnamed and (
            lemma in SEEKING_VERBS
            or lemma in CHOOSING_VERBS
            and (verb.tag_ in {"VB", "VBG"} or _not_yet(verb))
        )
    return (
        root.dep_ == "nsubjpass"
        and unnamed
        and lemma in SEEKING_VERBS | CHOOSING_VERBS
        and any(c.dep_ == "mark" and c.lower_ in {"until", "while", "before", "when"} for c in verb.children)
    )


def _not_yet(verb: Token) -> bool:
    """A choice not (yet) made: "has not yet appointed a new chief executive", "despite not yet having appointed
    a new chief executive" (the parser may hang "not" on "yet")."""
    return any(
        c.dep_ == "neg" or c.lower_ == "yet" and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


def a_search(token: Token) -> bool:
    """A search, or a verb whose object is one ("start the recruitment process for ...": the parser hangs "for"
    on the verb)."""
    return _search(token, SEARCH_WORDS) is not None


def sought_successor(noun: Token) -> bool:
    """A successor still to be found: the object of a search not yet done ("to recruit his successor", "the
    search for his replacement will start"; not "has recruited her successor", "the search for her successor has
    ended with ...", "announced the appointment of her successor, X")."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in SEEKING_VERBS and head.tag_ not in {"VBD", "VBN"}
    if noun.dep_ != "pobj" or head.lower_ not in {"for", "of"}:
        return False
    search = _search(head.head, SUCCESSOR_SEARCHES)
    return search is not None and search.head.lemma_.lower() not in SEARCH_ENDS


def _search(token: Token, words: set[str]) -> Token | None:
    """``token`` when it is one of the search ``words``, else its object that is one."""
    if token.lemma_.lower() in words:
        return token
    return next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words), None)
