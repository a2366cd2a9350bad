"""Raw bytes → document text and metadata (plain text, HTML; PDF in `crawler.pdf`, DOCX in `crawler.docx`).

Runs outside Scrapy callbacks' hot path: the crawl stores raw bodies and this turns them into text.
Every failure is a :class:`ParseError` with a message fit for the `documents.error` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nhs_leaders.crawler.dates import date_from_url, find_date_in_text, normalise_date
from nhs_leaders.crawler.parsed import Parsed, ParseError

HEADER_KEYS = ("source", "title", "date")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_TEXT_CHARS = 20_000_000
# Real article and board pages are well under 5 MB; a 60 MB page costs minutes and gigabytes to parse.
MAX_HTML_BYTES = 20_000_000


def looks_binary(body: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 4 KB: not a text document."""
    sample = body[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return len(sample) > 0 and controls / len(sample) > 0.05


def _refuse_junk(body: bytes) -> None:
    if not body.strip():
        raise ParseError("empty document")
    if looks_binary(body):
        raise ParseError("binary content, not text")


def _undeclared_encoding(body: bytes) -> str:
    """For a body whose declared charset is missing or wrong: UTF-8 when it decodes, else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            body.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode an HTML page the way browsers do (w3lib): byte-order mark, then the HTTP charset, then
    ``<meta charset>`` / ``http-equiv`` / XML declaration, else UTF-8 or Windows-1252. A declared
    charset the bytes do not fit (``utf-8`` declared, Latin-1 sent) is ignored, not turned into U+FFFD."""
    from w3lib.encoding import html_to_unicode

    _refuse_junk(body)
    content_type = f"text/html; charset={declared}" if declared else None
    _, html = html_to_unicode(content_type, body, auto_detect_fun=_undeclared_encoding)
    if "\ufffd" in html:
        html = body.decode(_undeclared_encoding(body))
    return html


def decode_text(body: bytes, declared: str | None = None) -> str:
    """Decode with the declared charset, then UTF-8, then Windows-1252; binary junk is refused."""
    _refuse_junk(body)
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


# Inline HTML left in text copied from document-viewer sites ("Present:<br />", "N<strong>on</strong>-Executive",
# and "<str<strong>on</strong>g>" where a highlighted word split a tag's own name).
INLINE_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|p|br|div|sup|sub|font|a|li|ul|ol|h[1-6]|td|th|tr)\b[^<>\n]{0,200}?/?>", re.I
)
LINE_BREAK_TAG = re.compile(r"(?:<br\s*/?>|</p>|</div>|</li>|</h[1-6]>|</tr>)(?![ \t]*\n)", re.I)
FOOTNOTE_MARK = re.compile(
    r"<sup>[^<>]{0,4}</sup>", re.I
)  # "Alan Ritchie<sup>2</sup>": a note's mark, not the name
MIN_INLINE_TAGS = 5


def strip_inline_markup(text: str) -> str:
    """Text without inline HTML tags when it carries several (a line break tag becomes a new line); tags
    nested inside broken tags go first, so the broken ones close up and go next."""
    if len(INLINE_TAG.findall(text)) < MIN_INLINE_TAGS:
        return text
    text = LINE_BREAK_TAG.sub("\n", FOOTNOTE_MARK.sub("", text))
    while True:
        stripped = INLINE_TAG.sub("", text)
        if stripped == text:
            return text
        text = stripped


def parse_plain(body: bytes, declared: str | None = None) -> Parsed:
    text = decode_text(body, declared).replace("\r\n", "\n")
    header, body_text = split_header(text)
    body_text = strip_inline_markup(body_text)
    published = header.get("date") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", header.get("date", "")) else None
    return Parsed(
        text=body_text,
        title=header.get("title"),
        published=published,
        date_raw=header.get("date"),
        date_source="header" if header.get("date") else None,
        source=header.get("source"),
    )


@dataclass
class Hints:
    """What the crawl knew about a document before opening it: feed entry or link text, used as fallbacks."""

    title: str | None = None
    date_raw: str | None = None
    date_source: str | None = None
    anchor: str | None = None


