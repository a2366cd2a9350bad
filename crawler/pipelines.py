"""Item pipeline: raw body → content-addressed raw store, fetch → `fetches` row; extraction at close.

Why this shape: the Scrapy event loop must never wait on hashing, compression, disk, parsing or
SQLite. ``process_item`` only queues the item; batches (``NHS_BATCH_SIZE`` items, ``NHS_BATCH_BYTES``
of bodies, or half a second) go to the storage worker (:mod:`crawler.storeproc`, its own process
unless ``NHS_STORE_PROCESS = False``), which stores the bodies and writes the rows in one transaction
per batch. When more than ``NHS_MAX_PENDING_BATCHES`` batches wait, new items wait too, so a slow disk
slows the crawl instead of filling memory. When the spider closes, every stored body not yet turned
into a document (this run's and any interrupted run's) is parsed by
:func:`crawler.extract.extract_pending` in a process pool (``NHS_PARSE_WORKERS``); ``NHS_EXTRACT =
False`` leaves that to a later run.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import time
from collections import Counter
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from nhs_leaders.crawler import storeproc
from nhs_leaders.crawler.items import FetchedItem
from nhs_leaders.crawler.supervise import describe_exit
from nhs_leaders.store.raw import raw_dir_for

logger = logging.getLogger(__name__)
EXIT_STATUS_WAIT = 5.0  # seconds a failed store may take to become a reaped process with an exit status


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the storage worker) so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class StorePipeline:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path = str(settings.get("NHS_DB"))
        self.raw_dir = str(settings.get("NHS_RAW_DIR") or raw_dir_for(self.db_path))
        self.batch_size = settings.getint("NHS_BATCH_SIZE", 100)
        self.batch_bytes = settings.getint("NHS_BATCH_BYTES", 8 * 1024 * 1024)
        self.max_pending = settings.getint("NHS_MAX_PENDING_BATCHES", 4)
        self.use_process = settings.getbool("NHS_STORE_PROCESS", True)
        self.extract = settings.getbool("NHS_EXTRACT", True)
        workers = settings.get("NHS_PARSE_WORKERS")
        self.parse_workers = None if workers in (None, "") else int(workers)
        self.store: Executor | None = None
        self.batch: list[tuple[FetchedItem, bytes | None]] = []
        self.queued_bytes = 0
        self.flush_timer: asyncio.TimerHandle | None = None
        self.pending_writes: set[asyncio.Future] = set()
        self._opened = time.monotonic()
        self.store_timeout = settings.getfloat("NHS_STORE_TIMEOUT", 300.0)
        self._store_procs: list = []
        self.failure: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self) -> None:
        Path(self.raw_dir).mkdir(parents=True, exist_ok=True)
        args = (self.db_path, self.raw_dir)
        if self.use_process:
            self.store = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=storeproc.init,
                initargs=(*args, True, os.getpid()),
            )
            self.store.submit(storeproc.ready)  # start the worker while the first pages download
            self._store_procs = list(getattr(self.store, "_processes", {}).values())
        else:
            self.store = ThreadPoolExecutor(  # signals can only be set in a main thread
                1, thread_name_prefix="nhs-store", initializer=storeproc.init, initargs=(*args, False)
            )
        self._opened = time.monotonic()

    def _fail(self, exc: BaseException) -> None:
        """The storage process died or cannot write: fetched pages would be lost, so the crawl stops, failed."""
        if self.failure is not None:
            return
        exits = self._store_exits(EXIT_STATUS_WAIT if isinstance(exc, BrokenExecutor) else 0.0)
        self.failure = "; ".join(exits) if exits else f"{type(exc).__name__}: {exc}"
        logger.error("storage process failed (%s): stopping the crawl", self.failure)
        self.stats.set_value("nhs/storage_failure", self.failure)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and getattr(engine, "spider", None) is not None:
            asyncio.ensure_future(engine.close_spider_async(reason="storage_failed"))

    def _store_exits(self, wait: float) -> list[str]:
        """How the storage processes that have ended ended ("killed by SIGKILL ..."), waiting up to ``wait`` s.

        A broken pool does not mean the exit status can be read yet. The pool fails its futures as soon as
        the dead process's sentinel pipe reads EOF, and the kernel closes a dying process's files before it
        makes its exit status waitable; meanwhile the pool's manager thread may be reaping it in ``join``.
        So ``exitcode`` can still be None here (one crawl in several, when read at once). For a process
        whose sentinel says it has ended, poll until the status is known (from our ``waitpid`` or the
        manager thread's).
        """
        from multiprocessing.connection import wait as wait_ready

        deadline = time.monotonic() + wait
        exits = []
        for proc in self._store_procs:
            code = proc.exitcode
            if code is None and wait_ready([proc.sentinel], max(0.0, deadline - time.monotonic())):
                while (code := proc.exitcode) is None and time.monotonic() < deadline:
                    time.sleep(0.005)
            if code is not None:
                exits.append(describe_exit(code))
        return exits

    def process_item(self, item: FetchedItem):
        """Queue the item; returns a coroutine to await only when writes lag behind (back-pressure)."""
        body = None
        if item.body is not None and not item.error:
            body, item.body = item.body, None  # the batch holds it until written
            self.queued_bytes += len(body)
        self.batch.append((item, body))
        if len(self.batch) >= self.batch_size or self.queued_bytes >= self.batch_bytes:
            self._flush()
        elif self.flush_timer is None:
            self.flush_timer = asyncio.get_running_loop().call_later(0.5, self._flush)
        if len(self.pending_writes) > self.max_pending:
            return self._wait_for_writes(item)  # a coroutine: Scrapy awaits it
        return item

    async def _wait_for_writes(self, item: FetchedItem) -> FetchedItem:
        while len(self.pending_writes) > self.max_pending:  # back-pressure from a slow disk
            await asyncio.wait(self.pending_writes, return_when=asyncio.FIRST_COMPLETED)
        return item

    def _flush(self) -> None:
        """Hand the queued items to the storage worker; their outcomes land in the stats when written."""
        if self.flush_timer is not None:
            self.flush_timer.cancel()
            self.flush_timer = None
        if not self.batch:
            return
        batch, self.batch, self.queued_bytes = self.batch, [], 0
        if self.failure is not None:
            self.stats.inc_value("nhs/write_errors")
            return
        try:
            future = asyncio.wrap_future(self.store.submit(storeproc.write_batch, batch))
        except (BrokenExecutor, RuntimeError) as exc:  # the storage process is gone
            self.stats.inc_value("nhs/write_errors")
            self._fail(exc)
            return
        self.pending_writes.add(future)
        future.add_done_callback(self._written)

    def _written(self, future: asyncio.Future) -> None:
        self.pending_writes.discard(future)
        if future.cancelled():
            return
        if future.exception() is not None:
            logger.error("storing fetched pages failed: %s", future.exception())
            self.stats.inc_value("nhs/write_errors")
            self._fail(future.exception())
            return
        for source, outcome in future.result():
            self.stats.inc_value(f"nhs/outcome/{outcome}")
            self.stats.inc_value(f"nhs/source/{source}/{outcome}")

    async def close_spider(self) -> None:
        if self.store is None:
            return
        self._flush()
        if self.pending_writes:
            done, late = await asyncio.wait(self.pending_writes, timeout=self.store_timeout)
            if late:
                self._fail(TimeoutError(f"storage process did not answer in {self.store_timeout} s"))
        loop = asyncio.get_running_loop()
        if self.failure is None:
            try:
                await asyncio.wait_for(
                    asyncio.wrap_future(self.store.submit(storeproc.close)), self.store_timeout
                )
            except (BrokenExecutor, RuntimeError, asyncio.TimeoutError) as exc:
                self._fail(exc)
        if self.failure is not None:
            for proc in self._store_procs:  # never wait on a hung or dead storage process
                if proc.exitcode is None:
                    proc.kill()
            self.store.shutdown(wait=False, cancel_futures=True)
            return  # the crawl failed: extraction waits for the next run
        await loop.run_in_executor(None, self.store.shutdown)
        self.stats.set_value("nhs/fetch_cpu_seconds", round(_cpu_seconds(), 3))
        if self.extract:
            started = time.monotonic()
            self.stats.set_value("nhs/fetch_phase_seconds", round(started - self._opened, 3))
            counts = await loop.run_in_executor(None, self._extract_all)
            self._extract_progress(counts)
            self.stats.set_value("nhs/extract_seconds", round(time.monotonic() - started, 3))

    def _extract_all(self) -> Counter:
        from nhs_leaders.crawler.extract import (
            extract_pending,  # imported here: the fetch phase does not need it
        )
        from nhs_leaders.store.db import open_db

        sources = sorted(getattr(self.crawler.spider, "sources", None) or []) or None
        db = open_db(self.db_path)
        try:
            return extract_pending(
                db, self.raw_dir, sources, self.parse_workers, progress=self._extract_progress
            )
        finally:
            db.close()

    def _extract_progress(self, counts: Counter) -> None:
        for outcome, n in counts.items():
            self.stats.set_value(f"nhs/extract/{outcome}", n)
