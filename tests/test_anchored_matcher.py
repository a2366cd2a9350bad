"""`nlp.anchored_matcher`: a Matcher run only where a pattern can begin gives the plain Matcher's matches."""

from __future__ import annotations

import pytest
from nhs_leaders.nlp.anchored_matcher import AnchoredMatcher, longest
from nhs_leaders.nlp.triggers import trigger_patterns
from spacy.matcher import Matcher

PATTERNS = [
    (
        "DEPART",
        [{"LOWER": {"IN": ["decision", "plan"]}}, {"LOWER": "to"}, {"LEMMA": {"IN": ["step", "retire"]}}],
    ),
    (
        "APPOINT",
        [{"LEMMA": "be", "TAG": "VBZ"}, {"LOWER": "the"}, {"LOWER": "new", "OP": "?"}, {"POS": "NOUN"}],
    ),
    # a window with no bound: the phrase may run to the end of the text
    ("HISTORY", [{"LOWER": "before"}, {"OP": "*"}, {"LOWER": "appointed"}]),
    ("HISTORY", [{"LOWER": "held"}, {"POS": "ADJ", "OP": "{0,3}"}, {"LOWER": "positions"}]),
    # a first token that may be anything: matched over the whole text
    ("APPOINT", [{"POS": "PROPN", "OP": "+"}, {"LOWER": "joins"}]),
]
TEXTS = [
    "Her decision to step down was announced. He is the new chief executive and she is the medical director.",
    "She held several senior positions before she was finally appointed. Jo Bloggs joins in May.",
    "The plan to retire early was before the trust board of directors last week, which appointed nobody.",
]


def plain_matches(nlp, doc) -> set[tuple[int, int, int]]:
    matcher = Matcher(nlp.vocab)
    for label, pattern in PATTERNS:
        matcher.add(label, [pattern])
    return set(matcher(doc))


@pytest.mark.parametrize("text", TEXTS)
def test_the_anchored_matcher_finds_what_the_plain_matcher_finds(nlp, text):
    doc = nlp(text)
    found = AnchoredMatcher(nlp.vocab, PATTERNS)(doc)
    assert set(found) == plain_matches(nlp, doc) and found
    assert found == sorted(found, key=lambda m: (m[1], m[2], m[0]))


def test_a_window_is_as_long_as_the_longest_form_of_a_pattern():
    assert longest(PATTERNS[0][1]) == 3
    assert longest(PATTERNS[1][1]) == 4
    assert longest(PATTERNS[2][1]) is None
    assert longest(PATTERNS[3][1]) == 5
    assert longest([{"LOWER": "a"}, {"LOWER": "b", "OP": "{1,}"}]) is None


def test_the_trigger_component_marks_the_same_phrasings_as_a_plain_matcher(nlp):
    text = (
        "Her decision to step down was a surprise. He has held several senior positions including finance "
        "director. The trust is pleased to welcome Jo Bloggs as chair. She will retire by the middle of next year."
    )
    doc = nlp(text)
    matcher = Matcher(nlp.vocab)
    for entry in trigger_patterns():
        matcher.add(entry["label"], [entry["pattern"]])
    plain = {(nlp.vocab.strings[k], s, e) for k, s, e in matcher(doc)}
    marked = {(s.label_, s.start, s.end) for s in doc.spans["nhs_triggers"]}
    assert len(marked) >= 3 and marked <= plain
