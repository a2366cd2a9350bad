"""Constructions found on the fourth round of real pages outside every evaluation set (the 2026-12-04 probes;
rules log items 142 onwards in tests/fixtures/extraction/constructions/extractor-rules-2026-12.md).
One original text each: fictional people, real organisations."""

from __future__ import annotations

from nhs_leaders.nlp.pipeline import extract_events


def events_of(nlp, text: str, published: str | None = "2023-06-15", title: str | None = None) -> set[tuple]:
    """(person, role, organisation, event, interim, date) of every event extracted from ``text``."""
    (result,) = list(extract_events(nlp, [(text, published, None, title)]))
    return {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}


MINUTES_TITLE = (
    "Leeds Community Healthcare NHS Trust - Minutes of the Trust Board meeting held on 4 June 2009"
)
TABLE = (
    "Minutes of the Trust Board meeting held on Thursday 4 June 2009\n\n"
    "Orla Kettleby              {sep}Chairman\n"
    "Tomasz Wendover            {sep}Chief Executive\n"
    "Priya Galloway             {sep}Director of Finance\n"
    "Henrietta Muir             {sep}Non Executive Director and Vice Chair\n"
    "\nIn attendance\n"
    "Colm Ashdown               {sep}Board Secretary\n"
    "Bernadette Quayle          {sep}Observer\n"
    "\nThe Chairman welcomed everyone to the meeting.\n"
)
TABLE_HOLDS = {
    ("Orla Kettleby", "chair"),
    ("Tomasz Wendover", "chief executive"),
    ("Priya Galloway", "chief financial officer"),
    ("Henrietta Muir", "non-executive director"),
    ("Henrietta Muir", "vice chair"),
    ("Colm Ashdown", "company secretary"),
}


def test_a_table_of_names_and_titles_pairs_each_row(nlp):
    # Item 142: minutes list who attended as a two-column table, a name, a gap (spaces or a dash), a title.
    # Read as prose, each title went to the next row's name; the model also misses most names in a table.
    for sep in ("-   ", "    "):
        found = events_of(nlp, TABLE.format(sep=sep), "2009-06-04", MINUTES_TITLE)
        pairs = {
            (f[0], f[1]) for f in found if f[2] == "Leeds Community Healthcare NHS Trust" and f[3] == "holds"
        }
        assert pairs == TABLE_HOLDS, sep
        assert all(f[5] == "2009-06-04" for f in found)


def test_a_primary_care_trust_the_entity_model_misses(nlp):
    # Item 143: primary care trusts are in no register; named by their form ("X PCT", "X Primary Care Trust"),
    # in prose or in a title in capitals, they are bodies, named as the text states them (item 244: "X PCT"
    # stays "X PCT"; it was spelt out before).
    text = (
        "Fareham and Gosport PCT chief executive Rhodri Vance will also run East Hampshire PCT while a "
        "merger is planned."
    )
    found = events_of(nlp, text, "2005-08-12")
    assert (
        "Rhodri Vance",
        "chief executive",
        "Fareham and Gosport PCT",
        "holds",
        False,
        None,
    ) in found
    text = TABLE.format(sep="-   ").replace(
        "Minutes of the Trust Board", "KIRKLEES PRIMARY CARE TRUST\n\nMinutes"
    )
    found = events_of(nlp, text, "2008-04-30", "Minutes of the Board meeting held on 30 April 2008")
    assert ("Tomasz Wendover", "chief executive", "Kirklees Primary Care Trust", "holds") in {
        f[:4] for f in found
    }


def test_a_title_names_the_primary_care_trust(nlp):
    # Item 143: "Mid Essex PCT - Minutes ...": the title's body is the document's, not the hospital trust
    # whose name begins with the same place.
    found = events_of(
        nlp, TABLE.format(sep="-   "), "2008-03-26", "Mid Essex PCT - Minutes of the Board Meeting"
    )
    assert ("Orla Kettleby", "chair", "Mid Essex Primary Care Trust", "holds") in {f[:4] for f in found}


def test_bodies_in_the_plural_are_not_people(nlp):
    # Item 144: "The two Cambridgeshire PCTs will share a finance director": "Cambridgeshire PCTs" is no name.
    text = (
        "Meanwhile, Dr Ffion Hale was appointed joint chief executive of Cambridge City PCT. The two "
        "Cambridgeshire PCTs will in addition share a finance director from next April."
    )
    assert not any("PCT" in f[0] for f in events_of(nlp, text, "2005-08-12"))


