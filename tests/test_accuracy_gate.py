"""Accuracy gate (after trafilatura's eval gate): extraction must not fall below pinned floors.

The fixture set in tests/fixtures/extraction/ is ours (original, fictional people, real organisations).
The development set in ../shared/eval/dev/ is read only when present (the test skips otherwise).
Raise a floor when extraction improves; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nhs_leaders.crawler.texts import text_items
from nhs_leaders.nlp.annotate import annotate
from nhs_leaders.nlp.evaluate import evaluate, load_gold

from tests.conftest import REPO, shared_dir

FIXTURES = REPO / "tests" / "fixtures" / "extraction"

# (set, scope) → (precision floor, recall floor)
FLOORS = {
    # 230 documents, stage (c) by the rules: measured all P 0.922 R 0.790, changes P 0.922 R 0.759 (the
    # twenty-third round 0.921 / 0.788 and 0.920 / 0.756; the precision floors rise from 0.91).
    # The development set: all P 0.993 R 0.937 (floors were 0.97 / 0.91), changes P 1.000 R 0.938 (0.98 / 0.89).
    ("fixtures", "all"): (0.915, 0.78),
    ("fixtures", "changes"): (0.915, 0.75),
    ("dev", "all"): (0.98, 0.93),
    ("dev", "changes"): (0.99, 0.93),
}


def _records(nlp, texts: Path) -> list[dict]:
    return list(annotate(nlp, list(text_items(sorted(texts.glob("*.txt"))))))


def _score(nlp, texts: Path, gold: Path):
    return evaluate(load_gold(gold), _records(nlp, texts))


@pytest.fixture(scope="module")
def fixture_records(nlp) -> list[dict]:
    """The extractor's records on the fixtures, made once for the floors and the scorer check."""
    return _records(nlp, FIXTURES / "texts")


@pytest.fixture(scope="module")
def fixture_result(fixture_records):
    return evaluate(load_gold(FIXTURES / "gold.jsonl"), fixture_records)


@pytest.fixture(scope="module")
def dev_result(nlp):
    dev = shared_dir() / "eval" / "dev"
    return _score(nlp, dev / "texts", dev / "gold.jsonl")


@pytest.mark.parametrize("scope", ["all", "changes"])
def test_fixture_floors(fixture_result, scope):
    score = getattr(fixture_result, scope)
    precision, recall = FLOORS[("fixtures", scope)]
    assert score.precision >= precision, score.summary()
    assert score.recall >= recall, score.summary()


@pytest.mark.parametrize("scope", ["all", "changes"])
def test_dev_floors(dev_result, scope):
    score = getattr(dev_result, scope)
    precision, recall = FLOORS[("dev", scope)]
    assert score.precision >= precision, score.summary()
    assert score.recall >= recall, score.summary()


def test_fixture_dates_and_interim(fixture_result):
    summary = fixture_result.all.summary()
    assert summary["interim_acc"] >= 0.98, summary  # measured 0.992 (230 documents)
    assert summary["date_acc"] >= 0.87, summary  # measured 0.894 (230 documents)


def test_dev_dates_and_interim(dev_result):
    summary = dev_result.all.summary()
    assert summary["interim_acc"] >= 0.9
    assert summary["date_acc"] >= 0.95


def test_evaluate_agrees_with_reference_scorer(fixture_records, tmp_path):
    """Our `evaluate` gives the reference scorer's figures on the same predictions."""
    import json
    import subprocess
    import sys

    scorer = shared_dir() / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("reference scorer not available")
    gold = FIXTURES / "gold.jsonl"
    records = fixture_records
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predictions)], capture_output=True, text=True, check=True
    ).stdout
    reference = json.loads(out.strip().splitlines()[-1])
    ours = evaluate(load_gold(gold), records)
    assert ours.all.summary() == reference["all"]
    assert ours.changes.summary() == reference["changes"]
