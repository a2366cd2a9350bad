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
    # after the review: "of the NHS in England" (the national chief executive's post) likewise
    text = "Dr Jonah Mair, chief executive of the NHS in England, said the plan would be published in May."
    assert ("Jonah Mair", "chief executive", "NHS England") in holds_of(nlp, text, "2020-01-10")
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
    # after the review: not when a body is named with the title, after it or owning it
    text = "Dr Aled Rhysion, national medical director for NHS Wales, said the plan was sound."
    assert holds_of(nlp, text, "2021-01-15") == {("Aled Rhysion", "medical director", "NHS Wales")}
    text = (
        "Professor Stef Warde, national medical director of NHS Improvement, visited Leeds Teaching Hospitals "
        "NHS Trust."
    )
    assert holds_of(nlp, text, "2018-01-15") == {("Stef Warde", "medical director", "NHS Improvement")}


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
    # Item 490: flattened minutes run a body's last word or an agenda's paper column into the name beside it
    # ("Health Research Authority Stephen X", "Mr G X Verbal"): "authority" and "verbal" are no words of a name.
    # ("designation" was taken off again after the review: "Name Designation Irene X Board Secretary Calum Y
    # Chief Executive" then lost Irene X and shifted every title onto the next name.)
    text = (
        "Notes of the National Information Board meeting held on 8 December 2015. Attendees: Health Education "
        "England Prof Mina Lathe – Chief Executive Health Research Authority Stefan Robbins – Chief Executive"
    )
    people = {h[0] for h in holds_of(nlp, text, "2015-12-08")}
    assert "Stefan Robbins" in people and not any("Authority" in p for p in people)
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


def test_a_secondees_home_post_is_held_not_left(nlp):
    # Item 493: "interim chief executive at A, on secondment from her position as chief executive at B" read B's
    # post as left, and interim ("secondment" near the title); the guideline: a secondee's home post is held.
    # "moves from her role as" is still a departure.
    text = (
        "Dr Moira Lennox is currently the interim chief executive at NHS Tayside, on secondment from her "
        "position as chief executive at NHS Fife."
    )
    found = {f[:5] for f in events_of(nlp, text, "2023-04-01")}
    assert ("Moira Lennox", "chief executive", "NHS Fife", "holds", False) in found
    assert not any(f[2] == "NHS Fife" and f[3] == "departed" for f in found)
    text = "Dr Moira Lennox moves from her role as medical director of NHS Fife to become chief executive of NHS Tayside."
    assert ("Moira Lennox", "medical director", "NHS Fife", "departed") in changes_of(nlp, text, "2023-04-01")


def test_the_headline_names_the_appointee_a_lede_withholds(nlp):
    # Item 494: "NHS Lothian names Caroline X new chief executive" over a lede "NHS Lothian has appointed a new
    # chief executive following the retirement of Y." whose next sentences open with "Professor X's career ...":
    # the appointment had no one. The person the headline names beside the post is the appointee; a headline that
    # names another post, or no change, gives nothing.
    body = (
        "NHS Lothian has appointed a new chief executive following the retirement of Colin Baird, the board's "
        "current chief executive.\n\nProfessor Isla Murdo's career of more than 30 years spans clinical and "
        'senior leadership roles.\n\nShe said: "I am delighted to be joining NHS Lothian."\n'
    )

    def changes(title: str) -> set[tuple]:
        return {f[:4] for f in events_of(nlp, body, "2023-04-01", title=title) if f[3] != "holds"}

    assert ("Isla Murdo", "chief executive", "NHS Lothian", "appointed") in changes(
        "NHS Lothian names Isla Murdo new chief executive"
    )
    assert not any(c[0] == "Isla Murdo" for c in changes("NHS Lothian names Isla Murdo new chair"))
    assert not any(
        c[0] == "Isla Murdo" for c in changes("Chief executive Isla Murdo on thirty years of care")
    )
    # after the review: only the person the headline gives the post to ("X named new A chief executive"), not one
    # it names otherwise ("Chair X welcomes new chief executive", "... as X retires")
    welcomed = changes("Chair Isla Murdo welcomes appointment of new chief executive")
    assert not any(c[0] == "Isla Murdo" for c in welcomed)
    named = changes("Isla Murdo named new Lothian chief executive as Colin Baird retires")
    assert ("Isla Murdo", "chief executive", "NHS Lothian", "appointed") in named


