"""Training data for the learned stage: candidates from annotated documents, labelled from their gold.

``python -m nhs_leaders.nlp.training --gold GOLD.jsonl --texts DIR --out DIR`` runs the rules over every
text, keeps each candidate (person, post, organisations, the classifier's input text) and labels it with
the gold event it matches (appointed, departed, holds) or ``none``. It writes ``train.spacy`` and
``dev.spacy`` (every fifth document held out, so the split is fixed) for ``spacy train``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from nhs_leaders.nlp.evaluate import canonical_role, load_gold, same_organisation, same_person
from nhs_leaders.nlp.learned import LABELS
from spacy.language import Language
from spacy.tokens import DocBin

CHANGE_FIRST = ("appointed", "departed", "holds")


def label_for(candidate: dict, gold_events: list[dict]) -> str:
    """The gold event type that the candidate matches (a change before a plain holds), else ``none``."""
    found = {
        g["event"]
        for g in gold_events
        if same_person(g["person"], candidate["person"])
        and canonical_role(g["role"]) == canonical_role(candidate["role"])
        and any(same_organisation(g["organisation"], org) for org in candidate["organisations"] or [""])
    }
    return next((kind for kind in CHANGE_FIRST if kind in found), "none")


def labelled_candidates(
    nlp: Language, gold: dict[str, list[dict]], texts: Path
) -> list[tuple[str, str, str]]:
    """(document id, classifier text, label) for every candidate in the gold documents."""
    from nhs_leaders.crawler.local import document_from_file
    from nhs_leaders.nlp.pipeline import make_docs

    extractor = nlp.get_pipe("nhs_events")
    extractor.record_candidates = True
    ids, items = [], []
    for doc_id in sorted(gold):
        document = document_from_file(texts / f"{doc_id}.txt")
        if not document.error:
            ids.append(doc_id)
            items.append((document.text, document.published, None, document.title))
    out = []
    try:
        for doc in nlp.pipe(make_docs(nlp, items)):
            doc_id = ids[doc.user_data["chunk"][0]]
            for candidate in doc.user_data.get("nhs_candidates", []):
                out.append((doc_id, candidate["text"], label_for(candidate, gold[doc_id])))
    finally:
        extractor.record_candidates = False
    return out


def write_docbins(nlp: Language, rows: list[tuple[str, str, str]], out: Path) -> dict[str, Counter]:
    """train.spacy and dev.spacy (documents whose position in the sorted list is a multiple of 5)."""
    out.mkdir(parents=True, exist_ok=True)
    docs = sorted({doc_id for doc_id, _, _ in rows})
    held_out = {doc_id for n, doc_id in enumerate(docs) if n % 5 == 4}
    bins = {"train": DocBin(), "dev": DocBin()}
    counts: dict[str, Counter] = {"train": Counter(), "dev": Counter()}
    for doc_id, text, label in rows:
        part = "dev" if doc_id in held_out else "train"
        doc = nlp.make_doc(text)
        doc.cats = {name: float(name == label) for name in LABELS}
        bins[part].add(doc)
        counts[part][label] += 1
    for part, docbin in bins.items():
        docbin.to_disk(out / f"{part}.spacy")
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", required=True)
    parser.add_argument("--texts", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    from nhs_leaders.nlp.pipeline import build_pipeline

    nlp = build_pipeline(None, classifier="rules")
    rows = []
    for gold_path, texts in zip(args.gold, args.texts):
        rows += labelled_candidates(nlp, load_gold(gold_path), texts)
    counts = write_docbins(nlp, rows, args.out)
    for part, counter in counts.items():
        print(part, sum(counter.values()), dict(sorted(counter.items())))


if __name__ == "__main__":
    main()
