"""Constructions found on the twenty-sixth round of real pages (rules log items 364 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_minutes_under_a_bare_present_heading_keep_the_attendance_beside_a_welcome(nlp):
    # Item 364: minutes whose members' list stands under a bare "Present" line (no colon) and whose date is only a
    # month: a member welcomed "at her first board meeting" is appointed and, being listed, also holds the post.
    trust = "Rotherham Doncaster and South Humber NHS Foundation Trust"
    text = (
        f"Board of directors minutes\n{trust}\nPresent\n- Ottilie Brammer, Chair.\n"
        "- Gwendolyn Shaw-Pike, Non-Executive Director.\n- Anselm Yardley, Chief Executive.\n"
        "In attendance\n- Rhoswen Tapp, Director of Finance.\n"
        "Welcome and apologies\nMrs Brammer welcomed all attendees to the meeting and Gwendolyn Shaw-Pike, "
        "Non-Executive Director, at her first board meeting."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-05")}
    assert ("Gwendolyn Shaw-Pike", "non-executive director", trust, "appointed") in found, found
    assert ("Gwendolyn Shaw-Pike", "non-executive director", trust, "holds") in found, found
    assert ("Rhoswen Tapp", "chief financial officer", trust, "holds") in found, found
