"""Per-file handling: odd and non-UTF-8 names, invalid `date:` headers, PDF/DOCX budgets in a child."""

from __future__ import annotations

import io
import json
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


def test_a_non_utf8_name_on_a_file_without_headers_is_stored_beside_the_others(tmp_path):
    """Case 5a on its own: with no `title:` header the title comes from the file name, which is not UTF-8;
    once that aborted the whole ingest (0 documents, good files included, the run row left `running`)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Al Good was named chair of the board.", encoding="utf-8")
    (folder / "also good.txt").write_text("Bo Fine was named chief executive.", encoding="utf-8")
    with open(bytes(folder) + b"/Board \xff\xfe news.txt", "wb") as fh:
        fh.write(b"Ned Noheader was named chair of the trust.")
    db = tmp_path / "nhs.db"
    proc = fk.cli("ingest", "--db", str(db), str(folder))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT text, error FROM documents"))
    assert rows == {
        "Al Good was named chair of the board.": None,
        "Bo Fine was named chief executive.": None,
        "Ned Noheader was named chair of the trust.": None,
    }
    title, url = conn.execute("SELECT title, url FROM documents WHERE text LIKE 'Ned%'").fetchone()
    assert title == "Board \ufffd\ufffd news" and url.endswith("/Board%20%FF%FE%20news.txt")
    assert [status for _, _, status, _ in fk.run_rows(db)] == ["ok"]


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


def _pdf(objects: list[bytes]) -> bytes:
    """A hand-written PDF: object 1 is the catalog."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PDF_TEXT = b"BT /F1 12 Tf 72 720 Td (Jane Smith was appointed chair of Northmoor Valley NHS Trust.) Tj ET"
PDF_STREAM = b"<< /Length %d >>\nstream\n" % len(PDF_TEXT) + PDF_TEXT + b"\nendstream"


def _many_pages_pdf(pages: int) -> bytes:
    """``pages`` pages sharing one content stream (case 7a: a long PDF in few bytes)."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    head = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    return _pdf([*head, PDF_FONT, PDF_STREAM] + [page] * pages)


def _page_tree_bomb(depth: int, fan: int) -> bytes:
    """Each /Pages node lists the next level's one node ``fan`` times: fan**depth pages (case 7b)."""
    objects = [b"<< /Type /Catalog /Pages 3 0 R >>", PDF_FONT]
    # Pages nodes are objects 3 .. 2+depth, the leaf page 3+depth, its text 4+depth
    for level in range(depth):
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (2 + level)
        kids = b" ".join([b"%d 0 R" % (4 + level)] * fan)
        objects.append(b"<< /Type /Pages%s /Kids [%s] /Count %d >>" % (parent, kids, fan ** (depth - level)))
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 2 0 R >> >> "
        b"/Contents %d 0 R >>" % (2 + depth, 4 + depth)
    )
    return _pdf([*objects, PDF_STREAM])


def test_ingest_refuses_over_budget_pdfs_and_a_docx_bomb_per_document(tmp_path):
    """Cases 7a-7c end to end: a real `ingest` of a folder holding a long PDF, a page-tree bomb and a DOCX bomb
    beside good files, with the documented budgets lowered (NHS_PDF_MAX_PAGES, NHS_MAX_CHARS) so it is quick.
    Each bad file is one document's error naming its budget; every good file, before and after them, is stored."""
    from tests.crawlsite import make_docx, make_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text("title: A\n\nAl Good was named chair.", encoding="utf-8")
    make_pdf(folder / "b-good.pdf", [f"Page {n}: Bea Paper was named chair." for n in range(5)], title="B")
    (folder / "c-long.pdf").write_bytes(_many_pages_pdf(300))  # 300 pages in ~25 KB
    (folder / "d-tree-bomb.pdf").write_bytes(_page_tree_bomb(3, 8))  # 512 pages in ~1 KB
    bomb = _docx(200_000, "Jane Smith is chair of the board.")  # ~10 MB of XML
    assert len(bomb) < 100_000
    (folder / "e-bomb.docx").write_bytes(bomb)
    make_docx(folder / "f-good.docx", ["Cy Word was named chief executive."], title="F")
    (folder / "g-good.txt").write_text("title: G\n\nGus Late was named chair.", encoding="utf-8")
    db = tmp_path / "nhs.db"
    env = {"NHS_PDF_MAX_PAGES": "100", "NHS_MAX_CHARS": "200000"}
    started = time.monotonic()
    proc = fk.cli("ingest", "--db", str(db), str(folder), env=env)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 1, err  # finished, some documents failed
    assert time.monotonic() - started < 120
    assert "Traceback" not in err
    conn = sqlite3.connect(db)
    rows = {
        url.rsplit("/", 1)[1]: (error, len(text or ""))
        for url, error, text in conn.execute("SELECT url, error, text FROM documents")
    }
    bad, good = (
        ("c-long.pdf", "d-tree-bomb.pdf", "e-bomb.docx"),
        ("a-good.txt", "b-good.pdf", "f-good.docx", "g-good.txt"),
    )
    assert rows.keys() == {*bad, *good}
    assert rows["c-long.pdf"] == ("over budget: 300 pages > 100 (NHS_PDF_MAX_PAGES)", 0)
    assert rows["d-tree-bomb.pdf"] == ("over budget: 512 pages > 100 (NHS_PDF_MAX_PAGES)", 0)
    assert rows["e-bomb.docx"] == ("over budget: more than 200,000 characters (NHS_MAX_CHARS)", 0)
    for name in good:
        error, length = rows[name]
        assert error is None and length > 10, name
    (_, _, status, errors), *_ = fk.run_rows(db)
    assert status == "partial"
    assert tuple(sorted(e["url"].rsplit("/", 1)[1] for e in json.loads(errors))) == bad
    assert all(f"{name}: over budget" in err for name in bad)
