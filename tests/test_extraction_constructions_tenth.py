"""Constructions found on the seventeenth round of real pages (rules log items 252 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of


def test_a_sentence_never_starts_inside_a_name_after_a_headline(nlp):
    # Item 252: after headline lines with no full stop, the parser can start a sentence between a given name
    # and the surname ("Susan | Glover, Chief Executive of ..., is to stand down"), so the departure loses
    # its subject. A known given name and the capitalised word that ends the name stay in one sentence.
    text = (
        "Caring for our island, every day\n"
        "Isle of Wight NHS Trust to recruit new Chief Executive\n31 March 2017\n\n"
        "Chair thanks Susan Glover for her energy and commitment\n\n"
        "Susan Glover, Chief Executive of the Isle of Wight NHS Trust, is to stand down from her role today, "
        "31 March 2017.  The Trust board have asked the Director of Nursing, Dr Tobias Quill, to step in as "
        "acting Chief Executive for a short period.   The Board expects to confirm an interim Chief Executive "
        "in July.\n"
    )
    assert ("Susan Glover", "chief executive", "Isle of Wight NHS Trust", "departed") in changes_of(
        nlp, text, "2017-03-31"
    )


def test_a_name_with_a_typographic_apostrophe_is_one_person(nlp):
    # Item 253: the English model's name recogniser stops at "Patricia" before "O’Leary" (it reads "O'Leary"),
    # so the interim finance director was lost. "O’" and "D’" before a capitalised word are read as the plain
    # apostrophe, character for character (offsets do not move); the name is stored with the plain one.
    text = (
        "Finance director Rupert Hale will be interim chief executive of the NHS Trust Development Authority "
        "until a new appointment is made. Patricia O’Leary will be interim finance director in Mr Hale’s absence."
    )
    assert (
        "Patricia O'Leary",
        "chief financial officer",
        "NHS Trust Development Authority",
        "appointed",
    ) in (changes_of(nlp, text, "2015-03-01"))
    # A possessive's apostrophe is not a name's: "the Trust’s chair" keeps its reading.
    text = "Joan D’Costa, the Trust’s chair, will step down in May. Leeds Teaching Hospitals NHS Trust thanked her."
    assert ("Joan D'Costa", "chair", "Leeds Teaching Hospitals NHS Trust", "departed") in changes_of(
        nlp, text, "2015-03-01"
    )
