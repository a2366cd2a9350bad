"""Unit tests of the crawler's components (no server): sources, URLs, feeds, dates, parsing,
middlewares and the spider's link classification via ``scrapy.utils.test.get_crawler``."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from nhs_leaders.crawler.backoff import DELAY_KEY, BackoffRetryMiddleware, retry_after_seconds
from nhs_leaders.crawler.conditional import CACHED_FLAG, ConditionalRequestMiddleware
from nhs_leaders.crawler.dates import date_from_url, normalise_date
from nhs_leaders.crawler.domainguard import DomainGuardMiddleware
from nhs_leaders.crawler.extract import Extracted, extract_pending, land_document, pending_fetches
from nhs_leaders.crawler.feeds import parse_feed
from nhs_leaders.crawler.items import FetchedItem
from nhs_leaders.crawler.land import record_item
from nhs_leaders.crawler.parse import Hints, Parsed, parse_body, sniff_kind
from nhs_leaders.crawler.sitemaps import parse_sitemap
from nhs_leaders.crawler.sources import SourceError, load_sources, select_sources
from nhs_leaders.crawler.spiders.source import SourceSpider
from nhs_leaders.crawler.urls import clean_url, host_allowed
from nhs_leaders.store.db import open_db
from nhs_leaders.store.fetches import ensure_fetches, record_fetch
from nhs_leaders.store.raw import RawStore, sha256_bytes
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.test import get_crawler

SOURCES = """
[[source]]
name = "site-news"
kind = "news"
start_urls = ["https://www.example-trust.nhs.uk/news/"]
allow = ["/news/\\\\d{4}/[^/]+/$"]
deny = ["/news/tag/"]
follow = ["/news/page/\\\\d+/$"]
max_pages = 4

