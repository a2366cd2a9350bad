"""Benchmark: words/s of our extract stage (text → events in SQLite) versus raw `nlp.pipe`.

Builds N documents from the committed fixture texts (repeated), then times
  1. raw ``nlp.pipe`` of the base English model (all its components) over the texts;
  2. our extract stage: the same model plus the NHS components, events written to a real SQLite file.
The two are timed chunk by chunk, taking turns (see ``paired_seconds``); prints both rates and their
ratio (goal ≥ 0.8), the median of ROUNDS passes.

With ``--workers``: the extract stage with 1 worker versus 2 (``extract --workers``), the speed-up
(goal ≥ 1.7 on a 2-core machine) and whether the two databases hold identical events.

    python benchmarks/extract.py [N [ROUNDS]]
    python benchmarks/extract.py --workers [N]
"""

from __future__ import annotations

import os
import statistics
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


def our_rate(
    docs: list[tuple[str, str | None]], words: int, workers: int = 1, nlp=None
) -> tuple[float, int, list[tuple]]:
    """Words/s of the extract stage, events written, and the events themselves (for comparison)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        for i, (text, published) in enumerate(docs):
            save_document(db, Document(url=f"bench://{i}", text=text, published=published))
        nlp = nlp or build_pipeline()
        start = time.perf_counter()
        result = extract_pending(db, nlp, workers=workers)
        rate = words / (time.perf_counter() - start)
        rows = db.execute(
            "SELECT e.document_id, p.name, e.organisation_text, e.role, e.event, e.effective_date,"
            " e.char_start, e.char_end FROM events e JOIN people p ON p.id = e.person_id ORDER BY e.id"
        ).fetchall()
        return rate, result.events, rows


def compare_workers(n: int, rounds: int = 2) -> None:
    """1 worker versus 2, alternated ``rounds`` times, best of each; identical events required."""
    docs = corpus(n)
    words = sum(len(t.split()) for t, _ in docs)
    nlp = build_pipeline()
    best: dict[int, float] = {1: 0.0, 2: 0.0}
    rows: dict[int, list] = {}
    for _ in range(rounds):
        for w in (1, 2):
            rate, _, rows[w] = our_rate(docs, words, workers=w, nlp=nlp)
            best[w] = max(best[w], rate)
    print(
        f"documents: {n}, words: {words:,}, events: {len(rows[1]):,}, rounds: {rounds}, load: {os.getloadavg()}"
    )
    print(f"extract, 1 worker:  {best[1]:,.0f} words/s")
    print(f"extract, 2 workers: {best[2]:,.0f} words/s")
    print(f"speed-up: {best[2] / best[1]:.2f}x (goal >= 1.7); identical events: {rows[1] == rows[2]}")


def paired_seconds(docs: list[tuple[str, str | None]], chunk: int = 46) -> tuple[float, float, int]:
    """Seconds of raw ``nlp.pipe`` and of our extract stage over the same documents, measured chunk by
    chunk, the two sides taking turns to go first; and the events written.

    A shared machine's speed drifts by 10-20 % from one minute to the next, more than the gap measured;
    timing both sides on each chunk within a few seconds of each other lets the drift fall on both."""
    base, nlp = load_base_model(), build_pipeline()
    raw = ours = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        events = 0
        for n, start in enumerate(range(0, len(docs), chunk)):
            part = docs[start : start + chunk]
            for i, (text, published) in enumerate(part, start):
                save_document(db, Document(url=f"bench://{i}", text=text, published=published))
            for side in ("raw", "ours") if n % 2 == 0 else ("ours", "raw"):
                began = time.perf_counter()
                if side == "raw":
                    for _ in base.pipe((t for t, _ in part), batch_size=32):
                        pass
                    raw += time.perf_counter() - began
                else:
                    events += extract_pending(db, nlp).events  # the documents just saved
                    ours += time.perf_counter() - began
    return raw, ours, events


def main(n: int = 460, rounds: int = 3) -> None:
    """``rounds`` passes of :func:`paired_seconds` over ``n`` documents; each pass gives a ratio."""
    docs = corpus(n)
    words = sum(len(t.split()) for t, _ in docs)
    passes = [paired_seconds(docs) for _ in range(rounds)]
    ratios = sorted(raw / ours for raw, ours, _ in passes)
    print(f"documents: {n}, words: {words:,}, events written: {passes[0][2]:,}, rounds: {rounds}")
    print(f"raw nlp.pipe (same model, all its components): {words / min(p[0] for p in passes):,.0f} words/s")
    print(
        f"our extract stage (NHS components + SQLite writes): {words / min(p[1] for p in passes):,.0f} words/s"
    )
    print(
        f"ratio: median {statistics.median(ratios):.2f} of {', '.join(f'{r:.2f}' for r in ratios)}"
        " (goal >= 0.8)"
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--workers"]
    if "--workers" in sys.argv:
        compare_workers(int(args[0]) if args else 1000)
    else:
        main(*(int(a) for a in args[:2]))
