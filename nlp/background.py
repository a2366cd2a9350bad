"""Stage (c), an appointment told as background: "Sir X, who took over as chair in March, said ...". The relative
clause dates a past start, a month or more before the page, about someone quoted for other news: the post is
held, the appointment is not the news (a recent one - "who was appointed on 20 May", on 1 June - still is)."""

from __future__ import annotations

from datetime import date

from nhs_leaders.nlp.dates import find_dates, period_start, resolve
from nhs_leaders.nlp.vocab import REPORT_VERBS
from spacy.tokens import Token

BACKGROUND_DAYS = 28  # a start at least this long before the page is background to other news
RECENT_KINDS = {"today", "this_month", "next_month", "month_end"}
NOT_SIMPLE_PAST = {"has", "have", "had", "will", "would", "is", "are", "'s", "to"}


def told_as_background(verb: Token, published: date | None) -> bool:
    """The relative clause of ``verb`` tells, in the simple past, a start dated a month or more before the page
    (on an undated page: a named month or year), and the person it describes speaks in the main clause."""
    if verb.dep_ != "relcl":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & NOT_SIMPLE_PAST or (verb.tag_ != "VBD" and not aux & {"was", "were"}):
        return False
    person = verb.head
    if person.dep_ != "nsubj" or person.head.lemma_ not in REPORT_VERBS:
        return False
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text
    for mention in find_dates(clause):
        if published is None:  # an undated page: a named month or year, not "this month" or "today"
            if mention.kind not in RECENT_KINDS:
                return True
            continue
        value, _ = resolve(mention, published, "past")
        if value and (published - period_start(value)).days >= BACKGROUND_DAYS:
            return True
    return False
