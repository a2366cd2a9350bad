"""The packaged organisation register: every open NHS trust and ICB with its public website.

``crawler/data/organisation_websites.csv`` (ods_code, name, website, found_at, found_on): each
website with the public page that showed it and when. See ``crawler/data/README.md``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from nhs_leaders.crawler.catalogue import matches

COLUMNS = ("ods_code", "name", "website", "found_at", "found_on")


def register_path() -> Path:
    return Path(str(resources.files("nhs_leaders.crawler.data").joinpath("organisation_websites.csv")))


def load_register(path: str | Path | None = None) -> list[dict[str, str]]:
    with Path(path or register_path()).open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row.get("ods_code")]


def discovery_targets(spec: str = "all", path: str | Path | None = None) -> list[dict[str, Any]]:
    """``{"url", "organisation"}`` for every register row with a website that ``spec`` chooses."""
    return [
        {"url": row["website"], "organisation": row["ods_code"]}
        for row in load_register(path)
        if row.get("website") and matches(row["ods_code"], spec)
    ]


def publisher_ods(url: str | None, path: str | Path | None = None) -> str | None:
    """The ODS code of the organisation whose website published ``url`` (same registrable domain as a
    register website: ``yourspace.merseycare.nhs.uk`` is Mersey Care's), else None. A staff bulletin
    that says only "the Trust" means its publisher."""
    if not url or "://" not in url:
        return None
    from nhs_leaders.crawler.urls import host_of, site_of

    host = host_of(url)
    return _sites(str(path) if path else None).get(site_of(host)) if host else None


@lru_cache(maxsize=4)
def _sites(path: str | None) -> dict[str, str]:
    from nhs_leaders.crawler.urls import host_of, site_of

    sites: dict[str, str] = {}
    for row in load_register(path):
        host = host_of(row.get("website") or "")
        if host:
            sites.setdefault(site_of(host), row["ods_code"])
    return sites
