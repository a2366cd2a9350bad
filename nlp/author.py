"""The author of a first-person text: a chief executive's blog or a chair's letter is signed at the end
("Jo Bloggs\nChief Executive"), and its "I", "me" and "my" are that person outside quotations."""

from __future__ import annotations

from nhs_leaders.nlp.extensions import doc_text
from spacy.tokens import Doc, Span

FIRST_PERSON = {"i", "me", "my"}
SIGNATURE_REACH = 300  # characters from the end of the text where a signature may stand


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


SEPARATORS = {"-", "–", "—", ","}


def _starts_line(doc: Doc, span: Span) -> bool:
    return span.start == 0 or "\n" in doc[span.start - 1].text


def _alone_on_line(doc: Doc, span: Span) -> bool:
    before = _starts_line(doc, span)
    after = span.end == len(doc) or "\n" in doc[span.end].text
    return before and after
