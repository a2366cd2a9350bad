"""A ``Matcher`` run only where a pattern can begin: patterns indexed by their first token's exact values.

spaCy's ``Matcher`` starts every pattern at every token of the text, so its cost grows with the number of
patterns times the length of the text. Most of our phrasings begin with one of a few words ("decision",
"step", a form of "be"), so :class:`AnchoredMatcher` groups the patterns by the exact values their first
token asks for, finds the tokens that carry those values in one pass, and runs each group's matcher over a
window starting there, as long as the group's longest pattern. The matches are the plain matcher's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import product

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

ANCHOR_ATTRS = {"LOWER": "lower_", "ORTH": "orth_", "LEMMA": "lemma_", "TAG": "tag_"}
BOUNDED = re.compile(r"^\{(\d*),(\d+)\}$|^\{(\d+)\}$")
UNBOUNDED = re.compile(r"^\{\d*,\}$")
Anchor = tuple[tuple[str, str], ...]


def anchor_of(pattern: list[dict]) -> Anchor | None:
    """The exact (attribute, value) pairs the first token asks for, or None if it may be anything."""
    first = pattern[0]
    if (
        "OP" in first
        or not first
        or any(a not in ANCHOR_ATTRS or not isinstance(v, str) for a, v in first.items())
    ):
        return None
    return tuple(sorted(first.items()))


def exact_first_token(pattern: list[dict]) -> list[list[dict]]:
    """The pattern as several whose first token tests exact values only (same matches): an ``IN`` set of
    the first token spelled out, so that each value can be looked up (and tested in C, not in Python)."""
    first, rest = pattern[0], pattern[1:]
    if "OP" in first:
        return [pattern]
    choices = [
        [(attr, v) for v in value["IN"]]
        if isinstance(value, dict) and set(value) == {"IN"}
        else [(attr, value)]
        for attr, value in first.items()
    ]
    return [[dict(combo), *rest] for combo in product(*choices)]


def longest(pattern: list[dict]) -> int | None:
    """The most tokens the pattern can span (None: no bound, a ``*`` or ``+``)."""
    total = 0
    for token in pattern:
        op = token.get("OP", "1")
        bounded = BOUNDED.match(op)
        if op in {"*", "+"} or UNBOUNDED.match(op):
            return None
        total += int(bounded.group(2) or bounded.group(3)) if bounded else 1
    return total


class AnchoredMatcher:
    """Labelled patterns matched from the tokens their first token names (see the module's docstring)."""

    def __init__(self, vocab: Vocab, patterns: Iterable[tuple[str, list[dict]]]) -> None:
        grouped: dict[Anchor | None, list[tuple[str, list[dict]]]] = defaultdict(list)
        for label, pattern in patterns:
            for exact in exact_first_token(pattern):
                grouped[anchor_of(exact)].append((label, exact))
        self.groups: dict[Anchor | None, tuple[Matcher, int | None]] = {}
        for anchor, members in grouped.items():
            matcher = Matcher(vocab)
            for label, pattern in members:
                matcher.add(label, [pattern])
            lengths = [longest(p) for _, p in members]
            self.groups[anchor] = (matcher, None if None in lengths else max(lengths))
        signatures: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for anchor in self.groups:
            if anchor:
                signatures[tuple(attr for attr, _ in anchor)].add(vocab.strings.add(anchor[0][1]))
        self.firsts_by_signature = {
            sig: numpy.array(sorted(v), dtype="uint64") for sig, v in signatures.items()
        }
        self.firsts = {sig[0] for sig in signatures}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every match, sorted by start, then end, then id."""
        found: set[tuple[int, int, int]] = set()
        if None in self.groups:
            found.update(self.groups[None][0](doc))
        for start, anchor in self._anchored_tokens(doc):
            matcher, width = self.groups[anchor]
            end = len(doc) if width is None else min(len(doc), start + width)
            found.update(
                (key, start, start + stop) for key, begin, stop in matcher(doc[start:end]) if begin == 0
            )
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _anchored_tokens(self, doc: Doc) -> list[tuple[int, Anchor]]:
        """(position, anchor) of every token whose values are a group's first token's, found with numpy:
        the first attribute of each signature is looked up in one vectorised pass, the rest per hit."""
        columns = {attr: doc.to_array(attr) for attr in self.firsts}
        out = []
        for signature, values in self.firsts_by_signature.items():
            for i in numpy.flatnonzero(numpy.isin(columns[signature[0]], values)):
                token = doc[int(i)]
                anchor = tuple((attr, getattr(token, ANCHOR_ATTRS[attr])) for attr in signature)
                if anchor in self.groups:
                    out.append((int(i), anchor))
        return out
