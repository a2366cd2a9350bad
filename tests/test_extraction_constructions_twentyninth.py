"""Constructions found on the thirty-sixth round of real pages (rules log items 450 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_the_board_s_title_after_a_named_health_board(nlp):
    # Item 450: "A has appointed a new chief executive following the retirement of X, the board's current chief
    # executive", "Y, the board's chief executive, announced he would stand down": in a Scottish or Welsh text
    # "the board" is the health board named before; "current" may stand between the possessive and the title.
    text = (
        "NHS Fife has appointed a new chief executive following the retirement of Morven Achterlonie, the "
        "board's current chief executive."
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-03-01")}
    assert ("Morven Achterlonie", "chief executive", "NHS Fife", "departed") in found, found
    # also where the page is mostly about another body (its main one)
    plain = (
        "Leeds Teaching Hospitals NHS Trust has a new chair. Leeds Teaching Hospitals NHS Trust said the chair "
        "would start in May. In Scotland, NHS Highland said that Ewan Strachan-Kerr, the board's chief executive, "
        "would stand down in August."
    )
    found = {f[:4] for f in events_of(nlp, plain, "2024-03-01")}
    assert ("Ewan Strachan-Kerr", "chief executive", "NHS Highland", "departed") in found, found
    # a board named only in an earlier sentence of an English trust's page is not "the board"; nor is "current"
    # reason to lose a national body's own chair
    joined = (
        "Northumbria Healthcare NHS Foundation Trust has appointed Helen Rossiter as its new chief operating "
        "officer. She joins from NHS Borders. Philip Anandan, the board's chief executive, welcomed her."
    )
    found = {f[:4] for f in events_of(nlp, joined, "2023-06-06")}
    assert (
        "Philip Anandan",
        "chief executive",
        "Northumbria Healthcare NHS Foundation Trust",
        "holds",
    ) in found
    national = "NHS England's board met in Leeds. Malcolm Grierson, the board's current chair, said the plan was on track."
    found = {f[:4] for f in events_of(nlp, national, "2023-02-08")}
    assert ("Malcolm Grierson", "chair", "NHS England", "holds") in found, found
    # a trust's text keeps its own reading of "the board": the trust
    trust = text.replace("NHS Fife", "Leeds Teaching Hospitals NHS Trust")
    found = {f[:4] for f in events_of(nlp, trust, "2024-03-01")}
    assert (
        "Morven Achterlonie",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "departed",
    ) in found


def test_an_interim_tenure_told_in_a_holding_clause_is_not_the_appointment_s(nlp):
    # Item 451: "X has been appointed as the health board's director of finance ..., after also previously holding
    # the role on an interim basis", "was appointed ..., having previously held the role in an interim capacity":
    # the interim is the tenure before; the post taken ("the post", the one just reported left) is substantive.
    text = (
        "Catriona Baird, director of finance at NHS Borders, left in May. Fergus Wemyss has been appointed to the "
        "post, after also previously holding the role on an interim basis."
    )
    found = {f[:5] for f in events_of(nlp, text, "2020-09-14")}
    assert ("Fergus Wemyss", "chief financial officer", "NHS Borders", "appointed", False) in found, found
    # an appointment that is itself interim stays so, also where a clause of holding tells the new tenure
    for said in (" on an interim basis", ", holding it on an interim basis while the board recruits"):
        interim = text.replace(", after also previously holding the role on an interim basis", said)
        found = {f[:5] for f in events_of(nlp, interim, "2020-09-14")}
        assert ("Fergus Wemyss", "chief financial officer", "NHS Borders", "appointed", True) in found, said


def test_a_month_with_last_this_or_next_year_is_dated_in_that_year(nlp):
    # Item 452: "was appointed in April last year", "will retire in May next year" ("this year" likewise): the
    # year is the page's moved by the words after the month, not the one the tense would pick.
    said = {
        "retired in April last year": ("departed", "2019-04"),
        "will retire in May next year": ("departed", "2021-05"),
    }
    for words, (kind, when) in said.items():
        text = f"Jo Baxendale, chief executive of NHS Fife, {words}."
        found = {(f[3], f[5]) for f in events_of(nlp, text, "2020-09-14") if f[0] == "Jo Baxendale"}
        assert found == {(kind, when)}, (words, found)
    # "next year" that opens the next phrase is not the month's year
    text = "Jo Baxendale will join NHS Fife as chief operating officer in September, next year adding a new role."
    found = {(f[1], f[5]) for f in events_of(nlp, text, "2024-05-07") if f[3] == "appointed"}
    assert ("chief operating officer", "2024-09") in found, found


def test_people_who_inform_staff_that_they_will_leave(nlp):
    # Item 453: "A, B and C have informed NHS staff that they will leave their roles in the coming weeks", "X
    # recently informed colleagues that she is leaving her role": "inform" reports what the clause says, also
    # where the parser hangs the "that" clause on its object ("staff").
    text = (
        "NHS England has announced three board changes. Chief financial officer Jo Kellaway, chief operating "
        "officer Erin Lowther and chief delivery officer Sam Rowntree have informed staff that they will leave "
        "their roles."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-03-06")}
    for person, role in (
        ("Jo Kellaway", "chief financial officer"),
        ("Erin Lowther", "chief operating officer"),
        ("Sam Rowntree", "chief delivery officer"),
    ):
        assert (person, role, "NHS England", "departed") in found, (person, found)
    # what is reported is someone else's leaving, or no leaving: the teller keeps the post
    for said in ("the scheme will end in May", "they would all be leaving Skipton House for new offices"):
        other = text.replace("they will leave their roles", said)
        found = {f[:4] for f in events_of(nlp, other, "2025-03-06")}
        assert not {f for f in found if f[3] == "departed"}, (said, found)
