"""Constructions found on the fortieth round of real pages (rules log items 477 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of, holds_of


def test_directors_of_portfolios_board_papers_name(nlp):
    # Item 477: an executive director's title is kept as written when its portfolio is in the portfolio list;
    # "Director of Urgent and Emergency Care", "Director of Population Health" and "Director of Vaccinations"
    # were not, so a minutes' titles column paired the row and gave its holder nothing.
    text = (
        "Royal Cornwall Hospitals NHS Trust\n"
        "Minutes of the Trust Board meeting held in public on 12 March 2015\n"
        "Present:\nMr Idris Penhallow\nMs Gwen Trevose\nDr Kit Marrack\nMrs Oona Pellow\n"
        "Chairman\nChief Executive\nDirector of Urgent and Emergency Care\nDirector of Population Health\n"
    )
    assert holds_of(nlp, text, "2015-03-12") == {
        ("Idris Penhallow", "chair", "Royal Cornwall Hospitals NHS Trust"),
        ("Gwen Trevose", "chief executive", "Royal Cornwall Hospitals NHS Trust"),
        ("Kit Marrack", "director of urgent and emergency care", "Royal Cornwall Hospitals NHS Trust"),
        ("Oona Pellow", "director of population health", "Royal Cornwall Hospitals NHS Trust"),
    }
    text = (
        "NHS England's board heard from Dr Ama Kessel, Director of Vaccinations and Screening, and from Theo "
        "Brannock, Director of Mental Health, who presented the winter plan."
    )
    assert holds_of(nlp, text, "2022-11-03") >= {
        ("Ama Kessel", "director of vaccinations and screening", "NHS England"),
        ("Theo Brannock", "director of mental health", "NHS England"),
    }
    # after the review: a listed word that a noun continues in lower case names something else, no title; an
    # interim director's title is interim
    text = (
        "Claire Lyle, director of urgent care provider Vocare, said Northumbria Healthcare NHS Foundation Trust was "
        "a valued partner."
    )
    assert holds_of(nlp, text, "2022-11-03") == set()
    text = "Jon Ferris, Interim Director of Population Health at Somerset NHS Foundation Trust, said the plan was ready."
    assert (
        "Jon Ferris",
        "director of population health",
        "Somerset NHS Foundation Trust",
        "holds",
        True,
        None,
    ) in (events_of(nlp, text, "2022-11-03"))
    # after the second review: the post named after its title ("role", "job", "post") leaves the title whole
    text = "Helen Rigby has been appointed to the new director of population health role at NHS Lancashire and South Cumbria ICB."
    assert (
        "Helen Rigby",
        "director of population health",
        "NHS Lancashire and South Cumbria ICB",
        "appointed",
    ) in (changes_of(nlp, text, "2023-06-01"))


def test_the_acting_holder_named_after_an_unnamed_departure_is_not_the_leaver(nlp):
    # Item 478: "The chief executive of A has left his post. X is now the acting chief executive": the person
    # named next holds the very post as acting, so stands in for the leaver. Before, X was read as the one
    # who left (departed, interim), from the lede and from the "named next" reading alike.
    text = (
        "THE chief executive of Yorkshire Ambulance Service NHS Trust has left his post in unexplained "
        "circumstances.\n\nWendell Arkwright is now the acting chief executive."
    )
    found = events_of(nlp, text, "2016-05-02")
    assert not {f for f in found if f[0] == "Wendell Arkwright" and f[3] == "departed"}, found
    assert ("Wendell Arkwright", "chief executive", "Yorkshire Ambulance Service NHS Trust") in {
        f[:3] for f in found if f[4]
    }
    text = (
        "THE chief executive of Yorkshire Ambulance Service NHS Trust has left his post in unexplained "
        "circumstances.\n\nIt has emerged that Rupert Ellingham, who joined the trust in 2011, has not been at "
        "work for months. Wendell Arkwright, who joined as a paramedic in 1990, is now the acting chief "
        "executive."
    )
    assert changes_of(nlp, text, "2016-05-02") == {
        ("Rupert Ellingham", "chief executive", "Yorkshire Ambulance Service NHS Trust", "departed")
    }
    # a post left that was itself interim: whoever is named next and holds it as acting may be the leaver
    text = (
        "The interim chief executive of Yorkshire Ambulance Service NHS Trust has resigned after two months.\n\n"
        "Wendell Arkwright, the trust's acting chief executive since March, said it had been a difficult decision."
    )
    assert changes_of(nlp, text, "2016-05-02") == {
        ("Wendell Arkwright", "chief executive", "Yorkshire Ambulance Service NHS Trust", "departed")
    }


def test_new_before_the_body_whose_title_follows(nlp):
    # Item 479: "new" (or "newly appointed") written before a body and the title that follows it ("Newly-
    # appointed NHS Dumfries and Galloway Chief Executive X has paid tribute"): the title is new, as "the trust's
    # new chief executive X" is. Before, the holder was read as holding the post.
    text = "Newly-appointed NHS Fife Chief Executive Morag Lindqvist has paid tribute to her predecessor."
    assert changes_of(nlp, text, "2023-02-01") == {
        ("Morag Lindqvist", "chief executive", "NHS Fife", "appointed")
    }
    text = "New Leeds Teaching Hospitals NHS Trust chair Callum Ferrier said the trust faced a hard winter."
    assert changes_of(nlp, text, "2023-02-01") == {
        ("Callum Ferrier", "chair", "Leeds Teaching Hospitals NHS Trust", "appointed")
    }
    # not when "new" belongs to something else before the body
    text = "At the new Leeds Teaching Hospitals NHS Trust building, chair Callum Ferrier said the trust was ready."
    assert changes_of(nlp, text, "2023-02-01") == set()
    # after the review: "new" before a title that owns something else is that thing's
    text = "Opening the new NHS Tayside chief executive's office, Grant Archer thanked the estates team."
    assert changes_of(nlp, text, "2023-02-01") == set()


def test_a_new_post_named_as_someone(nlp):
    # Item 480: "The new chair of A has been named as X", "The minister has named the new vice chair of the board
    # as X": a naming verb fills a new post with the person after "as". Before, nothing was read (and the
    # minister, the verb's subject, was once taken for the appointee).
    text = "THE new chair of Somerset Primary Care Trust has been named as Ingrid Tallow."
    assert changes_of(nlp, text, "2008-05-01") == {
        ("Ingrid Tallow", "chair", "Somerset Primary Care Trust", "appointed")
    }
    text = (
        "The health minister has now named the new vice chair of Hywel Dda University Health Board as Owen "
        "Pritchard, a former council leader."
    )
    assert changes_of(nlp, text, "2021-05-01") == {
        ("Owen Pritchard", "vice chair", "Hywel Dda University Health Board", "appointed")
    }
    # a post that is not new: no appointment read from "named as"
    text = "The chief executive of Somerset Primary Care Trust was named as Ingrid Tallow in the report."
    assert not {f for f in changes_of(nlp, text, "2008-05-01") if f[3] == "appointed"}
    # after the review: "named as X's successor" names the one leaving, not the appointee
    text = (
        "The new chair of Royal Berkshire NHS Foundation Trust has been named as Martin Elbourne's successor."
    )
    assert changes_of(nlp, text, "2023-02-01") == set()


def test_a_council_of_governors_meeting_that_never_names_its_trust(nlp):
    # Item 481: minutes of a foundation trust's council of governors whose text never names the trust (it stood in
    # the letterhead; the text names only the hospital): the board members attending are the trust's, "the
    # Trust" as the guideline writes it. Before, the attendance gave nothing.
    text = (
        "MEETING OF THE COUNCIL OF GOVERNORS HELD AT 1600 HOURS ON TUESDAY, 9 NOVEMBER 2010, BOARD ROOM, "
        "AIREDALE GENERAL HOSPITAL\n"
        "PRESENT: Mr Aled Brackley, Non Executive Director (in the Chair) Mrs Petra Lund, Public Governor, Ilkley "
        "Mr Dev Sharma, Staff Governor, Nurses and Midwives IN ATTENDANCE: Ms Carys Wedderburn, Chief Executive "
        "Dr Olu Mensah, Medical Director\n"
        "The Chairman welcomed everyone to the meeting."
    )
    assert holds_of(nlp, text, "2010-11-09") == {
        ("Aled Brackley", "non-executive director", "the Trust"),
        ("Carys Wedderburn", "chief executive", "the Trust"),
        ("Olu Mensah", "medical director", "the Trust"),
    }
    # after the review: "The Chairman welcomed ..." on the next line is the meeting's chair, not the last name before
    text = (
        "Council of Governors meeting\nHeld on 5 December 2018 at Scarborough Hospital\n"
        "Present: Mr Mike Swale (Chairman), Mrs Lyn Hilton (Public Governor, Whitby)\n"
        "In attendance: Mr Jonah Lakin (Chief Executive), Mrs Polly Kenward (Chief Nurse)\n"
        "The Chairman welcomed governors and noted apologies."
    )
    assert {f[1] for f in holds_of(nlp, text, "2018-12-05") if f[0] == "Jonah Lakin"} == {"chief executive"}
    # after the second review: a holder whose given name the tagger reads as a verb keeps the post
    text = (
        "Minutes of the Trust Board of Wye Valley NHS Trust held on 5 June 2023\n"
        "Present: Mr Frank Dodd (Chair), Mrs Jo Bell (Non-Executive Director)\n"
        "The Chief Executive Will Hughes presented his report."
    )
    assert ("Will Hughes", "chief executive", "Wye Valley NHS Trust") in holds_of(nlp, text, "2023-06-05")


def test_a_title_the_model_runs_into_the_next_name(nlp):
    # Item 482: in a flattened attendance row ("Mr A, Volunteer Mrs B, Non Executive Director Mr C, member of the
    # public") the model reads the last cell's title and the next name as one person ("Volunteer Mrs B"), which
    # is no name: B was lost and her title went to C. A name starts at an honorific that follows a word that is
    # none.
    text = (
        "Minutes of the Board of Directors of Airedale NHS Foundation Trust held on 26 October 2010. IN "
        "ATTENDANCE: Miss Bryony Fellowes, Chief Executive Mr Adrian Holt, Volunteer Mrs Sally Hough, Non "
        "Executive Director Mr Chris Nolan, member of the public"
    )
    assert holds_of(nlp, text, "2010-10-26") == {
        ("Bryony Fellowes", "chief executive", "Airedale NHS Foundation Trust"),
        ("Sally Hough", "non-executive director", "Airedale NHS Foundation Trust"),
    }


def test_its_new_post_filled_following_a_named_leaving(nlp):
    # Item 483: "The trust that runs the Whittington Hospital has named its new chair following the resignation of
    # X": the post a body fills (with "a", "an" and now "its" / "their" before it) is the one X left. Before, "its"
    # stopped the reading and X's departure was lost.
    text = (
        "Whittington Health NHS Trust has named its new chair following the resignation of former council leader "
        "Stefan Hollick."
    )
    assert changes_of(nlp, text, "2019-07-01") == {
        ("Stefan Hollick", "chair", "Whittington Health NHS Trust", "departed")
    }
    # a post of someone else's ("its" the trust's, but the leaver named with a post elsewhere) stays unread
    text = (
        "Whittington Health NHS Trust has named its new chair following the resignation of Stefan Hollick from "
        "the charity he founded."
    )
    assert changes_of(nlp, text, "2019-07-01") == set()
    # after the review: a leaver named with a post of their own left that post, not the one filled
    text = "NHS Tayside has appointed its new chief executive following the death of former chair Sir Ian Kennard."
    assert not {f for f in changes_of(nlp, text, "2019-07-01") if f[1] == "chief executive"}


def test_a_list_headed_by_a_boards_plural_title(nlp):
    # Item 484: "NHS Board Chief Executives:" over rows "• Name, NHS Fife" (minutes of a national group's
    # meeting): the heading's "NHS Board" is no body of the register, so the heading is still a plural title and
    # each row holds it at its own board; a row's own title is its post ("NHS Forth Valley, Interim Chief
    # Executive"; "NHS Borders, Director of Finance", a deputy attending), but not a post in the group itself
    # ("(Vice Chair of CEs Group)"). Before, the body in the heading stopped the reading: none was read.
    text = (
        "NHS Chief Executives minutes: March 2021\n\nAttendees and apologies\n\nNHS Board Chief Executives:\n\n"
        "  • Morag Keiller, NHS Fife\n"
        "  • Duncan Strachan, NHS Tayside (Vice Chair of CEs Group)\n"
        "  • Ailsa Rennie, NHS Forth Valley, Interim Chief Executive\n"
        "  • Euan Baird, NHS Borders, Director of Finance\n"
    )
    found = events_of(nlp, text, "2021-03-10")
    assert {f[:3] + (f[4],) for f in found if f[3] == "holds"} >= {
        ("Morag Keiller", "chief executive", "NHS Fife", False),
        ("Duncan Strachan", "chief executive", "NHS Tayside", False),
        ("Ailsa Rennie", "chief executive", "NHS Forth Valley", True),
        ("Euan Baird", "chief financial officer", "NHS Borders", False),
    }, found
    assert not {f for f in found if f[0] == "Ailsa Rennie" and not f[4]}, found  # interim, and only that
    short = (
        "NHS Chief Executives minutes: March 2021\n\nNHS Board Chief Executives:\n\n  • Morag Keiller, NHS Fife\n"
        "  • Ailsa Rennie, NHS Forth Valley, Interim Chief Executive\n"
    )
    assert ("Ailsa Rennie", "chief executive", "NHS Forth Valley", "holds", True, None) in events_of(
        nlp, short, "2021-03-10"
    )
    # a heading that names a body of the register is that body's list, as before: its rows are not read as
    # holding the heading's title at their own boards
    text = text.replace("NHS Board Chief Executives:", "NHS Fife Chief Executives:")
    assert not {f for f in events_of(nlp, text, "2021-03-10") if f[0] == "Morag Keiller"}
    # after the review: "(Chair, BCE Group)" is the group's post; a row's title followed by another body is that
    # body's, even one the register does not know
    text = (
        "NHS Chief Executives minutes: May 2022\n\nNHS Board Chief Executives:\n\n"
        "  • Kevin Haig, NHS Grampian (Chair, BCE Group)\n"
        "  • Vicky Irvine, NHS Tayside, Chief Officer, Dundee Health and Social Care Partnership\n"
    )
    found = events_of(nlp, text, "2022-05-10")
    assert ("Kevin Haig", "chief executive", "NHS Grampian", "holds", False, None) in found, found
    assert not {f for f in found if f[1] == "chair" or f[0] == "Vicky Irvine" and f[2] == "NHS Tayside"}, (
        found
    )
    # after the second review: a body whose name ends in "Group" is no group of the meeting's; a row's title followed
    # by a word of its own ("Deputising") keeps it; a row with two titles, one the group's, takes no heading title
    text = "The event was opened by Yvonne Hale (Chair, The Dudley Group) and Diane Parks (Chief Executive, The Dudley Group)."
    assert ("Yvonne Hale", "chair", "The Dudley Group NHS Foundation Trust") in holds_of(
        nlp, text, "2023-06-01"
    )
    text = (
        "NHS Chief Executives minutes: May 2022\n\nNHS Board Chief Executives:\n\n"
        "  • Calum Reid, NHS Shetland, Director of Finance, Deputising\n"
        "  • Gordon Watt, NHS Lanarkshire, Director of Finance, Vice Chair, BCE Group\n"
        "  • Fiona Connell, NHS Fife\n"
    )
    found = events_of(nlp, text, "2022-05-10")
    assert ("Calum Reid", "chief financial officer", "NHS Shetland", "holds", False, None) in found, found
    assert not {f for f in found if f[0] == "Gordon Watt" and f[1] == "chief executive"}, found


def test_a_writers_heading_with_a_word_before_message_from(nlp):
    # Item 485: "Leadership message from Dr X, Interim Chief Executive", "Stakeholder update from Chief Executive
    # X": the heading names the writer, so the text's "I" and "my" are theirs. Before, only "A message from",
    # "Important message from" and the like were read, so a word before "message" lost the writer.
    text = (
        "Leadership message from Dr Tamsin Oakridge, Interim Chief Executive\n\n"
        "Our service at East of England Ambulance Service NHS Trust is facing higher demand than last year.\n\n"
        "I have decided that I will step down at the end of September."
    )
    assert changes_of(nlp, text, "2021-07-29") >= {
        ("Tamsin Oakridge", "chief executive", "East of England Ambulance Service NHS Trust", "departed")
    }
    # after the second review: a heading answering someone else's message does not make them the writer
    text = (
        "Why I welcome the message from Chief Executive Sam Idris\n\n"
        "I have been a public governor at Gloucestershire Hospitals NHS Foundation Trust for six years. I will step "
        "down at the end of my term in May."
    )
    assert not {f for f in changes_of(nlp, text, "2023-06-01") if f[0] == "Sam Idris"}


def test_the_writers_farewell_my_final_message_as_the_post(nlp):
    # Item 486: "this is my final leadership message as your Interim CEO, before Y takes over", "So here it is, my
    # final blog as Chief Executive of A": the writer's last piece in the post is their leaving it, as "her final
    # day as our Director of Nursing" is. Before, nothing was read of the writer.
    text = (
        "A message from our Chief Executive, Gethin Marlowe\n\n"
        "So here it is, my final blog as Chief Executive of Pennine Care NHS Foundation Trust. I would like to "
        "thank everyone for their support over the last eight years."
    )
    assert changes_of(nlp, text, "2017-02-28") == {
        ("Gethin Marlowe", "chief executive", "Pennine Care NHS Foundation Trust", "departed")
    }
    # a first blog is no leaving
    text = text.replace("my final blog as Chief Executive", "my first blog as Chief Executive")
    assert changes_of(nlp, text, "2017-02-28") == set()
    # after the second review: a farewell denied, a season's last message, or the last in another post is none
    head = "A message from our Chief Executive, Gail Murray\n\n"
    for said in (
        "This is not my final blog as Chief Executive of Royal United Hospitals Bath NHS Foundation Trust.",
        "This will be my final message as Chief Executive for this year at Walsall Healthcare NHS Trust.",
        "In my last blog as Chief Executive of Royal United Hospitals Bath NHS Foundation Trust I wrote about our new "
        "emergency department; it is now open.",
        "This is my final message as chair of the Heart of Kent Hospice charity board; I will continue as your "
        "chief executive at Maidstone and Tunbridge Wells NHS Trust.",
    ):
        assert changes_of(nlp, head + said, "2023-06-01") == set(), said
