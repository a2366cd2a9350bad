"""Constructions found on the forty-first round of real pages (rules log items 487 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of, holds_of


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


def test_words_of_a_run_in_heading_or_column_are_no_name(nlp):
    # Item 490: flattened minutes run a body's last word, a column heading or an agenda's paper column into the
    # name beside it ("Health Research Authority Stephen X", "Name Designation Iris X", "Mr G X Verbal"):
    # "authority", "designation" and "verbal" are no words of a name.
    text = (
        "Notes of the National Information Board meeting held on 8 December 2015. Attendees: Health Education "
        "England Prof Mina Lathe – Chief Executive Health Research Authority Stefan Robbins – Chief Executive"
    )
    people = {h[0] for h in holds_of(nlp, text, "2015-12-08")}
    assert "Stefan Robbins" in people and not any("Authority" in p for p in people)
    text = "NHS Borders Board meeting, 2 April 2020.\nName Designation Name Designation Irene Bishopp Board Secretary\n"
    assert {h[0] for h in holds_of(nlp, text, "2020-04-02")} <= {"Irene Bishopp"}
    text = (
        "East Lancashire Clinical Commissioning Group Governing Body, 10 May 2017. 1 Welcome from the Chair "
        "Mr G Burrell Verbal 2 Public Questions Mr G Burrell Verbal"
    )
    assert all("Verbal" not in h[0] for h in holds_of(nlp, text, "2017-05-10"))


def test_an_interim_national_director_is_interim(nlp):
    # Item 491: a national or regional title took no qualifier in front ("Interim National Director of
    # Transformation"): the post was read as substantive in prose, and a list row whose title did not start
    # straight after the comma gave nothing.
    text = (
        "Minutes of a public meeting of the NHS England Board held on 16 May 2024\nAttendees\n"
        "  • Dr Ravi Dhillon, Interim National Director of Transformation\n"
        "  • Adele Doyle, National Director for System Development\n"
    )
    found = events_of(nlp, text, "2024-05-16")
    assert ("Ravi Dhillon", "national director of Transformation", "NHS England", "holds", True) in {
        f[:5] for f in found
    }
    assert ("Adele Doyle", "national director for System Development", "NHS England", "holds", False) in {
        f[:5] for f in found
    }


def test_a_peer_known_by_title_and_surname_is_a_person(nlp):
    # Item 492: "Professor the Baroness Watkins, Non-Executive Director" (nine NHS England board minutes) and
    # "Lord X, chair of NHS England": a name of one word after a peer's title was no name. Not "Lord Mayor";
    # and a peer named in full elsewhere in the text stays that one person.
    text = (
        "Minutes of a public meeting of the NHS England Board held on 16 May 2024\nMembers\n"
        "  • Rhodri Meddyn, Chair\n"
        "  • Professor the Baroness Walkden, Non-Executive Director\n"
        "  • Lord Kemble, Non-Executive Director\n"
        "  • Lord Mayor, Non-Executive Director\n"
    )
    assert holds_of(nlp, text, "2024-05-16") == {
        ("Rhodri Meddyn", "chair", "NHS England"),
        ("Baroness Walkden", "non-executive director", "NHS England"),
        ("Lord Kemble", "non-executive director", "NHS England"),
    }
    text = (
        "Baroness Della Hardwick has been appointed chair of NHS Improvement. Baroness Hardwick, the new chair of "
        "NHS Improvement, said she was delighted."
    )
    people = {f[0] for f in events_of(nlp, text, "2017-10-01")}
    assert people == {"Della Hardwick"}
