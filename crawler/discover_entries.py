"""Discovery findings → ``sources.toml`` entries (news and board papers), each with a confidence and its
evidence, and the TOML text for them.

Pure functions over the JSON-able findings of :class:`crawler.spiders.discover.DiscoverSpider`.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from nhs_leaders.crawler.discover_patterns import (
    article_patterns,
    common_prefix_pattern,
    pagination_pattern,
)
from nhs_leaders.crawler.urls import site_of

# Never news: notices, jobs, events, taxonomy, accounts and search (checked before ``allow``).
NEWS_DENY = [
    "(?i)cookie|privacy|accessibility",
    "(?i)/(jobs?|careers?|vacanc[a-z]*|recruitment)(/|$)",
    "(?i)/(events?|whats-on|calendar)(/|$)",
    "/(tags?|category|author|feed)/",
    "(?i)/(search|login|sign-in)/?(\\?|$)",
]
BOARD_DENY = ["(?i)cookie|privacy|/(jobs?|careers?|vacanc[a-z]*)(/|$)"]
MIN_ARTICLES = 2


def slug_for(found: dict[str, Any]) -> str:
    """A source-name stem: the ODS code, else the site's first label (``cuh`` for ``www.cuh.nhs.uk``)."""
    if found.get("organisation"):
        return re.sub(r"[^a-z0-9]+", "-", found["organisation"].lower()).strip("-")
    host = urlsplit(found.get("home") or found["target"]).hostname or "site"
    return re.sub(r"[^a-z0-9]+", "-", site_of(host).split(".")[0].lower()).strip("-") or "site"


def best_news(found: dict[str, Any]) -> dict[str, Any] | None:
    """The listing with most article links (pagination breaks ties); None below ``MIN_ARTICLES``."""
    candidates = [c for c in found["news"] if len(c["articles"]) >= MIN_ARTICLES]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (len(c["articles"]) + 3 * bool(c["pagination"]), -len(c["listing"])))


def best_board(found: dict[str, Any]) -> dict[str, Any] | None:
    """The board page leading to most files (directly or through meeting pages); None without files."""
    candidates = [_narrow(c) for c in found["board"] if c["files"] or c["meeting_files"]]
    if not candidates:
        return None
    return max(candidates, key=lambda c: len(c["files"]) + len(c["meeting_files"]) + len(c["meetings"]))


def _narrow(candidate: dict[str, Any]) -> dict[str, Any]:
    """A page whose one "meeting" link holds all the files: that page is the papers page."""
    if len(candidate["meetings"]) == 1 and candidate["meeting_files"] and not candidate["files"]:
        return {
            "page": candidate["meetings"][0],
            "via": candidate["via"],
            "files": candidate["meeting_files"],
            "meetings": [],
            "meeting_files": [],
        }
    return candidate


def _site_evidence(found: dict[str, Any]) -> list[str]:
    evidence = []
    if found["redirected_from"]:
        evidence.append(f"{found['redirected_from'][0]} redirected to {found['home']}")
    return evidence


def news_entry(found: dict[str, Any]) -> dict[str, Any] | None:
    listing = best_news(found)
    feeds = found["feeds"][:2]
    evidence = _site_evidence(found)
    entry: dict[str, Any] = {"name": f"{slug_for(found)}-news", "kind": "news"}
    if found.get("organisation"):
        entry["organisation"] = found["organisation"]
    if listing:
        confidence = 0.5 + 0.2 * (len(listing["articles"]) >= 5) + 0.15 * bool(listing["pagination"])
        entry["start_urls"] = [listing["listing"]]
        entry["allow"] = article_patterns(listing["articles"], listing["listing"])
        follow = pagination_pattern(listing["pagination"])
        if follow:
            entry["follow"] = [follow]
        evidence.append(
            f"news listing {listing['listing']} (link {listing['via']!r}): {len(listing['articles'])} article "
            f"links, {len(listing['pagination'])} pagination links"
        )
    elif found["sitemap_articles"] and found["sitemaps"]:
        confidence = 0.5
        articles = found["sitemap_articles"]
        entry["sitemaps"] = [s["url"] for s in found["sitemaps"]]
        entry["allow"] = article_patterns(articles)
        evidence.append(
            f"no news listing; sitemap {found['sitemaps'][0]['url']} ({found['sitemaps'][0]['via']}) "
            f"lists {len(articles)} news URLs"
        )
    else:
        return None
    if feeds:
        entry["feeds"] = feeds
        confidence += 0.1
        evidence.append(f"feed <link rel=alternate>: {', '.join(feeds)}")
    entry["deny"] = list(NEWS_DENY)
    entry["max_pages"] = 300
    entry["confidence"] = round(min(confidence, 0.95), 2)
    entry["evidence"] = evidence
    return entry


def board_entry(found: dict[str, Any]) -> dict[str, Any] | None:
    board = best_board(found)
    if not board:
        return None
    evidence = _site_evidence(found)
    entry: dict[str, Any] = {"name": f"{slug_for(found)}-board-papers", "kind": "board_papers"}
    if found.get("organisation"):
        entry["organisation"] = found["organisation"]
    entry["start_urls"] = [board["page"]]
    follow = common_prefix_pattern(board["meetings"]) if board["meetings"] else None
    if follow:
        entry["follow"] = [follow]
    entry["deny"] = list(BOARD_DENY)
    entry["max_pages"] = 300
    n_files = len(board["files"]) + len(board["meeting_files"])
    confidence = 0.6 + 0.2 * bool(n_files >= 2) + 0.1 * bool(board["meeting_files"])
    entry["confidence"] = round(min(confidence, 0.95), 2)
    evidence.append(
        f"board page {board['page']} (link {board['via']!r}): {len(board['meetings'])} meeting pages, "
        f"{n_files} files seen"
    )
    entry["evidence"] = evidence
    return entry


def entries_for(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries for every site (news first, then board papers); names made unique."""
    entries, names = [], set()
    for found in findings:
        for entry in (news_entry(found), board_entry(found)):
            if entry is None:
                continue
            name, n = entry["name"], 2
            while entry["name"] in names:
                entry["name"] = f"{name}-{n}"
                n += 1
            names.add(entry["name"])
            entries.append(entry)
    return entries


KEY_ORDER = (
    "name",
    "kind",
    "organisation",
    "start_urls",
    "feeds",
    "sitemaps",
    "allow",
    "follow",
    "deny",
    "max_pages",
    "confidence",
    "evidence",
    "note",
)


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def to_toml(entries: list[dict[str, Any]], header: str = "") -> str:
    """``[[source]]`` tables in a stable key order."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    for entry in entries:
        lines += ["", "[[source]]"]
        for key in sorted(entry, key=lambda k: KEY_ORDER.index(k) if k in KEY_ORDER else 99):
            lines.append(f"{key} = {_value(entry[key])}")
    return "\n".join(lines).lstrip("\n") + "\n"