[[source]]
name = "site-board"
kind = "board_papers"
organisation = "ZZ9"
start_urls = ["https://www.example-trust.nhs.uk/board/"]
domains = ["files.example-cdn.org"]
follow = ["/board/meeting-"]
"""


@pytest.fixture
def sources_file(tmp_path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(SOURCES, encoding="utf-8")
    return path


def _spider(sources_file: Path, **settings):
    crawler = get_crawler(SourceSpider, {"NHS_SOURCES_FILE": str(sources_file), **settings})
    spider = SourceSpider.from_crawler(crawler)
    crawler.spider = spider
    return crawler, spider


# --- sources ---------------------------------------------------------------------------------


def test_packaged_sources_are_valid_and_cover_ten_trusts():
    sources = load_sources()
    names = {s.name for s in sources}
    assert {"nhs-england-news", "dhsc-news", "nhs-providers-news", "nhs-confed-news"} <= names
    orgs = {s.organisation for s in sources if s.organisation}
    assert len(orgs) >= 10
    for org in orgs:
        kinds = {s.kind for s in sources if s.organisation == org}
        assert kinds == {"news", "board_papers"}, org
    dhsc = next(s for s in sources if s.name == "dhsc-news")
    assert dhsc.feeds and dhsc.domains == ("www.gov.uk",)


@pytest.mark.parametrize(
    "entry, message",
    [
        ('name = "a"\nkind = "blog"\nfeeds = ["https://x.org/feed"]', "'kind' must be one of"),
        (
            'name = "a"\nkind = "news"\nfeeds = ["https://x.org/feed"]\nallow = ["(unclosed"]',
            "does not compile",
        ),
        ('name = "a"\nkind = "news"\nfeeds = ["https://x.org/feed"]\nfolow = ["x"]', "unknown key(s) folow"),
        ('name = "a"\nkind = "news"\nstart_urls = ["https://x.org/news"]', "needs 'allow' regexes"),
        ('name = "a"\nkind = "news"\nfeeds = ["ftp://x.org/feed"]', "is not an http(s) URL"),
        ('name = "A b"\nkind = "news"\nfeeds = ["https://x.org/feed"]', "'name' must be"),
        ('name = "a"\nkind = "news"', "needs at least one of"),
        ('name = "a"\nkind = "news"\nfeeds = ["https://x.org/feed"]\nmax_pages = 0', "'max_pages' must be"),
    ],
)
def test_invalid_sources_fail_with_clear_errors(tmp_path, entry, message):
    path = tmp_path / "bad.toml"
    path.write_text(f"[[source]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="source #1") as excinfo:
        load_sources(path)
    assert message in str(excinfo.value)


def test_duplicate_and_unknown_source_names(tmp_path, sources_file):
    path = tmp_path / "dup.toml"
    path.write_text(SOURCES + SOURCES.split("[[source]]")[1].join(["[[source]]", ""]), encoding="utf-8")
    with pytest.raises(SourceError, match="duplicate source name 'site-news'"):
        load_sources(path)
    with pytest.raises(SourceError, match="unknown source"):
        select_sources(load_sources(sources_file), ["nope"])
    board = select_sources(load_sources(sources_file), ["site-board"])[0]
    assert board.domains == ("files.example-cdn.org", "www.example-trust.nhs.uk")


# --- URLs, feeds, sitemaps, dates ------------------------------------------------------------


def test_clean_url_and_domains():
    assert (
        clean_url("HTTPS://WWW.Example.org:443/a/?utm_source=x&id=3&fbclid=y#top")
        == "https://www.example.org/a/?id=3"
    )
    assert clean_url("http://x.org/a?organisations%5B%5D=dhsc") == "http://x.org/a?organisations%5B%5D=dhsc"
    assert host_allowed("https://www.nlg.nhs.uk/x", ("nlg.nhs.uk",))
    assert not host_allowed("https://evilnlg.nhs.uk/x", ("nlg.nhs.uk",))
    assert not host_allowed("https://nhs.uk.evil.org/", ("nhs.uk",))


def test_clean_url_is_one_spelling_per_page():
    # w3lib's canonical form: query sorted, escapes normalised, dot segments, credentials and port gone
    assert clean_url("https://u:p@X.org:443/a/./b/../c?b=2&a=1&UTM_Medium=m&utm%5Fsource=s#x") == (
        "https://x.org/a/c?a=1&b=2"
    )
    assert clean_url("https://x.org/caf%c3%a9 page?q=%7e") == "https://x.org/caf%C3%A9%20page?q=~"
    assert clean_url("http://x.org:8080?a=&a=2") == "http://x.org:8080/?a=&a=2"  # blank values kept
    assert clean_url("https://x.org/a?utm_source=x#top") == "https://x.org/a"


def test_html_charset_from_meta_http_header_or_bytes():
    from nhs_leaders.crawler.parse import decode_html

    page = "<html><head>{}</head><body><p>{}</p></body></html>"
    polish = page.format('<meta charset="iso-8859-2">', "\u0141\u00f3d\u017a").encode("iso-8859-2")
    assert "\u0141\u00f3d\u017a" in decode_html(polish)
    equiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    assert "\u201cCaf\u00e9\u201d" in decode_html(
        page.format(equiv, "\u201cCaf\u00e9\u201d").encode("cp1252")
    )
    # the HTTP header outranks the page's own declaration
    cyrillic = page.format('<meta charset="utf-8">', "\u041c\u0438\u0440").encode("koi8-r")
    assert "\u041c\u0438\u0440" in decode_html(cyrillic, "koi8-r")
    # a declaration the bytes do not fit is ignored rather than turned into U+FFFD
    mislabelled = page.format('<meta charset="utf-8">', "Caf\u00e9").encode("latin-1")
    assert "Caf\u00e9" in decode_html(mislabelled)
    assert "Caf\u00e9" in decode_html(page.format("", "Caf\u00e9").encode("cp1252"))
    assert "Caf\u00e9" in decode_html(page.format("", "Caf\u00e9").encode("utf-8-sig"), "cp1252")  # BOM wins
    parsed = parse_body(
        page.format(
            '<meta charset="iso-8859-2"><title>T</title>', "Dyrektor \u0141\u00f3d\u017a. " * 20
        ).encode("iso-8859-2"),
        "html",
    )
    assert "\u0141\u00f3d\u017a" in parsed.text


def test_feed_parsing_ignores_external_entities():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>Chief executive &xxe;named</title><link>/2024/03/a/</link>"
        b"<pubDate>Tue, 12 Mar 2024 09:00:00 +0000</pubDate></item></channel></rss>"
    )
    [entry] = parse_feed(body, "https://news.example.org/feed/")
    assert entry.url == "https://news.example.org/2024/03/a/"
    assert "root:" not in (entry.title or "")
    assert entry.date_source == "feed:pubDate"
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>'
        b'<link rel="alternate" href="/government/news/t"/><published>2024-02-01T10:00:00Z</published>'
        b"<updated>2024-02-03T10:00:00Z</updated></entry></feed>"
    )
    [entry] = parse_feed(atom, "https://www.gov.uk/search/x.atom")
    assert (entry.url, entry.date_raw, entry.date_source) == (
        "https://www.gov.uk/government/news/t",
        "2024-02-01T10:00:00Z",
        "feed:published",
    )
    assert parse_feed(b"not xml at all", "https://x.org/") == []


def test_sitemaps_newest_first_and_gzipped():
    body = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://x.org/old</loc><lastmod>2019-01-01</lastmod></url>"
        b"<url><loc>https://x.org/new</loc><lastmod>2024-01-01</lastmod></url></urlset>"
    )
    assert [e.url for e in parse_sitemap(gzip.compress(body), "https://x.org/")] == [
        "https://x.org/new",
        "https://x.org/old",
    ]
    index = b"<sitemapindex><sitemap><loc>/sitemap-2.xml</loc></sitemap></sitemapindex>"
    assert parse_sitemap(index, "https://x.org/sitemap.xml")[0].is_sitemap
    assert parse_sitemap(b"not xml at all", "https://x.org/") == []
    assert parse_sitemap(b"\x1f\x8b\x08 truncated gzip", "https://x.org/") == []


def test_sitemap_refuses_entities_and_oversized_gzip(monkeypatch):
    from nhs_leaders.crawler import sitemaps

    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "inner">]>'
        b"<urlset><url><loc>https://x.org/&x;&y;</loc></url><url><loc>https://x.org/b</loc></url></urlset>"
    )
    urls = [e.url for e in parse_sitemap(xxe, "https://x.org/")]
    assert "https://x.org/b" in urls and not any("root" in u or "inner" in u for u in urls)
    monkeypatch.setattr(sitemaps, "MAX_UNZIPPED", 1000)
    big = b"<urlset>" + b"<url><loc>https://x.org/a</loc></url>" * 100 + b"</urlset>"
    assert parse_sitemap(gzip.compress(big), "https://x.org/") == []


def test_discovery_reads_sitemaps_from_robots_txt():
    from nhs_leaders.crawler.spiders.discover import DiscoverSpider, new_findings

    spider = DiscoverSpider.from_crawler(get_crawler(DiscoverSpider), targets="[]")
    spider.findings.append(new_findings("https://www.t.nhs.uk/", None))
    spider._requested.append(set())
    robots = b"User-agent: *\nSitemap: /news-sitemap.xml\nsitemap:https://www.t.nhs.uk/s2.xml\nSitemap:\n"
    meta = {"site": 0, "origin": "https://www.t.nhs.uk"}
    response = TextResponse(
        "https://www.t.nhs.uk/robots.txt", body=robots, request=Request("https://x", meta=meta)
    )
    requests = list(spider.parse_robots(response))
    assert [(r.url, r.meta["via"]) for r in requests] == [
        ("https://www.t.nhs.uk/news-sitemap.xml", "robots.txt"),
        ("https://www.t.nhs.uk/s2.xml", "robots.txt"),
    ]
    bare = TextResponse(
        "https://www.t.nhs.uk/robots.txt", body=b"User-agent: *\n", request=Request("https://x", meta=meta)
    )
    assert [r.url for r in spider.parse_robots(bare)] == ["https://www.t.nhs.uk/sitemap.xml"]


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2024-03-12T09:00:00+00:00", "2024-03-12"),
        ("Tue, 12 Mar 2024 09:00:00 +0000", "2024-03-12"),
        ("Board papers – 12th March 2024 (PDF)", "2024-03-12"),
        ("March 5, 2023", "2023-03-05"),
        ("Meeting 05/06/2024", "2024-06-05"),
        ("31 February 2024", None),
        ("no date", None),
    ],
)
def test_normalise_date(raw, iso):
    assert normalise_date(raw) == iso


def test_date_from_url():
    assert date_from_url("https://x.org/2024/03/12/slug/") == "2024-03-12"
    assert date_from_url("https://x.org/2024/03/slug/") is None


# --- parsing ---------------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html><html><head><title>Trust names chair | Site</title>
<meta name="dcterms.issued" content="2023-11-02"><link rel="canonical" href="/news/2023/trust-names-chair/"></head>
<body><nav><a href="/">Home</a><a href="/services/">Our services</a></nav>
<div class="breadcrumb"><a href="/">Home</a> / News</div>
<main><article><h1>Trust names chair</h1><p>The trust has named Ms Ada Quill as chair from January.</p>
<p>She has been a non-executive director since 2019 and chairs the audit committee.</p>
<div class="related-stories"><h3>More like this</h3><a href="/news/x/">Car park charges to change</a></div>
</article></main><footer>Copyright Example Trust</footer></body></html>"""