def test_a_trust_named_without_service_or_cut_by_the_entity_model(nlp):
    # Item 145: news drops "Service" and "NHS" from ambulance trusts ("East of England Ambulance Trust",
    # "South East Coast Ambulance Foundation Trust"); the small model calls the first a place and cuts the
    # second after "Coast". The register's trust with the same distinctive words is meant.
    text = "Dr Ansel Crowther, medical director of the East of England Ambulance Trust, will retire in April."
    found = events_of(nlp, text, "2008-01-10")
    assert ("Ansel Crowther", "medical director", "East of England Ambulance Trust", "departed") in {
        f[:4] for f in found
    }
    text = "Orla Penhallow of South East Coast Ambulance Foundation Trust will step down as chief executive in March."
    found = events_of(nlp, text, "2025-11-10")
    assert (
        "Orla Penhallow",
        "chief executive",
        "South East Coast Ambulance Foundation Trust",
        "departed",
    ) in {f[:4] for f in found}


def test_the_leaver_named_by_a_possessive_departure_after_an_unnamed_lede(nlp):
    # Item 146: "The chief nurse of A has resigned ... X's departure was announced yesterday": the person
    # the next sentence introduces owns the subject's departure noun; the lede's post is the one left.
    text = (
        "The chief nurse of Sheffield Teaching Hospitals NHS Foundation Trust has resigned after a critical "
        "inspection report. Bronwen Ashworth's departure was announced yesterday at a board meeting."
    )
    found = events_of(nlp, text, "2016-02-01")
    assert (
        "Bronwen Ashworth",
        "chief nurse",
        "Sheffield Teaching Hospitals NHS Foundation Trust",
        "departed",
    ) in {f[:4] for f in found}


def test_a_hospital_whose_trust_had_closed_is_a_site_of_its_successor(nlp):
    # Item 147: "the Princess Royal Hospital" named a trust only until 2003; afterwards the hospital is a site of
    # the trust that succeeded it (dated pages: the successor at the date; undated ones: the successor named).
    text = (
        "The trust's chairman, Ffion Raddle, has stepped down over plans to cut children's services at the "
        "Princess Royal Hospital in Telford."
    )
    found = {f[:4] for f in events_of(nlp, text, "2005-07-14")}
    assert ("Ffion Raddle", "chair", "The Shrewsbury and Telford Hospital NHS Trust", "departed") in found
    undated = "Shrewsbury and Telford Hospital NHS Trust runs two hospitals. " + text
    found = {f[:4] for f in events_of(nlp, undated, None)}
    assert ("Ffion Raddle", "chair", "Shrewsbury and Telford Hospital NHS Trust", "departed") in found


def test_the_body_that_wrote_a_report_is_not_where_the_post_is(nlp):
    # Item 148: "resigned four days after the damning report by the Healthcare Commission", "ahead of a damning
    # Care Quality Commission report": the regulator is the report's author, the post the trust's.
    lede = "Leeds Teaching Hospitals NHS Trust has had a difficult year. "
    for sentence in (
        "The previous chairman, Isolde Marchbank, resigned four days after the damning report by the Care "
        "Quality Commission into the trust.",
        "Chairman Isolde Marchbank resigned ahead of a damning Care Quality Commission report.",
    ):
        found = {f[:4] for f in events_of(nlp, lede + sentence, "2008-01-01")}
        assert found == {("Isolde Marchbank", "chair", "Leeds Teaching Hospitals NHS Trust", "departed")}, (
            sentence
        )


