"""Benchmark: board packs, PDF → text → events, with and without the relevance pre-filter (issue 6).

Generates N board packs with ``tests/boardpack.py`` (fpdf2; 150 pages each by default: minutes and
attendance lists among finance tables, dashboards and narrative), then times
  1. PDF → text with ``crawler.parse.parse_body`` (pypdfium2, page by page), as ingest does;
  2. text → events with ``nlp.pipeline.extract_events(..., prefilter=True)`` and ``prefilter=False``,
     the same spaCy pipeline, the texts as ingest stored them.
Prints pages/s for each, the pages the pre-filter sends to spaCy, the speed-up (goal ≥ 3×) and whether
the events are identical (goal: identical). Each measurement is the best of ``--rounds`` (other load on
the machine only ever slows a run down).

    python benchmarks/board_papers.py [--packs 3] [--pages 150] [--rounds 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nhs_leaders.crawler.parse import parse_body  # noqa: E402
from nhs_leaders.nlp.chunks import CHANGE_WORDS, is_relevant, pages, plan  # noqa: E402
from nhs_leaders.nlp.pipeline import build_pipeline, extract_events  # noqa: E402

from tests.boardpack import write_board_pack  # noqa: E402


def best_time(fn, rounds: int):
    """(best wall time, last result) over ``rounds`` calls."""
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def facts(extraction) -> list[dict]:
    return [e.to_dict() for e in extraction.events]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=3, help="board packs to generate (default 3)")
    parser.add_argument("--pages", type=int, default=150, help="pages per pack (default 150)")
    parser.add_argument(
        "--rounds", type=int, default=2, help="rounds per measurement; the best counts (default 2)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        paths, truths = [], []
        for seed in range(args.packs):
            path = Path(tmp) / f"pack-{seed}.pdf"
            truths.append(write_board_pack(path, pages=args.pages, seed=seed))
            paths.append(path)
        generated = time.perf_counter() - start
        bodies = [(p.resolve().as_uri(), p.read_bytes()) for p in paths]

    total_pages = args.packs * args.pages
    mb = sum(len(b) for _, b in bodies) / 1e6
    print(
        f"board packs: {args.packs} x {args.pages} pages ({mb:.1f} MB of PDF, generated in {generated:.1f} s), "
        f"rounds: {args.rounds}"
    )

    pdf_time, parsed = best_time(
        lambda: [parse_body(body, "pdf", url=url) for url, body in bodies], args.rounds
    )
    chars = sum(len(p.text) for p in parsed)
    print(
        f"PDF -> text (crawler.pdf via parse_body): {total_pages / pdf_time:,.0f} pages/s "
        f"({pdf_time:.2f} s, {chars:,} characters)"
    )

    items = [(p.text, p.published, None, p.title) for p in parsed]
    kept, needed, triggers = 0, 0, Counter()
    for p, truth in zip(parsed, truths):
        facts_on = {1} | {m.page for m in truth.meetings} | {c.page for c in truth.changes}
        needed += len(facts_on)
        planned = set(plan(p.text))
        kept += len(planned)
        for n, (s, e) in enumerate(pages(p.text), start=1):
            if (s, e) in planned and n not in facts_on and is_relevant(p.text[s:e]):
                triggers.update({m.group(0).lower() for m in CHANGE_WORDS.finditer(p.text[s:e])})
    print(
        f"pre-filter: {kept} of {total_pages} pages go through spaCy ({kept / total_pages:.0%}); "
        f"{needed} hold a board fact or are a first page; speed-up bound from pages alone: "
        f"{total_pages / kept:.2f}x (ideal filter: {total_pages / needed:.1f}x)"
    )
    print(
        "  change words letting through pages without a board fact (pages): "
        + ", ".join(f"{w!r} {n}" for w, n in triggers.most_common(8))
    )

    start = time.perf_counter()
    nlp = build_pipeline()
    list(
        extract_events(
            nlp, [("The Chair welcomed Jo Bloggs to her first meeting as Chief Nurse.", None, None)]
        )
    )
    print(f"spaCy pipeline loaded and warmed up in {time.perf_counter() - start:.1f} s")

    on_time, filtered = best_time(lambda: list(extract_events(nlp, items, prefilter=True)), args.rounds)
    off_time, unfiltered = best_time(lambda: list(extract_events(nlp, items, prefilter=False)), args.rounds)
    print(
        f"text -> events, pre-filter on:  {total_pages / on_time:,.1f} pages/s ({on_time:.2f} s, "
        f"{sum(len(x.events) for x in filtered)} events)"
    )
    print(
        f"text -> events, pre-filter off: {total_pages / off_time:,.1f} pages/s ({off_time:.2f} s, "
        f"{sum(len(x.events) for x in unfiltered)} events)"
    )

    speedup = off_time / on_time
    print(f"speed-up: {speedup:.2f}x (goal >= 3x: {'met' if speedup >= 3 else 'NOT met'})")
    same = [facts(a) == facts(b) for a, b in zip(filtered, unfiltered)]
    print(
        f"identical events with and without the pre-filter: {'yes' if all(same) else 'NO'} "
        f"({sum(same)} of {len(same)} packs)"
    )
    for n, (a, b) in enumerate(zip(filtered, unfiltered)):
        if facts(a) != facts(b):
            only_on = [f for f in facts(a) if f not in facts(b)]
            only_off = [f for f in facts(b) if f not in facts(a)]
            print(f"  pack {n}: {len(only_on)} events only with the pre-filter, {len(only_off)} only without")
            for f in (only_on + only_off)[:5]:
                print(
                    f"    {f['person']} | {f['role']} | {f['event']} | {f['date']} | {f['evidence'][:60]!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
