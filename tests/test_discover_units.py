"""Discovery's pure components: link scoring, URL shapes → patterns, merging sources, the register."""

from __future__ import annotations

import re

from nhs_leaders.crawler.catalogue import gazetteer, matches
from nhs_leaders.crawler.discover_links import Link, board_score, news_score, off_topic
from nhs_leaders.crawler.discover_patterns import article_patterns, is_pagination, pagination_pattern
from nhs_leaders.crawler.register import load_register
from nhs_leaders.crawler.sources import Source, merge_sources


def test_links_scored_as_news_or_board_and_off_topic_refused():
    assert news_score(Link("https://x.nhs.uk/news/", "Latest news")) > 0
    assert news_score(Link("https://x.nhs.uk/jobs/", "Jobs")) == 0
    assert board_score(Link("https://x.nhs.uk/about/board-meetings/", "Board meetings")) > board_score(
        Link("https://x.nhs.uk/about/council-of-governors/", "Council of governors board")
    )
    assert board_score(Link("https://x.nhs.uk/papers.pdf", "Board papers")) == 0
    for url in (
        "https://x.nhs.uk/cookies/",
        "https://x.nhs.uk/vacancies/nurse",
        "https://x.nhs.uk/events/fete",
    ):
        assert off_topic(url)
    assert not off_topic("https://x.nhs.uk/news/new-chair-appointed")


def test_patterns_from_url_shapes():
    allow = article_patterns(["https://x/news/a-b/", "https://x/news/c-d/"], "https://x/news/")
    assert allow == ["^https?://[^/]+/news/[^/?#]+/?$"]
    assert re.search(allow[0], "https://x/news/new-post/") and not re.search(
        allow[0], "https://x/news/page/2/"
    )
    dated = article_patterns(["https://x/latest-news/2024/03/12/a"], "https://x/latest-news/")[0]
    assert re.search(dated, "https://x/latest-news/2023/11/01/other-story")
    assert is_pagination("https://x/news?page=1", "https://x/news")
    assert not is_pagination("https://x/news/a?page=1", "https://x/news")
    assert pagination_pattern(["https://x/news/page/2/"]) == "^https?://[^/]+/news/page/\\d+/?$"


def test_hand_written_sources_override_discovered_by_name_or_organisation_and_kind():
    found = [
        Source("rgt-news", "news", organisation="RGT"),
        Source("rgt-board-papers", "board_papers", organisation="RGT"),
        Source("nhs-england-news", "news"),
    ]
    hand = [Source("cuh-news", "news", organisation="RGT"), Source("nhs-england-news", "news", max_pages=9)]
    merged = {s.name: s for s in merge_sources(found, hand)}
    assert set(merged) == {"rgt-board-papers", "cuh-news", "nhs-england-news"}
    assert merged["nhs-england-news"].max_pages == 9


def test_register_rows_are_gazetteer_organisations_with_provenance():
    rows = load_register()
    gaz = gazetteer()
    assert len(rows) >= 230
    with_site = [r for r in rows if r["website"]]
    assert len(with_site) / len(rows) > 0.75
    for row in rows:
        assert row["ods_code"] in gaz and not gaz[row["ods_code"]]["closed"]
        if row["website"]:
            assert row["website"].startswith("http") and row["found_at"].startswith("https://")
            assert row["found_on"] == "2026-12-01"
    assert matches("RGT", "acute_trust") and matches("RGT", "trust") and not matches("RGT", "icb")
