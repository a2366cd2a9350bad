"""Constructions found on the forty-seventh round of real pages (rules log items 523 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of, holds_of


def test_a_post_over_counted_bodies_is_no_named_bodys(nlp):
    # Item 523: "joint accountable officer for two CCGs in X", "chief officer of the five CCGs": bodies counted, not
    # named one by one; the post is not the one body the sentence does name (the one being left).
    text = (
        "Commissioning chief to lead merged group\n\n"
        "It was announced that Imogen Tarrant would be leaving NHS Wirral CCG to become joint accountable officer "
        "for two CCGs in Cheshire.\n"
    )
    assert not any(
        person == "Imogen Tarrant" and event == "appointed"
        for person, _role, _organisation, event in changes_of(nlp, text, "2016-11-02")
    )
    # a body named after the title is still the post's
    text = (
        "Commissioning chief to lead merged group\n\n"
        "It was announced that Imogen Tarrant would be leaving NHS Wirral CCG to become accountable officer of "
        "NHS West Cheshire CCG.\n"
    )
    assert ("Imogen Tarrant", "chief executive", "NHS West Cheshire CCG", "appointed") in changes_of(
        nlp, text, "2016-11-02"
    )


def test_a_current_post_beside_an_appointment_stays_held(nlp):
    # Item 524: "X, the current chief officer of A and executive lead of B, has been appointed as the new chief
    # officer of the five CCGs": A's post and the one joined to it by "and" are held now; the sentence's
    # "appointed" is about the later post.
    text = (
        "Single leader for Cheshire commissioners\n\n"
        "Harriet Okafor, the current chief officer of NHS Wirral CCG and executive lead of the Cheshire and "
        "Merseyside STP, has been appointed as the new chief officer of the five CCGs with immediate effect.\n"
    )
    events = events_of(nlp, text, "2019-05-02")
    assert not any(
        person == "Harriet Okafor" and event == "appointed" for person, _, _, event, _, _ in events
    )
    assert ("Harriet Okafor", "chief officer", "NHS Wirral CCG") in holds_of(nlp, text, "2019-05-02")
    # "current" alone does not keep a post its holder is said to leave
    text = (
        "Chair to stand down\n\n"
        "The current chair of Leeds Teaching Hospitals NHS Trust, Bronwen Askew, stands down on 30 September.\n"
    )
    assert ("Bronwen Askew", "chair", "Leeds Teaching Hospitals NHS Trust", "departed") in changes_of(
        nlp, text, "2025-06-01"
    )


def test_a_title_joined_to_an_indefinite_apposition_is_the_described_persons(nlp):
    # Item 525: "X, a GP and chair of A, will succeed Y as chair of B": the title joined by "and" to "a GP" is X's
    # (held), not the next name's; X takes the post Y leaves.
    text = (
        "New chair for the integrated care board\n\n"
        "Dr Ottilie Brennan, a GP and chair of NHS Wirral CCG, will succeed Tobias Lyle as chair of NHS Cheshire "
        "and Merseyside.\n"
    )
    changes = changes_of(nlp, text, "2022-03-01")
    assert not any(
        person == "Tobias Lyle" and "Wirral" in organisation for person, _, organisation, _ in changes
    )
    assert ("Ottilie Brennan", "chair", "NHS Wirral CCG") in holds_of(nlp, text, "2022-03-01")
    assert any(
        person == "Ottilie Brennan" and event == "appointed" and "Cheshire and Merseyside" in organisation
        for person, _role, organisation, event in changes
    )


def test_an_unnamed_bodys_new_post_goes_to_the_body_the_arrival_joins(nlp):
    # Item 526: "A hospital trust has brought in an interim chief executive. X, chief executive of A, will step in
    # at B from September": the lede names no body, so the post is at B, the one X's own verb reaches, not A's.
    text = (
        "Hospital trust appoints temporary boss\n\n"
        "A hospital trust has brought in an interim chief executive while it looks for a permanent one.\n"
        "Wilhelmina Achterberg, the chief executive of the Royal Orthopaedic Hospital in Birmingham, will step in "
        "at the Shrewsbury and Telford Hospital NHS Trust from September.\n"
    )
    changes = changes_of(nlp, text, "2024-07-10")
    assert any(
        person == "Wilhelmina Achterberg" and event == "appointed" and "Shrewsbury" in organisation
        for person, _role, organisation, event in changes
    )
    assert not any(
        person == "Wilhelmina Achterberg" and "Orthopaedic" in organisation
        for person, _, organisation, _ in changes
    )
    # someone who only speaks, with a post of their own, is not the arrival
    text = (
        "Hospital trust appoints temporary boss\n\n"
        "A hospital trust has brought in an interim chief executive while it looks for a permanent one.\n"
        "Wilhelmina Achterberg, the chief executive of the Royal Orthopaedic Hospital in Birmingham, said the "
        "choice was a good one.\n"
    )
    assert not any(
        person == "Wilhelmina Achterberg" and event == "appointed"
        for person, _role, _organisation, event in changes_of(nlp, text, "2024-07-10")
    )
    # nor someone whose own verb reaches the body only to comment on it (the review's worse texts)
    text = (
        "Hospital trust appoints new boss\n\n"
        "A hospital trust has appointed a new chief executive. Wilhelmina Achterberg, chief executive of NHS "
        "Humber and North Yorkshire, said she welcomed the appointment at Hull University Teaching Hospitals NHS "
        "Trust.\n"
    )
    assert not any(
        person == "Wilhelmina Achterberg" and event == "appointed"
        for person, _role, _organisation, event in changes_of(nlp, text, "2024-07-10")
    )


def test_verbs_the_lemmatiser_spells_its_own_way_still_tell_a_change(nlp):
    # Item 527: the lemmatiser makes "installed" "instal" and "axed" "ax", so the verb tables' "install" and "axe"
    # never matched: "Monitor installed Sir X as interim chair" was a post held, or, after a leaving in the same
    # sentence, the regulator's own departure.
    text = (
        "Ambulance trust loses its leaders\n\n"
        "The chief executive of South East Coast Ambulance Service NHS Foundation Trust left in March. The chair "
        "of the trust left at the same point, and Monitor installed Sir Godfrey Pallister as interim chair.\n"
    )
    changes = changes_of(nlp, text, "2016-06-01")
    assert (
        "Godfrey Pallister",
        "chair",
        "South East Coast Ambulance Service NHS Foundation Trust",
        "appointed",
    ) in changes
    assert not any(organisation == "Monitor" for _, _, organisation, _ in changes)


def test_a_trust_told_by_the_hospital_it_runs_is_the_storys_trust(nlp):
    # Item 528: "THE chairman of an NHS trust in charge of Bury's Fairfield Hospital has resigned. X stood down from
    # his position at the Pennine Acute Hospitals NHS Trust": the hospital is not the trust; the post is the story's
    # trust's, not a body called "Fairfield Hospital".
    text = (
        "Hospital boss resigns\n\n"
        "THE chairman of an NHS trust in charge of Bury's Fairfield Hospital has resigned.\n\n"
        "Oswin Pettigrew stood down from his position at the Pennine Acute Hospitals NHS Trust on Friday.\n"
    )
    changes = changes_of(nlp, text, "2011-03-14")
    assert ("Oswin Pettigrew", "chair", "Pennine Acute Hospitals NHS Trust", "departed") in changes
    assert not any("Fairfield" in organisation for _, _, organisation, _ in changes)
    # the lede's unnamed leaver is the one whose exit the next sentence reports, at the story's trust
    text = (
        "Another trust head departs\n\n"
        "THE chairman of the under-fire health trust which runs Pinderfields Hospital has stepped down, a week "
        "after its chief executive quit.\n\n"
        "Ptolemy Oakshott's exit from Mid Yorkshire Hospitals NHS Trust was revealed last night.\n"
    )
    assert ("Ptolemy Oakshott", "chair", "Mid Yorkshire Hospitals NHS Trust", "departed") in changes_of(
        nlp, text, "2012-02-20"
    )


def test_a_title_after_in_a_new_role_as_is_the_post_taken(nlp):
    # Item 529: "The Chair welcomed X to the meeting in his new role as HEEM Local Director" (poolJ-012), "Y ... was
    # also present in her new capacity as Assistant Chief Executive of the ICB" (poolJ-002): board minutes that
    # record a post newly taken; the past tense of the minutes made it a post held or a past one.
    text = (
        "Minutes of the Board of Leeds Teaching Hospitals NHS Trust\n\n"
        "The Chair welcomed Dagny Fairweather to the meeting in her new role as Chief Nurse.\n"
        "Ambrose Kettle, Chief Operating Officer, was also present in his new capacity as Deputy Chief Executive.\n"
    )
    changes = changes_of(nlp, text, "2023-05-10")
    assert ("Dagny Fairweather", "chief nurse", "Leeds Teaching Hospitals NHS Trust", "appointed") in changes
    assert (
        "Ambrose Kettle",
        "deputy chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "appointed",
    ) in changes
    # a new role told with a past year is a career's
    text = (
        "Profile: our chief nurse\n\n"
        "In 2015 the chair of Leeds Teaching Hospitals NHS Trust welcomed Dagny Fairweather in her new role as "
        "chief nurse.\n"
    )
    assert not changes_of(nlp, text, "2023-05-10")


def test_a_post_vacant_after_a_leaving_names_the_leaver(nlp):
    # Item 530: "the trust is without a permanent chair after X stepped down in December" (poolB-010): the vacancy
    # rule read "since X left" only; "after X left" tells the same departure.
    text = (
        "Trust boardroom changes\n\n"
        "East Kent Hospitals University NHS Foundation Trust is without a permanent chair after Nerys Dalby stepped "
        "down in December.\n"
    )
    assert (
        "Nerys Dalby",
        "chair",
        "East Kent Hospitals University NHS Foundation Trust",
        "departed",
    ) in changes_of(nlp, text, "2024-03-05")
