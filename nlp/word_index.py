"""Where each word is in the document, by lower-cased form and by lower-cased lemma, read once from the Doc's
arrays. Passes that look for a few words ("his"/"her", "first"/"last", "successor", "succeed") visit those
tokens only: making a Token object for every word of the text to test it costs more than the passes themselves.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token


def positions_by(doc: Doc, attr: int) -> dict[str, list[int]]:
    """Token positions by the lower-cased string of ``attr``, in text order."""
    values = doc.to_array(attr)
    order = numpy.argsort(values, kind="stable")  # positions grouped by value, each group in text order
    distinct, starts = numpy.unique(values[order], return_index=True)
    groups = numpy.split(order, starts[1:])
    strings, out = doc.vocab.strings, {}
    for value, positions in zip(distinct.tolist(), groups):
        word = strings[value].lower()
        # two spellings of one lower-cased word ("Trust" and "trust" as lemmas) are merged in text order
        out[word] = sorted(out[word] + positions.tolist()) if word in out else positions.tolist()
    return out


class WordIndexMixin:
    @cached_property
    def _lemma_positions(self) -> dict[str, list[int]]:
        """Token positions by lower-cased lemma."""
        return positions_by(self.doc, LEMMA)

    @cached_property
    def _lower_positions(self) -> dict[str, list[int]]:
        """Token positions by lower-cased form."""
        return positions_by(self.doc, LOWER)

    def _tokens_with(self, lowers: Iterable[str] = (), lemmas: Iterable[str] = ()) -> list[Token]:
        """The tokens written as one of ``lowers`` or with one of ``lemmas`` (both lower-cased), in text
        order: the only tokens a pass that first tests for those words can act on."""
        positions = {i for word in lowers for i in self._lower_positions.get(word, ())}
        positions |= {i for lemma in lemmas for i in self._lemma_positions.get(lemma, ())}
        return [self.doc[i] for i in sorted(positions)]
