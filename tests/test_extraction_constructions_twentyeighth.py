"""Constructions found on the thirty-fifth round of real pages (rules log items 443 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from nhs_leaders.nlp.pipeline import extract_events

from tests.construction_helpers import events_of, parsed_for_events


def test_a_former_title_whose_holder_a_who_clause_says_has_left(nlp):
    # Item 443: "takes on the job from former medical director X who has left the trust after three years",
    # "our former chair, X, who left the Trust last year": the relative clause says the leaving that made the
    # title former, as the main verb does in "Former chief executive X resigned" (already read).
    text = (
        "Mr Idris Penhallow has been seconded to Mid Staffordshire NHS Foundation Trust as medical director. "
        "He takes on the job from former medical director Anjali Verghese who has left the trust after three "
        "years where she helped make services safer."
    )
    found = {f[:4] for f in events_of(nlp, text, "2013-04-02")}
    org = "Mid Staffordshire NHS Foundation Trust"
    assert ("Anjali Verghese", "medical director", org, "departed") in found, found
    # a clause that tells of the former holder's work, not a leaving, keeps the title history
    worked = text.replace("who has left the trust after three years where she", "who for three years")
    assert not {f for f in events_of(nlp, worked, "2013-04-02") if f[0] == "Anjali Verghese"}
    # a clause whose object is no body or post: the meeting, a legacy, "us" (a death)
    for left in ("who left the meeting after item four", "who left a lasting legacy", "who left us in May"):
        other = text.replace(
            "who has left the trust after three years where she helped make services safer", left
        )
        assert not {f for f in events_of(nlp, other, "2013-04-02") if f[0] == "Anjali Verghese"}, left


# the opening of a trust board's minutes: the attendance list gives each member's post
LEEDS_MINUTES = (
    "Minutes of the meeting of the Board of Directors of Leeds Teaching Hospitals NHS Trust held in public on "
    "7 May 2024\nPresent:\nMs Harriet Olufemi, Chair\nMr Caspar Lindgren, Non-Executive Director\n"
    "Ms Winifred Achebe-Lowe, Non-Executive Director\nDr Tobias Rennard, Medical Director\n"
    "Mrs Delphine Marsh, Interim Chief Operating Officer\n\n"
)
LEEDS = "Leeds Teaching Hospitals NHS Trust"


def test_an_own_first_or_last_meeting_with_the_post_only_in_the_attendance_list(nlp):
    # Item 444: "The Chair welcomed Ms X to her first meeting of the Board", "It was A's, B's and C's last Board
    # meeting": no post in the sentence; the member's one post in the attendance list is the one begun or left.
    text = LEEDS_MINUTES + (
        "1. Welcome and apologies\nThe Chair welcomed Ms Achebe-Lowe to her first meeting of the Board.\n"
        "The Chair noted that it was Mr Lindgren's and Dr Rennard's last Board meeting and thanked them for "
        "their service to the Trust.\n"
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-05-07")}
    assert ("Winifred Achebe-Lowe", "non-executive director", LEEDS, "appointed") in found, found
    assert ("Caspar Lindgren", "non-executive director", LEEDS, "departed") in found, found
    assert ("Tobias Rennard", "medical director", LEEDS, "departed") in found, found
    # a member back from leave has not newly joined; "the last meeting" is the one before this
    back = LEEDS_MINUTES + (
        "The Chair welcomed Mrs Marsh back to her first meeting since returning from leave. The Chair welcomed Mr "
        "Lindgren to his first meeting after a period of sick leave. Dr Rennard "
        "presented the minutes of the last Board meeting.\n"
    )
    changes = {f for f in events_of(nlp, back, "2024-05-07") if f[3] != "holds"}
    assert not changes, changes
    # a committee's meeting, a meeting with someone, and "their last meeting" that is the Board's previous one
    others = LEEDS_MINUTES + (
        "The Committee Chair had welcomed Mr Lindgren to his first meeting of the Audit and Risk Committee. The "
        "Chair welcomed Dr Rennard to his first meeting with the regulator's new relationship owner. The Chair "
        "welcomed Ms Achebe-Lowe and Mr Lindgren and reminded "
        "the Board that at their last meeting the plan had been agreed.\n"
    )
    changes = {f for f in events_of(nlp, others, "2024-05-07") if f[3] != "holds"}
    assert not changes, changes


def _posts_with_codes(nlp, text: str, published: str) -> set[tuple]:
    (result,) = list(extract_events(nlp, [(text, published, None, None)]))
    return {(e.person, e.role, e.event, e.ods_code) for e in result.events}


def test_a_trust_named_with_its_countys_short_form(nlp):
    # Item 445: news and papers write a county's short form inside a trust's name ("West Herts Hospitals Trust",
    # "Mid Staffs", "Notts Healthcare"); the trust is the one the full county name gives.
    text = (
        "The new boss of West Herts Hospitals has started work this week. Delia Ferncastle joined as chief "
        "executive on Monday, leading the trust which runs three hospitals."
    )
    found = _posts_with_codes(nlp, text, "2019-01-10")
    assert ("Delia Ferncastle", "chief executive", "appointed", "RWG") in found, found
    news = "Bartholomew Quist, chief executive of Mid Staffs, said the hospital was now safe."
    found = _posts_with_codes(nlp, news, "2012-05-01")
    assert ("Bartholomew Quist", "chief executive", "holds", "RJD") in found, found
    assert {f[2] for f in events_of(nlp, news, "2012-05-01")} == {
        "Mid Staffs"
    }  # the name as the text writes it
    # a short form that opens a college's, an authority's or a charity's name is not the trust
    for body in (
        "West Herts College",
        "Cambs and Peterborough Combined Authority",
        "Herts Community Foundation",
    ):
        other = f"Bartholomew Quist has been appointed chief executive of {body}."
        assert not events_of(nlp, other, "2019-01-10"), body


def test_leaving_at_the_end_of_the_year_is_not_an_award(nlp):
    # Item 446: "The chief executive of A, X, will step down at the end of the year": the words "of the year"
    # after the verb were taken for an award's name ("named chief executive of the year"), which keeps the
    # described post as held. A time is not an award; the award still keeps the post held.
    org = "Leeds Teaching Hospitals NHS Trust"
    text = f"The chief executive of {org}, Jane Harrowgate-Pike, will step down at the end of the year."
    found = {(*f[:4], f[5]) for f in events_of(nlp, text, "2019-03-01")}
    assert ("Jane Harrowgate-Pike", "chief executive", org, "departed", "2019-12") in found, (
        found
    )  # dated too
    award = f"Jane Harrowgate-Pike, chief executive of {org}, has been named chief executive of the year."
    found = {f[:4] for f in events_of(nlp, award, "2019-03-01")}
    assert found == {("Jane Harrowgate-Pike", "chief executive", org, "holds")}, found


def test_a_post_just_introduced_and_filled_in_a_name(nlp):
    # Item 447: "has a new chief executive in X", "she has been joined by a new interim chairman of the board in
    # X": news names who fills a post it has just introduced ("a new ...") after "in"; the post had gone to the
    # sentence's subject (the chief executive joined by the chairman).
    text = (
        "The new boss of West Hertfordshire Teaching Hospitals NHS Trust started this week. Marisol Quennell joined "
        "as chief executive on Monday.\n\nPhil Thornbury\n\nAnd she has been joined by a new interim chairman of "
        "the board in Phil Thornbury."
    )
    found = {f[:5] for f in events_of(nlp, text, "2018-02-01")}
    org = "West Hertfordshire Teaching Hospitals NHS Trust"
    assert ("Phil Thornbury", "chair", org, "appointed", True) in found, found
    assert not any(f[0] == "Marisol Quennell" and f[1] == "chair" for f in found), found
    news = "Leeds Teaching Hospitals NHS Trust has a new chief executive in Sarah Oyelaran-Pike."
    found = {f[:4] for f in events_of(nlp, news, "2018-02-01")}
    assert (
        "Sarah Oyelaran-Pike",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "appointed",
    ) in found
    # "in" before something else than the name: a career's length, someone's absence
    career = "Sarah Oyelaran-Pike, a chief executive in the NHS for 20 years, spoke at the conference."
    assert not events_of(nlp, career, "2018-02-01")
    absence = news + " The board thanked the medical director in Ravi Lindqvist's absence."
    assert not any(f[0] == "Ravi Lindqvist" for f in events_of(nlp, absence, "2018-02-01"))
    # "has lost a chief executive in X, who died": a death, not a post held
    lost = "Leeds Teaching Hospitals NHS Trust has lost a much-loved chief executive in Sarah Oyelaran-Pike."
    assert not any(f[3] == "holds" for f in events_of(nlp, lost, "2018-02-01"))


def test_a_full_name_named_again_is_the_same_person_whatever_the_tagger_says(nlp):
    # Item 448: the statistical tagger took a full name already named on the page for a body's ("in Phil
    # Thornbury" tagged ORG), and the bare-surname pass skipped it as "someone else who shares the surname"
    # (a given name before it); a given name and surname that make a full name already known are that person.
    doc = parsed_for_events(
        nlp,
        "Phil Thornbury\n\nAnd she has been joined by a new interim chairman of the board in Phil Thornbury.",
    )
    assert [s.text for s in doc.spans["nhs_people"]] == ["Phil Thornbury", "Phil Thornbury"]


def test_appointments_extended_are_terms_that_go_on(nlp):
    # Item 449: "The appointments of A as a Non-Executive Director of NHS England, and B and C as Non-Executive
    # Directors of NHS Improvement, have all been extended until 31 March 2022": a term extended is no new
    # appointment (item 448 made B and C, named in full earlier on the page, people here too).
    text = (
        "The appointments of Lord Aldous Penhaligon as a Non-Executive Director of NHS England, and Dame Imelda "
        "Okafor-Briggs as a Non-Executive Director of NHS Improvement, have both been extended until 31 March 2022."
    )
    found = {f[:4] for f in events_of(nlp, text, "2021-09-30")}
    assert not {f for f in found if f[3] == "appointed"}, found
    plain = "NHS England has announced the appointment of Lord Aldous Penhaligon as a Non-Executive Director."
    found = {f[:4] for f in events_of(nlp, plain, "2021-09-30")}
    assert ("Aldous Penhaligon", "non-executive director", "NHS England", "appointed") in found, found
    # something else extended in the sentence leaves the appointment one
    other = plain[:-1] + ", and the consultation on its plans has been extended until March."
    found = {f[:4] for f in events_of(nlp, other, "2021-09-30")}
    assert ("Aldous Penhaligon", "non-executive director", "NHS England", "appointed") in found, found
