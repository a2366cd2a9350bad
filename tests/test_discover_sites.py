"""Discovery end to end: eight fixture sites in common NHS layouts, served on loopback under host names.

``discover`` must find each site's news listing (or its sitemap) and board-papers page, and the
sources it writes must crawl the articles and the board PDFs and nothing off-topic.
"""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from nhs_leaders.crawler.discover import discover, write_sources
from nhs_leaders.crawler.run import crawl
from nhs_leaders.crawler.sources import load_sources

from tests.crawlsite import SiteServer, serve_layout
from tests.fixtures.sites.layouts import all_layouts

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0,
    "AUTOTHROTTLE_MAX_DELAY": 0.2,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "NHS_STORE_PROCESS": False,
}
LAYOUTS = {layout.name: layout for layout in all_layouts()}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("layouts")
    servers: dict[str, SiteServer] = {}
    hosts: dict[str, str] = {}
    targets = []
    for name, layout in LAYOUTS.items():
        servers[name] = serve_layout(layout, tmp / name)
        hosts[layout.host] = "127.0.0.1"
        if layout.files_host:
            hosts[layout.files_host] = "127.0.0.1"
        target = servers[name].site_base + layout.home
        if layout.redirect_from:
            old = SiteServer("127.0.0.1", tmp / name).start()
            old.host_redirects[layout.redirect_from] = servers[name].site_base
            servers[name + "-old"] = old
            hosts[layout.redirect_from] = "127.0.0.1"
            target = f"http://{layout.redirect_from}:{old.port}/"
        targets.append({"url": target, "organisation": f"Z{len(targets):02d}"})
    settings = {**FAST, "NHS_HOSTS": hosts}
    result = discover(targets, settings=settings, log_file=tmp / "discover.log")
    sources = write_sources(result, tmp / "discovered.toml")
    yield SimpleNamespace(
        tmp=tmp, servers=servers, targets=targets, result=result, sources=sources, settings=settings
    )
    for server in servers.values():
        server.stop()


def _site(world, name: str) -> tuple[dict, str]:
    index = list(LAYOUTS).index(name)
    return world.result.findings[index], world.servers[name].site_base


def _entry(world, name: str, kind: str) -> dict | None:
    ods = world.targets[list(LAYOUTS).index(name)]["organisation"]
    return next((e for e in world.result.entries if e.get("organisation") == ods and e["kind"] == kind), None)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_discover_finds_news_listing_and_board_page(world, name):
    layout = LAYOUTS[name]
    _, base = _site(world, name)
    news = _entry(world, name, "news")
    board = _entry(world, name, "board_papers")
    assert news is not None and board is not None, world.result.findings[list(LAYOUTS).index(name)]
    if layout.news_listing:
        assert news["start_urls"] == [base + layout.news_listing]
    else:  # sitemap only
        assert "start_urls" not in news and news["sitemaps"]
    assert board["start_urls"] == [base + layout.board_page]
    assert 0 < news["confidence"] <= 1 and 0 < board["confidence"] <= 1
    assert news["evidence"] and board["evidence"]


def test_discover_follows_a_merged_trusts_redirect(world):
    news = _entry(world, "merged", "news")
    assert news["start_urls"][0].startswith("http://eastwold-fenby.test:")
    assert any("redirected to" in line for line in news["evidence"])


def test_discovered_feeds_and_sitemaps(world):
    assert _entry(world, "wordpress", "news")["feeds"][0].endswith("/feed/")
    assert "/search/news-and-communications.atom" in _entry(world, "govuk", "news")["feeds"][0]
    assert _entry(world, "sitemap", "news")["sitemaps"][0].endswith("/sitemap-index.xml")
    assert "robots.txt" in " ".join(_entry(world, "sitemap", "news")["evidence"])


def test_discovery_is_polite(world):
    for name, server in world.servers.items():
        paths = server.paths()
        assert paths.count("/robots.txt") >= 1, name
        assert len(paths) <= 25, (name, paths)
        assert all(hit.user_agent and "nhs-leaders" in hit.user_agent for hit in server.log)


def test_written_sources_load(world):
    sources = load_sources(world.sources)
    assert len(sources) == len(world.result.entries) == 2 * len(LAYOUTS)


@pytest.fixture(scope="module")
def crawled(world):
    db = world.tmp / "crawl.db"
    result = crawl(db, sources_file=world.sources, settings=world.settings, parse_workers=0)
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, content_type, source, error FROM documents").fetchall()
    finally:
        conn.close()
    return SimpleNamespace(result=result, docs={r[0]: r for r in rows})


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_generated_sources_crawl_articles_and_pdfs_only(world, crawled, name):
    layout = LAYOUTS[name]
    _, base = _site(world, name)
    files_base = base.replace(layout.host, layout.files_host) if layout.files_host else base
    ours = {url: row for url, row in crawled.docs.items() if url.startswith((base, files_base))}
    articles = {url for url, row in ours.items() if row[1] == "html"}
    pdfs = {url for url, row in ours.items() if row[1] == "pdf"}
    assert articles == {base + path for path in layout.articles}
    assert pdfs == {files_base + path for path in layout.pdfs}
    assert not [row for row in ours.values() if row[3]]
    for path in layout.off_topic:
        assert base + path not in crawled.docs
