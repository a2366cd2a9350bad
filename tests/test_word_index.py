"""The word index the event passes visit instead of every token (`nlp/word_index.py`)."""

from nhs_leaders.nlp.word_index import positions_by
from spacy.attrs import LEMMA, LOWER


def test_lemmas_spelt_two_ways_are_one_word_in_text_order(nlp):
    """ "Trust" (a name's lemma) and "trust" are one lower-cased lemma; its positions stay in text order."""
    doc = nlp("The Trust said the trust had left. Leeds Trust and the trust met the Trust board.")
    assert {t.lemma_ for t in doc if t.lower_ == "trust"} == {"Trust", "trust"}  # the case the merge is for
    assert positions_by(doc, LEMMA)["trust"] == [t.i for t in doc if t.lower_ == "trust"]


def test_positions_by_lower_form_and_by_lemma(nlp):
    doc = nlp("She succeeded Jo Bloggs, who succeeds no one; they will succeed together.")
    assert positions_by(doc, LEMMA)["succeed"] == [t.i for t in doc if t.lower_.startswith("succeed")]
    assert positions_by(doc, LOWER)["succeeds"] == [t.i for t in doc if t.lower_ == "succeeds"]
