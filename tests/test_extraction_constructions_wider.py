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
    # the register's short form; the ODS code keeps the register's identity. (Item 123: a text that also uses
    # the register's own form, "Wirral CCG", gets the register's name.)
    text = (
        "Wirral Clinical Commissioning Group has appointed Persis Okafor-Lund as its chair.\n\n"
        "The commissioning group said the appointment would take effect in June."
    )
    (result,) = list(extract_events(nlp, [(text, "2019-04-03", None)]))
    (event,) = [e for e in result.events if e.person == "Persis Okafor-Lund"]
    assert event.organisation == "Wirral Clinical Commissioning Group"
    assert event.ods_code == "12F"


def test_a_tenure_start_in_a_relative_clause_then_the_departure(nlp):
    # Item 83: "Mr X, who joined as chief executive in 2004, will step down at the end of July": the post he
    # leaves is the one the clause names, dated by the main clause, not by the clause's year.
    text = (
        "Tobias Penhale will leave Wye Valley NHS Trust this summer.\n\n"
        "Mr Penhale, who joined as chief executive in 2014, will step down at the end of July."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Tobias Penhale",
        "chief executive",
        "Wye Valley NHS Trust",
        "departed",
        False,
        "2023-07",
    ) in found


def test_a_relative_clause_about_past_employers_is_not_the_titles_organisation(nlp):
    # Item 84: "Interim chief executive X, who was previously chief executive of A before leaving to work for
    # B, ...": B (or A) is not where X is interim chief executive now.
    text = (
        "James Paget University Hospitals NHS Foundation Trust has named a new chair.\n\n"
        "Interim chief executive Caspar Wendron, who was previously chief executive of the trust before "
        "leaving in 2006 to work for Salisbury NHS Foundation Trust, said the appointment was welcome."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Caspar Wendron",
        "chief executive",
        "James Paget University Hospitals NHS Foundation Trust",
        "holds",
        True,
        None,
    ) in found
    assert not any("Salisbury" in f[2] for f in found)


