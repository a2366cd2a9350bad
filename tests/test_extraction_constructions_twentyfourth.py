"""Constructions found on the thirty-first round of real pages (rules log items 412 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_the_body_that_says_its_officer_will_leave_owns_the_post(nlp):
    # Item 412: "A said X would step down as chief executive": the body speaking is the one the news is about,
    # and the post is its own. The departure had no organisation (the speaker is the subject of another verb)
    # and was dropped.
    text = "NHS Tayside said Corin Maddox would step down as chief executive at the end of March."
    found = {f[:4] for f in events_of(nlp, text, "2022-01-10")}
    assert ("Corin Maddox", "chief executive", "NHS Tayside", "departed") in found, found


def test_a_reported_date_without_its_year_is_the_one_nearest_the_page(nlp):
    # Item 417: "said X would step down from 20 August" on a page of 22 August: "would" reports what was said,
    # said shortly before the page, so the date is this year's 20 August, not next year's (as "will step down
    # from 20 August" would be); a month or more before the page, it is still the next one.
    text = "Aneurin Bevan University Health Board said Corin Maddox would step down as chief executive from 20 August."
    found = {f[:6] for f in events_of(nlp, text, "2022-08-22")}
    board = "Aneurin Bevan University Health Board"
    assert ("Corin Maddox", "chief executive", board, "departed", False, "2022-08-20") in found, found
    text = "Corin Maddox will step down as chief executive of Aneurin Bevan University Health Board from 20 August."
    found = {f[:6] for f in events_of(nlp, text, "2022-06-22")}
    assert ("Corin Maddox", "chief executive", board, "departed", False, "2022-08-20") in found, found
    # a reported start months before the page is next year's: "said she would start in April", in June
    text = f"Corin Maddox has been appointed chief executive of {board} and said she would start in April."
    found = {f[:6] for f in events_of(nlp, text, "2022-06-22")}
    assert ("Corin Maddox", "chief executive", board, "appointed", False, "2023-04") in found, found


def test_a_body_reporting_on_another_bodys_officer_does_not_take_the_post(nlp):
    # Item 412, its limit: a national body speaking on a page about a trust does not own the trust's post.
    trust = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"{trust} has a new chair.\n\n"
        f"The chief executive of {trust} is also leaving. NHS Improvement said Corin Maddox would step down as "
        "chief executive in May."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-01-10")}
    assert not any(f[2] == "NHS Improvement" for f in found), found


def test_a_description_between_the_appointee_and_the_title_is_about_the_appointee(nlp):
    # Item 413: "appointed X, a former principal of Y college, as interim chairman": the entity model reads a
    # name in the description as a person, and that "person" was given the chair; the college in the
    # description also cost the post its body.
    text = (
        "The health secretary has appointed Prof Ewan Lachlan, a former principal of Skye's Sabhal Mòr "
        "Ostaig Gaelic college, as interim chairman of NHS Highland."
    )
    found = {f[:5] for f in events_of(nlp, text, "2019-06-01")}
    assert ("Ewan Lachlan", "chair", "NHS Highland", "appointed", True) in found, found
    assert {f[0] for f in found} == {"Ewan Lachlan"}, found
    trust = "Leeds Teaching Hospitals NHS Trust"
    text = f"{trust} has appointed Maren Oyelaran, a former principal of Leeds Beckett University, as interim chair."
    found = {f[:5] for f in events_of(nlp, text, "2019-06-01")}
    assert ("Maren Oyelaran", "chair", trust, "appointed", True) in found, found


def test_a_national_title_ends_where_its_holders_name_begins(nlp):
    # Item 414: "National director for policy Bill M..." ran the title's portfolio on into the name, so the
    # title was "national director for policy Bill M..." and nobody held it; in a list of national directors
    # the next line's "Mr X" was taken into the title above it.
    text = (
        "Another director leaves NHS England\n\n"
        "National director for policy Tomas Whitcombe has left NHS England after two years."
    )
    found = {f[:4] for f in events_of(nlp, text, "2014-04-10")}
    assert ("Tomas Whitcombe", "national director for policy", "NHS England", "departed") in found, found
    text = (
        "NHS England board meeting, 19 July 2012\n\nPresent:\n"
        "Saskia Penrose – National Director for Patients and Information\n"
        "Mr Tomas Whitcombe – Chief Financial Officer\n"
    )
    roles = {f[1] for f in events_of(nlp, text, "2012-07-19")}
    assert "national director for Patients and Information" in roles, roles
    assert not any("Whitcombe" in r or r.endswith(" Mr") for r in roles), roles


def test_a_picture_credit_is_no_part_of_a_name(nlp):
    # Item 415: a caption line "Tameside Chief Executive Karen J... Credit: <newspaper>" gave a person "Karen
    # J... Credit"; so too "Image caption X has ..." (a BBC page's caption label).
    text = "Tameside Hospital NHS Foundation Trust chief executive Odile Brantwood Credit: Manchester Evening News"
    found = {f[0] for f in events_of(nlp, text, "2014-03-01")}
    assert found == {"Odile Brantwood"}, found
    text = "Image caption Odile Brantwood has led Tameside Hospital NHS Foundation Trust as chief executive since 2013"
    found = {f[0] for f in events_of(nlp, text, "2014-03-01")}
    assert found == {"Odile Brantwood"}, found


def test_a_new_post_named_next_is_an_appointment_though_a_caption_says_she_holds_it(nlp):
    # Item 416: "A has a new chief executive.... X took over ... and has now taken up the post permanently",
    # with a picture caption "A Chief Executive X" below: the caption's post held is no bar to the change the
    # lede states (only a change already named is).
    text = (
        "Tameside Hospital has a new chief executive.... Odile Brantwood took over on a temporary basis in July "
        "2013 and has now taken up the post permanently.\n\n"
        "Inspectors visited the hospital in January.\n\n"
        "Tameside Chief Executive Odile Brantwood\n"
    )
    found = {f[:4] for f in events_of(nlp, text, "2014-03-01")}
    assert ("Odile Brantwood", "chief executive", "Tameside Hospital", "appointed") in found, found


def test_a_deputy_named_after_their_title_steps_up_to_the_post_just_left(nlp):
    # Item 418: "Vice-chair X will take over / will take the reins until a permanent successor is found", the
    # title written before the name: X was said to be appointed vice chair and nobody took the chair. The title
    # is held and X takes the post just left (item 406's reading, for the title before the name). A title taken
    # with "as" ("... will take over as interim chief operating officer") is the post named, not the one left.
    trust = "Leeds Teaching Hospitals NHS Trust"
    for taking in ("will take over", "will take the reins"):
        text = (
            f"Odette Farrant is stepping down as chair of {trust}. Vice-chair Idris Quayle {taking} until a "
            "permanent successor is found."
        )
        found = {f[:5] for f in events_of(nlp, text, "2020-06-22")}
        assert ("Idris Quayle", "vice chair", trust, "holds", False) in found, found
        assert ("Idris Quayle", "chair", trust, "appointed", True) in found, found
    text = (
        f"Odette Farrant is stepping down as chair of {trust}. Medical director Idris Quayle will take over as "
        "interim chief operating officer."
    )
    found = {f[:4] for f in events_of(nlp, text, "2020-06-22")}
    assert ("Idris Quayle", "chief operating officer", trust, "appointed") in found, found
    assert ("Idris Quayle", "chair", trust, "appointed") not in found, found


def test_a_boards_lower_case_board_is_no_part_of_its_name(nlp):
    # Item 419: "The chairman of NHS Tayside board is to retire": the organisation was recorded as "NHS Tayside
    # board" (the fullest name the text gives), which is no name of the body and matches nothing.
    text = "The chairman of NHS Tayside board is to retire. Ambrose Keillor will stand down on 31 May."
    found = {f[:4] for f in events_of(nlp, text, "2016-03-01")}
    assert ("Ambrose Keillor", "chair", "NHS Tayside", "departed") in found, found
    text = "Ambrose Keillor has been appointed chair of the NHS Grampian board."
    found = {f[:4] for f in events_of(nlp, text, "2016-03-01")}
    assert ("Ambrose Keillor", "chair", "NHS Grampian", "appointed") in found, found


def test_an_appointment_told_as_background_to_what_someone_says_is_a_post_held(nlp):
    # Item 420: "Sir X, who took over as St George's chair in March, said: ..." on a page of June: the relative
    # clause dates a start months before the page about someone quoted for other news (the guideline's
    # career-history trap "became chair in April"), so the post is held, not a new appointment. A start told
    # days before the page ("who was appointed on 20 May", on 1 June) is still the news.
    trust = "St George's University Hospitals NHS Foundation Trust"
    text = f'Sir Bram Okafor, who took over as {trust} chair in March, said: "I thank the outgoing chief."'
    found = {f[:4] for f in events_of(nlp, text, "2019-06-01")}
    assert ("Bram Okafor", "chair", trust, "holds") in found, found
    assert ("Bram Okafor", "chair", trust, "appointed") not in found, found
    found = {f[:4] for f in events_of(nlp, text, None)}  # an undated page: a named month is background
    assert ("Bram Okafor", "chair", trust, "holds") in found, found
    text = f"Bram Okafor, who was appointed chief executive of {trust} on 20 May, said he was delighted."
    found = {f[:4] for f in events_of(nlp, text, "2019-06-01")}
    assert ("Bram Okafor", "chief executive", trust, "appointed") in found, found


def test_the_review_of_items_412_to_419(nlp):
    # Mends after a review of invented near misses. Item 412: a body "said" owns a post only for what it says
    # outright: not a change it doubts, denies or withdraws, or asks about.
    for text in (
        "Hywel Dda University Health Board said it was unclear whether Morwenna Price would step down as chief "
        "executive.",
        "NHS Tayside said there was no truth in claims that Corin Maddox would step down as chief executive.",
        "NHS Tayside said Corin Maddox would no longer step down as chief executive in March.",
        "NHS Tayside said it had asked Corin Maddox whether she would step down as chief executive.",
    ):
        assert not any(f[3] == "departed" for f in events_of(nlp, text, "2022-01-10")), text
    # Item 417: the month before the page reaches back over the new year, and a month alone counts from its end.
    board = "Aneurin Bevan University Health Board"
    text = f"{board} said Corin Maddox would step down as chief executive on 20 December."
    assert ("Corin Maddox", "chief executive", board, "departed", False, "2023-12-20") in events_of(
        nlp, text, "2024-01-05"
    )
    text = f"{board} said Corin Maddox would retire as chief executive at the end of July."
    assert ("Corin Maddox", "chief executive", board, "departed", False, "2023-07") in events_of(
        nlp, text, "2023-08-20"
    )
    # Item 418: "until a new chair is appointed" is interim too, and a title in that clause is not one taken.
    trust = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"Odette Farrant is stepping down as chair of {trust}. Vice-chair Idris Quayle will take the helm until a "
        "new chair is appointed."
    )
    found = {f[:5] for f in events_of(nlp, text, "2020-06-22")}
    assert ("Idris Quayle", "chair", trust, "appointed", True) in found, found
