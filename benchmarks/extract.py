"""Benchmark: words/s of our extract stage (text → events in SQLite) versus raw `nlp.pipe`.

Builds N documents from the committed fixture texts (repeated), then times
  1. raw ``nlp.pipe`` of the base English model (all its components) over the texts;
  2. our extract stage: the same model plus the NHS components, events written to a real SQLite file.
Prints both rates and their ratio (goal ≥ 0.9).

    python benchmarks/extract.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nhs_leaders.crawler.local import document_from_file  # noqa: E402
from nhs_leaders.nlp.model import load_base_model  # noqa: E402
from nhs_leaders.nlp.pipeline import build_pipeline  # noqa: E402
from nhs_leaders.store import open_db  # noqa: E402
from nhs_leaders.store.documents import Document, save_document  # noqa: E402
from nhs_leaders.store.landing import extract_pending  # noqa: E402


def corpus(n: int) -> list[tuple[str, str | None]]:
    texts = [document_from_file(p) for p in sorted((REPO / "tests/fixtures/extraction/texts").glob("*.txt"))]
    return [
        (texts[i % len(texts)].text + f"\n\n(copy {i})", texts[i % len(texts)].published) for i in range(n)
    ]


def raw_rate(docs: list[tuple[str, str | None]], words: int) -> float:
    base = load_base_model()
    start = time.perf_counter()
    for _ in base.pipe((t for t, _ in docs), batch_size=32):
        pass
    return words / (time.perf_counter() - start)


def our_rate(docs: list[tuple[str, str | None]], words: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        for i, (text, published) in enumerate(docs):
            save_document(db, Document(url=f"bench://{i}", text=text, published=published))
        nlp = build_pipeline()
        start = time.perf_counter()
        result = extract_pending(db, nlp)
        return words / (time.perf_counter() - start), result.events


def main(n: int = 1000, rounds: int = 2) -> None:
    """Alternate the two measurements ``rounds`` times and keep each one's best (other load on the machine
    only ever slows a run down)."""
    docs = corpus(n)
    words = sum(len(t.split()) for t, _ in docs)
    raws, ours, events = [], [], 0
    for _ in range(rounds):
        raws.append(raw_rate(docs, words))
        rate, events = our_rate(docs, words)
        ours.append(rate)
    raw, our = max(raws), max(ours)
    print(f"documents: {n}, words: {words:,}, events written: {events:,}, rounds: {rounds}")
    print(f"raw nlp.pipe (same model, all its components): {raw:,.0f} words/s")
    print(f"our extract stage (NHS components + SQLite writes): {our:,.0f} words/s")
    print(f"ratio: {our / raw:.2f} (goal >= 0.9)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
