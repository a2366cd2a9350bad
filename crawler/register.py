"""The packaged organisation register: every open NHS trust and ICB with its public website.

``crawler/data/organisation_websites.csv`` (ods_code, name, website, found_at, found_on): each
website with the public page that showed it and when. See ``crawler/data/README.md``.
"""

from __future__ import annotations

import csv
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
