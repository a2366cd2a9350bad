"""Constructions found on the forty-sixth round of real pages (rules log items 517 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_earlier_this_month_dates_the_news_not_a_past_career(nlp):
    # Item 517: "Earlier this month, X took over as interim chief executive" is this month's news; "earlier"
    # read as a past career's cue had made it history and dropped the appointment.
    text = (
        "Finance chief at challenged trust takes leave\n\n"
        "Earlier this month, Ruth Calloway took over as interim trust chief executive at Northern Lincolnshire "
        "and Goole NHS Foundation Trust while the permanent chief executive is on secondment.\n"
    )
    assert (
        "Ruth Calloway",
        "chief executive",
        "Northern Lincolnshire and Goole NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, text, "2019-03-20")
    # an "earlier" that points back before the story still tells a past career
    text = (
        "New chair for the trust\n\n"
        "Rowan Ledgard has been named chair of Northern Lincolnshire and Goole NHS Foundation Trust. Earlier, "
        "Mr Ledgard took over as chief executive of Hull University Teaching Hospitals NHS Trust.\n"
    )
    assert not any(
        person == "Rowan Ledgard" and event == "appointed" and "Hull" in organisation
        for person, _role, organisation, event in changes_of(nlp, text, "2019-03-20")
    )


def test_the_move_follows_the_leavers_decision(nlp):
    # Item 518: "The move follows the decision of Y to step down from the role", "It follows the resignation of
    # Y": the sentence after an appointment is about it, so Y leaves the post it fills.
    appointed = (
        "Hospital trust brings in temporary boss\n\n"
        "Priya Kaur has been appointed interim chief executive of The Dudley Group NHS Foundation Trust. "
    )
    for follows in (
        "The move follows the decision of Gordon Teale to step down from the role after five years.",
        "It follows the resignation of Gordon Teale last month.",
        "The move follows Gordon Teale's decision to step down in the spring.",
    ):
        changes = changes_of(nlp, appointed + follows + "\n", "2024-08-06")
        assert (
            "Gordon Teale",
            "chief executive",
            "The Dudley Group NHS Foundation Trust",
            "departed",
        ) in changes, follows
    # someone described or titled as another kind of person, or leaving a post of their own, leaves nothing of the
    # post filled (the review's worse texts)
    for follows in (
        "It follows the death of Gordon Teale, a former governor, in January.",
        "The move comes after the resignation of health secretary Gordon Teale.",
        "The move follows the decision of Unison regional organiser Gordon Teale to step down.",
        "It follows the decision of GP Dr Gordon Teale to step down as clinical lead for Dudley.",
    ):
        text = appointed + follows + "\n"
        assert not any(person == "Gordon Teale" for person, *_ in changes_of(nlp, text, "2024-08-06")), (
            follows
        )


def test_not_seeking_another_term_is_leaving(nlp):
    # Item 519: "has decided not to seek re-election to the post", "will not be seeking a second term": the
    # holder leaves when the term ends; it had been read as a post held.
    for leaving in (
        "has decided not to seek re-election to the post next spring and will stay until a successor is found",
        "will not be seeking a second term in the role after the end of May",
        "is not standing for reappointment when her term ends",
    ):
        text = f"Morwenna Pascoe, chair of NHS Kernow Clinical Commissioning Group, {leaving}.\n"
        assert (
            "Morwenna Pascoe",
            "chair",
            "NHS Kernow Clinical Commissioning Group",
            "departed",
        ) in changes_of(nlp, text, "2020-11-20"), leaving
    # seeking another term is staying; a leaving reported only to be denied is no leaving (the review's worse text)
    for staying in (
        "Morwenna Pascoe, chair of NHS Kernow Clinical Commissioning Group, will seek re-election next spring.",
        "The group denied reports that its chair, Morwenna Pascoe, will not seek a second term at NHS Kernow "
        "Clinical Commissioning Group.",
        "The group has dismissed speculation that its chair, Morwenna Pascoe, will step down at NHS Kernow "
        "Clinical Commissioning Group.",
    ):
        changes = changes_of(nlp, staying + "\n", "2020-11-20")
        assert not any(person == "Morwenna Pascoe" for person, *_ in changes), staying


def test_successors_current_post_is_not_the_post_taken(nlp):
    # Item 520: "X, currently chief operating officer of A, will succeed Y": A's post is X's now; the post X
    # takes is Y's (told in the sentence before). The title had been read as Y's and as the post X takes.
    appointed = "Helen Ashdown has been appointed chief executive of The Dudley Group NHS Foundation Trust. "
    for successor in (
        "Ms Ashdown, currently chief operating officer of Walsall Healthcare NHS Trust,",
        "Ms Ashdown, the current chief operating officer of Walsall Healthcare NHS Trust,",
        "Ms Ashdown, chief operating officer of Walsall Healthcare NHS Trust,",
    ):
        for verb in ("will succeed", "will replace", "will take over from"):
            text = appointed + f"{successor} {verb} Nina Kahn, who retires in March.\n"
            changes = changes_of(nlp, text, "2022-10-10")
            assert changes == {
                ("Helen Ashdown", "chief executive", "The Dudley Group NHS Foundation Trust", "appointed"),
                ("Nina Kahn", "chief executive", "The Dudley Group NHS Foundation Trust", "departed"),
            }, text
    # alone, the sentence says what X holds and nothing of the post taken
    text = "Helen Ashdown, currently chief operating officer of Walsall Healthcare NHS Trust, will succeed Nina Kahn.\n"
    assert changes_of(nlp, text, "2022-10-10") == set()
    # the predecessor's own title stays the predecessor's
    text = (
        "Raj Okafor will lead the Kent and Medway partnership. He takes over from Dr Nina Kahn, chief executive "
        "of Maidstone and Tunbridge Wells NHS Trust, who has led the partnership alongside her trust job.\n"
    )
    assert (
        "Nina Kahn",
        "chief executive",
        "Maidstone and Tunbridge Wells NHS Trust",
        "departed",
    ) in changes_of(nlp, text, "2022-10-10")


def test_taking_over_from_a_titled_predecessor_is_an_appointment(nlp):
    # Item 521: "X will take over from interim director of nursing Y at A" (poolA-013) gave Y's departure but not
    # X's appointment: "take over from Y" was no succession verb for the successor (only "succeed" and "replace").
    for sentence in (
        "Rachel Cole will take over from interim director of nursing Gwen Pryce at The Shrewsbury and Telford "
        "Hospital NHS Trust.",
        "Rachel Cole takes over from Gwen Pryce, director of nursing at The Shrewsbury and Telford Hospital NHS "
        "Trust, who retires in December.",
    ):
        changes = changes_of(nlp, sentence + "\n", "2020-04-14")
        assert (
            "Rachel Cole",
            "chief nurse",
            "The Shrewsbury and Telford Hospital NHS Trust",
            "appointed",
        ) in changes, sentence
        assert (
            "Gwen Pryce",
            "chief nurse",
            "The Shrewsbury and Telford Hospital NHS Trust",
            "departed",
        ) in changes
    # taking over another post from someone who keeps their own is no appointment to it
    text = (
        "Raj Okafor will lead the Kent and Medway partnership. He takes over from Dr Gwen Pryce, chief executive "
        "of Maidstone and Tunbridge Wells NHS Trust, who has led the partnership alongside her trust job.\n"
    )
    assert not any(person == "Raj Okafor" for person, *_ in changes_of(nlp, text, "2020-04-14"))
    # nor where the post taken is named after "as" (the second review's worse text)
    text = (
        "Hope Adams will take over from Dr Gwen Pryce, chief executive of Kettering General Hospital NHS "
        "Foundation Trust, who retires in December, as director of the cancer alliance.\n"
    )
    assert not any(
        person == "Hope Adams" and "Kettering" in org for person, _r, org, _e in changes_of(nlp, text)
    )
    # taking over a duty from someone is no succession
    text = (
        "Rachel Cole, deputy chief nurse at The Shrewsbury and Telford Hospital NHS Trust, will take over "
        "responsibility for safeguarding from Gwen Pryce.\n"
    )
    assert not any(event == "appointed" for *_, event in changes_of(nlp, text, "2020-04-14"))


def test_names_the_tagger_misreads_are_people(nlp):
    # Item 522: "Trudie Davies, Chief Executive of A, will take on an interim role as Acting Chief Executive of B"
    # (poolE-007): the tagger read "Trudie" as a verb, so no person and no change; "Rhiannon Cole takes over from
    # Y" (an original text in the shape of poolA-013): the model called the name a product.
    text = (
        "Trudie Ashworth, Chief Executive of Gateshead Health NHS Foundation Trust, will take on an interim role "
        "as Acting Chief Executive of North Cumbria Integrated Care NHS Foundation Trust from 28 July 2025.\n"
    )
    assert (
        "Trudie Ashworth",
        "chief executive",
        "North Cumbria Integrated Care NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, text, "2025-07-10")
    text = (
        "Rhiannon Cole takes over from Gwen Pryce, director of nursing at The Shrewsbury and Telford Hospital NHS "
        "Trust, who retires in December.\n"
    )
    assert (
        "Rhiannon Cole",
        "chief nurse",
        "The Shrewsbury and Telford Hospital NHS Trust",
        "appointed",
    ) in changes_of(nlp, text, "2020-04-14")
