"""RSS 2.0 / RSS 1.0 / Atom → entries (link, title, raw date and which element it came from)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from nhs_leaders.crawler.xmlsafe import child_text, local, parse_xml


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    date_raw: str | None = None
    date_source: str | None = None  # e.g. "feed:pubDate", "feed:published"


DATE_ELEMENTS = ("published", "pubdate", "date", "issued", "created", "updated", "modified")


def parse_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    """Entries of an RSS or Atom feed; an unparseable body gives an empty list."""
    root = parse_xml(body)
    if root is None:
        return []
    entries: list[FeedEntry] = []
    for elem in root.iter():
        name = local(elem.tag)
        if name not in ("item", "entry"):
            continue
        url = _entry_link(elem, base_url)
        if not url:
            continue
        title = child_text(elem, "title")
        date = child_text(elem, *DATE_ELEMENTS)
        entries.append(
            FeedEntry(
                url=url,
                title=title[1] if title else None,
                date_raw=date[1] if date else None,
                date_source=f"feed:{_date_label(date[0])}" if date else None,
            )
        )
    return entries


def _entry_link(elem, base_url: str) -> str | None:
    atom_links = [c for c in elem if local(c.tag) == "link" and c.get("href")]
    for link in atom_links:
        if link.get("rel", "alternate") == "alternate":
            return urljoin(base_url, link.get("href").strip())
    found = child_text(elem, "link")
    if found:
        return urljoin(base_url, found[1])
    guid = next((c for c in elem if local(c.tag) == "guid" and (c.text or "").strip()), None)
    if guid is not None and guid.get("isPermaLink", "true").lower() == "true" and "://" in guid.text:
        return urljoin(base_url, guid.text.strip())
    about = elem.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return urljoin(base_url, about) if about else None


def _date_label(name: str) -> str:
    return {"pubdate": "pubDate"}.get(name, name)
