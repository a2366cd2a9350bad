"""`nhs_lines` component: sentence starts at paragraph breaks, at short lines and at every line of an
attendance block ("Present:", "In attendance", "Apologies"), as board papers lay them out.

Runs before the parser, which keeps preset boundaries. Hard-wrapped prose (long lines broken
mid-sentence, as PDF extraction gives) is left to the parser. "Chair: Jane Smith" stays one sentence.
"""

from __future__ import annotations

import re

from nhs_leaders.nlp.extensions import doc_text  # also registers the Doc extensions
from nhs_leaders.nlp.vocab import given_name_genders
from spacy.language import Language
from spacy.tokens import Doc, Span

SHORT_LINE = 60
LIST_HEADER = re.compile(
    r"(?im)^[ \t]*(present|in attendance|apologies(?: for absence)?|attendees|members present|also present|"
    r"also in attendance|"
    r"board members|voting members|non-voting members)[ \t]*:?[ \t]*(?:\n|$)"
)


# "Jo Bloggs      -   Chief Executive", "Jo Bloggs        Chair": a name, a gap, a title
TABLE_ROW = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){1,4})"
    r"(?:[ \t]{2,}[A-Z]{2,4}\*?(?=[ \t]{2,}))?"  # a minute book's initials column: "Dr AH Wood    AW*    Chairman"
    r"(?:[ ]*\t[ \t]*|[ ]{2,}(?:[-–][ \t]+)?|[ \t]+[-–][ \t]+)(?P<role>[A-Z][^\n]*?)[ \t]*$"
)
# an attendance list's heading: the names and titles after it, on its line, are table cells read in a row
# "Present:", "In attendance:"; without the colon, written as a heading ("Present Mr A, Chair Ms B, ..." in
# Scottish boards' minutes) only when a name's honorific follows, not after a label ("Action: Present Dr X's
# report ...") nor before someone's possessive
ATTENDANCE_HEAD = re.compile(
    r"\b(present|in attendance|attendees|apologies( for absence)?)\s*:"
    r"|(?<![:;] )(?-i:\b(Present|PRESENT|Also [Pp]resent|In [Aa]ttendance|IN ATTENDANCE))\s+"
    r"(?=(Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Cllr|Councillor|Sir|Dame)\b)(?![^\s]+\s+[A-Z][\w\-]*['’]s\b)",
    re.I,
)
ROW_REACH = 600  # characters: further from the heading than this is the minutes' prose, not the row
ROW_GAP = 2  # a wrapped title may put one line between two rows
NAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "cllr"}


def line_opens_with(pattern: re.Pattern, text: str, at: int) -> bool:
    """The line the character at ``at`` stands on opens with ``pattern`` (a page's link line, a picture caption)."""
    return bool(pattern.match(text, text.rfind("\n", 0, at) + 1))


def opens_line_with_the(title: Span) -> bool:
    """The title follows a "The" that opens its line and a verb follows it ("...(Chief Nurse)\nThe Chairman
    welcomed ..."): a new clause of the minutes, though the parser ran the lines together."""
    doc, i = title.doc, title.start
    if i < 2 or title.end >= len(doc) or doc[title.end].pos_ not in {"VERB", "AUX"}:
        return False
    return doc[i - 1].text == "The" and "\n" in doc[i - 2].text + doc[i - 2].whitespace_


