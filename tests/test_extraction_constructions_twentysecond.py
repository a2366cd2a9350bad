"""Constructions found on the twenty-ninth round of real pages (rules log items 394 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_a_committee_chair_cell_keeps_a_flat_attendance_block_paired(nlp):
    # Item 394: minutes flattened out of a PDF table give all the names, then all the titles. One title
    # "Audit Committee Chair" (a non-executive's committee post, no board title of its own) split into no
    # cell, so the block gave no pair at all; it is now a cell that gives nothing.
    text = (
        "NHS Leeds Clinical Commissioning Group\n\nMinutes of the Governing Body held on Tuesday 4 March 2014\n\n"
        "Present: Philippa Drummond Edwin Castellane Harriet Mowbray Oswin Tredgold\n\n"
        "Chair Non-Executive Director Audit Committee Chair Chief Finance Officer\n\n"
        "Apologies were received from one lay member.\n"
    )
    found = {f[:4] for f in events_of(nlp, text, "2014-03-04")}
    ccg = "NHS Leeds Clinical Commissioning Group"
    assert ("Philippa Drummond", "chair", ccg, "holds") in found, found
    assert ("Edwin Castellane", "non-executive director", ccg, "holds") in found, found
    assert ("Oswin Tredgold", "chief financial officer", ccg, "holds") in found, found
    assert not any(f[0] == "Harriet Mowbray" for f in found), found
