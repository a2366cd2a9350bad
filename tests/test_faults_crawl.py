"""Fault injection on the crawl's processes: SIGKILL of the worker (what the OOM killer does) and of the
storage process, at set points (N pages stored), with real processes and signals."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from types import SimpleNamespace

import pytest

from tests import faultkit as fk

PAGES = 60


@pytest.fixture
def site(tmp_path):
    server = fk.serve(fk.build_site(tmp_path / "site", PAGES), delay=0.05)
    yield server
    server.stop()


def _start_crawl_run(tmp_path, site):
    db = tmp_path / "nhs.db"
    sources = fk.sources_file(tmp_path / "sources.toml", site)
    proc = fk.cli("run", "--db", str(db), "--quiet", "--sources", str(sources))
    return db, proc


def _crawl_processes(run_pid: int) -> tuple[int, int]:
    """(worker pid, storage pid) once both exist."""

    def find():
        workers = [p for p in fk.descendants(run_pid) if "nhs_leaders.crawler.worker" in fk.cmdline(p)]
        if not workers:
            return None
        storage = [p for p in fk.children(workers[0]) if "spawn_main" in fk.cmdline(p)]
        return (workers[0], storage[0]) if storage else None

    return fk.wait_until(find, 60, "the crawl worker and its storage process")


@pytest.mark.parametrize("victim", ["worker", "storage"])
def test_sigkill_of_a_crawl_process_fails_the_run_promptly(tmp_path, site, victim):
    db, proc = _start_crawl_run(tmp_path, site)
    worker, storage = _crawl_processes(proc.pid)
    fk.wait_until(
        lambda: fk.scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'") >= 5,
        60,
        "5 pages stored",
    )
    killed_at = time.monotonic()
    os.kill(worker if victim == "worker" else storage, signal.SIGKILL)
    _, err = proc.communicate(timeout=90)
    elapsed = time.monotonic() - killed_at
    assert proc.returncode == 2, err
    assert elapsed < 60
    assert fk.lock_free(db)
    assert not fk.alive(worker) and not fk.alive(storage)  # no orphan keeps the pipe, the lock or the db
    (run_id, command, status, errors), *_ = fk.run_rows(db)
    assert status == "failed"
    message = " ".join(e["error"] for e in json.loads(errors))
    assert "SIGKILL" in message and "OOM killer" in message
    assert ("storage process" in message) == (victim == "storage")
    assert "run 1: failed" in err and "SIGKILL" in err and "Traceback" not in err
    assert fk.scalar(db, "PRAGMA integrity_check") == "ok"
    assert fk.scalar(db, "SELECT COUNT(*) FROM fetches WHERE role = 'document'") < PAGES  # killed mid-crawl


def test_sigkill_of_run_takes_its_crawl_processes_with_it(tmp_path, site):
    db, proc = _start_crawl_run(tmp_path, site)
    worker, storage = _crawl_processes(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    fk.wait_until(lambda: not fk.alive(worker) and not fk.alive(storage), 10, "worker and storage to die")
    assert fk.lock_free(db)


class _Stats(dict):
    def set_value(self, key, value):
        self[key] = value

    def inc_value(self, key, count=1):
        self[key] = self.get(key, 0) + count


def test_storage_death_is_named_even_when_the_pool_reports_it_at_once(tmp_path):
    """Case 2's race, made to happen every time. The pool fails its futures as soon as the dead storage
    process's sentinel pipe reads EOF, which the kernel closes before the exit status can be waited for (and
    the pool's manager thread reaps it meanwhile): ``exitcode`` read right then is often None. The failure
    is read here at the earliest point there is, in the pool's own callback, several times over."""
    from nhs_leaders.crawler import storeproc
    from nhs_leaders.crawler.pipelines import StorePipeline
    from scrapy.settings import Settings

    for attempt in range(6):
        crawler = SimpleNamespace(
            settings=Settings({"NHS_DB": str(tmp_path / "nhs.db")}), stats=_Stats(), engine=None
        )
        pipeline = StorePipeline(crawler)
        pipeline.open_spider()
        assert pipeline.store.submit(storeproc.ready).result(60) == pipeline._store_procs[0].pid
        seen = threading.Event()

        def failed(future, pipeline=pipeline, seen=seen):
            try:
                pipeline._fail(future.exception())
            finally:
                seen.set()

        pipeline.store.submit(time.sleep, 60).add_done_callback(failed)
        os.kill(pipeline._store_procs[0].pid, signal.SIGKILL)
        assert seen.wait(30)
        pipeline.store.shutdown(wait=True)
        assert pipeline.failure == "killed by SIGKILL (the kernel's OOM killer, or kill -9)", attempt
        assert crawler.stats["nhs/storage_failure"] == pipeline.failure
