"""Constructions found on the twenty-fourth round of real pages (rules log items 342 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from pathlib import Path

from tests.construction_helpers import changes_of, events_of, holds_of

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


def test_a_verb_the_parser_hangs_on_the_apposition_is_the_names(nlp):
    # Item 343: "X, the senior independent director at A, handed in his notice": the small model makes the name
    # the sentence's root and the verb a modifier of the title, so the leaving had no verb and read as held.
    trust = "Royal Cornwall Hospitals NHS Trust"
    text = f"Osric Penhallow, the senior independent director at {trust}, handed in his notice on Tuesday."
    assert (
        "Osric Penhallow",
        "senior independent director",
        trust,
        "departed",
    ) in changes_of(nlp, text, "2012-06-14")
    # A verb with a person for its object is the chair's act, not her appointment.
    text = f"{trust} news. The trust's chair, Dame Morwenna Tregear, named Idris Pascoe as its temporary leader on Friday."
    assert ("Morwenna Tregear", "chair", trust) in holds_of(nlp, text, "2012-06-14")
    assert ("Morwenna Tregear", "chair", trust, "appointed") not in changes_of(nlp, text, "2012-06-14")


def test_a_future_post_in_a_who_clause_is_an_appointment(nlp):
    # Item 344: a post a "who" clause gives for the future is taken, not held; the name right before "who" is the
    # clause's person, whatever word the parser hung the clause on.
    trust = "Gateshead Health NHS Foundation Trust"
    text = (
        f"{trust} chief executive Alder Whinnie is moving on. “I have every confidence in the directors, "
        "the clinical teams and Bryony Kettlewell who will be interim chief executive officer to carry on the work.”"
    )
    assert ("Bryony Kettlewell", "chief executive", trust, "appointed", True, None) in events_of(
        nlp, text, "2019-03-02"
    )
    text = f"{trust} thanked Bryony Kettlewell, who will be interim chief executive."
    assert ("Bryony Kettlewell", "chief executive", trust, "appointed", True, None) in events_of(
        nlp, text, "2019-03-02"
    )


def test_outgoing_before_the_body_the_title_names_is_leaving(nlp):
    # Item 345: "Outgoing Sherwood Forest Hospitals boss X" (a photograph's caption): the qualifier stands before
    # the body, not inside the title, and the post read as held.
    trust = "Sherwood Forest Hospitals NHS Foundation Trust"
    for word in ("Outgoing", "Retiring"):
        text = f"{word} Sherwood Forest Hospitals chair Perpetua Langstaff. She thanked the staff."
        found = changes_of(nlp, f"{trust} news. {text}", "2021-06-01")
        assert ("Perpetua Langstaff", "chair", trust, "departed") in found, word


def test_taken_over_as_a_title_from_someone_is_their_leaving(nlp):
    # Item 347: "X has taken over as interim chief executive of A from Y, who ...": the parser hangs "from" on the
    # title, not on "taken", so the one taken over from did not leave.
    trust = "The Rotherham NHS Foundation Trust"
    text = (
        "Gareth Pennock has taken over as interim chief executive of the Rotherham NHS Foundation Trust "
        "from Diane Lister, who has stepped down."
    )
    found = changes_of(nlp, text, "2013-11-20")
    assert ("Gareth Pennock", "chief executive", trust, "appointed") in found
    assert ("Diane Lister", "chief executive", trust, "departed") in found


def test_a_post_filled_unnamed_after_a_named_leaving_is_the_post_left(nlp):
    # Item 348: "A has lined up an interim chief executive following the resignation of Y": the post is filled by
    # someone the sentence does not name, so Y's leaving had no post.
    trust = "East of England Ambulance Service NHS Trust"
    for verb in ("has lined up", "has appointed"):
        text = f"{trust} {verb} an interim chief executive following the resignation of Robert Linley last month."
        assert ("Robert Linley", "chief executive", trust, "departed") in changes_of(
            nlp, text, "2018-10-01"
        ), verb
    # A post sought, not filled, already read so; a named appointee's post is the one left.
    text = f"{trust} has appointed Jane Hill as interim chief executive following the resignation of Robert Linley."
    assert ("Robert Linley", "chief executive", trust, "departed") in changes_of(nlp, text, "2018-10-01")


def test_capitalised_words_before_an_honorific_describe_the_person(nlp):
    # Item 349: "Independent Health Service Adviser Professor X has been appointed ...": the word before the
    # honorific was taken for a given name the model left off, and "Adviser Professor X" was no name.
    trust = "East Midlands Ambulance Service NHS Trust"
    text = (
        f"{trust} news. Independent Governance Adviser Professor Helen Marsh has been appointed as the "
        "Trust's Interim Chair."
    )
    assert ("Helen Marsh", "chair", trust, "appointed", True, None) in events_of(nlp, text, "2012-05-01")
    # Two honorifics together stay one name.
    text = f"Professor Sir Alan Marsh has been appointed chair of {trust}."
    assert ("Alan Marsh", "chair", trust, "appointed") in changes_of(nlp, text, "2012-05-01")


def test_a_post_kept_alongside_a_new_one_is_held(nlp):
    # Item 350: "take on this position alongside his existing role as Chair of A": the post named after "his
    # existing role as" is kept, not taken.
    kings, guys = "King's College Hospital NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust"
    text = (
        f"{kings} has appointed Sir Colin Ashdown as interim chair. Sir Colin has been asked to take on this "
        f"position alongside his existing role as Chair of {guys}."
    )
    found = events_of(nlp, text, "2019-02-05")
    assert ("Colin Ashdown", "chair", kings, "appointed", True, None) in found
    assert ("Colin Ashdown", "chair", guys, "holds", False, None) in found
    assert ("Colin Ashdown", "chair", guys, "appointed", False, None) not in found


def test_a_minute_book_row_with_initials_in_brackets_names_its_holder(nlp):
    # Item 351: "Anne McPherson (AM) Non Executive Director": a row's name, its initials in brackets, then its
    # title; the name was lost whenever the model missed it (which depends on the text around the row). Our
    # fixture 197 (an ICB's minutes) has two such rows the model misses.
    body = (FIXTURES / "texts" / "197.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    found = holds_of(nlp, body, "2025-01-30")
    icb = "NHS Somerset Integrated Care Board"
    assert ("Rowan Tresidder", "chief executive", icb) in found
    assert ("Soraya Whitlock-Adair", "chief nurse", icb) in found