def test_a_childrens_trust_is_named_by_its_first_words(nlp):
    # Item 149: once "Alder Hey Children's NHS Foundation Trust" is named, "Alder Hey" names it too (and is no
    # person): "Children's" and "Women's" end a trust's short name as "Hospitals" does.
    text = (
        "Alder Hey appoints new chief executive. Ruairi Kellaway has been appointed chief executive of Alder Hey "
        "Children's NHS Foundation Trust. Alder Hey said the appointment would start in May."
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-03-01")}
    assert not any(f[0] == "Alder Hey" for f in found)
    assert (
        "Ruairi Kellaway",
        "chief executive",
        "Alder Hey Children's NHS Foundation Trust",
        "appointed",
    ) in found


def test_the_holder_of_a_post_left_unnamed_in_a_departure_noun_is_named_next(nlp):
    # Item 150: "has named its new boss following the resignation of its long-serving chief executive. X would
    # step down from her role at the trust": the departure noun's post is the one X leaves.
    text = (
        "Leeds Teaching Hospitals NHS Trust has named its new boss following the resignation of its "
        "long-serving chief executive. Last month it was confirmed Maud Pennington would step down from her "
        "role at the trust."
    )
    found = {f[:4] for f in events_of(nlp, text, "2023-05-01")}
    assert ("Maud Pennington", "chief executive", "Leeds Teaching Hospitals NHS Trust", "departed") in found


def test_titles_joined_by_and_share_the_organisation_the_last_names(nlp):
    # Item 151: "She is currently the deputy chief executive and director of nursing at B": both posts are at B,
    # not the first at the organisation the story is about.
    text = (
        "Southport and Ormskirk Hospital NHS Trust has appointed Trish Armitage as chief executive. She is "
        "currently the deputy chief executive and director of nursing at Bolton NHS Foundation Trust."
    )
    found = {f[:4] for f in events_of(nlp, text, "2020-01-01")}
    assert ("Trish Armitage", "deputy chief executive", "Bolton NHS Foundation Trust", "holds") in found
    assert (
        "Trish Armitage",
        "deputy chief executive",
        "Southport and Ormskirk Hospital NHS Trust",
        "holds",
    ) not in found


def test_replaced_by_in_a_second_conjunct(nlp):
    # Item 152: "chief executive X left for medical reasons and was replaced by Y": the passive "replaced" shares
    # the first verb's subject, so Y is appointed to X's post.
    text = (
        "East of England Ambulance Service NHS Trust has had a difficult year. A year ago chief executive "
        "Tobias Wrenfield left for medical reasons and was replaced by Margaret Okafor."
    )
    found = {f[:4] for f in events_of(nlp, text, "2008-01-01")}
    assert (
        "Margaret Okafor",
        "chief executive",
        "East of England Ambulance Service NHS Trust",
        "appointed",
    ) in found


def test_its_skips_the_organisation_that_describes_the_person(nlp):
    # Item 153: "A has announced that X, B's executive medical director, will become its chief medical officer":
    # "its" is A's; B only describes X (her post there is held, not the new one).
    text = (
        "St George's University Hospitals NHS Foundation Trust has announced that Richard Okonjo, Whittington "
        "Health NHS Trust's executive medical director, will become its chief medical officer."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-01-01")}
    assert (
        "Richard Okonjo",
        "medical director",
        "St George's University Hospitals NHS Foundation Trust",
        "appointed",
    ) in found
    assert ("Richard Okonjo", "medical director", "Whittington Health NHS Trust", "appointed") not in found


def test_new_posts_in_the_plural_then_the_people_listed(nlp):
    # Item 154: "Three new non-executive directors have begun work at A. They are X, Y and Z": each person the
    # next sentences list is appointed to the plural post; a stated number must match the people listed.
    text = (
        "Meanwhile three new non-executive directors have begun work at Wiltshire Primary Care Trust. They are "
        "Orrin Haldane, who lives near Malmesbury, Petra Lindqvist, who lives in Marlborough, and Amara Osei, "
        "who lives near Devizes."
    )
    found = {f[:4] for f in events_of(nlp, text, "2006-03-01")}
    for name in ("Orrin Haldane", "Petra Lindqvist", "Amara Osei"):
        assert (name, "non-executive director", "Wiltshire Primary Care Trust", "appointed") in found
    two = text.replace("three new", "two new")
    assert not any(f[3] == "appointed" for f in {f[:4] for f in events_of(nlp, two, "2006-03-01")})


def test_names_each_followed_by_their_title_in_one_run(nlp):
    # Item 155: "we heard from A, Chair, B, Chief Executive and C, Medical Director": with a comma either side,
    # a title belongs to the name before it when the run opens with a name, not to the one after.
    text = (
        "At Leeds Teaching Hospitals NHS Trust's annual members' meeting we heard from Orla Brennan-Akande, Chair, "
        "Tamsin Whitlow, Chief Executive and Rhys Kanagaratnam, Medical Director about the last year."
    )
    found = {f[:4] for f in events_of(nlp, text, "2023-09-01")}
    trust = "Leeds Teaching Hospitals NHS Trust"
    assert found == {
        ("Orla Brennan-Akande", "chair", trust, "holds"),
        ("Tamsin Whitlow", "chief executive", trust, "holds"),
        ("Rhys Kanagaratnam", "medical director", trust, "holds"),
    }


def test_a_past_move_from_a_named_body_where_the_person_was(nlp):
    # Item 156: "joined the Trust on 6 January from A, where she was deputy director of finance": a past move
    # leaves the where-clause's post at A, as a present one does; with an earlier year stated ("joined B in
    # 2016 from A, where he had been ...") it is career history.
    lede = "Airedale NHS Foundation Trust board news. "
    text = (
        lede
        + "Perpetua Onwuachi joined the Trust on 6 January from Leeds and York Partnership NHS Foundation "
        "Trust, where she was Deputy Director of Finance."
    )
    found = {f[:4] for f in events_of(nlp, text, "2023-01-20")}
    assert (
        "Perpetua Onwuachi",
        "deputy director of finance",
        "Leeds and York Partnership NHS Foundation Trust",
        "departed",
    ) in found
    history = text.replace("on 6 January", "in 2016")
    assert not any(f[1] == "deputy director of finance" for f in events_of(nlp, history, "2023-01-20"))


def test_a_return_to_the_deputy_role_resumes_the_substantive_post(nlp):
    # Item 157: "X, our Deputy Chief Financial Officer, has been Acting Chief Financial Officer since July. She will
    # hand over to Y in October and return to her deputy role": an appointment to the deputy post (the guideline's
    # "resumes substantive post"); only the subject of "return" takes it.
    text = (
        "Frimley Health NHS Foundation Trust news. Ottoline Vasquez-Reid, our Deputy Chief Financial Officer, has "
        "been Acting Chief Financial Officer since July. She will hand over to Yusuf Abernethy in October and "
        "return to her deputy role."
    )
    found = {f[:4] for f in events_of(nlp, text, "2023-08-01")}
    post = ("Ottoline Vasquez-Reid", "deputy chief financial officer", "Frimley Health NHS Foundation Trust")
    assert (*post, "appointed") in found


def test_two_primary_care_trusts_joined_by_and_stay_two(nlp):
    # Item 143 (review): a name read back from "PCT" stops at another body's last word, as one read back from
    # "Trust" does: "Fareham PCT and Gosport PCT" are two bodies, not one.
    text = "Fareham PCT and Gosport PCT will share a chief executive, Rhodri Vance, from April."
    (result,) = list(extract_events(nlp, [(text, "2005-08-12", None, None)]))
    assert {o.text for o in result.organisations} == {"Fareham PCT", "Gosport PCT"}


def test_a_plural_title_goes_to_every_name_of_its_list(nlp):
    # Item 158: "A, B and Dr C will join the board of X as non-executive directors": the parse often breaks a
    # run of names (the first one hung off the last as a modifier), and a capitalised plural title is tagged
    # as a proper noun; each listed name is read as a holder of the plural title.
    text = (
        "Rosalind Amberley, Kofi Mensah-Rowe and Dr Petra Lindqvist will join the board of Royal Devon "
        "University Healthcare NHS Foundation Trust as non-executive directors from 1 May. The trust also "
        "welcomed two new Associate Non-Executive Directors, Hamish Gorrie and Ngozi Ibekwe, who join on 1 June."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2023-03-20")}
    named = {"Rosalind Amberley", "Kofi Mensah-Rowe", "Petra Lindqvist"}
    assert {(p, "non-executive director", "appointed") for p in named} <= found
    assert {p for p, _, kind in found if kind == "appointed"} >= named | {"Hamish Gorrie", "Ngozi Ibekwe"}


def test_bodies_of_2002_2013_in_trade_press_spelling(nlp):
    # Item 159: trade papers of the time wrote "Bexley primary care trust", "Kent and Medway strategic health
    # authority" and "Avon SHA"; a local body by its form wins over a register name it holds ("Surrey and
    # Sussex" is also a trust's short name); "the SHA" / "SHA chief executive" refer back to the body named.
    text = (
        "Primary care trust chief executives have lost their jobs across Cumbria and Lancashire strategic "
        "health authority. SHA chief executive Olwen Daintree said it had been a difficult process. "
        "Teodor Wilks has been appointed chief executive of Bexley primary care trust. "
        "Nuala Penrose, chief executive of Surrey and Sussex Strategic Health Authority, is to retire. "
        "Mabel Crick will become chief executive of Avon SHA in April."
    )
    title = "Bexley primary care trust names chief executive"
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2004-08-12", title)}
    assert found == {
        ("Olwen Daintree", "chief executive", "Cumbria and Lancashire Strategic Health Authority", "holds"),
        ("Teodor Wilks", "chief executive", "Bexley Primary Care Trust", "appointed"),
        ("Nuala Penrose", "chief executive", "Surrey and Sussex Strategic Health Authority", "departed"),
        ("Mabel Crick", "chief executive", "Avon SHA", "appointed"),  # as stated (item 244)
    }


def test_the_one_who_replaces_takes_the_post(nlp):
    # Item 160: "X has replaced Y as chair of A", "X will succeed Y, who retires ...", "Y retires ... Z will
    # replace her": the title went to Y (the nearer name) and Y's departure was read, but X got nothing.
    text = (
        "Ingrid Sallow has replaced Benedict Arkle as chair of Dorset County Hospital NHS Foundation Trust. "
        "Dr Tomasz Rybak will succeed Priya Venn, who retires as medical director of Dorset County Hospital "
        "NHS Foundation Trust in May. Hilde Brannock, director of finance at Dorset County Hospital NHS "
        "Foundation Trust, leaves in June. Daniel Ashcroft, a chartered accountant, will replace her."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2023-03-20")}
    assert {
        ("Ingrid Sallow", "chair", "appointed"),
        ("Benedict Arkle", "chair", "departed"),
        ("Tomasz Rybak", "medical director", "appointed"),
        ("Priya Venn", "medical director", "departed"),
        ("Daniel Ashcroft", "chief financial officer", "appointed"),
    } <= found


def test_who_replaced_in_a_relative_clause_is_not_a_new_appointment(nlp):
    # Item 160's limit: "X, who replaced Y as chair in 2019, said ..." tells her story; X holds the post.
    text = (
        "Ingrid Sallow, who replaced Benedict Arkle as chair of Dorset County Hospital NHS Foundation Trust "
        "in 2019, said the new wing would open in spring."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2023-03-20")}
    assert ("Ingrid Sallow", "chair", "appointed") not in found


def test_a_director_of_a_portfolio_in_no_list_keeps_the_title_as_written(nlp):
    # Item 161: "Director of Planning and Performance", "executive director of corporate development": the
    # guideline keeps any NHS role as written; a listed director inside the portfolio names the role
    # ("Director of Quality and Nursing" is the chief nurse); a title never runs across a line break.
    text = (
        "Dr Ama Oyelaran has been appointed Director of Planning and Performance at Lewisham and Greenwich "
        "NHS Trust. Joss Tremayne, executive director of corporate development at Lewisham and Greenwich NHS "
        "Trust, will retire in June. Hattie Crewe, Director of Quality and Nursing at Lewisham and Greenwich "
        "NHS Trust, said staff had responded well."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2023-03-20")}
    assert found == {
        ("Ama Oyelaran", "director of planning and performance", "appointed"),
        ("Joss Tremayne", "executive director of corporate development", "departed"),
        ("Hattie Crewe", "chief nurse", "holds"),
    }
    lines = "In Attendance:\nGreta Holm\nPiotr Nowicki\nChief Executive\nDirector of Finance\n\nThe meeting opened."
    found = events_of(nlp, lines, "2019-05-22", "Wye Valley NHS Trust - Trust Board minutes, 22 May 2019")
    assert ("Piotr Nowicki", "chief financial officer") in {(f[0], f[1]) for f in found}
    assert not any("executive director" in f[1] for f in found)  # not "Executive\nDirector of Finance"


def test_the_verbs_own_as_names_the_new_post(nlp):
    # Item 162: "X, A's executive director of resources, will start as the STP's lead": the verb names the new
    # post itself, so the title describing X is the one held now, not a new appointment.
    text = (
        "Oren Malik, NHS Improvement's executive director of resources, will start as the partnership's "
        "lead later this month."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2017-10-02")}
    assert ("Oren Malik", "executive director of resources", "holds") in found
    assert not any(
        kind == "appointed" and role == "executive director of resources" for _, role, kind in found
    )


def test_a_name_after_its_titles_without_the_closing_comma_is_the_subject(nlp):
    # Item 163: "The director of finance and deputy chief executive, X will be the acting chief executive":
    # without the comma after the name the parser makes both the title and the name subjects of "be";
    # the name is the one.
    text = (
        "The director of finance and deputy chief executive, Corin Maddox will be the acting chief "
        "executive of Northern Devon Healthcare NHS Trust until a permanent appointment is made."
    )
    found = {(f[0], f[1], f[3], f[4]) for f in events_of(nlp, text, "2003-07-02")}
    assert ("Corin Maddox", "chief executive", "appointed", True) in found


def test_a_change_a_year_or_more_before_the_document_is_history(nlp):
    # Item 164: "was appointed chair in March last year", "began ten years ago when she was appointed as a
    # non-executive director": a past change stated as a year or more before the document is career history,
    # as one with an earlier stated year already was; "last month" is not.
    text = (
        "Konrad Ebbe was appointed chair of United Lincolnshire Hospitals NHS Trust in March last year. "
        "Maura Tinsley began her NHS work ten years ago when she was appointed a non-executive director of "
        "Gateshead Health NHS Foundation Trust. Ravi Dholakia was appointed chief executive of Gateshead "
        "Health NHS Foundation Trust last month."
    )
    found = {(f[0], f[3]) for f in events_of(nlp, text, "2025-10-02")}
    assert ("Konrad Ebbe", "appointed") not in found
    assert ("Maura Tinsley", "appointed") not in found
    assert ("Ravi Dholakia", "appointed") in found


def test_a_current_post_beside_a_move_to_a_new_role_is_held_now(nlp):
    # Item 165: "X, current chief executive of A, will take up his new role on 18 October": the verb's "new
    # role" is the post he moves to, so the title describing him is held now (item 162's reading, now also when
    # the parse makes him the verb's subject).
    text = (
        "Tomas Reid, current chief executive of Mid Cheshire Hospitals NHS Foundation Trust, will take up his "
        "new role on 18 October."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2025-10-02")}
    assert found == {("Tomas Reid", "chief executive", "holds")}


def test_a_past_leaving_verb_right_after_a_name_is_its_verb(nlp):
    # Item 166: "In September, nursing director X left by mutual agreement": the parser read "left by ..." as a
    # modifier of the name ("X, left by ..."), so the title had no verb and was read as held.
    text = (
        "Barnet, Enfield and Haringey Mental Health NHS Trust has lost several directors. In September, "
        "nursing director Ottilie Brayford left by mutual agreement after three years in the job."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2007-11-01")}
    assert ("Ottilie Brayford", "chief nurse", "departed") in found
    assert ("Ottilie Brayford", "chief nurse", "holds") not in found


def test_a_new_regional_title_introduced_before_its_holder(nlp):
    # Item 167: "NHS England has named a new regional director for the Midlands. Dr X ... takes up the post on
    # 1 March": a regional title's span starts after "new", so the lede's post was not remembered for the
    # person the next sentence names.
    text = (
        "NHS England has named a new regional director for the Midlands. Dr Imre Kovacs-Lowe, chief executive "
        "of University Hospitals of Derby and Burton NHS Foundation Trust, takes up the post on 1 March."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2023-01-19")}
    assert ("Imre Kovacs-Lowe", "regional director for the Midlands", "NHS England", "appointed") in found


def test_to_lead_or_run_a_body_is_its_top_executive_post(nlp):
    # Item 168: "appointed to lead A", "will run A as well as her own", "X, who runs A,": to lead, run or head a
    # trust, ICB or PCT is its chief executive's post (new or held as the frame says); "led A from 2016" is
    # history and "lead the trust's response" names no body.
    text = (
        "Perdita Oyo, chief executive of Somerset Council, has been appointed to lead NHS Somerset Integrated "
        "Care Board. Fareham and Gosport PCT chief executive Ivo Penhale will run East Hampshire PCT as well "
        "as his own. Sam Arkwright, who runs Sussex Partnership NHS Foundation Trust, wrote to staff today. "
        "Jem Tallis led Surrey and Borders Partnership NHS Foundation Trust from 2016 to 2021. Lou Brandt "
        "will lead the trust's response to the inspection. Nia Roper joins Gateshead Health NHS Foundation "
        "Trust, which runs the Queen Elizabeth Hospital, in May."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2021-11-11")}
    assert {
        ("Perdita Oyo", "chief executive", "NHS Somerset Integrated Care Board", "appointed"),
        ("Ivo Penhale", "chief executive", "East Hampshire PCT", "appointed"),  # as stated (item 244)
        ("Sam Arkwright", "chief executive", "Sussex Partnership NHS Foundation Trust", "holds"),
    } <= found
    assert not any(f[0] in {"Jem Tallis", "Lou Brandt"} for f in found)
    assert not any(f[0] == "Nia Roper" and f[1] == "chief executive" for f in found)  # "which runs"


def test_an_acronym_defined_after_a_name_in_another_case(nlp):
    # Item 169: "WARRINGTON And Halton hospitals' (WHH) council of governors has promoted ...": the name is in
    # capitals and lower case, so the recogniser missed it and "WHH" was guessed as another trust's initials.
    text = (
        "WARRINGTON And Halton hospitals’ (WHH) council of governors has promoted its medical director to "
        "chief executive. WHH said the appointment of Professor Ines Carraway was ratified last Thursday. "
        "Ivan Brody, WHH chairman, said the board had moved quickly."
    )
    found = {(f[0], f[2]) for f in events_of(nlp, text, "2019-11-21")}
    assert ("Ivan Brody", "Warrington and Halton Hospitals NHS Foundation Trust") in found
    assert not any("West Hertfordshire" in org for _, org in found)


def test_a_post_sought_after_a_named_departure_is_the_one_left(nlp):
    # Item 170: "is recruiting a new medical director following X's announcement that she will retire",
    # "has been searching for a chief executive since the departure of Y": the post sought is the one the
    # person named with the departure noun leaves ("announcement that she will retire" is such a noun).
    text = (
        "Barnet, Enfield and Haringey Mental Health NHS Trust is also recruiting a new medical director "
        "following Helen Okoro’s announcement that she will retire at the end of the year. George Eliot "
        "Hospital NHS Trust has been searching for a chief executive since the departure of Lionel Abbs."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2007-11-01")}
    assert {
        (
            "Helen Okoro",
            "medical director",
            "Barnet, Enfield and Haringey Mental Health NHS Trust",
            "departed",
        ),
        ("Lionel Abbs", "chief executive", "George Eliot Hospital NHS Trust", "departed"),
    } <= found


def test_the_leader_an_unnamed_lede_announces_is_the_first_person_named(nlp):
    # Item 171: news names the change first and the person next: "The chief executive of A will leave his post
    # later this year to move to a trust in Essex. X is to be B's chief executive ..." and "A long-serving
    # health service boss has announced that he plans to retire. Y, 69, chairs A ...". Not the successor the
    # lede announces, nor someone introduced with another post.
    moving = (
        "The chief executive of Worcestershire Acute Hospitals NHS Trust will leave his post later this year "
        "to move to a trust in Essex.\n\nOwain Brierley is to be Mid and South Essex NHS Foundation Trust's "
        "chief executive after four years in his current role."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, moving, "2023-03-22")}
    assert (
        "Owain Brierley",
        "chief executive",
        "Worcestershire Acute Hospitals NHS Trust",
        "departed",
    ) in found
    boss = (
        "A long-serving health service boss has announced that he plans to retire.\n\nClive Tenbury, 69, chairs "
        "the University Hospitals Sussex NHS Foundation Trust board."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, boss, "2023-10-29")}
    assert ("Clive Tenbury", "chair", "departed") in found
    successor = (
        "As one long-serving Medical Director prepares to retire, Moorfields Eye Hospital NHS Foundation Trust "
        "has confirmed who will succeed him.\n\nMr Idris Pellow will become the Trust's Medical Director on 1 "
        "September."
    )
    found = {(f[0], f[3]) for f in events_of(nlp, successor, "2023-05-02")}
    assert ("Idris Pellow", "departed") not in found


def test_an_award_or_a_tenure_is_not_a_new_post(nlp):
    # Item 172: "has been named chief executive of the year at the HSJ Awards" is an award (the title names no
    # post, and the apposition's post is held now); "By November X will have served seven years as chairman" is
    # a tenure, not a start.
    text = (
        "Tomos Caird, chief executive of Hertfordshire Partnership University NHS Foundation Trust, has been "
        "named chief executive of the year at the HSJ Awards. Sir Alban Rowe is to stand down as chairman of "
        "University Hospitals Birmingham NHS Foundation Trust. By November Sir Alban will have served seven "
        "years as the Trust's chairman."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2017-11-23")}
    assert found == {
        ("Tomos Caird", "chief executive", "holds"),
        ("Alban Rowe", "chair", "departed"),
    }


def test_a_title_then_of_the_at_the_very_end_of_a_text(nlp):
    # Item 173: a text cut right after "chief executive of the" made the holder search read past the document's
    # end (an IndexError that stopped a whole evaluation); it is now read as a title with nothing after it.
    found = events_of(nlp, "The trust board thanked Dr Ama Reyes, chief executive of the", "2010-05-01")
    assert all(f[0] == "Ama Reyes" for f in found)


def test_respectively_pairs_names_and_titles_in_order(nlp):
    # Item 174: "A and B, who are the Chair and Chief Executive respectively of X": each title goes to the name in
    # its place (both went to the first name); a pair of people does not share one "will also lead Y" post.
    text = (
        "Dafydd Wold and Nerys Hume, who are the Chair and Chief Executive respectively of The Ipswich Hospital "
        "NHS Trust, will also lead Colchester Hospital University NHS Foundation Trust. The chair and chief "
        "executive of Croydon Health Services NHS Trust, Alun Rowe and Frances Sim respectively, are leaving."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2016-07-01")}
    assert found == {
        ("Dafydd Wold", "chair", "holds"),
        ("Nerys Hume", "chief executive", "holds"),
        ("Alun Rowe", "chair", "departed"),
        ("Frances Sim", "chief executive", "departed"),
    }


def test_leaving_to_run_a_body_is_its_top_post(nlp):
    # Item 175: "X left in March to run A", "Y, former deputy chief executive of the NHS, is leaving the
    # Department of Health to run Leeds Teaching Hospitals trust": the purpose of leaving is the new post (the
    # person's own description, "former ...", is not the verb's history); "X trust" in lower case (trade papers)
    # is the trust.
    text = (
        "The Somerset post has been empty since Gideon Fenn left in March to run Royal United Hospitals Bath "
        "NHS Foundation Trust. Nils Okoye, former deputy chief executive of the NHS, is leaving the Department "
        "of Health to run Leeds Teaching Hospitals trust."
    )
    (result,) = list(extract_events(nlp, [(text, "2002-03-07", None, None)]))
    found = {
        (e.person, e.role, e.ods_code, e.event) for e in result.events
    }  # names stay as the text gives them
    assert {
        ("Gideon Fenn", "chief executive", "RD1", "appointed"),
        ("Nils Okoye", "chief executive", "RR8", "appointed"),
    } <= found


def test_from_after_the_name_of_someone_taking_a_post_is_their_origin(nlp):
    # Item 176: "Ms X has been replaced by interim nursing director Y, from Z": Z is where Y comes from; the post
    # is the one X left. And "human resources director" is the guideline's chief people officer ("director of
    # workforce, HR or people"), as the other spellings of its roles are.
    text = (
        "In September, nursing director Bernadette Okafor left Barnet, Enfield and Haringey Mental Health NHS "
        "Trust by mutual agreement. Ms Okafor has been replaced by interim nursing director Piers Harland, from "
        "North Yorkshire and York Primary Care Trust. Last month human resources director Jan Lyle also left "
        "to become the new HR director at East and North Hertfordshire NHS Trust."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2007-11-01")}
    trust = "Barnet, Enfield and Haringey Mental Health NHS Trust"
    assert ("Piers Harland", "chief nurse", trust, "appointed") in found
    assert not any(f[0] == "Piers Harland" and "York" in f[2] for f in found)
    assert ("Jan Lyle", "chief people officer", trust, "departed") in found