def line_text(text: str, at: int) -> str:
    """The line the character at ``at`` stands on, trimmed, without a closing full stop."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)].strip().rstrip(".")


def table_rows(text: str) -> list[re.Match]:
    """Rows of a two-column table of names and titles, as board minutes list who attended: lines of a name,
    a gap of spaces, a tab or a dash, then a title. Only rows with another within ``ROW_GAP`` lines count,
    so one such line in prose is not a table."""
    rows = list(TABLE_ROW.finditer(text))
    line_of, line, previous = [], 0, 0
    for m in rows:  # line numbers counted on from the row before: once over the text, not once per row
        line += text.count("\n", previous, m.start())
        line_of.append(line)
        previous = m.start()
    return [
        m
        for k, m in enumerate(rows)
        if (k > 0 and line_of[k] - line_of[k - 1] <= ROW_GAP)
        or (k + 1 < len(rows) and line_of[k + 1] - line_of[k] <= ROW_GAP)
    ]


# a names column whose header was lost: two lines running "Jo Bloggs (JB)" open an attendance block
_INITIALLED_NAME = r"(?:[A-Z][a-z]*\.? )?(?:[A-Z][a-zA-Z'’-]+ ){1,3}\([A-Z]{2,4}\)\n"
HEADLESS_NAMES = re.compile(rf"(?m)^{_INITIALLED_NAME}(?={_INITIALLED_NAME})")
ENTRY_END = re.compile(r"^\s*(\d+[./]\d*\s|[A-Z]{1,3}\s?\d+/\d+|\d+\s+[A-Z])")


def _list_line_starts(text: str) -> set[int]:
    """Character offsets of every line start inside attendance blocks: from a "Present" / "In attendance"
    / "Apologies" header to a blank line, an agenda item ("1. Welcome", "23/107") or a line of prose."""
    starts: set[int] = set()
    heads = [h.end() for h in LIST_HEADER.finditer(text)] + [m.start() for m in HEADLESS_NAMES.finditer(text)]
    for head in heads:
        block_end = text.find("\n\n", head)
        block_end = len(text) if block_end == -1 else block_end
        position = head
        while position < block_end:
            nxt = text.find("\n", position, block_end)
            line = text[position : nxt if nxt != -1 else block_end]
            if ENTRY_END.match(line) or len(line) > 100 or line.rstrip().endswith("."):
                break
            starts.add(position)
            if nxt == -1:
                break
            position = nxt + 1
    return starts | {m.start() for m in table_rows(text)}


@Language.component("nhs_lines")
def set_line_boundaries(doc: Doc) -> Doc:
    text = doc_text(doc)
    list_starts = _list_line_starts(text) if "\n" in text else set()
    names = given_name_genders()
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.idx in list_starts and not token.is_space:
            token.is_sent_start = True
            continue
        if "\n" not in prev.text and "\n" not in prev.whitespace_:
            if (
                prev.text in {"•", ":"}
                or prev.text in names
                and _inside_name(token)
                or _after_honorific(token)
            ):
                token.is_sent_start = False  # "Chair: Jane Smith" is one line, one sentence
            continue
        if (
            "\n\n" in prev.text
            or "\n\n" in prev.whitespace_
            or "\n" in prev.text
            and prev.text.count("\n") > 1
        ):
            token.is_sent_start = True
            continue
        line_start = text.rfind("\n", 0, max(prev.idx, 0))
        previous_line = text[line_start + 1 : prev.idx + len(prev.text)].strip()
        if (
            len(previous_line) < SHORT_LINE
            or previous_line.endswith((":", ".", ";"))
            or token.text in {"•", "-", "–"}
        ):
            token.is_sent_start = True
    return doc


def _after_honorific(token) -> bool:
    """A capitalised word after an honorific on its line ("Ms Trent leaves ..."): the parser may start a
    sentence after "Ms" when a picture caption (a name alone on its line) stands just before."""
    return token.is_title and token.nbor(-1).text.rstrip(".").lower() in NAME_HONORIFICS


def _inside_name(token) -> bool:
    """After a known given name, a capitalised word that ends the name ("Karen Baker, Chief Executive ..."):
    the parser sometimes starts a sentence between them after a headline with no full stop, cutting the name
    in two. Not in a flattened table row ("Jo Bloggs Non-Executive Director 1 April 2017"), where a row
    boundary may be the parser's only cue."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    ends_name = after is None or not after.is_title
    return token.is_title and token.is_alpha and ends_name


NAME_PREFIX_APOSTROPHE = re.compile(r"(?<=\b[OD])[’‘](?=[A-Z][a-z])")


