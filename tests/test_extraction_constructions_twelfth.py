"""Constructions found on the nineteenth round of real pages (rules log items 275 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_who_clause_hung_on_the_title_or_description_describes_the_named_person(nlp):
    # Item 275: "by deputy chief operating officer X, who becomes acting chief operating officer" and "replaced by
    # X, deputy chief executive of A, who will become acting chief executive": the parser hangs "who" on the
    # title or on the last word of the description; the clause is still about X.
    trust = "Airedale NHS Foundation Trust"
    text = (
        f"{trust} suspended its chief operating officer on Monday. Day-to-day operational leadership will be "
        "provided by deputy chief operating officer Imani Ashworth-Obi, who becomes acting chief operating "
        "officer while the review continues."
    )
    assert ("Imani Ashworth-Obi", "chief operating officer", trust, "appointed", True, None) in events_of(
        nlp, text, "2019-05-01"
    )
    text = (
        f"{trust} said its chief executive will retire in June. The trust's day-to-day running will pass to Ama "
        f"Carrow-Blythe, director of nursing at {trust}, who will become acting chief executive."
    )
    assert ("Ama Carrow-Blythe", "chief executive", trust, "appointed") in changes_of(nlp, text, "2019-05-01")
    # A "who" clause about a body the person only joined (a verb's object) is not walked up to the person.
    text = (
        f"Ama Carrow-Blythe joined {trust} last year. She praised the governors of {trust}, who will become "
        "acting chief executive's employers."
    )
    assert not changes_of(nlp, text, "2019-05-01")


def test_chief_commercial_officer_is_a_post(nlp):
    # Item 276: "Chief Commercial Officer" (board lists, trade press and news on four development pages).
    trust = "Royal Papworth Hospital NHS Foundation Trust"
    text = f"{trust} said its chief commercial officer, Jo Okafor, will retire in June."
    assert changes_of(nlp, text, "2021-03-01") == {
        ("Jo Okafor", "chief commercial officer", trust, "departed")
    }


def test_appointed_to_the_position_fills_the_post_the_sentence_named_first(nlp):
    # Item 277: "to recruit a permanent chief executive, ... we have appointed X to the position" (no one holds
    # the title: X does) and "Following the decision of Y to step down as chair of A, ... to appoint X to the role
    # on an interim basis" (the post Y leaves goes to X).
    trust = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"Following the interview process to recruit a permanent chief executive of {trust}, I am delighted to "
        "announce that we have appointed Maria Okafor to the position."
    )
    assert changes_of(nlp, text, "2017-01-10") == {("Maria Okafor", "chief executive", trust, "appointed")}
    text = (
        f"Following the decision of Les Harding to step down as chair of {trust} at the end of November, NHS "
        "Improvement is proposing to appoint Ruth Okafor to the role on an interim basis."
    )
    assert ("Ruth Okafor", "chair", trust, "appointed", True, "2017-11") in events_of(nlp, text, "2017-01-10")
    # No one appointed, or a role that names its own title: nothing is filled.
    text = f"Les Harding will step down as chair of {trust} in November; it has not yet appointed anyone to the role."
    assert changes_of(nlp, text, "2017-01-10") == {("Les Harding", "chair", trust, "departed")}
    text = (
        f"Les Harding will step down as chair of {trust} in November. The board has appointed Ruth Okafor to the "
        "role of company secretary."
    )
    assert ("Ruth Okafor", "chair", trust, "appointed") not in changes_of(nlp, text, "2017-01-10")
