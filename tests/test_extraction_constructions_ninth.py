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
    # The full form written as a possessive ("Leeds Primary Care Trust's chairman") is the body's name too.
    possessive = (
        "The chief executive of Leeds PCT, Ottilie Brandreth, has stood down. Leeds Primary Care Trust's "
        "chairman, Linus Doyle, paid tribute."
    )
    assert {f[2] for f in events_of(nlp, possessive, "2006-05-01")} == {"Leeds Primary Care Trust"}


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
    # "joins chief executive X ..., replacing Y": the object of "join" is the colleague joined, not the
    # successor (found by the round's review).
    joined = (
        f"Dr Wilhelmina Oakes joins chief executive Corin Vale at {trust}, replacing Dr Barnaby Rusk as "
        "medical director."
    )
    assert changes_of(nlp, joined, "2024-05-01") == {
        ("Wilhelmina Oakes", "medical director", trust, "appointed"),
        ("Barnaby Rusk", "medical director", trust, "departed"),
    }
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
    # A registered name misstating the trust's foundation status is still that trust (found by the review).
    text = (
        "Lucan Threlfall has been appointed chief executive of Worcestershire Health and Care NHS Foundation "
        "Trust. He succeeds Perdita Oyo, chief executive of Worcestershire Health and Care NHS Trust."
    )
    assert {f[2] for f in changes_of(nlp, text, "2021-08-01")} == {"Worcestershire Health and Care NHS Trust"}
    # A registered full name is untouched.
    text = "The chief executive of Leeds Teaching Hospitals NHS Trust, Lucan Threlfall, resigned yesterday."
    assert changes_of(nlp, text, "2021-08-01") == {
        ("Lucan Threlfall", "chief executive", "Leeds Teaching Hospitals NHS Trust", "departed")
    }


def test_his_or_her_departure_is_the_antecedents_post_left(nlp):
    # Item 247: "Her resignation takes effect on 30 April 2017", "His resignation comes as ...": the departure
    # noun is the active subject of a verb that reports it, and its owner the one person named just before
    # (through a sentence that names no one), whose one held post is left.
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
    chained = (
        "Sir Ptolemy Vance has been chair of NHS London since 2008. His tenure has included two mergers. "
        "His resignation comes as the region faces a winter crisis."
    )
    assert changes_of(nlp, chained, "2010-06-01") == {("Ptolemy Vance", "chair", "NHS London", "departed")}


def test_a_departure_noun_that_is_undone_imagined_or_may_mean_another_gives_nothing(nlp):
    # Item 247's guards, several found by the round's review: a noun its clause undoes, imagines, demands or
    # rumours; a biography's dated history or another post ("as", "from"); a quotation; an antecedent not
    # known to be "he"/"she", or one of two people the pronoun could mean.
    named = "Sir Ptolemy Vance, chairman of NHS London, spoke at the meeting. "
    for tail in (
        "His resignation was rejected by the board.",
        "His departure would leave a gap.",
        "Councillors called for his resignation.",
        "His resignation has been demanded by families.",
        "His departure is rumoured to be imminent.",
        "His departure is one of the demands of the campaign.",
        "His retirement in 2004 came after thirty years in the NHS.",
        "His resignation as a governor of the college takes effect in June.",
        "His departure from the council comes after ten years.",
        '"His departure comes too late," said a campaigner.',
    ):
        assert changes_of(nlp, named + tail, "2010-06-01") == set(), tail
    unknown = "Carwyn Pelt, chairman of NHS London, spoke at the meeting. His departure comes after a row."
    assert changes_of(nlp, unknown, "2010-06-01") == set()
    two = (
        "Sir Ptolemy Vance, chair of NHS London, praised Mr Osric Dale, the medical director. "
        "His retirement comes after 20 years."
    )
    assert changes_of(nlp, two, "2010-06-01") == set()


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
        f"Osric Balham's term as chair of {trust} finished in 2017; he now chairs a charity.",
        f"Osric Balham's first term as chair of {trust} came to an end in January. He has been reappointed "
        "for a further three years.",
        f"Dr Osric Balham's term as chair of the BMA consultants committee comes to an end in July; he remains "
        f"medical director of {trust}.",
        f"Mr Tobias Wren said the end of Osric Balham's term as chair of {trust} would be a loss.",
        f"Osric Balham's term as chair of {trust} has been extended by a year.",
        f"Osric Balham, chair of {trust}, was reappointed at the end of his first term.",
        f"Sir Osric Balham's term as interim chair of {trust} will conclude when the trust has shown it can "
        "return to compliance.",
    ):
        assert not any(f[3] == "departed" for f in changes_of(nlp, kept, "2021-08-01")), kept


