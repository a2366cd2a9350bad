"""`make train` reproduces the shipped classifier: the same steps (training data from the fixtures, spaCy's
own training with the repo's config and seed) into a temporary folder give a classifier that scores within
0.01 of the shipped one on the held-out candidates and labels at least 99% of them the same way. Fails when the rules or the fixtures changed and the
shipped weights were not retrained. (Writes only to tmp_path; `make test` never replaces the shipped
weights.)"""

from __future__ import annotations

import spacy
from nhs_leaders.nlp.learned import classifier_path
from nhs_leaders.nlp.training import labelled_candidates, write_docbins
from spacy.tokens import DocBin
from spacy.training import Example

from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "extraction"


def _macro_f(nlp, examples: list[Example]) -> float:
    return nlp.evaluate(examples)["cats_macro_f"]


def test_make_train_reproduces_the_shipped_classifier(tmp_path):
    from nhs_leaders.nlp.evaluate import load_gold
    from nhs_leaders.nlp.pipeline import build_pipeline
    from spacy.cli.train import train

    nlp = build_pipeline(classifier="rules")
    rows = labelled_candidates(nlp, load_gold(FIXTURES / "gold.jsonl"), FIXTURES / "texts")
    write_docbins(nlp, rows, tmp_path / "data")
    train(
        REPO / "nlp" / "classifier" / "config.cfg",
        tmp_path / "model",
        overrides={
            "paths.train": str(tmp_path / "data" / "train.spacy"),
            "paths.dev": str(tmp_path / "data" / "dev.spacy"),
        },
    )
    retrained = spacy.load(tmp_path / "model" / "model-best")
    shipped = spacy.load(classifier_path())
    docs = list(DocBin().from_disk(tmp_path / "data" / "dev.spacy").get_docs(shipped.vocab))
    examples = [Example(shipped.make_doc(d.text), d) for d in docs]
    assert len(examples) > 100
    assert abs(_macro_f(retrained, examples) - _macro_f(shipped, examples)) <= 0.01
    agree = sum(_label(retrained, d.text) == _label(shipped, d.text) for d in docs) / len(docs)
    assert agree >= 0.99, f"the retrained classifier agrees with the shipped one on {agree:.1%} of candidates"


def _label(nlp, text: str) -> str:
    cats = nlp(text).cats
    return max(cats, key=cats.get)
