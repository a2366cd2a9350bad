"""The packaged organisation register: every open NHS trust and ICB with its public website.

``crawler/data/organisation_websites.csv`` (ods_code, name, website, found_at, found_on): each
website with the public page that showed it and when. See ``crawler/data/README.md``.
"""

from __future__ import annotations

import csv
import re
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


def subject_ods(url: str | None) -> str | None:
    """The organisation a URL's path names, when one path segment is an organisation's name written as
    a slug (trade press files articles under the trust: hsj.co.uk/st-georges-university-hospitals-nhs-
    foundation-trust/...). Names come from the packaged gazetteer (current and former names)."""
    if not url or "://" not in url:
        return None
    from urllib.parse import urlsplit

    slugs = _name_slugs()
    for segment in urlsplit(url).path.split("/"):
        if segment in slugs:
            return slugs[segment]
    return None


def _slug(name: str) -> str:
    name = name.lower().replace("&", " and ").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")


@lru_cache(maxsize=1)
def _name_slugs() -> dict[str, str]:
    path = resources.files("nhs_leaders.nlp.data").joinpath("nhs_organisations.csv")
    out: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row.get("ods_code", "").strip()
            names = [row.get("name", "")] + (row.get("former_names") or "").split(";")
            for name in filter(None, (n.strip() for n in names)):
                for slug in {_slug(name), _slug(re.sub(r"^the ", "", name, flags=re.I))}:
                    if code and len(slug) > 12:
                        out.setdefault(slug, code)
    return out


def home_ods(url: str | None) -> str | None:
    """The organisation a document is about by its address: the publisher's (its own website) or the one
    its path names."""
    return publisher_ods(url) or subject_ods(url)
