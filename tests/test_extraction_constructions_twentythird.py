"""Constructions found on the thirtieth round of real pages (rules log items 405 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of

CHAIRS_MINUTES = (
    "NHS Chairs minutes: March 2021\n\n"
    "Minutes of the meeting of the NHS Chairs on 22 March 2021.\n\n"
    "Attendees and apologies\n\n"
    "Health Board Chairs\n\n"
    "  • Moira Tennant, NHS Ayrshire and Arran (Interim)\n"
    "  • Callum Reid, NHS Borders\n"
    "  • Karen Munro NHS Fife\n"
    "  • Duncan Grieve, NHS Highland, Vice Chair\n"
    "  • Fiona Blair, NHS Lothian (Vice-Chair)\n\n"
    "Scottish Government Officials\n\n"
    "  • Alasdair Kerr, Director of Health Finance\n"
    "  • Morag Baird, Chief Nursing Officer\n\n"
    "Items and actions\n\n"
    "1. The minutes of the previous meeting were approved.\n"
)


def test_rows_under_a_plural_title_heading_hold_that_post_at_their_own_body(nlp):
    # Item 405: a heading line that is a plural title ("Health Board Chairs"), then bulleted rows "Name, Body":
    # every row held the heading's post at its own body (a row's "(Interim)" makes it interim, its own
    # "(Vice-Chair)" is its post), and no row gave anything before. A name the entity model misses before
    # a body's name ("• Karen Munro NHS Fife") is a person on a bulleted line.
    found = {f[:5] for f in events_of(nlp, CHAIRS_MINUTES, "2021-03-22")}
    assert ("Moira Tennant", "chair", "NHS Ayrshire and Arran", "holds", True) in found, found
    assert ("Callum Reid", "chair", "NHS Borders", "holds", False) in found, found
    assert ("Karen Munro", "chair", "NHS Fife", "holds", False) in found, found
    assert ("Duncan Grieve", "vice chair", "NHS Highland", "holds", False) in found, found
    assert ("Fiona Blair", "vice chair", "NHS Lothian", "holds", False) in found, found
    # a heading in sentence case, as older pages write it
    text = "Attendees and apologies\n\nHealth board chief executives\n\n  • Rowan Pike, NHS Grampian\n"
    found = {f[:4] for f in events_of(nlp, text, "2018-12-10")}
    assert ("Rowan Pike", "chief executive", "NHS Grampian", "holds") in found, found


def test_rows_under_a_government_officials_heading_give_no_nhs_post(nlp):
    # Item 405: the officials listed under "Scottish Government Officials" hold civil-service posts; their
    # titles went to the first health board on the page.
    found = events_of(nlp, CHAIRS_MINUTES, "2021-03-22")
    assert not any(f[0] in {"Alasdair Kerr", "Morag Baird"} for f in found), found


def test_a_title_held_by_someone_stepping_up_is_kept_and_the_post_left_is_taken(nlp):
    # Item 406: "X, the board's current vice chairman, will take over until a permanent appointment is made":
    # the title set off after the name is the post X holds; what X takes over is the post just left. X was
    # said to be appointed vice chairman, and nobody took the chair.
    trust = "Queen Elizabeth Hospital King's Lynn NHS Foundation Trust"
    text = (
        f"The chairman of {trust}, Ambrose Kettering, has stepped down with immediate effect after five years. "
        "Lydia Forsythe, the board's current vice chairman, will take over until a new permanent appointment "
        "is made."
    )
    found = {f[:5] for f in events_of(nlp, text, "2019-03-04")}
    assert ("Ambrose Kettering", "chair", trust, "departed", False) in found, found
    assert ("Lydia Forsythe", "vice chair", trust, "holds", False) in found, found
    assert ("Lydia Forsythe", "chair", trust, "appointed", True) in found, found
    assert not any(f[0] == "Lydia Forsythe" and f[1:4] == ("vice chair", trust, "appointed") for f in found)
    # "will step up to take on the role": the same reading of a deputy's title
    text = (
        "Bartholomew Quayle, chief executive of Royal Free London NHS Foundation Trust, is to retire in the "
        "spring. Imelda Strand, the trust's deputy chief executive, will step up to take on the role."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-02-12")}
    royal_free = "Royal Free London NHS Foundation Trust"
    assert ("Imelda Strand", "deputy chief executive", royal_free, "holds") in found, found
    assert ("Imelda Strand", "chief executive", royal_free, "appointed") in found, found
    # taking over something else keeps the title and takes no post; "takes up her post" is the title taken
    text = (
        "Ambrose Kettering, chair of Leeds Teaching Hospitals NHS Trust, has stepped down. Lydia Forsythe, the "
        "trust's chief nurse, will take over responsibility for infection control. Tobias Wren, the trust's "
        "chief operating officer, takes up his post on Monday."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-03-04")}
    leeds = "Leeds Teaching Hospitals NHS Trust"
    assert ("Lydia Forsythe", "chief nurse", leeds, "holds") in found, found
    assert not any(f[0] == "Lydia Forsythe" and f[3] == "appointed" for f in found), found
    assert ("Tobias Wren", "chief operating officer", leeds, "appointed") in found, found


def test_a_picture_caption_does_not_cut_an_honorific_from_its_name(nlp):
    # Item 407: a picture caption (the name alone on its line) before "Ms Trent leaves SaTH after four years"
    # made the parser start a sentence after "Ms", so the leaving sentence had no subject and her post at
    # the trust stayed held. A capitalised word after an honorific on its line starts no sentence.
    text = (
        "Helen Trent, Director of Finance at The Shrewsbury and Telford Hospital NHS Trust (SaTH), has announced "
        "she will be taking up a new role as Interim Chief Finance Officer for the Royal Berkshire NHS "
        "Foundation Trust in June.\n\nHelen Trent\n\nMs Trent leaves SaTH after four years in post."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-05-30")}
    sath = "The Shrewsbury and Telford Hospital NHS Trust"
    assert ("Helen Trent", "chief financial officer", sath, "departed") in found, found
    assert (
        "Helen Trent",
        "chief financial officer",
        "Royal Berkshire NHS Foundation Trust",
        "appointed",
    ) in found


def test_a_successor_named_before_the_noun_takes_the_predecessors_post(nlp):
    # Item 408: "X will take over as Ms Y's interim replacement", "X will be Y's successor", "X has been
    # announced as the permanent successor to Y": the successor stood before the noun (or the noun's owner
    # after "to"), so only "Her successor will be X" and "appointed X as his successor" were read.
    board = "Cwm Taf University Health Board"
    cases = [
        (
            f"Alys Pennant, chief executive of {board}, is on an extended period of sick leave. Dr Rhian Cadwal "
            "will take over as Ms Pennant's interim replacement on Monday.",
            ("Rhian Cadwal", "chief executive", board, "appointed", True),
        ),
        (
            f"Alys Pennant, chief executive of {board}, is to retire in May. Dr Rhian Cadwal will be Ms "
            "Pennant's successor.",
            ("Rhian Cadwal", "chief executive", board, "appointed", False),
        ),
        (
            f"Alys Pennant, chief executive of {board}, left in March. Dr Rhian Cadwal has been announced as "
            "the permanent successor to Ms Pennant.",
            ("Rhian Cadwal", "chief executive", board, "appointed", False),
        ),
        (
            f"Alys Pennant, chief executive of {board}, is to retire in May. The board has appointed Dr Rhian "
            "Cadwal as her interim successor.",
            ("Rhian Cadwal", "chief executive", board, "appointed", True),
        ),
    ]
    for text, expected in cases:
        found = {f[:5] for f in events_of(nlp, text, "2019-06-20")}
        assert expected in found, (text, found)
    # the sick leave is no departure
    found = {f[:4] for f in events_of(nlp, cases[0][0], "2019-06-20")}
    assert ("Alys Pennant", "chief executive", board, "holds") in found, found


def test_the_body_a_leaver_goes_to_or_an_appointee_comes_from_owns_no_post_here(nlp):
    # Item 409: "stepping down ... in order to take up a secondment to B" (the parser hangs "in order to" on
    # "order", so the purpose clause was not seen: the departure was also given to B), and "appointed interim
    # chief executive, moving from his position at B" (B's post is the one left: the appointment went to B).
    trust = "St George's University Hospitals NHS Foundation Trust"
    text = (
        f"Crispin Hale, chief executive of {trust}, will be stepping down from his role as Chief Executive "
        "Officer in order to take up a secondment to NHS Improvement."
    )
    found = {f[:4] for f in events_of(nlp, text, "2016-05-01")}
    assert ("Crispin Hale", "chief executive", trust, "departed") in found, found
    assert not any(f[2] == "NHS Improvement" for f in found), found
    text = (
        "NHS Grampian chief executive Rory Baird has resigned. Alistair Dunbar has been appointed interim chief "
        "executive, moving from his position at NHS Education for Scotland."
    )
    found = {f[:5] for f in events_of(nlp, text, "2014-10-01")}
    assert ("Alistair Dunbar", "chief executive", "NHS Grampian", "appointed", True) in found, found
    assert not any(f[2] == "NHS Education for Scotland" and f[3] == "appointed" for f in found), found


def test_the_post_a_leaver_moves_on_to_is_an_appointment(nlp):
    # Item 410: "when he moves on to be Chief Executive of B later this year": "move on" is a leaving, and the
    # title after its "to be" was read as the post left (a departure from B). The post after "to be" of a
    # leaving is the one taken, as after "to become".
    text = (
        "I will, of course, miss working with Kevin Marsden on a day to day basis when he moves on to be "
        "Chief Executive of Lancashire Teaching Hospitals NHS Foundation Trust later this year."
    )
    found = {f[:4] for f in events_of(nlp, text, "2021-03-01")}
    lancs = "Lancashire Teaching Hospitals NHS Foundation Trust"
    assert ("Kevin Marsden", "chief executive", lancs, "appointed") in found, found
    assert not any(f[3] == "departed" and f[2] == lancs for f in found), found


def test_a_body_announcing_a_post_owns_it_though_its_name_says_no_trust(nlp):
    # Item 411: "St George's is also pleased to announce that Dr X will be acting Chief Executive Officer": the
    # announcing body, the subject of another clause, was no candidate for the post, and with no "trust" word
    # in the sentence the post went to nobody (with "The trust is pleased ..." it went to the page's trust).
    trust = "St George's University Hospitals NHS Foundation Trust"
    text = (
        f"Crispin Hale will be stepping down as Chief Executive Officer of {trust}.\n\n"
        "St George's is also pleased to announce that Dr Paula Hart will be acting Chief Executive Officer with "
        "immediate effect."
    )
    found = {f[:5] for f in events_of(nlp, text, "2016-05-01")}
    assert ("Paula Hart", "chief executive", trust, "appointed", True) in found, found


def test_the_review_of_items_405_to_411(nlp):
    # A helper wrote 95 invented near misses for items 405-411 and ran the old and new code: 7 worse. Six are
    # mended with a guard and kept here; one is left (topics under a title heading read as names, see the log).
    cases = {
        # 405: a "New ..." heading appoints
        "Newsletter, September 2021\n\nNew Chief Executives\n\n  • Fiona Hay, NHS Borders\n  • Neil Crichton, NHS "
        "Orkney\n\nWe welcome both to their posts.": {
            ("Fiona Hay", "chief executive", "NHS Borders", "appointed"),
            ("Neil Crichton", "chief executive", "NHS Orkney", "appointed"),
        },
        # 406: a vice chair steps up to the chair, not to the other post left; a task taken on is no post
        "The chair of NHS Fife, Morag Rae, is leaving at the end of the month. Dr Alan Park has also stepped down "
        "as chief executive. Iain Shaw, the board's current vice chair, will take over until a permanent "
        "appointment is made.": {
            ("Morag Rae", "chair", "NHS Fife", "departed"),
            ("Alan Park", "chief executive", "NHS Fife", "departed"),
            ("Iain Shaw", "vice chair", "NHS Fife", "holds"),
            ("Iain Shaw", "chair", "NHS Fife", "appointed"),
        },
        "Dr Alan Pryce, medical director of Leeds Teaching Hospitals NHS Trust, retired in March. Tobias Wren, the "
        "trust's chief operating officer, will step up to lead the urgent care review.": {
            ("Alan Pryce", "medical director", "Leeds Teaching Hospitals NHS Trust", "departed"),
            ("Tobias Wren", "chief operating officer", "Leeds Teaching Hospitals NHS Trust", "holds"),
        },
        # 408: a possible successor is talk, not a succession
        "Julian Booth, chief executive of Leeds Teaching Hospitals NHS Trust, has been lined up as a possible "
        "successor to Dame Erica Hope, chief executive of NHS England, according to reports.": {
            ("Julian Booth", "chief executive", "Leeds Teaching Hospitals NHS Trust", "holds"),
            ("Erica Hope", "chief executive", "NHS England", "holds"),
        },
        # 411: only the page's own body owns the post it announces, not an ICB or a national body confirming it
        "Tobias Wren has stepped down as chief executive of Royal Free London NHS Foundation Trust. The North "
        "Central London ICB confirmed that the trust's chief operating officer, Dr Clare Moss, will be acting "
        "chief executive.": {
            ("Tobias Wren", "chief executive", "Royal Free London NHS Foundation Trust", "departed"),
            ("Clare Moss", "chief operating officer", "Royal Free London NHS Foundation Trust", "holds"),
            ("Clare Moss", "chief executive", "Royal Free London NHS Foundation Trust", "appointed"),
        },
    }
    for text, expected in cases.items():
        found = {f[:4] for f in events_of(nlp, text, "2023-11-20")}
        assert found == expected, (text, found)
