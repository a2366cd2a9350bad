"""Constructions found on the forty-ninth round of real pages (rules log items 537 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of, holds_of


def test_a_trade_papers_short_foundation_trust_name_is_that_trust(nlp):
    # Item 537: "Newcastle FT's current interim chair, X, is reaching the end of her term": trade papers name a
    # foundation trust by its name's opening words and "FT"; the post is that trust's, not the other one named.
    text = (
        "Hospital trust to share chair with neighbour\n\n"
        "Northumbria Healthcare NHS Foundation Trust and its neighbour are to share a chair from the summer.\n\n"
        "Newcastle FT’s current interim chair, Margery Tolland, is reaching the end of her term of office and "
        "could not stand again, the trust said.\n"
    )
    changes = changes_of(nlp, text, "2019-07-01")
    assert (
        "Margery Tolland",
        "chair",
        "The Newcastle upon Tyne Hospitals NHS Foundation Trust",
        "departed",
    ) in changes
    assert not any(
        org.startswith("Northumbria") for person, _, org, _ in changes if person == "Margery Tolland"
    )
    # review mend: a short name the tagger does not call a proper noun ("Hey"), beside a career-history one
    text = (
        "Children's hospital chief nurse retires\n\n"
        "Chief nurse Rosalind Tebbit, who joined Alder Hey FT from Aintree FT in 2012, will retire in July.\n"
    )
    assert (
        "Rosalind Tebbit",
        "chief nurse",
        "Alder Hey Children's NHS Foundation Trust",
        "departed",
    ) in changes_of(nlp, text, "2019-05-01")
    # "Leeds FT": no foundation trust's name opens with "Leeds" alone, so no body is read into it
    text = "Dr Colm Ferris, chief executive of Leeds FT, will retire in the spring.\n"
    assert not any(org for _, _, org, _ in changes_of(nlp, text, "2019-07-01") if "Leeds" in org)


def test_a_post_awaited_until_someone_is_recruited_is_no_arrival_for_the_next_name(nlp):
    # Item 538: "His appointment will be as an interim until A and B recruit a permanent joint chair": the post in
    # the "until" clause is still to be filled, so the person the next sentence introduces did not take it.
    text = (
        "Joint chair for two trusts\n\n"
        "Harriet Lowell will be confirmed as joint chair of the two trusts in July. Her appointment will be as an "
        "interim until Barnsley Hospital NHS Foundation Trust and The Rotherham NHS Foundation Trust recruit a "
        "permanent joint chair.\n\n"
        "The move comes after Owen Tremlett moved from Leeds to take over as chief executive at Barnsley in "
        "January.\n"
    )
    changes = changes_of(nlp, text, "2019-07-01")
    assert not any(person == "Owen Tremlett" and role == "chair" for person, role, _, _ in changes)


def test_leaders_pushed_or_forced_out_of_their_posts_leave_them(nlp):
    # Item 539: "have been pushed out of their roles", "was forced out of her job": made to leave, told in the
    # passive; the active's subject is the one who did the pushing, and keeps the post.
    text = (
        "Regulator shake-up\n\n"
        "Ian Mortlake, chief executive of NHS Improvement, has been pushed out of his role as part of the "
        "restructure.\n"
    )
    assert ("Ian Mortlake", "chief executive", "NHS Improvement", "departed") in changes_of(
        nlp, text, "2019-01-20"
    )
    text = (
        "Tribunal finds for former chief\n\n"
        "The chair, Edwin Oakes, forced out the chief executive of Countess of Chester Hospital NHS Foundation "
        "Trust, a tribunal found.\n"
    )
    assert not any(person == "Edwin Oakes" for person, _, _, _ in changes_of(nlp, text, "2025-01-20"))
    text = "Dr Leah Braddock, chief executive of Barnsley Hospital NHS Foundation Trust, pushed out a winter plan.\n"
    assert not any(person == "Leah Braddock" for person, _, _, _ in changes_of(nlp, text, "2025-01-20"))
    # review mends: a plan pushed out "by" a leader is no leaving of theirs; the active's object is pushed out
    text = (
        "Winter plan\n\n"
        "A new winter plan was pushed out on Monday by Dana Rudd, chief operating officer of Leeds Teaching "
        "Hospitals NHS Trust.\n"
    )
    assert not any(person == "Dana Rudd" for person, _, _, _ in changes_of(nlp, text, "2025-01-20"))
    text = (
        "Regulator acts\n\n"
        "NHS England has eased out Neville Crouch, chief executive of Wirral University Teaching Hospital NHS "
        "Foundation Trust, after a year of losses.\n"
    )
    assert (
        "Neville Crouch",
        "chief executive",
        "Wirral University Teaching Hospital NHS Foundation Trust",
        "departed",
    ) in changes_of(nlp, text, "2025-01-20")


def test_each_of_two_joined_leavers_leaves_their_own_post(nlp):
    # Item 540: "A, chief executive of B, and X, chair of C, have resigned": B describes A, so it is not a body the
    # verb takes X to (X's post at C was read as held while moving to B); and "as part of the restructure" names
    # no other post.
    text = (
        "Two leaders quit\n\n"
        "Rowena Delamere, chief executive of Barnsley Hospital NHS Foundation Trust, and Cedric Ashdown, chair of "
        "The Rotherham NHS Foundation Trust, have resigned.\n"
    )
    changes = changes_of(nlp, text, "2019-01-20")
    assert ("Cedric Ashdown", "chair", "The Rotherham NHS Foundation Trust", "departed") in changes
    assert (
        "Rowena Delamere",
        "chief executive",
        "Barnsley Hospital NHS Foundation Trust",
        "departed",
    ) in changes
    text = (
        "Shake-up at the top\n\n"
        "Both the current NHSI chief, Ivor Penhale, and the NHS England deputy chief executive, Moira Castleton, "
        "have been pushed out of their roles as part of the restructure which created the new post.\n"
    )
    changes = changes_of(nlp, text, "2019-01-20")
    assert any(
        p == "Moira Castleton" and r == "deputy chief executive" and e == "departed" for p, r, _, e in changes
    )
    # a verb that does take the person elsewhere still leaves the described post held
    text = (
        "New role\n\n"
        "Rowena Delamere, chief executive of Barnsley Hospital NHS Foundation Trust, will take the helm at The "
        "Rotherham NHS Foundation Trust.\n"
    )
    assert not any(
        e == "departed" for p, _, _, e in changes_of(nlp, text, "2019-01-20") if p == "Rowena Delamere"
    )
    # review mend: the body a person "has moved from" is not where the verb takes them
    text = (
        "New chief executive settles in\n\n"
        "The new chief executive of Airedale NHS Foundation Trust, Gwen Pilling, has moved from Harrogate FT, where "
        "she was chief operating officer.\n"
    )
    assert ("Gwen Pilling", "chief executive", "Airedale NHS Foundation Trust", "appointed") in changes_of(
        nlp, text, "2023-05-01"
    )


def test_a_first_day_or_week_as_a_title_is_the_post_just_taken(nlp):
    # Item 541: "Today is the first day for X as Group Chief Executive of A", and a signed blog's "my first week as
    # Chief Executive": the post has just been taken, not only held.
    text = (
        "First day for new group chief\n\n"
        "Today is the first day for Declan Morrow as Group Chief Executive of Manchester University NHS Foundation "
        "Trust, and we welcome him.\n"
    )
    assert (
        "Declan Morrow",
        "chief executive",
        "Manchester University NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, text, "2023-03-01")
    text = (
        "Chief executive's blog\n\n"
        "This has been my first week as Chief Executive of University Hospitals of Derby and Burton NHS Foundation "
        "Trust and I have been overwhelmed by the welcome.\n\n"
        "Priya Anand\nChief Executive\n"
    )
    assert (
        "Priya Anand",
        "chief executive",
        "University Hospitals of Derby and Burton NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, text, "2023-03-10")
    # someone else's first week, told by the writer, is not the writer's post
    text = (
        "Chief executive's blog\n\n"
        "It has been a busy week. Our new medical director, Dr Owen Hale, has had his first week as Medical Director "
        "of University Hospitals of Derby and Burton NHS Foundation Trust.\n\n"
        "Priya Anand\nChief Executive\n"
    )
    changes = changes_of(nlp, text, "2023-03-10")
    assert not any(p == "Priya Anand" and r == "medical director" for p, r, _, _ in changes)
    # review mend: a first week told as the time of something else is no news of the post
    text = (
        "Kettering chief to retire\n\n"
        "In her first week as chief executive, Lorna Beste closed two wards at Kettering General Hospital NHS "
        "Foundation Trust. She retires this month.\n"
    )
    assert not any(
        e == "appointed" for p, _, _, e in changes_of(nlp, text, "2019-03-01") if p == "Lorna Beste"
    )


def test_a_wider_area_is_not_the_trust_named_inside_it(nlp):
    # Item 542: "ICB CEOs in South West London are also due to leave": "West London" inside "South West London" is
    # the area, not West London NHS Trust, which then took the posts of every leader on the page.
    text = (
        "Region loses ICB chiefs\n\n"
        "An integrated care board chief executive is to retire. ICB chief executives in South West London and "
        "Gloucestershire are also due to leave. South West London is the only one so far to name a successor. In "
        "a note to staff, chair Verity Oakden thanked the team.\n"
    )
    changes = changes_of(nlp, text, "2025-02-04")
    assert not any(org == "West London NHS Trust" for _, _, org, _ in changes), changes
    assert not any(
        p == "Verity Oakden" and "West London" in org for p, _, org, _ in holds_of(nlp, text, "2025-02-04")
    )
    # the trust itself, written so, is still read
    text = "Ravi Kohli, chief executive of West London NHS Trust, will retire in June.\n"
    assert ("Ravi Kohli", "chief executive", "West London NHS Trust", "departed") in changes_of(
        nlp, text, "2025-02-04"
    )


def test_a_short_icb_name_is_the_one_board_whose_area_opens_so(nlp):
    # Item 543 (item 537's table): "Staffordshire ICB CEO X ... announced their retirement": trade papers shorten
    # "Staffordshire and Stoke-on-Trent ICB"; the post is that board's, not another named on the page.
    text = (
        "Region loses ICB chiefs\n\n"
        "Hamish Tulloch will retire from Lincolnshire ICB in June. Staffordshire ICB CEO Petra Axworthy has also "
        "announced her retirement.\n"
    )
    changes = changes_of(nlp, text, "2025-02-04")
    assert any(
        p == "Petra Axworthy"
        and e == "departed"
        and org in {"Staffordshire ICB", "NHS Staffordshire and Stoke-on-Trent Integrated Care Board"}
        for p, _, org, e in changes
    ), changes
    # "Norfolk ICB": two boards' areas open with "Norfolk"; no body is guessed
    text = "Norfolk ICB chief executive Tamsin Reade has announced her retirement.\n"
    assert not any(
        "Waveney" in org or "Suffolk" in org for _, _, org, _ in changes_of(nlp, text, "2025-02-04")
    )


def test_a_leaver_going_to_a_new_post_does_not_leave_it(nlp):
    # Item 544: "following the departure of Y, who is becoming chief executive of A": the relative clause takes Y to
    # A; the departure noun is of the post Y leaves, not of A's.
    text = (
        "Trust appoints chief executive\n\n"
        "Birmingham Community Healthcare NHS Foundation Trust has appointed Roland Kibble as chief executive. Mr "
        "Kibble will take up the role in early 2018 following the departure of Tamsin Tayler, who is becoming chief "
        "executive of Nottingham University Hospitals NHS Trust.\n"
    )
    changes = changes_of(nlp, text, "2017-10-01")
    assert not any(
        p == "Tamsin Tayler" and e == "departed" and "Nottingham" in org for p, _, org, e in changes
    )
    assert (
        "Tamsin Tayler",
        "chief executive",
        "Nottingham University Hospitals NHS Trust",
        "appointed",
    ) in changes
    # a departure whose relative clause tells the post held still leaves it
    text = (
        "New chief executive\n\n"
        "Roland Kibble takes up the post following the departure of Tamsin Tayler, who has been chief executive of "
        "Nottingham University Hospitals NHS Trust since 2015.\n"
    )
    changes = changes_of(nlp, text, "2017-10-01")
    assert (
        "Tamsin Tayler",
        "chief executive",
        "Nottingham University Hospitals NHS Trust",
        "departed",
    ) in changes


def test_his_appointment_as_a_title_is_the_named_persons(nlp):
    # Item 545: "X will take on the reins at A at the end of March, with his appointment as director of nursing
    # confirmed today": the one person named before "his appointment as" owns the title (nothing was read before).
    text = (
        "New director of nursing\n\n"
        "Paulo Merriman will take on the reins at the James Paget University Hospital at the end of March, with his "
        "appointment as director of nursing confirmed today.\n"
    )
    assert (
        "Paulo Merriman",
        "chief nurse",
        "James Paget University Hospitals NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, text, "2020-01-22")
    # two people before it: no owner is guessed
    text = (
        "New director of nursing\n\n"
        "Paulo Merriman and Jo Ashby met staff at the James Paget University Hospital, with his appointment as "
        "director of nursing confirmed today.\n"
    )
    assert not any(r == "chief nurse" for _, r, _, _ in changes_of(nlp, text, "2020-01-22"))
    # review mend: "his" cannot be Ruth's
    text = (
        "Airedale praised\n\n"
        "Ruth Lyall praised the board of Airedale NHS Foundation Trust after his appointment as chief executive was "
        "announced.\n"
    )
    assert not any(p == "Ruth Lyall" for p, _, _, _ in changes_of(nlp, text, "2020-01-22"))


def test_a_career_start_in_a_leavers_clause_dates_no_change(nlp):
    # Item 546: "X will succeed the retiring Y, who began her career as a student nurse in 1988": 1988 is when Y's
    # career began, not when she leaves nor when X starts.
    text = (
        "New director of nursing\n\n"
        "Paulo Merriman has been appointed director of nursing at James Paget University Hospitals NHS Foundation "
        "Trust. Mr Merriman will succeed the retiring Julia Hearne, who began her career as a student nurse in "
        "1988.\n"
    )
    events = events_of(nlp, text, "2020-01-22")
    assert any(e[0] == "Julia Hearne" and e[3] == "departed" for e in events), events
    assert not any(e[5] == "1988" for e in events if e[0] in {"Julia Hearne", "Paulo Merriman"}), events
    # review mends: the career clause of the sentence's own subject, and "started as a porter"
    text = (
        "Chief nurse to retire\n\n"
        "Marianne Colley, who began her career in 1988, will retire as chief nurse of Leeds Teaching Hospitals NHS "
        "Trust in March 2025.\n"
    )
    events = events_of(nlp, text, "2024-11-01")
    assert any(e[0] == "Marianne Colley" and e[3] == "departed" and e[5] == "2025-03" for e in events), events
    text = (
        "New chief executive\n\n"
        "Gordon Plaice, who started as a porter in 1990, has been appointed chief executive of Barnsley Hospital NHS "
        "Foundation Trust.\n"
    )
    assert not any(e[5] == "1990" for e in events_of(nlp, text, "2024-11-01"))
