"""Constructions found on the sixteenth round of real pages (rules log items 244 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_a_primary_care_trust_keeps_the_name_the_text_gives_it(nlp):
    # Item 244: the guideline names an organisation as the text states it, in full only where the text gives the
    # full form; "X PCT" stays "X PCT" (as "X CCG" and "X ICB" already did), and the spelt-out form is used
    # when the text itself spells it out.
    short = "Ottilie Brandreth, chair of Huntingdonshire PCT for six years, has resigned."
    assert changes_of(nlp, short, "2006-05-01") == {
        ("Ottilie Brandreth", "chair", "Huntingdonshire PCT", "departed")
    }
    spelt = (
        "Ottilie Brandreth, chair of Huntingdonshire Primary Care Trust, has resigned. "
        "Huntingdonshire PCT will advertise the post."
    )
    assert changes_of(nlp, spelt, "2006-05-01") == {
        ("Ottilie Brandreth", "chair", "Huntingdonshire Primary Care Trust", "departed")
    }
