"""Minute-book initials: "Jane Smith (JS) Chief Nurse", "Avi Bhatia AB Clinical Chair". A name's own initials
in brackets straight after it mark it as a person's name in an attendance row, and later "JS" means Jane Smith
(used by the people recogniser, `people.py`)."""

from __future__ import annotations

import re

from nhs_leaders.nlp.vocab import given_name_genders
from spacy.tokens import Span

# a name's letters: the Latin ones, accented too ("Wörts", "Karadžić", "Siân"), not a footnote mark ("X³"); its
# capitals open it
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſ"
NAME_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
NAME_TOKEN = re.compile(rf"^(?:[{NAME_CAPITALS}][{NAME_LETTERS}'’\-]*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|-)$")


def initialled_in_row(tokens: list, role_starts: set[int], blocked: set[int]) -> list[Span]:
    """ "... Community Care Julie Rowles (JR) Director of Workforce": in an attendance row flattened out of a
    table, a name anywhere in the row is told by its own initials in brackets straight after it, then a
    title; the words the initials spell are the name."""
    out = []
    for j, token in enumerate(tokens):
        if token.text != "(" or j + 3 not in role_starts or tokens[j + 2].text != ")":
            continue
        size = len(re.match(r"[A-Z]*", tokens[j + 1].text).group())
        i = j - size
        if size not in {2, 3} or i < 0 or any(k in blocked for k in range(i, j)):
            continue
        words = tokens[i:j]
        name = " ".join(t.text for t in words)
        if all(NAME_TOKEN.match(t.text) for t in words) and initials_bracket(tokens, j, name):
            out.append(tokens[0].doc[i:j])
    return out


def initials_bracket(tokens: list, j: int, name: str) -> bool:
    """ "Anne McPherson (AM) Non Executive Director": the name's own initials in brackets before its title, for a
    name a person's: a known given name first, or initials the minutes use again ("AM said"); not "Staff Side (SS)
    Chair" or "Emergency Department (ED) Clinical Director"."""
    if not (
        j + 3 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and own_initials(tokens[j + 1].text, name)
    ):
        return False
    initials = tokens[j + 1].text
    used_again = sum(t.text == initials for t in tokens) > 1
    return name.split()[0] in given_name_genders() or used_again


def own_initials(word: str, name: str) -> bool:
    """``word`` is ``name``'s initials as minute books write them after it: "AB", "RCp", "MWh", "MM1" (a second
    M M)."""
    initials = re.fullmatch(r"([A-Z]{2,4})(?:[a-z]|\d)?", word)
    return initials is not None and initials.group(1) == initials_of(name)


def initials_of(name: str) -> str:
    """The capitals a name's words (and their hyphenated parts) start with: "Mary-Jane Smith" -> "MJS"."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


def initials_only(words: list[str]) -> bool:
    """Every word a capital run of two to four letters, one of them with no vowel ("MT EW", "PB SD")."""
    return all(re.fullmatch(r"[A-Z]{2,4}", w) for w in words) and any(
        not re.search(r"[AEIOUY]", w) for w in words
    )
