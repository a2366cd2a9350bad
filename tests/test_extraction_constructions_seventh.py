"""Constructions found on the fourteenth round of real pages (rules log items 211 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_typographic_apostrophe_in_a_name_is_stored_as_the_plain_one(nlp):
    # Item 211: news writes "O’Rourke" with a typographic apostrophe; one person is one spelling in the store.
    text = "Niamh O’Rourke has been appointed chief executive of Dorset County Hospital NHS Foundation Trust."
    assert changes_of(nlp, text) == {
        ("Niamh O'Rourke", "chief executive", "Dorset County Hospital NHS Foundation Trust", "appointed")
    }


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
