"""Crawl throughput benchmark (not a test): our crawl + store vs a bare Scrapy spider.

    .venv/bin/python benchmarks/crawl.py [--pages 2000] [--workers N]

Serves ``--pages`` generated pages (news listings + articles with boilerplate, ~7 KB each) from an
in-memory HTTP/1.1 keep-alive server on 127.0.0.1, then crawls them twice:

* ours: ``crawler.run.crawl`` with the production components (robots.txt, conditional-request
  lookups, domain guard, raw store, trafilatura parsing in the worker pool, SQLite landing);
* bare: a minimal Scrapy spider with the same link following that only writes bodies to disk.

Both run in their own process with the same download settings (no politeness delay, so the
crawler rather than the delay is measured). Prints pages/s for each and the ratio (goal >= 0.8).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PER_LISTING = 50
WORDS = (
    "trust board chief executive appointed interim director nursing finance medical chair governors "
    "hospital community services patients staff region integrated care partnership quality safety "
    "recruitment announced welcomed commitment improvement strategy year month plans services local"
).split()
NAMES = (
    "Amelia Hartwell",
    "Desmond Harrow",
    "Colette Marsh",
    "Farid Osei",
    "Beatrice Oduya",
    "Nadia Whitlock",
    "Tobias Renner",
    "Priya Venn",
    "Owen Pask",
    "Imogen Tull",
)
TRUSTS = (
    "Northmoor Valley NHS Foundation Trust",
    "Eastbrook Community NHS Trust",
    "Harbourside Hospitals NHS Trust",
    "Lowmoor Ambulance Service NHS Trust",
    "Wrenfield Teaching Hospitals NHS Foundation Trust",
)
CHROME_TOP = (
    "<header class='site-header'><a href='/'>Benchmark Health News</a><nav class='main-navigation'><ul>"
    + "".join(f"<li><a href='/section/{i}/'>Section {i}</a></li>" for i in range(12))
    + "</ul></nav></header><div class='breadcrumbs'><a href='/'>Home</a> &raquo; News</div>"
)
CHROME_BOTTOM = (
    "<aside class='widget-area'><h2>Most read</h2><ul>"
    + "".join(f"<li><a href='/popular/{i}/'>Popular story number {i}</a></li>" for i in range(5))
    + "</ul></aside><footer class='site-footer'><p>Benchmark Health News, a fictional bulletin. "
    "Privacy and cookies policy. Accessibility statement.</p></footer>"
)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return (f"{rng.choice(NAMES)} of {rng.choice(TRUSTS)} said the " + " ".join(words) + ".").capitalize()


def build_site(pages: int) -> dict[str, bytes]:
    """``/news/page/N/`` listings of 50 links each plus articles: ``pages`` pages in all."""
    rng = random.Random(42)
    listings = max(1, round(pages / (PER_LISTING + 1)))
    articles = pages - listings
    site: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nDisallow: /private/\n"}
    for n in range(articles):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        title = f"{rng.choice(TRUSTS)} names {rng.choice(NAMES)} as {rng.choice(['chair', 'chief executive', 'medical director'])}"
        paras = "".join(
            f"<p>{' '.join(sentence(rng) for _ in range(3))}</p>" for _ in range(rng.randint(5, 9))
        )
        related = "".join(
            f"<li><a href='/2023/01/related-{n}-{i}/'>Related headline {i} for story {n}</a></li>"
            for i in range(3)
        )
        site[f"/2024/{month:02d}/story-{n}/"] = (
            f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='2024-{month:02d}-{day:02d}T09:00:00+00:00'>"
            f"<link rel='canonical' href='/2024/{month:02d}/story-{n}/'></head><body>{CHROME_TOP}"
            f"<main><article><h1>{title}</h1><div class='entry-content'>{paras}</div></article>"
            f"<section class='related-posts'><h2>Related articles</h2><ul>{related}</ul></section></main>"
            f"{CHROME_BOTTOM}</body></html>"
        ).encode()
    keys = [k for k in site if k.startswith("/2024/")]
    for page in range(1, listings + 1):
        chunk = keys[(page - 1) * PER_LISTING : page * PER_LISTING]
        links = "".join(f"<li><a href='{k}'>Story {k}</a></li>" for k in chunk)
        nxt = f"<a class='next' href='/news/page/{page + 1}/'>Older</a>" if page < listings else ""
        path = "/news/" if page == 1 else f"/news/page/{page}/"
        site[path] = (
            f"<!DOCTYPE html><html><head><title>News page {page}</title></head><body>{CHROME_TOP}"
            f"<main><ul>{links}</ul>{nxt}</main>{CHROME_BOTTOM}</body></html>"
        ).encode()
    return site


class MemoryServer:
    """HTTP/1.1 keep-alive server answering from a dict, in its own thread and event loop."""

    def __init__(self, site: dict[str, bytes]):
        self.site = site
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self.requests = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait()

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=256))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode().split("?")[0]
                self.requests += 1
                body = self.site.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"not found"
                ctype = b"text/plain" if path.endswith(".txt") else b"text/html; charset=utf-8"
                etag = hashlib.md5(body).hexdigest().encode()
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: "
                    + ctype
                    + b'\r\nETag: "'
                    + etag
                    + b'"\r\nContent-Length: '
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


COMMON = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "ROBOTSTXT_OBEY": True,
    "TELNETCONSOLE_ENABLED": False,
    "COOKIES_ENABLED": False,
    "CONCURRENT_ITEMS": 8,
}

BARE_SPIDER = r"""
import hashlib, json, sys, time
from pathlib import Path
import scrapy
from scrapy.crawler import CrawlerProcess