def parse_html(
    body: bytes, url: str | None = None, declared: str | None = None, hints: Hints | None = None
) -> Parsed:
    """Main text, title and publication date of an HTML page (trafilatura + htmldate).

    Navigation, asides and related-article / share / breadcrumb blocks are removed before
    extraction. The date is, in order: the page's own metadata (raw string and element kept), the
    feed entry's date, trafilatura's (htmldate-based) date, an htmldate search, a date in the URL.
    """
    import trafilatura
    from lxml.etree import ParserError
    from nhs_leaders.crawler.htmlmeta import load_tree, page_meta, strip_boilerplate

    if len(body) > MAX_HTML_BYTES:
        raise ParseError(f"HTML too large to extract ({len(body):,} bytes > {MAX_HTML_BYTES:,})")
    html = decode_html(body, declared)
    if "<" not in html:
        raise ParseError("not HTML: no markup")
    try:
        tree = load_tree(html)
    except (ParserError, ValueError) as exc:
        raise ParseError(f"unparseable HTML: {exc}") from exc
    meta = page_meta(tree, url)
    strip_boilerplate(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise ParseError("no main text found in HTML")
    hints = hints or Hints()
    published, date_raw, date_source = None, None, None
    for raw, source in (
        (meta.date_raw, meta.date_source),
        (hints.date_raw, hints.date_source),
        (getattr(result, "date", None), "trafilatura"),
    ):
        published = normalise_date(raw)
        if published:
            date_raw, date_source = raw, source
            break
    if not published:
        published = _htmldate(html, url)
        date_raw, date_source = published, "htmldate" if published else None
    if not published and url:
        published = date_from_url(url)
        date_raw, date_source = (url, "url") if published else (None, None)
    title = getattr(result, "title", None) or hints.title or hints.anchor
    return Parsed(
        text=text,
        title=title,
        published=published,
        date_raw=date_raw,
        date_source=date_source,
        canonical_url=meta.canonical,
    )


def _htmldate(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate raises on odd markup; a missing date is not fatal
        return None


def fill_from_hints(parsed: Parsed, hints: Hints | None, url: str | None) -> Parsed:
    """Title and date fallbacks for files (PDF, DOCX): feed entry, link text, URL, then file metadata."""
    hints = hints or Hints()
    if (hints.title or hints.anchor) and (not parsed.title or parsed.title_from_text):
        parsed.title = hints.title or hints.anchor
    if not parsed.published:
        for raw, source in ((hints.date_raw, hints.date_source), (hints.anchor, "link-text")):
            iso = normalise_date(raw)
            if iso:
                parsed.published, parsed.date_raw, parsed.date_source = iso, raw, source
                break
    if not parsed.published and url:
        name = url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
        iso = date_from_url(url) or find_date_in_text(name)
        if iso:
            parsed.published, parsed.date_raw, parsed.date_source = iso, url, "url"
    if not parsed.published and parsed.meta_date:
        parsed.published, parsed.date_raw, parsed.date_source = parsed.meta_date
    return parsed


def parse_body(
    body: bytes, kind: str, url: str | None = None, declared: str | None = None, hints: Hints | None = None
) -> Parsed:
    """Dispatch on ``kind`` (``text``, ``html``, ``pdf`` or ``docx``); a PDF's magic bytes win over a
    text or HTML kind (a PDF saved as ``.html`` is a PDF, not ``%PDF-1.3…`` text)."""
    if kind in ("text", "html") and body[:1024].lstrip().startswith(b"%PDF"):
        kind = "pdf"
    if kind == "text":
        parsed = parse_plain(body, declared)
    elif kind == "html":
        parsed = parse_html(body, url, declared, hints)
    elif kind == "pdf":
        from nhs_leaders.crawler.pdf import parse_pdf

        parsed = fill_from_hints(parse_pdf(body), hints, url)
    elif kind == "docx":
        from nhs_leaders.crawler.docx import parse_docx

        parsed = fill_from_hints(parse_docx(body), hints, url)
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
    if ct == DOCX_TYPE or lower.endswith(".docx"):
        return "docx"
    if ct in {"text/html", "application/xhtml+xml"} or lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if ct == "text/plain" or lower.endswith((".txt", ".text", ".md")):
        return "text"
    return None


def sniff_kind(body: bytes, url: str, content_type: str | None) -> str | None:
    """Kind of a fetched body: magic bytes first (servers mislabel PDFs), then Content-Type, then the URL."""
    head = body[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if kind_for(url, content_type) == "docx" or b"word/" in body[:4096] else None
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in {"text/html", "application/xhtml+xml"}:
        return "html"
    if ct == "text/plain":
        return "text"
    kind = kind_for(url, content_type)
    if kind in ("pdf", "docx"):
        return None  # the URL promised a file but the body is not one
    if kind is None and head[:1] == b"<" and b"<html" in body[:4096].lower():
        return "html"
    return kind
