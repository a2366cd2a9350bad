"""The generic source spider: feeds, sitemaps, start pages and followed listings → fetched items.

    scrapy crawl source -a name=nhs-england-news            # one source (comma-separate several)
    scrapy crawl source -a sources_file=my.toml -s NHS_DB=x.db

Callbacks stay light: they classify links and wrap responses in :class:`FetchedItem`; storage
happens in :class:`crawler.pipelines.StorePipeline` and text extraction after the fetch
(:mod:`crawler.extract`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from nhs_leaders.crawler.conditional import CACHED_FLAG
from nhs_leaders.crawler.feeds import parse_feed
from nhs_leaders.crawler.items import FetchedItem
from nhs_leaders.crawler.sitemaps import parse_sitemap
from nhs_leaders.crawler.sources import Source, load_sources, select_sources
from nhs_leaders.crawler.urls import clean_url, host_allowed, site_of
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

log = logging.getLogger(__name__)
FILE_SUFFIXES = (".pdf", ".docx")
PRIORITY = {"feed": 30, "sitemap": 25, "listing": 10, "document": 20}


def is_file_link(url: str) -> bool:
    return url.lower().split("?", 1)[0].endswith(FILE_SUFFIXES)


class SourceSpider(scrapy.Spider):
    name = "source"

    def __init__(
        self,
        name: str | None = None,
        sources: str | None = None,
        sources_file: str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)  # ``name`` is a source name here, not the spider's
        wanted = name or sources or ""
        self.wanted = [n.strip() for n in wanted.split(",") if n.strip()]
        self.sources_file = sources_file
        self.sources: dict[str, Source] = {}
        self.allowed_domains: list[str] = []

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings) -> None:
        """Load and select sources (spider arguments win over NHS_SOURCES / NHS_SOURCES_FILE)."""
        path = self.sources_file or settings.get("NHS_SOURCES_FILE")
        names = self.wanted or settings.getlist("NHS_SOURCES")
        chosen = select_sources(load_sources(path), names)
        self.sources = {s.name: s for s in chosen if s.start_urls or s.feeds or s.sitemaps}
        # Scrapy's OffsiteMiddleware allows sub-domains: the registrable domain covers www and bare host.
        self.allowed_domains = sorted({site_of(d) for s in self.sources.values() for d in s.domains})

    def domains_for(self, source_name: str | None) -> tuple[str, ...]:
        if source_name in self.sources:
            return self.sources[source_name].domains
        return tuple(self.allowed_domains)

    # --- request bookkeeping --------------------------------------------------------------

    @property
    def _state(self) -> dict:
        if not hasattr(self, "state"):  # SpiderState sets it (persisted) only when JOBDIR is set
            self.state = {}
        self.state.setdefault("seen", set())
        self.state.setdefault("scheduled", {})
        return self.state

    def _request(
        self, url: str, source: Source, role: str, hints: dict | None = None
    ) -> scrapy.Request | None:
        """A request for ``url`` unless denied, off-domain, already scheduled or over ``max_pages``."""
        url = clean_url(url)
        if not url.startswith(("http://", "https://")) or not host_allowed(url, source.domains):
            return None
        if source.matches("deny", url):
            return None
        state = self._state
        if url in state["seen"]:
            return None
        if state["scheduled"].get(source.name, 0) >= source.max_pages:
            self.crawler.stats.inc_value(f"nhs/max_pages_reached/{source.name}")
            return None
        state["seen"].add(url)
        state["scheduled"][source.name] = state["scheduled"].get(source.name, 0) + 1
        callback = {
            "feed": self.parse_feed,
            "sitemap": self.parse_sitemap,
            "listing": self.parse_listing,
            "document": self.parse_document,
        }[role]
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=PRIORITY[role],
            meta={
                "nhs_source": source.name,
                "nhs_role": role,
                "nhs_hints": hints,
                "handle_httpstatus_list": [304],
            },
        )

    def _is_document(self, source: Source, url: str, from_listing: bool) -> bool:
        if source.matches("deny", url):
            return False
        if source.kind == "board_papers" and is_file_link(url):
            return True
        if source.allow:
            return source.matches("allow", url)
        return not from_listing  # feed and sitemap entries are documents unless ``allow`` narrows them

    # --- callbacks ---------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources.values():
            for role, urls in (
                ("feed", source.feeds),
                ("sitemap", source.sitemaps),
                ("listing", source.start_urls),
            ):
                for url in urls:
                    request = self._request(url, source, role)
                    if request is not None:
                        yield request

    def parse_feed(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["nhs_source"]]
        yield self._item(response)
        if response.status != 200:
            return
        for entry in parse_feed(response.body, response.url):
            if self._is_document(source, clean_url(entry.url), from_listing=False):
                hints = {"title": entry.title, "date_raw": entry.date_raw, "date_source": entry.date_source}
                request = self._request(entry.url, source, "document", hints)
                if request is not None:
                    yield request

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["nhs_source"]]
        yield self._item(response)
        if response.status != 200:
            return
        for entry in parse_sitemap(response.body, response.url):
            if entry.is_sitemap:
                request = self._request(entry.url, source, "sitemap")
            elif self._is_document(source, clean_url(entry.url), from_listing=False):
                request = self._request(entry.url, source, "document")
            else:
                request = None
            if request is not None:
                yield request

    def parse_listing(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["nhs_source"]]
        yield self._item(response)
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        scopes = response.css(source.links_css) if source.links_css else [response.selector]
        for scope in scopes:
            for anchor in scope.root.iter("a"):  # lxml directly: a selector per anchor costs more
                href = (anchor.get("href") or "").strip()
                if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                    continue
                url = clean_url(response.urljoin(href))
                if is_file_link(url):  # a file is never a listing, even under a ``follow`` path
                    if self._is_document(source, url, from_listing=True):
                        text = " ".join("".join(anchor.itertext()).split())
                        request = self._request(url, source, "document", {"anchor": text[:300] or None})
                    else:
                        request = None
                elif source.matches("follow", url):
                    request = self._request(url, source, "listing")
                elif self._is_document(source, url, from_listing=True):
                    text = " ".join("".join(anchor.itertext()).split())
                    request = self._request(url, source, "document", {"anchor": text[:300] or None})
                else:
                    request = None
                if request is not None:
                    yield request

    def parse_document(self, response: Response) -> Iterator[FetchedItem]:
        yield self._item(response)

    def on_error(self, failure: Failure) -> Iterator[FetchedItem]:
        """Record why a fetch failed (HTTP error, size limit, off-domain redirect, robots.txt, timeout)."""
        request = failure.request
        origin = (request.meta.get("redirect_urls") or [request.url])[0]
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            error = f"HTTP {status}"
        else:
            error = _describe(failure)
        log.warning("fetch failed: %s: %s", origin, error)
        self.crawler.stats.inc_value("nhs/fetch_errors")
        source = self.sources.get(request.meta.get("nhs_source"))
        yield FetchedItem(
            url=clean_url(origin),
            source=request.meta.get("nhs_source", ""),
            role=request.meta.get("nhs_role", "document"),
            status=status,
            error=error,
            requested_url=origin,
            organisation=source.organisation if source else None,
        )

    def _item(self, response: Response) -> FetchedItem:
        meta = response.meta
        source = self.sources[meta["nhs_source"]]
        prev = meta.get("nhs_prev") or {}
        replayed = CACHED_FLAG in response.flags
        not_modified = response.status == 304 or replayed
        header = response.headers.get
        url = response.url if response.url == response.request.url else clean_url(response.url)
        return FetchedItem(
            url=url,
            source=source.name,
            role=meta["nhs_role"],
            status=304 if not_modified else response.status,
            body=None if not_modified else response.body,
            content_type=_text(header(b"Content-Type")),
            etag=_text(header(b"ETag")),
            last_modified=_text(header(b"Last-Modified")),
            not_modified=not_modified,
            requested_url=(meta.get("redirect_urls") or [response.url])[0],
            prev_raw_sha256=prev.get("raw_sha256"),
            prev_document_id=prev.get("document_id"),
            hints=meta.get("nhs_hints"),
            organisation=source.organisation,
            domains=source.domains,
        )


def _text(value: bytes | None) -> str | None:
    return value.decode("latin-1").strip() if value else None


def _describe(failure: Failure) -> str:
    message = str(failure.value) or failure.type.__name__
    if failure.check(DownloadCancelledError) or "max size" in message:
        return f"aborted: body over DOWNLOAD_MAXSIZE ({message})"
    if failure.check(IgnoreRequest):
        return message
    return f"{failure.type.__name__}: {message}"
