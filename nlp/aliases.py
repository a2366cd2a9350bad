"""One person under several given names in a text ("Stephen Powis" ... "Steve Powis"): the short forms in
``data/given_names.csv`` join them under the name the text first gives in full."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from nhs_leaders.nlp.vocab import given_name_forms
from spacy.tokens import Span

if TYPE_CHECKING:
    from nhs_leaders.nlp.people import Person


def first_full_names(full: list[tuple[Span, Person]]) -> list[tuple[Span, Person]]:
    """One person named two ways in a text ("Stephen Powis" ... "Steve Powis", "Sir Robert X" ... "Bob X")
    keeps the name the text first gives them in full."""
    first_seen: dict[str, int] = {}
    for span, person in sorted(full, key=lambda item: item[0].start):
        first_seen.setdefault(person.name, span.start)
    renamed: dict[str, str] = {}
    for name in sorted(first_seen, key=first_seen.get):
        given, *rest = name.split()
        earlier = [
            other
            for other in first_seen
            if first_seen[other] < first_seen[name]
            and other.split()[1:] == rest
            and _same_given_name(given, other.split()[0])
        ]
        if rest and earlier:
            renamed[name] = renamed.get(earlier[0], earlier[0])
    return [(span, replace(p, name=renamed[p.name]) if p.name in renamed else p) for span, p in full]


def _same_given_name(one: str, other: str) -> bool:
    forms = given_name_forms()
    return one != other and bool(({one} | forms.get(one, set())) & ({other} | forms.get(other, set())))
