"""Constructions found on the eighteenth round of real pages (rules log items 262 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_a_hospital_a_named_trust_runs_is_that_trusts_site(nlp):
    # Item 262: "A (AB), which runs the X Hospital" introduces a trust by its hospital on many local pages; a
    # later post "at the X Hospital" is A's post, not the hospital's (which holds no board posts).
    trust = "Northern Care Alliance NHS Foundation Trust"
    text = (
        f"The {trust} (NCA), which runs the Royal Oldham Hospital, has had a difficult winter. "
        "Jane Holt, chair at the Royal Oldham Hospital, will step down in March."
    )
    assert changes_of(nlp, text, "2023-01-10") == {("Jane Holt", "chair", trust, "departed")}
    # Two hospitals in one clause are both its sites; the trust stays the one named.
    trust = "The Shrewsbury and Telford Hospital NHS Trust"
    text = (
        f"{trust}, which runs the Royal Shrewsbury Hospital and the Princess Royal Hospital in Telford, said "
        "Tom Reid, chief executive at the Princess Royal Hospital, will retire in May."
    )
    assert changes_of(nlp, text, "2019-02-01") == {("Tom Reid", "chief executive", trust, "departed")}
    # A past "which ran" is history, not the trust's site now: no re-keying.
    text = (
        "Barts Health NHS Trust, which ran the Royal Oldham Hospital once, said nothing. "
        "Jane Holt, chair at the Royal Oldham Hospital, will step down in March."
    )
    assert ("Jane Holt", "chair", "Barts Health NHS Trust", "departed") not in changes_of(
        nlp, text, "2023-01-10"
    )


def test_the_person_named_after_an_unnamed_succession_is_the_arrival(nlp):
    # Item 263: "A has appointed a new chair following the death of its former chairman. X was selected ...":
    # the next sentence's subject is the new chair, not also the one who left.
    trust = "Northern Care Alliance NHS Foundation Trust"
    text = (
        f"The {trust} has appointed a new chairperson following the sudden death of its former chairman.\n\n"
        "Professor Jane Holt was selected by the council of governors on 21 July."
    )
    assert changes_of(nlp, text, "2022-08-01") == {("Jane Holt", "chair", trust, "appointed")}
    # A departure stated alone still goes to the person named next.
    text = f"The chair of the {trust} is to step down.\n\nProfessor Jane Holt will leave in September."
    assert ("Jane Holt", "chair", trust, "departed") in changes_of(nlp, text, "2022-08-01")
