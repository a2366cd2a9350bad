"""Discovery's Python API: ``discover(targets) -> DiscoverResult`` and ``write_sources(result, path)``.

Runs :class:`crawler.spiders.discover.DiscoverSpider` in a fresh worker process (like the crawl), then
turns what it saw into ``sources.toml`` entries. Targets come from the command line or the packaged
organisation register (:mod:`crawler.register`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nhs_leaders.crawler.discover_entries import entries_for, to_toml
from nhs_leaders.crawler.run import _die_with_parent, _follow, _stop

DISCOVER_SETTINGS = {"ITEM_PIPELINES": {}, "EXTENSIONS": {}, "NHS_PROGRESS": False}


@dataclass
class DiscoverResult:
    """Per-site findings (what was seen), the entries made from them, and Scrapy's stats."""

    findings: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    finish_reason: str | None = None


def discover(
    targets: list[dict[str, Any]],
    settings: dict[str, Any] | None = None,
    max_pages: int | None = None,
    log_file: str | Path | None = None,
    timeout: float | None = None,
) -> DiscoverResult:
    """Discover sources for ``targets`` (``{"url": homepage, "organisation": ODS or None}``)."""
    extra = {**DISCOVER_SETTINGS, **(settings or {})}
    if max_pages:
        extra["NHS_DISCOVER_MAX_PAGES"] = max_pages
    result = DiscoverResult()
    with tempfile.TemporaryDirectory(prefix="nhs-discover-") as tmp:
        config = {
            "spider": "discover",
            "targets": targets,
            "db_path": None,
            "log_file": str(Path(log_file).resolve()) if log_file else None,
            "log_level": "INFO" if log_file else "WARNING",
            "settings": extra,
            "result_file": str(Path(tmp) / "result.json"),
        }
        config_path = Path(tmp) / "config.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "nhs_leaders.crawler.worker", str(config_path)],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            bufsize=1,
            preexec_fn=_die_with_parent,
        )
        try:
            _follow(proc, None, timeout)
        except BaseException:
            _stop(proc)
            raise
        result_file = Path(config["result_file"])
        if result_file.exists():
            data = json.loads(result_file.read_text(encoding="utf-8"))
            result.findings, result.stats = data.get("findings") or [], data["stats"]
            result.finish_reason = data["finish_reason"]
        else:
            result.finish_reason = "worker_failed"
    result.entries = entries_for(result.findings)
    return result


def write_sources(result: DiscoverResult, path: str | Path) -> Path:
    """Write the discovered entries as a sources file (loadable by ``crawl --sources``)."""
    header = (
        f"Discovered by `nhs-leaders discover` on {date.today().isoformat()}: "
        f"{len(result.entries)} sources for {len(result.findings)} sites.\n"
        "Each entry's `confidence` (0-1) and `evidence` say what was seen. Hand-written entries in\n"
        "crawler/sources.toml (or --sources) override these for the same organisation and kind."
    )
    if not result.entries:
        header += "\nNothing was found."
    path = Path(path)
    path.write_text(to_toml(result.entries, header), encoding="utf-8")
    return path
