"""Constructions found on the fifty-fourth round of real pages (rules log items 571 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

import pytest

from tests.construction_helpers import events_of


@pytest.mark.parametrize(
    "text, held",
    [
        (
            "Northern Lincolnshire and Goole NHS Foundation Trust has appointed Richard Pardoe as chief "
            'executive. Chair of the Trust Annette Shawcross said: "I am delighted to welcome Richard."\n',
            ("Annette Shawcross", "chair", "Northern Lincolnshire and Goole NHS Foundation Trust", "holds"),
        ),
        (
            "A week after another inspection report criticised East of England Ambulance Service NHS Trust, the "
            "chairwoman of the Trust Maria Bellamy has resigned.\n",
            ("Maria Bellamy", "chair", "East of England Ambulance Service NHS Trust", "departed"),
        ),
        (  # the body named: "Current CEO of Solent Trust Sue H... will join ..."
            "Chief executive of Dorset County Hospital Trust Helen Ormsby will join Bath and North East Somerset, "
            "Swindon and Wiltshire Integrated Care Board as chief executive from April.\n",
            ("Helen Ormsby", "chief executive", "Dorset County Hospital Trust", "holds"),
        ),
    ],
)
def test_a_name_right_after_title_of_the_trust_is_a_person(nlp, text, held):
    # Item 571: "Chair of the Trust Anne S... said", "the chairwoman of the Trust Maria B... has resigned": with no
    # comma the small model tags "the Trust Anne S..." one organisation and the person is lost. A given name
    # right after "<title> of the Trust / Board / <body>" opens a name, the body named or not.
    assert held in {e[:4] for e in events_of(nlp, text, "2024-06-01")}


def test_a_capitalised_word_after_title_of_the_trust_that_is_no_given_name_is_no_person(nlp):
    # Item 571's guard: only a given name opens a name ("the chair of the Trust Heritage Appeal" names nobody).
    text = (
        "Leeds Teaching Hospitals NHS Trust\n\n"
        "The chair of the Trust Heritage Appeal welcomed the gift from Leeds Teaching Hospitals NHS Trust staff.\n"
    )
    assert not events_of(nlp, text, "2024-06-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "Current CEO of Solent NHS Trust Susan Harwell will join BaNESSW from April.",
        "The current chief executive of Solent NHS Trust, Susan Harwell, will join BaNESSW in April.",
    ],
)
def test_a_title_held_now_is_not_the_post_a_move_takes(nlp, sentence):
    # Item 572: "Current CEO of A X will join B" where B is no body we know: the title marked current is the post
    # X holds now, not the one taken (it was read as an appointment at A).
    events = {e[:4] for e in events_of(nlp, sentence + "\n", "2024-06-01")}
    assert ("Susan Harwell", "chief executive", "Solent NHS Trust", "holds") in events
    assert not [e for e in events if e[3] == "appointed" and e[2] == "Solent NHS Trust"]


def test_a_current_interim_holder_made_permanent_is_still_appointed(nlp):
    # Item 572's guard: only a move ("will join", "is moving to") leaves the current title behind; the current
    # interim holder appointed to the role permanently is appointed to it.
    text = (
        "The current interim chief executive of Solent NHS Trust, Susan Harwell, has been appointed to the "
        "role permanently.\n"
    )
    changes = {e[:4] for e in events_of(nlp, text, "2024-06-01")}
    assert ("Susan Harwell", "chief executive", "Solent NHS Trust", "appointed") in changes


def test_a_board_list_written_title_dash_name_gives_each_holder(nlp):
    # Item 573: "• Chief people officer - Carys P...", "Chair - Bartholomew A...": a board list written title first,
    # a spaced hyphen as its dash. The names after the dash were tagged nothing or an organisation, and a spaced
    # hyphen did not join a title to the name after it (an en or em dash did).
    text = (
        "Executive team changes at University Hospitals Birmingham NHS Foundation Trust\n\n"
        "The trust has confirmed its executive team:\n\n"
        "• Chief people officer - Carys Penwarden\n"
        "• Chief nurse - Dr Idris Hallam\n"
        "• Chief operating officer - Moira Tulliver\n"
    )
    held = {e[:4] for e in events_of(nlp, text, "2024-06-01") if e[3] == "holds"}
    body = "University Hospitals Birmingham NHS Foundation Trust"
    assert held >= {
        ("Carys Penwarden", "chief people officer", body, "holds"),
        ("Idris Hallam", "chief nurse", body, "holds"),
        ("Moira Tulliver", "chief operating officer", body, "holds"),
    }


def test_a_spaced_hyphen_in_running_prose_does_not_join_a_title_to_names(nlp):
    # Item 573's guard: in a sentence ("Both trusts' outgoing chief executives - Dr X and Y - announced ...") the
    # hyphen is no list's dash; the two leave their own trusts, not the title's nearest body.
    text = (
        "Hull University Teaching Hospitals NHS Trust\n\n"
        "Both Northern Lincolnshire and Goole NHS Foundation Trust's and Hull University Teaching Hospitals NHS "
        "Trust's outgoing chief executives - Dr Peter Readwell and Chris Longmore - announced they would be "
        "leaving earlier this year.\n"
    )
    wrong = [
        e
        for e in events_of(nlp, text, "2024-06-01")
        if e[0] == "Peter Readwell" and e[2] == "Hull University Teaching Hospitals NHS Trust"
    ]
    assert not wrong
