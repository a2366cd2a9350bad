"""Constructions found on the thirty-seventh round of real pages (rules log items 454 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import holds_of

GOVERNING_BODY = (
    "Vale Royal CCG Governing Body\n"
    "Minutes of the meeting held on 12 March 2016, 2pm at Wyvern House\n"
    "PRESENT:\n"
    "Dr Oswin Tregear\nHalima Durrant\nDr Petra Loxley\nGideon Farrar\nDr Maud Etchells\n"
    "In Attendance:\n"
    "Bronwen Ashdown\nCyril Penhaligon\n"
    "Min\nRef:\n16.03\n"
    "Chair\nLay Member - Governance\nChief Clinical Officer\nChief Finance Officer\nGP Lead - Northwich\n"
    "Board Secretary\nCommissioning Manager\n"
    "ACTION\n16.03.01 Apologies\nApologies were received from the practice managers.\n"
)


def test_a_names_column_split_by_an_attendance_heading_pairs_with_the_titles_after_it(nlp):
    # Item 454: a governing body's minutes from a PDF give the members' names, "In Attendance:" and the attendees'
    # names, then a column head's cells ("Min", "Ref:", "16.03"), then every title in the same order; the
    # heading takes no row of the titles column. Before, neither run of names met a titles run of its own
    # length, and the whole list gave nothing.
    ccg = "NHS Vale Royal CCG"
    held = {(p, r) for p, r, o in holds_of(nlp, GOVERNING_BODY, "2016-03-12") if o and "Vale Royal" in o}
    assert {
        ("Oswin Tregear", "chair"),
        ("Petra Loxley", "chief executive"),
        ("Gideon Farrar", "chief financial officer"),
        ("Bronwen Ashdown", "company secretary"),
    } <= held, (ccg, held)
    assert not {p for p, _ in held} & {"Halima Durrant", "Maud Etchells", "Cyril Penhaligon"}  # no board post


def test_a_split_names_column_is_paired_only_when_the_counts_agree(nlp):
    # Item 454's guard: one title fewer than the names (a row lost in conversion) pairs nothing, rather than
    # give every member after the gap a colleague's post.
    short = GOVERNING_BODY.replace("Board Secretary\n", "")
    held = holds_of(nlp, short, "2016-03-12")
    assert ("Bronwen Ashdown", "company secretary") not in {(p, r) for p, r, _ in held}
    assert ("Cyril Penhaligon", "company secretary") not in {(p, r) for p, r, _ in held}
    assert ("Oswin Tregear", "chair") not in {(p, r) for p, r, _ in held}


def test_an_acronym_of_a_renamed_trust_s_former_name(nlp):
    # Item 455: "CHUFT chief executive X", a minute book's "WHHFT/GC/13/XX": an acronym that abbreviates no
    # trust's name today but exactly one trust's former name (Colchester Hospital University NHS Foundation Trust
    # is now East Suffolk and North Essex's; Warrington and Halton's was renamed) names that trust. Before, the
    # acronym named nothing, so the post had no body (and a minutes page lost its whole attendance list).
    found = holds_of(nlp, "CHUFT chief executive Saoirse Blackwood said the wards were full.", "2014-03-01")
    assert ("Saoirse Blackwood", "chief executive") in {(p, r) for p, r, _ in found}, found
    org = next(o for p, r, o in found if p == "Saoirse Blackwood")
    assert "Colchester" in org, org
    # an acronym of a current name keeps its reading
    assert {o for p, _, o in holds_of(nlp, "NSFT chief executive Idris Vane spoke.", "2014-03-01")} == {
        "Norfolk and Suffolk NHS Foundation Trust"
    }


def test_minutes_named_only_by_a_former_name_s_acronym_keep_that_name(nlp):
    # Item 455, with the name: a council of governors' minutes name their trust only in the agenda reference
    # ("CHUFT/GC/14/02"); the attendance list's posts are that trust's, under the name the acronym stands for
    # (the former name), not the trust's name today.
    text = (
        "Agenda Item No. CHUFT/GC/14/02\n\nFINAL Minutes of the Meeting held on Thursday 6th March 2014\n\n"
        "In Attendance:\n\nTamsin Ogilvie Chief Executive Barnaby Quayle Director of Finance\n\n"
        "The Chair welcomed everyone to the meeting.\n"
    )
    found = holds_of(nlp, text, "2014-03-06")
    assert (
        "Tamsin Ogilvie",
        "chief executive",
        "Colchester Hospital University NHS Foundation Trust",
    ) in found, found


def test_a_split_names_column_keeps_the_older_pairing_and_refuses_an_action_log(nlp):
    # Review of item 454: (1) members with no titles, then "In Attendance:" and two attendees with theirs: the
    # joined column (five names, two titles) pairs nothing, so the attendees' own run is paired as before;
    # (2) "Apologies: / None" under the names takes no row; (3) an action log's owners ("Action" / "Owner" head
    # cells, "Director of Finance" twice) are no attendance list: a post only one person holds, given twice.
    attendees = (
        "NHS Vale of York CCG Governing Body\nMinutes of the meeting held on 4 February 2016\nMembers present:\n"
        "Dr Ysolde Marrick\nDr Ansel Pocklington\nDr Tegwen Skirlaugh\nIn Attendance:\nJuniper Stamwick\n"
        "Osric Fulbeck\nChief Finance Officer\nChief Nurse\n\nThe Chair opened the meeting.\n"
    )
    held = {(p, r) for p, r, _ in holds_of(nlp, attendees, "2016-02-04")}
    assert {("Juniper Stamwick", "chief financial officer"), ("Osric Fulbeck", "chief nurse")} <= held, held
    none = (
        "Gateshead Health NHS Foundation Trust\nMinutes of the Board of Directors held on 26 September 2018\n"
        "Present:\nMrs Lowenna Fellside\nMr Vasco Dunmere\nMrs Hesper Lobley\nApologies:\nNone\n"
        "Chair\nChief Executive\nDirector of Finance\n\nThe Chair opened the meeting.\n"
    )
    held = {(p, r) for p, r, _ in holds_of(nlp, none, "2018-09-26")}
    assert {("Lowenna Fellside", "chair"), ("Hesper Lobley", "chief financial officer")} <= held, held
    log = (
        "Leeds Teaching Hospitals NHS Trust\nMinutes of the Trust Board held on 26 July 2018\nPresent:\n"
        "Linnea Pomeroy\nDr Arvo Kapadia\nSilas Ormond\nIn Attendance:\nJessamy Wharton\nCorin Brigstock\n"
        "Action\nOwner\nChief Executive\nDirector of Finance\nDirector of Finance\nChair\nMedical Director\n"
        "TB/18/61 Action log - the Board reviewed the action log above.\n"
    )
    held = {(p, r) for p, r, _ in holds_of(nlp, log, "2018-07-26")}
    assert not held & {("Linnea Pomeroy", "chief executive"), ("Jessamy Wharton", "chair")}, held


def test_only_a_foundation_trust_s_initials_stand_for_a_former_name(nlp):
    # Review of item 455: short or non-"FT" initials that fit a former name ("HEY", "CHU") are other things far
    # more often: a school trust, a French university hospital.
    school = "The Hull-based HEY Learning Trust has appointed Gideon Sculby as its chief executive."
    assert not any("Hull and East Yorkshire" in (o or "") for _, _, o in holds_of(nlp, school, "2019-01-01"))
    from tests.construction_helpers import events_of

    french = (
        "Dr Camille Orvault will be the next medical director of Ipswich Hospital NHS Trust, starting on 1 "
        "September. She joins from CHU Bordeaux, where she was medical director for five years."
    )
    found = {f[:4] for f in events_of(nlp, french, "2016-06-01")}
    assert not any("Colchester" in (f[2] or "") for f in found), found


def test_the_nhs_in_wales_is_a_national_body_like_nhs_scotland(nlp):
    # Item 456: "the new chief executive of the NHS in Wales", "interim chief executive of the Welsh NHS": the
    # national body was missing from the gazetteer (NHS Scotland was there), so the post had no body and the
    # appointment was dropped or went to the appointee's health board. (Item 487: recorded by its name, "NHS Wales".)
    from tests.construction_helpers import events_of

    text = "Bethan Llewellyn-Rhys has been named as the new chief executive of the NHS in Wales. She starts in May."
    found = {f[:4] for f in events_of(nlp, text, "2021-03-01")}
    assert ("Bethan Llewellyn-Rhys", "chief executive", "NHS Wales", "appointed") in found, found
    welsh = (
        "Aled Pryderi will take over as interim chief executive of the Welsh NHS from Gwion Tudur on 1 May."
    )
    found = {f[:4] for f in events_of(nlp, welsh, "2021-03-01")}
    assert ("Aled Pryderi", "chief executive", "Welsh NHS", "appointed") in found, found


def test_the_nhs_s_own_chief_executive_is_nhs_england_s(nlp):
    # Item 457: "NHS chief executive X", "the chief executive of the NHS, X", "the NHS's chief executive": the national
    # post is NHS England's from its opening (October 2012); before, "NHS" named no body and the post was lost.
    # Not "NHS chief executives" (trusts'), not a name ending in NHS ("Leeds NHS"), not "of the NHS Confederation";
    # before NHS England existed, the National Health Service's (item 507).
    from tests.construction_helpers import events_of

    said = (
        "I referred to a recent speech from NHS chief executive Cressida Vane, in which she set out the plan."
    )
    assert ("Cressida Vane", "chief executive", "NHS England") in holds_of(nlp, said, "2016-03-01")
    of_the = "The chief executive of the NHS, Cressida Vane, visited the trust on Monday."
    assert ("Cressida Vane", "chief executive", "NHS England") in holds_of(nlp, of_the, "2023-03-01")
    # (review of item 487: the post recorded as "NHS England", not the phrase "NHS in England")
    leaving = "Sir Anselm Crewe will retire in March 2014 as Chief Executive of the NHS in England."
    found = {f[:4] for f in events_of(nlp, leaving, "2013-05-20")}
    assert ("Anselm Crewe", "chief executive", "NHS England", "departed") in found, found
    assert not holds_of(nlp, "NHS chief executives Ida Holm and Rafe Lunt met the minister.", "2016-03-01")
    confederation = holds_of(nlp, "Ida Holm is chief executive of the NHS Confederation.", "2016-03-01")
    assert not any(o == "NHS England" for _, _, o in confederation), confederation
    # (item 507: before NHS England opened, the service's own post, no longer none)
    assert holds_of(nlp, said, "2009-03-01") == {
        ("Cressida Vane", "chief executive", "National Health Service")
    }
    local = holds_of(nlp, "The Barnsley NHS chief executive Ida Holm said the wards were full.", "2016-03-01")
    assert not any(o == "NHS England" for _, _, o in local), local
    career = (
        "NHS Borders has appointed Idris Vane as its chief executive. Mr Vane has led NHS Borders since 2019. "
        "In all, he has been an NHS chief executive for more than 15 years."
    )
    assert not any(o == "NHS England" for _, _, o in holds_of(nlp, career, "2016-03-01"))


def test_a_national_body_s_name_used_for_its_sector_or_another_country_s_post(nlp):
    # Review of items 456-457: "one Welsh NHS chief executive, X of A" is A's chief executive (the sector, not the
    # body); "Scotland's NHS chief executive" is no post of NHS England's, nor is "the then NHS chief executive".
    sector = (
        "Welsh NHS chief executives met ministers on Thursday. One Welsh NHS chief executive, Dylan Ifans of "
        "Cwm Taf Morgannwg University Health Board, said the plan was right."
    )
    held = holds_of(nlp, sector, "2024-03-01")
    assert not any(o == "Welsh NHS" for _, _, o in held), held
    scotland = "Scotland's NHS chief executive, Ewan Drumlithie, said the winter would be hard."
    assert not any(o == "NHS England" for _, _, o in holds_of(nlp, scotland, "2024-03-01"))
    then = "The review was commissioned in 2015 by the then NHS chief executive, Sir Duncan Fairlie."
    assert not any(o == "NHS England" for _, _, o in holds_of(nlp, then, "2024-03-01"))


def test_a_comment_adverb_or_a_greeting_is_no_part_of_the_name_after_it(nlp):
    # Item 458: "Unfortunately Allison W..., our chief executive, is on sick leave", "• Goodbye Peter C..., Trust
    # Chair": the model reads the opening word into the name, so the person was "Unfortunately Allison W..."
    quoted = (
        'Cwm Taf Morgannwg University Health Board chairman Marcus Longley said: "Unfortunately Ffion Rees-Owen, '
        'our chief executive, is on sick leave."'
    )
    people = {p for p, _, _ in holds_of(nlp, quoted, "2019-06-01")}
    assert "Ffion Rees-Owen" in people, people
    bulletin = "Dartford and Gravesham NHS Trust news\n• Goodbye Piers Colville, Trust Chair\n• Welcome to our governors"
    people = {p for p, _, _ in holds_of(nlp, bulletin, "2019-06-01")}
    assert "Piers Colville" in people, people
