"""Crawl sources as data: load and validate ``sources.toml`` (packaged, or the user's own file).

Each ``[[source]]`` names one site section to crawl (news or board papers). Validation happens
up front so a typo in a regex or a duplicate name fails before any request is sent.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = ("news", "board_papers")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
URL_KEYS = ("start_urls", "feeds", "sitemaps")
REGEX_KEYS = ("allow", "deny", "follow")
KNOWN_KEYS = {
    "name",
    "kind",
    "organisation",
    "max_pages",
    "domains",
    "files",
    "links_css",
    "note",
    "confidence",
    "evidence",
    *URL_KEYS,
    *REGEX_KEYS,
}
DEFAULT_MAX_PAGES = 500


class SourceError(ValueError):
    """The sources file is invalid; the message names the file, the source and the problem."""


@dataclass(frozen=True)
class Source:
    """One validated ``[[source]]`` entry. ``domains`` always includes the hosts of its URLs."""

    name: str
    kind: str
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    follow: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    organisation: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    files: tuple[str, ...] = ()
    links_css: str | None = None
    note: str | None = None
    _compiled: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict, compare=False, repr=False)

    def patterns(self, key: str) -> tuple[re.Pattern[str], ...]:
        """Compiled regexes of ``allow``, ``deny`` or ``follow``."""
        if key not in self._compiled:
            self._compiled[key] = tuple(re.compile(p) for p in getattr(self, key))
        return self._compiled[key]

    def matches(self, key: str, url: str) -> bool:
        return any(p.search(url) for p in self.patterns(key))


def packaged_sources_path() -> Path:
    return Path(str(resources.files("crawler").joinpath("sources.toml")))


def load_sources(path: str | Path | list | tuple | None = None) -> list[Source]:
    """Sources from ``path`` (the user's file) or the packaged ``sources.toml``; raises SourceError.

    A list of files is merged in order, later files overriding earlier ones (see :func:`merge_sources`):
    ``[discovered, hand_written]`` lets hand-written entries win.
    """
    if isinstance(path, (list, tuple)):
        merged: list[Source] = []
        for one in path:
            merged = merge_sources(merged, load_sources(one))
        return merged
    where = Path(path) if path else packaged_sources_path()
    try:
        data = tomllib.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceError(f"{where}: no such sources file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{where}: not valid TOML: {exc}") from exc
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourceError(f"{where}: no [[source]] entries")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, 1):
        src = _validate(entry, f"{where}: source #{index}", where.parent)
        if src.name in seen:
            raise SourceError(f"{where}: duplicate source name {src.name!r}")
        seen.add(src.name)
        sources.append(src)
    return sources


def merge_sources(base: list[Source], override: list[Source]) -> list[Source]:
    """``base`` without the entries ``override`` replaces, then ``override``.

    An override entry replaces a base entry of the same name, or of the same organisation and kind
    (a hand-written ``cuh-news`` replaces the discovered ``rgt-news``).
    """
    names = {s.name for s in override}
    owned = {(s.organisation, s.kind) for s in override if s.organisation}
    kept = [s for s in base if s.name not in names and (s.organisation, s.kind) not in owned]
    return kept + list(override)


def select_sources(sources: list[Source], names: list[str] | None) -> list[Source]:
    """The named sources in the given order (all when ``names`` is empty); unknown names raise."""
    if not names:
        return list(sources)
    by_name = {s.name: s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SourceError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(sorted(by_name))}")
    return [by_name[n] for n in dict.fromkeys(names)]


def _validate(entry: object, where: str, base: Path) -> Source:
    if not isinstance(entry, dict):
        raise SourceError(f"{where}: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise SourceError(
            f"{where}: 'name' must be lower-case letters, digits, '.', '_' or '-' (got {name!r})"
        )
    where = f"{where} ({name})"
    unknown = set(entry) - KNOWN_KEYS
    if unknown:
        raise SourceError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourceError(f"{where}: 'kind' must be one of {', '.join(KINDS)} (got {kind!r})")
    lists = {key: _str_list(entry, key, where) for key in (*URL_KEYS, *REGEX_KEYS, "domains", "files")}
    for key in URL_KEYS:
        for url in lists[key]:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise SourceError(f"{where}: {key} entry {url!r} is not an http(s) URL")
    for key in REGEX_KEYS:
        for pattern in lists[key]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SourceError(f"{where}: {key} regex {pattern!r} does not compile: {exc}") from exc
    if not (lists["start_urls"] or lists["feeds"] or lists["sitemaps"] or lists["files"]):
        raise SourceError(f"{where}: needs at least one of start_urls, feeds, sitemaps or files")
    if kind == "news" and lists["start_urls"] and not lists["allow"]:
        raise SourceError(
            f"{where}: a news source with start_urls needs 'allow' regexes to tell articles "
            "from navigation links"
        )
    max_pages = entry.get("max_pages", DEFAULT_MAX_PAGES)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise SourceError(f"{where}: 'max_pages' must be a positive integer (got {max_pages!r})")
    organisation = entry.get("organisation")
    if organisation is not None and not (isinstance(organisation, str) and organisation.strip()):
        raise SourceError(f"{where}: 'organisation' must be an ODS code string")
    links_css = entry.get("links_css")
    if links_css is not None and not isinstance(links_css, str):
        raise SourceError(f"{where}: 'links_css' must be a CSS selector string")
    hosts = {urlsplit(u).hostname for key in URL_KEYS for u in lists[key]}
    domains = tuple(dict.fromkeys([*(d.lower().strip(".") for d in lists["domains"]), *sorted(hosts)]))
    files = tuple(str((base / f).resolve()) if not Path(f).is_absolute() else f for f in lists["files"])
    return Source(
        name=name,
        kind=kind,
        start_urls=tuple(lists["start_urls"]),
        feeds=tuple(lists["feeds"]),
        sitemaps=tuple(lists["sitemaps"]),
        allow=tuple(lists["allow"]),
        deny=tuple(lists["deny"]),
        follow=tuple(lists["follow"]),
        domains=domains,
        organisation=organisation,
        max_pages=max_pages,
        files=files,
        links_css=links_css,
        note=entry.get("note"),
    )


def _str_list(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourceError(f"{where}: {key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]
