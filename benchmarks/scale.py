"""Scale benchmark: every stage at growing corpus sizes, with its growth exponent (time ∝ N^k).

For each size N it builds the synthetic corpus of :mod:`benchmarks.corpus` (news items plus one
100-300 page board pack in 100 documents) and runs each stage as its own process on a fresh database,
the way cron would: ``ingest``, the extract stage (``--workers``), resolution, ``report``, a rerun of
``run --changes-out`` on the unchanged corpus, the README's example queries, and ``export``. It
records wall time, words/s and pages/s for extraction, the database size and each stage's peak RSS
(the largest process, workers included), prints a table, and each stage's exponent k between
consecutive sizes and over all of them (least squares on log-log).

    python benchmarks/scale.py                      # 1,000, 10,000 and 50,000 documents
    python benchmarks/scale.py --sizes 200,1000 --workers 2 --json out.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

PY = sys.executable
QUERIES = (
    "SELECT person, role, organisation, event, effective_date FROM appointments",
    "SELECT title FROM documents_fts WHERE documents_fts MATCH 'interim NEAR chief'",
)
EXTRACT = (
    "import sys; from nhs_leaders.store import open_db; from nhs_leaders.nlp.pipeline import build_pipeline;"
    " from nhs_leaders.store.landing import extract_pending;"
    " r = extract_pending(open_db(sys.argv[1]), build_pipeline(), workers=int(sys.argv[2]));"
    " print(r.documents, r.events)"
)
RESOLVE = (
    "import sys; from nhs_leaders.store import open_db; from nhs_leaders.resolve.entities import resolve;"
    " resolve(open_db(sys.argv[1]))"
)
STAGES = ("ingest", "extract", "resolve", "report", "rerun", "queries", "export")


def timed(argv: list[str], out: Path | None = None) -> tuple[float, float]:
    """Run ``argv``; (seconds, peak RSS in MB of the largest process of its tree)."""
    start = time.perf_counter()
    with open(out or os.devnull, "w") as sink:
        proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.PIPE, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise RuntimeError(f"{argv[:5]} exited {code}: {err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def cli(*args: str) -> list[str]:
    return [PY, "-m", "nhs_leaders", *args]


def measure(size: int, workers: int, work: Path, cache: Path) -> dict:
    """Every stage at one size; returns the row of figures."""
    corpus = work / f"corpus-{size}"
    news, packs = write_corpus(corpus, size, cache)
    db = work / f"scale-{size}.db"
    row: dict = {"documents": size, "news": news, "packs": packs}
    for name, argv in (
        ("ingest", cli("ingest", "--db", str(db), str(corpus))),
        ("extract", [PY, "-c", EXTRACT, str(db), str(workers)]),
        ("resolve", [PY, "-c", RESOLVE, str(db)]),
        ("report", cli("report", "--db", str(db))),
        (
            "rerun",
            cli("run", "--db", str(db), "--quiet", "--changes-out", str(work / "changes.jsonl"), str(corpus)),
        ),
    ):
        row[name], row[f"{name}_rss"] = timed(argv)
        print(f"  {size}: {name} {row[name]:.1f} s, {row[f'{name}_rss']:.0f} MB", flush=True)
    row["queries"] = row["queries_rss"] = 0.0
    for sql in QUERIES:
        seconds, rss = timed(cli("query", "--db", str(db), sql, "--format", "csv"))
        row["queries"] += seconds
        row["queries_rss"] = max(row["queries_rss"], rss)
    row["export"], row["export_rss"] = timed(
        cli("export", "--db", str(db), "--what", "events", "--format", "csv", "--out", str(work / "ev.csv"))
    )
    import sqlite3

    con = sqlite3.connect(db)
    words, pages = con.execute(
        "SELECT SUM(LENGTH(text) - LENGTH(REPLACE(text, ' ', '')) + 1),"
        " SUM(CASE WHEN pages IS NULL THEN 0 ELSE json_array_length(pages) END) FROM documents"
    ).fetchone()
    row["events"] = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    row["people"] = con.execute("SELECT COUNT(*) FROM people").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    row["words"], row["pages"] = words or 0, pages or 0
    row["words_s"], row["pages_s"] = row["words"] / row["extract"], row["pages"] / row["extract"]
    row["db_mb"] = sum(p.stat().st_size for p in work.glob(f"scale-{size}.db*")) / 1e6
    row["peak_rss"] = max(row[f"{s}_rss"] for s in STAGES)
    row["rerun_share"] = row["rerun"] / sum(row[s] for s in ("ingest", "extract", "resolve", "report"))
    return row


def exponent(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y on log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def table(rows: list[dict], workers: int) -> str:
    """The figures as a Markdown table, then the exponents."""
    head = [
        "documents",
        "words",
        "pages",
        "events",
        *STAGES,
        "words/s",
        "pages/s",
        "DB MB",
        "peak RSS MB",
        "rerun %",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [f"{r['documents']:,}", f"{r['words']:,}", f"{r['pages']:,}", f"{r['events']:,}"]
        cells += [f"{r[s]:.1f} s" for s in STAGES]
        cells += [f"{r['words_s']:,.0f}", f"{r['pages_s']:,.1f}", f"{r['db_mb']:.0f}", f"{r['peak_rss']:.0f}"]
        cells.append(f"{100 * r['rerun_share']:.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    if len(rows) > 1:
        sizes = [r["documents"] for r in rows]
        lines += ["", f"growth exponent k (time ∝ N^k), extract with {workers} workers:", ""]
        lines.append("| stage | " + " | ".join(f"{a:,}→{b:,}" for a, b in zip(sizes, sizes[1:])) + " | fit |")
        lines.append("|---|" + "---|" * len(sizes))
        for s in STAGES:
            steps = [
                math.log(b[s] / a[s]) / math.log(b["documents"] / a["documents"])
                for a, b in zip(rows, rows[1:])
            ]
            fit = exponent(sizes, [r[s] for r in rows])
            lines.append(f"| {s} | " + " | ".join(f"{k:.2f}" for k in steps) + f" | {fit:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated corpus sizes")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--work", type=Path, default=None, help="keep databases here (default: a temp dir)")
    parser.add_argument("--cache", type=Path, default=REPO / "build/scale-corpus", help="generated documents")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            print(f"size {size:,} (load {os.getloadavg()[0]:.2f})", flush=True)
            rows.append(measure(size, args.workers, work, args.cache))
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))
    print(f"\n{os.cpu_count()} cores, extract --workers {args.workers}, load now {os.getloadavg()}\n")
    print(table(rows, args.workers))


if __name__ == "__main__":
    main()