def test_parse_html_removes_boilerplate_and_keeps_date_source():
    parsed = parse_body(
        PAGE, "html", url="https://www.example-trust.nhs.uk/news/2023/trust-names-chair/?utm_x=1"
    )
    assert parsed.title == "Trust names chair"
    assert "Ms Ada Quill as chair" in parsed.text
    assert "Car park charges" not in parsed.text and "Our services" not in parsed.text
    assert (parsed.published, parsed.date_raw, parsed.date_source) == (
        "2023-11-02",
        "2023-11-02",
        "meta[name=dcterms.issued]",
    )
    assert parsed.canonical_url == "https://www.example-trust.nhs.uk/news/2023/trust-names-chair/"


def test_parse_html_falls_back_to_feed_date():
    page = PAGE.replace(b'<meta name="dcterms.issued" content="2023-11-02">', b"")
    parsed = parse_body(
        page,
        "html",
        url="https://x.org/news/a/",
        hints=Hints(date_raw="Thu, 02 Nov 2023 10:00:00 GMT", date_source="feed:pubDate"),
    )
    assert (parsed.published, parsed.date_source) == ("2023-11-02", "feed:pubDate")


def test_sniff_kind_trusts_magic_bytes():
    assert sniff_kind(b"%PDF-1.7 ...", "https://x.org/download?id=3", "application/octet-stream") == "pdf"
    assert sniff_kind(b"<html><body>Sorry</body></html>", "https://x.org/a.pdf", "text/html") == "html"
    assert sniff_kind(b"GIF89a....", "https://x.org/a.pdf", "image/gif") is None


