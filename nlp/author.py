"""The author of a first-person text: a chief executive's blog or a chair's letter is signed at the end
("Jo Bloggs\nChief Executive") or headed with its writer ("A message from our Chair, Jo Bloggs"), and its
"I", "me" and "my" are that person outside quotations."""

from __future__ import annotations

import re

from nhs_leaders.nlp.extensions import doc_text
from nhs_leaders.nlp.vocab import HONORIFICS, POST_NOMINALS
from spacy.tokens import Doc, Span

FIRST_PERSON = {"i", "me", "my"}
SIGNATURE_REACH = 300  # characters from the end of the text where a signature may stand
HEADING_REACH = 400  # characters from the start of the text where a "message from" heading may stand
# The heading of a letter, message or blog naming its writer: "Important message from X, Chairman",
# "Letter from our new CEO, X", "The following message is from our Chair, X:", "Leadership message from X",
# "Stakeholder update from Chief Executive X", "Thursday 29th July - Leadership message from X" (a dated series).
WRITER_HEADING = re.compile(
    r"^(?:[\w’',]+(?: [\w’',]+){0,3} [-–:] )?(?-i:(?:[A-Z][a-z’']+ ){0,2})"  # a dated series, a word or two
    r"(?:an? |the following |important )*(?:message|letter|blog|update|note|column)s?(?: is)? from\b",
    re.IGNORECASE,
)  # not "Why I welcome the message from X", "A reply to the letter from X": someone else's words


def signature_author(doc: Doc, people: list[Span], roles: list[Span]) -> tuple[Span, Span] | None:
    """The person whose name stands alone on a line near the end of the text with a role title starting
    the next line (the signature of a letter, message or blog), and that role."""
    tail = len(doc_text(doc)) - SIGNATURE_REACH
    role_at = {r.start: r for r in roles if r.start_char >= tail}
    one_line = []
    for person in reversed(people):
        if person.start_char < tail:
            break
        if _alone_on_line(doc, person):
            following = person.end
            while following < len(doc) and doc[following].is_space:
                following += 1
            if following in role_at:  # the name ends its line, so the role starts the next
                return person, role_at[following]
        elif _starts_line(doc, person) and person.end + 1 in role_at and doc[person.end].text in SEPARATORS:
            role = role_at[person.end + 1]  # "Graham U... - Chief Executive": the title ends the line
            if role.end == len(doc) or "\n" in doc[role.end].text:
                one_line.append((person, role))
    # a stacked signature wins; a one-line one only when it is the only such line (not a caption or contacts list)
    return one_line[0] if len(one_line) == 1 else None


def heading_author(doc: Doc, people: list[Span], roles: list[Span]) -> tuple[Span, Span] | None:
    """The one person and the one role title on a heading line near the start that says whose message, letter
    or blog this is ("A message from our Chief Executive, Jo Bloggs"), when no later line heads another one."""
    text = doc_text(doc)
    found = []
    for line in re.finditer(r"[^\n]+", text[:HEADING_REACH]):
        if not WRITER_HEADING.match(line.group().strip()):
            continue
        start, end = line.start(), line.end()
        named = [p for p in people if start <= p.start_char and p.end_char <= end]
        titled = [r for r in roles if start <= r.start_char and r.end_char <= end]
        if len(named) == 1 and len(titled) == 1 and _signs_off(named[0], titled[0], end):
            found.append((named[0].kb_id_, named[0], titled[0]))
    if len({key for key, _, _ in found}) != 1:
        return None
    return found[0][1], found[0][2]


def _signs_off(person: Span, role: Span, line_end: int) -> bool:
    """The heading's title and name stand together and close its line: "A message from our Chair, Jo Bloggs", "our
    CEO Prof Jo Bloggs CBE"; not "A letter from the chief executive, Jo Bloggs, was sent to staff" (a story's
    sentence) nor "A message from Jo Bloggs on the appointment of our new Medical Director" (someone else's title)."""
    doc = person.doc
    first, last = sorted((person, role), key=lambda span: span.start)
    between = doc[first.end : last.start]
    after = [t for t in doc[last.end :] if t.idx < line_end]
    return all(t.text == "," or t.lower_.rstrip(".") in HONORIFICS for t in between) and all(
        t.is_space or t.text in {",", ":", "."} or t.text in POST_NOMINALS for t in after
    )


SEPARATORS = {"-", "–", "—", ","}


def _starts_line(doc: Doc, span: Span) -> bool:
    return span.start == 0 or "\n" in doc[span.start - 1].text


def _alone_on_line(doc: Doc, span: Span) -> bool:
    before = _starts_line(doc, span)
    after = span.end == len(doc) or "\n" in doc[span.end].text
    return before and after
