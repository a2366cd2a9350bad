"""Sitemaps and sitemap indexes → URLs, newest ``lastmod`` first; gzip bodies are unpacked.

Parsing is Scrapy's own (:class:`scrapy.utils.sitemap.Sitemap`, what ``SitemapSpider`` uses): lxml
with ``resolve_entities=False`` (no entity expansion, no external entities), no network, lxml's
default ``huge_tree=False`` limits, and ``recover`` for the malformed XML many CMSs emit.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

MAX_UNZIPPED = 50 * 1024 * 1024


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None
    is_sitemap: bool  # True for <sitemap> entries of a sitemap index


def parse_sitemap(body: bytes, base_url: str) -> list[SitemapEntry]:
    """``<url>`` and ``<sitemap>`` entries; an unparseable or oversized body gives an empty list."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=MAX_UNZIPPED)
        except (OSError, EOFError, ValueError, zlib.error):  # corrupt, or over MAX_UNZIPPED unpacked
            return []
    if not body.strip() or len(body) > MAX_UNZIPPED:
        return []
    entries = []
    try:
        sitemap = Sitemap(body.lstrip())
        index = sitemap.type == "sitemapindex"
        for item in sitemap:
            if item.get("loc"):
                url = urljoin(base_url, item["loc"])
                entries.append(SitemapEntry(url, item.get("lastmod") or None, index))
    except (etree.XMLSyntaxError, StopIteration):
        pass  # not XML, or cut short: keep what was read
    entries.sort(key=lambda e: e.lastmod or "", reverse=True)
    return entries
