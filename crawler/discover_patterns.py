"""URL shapes → crawl patterns: article ``allow`` regexes, pagination and meeting-page ``follow`` regexes.

A path is generalised segment by segment (``2024`` → ``20\\d\\d``, ``03`` → ``\\d\\d``, ``123`` →
``\\d+``, the last segment → a slug); the shape shared by most article links becomes the pattern.
Patterns are anchored at the path start (``^https?://[^/]+/news/...``) so they cannot match the same
words deeper in another section's URL.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

PREFIX = r"^https?://[^/]+"
PAGE_PATH = re.compile(r"/page/\d+/?$")
PAGE_PARAMS = ("page", "p", "pg", "paged", "start", "offset")


def _esc(text: str) -> str:
    """``re.escape`` without escaping ``-`` (valid either way; readable in sources.toml)."""
    return re.escape(text).replace("\\-", "-")


def is_pagination(url: str, listing: str) -> bool:
    """``url`` is another page of the ``listing`` (``/news/page/2/``, ``/news?page=1``, ``?p=3``)."""
    parts, base = urlsplit(url), urlsplit(listing)
    if PAGE_PATH.search(parts.path):
        return parts.path.rsplit("/page/", 1)[0].rstrip("/") == base.path.rstrip("/")
    params = dict(parse_qsl(parts.query))
    return parts.path.rstrip("/") == base.path.rstrip("/") and any(
        params.get(k, "").isdigit() for k in PAGE_PARAMS
    )


def pagination_pattern(urls: list[str]) -> str | None:
    """A ``follow`` regex for the listing's other pages, from the pagination links seen."""
    for url in urls:
        parts = urlsplit(url)
        if PAGE_PATH.search(parts.path):
            base = _esc(parts.path.rsplit("/page/", 1)[0])
            return f"{PREFIX}{base}/page/\\d+/?$"
        for key, value in parse_qsl(parts.query):
            if key in PAGE_PARAMS and value.isdigit():
                path = _esc(parts.path.rstrip("/"))
                return f"{PREFIX}{path}/?\\?(.*&)?{_esc(key)}=\\d+"
    return None


def _segment(seg: str, last: bool) -> str:
    if re.fullmatch(r"(19|20)\d\d", seg):
        return r"20\d\d" if seg.startswith("20") else r"19\d\d"
    if re.fullmatch(r"\d{1,2}", seg):
        return r"\d\d?"
    if re.fullmatch(r"\d+", seg):
        return r"\d+"
    if last:
        return r"[^/?#]+"
    return _esc(seg)


def shape(url: str, depth: int) -> str:
    """The generalised regex of ``url``'s path (keeping the first ``depth`` segments literal)."""
    parts = urlsplit(url)
    segs = [s for s in parts.path.split("/") if s]
    out = []
    for i, seg in enumerate(segs):
        last = i == len(segs) - 1
        out.append(_esc(seg) if i < depth and not last and not seg.isdigit() else _segment(seg, last))
    regex = "/" + "/".join(out) + ("/?" if parts.path.endswith("/") or not parts.query else "")
    if parts.query:
        keys = [k for k, _ in parse_qsl(parts.query)]
        regex += r"\?" + "&".join(f"{_esc(k)}=[^&#]+" for k in keys)
    return f"{PREFIX}{regex}$"


def article_patterns(urls: list[str], listing: str | None = None, min_share: float = 0.2) -> list[str]:
    """``allow`` regexes covering the article links: the common shapes, most frequent first."""
    if not urls:
        return []
    depth = len([s for s in urlsplit(listing).path.split("/") if s]) if listing else 1
    counts = Counter(shape(u, max(depth, 1)) for u in urls)
    best = counts.most_common()
    keep = [p for p, n in best if n >= max(1, min_share * len(urls))]
    return keep[:3]


def common_prefix_pattern(urls: list[str]) -> str | None:
    """A ``follow`` regex for pages under the longest path prefix the URLs share (meeting pages)."""
    paths = [[s for s in urlsplit(u).path.split("/") if s] for u in urls]
    if not paths:
        return None
    prefix: list[str] = []
    for segs in zip(*paths):
        if len(set(segs)) != 1:
            break
        prefix.append(segs[0])
    if len(paths) == 1:
        prefix = paths[0][:-1]
    if not prefix:
        return None
    return f"{PREFIX}/{'/'.join(_esc(s) for s in prefix)}/[^?#]+"


def path_pattern(url: str) -> str:
    """A regex for ``url``'s own path (with or without trailing slash)."""
    path = urlsplit(url).path.rstrip("/")
    return f"{PREFIX}{_esc(path)}/?$"
