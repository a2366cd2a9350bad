"""Effective dates: find date expressions in a sentence and resolve them against the publication date.

"from 1 April" in a November article is next April; "stepped down in December" in a March release is
last December. Precision is kept: day, month or year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from nhs_leaders.crawler.dates import MONTHS  # (month names → numbers, shared with the collect stage)

_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)"

PATTERNS = [
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("m_rel", re.compile(rf"\b(last|next|this)\s+{_MONTH}\b", re.I)),  # "who left last September"
    (
        "m",
        re.compile(
            rf"\b(?:in|from|since|until|by|of|end of|start of|beginning of|early|late|mid-?)\s+{_MONTH}\b",
            re.I,
        ),
    ),
    ("iso", re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")),
    (
        "y",
        re.compile(
            rf"\b(?:in|from|during|by|until|since)\s+(?:the\s+)?(?:(?:spring|summer|autumn|winter|early|late|mid-|the\s+end\s+of)\s+(?:of\s+)?)?{_YEAR}\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(with immediate effect|(?:with effect )?from today|effective immediately|as of today|"
            r"immediately|(?:(?:started|starts|joined|joins)(?: [\w'’&,-]+){0,8}?|(?:took|taken|takes) up "
            r"(?:the |her |his |their )?(?:post|role|position|job)) today)\b",
            re.I,
        ),
    ),
    ("year_end", re.compile(r"\b(?:the )?end of (?:the|this) year\b", re.I)),  # December, year by the tense
    ("next_month", re.compile(r"\bnext month\b", re.I)),
    ("this_month", re.compile(r"\b(?:the end of |end of )?this month\b", re.I)),
    # "will step down at the end of the month": no month named, the page's own (for a change still to come: the
    # events stage keeps it for no other)
    ("month_end", re.compile(r"\bat the end of the month\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    start: int  # char offsets within the text searched
    end: int
    year: int | None
    month: int | None
    day: int | None
    kind: str
    preposition: str  # the word(s) just before: on, from, in, since, until...
    # "April last year": -1, "this year": 0, "next year": 1 (from the page's year)
    years_on: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text`` (longest first where they overlap), in text order."""
    return list(_dates_in(text))


