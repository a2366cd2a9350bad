"""Extract stage over the database: pending documents → `nlp.pipe` in batches → events, one transaction each.

``workers`` > 1 spreads the NLP work over a pool of processes (started by a forkserver, each given the
pipeline once); this process stays the only SQLite writer and writes the results
in document order, so the database is the same as with one worker. Memory per worker is bounded by
recycling: each worker process is replaced after ``recycle_after`` batches (spaCy's vocabulary and
string store only grow while a process lives).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import sqlite_utils
from nhs_leaders.nlp.pipeline import EXTRACTOR_VERSION, extract_events
from nhs_leaders.store.documents import pending_documents
from nhs_leaders.store.events import replace_document_events
from spacy.language import Language

log = logging.getLogger(__name__)

RECYCLE_AFTER = 50  # batches per worker process before it is replaced (bounded memory)
# Pending text (characters) below which one process is quicker than a pool: each worker takes a few
# seconds to start (the pipeline is pickled to it and unpickled there, one worker after the other), and
# one process extracts ~10,000 characters a second on a slow core (benchmarks/extract.py --workers).
POOL_MIN_CHARS = 250_000

# The pipeline a pool worker uses: given to it once when it starts (see _worker_start).
_WORKER_NLP: Language | None = None


@dataclass
class ExtractResult:
    documents: int = 0
    events: int = 0
    document_ids: list[int] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


# One document's output, ready to write: (events as dicts, organisation mentions as dicts) or an error.
Output = tuple[list[dict], list[dict]] | Exception


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def auto_workers(db: sqlite_utils.Database, ids: list[int]) -> int:
    """Every core when the pending text is long enough to pay for starting workers, else one."""
    chars = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        chars += (
            db.execute(f"SELECT SUM(LENGTH(text)) FROM documents WHERE id IN ({marks})", chunk).fetchone()[0]
            or 0
        )
        if chars >= POOL_MIN_CHARS:
            return default_workers()
    return 1


def _rows(db: sqlite_utils.Database, ids: list[int]) -> list[tuple]:
    rows = []
    for doc_id in ids:
        row = db.execute(
            "SELECT text, published, organisation_ods, title FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        rows.append(tuple(row))
    return rows


def _extract_batch(nlp: Language, items: list[tuple], batch_size: int) -> list[Output]:
    """Events and mentions (plain dicts) for each item; when the batch fails, each item alone (so one
    bad document fails only itself)."""
    try:
        return [
            ([e.to_dict() for e in x.events], [vars(m) for m in x.organisations])
            for x in extract_events(nlp, items, batch_size=batch_size)
        ]
    except Exception as exc:  # noqa: BLE001  (reported per document by the writer)
        if len(items) == 1:
            return [exc]
        return [out for item in items for out in _extract_batch(nlp, [item], batch_size)]


def _worker_init() -> None:
    """Die with the writer: a worker outliving a killed run would keep its inherited run lock held."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):  # not Linux
        pass
    if os.getppid() == 1:  # the writer died before prctl took effect
        os._exit(1)


def _worker_start(nlp: Language) -> None:
    """A pool worker's start: die with the writer, keep the pipeline it was given."""
    global _WORKER_NLP
    _worker_init()
    _WORKER_NLP = nlp


def _worker_batch(args: tuple[list[tuple], int]) -> list[Output]:
    items, batch_size = args
    assert _WORKER_NLP is not None, "pool workers get the pipeline in _worker_start"
    return _extract_batch(_WORKER_NLP, items, batch_size)


def _outputs(
    db: sqlite_utils.Database, nlp: Language, batches: list[list[int]], batch_size: int, workers: int
) -> Iterator[tuple[list[int], list[Output]]]:
    """(document ids, their outputs) per batch, in order; in this process or over a pool of workers."""
    if workers <= 1 or len(batches) <= 1 or "forkserver" not in multiprocessing.get_all_start_methods():
        for ids in batches:
            yield ids, _extract_batch(nlp, _rows(db, ids), batch_size)
        return
    # forkserver, not fork: this process has threads (progress, logging, BLAS), and a child forked while
    # one of them holds a lock hangs for ever. Each worker gets the pipeline once, pickled (~0.7 s).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])  # spaCy and our components imported once, before the forks
    window = 2 * workers  # batches in flight: texts are read here (SQLite stays in one thread), lazily
    with ctx.Pool(
        min(workers, len(batches)),
        maxtasksperchild=RECYCLE_AFTER,
        initializer=_worker_start,
        initargs=(nlp,),
    ) as pool:
        pending: deque = deque()
        for ids in batches:
            pending.append((ids, pool.apply_async(_worker_batch, ((_rows(db, ids), batch_size),))))
            if len(pending) >= window:
                done_ids, job = pending.popleft()
                yield done_ids, job.get()
        while pending:
            done_ids, job = pending.popleft()
            yield done_ids, job.get()


def extract_pending(
    db: sqlite_utils.Database,
    nlp: Language,
    reprocess: bool = False,
    batch_size: int = 32,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = 1,
) -> ExtractResult:
    """Run the NLP stage over documents the current extractor has not seen (all with ``reprocess``).

    ``workers``: processes doing the NLP (1 = in this process; None = every core when the pending text
    is long enough to pay for starting them, see ``POOL_MIN_CHARS``); this process alone writes.
    ``progress(done, total)`` is called after each document."""
    ids = pending_documents(db, EXTRACTOR_VERSION, reprocess)
    workers = auto_workers(db, ids) if workers is None else workers
    batches = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    result = ExtractResult()
    done = 0
    for batch_ids, outputs in _outputs(db, nlp, batches, batch_size, workers):
        for doc_id, output in zip(batch_ids, outputs):
            try:
                if isinstance(output, Exception):
                    raise output
                events, mentions = output
                result.events += replace_document_events(db, doc_id, events, EXTRACTOR_VERSION, mentions)
                result.documents += 1
                result.document_ids.append(doc_id)
            except Exception as exc:  # one bad document must not stop the run
                log.error("document %s: events not written: %s", doc_id, exc)
                result.errors.append({"document_id": doc_id, "error": f"{type(exc).__name__}: {exc}"})
            done += 1
            if progress:
                progress(done, len(ids))
    return result
