"""Per-file handling: odd and non-UTF-8 names, invalid `date:` headers, PDF/DOCX budgets in a child."""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile

import pytest

from tests import faultkit as fk


def test_odd_names_and_bad_dates_are_handled_per_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "what?.txt").write_text(
        "title: Q\ndate: 2024-02-30\n\nJane Smith was named chair.", encoding="utf-8"
    )
    (folder / "zero.txt").write_text(
        "title: Z\ndate: 0000-00-00\n\nJo Bloggs was named chair.", encoding="utf-8"
    )
    (folder / "good.txt").write_text(
        "title: G\ndate: 2024-02-29\n\nAl Good was named chair.", encoding="utf-8"
    )
    raw = bytes(folder) + b"/bad\xff name.txt"
    with open(raw, "wb") as fh:
        fh.write(b"title: B\n\nBea Bytes was named chair.")
    db = tmp_path / "nhs.db"
    proc = fk.cli("ingest", "--db", str(db), str(folder))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    conn = sqlite3.connect(db)
    rows = {t: (p, e) for t, p, e in conn.execute("SELECT title, published, error FROM documents")}
    assert rows == {"Q": (None, None), "Z": (None, None), "G": ("2024-02-29", None), "B": (None, None)}
    assert "2024-02-30" in err and "0000-00-00" in err  # each invalid date named in a warning


def _docx(paragraphs: int, text: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for _ in range(paragraphs))
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f"{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


def test_docx_over_the_character_budget_is_a_document_error(monkeypatch):
    from nhs_leaders.crawler import docx
    from nhs_leaders.crawler.parsed import ParseError

    monkeypatch.setattr(docx, "MAX_CHARS", 10_000)
    assert docx.parse_docx(_docx(10, "Jane Smith is chair.")).text
    with pytest.raises(ParseError, match="over budget"):
        docx.parse_docx(_docx(2_000, "Jane Smith is chair."))


def test_pdf_page_budget_and_parse_time_limit(monkeypatch, tmp_path):
    from nhs_leaders.crawler import pdf, sandbox
    from nhs_leaders.crawler.parsed import ParseError

    from tests.crawlsite import make_pdf

    make_pdf(tmp_path / "p.pdf", [f"Page {n}: Jane Smith is chair." for n in range(12)])
    body = (tmp_path / "p.pdf").read_bytes()
    assert len(pdf.parse_pdf(body).text) > 100
    monkeypatch.setattr(pdf, "MAX_PAGES", 10)
    with pytest.raises(ParseError, match="12 pages > 10"):
        pdf.parse_pdf(body)
    started = time.monotonic()
    with pytest.raises(ParseError, match="over budget: parsing took over 1 s"):
        sandbox.run_isolated(lambda: time.sleep(30), seconds=1)
    assert time.monotonic() - started < 5


def test_a_parser_that_exhausts_memory_fails_only_its_document():
    from nhs_leaders.crawler import sandbox
    from nhs_leaders.crawler.parsed import ParseError

    def hog():
        blocks = []
        while True:
            blocks.append(bytearray(64 * 1024 * 1024))

    with pytest.raises(ParseError, match="over budget"):
        sandbox.run_isolated(hog, seconds=30, memory_mb=256)