# --- store helpers and landing ---------------------------------------------------------------


def test_raw_store_is_content_addressed(tmp_path):
    store = RawStore(tmp_path / "raw")
    digest = store.put(b"hello board")
    assert digest == sha256_bytes(b"hello board")
    assert store.path(digest) == tmp_path / "raw" / digest[:2] / f"{digest}.gz"
    assert store.put(b"hello board") == digest and store.get(digest) == b"hello board"


def _item(url: str, **kw) -> FetchedItem:
    return FetchedItem(
        **{"url": url, "source": "s", "role": "document", "status": 200, "domains": ("x.org",), **kw}
    )


def _fetched(db, url: str, digest: str) -> dict:
    assert record_item(db, _item(url, hints={"anchor": "Board papers 12 March 2024"}), digest) == "fetched"
    return next(r for r in pending_fetches(db) if r["url"] == url)


def test_record_item_and_land_document_outcomes(tmp_path):
    db = open_db(tmp_path / "land.db")
    ensure_fetches(db)
    text = "Ms Ada Quill has been appointed chair of the trust."
    parsed = Parsed(text=text, title="T", canonical_url="https://www.x.org/a/")
    row = _fetched(db, "https://x.org/a/?page=1", "s1")
    assert json.loads(row["hints"]) == {"anchor": "Board papers 12 March 2024"}
    assert land_document(db, row, Extracted("html", parsed)) == "new"
    assert db.execute("SELECT url FROM documents").fetchall() == [("https://www.x.org/a/",)]
    assert (
        record_item(db, _item("https://x.org/a/?page=1"), "s1") == "unchanged"
    )  # same body: nothing pending
    assert pending_fetches(db) == []
    copy = _fetched(db, "https://x.org/copy/", "s2")
    assert land_document(db, copy, Extracted("html", Parsed(text=text, title="T"))) == "duplicate"
    other = Parsed(text=text + " More.", title="T", canonical_url="https://elsewhere.org/a/")
    assert land_document(db, _fetched(db, "https://x.org/b/", "s3"), Extracted("html", other)) == "new"
    scan = _fetched(db, "https://x.org/scan.pdf", "s4")
    assert land_document(db, scan, Extracted("pdf", error="no text layer in 3 page(s)")) == "parse_error"
    assert record_item(db, _item("https://x.org/gone/", error="HTTP 404", status=404), None) == "error"
    docs = dict(db.execute("SELECT url, error FROM documents").fetchall())
    assert docs == {
        "https://www.x.org/a/": None,
        "https://x.org/b/": None,
        "https://x.org/scan.pdf": "no text layer in 3 page(s)",
    }
    ids = dict(db.execute("SELECT url, document_id FROM fetches").fetchall())
    assert ids["https://x.org/copy/"] == ids["https://x.org/a/?page=1"]
    changed = _fetched(db, "https://x.org/b/", "s5")
    assert (
        land_document(db, changed, Extracted("html", Parsed(text="Different text now.", title="T")))
        == "changed"
    )
    assert [r["url"] for r in pending_fetches(db, reparse=True)] == [
        "https://x.org/a/?page=1",
        "https://x.org/copy/",
        "https://x.org/b/",
        "https://x.org/scan.pdf",
    ]


