"""Downloader middleware: Scrapy's RobotsTxtMiddleware, with every request that waited for robots.txt checked.

Why: since scrapy/scrapy PR #6802 (async ``process_request``) all requests that arrive while a
host's robots.txt is still downloading await the same Deferred; the first waiter receives the
parser and the others receive ``None``, which the middleware treats as "allow everything". At the
start of a crawl (or when resuming a JOBDIR queue) that lets disallowed URLs through. After the
wait, this subclass reads the parser the middleware stored for the host instead.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class SafeRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Replaces ``scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware`` at priority 100."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser
