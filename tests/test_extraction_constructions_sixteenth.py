"""Constructions found on the twenty-third round of real pages (rules log items 327 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.org_names import name_written

from tests.construction_helpers import changes_of, events_of, holds_of


def test_the_council_of_governors_cut_by_the_title_window_is_the_trusts_own(nlp):
    # Item 327: the words just after a title are read for a non-NHS body ("chair of the county council"); a
    # window ending inside "the council of governors" read "council" alone as a local authority, and the acting
    # chair was dropped.
    trust = "Dorset County Hospital NHS Foundation Trust"
    text = (
        f"{trust} news\n\nThe chair of the trust, Barnaby Whitcombe, leaves at the end of June. His deputy, "
        "Lorna Pettifer, will step up as acting chair from July while the council of governors runs a "
        "recruitment process.\n"
    )
    changes = changes_of(nlp, text, "2019-05-10")
    assert ("Lorna Pettifer", "chair", trust, "appointed") in changes
    council = (
        "Lorna Pettifer will step up as acting chair of the county council from July while Dorset County "
        "Hospital NHS Foundation Trust looks for a new director.\n"
    )
    assert not [c for c in changes_of(nlp, council, "2019-05-10") if c[0] == "Lorna Pettifer"]


def test_a_names_cell_and_a_titles_cell_joined_by_a_slash_pair_in_order(nlp):
    # Item 328: a converter gives a two-cell attendance table as the names cell's lines, the last name joined to
    # the titles cell's first line by " / ", then the other titles. The joined line counts as two lines; a title
    # line followed by another title line is no prose wrapped by the page width (it was joined to the next
    # title, so the columns no longer paired); "Trust Solicitor" and "Board Mentee" fill a row of the titles
    # column as titles that are no board post.
    trust = "Welsh Ambulance Services NHS Trust"
    text = (
        f"MINUTES OF THE MEETING OF THE {trust.upper()} BOARD HELD ON 9 MARCH 2018\n\n"
        "PRESENT:\nGethin Probert\nAlys Mereditch\nDr Cai Lewisham\nNerys Tallow\nIfan Corbel / Chair of the Board\n"
        "Director of Workforce and Organisational Development\nTrust Solicitor (Part)\nMedical Director\n"
        "Non Executive Director\nAPOLOGIES\nMali Prothero\nRhodri Vance / Director of Workforce and Organisational "
        "Development\n"
        "Non Executive Director and Vice Chair (Attending the NHS Vice Chairs quarterly meeting with the "
        "Cabinet Secretary)\n01/18 / PROCEDURAL MATTERS\nThe Chair welcomed everyone to the meeting.\n"
    )
    held = holds_of(nlp, text, "2018-03-09")
    assert held >= {
        ("Gethin Probert", "chair", trust),
        ("Alys Mereditch", "chief people officer", trust),
        ("Nerys Tallow", "medical director", trust),
        ("Ifan Corbel", "non-executive director", trust),
        ("Mali Prothero", "chief people officer", trust),
        ("Rhodri Vance", "vice chair", trust),
    }
    assert not {h for h in held if h[0] == "Cai Lewisham"}  # the trust's solicitor


def test_a_counted_change_goes_to_as_many_people_named_next(nlp):
    # Item 329: "Four non-executive directors ... have resigned" and then the four names, as the next
    # sentence's subject ("A, B, C and D have jointly offered their resignations") or after its copula ("They
    # are A, B, C and D"): only the first name was given the post (or none); each of them leaves. As many
    # people each introduced as a sentence's subject take a counted appointment; another count gives nothing.
    trust = "Isle of Wight NHS Trust"
    subject_list = (
        f"Three non-executive directors at {trust} have resigned after a governance review.\n\n"
        "Richard Pelham, Dr Agnes Wolcott and Simon Hargreaves have jointly offered their resignations.\n"
    )
    changes = changes_of(nlp, subject_list, "2019-03-01")
    for name in ("Richard Pelham", "Agnes Wolcott", "Simon Hargreaves"):
        assert (name, "non-executive director", trust, "departed") in changes
    announced = (
        f"{trust} has announced the appointment of three non-executive directors.\n\nRichard Pelham, Agnes "
        "Wolcott and Simon Hargreaves will join the board from 1 May, the trust said.\n"
    )
    assert {(c[0], c[3]) for c in events_of(nlp, announced, "2019-03-01") if c[5] == "2019-05-01"} == {
        ("Richard Pelham", "appointed"),
        ("Agnes Wolcott", "appointed"),
        ("Simon Hargreaves", "appointed"),
    }
    they_are = (
        f"Three non-executive directors of {trust} have quit over the cuts. They are Richard Pelham, Agnes "
        "Wolcott and Simon Hargreaves.\n"
    )
    assert {c[0] for c in changes_of(nlp, they_are, "2019-03-01") if c[3] == "departed"} == {
        "Richard Pelham",
        "Agnes Wolcott",
        "Simon Hargreaves",
    }
    one_by_one = (
        f"Two new non-executive directors have been appointed to the board of {trust}.\n\n"
        "Richard Pelham is a retired accountant who chaired a housing charity.\n\n"
        "Agnes Wolcott spent twenty years as a headteacher on the island.\n"
    )
    appointed = {c[0] for c in changes_of(nlp, one_by_one, "2019-03-01") if c[3] == "appointed"}
    assert appointed == {"Richard Pelham", "Agnes Wolcott"}
    three_introduced = one_by_one + "\nSimon Hargreaves spent ten years as a magistrate.\n"
    appointed = {c[0] for c in changes_of(nlp, three_introduced, "2019-03-01") if c[3] == "appointed"}
    assert "Agnes Wolcott" not in appointed  # three people for two posts: which two is not said
    miscounted = (
        f"Four non-executive directors of {trust} have quit over the cuts. They are Richard Pelham, Agnes "
        "Wolcott and Simon Hargreaves.\n"
    )
    assert not changes_of(nlp, miscounted, "2019-03-01")
    assert not changes_of(nlp, miscounted.replace("Four", "Two"), "2019-03-01")


def test_an_attendance_table_in_markdown_without_outer_bars_reads_row_by_row(nlp):
    # Item 330: web tables come out of page text as Markdown, often without outer bars ("Name | Title | TC |")
    # and with a group label in a first cell of its own ("Members | Name | Title |", "In attendance | ...");
    # under an attendance heading ("Present: | |") such a table is read row by row, each name with its title.
    # Bars without a rule row under the first line are no table, and a table of past holders is not read.
    trust = "North West Ambulance Service NHS Trust"
    text = (
        f"{trust}\nMinutes of the Board of Directors meeting held in public on 24 September 2025\n\n"
        "Present: | |||\n---|---|---|---|\nMembers | Hollis Brandreth | Trust Chair | TC |\n"
        "Imelda Stroud | Non-Executive Director | NED-IS | |\nCasimir Lowther | Chief Executive Officer | CEO | |\n"
        "In attendance | Rowena Pargeter | Deputy Director of Corporate Affairs | DDCA |\n"
        "Tobias Wrenfield | Note-taker | ||\n\n1. Welcome\nThe Chair welcomed everyone to the meeting.\n"
    )
    held = holds_of(nlp, text, "2025-09-24")
    assert held >= {
        ("Hollis Brandreth", "chair", trust),
        ("Imelda Stroud", "non-executive director", trust),
        ("Casimir Lowther", "chief executive", trust),
        ("Rowena Pargeter", "deputy director of corporate affairs", trust),
    }
    assert not {h for h in held if h[0] == "Tobias Wrenfield"}
    no_rule = text.replace("---|---|---|---|\n", "")
    assert not {h for h in holds_of(nlp, no_rule, "2025-09-24") if h[0] == "Casimir Lowther"}


def test_the_main_body_is_weighed_from_the_story_after_a_cookie_notice(nlp):
    # Item 331: the document's main body is the one named most, early mentions weighing most; a web page's
    # notices ("Your browser is no longer supported", "enable cookies") pushed the story past the early window,
    # so no body won and "trust chair X" went to the last trust named (a commissioner) rather than the one the
    # story is about. With such notices before the first body named, the window opens at that body.
    notices = (
        "Your browser is no longer supported\n\nFor the best possible experience using our website we recommend "
        "you upgrade to a newer version or another browser.\n\nYour browser appears to have cookies disabled. "
        "For the best experience of this website, please enable cookies in your browser.\n\nWe'll assume we have "
        "your consent to use cookies, for example so you won't need to log in each time you visit our site.\n"
        "Learn more about how we use them and how to manage your settings at any time on our pages.\n\n"
        "Sign up to our daily newsletter for the latest health news from across the region, delivered to your "
        "inbox every morning.\n\n"
    )
    story = (
        "Trust board stands down\n\nThe chair and non-executives of a mental health trust have stood down.\n\n"
        "The Bedfordshire and Luton Mental Health and Social Care Partnership trust board took the decision "
        "last week.\n\nLuton and Dunstable University Hospital NHS Foundation Trust may take over its services.\n\n"
        'Trust chair Imogen Sallow said: "We have done what is right for patients."\n'
    )
    trust = "Bedfordshire and Luton Mental Health and Social Care Partnership NHS Trust"
    held = holds_of(nlp, notices + story, "2009-03-01")
    assert ("Imogen Sallow", "chair", trust) in held
    assert holds_of(nlp, story, "2009-03-01") == held  # the same without the notices


def test_a_national_body_as_the_agent_of_a_passive_appointment_is_not_the_posts(nlp):
    # Item 332: "X was appointed as Chairman by NHS Improvement and starts at the trust on 1 April": the agent of
    # the passive is the appointing body, as the subject of "NHS Improvement has appointed X as chair" already
    # was; a trust's chair or non-executive is the trust's. NHS England appointing its own directors stays
    # NHS England's.
    trust = "George Eliot Hospital NHS Trust"
    text = (
        f"{trust} news\n\nTobias Ravensworth was appointed as Chairman by NHS Improvement and he starts at "
        "the trust on 1 April 2019.\n"
    )
    changes = changes_of(nlp, text, "2019-03-01")
    assert ("Tobias Ravensworth", "chair", trust, "appointed") in changes
    assert not [c for c in changes if c[2] == "NHS Improvement"]
    national = "Tobias Ravensworth was appointed as chief executive by NHS Improvement.\n"
    assert ("Tobias Ravensworth", "chief executive", "NHS Improvement", "appointed") in changes_of(
        nlp, national, "2019-03-01"
    )


def test_resuming_a_substantive_role_ends_the_interim_post(nlp):
    # Item 333: "X, who has been acting medical director since September, resumes her substantive role as the
    # trust's deputy medical director", "Y will resume his substantive role as chief operating officer on 1
    # August": "resume" says what "return to" says; the acting post ends.
    trust = "Oxford University Hospitals NHS Foundation Trust"
    text = (
        f"{trust} news\n\nMarisol Quenby, who "
        "has been acting medical director since September, resumes her substantive role as the trust's deputy "
        "medical director.\n"
    )
    events = events_of(nlp, text, "2019-01-02")
    assert ("Marisol Quenby", "medical director", trust, "departed", True) in {e[:5] for e in events}
    hoped = text.replace("resumes her substantive role", "hopes to resume her substantive role")
    assert not [
        e for e in events_of(nlp, hoped, "2019-01-02") if e[0] == "Marisol Quenby" and e[3] == "departed"
    ]


def test_a_name_glued_to_itself_is_one_name(nlp):
    # Item 334: a picture caption run into the story's first words gives the name twice, glued ("Paul
    # JenkinsPaul Jenkins has announced ..."); the person is the name once, so later mentions ("Jenkins") and
    # the store agree.
    trust = "North West Ambulance Service NHS Trust"
    text = (
        f"Ambulance boss to step down\n\nCaspar WendellCaspar Wendell, chief executive of {trust}, has "
        "announced he is leaving on health grounds.\n\nMr Wendell has led the service since 2012.\n"
    )
    assert ("Caspar Wendell", "chief executive", trust, "departed") in changes_of(nlp, text, "2015-06-01")
    assert ("Caspar Wendell", "chief executive", trust, "departed") in changes_of(
        nlp, text.replace("Caspar WendellCaspar Wendell", "Caspar Wendell"), "2015-06-01"
    )


def test_leaving_to_take_up_a_post_is_no_departure_from_it(nlp):
    # Item 335: "X is to leave a charity to become chief executive of A": a departure told without its own
    # title takes the one post the person holds in the document, and here that was A's, the post being joined;
    # a post the same sentence appoints them to is never the one left.
    trust = "Tavistock and Portman NHS Foundation Trust"
    text = (
        f"Serena Mowbray has announced she is to leave the mental health charity Mind to become chief "
        f"executive of the {trust}.\n\nAs chief executive of the trust, Ms Mowbray will run its clinical and "
        "education services.\n"
    )
    changes = changes_of(nlp, text, "2012-10-01")
    assert ("Serena Mowbray", "chief executive", trust, "appointed") in changes
    assert not [c for c in changes if c[3] == "departed"]
    left = f"Serena Mowbray, chief executive of the {trust}, has announced she is to leave. She joined in 2013.\n"
    assert ("Serena Mowbray", "chief executive", trust, "departed") in changes_of(nlp, left, "2019-10-01")


def test_a_minute_books_rows_with_initials_read_name_and_title(nlp):
    # Item 336: fixed-width attendance rows as older minute books print them: "Mr P Morley   PM*   Chief
    # Executive", "Dr AH Wood   AW*   Chairman (Acting) in the Chair". A single initial before the surname, an
    # initials column between name and title, and "in the Chair" after the title each made the row unread.
    trust = "Mid Cheshire Hospitals NHS Trust"
    text = (
        f"{trust}\n\nBoard of Directors\nMinutes of the Meeting held on Monday 3 March 2008\n\n"
        "Dr AH Quarrie        AQ*        Chairman (Acting) in the Chair\n"
        "Mrs R Pendlebury     RP*        Director of Workforce\n"
        "Mr WD Ashcombe                  Non-Executive Director\n"
        "Mr P Tregarthen      PT*        Chief Executive\n\n"
        "1. Apologies\nThere were no apologies.\n"
    )
    held = holds_of(nlp, text, "2008-03-03")
    assert held >= {
        ("AH Quarrie", "chair", trust),
        ("R Pendlebury", "chief people officer", trust),
        ("WD Ashcombe", "non-executive director", trust),
        ("P Tregarthen", "chief executive", trust),
    }


def test_a_leaving_told_in_a_who_clause_after_the_title_beside_the_name(nlp):
    # Item 337: "The Board expressed its appreciation to X, Deputy CEO who will be leaving shortly", "thanked X,
    # chief executive of A, who will step down in March": the person's own "who" clause was looked for only
    # right after the name; it may follow the title set beside the name (and the title's body).
    trust = "Hertfordshire Community NHS Trust"
    text = (
        f"{trust}\nMinutes of the Board Meeting held on 26 January 2012\n\nThe Board expressed its appreciation "
        "to Leonie Marchbank, Deputy CEO who will be leaving shortly to take up a new post.\n\nThe board thanked "
        f"Osric Pemberton, chief operating officer of {trust}, who will step down in March.\n"
    )
    changes = changes_of(nlp, text, "2012-01-26")
    assert ("Leonie Marchbank", "deputy chief executive", trust, "departed") in changes
    assert ("Osric Pemberton", "chief operating officer", trust, "departed") in changes
    joined = text.replace("who will step down in March", "who joined in 2010")
    assert ("Osric Pemberton", "chief operating officer", trust, "departed") not in changes_of(
        nlp, joined, "2012-01-26"
    )


def test_a_hospital_named_bare_is_recorded_under_the_trust_name_its_words_belong_to(nlp):
    # Item 338: a hospital named bare ("Warrington Hospital") whose own old trust closed is a site of the trust
    # that runs it; that trust was recorded under its name today ("North Cheshire and Mersey NHS Foundation
    # Trust") though a 2011 text means the trust of the hospital's name. Of the trust's names, today's and
    # former, the one sharing the hospital's words is the one the text means; none sharing them, today's.
    text = (
        "ANNUAL MEMBERS MEETING\nMinutes of the Annual Members Meeting held on 17th September 2011 at the "
        "Postgraduate Centre, Warrington Hospital\n\nThe Chairman reported changes to the Board of Directors: "
        "the appointment of Imelda Strachan as Chief Executive.\n"
    )
    rww = by_key()["RWW"]
    assert name_written("Warrington Hospital", rww) == "Warrington and Halton Hospitals NHS Foundation Trust"
    assert (
        name_written("Mersey Hospital", rww) == "North Cheshire and Mersey NHS Foundation Trust"
    )  # today's words only
    changes = changes_of(nlp, text, "2011-09-17")
    assert (
        "Imelda Strachan",
        "chief executive",
        "Warrington and Halton Hospitals NHS Foundation Trust",
        "appointed",
    ) in changes


def test_someone_the_change_is_agreed_with_keeps_their_post(nlp):
    # Item 340: "X is to step down as chief executive in agreement with Sir Y, Chairman of the Trust", "I have
    # agreed with our Chair, Y, that it is now time for someone else to take the helm", "appointed as interim
    # chief executive, with assistance one day per week from chief executive Y": the person named in a "with"
    # of agreement or help holds the title beside their name; the change is someone else's. Not "with the
    # appointment of X, Chief Executive", nor "along with new non-executive director X".
    trust = "Chelsea and Westminster Hospital NHS Foundation Trust"
    agreement = (
        f"Lorcan Abney is to step down as Chief Executive of {trust} in agreement with Sir Bertram Yelland, "
        "Chairman of the Trust.\n"
    )
    changes = changes_of(nlp, agreement, "2014-11-28")
    assert ("Lorcan Abney", "chief executive", trust, "departed") in changes
    assert not [c for c in changes if c[0] == "Bertram Yelland"]
    appointment = (
        f"The chairman reported changes to the board of {trust}, with the appointment of Maud Selwyn, Chief "
        "Executive.\n"
    )
    assert ("Maud Selwyn", "chief executive", trust, "appointed") in changes_of(
        nlp, appointment, "2014-11-28"
    )


def test_the_review_of_items_327_to_338(nlp):
    # A helper ran 167 invented near misses through the code before and after items 327-338; these are the
    # cases the new code got worse, each mended.
    # 338: words many NHS names share ("Hospital", "University", "Services") are no sign of a former name.
    assert (
        name_written("Ipswich Hospital", by_key()["RDE"])
        == "East Suffolk and North Essex NHS Foundation Trust"
    )
    assert (
        name_written("Southport and Formby Hospitals Services", by_key()["RBN"])
        == "Mersey and West Lancashire Teaching Hospitals NHS Trust"
    )
    # 333: "resume" ends an acting post only with the person's own post as its object, and a hedge counts only
    # before the return it hedges.
    trust = "Oxford University Hospitals NHS Foundation Trust"
    works = f"{trust} news\n\nInterim chair Dana Fell said building work would resume next month on the former post office site.\n"
    assert not [e for e in events_of(nlp, works, "2019-05-01") if e[3] == "departed"]
    visiting = (
        f"{trust} news\n\nActing chief nurse Harriet Vole will return to her substantive role as deputy chief nurse "
        "in May, and the trust does not expect to resume normal visiting until June.\n"
    )
    assert ("Harriet Vole", "chief nurse", trust, "departed", True) in {
        e[:5] for e in events_of(nlp, visiting, "2019-05-01")
    }
    # 329: the list's own sentence must not tell another change of theirs.
    replaced = (
        "Two non-executive directors of Isle of Wight NHS Trust have stepped down. Orla Finchley and Rupert Haig "
        "have been appointed to replace them.\n"
    )
    assert ("Rupert Haig", "non-executive director", "Isle of Wight NHS Trust", "departed") not in changes_of(
        nlp, replaced, "2019-05-01"
    )
    # 330: a barred line just above a table is not its header.
    ambulance = "North West Ambulance Service NHS Trust"
    board = (
        f"{ambulance}\nOur board | Meet the team\n| Name | Role |\n|---|---|\n| Petra Ullswater | Chair |\n"
        "| Gideon Marsh | Chief Executive |\n"
    )
    assert ("Gideon Marsh", "chief executive", ambulance) in holds_of(nlp, board, "2019-05-01")
    # 331: a link to another story ("Most read: ...") after the notices does not open the story's window.
    notices = (
        "Your browser is no longer supported\n\nYour browser appears to have cookies disabled. Please enable "
        "cookies in your browser.\n\nWe'll assume we have your consent to use cookies, for example so you won't "
        "need to log in each time you visit our site. Learn more about how we use them and how to manage your "
        "settings at any time on our pages.\n\nSign up to our daily newsletter for the latest health news from "
        "across the region, delivered to your inbox every morning.\n\n"
    )
    story = (
        "Most read: Norfolk and Norwich University Hospitals NHS Foundation Trust opens new ward\n\nThe chief "
        "executive of an acute trust has resigned after missing targets.\n\nThe Queen Elizabeth Hospital King's "
        "Lynn NHS Foundation Trust board accepted the resignation last week.\n\nNHS Norfolk and Waveney CCG said "
        'it would support the trust.\n\nTrust chair Barnabas Hurle said: "We thank him for his service."\n'
    )
    held = holds_of(nlp, notices + story, "2019-03-01")
    assert ("Barnabas Hurle", "chair", "Queen Elizabeth Hospital King's Lynn NHS Foundation Trust") in held
    # 335: a post taken in the past, in a relative clause, is no post being joined.
    tavistock = "Tavistock and Portman NHS Foundation Trust"
    resigned = (
        f"Daniel Parker, who was appointed chief executive of the {tavistock} in January, has resigned after "
        "nine months. As chief executive of the trust, Mr Parker faced a large deficit.\n"
    )
    assert ("Daniel Parker", "chief executive", tavistock, "departed") in changes_of(
        nlp, resigned, "2019-10-01"
    )
    # 336: "(Acting)" after a row's title is an acting post; a column gap is no part of a name.
    cheshire = "Mid Cheshire Hospitals NHS Trust"
    rows = (
        f"{cheshire}\n\nBoard of Directors\nMinutes of the Meeting held on Monday 3 March 2008\n\n"
        "Mr TJ Fordyce        TF*        Chairman (Acting) in the Chair\n"
        "Peter Quill          PQ*        Chief Executive\n"
        "Ann Dorne                       Non-Executive Director\n"
    )
    events = {e[:5] for e in events_of(nlp, rows, "2008-03-03")}
    assert ("TJ Fordyce", "chair", cheshire, "holds", True) in events
    assert ("Peter Quill", "chief executive", cheshire, "holds", False) in events


def test_a_title_of_both_trusts_is_at_each_trust_the_sentence_joins(nlp):
    # Item 341: "A and B have today announced that X is to become Chief Executive of both trusts", "X, chair in
    # common of both trusts": a title "of both / the two / all three" bodies is at each body the sentence names
    # together, as a joint or group title already was; it had gone to the nearest body only.
    medway, dartford = "Medway NHS Foundation Trust", "Dartford and Gravesham NHS Trust"
    text = (
        f"{medway} and {dartford} have today announced that Tamsin Orrell is to become Chief Executive of both "
        "trusts for a six-month period from 1 April.\n"
    )
    changes = changes_of(nlp, text, "2025-03-01")
    assert ("Tamsin Orrell", "chief executive", medway, "appointed") in changes
    assert ("Tamsin Orrell", "chief executive", dartford, "appointed") in changes
    one = f"{medway} has announced that Tamsin Orrell is to become Chief Executive of {dartford}.\n"
    assert not [c for c in changes_of(nlp, one, "2025-03-01") if c[2] == medway]


def test_the_review_of_item_340(nlp):
    # A helper ran 40 invented near misses through the code before and after item 340: 5 better, 3 worse, each
    # a companion who is also said to leave. Mended: an "outgoing" title, or the companion's own "who" clause
    # telling a leaving, keeps the change.
    trust = "Calderdale and Huddersfield NHS Foundation Trust"
    outgoing = (
        f"{trust} news\n\nDr Nadia Forde has been appointed medical director, with help from outgoing medical "
        "director Dr Ian Platt.\n"
    )
    assert ("Ian Platt", "medical director", trust, "departed") in changes_of(nlp, outgoing, "2019-05-01")
    kent = "East Kent Hospitals University NHS Foundation Trust"
    also_leaves = (
        f"{kent} news\n\nPat Greenwood will stand down as chief executive of {kent} after discussion with "
        "chairman Sir Derek Ames, who also leaves the board in March.\n"
    )
    assert ("Derek Ames", "chair", kent, "departed") in changes_of(nlp, also_leaves, "2020-01-10")
