"""Shared crawl frontier on a real redis-server (loopback, random port): several crawl processes, one
queue, no URL fetched twice, a process joining mid-crawl, and `land` as the one writer.

Skipped when redis-server is not installed, except in CI (``CI`` set), where `.ci/run` installs it."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.crawlsite import SiteServer, build_trust_files, copy_site, write_sources

REPO = Path(__file__).resolve().parent.parent
SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 1,  # each process holds one request at a time: the queue is shared fairly
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "DOWNLOAD_MAXSIZE": 200_000,
    "DOWNLOAD_WARNSIZE": 150_000,
    "NHS_FRONTIER_HOST_DELAY": 0.05,
    "NHS_FRONTIER_IDLE_CLOSE": 2.0,
    "LOG_LEVEL": "INFO",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    exe = shutil.which("redis-server")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server missing in CI: .ci/run installs it")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    import redis

    workdir = tmp_path_factory.mktemp("redis")
    for _ in range(5):
        port = _free_port()
        proc = subprocess.Popen(
            [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=port)
        for _ in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        if proc.poll() is None:
            break
    else:
        pytest.fail("could not start redis-server")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sites")
    offsite = SiteServer("127.0.0.2", tmp).start()
    news_root = copy_site("news", tmp, {"{offsite}": offsite.base})
    trust_root = copy_site("trust", tmp, {"{offsite}": offsite.base})
    build_trust_files(trust_root)
    servers = {
        "news": SiteServer("127.0.0.1", news_root, delay=0.8).start(),
        "gov": SiteServer("127.0.0.3", copy_site("gov", tmp), delay=0.8).start(),
        "trust": SiteServer("127.0.0.4", trust_root, delay=0.8).start(),
    }
    sources = write_sources(tmp / "sources.toml", servers["news"], servers["gov"], servers["trust"])
    yield tmp, servers, sources
    for server in (*servers.values(), offsite):
        server.stop()


def _crawler(redis_url: str, sources: Path, job: str, out: Path) -> subprocess.Popen:
    env = {**os.environ, "NHS_SCRAPY_SETTINGS": json.dumps(SETTINGS)}
    cmd = [sys.executable, "-m", "nhs_leaders", "crawl", "--frontier", redis_url, "--frontier-job", job]
    cmd += ["--db", str(out.with_suffix(".db"))]  # as on separate machines: each its own (unused) database
    return subprocess.Popen(
        [*cmd, "--sources", str(sources)],
        cwd=out.parent,
        env=env,
        stdout=out.open("w"),
        stderr=subprocess.STDOUT,
    )


def _stats(out: Path) -> dict:
    return json.loads(out.read_text().strip().splitlines()[-1])


def test_three_processes_share_one_frontier_and_land_once(redis_url, sites):
    import redis

    tmp, servers, sources = sites
    client = redis.Redis.from_url(redis_url)
    outs = [tmp / f"crawl{i}.out" for i in range(3)]
    procs = [_crawler(redis_url, sources, "t1", outs[i]) for i in range(2)]
    deadline = time.monotonic() + 60
    while client.llen("nhs:items") < 1 and time.monotonic() < deadline:  # the crawl is under way
        time.sleep(0.05)
    procs.append(_crawler(redis_url, sources, "t1", outs[2]))  # joins mid-crawl
    for proc in procs:
        assert proc.wait(120) == 0, [o.read_text()[-3000:] for o in outs]
    stats = [_stats(o) for o in outs]
    sent = [s["nhs/frontier/items_sent"] or 0 for s in stats]
    assert all(n > 0 for n in sent), f"every process, the late one too, fetched pages: {sent}"

    hits = Counter(
        (name, h.path) for name, server in servers.items() for h in server.log if h.path != "/robots.txt"
    )
    assert hits and max(hits.values()) == 1, [k for k, n in hits.items() if n > 1]
    assert sum(sent) >= len(hits)  # every fetch became an item (plus robots-forbidden and off-site errors)

    db = tmp / "land.db"
    result = subprocess.run(
        [sys.executable, "-m", "nhs_leaders", "land", "--db", str(db), "--frontier", redis_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert client.llen("nhs:items") == 0
    conn = sqlite3.connect(db)
    fetched = conn.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM fetches").fetchone()
    urls = {url for (url,) in conn.execute("SELECT url FROM fetches")}
    docs = conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents WHERE error IS NULL"
    ).fetchone()
    conn.close()
    assert fetched[0] == fetched[1] == sum(sent)  # every item stored, once
    assert {servers[name].url(path) for name, path in hits} <= urls  # every page fetched is stored
    assert docs[0] == docs[1] >= 8  # articles, feed entries and board papers became documents, once each


def test_politeness_is_global_across_processes(redis_url):
    """Two middleware instances (as in two processes) never start the same host within the delay."""
    from types import SimpleNamespace

    from nhs_leaders.crawler.frontier import GlobalPoliteness
    from scrapy.settings import Settings

    settings = Settings(
        {"REDIS_URL": redis_url, "NHS_FRONTIER_JOB": "polite", "NHS_FRONTIER_HOST_DELAY": 0.2}
    )
    crawler = SimpleNamespace(settings=settings, stats=SimpleNamespace(inc_value=lambda *a: None))
    gates = [GlobalPoliteness(crawler), GlobalPoliteness(crawler)]
    starts: list[float] = []

    async def fetch(gate, url):
        await gate.process_request(SimpleNamespace(url=url))
        starts.append(time.monotonic())

    async def main():
        await asyncio.gather(*(fetch(gates[i % 2], f"http://a.example/{i}") for i in range(4)))
        await fetch(gates[0], "http://b.example/")  # another host: no wait behind a.example

    began = time.monotonic()
    asyncio.run(main())
    gaps = [b - a for a, b in zip(starts[:4], starts[1:4])]
    assert min(gaps) >= 0.18, gaps
    assert starts[4] - began < 0.9 + 0.15
