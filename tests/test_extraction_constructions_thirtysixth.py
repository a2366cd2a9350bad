"""Constructions found on the forty-third round of real pages (rules log items 506 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, holds_of


def test_a_directors_portfolio_is_kept_whole_as_written(nlp):
    # Item 506: "Director of Health and Social Care", "Director of Public Health & Health Policy", "Director
    # for People and Communities": the portfolio stopped at the first word not in portfolios.txt (or "for" was
    # no director's title), and a listed director inside it ("Community & Primary Care") took the post's name.
    text = (
        "NHS Highland Board\nMinutes of the meeting held on 3 March 2020\n"
        "Present:\n"
        "Mrs Isla Fenwick, Chair\n"
        "Dr Callum Strachan, Director of Public Health & Health Policy\n"
        "Ms Morven Tait, Director of Health and Social Care\n"
        "Mr Ewan Lockhart, Director of Community & Primary Care\n"
        "Ms Aileen Baird, Director for People and Communities\n"
        "Mr Fraser Gilmour, Director of Information Management & Technology\n"
    )
    holds = holds_of(nlp, text, "2020-03-03")
    for person, role in (
        ("Callum Strachan", "director of public health & health policy"),
        ("Morven Tait", "director of health and social care"),
        ("Ewan Lockhart", "director of community & primary care"),
        ("Aileen Baird", "director for people and communities"),
        ("Fraser Gilmour", "director of information management & technology"),
    ):
        assert (person, role, "NHS Highland Board") in holds
    # a director of one of the guideline's posts still names that post
    text = (
        "NHS Highland Board\nMinutes of the meeting held on 3 March 2020\n"
        "Present:\n"
        "Mrs Isla Fenwick, Chair\n"
        "Ms Kirsty Doig, Director of Quality and Nursing\n"
        "Mr Angus Rennie, Director of Finance and Estates\n"
    )
    holds = holds_of(nlp, text, "2020-03-03")
    assert ("Kirsty Doig", "chief nurse", "NHS Highland Board") in holds
    assert ("Angus Rennie", "chief financial officer", "NHS Highland Board") in holds
    # "Director for" after another title's head is that title's tail, not a director's post of its own
    text = (
        "NHS England Board\nMinutes of the meeting held on 6 July 2023\n"
        "Present:\n"
        "Mr Rowan Penhale, Chair\n"
        "Dr Ada Quarles, Medical Director for Primary Care\n"
        "Ms Lyra Haskett, Assistant Director for Commissioning and Screening\n"
    )
    holds = holds_of(nlp, text, "2023-07-06")
    assert not any(role.startswith("director for") for _, role, _ in holds)
    assert ("Ada Quarles", "medical director", "NHS England") in holds
    # after the review: a post of its own after the portfolio's comma or "and" ends it, and a non-executive's
    # "Director for ..." is the non-executive director's title
    text = (
        "Northumbria Healthcare NHS Foundation Trust\nBoard minutes of the meeting held on 4 May 2021\n"
        "Present:\n"
        "Mr Piers Lund, Chair\n"
        "Mrs Anna Webb, Director of Finance, Policy Lead\n"
        "Ms Kirsty Moore, Director of Corporate Affairs and Equalities Lead\n"
        "Mr Martin Ashby, Non-Executive Director for Health and Wellbeing\n"
    )
    holds = holds_of(nlp, text, "2021-05-04")
    org = "Northumbria Healthcare NHS Foundation Trust"
    assert ("Anna Webb", "chief financial officer", org) in holds
    assert ("Kirsty Moore", "director of corporate affairs", org) in holds
    assert ("Martin Ashby", "non-executive director", org) in holds


def test_the_nhs_chief_executive_before_nhs_england_is_the_services_own(nlp):
    # Item 507: "named new NHS chief executive", "quit as NHS chief executive" in news of 2000-2012: the national
    # post was read as no body's (NHS England had not opened), so the change was lost.
    text = (
        "Wren Halloway is named new NHS chief executive\n\n"
        "Wren Halloway, head of the NHS in the West Midlands, will succeed Sir Otto Braithe, who is taking "
        "early retirement after five years as NHS chief executive."
    )
    changes = changes_of(nlp, text, "2006-07-20")
    assert ("Wren Halloway", "chief executive", "National Health Service", "appointed") in changes
    assert ("Otto Braithe", "chief executive", "National Health Service", "departed") in changes
    # from NHS England's opening the post is NHS England's; "an NHS chief executive" is any one
    changes = changes_of(nlp, text, "2014-07-20")
    assert ("Wren Halloway", "chief executive", "NHS England", "appointed") in changes
    text = "Ida Fenn, an NHS chief executive for ten years, has retired."
    assert changes_of(nlp, text, "2006-07-20") == set()
    # "the NHS in England" as written
    text = "Sir Otto Braithe, chief executive of the NHS in England, will retire in March."
    changes = changes_of(nlp, text, "2009-07-20")
    assert ("Otto Braithe", "chief executive", "National Health Service in England", "departed") in changes


def test_handing_over_the_post_to_someone_is_leaving_it(nlp):
    # Item 508: "will hand over the reins to X", "the right time for me to hand over to a new chair": the holder
    # passes the post on; no departure was read. Not a thing handed over ("handed over a petition to ...").
    text = (
        "Dame Orla Quint, chief executive of Salford Royal NHS Foundation Trust, will hand over the reins to "
        "Piers Nakamura, who has been appointed as the new chief executive."
    )
    changes = changes_of(nlp, text, "2019-01-10")
    assert ("Orla Quint", "chief executive", "Salford Royal NHS Foundation Trust", "departed") in changes
    text = (
        "Ivo Brandt, acting chief executive of Barts Health NHS Trust, will hand over to Dr Sela Moon in May."
    )
    changes = changes_of(nlp, text, "2019-01-10")
    assert ("Ivo Brandt", "chief executive", "Barts Health NHS Trust", "departed") in changes
    # the one handed over to takes the post
    text = (
        "Ivo Brandt, chief executive of Barts Health NHS Trust, said he would be handing over to Dr Sela Moon as "
        "the interim chief executive from 1 April."
    )
    changes = changes_of(nlp, text, "2019-01-10")
    assert ("Sela Moon", "chief executive", "Barts Health NHS Trust", "appointed") in changes
    assert ("Sela Moon", "chief executive", "Barts Health NHS Trust", "departed") not in changes
    # after the review: a title of the recipient's own is kept, not taken
    text = (
        "Ivo Brandt, chief executive of Barts Health NHS Trust, will hand over the reins to deputy chief "
        "executive Sela Moon at the end of September."
    )
    changes = changes_of(nlp, text, "2019-01-10")
    assert ("Ivo Brandt", "chief executive", "Barts Health NHS Trust", "departed") in changes
    assert all(c[0] != "Sela Moon" for c in changes)
    for text in (
        "Ivo Brandt, chief executive of Barts Health NHS Trust, will hand over the report to the board in May.",
        "Ivo Brandt, chief executive of Barts Health NHS Trust, handed over a cheque to the hospice.",
    ):
        assert changes_of(nlp, text, "2019-01-10") == set()


def test_a_post_not_yet_filled_has_no_holder(nlp):
    # Item 509: "X has departed from A despite the trust not yet having appointed a new chief executive": the
    # unfilled post was given to X as an appointment (a choice not yet made was read as made).
    text = (
        "Dr Aldous Penn has departed from East of England Ambulance Service NHS Trust despite the trust not yet "
        "having appointed a new chief executive."
    )
    assert all(c[3] != "appointed" for c in changes_of(nlp, text, "2024-01-10"))
    text = (
        "Dr Aldous Penn, chief executive of East of England Ambulance Service NHS Trust, has left, although the "
        "trust has not yet appointed a new chief executive."
    )
    changes = changes_of(nlp, text, "2024-01-10")
    assert changes == {
        ("Aldous Penn", "chief executive", "East of England Ambulance Service NHS Trust", "departed")
    }
    # a choice made still names its holder
    text = "East of England Ambulance Service NHS Trust has appointed a new chief executive, Dr Ilse Marr."
    changes = changes_of(nlp, text, "2024-01-10")
    assert (
        "Ilse Marr",
        "chief executive",
        "East of England Ambulance Service NHS Trust",
        "appointed",
    ) in changes
