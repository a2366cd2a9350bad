"""Constructions found on the fiftieth round of real pages (rules log items 547 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_possessive_ending_a_trusts_name_is_not_part_of_the_name(nlp):
    # Item 547: "King's College Hospital NHS Foundation Trust's current Chair, X": the entity model takes the
    # possessive into a name that has an apostrophe of its own; the record names the trust, not "Trust's".
    text = (
        "King’s College Hospital NHS Foundation Trust’s chair, Rhona Baxendale, will step down in March after "
        "six years.\n"
    )
    orgs = {org for person, _, org, _ in changes_of(nlp, text, "2019-01-10") if person == "Rhona Baxendale"}
    assert orgs == {"King's College Hospital NHS Foundation Trust"}


def test_a_leaver_named_beside_a_title_inside_an_after_clause_leaves(nlp):
    # Item 548: "The post became vacant after the previous Chair, X, stepped down": inside the "after" phrase the
    # parser hangs "stepped" on the title as its modifier, and the sentence's verb ("became") was read as X's.
    text = (
        "Trust begins search for a new chair\n\n"
        "North Cumbria Integrated Care NHS Foundation Trust has begun recruiting a chair. The post was advertised "
        "after the previous chair, Ewan Lockhart, stepped down because of ill health.\n"
    )
    assert (
        "Ewan Lockhart",
        "chair",
        "North Cumbria Integrated Care NHS Foundation Trust",
        "departed",
    ) in changes_of(nlp, text, "2021-03-01")


def test_a_date_in_a_since_phrase_is_a_tenures_start_not_the_leaving(nlp):
    # Item 549: "The leader of the CCG since its formation in April 2013, Dr X, said the time was right to move
    # on": the year in the "since" phrase is when the tenure began, not when it ends.
    text = (
        "CCG leader to retire\n\n"
        "Dr Idris Penhale, clinical chief officer at NHS Fylde and Wyre Clinical Commissioning Group, has "
        "announced his retirement.\n\n"
        "The leader of the CCG since its creation in April 2013, Dr Penhale said he felt the time was right to "
        "move on.\n"
    )
    dates = {
        date
        for person, _, _, event, _, date in events_of(nlp, text, "2018-08-23")
        if person == "Idris Penhale" and event == "departed"
    }
    assert dates and "2013-04" not in dates


def test_a_leaving_at_the_end_of_the_month_is_dated_the_pages_month(nlp):
    # Item 550: "Dr X will step down at the end of the month": no month is named, so it is the page's own.
    text = (
        "Dr Idris Penhale, clinical chief officer at NHS Fylde and Wyre Clinical Commissioning Group, will step "
        "down at the end of the month.\n"
    )
    assert (
        "Idris Penhale",
        "clinical chief officer",
        "NHS Fylde and Wyre Clinical Commissioning Group",
        "departed",
        False,
        "2018-08",
    ) in events_of(nlp, text, "2018-08-23")
    # review mend: only a change still to come; a past one, or a reported one dated by its saying, is not the page's
    body = "Sheffield Teaching Hospitals NHS Foundation Trust"
    for told, date in (
        (
            f"Dr Aled Pryor stood down as chair of {body} at the end of the month, the annual report shows.",
            None,
        ),
        (f"Dr Aled Pryor, chair of {body}, retired at the end of the month.", None),
        (
            f"Dr Aled Pryor, chair of {body}, would step down at the end of the month, the trust said in March.",
            "2024-03",
        ),
    ):
        dates = {
            d
            for person, _, _, event, _, d in events_of(nlp, told + "\n", "2024-05-14")
            if event == "departed"
        }
        assert dates == {date}


def test_a_retirement_told_as_years_ago_is_no_departure_of_the_new_post(nlp):
    # Item 551: "Sir X retired from the role of NHS England chief executive four years ago": background to his
    # new post, told through the pass that finds a leaver's post elsewhere on the page (the title pass knew it).
    text = (
        "Former NHS leader named interim chair\n\n"
        "Worcestershire Acute Hospitals NHS Trust has appointed retired NHS boss Sir Crispin Wardle as its interim "
        "chairman.\n\n"
        "Sir Crispin retired from the role of NHS England chief executive four years ago.\n"
    )
    changes = changes_of(nlp, text, "2018-03-01")
    assert not any(person == "Crispin Wardle" and event == "departed" for person, _, _, event in changes)


def test_a_retired_or_former_nhs_boss_named_for_a_new_post_holds_no_old_one(nlp):
    # Item 552: "has appointed retired NHS boss Sir X as its interim chairman": "retired" marks a title as
    # former, as "former" does, and "NHS" between them does not hide it; the new post is still read.
    for before in ("retired NHS boss", "former NHS boss", "retired chief executive"):
        text = (
            f"Worcestershire Acute Hospitals NHS Trust has appointed {before} Sir Crispin Wardle as its interim "
            "chairman.\n"
        )
        events = events_of(nlp, text, "2018-03-01")
        assert (
            "Crispin Wardle",
            "chair",
            "Worcestershire Acute Hospitals NHS Trust",
            "appointed",
            True,
            None,
        ) in (events)
        assert not any(
            person == "Crispin Wardle" and role == "chief executive" for person, role, *_ in events
        )


def test_a_leader_who_led_a_body_and_is_leaving_leaves_its_top_post(nlp):
    # Item 553: "X, who led A for seven years, stepped down in January", "Sir X, who has run A for 40 years, was
    # forced out": the body a leaver is said to lead or run is the post left (its chief executive's).
    text = (
        "Trust leader bows out\n\n"
        "Ronan Castell, who led Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust for seven years, "
        "stepped down in January.\n"
    )
    assert (
        "Ronan Castell",
        "chief executive",
        "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        "departed",
        False,
        "2019-01",
    ) in events_of(nlp, text, "2019-03-01")
    text = "Dame Ursula Brannock, who has run Leeds Teaching Hospitals NHS Trust since 2010, will retire in March.\n"
    assert (
        "Ursula Brannock",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "departed",
    ) in changes_of(nlp, text, "2019-01-10")
    # a tenure closed long ago, or a leaving "as" another post, is no leaving of the body led
    for text in (
        "Dame Ursula Brannock, who ran Leeds Teaching Hospitals NHS Trust from 2001 to 2009, resigned yesterday.\n",
        "Dame Ursula Brannock, who ran Leeds Teaching Hospitals NHS Trust, resigned as chair of a charity "
        "yesterday.\n",
    ):
        assert not changes_of(nlp, text, "2019-01-10")
    # "who has led the board of A" is the chair: no chief executive's post is left
    text = "Dame Ursula Brannock, who has led the board of Leeds Teaching Hospitals NHS Trust, will retire in March.\n"
    assert not any(role == "chief executive" for _, role, _, _ in changes_of(nlp, text, "2019-01-10"))
