"""The one item the spider yields: a fetched URL with its raw body and validators, or why it failed.

Callbacks only wrap the response; text extraction and storage happen in the item pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("feed", "sitemap", "listing", "document")


@dataclass
class FetchedItem:
    url: str  # final URL after redirects, tracking parameters removed
    source: str
    role: str  # one of ROLES
    status: int | None = None
    body: bytes | None = field(default=None, repr=False)
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304, or a listing replayed from the raw store
    error: str | None = None
    requested_url: str | None = None  # first URL of a redirect chain
    prev_raw_sha256: str | None = None  # body hash of the previous fetch, to skip re-parsing
    prev_document_id: int | None = None
    hints: dict | None = None  # feed title/date or link text: Hints fields
    organisation: str | None = None
    domains: tuple[str, ...] = ()
