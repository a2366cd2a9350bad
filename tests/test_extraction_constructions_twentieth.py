"""Constructions found on the twenty-seventh round of real pages (rules log items 374 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_a_bulletin_naming_no_organisation_gives_its_posts_to_the_trust(nlp):
    # Item 374: a staff newsletter names no NHS body at all (the trust's name sat in the page's logo) and speaks
    # of "the Trust": its new chief executive is appointed at "the Trust" (the guideline's word for it), not
    # dropped for want of a name.
    text = (
        "Staff newsletter\n\nSeptember 2023\n\nNew chief executive starts next month\n\n"
        "New chief executive Leofric Amberley will join the Trust on Monday 2 October.\n\n"
        "Leofric has spent twenty years in hospital management."
    )
    found = {f[:4] for f in events_of(nlp, text, "2023-09")}
    assert ("Leofric Amberley", "chief executive", "the Trust", "appointed") in found, found
    # A text naming its trust keeps the name.
    trust = "Northumbria Healthcare NHS Foundation Trust"
    named = text.replace("will join the Trust", f"will join {trust}")
    found = {f[:4] for f in events_of(nlp, named, "2023-09")}
    assert ("Leofric Amberley", "chief executive", trust, "appointed") in found, found


def test_a_message_headed_with_its_writer_speaks_in_the_writers_first_person(nlp):
    # Item 375: "A message from our Chair, X" / "Letter from our new CEO, X" above an unsigned letter: its "I" is
    # that writer, so "I will be stepping down as Chair of A" is the writer's departure and "I am delighted to
    # have been appointed as Chief Executive" the writer's appointment.
    board = "Dorset County Hospital NHS Foundation Trust"
    text = (
        f"A message from our Chair, Isolde Penhallow\n\n{board}\n\nDear colleagues,\n\n"
        f"I am writing to tell you that I will be stepping down as Chair of {board} at the end of June 2024.\n\n"
        "It has been a privilege to serve our communities."
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-02-01")}
    assert ("Isolde Penhallow", "chair", board, "departed") in found, found
    trust = "East Midlands Ambulance Service NHS Trust"
    text = (
        f"Letter from our new CEO, Caradoc Pellow\n\nDear colleagues,\n\nI am delighted to have been appointed "
        f"as Chief Executive of {trust} and I look forward to meeting you when I start in the spring.\n\n"
        "With best wishes"
    )
    found = {f[:4] for f in events_of(nlp, text, "2021-11-01")}
    assert ("Caradoc Pellow", "chief executive", trust, "appointed") in found, found
    # Two headed writers (a page of several messages): no one "I".
    text = (
        "A message from our Chair, Isolde Penhallow\n\nA message from our Chief Executive, Caradoc Pellow\n\n"
        f"Dear colleagues,\n\nI will be stepping down as Chair of {board} at the end of June 2024."
    )
    found = {f[:4] for f in events_of(nlp, text, "2024-02-01")}
    assert not any(f[3] == "departed" for f in found), found
