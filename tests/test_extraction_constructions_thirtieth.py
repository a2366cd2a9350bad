"""Constructions found on the thirty-seventh round of real pages (rules log items 454 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import holds_of

GOVERNING_BODY = (
    "Vale Royal CCG Governing Body\n"
    "Minutes of the meeting held on 12 March 2016, 2pm at Wyvern House\n"
    "PRESENT:\n"
    "Dr Oswin Tregear\nHalima Durrant\nDr Petra Loxley\nGideon Farrar\nDr Maud Etchells\n"
    "In Attendance:\n"
    "Bronwen Ashdown\nCyril Penhaligon\n"
    "Min\nRef:\n16.03\n"
    "Chair\nLay Member - Governance\nChief Clinical Officer\nChief Finance Officer\nGP Lead - Northwich\n"
    "Board Secretary\nCommissioning Manager\n"
    "ACTION\n16.03.01 Apologies\nApologies were received from the practice managers.\n"
)


def test_a_names_column_split_by_an_attendance_heading_pairs_with_the_titles_after_it(nlp):
    # Item 454: a governing body's minutes from a PDF give the members' names, "In Attendance:" and the attendees'
    # names, then a column head's cells ("Min", "Ref:", "16.03"), then every title in the same order; the
    # heading takes no row of the titles column. Before, neither run of names met a titles run of its own
    # length, and the whole list gave nothing.
    ccg = "NHS Vale Royal CCG"
    held = {(p, r) for p, r, o in holds_of(nlp, GOVERNING_BODY, "2016-03-12") if o and "Vale Royal" in o}
    assert {
        ("Oswin Tregear", "chair"),
        ("Petra Loxley", "chief executive"),
        ("Gideon Farrar", "chief financial officer"),
        ("Bronwen Ashdown", "company secretary"),
    } <= held, (ccg, held)
    assert not {p for p, _ in held} & {"Halima Durrant", "Maud Etchells", "Cyril Penhaligon"}  # no board post


def test_a_split_names_column_is_paired_only_when_the_counts_agree(nlp):
    # Item 454's guard: one title fewer than the names (a row lost in conversion) pairs nothing, rather than
    # give every member after the gap a colleague's post.
    short = GOVERNING_BODY.replace("Board Secretary\n", "")
    held = holds_of(nlp, short, "2016-03-12")
    assert ("Bronwen Ashdown", "company secretary") not in {(p, r) for p, r, _ in held}
    assert ("Cyril Penhaligon", "company secretary") not in {(p, r) for p, r, _ in held}
    assert ("Oswin Tregear", "chair") not in {(p, r) for p, r, _ in held}


def test_an_acronym_of_a_renamed_trust_s_former_name(nlp):
    # Item 455: "CHUFT chief executive X", a minute book's "WHHFT/GC/13/XX": an acronym that abbreviates no
    # trust's name today but exactly one trust's former name (Colchester Hospital University NHS Foundation Trust
    # is now East Suffolk and North Essex's; Warrington and Halton's was renamed) names that trust. Before, the
    # acronym named nothing, so the post had no body (and a minutes page lost its whole attendance list).
    found = holds_of(nlp, "CHUFT chief executive Saoirse Blackwood said the wards were full.", "2014-03-01")
    assert ("Saoirse Blackwood", "chief executive") in {(p, r) for p, r, _ in found}, found
    org = next(o for p, r, o in found if p == "Saoirse Blackwood")
    assert "Colchester" in org, org
    # an acronym of a current name keeps its reading
    assert {o for p, _, o in holds_of(nlp, "NSFT chief executive Idris Vane spoke.", "2014-03-01")} == {
        "Norfolk and Suffolk NHS Foundation Trust"
    }


def test_minutes_named_only_by_a_former_name_s_acronym_keep_that_name(nlp):
    # Item 455, with the name: a council of governors' minutes name their trust only in the agenda reference
    # ("CHUFT/GC/14/02"); the attendance list's posts are that trust's, under the name the acronym stands for
    # (the former name), not the trust's name today.
    text = (
        "Agenda Item No. CHUFT/GC/14/02\n\nFINAL Minutes of the Meeting held on Thursday 6th March 2014\n\n"
        "In Attendance:\n\nTamsin Ogilvie Chief Executive Barnaby Quayle Director of Finance\n\n"
        "The Chair welcomed everyone to the meeting.\n"
    )
    found = holds_of(nlp, text, "2014-03-06")
    assert (
        "Tamsin Ogilvie",
        "chief executive",
        "Colchester Hospital University NHS Foundation Trust",
    ) in found, found
