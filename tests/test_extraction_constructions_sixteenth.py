"""Constructions found on the twenty-third round of real pages (rules log items 327 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_the_council_of_governors_cut_by_the_title_window_is_the_trusts_own(nlp):
    # Item 327: the words just after a title are read for a non-NHS body ("chair of the county council"); a
    # window ending inside "the council of governors" read "council" alone as a local authority, and the acting
    # chair was dropped.
    trust = "Dorset County Hospital NHS Foundation Trust"
    text = (
        f"{trust} news\n\nThe chair of the trust, Barnaby Whitcombe, leaves at the end of June. His deputy, "
        "Lorna Pettifer, will step up as acting chair from July while the council of governors runs a "
        "recruitment process.\n"
    )
    changes = changes_of(nlp, text, "2019-05-10")
    assert ("Lorna Pettifer", "chair", trust, "appointed") in changes
    council = (
        "Lorna Pettifer will step up as acting chair of the county council from July while Dorset County "
        "Hospital NHS Foundation Trust looks for a new director.\n"
    )
    assert not [c for c in changes_of(nlp, council, "2019-05-10") if c[0] == "Lorna Pettifer"]