def test_extract_pending_reparses_offline_from_the_raw_store(tmp_path, monkeypatch):
    monkeypatch.setattr("nhs_leaders.crawler.extract.IN_PROCESS_MAX", 2)  # use the process pool for 3 bodies
    db = open_db(tmp_path / "x.db")
    ensure_fetches(db)
    raw = RawStore(tmp_path / "raw")
    for n in range(3):
        body = PAGE.replace(b"Ms Ada Quill", f"Ms Ada Quill {n}".encode()).replace(
            b'rel="canonical"', b'rel="x"'
        )
        record_item(
            db, _item(f"https://www.example-trust.nhs.uk/news/{n}/", content_type="text/html"), raw.put(body)
        )
    counts = extract_pending(db, raw.root, workers=1)
    assert counts == {"new": 3}
    assert extract_pending(db, raw.root, workers=0) == {}
    assert extract_pending(db, raw.root, workers=0, reparse=True) == {"unchanged": 3}


# --- middlewares and spider (get_crawler) ----------------------------------------------------


def test_retry_after_parsing():
    now = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=90), usegmt=True), now=now) == 90
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_backoff_honours_retry_after_and_gives_up_on_long_waits(sources_file):
    crawler, spider = _spider(sources_file, NHS_RETRY_BACKOFF_BASE=0.5, NHS_RETRY_AFTER_MAX=60)
    mw = BackoffRetryMiddleware.from_crawler(crawler)
    crawler.stats.open_spider()
    request = Request("https://www.example-trust.nhs.uk/news/")
    retry = mw.process_response(request, Response(request.url, status=503, headers={"Retry-After": "7"}))
    assert isinstance(retry, Request) and retry.meta[DELAY_KEY] == 7
    retry2 = mw.process_response(retry, Response(request.url, status=500))
    assert retry2.meta[DELAY_KEY] == 1.0  # 0.5 * 2 ** (2 - 1)
    too_long = Response(request.url, status=429, headers={"Retry-After": "3600"})
    assert mw.process_response(request, too_long) is too_long
    ok = Response(request.url, status=200)
    assert mw.process_response(request, ok) is ok


