"""One short original text per phenomenon the extractor must handle (issue: extraction on real prose)."""

from __future__ import annotations

import pytest
from nhs_leaders.nlp.pipeline import extract_events

CASES = [
    (
        "apposition",
        "Priya Raman, chief executive of Leeds Teaching Hospitals NHS Trust, said the winter had been hard.",
        {("Priya Raman", "chief executive", "holds")},
    ),
    (
        "role before name",
        "Sheffield Teaching Hospitals NHS Foundation Trust chief executive Tomas Varga said staff were exhausted.",
        {("Tomas Varga", "chief executive", "holds")},
    ),
    (
        "announced appointment with start date",
        "Gloucestershire Hospitals NHS Foundation Trust has appointed Dr Ruth Ellery as its new medical director. "
        "She will take up the post on 1 March.",
        {("Ruth Ellery", "medical director", "appointed")},
    ),
    (
        "currently elsewhere is holds",
        "Marcus Webb will join Dorset County Hospital NHS Foundation Trust as chief financial officer in May. "
        "He is currently director of finance at Yeovil District Hospital NHS Foundation Trust.",
        {
            ("Marcus Webb", "chief financial officer", "appointed"),
            ("Marcus Webb", "chief financial officer", "holds"),
        },
    ),
    (
        "career history",
        "Professor Alan Birch, who was previously chief executive of Walsall Healthcare NHS Trust, spoke at the "
        "conference.",
        set(),
    ),
    (
        "non-NHS role",
        "Leeds City Council has appointed Janet Moss as its chief executive from 1 June.",
        set(),
    ),
    (
        "retirement announced ahead",
        "Dame Olive Carter, chair of Kettering General Hospital NHS Foundation Trust, will retire in March.",
        {("Olive Carter", "chair", "departed")},
    ),
    (
        "board minutes list",
        "Walsall Healthcare NHS Trust\nMinutes of the Board of Directors\n\nPresent:\nJohn Arkwright, Chair\n"
        "Susan Pryce, Chief Executive\n\nThe minutes were agreed.",
        {("John Arkwright", "chair", "holds"), ("Susan Pryce", "chief executive", "holds")},
    ),
    (
        "cancelled appointment",
        "Walsall Healthcare NHS Trust named Peter Lund as its chief executive in June. The trust said on Friday "
        "that Peter Lund will not be taking up the role.",
        set(),
    ),
    (
        "joins from X where she was",
        "Dr Mira Shah will join Bradford Teaching Hospitals NHS Foundation Trust as chief nurse in June. She joins "
        "from Airedale NHS Foundation Trust, where she was chief nurse for five years.",
        {("Mira Shah", "chief nurse", "appointed"), ("Mira Shah", "chief nurse", "departed")},
    ),
    (
        "succeeds is an implied departure",
        "Walsall Healthcare NHS Trust has appointed Owen Price as chief financial officer. He succeeds Lorna Byrne, "
        "who has been chief financial officer since 2017.",
        {
            ("Owen Price", "chief financial officer", "appointed"),
            ("Lorna Byrne", "chief financial officer", "departed"),
        },
    ),
    (
        "dismissal",
        "Royal Papworth Hospital NHS Foundation Trust has dismissed its chief operating officer, Dean Walsh, after "
        "a disciplinary hearing.",
        {("Dean Walsh", "chief operating officer", "departed")},
    ),
    (
        "suspension",
        "The chief executive of Royal Cornwall Hospitals NHS Trust, Kate Shields, has been suspended pending an "
        "investigation.",
        {("Kate Shields", "chief executive", "departed")},
    ),
    (
        "death in post",
        "Wye Valley NHS Trust has announced the death of its chair, Robert Ellis, who died suddenly at home.",
        {("Robert Ellis", "chair", "departed")},
    ),
    (
        "acting up",
        "Her deputy, Aisha Noor, deputy chief operating officer at Barnsley Hospital NHS Foundation Trust, will act "
        "up as chief operating officer from 1 May.",
        {
            ("Aisha Noor", "deputy chief operating officer", "holds"),
            ("Aisha Noor", "chief operating officer", "appointed"),
        },
    ),
    (
        "interim made permanent",
        "Lydia Marchetti, who has been interim chief executive of Walsall Healthcare NHS Trust since September, has "
        "been appointed permanently to the role from 1 February.",
        {("Lydia Marchetti", "chief executive", "appointed")},
    ),
    (
        "following the departure of",
        "Walsall Healthcare NHS Trust has appointed Ann Cole as interim chief executive from 1 December, following "
        "the departure of Graham Petrie on 30 November.",
        {("Ann Cole", "chief executive", "appointed"), ("Graham Petrie", "chief executive", "departed")},
    ),
    (
        "joins from an unnamed trust",
        "Walsall Healthcare NHS Trust has appointed Jo Ellery as chief operating officer. Ms Ellery joins from a "
        "neighbouring trust, where she was director of operations.",
        {("Jo Ellery", "chief operating officer", "appointed")},
    ),
    (
        "committee chairing is not a board role",
        "Helen Marsh, a non-executive director of Barts Health NHS Trust, will chair the audit committee. "
        "She is chair of the audit committee.",
        {("Helen Marsh", "non-executive director", "holds")},
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_phenomenon(nlp, name, text, expected):
    (result,) = list(extract_events(nlp, [(text, "2024-01-15", None)]))
    found = {(e.person, e.role, e.event) for e in result.events}
    assert found == expected, [(e.person, e.role, e.organisation, e.event) for e in result.events]
    notes = {e.note for e in result.events}
    if name in {"suspension", "death in post"}:
        assert name in notes
    if name == "acting up":
        assert [e.interim for e in result.events if e.event == "appointed"] == [True]


def test_group_chief_executive_gives_one_event_per_trust(nlp):
    text = (
        "The boards of Kettering General Hospital NHS Foundation Trust and Northampton General Hospital NHS "
        "Trust have appointed Dr Femi Adeyemi as their group chief executive from 1 April."
    )
    (result,) = list(extract_events(nlp, [(text, "2024-01-15", None)]))
    got = {(e.person, e.role, e.ods_code, e.event, e.date) for e in result.events}
    assert got == {
        ("Femi Adeyemi", "chief executive", "RNQ", "appointed", "2024-04-01"),
        ("Femi Adeyemi", "chief executive", "RNS", "appointed", "2024-04-01"),
    }


def test_surname_and_honorific_resolve_to_full_name_and_same_surname_people_stay_apart(nlp):
    text = (
        "Ian Dalton is chief executive of NHS Improvement. Sir David Dalton, chief executive of Salford Royal "
        "NHS Foundation Trust, welcomed the plan. Mr Dalton said it would help."
    )
    (result,) = list(extract_events(nlp, [(text, None, None)]))
    people = {(e.person, e.organisation) for e in result.events}
    assert ("Ian Dalton", "NHS Improvement") in people
    assert ("David Dalton", "Salford Royal NHS Foundation Trust") in people
    honorifics = {e.person: e.honorific for e in result.events}
    assert honorifics["David Dalton"] == "Sir"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Jo Reid has been appointed chief executive of Barts Health NHS Trust and will start on 1 April.",
            "2023-11-10",
            ("2024-04-01", "day"),
        ),
        (
            "Jo Reid, chair of Barts Health NHS Trust, stepped down in December.",
            "2024-03-02",
            ("2023-12", "month"),
        ),
        (
            "Jo Reid has been appointed chair of Barts Health NHS Trust with immediate effect.",
            "2024-03-02",
            ("2024-03-02", "day"),
        ),
    ],
)
def test_dates_resolve_against_publication(nlp, text, published, expected):
    (result,) = list(extract_events(nlp, [(text, published, None)]))
    changes = [e for e in result.events if e.event != "holds"]
    assert [(e.date, e.date_precision) for e in changes] == [expected]


