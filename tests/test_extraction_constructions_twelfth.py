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
    # Item 276: "Chief Commercial Officer" (board lists, trade press and news on four development pages) and the
    # finance post with a commercial brief ("chief finance and commercial officer").
    trust = "Royal Papworth Hospital NHS Foundation Trust"
    text = f"{trust} said its chief commercial officer, Jo Okafor, will retire in June."
    assert changes_of(nlp, text, "2021-03-01") == {("Jo Okafor", "chief commercial officer", trust, "departed")}
    text = f"{trust} said its chief finance and commercial officer, Jo Okafor, will retire in June."
    assert changes_of(nlp, text, "2021-03-01") == {("Jo Okafor", "chief financial officer", trust, "departed")}