def test_domain_guard_drops_off_domain_requests_and_redirects(sources_file):
    crawler, spider = _spider(sources_file)
    crawler.stats.open_spider()
    guard = DomainGuardMiddleware.from_crawler(crawler)
    meta = {"nhs_source": "site-board"}
    assert guard.process_request(Request("https://files.example-cdn.org/p.pdf", meta=meta)) is None
    with pytest.raises(IgnoreRequest):
        guard.process_request(Request("https://elsewhere.org/p.pdf", meta=meta, dont_filter=True))
    request = Request("https://www.example-trust.nhs.uk/board/p.pdf", meta=meta)
    inside = Response(request.url, status=301, headers={"Location": "/board/new.pdf"})
    assert guard.process_response(request, inside) is inside
    with pytest.raises(IgnoreRequest, match="redirected off-domain"):
        guard.process_response(
            request, Response(request.url, status=302, headers={"Location": "https://elsewhere.org/p.pdf"})
        )


def test_conditional_requests_and_304_replay(tmp_path, sources_file):
    db_path = tmp_path / "c.db"
    db = open_db(db_path)
    ensure_fetches(db)
    raw = RawStore(tmp_path / "raw")
    listing_body = b"<html><body><a href='/news/2024/a/'>A</a></body></html>"
    record_fetch(
        db,
        "https://x.org/news/",
        source="s",
        role="listing",
        status=200,
        etag='"v1"',
        raw_sha256=raw.put(listing_body),
        content_type="text/html",
    )
    record_fetch(
        db,
        "https://x.org/news/2024/a/",
        source="s",
        role="document",
        status=200,
        last_modified="Tue, 12 Mar 2024 09:00:00 GMT",
        raw_sha256="abc",
        document_id=1,
    )
    db.close()
    crawler, _ = _spider(sources_file, NHS_DB=str(db_path), NHS_RAW_DIR=str(tmp_path / "raw"))
    crawler.stats.open_spider()
    mw = ConditionalRequestMiddleware.from_crawler(crawler)
    doc = Request("https://x.org/news/2024/a/?utm_source=x", meta={"nhs_role": "document"})
    mw.process_request(doc)
    assert doc.headers[b"If-Modified-Since"] == b"Tue, 12 Mar 2024 09:00:00 GMT"
    assert doc.meta["nhs_prev"]["document_id"] == 1
    not_modified = Response(doc.url, status=304)
    assert mw.process_response(doc, not_modified) is not_modified
    listing = Request("https://x.org/news/", meta={"nhs_role": "listing"})
    mw.process_request(listing)
    assert listing.headers[b"If-None-Match"] == b'"v1"'
    replayed = mw.process_response(listing, Response(listing.url, status=304))
    assert replayed.status == 200 and CACHED_FLAG in replayed.flags and replayed.body == listing_body
    assert isinstance(replayed, HtmlResponse)
    fresh = Request("https://x.org/never-seen/", meta={"nhs_role": "document"})
    mw.process_request(fresh)
    assert b"If-None-Match" not in fresh.headers and fresh.meta["nhs_prev"] is None
    mw.spider_closed()


