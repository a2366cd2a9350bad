"""Bad input never stops a run: ≥100 malformed inputs in one `run`, each a clear per-document error or a
correct result, no crash, bounded memory, and every good document stored and extracted."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys

from tests import malformed
from tests.conftest import REPO


def test_malformed_corpus_in_one_run(tmp_path):
    corpus = tmp_path / "corpus"
    kinds = malformed.build(corpus)
    assert len([k for k in kinds.values() if k == "bad"]) >= 100
    db = tmp_path / "nhs.db"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(
        [sys.executable, str(REPO / "pipeline.py"), "run", "--db", str(db), "--quiet", str(corpus)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert proc.returncode == 1, proc.stderr[-2000:]  # finished, with per-document errors
    assert "Traceback" not in proc.stderr
    conn = sqlite3.connect(db)
    rows = {
        url.rsplit("/", 1)[1]: (text, error)
        for url, text, error in conn.execute("SELECT url, text, error FROM documents")
    }
    # every document-type input got a row: stored, or an error saying why; other files are skipped
    assert set(rows) == {name for name, kind in kinds.items() if kind != "skipped"}
    good = [name for name, kind in kinds.items() if kind == "good"]
    assert all(rows[name][0] and not rows[name][1] for name in good)
    errors = {name: err for name, (_, err) in rows.items() if err}
    assert all(isinstance(err, str) and len(err) > 5 for err in errors.values())
    people = {p for (p,) in conn.execute("SELECT person FROM appointments")}
    assert {"Asha Rahman", "Colin Webb", "Fiona Marsh"} <= people
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    print(
        f"\ninputs tried: {len(kinds)}, errors recorded: {len(errors)}, crashes: 0, "
        f"good documents stored: {len(good)}/{len(good)}, peak memory of the run: {peak_mb:.0f} MB"
    )
    assert peak_mb < 2500


def _billion_laughs(root: str) -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>').encode()


def test_feeds_and_sitemaps_refuse_entity_expansion_and_external_entities():
    import time

    from nhs_leaders.crawler.feeds import parse_feed
    from nhs_leaders.crawler.sitemaps import parse_sitemap

    started = time.monotonic()
    bomb_feed = (
        _billion_laughs("rss")
        + b"<rss><channel><item><title>&lol9;</title><link>/a/</link></item></channel></rss>"
    )
    bomb_map = _billion_laughs("urlset") + (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://x.org/&lol9;</loc></url></urlset>"
    )
    xxe_map = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.org/&x;</loc></url>'
        b"</urlset>"
    )
    for entries in (
        parse_feed(bomb_feed, "https://x.org/feed"),
        parse_sitemap(bomb_map, "https://x.org/s.xml"),
        parse_sitemap(xxe_map, "https://x.org/s.xml"),
    ):
        assert all("lollol" not in repr(e) and "root:" not in repr(e) for e in entries)
    assert time.monotonic() - started < 5


def test_crawler_cannot_read_local_files_or_keep_cookies():
    from nhs_leaders.crawler import settings as crawl_settings
    from nhs_leaders.crawler.urls import host_allowed
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(crawl_settings)
    assert settings.getdict("DOWNLOAD_HANDLERS")["file"] is None
    assert settings.getbool("COOKIES_ENABLED") is False
    assert not host_allowed("file:///etc/passwd", ("nhs.uk",))