def test_an_interim_just_appointed_is_replaced_by_the_permanent_successor(nlp):
    # Item 250: "X has been appointed interim chief operating officer ... X will himself be replaced by Y, who
    # will take the permanent role in January": the interim's post is the one Y takes and X leaves.
    trust = "The Dudley Group NHS Foundation Trust"
    text = (
        f"Morwen Tilley has been appointed interim chief operating officer of {trust}. "
        "Mr Tilley will himself be replaced by Karenza Kell, who will take the permanent role in January."
    )
    found = changes_of(nlp, text, "2017-12-01")
    assert {
        ("Karenza Kell", "chief operating officer", trust, "appointed"),
        ("Morwen Tilley", "chief operating officer", trust, "departed"),
    } <= found
    # Not when the sentence names the post the successor takes (the interim's former one; the review's case).
    named = (
        f"Morwen Tilley has been appointed acting director of nursing at {trust}. "
        "Ms Tilley will be replaced as head of midwifery by Karenza Kell."
    )
    assert not any(
        f[0] == "Karenza Kell" and f[1] == "chief nurse" for f in changes_of(nlp, named, "2017-12-01")
    )


def test_a_stand_in_named_in_a_with_clause_takes_the_post_left(nlp):
    # Item 251: "X will leave at the end of April with deputy chair Y stepping in", "X will become interim CEO,
    # with Y, deputy CPO, acting up in his role": Y takes, for the interim, the post X leaves (or X's own, "his
    # role"), and Y's title before the name is the post Y holds, not one Y is appointed to.
    trust = "Worcestershire Acute Hospitals NHS Trust"
    text = f"Caradoc Merrow, chair of {trust}, will leave at the end of April with deputy chair Mark Yeats stepping in."
    found = events_of(nlp, text, "2019-03-01")
    assert ("Mark Yeats", "chair", trust, "appointed", True) in {f[:5] for f in found}
    assert ("Mark Yeats", "vice chair", trust, "holds") in {f[:4] for f in found}
    moving = (
        "Sussex ICB chief people officer Mark Smyth will become interim CEO, with Joanna Pierce, deputy CPO, "
        "acting up in his role."
    )
    assert ("Joanna Pierce", "chief people officer", "Sussex ICB", "appointed") in changes_of(
        nlp, moving, "2019-03-01"
    )
    # Not a stand-in with a post, body or task of its own (the third review's cases).
    for tail in (
        "with Mark Yeats taking over as chair of the audit committee.",
        "with Mark Yeats taking over the trust's vaccination programme.",
        "with Mark Yeats stepping up to become chief executive of Wye Valley NHS Trust.",
    ):
        own = f"Caradoc Merrow, chair of {trust}, will leave at the end of April, {tail}"
        assert ("Mark Yeats", "chair", trust, "appointed") not in changes_of(nlp, own, "2019-03-01"), tail
    # Not a gerund of something else ("with deputy chair Y stepping down too": Y is no stand-in).
    other = f"Caradoc Merrow, chair of {trust}, will leave in April with deputy chair Mark Yeats stepping down too."
    assert ("Mark Yeats", "chair", trust, "appointed") not in changes_of(nlp, other, "2019-03-01")
