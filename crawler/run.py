"""The crawl's Python API: ``crawl(db_path, ...) -> CrawlResult``. Used by ``pipeline.py crawl``.

Each call runs Scrapy in a fresh worker process (see :mod:`crawler.worker`), so it can be called
repeatedly from one process (CLI, tests, notebooks). Sources with ``files`` are ingested locally
in this process. Fetch errors are read back from the `fetches` table.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nhs_leaders.crawler.progress import PREFIX, summarise
from nhs_leaders.crawler.sources import Source, load_sources, select_sources
from nhs_leaders.crawler.supervise import describe_exit, die_with_parent, kill_group, make_temp_dir, oom_kills
from nhs_leaders.store.db import open_db
from nhs_leaders.store.documents import now_iso
from nhs_leaders.store.fetches import ensure_fetches, errors_since

log = logging.getLogger(__name__)
ProgressCallback = Callable[[dict[str, int]], None]


class CrawlFailed(RuntimeError):
    """The crawl's worker or storage process died, or the crawl stopped before finishing."""


@dataclass
class CrawlResult:
    """What one crawl did: counts, fetch and parse errors, and the Scrapy stats.

    ``counts`` keys: requests, pages_fetched, not_modified (304), bodies_fetched (new or changed
    document bodies), listing_pages, retries, robots_forbidden, offsite_dropped, fetch_errors; from
    extraction: new, changed, unchanged, duplicate, parse_errors; totals documents_stored (new +
    changed) and errors (fetch_errors + parse_errors).
    """

    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    finish_reason: str | None = None
    returncode: int = 0

    @property
    def ok(self) -> bool:
        """The worker finished and every fetched page was stored (no storage failure, no lost batch)."""
        return (
            self.returncode == 0
            and self.finish_reason in (None, "finished")
            and not (self.stats or {}).get("nhs/write_errors")
            and not (self.stats or {}).get("nhs/storage_failure")
        )

    def raise_for_failure(self) -> None:
        """Raise :class:`CrawlFailed` (naming what died) unless the crawl finished."""
        if not self.ok:
            crawl_errors = [e["error"] for e in self.errors if e.get("role") == "crawl"]
            raise CrawlFailed(
                crawl_errors[0] if crawl_errors else f"crawl did not finish: {self.finish_reason}"
            )

    def run_counts(self) -> dict[str, Any]:
        """The dict to store in ``runs.counts``: the counts plus the Scrapy stats summary."""
        return {
            **self.counts,
            "sources": self.sources,
            "finish_reason": self.finish_reason,
            "scrapy_stats": self.stats,
        }


def crawl(
    db_path: str | Path,
    sources: list[str] | None = None,
    sources_file: str | Path | list[str | Path] | None = None,
    resume_dir: str | Path | None = None,
    progress: ProgressCallback | None = None,
    settings: dict[str, Any] | None = None,
    log_file: str | Path | None = None,
    log_level: str | None = None,
    timeout: float | None = None,
    parse_workers: int | None = None,
) -> CrawlResult:
    """Crawl ``sources`` (names; all when None) from ``sources_file`` (default: packaged) into ``db_path``.

    ``resume_dir`` is Scrapy's JOBDIR: an interrupted crawl continues from it, a finished one clears it.
    ``progress`` gets the running counts about once a second. ``settings`` overrides Scrapy settings.
    Logs go to ``log_file`` (level INFO) or to stderr (level WARNING) unless ``log_level`` says otherwise.
    When fetching ends, every stored body not yet turned into a document (this run's, or an
    interrupted run's) is parsed with ``parse_workers`` processes (default: one per CPU; 0 = in-process).
    Raises :class:`crawler.sources.SourceError` for a bad sources file or an unknown source name.
    """
    chosen = select_sources(load_sources(sources_file), sources)
    db_path = Path(db_path).resolve()
    db = open_db(db_path)
    ensure_fetches(db)
    started = now_iso()
    result = CrawlResult(sources=[s.name for s in chosen])
    local_counts = _ingest_local(db, [s for s in chosen if s.files], result)
    web = [s.name for s in chosen if s.start_urls or s.feeds or s.sitemaps]
    if parse_workers is not None:
        settings = {**(settings or {}), "NHS_PARSE_WORKERS": parse_workers}
    try:
        if web:
            _run_worker(
                db_path,
                web,
                sources_file,
                resume_dir,
                progress,
                settings,
                log_file,
                log_level,
                timeout,
                result,
            )
        result.counts = summarise(result.stats)
        for key, value in local_counts.items():
            result.counts[key] += value
        result.counts["documents_stored"] = result.counts["new"] + result.counts["changed"]
        result.counts["errors"] = result.counts["fetch_errors"] + result.counts["parse_errors"]
        result.errors = errors_since(db, started, web) + _parse_errors(db, started, web) + result.errors
    finally:
        db.close()
    return result


def _parse_errors(db, since: str, sources: list[str]) -> list[dict]:
    if not sources:
        return []
    marks = ", ".join("?" for _ in sources)
    rows = db.execute(
        f"SELECT url, source, error FROM documents WHERE error IS NOT NULL AND fetched_at >= ? AND source IN ({marks})",
        [since, *sources],
    ).fetchall()
    return [{"url": u, "source": s, "role": "document", "status": None, "error": e} for u, s, e in rows]


