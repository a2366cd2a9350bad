"""PDF → text page by page (pypdfium2); page numbers kept as character offsets."""

from __future__ import annotations

import json
import os
import re
import time
from datetime import date

from nhs_leaders.crawler.dates import heading_date
from nhs_leaders.crawler.parsed import Parsed, ParseError

PLACEHOLDER_TITLES = re.compile(
    r"^(untitled|microsoft word.*|powerpoint presentation|slide \d+|.*\.(docx?|pptx?|xlsx?|pdf))$", re.I
)


MAX_PAGES = int(os.environ.get("NHS_PDF_MAX_PAGES", 2000))  # real board packs: 300-500 pages
MAX_CHARS = int(os.environ.get("NHS_MAX_CHARS", 20_000_000))  # ~ 5,000 dense pages of text
MAX_SECONDS = float(os.environ.get("NHS_PARSE_SECONDS", 120))  # a 500-page pack parses in ~5-20 s


def parse_pdf(body: bytes) -> Parsed:
    """Parse in a child process with memory and time limits (:mod:`crawler.sandbox`); see :func:`_parse_pdf`."""
    from nhs_leaders.crawler.sandbox import run_isolated

    return run_isolated(lambda: _parse_pdf(body))


def _parse_pdf(body: bytes) -> Parsed:
    """Text of every page, joined with form feeds; ``pages`` maps page number → start offset.

    The title is the PDF's own Title (placeholders such as "Microsoft Word - x.docx" ignored), else
    the first line of text; the info dictionary's CreationDate is kept as a last-resort date.
    """
    import pypdfium2 as pdfium

    if not body.startswith(b"%PDF"):
        raise ParseError("not a PDF (missing %PDF header)")
    try:
        pdf = pdfium.PdfDocument(body)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise ParseError("encrypted PDF (password required)") from exc
        raise ParseError(f"corrupt PDF: {message}") from exc
    started = time.monotonic()
    try:
        count = len(pdf)
    except Exception as exc:
        pdf.close()
        raise ParseError(f"corrupt PDF: {exc}") from exc
    if count > MAX_PAGES:
        pdf.close()
        raise ParseError(f"over budget: {count:,} pages > {MAX_PAGES:,} (NHS_PDF_MAX_PAGES)")
    metadata = _metadata(pdf)
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    try:
        for index in range(count):
            if time.monotonic() - started > MAX_SECONDS:
                raise ParseError(f"over budget: parsing took over {MAX_SECONDS:g} s (NHS_PARSE_SECONDS)")
            if position > MAX_CHARS:
                raise ParseError(f"over budget: more than {MAX_CHARS:,} characters (NHS_MAX_CHARS)")
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            page.close()
            offsets.append(position)
            parts.append(text)
            position += len(text) + 1
    finally:
        pdf.close()
    full = "\f".join(parts)
    if not full.strip():
        raise ParseError(f"no text layer in {len(offsets)} page(s): scanned PDF, needs OCR")
    first_line = next((line.strip() for line in full.splitlines() if line.strip()), None)
    heading = heading_date(full)  # board papers: the meeting date on the cover beats the file's own date
    title = metadata.get("Title")
    created = metadata.get("CreationDate")
    iso = _pdf_date(created) if created else None
    return Parsed(
        text=full,
        title=(title or first_line or "")[:200] or None,
        pages=json.dumps(offsets),
        title_from_text=not title,
        meta_date=(iso, created, "pdf:CreationDate") if iso else None,
        published=heading[0] if heading else None,
        date_raw=heading[1] if heading else None,
        date_source="pdf:heading" if heading else None,
    )


def _metadata(pdf) -> dict[str, str]:
    """Title and CreationDate from the PDF info dictionary; placeholder titles are dropped."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # broken info dictionaries are common and never fatal
        return {}
    out = {}
    title = (info.get("Title") or "").strip()
    if len(title) > 3 and not PLACEHOLDER_TITLES.match(title):
        out["Title"] = title
    if (info.get("CreationDate") or "").strip():
        out["CreationDate"] = info["CreationDate"].strip()
    return out


def _pdf_date(raw: str) -> str | None:
    """``D:20240312101500Z`` → ``2024-03-12``."""
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", raw)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None
