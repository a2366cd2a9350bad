"""Long documents: page by page, bounded Doc size, relevance pre-filter, whole-text offsets."""

from __future__ import annotations

from nhs_leaders.nlp.chunks import CHUNK_CHARS, is_relevant, pages, plan
from nhs_leaders.nlp.pipeline import extract_events

FILLER = (
    "The finance report showed a year-to-date deficit of £4.2m against a planned deficit of £3.1m, "
    "driven by agency spend in surgery and delayed cost improvement schemes.\n"
)
APPOINTMENT = (
    "Minutes of the Board of Directors of Barnsley Hospital NHS Foundation Trust\n\n"
    "The Chair welcomed Dr Kofi Mensah-Baird to his first meeting as Medical Director.\n"
)


def board_pack(pages_before: int = 50, pages_after: int = 20) -> str:
    filler_page = FILLER * 20
    return "\f".join([filler_page] * pages_before + [APPOINTMENT] + [filler_page] * pages_after)


def test_pages_are_bounded_and_cover_the_text():
    text = "para\n\n" * 20000
    spans = pages(text)
    assert all(end - start <= CHUNK_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans) == text


def test_relevance_is_a_cheap_vocabulary_test():
    assert is_relevant("Dr Jo Bloggs was appointed chief executive.")
    assert not is_relevant(FILLER)


def test_prefilter_keeps_first_and_relevant_pages():
    text = board_pack()
    kept = plan(text)
    assert len(kept) == 2  # the first page and the appointment page
    assert len(plan(text, prefilter=False)) == 71


def test_events_in_a_long_pack_have_whole_text_offsets_and_match_unfiltered(nlp):
    text = board_pack()
    (filtered,) = list(extract_events(nlp, [(text, "2023-05-04", None)]))
    (unfiltered,) = list(extract_events(nlp, [(text, "2023-05-04", None)], prefilter=False))
    facts = {(e.person, e.role, e.organisation, e.event) for e in filtered.events}
    assert facts == {
        ("Kofi Mensah-Baird", "medical director", "Barnsley Hospital NHS Foundation Trust", "appointed")
    }
    assert facts == {(e.person, e.role, e.organisation, e.event) for e in unfiltered.events}
    (event,) = filtered.events
    assert "first meeting as Medical Director" in text[event.start : event.end]
