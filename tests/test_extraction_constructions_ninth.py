"""Constructions found on the sixteenth round of real pages (rules log items 244 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_primary_care_trust_keeps_the_name_the_text_gives_it(nlp):
    # Item 244: the guideline names an organisation as the text states it, in full only where the text gives the
    # full form; "X PCT" stays "X PCT" (as "X CCG" and "X ICB" already did), and the spelt-out form is used
    # when the text itself spells it out.
    short = "Ottilie Brandreth, chair of Huntingdonshire PCT for six years, has resigned."
    assert changes_of(nlp, short, "2006-05-01") == {
        ("Ottilie Brandreth", "chair", "Huntingdonshire PCT", "departed")
    }
    spelt = (
        "Ottilie Brandreth, chair of Huntingdonshire Primary Care Trust, has resigned. "
        "Huntingdonshire PCT will advertise the post."
    )
    assert changes_of(nlp, spelt, "2006-05-01") == {
        ("Ottilie Brandreth", "chair", "Huntingdonshire Primary Care Trust", "departed")
    }


def test_the_person_appointed_to_take_over_from_someone_is_the_successor(nlp):
    # Item 245: "appointed X as chair designate to take over from Y", "named X as chief executive to succeed
    # Y": the infinitive's subject is the appointing verb's object, so Y leaves the post X is given.
    trust = "Tavistock and Portman NHS Foundation Trust"
    for verb in ("to take over from", "to succeed", "to replace"):
        text = f"{trust} has appointed Wilhelmina Oakes as chair designate {verb} Barnaby Rusk in June."
        assert changes_of(nlp, text, "2024-05-01") == {
            ("Wilhelmina Oakes", "chair", trust, "appointed"),
            ("Barnaby Rusk", "chair", trust, "departed"),
        }, verb
    passive = (
        f"Wilhelmina Oakes was appointed chair designate of {trust} to take over from Barnaby Rusk in June."
    )
    assert ("Barnaby Rusk", "chair", trust, "departed") in changes_of(nlp, passive, "2024-05-01")
    # The replaced person is still never the one appointed: "X replaces Y" gives Y nothing but the departure.
    plain = f"Wilhelmina Oakes replaces Barnaby Rusk as chair of {trust}."
    assert changes_of(nlp, plain, "2024-05-01") == {
        ("Wilhelmina Oakes", "chair", trust, "appointed"),
        ("Barnaby Rusk", "chair", trust, "departed"),
    }


def test_an_older_trust_name_around_a_registered_short_form_is_the_body_meant(nlp):
    # Item 246: "South Warwickshire General Hospitals NHS Trust" is not in the register, but "South Warwickshire"
    # is (a short form of today's trust); the registered short form took the span and the title's "of" then
    # reached no organisation, so the change was lost. The whole name the entity model found is the body.
    old = "South Warwickshire General Hospitals NHS Trust"
    text = f"The chief executive of {old}, Lucan Threlfall, resigned yesterday."
    assert changes_of(nlp, text, "2001-08-01") == {("Lucan Threlfall", "chief executive", old, "departed")}
    # A registered full name is untouched.
    text = "The chief executive of Leeds Teaching Hospitals NHS Trust, Lucan Threlfall, resigned yesterday."
    assert changes_of(nlp, text, "2021-08-01") == {
        ("Lucan Threlfall", "chief executive", "Leeds Teaching Hospitals NHS Trust", "departed")
    }


def test_his_or_her_departure_is_the_antecedents_post_left(nlp):
    # Item 247: "His departure is the first casualty of ...", "Her resignation takes effect on 30 April": the
    # departure noun is its clause's subject and its owner the person just named, whose one held post is left.
    named = "Sir Ptolemy Vance, chairman of NHS London since 2008, is said to be furious about the review. "
    found = changes_of(nlp, named + "His departure is the first casualty of the decision.", "2010-06-01")
    assert found == {("Ptolemy Vance", "chair", "NHS London", "departed")}
    dated = "Dame Imelda Crake, chief executive of Leeds Teaching Hospitals NHS Trust, thanked the staff. "
    events = events_of(nlp, dated + "Her resignation takes effect on 30 April 2017.", "2017-03-01")
    assert (
        "Imelda Crake",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "departed",
        False,
        "2017-04-30",
    ) in events


def test_a_departure_noun_that_is_undone_or_may_mean_another_gives_nothing(nlp):
    # Item 247's guards: a noun the clause undoes or only imagines; an antecedent not known to be "he"/"she";
    # a story whose leaver is already named ("Her departure is the latest ..." is hers, not the chair's).
    named = "Sir Ptolemy Vance, chairman of NHS London, spoke at the meeting. "
    for tail in (
        "His resignation was rejected by the board.",
        "His departure would leave a gap.",
        "Councillors called for his resignation.",
    ):
        assert changes_of(nlp, named + tail, "2010-06-01") == set(), tail
    unknown = "Carwyn Pelt, chairman of NHS London, spoke at the meeting. His departure is a loss."
    assert changes_of(nlp, unknown, "2010-06-01") == set()
    story = (
        "Dame Imelda Crake, chief executive of Leeds Teaching Hospitals NHS Trust, will retire in March. "
        "Leeds chair Ms Orla Dunmore said the trust owed her a great deal. Her departure is the latest of many."
    )
    assert not any(f[0] == "Orla Dunmore" for f in changes_of(nlp, story, "2023-06-01"))


def test_a_term_of_office_that_ends_is_its_holders_departure(nlp):
    # Item 248: "X's term as chair of A came to an end on 31 March", "appointed ... following the completion of
    # X's term": the term's end is X's departure from the post; not a term renewed or open-ended.
    trust = "Torbay and South Devon NHS Foundation Trust"
    ended = f"Professor Osric Balham's term as chair of {trust} came to an end on 31 March."
    assert events_of(nlp, ended, "2021-08-01") >= {
        ("Osric Balham", "chair", trust, "departed", False, "2021-03-31")
    }
    completed = f"Sir Tobias Wren has been appointed chair of {trust} following the completion of Osric Balham's term."
    assert changes_of(nlp, completed, "2021-08-01") == {
        ("Tobias Wren", "chair", trust, "appointed"),
        ("Osric Balham", "chair", trust, "departed"),
    }
    for kept in (
        f"Osric Balham's term as chair of {trust} has been extended by a year.",
        f"Osric Balham, chair of {trust}, was reappointed at the end of his first term.",
        f"Sir Osric Balham's term as interim chair of {trust} will conclude when the trust has shown it can "
        "return to compliance.",
    ):
        assert changes_of(nlp, kept, "2021-08-01") == set(), kept
