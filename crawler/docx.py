"""DOCX → text, cheaply: paragraphs of ``word/document.xml`` read with the hardened XML parser.

No python-docx dependency; tables' cell text comes out paragraph by paragraph, which is enough
for board papers. Decompressed size is capped so a zip bomb cannot exhaust memory.
"""

from __future__ import annotations

import io
import os
import zipfile

from nhs_leaders.crawler.parsed import Parsed, ParseError
from nhs_leaders.crawler.xmlsafe import local, parse_xml

MAX_XML_BYTES = 50 * 1024 * 1024
MAX_CHARS = int(os.environ.get("NHS_MAX_CHARS", 20_000_000))
MAX_PARAGRAPHS = 500_000


def parse_docx(body: bytes) -> Parsed:
    """Parse in a child process with memory and time limits (:mod:`crawler.sandbox`); see :func:`_parse_docx`."""
    from nhs_leaders.crawler.sandbox import run_isolated

    return run_isolated(lambda: _parse_docx(body))


def _parse_docx(body: bytes) -> Parsed:
    """Paragraph text joined with newlines; title and created date from ``docProps/core.xml``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        document = _read(archive, "word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ParseError(f"not a DOCX document: {exc}") from exc
    root = parse_xml(document)
    if root is None:
        raise ParseError("corrupt DOCX: unreadable document.xml")
    paragraphs: list[str] = []
    chars = 0
    for para in root.iter():
        if local(para.tag) != "p":
            continue
        text = "".join(
            (node.text or "") if local(node.tag) == "t" else "\t" if local(node.tag) == "tab" else ""
            for node in para.iter()
        )
        if text.strip():
            paragraphs.append(text.strip())
            chars += len(text)
            if chars > MAX_CHARS or len(paragraphs) > MAX_PARAGRAPHS:
                raise ParseError(f"over budget: more than {MAX_CHARS:,} characters (NHS_MAX_CHARS)")
    if not paragraphs:
        raise ParseError("DOCX has no text")
    title, created = _core_properties(archive)
    full = "\n".join(paragraphs)
    meta_date = (created[:10], created, "docx:created") if created and len(created) >= 10 else None
    return Parsed(
        text=full, title=title or paragraphs[0][:200], title_from_text=not title, meta_date=meta_date
    )


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise ParseError(f"DOCX part {name} too large ({info.file_size:,} bytes)")
    return archive.read(name)


def _core_properties(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    try:
        root = parse_xml(_read(archive, "docProps/core.xml"))
    except KeyError:
        return None, None
    if root is None:
        return None, None
    values = {local(child.tag): (child.text or "").strip() for child in root}
    return values.get("title") or None, values.get("created") or None