base, out, settings = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])

class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [base + "/news/"]
    def parse(self, response):
        (out / hashlib.sha1(response.url.encode()).hexdigest()).write_bytes(response.body)
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href)
            if "/news/page/" in url:
                yield scrapy.Request(url, callback=self.parse)
            elif "/2024/" in url:
                yield scrapy.Request(url, callback=self.save)
    def save(self, response):
        (out / hashlib.sha1(response.url.encode()).hexdigest()).write_bytes(response.body)

process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({"pages": stats.get("downloader/response_count", 0), "elapsed": stats.get("elapsed_time_seconds")}))
"""


def run_bare(base: str, tmp: Path) -> dict:
    out = tmp / "bare-bodies"
    out.mkdir()
    script = tmp / "bare_spider.py"  # a file, not ``-c``: Scrapy inspects callbacks' source
    script.write_text(BARE_SPIDER, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(script), base, str(out), json.dumps(COMMON)],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"pages": data["pages"], "wall": wall, "elapsed": data["elapsed"], "cpu": cpu}


def run_ours(base: str, tmp: Path, workers: int | None) -> dict:
    from nhs_leaders.crawler.run import crawl

    sources = tmp / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "bench"\nkind = "news"\nstart_urls = ["{base}/news/"]\n'
        'allow = ["/2024/\\\\d\\\\d/[^/]+/$"]\nfollow = ["/news/page/\\\\d+/$"]\nmax_pages = 100000\n',
        encoding="utf-8",
    )
    settings = dict(COMMON)
    if workers is not None:
        settings["NHS_PARSE_WORKERS"] = workers
    start = time.perf_counter()
    result = crawl(tmp / "bench.db", sources_file=sources, settings=settings)
    wall = time.perf_counter() - start
    assert result.ok, result.finish_reason
    stats = result.stats
    return {
        "pages": result.counts["pages_fetched"],
        "wall": wall,
        "elapsed": stats["elapsed_time_seconds"],
        "fetch": stats["nhs/fetch_phase_seconds"],
        "extract": stats["nhs/extract_seconds"],
        "cpu": stats["nhs/fetch_cpu_seconds"],
        "documents": result.counts["new"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--repeat", type=int, default=5, help="interleaved runs of each; the best is reported"
    )
    parser.add_argument("--workers", type=int, default=None, help="parser processes (default: CPUs)")
    args = parser.parse_args()
    site = build_site(args.pages)
    server = MemoryServer(site)
    base = f"http://127.0.0.1:{server.port}"
    size = sum(len(v) for v in site.values()) / len(site)
    print(
        f"{len(site) - 1} pages (mean {size / 1024:.1f} KB) on {base}; {os.cpu_count()} CPUs; "
        f"best of {args.repeat} interleaved runs"
    )
    bares, ours_runs = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="nhs-bench-") as tmp_name:
            bares.append(run_bare(base, Path(tmp_name)))
        with tempfile.TemporaryDirectory(prefix="nhs-bench-") as tmp_name:
            ours_runs.append(run_ours(base, Path(tmp_name), args.workers))
    server.stop()
    rate = lambda r, key: r["pages"] / r[key]  # noqa: E731
    best = lambda runs, key: max(runs, key=lambda r: rate(r, key))  # noqa: E731
    bare, fetch, whole = best(bares, "elapsed"), best(ours_runs, "fetch"), best(ours_runs, "elapsed")
    extract = max(ours_runs, key=lambda r: r["documents"] / r["extract"])
    print(
        f"bare Scrapy, save bodies to disk: {bare['pages']} pages, {rate(bare, 'elapsed'):.0f} pages/s "
        f"(crawl {bare['elapsed']:.2f} s; {rate(best(bares, 'wall'), 'wall'):.0f} pages/s counting process start-up)"
    )
    print(
        f"ours, crawl + store (fetch phase): {fetch['pages']} pages, {rate(fetch, 'fetch'):.0f} pages/s "
        f"(fetch {fetch['fetch']:.2f} s)"
    )
    print(
        f"ours, extraction after the fetch: {extract['documents']} documents in {extract['extract']:.2f} s "
        f"({extract['documents'] / extract['extract']:.0f} documents/s)"
    )
    print(
        f"ours, end to end: {rate(whole, 'elapsed'):.0f} pages/s (crawl {whole['elapsed']:.2f} s; "
        f"{rate(best(ours_runs, 'wall'), 'wall'):.0f} pages/s counting process start-up)"
    )
    print(
        f"ratio crawl+store / bare: {rate(fetch, 'fetch') / rate(bare, 'elapsed'):.2f} (goal >= 0.8); "
        f"end to end / bare: {rate(whole, 'elapsed') / rate(bare, 'elapsed'):.2f}"
    )
    cpu = lambda runs: min(r["cpu"] for r in runs) / runs[0]["pages"] * 1000  # noqa: E731
    print(
        f"CPU per 1000 pages (all processes, incl. start-up; least of the runs): bare {cpu(bares):.2f} s, "
        f"ours crawl+store {cpu(ours_runs):.2f} s; ratio {cpu(bares) / cpu(ours_runs):.2f}"
    )
    ratios = sorted(rate(o, "fetch") / rate(b, "elapsed") for b, o in zip(bares, ours_runs, strict=True))
    print(
        f"per-run crawl+store ratios (each run against the bare run before it): "
        f"{', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}"
    )


if __name__ == "__main__":
    main()
