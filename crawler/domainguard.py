"""Downloader middleware: every request and every redirect stays inside its source's domains.

Why on top of Scrapy's OffsiteMiddleware: that one checks the union of all sources and silently drops
redirects at scheduling time; this one applies each source's own domains, also to retried
(``dont_filter``) requests, and turns an off-domain redirect into an error recorded for the original URL.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin

from nhs_leaders.crawler.urls import host_allowed, host_of
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

log = logging.getLogger(__name__)
REDIRECT_CODES = {301, 302, 303, 307, 308}


class DomainGuardMiddleware:
    """Placed after RedirectMiddleware (priority > 600) so it sees 3xx responses first."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _domains(self, request: Request) -> tuple[str, ...]:
        spider = self.crawler.spider
        return spider.domains_for(request.meta.get("nhs_source")) if hasattr(spider, "domains_for") else ()

    def process_request(self, request: Request) -> None:
        domains = self._domains(request)
        if not domains or host_allowed(request.url, domains):
            return None
        self.stats.inc_value("nhs/offsite/dropped")
        origin = (request.meta.get("redirect_urls") or [None])[0]
        reason = "off-domain redirect" if origin else "off-domain request"
        log.info("%s dropped: %s%s", reason, request.url, f" (from {origin})" if origin else "")
        raise IgnoreRequest(f"{reason} to {host_of(request.url)} dropped")

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in REDIRECT_CODES or b"Location" not in response.headers:
            return response
        location = urljoin(request.url, response.headers[b"Location"].decode("latin-1").strip())
        domains = self._domains(request)
        if not domains or host_allowed(location, domains):
            return response
        self.stats.inc_value("nhs/offsite/redirect_dropped")
        log.warning("off-domain redirect not followed: %s -> %s", request.url, location)
        raise IgnoreRequest(f"redirected off-domain to {location}")