@lru_cache(maxsize=4096)  # the stages ask again about the same sentence for each candidate in it
def _dates_in(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _mention(kind, m, text)
            if mention and mention.year is None and mention.month:
                mention = _stated_year(mention, text)
            if mention:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def _mention(kind: str, m: re.Match, text: str) -> DateMention | None:
    g = m.groups()
    prep = _preposition(text, m.start())
    if kind == "dmy":
        return DateMention(m.start(), m.end(), int(g[2]), MONTHS[_mkey(g[1])], int(g[0]), kind, prep)
    if kind == "mdy":
        return DateMention(m.start(), m.end(), int(g[2]), MONTHS[_mkey(g[0])], int(g[1]), kind, prep)
    if kind == "dm":
        return DateMention(m.start(), m.end(), None, MONTHS[_mkey(g[1])], int(g[0]), kind, prep)
    if kind == "md":
        return DateMention(m.start(), m.end(), None, MONTHS[_mkey(g[0])], int(g[1]), kind, prep)
    if kind == "my":
        return DateMention(m.start(), m.end(), int(g[1]), MONTHS[_mkey(g[0])], None, kind, prep)
    if kind == "m_rel":  # a month named as a word is capitalised ("this may change" is no date)
        if not g[1][0].isupper():
            return None
        return DateMention(m.start(), m.end(), None, MONTHS[_mkey(g[1])], None, f"m_{g[0].lower()}", prep)
    if kind == "m":
        if g[0].lower() == "may" and not re.search(r"(in|from|since|until|by|end of)\s+May\b", m.group(0)):
            return None
        word = m.group(0).lower()
        return DateMention(m.start(), m.end(), None, MONTHS[_mkey(g[0])], None, kind, word.split()[0])
    if kind == "iso":
        return DateMention(m.start(), m.end(), int(g[0]), int(g[1]), int(g[2]), kind, prep)
    if kind == "y":
        return DateMention(m.start(), m.end(), int(g[0]), None, None, kind, m.group(0).split()[0].lower())
    if kind == "year_end":
        return DateMention(m.start(), m.end(), None, 12, None, kind, prep)
    if kind in {"today", "next_month", "this_month", "month_end"}:
        return DateMention(m.start(), m.end(), None, None, None, kind, prep)
    return None


# "in April last year"; after a comma only where the phrase ends there ("in March, last year."), not "in September,
# next year adding ..."; never "last year's"
RELATIVE_YEAR = re.compile(r"(?:\s+|,\s+(?=\w+ year\s*(?:[.;:)]|$)))(last|this|next) year\b(?!['’])", re.I)
YEARS_ON = {"last": -1, "this": 0, "next": 1}


def _stated_year(mention: DateMention, text: str) -> DateMention:
    """ "in April last year", "from 1 May next year": the year is the page's year moved by the words after."""
    after = RELATIVE_YEAR.match(text, mention.end)
    if after is None:
        return mention
    return replace(mention, end=after.end(), years_on=YEARS_ON[after.group(1).lower()])


def _mkey(word: str) -> str:
    w = word.lower().rstrip(".")
    return w if w in MONTHS else w[:3]


def _preposition(text: str, start: int) -> str:
    before = text[max(0, start - 25) : start].lower()
    for prep in (
        "with effect from",
        "the end of",
        "end of",
        "from",
        "on",
        "in",
        "since",
        "until",
        "by",
        "of",
        "before",
        "after",
        "effective",
    ):
        if re.search(rf"\b{prep}\s*(the\s+)?$", before):
            return prep
    return ""


def resolve(mention: DateMention, published: date | None, tense: str) -> tuple[str | None, str | None]:
    """ISO date string at the mention's precision, and that precision; (None, None) if unresolvable.

    ``tense`` is ``future``, ``reported`` (future from a saying shortly before the page), ``past`` or ``unknown``
    and picks the year when the text omits it.
    """
    if mention.kind == "today":
        return (published.isoformat(), "day") if published else (None, None)
    if mention.kind in {"this_month", "month_end"}:
        return (f"{published.year:04d}-{published.month:02d}", "month") if published else (None, None)
    if mention.kind == "next_month":
        if not published:
            return None, None
        nxt = (published.replace(day=1) + timedelta(days=32)).replace(day=1)
        return f"{nxt.year:04d}-{nxt.month:02d}", "month"
    if mention.kind in RELATIVE_MONTH and published is not None:
        return _relative_month(mention, published), "month"
    year = mention.year
    if year is None and mention.years_on is not None and published is not None:
        year = published.year + mention.years_on
    if year is None:
        if published is None or mention.month is None:
            return None, None
        year = _infer_year(mention.month, mention.day, published, tense)
    if mention.day:
        try:
            return date(year, mention.month, mention.day).isoformat(), "day"
        except ValueError:
            return None, None
    if mention.month:
        return f"{year:04d}-{mention.month:02d}", "month"
    return f"{year:04d}", "year"


RELATIVE_MONTH = {"m_last", "m_next", "m_this"}


def _relative_month(mention: DateMention, published: date) -> str:
    """ "last September": the latest September before the page's month; "next March": the first after it; "this
    May": the page's year's."""
    month, year = mention.month or 1, published.year
    if mention.kind == "m_last" and month >= published.month:
        year -= 1
    elif mention.kind == "m_next" and month <= published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


REPORTED_GRACE_DAYS = 31  # how long before the page a reported "would" may still date a change


def _infer_year(month: int, day: int | None, published: date, tense: str) -> int:
    same = (month, day or 15)
    now = (published.month, published.day)
    if tense == "reported":  # "said X would leave from 20 August" on 22 August: said before the page was
        last = _infer_year(month, day, published, "past")  # a month alone counts from its end
        written = date(last, month, day or 28)
        tense = "future" if not 0 < (published - written).days <= REPORTED_GRACE_DAYS else "past"
    if tense == "future":
        return (
            published.year
            if same >= now or (month == published.month and day is None)
            else published.year + 1
        )
    if tense == "past":
        return (
            published.year
            if same <= now or (month == published.month and day is None)
            else published.year - 1
        )
    # Unknown tense: the occurrence nearest the publication date.
    candidates = [published.year - 1, published.year, published.year + 1]
    return min(candidates, key=lambda y: abs((date(y, month, min(day or 15, 28)) - published).days))


MINUTES_HEADING = re.compile(r"(?im)^[^\n]{0,40}\bminutes\b[^\n]{0,120}$")


def minutes_heading_date(text: str, limit: int = 1500) -> date | None:
    """The date in a minutes heading near the top of ``text`` ("Minutes of the Quality Committee held on
    Tuesday 21 November⏎2023"), the date allowed to wrap onto the next line."""
    head = text[:limit]
    for m in MINUTES_HEADING.finditer(head):
        if re.search(r"(?i)previous|last meeting|action log|matters arising", m.group(0)):
            continue
        window = head[m.start() : m.end() + 60]
        for mention in find_dates(window):
            if mention.year and mention.month and mention.day:
                try:
                    return date(mention.year, mention.month, mention.day)
                except ValueError:
                    continue
    return None


def period_start(value: str | None) -> date | None:
    """First day of an ISO date, month or year."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def period_end(value: str | None) -> date | None:
    """Last day of an ISO date, month or year."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(*parts[:3])
    except (ValueError, IndexError):
        return None


# the span a post was held, right after its title or its body: "chief executive from May 2003 to December 2006",
# "chair of A between 2009 and 2014" (not "chair X said deficits fell between 2016 and 2018")
CLOSED_RANGE = re.compile(
    r"^(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|&))*)?\s*,?\s*"
    rf"(?:from|between)\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\s+(?:to|and|until|till)\s+"
    rf"(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def closed_range_after(text: str, published: date | None) -> bool:
    """A title followed by the span it was held, ended in a year before the page's ("X, chief executive from May
    2003 to December 2006"): a closed tenure, career history, not a post held now. A span ending in the page's
    own year may be the news itself ("X, chief executive from 2012 to May 2019, retired last month")."""
    found = CLOSED_RANGE.match(text)
    return found is not None and (published is None or int(found.group("year")) < published.year)
