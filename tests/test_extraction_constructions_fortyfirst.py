"""Constructions found on the forty-eighth round of real pages (rules log items 531 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, holds_of


def test_a_committee_chair_behind_a_curly_apostrophe_is_no_board_post(nlp):
    # Item 531: "who will also become chair of the trust’s Audit Committee": real pages write the typographic
    # apostrophe; the committee is still a committee, not the board.
    text = (
        "Four join hospital board\n\n"
        "Nadia Brookfield will join the board of Colchester Hospital University NHS Foundation Trust as a "
        "non-executive director from 1 May. Ms Brookfield, who will also become chair of the trust’s Audit "
        "Committee, spent 30 years in the oil industry.\n"
    )
    changes = changes_of(nlp, text, "2013-04-10")
    assert not any(person == "Nadia Brookfield" and role == "chair" for person, role, _, _ in changes)
    assert (
        "Nadia Brookfield",
        "non-executive director",
        "Colchester Hospital University NHS Foundation Trust",
        "appointed",
    ) in changes
    # review mends: the chair of the board "and its" committee is the board's chair; a committee chair leaving
    # is no unnamed board chair for the next name
    text = (
        "New chair for Gloucestershire\n\n"
        "Gloucestershire Hospitals NHS Foundation Trust has named Dame Rosalind Vesey as the new chair of the "
        "Trust’s Board and its Nominations Committee. She takes over from Terence Ablett, who is stepping down "
        "after nine years.\n"
    )
    changes = changes_of(nlp, text, "2024-05-01")
    assert (
        "Rosalind Vesey",
        "chair",
        "Gloucestershire Hospitals NHS Foundation Trust",
        "appointed",
    ) in changes
    assert (
        "Terence Ablett",
        "chair",
        "Gloucestershire Hospitals NHS Foundation Trust",
        "departed",
    ) in changes
    text = (
        "CCG lay member leaves\n\n"
        "NHS Wirral CCG has announced that Dr Harold Pinner, chair of the CCG’s Audit Committee, has stepped down "
        "from the governing body after six years. The CCG chair, Dr Leena Varma, thanked him for his work.\n"
    )
    assert not any(person == "Leena Varma" for person, _, _, _ in changes_of(nlp, text, "2019-05-01"))


def test_a_former_post_of_another_body_beside_a_title_is_not_the_one_left(nlp):
    # Item 532: "chairman X, the former boss at A, quit in February": the title before the name is the post left;
    # the "former" one in commas is an older post elsewhere.
    text = (
        "Bosses quit troubled trust\n\n"
        "The Mid Yorkshire Hospitals NHS Trust has lost its leaders. Chief executive Agnes Thorley left in "
        "January and chairman Desmond Ruddock, the former boss at Leeds Bradford Airport, quit in February.\n"
    )
    changes = changes_of(nlp, text, "2012-03-20")
    assert ("Desmond Ruddock", "chair", "Mid Yorkshire Hospitals NHS Trust", "departed") in changes
    assert not any(
        person == "Desmond Ruddock" and role == "chief executive" for person, role, _, _ in changes
    )
    # a "former" title alone, with no other title beside the name, is still the post the leaver left
    text = (
        "Chair quits\n\n"
        "Desmond Ruddock, the former chairman of Mid Yorkshire Hospitals NHS Trust, quit in February.\n"
    )
    assert ("Desmond Ruddock", "chair", "Mid Yorkshire Hospitals NHS Trust", "departed") in changes_of(
        nlp, text, "2012-03-20"
    )
    # a title not yet taken ("Incoming chief executive") does not make the former one an older post
    text = (
        "Chief executive on the move\n\n"
        "Incoming chief executive Owen Pryce, the former chief operating officer at Bradford Teaching Hospitals "
        "NHS Foundation Trust, quit Bradford last month ahead of his move to Airedale NHS Foundation Trust.\n"
    )
    assert (
        "Owen Pryce",
        "chief operating officer",
        "Bradford Teaching Hospitals NHS Foundation Trust",
        "departed",
    ) in changes_of(nlp, text, "2019-05-01")


def test_titles_joined_after_presently_the_are_all_held(nlp):
    # Item 533: "will join the Trust from A, where he is presently the deputy chief executive and chief operating
    # officer": "presently the" marks both joined titles as held at A, not taken there.
    text = (
        "New chief executive for Sherwood Forest\n\n"
        "Sherwood Forest Hospitals NHS Foundation Trust has appointed a new chief executive. Callum Ferris will "
        "join the Trust from University Hospitals of Leicester NHS Trust where he is presently the deputy chief "
        "executive and chief operating officer.\n"
    )
    changes = changes_of(nlp, text, "2018-03-01")
    assert not any(
        person == "Callum Ferris" and organisation == "University Hospitals of Leicester NHS Trust"
        for person, _, organisation, _ in changes
    )
    held = holds_of(nlp, text, "2018-03-01")
    assert ("Callum Ferris", "chief operating officer", "University Hospitals of Leicester NHS Trust") in held
    assert ("Callum Ferris", "deputy chief executive", "University Hospitals of Leicester NHS Trust") in held


def test_a_plural_acronym_title_before_named_people_is_each_ones(nlp):
    # Item 534: "Two current NEDs, A and B, will step down before the four take up their positions": the plural
    # acronym is a title as the spelt-out plural is ("two non-executive directors, A and B, ...").
    text = (
        "Four new faces for hospital board\n\n"
        "Colchester Hospital University NHS Foundation Trust has appointed four new non-executive directors. Two "
        "current NEDs, Dr Mirela Hanrahan and Ian Pellow, will step down before the four take up their "
        "positions.\n"
    )
    changes = changes_of(nlp, text, "2013-04-10")
    for person in ("Mirela Hanrahan", "Ian Pellow"):
        assert (
            person,
            "non-executive director",
            "Colchester Hospital University NHS Foundation Trust",
            "departed",
        ) in changes
        assert not any(p == person and event == "appointed" for p, _, _, event in changes)


def test_a_post_a_body_seeks_to_fill_is_not_the_next_named_persons(nlp):
    # Item 535: "The two trusts would be seeking to appoint a shared chief executive ... It was a move that their
    # joint chair - X - said was an opportunity": a post still sought is no unnamed arrival for the next name.
    text = (
        "Two Shropshire trusts to share a boss\n\n"
        "Jocelyn Waterhouse has been appointed chief executive in common for both The Shrewsbury and Telford "
        "Hospital NHS Trust (SaTH) and Shropshire Community Health NHS Trust.\n\n"
        "The two trusts announced earlier this year that they would be seeking to appoint a shared chief executive "
        "to lead both organisations.\n\n"
        "It was a move that their joint chair - Andrew Morley - said was an opportunity to integrate services.\n"
    )
    changes = changes_of(nlp, text, "2025-07-28")
    assert not any(person == "Andrew Morley" for person, _, _, _ in changes)
    assert (
        "Jocelyn Waterhouse",
        "chief executive",
        "Shropshire Community Health NHS Trust",
        "appointed",
    ) in changes
    # an appointment made is still read with the next sentence's name
    text = (
        "Community trust names new chief executive\n\n"
        "Shropshire Community Health NHS Trust has appointed a new chief executive. Jocelyn Waterhouse will join "
        "in May.\n"
    )
    assert (
        "Jocelyn Waterhouse",
        "chief executive",
        "Shropshire Community Health NHS Trust",
        "appointed",
    ) in changes_of(nlp, text, "2025-03-02")
    # a welcome is no search: "We hope you will join us in welcoming our new chief nurse"
    text = (
        "Welcome to our new chief nurse\n\n"
        "We hope you will join us in welcoming our new chief nurse to Airedale NHS Foundation Trust. Joanne "
        "Braithwaite joins us from Bradford Teaching Hospitals NHS Foundation Trust next week.\n"
    )
    assert ("Joanne Braithwaite", "chief nurse", "Airedale NHS Foundation Trust", "appointed") in changes_of(
        nlp, text, "2020-01-06"
    )


def test_a_first_meeting_for_named_members_is_their_appointment(nlp):
    # Item 536: minutes' "noting that this is the first meeting for A and B": the people listed after "meeting for"
    # own it, as "A's first meeting" and "welcomed A to her first meeting" already read; the post is the one the
    # attendance list gives them.
    text = (
        "Leeds Teaching Hospitals NHS Trust: minutes of the Board meeting\n\n"
        "Present: Rupert Mallinson (Chair), Ayesha Prendergast (Chief Executive), Louise Asante (Non-Executive "
        "Director), David Bennet (Non-Executive Director)\n\n"
        "1.1 The Chair welcomed everyone and noted that this is the first meeting for Louise Asante and David "
        "Bennet.\n"
    )
    changes = changes_of(nlp, text, "2023-06-01")
    for person in ("Louise Asante", "David Bennet"):
        assert (
            person,
            "non-executive director",
            "Leeds Teaching Hospitals NHS Trust",
            "appointed",
        ) in changes
    assert not any(person in {"Rupert Mallinson", "Ayesha Prendergast"} for person, _, _, _ in changes)
