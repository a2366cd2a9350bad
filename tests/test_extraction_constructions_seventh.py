"""Constructions found on the fourteenth round of real pages (rules log items 211 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_name_is_reported_with_the_apostrophe_its_source_writes(nlp):
    # Item 211, restated by item 342: a name keeps the quote mark its source uses ("O’Rourke" as typeset, "O'Rourke"
    # as typed); people are resolved across documents without apostrophes, so one person stays one person.
    trust = "Dorset County Hospital NHS Foundation Trust"
    for name in ("Niamh O’Rourke", "Niamh O'Rourke", "Mairead Ni’Riain"):
        text = f"{name} has been appointed chief executive of {trust}."
        assert changes_of(nlp, text) == {(name, "chief executive", trust, "appointed")}, name


def test_a_start_date_framed_by_expected_or_due_dates_the_appointment(nlp):
    # Item 212: "She is expected to take up the role on 1 February", "is due to take up the post on ...", "is
    # expected to start in August": the framing verb carries the start, so the date belongs to the appointment.
    trust = "Barnsley Hospital NHS Foundation Trust"
    first = f"Talulah Brennock has been appointed chief executive of {trust}."
    cases = [
        ("She is expected to take up the role on 1 February 2024.", "2024-02-01"),
        ("She is due to take up the post on 4 March.", "2024-03-04"),
        ("She is expected to start in August 2024.", "2024-08"),
    ]
    for second, date in cases:
        found = events_of(nlp, f"{first} {second}", "2023-11-20")
        assert ("Talulah Brennock", "chief executive", trust, "appointed", False, date) in found, second


def test_an_appointment_made_when_a_term_of_office_ends_is_not_a_departure(nlp):
    # Item 213: "X will be appointed chair when Y's term of office ends": the words "term of office ... ends"
    # mark Y's leaving, not X's. X was read as leaving the post X is appointed to.
    trust = "Barnsley Hospital NHS Foundation Trust"
    text = f"Crispin Awolowo will be appointed chair of {trust} in May 2026, when Dilys Perrott's term of office ends."
    found = changes_of(nlp, text)
    assert ("Crispin Awolowo", "chair", trust, "appointed") in found
    assert not any(f[0] == "Crispin Awolowo" and f[3] == "departed" for f in found)
    leaving = f"Dilys Perrott's term of office as chair of {trust} ends in March."
    assert changes_of(nlp, leaving) == {("Dilys Perrott", "chair", trust, "departed")}


def test_a_post_still_to_be_chosen_is_not_given_to_the_person_in_the_sentence(nlp):
    # Item 214: "Ms X will be involved in selecting the new chief executive", "X's announcement means the trust
    # will start a process to appoint a new chief executive": the post is sought, X does not take it.
    trust = "Barnsley Hospital NHS Foundation Trust"
    cases = [
        f"Sue Marwood, chair of {trust}, will be involved in selecting the new chief executive.",
        f"Ivo Pennant, chief executive of {trust}, will retire in March. Mr Pennant's early announcement means "
        "the trust will now start a process to appoint a new chief executive.",
    ]
    for text in cases:
        assert not any(f[1] == "chief executive" and f[3] == "appointed" for f in changes_of(nlp, text)), text
    named = f"{trust} is to appoint a new chief executive, Jago Trelawny, from May."
    assert ("Jago Trelawny", "chief executive", trust, "appointed") in changes_of(nlp, named)


def test_a_secondees_home_post_is_held(nlp):
    # Item 215: "X, the chief executive of A, has been seconded to a job with the regional health service": the
    # post named before "seconded" is held open (the guideline's acting-up and secondment rule), not taken.
    trust = "East Lancashire Hospitals NHS Trust"
    text = f"Perpetua Vane, the chief executive of {trust}, has been seconded to a job with the regional health service for 12 months."
    found = events_of(nlp, text)
    assert ("Perpetua Vane", "chief executive", trust, "holds", False, None) in found
    assert changes_of(nlp, text) == set()


def test_re_election_to_a_post_is_no_change(nlp):
    # Item 216: "was recently re-elected as chairman of A for three more years": the post goes on. The parser
    # splits "re-elected", and "elected" was read as an appointment.
    trust = "NHS Greater Huddersfield CCG"
    text = f"Dr Lorcan Bright was recently re-elected as chairman of {trust} for three more years."
    assert changes_of(nlp, text) == set()
    assert any(f[0] == "Lorcan Bright" and f[3] == "holds" for f in events_of(nlp, text))


def test_the_post_held_for_years_before_a_move_is_left(nlp):
    # Item 217: "will take the helm at A in October after four years as the chief executive of B", "will leave
    # us after more than six years as our chair": the post after "after N years as" is the one left; told of a
    # move years before the document, it is history.
    text = (
        "Tobias Ekwueme will take over as chief executive at The Mid Yorkshire Hospitals NHS Trust in October "
        "after four years as the chief executive of Leeds Teaching Hospitals NHS Trust."
    )
    assert (
        "Tobias Ekwueme",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "departed",
    ) in changes_of(nlp, text, "2018-05-01")
    old = (
        "In 2010 Tobias Ekwueme joined The Mid Yorkshire Hospitals NHS Trust as chief executive after four years "
        "as the chief executive of Leeds Teaching Hospitals NHS Trust."
    )
    assert changes_of(nlp, old, "2018-05-01") == set()


def test_asked_to_step_in_as_acting_chief_executive_is_an_appointment(nlp):
    # Item 218: "The board has asked medical director X to step in as acting chief executive": a taking verb
    # asked of someone is an appointment (item 209's demand guard is for leaving verbs only); the title before
    # it stays held. "MPs have called for X to step down" is still no change.
    trust = "Isle of Wight NHS Trust"
    text = (
        f"The board of {trust} has asked its medical director, Dr Caspian Oyelaran, to step in as acting chief "
        "executive for a short period."
    )
    found = events_of(nlp, text)
    assert ("Caspian Oyelaran", "chief executive", trust, "appointed", True, None) in found
    assert ("Caspian Oyelaran", "medical director", trust, "holds", False, None) in found
    second = (
        f"The board asked Ifor Kesteven, medical director of {trust}, to step up as interim chief executive."
    )
    found = events_of(nlp, second)
    assert ("Ifor Kesteven", "chief executive", trust, "appointed", True, None) in found
    assert ("Ifor Kesteven", "medical director", trust, "holds", False, None) in found
    demanded = f"MPs have called for Wenna Prideaux, chief executive of {trust}, to step down."
    assert changes_of(nlp, demanded) == set()


def test_the_time_is_right_to_step_down_is_a_departure(nlp):
    # Item 219: "has decided the time is right to step down", "felt the time was right for her to retire", "it
    # was the right time for him to move on": a departure told as a decision. "the time was right to move to a
    # new model of care" is not one.
    trust = "Medway NHS Foundation Trust"
    for ending in (
        "has decided the time is right to step down.",
        "said she felt the time was right for her to retire.",
        "said it was the right time for her to move on.",
    ):
        text = f"Ottoline Barras, chief executive of {trust}, {ending}"
        assert changes_of(nlp, text) == {("Ottoline Barras", "chief executive", trust, "departed")}, ending
    other = f"Ottoline Barras, chief executive of {trust}, said the time was right to move to a new model of care."
    assert changes_of(nlp, other) == set()


def test_a_post_sought_in_a_coordination_or_a_clause_has_no_holder(nlp):
    # Item 220: "to give enough time to recruit a new chairman and chief executive" (the second post is sought
    # too), "She is expected to stay for up to a year while a permanent chief executive is recruited" (the post
    # in the clause is the one still to fill): the person in the sentence takes neither.
    trust = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
    text = (
        f"{trust} chair Idris Penhallow will retire. Mr Penhallow said he was announcing his intention now to "
        "give enough time to recruit a new chairman and chief executive."
    )
    assert changes_of(nlp, text) == {("Idris Penhallow", "chair", trust, "departed")}
    clause = (
        f"{trust} has named an interim chief executive. Morwenna Tresize, a former hospital director, will "
        "start on 29 October. She is expected to stay for up to a year while a permanent chief executive is "
        "recruited."
    )
    assert not any(
        f[0] == "Morwenna Tresize" and f[3] == "holds" for f in events_of(nlp, clause, "2018-10-01")
    )


def test_a_change_someone_may_or_could_make_is_not_reported(nlp):
    # Item 221: "he said he may take on non-executive director roles or interim CEO jobs", "could leave next
    # year": speculation, not news; "will leave next year" is.
    trust = "United Lincolnshire Hospitals NHS Trust"
    first = f"Caradoc Vyvyan, chief executive of {trust}, will step down next year."
    assert changes_of(
        nlp, f"{first} But he said he may take on non-executive director roles or interim CEO jobs."
    ) == {("Caradoc Vyvyan", "chief executive", trust, "departed")}
    assert changes_of(nlp, f"Caradoc Vyvyan, chief executive of {trust}, could leave next year.") == set()


def test_a_trust_name_around_a_shorter_registered_name_is_the_longer_trust(nlp):
    # Item 222: "the Scarborough and North East Yorkshire NHS Trust" (the register's name has "Health Care" too)
    # was read as the "East Yorkshire" inside it, another trust, and "its finance director" went there.
    text = (
        "The departure of Cuthbert Ambrose, chief executive of the Scarborough and North East Yorkshire NHS Trust, "
        "and its finance director Philippa Redvers, was announced yesterday."
    )
    found = changes_of(nlp, text, "2008-06-01")
    assert {f[2] for f in found} == {"Scarborough and North East Yorkshire NHS Trust"}
    assert {f[0] for f in found} == {"Cuthbert Ambrose", "Philippa Redvers"}


def test_a_title_after_the_appointees_name_describes_them(nlp):
    # Item 223: "it had appointed a new interim chief executive, X, the chief executive of A, who will take up
    # her position next week": the new post is the one named before X; the title after X is the post X holds.
    trust = "Scarborough and North East Yorkshire Health Care NHS Trust"
    text = (
        f"{trust} has a new leader. Yesterday it was announced by the trust that it had appointed a new interim "
        "chief executive, Rosamund Keverne, the chief executive of Tameside Hospital NHS Foundation Trust, who "
        "will take up her position next week."
    )
    found = events_of(nlp, text, "2008-06-01")
    assert ("Rosamund Keverne", "chief executive", trust, "appointed", True, None) in found
    assert (
        "Rosamund Keverne",
        "chief executive",
        "Tameside Hospital NHS Foundation Trust",
        "holds",
        False,
        None,
    ) in found


def test_a_non_nhs_body_of_another_post_does_not_cancel_the_nhs_post(nlp):
    # Item 224: "former Royal College of Nursing chief executive X, who was appointed as interim chair earlier
    # this month": the college is the old post's body; the chair is still the trust's. Before, any college,
    # council or firm in the sentence left the chair with no organisation, and the appointment was lost.
    trust = "East Kent Hospitals University NHS Foundation Trust"
    text = (
        f"{trust} has a new chief executive. She will work alongside former Royal College of Nursing chief "
        "executive Bartholomew Quaye, who was appointed as interim chair earlier this month."
    )
    assert ("Bartholomew Quaye", "chair", trust, "appointed") in changes_of(nlp, text, "2017-10-05")
    firm = "Paignton software firm Quayline Systems has promoted its finance director, Ash Penwarden, to chief executive."
    assert changes_of(nlp, f"{trust} is in Kent. {firm}", "2017-10-05") == set()


def test_the_one_succeeded_is_a_person_even_when_the_entity_model_says_otherwise(nlp):
    # Item 225: "He will succeed Nikki Cole on 17 October": the small model tagged the given name as an
    # organisation, so the one succeeded was not a person and the implied departure was lost. After "succeed",
    # "replace" or "take over from", two capitalised words are a person.
    trust = "East Kent Hospitals University NHS Foundation Trust"
    text = f"Peregrine Tolley has been appointed as interim chair of {trust}. He will succeed Nikki Cole on 17 October."
    found = events_of(nlp, text, "2017-10-05")
    assert ("Peregrine Tolley", "chair", trust, "appointed", True, "2017-10-17") in found
    assert ("Nikki Cole", "chair", trust, "departed", False, "2017-10-17") in found


def test_a_date_in_another_persons_clause_is_not_this_change_s(nlp):
    # Item 226: "X said he was stepping down as medical director, while Y is retiring in November": November is
    # Y's; X's leaving has no date. A date in the other person's own clause of the same kind was taken.
    trust = "West Suffolk NHS Foundation Trust"
    text = (
        f"Medical director Lancelot Irby said he was stepping down from {trust} for personal reasons, while "
        "chief operating officer Hester Vosper is retiring in November."
    )
    found = events_of(nlp, text, "2021-09-01")
    assert ("Lancelot Irby", "medical director", trust, "departed", False, None) in found
    assert ("Hester Vosper", "chief operating officer", trust, "departed", False, "2021-11") in found
    both = f"Chair Elowen Tresco will retire from {trust} in March and chief executive Bram Polgrain will leave in June."
    found = events_of(nlp, both, "2021-09-01")
    assert ("Elowen Tresco", "chair", trust, "departed", False, "2022-03") in found
    assert ("Bram Polgrain", "chief executive", trust, "departed", False, "2022-06") in found


def test_no_longer_in_post_or_part_of_the_executive_team_is_a_departure(nlp):
    # Item 227: "confirmed chief transformation officer X and chief innovation officer Y would no longer be part
    # of its executive team", "is also no longer in post after failing to get the top job": departures; the
    # first of two people joined by "and" shares the trigger; the three chief officer titles are board posts.
    trust = "University Hospitals Birmingham NHS Foundation Trust"
    text = (
        f"In addition, {trust} today confirmed chief transformation officer Araminta Solly and chief innovation "
        "officer Crispin Dewhurst would no longer be part of its executive team."
    )
    assert changes_of(nlp, text, "2022-11-01") == {
        ("Araminta Solly", "chief transformation officer", trust, "departed"),
        ("Crispin Dewhurst", "chief innovation officer", trust, "departed"),
    }
    post = f"Dr Ottoline Fane, chief legal officer of {trust}, is also no longer in post after failing to get the top job."
    assert changes_of(nlp, post, "2022-11-01") == {
        ("Ottoline Fane", "chief legal officer", trust, "departed")
    }


# ---- review guards: wrong readings a reviewer found by varying the round's sentences ------------------------
TRUST = "Barnsley Hospital NHS Foundation Trust"


def test_review_years_as_reads_only_a_move(nlp):
    # Item 217: an interim post made permanent, a reappointment and a current post with an old year told before.
    assert changes_of(
        nlp,
        f"Juno Carrick was appointed chief executive of {TRUST} after 18 months as interim chief executive.",
    ) == {("Juno Carrick", "chief executive", TRUST, "appointed")}
    assert (
        changes_of(
            nlp, f"Sabine Orley has been reappointed for a second term after three years as chair of {TRUST}."
        )
        == set()
    )
    text = f"Tobit Rane, who joined the trust in 2014, will retire in March after eight years as chief executive of {TRUST}."
    assert changes_of(nlp, text) == {("Tobit Rane", "chief executive", TRUST, "departed")}


def test_review_time_is_right_needs_a_leaving(nlp):
    # Item 219: not "move on from the pandemic", "hand over the old site", a denial or a condition.
    for ending in (
        "said the time had come to move on from the pandemic.",
        "said the time was right to hand over the old site to the council.",
        'said: "Now is not the right time for me to step down."',
        'said: "When the time is right for me to step down, I will let the board know."',
    ):
        text = f"Tobit Rane, chief executive of {TRUST}, {ending}"
        assert changes_of(nlp, text) == set(), ending


def test_review_hedges_keep_the_post_held(nlp):
    # Item 221: "X, chief executive of A, could leave next year" still says X holds the post now.
    found = events_of(nlp, f"Tobit Rane, chief executive of {TRUST}, could leave next year.")
    assert found == {("Tobit Rane", "chief executive", TRUST, "holds", False, None)}


def test_review_framed_dates_are_present_plans_in_their_own_clause(nlp):
    # Item 212: "was due to start on 1 March but ..." is a changed plan; a date in another clause is not hers.
    first = f"Juno Carrick has been appointed chief executive of {TRUST}."
    for second in (
        "She was due to start on 1 March but the date has been moved.",
        "She is likely to start soon, and a decision on her deputy is expected in March.",
    ):
        assert ("Juno Carrick", "chief executive", TRUST, "appointed", False, None) in events_of(
            nlp, f"{first} {second}"
        )


def test_review_other_bodies_and_described_appointees(nlp):
    # Items 223, 224, 226: a council chief's new chair of a health and wellbeing board is no trust post; a second
    # appointee in a list keeps the appointment; a chair reporting the appointee's start does not hide the date.
    council = (
        f"{TRUST} has a new leader. Tobit Rane, chief executive of Barnsley Council, has been appointed chair of the "
        "Barnsley health and wellbeing board."
    )
    assert changes_of(nlp, council) == set()
    listed = (
        f"{TRUST} has appointed a new chief executive, Juno Carrick, and Dr Ansel Pike, medical director."
    )
    assert ("Ansel Pike", "medical director", TRUST, "appointed") in changes_of(nlp, listed)
    reported = f"Dr Ansel Pike has been appointed medical director of {TRUST} and chair Sabine Orley said he would start in April."
    assert ("Ansel Pike", "medical director", TRUST, "appointed", False, "2024-04") in events_of(
        nlp, reported
    )


def test_review_secondment_terms_and_asked_to_step_up(nlp):
    # Items 213, 215, 218.
    seconded = f"Interim chief executive Juno Carrick has been seconded to {TRUST} from NHS England until a permanent appointment is made."
    assert ("Juno Carrick", "chief executive", TRUST, "appointed") in changes_of(nlp, seconded)
    own_term = f"Sabine Orley, whose term of office ends in May, was appointed chair of {TRUST} in 2016."
    assert changes_of(nlp, own_term) == {("Sabine Orley", "chair", TRUST, "departed")}
    urged = f"Governors have urged chair Sabine Orley to step up and take responsibility for the failings at {TRUST}."
    assert changes_of(nlp, urged) == set()


def test_review_a_speakers_reported_clause_about_someone_else_is_not_the_speakers_change(nlp):
    # Item 228: "Chair Sarah X said he would start in April" after an appointment: "he" is the appointee, not the
    # speaker, so the chair is not appointed. "X, chair of A, said she would step down in April" still is hers.
    text = (
        f"Dr John Fairweather has been appointed medical director of {TRUST}. Chair Sarah Pendleton said he would "
        "start in April."
    )
    assert not any(f[0] == "Sarah Pendleton" for f in changes_of(nlp, text))
    own = f"Sarah Pendleton, chair of {TRUST}, said she would step down in April."
    assert changes_of(nlp, own) == {("Sarah Pendleton", "chair", TRUST, "departed")}
