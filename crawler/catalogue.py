"""Which sources a crawl runs: hand-written and discovered sources merged, chosen by organisation.

``crawl --all`` runs every source; ``--organisations KIND|REGION`` only those whose organisation
(ODS code) has that kind or NHS region in the packaged gazetteer. Hand-written entries override
discovered ones for the same name, or the same organisation and kind (:func:`merge_sources`).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

from nhs_leaders.crawler.sources import Source, load_sources

DEFAULT_DISCOVERED = "discovered-sources.toml"
TRUST_KINDS = ("acute_trust", "mental_health_trust", "community_trust", "ambulance_trust")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, dict[str, str]]:
    """ODS code → gazetteer row (name, kind, region, opened, closed, ...)."""
    path = resources.files("nhs_leaders.nlp.data").joinpath("nhs_organisations.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["ods_code"]: row for row in csv.DictReader(handle) if row.get("ods_code")}


def source_files(sources_file: str | Path | None, discovered: str | Path | None) -> list[str | None]:
    """Files to load, lowest precedence first: the discovered file (when it exists), then hand-written."""
    files: list[str | None] = []
    if discovered and Path(discovered).exists():
        files.append(str(discovered))
    files.append(str(sources_file) if sources_file else None)
    return files


def load_catalogue(sources_file: str | Path | None, discovered: str | Path | None) -> list[Source]:
    files = source_files(sources_file, discovered)
    return load_sources(files if len(files) > 1 else files[0])


def matches(ods: str | None, spec: str) -> bool:
    """True when organisation ``ods`` is of kind ``spec`` (``trust`` = any trust) or in region ``spec``."""
    spec = spec.strip().lower()
    if spec == "all":
        return True
    row = gazetteer().get(ods or "")
    if row is None:
        return False
    kind, region = row["kind"].lower(), (row["region"] or "").lower()
    return kind == spec or (spec in ("trust", "trusts") and kind in TRUST_KINDS) or region == spec


def select_by_organisation(sources: list[Source], spec: str) -> list[Source]:
    """The sources ``spec`` chooses (``all``: every source, also those without an organisation)."""
    return [s for s in sources if spec.strip().lower() == "all" or matches(s.organisation, spec)]