def plain_name_apostrophes(text: str) -> str:
    """ "O’Mahony", "D’Souza" with the typographic apostrophe as the plain one, character for character: the
    English model's name recogniser stops at "Elizabeth" before "O’Mahony" but reads "O'Mahony" (the names we
    report get the source's mark back, see :func:`name_apostrophe`)."""
    return NAME_PREFIX_APOSTROPHE.sub("'", text)


def name_apostrophe(text: str) -> dict[str, str]:
    """The names the source writes with a typographic mark ("O’Mahony", "D’Souza"), by their plain spelling: a
    name is reported as its source spells it (gold and readers copy names as written; resolution compares names
    without apostrophes). A page may write one name each way, so each keeps its own."""
    return {
        found.group().replace(found.group(1), "'"): found.group()
        for found in re.finditer(r"\b[OD]([’‘])(?=[A-Z][a-z])[\w-]*", text)  # as plain_name_apostrophes reads
    }


def name_as_written(name: str, marked: dict[str, str] | None) -> str:
    """``name`` with the source's typographic mark back where :func:`plain_name_apostrophes` took it out."""
    if not marked:
        return name
    return re.sub(r"\b[OD]'[A-Z][\w-]*", lambda m: marked.get(m.group(), m.group()), name)


LIST_ITEM = re.compile(r"^\s*([•\-–*]|\(?[0-9ivx]+[.)]|\d+\.\d+|\d+/\d+|[A-Z]\.)\s")


def unwrap_lines(text: str) -> str:
    """Hard-wrapped prose (PDF text) with its line breaks turned into spaces, character for character,
    so offsets do not move: "The Chair welcomed\nJo Bloggs to her first meeting" reads as one sentence.
    A break stays where the line above is short, ends a sentence or a list entry, where the next line is
    a list item, and inside attendance blocks."""
    if "\n" not in text:
        return text
    keep = _list_line_starts(text)
    chars = list(text)
    line_start = 0
    for i, char in enumerate(text):
        if char != "\n":
            continue
        previous = text[line_start:i].rstrip()
        line_start = i + 1
        if i + 1 >= len(text) or text[i + 1] == "\n" or (i > 0 and text[i - 1] == "\n") or (i + 1) in keep:
            continue
        following = text[i + 1 : i + 80]
        if len(previous.strip()) < 40 or previous.endswith((".", ":", ";", "!", "?", '"', "”", ")")):
            continue
        if LIST_ITEM.match(following):
            continue
        first = following.lstrip()[:1]
        if NAMED_ROW.match(following) and _title_case_line(previous):
            continue  # a heading over "Name, Title" / "Name / Title" rows, not prose cut by the page width
        # a title cut by the page width ("... and Deputy Chief" / "Executive Officer") is one line of its column
        cut_title = previous.split()[-1].lower() in TITLE_OPENERS
        if not cut_title and _title_line(previous) and _title_line(text[i + 1 : _line_end(text, i + 1)]):
            continue  # a column of titles ("Director of Workforce and Organisational Development" / "Chair")
        if first.islower() or first.isdigit() or previous[-1:].islower() or previous.endswith(","):
            chars[i] = " "
    return "".join(chars)


# a row that opens with a person's name and a separator: "Carol V..., Chief Executive", "Mr Huw G... / Executive"
NAMED_ROW = re.compile(
    r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}"
    r"[ \t]*(?:,|/|[-–][ \t])"
)
LINK_WORDS = {"of", "and", "the", "for", "to", "in", "on", "at", "a", "an", "with", "by", "from"}


