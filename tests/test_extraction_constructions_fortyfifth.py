"""Constructions found on the fifty-second round of real pages (rules log items 559 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

import pytest

from tests.construction_helpers import changes_of, events_of


def test_a_regulator_appointing_into_a_trust_gives_the_trust_the_executive_post(nlp):
    # Item 559: "Monitor has today appointed A as interim chief executive and B as interim chairman" on a page
    # about the trust it stepped into: both posts are the trust's, not the regulator's (item 108 covered
    # the chair only).
    text = (
        "Regulator steps in at hospital trust\n\n"
        "Medway NHS Foundation Trust has lost its chief executive and chairman in a week. The trust's board "
        "said the hospital would keep running as normal.\n\n"
        "Monitor has today appointed Tobias Renwick as interim chief executive and Halima Ostrova as interim "
        "chairman. Both will start at the trust next week.\n"
    )
    changes = {
        (person, org) for person, _, org, event in changes_of(nlp, text, "2013-07-15") if event == "appointed"
    }
    assert changes == {
        ("Tobias Renwick", "Medway NHS Foundation Trust"),
        ("Halima Ostrova", "Medway NHS Foundation Trust"),
    }


def test_a_national_body_appointing_on_its_own_page_keeps_its_post(nlp):
    # Item 559's guard: on NHS Improvement's own page, "NHS Improvement has appointed A as chief executive" is
    # its own post.
    text = (
        "NHS Improvement names chief executive\n\n"
        "NHS Improvement has appointed Tobias Renwick as chief executive. NHS Improvement oversees trusts in "
        "England, and NHS Improvement's chair welcomed the news.\n"
    )
    changes = {
        (person, org) for person, _, org, event in changes_of(nlp, text, "2017-10-02") if event == "appointed"
    }
    assert changes == {("Tobias Renwick", "NHS Improvement")}


def test_taking_the_titled_post_is_an_appointment(nlp):
    # Item 560: "X will be taking the chief executive post at B in September": "take" with "the <title> post /
    # role / job" as its object is "take up" said without the particle; "has taken a job at B" (indefinite, after
    # a title held) is not.
    text = (
        "Salisbury chief executive to move\n\n"
        "Salisbury NHS Foundation Trust's chief executive is leaving. Odile Farrant will be taking the chief "
        "executive post at the Royal United Hospitals Bath in September.\n"
    )
    changes = {(person, org, event) for person, _, org, event in changes_of(nlp, text, "2022-05-01")}
    assert ("Odile Farrant", "Royal United Hospitals Bath", "appointed") in changes


def test_a_trust_named_with_hospital_in_the_wrong_number_is_recognised():
    # Item 561: news writes "Wirral University Teaching Hospitals Trust" for the registered "Wirral University
    # Teaching Hospital NHS Foundation Trust", "Nottingham University Hospital Trust" for "... Hospitals NHS Trust":
    # "Hospital" and "Hospitals" are respellings of each other in a registered name's forms.
    from nhs_leaders.nlp.gazetteer import by_key

    forms = {alias.lower() for alias, _ in by_key()["RXW"].aliases}
    assert "shrewsbury and telford hospitals trust" in forms
    assert "nottingham university hospital trust" in {a.lower() for a, _ in by_key()["RX1"].aliases}


@pytest.mark.parametrize(
    "trust",
    [
        "Wirral University Teaching Hospitals Trust",  # "Hospital" in the other number: the page named no body
        # a foundation trust without "NHS Foundation": "Northumbria Healthcare" was matched, and the name set off
        # after "Trust" found no holder
        "Northumbria Healthcare Trust",
    ],
)
def test_a_departure_from_a_trust_named_as_news_writes_it_is_read(nlp, trust):
    # Item 561: "The chairman of <trust as news writes it>, X, has resigned" gave no event at all.
    text = f"Hospital chairman steps down\n\nThe chairman of {trust}, Declan Ormsby, has resigned after four years.\n"
    assert ("Declan Ormsby", "chair", trust, "departed") in changes_of(nlp, text, "2019-02-01")


def test_the_one_a_deputy_takes_over_from_leaves_the_principal_post(nlp):
    # Item 562: "Deputy chairman X has stepped up to take over from Y, who has had to step down": X's title is
    # held (item 406's stepping up), and Y leaves the chair, not "vice chair" (the succession pass gave Y the post
    # X was first read to take); X takes the chair.
    text = (
        "Ambulance trust chairman stands down\n\n"
        "South East Coast Ambulance Service NHS Foundation Trust has a new leader. Deputy chairman Bertram Ikeji "
        "has stepped up to take over from Lucinda Varga, who has had to step down from the role for family "
        "reasons.\n"
    )
    events = {(person, role, event) for person, role, _, event, _, _ in events_of(nlp, text, "2016-04-02")}
    assert {
        ("Lucinda Varga", "chair", "departed"),
        ("Bertram Ikeji", "chair", "appointed"),
        ("Bertram Ikeji", "vice chair", "holds"),
    } <= events
    assert ("Lucinda Varga", "vice chair", "departed") not in events


def test_a_change_the_news_follows_is_dated_in_the_past(nlp):
    # Item 563: "It follows the resignation of chief executive X in December" on a page of March 2020: the
    # resignation has happened (December 2019), though "follows" is a present tense, which dated it ahead.
    text = (
        "New chair named\n\n"
        "Medway NHS Foundation Trust has named a new chair. It follows the resignation of chief executive Colm "
        "Dewhirst in December. The appointment also comes after the departure of medical director Ines Palfrey in "
        "January.\n"
    )
    dated = {(person, date) for person, _, _, event, _, date in events_of(nlp, text, "2020-03-01")}
    assert {("Colm Dewhirst", "2019-12"), ("Ines Palfrey", "2020-01")} <= dated


def test_last_and_next_month_are_dates(nlp):
    # Item 564: "who left last July", "will retire next May": a month after "last" / "next" / "this" was no date
    # at all; "last" is the latest such month before the page's, "next" the first after it. "this may" (the verb)
    # is none.
    text = (
        "Trust appoints chief executive\n\n"
        "Medway NHS Foundation Trust has appointed a permanent chief executive. The trust has been led by an "
        "interim since Colm Dewhirst left last July. Medical director Ines Palfrey will retire next May, though this "
        "may change.\n"
    )
    dated = {(person, date) for person, _, _, event, _, date in events_of(nlp, text, "2011-05-26")}
    assert {("Colm Dewhirst", "2010-07"), ("Ines Palfrey", "2012-05")} <= dated
