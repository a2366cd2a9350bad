"""Constructions found on the thirty-eighth round of real pages (rules log items 459 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from nhs_leaders.nlp.pipeline import extract_events

from tests.construction_helpers import changes_of, events_of, holds_of


def test_two_titled_people_announcing_their_departures_in_the_plural(nlp):
    # Item 459: "chief executive A and chief nurse B announced their departures": plural notices after "their",
    # told of two people (the parser makes them two subjects, not one with a conjunct). Before, "departures" was
    # not among the plural notices and two subjects did not count as two people: both posts were read as held.
    text = (
        "Worcestershire Acute Hospitals NHS Trust chief executive Ottilie Brennand and chief nurse Fenwick Ashby "
        "announced their departures in March."
    )
    found = {(p, r, e) for p, r, _, e in changes_of(nlp, text, "2022-06-01")}
    assert {
        ("Ottilie Brennand", "chief executive", "departed"),
        ("Fenwick Ashby", "chief nurse", "departed"),
    } <= found, found


def test_a_leaver_s_privilege_to_serve_as_the_post_is_no_appointment(nlp):
    # Item 460: a departing chair's words "it had been a privilege to serve as chairman since April 2016" look
    # back on the post held. Before, the infinitive "to serve as" was read as a post taken up, so the leaver was
    # also appointed to the post being left.
    text = (
        "NHS Highland chair Dunstan Aldous is to stand down. Mr Aldous said that it had been a privilege to serve "
        "as chairman since April 2016."
    )
    found = changes_of(nlp, text, "2018-11-01")
    assert ("Dunstan Aldous", "chair", "NHS Highland", "departed") in found, found
    assert not any(e == "appointed" for *_, e in found), found
    # a post still to come keeps its reading: "it will be a privilege to lead" is the appointee's
    text = "Marisol Quint has been appointed chief executive of NHS England. She said it will be a privilege to lead it."
    assert ("Marisol Quint", "chief executive", "NHS England", "appointed") in changes_of(
        nlp, text, "2018-11-01"
    )


def test_a_leaver_returning_as_a_consultant_takes_no_headline_post(nlp):
    # Item 460's mend: under "NHS Highland chairman resigns", a leaving medical director who "would return to
    # frontline clinical care as a consultant physician" takes a capacity the sentence names, not the headline's
    # chair. Before, the headline's post went to him as an appointment (hidden while the chair's own farewell
    # was misread as the chair's appointment, which the headline pass would not give twice).
    text = (
        "NHS Highland chair Dunstan Aldous has resigned. Medical director Dr Tobias Wrenfield is also set to step "
        "down. Mr Wrenfield said he would return to frontline clinical care as a consultant physician."
    )
    found = events_of(nlp, text, "2019-01-01", title="NHS Highland chairman resigns")
    assert not any(f[0] == "Tobias Wrenfield" and f[3] == "appointed" for f in found), found
    assert ("Tobias Wrenfield", "medical director", "NHS Highland", "departed") in {f[:4] for f in found}, (
        found
    )
    # after the review: a capacity of leading ("as its new leader") is the headline's post
    text = (
        "Leeds Teaching Hospitals NHS Trust has chosen its new leader. Dr Omar Hasselby will join the trust as its "
        "new leader in September."
    )
    found = events_of(
        nlp, text, "2026-06-01", title="Leeds Teaching Hospitals NHS Trust appoints new chief executive"
    )
    assert ("Omar Hasselby", "chief executive", "Leeds Teaching Hospitals NHS Trust", "appointed") in {
        f[:4] for f in found
    }, found


def test_a_post_someone_is_only_a_candidate_for_is_neither_taken_nor_held(nlp):
    # Item 461: speculation and applications ("tipped to become", "the favourite to become", "in the running to
    # become", "applied to become", "shortlisted for", "turned down the post of") name a post the person does
    # not take. Before, each was read as an appointment or a post held.
    sentences = [
        "Ravinder Colquhoun has been tipped to become the next chief executive of NHS England.",
        "Ravinder Colquhoun is the favourite to become chair of Leeds Teaching Hospitals NHS Trust.",
        "Ravinder Colquhoun is in the running to become chief executive of Leeds Teaching Hospitals NHS Trust.",
        "Ravinder Colquhoun had applied to become the new chief executive of NHS England.",
        "Ravinder Colquhoun was shortlisted for the post of chief executive of Leeds Teaching Hospitals NHS Trust.",
        "Ravinder Colquhoun turned down the post of chief executive of Leeds Teaching Hospitals NHS Trust.",
    ]
    for text in sentences:
        assert not events_of(nlp, text, "2021-08-01"), text
    # after the review: a title written before its holder's name ("chief executive X") describes X, not a post
    # sought; "turned down" / "interviewed for" are candidacy only for a post, role, job or position
    for text in [
        "Nurses applied to join the new team led by chief executive Mark Harrowby of NHS Fife.",
        "Directors in line for bonuses such as chief executive Mark Harrowby of NHS Fife were criticised.",
        "Chair Sue Lambeth turned down the offer of a pay rise as chair of NHS Tayside.",
        "Mark Harrowby was interviewed for BBC Scotland as chief executive of NHS Fife.",
    ]:
        assert any(f[3] == "holds" for f in events_of(nlp, text, "2021-08-01")), text
    # whoever the candidates are, the post they seek is no one's here (not the speaker's new post)
    text = "Chief executive Mark Harrowby of NHS Fife said several nurses had applied to become chief nurse."
    assert not changes_of(nlp, text, "2021-08-01")
    # the phrase governs its own clause only: a later appointment in the sentence stands
    text = "Ravinder Colquhoun, who was tipped for the top job, was appointed chief executive of NHS England."
    assert ("Ravinder Colquhoun", "chief executive", "NHS England", "appointed") in changes_of(
        nlp, text, "2021-08-01"
    )


def test_an_acronym_title_is_recorded_spelt_out(nlp):
    # Item 462: "the CIO at the Royal Free", "CCIO", "SID": roles outside the guideline's list are kept as written,
    # and an acronym was kept as its letters ("cio"), which matches no spelt-out record of the same post and
    # which no one searching for "chief information officer" finds. An acronym now stands for the listed title
    # whose initials it is, else its role.
    text = (
        "Wilfred Smartt, the CIO at Leeds Teaching Hospitals NHS Trust, and Orla Pennick, its CCIO, spoke. "
        "Dev Anand, SID of Leeds Teaching Hospitals NHS Trust, chaired the session."
    )
    roles = {(p, r) for p, r, _ in holds_of(nlp, text, "2016-01-10")}
    assert {
        ("Wilfred Smartt", "chief information officer"),
        ("Orla Pennick", "chief clinical information officer"),
        ("Dev Anand", "senior independent director"),
    } <= roles, roles


def test_a_chief_executive_taking_over_at_a_trust_takes_its_chief_executive_s_post(nlp):
    # Item 463: "is stepping down as chief executive of the county council to take over at A", "X, chief
    # executive of B, will take over at A while a new boss is appointed": no title for the new post, but a chief
    # executive taking over at a body takes its top post, as "to lead A" is. Before, nothing was read.
    text = (
        "Anselm Mayhew is stepping down as chief executive of Nottinghamshire County Council to take over at "
        "Nottingham University Hospitals NHS Trust."
    )
    assert ("Anselm Mayhew", "chief executive", "Nottingham University Hospitals NHS Trust", "appointed") in (
        changes_of(nlp, text, "2022-05-11")
    )
    # a post named ("take over as chair at A") keeps its title; one taken over in the past is history; someone
    # who is no chief executive names no post we can state (item 97's bound on "take the helm")
    text = "Philippa Orme will take over as chair at Walsall Healthcare NHS Trust."
    assert {r for _, r, _, e in changes_of(nlp, text, "2022-05-11") if e == "appointed"} == {"chair"}
    text = "Philippa Orme, chief executive of Walsall Healthcare NHS Trust, who took over at Dudley in 2015, spoke."
    assert not changes_of(nlp, text, "2022-05-11")
    text = (
        "Anselm Mayhew is stepping down as medical director of Walsall Healthcare NHS Trust to take over at Leeds "
        "Teaching Hospitals NHS Trust."
    )
    assert not any(e == "appointed" for *_, e in changes_of(nlp, text, "2022-05-11"))
    # after the review: the chief executive's title must not be another named person's
    text = (
        "Chief executive Sabine Ballard said medical director Dr Tobias Rowell would step down in June to take over "
        "at Airedale NHS Foundation Trust."
    )
    assert not any(
        p == "Tobias Rowell" and e == "appointed" for p, _, _, e in changes_of(nlp, text, "2024-06-01")
    )


def test_leading_the_body_after_an_appointment_there_is_that_post(nlp):
    # Item 464: "X has been appointed as the interim chairman for A. He will lead the trust into the next phase":
    # leading A is what the post just told does, not a second, chief executive's post. Before, X was also
    # appointed A's chief executive.
    text = (
        "Barnaby Quell has been appointed as the interim chairman for Greater Manchester Mental Health NHS Trust. "
        "He will lead the trust into the next phase of its improvement process."
    )
    found = {(r, e) for p, r, _, e in changes_of(nlp, text, "2022-11-01") if p == "Barnaby Quell"}
    assert found == {("chair", "appointed")}, found
    # after the review: only a chair's appointment bounds it; a chief operating officer who "will lead the trust
    # when the chief executive retires" is taking the chief executive's post
    text = (
        "Juno Roebuck has been appointed chief operating officer of Walsall Healthcare NHS Trust. From next April "
        "Ms Roebuck will lead the trust, when chief executive Ansel Bellamy retires."
    )
    found = {(r, e) for p, r, _, e in changes_of(nlp, text, "2024-06-01") if p == "Juno Roebuck"}
    assert ("chief executive", "appointed") in found, found


def test_a_departure_without_a_title_leaves_the_post_told_in_a_history_sentence(nlp):
    # Item 465: "X was appointed chief executive of A in January last year. ... Mr X will leave the post before
    # the end of this month to take up the role of chief executive at B": the appointment is history (not
    # news), so the document held no post of X's for the title-less leaving to take, and A's departure was lost.
    # The one post a history sentence told X taking is the one left.
    text = (
        "Ossian Braddock was appointed chief executive of Leeds Teaching Hospitals NHS Trust in January last "
        "year. It has now been announced Mr Braddock will leave the post before the end of this month to take up "
        "the role of chief executive at NHS Orkney."
    )
    leeds_departure = ("Ossian Braddock", "chief executive", "Leeds Teaching Hospitals NHS Trust", "departed")
    found = changes_of(nlp, text, "2020-10-01")
    assert leeds_departure in found, found
    assert ("Ossian Braddock", "chief executive", "NHS Orkney", "appointed") in found, found
    # the post may be told after the leaving
    text = (
        "Ossian Braddock is leaving Leeds Teaching Hospitals NHS Trust to take up a role at a software company. "
        "Ossian joined Leeds Teaching Hospitals NHS Trust as chief executive in January 2019."
    )
    found = changes_of(nlp, text, "2021-06-01")
    assert leeds_departure in found, found
    # after the review: the leaving must be of the post or its body, and not itself history
    for text in [
        "Dr Ossian Braddock joined Walsall Healthcare NHS Trust as medical director in 2015. Dr Braddock will leave "
        "the board meeting early to attend a clinic.",
        "Ossian Braddock was appointed chief executive of Leeds Teaching Hospitals NHS Trust in 2018. Mr Braddock "
        "left Leeds Teaching Hospitals NHS Trust in 2022 and now runs a consultancy.",
    ]:
        assert not changes_of(nlp, text, "2024-06-01"), text
    # a career that told two posts names none: which one is left is not said
    text = (
        "Ossian Braddock joined Walsall Healthcare NHS Trust as chief nurse in 2012 and was appointed chief "
        "executive of Leeds Teaching Hospitals NHS Trust in 2016. He will retire in March."
    )
    assert not changes_of(nlp, text, "2020-10-01")
    # ... also when the later post is told without its body ("and became chief executive in 2016")
    text = (
        "Dr Ossian Braddock, a former paediatrician, joined Chelsea and Westminster as medical director in 2011 and "
        "became chief executive in 2016. Dr Ossian Braddock will retire in March."
    )
    assert not changes_of(nlp, text, "2020-10-01")


def test_an_acronym_fitting_only_a_trust_closed_before_the_page_is_kept_as_written(nlp):
    # Item 466: "chief executive of QEH" on a 2021 page: the only trust whose name "QEH" abbreviates closed in 2009
    # (Queen Elizabeth Hospital NHS Trust, Woolwich), so the page's QEH is another body the register does not
    # list under those letters (King's Lynn's, Birmingham's, Gateshead's). Before, the post went to the closed trust
    # with its ODS code; now it is kept under the acronym, with no ODS code. A page of the closed trust's own years
    # keeps it.
    text = "Carys Shawcross, chief executive of QEH, is leaving."
    (result,) = list(extract_events(nlp, [(text, "2021-06-01", None)]))
    assert {(e.person, e.organisation, e.ods_code) for e in result.events} == {
        ("Carys Shawcross", "QEH", None)
    }
    (result,) = list(extract_events(nlp, [(text, "2005-06-01", None)]))
    assert {e.ods_code for e in result.events} == {"RG2"}