LISTING = b"""<html><body><nav><a href="/about/">About</a></nav>
<a href="/news/2024/new-chair/?utm_source=x">New chair</a>
<a href="/news/2024/new-chair/">New chair again</a>
<a href="/news/tag/2024/x/">Tag</a>
<a href="/news/2023/old-story/">Old</a><a href="/news/2022/older/">Older</a><a href="/news/2021/oldest/">Oldest</a>
<a href="https://elsewhere.org/news/2024/x/">Elsewhere</a>
<a href="/news/page/2/">Next</a><a href="mailto:press@example.org">Email</a></body></html>"""


def _response(url: str, body: bytes, source: str, role: str = "listing") -> HtmlResponse:
    request = Request(url, meta={"nhs_source": source, "nhs_role": role})
    return HtmlResponse(url, body=body, request=request, headers={"Content-Type": "text/html", "ETag": '"e"'})


def test_listing_links_are_classified_and_capped(sources_file):
    _, spider = _spider(sources_file)
    out = list(
        spider.parse_listing(_response("https://www.example-trust.nhs.uk/news/", LISTING, "site-news"))
    )
    item, *requests = out
    assert isinstance(item, FetchedItem) and item.role == "listing" and item.etag == '"e"'
    assert item.body == LISTING and item.source == "site-news"
    got = [(r.url, r.meta["nhs_role"]) for r in requests]
    assert got == [  # max_pages = 4: the 4th link onwards is not scheduled
        ("https://www.example-trust.nhs.uk/news/2024/new-chair/", "document"),
        ("https://www.example-trust.nhs.uk/news/2023/old-story/", "document"),
        ("https://www.example-trust.nhs.uk/news/2022/older/", "document"),
        ("https://www.example-trust.nhs.uk/news/2021/oldest/", "document"),
    ]
    assert requests[0].meta["nhs_hints"] == {"anchor": "New chair"}
    assert spider.crawler.stats.get_value("nhs/max_pages_reached/site-news") >= 1


def test_board_pages_collect_files_and_follow_meetings(sources_file):
    _, spider = _spider(sources_file)
    body = b"""<html><body><a href="/board/meeting-march-2024/">March meeting</a>
    <a href="https://files.example-cdn.org/papers/Board%20pack%20March%202024.PDF">Board pack (PDF)</a>
    <a href="/board/agenda.docx">Agenda</a><a href="/board/photo.jpg">Photo</a>
    <a href="https://other.example.org/board.pdf">Another trust</a></body></html>"""
    out = list(spider.parse_listing(_response("https://www.example-trust.nhs.uk/board/", body, "site-board")))
    got = [(r.url, r.meta["nhs_role"]) for r in out[1:]]
    assert got == [
        ("https://www.example-trust.nhs.uk/board/meeting-march-2024/", "listing"),
        ("https://files.example-cdn.org/papers/Board%20pack%20March%202024.PDF", "document"),
        ("https://www.example-trust.nhs.uk/board/agenda.docx", "document"),
    ]


def test_spider_errback_records_the_original_url(sources_file):
    from twisted.python.failure import Failure

    _, spider = _spider(sources_file)
    spider.crawler.stats.open_spider()
    request = Request(
        "https://elsewhere.org/x",
        meta={
            "nhs_source": "site-news",
            "nhs_role": "document",
            "redirect_urls": ["https://www.example-trust.nhs.uk/x"],
        },
    )
    failure = Failure(IgnoreRequest("redirected off-domain to https://elsewhere.org/x"))
    failure.request = request
    [item] = list(spider.on_error(failure))
    assert item.url == "https://www.example-trust.nhs.uk/x" and item.error.startswith("redirected off-domain")


