"""Constructions found on the thirty-fourth round of real pages (rules log items 437 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of

# the opening of a bulleted attendance list in a national body's minutes
NHSE_MEMBERS = (
    "Minutes of a public meeting of the NHS England Board held on 4 June 2024. Members present:\n"
    "  \u2022 Sir Ivor Lindqvist, Chair\n"
)


def test_a_former_title_with_its_holder_between_commas_then_a_leaving_verb(nlp):
    # Item 437: "Former chief executive, X, left in December": the title is the sentence's root, the name its
    # apposition, and the parser hangs "left" on the title. The leaving is what made the title former, as in
    # "X, the former chair, left in May" (the name as root), which was already read.
    text = (
        "NHS Grampian has named an interim chief executive. Former chief executive, Moira Tennant, left in "
        "December. Several other senior staff have also gone in recent weeks."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-02-10")}
    assert ("Moira Tennant", "chief executive", "NHS Grampian", "departed") in found, found
    # a title held long ago stays history: the leaving is dated years before the page
    past = "NHS Grampian opened a new ward. Former chief executive, Moira Tennant, left in 2009, and spoke."
    assert not {f for f in events_of(nlp, past, "2019-02-10") if f[0] == "Moira Tennant"}


def test_the_leaver_of_an_unnamed_lede_is_the_one_the_story_names_not_the_next_name_on_the_page(nlp):
    # Item 438: a live blog's headline says a chief executive quits, and the page's other headlines follow it
    # ("Top headlines", an interview) before the story names anyone: the first person named after the lede was
    # read as the leaver. When the story itself names who left that very post, the lede's leaver is that person.
    text = (
        "This page is for health professionals only\n\n"
        "Live: Chief executive of troubled ambulance trust quits\n\n"
        "Top headlines\n\n"
        "Marsh softens stance on weekend opening\n\n"
        "Gideon Marsh interview: 'We will put money where our mouth is'\n\n"
        "14:00 The chief executive of South Central Ambulance Service NHS Foundation Trust has quit over claims "
        "about call handling, a newspaper reports.\n\n"
        "In a statement, the trust said on Tuesday: 'South Central Ambulance Service NHS Foundation Trust "
        "announces that chief executive Rowan Eldridge has now left the Trust to pursue other interests.'"
    )
    found = {f[:4] for f in events_of(nlp, text, "2016-10-05")}
    assert not any(f[0] == "Gideon Marsh" for f in found), found
    org = "South Central Ambulance Service NHS Foundation Trust"
    assert ("Rowan Eldridge", "chief executive", org, "departed") in found, found
    # and when the blog's next entry names someone else first, the story's own naming of who left the post wins
    blog = text.replace(
        "Top headlines",
        "16:55 The college has announced its new council members. Dr Lionel Abara was elected to the council.",
    )
    found = {f[:4] for f in events_of(nlp, blog, "2016-10-05")}
    assert not any(f[0] in {"Gideon Marsh", "Lionel Abara"} for f in found), found
    assert ("Rowan Eldridge", "chief executive", org, "departed") in found, found


def test_a_first_or_last_meeting_named_with_the_boards_initials_or_words(nlp):
    # Item 439: "welcomed X to her first NHSE Board meeting as interim COO", "his final Governing Body
    # meeting": the meeting's name between "first"/"last" and "meeting" (a body's initials, or words that name
    # a board) hid the welcome of a new member (read as a post held) and a member's farewell.
    text = (
        "Minutes of a public meeting of the NHS England Board held on 7 March 2024. 1.2 The Chair welcomed "
        "Dr Ines Halvorsen to her first NHSE Board meeting as interim Chief Operating Officer. 1.3 The Chair "
        "thanked Non-Executive Director Bram Oyelaran, who was attending his final NHSE Board meeting."
    )
    found = {f[:5] for f in events_of(nlp, text, "2024-03-07")}
    assert ("Ines Halvorsen", "chief operating officer", "NHS England", "appointed", True) in found, found
    assert ("Bram Oyelaran", "non-executive director", "NHS England", "departed", False) in found, found


def test_a_surname_that_is_also_a_month_ends_a_name_after_a_given_name(nlp):
    # Item 440: "Dame Ruth May, Chief Nursing Officer" in a bulleted attendance list: the name readers stopped at
    # "May" (a month: "Tuesday 4 June" heads a minute), so the member was lost. A word that is also a month or a
    # common word ends a name straight after a given name or "Mr"/"Dr" (not after "Thursday 12").
    text = NHSE_MEMBERS + (
        "  \u2022 Dame Helen May, Chief Nursing Officer\n"
        "  \u2022 Dr Omar March, Medical Director\n"
        "The minutes of the meeting held on Thursday 12 May were agreed. Mr May presented the nursing report."
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-06-04")}
    assert ("Helen May", "chief nurse", "NHS England", "holds") in found, found
    assert ("Omar March", "medical director", "NHS England", "holds") in found, found
    assert not any(f[0].startswith(("Thursday", "May")) for f in found), found


def test_national_and_commissioning_titles_in_an_attendance_list(nlp):
    # Item 441: titles missing from the role table, so the members holding them were lost: a commissioning
    # body's or NHS England's "Director of Primary Care", and NHS England's chief people officer under its 2023
    # name, "Chief Workforce, Training and Education Officer" (the guideline's chief people officer).
    text = NHSE_MEMBERS + (
        "  \u2022 Dr Petra Szabo, Chief Workforce, Training and Education Officer\n"
        "  \u2022 Dr Kwame Asante, Interim Director of Primary Care\n"
    )
    found = {f[:5] for f in events_of(nlp, text, "2024-06-04")}
    assert ("Petra Szabo", "chief people officer", "NHS England", "holds", False) in found, found
    assert ("Kwame Asante", "director of primary care", "NHS England", "holds", True) in found, found


def test_an_associate_or_assistant_title_is_not_the_directors_own(nlp):
    # Item 442: "Associate Director of Primary Care", "Assistant Director of Strategy": a listed title read
    # without its first word gave the member the director's own post (the review of item 441 found it for the
    # new "director of primary care"; "associate director of strategy" was read as "director of strategy"
    # before). The word stays in the title, as "deputy" already did.
    text = (
        "NHS Frimley Integrated Care Board, Primary Care Committee, 25 July 2024. Present: Dame Priscilla Otway "
        "(Chair); Owen Fairbrass, Associate Director of Primary Care; Ruth Mallory, Assistant Director of "
        "Strategy; Gemma Tullis, Director of Primary Care."
    )
    found = {f[:3] for f in events_of(nlp, text, "2024-07-25")}
    org = "NHS Frimley Integrated Care Board"
    assert ("Owen Fairbrass", "associate director of primary care", org) in found, found
    assert ("Ruth Mallory", "assistant director of strategy", org) in found, found
    assert ("Gemma Tullis", "director of primary care", org) in found, found