def _line_end(text: str, start: int) -> int:
    """Where the line starting at ``start`` ends (a slice of it only, not the rest of the text)."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end


# words a title opens with: a titles column's line ending in one is a title cut by the page width
TITLE_OPENERS = {
    "deputy",
    "chief",
    "interim",
    "acting",
    "senior",  # not "executive": "X, Chief Executive" is a whole title
    "associate",
    "assistant",
    "joint",
}
# the head words of a board or attendee title
TITLE_WORD = re.compile(
    r"\b(Director|Chair(man|woman)?|Officer|Executive|Secretary|Member|Governor|Partner|Manager|Solicitor)\b"
)


def _title_line(line: str) -> bool:
    """A line that is only a title or two, as a table's titles column gives them ("Director of Workforce and
    Organisational Development", "Non Executive Director and Vice Chair (part)"): capitalised words, a title's
    head word, no heading colon, at most ten words besides any bracket."""
    line = line.strip()
    plain = re.sub(r"\([^)]*\)", " ", line)
    return (
        bool(TITLE_WORD.search(plain))
        and ":" not in line
        and len(plain.split()) <= 10
        and _title_case_line(plain, least=2)  # "Medical Director": a title is two words at least
    )


def _title_case_line(line: str, least: int = 3) -> bool:
    """Nearly every word capitalised, ``least`` such words at least, and no link word at the end ("Directors of
    Royal Berkshire NHS Foundation Trust", "Mr Huw G... / Executive Director of Finance"); a line wrapped
    mid-phrase ends "... in the"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words or words[-1].lower() in LINK_WORDS:
        return False
    content = [w for w in words if w.lower() not in LINK_WORDS]
    return len(content) >= least and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


PIPE_ROW = re.compile(r"(?m)^[^\n|]*\|[^\n]*$")  # with outer bars, or without them as Markdown allows
PIPE_BLOCK = re.compile(r"(?m)(?:^[^\n|]*\|[^\n]*(?:\n|$))+")
RULE_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")  # "|---|---|" or "---|---|"
# a table of people in post: a name and a role column, or an attendance table ("Present: | |", "| Members | |"),
# and nothing saying they have left or are past holders
CURRENT_TABLE = re.compile(
    r"\bname\b.*\b(role|title|position|post|designation)\b|^\W*(present|in attendance|attendees|members)\b",
    re.I,
)
PAST_TABLE = re.compile(
    r"\b(left|leaving|outgoing|incoming|former|past|previous|years?|dates?|term|ended)\b", re.I
)


def table_cells(text: str) -> str:
    """Pipe-table rows ("| Merran M... | Chair of the Trust | Attended |", as web tables come out of page
    text) read as comma-separated rows, character for character so offsets do not move: the outer bars become
    spaces, the inner ones commas, and a rule row ("|---|---|") blank. Only a table of people in post: its
    header names a name and a role column, and neither it nor the line above speaks of past holders or leaving."""
    if "|" not in text:
        return text
    chars = list(text)
    for block in PIPE_BLOCK.finditer(text):
        lines = block.group().split("\n")
        rule_at = next((k for k, line in enumerate(lines) if k and RULE_ROW.match(line)), 1)
        start = block.start() + sum(
            len(line) + 1 for line in lines[: rule_at - 1]
        )  # the header: above the rule
        header, *rest = lines[rule_at - 1 :]
        above = text[:start].rstrip().rsplit("\n", 1)[-1]
        outer = all(line.strip().startswith("|") for line in (header, *rest) if line.strip())
        if not CURRENT_TABLE.search(header) or PAST_TABLE.search(header) or PAST_TABLE.search(above):
            continue
        if not outer and not (rest and RULE_ROW.match(rest[0])):
            continue  # bars without outer ones: a Markdown table only under its rule row
        for row in PIPE_ROW.finditer(text, start, block.end()):
            bars = [row.start() + i for i, c in enumerate(row.group()) if c == "|"]
            rule = not row.group().strip(" \t|-:")
            ends = {bars[0]} if row.group().lstrip().startswith("|") else set()
            ends |= {bars[-1]} if row.group().rstrip().endswith("|") else set()
            for at in bars:
                chars[at] = " " if rule or at in ends else ","
            if rule:
                for at in range(row.start(), row.end()):
                    chars[at] = " "
    return "".join(chars)
