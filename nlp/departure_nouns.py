"""Departure nouns: which noun names a person's departure ("the retirement of X", "X's resignation",
"the decision of X to step down", "her resignation follows that of X")."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import CHANGE_NOUNS
from nhs_leaders.nlp.vocab import HONORIFICS, LEAVE_VERBS
from spacy.tokens import Span, Token

DEPARTURE_NOUNS = {"departure", "retirement", "resignation", "death", "exit", "dismissal", "passing"}
INTENT_NOUNS = {
    "decision",
    "intention",
    "plan",
    "wish",
    "announcement",
}  # "X's announcement that she will retire"


def departure_noun(root: Token) -> Token | None:
    """The noun naming this person's departure: "the retirement of X", "the retirement at the end of
    October of X", "the decision of X to step down" (a decision, plan or intention to leave)."""
    if root.dep_ == "poss" and names_departure(root.head):
        return root.head
    current = root
    for _ in range(4):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return None
        noun = current.head.head
        if noun.pos_ == "VERB":  # "follows the retirement at the end of October of Y": PP on the verb
            return next(
                (c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in DEPARTURE_NOUNS),
                None,
            )
        if names_departure(noun):
            return noun
        if noun.lower_ == "that" or noun.dep_ == "npadvmod":  # "follows that (last week) of X"
            return _departure_that_stands_for(noun)
        current = noun
    return None


def _departure_that_stands_for(word: Token) -> Token | None:
    """ "Her resignation follows that of X", "His departure follows that last week of X", "comes after
    that of X": "that" stands for the subject's departure noun, so it is X's departure too."""
    verb = word.head.head if word.head.dep_ == "prep" else word.head
    objects = (*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children))
    if not any(t.lower_ == "that" and t.dep_ in {"dobj", "pobj"} for t in objects):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and names_departure(subject) else None


def names_departure(noun: Token) -> bool:
    """A departure noun, or a decision, plan or intention to leave."""
    lemma = noun.lemma_.lower()
    return (
        lemma in DEPARTURE_NOUNS
        or (
            lemma in INTENT_NOUNS
            and any(c.dep_ in {"acl", "xcomp", "relcl"} and c.lemma_ in LEAVE_VERBS for c in noun.children)
        )
        or term_ending(noun)
    )


TERM_NOUNS = {"term", "tenure"}
TERM_ENDING_VERBS = {"end", "expire", "finish", "conclude", "close"}
TERM_ENDING_NOUNS = {"completion", "end", "conclusion", "expiry", "expiration", "close"}
CONDITIONS = {"when", "once", "if", "unless", "until"}
TERM_RENEWED = re.compile(
    r"(?i)\b(re-?appoint\w*|re-?elect\w*|extend\w*|extension|further term|second term)\b"
)


def term_ending(noun: Token) -> bool:
    """ "X's term as chair came to an end", "ends in March", "following the completion of X's term": a term
    of office that ends is its holder's departure (not one renewed: "at the end of her first term she was
    reappointed")."""
    if noun.lemma_.lower() not in TERM_NOUNS or _renewed_or_past(noun) or _imagined(noun):
        return False
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        if any(c.dep_ == "advcl" and any(m.lower_ in CONDITIONS for m in c.children) for c in head.children):
            return False  # "will conclude when the trust has shown it can ...": open-ended, not a leaving
        return head.lemma_ in TERM_ENDING_VERBS or (
            head.lemma_ == "come" and any(c.lower_ == "end" for c in head.subtree)
        )
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TERM_ENDING_NOUNS


MODALS = {"would", "could", "might", "may", "should"}  # a clause that only imagines: "would leave a gap"


def governing_verb(token: Token) -> Token:
    """The nearest verb (or auxiliary) at or above ``token`` in the parse; the root if there is none."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:  # spaCy makes a new Token each time
        token = token.head
    return token


def death_note(noun: Token) -> str | None:
    """The note a departure named by a death ("the death of X", "the passing of X") carries."""
    return "death in post" if noun.lemma_.lower() in {"death", "passing"} else None


def _imagined(noun: Token) -> bool:
    """The clause only imagines the term's end ("the end of X's term would be a loss")."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in governing_verb(noun).children)


def _renewed_or_past(noun: Token) -> bool:
    """The term is renewed (in its sentence or the next: "... came to an end in January. She has been
    reappointed"), or a biography's ("her term as chair finished in 2017": a year before the document's)."""
    doc, sent = noun.doc, noun.sent
    after = doc[sent.end :]
    following = next(iter(after.sents), None) if len(after) else None
    if TERM_RENEWED.search(sent.text + " " + (following.text if following is not None else "")):
        return True
    published = doc._.nhs_published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sent.text)]
    if not years:
        return False
    if published:
        return min(years) < int(published[:4])
    return (
        governing_verb(noun).tag_ == "VBD"
    )  # an undated page: a year with a verb in the past ("finished in 2017")


CHANGE_OF_POST = (
    DEPARTURE_NOUNS | CHANGE_NOUNS.keys() | {"arrival"}
)  # the nouns classify reads, and "arrival"
# before a title whose holder goes unnamed: "the resignation of the / its / the previous chief executive"
UNNAMED_BEFORE = {
    *("the", "a", "its", "their", "new", "interim", "acting", "previous", "former", "outgoing", "current"),
    *("permanent", "substantive"),
}


def unnamed_holder(role: Span) -> bool:
    """ "questioned the resignation of the chief executive", "welcomed the appointment of a new chair": the
    title's holder goes unnamed, so no one in the clause holds it (the clause's subject speaks of the change)."""
    root, doc = role.root, role.doc
    before = doc[role.start - 1].lower_ if role.start > 0 else ""
    return (
        before in UNNAMED_BEFORE
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in CHANGE_OF_POST
    )


def departure_note(text: str, passing: bool = False) -> str | None:
    """ "suspension" ("suspended", "excluded" by the trust) or "death in post" ("died", "death"; with ``passing``,
    also "passing" from a departure trigger's sentence), else None."""
    lower = text.lower()
    if passing and any(w in lower for w in ("passing", "death", "died", "passed away")):
        return "death in post"
    if "suspen" in lower or "excluded" in lower:
        return "suspension"
    return "death in post" if re.search(r"\b(died|death|passed away)\b", lower) else None


def plainly_named(person: Span, noun: Token) -> bool:
    """The leaver of a departure noun named with nothing that gives another post: "the decision of Y", "the
    resignation of Dr Y", "Y's decision" (not "of health secretary Y", "of Y, a former governor", "of Y to step
    down as clinical lead")."""
    doc, start = person.doc, person.start
    while start > 0 and doc[start - 1].text.rstrip(".").lower() in HONORIFICS:
        start -= 1
    introduced = person.root.dep_ == "poss" or (start > 0 and doc[start - 1].lower_ == "of")
    described = any(c.dep_ == "appos" for c in person.root.children)
    return introduced and not described and not any(t.lower_ == "as" for t in noun.subtree)
