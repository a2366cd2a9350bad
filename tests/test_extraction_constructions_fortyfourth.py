"""Constructions found on the fifty-first round of real pages (rules log items 554 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_the_foundation_trust_in_lower_case_is_the_story_trust_not_a_register_name(nlp):
    # Item 554: the register holds a trust of 2001 named "The Foundation NHS Trust" (also "The Foundation
    # Trust"): a name of generic words only is that body only as written, not "the foundation trust's
    # spokeswoman" in a story about another trust.
    text = (
        "Trust chief executive resigns\n\n"
        "Tameside Hospital NHS Foundation Trust is looking for a new leader. The foundation trust's spokeswoman "
        "said chief executive Maren Oduya had tendered her resignation.\n"
    )
    orgs = {org for person, _, org, _ in changes_of(nlp, text, "2013-02-01") if person == "Maren Oduya"}
    assert orgs == {"Tameside Hospital NHS Foundation Trust"}


def test_people_joined_by_and_share_the_sentences_change(nlp):
    # Item 555: "It follows the departure of chief executive A earlier this month, and medical director B in
    # November"; "welcomed A as interim director of nursing and B as interim deputy chief executive": the small
    # parser hangs the second name on the first one's title, so the change reached the first name only.
    text = (
        "Board changes at the trust\n\n"
        "Salisbury NHS Foundation Trust has named an acting chief executive. It follows the departure of chief "
        "executive Orla Fenwick earlier this month, and medical director Piers Adebayo in November. The trust "
        "also welcomed Nadia Brookes as interim director of nursing and Callum Ferrier as interim deputy chief "
        "executive.\n"
    )
    changes = {(person, event) for person, _, _, event in changes_of(nlp, text, "2016-12-12")}
    assert {
        ("Orla Fenwick", "departed"),
        ("Piers Adebayo", "departed"),
        ("Nadia Brookes", "appointed"),
        ("Callum Ferrier", "appointed"),
    } <= changes


def test_a_change_marked_on_one_joined_title_is_not_shared(nlp):
    # Item 555's guard: "New chair A and chief executive B said ...": "new" marks A's title only; B holds.
    text = (
        "Salisbury NHS Foundation Trust\n\n"
        "New chair Orla Fenwick and chief executive Piers Adebayo said they were pleased with the report.\n"
    )
    changes = {(person, event) for person, _, _, event in changes_of(nlp, text, "2016-12-12")}
    assert ("Orla Fenwick", "appointed") in changes and not any(p == "Piers Adebayo" for p, _ in changes)


def test_a_naming_verb_with_a_leaving_complement_is_a_departure(nlp):
    # Item 556: "X, chief delivery officer at NHS England, has been confirmed to be departing", "has been
    # confirmed as leaving": "confirm" names people to posts, but here what it confirms is the leaving.
    text = (
        "Directors leave NHS England\n\n"
        "Lorcan Teague, chief delivery officer at NHS England, has been confirmed to be departing. Ines Marlowe, "
        "national director for urgent care at NHS England, has been confirmed as leaving.\n"
    )
    changes = {(person, event) for person, _, _, event in changes_of(nlp, text, "2025-04-01")}
    assert changes == {("Lorcan Teague", "departed"), ("Ines Marlowe", "departed")}


def test_replacing_a_thing_is_no_succession(nlp):
    # Item 557: "Chair A and chief executive B said they will replace the hospital's ageing theatres": "replace"
    # with an object that is no person, pronoun, title or post changes no one's post (B was read as appointed,
    # and item 555 then shared that with A).
    text = (
        "Chair Lorna Pike and chief executive Adam Crewe of Wye Valley NHS Trust said they will replace the "
        "hospital's ageing operating theatres.\n"
    )
    assert changes_of(nlp, text, "2021-03-01") == set()


def test_a_change_in_a_relative_clause_is_only_its_names(nlp):
    # Item 558: "Chief executive A and medical director B, who is retiring in May, signed the letter": the
    # leaving is told in a clause on B's name; A, joined to B by "and", holds the post (a trigger phrase was
    # shared with the name joined by "and" (item 497), and item 555 shared the change too).
    text = (
        "Salisbury NHS Foundation Trust\n\n"
        "Chief executive Tom Reid and medical director Mia Holt, who is retiring in May, signed the "
        "letter to staff.\n"
    )
    changes = {(person, event) for person, _, _, event in changes_of(nlp, text, "2019-03-01")}
    assert changes == {("Mia Holt", "departed")}