def test_a_dated_past_appointment_in_an_undated_text_is_a_post_held(nlp):
    # Item 495: a profile page with no date ("Dr X was appointed as Medical Director in October 2019, having
    # previously been Acting Medical Director") gave an appointment: with no publication date the stated date
    # could not be told for history. A past appointment the sentence dates by its year is the start of a post
    # held; not when the sentence also reports news of one, and not in a dated text.
    text = (
        "Dr Elspeth Kerr was appointed as Medical Director of Hertfordshire Community NHS Trust in October 2019, "
        "having previously been Acting Medical Director."
    )
    found = {f[:4] for f in events_of(nlp, text, None)}
    assert ("Elspeth Kerr", "medical director", "Hertfordshire Community NHS Trust", "holds") in found
    assert not any(f[3] == "appointed" for f in found)
    text = (
        "Staffordshire and Stoke-on-Trent ICB confirmed it had appointed Peter Axe, who was appointed its interim "
        "chief executive in 2021, to the same position substantively."
    )
    assert any(c[0] == "Peter Axe" and c[3] == "appointed" for c in changes_of(nlp, text, None))
    # after the review: undated news of the appointment itself stays one (a start or a predecessor beside it, or
    # a day's date: careers are told by month or year)
    for text in (
        "Jana Fowles was appointed chief executive of Kingston and Richmond NHS Foundation Trust in March 2024 "
        "and starts next month.",
        "Ruth Adamson was appointed interim chief executive of Walsall Healthcare NHS Trust on 6 January 2025.",
    ):
        assert any(c[3] == "appointed" for c in changes_of(nlp, text, None)), text
    text = "Dr Elspeth Kerr was appointed as Medical Director of Hertfordshire Community NHS Trust in October 2019."
    assert (
        "Elspeth Kerr",
        "medical director",
        "Hertfordshire Community NHS Trust",
        "appointed",
    ) in changes_of(nlp, text, "2019-10-20")


def test_a_former_name_beside_the_name_in_use_is_not_the_record_name(nlp):
    # Item 496: records give the fullest name a text writes for a body, so one mention of "the NHS Commissioning
    # Board [the previous name for NHS England]" in a story that says "NHS England" five times named every
    # NHS England post by the former name. Another of a body's names (no word shared with the register's but
    # "NHS") does not win when the text also writes the register's name; alone it stays as written.
    text = (
        "Tobias Merle, chief financial officer at NHS England, will step down in March. He joined the NHS "
        "Commissioning Board, the previous name for NHS England, two years ago. NHS England thanked him."
    )
    assert ("Tobias Merle", "chief financial officer", "NHS England", "departed") in changes_of(
        nlp, text, "2014-01-10"
    )
    # after the review: not when the text mostly writes the other name (the body's name at the time)
    text = (
        "Tobias Merle, chief financial officer of the NHS Commissioning Board, will retire at the end of March. "
        "The NHS Commissioning Board will operate as NHS England from April."
    )
    assert ("Tobias Merle", "chief financial officer", "NHS Commissioning Board", "departed") in changes_of(
        nlp, text, "2013-02-01"
    )
    text = "Tobias Merle, chief financial officer at the NHS Commissioning Board, will step down in March."
    assert ("Tobias Merle", "chief financial officer", "NHS Commissioning Board", "departed") in changes_of(
        nlp, text, "2013-01-10"
    )


def test_every_titled_person_of_a_list_shares_its_leaving(nlp):
    # Item 497: "Chief Financial Officer X, Chief Operating Officer W, and Chief Delivery Officer Y have informed
    # colleagues of their decision to leave": a trigger phrase speaks of the nearest person, or of one joined to
    # them by "and" with only a title between; the first of a list of three was left holding the post. Every
    # titled person of a comma list joined to the nearest by "and" shares it; not someone a verb separates
    # ("X met chair Y, and Z announced ...").
    text = (
        "Chief Financial Officer Jules Kellaway, Chief Operating Officer Emlyn Lawley, and Chief Delivery Officer "
        "Stefan Rusk have informed colleagues of their decision to leave NHS England."
    )
    assert {c[0] for c in changes_of(nlp, text, "2025-01-20") if c[3] == "departed"} == {
        "Jules Kellaway",
        "Emlyn Lawley",
        "Stefan Rusk",
    }
    # a body's word run into a title in the list ("NHS Chief Operating Officer W") is the title's
    text = text.replace("Chief Operating Officer Emlyn", "NHS Chief Operating Officer Emlyn")
    assert {c[0] for c in changes_of(nlp, text, "2025-01-20") if c[3] == "departed"} == {
        "Jules Kellaway",
        "Emlyn Lawley",
        "Stefan Rusk",
    }
    text = (
        "At Leeds Teaching Hospitals NHS Trust, chief executive Annis Bellamy met chair Torin Reede, and medical "
        "director Sami Holte announced his decision to retire."
    )
    assert not any(c[0] == "Annis Bellamy" for c in changes_of(nlp, text, "2025-01-20"))
    # Item 498: a change one person's pronoun owns ("announced his decision to retire") is that person's alone,
    # not also the one joined to them by "and" (chair Torin Reede was read as leaving too)
    assert not any(c[0] == "Torin Reede" for c in changes_of(nlp, text, "2025-01-20"))
    text = (
        "At Leeds Teaching Hospitals NHS Trust, chair Torin Reede and medical director Sami Holte announced their "
        "decision to retire."
    )
    assert {c[0] for c in changes_of(nlp, text, "2025-01-20")} == {"Torin Reede", "Sami Holte"}
