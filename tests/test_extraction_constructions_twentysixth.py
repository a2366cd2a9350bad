"""Constructions found on the thirty-third round of real pages (rules log items 429 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_an_initials_column_between_the_names_and_the_titles_is_skipped(nlp):
    # Item 429: an attendance table with an initials column, read out of a PDF one column after another: all
    # the names, then all the initials, then all the titles. The initials are no names (a run of them was read
    # as a person who held the first title) and no titles (the run of titles did not split into one cell per
    # name, so nobody was read); and a director's portfolio may hold "and the".
    org = "Oxford University Hospitals NHS Foundation Trust"
    text = (
        f"{org} Trust Board Minutes of the meeting held in public on 12 June 2013 at the John Radcliffe "
        "Hospital. Present: Dame Orla Pemberton Mr Idris Vantongeren Mrs Kezia Strand-Ellery Mr Bertram Quarles "
        "Dr Selina Okafor Mr Piet Wenlock Ms Edith Barrow Mr Magnus Thale Ms Enid Wolstenholme OP IV KSE BQ SO "
        "PW EB MT EW Chairman Chief Executive Non-Executive Director Non-Executive Director Non-Executive "
        "Director Medical Director Chief Nurse Director of Workforce Director of Estates and the Environment In "
        "attendance: Mr Tobias Wren Mr Ivo Pask TW IP Head of Corporate Governance (minutes) Governance Officer "
        "TB40/13 Apologies were received from the Chief Financial Officer."
    )
    found = {f[:4] for f in events_of(nlp, text, "2013-06-12")}
    expected = {
        ("Orla Pemberton", "chair", org, "holds"),
        ("Idris Vantongeren", "chief executive", org, "holds"),
        ("Kezia Strand-Ellery", "non-executive director", org, "holds"),
        ("Bertram Quarles", "non-executive director", org, "holds"),
        ("Selina Okafor", "non-executive director", org, "holds"),
        ("Piet Wenlock", "medical director", org, "holds"),
        ("Edith Barrow", "chief nurse", org, "holds"),
        ("Enid Wolstenholme", "director of estates and the environment", org, "holds"),
    }
    assert expected <= found, found
    assert not any(f[0].split()[0].isupper() for f in found), found  # no "EB MT EW" as a person


def test_an_initials_column_may_stop_short_and_the_titles_end_where_prose_begins(nlp):
    # Item 429, the same layout with those in attendance run on after the members: they have no initials in
    # the column, an observer's cell is the body they came from (no post, but one cell), and the titles run
    # straight into the minutes' first sentence with no heading between.
    org = "Oxford University Hospitals NHS Foundation Trust"
    text = (
        f"{org} Trust Board Minutes of the meeting held in public on 11 September 2013. Present: Dame Orla "
        "Pemberton Mr Idris Vantongeren Mrs Kezia Strand-Ellery Mr Bertram Quarles In attendance: Ms Ffion "
        "Rudd Mr Tobias Wren OP IV KSE BQ Chairman Chief Executive Non-Executive Director Chief Nurse NHS "
        "England Deputy Head of Corporate Governance (minutes) The Chairman welcomed the observer from NHS "
        "England. TB51/13 Apologies were received from the Medical Director."
    )
    found = {f[:4] for f in events_of(nlp, text, "2013-09-11")}
    expected = {
        ("Orla Pemberton", "chair", org, "holds"),
        ("Idris Vantongeren", "chief executive", org, "holds"),
        ("Kezia Strand-Ellery", "non-executive director", org, "holds"),
        ("Bertram Quarles", "chief nurse", org, "holds"),
    }
    assert expected <= found, found
    assert not any(f[0] in {"Ffion Rudd", "Tobias Wren"} for f in found), found


def test_a_possessor_is_not_the_subject_of_the_verb_over_what_it_owns(nlp):
    # Item 430: "X's position has become untenable", "X's successor will join in May": the verb is said of the
    # position or the successor, not of X, who was read as appointed (to "become" or "join"); X holds the
    # post named beside the name. A change X owns ("X's retirement was announced") is still X's.
    text = (
        "NHS Fife chief executive Marguerite Tollan's position has become untenable, an MSP said on Friday. "
        "Separately, Royal Cornwall Hospitals NHS Trust chief executive Piers Abernethy's successor will join "
        "in the spring. Meanwhile Gloucestershire Hospitals NHS Foundation Trust chair Winifred Osei's "
        "retirement was announced on Thursday."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-02-01")}
    assert ("Marguerite Tollan", "chief executive", "NHS Fife", "holds") in found, found
    assert not any(f[0] in {"Marguerite Tollan", "Piers Abernethy"} and f[3] == "appointed" for f in found), (
        found
    )
    assert (
        "Winifred Osei",
        "chair",
        "Gloucestershire Hospitals NHS Foundation Trust",
        "departed",
    ) in found, found


def test_a_run_of_initialled_names_cut_by_the_sentence_splitter_still_opens_with_a_name(nlp):
    # Item 431: "Members: A (AA) Title B (BB) Title ...": the sentence splitter cut the run after a bracket, so
    # the run's second part seemed to open with a title, and every title went to the name after it (the chief
    # executive's to the workforce director). A bracket ends no sentence: the run is read from its start. And
    # a title after a comma in such a run ("Non-Executive Director, Vice Chair") is the same member's.
    org = "King's College Hospital NHS Foundation Trust"
    text = (
        f"{org} Board of Directors PUBLIC AGENDA Date of meeting Tuesday, 9 June 2015 Members: Wilfred "
        "Ashcombe (WA) Non-Executive Director, Vice Chair Priya Lambton (PL) Non-Executive Director Osric "
        "Delamere (OD) Non-Executive Director Fenella Yardley (FY) Chief Executive Gideon Holloway (GH) "
        "Director of Workforce Development In attendance: Maud Pettigrew (MP) Board Secretary"
    )
    found = {f[:4] for f in events_of(nlp, text, "2015-06-09")}
    expected = {
        ("Wilfred Ashcombe", "non-executive director", org, "holds"),
        ("Wilfred Ashcombe", "vice chair", org, "holds"),
        ("Priya Lambton", "non-executive director", org, "holds"),
        ("Osric Delamere", "non-executive director", org, "holds"),
        ("Fenella Yardley", "chief executive", org, "holds"),
        ("Gideon Holloway", "director of workforce development", org, "holds"),
    }
    assert expected <= found, found
    assert not any(f[0] == "Priya Lambton" and f[1] == "vice chair" for f in found), found
    assert not any(f[0] == "Gideon Holloway" and f[1] == "chief executive" for f in found), found


def test_a_bracket_ends_no_sentence_in_a_run_of_initialled_names(nlp):
    # Item 431, the cut itself: here the model's splitter ends a sentence after "(HL)", and the run after it
    # must still be read as names first (each title the name's before it).
    org = "King's College Hospital NHS Foundation Trust"
    text = (
        f"{org} Board of Directors PUBLIC AGENDA Date of meeting Tuesday, 9 June 2015 Members: Harold Lamb "
        "(HL) Non-Executive Director Priya Lambton (PL) Non-Executive Director Osric Delamere (OD) Non-Executive "
        "Director Fenella Yardley (FY) Chief Executive Gideon Holloway (GH) Director of Workforce Development In "
        "attendance: Maud Pettigrew (MP) Board Secretary"
    )
    found = {f[:4] for f in events_of(nlp, text, "2015-06-09")}
    assert ("Fenella Yardley", "chief executive", org, "holds") in found, found
    assert ("Harold Lamb", "non-executive director", org, "holds") in found, found
    assert not any(f[0] == "Gideon Holloway" and f[1] == "chief executive" for f in found), found
