"""A generated corpus of malformed inputs (and a few good ones), written to a folder for `run` to ingest."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

GOOD = [
    (
        "good_01.txt",
        "title: Good one\ndate: 2022-05-04\n\nDr Asha Rahman has been appointed chief executive of "
        "Leeds Teaching Hospitals NHS Trust and will take up the post on 1 July.",
    ),
    (
        "good_02.txt",
        "title: Good two\ndate: 2021-02-01\n\nThe chair of Barts Health NHS Trust, Colin Webb, will "
        "retire at the end of March.",
    ),
    (
        "good_03.html",
        "<html><head><title>Good three</title></head><body><article><h1>New chair</h1><p>"
        "Wye Valley NHS Trust has appointed Fiona Marsh as its new chair. She takes up the role on "
        "1 September.</p><p>" + "The trust runs Hereford County Hospital. " * 20 + "</p></article>"
        "</body></html>",
    ),
]


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Confidential board paper")
    return bytes(pdf.output())


def _scanned_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 50, style="F")  # a page with only a drawing: no text layer
    return bytes(pdf.output())


def build(folder: Path, big: bool = True) -> dict[str, str]:
    """Write the corpus; returns {file name: "good" | "bad"}."""
    rng = random.Random(1234)
    folder.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, str] = {}

    def write(name: str, data: bytes | str, kind: str = "bad") -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds[name] = kind

    for name, text in GOOD:
        write(name, text, "good")
    for ext in ("txt", "html", "htm", "pdf", "docx"):
        write(f"empty.{ext}", b"")
        write(f"whitespace.{ext}", b"   \n\t  \n")
        for n in range(6):
            write(f"junk_{n}.{ext}", bytes(rng.getrandbits(8) for _ in range(rng.randint(10, 50_000))))
    good_pdf = _pdf("Minutes of the Board. Present: Jane Doe, Chair.")
    for n, cut in enumerate((10, 100, len(good_pdf) // 2, len(good_pdf) - 20)):
        write(f"truncated_{n}.pdf", good_pdf[:cut])
    write("encrypted.pdf", _encrypted_pdf())
    write("scanned.pdf", _scanned_pdf())
    write("pdf_header_only.pdf", b"%PDF-1.7\n%%EOF")
    write("html_named_pdf.pdf", "<html><body>not a pdf</body></html>")
    write("pdf_named_html.html", good_pdf)
    write("gzip_named_html.html", gzip.compress(b"<html><body>compressed</body></html>"))
    write("nested.html", "<div>" * 10_000 + "Deep text" + "</div>" * 10_000)
    write("nested_unclosed.html", "<p><b><i>" * 5_000)
    write(
        "scripts_only.html",
        "<html><head><script>" + "var x = 1;" * 1000 + "</script></head><body>"
        "<script>alert(1)</script></body></html>",
    )
    write("styles_only.html", "<html><head><style>" + "p{color:red}" * 1000 + "</style></head></html>")
    write("broken_tags.html", "<html><body><p>Unclosed <b>bold <i>italic <table><tr><td>cell" * 200)
    write("comment_only.html", "<!-- " + "x" * 10_000 + " -->")
    write("cdata.html", "<![CDATA[" + "<p>" * 100 + "]]>")
    write("null_in_html.html", b"<html><body>\x00\x00 text with nulls \x00</body></html>")
    write(
        "latin1_declared_utf8.html",
        '<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 '.encode("latin-1")
        + "déjà vu ".encode("latin-1") * 50
        + b"</p></body></html>",
    )
    write("utf16.txt", "Appointment news in UTF-16 ".encode("utf-16") * 20)
    write("utf8_bom.txt", "\ufefftitle: BOM\n\nText after a byte order mark.".encode("utf-8"))
    write(
        "mixed_encodings.txt",
        b"Start " + "naïve café".encode() + b" and " + "naïve café".encode("cp1252") + b" \x81\x8d\x8f end",
    )
    write("cp1252.txt", "title: Smart quotes\n\n\u201cQuoted\u201d \u2013 dash".encode("cp1252"))
    write("shift_jis.txt", "日本語のテキスト".encode("shift_jis") * 50)
    write("invalid_utf8.html", b"<html><body>\xff\xfe\xfd broken \xc3\x28 bytes</body></html>")
    write("long_line.txt", "word " * 400_000)  # 2 MB on one line
    write("long_token.txt", "x" * 1_000_000)
    write("control_chars.txt", "".join(chr(rng.randint(1, 31)) for _ in range(5_000)))
    write("only_numbers.txt", " ".join(str(rng.randint(0, 10**9)) for _ in range(20_000)))
    write("header_only.txt", "source: x\ntitle: y\ndate: 2020-01-01\n\n")
    write("bad_header_date.txt", "title: Bad date\ndate: 31/31/2020\n\nSome text about nothing.")
    write("rtl_text.txt", "نص عربي " * 1000)
    write("emoji.txt", "🏥🚑💉 " * 5_000)
    write(
        "xml_bomb.html",
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'
            for i in range(1, 10)
        )
        + "]><html><body>&lol9;</body></html>",
    )
    write(
        "xxe.html",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<html><body>&x;</body></html>",
    )
    write("no_extension", b"plain text without an extension", "skipped")  # not a document type
    write("image.png.html", b"\x89PNG\r\n\x1a\n" + bytes(2000))
    write("zip_named_txt.txt", b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(3000)))
    for n in range(15):
        write(f"random_html_{n}.html", "<" + "".join(rng.choice("<>/=\"' abcdiv") for _ in range(20_000)))
    for n in range(8):
        write(f"truncated_html_{n}.html", GOOD[2][1][: rng.randint(5, len(GOOD[2][1]) - 5)])
    if big:
        write(
            "huge_60mb.html",
            b"<html><body>" + b"<p>filler text</p>" * (60 * 1024 * 1024 // 18) + b"</body></html>",
        )
        write(
            "text_5m_chars.txt",
            "title: Very long\ndate: 2020-01-01\n\n"
            + ("The board noted the finance report and the estates update. " * 84_000),
        )
    return kinds
