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
    expected = _expected_outcomes()
    assert set(expected) == set(rows)  # every input has its expected outcome below
    for name, (outcome, check) in expected.items():
        text, error = rows[name]
        if outcome == "error":
            assert text is None and error and check in error, (name, error, (text or "")[:80])
        else:
            assert text and error is None, (name, error)
            assert check(text) if callable(check) else check in text, (name, text[:80])
    good = [name for name, kind in kinds.items() if kind == "good"]
    errors = {name: err for name, (_, err) in rows.items() if err}
    published = dict(conn.execute("SELECT url, published FROM documents"))
    assert published[f"file://{corpus / 'bad_header_date.txt'}"] is None  # 31/31/2020: no date
    people = {p for (p,) in conn.execute("SELECT person FROM appointments")}
    assert {"Asha Rahman", "Colin Webb", "Fiona Marsh"} <= people
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    print(
        f"\ninputs tried: {len(kinds)}, errors recorded: {len(errors)}, crashes: 0, "
        f"good documents stored: {len(good)}/{len(good)}, peak memory of the run: {peak_mb:.0f} MB"
    )
    assert peak_mb < 2500


def _expected_outcomes() -> dict[str, tuple[str, object]]:
    """{file name: ("error", fragment of the error) or ("text", fragment of the stored text or a check)}."""
    pdf_text = "Minutes of the Board. Present: Jane Doe, Chair."
    wye = "Wye Valley NHS Trust has appointed Fiona Marsh"
    errors = {
        "encrypted.pdf": "encrypted PDF (password required)",
        "scanned.pdf": "no text layer in 1 page(s)",
        "pdf_header_only.pdf": "corrupt PDF",
        "html_named_pdf.pdf": "not a PDF (missing %PDF header)",
        "gzip_named_html.html": "binary content",
        "image.png.html": "binary content",
        "null_in_html.html": "binary content",
        "zip_named_txt.txt": "binary content",
        "control_chars.txt": "binary content",
        "utf16.txt": "binary content",
        "header_only.txt": "empty document: no text (after the header)",
        "comment_only.html": "unparseable HTML",
        "nested.html": "no main text found in HTML",
        "nested_unclosed.html": "no main text found in HTML",
        "scripts_only.html": "no main text found in HTML",
        "styles_only.html": "no main text found in HTML",
        "huge_60mb.html": "HTML too large to extract",
        **{f"truncated_{n}.pdf": "corrupt PDF" for n in (0, 1, 2)},
        **{f"truncated_html_{n}.html": "no main text found in HTML" for n in (1, 3, 7)},
    }
    by_type = {"txt": "binary content", "html": "binary content", "htm": "binary content"}
    by_type |= {"pdf": "not a PDF (missing %PDF header)", "docx": "not a DOCX document"}
    for ext, fragment in by_type.items():
        errors |= {f"junk_{n}.{ext}": fragment for n in range(6)}
        for name in ("empty", "whitespace"):
            errors[f"{name}.{ext}"] = fragment if ext in ("pdf", "docx") else "empty document"
    texts = {
        "good_01.txt": "Dr Asha Rahman has been appointed chief executive",
        "good_02.txt": "The chair of Barts Health NHS Trust, Colin Webb, will retire",
        "good_03.html": wye,
        "pdf_named_html.html": lambda t: t.strip() == pdf_text,  # parsed as the PDF it is
        "truncated_3.pdf": lambda t: t.strip() == pdf_text,  # only the trailer lost: still readable
        "bad_header_date.txt": lambda t: t == "Some text about nothing.",
        "utf8_bom.txt": lambda t: t == "Text after a byte order mark.",
        "cp1252.txt": lambda t: t == "\u201cQuoted\u201d \u2013 dash",
        "mixed_encodings.txt": lambda t: t.startswith("Start ") and t.endswith(" end"),
        "latin1_declared_utf8.html": "Caf\xe9 d\xe9j\xe0 vu",
        "invalid_utf8.html": " broken ",
        "broken_tags.html": "Unclosed bold italic",
        "cdata.html": lambda t: t.strip() == "]]>",
        "xml_bomb.html": lambda t: "&lol9;" in t and "lollol" not in t,  # no entity expanded
        "xxe.html": lambda t: "&x;" in t and "root:" not in t,  # no file read
        "long_line.txt": lambda t: len(t.split()) == 400_000,
        "long_token.txt": lambda t: t == "x" * 1_000_000,
        "only_numbers.txt": lambda t: len(t.split()) == 20_000 and t.replace(" ", "").isdigit(),
        "rtl_text.txt": lambda t: t.split() == ["\u0646\u0635", "\u0639\u0631\u0628\u064a"] * 1000,
        "emoji.txt": lambda t: t.split() == ["\U0001f3e5\U0001f691\U0001f489"] * 5_000,
        # undeclared Shift JIS reads as Windows-1252: stored (mojibake), not refused
        "shift_jis.txt": lambda t: len(t) == 800,
        "text_5m_chars.txt": lambda t: t.count("The board noted the finance report") == 84_000,
        **{f"truncated_html_{n}.html": wye for n in (0, 2, 4, 5, 6)},
        # random markup: whatever text survives is stored (nothing in it is an event)
        **{f"random_html_{n}.html": lambda t: len(t.strip()) > 1000 for n in range(15)},
    }
    assert not set(errors) & set(texts)
    return {**{k: ("error", v) for k, v in errors.items()}, **{k: ("text", v) for k, v in texts.items()}}


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
