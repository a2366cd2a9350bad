"""Constructions found on the thirteenth round of real pages (rules log items 200 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from nhs_leaders.nlp.pipeline import extract_events

from tests.construction_helpers import changes_of, events_of


def test_the_subject_of_a_passive_replace_leaves_and_the_agent_takes_the_post(nlp):
    # Item 200: "X, chair of A, will be replaced by Y", "A chair X is to be replaced by Y", "X will be replaced
    # as chair by Y": the passive's subject is the one who goes. It was read as appointed, and Y got nothing.
    trust = "Harrogate and District NHS Foundation Trust"
    cases = [
        f"Osric Fenn, chair of {trust}, will be replaced by Marigold Achebe.",
        f"{trust} chair Osric Fenn is to be replaced by Marigold Achebe.",
        f"Osric Fenn will be replaced as chair of {trust} by Marigold Achebe.",
        f"The chair of {trust}, Osric Fenn, will be succeeded by Marigold Achebe.",
    ]
    for text in cases:
        assert changes_of(nlp, text) == {
            ("Osric Fenn", "chair", trust, "departed"),
            ("Marigold Achebe", "chair", trust, "appointed"),
        }, text


def test_two_replaced_holders_pair_with_two_agents_in_order(nlp):
    # Item 200: "X and Y will be replaced with immediate effect by A and B": each agent takes the post of the
    # subject in the same place.
    text = (
        "Hull University Teaching Hospitals NHS Trust chair Osric Fenn and chief executive Tamsin Oduya have "
        "lost the confidence of regulators. Mr Fenn and Ms Oduya will be replaced with immediate effect by "
        "Marigold Achebe and Leofric Dunne."
    )
    trust = "Hull University Teaching Hospitals NHS Trust"
    found = changes_of(nlp, text)
    assert {
        ("Osric Fenn", "chair", trust, "departed"),
        ("Tamsin Oduya", "chief executive", trust, "departed"),
        ("Marigold Achebe", "chair", trust, "appointed"),
        ("Leofric Dunne", "chief executive", trust, "appointed"),
    } <= found


def test_a_replacement_years_ago_is_history(nlp):
    # Item 200: "X was replaced by Y in 2009" in a 2013 article is the story of the post, not news.
    text = "Osric Fenn, chair of Harrogate and District NHS Foundation Trust, was replaced by Marigold Achebe in 2009."
    assert changes_of(nlp, text, "2013-10-01") == set()


def test_news_bare_chief_is_the_chief_executive(nlp):
    # Item 201: trade and local news write "West Suffolk chief X", "will step down as A chief later this
    # summer", "will step up to interim chief following", "the current chief, X,": the chief executive.
    trust = "Dorset County Hospital NHS Foundation Trust"
    cases = [
        (f"Ludovic Pask will step down as {trust} chief later this summer.", "departed", False),
        (f"{trust} chief Ludovic Pask steps down.", "departed", False),
        (
            f"{trust} announced the retirement of the current chief, Ludovic Pask, later this month.",
            "departed",
            False,
        ),
        (
            f"Deputy chief executive Ludovic Pask of {trust} will step up to interim chief next month.",
            "appointed",
            True,
        ),
    ]
    for text, event, interim in cases:
        found = {(f[0], f[1], f[2], f[3], f[4]) for f in events_of(nlp, text, "2021-06-15")}
        assert ("Ludovic Pask", "chief executive", trust, event, interim) in found, text


def test_chief_in_a_longer_title_or_as_an_adjective_is_no_chief_executive(nlp):
    # Item 201: "Chief Workforce Officer X", "Acting Chief Operating" (a table's cut title), "chief
    # exectuive" (a typo), "deputy chief X" and "the chief reason" are not the chief executive.
    text = (
        "The chief reason was money, said Dorset County Hospital NHS Foundation Trust Chief Workforce Officer "
        "Ludovic Pask. Orla Tamm, who has been chief exectuive at Dorset County Hospital NHS Foundation Trust "
        "since 2009, spoke too. NHS London deputy chief Ines Varga said little."
    )
    found = events_of(nlp, text, "2021-06-15")
    assert not any(f[1] == "chief executive" for f in found), found


def test_a_roster_after_an_appointment_names_the_appointees(nlp):
    # Item 202: a name opening a bullet line before "from A" is a person, even where the tagger calls the
    # bullet a proper noun. "Five non-executive directors have been appointed ... The successful candidates are:" with one
    # bullet line per name ("• X from A"), and "The three new appointments are X from P; Y from Q and Z":
    # each person on the roster takes the plural post named just before, at the document's organisation.
    bulleted = (
        "Five non-executive directors have been appointed to the board of East Lancashire Hospitals NHS Trust "
        "following a formal recruitment process. The successful candidates are:\n\n"
        "• Ian Chery from NHS Greater Preston CCG\n"
        "• Isla Wilkins from Lancashire Care NHS Foundation Trust\n\n"
        "The board meets monthly."
    )
    trust = "East Lancashire Hospitals NHS Trust"
    assert {
        ("Ian Chery", "non-executive director", trust, "appointed"),
        ("Isla Wilkins", "non-executive director", trust, "appointed"),
    } <= changes_of(nlp, bulleted, "2019-02-10")
    inline = (
        "Isle of Wight NHS Trust has appointed three new designate Non-Executive Directors. The three new "
        "appointments are Helen Marsh from Whitchurch, Hampshire; David Pellow from Marlborough, Wiltshire "
        "and Susan Tregear."
    )
    assert {f[0] for f in changes_of(nlp, inline, "2013-02-10")} == {
        "Helen Marsh",
        "David Pellow",
        "Susan Tregear",
    }


def test_a_roster_without_names_or_a_plural_post_gives_nothing(nlp):
    # Item 202: "Over two-thirds of the new appointments are men" names no one; a roster with no plural post
    # before it has nothing to give.
    text = (
        "Over two-thirds of the new appointments are men, Dorset County Hospital NHS Foundation Trust said. "
        "The chosen candidates are Ottoline Marsh and Rhodri Pellow."
    )
    assert changes_of(nlp, text) == set()


def test_news_boss_is_the_chief_executive(nlp):
    # Item 203: local and national news call the chief executive the "boss": "Hospital boss X quits", "the
    # boss of A has resigned", a headline "... boss quits" over "X has stepped down from A".
    trust = "Countess of Chester Hospital NHS Foundation Trust"
    found = changes_of(nlp, f"{trust} boss Ludovic Pask has resigned.", "2018-09-01")
    assert found == {("Ludovic Pask", "chief executive", trust, "departed")}
    (result,) = list(
        extract_events(
            nlp,
            [(f"Ludovic Pask has stepped down from {trust}.", "2018-09-01", None, "Hospital boss quits")],
        )
    )
    assert {(e.person, e.role, e.event) for e in result.events} == {
        ("Ludovic Pask", "chief executive", "departed")
    }


def test_a_quoted_leaving_is_not_given_to_someone_named_after_the_quote(nlp):
    # Item 203 (guard): the quote's "I have decided to step aside" and the next line, about someone else, can
    # fall in one sentence; the headline's post for that leaving is the speaker's, not the next person's.
    text = (
        "Ludovic Pask has stepped down from Countess of Chester Hospital NHS Foundation Trust.\n"
        "After six years at the helm, he said: “I have now decided to step aside to allow the trust to focus "
        "on its future.”\n"
        "Nurse Orla Tamm, originally from Hereford, was arrested after a review of the ward between June "
        "2015 and June 2016."
    )
    (result,) = list(extract_events(nlp, [(text, "2018-09-01", None, "Hospital boss quits")]))
    assert {e.person for e in result.events} == {"Ludovic Pask"}


def test_a_function_before_chief_or_boss_names_that_director(nlp):
    # Items 201 and 203 (guard): "operations chief X" is the chief operating officer and "finance boss X" the
    # chief financial officer, not the chief executive; "the IT chief" is no board post.
    trust = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"{trust} operations chief Ludovic Pask will leave in May. {trust} finance boss Orla Tamm has "
        "resigned. The IT chief, Ines Varga, said the trust was ready."
    )
    assert changes_of(nlp, text, "2018-01-01") == {
        ("Ludovic Pask", "chief operating officer", trust, "departed"),
        ("Orla Tamm", "chief financial officer", trust, "departed"),
    }


def test_she_does_not_point_at_a_named_man(nlp):
    # Item 205: "Jackie X, chief executive of A, is to move to B, chairman John Y said. She will leave the trust
    # at the end of March": "she" is the chief executive, not the chairman named last. Given names (Helen,
    # John) and honorifics (Mr, Dame) tell a pronoun's antecedents apart.
    text = (
        "Jackie Dana, chief executive of University Hospitals of Morecambe Bay NHS Foundation Trust, is to "
        "become chief executive in Newcastle, chairman John Burnside said. She will leave the trust at the end "
        "of March."
    )
    found = changes_of(nlp, text, "2018-01-10")
    trust = "University Hospitals of Morecambe Bay NHS Foundation Trust"
    assert ("Jackie Dana", "chief executive", trust, "departed") in found
    assert not any(f[0] == "John Burnside" for f in found)


def test_a_promotion_without_a_body_is_at_the_body_of_the_title_before(nlp):
    # Item 206: "Sussex ICB chief people officer X will become interim CEO", "UHB's deputy CEO X will take over
    # as interim CEO on 1 January": the new post names no body, so it is at the one body the sentence names
    # for the title before the verb. Not "appointed chief executive designate of the new organisation", not
    # "X, currently medical director at A, has been appointed chief executive".
    icb = "NHS Sussex Integrated Care Board"
    found = changes_of(nlp, f"{icb} chief people officer Ludovic Pask will become interim CEO.", "2022-12-01")
    assert found == {("Ludovic Pask", "chief executive", icb, "appointed")}
    text = (
        "Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust is to merge with its neighbour. "
        "Royal Bournemouth chief executive Orla Tamm had already been appointed chief executive designate of the new "
        "organisation."
    )
    assert changes_of(nlp, text, "2019-12-01") == set()


def test_a_replacement_not_reported_as_happening_moves_no_one(nlp):
    # Review of item 200: "will not be replaced", "could be replaced ... if", "denied reports that she would be
    # replaced", "replaced temporarily ... while she is on sick leave", "replaced as chair of the audit
    # committee", "replaced on the national board": no one leaves the post and no one takes it.
    lead = "Jane Potter, chief executive of Leeds Teaching Hospitals NHS Trust,"
    for tail in (
        "will not be replaced by Martin Hale, the trust said.",
        "could be replaced by Martin Hale if the review finds against her.",
        "denied reports that she would be replaced by Martin Hale.",
        "will be replaced temporarily by Martin Hale while she is on sick leave.",
        "will be replaced as chair of the audit committee by Martin Hale.",
        "will be replaced on the national maternity board by Martin Hale.",
    ):
        assert changes_of(nlp, f"{lead} {tail}") == set(), tail


def test_boss_and_chief_after_a_person_or_a_department_are_no_chief_executive(nlp):
    # Review of items 201 and 203: "her boss X", "X's boss", "the estates chief X", "the maternity boss X",
    # "BMA chief X" name no board post.
    trust = "Leeds Teaching Hospitals NHS Trust"
    for text in (
        f"{trust}'s estates chief Martin Hale has left.",
        f"{trust}'s maternity boss Martin Hale has left.",
        f"{trust} nurse Jane Potter said her boss Martin Hale had resigned.",
        f"Jane Potter, who was Martin Hale's boss at {trust}, has retired.",
        f"BMA chief Martin Hale criticised {trust} on Monday.",
    ):
        assert not any(f[1] == "chief executive" for f in events_of(nlp, text)), text


def test_a_roster_needs_an_appointment_before_it_and_names_first(nlp):
    # Review of item 202: "The appointments are subject to approval by ..., chief executive X said", "Two
    # non-executive directors have left ... The appointees were X and Y", "director of operations" (not a
    # plural), a roster whose people took up their posts years ago: no appointments.
    trust = "Leeds Teaching Hospitals NHS Trust"
    for text in (
        f"{trust} has appointed two non-executive directors. The appointments are subject to approval by NHS "
        "England, chief executive Sarah Ince said.",
        f"Martin Hale, director of operations at {trust}, said the appointments were approved by chair Jane "
        "Potter.",
        f"Two non-executive directors have left {trust}. The appointees were Martin Hale and Jane Potter.",
        f"{trust} appointed two non-executive directors. The successful candidates were Martin Hale and Jane "
        "Potter, who took up their posts in 2019. Both have now stepped down.",
    ):
        assert not any(f[3] == "appointed" for f in changes_of(nlp, text)), text


def test_a_permanent_post_without_a_body_is_not_put_at_the_body_of_the_title_before(nlp):
    # Review of item 206: only an interim or acting post stays at the body of the title before the verb;
    # "has been appointed chief executive. She will join B in May" is B's.
    icb = "NHS Sussex Integrated Care Board"
    text = f"{icb}'s chief operating officer Jane Potter will become chief executive elsewhere next year."
    assert not any(f[3] == "appointed" and f[2] == icb for f in changes_of(nlp, text))


def test_a_former_holder_who_left_to_join_another_body_left_the_former_post(nlp):
    # Item 207 (narrows item 178's exception): "The former Chair X left to join B's hospitals in April" - the
    # former title is the post left; only "is leaving A to run B", which names the body left, makes it an
    # older post.
    text = (
        "Sherwood Forest Hospitals NHS Foundation Trust has a new chair. The former Chair Osric Fenn left to "
        "join Leicester's hospitals in April 2021."
    )
    found = changes_of(nlp, text, "2021-09-01")
    assert ("Osric Fenn", "chair", "Sherwood Forest Hospitals NHS Foundation Trust", "departed") in found


def test_accepting_or_being_offered_a_post_is_an_appointment(nlp):
    # Item 208: "X, chief executive of A, has accepted the role of chief executive at B", "has accepted the post
    # of medical director at B", "was offered the job of chief executive": the new post is an appointment (the
    # post at A is held until then).
    text = (
        "Ludovic Pask, chief executive of Southport and Ormskirk Hospital NHS Trust, has accepted the role of "
        "chief executive at Blackpool Teaching Hospitals NHS Foundation Trust."
    )
    found = changes_of(nlp, text, "2021-05-01")
    assert (
        "Ludovic Pask",
        "chief executive",
        "Blackpool Teaching Hospitals NHS Foundation Trust",
        "appointed",
    ) in found


def test_a_leaving_called_for_is_no_departure(nlp):
    # Item 209: "MPs have called for X to resign", "a motion calling on X to resign with immediate effect",
    # "Pressure is growing for the chief executive, X, to resign", "urged X to quit": asked for, not reported.
    trust = "Northern Lincolnshire and Goole NHS Foundation Trust"
    for text in (
        f"MPs have called for {trust} chief executive Ludovic Pask to resign.",
        f"Councillors passed a motion calling on {trust} chief executive Ludovic Pask to resign with immediate "
        "effect.",
        f"Pressure is growing for the chief executive of {trust}, Ludovic Pask, to resign.",
        f"Campaigners urged {trust} chief executive Ludovic Pask to quit.",
    ):
        assert changes_of(nlp, text, "2013-10-01") == set(), text
    assert changes_of(nlp, f"{trust} chief executive Ludovic Pask was forced to resign.", "2013-10-01")


def test_is_due_to_retire_is_a_departure(nlp):
    # Item 210: "X, who is due to retire from her role at the end of March", "chief financial officer X is due to
    # leave later this year": a planned leaving told in the present; "was due to leave ... but decided to stay"
    # is not.
    trust = "United Lincolnshire Hospitals NHS Trust"
    text = f"{trust} chief executive Ludovic Pask is due to retire at the end of March."
    assert changes_of(nlp, text, "2020-06-01") == {("Ludovic Pask", "chief executive", trust, "departed")}
    text = f"{trust} chief executive Ludovic Pask was due to leave the trust early next year but decided to stay."
    assert changes_of(nlp, text, "2020-06-01") == set()
