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