def test_announced_list_of_appointees(nlp):
    text = (
        "Barnsley Hospital NHS Foundation Trust has appointed two new non-executive directors, who will join "
        "the Board on 1 June 2024.\n\nThe new non-executive directors are:\n\nDr Amara Obi\nDr Obi is a GP "
        "in Penistone and chairs a local carers' charity.\n\nRoss Kettering\nMr Kettering is a retired "
        "accountant.\n\nThe trust's chair, Helen Dawes, welcomed them."
    )
    (result,) = list(extract_events(nlp, [(text, "2024-05-02", None)]))
    appointed = {(e.person, e.role, e.date) for e in result.events if e.event == "appointed"}
    assert appointed == {
        ("Amara Obi", "non-executive director", "2024-06-01"),
        ("Ross Kettering", "non-executive director", "2024-06-01"),
    }


def test_chair_as_a_verb_on_an_interim_basis(nlp):
    text = (
        "Walsall Healthcare NHS Trust has announced that its chair, Russell Beale, will retire when his term "
        "ends on 31 March. Vice-chair Mary Chan will chair the Board on an interim basis."
    )
    (result,) = list(extract_events(nlp, [(text, "2024-01-15", None)]))
    found = {(e.person, e.role, e.event, e.interim) for e in result.events}
    assert found == {
        ("Russell Beale", "chair", "departed", False),
        ("Mary Chan", "vice chair", "holds", False),
        ("Mary Chan", "chair", "appointed", True),
    }


def test_old_appointment_in_a_relative_clause_is_holds(nlp):
    text = (
        "Sue Smith, who was appointed chair of Dorset County Hospital NHS Foundation Trust in 2019, said the "
        "board was united."
    )
    (result,) = list(extract_events(nlp, [(text, "2022-09-01", None)]))
    assert {(e.person, e.role, e.event) for e in result.events} == {("Sue Smith", "chair", "holds")}


def test_new_post_at_an_unnamed_organisation_is_not_pinned_on_the_current_one(nlp):
    text = (
        "Dr Jane Evans, currently medical director at Frimley Health NHS Foundation Trust, has been appointed "
        "chief executive and will take up the post in January 2023."
    )
    (result,) = list(extract_events(nlp, [(text, "2022-09-01", None)]))
    assert {(e.person, e.role, e.organisation, e.event) for e in result.events} == {
        ("Jane Evans", "medical director", "Frimley Health NHS Foundation Trust", "holds")
    }
