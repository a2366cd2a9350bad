"""Constructions found on the forty-first round of real pages (rules log items 487 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, holds_of


def test_the_nhs_in_a_nation_is_recorded_by_its_name(nlp):
    # Item 487: "the NHS in Wales" describes NHS Wales; records gave the phrase as the body's name (the fullest
    # name the text wrote), which no reader searches for. "the Welsh NHS" is written as a name and stays.
    text = (
        "The next chief executive of the NHS in Wales will be Morwen Pryce, currently chief executive of Powys "
        "Teaching Health Board. She will succeed Dr Aled Rhys."
    )
    changes = changes_of(nlp, text, "2024-05-02")
    assert ("Morwen Pryce", "chief executive", "NHS Wales", "appointed") in changes
    assert all(c[2] != "NHS in Wales" for c in changes)
    text = (
        "Gwion Hale will take over as interim chief executive of the Welsh NHS from Ffion Daniel on 1 March."
    )
    assert ("Gwion Hale", "chief executive", "Welsh NHS", "appointed") in changes_of(nlp, text, "2024-01-10")


def test_a_national_medical_director_is_national_whoever_the_story_is_about(nlp):
    # Item 488: "national medical director Sir X" was given the trust the story is about: the title's "national"
    # was read only from the role's label, which drops it.
    text = (
        "Barts Health NHS Trust has lent its chief nurse to the vaccine programme. Both will report to "
        "national medical director Professor Sir Idris Gantry, who leads the clinical work."
    )
    assert ("Idris Gantry", "medical director", "NHS England") in holds_of(nlp, text, "2021-01-15")
    assert all(h[0] != "Idris Gantry" or h[2] == "NHS England" for h in holds_of(nlp, text, "2021-01-15"))


def test_a_pipe_table_under_an_attendance_heading_is_read(nlp):
    # Item 489: web minutes whose attendance table's header is its first row, opening "Members" ("Members |
    # <name> | <title> | <initials> |", "Present" on the line above) gave nothing: only a header naming a name
    # and a role column, or opening "Present", made a table one of people in post. A staff network's chair
    # attending is no post (and "Network" no name).
    text = (
        "Minutes of the meeting in public of the Board of Directors of Kent Community Health NHS Foundation "
        "Trust held on 4 March 2024\n"
        "Present\n"
        "Members | Alys Brandon | Trust Chair | TC |\n"
        "---|---|---|---|\n"
        "Piers Oduya | Non-Executive Director | NED-PO | |\n"
        "Hattie Lannon | Chief Executive Officer | CEO | |\n"
        "In attendance | Lucan Fenwick | Interim Chief Operating Officer | ICOO |\n"
        "Tobias Rudge | Head of Communications | HoC | |\n"
        "Sami Oake | Staff Network Chair | SNC | |\n"
        "1. WELCOME\n"
        "The Chair welcomed everyone to the meeting.\n"
    )
    trust = "Kent Community Health NHS Foundation Trust"
    assert holds_of(nlp, text, "2024-03-04") == {
        ("Alys Brandon", "chair", trust),
        ("Piers Oduya", "non-executive director", trust),
        ("Hattie Lannon", "chief executive", trust),
        ("Lucan Fenwick", "chief operating officer", trust),
    }
    # a table of past holders above the same heading stays unread
    text = text.replace("Present\n", "Former directors\n")
    assert holds_of(nlp, text, "2024-03-04") == set()
