"""DNS resolver with a static host map (like ``curl --resolve``): ``NHS_HOSTS = {"www.x.test": "127.0.0.1"}``.

Why: fixture sites under real-looking host names (``www.trust.test`` redirecting to ``trust.test``)
exercise the one-site-per-registrable-domain rules on loopback; it also pins a host whose DNS is
broken. Names not in the map resolve as with Scrapy's default resolver. ``*.name`` covers sub-domains.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class StaticHostsResolver(CachingThreadedResolver):
    """Scrapy's caching threaded resolver, answering mapped names first (``DNS_RESOLVER`` setting)."""

    hosts: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.hosts = {k.lower(): v for k, v in (crawler.settings.getdict("NHS_HOSTS") or {}).items()}
        return resolver

    def lookup(self, name: str) -> str | None:
        name = name.lower().rstrip(".")
        if name in self.hosts:
            return self.hosts[name]
        labels = name.split(".")
        for i in range(1, len(labels)):
            address = self.hosts.get("*." + ".".join(labels[i:]))
            if address:
                return address
        return None

    def getHostByName(self, name: str, timeout: Sequence[int] = ()):  # noqa: N802 - Twisted API
        address = self.lookup(name)
        if address is not None:
            return defer.succeed(address)
        return super().getHostByName(name, timeout)
