"""Constructions found on the forty-fifth round of real pages (rules log items 514 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_a_news_ledes_leaver_named_after_a_byline(nlp):
    # Item 514: "The chair of A is to leave ..." and the leaver named in the next sentence; a byline above the
    # story ("By Jane Reporter") named someone before the lede, and that blocked the reading.
    text = (
        "Subscribe to our newsletter\nby Fenella Ardrossan\n12 April 2023\n"
        "Chair of NHS Fife steps down after six weeks in the role\n\n"
        "The chair of NHS Fife is to leave after six weeks in the role.\n\n"
        "Professor Ewart Gillanders, who is currently dean of a medical school, only took up the post of chair on "
        "1 March 2023.\n\nHe is moving on to a new academic job.\n"
    )
    assert ("Ewart Gillanders", "chair", "NHS Fife", "departed") in changes_of(nlp, text, "2023-04-14")


def test_a_news_ledes_body_described_not_named_is_the_storys_own(nlp):
    # Item 515: "The chief executive of Scotland's biggest health board is to leave ..." names no body; the
    # leaver named next leaves the post at the body the story is about (as an arrival's already did).
    text = (
        "The chief executive of Wales's largest health board is to retire next spring after six years in "
        "charge.\n\n"
        "Glenys Maddox led Betsi Cadwaladr University Health Board through two reorganisations. The board "
        "will advertise the post in the new year.\n"
    )
    assert (
        "Glenys Maddox",
        "chief executive",
        "Betsi Cadwaladr University Health Board",
        "departed",
    ) in changes_of(nlp, text, "2021-10-05")
    # after the review: someone commenting, named next with a title of another kind, is not the leaver
    for commenter in ("Gareth Lloyd, a patient campaigner,", "Plaid Cymru's health spokesman Gareth Lloyd"):
        text = (
            "The chief executive of Wales's largest health board is to step down in the spring.\n\n"
            f"{commenter} said the decision was long overdue. Betsi Cadwaladr University Health Board has been "
            "in special measures since 2015.\n"
        )
        assert not any(person == "Gareth Lloyd" for person, *_ in changes_of(nlp, text, "2021-10-05"))


def test_a_news_ledes_leaver_named_in_a_headline_that_says_they_leave(nlp):
    # Item 516: "X to leave A chief executive role" above "The boss of a beleaguered health trust has stepped
    # down.": the headline named the leaver before the lede, and that blocked the reading of the next sentence.
    page = "Home   Ashford   News   Article\n\n{headline}\n\n{lede}\n\n{named}\n"
    lede = (
        "The boss of a beleaguered health trust with one of the worst A&E waiting times in England has stepped "
        "down."
    )
    text = page.format(
        headline="Jonah Pettifer to leave East Kent Hospitals trust chief executive role",
        lede=lede,
        named="East Kent Hospitals’ chief executive Jonah Pettifer – who only took up the role two years ago – "
        "has switched to a post with a health charity in London.",
    )
    assert ("Jonah Pettifer", "chief executive", "East Kent Hospitals trust", "departed") in changes_of(
        nlp, text, "2018-06-01"
    )
    # a headline that names someone doing something else still names them before the lede; and after the review,
    # so does one with leaving words that are not about them leaving the lede's post
    for headline in (
        "Dr Alys Penhallow praises hospital staff after inspection",
        "Chair Dr Alys Penhallow confirms chief executive leaving",
        "Dr Alys Penhallow warns nurses are leaving East Kent Hospitals",
        "Dr Alys Penhallow quits BMA council over pay",
    ):
        text = page.format(
            headline=headline,
            lede=lede,
            named="Dr Alys Penhallow said staff at East Kent Hospitals had worked hard through a difficult winter.",
        )
        assert not any(person == "Alys Penhallow" for person, *_ in changes_of(nlp, text, "2018-06-01"))
