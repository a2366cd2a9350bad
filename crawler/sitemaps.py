"""Sitemaps and sitemap indexes → URLs, newest ``lastmod`` first; gzip bodies are unpacked."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

from nhs_leaders.crawler.xmlsafe import child_text, local, parse_xml

MAX_UNZIPPED = 50 * 1024 * 1024


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None
    is_sitemap: bool  # True for <sitemap> entries of a sitemap index


def parse_sitemap(body: bytes, base_url: str) -> list[SitemapEntry]:
    """``<url>`` and ``<sitemap>`` entries; an unparseable body gives an empty list."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body)
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for elem in root.iter():
        name = local(elem.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = child_text(elem, "loc")
        if not loc:
            continue
        lastmod = child_text(elem, "lastmod")
        entries.append(
            SitemapEntry(urljoin(base_url, loc[1]), lastmod[1] if lastmod else None, name == "sitemap")
        )
    entries.sort(key=lambda e: e.lastmod or "", reverse=True)
    return entries


def _gunzip(body: bytes) -> bytes:
    out = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = out.decompress(body, MAX_UNZIPPED)
    except (zlib.error, gzip.BadGzipFile):
        return b""
    return data