def test_a_predecessor_announced_for_another_post_does_not_leave_it(nlp):
    # Item 85: "he will succeed Y, who was announced as chief executive of Z last year": Z is Y's new post.
    text = (
        "Ruan Kessell has been appointed chief executive of Royal Cornwall Hospitals NHS Trust, where he will "
        "succeed Doran Tregear, who was announced as chief executive of Public Health England last year."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert not any(
        f[0] == "Doran Tregear" and f[2] == "Public Health England" and f[3] == "departed" for f in found
    )


def test_will_chair_several_trusts(nlp):
    # Item 86: "X will chair A, B and C when he takes up the role in April": a chair of each, appointed.
    text = (
        "Piran Hocking will chair Royal Cornwall Hospitals NHS Trust, University Hospitals Plymouth NHS Trust "
        "and Torbay and South Devon NHS Foundation Trust when he takes up the role in April 2024."
    )
    found = {(f[0], f[1], f[2], f[3], f[5]) for f in events_of(nlp, text, "2023-12-01")}
    for trust in (
        "Royal Cornwall Hospitals NHS Trust",
        "University Hospitals Plymouth NHS Trust",
        "Torbay and South Devon NHS Foundation Trust",
    ):
        assert ("Piran Hocking", "chair", trust, "appointed", "2024-04") in found


def test_will_chair_the_meeting_is_not_a_post(nlp):
    # Item 86's bound: "will chair" a meeting (even the trust's board meeting) is no post.
    text = (
        "Piran Hocking, a non-executive director of Royal Cornwall Hospitals NHS Trust, will chair the trust's "
        "board meeting on Thursday."
    )
    assert not any(f[3] == "appointed" for f in events_of(nlp, text, "2023-12-01"))


def test_england_alone_is_the_country(nlp):
    # Item 87: "NHS England" gave "England" as a short form, so "chair of three trusts in England" was read
    # as a chair of NHS England.
    text = (
        "Morwenna Tallack is the only chair of three organisations in England, covering Wye Valley NHS "
        "Trust, George Eliot Hospital NHS Trust and South Warwickshire University NHS Foundation Trust."
    )
    assert not any(f[2] == "NHS England" for f in events_of(nlp, text, "2023-04-03"))


def test_strategic_health_authorities_are_organisations(nlp):
    # Item 88: the ten strategic health authorities of 2006-2013 and the 2011 clusters, by the names they used,
    # and any "... Strategic Health Authority", also one the entity model cuts at "and".
    text = (
        "Senara Pascoe, chairman of NHS London, said the board was grateful.\n\n"
        "Jory Lanyon, chief executive of Kent and Medway Strategic Health Authority, said the "
        "changes were welcome."
    )
    (result,) = list(extract_events(nlp, [(text, "2011-11-01", None)]))
    found = {(e.person, e.role, e.organisation, e.event) for e in result.events}
    assert ("Senara Pascoe", "chair", "NHS London", "holds") in found
    assert {e.org_key for e in result.events if e.person == "Senara Pascoe"} == {"name:NHS London"}
    assert (
        "Jory Lanyon",
        "chief executive",
        "Kent and Medway Strategic Health Authority",
        "holds",
    ) in found


def test_the_trusts_new_chair_will_be(nlp):
    # Item 89: "The trust's new acting chairman will be X": the copula names the appointee after a possessive
    # as after "The".
    text = (
        "Tressa Angove will step down as chairman of Royal Cornwall Hospitals NHS Trust next month.\n\n"
        "The trust's new acting chairman will be Peter Rowe."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert ("Peter Rowe", "chair", "Royal Cornwall Hospitals NHS Trust", "appointed", True, None) in found


def test_the_hospitals_deputy_steps_in_as_its_chief(nlp):
    # Item 90: "the hospital's deputy chief executive, X, will step in as its interim chief executive": the
    # hospital is the trust named before, and "its" is the hospital's.
    text = (
        "NHS Cornwall and Isles of Scilly Integrated Care Board has appointed Demelza Hosken, chief executive "
        "of Royal Cornwall Hospitals NHS Trust, as its chief executive. The integrated care board said it was "
        "delighted.\n\n"
        "She will start in May, when the hospital's deputy chief executive, Elowen Curnow, will step in as "
        "its interim chief executive."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Elowen Curnow",
        "chief executive",
        "Royal Cornwall Hospitals NHS Trust",
        "appointed",
        True,
        "2023-05",
    ) in found
    assert (
        "Elowen Curnow",
        "deputy chief executive",
        "Royal Cornwall Hospitals NHS Trust",
        "holds",
        False,
        None,
    ) in found


def test_a_regional_post_in_a_national_bodys_own_bulletin(nlp):
    # Item 91: a regional title in NHS Improvement's own bulletin is NHS Improvement's, though NHS England is
    # named later in passing.
    text = (
        "NHS Improvement staff bulletin.\n\n"
        "As joint working with NHS England develops, our regional managing director for the North, Hedra Vosper, "
        "will leave in March. Her deputy, Lowen Trethewey, will act as regional managing director until then."
    )
    found = {
        (f[0], f[2]) for f in events_of(nlp, text, "2018-12-10", title="NHS Improvement: executive changes")
    }
    assert ("Lowen Trethewey", "NHS Improvement") in found


def test_the_new_chair_will_be_someone_who_retired_elsewhere(nlp):
    # Item 92: the copula names the new holder even when the appointee's relative clause speaks of leaving.
    text = (
        "Tressa Angove will step down as chairman of Royal Cornwall Hospitals NHS Trust next month.\n\n"
        "The trust's new acting chairman will be the experienced Peter Rowe, who last year retired after a "
        "decade as chairman of a housing association."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert ("Peter Rowe", "chair", "Royal Cornwall Hospitals NHS Trust", "appointed", True, None) in found
    assert not any(f[0] == "Peter Rowe" and f[3] == "departed" for f in found)


def test_the_organisation_of_a_currently_clause_is_not_the_new_posts(nlp):
    # Item 93: "X, currently associate director at A, will take up her new post as director of nursing": the
    # new post is not at A (an apposition about the person, like a relative clause, keeps its organisations).
    text = (
        "Wye Valley NHS Trust has a new director of nursing.\n\n"
        "Marisol Penhaligon, currently an associate nurse director at NHS England, will take up her new post "
        "as director of nursing on 1 May."
    )
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Marisol Penhaligon",
        "chief nurse",
        "Wye Valley NHS Trust",
        "appointed",
        False,
        "2023-05-01",
    ) in found
    assert not any(f[2] == "NHS England" and f[3] == "appointed" for f in found)


def test_a_career_list_of_roles_is_history(nlp):
    # Item 94: "has been in executive director roles since 2003, including deputy chief executive and chief
    # operating officer": the titles listed are her past.
    text = (
        "Marisol Penhaligon will join Wye Valley NHS Trust as director of nursing in May.\n\n"
        "She has been in executive director roles since 2003, including deputy chief executive and chief "
        "operating officer."
    )
    found = {(f[0], f[1]) for f in events_of(nlp, text, "2023-04-03")}
    assert ("Marisol Penhaligon", "deputy chief executive") not in found
    assert ("Marisol Penhaligon", "chief operating officer") not in found


def test_a_plural_list_of_ccgs(nlp):
    # Item 95: "joint accountable officer for Shropshire and Telford & Wrekin CCGs": one post at each CCG the
    # plural lists (an area may hold "and"; "&" is "and").
    text = (
        "Oswin Tapp has been appointed as joint accountable officer for Shropshire and Telford & Wrekin CCGs.\n\n"
        "Leicester City, West Leicestershire, and East Leicestershire and Rutland CCGs have agreed to share a "
        "leader.\n\n"
        "Dr Tamsin Rule, chair of Telford & Wrekin CCG, welcomed the appointment."
    )
    (result,) = list(extract_events(nlp, [(text, "2019-10-03", None)]))
    assert {(e.person, e.ods_code, e.event) for e in result.events} == {
        ("Oswin Tapp", "05N", "appointed"),
        ("Oswin Tapp", "05X", "appointed"),
        ("Tamsin Rule", "05X", "holds"),
    }
    doc = nlp(text)
    assert {s.kb_id_ for s in doc.spans["nhs_orgs"]} >= {"05N", "05X", "04C", "04V", "03W"}


def test_a_title_beside_someone_who_will_take_up_the_role(nlp):
    # Item 96: "X, chief officer of A, will take up the role": "the role" is another post, A's is held.
    text = "Oswin Tapp, chief officer of NHS Telford and Wrekin CCG, will take up the role in November."
    found = {(f[0], f[1], f[3]) for f in events_of(nlp, text, "2019-10-03")}
    assert ("Oswin Tapp", "chief officer", "holds") in found  # as written (item 346)


def test_a_chief_executive_takes_the_helm_elsewhere(nlp):
    # Item 97: "X, who has been CEO of A for seven years, will take the helm at B": the helm of B is the top
    # post X holds at A, now at B (A's post is held until then).
    text = (
        "Demelza Hosken, who has been chief executive of Royal Cornwall Hospitals NHS Trust for seven years, "
        "will take the helm at NHS Cornwall and Isles of Scilly Integrated Care Board."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2021-11-01")}
    assert (
        "Demelza Hosken",
        "chief executive",
        "NHS Cornwall and Isles of Scilly Integrated Care Board",
        "appointed",
    ) in found
    assert ("Demelza Hosken", "chief executive", "Royal Cornwall Hospitals NHS Trust", "holds") in found


def test_a_director_taking_the_helm_is_not_given_a_post(nlp):
    # Item 97's bound: the helm is a chief executive's or chair's post; a finance director "taking the helm"
    # elsewhere names no post we can state.
    text = (
        "Demelza Hosken, who has been director of finance of Royal Cornwall Hospitals NHS Trust for seven "
        "years, will take the helm at NHS Cornwall and Isles of Scilly Integrated Care Board."
    )
    assert not any(f[3] == "appointed" for f in events_of(nlp, text, "2021-11-01"))


def test_a_trust_spelt_otherwise_than_the_register(nlp):
    # Item 98: "Rotherham, Doncaster and South Humber Mental Health NHS Foundation Trust" (a comma and words the
    # register's name lacks): the one trust with the same distinctive words (two or more: one is often a place).
    text = (
        "Dr Kerensa Vosper moves to the region from her previous post as chief executive of Rotherham, Doncaster "
        "and South Humber Mental Health NHS Foundation Trust."
    )
    (result,) = list(extract_events(nlp, [(text, "2019-04-03", None)]))
    assert {(e.person, e.ods_code, e.event) for e in result.events} == {("Kerensa Vosper", "RXE", "departed")}


def test_a_replacement_named_by_a_copula_or_a_passive(nlp):
    # Item 99: "His replacement, on an interim basis until October, is Y" and "He will be succeeded by Y" name
    # who takes the leaver's post, as "Her successor will be Y" does.
    text = (
        "Tobias Penhale has resigned as chair of Whittington Health NHS Trust.\n\n"
        "His replacement, on an interim basis until October, is Helen Yeats, a non-executive director since 2015."
        "\n===\n"
        "Morwenna Tallack will retire as chief executive of Wye Valley NHS Trust in March 2024.\n\n"
        "She will be succeeded by Peter Rowe."
    )
    first, second = text.split("\n===\n")
    assert ("Helen Yeats", "chair", "Whittington Health NHS Trust", "appointed", True, None) in events_of(
        nlp, first, "2023-06-01"
    )
    assert ("Peter Rowe", "chief executive", "Wye Valley NHS Trust", "appointed", False, None) in events_of(
        nlp, second, "2023-06-01"
    )


def test_a_national_title_for_england(nlp):
    # Item 100: "chief nursing officer for England" is NHS England's post (the register's "England" short form
    # was removed by item 87).
    text = (
        "Helen Yeats is retiring as chief nursing officer for England later this year, it has been announced."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2023-04-03")}
    assert ("Helen Yeats", "chief nurse", "NHS England", "departed") in found


def test_a_future_copula_names_the_appointee(nlp):
    # Item 101: "The Royal Free's interim chief executive will be X": a future copula names who takes the post
    # (a present one, "is X", names who holds it).
    text = "The Royal Free London NHS Foundation Trust's interim chief executive will be Peter Rowe."
    found = events_of(nlp, text, "2023-04-03")
    assert (
        "Peter Rowe",
        "chief executive",
        "Royal Free London NHS Foundation Trust",
        "appointed",
        True,
        None,
    ) in found
    now = "The Royal Free London NHS Foundation Trust's interim chief executive is Peter Rowe."
    assert {f[3] for f in events_of(nlp, now, "2023-04-03")} == {"holds"}


def test_a_place_before_a_title(nlp):
    # Item 102: "new Royal Free CEO": capitalised words before a title that open exactly one trust's name.
    text = "NHS England has announced changes in London.\n\n- Peter Rowe will be new Royal Free CEO"
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2023-04-03")}
    assert ("Peter Rowe", "chief executive", "Royal Free London NHS Foundation Trust", "appointed") in found


def test_the_persons_own_clause_is_not_where_the_new_post_is(nlp):
    # Item 103: "X, who currently has the top job at A, will replace Y": the post taken is the headline's at
    # the story's trust, not at A; and "Chair at A (AB), and will now become interim Chair of the trust": the
    # trust is not A, named with its acronym.
    first = (
        "Neil Polwhele, who currently has the top job at Buckinghamshire Healthcare NHS Trust, will replace "
        "Sir Jory Nance, who is retiring in February, at Frimley Health NHS Foundation Trust."
    )
    found = events_of(nlp, first, "2017-11-30", title="Trust names new chief executive")
    assert (
        "Neil Polwhele",
        "chief executive",
        "Frimley Health NHS Foundation Trust",
        "appointed",
        False,
        "2018-02",
    ) in found
    second = (
        "Heart of England NHS Foundation Trust has a new leadership team.\n\n"
        "Helen Yeats is currently the Chair at University Hospitals Birmingham (UHB), and will now become interim "
        "Chair of the trust."
    )
    found = events_of(
        nlp, second, "2015-10-01", title="Heart of England NHS Foundation Trust names interim chair"
    )
    assert ("Helen Yeats", "chair", "Heart of England NHS Foundation Trust", "appointed", True, None) in found


def test_a_predecessor_now_elsewhere_keeps_the_new_post(nlp):
    # Item 104: "He replaced Y, now chief executive of Z": Z is Y's post now, not the one left.
    text = (
        "Peter Rowe has resigned as chief executive of South East Coast Ambulance Service NHS Foundation Trust. "
        "He replaced Jory Nance, now chief executive of North West Ambulance Service NHS Trust, in 2020."
    )
    found = {(f[0], f[2], f[3]) for f in events_of(nlp, text, "2022-03-01")}
    assert ("Jory Nance", "North West Ambulance Service NHS Trust", "departed") not in found


def test_a_post_being_recruited_has_no_holder(nlp):
    # Item 105: "the decision to start recruiting a new chief executive before he could appeal": the post
    # sought is not the pronoun's.
    text = (
        "Peter Rowe was dismissed as chief executive of United Lincolnshire Hospitals NHS Trust.\n\n"
        "He said the decision to start recruiting a new chief executive before he could appeal was unfair."
    )
    found = {(f[0], f[3]) for f in events_of(nlp, text, "2013-03-01")}
    assert ("Peter Rowe", "appointed") not in found
    assert ("Peter Rowe", "departed") in found


def test_a_change_noun_dated_years_before_is_history(nlp):
    # Item 106: "following the resignation of former CEO X and Chairman Y in 2006" in a 2013 story: history.
    text = (
        "Tobias Penhale has announced his retirement as chief executive of Pennine Acute Hospitals NHS Trust.\n\n"
        "Mr Penhale was appointed following the resignation of chief executive Jory Nance and chairman Peter Rowe "
        "in 2006."
    )
    found = {(f[0], f[3]) for f in events_of(nlp, text, "2013-10-04")}
    assert ("Peter Rowe", "departed") not in found and ("Jory Nance", "departed") not in found


def test_a_regulator_appoints_a_titled_member_of_the_board(nlp):
    # Items 107 and 108: "The NTDA has appointed vice-chairman X to take over from Y": the title before the
    # name is X's own post (held), and it is at the trust, not at the appointing national body.
    text = (
        "Barts Health NHS Trust will have a new chair next month.\n\n"
        "The NHS Trust Development Authority has temporarily appointed vice-chairman Philip Rowe to take over "
        "from Sir Jory Nance."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, "2014-03-01")}
    # the label is the guideline's "vice chair" since item 422 (it was kept as written, "vice-chairman")
    assert ("Philip Rowe", "vice chair", "Barts Health NHS Trust", "holds") in found
    assert not any(f[2] == "NHS Trust Development Authority" for f in found)


def test_a_lede_leaver_named_in_the_next_sentence(nlp):
    # Item 109: "THE chief executive of a troubled hospital trust will stand down at Christmas. X, chief executive
    # of A, will join B in the new year.": the leaver is the person introduced next with that title.
    text = (
        "THE chief executive of a troubled hospital trust will stand down from his post at Christmas.\n\n"
        "Peter Rowe, chief executive of Royal Cornwall Hospitals NHS Trust, will join Torbay and South Devon "
        "NHS Foundation Trust in the new year."
    )
    found = {(f[0], f[1], f[2], f[3]) for f in events_of(nlp, text, None)}
    assert ("Peter Rowe", "chief executive", "Royal Cornwall Hospitals NHS Trust", "departed") in found
