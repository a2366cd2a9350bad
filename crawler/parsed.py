"""What a format parser returns (`Parsed`) or raises (`ParseError`): shared by the HTML, PDF and DOCX parsers
without any of them importing the dispatcher in `crawler.parse`."""

from __future__ import annotations

from dataclasses import dataclass


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
    canonical_url: str | None = None
    title_from_text: bool = False  # title is only the first line of the text (file without a title)
    meta_date: tuple[str, str, str] | None = None  # (iso, raw, source) of a file's own date, a last resort
