"""A crawl frontier shared by crawl processes on any number of machines, on scrapy-redis.

``crawl --frontier redis://HOST:PORT/DB`` runs the generic source spider with scrapy-redis'
scheduler and dupefilter: every process pushes the requests it finds to one Redis priority queue
and pops its next request from it, and a request whose fingerprint is already in the shared set is
dropped, so no URL is fetched twice by any process (robots.txt aside: each process reads it once per
host). A process started mid-crawl joins the same queue. Crawl processes never touch SQLite: each
fetched item (fields plus its raw body, compressed) goes onto a Redis list, and the one machine
that owns the database lands them with ``land`` (one writer, as without a frontier).

Politeness is global: before each download a process takes the host's turn in Redis
(``SET key NX PX delay``), so one host sees at most one request start per ``NHS_FRONTIER_HOST_DELAY``
seconds from all processes together, on top of each process's own AutoThrottle.

Keys, under ``nhs:frontier:<job>`` (``--frontier-job``, default today's UTC date, so one night's
crawls on several machines share a frontier and the next night starts afresh): ``:requests``
(queue), ``:dupefilter`` (fingerprints), ``:host:<host>`` (politeness turns), ``:active`` (live
processes). Items: ``nhs:items`` (one list for every job).
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import logging
import time
import zlib
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import redis
from nhs_leaders.crawler.items import FetchedItem
from scrapy import signals
from scrapy.exceptions import DontCloseSpider

log = logging.getLogger(__name__)

ITEMS_KEY = "nhs:items"


def job_prefix(job: str) -> str:
    return f"nhs:frontier:{job}"


def default_job() -> str:
    """Today's UTC date: crawls started the same day on several machines share one frontier."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def frontier_settings(redis_url: str, job: str) -> dict[str, Any]:
    """Scrapy settings that put the source spider on the shared frontier."""
    prefix = job_prefix(job)
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "SCHEDULER_PERSIST": True,  # a process that finishes must not wipe the others' queue
        "REDIS_URL": redis_url,
        "NHS_FRONTIER_JOB": job,
        "ITEM_PIPELINES": {"nhs_leaders.crawler.frontier.RedisItemPipeline": 300},
        "EXTENSIONS": {
            "nhs_leaders.crawler.progress.ProgressReporter": 500,
            "nhs_leaders.crawler.frontier.FrontierIdle": 510,
        },
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "nhs_leaders.crawler.robots.SafeRobotsTxtMiddleware": 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "nhs_leaders.crawler.backoff.BackoffRetryMiddleware": 550,
            "nhs_leaders.crawler.frontier.GlobalPoliteness": 600,
            "nhs_leaders.crawler.domainguard.DomainGuardMiddleware": 610,
        },  # no conditional requests: crawl machines have no database to take validators from
    }


def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=30)


# --- crawl side ---------------------------------------------------------------------------------


def encode_item(item: FetchedItem) -> bytes:
    """JSON (never pickle: a message from Redis must not be able to run code), body zlib + base64."""
    fields = dataclasses.asdict(item)
    body = fields.pop("body")
    fields["body_z"] = base64.b64encode(zlib.compress(body, 6)).decode() if body is not None else None
    return json.dumps(fields).encode()


def decode_item(message: bytes) -> FetchedItem:
    fields = json.loads(message)
    packed = fields.pop("body_z")
    fields["body"] = zlib.decompress(base64.b64decode(packed)) if packed is not None else None
    fields["domains"] = tuple(fields.get("domains") or ())
    return FetchedItem(**fields)


class RedisItemPipeline:
    """Fetched items → the Redis list the landing machine reads."""

    def __init__(self, crawler) -> None:
        self.server = _client(crawler.settings["REDIS_URL"])
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler) -> RedisItemPipeline:
        return cls(crawler)

    def process_item(self, item: FetchedItem, spider=None) -> FetchedItem:
        self.server.rpush(ITEMS_KEY, encode_item(item))
        self.stats.inc_value("nhs/frontier/items_sent")
        item.body = None
        return item


class GlobalPoliteness:
    """One request start per host per ``NHS_FRONTIER_HOST_DELAY`` seconds across every crawl process."""

    def __init__(self, crawler) -> None:
        settings = crawler.settings
        self.server = _client(settings["REDIS_URL"])
        self.prefix = job_prefix(settings["NHS_FRONTIER_JOB"])
        delay = settings.get("NHS_FRONTIER_HOST_DELAY")
        self.delay_ms = max(
            1, int(1000 * float(settings.getfloat("DOWNLOAD_DELAY") if delay is None else delay))
        )
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler) -> GlobalPoliteness:
        return cls(crawler)

    async def process_request(self, request, spider=None) -> None:
        key = f"{self.prefix}:host:{urlsplit(request.url).hostname}"
        while not self.server.set(key, "1", nx=True, px=self.delay_ms):
            wait = self.server.pttl(key)
            self.stats.inc_value("nhs/frontier/politeness_waits")
            await asyncio.sleep(max(wait, 1) / 1000)


class FrontierIdle:
    """Keep an idle process alive while the shared frontier may still grow.

    Another process may be downloading a page that will add links, so a process whose local queue
    is empty waits until the shared queue has stayed empty and no process has fetched anything for
    ``NHS_FRONTIER_IDLE_CLOSE`` seconds (processes note their last activity in ``:active``)."""

    def __init__(self, crawler) -> None:
        settings = crawler.settings
        self.server = _client(settings["REDIS_URL"])
        self.prefix = job_prefix(settings["NHS_FRONTIER_JOB"])
        self.idle_close = settings.getfloat("NHS_FRONTIER_IDLE_CLOSE", 10.0)
        self.name = f"{_hostname()}:{id(self)}:{time.time()}"
        crawler.signals.connect(self.busy, signal=signals.response_received)
        crawler.signals.connect(self.busy, signal=signals.spider_opened)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler) -> FrontierIdle:
        return cls(crawler)

    def busy(self, *args, **kwargs) -> None:
        self.server.hset(f"{self.prefix}:active", self.name, time.time())

    def idle(self, spider) -> None:
        if self.server.zcard(f"{self.prefix}:requests"):
            raise DontCloseSpider  # work waiting in the shared queue
        last = max((float(v) for v in self.server.hvals(f"{self.prefix}:active")), default=0.0)
        if time.time() - last < self.idle_close:
            raise DontCloseSpider

    def closed(self, spider) -> None:
        self.server.hdel(f"{self.prefix}:active", self.name)


def _hostname() -> str:
    import socket

    return socket.gethostname()


def crawl(
    redis_url: str,
    job: str | None = None,
    sources: list[str] | None = None,
    sources_file: str | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Run one crawl process on the shared frontier (blocks until the frontier is done); its stats."""
    from nhs_leaders.crawler.spiders.source import SourceSpider
    from nhs_leaders.crawler.worker import build_settings, jsonable
    from scrapy.crawler import CrawlerProcess

    _client(redis_url).ping()  # fail fast, with a clear error, when Redis is unreachable
    config = {"sources": sources or [], "sources_file": sources_file, "settings": settings or {}}
    scrapy_settings = build_settings(config)
    for key, value in frontier_settings(redis_url, job or default_job()).items():
        scrapy_settings.set(key, value, priority="cmdline")
    for key, value in (settings or {}).items():  # explicit overrides still win
        scrapy_settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(scrapy_settings)
    crawler = process.create_crawler(SourceSpider)
    process.crawl(crawler)
    process.start()
    return jsonable(crawler.stats.get_stats())
