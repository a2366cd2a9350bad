"""What a headline says about the change its story reports ("Trust chief executive to leave", "... names new
chair"), and posts a sentence leaves unnamed ("to take up a role"): read when the body never names the post
(`unnamed._appointments_without_role`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

POSITION_NOUNS = {"role", "post", "job", "position", "appointment"}
LEAVING_HEADLINE = re.compile(
    r"\b(to (leave|go|quit|retire|step down|stand down)|leaves|leaving|quits|resigns|resigned|retires|retiring|"
    r"steps down|stands down|stepping down|departs|exit|bows out)\b",
    re.I,
)
ARRIVING_HEADLINE = re.compile(
    r"\b(appoint\w*|names?|named|new|successor|replace\w*|join\w*|takes? over|steps? up|interim|acting)\b",
    re.I,
)


def another_post(verb: Token, title: str) -> bool:
    """Under a headline that names no one taking its post, a post the verb takes is another one: "is to take up
    a role working with STPs", "a post in Australia"; and, under "chief executive to leave", "will take up his
    new appointment" (the headline's own post is "the role", "the post")."""
    if ARRIVING_HEADLINE.search(title):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "is to take up a post"
    posts = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.lemma_ in POSITION_NOUNS]
    if any(d.dep_ == "det" and d.lower_ in {"a", "an"} for p in posts for d in p.children):
        return True
    own_new = any(
        {d.lower_ for d in p.children} >= {"new"} and any(d.dep_ == "poss" for d in p.children) for p in posts
    )
    return own_new and leaving_headline(title)


def leaving_headline(title: str) -> bool:
    """ "Hospital trust chief executive to leave", "Chair resigns": a headline about a post left, with no word of
    anyone taking it."""
    return bool(LEAVING_HEADLINE.search(title)) and not ARRIVING_HEADLINE.search(title)


def named_in_headline(title: str | None, people: list[Span], role_label: str) -> Span | None:
    """ "NHS Lothian names Caroline X new chief executive" over "NHS Lothian has appointed a new chief executive
    following the retirement of Y. Professor X's career ...": the lede withholds the name and the next sentences
    never make its holder their subject; the person the headline names beside the post is the appointee."""
    if not title or not ARRIVING_HEADLINE.search(title) or role_label.lower() not in title.lower():
        return None
    return next((p for p in people if " " in p.kb_id_ and _named_to(title, p.kb_id_, role_label)), None)


def _named_to(title: str, name: str, role_label: str) -> bool:
    """The headline gives the name the post: "names X new chief executive", "X named new A chief executive",
    "appoints X as chief executive" (not "Chair X welcomes new chief executive", "... as X retires")."""
    between = r"(?:(?:is|as|named|appointed|confirmed|to be|the|its|new|next|permanent|interim|acting)\s+)*"
    place = r"(?:[A-Z][\w'-]*\s+){0,3}"  # "X named new Wirral chief executive": capitalised words only
    return bool(re.search(rf"{re.escape(name)}\s+(?i:{between}){place}(?i:{re.escape(role_label)})", title))
