"""Constructions found by running the extractor on real pages outside every evaluation set (the 2026-12 probe of
30 pages; research log items 75 onwards in tests/fixtures/extraction/constructions/extractor-rules-2026-12.md).
One original sentence each: fictional people, real organisations."""

from __future__ import annotations

from datetime import date

from nhs_leaders.nlp.cues import Event
from nhs_leaders.nlp.events import without_tenure_starts
from nhs_leaders.nlp.pipeline import extract_events


def events_of(nlp, text: str, published: str | None, title: str | None = None) -> set[tuple]:
    """(person, role, organisation, event, interim, date) of every event extracted from ``text``."""
    (result,) = list(extract_events(nlp, [(text, published, None, title)]))
    return {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}


def test_currently_speaks_of_its_own_clause(nlp):
    # Item 75: the comma closes what "currently" describes; the post after it is the new one.
    text = (
        "Marisol Penhaligon, currently head of patient experience at NHS England, will take up her new post as "
        "interim director of nursing at Gloucestershire Hospitals NHS Foundation Trust on 1 May."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Marisol Penhaligon",
        "chief nurse",
        "Gloucestershire Hospitals NHS Foundation Trust",
        "appointed",
        True,
        "2023-05-01",
    ) in found
    assert not any(f[0] == "Marisol Penhaligon" and f[3] == "holds" for f in found)


def test_the_nhs_trust_is_the_trust_of_the_story(nlp):
    # Item 76: "chief executive of the NHS Trust" names no trust: it is the one the text is about.
    text = (
        "Orla Kestrel-Bayne has been appointed chair of Dorset County Hospital NHS Foundation Trust.\n\n"
        "Ifan Pellow, chief executive of the NHS Trust, said the board was delighted."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Ifan Pellow",
        "chief executive",
        "Dorset County Hospital NHS Foundation Trust",
        "holds",
        False,
        None,
    ) in found
    assert not any(f[2] == "NHS Trust" for f in found)


def test_the_start_of_a_tenure_that_is_ending_is_history(nlp):
    # Item 77: a departure story dates when the leaver took the post; that start is not news.
    text = (
        "Ravi Thorncombe, chair of Isle of Wight NHS Trust, will step down at the end of June.\n\n"
        "Mr Thorncombe took over as chair in March 2021, having chaired a housing charity before."
    )
    found = events_of(nlp, text, "2024-06-10")
    assert ("Ravi Thorncombe", "chair", "Isle of Wight NHS Trust", "departed", False, "2024-06") in found
    assert not any(f[0] == "Ravi Thorncombe" and f[3] == "appointed" for f in found)


def _post_change(event: str, date: str | None) -> Event:
    return Event(
        person="Hollis Ambrose-Tate",
        role="chief executive",
        role_text="interim chief executive",
        organisation="Isle of Wight NHS Trust",
        org_key="R1F",
        ods_code="R1F",
        event=event,
        interim=True,
        date=date,
        date_precision=None,
        evidence="",
        start=0,
        end=0,
        sentence_start=0,
        confidence=1.0,
    )


def test_a_recent_start_and_a_later_end_are_both_news():
    # Item 77's bound: an interim post begun in May and ending in September is two changes, both kept;
    # a start two years before the end dates the tenure only.
    recent = [_post_change("appointed", "2024-05-01"), _post_change("departed", "2024-09")]
    assert without_tenure_starts(recent, date(2024, 6, 10)) == recent
    old = [_post_change("appointed", "2022-05"), _post_change("departed", None)]
    assert [e.event for e in without_tenure_starts(old, date(2024, 6, 10))] == ["departed"]


def test_stepped_away_and_moved_aside_are_departures(nlp):
    # Item 78: "stepped away from her role", "have moved aside" (during an inquiry) end the post held.
    text = (
        "Tamsin Grealey, chief executive of Walsall Healthcare NHS Trust, has stepped away from her role while "
        "an independent review takes place.\n\n"
        "Bede Ashcombe, chair of NHS Knowsley CCG, and Noor Haddow, its accountable officer, have moved aside."
    )
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2023-04-03")}
    assert ("Tamsin Grealey", "chief executive", "departed") in found
    assert ("Bede Ashcombe", "chair", "departed") in found
    assert ("Noor Haddow", "chief executive", "departed") in found


def test_an_appointment_announced_before_the_appointee_is_named(nlp):
    # Item 79: "X has appointed an interim chief executive." then the appointee, who "currently" leads
    # another trust, is introduced without the title: the interim post at X is hers.
    text = (
        "Wye Valley NHS Trust has appointed an interim chief executive.\n\n"
        "Delphine Farrant-Lee, currently chief executive of Worcestershire Acute Hospitals NHS Trust, will take "
        "interim charge at the trust next month."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Delphine Farrant-Lee",
        "chief executive",
        "Wye Valley NHS Trust",
        "appointed",
        True,
        "2023-05",
    ) in found
    assert (
        "Delphine Farrant-Lee",
        "chief executive",
        "Worcestershire Acute Hospitals NHS Trust",
        "holds",
        False,
        None,
    ) in found


def test_a_hedged_return_is_not_an_appointment(nlp):
    # Item 80: "he may return to volunteer" under a headline naming the post is speculation, not news.
    text = (
        "Gideon Marwood, chief executive of Tameside and Glossop Integrated Care NHS Foundation Trust, has "
        "announced his retirement.\n\n"
        "Mr Marwood said he may return to volunteer in the community after he retires."
    )
    found = events_of(nlp, text, "2023-04-03", title="Chief executive announces retirement")
    assert not any(f[3] == "appointed" for f in found)
    assert any(f[0] == "Gideon Marwood" and f[3] == "departed" for f in found)


def test_the_commissioning_group_is_the_ccg(nlp):
    # Item 81: "interim chair of the commissioning group" points back to the CCG named before, not to
    # the appointee's own employer named in the same sentence.
    text = (
        "Bede Ashcombe, chair of NHS Knowsley CCG, has resigned.\n\n"
        "Helen Yeats, a regional director at NHS England, will step in as interim chair of the commissioning group."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert ("Helen Yeats", "chair", "NHS Knowsley CCG", "appointed", True, None) in found


def test_the_organisation_is_named_as_the_text_states_it(nlp):
    # Item 82: records give the fullest name the text uses ("Wirral Clinical Commissioning Group"), not
    # the register's short form; the ODS code keeps the register's identity.
    text = (
        "Wirral Clinical Commissioning Group has appointed Persis Okafor-Lund as its chair.\n\n"
        "Wirral CCG said the appointment would take effect in June."
    )
    (result,) = list(extract_events(nlp, [(text, "2019-04-03", None)]))
    (event,) = [e for e in result.events if e.person == "Persis Okafor-Lund"]
    assert event.organisation == "Wirral Clinical Commissioning Group"
    assert event.ods_code == "12F"
