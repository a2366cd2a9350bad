"""Scrapy extension: periodic progress lines (JSON on stdout) for the parent process's display.

Enabled by ``NHS_PROGRESS = True`` (the crawl worker sets it); ``NHS_PROGRESS_INTERVAL`` seconds apart.
"""

from __future__ import annotations

import json
import sys

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

PREFIX = "NHS-PROGRESS "


def summarise(stats: dict) -> dict[str, int]:
    """Run counts from Scrapy stats: the fetch phase and the extraction that follows it."""
    get = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
    counts = {
        "requests": get("downloader/request_count"),
        "pages_fetched": get("downloader/response_count"),
        "not_modified": get("nhs/outcome/not_modified"),
        "bodies_fetched": get("nhs/outcome/fetched"),
        "listing_pages": get("nhs/outcome/page"),
        "fetch_errors": get("nhs/outcome/error"),
        "retries": get("retry/count"),
        "robots_forbidden": get("robotstxt/forbidden"),
        "offsite_dropped": get("nhs/offsite/dropped")
        + get("nhs/offsite/redirect_dropped")
        + get("offsite/filtered"),
        "new": get("nhs/extract/new"),
        "changed": get("nhs/extract/changed"),
        "unchanged": get("nhs/outcome/unchanged") + get("nhs/extract/unchanged"),
        "duplicate": get("nhs/extract/duplicate"),
        "parse_errors": get("nhs/extract/parse_error"),
    }
    counts["documents_stored"] = counts["new"] + counts["changed"]
    counts["errors"] = counts["fetch_errors"] + counts["parse_errors"]
    return counts


class ProgressReporter:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NHS_PROGRESS"):
            raise NotConfigured
        reporter = cls(crawler, crawler.settings.getfloat("NHS_PROGRESS_INTERVAL", 1.0))
        crawler.signals.connect(reporter.engine_started, signal=signals.engine_started)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def engine_started(self) -> None:
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=True)

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.report()

    def report(self) -> None:
        line = json.dumps(summarise(self.crawler.stats.get_stats()))
        sys.stdout.write(f"{PREFIX}{line}\n")
        sys.stdout.flush()
