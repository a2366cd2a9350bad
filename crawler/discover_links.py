"""Link scoring for discovery: which links on a homepage lead to news, board papers, or off-topic pages.

Why words and URL shapes: NHS sites run on a handful of CMSs but label the same sections the same
way ("Latest news", "Board meetings", "Trust board", "Governing body"), and put off-topic pages
(cookies, vacancies, events) under recognisable paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

NEWS_TEXT = re.compile(r"\b(latest news|news|press releases?|media centre|newsroom|announcements)\b", re.I)
NEWS_PATH = re.compile(r"(^|/)(latest-)?(news|press-releases?|newsroom|media-centre)(/|$|[-?.])", re.I)
BOARD_TEXT = re.compile(
    r"\b(board (meetings?|papers|packs?)|public board|trust board|board of directors|governing body|"
    r"(icb|integrated care) board|board meetings? in public|meetings? (of the board|in public)|"
    r"board and committee papers)\b",
    re.I,
)
BOARD_PATH = re.compile(r"(board|governing-body)", re.I)
# Sections never news: cookie and privacy notices, jobs, events, accounts, search, taxonomy pages.
OFF_TOPIC = re.compile(
    r"(cookie|privacy|accessib|vacanc|/jobs?\b|careers?|recruit|/events?\b|whats-on|calendar|"
    r"/contact|login|sign-in|register|/search/?(\?|$)|sitemap|/feed\b|/tags?/|/category/|/author/|"
    r"newsletter|subscribe|foi\b|freedom-of-information|complain)",
    re.I,
)
GOVERNORS = re.compile(r"governors|council", re.I)
FILE_SUFFIXES = (".pdf", ".docx", ".doc", ".xlsx", ".pptx")


@dataclass(frozen=True)
class Link:
    url: str
    text: str


def is_file(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(FILE_SUFFIXES)


def off_topic(url: str, text: str = "") -> bool:
    """A cookie, privacy, vacancy, event, account or taxonomy link (by URL or link text)."""
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    return bool(OFF_TOPIC.search(path) or OFF_TOPIC.search("/" + text.lower().replace(" ", "-")))


def news_score(link: Link) -> int:
    """How strongly a link reads as the news listing (0 = not at all)."""
    if is_file(link.url) or off_topic(link.url, link.text.replace("news", "")):
        return 0
    score = 0
    if NEWS_TEXT.search(link.text):
        score += 4 if re.search(r"latest news|^news$", link.text.strip(), re.I) else 3
    if NEWS_PATH.search(urlsplit(link.url).path):
        score += 3
    if urlsplit(link.url).query:
        score -= 1
    return max(score, 0)


def board_score(link: Link) -> int:
    """How strongly a link reads as the board-papers page (0 = not at all)."""
    if is_file(link.url):
        return 0
    score = 0
    if BOARD_TEXT.search(link.text):
        score += 4
    elif re.search(r"\bboard\b", link.text, re.I):
        score += 1
    if BOARD_PATH.search(urlsplit(link.url).path):
        score += 2
        if re.search(r"board[^/]*(meeting|paper)|meetings?-in-public|public-board", link.url, re.I):
            score += 2
    if score and GOVERNORS.search(link.text + link.url):
        score -= 3  # the council of governors meets in public too, but it does not run the trust
    return max(score, 0)


def ranked(links: list[Link], scorer, limit: int = 2) -> list[tuple[int, Link]]:
    """The ``limit`` best-scoring links, one per URL, best first (page order breaks ties)."""
    best: dict[str, tuple[int, int, Link]] = {}
    for order, link in enumerate(links):
        score = scorer(link)
        if score > 0 and (link.url not in best or best[link.url][0] < score):
            best[link.url] = (score, -order, link)
    top = sorted(best.values(), key=lambda t: (t[0], t[1]), reverse=True)[:limit]
    return [(score, link) for score, _, link in top]
