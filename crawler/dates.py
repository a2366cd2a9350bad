"""Small, predictable date parsing for feed dates, meta tags, link text and URLs (UK day-first).

Why not a general date guesser: a board-paper link like "Board papers 12 March 2024" or a feed's
RFC 822 date needs a deterministic reading, and the raw string is kept next to the result.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({name[:3]: num for name, num in list(MONTHS.items())})
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DMY_TEXT_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}\.?,?\s+(\d{{4}})(?!\d)", re.I
)
MDY_TEXT_RE = re.compile(rf"{_MONTH_RE}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
DMY_NUM_RE = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")
URL_YMD_RE = re.compile(r"/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(raw: str | None) -> str | None:
    """ISO ``YYYY-MM-DD`` for an ISO timestamp, an RFC 822 date or a written UK date; else None."""
    if not raw:
        return None
    text = raw.strip()
    match = ISO_RE.search(text[:40])
    if match and text.index(match.group(0)) < 3:
        return _iso(*map(int, match.groups()))
    if re.match(r"^[A-Za-z]{3},?\s+\d", text) or re.match(r"^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    return find_date_in_text(text)


def find_date_in_text(text: str) -> str | None:
    """The first full date written in ``text`` ("12 March 2024", "March 12, 2024", "12/03/2024", ISO)."""
    found: list[tuple[int, str]] = []
    for regex, order in ((ISO_RE, "ymd"), (DMY_TEXT_RE, "dMy"), (MDY_TEXT_RE, "Mdy"), (DMY_NUM_RE, "dmy")):
        match = regex.search(text)
        if not match:
            continue
        a, b, c = match.groups()
        if order == "ymd":
            value = _iso(int(a), int(b), int(c))
        elif order == "dMy":
            value = _iso(int(c), MONTHS[b.lower()[:3]], int(a))
        elif order == "Mdy":
            value = _iso(int(c), MONTHS[a.lower()[:3]], int(b))
        else:
            value = _iso(int(c), int(b), int(a))
        if value:
            found.append((match.start(), value))
    return min(found)[1] if found else None


def date_from_url(url: str) -> str | None:
    """A ``/2024/03/12/`` style date in a URL path."""
    match = URL_YMD_RE.search(url)
    return _iso(*map(int, match.groups())) if match else None


HEADING_CUE = re.compile(r"(?i)\b(meeting|held|minutes|board of directors|date)\b")


def heading_date(text: str, limit: int = 2500) -> tuple[str, str] | None:
    """The meeting date in a paper's opening lines ("Minutes of the Board meeting held on Thursday
    2 November 2023", "Date: 2 November 2023"), even when the date wraps onto the next line.
    Returns (ISO date, the text it was read from)."""
    lines = text[:limit].split("\n")
    for i, line in enumerate(lines):
        if not HEADING_CUE.search(line):
            continue
        window = " ".join(part.strip() for part in lines[i : i + 2])
        found = find_date_in_text(window)
        if found:
            return found, window.strip()[:200]
    return None
