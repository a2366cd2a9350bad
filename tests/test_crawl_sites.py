"""End-to-end crawls against fixture sites served on loopback (no network beyond 127.0.0.0/8).

Sites: a WordPress-like news site (RSS feed, paginated listing, boilerplate and related links,
robots.txt, a flaky page, a 404, an off-domain link and redirect), a gov.uk-like Atom feed, and a
trust board-papers page linking generated PDFs, a DOCX and two oversized files.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from nhs_leaders.crawler.run import crawl, reextract

from tests.crawlsite import (
    SiteServer,
    build_trust_files,
    copy_site,
    fail_first,
    oversized,
    redirect_to,
    write_sources,
)

REPO = Path(__file__).resolve().parent.parent
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0,
    "AUTOTHROTTLE_MAX_DELAY": 0.2,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "NHS_RETRY_BACKOFF_BASE": 0.05,
    "DOWNLOAD_MAXSIZE": 200_000,
    "DOWNLOAD_WARNSIZE": 150_000,
    "NHS_STORE_PROCESS": False,  # a thread: quicker to start; the first crawl uses the process
}
ARTICLE = "/2024/03/northmoor-valley-appoints-chief-executive/"
EASTBROOK = "/2024/03/eastbrook-chair-steps-down/"
FLAKY = "/2024/01/wrenfield-chief-nurse/"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sites")
    offsite = SiteServer("127.0.0.2", tmp).start()
    news_root = copy_site("news", tmp, {"{offsite}": offsite.base})
    trust_root = copy_site("trust", tmp, {"{offsite}": offsite.base})
    build_trust_files(trust_root)
    news = SiteServer(
        "127.0.0.1",
        news_root,
        {
            FLAKY: fail_first(1, 500),
            "/2024/02/moved-article/": redirect_to(offsite.url("/2024/02/moved-article/")),
        },
    ).start()
    gov = SiteServer("127.0.0.3", copy_site("gov", tmp)).start()
    trust = SiteServer(
        "127.0.0.4",
        trust_root,
        {
            "/media/full-board-pack-march-2024.pdf": oversized(300_000),
            "/media/appendices-march-2024.pdf": oversized(300_000, with_length=False),
        },
    ).start()
    sources = write_sources(tmp / "sources.toml", news, gov, trust)
    yield SimpleNamespace(
        news=news, gov=gov, trust=trust, offsite=offsite, sources=sources, tmp=tmp, news_root=news_root
    )
    for server in (news, gov, trust, offsite):
        server.stop()


def _rows(db_path: Path, sql: str, args=()) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def first(sites):
    """The first crawl of all three sites, with everything the tests look at snapshotted."""
    db_path = sites.tmp / "crawl.db"
    log_file = sites.tmp / "crawl.log"
    updates: list[dict] = []
    result = crawl(
        db_path,
        sources_file=sites.sources,
        settings={**FAST, "NHS_STORE_PROCESS": True},
        parse_workers=1,
        progress=updates.append,
        log_file=log_file,
    )
    snapshot = SimpleNamespace(
        db=db_path,
        result=result,
        progress=updates,
        log=log_file.read_text(encoding="utf-8"),
        docs={r["url"]: r for r in _rows(db_path, "SELECT * FROM documents")},
        fetches={r["url"]: r for r in _rows(db_path, "SELECT * FROM fetches")},
        hits={name: list(getattr(sites, name).log) for name in ("news", "gov", "trust", "offsite")},
    )
    for server in (sites.news, sites.gov, sites.trust, sites.offsite):
        server.clear_log()
    return snapshot


def test_crawl_finishes_with_counts_and_stats(first):
    result = first.result
    assert result.ok, result
    assert result.counts["new"] == 10
    assert result.counts["documents_stored"] == 10
    assert result.counts["duplicate"] == 1 and result.counts["unchanged"] == 1
    assert result.counts["fetch_errors"] == 5 and result.counts["parse_errors"] == 0
    assert result.stats["finish_reason"] == "finished"
    assert result.stats["downloader/response_count"] == result.counts["pages_fetched"] > 20
    run_counts = result.run_counts()
    assert run_counts["scrapy_stats"]["item_scraped_count"] > 0
    json.dumps(run_counts)  # storable as runs.counts
    assert first.progress and first.progress[-1]["pages_fetched"] == result.counts["pages_fetched"]
    for noise in ("Traceback", "DeprecationWarning", "] ERROR:"):
        assert noise not in first.log, noise


def test_news_articles_have_title_date_and_clean_text(first, sites):
    docs = first.docs
    article = docs[sites.news.url(ARTICLE)]
    assert article["title"] == "Northmoor Valley trust appoints Dr Amelia Hartwell as chief executive"
    assert article["published"] == "2024-03-12"
    assert article["date_raw"] == "2024-03-12T09:00:00+00:00"
    assert article["date_source"] == "meta[property=article:published_time]"
    assert article["source"] == "test-news" and article["content_type"] == "html"
    text = article["text"]
    assert "Dr Amelia Hartwell as its new chief executive" in text
    assert "Mr Geoffrey Lantern, who retires in April" in text
    for boilerplate in (
        "Related articles",
        "Cottonbridge maternity unit reopens",
        "Volunteers honoured at Fenwick",
        "About this website",
        "Contact the press office",
        "Most read this week",
        "Registered charity",
        "Share this story",
        "Email this story",
        "Privacy and cookies",
    ):
        assert boilerplate not in text, boilerplate
    eastbrook = docs[sites.news.url(EASTBROOK)]
    assert (eastbrook["published"], eastbrook["date_source"]) == ("2024-03-07", "time[datetime]")
    harbourside = docs[sites.news.url("/2024/02/harbourside-interim-finance-director/")]
    assert harbourside["published"] == "2024-02-19"  # the page has no date: the RSS pubDate is used
    assert (harbourside["date_raw"], harbourside["date_source"]) == (
        "Mon, 19 Feb 2024 08:30:00 +0000",
        "feed:pubDate",
    )
    # page 2 of the listing was followed
    assert sites.news.url("/2024/02/kestrel-ambulance-medical-director/") in docs


def test_gov_atom_feed_documents(first, sites):
    doc = first.docs[sites.gov.url("/government/news/lowmoor-ambulance-trust-chair-appointed")]
    assert doc["title"] == "New chair appointed to Lowmoor Ambulance Service NHS Trust"
    assert doc["published"] == "2024-03-04"
    assert doc["date_source"] == "meta[name=govuk:first-published-at]"
    assert "Professor Nadia Whitlock as chair" in doc["text"]
    for boilerplate in (
        "essential cookies",
        "Money and tax",
        "Related content",
        "Winter resilience plan",
        "Open Government Licence",
    ):
        assert boilerplate not in doc["text"], boilerplate
    assert sites.gov.url("/government/news/minister-confirms-regional-director") in first.docs


def test_board_paper_pdfs_and_docx_are_documents(first, sites):
    minutes = first.docs[sites.trust.url("/media/minutes-18-january-2024.pdf")]
    assert minutes["content_type"] == "pdf" and minutes["organisation_ods"] == "ZZ1"
    assert minutes["source"] == "test-trust-board"
    assert "Mr Tobias Renner had been appointed Director of Finance" in minutes["text"]
    assert len(json.loads(minutes["pages"])) == 2
    # the minutes' own heading dates them (the link text agrees)
    assert (minutes["published"], minutes["date_source"]) == ("2024-01-18", "pdf:heading")
    assert minutes["title"] == "Minutes of the meeting held on 18 January 2024"
    papers = first.docs[sites.trust.url("/media/board-papers-march-2024.pdf")]
    assert papers["title"] == "Public Board papers March 2024"  # the PDF's own Title
    assert papers["published"] == "2024-03-12"
    agenda = first.docs[sites.trust.url("/media/agenda-march-2024.docx")]
    assert agenda["content_type"] == "docx" and "introduction of Mr Tobias Renner" in agenda["text"]
    trust_docs = [u for u in first.docs if u.startswith(sites.trust.base)]
    assert len(trust_docs) == 3  # meeting pages are followed, not stored


def test_tracking_parameters_canonical_and_copies_make_one_document(first, sites):
    hartwell = [d for d in first.docs.values() if "Amelia Hartwell as its new chief executive" in d["text"]]
    assert len(hartwell) == 1
    assert hartwell[0]["url"] == sites.news.url(ARTICLE)
    assert not any("utm_" in url for url in first.docs)
    assert not any("utm_" in hit.path for hit in first.hits["news"])
    article_id = hartwell[0]["id"]
    for copy in ("/2024/03/reposted-appointment/", "/2024/03/hartwell-appointment-copy/"):
        assert first.fetches[sites.news.url(copy)]["document_id"] == article_id


def test_robots_disallowed_path_is_never_requested(first, sites):
    paths = [hit.path for hit in first.hits["news"]]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/private/") for p in paths)
    assert (
        first.fetches[sites.news.url("/private/2024/03/embargoed-story/")]["error"]
        == "Forbidden by robots.txt"
    )


def test_robots_is_obeyed_by_requests_that_waited_for_it(sites, tmp_path):
    """Several first requests to a host wait for its robots.txt; none of them may bypass it."""
    news = sites.news
    path = tmp_path / "starts.toml"
    path.write_text(
        '[[source]]\nname = "starts"\nkind = "board_papers"\n'
        f'feeds = ["{news.url("/feed/")}"]\n'
        f'start_urls = ["{news.url("/news/")}", "{news.url("/private/2024/03/embargoed-story/")}", '
        f'"{news.url("/private/board/")}", "{news.url("/about/")}"]\nmax_pages = 4\n',
        encoding="utf-8",
    )
    news.clear_log()
    result = crawl(tmp_path / "starts.db", sources_file=path, settings=FAST)
    assert result.counts["robots_forbidden"] == 2
    assert not any(p.startswith("/private/") for p in news.paths())


def test_off_domain_link_and_redirect_are_not_followed(first, sites):
    assert first.hits["offsite"] == []
    moved = first.fetches[sites.news.url("/2024/02/moved-article/")]
    assert moved["error"].startswith("redirected off-domain to http://127.0.0.2")
    assert "off-domain redirect not followed" in first.log
    assert not any(url.startswith(sites.offsite.base) for url in first.docs)


def test_server_error_is_retried_then_stored(first, sites):
    statuses = [hit.status for hit in first.hits["news"] if hit.path == FLAKY]
    assert statuses == [500, 200]
    assert first.docs[sites.news.url(FLAKY)]["title"] == "Wrenfield trust confirms new chief nurse"
    assert first.result.counts["retries"] >= 1


def test_not_found_is_logged_without_a_document(first, sites):
    url = sites.news.url("/2024/02/missing-article/")
    assert url not in first.docs
    assert {"url": url, "status": 404, "error": "HTTP 404"}.items() <= next(
        e for e in first.result.errors if e["url"] == url
    ).items()
    assert f"fetch failed: {url}: HTTP 404" in first.log


def test_bodies_over_the_size_limit_are_aborted_and_logged(first, sites):
    for path in ("/media/full-board-pack-march-2024.pdf", "/media/appendices-march-2024.pdf"):
        url = sites.trust.url(path)
        assert url not in first.docs
        assert first.fetches[url]["error"].startswith("aborted: body over DOWNLOAD_MAXSIZE")
    assert "larger than download max size" in first.log


def test_requests_are_polite(first):
    agents = {hit.user_agent for hits in first.hits.values() for hit in hits}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("nhs-leaders/") and "https://github.com/nhs-leaders/nhs-leaders" in agent
    for name in ("news", "gov", "trust"):
        assert first.hits[name][0].path == "/robots.txt"


def test_recrawl_is_conditional_and_a_changed_article_is_replaced(first, sites):
    db = first.db
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE documents SET extractor_version = 'test-v1', extracted_at = '2024-04-01'")
        conn.execute("INSERT INTO people(name) VALUES ('Desmond Harrow')")
        conn.execute(
            "INSERT INTO events(document_id, person_id, role, event, evidence, char_start, char_end, "
            "extractor_version) SELECT d.id, p.id, 'chair', 'departed', 'stepped down', 0, 5, 'test-v1' "
            "FROM documents d, people p WHERE d.url = ?",
            [sites.news.url(EASTBROOK)],
        )
    conn.close()
    events_before = _rows(db, "SELECT * FROM events")
    for server in (sites.news, sites.gov, sites.trust):
        server.clear_log()

    second = crawl(db, sources_file=sites.sources, settings=FAST)
    assert second.ok
    assert second.counts["new"] == second.counts["changed"] == 0
    assert second.counts["not_modified"] >= 19
    hits = [
        h for name in ("news", "gov", "trust") for h in getattr(sites, name).log if h.path != "/robots.txt"
    ]
    stored = [
        h
        for h in hits
        if h.status in (200, 304) and "board-pack" not in h.path and "appendices" not in h.path
    ]
    assert stored and all(h.if_none_match for h in stored), [h for h in stored if not h.if_none_match]
    assert all(h.status == 304 for h in stored)
    assert _rows(db, "SELECT DISTINCT extractor_version FROM documents") == [{"extractor_version": "test-v1"}]
    assert _rows(db, "SELECT * FROM events") == events_before

    page = sites.news_root / EASTBROOK.strip("/") / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "will act as interim chair", "will act as interim chair until June"
        ),
        encoding="utf-8",
    )
    for server in (sites.news, sites.gov, sites.trust):
        server.clear_log()
    third = crawl(db, sources_file=sites.sources, settings=FAST)
    assert third.counts["changed"] == 1 and third.counts["new"] == 0
    docs = {r["url"]: r for r in _rows(db, "SELECT id, url, text, extractor_version FROM documents")}
    changed = docs[sites.news.url(EASTBROOK)]
    assert "interim chair until June" in changed["text"]
    assert changed["extractor_version"] is None  # marked for re-extraction
    assert [d["url"] for d in docs.values() if d["extractor_version"] is None] == [changed["url"]]
    # offline re-extraction from the raw store changes nothing (same parser, same text)
    assert reextract(db, reparse=True, parse_workers=0) == {"unchanged": 11, "duplicate": 1}
    # the unchanged listing answered 304 and was replayed from the raw store to reach the article
    listing = [h for h in sites.news.log if h.path == "/news/"]
    assert listing and listing[0].status == 304
    assert [h.status for h in sites.news.log if h.path == EASTBROOK] == [200]


def test_interrupted_crawl_resumes_from_its_job_dir(tmp_path):
    """Ctrl-C (SIGINT) mid-crawl: Scrapy stops gracefully, keeps its queue, and the next run continues."""
    slow = SiteServer(
        "127.0.0.1", copy_site("news", tmp_path, {"{offsite}": "http://127.0.0.2:9"}), delay=0.2
    )
    slow.start()
    try:
        sources = tmp_path / "slow.toml"
        sources.write_text(
            (REPO / "tests/fixtures/sites/sources.toml.in")
            .read_text(encoding="utf-8")
            .replace("{news}", slow.base)
            .replace("{gov}", "http://127.0.0.3:9")
            .replace("{trust}", "http://127.0.0.4:9"),
            encoding="utf-8",
        )
        db, jobdir = tmp_path / "slow.db", tmp_path / "job"
        settings = {**FAST, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "NHS_PROGRESS_INTERVAL": 0.1}

        def ctrl_c(counts: dict) -> None:  # the user presses Ctrl-C once a few pages are in
            if counts["pages_fetched"] >= 4:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            crawl(
                db,
                sources=["test-news"],
                sources_file=sources,
                resume_dir=jobdir,
                settings=settings,
                progress=ctrl_c,
            )
        assert (jobdir / "requests.seen").exists()
        fetched_before = set(slow.paths())
        slow.clear_log()
        second = crawl(db, sources=["test-news"], sources_file=sources, resume_dir=jobdir, settings=settings)
        assert second.ok
        assert not (fetched_before - {"/robots.txt"}) & set(slow.paths())  # nothing fetched twice
        assert len(_rows(db, "SELECT url FROM documents")) == 5
        assert not jobdir.exists()  # a finished crawl leaves nothing to resume
    finally:
        slow.stop()


def test_scrapy_crawl_command_runs_from_repo_root(sites, tmp_path):
    db = tmp_path / "cli.db"
    args = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "source",
        "-a",
        "name=test-gov",
        "-a",
        f"sources_file={sites.sources}",
        "-s",
        f"NHS_DB={db}",
        "-s",
        "LOG_LEVEL=WARNING",
    ]
    for key, value in FAST.items():
        args += ["-s", f"{key}={value}"]
    proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    titles = {r["title"] for r in _rows(db, "SELECT title FROM documents")}
    assert titles == {
        "New chair appointed to Lowmoor Ambulance Service NHS Trust",
        "Minister confirms new regional director for the North Moors",
    }