def _ingest_local(db, sources: list[Source], result: CrawlResult) -> dict[str, int]:
    from nhs_leaders.crawler.local import ingest_paths

    counts = {"new": 0, "changed": 0, "unchanged": 0, "duplicate": 0, "parse_errors": 0}
    for source in sources:
        ingested = ingest_paths(db, source.files, source=source.name)
        for status, n in ingested.counts.items():
            counts["parse_errors" if status == "error" else status] += n
        result.errors.extend({**e, "source": source.name} for e in ingested.errors)
    return counts


def _run_worker(
    db_path: Path,
    names: list[str],
    sources_file,
    resume_dir,
    progress,
    settings,
    log_file,
    log_level,
    timeout,
    result: CrawlResult,
) -> None:
    tmp = make_temp_dir(db_path, "nhs-crawl")
    try:
        config = {
            "db_path": str(db_path),
            "sources": names,
            "sources_file": _resolved(sources_file),
            "resume_dir": str(Path(resume_dir).resolve()) if resume_dir else None,
            "log_file": str(Path(log_file).resolve()) if log_file else None,
            "log_level": log_level or ("INFO" if log_file else "WARNING"),
            "progress": True,
            "settings": settings or {},
            "result_file": str(tmp / "result.json"),
        }
        config_path = tmp / "config.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        oom_before = oom_kills()
        proc = subprocess.Popen(
            [sys.executable, "-m", "nhs_leaders.crawler.worker", str(config_path)],
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            bufsize=1,
            start_new_session=True,  # its own process group: every orphan it leaves can be killed
            preexec_fn=_die_with_parent,
        )
        try:
            _follow(proc, progress, timeout)
        except BaseException:
            _stop(proc)
            raise
        finally:
            kill_group(proc.pid)  # the storage and parse processes go with the worker
        result.returncode = proc.returncode
        result_file = Path(config["result_file"])
        data = _read_result(result_file)
        if data is not None:
            result.stats, result.finish_reason = data["stats"], data["finish_reason"]
        else:
            result.finish_reason = "worker_failed"
        _record_failure(result, describe_exit(proc.returncode, oom_before))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _read_result(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _record_failure(result: CrawlResult, exit_reason: str) -> None:
    """A failed worker or storage process becomes an error entry naming what died and how."""
    if result.ok:
        return
    storage = (result.stats or {}).get("nhs/storage_failure")
    if storage:
        message = f"crawl storage process failed: {storage}"
    elif result.returncode != 0 and result.finish_reason == "worker_failed":
        message = f"crawl worker {exit_reason}"
    else:
        message = f"crawl did not finish: {result.finish_reason} (worker {exit_reason})"
    log.error("%s", message)
    result.errors.append({"url": None, "source": None, "role": "crawl", "status": None, "error": message})


def _resolved(sources_file) -> str | list[str] | None:
    if isinstance(sources_file, (list, tuple)):
        return [str(Path(p).resolve()) for p in sources_file]
    return str(Path(sources_file).resolve()) if sources_file else None


def _die_with_parent() -> None:
    """The worker gets SIGKILL if the process that started it dies (even by SIGKILL), so a killed
    `run` never leaves a crawler writing behind the next run's lock."""
    die_with_parent(signal.SIGKILL)


def _follow(proc: subprocess.Popen, progress: ProgressCallback | None, timeout: float | None) -> None:
    """Wait for the worker, with a deadline. A thread reads its pipe (an orphan keeping the pipe open can
    never block this process); progress callbacks run here, in the caller's thread."""
    import queue
    import threading

    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(proc, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout if timeout else None
    while True:
        exited = proc.poll() is not None
        _report(lines, progress)
        if exited:
            break
        if deadline is not None and time.monotonic() > deadline:
            log.error("crawl worker exceeded its time limit (%s s); stopping it", timeout)
            _stop(proc)
            break
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
    reader.join(timeout=2)
    _report(lines, progress)


def _read_lines(proc: subprocess.Popen, lines) -> None:
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(PREFIX):
                lines.put(line)
    except (OSError, ValueError):
        return


def _report(lines, progress: ProgressCallback | None) -> None:
    while not lines.empty():
        line = lines.get_nowait()
        if progress is not None:
            try:
                counts = json.loads(line[len(PREFIX) :])
            except ValueError:
                continue
            progress(counts)


def _stop(proc: subprocess.Popen) -> None:
    """Ask the worker to shut down gracefully (so JOBDIR state is saved), then kill it."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def reextract(
    db_path: str | Path,
    sources: list[str] | None = None,
    reparse: bool = False,
    parse_workers: int | None = None,
    raw_dir: str | Path | None = None,
    progress: Callable[[dict], None] | None = None,
) -> dict[str, int]:
    """Offline extraction from the raw store, no network: pending bodies, or every body with ``reparse``.

    Use after improving the HTML/PDF extraction; documents whose text changes are marked for the NLP
    stage exactly as after a crawl. Returns outcome counts (new, changed, unchanged, duplicate,
    parse_error).
    """
    from nhs_leaders.crawler.extract import extract_pending
    from nhs_leaders.store.raw import raw_dir_for

    db = open_db(db_path)
    ensure_fetches(db)
    try:
        counts = extract_pending(
            db,
            raw_dir or raw_dir_for(db_path),
            sources,
            parse_workers,
            reparse,
            progress=(lambda c: progress(dict(c))) if progress else None,
        )
    finally:
        db.close()
    return dict(counts)
