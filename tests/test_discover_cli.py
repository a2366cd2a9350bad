"""The commands end to end on fixture sites: ``discover --all`` from a register, ``crawl --all`` /
``--organisations`` over hand-written + discovered sources, then ``report --sources``."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nhs_leaders.crawler.sources import load_sources

from tests.crawlsite import serve_layout
from tests.fixtures.sites.layouts import drupal, icb, wordpress

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0,
    "AUTOTHROTTLE_MAX_DELAY": 0.2,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "NHS_STORE_PROCESS": False,
    "NHS_PARSE_WORKERS": 0,
}
# Real gazetteer organisations: an acute trust and an ICB in the North West, a Midlands trust.
SITES = {"R0A": wordpress, "QE1": icb, "R1A": drupal}


@pytest.fixture(scope="module")
def cli_world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    servers = {ods: serve_layout(make(), tmp / ods, host="127.0.0.1") for ods, make in SITES.items()}
    register = tmp / "register.csv"
    lines = ["ods_code,name,website,found_at,found_on"]
    lines += [f"{ods},{ods} site,{server.site_base}/,test,2026-12-01" for ods, server in servers.items()]
    register.write_text("\n".join(lines) + "\n", encoding="utf-8")
    hand = tmp / "hand.toml"
    hand.write_text(
        f"""
[[source]]
name = "hand-r1a-news"
kind = "news"
organisation = "R1A"
start_urls = ["{servers["R1A"].site_base}/news"]
allow = ["/news/[^/?#]+$"]
deny = ["cookie"]

[[source]]
name = "dead-news"
kind = "news"
start_urls = ["{servers["R1A"].site_base}/no-such-listing/"]
allow = ["/nothing/"]
""",
        encoding="utf-8",
    )
    yield tmp, servers, register, hand
    for server in servers.values():
        server.stop()


def _sources_of(db) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT source, COUNT(*) FROM documents GROUP BY source"))
    finally:
        conn.close()


def test_discover_crawl_all_and_report_sources(cli_world, run_cli, monkeypatch):
    tmp, servers, register, hand = cli_world
    monkeypatch.setenv("NHS_SCRAPY_SETTINGS", json.dumps(FAST))
    out = tmp / "discovered.toml"
    result = run_cli("discover", "--all", "--register", str(register), "--out", str(out))
    assert result.exit_code == 0, result.output
    discovered = {s.name: s for s in load_sources(out)}
    assert set(discovered) == {f"{o.lower()}-{k}" for o in SITES for k in ("news", "board-papers")}

    db = tmp / "nhs.db"
    common = ["--db", str(db), "--sources", str(hand), "--discovered", str(out)]
    result = run_cli("crawl", "--organisations", "North West", *common)
    assert result.exit_code == 0, result.output
    assert set(_sources_of(db)) == {"r0a-news", "r0a-board-papers", "qe1-news", "qe1-board-papers"}

    result = run_cli("crawl", "--all", *common)
    assert result.exit_code in (0, 1), result.output  # dead-news records a 404
    yields = _sources_of(db)
    assert yields["hand-r1a-news"] == 3 and "r1a-news" not in yields  # hand-written wins
    assert yields["r1a-board-papers"] == 2 and yields["r0a-news"] == 5

    result = run_cli("report", "--sources", "--idle-runs", "1", "--db", str(db))
    assert result.exit_code == 0, result.output
    report = result.output
    for name, count in yields.items():
        line = next(row for row in report.splitlines() if name in row)
        assert f" {count} " in line, line
    assert "Manchester University NHS" in report  # R0A's gazetteer name
    dead = next(row for row in report.splitlines() if "dead-news" in row)
    assert "FLAGGED" in dead and "never" in dead
    assert "FLAGGED" not in next(row for row in report.splitlines() if "r0a-news" in row)
