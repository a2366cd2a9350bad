"""The discovery spider: from each organisation's homepage, find its news listing, feeds, sitemaps and
board-papers pages, within a small page budget per site.

    scrapy crawl discover -a targets='[{"url": "https://www.example.nhs.uk/", "organisation": "RXX"}]'

It stores nothing: what it saw per site is kept in ``spider.findings`` (JSON-able dicts) and turned
into ``sources.toml`` entries by :mod:`crawler.discover_entries`. Politeness is the crawl's
(robots.txt, AutoThrottle, per-host concurrency); ``NHS_DISCOVER_MAX_PAGES`` caps fetches per site.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from nhs_leaders.crawler.discover_links import (
    NEWS_PATH,
    Link,
    board_score,
    is_file,
    news_score,
    off_topic,
    ranked,
)
from nhs_leaders.crawler.discover_patterns import is_pagination
from nhs_leaders.crawler.sitemaps import parse_sitemap
from nhs_leaders.crawler.urls import clean_url, host_allowed
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
DATED = re.compile(r"/(19|20)\d\d/\d\d?/")
MEETING_TEXT = re.compile(
    r"\b(meetings?|papers|agenda|minutes|(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+\d{4}|\d{4}\s*[-/]\s*\d{2,4})\b",
    re.I,
)
MAX_CHILD_SITEMAPS = 2
MAX_MEETINGS = 2


def new_findings(target: str, organisation: str | None) -> dict[str, Any]:
    return {
        "target": target,
        "organisation": organisation,
        "home": None,
        "redirected_from": [],
        "feeds": [],
        "sitemaps": [],
        "sitemap_articles": [],
        "news": [],
        "board": [],
        "pages": 0,
        "errors": [],
    }


class DiscoverSpider(scrapy.Spider):
    name = "discover"

    def __init__(self, targets: str | list[dict] = "[]", **kwargs: Any):
        super().__init__(**kwargs)
        items = json.loads(targets) if isinstance(targets, str) else targets
        self.targets: list[dict] = [t if isinstance(t, dict) else {"url": t} for t in items]
        self.findings: list[dict[str, Any]] = []
        self.max_pages = 20
        self._requested: list[set[str]] = []

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> DiscoverSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("NHS_DISCOVER_MAX_PAGES", 20)
        return spider

    # --- requests ---------------------------------------------------------------------------

    def _get(self, site: int, url: str, callback, **meta: Any) -> scrapy.Request | None:
        """A request for ``site`` unless already made or over the site's page budget."""
        found = self.findings[site]
        url = clean_url(url)
        if url in self._requested[site] or found["pages"] >= self.max_pages:
            return None
        found["pages"] += 1
        self._requested[site].add(url)
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=True,
            meta={"site": site, "handle_httpstatus_list": [404, 410], **meta},
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site, target in enumerate(self.targets):
            self.findings.append(new_findings(target["url"], target.get("organisation")))
            self._requested.append(set())
            request = self._get(site, target["url"], self.parse_home)
            if request is not None:
                yield request

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        self.findings[request.meta["site"]]["errors"].append(f"{request.url}: {failure.getErrorMessage()}")

    # --- helpers ----------------------------------------------------------------------------

    def _links(self, response: Response) -> list[Link]:
        """Links on the page to the same site as the homepage, cleaned, in page order."""
        home = self.findings[response.meta["site"]]["home"] or response.url
        links = []
        for anchor in response.selector.root.iter("a"):
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            url = clean_url(response.urljoin(href))
            if url.startswith("http") and host_allowed(url, (urlsplit(home).hostname or "",)):
                links.append(Link(url, " ".join("".join(anchor.itertext()).split())[:200]))
        return links

    def _feeds(self, response: TextResponse) -> None:
        found = self.findings[response.meta["site"]]
        for link in response.css("link[rel~=alternate]"):
            if (link.attrib.get("type") or "").lower() in FEED_TYPES and link.attrib.get("href"):
                url = clean_url(response.urljoin(link.attrib["href"]))
                if url not in found["feeds"] and "comments" not in url:
                    found["feeds"].append(url)

    # --- callbacks --------------------------------------------------------------------------

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        site = response.meta["site"]
        found = self.findings[site]
        found["home"] = response.url
        found["redirected_from"] = list(response.meta.get("redirect_urls") or [])
        if response.status != 200 or not isinstance(response, TextResponse):
            found["errors"].append(f"{response.url}: HTTP {response.status}")
            return
        self._feeds(response)
        links = self._links(response)
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(response.url))
        requests = [self._get(site, origin + "/robots.txt", self.parse_robots, origin=origin)]
        for score, link in ranked(links, news_score, 2):
            requests.append(
                self._get(site, link.url, self.parse_news, via=link.text, score=score, nhs_depth=0)
            )
        for score, link in ranked(links, board_score, 2):
            requests.append(
                self._get(site, link.url, self.parse_board, via=link.text, score=score, nhs_depth=0)
            )
        yield from (r for r in requests if r is not None)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        site = response.meta["site"]
        sitemaps = []
        if response.status == 200 and isinstance(response, TextResponse):
            # an empty "Sitemap:" line joins to robots.txt itself
            found = sitemap_urls_from_robots(response.body, base_url=response.url)
            sitemaps = [url for url in found if url != response.url]
        via = "robots.txt" if sitemaps else "default location"
        for url in sitemaps or [response.meta["origin"] + "/sitemap.xml"]:
            request = self._get(site, url, self.parse_sitemap, via=via, top=True)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        site = response.meta["site"]
        found = self.findings[site]
        if response.status != 200:
            return
        entries = parse_sitemap(response.body, response.url)
        if not entries:
            return
        if response.meta.get("top"):
            found["sitemaps"].append({"url": response.url, "via": response.meta["via"]})
        children = [e.url for e in entries if e.is_sitemap]
        children.sort(key=lambda u: not re.search(r"news|post|article", u, re.I))
        for url in children[:MAX_CHILD_SITEMAPS]:
            request = self._get(site, url, self.parse_sitemap, via=response.meta["via"])
            if request is not None:
                yield request
        for entry in entries:
            if not entry.is_sitemap and self._article_like(entry.url, None):
                found["sitemap_articles"].append(clean_url(entry.url))

    def _article_like(self, url: str, listing: str | None) -> bool:
        """An article link: under the listing (deeper) or a news path, or dated; not off-topic or a file."""
        if is_file(url) or off_topic(url):
            return False
        path = urlsplit(url).path
        segs = [s for s in path.split("/") if s]
        if not segs:
            return False
        last = segs[-1]
        if not ("-" in last or last.isdigit() or urlsplit(url).query or "." in last):
            return False
        if listing:
            if is_pagination(url, listing) or clean_url(url).rstrip("/") == clean_url(listing).rstrip("/"):
                return False
            base = urlsplit(listing).path.rstrip("/") + "/"
            if path.startswith(base) and len(path) > len(base):
                return True
        news_at = [i for i, s in enumerate(segs) if NEWS_PATH.search("/" + s + "/")]
        return bool(news_at and news_at[0] < len(segs) - 1) or bool(DATED.search(path))

    def parse_news(self, response: Response) -> Iterator[scrapy.Request]:
        site = response.meta["site"]
        found = self.findings[site]
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        self._feeds(response)
        links = self._links(response)
        listing = response.url
        articles = list(dict.fromkeys(link.url for link in links if self._article_like(link.url, listing)))
        pages = list(dict.fromkeys(link.url for link in links if is_pagination(link.url, listing)))
        found["news"].append(
            {
                "listing": listing,
                "via": response.meta.get("via"),
                "articles": articles,
                "pagination": pages,
            }
        )
        if len(articles) < 3 and response.meta["nhs_depth"] == 0:  # a hub page: look one level down
            for _, link in ranked([x for x in links if x.url != listing], news_score, 2):
                request = self._get(site, link.url, self.parse_news, via=link.text, nhs_depth=1)
                if request is not None:
                    yield request

    def parse_board(self, response: Response) -> Iterator[scrapy.Request]:
        site = response.meta["site"]
        found = self.findings[site]
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        links = self._links(response)
        page = response.url
        base = urlsplit(page).path.rstrip("/") + "/"
        files = list(dict.fromkeys(link.url for link in links if is_file(link.url)))
        meetings = []
        for link in links:
            path = urlsplit(link.url).path
            if is_file(link.url) or off_topic(link.url) or link.url.rstrip("/") == page.rstrip("/"):
                continue
            under = path.startswith(base) and len(path) > len(base)
            if under and (MEETING_TEXT.search(link.text) or MEETING_TEXT.search(path.replace("-", " "))):
                meetings.append(link.url)
            elif re.search(r"board|meeting", path, re.I) and MEETING_TEXT.search(link.text):
                meetings.append(link.url)
        meetings = list(dict.fromkeys(meetings))
        candidate = {
            "page": page,
            "via": response.meta.get("via"),
            "files": files,
            "meetings": meetings,
            "meeting_files": [],
        }
        found["board"].append(candidate)
        if not files and not meetings and response.meta["nhs_depth"] == 0:  # a hub: one page further
            for _, link in ranked([x for x in links if x.url != page], board_score, 2):
                request = self._get(site, link.url, self.parse_board, via=link.text, nhs_depth=1)
                if request is not None:
                    yield request
        for url in meetings[:MAX_MEETINGS]:
            request = self._get(
                site,
                url,
                self.parse_meeting,
                candidate=len(found["board"]) - 1,
                nhs_depth=response.meta["nhs_depth"] + 1,
                via=next((x.text for x in links if x.url == url), None),
            )
            if request is not None:
                yield request

    def parse_meeting(self, response: Response) -> Iterator[scrapy.Request]:
        """A meeting page: count its files; without files it may be the index of meetings itself."""
        found = self.findings[response.meta["site"]]
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        candidate = found["board"][response.meta["candidate"]]
        files = [link.url for link in self._links(response) if is_file(link.url)]
        for url in files:
            if url not in candidate["meeting_files"]:
                candidate["meeting_files"].append(url)
        if not files and response.meta["nhs_depth"] <= 1:
            yield from self.parse_board(response)
