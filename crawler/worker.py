"""Crawl worker process: ``python -m crawler.worker CONFIG.json``. Started by :func:`crawler.run.crawl`.

A fresh process per crawl because a Twisted reactor cannot be restarted; the parent stays free of
Scrapy's global state and can call ``crawl()`` any number of times.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import Any


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def build_settings(config: dict):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("nhs_leaders.crawler.settings", priority="project")
    settings.set("NHS_DB", config.get("db_path") or "nhs.db", priority="cmdline")
    settings.set("NHS_SOURCES", config.get("sources") or [], priority="cmdline")
    if config.get("sources_file"):
        settings.set("NHS_SOURCES_FILE", config["sources_file"], priority="cmdline")
    if config.get("resume_dir"):
        settings.set("JOBDIR", config["resume_dir"], priority="cmdline")
    if config.get("log_file"):
        settings.set("LOG_FILE", config["log_file"], priority="cmdline")
    if config.get("log_level"):
        settings.set("LOG_LEVEL", config["log_level"], priority="cmdline")
    settings.set("NHS_PROGRESS", bool(config.get("progress")), priority="cmdline")
    overrides = {
        **json.loads(os.environ.get("NHS_SCRAPY_SETTINGS") or "{}"),
        **(config.get("settings") or {}),
    }
    for key, value in overrides.items():  # NHS_SCRAPY_SETTINGS: a JSON object of settings, e.g. for tests
        settings.set(key, value, priority="cmdline")
    return settings


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(build_settings(config))
    if config.get("spider") == "discover":
        from nhs_leaders.crawler.spiders.discover import DiscoverSpider

        crawler = process.create_crawler(DiscoverSpider)
        process.crawl(crawler, targets=config["targets"])
    else:
        from nhs_leaders.crawler.spiders.source import SourceSpider

        crawler = process.create_crawler(SourceSpider)
        process.crawl(crawler)
    process.start()
    stats = jsonable(crawler.stats.get_stats())
    reason = stats.get("finish_reason")
    result = {"stats": stats, "finish_reason": reason}
    if config.get("spider") == "discover":
        result["findings"] = crawler.spider.findings
    Path(config["result_file"]).write_text(json.dumps(result), encoding="utf-8")
    if reason == "finished" and config.get("resume_dir"):
        shutil.rmtree(config["resume_dir"], ignore_errors=True)  # a finished job leaves nothing to resume
    return 0 if reason == "finished" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