def test_start_requests_cover_feeds_and_start_pages(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(
        '[[source]]\nname = "f"\nkind = "news"\nfeeds = ["https://x.org/feed/"]\n'
        'sitemaps = ["https://x.org/sitemap.xml"]\n',
        encoding="utf-8",
    )
    _, spider = _spider(path)

    async def collect():
        return [r async for r in spider.start()]

    import asyncio

    requests = asyncio.run(collect())
    assert [(r.url, r.meta["nhs_role"]) for r in requests] == [
        ("https://x.org/feed/", "feed"),
        ("https://x.org/sitemap.xml", "sitemap"),
    ]
    assert json.loads(json.dumps(requests[0].meta["handle_httpstatus_list"])) == [304]


def test_sitemap_and_feed_callbacks_schedule_documents(tmp_path):
    from scrapy.http import XmlResponse

    path = tmp_path / "s.toml"
    path.write_text(
        '[[source]]\nname = "g"\nkind = "news"\nsitemaps = ["https://www.gov.uk/sitemap.xml"]\n'
        'feeds = ["https://www.gov.uk/feed.atom"]\nallow = ["/government/news/"]\n',
        encoding="utf-8",
    )
    _, spider = _spider(path)
    meta = {"nhs_source": "g", "nhs_role": "sitemap"}
    index = b"<sitemapindex><sitemap><loc>https://www.gov.uk/sitemaps/1.xml</loc></sitemap></sitemapindex>"
    response = XmlResponse(
        "https://www.gov.uk/sitemap.xml", body=index, request=Request("https://x", meta=meta)
    )
    _, request = list(spider.parse_sitemap(response))
    assert (request.url, request.meta["nhs_role"]) == ("https://www.gov.uk/sitemaps/1.xml", "sitemap")
    urlset = (
        b"<urlset><url><loc>https://www.gov.uk/government/news/a</loc><lastmod>2024-01-02</lastmod></url>"
        b"<url><loc>https://www.gov.uk/guidance/b</loc></url>"
        b"<url><loc>https://elsewhere.org/government/news/c</loc></url></urlset>"
    )
    response = XmlResponse(
        "https://www.gov.uk/sitemaps/1.xml", body=urlset, request=Request("https://x", meta=meta)
    )
    item, *requests = list(spider.parse_sitemap(response))
    assert item.role == "sitemap" and item.body == urlset
    assert [(r.url, r.meta["nhs_role"]) for r in requests] == [
        ("https://www.gov.uk/government/news/a", "document")
    ]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>New chair</title>'
        b'<link href="https://www.gov.uk/government/news/d?utm_source=feed"/>'
        b"<published>2024-03-04T10:30:00Z</published></entry></feed>"
    )
    feed_meta = {"nhs_source": "g", "nhs_role": "feed"}
    response = XmlResponse(
        "https://www.gov.uk/feed.atom", body=atom, request=Request("https://x", meta=feed_meta)
    )
    _, request = list(spider.parse_feed(response))
    assert request.url == "https://www.gov.uk/government/news/d"
    assert request.meta["nhs_hints"] == {
        "title": "New chair",
        "date_raw": "2024-03-04T10:30:00Z",
        "date_source": "feed:published",
    }


def test_sources_with_files_are_ingested_locally(tmp_path):
    from nhs_leaders.crawler.run import crawl

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "note.txt").write_text(
        "title: Board note\ndate: 2024-03-01\n\nMs Ada Quill chairs the board.\n"
    )
    path = tmp_path / "s.toml"
    path.write_text(
        '[[source]]\nname = "local-papers"\nkind = "board_papers"\nfiles = ["papers"]\n', encoding="utf-8"
    )
    result = crawl(tmp_path / "l.db", sources_file=path)
    assert result.counts["new"] == 1 and result.counts["documents_stored"] == 1
    db = open_db(tmp_path / "l.db")
    assert db.execute("SELECT source, title, published FROM documents").fetchall() == [
        ("local-papers", "Board note", "2024-03-01")
    ]


def test_oversized_html_is_refused_quickly():
    from nhs_leaders.crawler.parse import MAX_HTML_BYTES, ParseError

    body = b"<html><body>" + b"<p>filler</p>" * (MAX_HTML_BYTES // 13 + 1) + b"</body></html>"
    with pytest.raises(ParseError, match="HTML too large"):
        parse_body(body, "html", url="https://x.org/huge.html")
