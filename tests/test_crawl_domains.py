"""One site = the registrable domain, and files under ``follow`` paths are documents (real crawls on loopback).

The fixture site is served as ``harlowmere.test``; its ``www.`` host 301-redirects to the bare host,
as most NHS sites now do. Its board PDFs live under the meeting pages' path that ``follow`` matches.
"""

from __future__ import annotations

import sqlite3

import pytest
from nhs_leaders.crawler.domainguard import DomainGuardMiddleware
from nhs_leaders.crawler.run import crawl
from nhs_leaders.crawler.urls import host_allowed, site_of
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from tests.crawlsite import serve_layout
from tests.fixtures.sites.layouts import aspx

SOURCES = """
[[source]]
name = "www-news"
kind = "news"
start_urls = ["{www}/news/"]
allow = ["/news/articles/\\\\d+/$"]
follow = ["/news/\\\\?page=\\\\d+"]

[[source]]
name = "www-board"
kind = "board_papers"
organisation = "ZZ9"
start_urls = ["{www}/about/trust-board/"]
follow = ["/about/trust-board/[^?#]+"]
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("www")
    layout = aspx()
    server = serve_layout(layout, tmp / "site")
    server.host_redirects["www.harlowmere.test"] = server.site_base
    www = server.site_base.replace("harlowmere.test", "www.harlowmere.test")
    sources = tmp / "sources.toml"
    sources.write_text(SOURCES.replace("{www}", www), encoding="utf-8")
    settings = {
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_START_DELAY": 0,
        "NHS_STORE_PROCESS": False,
        "NHS_HOSTS": {"harlowmere.test": "127.0.0.1", "www.harlowmere.test": "127.0.0.1"},
    }
    result = crawl(tmp / "crawl.db", sources_file=sources, settings=settings, parse_workers=0)
    conn = sqlite3.connect(tmp / "crawl.db")
    docs = {r[0]: r for r in conn.execute("SELECT url, content_type, text, source FROM documents")}
    conn.close()
    yield layout, server, result, docs
    server.stop()


def test_source_on_www_redirecting_to_bare_host_crawls_fully(crawled):
    layout, server, result, docs = crawled
    assert result.ok and result.counts["offsite_dropped"] == 0
    articles = {url for url, row in docs.items() if row[3] == "www-news"}
    assert articles == {server.site_base + path for path in layout.articles}


def test_board_pdf_under_a_follow_path_is_extracted(crawled):
    layout, server, _, docs = crawled
    pdfs = {url: row for url, row in docs.items() if row[1] == "pdf"}
    assert set(pdfs) == {server.site_base + path for path in layout.pdfs}
    assert all("Board of Directors" in row[2] for row in pdfs.values())


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.cuh.nhs.uk", "cuh.nhs.uk"),
        ("cuh.nhs.uk", "cuh.nhs.uk"),
        ("www.england.nhs.uk", "england.nhs.uk"),
        ("www.nhsconfed.org", "nhsconfed.org"),
        ("assets.publishing.service.gov.uk", "service.gov.uk"),
        ("127.0.0.1", "127.0.0.1"),
        ("www.trust.test", "trust.test"),
        ("staffsstoke.icb.nhs.uk", "staffsstoke.icb.nhs.uk"),  # each ICB is its own site under icb.nhs.uk
        ("www.lancashireandsouthcumbria.icb.nhs.uk", "lancashireandsouthcumbria.icb.nhs.uk"),
        ("swanseabay.nhs.wales", "swanseabay.nhs.wales"),  # and each NHS Wales body under nhs.wales
        ("www.velindre.nhs.wales", "velindre.nhs.wales"),
    ],
)
def test_site_of_is_the_registrable_domain(host, site):
    assert site_of(host) == site


def test_host_allowed_covers_www_bare_host_and_sub_domains_only():
    domains = ("www.walsallhealthcare.nhs.uk",)
    for url in ("https://walsallhealthcare.nhs.uk/news/", "https://docs.walsallhealthcare.nhs.uk/a.pdf"):
        assert host_allowed(url, domains)
    assert not host_allowed("https://www.royalwolverhampton.nhs.uk/", domains)
    assert not host_allowed("https://www.nhs.uk/", domains)
    assert not host_allowed("http://127.0.0.2/", ("127.0.0.1",))


class _Spider:
    def domains_for(self, name):
        return ("www.nlg.nhs.uk",)


def test_domain_guard_follows_redirects_within_the_site_and_drops_others():
    crawler = get_crawler(settings_dict={})
    crawler.spider = _Spider()
    guard = DomainGuardMiddleware.from_crawler(crawler)
    request = Request("https://www.nlg.nhs.uk/news/")
    to_bare = Response(
        request.url, status=301, headers={"Location": "https://nlg.nhs.uk/news/"}, request=request
    )
    assert guard.process_response(request, to_bare) is to_bare
    assert (
        guard.process_request(
            Request("https://nlg.nhs.uk/news/"),
        )
        is None
    )
    away = Response(request.url, status=302, headers={"Location": "https://www.hey.nhs.uk/"}, request=request)
    with pytest.raises(IgnoreRequest):
        guard.process_response(request, away)
    with pytest.raises(IgnoreRequest):
        guard.process_request(Request("https://www.hey.nhs.uk/board/"))
