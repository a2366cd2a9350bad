"""Constructions found on the fifteenth round of real pages (rules log items 229 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of

KGH = "Kettering General Hospital NHS Foundation Trust"
NGH = "Northampton General Hospital NHS Trust"


def test_a_group_title_belongs_to_every_trust_the_page_joins_in_a_group(nlp):
    # Item 229: the trusts are joined once ("A and B announced plans for a hospital group"), the group's
    # directors are listed later with no trust beside the title; the guideline gives one event per trust.
    text = (
        f"In March 2020 {KGH} and {NGH} agreed to form a hospital group. "
        "Our new group leadership team has been appointed: Perpetua Lusk, Group Chief Executive (July 2020); "
        "Anselm Corrigan, Group Chief Finance Officer (June 2021)."
    )
    found = changes_of(nlp, text, "2021-08-01")
    for person, role in [
        ("Perpetua Lusk", "chief executive"),
        ("Anselm Corrigan", "chief financial officer"),
    ]:
        assert {(person, role, KGH, "appointed"), (person, role, NGH, "appointed")} <= found, person


def test_a_group_title_is_not_spread_without_a_group_or_beyond_it(nlp):
    # Item 229's guards: two trusts named together with no word of a group stay apart; a group title whose own
    # sentence names a trust outside the group keeps that trust.
    apart = (
        f"Patients from {KGH} and {NGH} were asked for their views. "
        "Perpetua Lusk has been appointed group chief executive."
    )
    assert not any(f[2] == NGH for f in changes_of(nlp, apart, "2021-08-01"))
    outside = (
        f"In March 2020 {KGH} and {NGH} agreed to form a hospital group. "
        "Anselm Corrigan has been appointed group chief executive of Barts Health NHS Trust."
    )
    found = changes_of(nlp, outside, "2021-08-01")
    assert ("Anselm Corrigan", "chief executive", "Barts Health NHS Trust", "appointed") in found
    assert not any(f[0] == "Anselm Corrigan" and f[2] in {KGH, NGH} for f in found)


def test_a_committee_chair_is_not_the_board_chair(nlp):
    # Item 230: "audit committee chair X", "the remuneration committee chairman": the committee's chair, not
    # the trust's. The board title joined to it ("non-executive director and audit committee chair X") is X's,
    # not the person named before the "and".
    trust = "Mid Yorkshire Hospitals NHS Trust"
    alone = f"Remuneration committee chair Orla Pennick will leave {trust} in March."
    assert not any(f[1] == "chair" for f in changes_of(nlp, alone))
    joined = (
        f"Director of finance Tobin Sallis and non-executive director and audit committee chair Orla Pennick "
        f"have stepped down from {trust}."
    )
    assert changes_of(nlp, joined) == {
        ("Tobin Sallis", "chief financial officer", trust, "departed"),
        ("Orla Pennick", "non-executive director", trust, "departed"),
    }


def test_an_elect_title_is_an_appointment_like_designate(nlp):
    # Item 231: role_qualifiers.csv lists "-elect" with "designate" (appointed, not yet in post), but only
    # "designate" after the title was read: "Chair Elect (observing)" in an attendance list, "chair-elect of A".
    trust = "Barnsley Hospital NHS Foundation Trust"
    listed = (
        f"Minutes of the Board of Directors of {trust}. Present: Amrit Colley, Chair; Jenna Foss, Chair Elect "
        "(observing); Ravi Dunn, Chief Executive."
    )
    hyphened = f"Jenna Foss, chair-elect of {trust}, attended the meeting."
    for text in (listed, hyphened):
        assert ("Jenna Foss", "chair", trust, "appointed") in changes_of(nlp, text, "2020-01-06"), text
    assert ("Amrit Colley", "chair", trust, "appointed") not in changes_of(nlp, listed, "2020-01-06")


def test_minutes_of_a_trust_board_that_never_name_the_trust_give_the_trust(nlp):
    # Item 232: minutes whose text never names the trust (its name was in a logo or running head) gave their
    # attendance nothing; the guideline writes such an organisation "the Trust", and so does the record now.
    text = (
        "Minutes of the Trust Board held on Tuesday 25 October 2016 in the Boardroom Present: Colin Ashby "
        "Chairman Alma Breck Non-executive Director Mike Pardew Chief Executive Sewell Singh Medical Director "
        "Apologies for absence were received."
    )
    found = events_of(nlp, text, "2016-10-25")
    people = {(f[0], f[1], f[2], f[3]) for f in found}
    assert {
        ("Colin Ashby", "chair", "the Trust", "holds"),
        ("Mike Pardew", "chief executive", "the Trust", "holds"),
        ("Sewell Singh", "medical director", "the Trust", "holds"),
    } <= people
    prose = "Colin Ashby said the chief executive had thanked staff for their work this winter."
    assert events_of(nlp, prose, "2016-10-25") == set()


def test_an_attendance_row_tells_no_change(nlp):
    # Item 233: "In attendance: A B Public Governor Chair Elect (observing) C ... D Trust Board Secretary" (cells
    # of a table run together): the parser makes a cell a verb ("observing", "Elect"), and a name was read as
    # its subject or a title as taken. In a row after "Present:" or "In attendance:" a title is held by the name
    # beside it, and no verb of the row tells a change.
    text = (
        "Minutes of the Trust Board. In attendance: Patrick Beavis Rosa Main England Public Governor Chair Elect "
        "(observing) Anton Fitzroy Chief of Strategy and Delivery (part) Matt Keane Trust Board Secretary"
    )
    found = events_of(nlp, text, "2016-10-25")
    assert ("Matt Keane", "company secretary", "the Trust", "holds", False, "2016-10-25") in found
    assert not any(f[3] == "appointed" and f[0] != "Rosa Main England" for f in found)


def test_a_national_title_stops_before_a_clause_word(nlp):
    # Item 234: "national director for provider development and previously NHS North East chief executive": the
    # national title's portfolio ran on over "and previously" and stored that as the role.
    text = (
        "Ivo Dalmar, national director for provider development and previously NHS North East chief "
        "executive, is said to be in the frame."
    )
    roles = {f[1] for f in events_of(nlp, text, "2012-05-01") if f[0] == "Ivo Dalmar"}
    assert "national director for provider development" in roles
    assert not any("previously" in role for role in roles)


def test_a_title_before_of_is_not_part_of_a_primary_care_trusts_name(nlp):
    # Item 235: a primary care trust's name is read back over capitalised words before "Primary Care Trust";
    # "Chief Executive of Bath and North East Somerset Primary Care Trust" gave the body the title in its name.
    text = "Rhona Mayhew, Chief Executive of Bath and North East Somerset Primary Care Trust, has resigned."
    assert changes_of(nlp, text, "2009-05-01") == {
        ("Rhona Mayhew", "chief executive", "Bath and North East Somerset Primary Care Trust", "departed")
    }
    chaired = "Dr Amos Pell, Chairman of the Board of Isle of Wight Primary Care Trust, has resigned."
    assert {f[2] for f in changes_of(nlp, chaired, "2009-05-01")} == {"Isle of Wight Primary Care Trust"}


def test_someone_speaking_of_an_unnamed_holders_change_does_not_make_it(nlp):
    # Item 236: "Councillor X has questioned the sudden resignation of the Chief Executive of A", "MP X criticised
    # the departure of the chief executive of A": the holder goes unnamed; X, the clause's subject, was read as
    # the one leaving.
    trust = "Barnsley Hospital NHS Foundation Trust"
    cases = [
        f"Councillor Lorna Briggs has questioned the sudden resignation of the Chief Executive of {trust}.",
        f"MP Lorna Briggs criticised the departure of the chief executive of {trust}.",
    ]
    for text in cases:
        assert changes_of(nlp, text, "2009-05-01") == set(), text
    named = f"{trust} has announced the retirement of chief executive Ada Lyle."
    assert changes_of(nlp, named, "2009-05-01") == {("Ada Lyle", "chief executive", trust, "departed")}


def test_joining_this_week_is_news_not_history(nlp):
    # Item 237: "X, our new Chief Executive, joined the Trust this week": a post taken in the past tense reads
    # as history unless the sentence dates it near publication; a time counted from the day of writing ("this
    # week", "last month", "yesterday", "on Monday") now does. A past year still reads as history.
    trust = "Frimley Health NHS Foundation Trust"
    for when in ("this week", "on Monday", "last month"):
        text = f"Leonie Marsh joined {trust} as chief executive {when}."
        assert changes_of(nlp, text, "2024-08-01") == {
            ("Leonie Marsh", "chief executive", trust, "appointed")
        }, when
    old = f"Leonie Marsh joined {trust} as chief executive in 1998."
    assert changes_of(nlp, old, "2024-08-01") == set()


def test_joining_a_person_at_an_event_is_no_post_taken(nlp):
    # Item 238: "Our Chair, X, joined me at the event on Tuesday": company kept, not the chair's post taken (the
    # date word of item 237 had let the old misreading through). "joined us as Director of People" is a post.
    trust = "North East London NHS Foundation Trust"
    visit = f"Our Chair at {trust}, Tobias Wren, joined me at the event in Barking on Tuesday."
    assert changes_of(nlp, visit, "2024-08-01") == set()
    post = (
        f"I am pleased to confirm that Ottilie Prynne joined us at {trust} as Director of People on 1 July."
    )
    assert ("Ottilie Prynne", "chief people officer", trust, "appointed") in changes_of(
        nlp, post, "2024-08-01"
    )


def test_the_change_of_a_named_person_is_theirs_not_the_speakers(nlp):
    # Item 239: "Chief executive X said the retirement of Y was a loss", "has been led by interim chief executive
    # X following the resignation of Y": the trigger phrase "retirement of" went to the nearest person before
    # it (X); its object after "of" is the one it speaks of.
    trust = "Barnsley Hospital NHS Foundation Trust"
    cases = [
        f"Chief executive Ada Lyle said the retirement of Rosa Keel was a loss to {trust}.",
        f"{trust} has been led by interim chief executive Ada Lyle following the resignation of Rosa Keel.",
    ]
    for text in cases:
        assert not any(
            f[0] == "Ada Lyle" and f[3] == "departed" for f in changes_of(nlp, text, "2017-05-01")
        ), text
    own = f"{trust} has announced the retirement of its chief executive, Ada Lyle."
    assert changes_of(nlp, own, "2017-05-01") == {("Ada Lyle", "chief executive", trust, "departed")}


def test_now_a_title_with_immediate_effect_is_an_appointment(nlp):
    # Item 240: "X is now acting chief executive with immediate effect": "now" reads as the present (a post
    # held), but "with immediate effect" in the title's own clause makes it news. Another clause's "with
    # immediate effect" does not.
    trust = "St George's University Hospitals NHS Foundation Trust"
    text = f"Dr Petra Vance is now acting chief executive of {trust} with immediate effect."
    assert changes_of(nlp, text, "2016-04-22") == {("Petra Vance", "chief executive", trust, "appointed")}
    other = f"Ada Lyle, who is now chief executive of {trust}, said the changes would apply with immediate effect."
    assert changes_of(nlp, other, "2016-04-22") == set()


def test_review_an_attendance_heading_reaches_only_its_own_line(nlp):
    # Review of items 232-233: a PDF's minutes can come through as one long sentence; the attendance row ends
    # at its line, so an appointment minuted below it keeps its verb.
    text = (
        "Minutes of the Board of Directors of Barnsley Hospital NHS Foundation Trust\n"
        "Present: Joan Pike Chair, Mark Ellery Chief Executive\n"
        "Apologies: None\n"
        "The Chair welcomed Dr Ravi Sethi, who was appointed Medical Director on 1 May.\n"
    )
    found = events_of(nlp, text, "2023-05-04")
    trust = "Barnsley Hospital NHS Foundation Trust"
    assert ("Ravi Sethi", "medical director", trust, "appointed", False, "2023-05-01") in found
    assert ("Mark Ellery", "chief executive", trust, "holds", False, "2023-05-04") in found


def test_review_joining_us_is_the_organisations_us(nlp):
    # Review of item 238: in a press release "joined us on 1 June" is the organisation's "us": a post taken.
    trust = "Barnsley Hospital NHS Foundation Trust"
    text = f"Our Medical Director at {trust}, Dr Alan Reeve, joined us on 1 June."
    assert changes_of(nlp, text, "2023-06-15") == {("Alan Reeve", "medical director", trust, "appointed")}


def test_review_a_recent_time_word_dates_only_its_own_clause(nlp):
    # Review of item 237: "became medical director of A, and this week was appointed chief executive of B":
    # "this week" is the second clause's; the first stays history.
    text = (
        "Dr Kim Tate became medical director of Kettering General Hospital NHS Foundation Trust, and this week "
        "was appointed chief executive of Barnsley Hospital NHS Foundation Trust."
    )
    assert changes_of(nlp, text, "2023-06-15") == {
        ("Kim Tate", "chief executive", "Barnsley Hospital NHS Foundation Trust", "appointed")
    }
    first = "Yesterday, Kim Tate became interim chief executive of Barnsley Hospital NHS Foundation Trust."
    assert (
        "Kim Tate",
        "chief executive",
        "Barnsley Hospital NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, first, "2023-06-15")


def test_review_a_group_needs_an_earlier_group_sentence_and_one_holder(nlp):
    # Review of item 229: two people sharing one trust's post ("joint medical directors") are no group post;
    # trusts that merely "work together" or share a patient group are no group.
    shared = (
        "Dr Ian Hext and Dr Rosa Lind will be joint medical directors of Barnsley Hospital NHS Foundation Trust "
        "from 1 October. Barnsley Hospital NHS Foundation Trust and The Rotherham NHS Foundation Trust already "
        "work together on pathology."
    )
    assert not any("Rotherham" in f[2] for f in changes_of(nlp, shared))
    patients = f"A patient group from {KGH} and {NGH} met in May. Lena Orme has been appointed group chief executive."
    assert not {f[2] for f in changes_of(nlp, patients)} >= {KGH, NGH}
    pair = (
        f"In March 2020 {KGH} and {NGH} agreed to form a hospital group. Dr Ian Hext and Dr Rosa Lind will be "
        f"joint medical directors of {KGH} from 1 October."
    )
    assert not any(f[2] == NGH for f in changes_of(nlp, pair))
    later = (
        f"Lena Orme has been appointed group chief executive. She has worked in both {KGH} and {NGH} jointly."
    )
    assert not {f[2] for f in changes_of(nlp, later)} >= {KGH, NGH}


def test_review_a_committee_title_with_its_own_article_is_another_persons(nlp):
    # Review of item 230: "The chief executive and the audit committee chair, X": X is not the chief executive.
    text = "The chief executive and the audit committee chair, Fay Grant, met the regulator at Barnsley Hospital NHS Foundation Trust."
    assert not any(f[0] == "Fay Grant" for f in events_of(nlp, text))


def test_review_the_change_of_a_titled_other_is_not_the_speakers(nlp):
    # Review of items 236 and 239: "announced the resignation of its chief executive, X" is X's, not the
    # announcer's; "following the departure of the previous chair" names no one in the sentence.
    trust = "Barnsley Hospital NHS Foundation Trust"
    text = f"Ann Bright, chair of {trust}, announced the resignation of its chief executive, Peter Vance."
    found = changes_of(nlp, text)
    assert ("Peter Vance", "chief executive", trust, "departed") in found
    assert not any(f[0] == "Ann Bright" for f in found)
    confirmed = f"Chief executive Peter Vance has confirmed the departure of the medical director of {trust}."
    assert changes_of(nlp, confirmed) == set()
    accepted = f"Trish Acton, chief executive of {KGH}, has accepted the role of chief executive at {trust}."
    assert ("Trish Acton", "chief executive", trust, "appointed") in changes_of(nlp, accepted)


def test_the_death_of_someone_else_is_no_leaving_of_the_named_director(nlp):
    # Item 241: "an investigation into the death of a two-year-old girl": a change noun's "of" names what
    # changed; when no person or title follows, no one named in the sentence is leaving.
    text = (
        "Medical director Sonia Swann said an investigation is under way into the death of a two-year-old girl "
        "at Northampton General Hospital NHS Trust."
    )
    assert not any(f[3] == "departed" for f in changes_of(nlp, text))


def test_a_rank_or_an_adverb_before_a_name_is_not_part_of_it(nlp):
    # Item 242: "Navy Rear Admiral Will X", "Commodore Y", "Initially Michael Z, the chief executive of A":
    # service ranks and a sentence's opening adverb were read into the name.
    cases = [
        (
            "Commodore Stephen Jarvie, chair of Plymouth Hospitals NHS Trust, said he would step down in May.",
            "Stephen Jarvie",
        ),
        (
            "Initially Peter Catt, the chief executive of Oxfordshire Health Authority, will take on Mr Catchpole's "
            "role from April 1.",
            "Peter Catt",
        ),
    ]
    for text, name in cases:
        people = {f[0] for f in events_of(nlp, text, "2012-05-01")}
        assert name in people, text
        assert all(p == name for p in people), people


def test_news_lower_case_trust_after_a_registered_trusts_words_is_that_trust(nlp):
    # Item 243: "the troubled Scarborough and North East Yorkshire trust", "the North Cumbria Acute Hospitals
    # trust": news writes "trust" in lower case after the trust's own words; the run was not read as a name, and
    # a shorter registered name inside it ("East Yorkshire") took the post. An indefinite article makes it a
    # region's trust ("An East of England trust"), not a name.
    text = (
        "Chief executive Iain Mallon of the troubled Scarborough and North East Yorkshire trust is to leave."
    )
    assert changes_of(nlp, text, "2008-05-01") == {
        (
            "Iain Mallon",
            "chief executive",
            "Scarborough and North East Yorkshire Health Care NHS Trust",
            "departed",
        )
    }
    region = "An East of England trust has named Dora Venn as its chief executive."
    assert not any("East of England" in f[2] for f in changes_of(nlp, region, "2022-06-01"))
