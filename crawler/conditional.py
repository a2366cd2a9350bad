"""Downloader middleware: conditional requests from the `fetches` table, and 304 replay for listings.

Every request for a URL fetched before carries If-None-Match / If-Modified-Since. A 304 for a
document goes to the spider as is (nothing to store). A 304 for a feed, sitemap or listing page is
replaced by the body kept in the raw store, so the spider still follows its links: an unchanged
listing can point at an article that changed.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import asdict
from pathlib import Path

from nhs_leaders.crawler.urls import clean_url
from nhs_leaders.store.fetches import FetchState, get_state, load_states
from nhs_leaders.store.raw import RawStore, raw_dir_for
from scrapy import Request, signals
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

log = logging.getLogger(__name__)
CACHED_FLAG = "nhs_cached"
CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


class ConditionalRequestMiddleware:
    def __init__(self, crawler, db_path: str, raw_dir: str | None, preload_max: int = 200_000):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path = db_path
        self.raw = RawStore(raw_dir or raw_dir_for(db_path))
        self.conn: sqlite3.Connection | None = None
        self.preload_max = preload_max
        self.states: dict[str, FetchState] | None = None  # every known URL of the crawl's sources
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            crawler,
            settings.get("NHS_DB"),
            settings.get("NHS_RAW_DIR"),
            settings.getint("NHS_PRELOAD_FETCHES", 200_000),
        )

    def _connection(self) -> sqlite3.Connection | None:
        if self.conn is None and self.db_path and Path(self.db_path).exists():
            uri = f"{Path(self.db_path).resolve().as_uri()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=30)
        return self.conn

    def spider_opened(self) -> None:
        """Load the crawl's sources' fetch states at once (one query instead of one per request)."""
        conn = self._connection()
        sources = sorted(getattr(self.crawler.spider, "sources", None) or [])
        if conn is None or not sources:
            return
        try:
            self.states = load_states(conn, sources, self.preload_max)
        except sqlite3.OperationalError:  # table not created yet: first run
            self.states = {}

    def _state(self, url: str) -> FetchState | None:
        if self.states is not None:  # the spider's URLs are clean; only redirect targets may not be
            state = self.states.get(url)
            return (
                state
                if state is not None or "?" not in url and "#" not in url
                else self.states.get(clean_url(url))
            )
        conn = self._connection()
        if conn is None:
            return None
        try:
            return get_state(conn, clean_url(url))
        except sqlite3.OperationalError:  # table not created yet: first run
            return None

    def spider_closed(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def process_request(self, request: Request) -> None:
        for header in CONDITIONAL_HEADERS:
            request.headers.pop(header, None)
        role = request.meta.get("nhs_role")
        if role is None:
            return None
        state = self._state(request.url)
        request.meta["nhs_prev"] = asdict(state) if state else None
        if state is None or not (state.etag or state.last_modified):
            return None
        if role != "document" and not (state.raw_sha256 and self.raw.has(state.raw_sha256)):
            return None  # a 304 could not be replayed: fetch in full
        if state.etag:
            request.headers[b"If-None-Match"] = state.etag
        if state.last_modified:
            request.headers[b"If-Modified-Since"] = state.last_modified
        self.stats.inc_value("nhs/conditional/sent")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status != 304:
            return response
        self.stats.inc_value("nhs/conditional/not_modified")
        prev = request.meta.get("nhs_prev") or {}
        if request.meta.get("nhs_role") in (None, "document") or not prev.get("raw_sha256"):
            return response
        try:
            body = self.raw.get(prev["raw_sha256"])
        except OSError:
            log.warning("304 for %s but its stored body is missing; links not followed", request.url)
            return response
        headers = Headers({b"Content-Type": prev.get("content_type") or "text/html"})
        cls = responsetypes.from_args(headers=headers, url=response.url, body=body)
        return cls(
            url=response.url,
            status=200,
            headers=headers,
            body=body,
            request=request,
            flags=[*response.flags, CACHED_FLAG],
        )
