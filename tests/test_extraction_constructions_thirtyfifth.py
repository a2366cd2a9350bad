"""Constructions found on the forty-second round of real pages (rules log items 500 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, holds_of


def test_a_new_holder_a_lede_leaves_unnamed_is_the_next_person_named(nlp):
    # Item 500: "The new chief executive of A has set out her priorities. ... Dr X said": a profile of someone
    # just in post opens with the title and names the person a sentence later; the appointment was lost (or the
    # post read as held).
    text = (
        "The new chief executive of Birmingham's largest hospital trust has set out her priorities for the "
        "year ahead.\n\n"
        "In her first interview since taking the helm of Heart of England NHS Foundation Trust, Dr Wenna "
        "Calloway said safety would come before targets.\n\n"
        "She said staff should hold her to account."
    )
    changes = changes_of(nlp, text, "2014-09-03")
    assert ("Wenna Calloway", "chief executive", "Heart of England NHS Foundation Trust", "appointed") in changes
    text = (
        "The new chief executive of the hospitals in Bournemouth and Poole has pledged to make safety her "
        "first priority.\n"
        "But Tamsin Roke, the chief executive of University Hospitals Dorset NHS Foundation Trust, would not "
        "say whether pay was fair."
    )
    changes = changes_of(nlp, text, "2022-06-01")
    assert ("Tamsin Roke", "chief executive", "University Hospitals Dorset NHS Foundation Trust", "appointed") in (
        changes
    )
    # not a departure lede, and not a lede that names its subject
    text = (
        "The new chair of Norfolk and Suffolk NHS Foundation Trust, Kit Amberly, has pledged to listen.\n"
        "Hal Drummond, the chief executive, welcomed her."
    )
    changes = changes_of(nlp, text, "2022-06-01")
    assert all(c[0] != "Hal Drummond" for c in changes)

