"""PDF → text page by page (pypdfium2); page numbers kept as character offsets."""

from __future__ import annotations

import json

from crawler.parse import ParseError, Parsed


def parse_pdf(body: bytes) -> Parsed:
    """Text of every page, joined with form feeds; ``pages`` maps page number → start offset."""
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
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    empty_pages = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            page.close()
            if not text.strip():
                empty_pages += 1
            offsets.append(position)
            parts.append(text)
            position += len(text) + 1
    finally:
        pdf.close()
    full = "\f".join(parts)
    if not full.strip():
        raise ParseError(f"no text layer in {len(offsets)} page(s): scanned PDF, needs OCR")
    title = next((line.strip() for line in full.splitlines() if line.strip()), None)
    return Parsed(text=full, title=title[:200] if title else None, pages=json.dumps(offsets))
