"""What a page says about itself: rel=canonical and its publication date with the raw string and source.

Read from the parsed tree before trafilatura cleans it, so the raw value and where it came from
(``meta[property=article:published_time]``, ``json-ld:datePublished``, ``time[datetime]``) are kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html as lxml_html

DATE_METAS = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "dcterms.issued"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "dc.date"),
    ("name", "date"),
    ("name", "publish-date"),
    ("name", "govuk:first-published-at"),
    ("name", "citation_publication_date"),
)
BOILERPLATE_TOKEN = re.compile(
    r"^(related|more-news|more-stories|read-next|read-more|you-may-also|also-read|share|sharing|social|"
    r"breadcrumbs?|newsletter|cookie|subscribe|pagination|sidebar|tags)([-_].*)?$",
    re.IGNORECASE,
)
KEEP_TAGS = {"html", "body", "main", "article"}


@dataclass
class PageMeta:
    canonical: str | None = None
    date_raw: str | None = None
    date_source: str | None = None


def load_tree(html: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(html)


def page_meta(tree: lxml_html.HtmlElement, base_url: str | None) -> PageMeta:
    """Canonical URL (absolute) and the first publication date the page declares."""
    meta = PageMeta()
    for link in tree.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            href = link.get("href", "").strip()
            if href:
                meta.canonical = urljoin(base_url or "", href)
                break
    metas = {}
    for node in tree.iterfind(".//meta[@content]"):
        for attr in ("property", "name", "itemprop"):
            key = (node.get(attr) or "").strip().lower()
            if key:
                metas.setdefault((attr, key), node.get("content", "").strip())
    for attr, key in DATE_METAS:
        value = metas.get((attr, key.lower()))
        if value:
            meta.date_raw, meta.date_source = value, f"meta[{attr}={key}]"
            return meta
    for script in tree.iterfind(".//script[@type]"):
        if script.get("type", "").lower() == "application/ld+json" and script.text:
            found = _jsonld_date(script.text)
            if found:
                meta.date_raw, meta.date_source = found, "json-ld:datePublished"
                return meta
    for node in tree.iterfind(".//time[@datetime]"):
        value = node.get("datetime", "").strip()
        if value:
            meta.date_raw, meta.date_source = value, "time[datetime]"
            return meta
    return meta


def strip_boilerplate(tree: lxml_html.HtmlElement) -> None:
    """Remove nav/aside blocks and related-article, share and breadcrumb blocks, in place.

    A block is recognised by a class or id token such as ``related-posts`` or ``breadcrumb``; a block
    holding the page's ``<h1>`` is never removed, so a mislabelled wrapper cannot take the article.
    """
    doomed = []
    for elem in tree.iter():
        if not isinstance(elem.tag, str) or elem.tag.lower() in KEEP_TAGS:
            continue
        tokens = f"{elem.get('class', '')} {elem.get('id', '')}".split()
        if elem.tag.lower() in ("nav", "aside") or any(BOILERPLATE_TOKEN.match(t) for t in tokens):
            if elem.find(".//h1") is None:
                doomed.append(elem)
    for elem in doomed:
        if elem.getparent() is not None:
            elem.drop_tree()


def _jsonld_date(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and value.strip():
                return value.strip()
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
