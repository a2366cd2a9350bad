"""Stage (c) decided three ways: rules only, the learned classifier, and the hybrid. Prints precision,
recall and F1 (changes and all events) for each mode on:

- the fixtures, by 5-fold cross-validation (the classifier is trained on four fifths of the documents
  with the shipped config and seed, and scored on the fifth it never saw);
- the real-text development set (``--real-gold``/``--real-texts``, texts fetched outside the repo),
  with the shipped classifier (trained on all fixtures, none of them real);
- the fictional development set (``../shared/eval/dev``), when present.

    python benchmarks/classifier_modes.py [--real-gold G --real-texts DIR] [--folds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402
from nhs_leaders.crawler.texts import text_items  # noqa: E402
from nhs_leaders.nlp.annotate import annotate  # noqa: E402
from nhs_leaders.nlp.evaluate import evaluate, load_gold  # noqa: E402
from nhs_leaders.nlp.learned import MODES, load_classifier  # noqa: E402
from nhs_leaders.nlp.pipeline import build_pipeline  # noqa: E402
from nhs_leaders.nlp.training import labelled_candidates, write_docbins  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "extraction"
CONFIG = REPO / "nlp" / "classifier" / "config.cfg"


def items_for(texts: Path, ids: list[str]) -> list[tuple]:
    return list(text_items(texts / f"{doc_id}.txt" for doc_id in ids))


def score(nlp, mode: str, classifier, gold: dict, items: list[tuple]) -> dict:
    extractor = nlp.get_pipe("nhs_events")
    extractor.mode, extractor.classifier = mode, classifier
    result = evaluate({i[0]: gold[i[0]] for i in items}, annotate(nlp, items))
    return {scope: getattr(result, scope).summary() for scope in ("changes", "all")}


def train_fold(nlp, rows: list[tuple], out: Path) -> spacy.language.Language:
    from spacy.cli.train import train

    write_docbins(nlp, rows, out / "data")
    train(
        CONFIG,
        out / "model",
        overrides={
            "paths.train": str(out / "data" / "train.spacy"),
            "paths.dev": str(out / "data" / "dev.spacy"),
        },
    )
    return spacy.load(out / "model" / "model-best")


def cross_validate(nlp, folds: int) -> dict[str, dict]:
    gold = load_gold(FIXTURES / "gold.jsonl")
    ids = sorted(gold)
    rows = labelled_candidates(nlp, gold, FIXTURES / "texts")
    totals: dict[str, dict] = {}
    for fold in range(folds):
        held = [d for n, d in enumerate(ids) if n % folds == fold]
        with tempfile.TemporaryDirectory() as tmp:
            model = train_fold(nlp, [r for r in rows if r[0] not in held], Path(tmp))
            items = items_for(FIXTURES / "texts", held)
            for mode in MODES:
                for scope, s in score(nlp, mode, model, gold, items).items():
                    t = totals.setdefault(mode, {}).setdefault(scope, {"tp": 0, "fp": 0, "fn": 0})
                    for k in t:
                        t[k] += s[k]
    return {mode: {scope: _prf(t) for scope, t in scopes.items()} for mode, scopes in totals.items()}


def _prf(t: dict) -> dict:
    p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    return {
        **t,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def on_set(nlp, gold_path: Path, texts: Path) -> dict[str, dict]:
    gold = load_gold(gold_path)
    items = items_for(texts, sorted(d for d in gold if (texts / f"{d}.txt").exists()))
    return {mode: score(nlp, mode, load_classifier(), gold, items) for mode in MODES}


def print_table(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"{'mode':8} {'changes P':>9} {'R':>6} {'F1':>6}   {'all P':>6} {'R':>6} {'F1':>6}")
    for mode, scopes in results.items():
        c, a = scopes["changes"], scopes["all"]
        print(
            f"{mode:8} {c['precision']:9.3f} {c['recall']:6.3f} {c['f1']:6.3f}   "
            f"{a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--real-gold", type=Path)
    parser.add_argument("--real-texts", type=Path)
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "eval" / "dev")
    args = parser.parse_args()
    nlp = build_pipeline(classifier="rules")
    if args.real_gold and args.real_texts:
        print_table("real development set (shipped classifier)", on_set(nlp, args.real_gold, args.real_texts))
    if (args.dev / "gold.jsonl").exists():
        print_table(
            "fictional development set (shipped classifier)",
            on_set(nlp, args.dev / "gold.jsonl", args.dev / "texts"),
        )
    print_table(f"fixtures, {args.folds}-fold cross-validation", cross_validate(nlp, args.folds))


if __name__ == "__main__":
    main()
