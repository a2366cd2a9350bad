"""Raw bytes → document text and metadata (plain text, HTML; PDF in `crawler.pdf`).

Runs outside Scrapy callbacks' hot path: the crawl stores raw bodies and this turns them into text.
Every failure is a :class:`ParseError` with a message fit for the `documents.error` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_KEYS = ("source", "title", "date")
MAX_TEXT_CHARS = 20_000_000


class ParseError(ValueError):
    """The document cannot be turned into text; the message says why."""


@dataclass
class Parsed:
    text: str
    title: str | None = None
    published: str | None = None
    date_raw: str | None = None
    date_source: str | None = None
    source: str | None = None
    pages: str | None = None


def looks_binary(body: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 4 KB: not a text document."""
    sample = body[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return len(sample) > 0 and controls / len(sample) > 0.05


def decode_text(body: bytes, declared: str | None = None) -> str:
    """Decode with the declared charset, then UTF-8, then Windows-1252; binary junk is refused."""
    if not body.strip():
        raise ParseError("empty document")
    if looks_binary(body):
        raise ParseError("binary content, not text")
    for encoding in (declared, "utf-8-sig", "cp1252", "latin-1"):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ParseError("undecodable text")  # pragma: no cover - latin-1 always decodes


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``source:/title:/date:`` block (ended by a blank line) from the body."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1 :])
            break
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            break
        header[key.strip().lower()] = value.strip()
    return {}, text


def parse_plain(body: bytes, declared: str | None = None) -> Parsed:
    text = decode_text(body, declared).replace("\r\n", "\n")
    header, body_text = split_header(text)
    published = header.get("date") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", header.get("date", "")) else None
    return Parsed(
        text=body_text,
        title=header.get("title"),
        published=published,
        date_raw=header.get("date"),
        date_source="header" if header.get("date") else None,
        source=header.get("source"),
    )


def parse_html(body: bytes, url: str | None = None, declared: str | None = None) -> Parsed:
    """Main text, title and publication date of an HTML page (trafilatura + htmldate)."""
    import trafilatura
    from htmldate import find_date

    html = decode_text(body, declared)
    if "<" not in html:
        raise ParseError("not HTML: no markup")
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         favor_precision=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise ParseError("no main text found in HTML")
    published = getattr(result, "date", None)
    date_source = "trafilatura" if published else None
    if not published:
        try:
            published = find_date(html, url=url, original_date=True, extensive_search=False)
            date_source = "htmldate" if published else None
        except Exception:  # htmldate raises on odd markup; a missing date is not fatal
            published = None
    return Parsed(text=text, title=getattr(result, "title", None), published=published, date_raw=published,
                  date_source=date_source)


def parse_body(body: bytes, kind: str, url: str | None = None, declared: str | None = None) -> Parsed:
    """Dispatch on ``kind`` (``text``, ``html`` or ``pdf``)."""
    if kind == "text":
        parsed = parse_plain(body, declared)
    elif kind == "html":
        parsed = parse_html(body, url, declared)
    elif kind == "pdf":
        from crawler.pdf import parse_pdf

        parsed = parse_pdf(body)
    else:
        raise ParseError(f"unsupported document type: {kind}")
    if len(parsed.text) > MAX_TEXT_CHARS:
        raise ParseError(f"text too long ({len(parsed.text):,} characters > {MAX_TEXT_CHARS:,})")
    return parsed


def kind_for(name: str, content_type: str | None = None) -> str | None:
    """Document kind from a file name or Content-Type; None when unsupported."""
    ct = (content_type or "").split(";")[0].strip().lower()
    lower = name.lower().split("?")[0]
    if ct == "application/pdf" or lower.endswith(".pdf"):
        return "pdf"
    if ct in {"text/html", "application/xhtml+xml"} or lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if ct == "text/plain" or lower.endswith((".txt", ".text", ".md")):
        return "text"
    return None
