"""Tables. Attendance tables read column by column: board minutes whose PDF text gives every name first and
then every role ("Board / Jane Smith / Raj Patel / Chair / Chief Executive"). A run of name lines followed at
once by a run of as many role lines pairs them in order: each pair is a `holds` at the meeting date. And an
annual report's directors' table row ("Name  Role  date appointed  date left").

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from datetime import date

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event
from nhs_leaders.nlp.dates import find_dates
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.name_initials import NAME_CAPITALS, NAME_LETTERS
from nhs_leaders.nlp.roles import designated, qualifiers
from nhs_leaders.nlp.sentences import ATTENDANCE_HEAD, ROW_REACH, table_rows
from nhs_leaders.nlp.vocab import GUIDELINE_POSTS, HONORIFICS, POST_NOMINALS
from spacy.tokens import Span

NAME_WORD = re.compile(rf"^[{NAME_CAPITALS}][{NAME_LETTERS}'’\-]+$")  # a capital, then name letters
INITIAL = re.compile(r"^[A-Z]\.?$")
ACTING_AFTER = re.compile(r"\s*\((acting|interim)\)", re.I)
IN_THE_CHAIR = re.compile(r"\s*\(?in the chair\)?\s*$", re.I)  # "Chairman (Acting) in the Chair"
INITIALS = re.compile(r"\s*\([A-Z]{2,4}\)\s*$")
ROLE_JOINS = {"and", "&", ",", "/"}
# between two titles one holder holds: "Chief Operating Officer/Deputy Chief Executive"
TITLE_JOINS = {"and", "&", "/"}
BODY_PREFIXES = {"ICB", "CCG", "ICS", "Trust"}  # before a member's title in a board's own list: "ICB Chair"
HEADINGS = {
    *("board", "present", "in attendance", "apologies", "members", "directors", "attendees", "voting"),
    *("apologies for absence", "also present"),
}
MIN_ROWS = 2
COLUMN_HEAD_LINES = 3  # short cells of another column allowed between the names and the titles
# what may follow the titles in a titles column's line: "of the Trust", a bracketed note, or nothing
TITLE_TAIL = re.compile(
    r"(-?(designate|elect)\b\s*)?(of the (Trust|Board|Council|Governing Body|Group)\b)?\s*(\([^)]*\)\s*)*",
    re.I,
)  # "Non-Executive Designate", "Chair Elect (observing)": appointed, not yet in post
# titles that are no board post but fill a row of the titles column (governors, staff, observers)
OTHER_TITLE_WORDS = set(
    "governor governors officer manager matron head consultant secretary representative member lead director "
    "assistant administrator observer adviser advisor nurse gp clinician partner councillor taker "
    "guardian coordinator co-ordinator facilitator auditor interpreter solicitor mentee trainee chaplain "
    "volunteer apprentice student intern".split()
)
TITLE_HEADS = OTHER_TITLE_WORDS - {
    "head",
    "nurse",
    "lead",
    "partner",
    "councillor",
    "gp",
    "consultant",
    "clinician",
}
TITLE_LINKS = {"of", "and", "&", "for", "the", "to", "in", "–", "-", "/"}


# a bracket that says when someone attended, not what they are: "(for item 2014/57)", "(up to and including item
# 56)", "(part meeting)", "(from item 5)", "(Items 3 & 4)"
ATTENDANCE_NOTE = re.compile(
    r"\(\s*((for|from|up to|until)\s+)?(and including\s+)?(part\b|items?\b|minutes?\b)", re.I
)
DASHES = {"-", "–", "—"}
MIN_DASHED_CELLS = 3  # "A – Chair" once is a line, not a row of attendance


def attendance_row_head(text: str, at: int) -> int | None:
    """Where the attendance row that character ``at`` stands in starts (the end of its heading, "Present:" on the
    same line within the row's reach), else None. The heading may stand in an earlier sentence: a PDF's row of
    names and titles is cut into sentences anywhere."""
    line_start = text.rfind("\n", 0, at) + 1
    heads = list(ATTENDANCE_HEAD.finditer(text, max(line_start, at - ROW_REACH), at))
    return heads[-1].end() if heads else None


class ColumnsMixin:
    def _column_attendance(self, events: list[Event]) -> list[Event]:
        """``events`` with a holds for every (name, role) pair of a names-then-roles column block in minutes,
        and without the block's last name read with its first title (the sentence reader sees "Jo Bloggs
        Chief Executive" where the columns meet)."""
        if not self.is_minutes or not self.main_org:
            return events
        lines = self._lines()
        out: list[Event] = []
        i = 0
        while i < len(lines):
            single = self._run(lines, i, self._name_of_line)
            block = self._column_block(lines, i, single)
            if block is None:
                i += max(1, len(single))
                continue
            names, first_title, roles = block
            out += [self._attendance_event(n, r) for n, titles in zip(names, roles) for r in titles]
            seam = lines[first_title][0]  # where the titles column starts
            events = [e for e in events if not (e.start < seam < e.end and e.person == names[-1][0])]
            i = first_title + len(roles)
        return events + out

    def _column_block(
        self, lines: list[tuple[int, int]], i: int, single: list
    ) -> tuple[list, int, list] | None:
        """(names, index of the first title line, titles) of a names-then-titles block from line ``i``: the
        names column joined across its attendance headings, when as many titles follow it and no post only one
        person holds is given twice (an action log's owners, not an attendance list); else the one run of
        names at ``i`` (``single``) met at once by as many titles."""
        names, after = self._names_block(lines, i + len(single), single)
        first_title = self._past_column_heads(lines, after)
        roles = self._run(lines, first_title, self._titles_of_line)
        if first_title > i + len(single) and _pairs(names, roles) and not _single_posts_repeated(roles):
            return names, first_title, roles
        roles = self._run(lines, i + len(single), self._titles_of_line)
        return (single, i + len(single), roles) if _pairs(single, roles) else None

    def _names_block(self, lines: list[tuple[int, int]], k: int, names: list) -> tuple[list, int]:
        """The names column: the run ``names`` (ending before line ``k``) and the runs after it, each opened by an
        attendance heading line of the same column ("In Attendance:"), which takes no row of the titles column,
        nor does a "None" under it ("Apologies: / None"); and the index of the line after it."""
        while names and k + 1 < len(lines) and _heading_line(self.text[slice(*lines[k])]):
            n = k + 1
            while n < len(lines) and self.text[slice(*lines[n])].strip(" .").lower() in {"none", "nil"}:
                n += 1
            more = self._run(lines, n, self._name_of_line)
            if not more:
                k = n if n > k + 1 else k
                break
            names, k = names + more, n + len(more)
        return names, k

    def _past_column_heads(self, lines: list[tuple[int, int]], k: int) -> int:
        """The first line of the titles column at or after line ``k``: past at most three short cells of
        another column's head ("Min", "Ref:", "15.01") that a converter put between the two columns."""
        for skip in range(COLUMN_HEAD_LINES + 1):
            if k + skip >= len(lines) or self._titles_of_line(*lines[k + skip]) is not None:
                return k + skip
            if not _column_head(self.text[slice(*lines[k + skip])]):
                return k
        return k

    def _row_attendance(self) -> list[Event]:
        """Holds for every row of a two-column table of names and titles in minutes ("Jo Bloggs  -  Chair"):
        the small model misses most names in such tables, and a run of rows read as prose pairs each title
        with the next row's name."""
        if not self.is_minutes or not self.main_org:
            return []
        out = []
        for row in table_rows(self.text):
            name = self._name_of_line(*row.span("name"))
            if name is not None:
                out += [self._attendance_event(name, role) for role in self._row_titles(*row.span("role"))]
        return out

    def _row_titles(self, start: int, end: int, tail: re.Pattern | None = None) -> list[Span]:
        """The titles that fill a table cell: one, or several joined by "and" / "," / "&" / "/", with at most a
        bracketed note after them ("(from 9.45am)") or what ``tail`` allows; none when anything else is in
        the cell."""
        titles = []
        position = start
        for role in (r for r in self.role_spans if start <= r.start_char < end):
            if self.text[position : role.start_char].strip() not in ({""} if not titles else ROLE_JOINS):
                break
            titles.append(role)
            position = role.end_char
        rest = IN_THE_CHAIR.sub("", self.text[position:end]).strip()
        if tail is not None:
            return titles if tail.fullmatch(rest) else []
        return titles if not rest or rest.startswith("(") and rest.endswith(")") else []

    def _lines(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of every non-blank line, content only; a line "Name / Title" (a
        table whose cells a converter joined with " / ": the names cell's last line, then the titles cell's
        first) counts as two lines."""
        out = []
        for m in re.finditer(r"[^\n]+", self.text):
            stripped = m.group().strip()
            if stripped:
                start = m.start() + m.group().index(stripped)
                out += self._cells_of_line(start, start + len(stripped))
        return out

    def _cells_of_line(self, start: int, end: int) -> list[tuple[int, int]]:
        """The line, or its two cells when it is a name, " / ", then a title."""
        cut = self.text.find(" / ", start, end)
        if cut < 0 or self._name_of_line(start, cut) is None:
            return [(start, end)]
        title = (cut + 3, end)
        return [(start, cut), title] if self._titles_of_line(*title) is not None else [(start, end)]

    @staticmethod
    def _run(lines: list[tuple[int, int]], start: int, read) -> list:
        out = []
        for line in lines[start:]:
            found = read(*line)
            if found is None:
                break
            out.append(found)
        return out

    def _name_of_line(self, start: int, end: int) -> tuple[str, int, int] | None:
        """(person key, start, end) when the line is only a person's name (honorifics, post-nominals and
        initials in brackets allowed)."""
        text = INITIALS.sub("", self.text[start:end])
        if (
            text.lower() in HEADINGS
            or _ends_in_title_head(text)
            or any(r.start_char < end and start < r.end_char for r in self.role_spans)
        ):
            return None
        words = [w for w in text.replace(",", " ").split() if w.lower().rstrip(".") not in HONORIFICS]
        words = [w for w in words if w not in POST_NOMINALS]
        if not 2 <= len(words) <= 4 or not NAME_WORD.match(words[-1]):
            return None
        if not all(NAME_WORD.match(w) or INITIAL.match(w) for w in words[:-1]):  # "Mrs R Alcock"
            return None
        if any(o.start_char < end and start < o.end_char for o in self.org_spans):
            return None
        known = next((p.kb_id_ for p in self.people_spans if start <= p.start_char < end), None)
        return known or " ".join(words), start, end

    def _titles_of_line(self, start: int, end: int) -> list[Span] | None:
        """A line of the titles column: the board titles it gives ("Chairman of the Trust", "Non Executive
        Director and Deputy Chair", "Interim Director of Estates (part of meeting)"), an empty list for a
        title that is no board post ("Public Governor (Swindon Constituency)", "Governance Officer": the row
        still counts, so the columns stay paired), None for a line that is no title at all."""
        text = self.text[start:end]
        titles = self._row_titles(start, end, TITLE_TAIL)
        if titles:
            return titles
        return [] if _other_title(text) else None

    def _attendance_event(self, name: tuple[str, int, int], role: Span) -> Event:
        person, start, _ = name
        meeting = self._meeting_date()
        org = by_key()[self.main_org]
        info = self.doc._.nhs_people.get(person) if self.doc._.nhs_people else None
        return Event(
            person=person,
            role=role.label_,
            role_text=role.text,
            organisation=self._name(self.main_org),
            org_key=self.main_org,
            ods_code=org.ods_code,
            event=APPOINT if designated(role) else HOLD,
            interim=bool(qualifiers(role) & {"interim", "acting"}) or self._acting_after(role),
            date=meeting.isoformat() if meeting else None,
            date_precision="day" if meeting else None,
            evidence=f"{self.text[start : name[2]]} … {role.text}",
            start=start,
            end=role.end_char,
            sentence_start=start,
            confidence=0.6,
            **self._about(info),
        )

    def _acting_after(self, role: Span) -> bool:
        """ "Chairman (Acting)", "Chief Executive (Interim)": a cell's bracket right after the title."""
        return bool(ACTING_AFTER.match(self.text, role.end_char))

    def _initialled_before(self, role: Span) -> Span | None:
        """The name just before a title with its initials between: "Jo Bloggs (JB), Chief Nurse"."""
        k = role.start - 1 if role.start > 0 and self.doc[role.start - 1].text == "," else role.start
        if k > 0 and self.doc[k - 1].text in BODY_PREFIXES:
            k -= 1  # "Dr Jo Bloggs (JB) ICB Chief Executive Officer": the board's own title, its body first
        if k < 4 or self.doc[k - 1].text != ")" or self.doc[k - 3].text != "(":
            return None
        initials = self.doc[k - 2].text
        person = self.person_at.get(k - 4)
        if not (initials.isupper() and 2 <= len(initials) <= 4) or person is None or person.end != k - 3:
            return None
        return person

    def _name_then_title(self, role: Span, before: tuple | None, after: tuple | None, sent: Span) -> bool:
        """ "Present: Mrs A, Chair Mrs B, Vice Chair Mr C" (or "A – Chair B – Chief Executive C"): a comma (a dash)
        parts a name from its own title and nothing parts the title from the next name (``before`` / ``after``:
        the names beside ``role``, with their gaps). A dash row says so itself; a comma row, unless the run
        opens with a title ("Present: Chair, A Chief Executive, B")."""
        if before is None or after is None or (before[1], after[1]) != (1, 0):
            return False
        mark = self.doc[role.start - 1].text
        if mark in DASHES:
            return self._dashed_row(role)
        return mark == "," and self._names_lead_every_cell(role) and not self._titles_lead(role, sent)

    def _row_cells(self, role: Span) -> tuple[list[Span], list[Span]]:
        """The titles and the names of the row ``role`` stands in (its line after the attendance heading, within
        the row's reach: a PDF's one long line holds the row and then the minutes' prose)."""
        head = attendance_row_head(self.text, role.start_char)
        if head is None:
            head = self.text.rfind("\n", 0, role.start_char) + 1
        end = self.text.find("\n", role.end_char)
        end = min(len(self.text) if end < 0 else end, head + ROW_REACH)
        cache = self.__dict__.setdefault("_row_cells_cache", {})
        if (head, end) not in cache:
            cells = [r for r in self.role_spans if head <= r.start_char < end]
            cache[head, end] = cells, [p for p in self.people_spans if head <= p.start_char < end]
        return cache[head, end]

    def _names_lead_every_cell(self, role: Span) -> bool:
        """Every cell of the row ``role`` stands in is "Name, Title": no title has a comma or a bracket after it,
        and no name a bracket or dash ("Present: Mr A (Chair), Chief Executive Mrs B, ..." opens with a name but
        its other cells are "Title Name"); a bracketed attendance note ("(for item 12)") is no cell's mark."""
        cells, names = self._row_cells(role)
        after = {
            self.doc[s.end].text
            for s in cells + names
            if s.end < len(self.doc) and not ATTENDANCE_NOTE.match(self.text, self.doc[s.end].idx)
        }
        return not after & {"(", ")", "-", "–"} and not any(self._title_before_its_name(r) for r in cells)

    def _dashed_row(self, role: Span) -> bool:
        """Every name of the row is followed by a dash and no title is ("Present: A OBE – Chair of the Board (In
        the Chair) B – Non-Executive Director C – Chief Executive ..."): names lead every cell."""
        if not any(
            self.doc[i].text in DASHES for i in range(role.start - 1, role.end + 3) if i < len(self.doc)
        ):
            return False  # no dash beside the title: no such cell (a quick test, asked of every title)
        if attendance_row_head(self.text, role.start_char) is None:
            return False  # a row under an attendance heading on its line
        cells, names = self._row_cells(role)
        return (
            len(names) >= MIN_DASHED_CELLS
            and all(self._mark_after(p) in DASHES for p in names)
            and not any(self._mark_after(r) in DASHES for r in cells)
        )

    def _mark_after(self, span: Span) -> str:
        """The token after a span, past post-nominals ("A OBE – Chair")."""
        i = span.end
        while i < len(self.doc) and self.doc[i].text in POST_NOMINALS:
            i += 1
        return self.doc[i].text if i < len(self.doc) else ""

    def _title_before_its_name(self, title: Span) -> bool:
        """The title opens a "Title Name" cell: a bracket closes after it ("Mr A (Chair), ..."), or a comma parts it
        from a name or another title ("Chief Executive, Mrs B", "Mr A, Chairman, Chief Executive Mrs B"); not a
        comma inside its own portfolio ("Director of Nursing, Midwifery & Operations Dr C")."""
        doc, i = self.doc, title.end
        if i >= len(doc) or doc[i].text != ",":
            return i < len(doc) and doc[i].text == ")"
        i += 1
        while i < len(doc) and doc[i].text.rstrip(".").lower() in HONORIFICS:
            i += 1
        return i in self.person_at or any(r.start == i for r in self.role_spans)

    def _joint_title_holder(self, role: Span, sent: Span) -> tuple | None:
        """The holder of a title joined to another by "/" (or, in a minutes list with no verb, by "and" / "&"), in
        a run of names and titles: the name before the pair where names lead ("Mrs A Chief Operating
        Officer/Deputy Chief Executive Mr B", "A Director of Finance and Deputy Chief Executive B"), the one after
        it where titles lead ("Chief Operating Officer/Deputy Chief Executive Mrs A Medical Director Mr B")."""
        doc, partner = self.doc, None
        dashed = self._dashed_row(role)  # "A – Non-Executive Director and Deputy Chair B – ...": both A's
        listed = dashed or self.is_minutes and not any(t.pos_ in {"VERB", "AUX"} for t in sent)
        joins = {"/", "and", "&"} if listed else {"/"}
        joined_before = role.start > sent.start + 1 and doc[role.start - 1].lower_ in joins
        joined_after = role.end + 1 < sent.end and doc[role.end].lower_ in joins
        if not (joined_before or joined_after):
            return None
        titles_lead = self._titles_lead(role, sent)
        if joined_before and not titles_lead:
            partner = next((r for r in self.role_spans if r.end == role.start - 1), None)
        elif joined_after and titles_lead:
            partner = next((r for r in self.role_spans if r.start == role.end + 1), None)
        elif joined_after and doc[role.end].text != "/":  # the first of an "and" pair, names leading
            before = self._person_ending_before(role.start, sent)
            if before is not None and (before[1] == 0 or dashed and doc[role.start - 1].text in DASHES):
                return before[0], "adjacent", self._verb_of(before[0].root)
        return None if partner is None else self._holder(sent, partner, linked=True)

    def _comma_joined_title(self, role: Span, sent: Span) -> tuple | None:
        """ "Graham M (GM) Non-Executive Director, Vice Chair Marc N (MN) ...": in a run where names lead, each with
        its initials, a title after a comma is the holder's of the title before it, not the next name's."""
        if role.start < 2 or self.doc[role.start - 1].text != ",":
            return None
        previous = next((r for r in self.role_spans if r.end == role.start - 1), None)
        holder = self._initialled_before(previous) if previous is not None else None
        if holder is None or self._titles_lead(previous, sent):
            return None
        return holder, "adjacent", self._verb_of(holder.root)

    def _titles_lead(self, role: Span, sent: Span) -> bool:
        """In a run of names and titles with nothing between them (an attendance table read out of a PDF),
        whether the run opens with a title ("Chair A Chief Executive B") rather than a name ("A Chair B ..."); a
        row of "Name – Title" cells opens with a name, whatever the model made of its first one."""
        if self._dashed_row(role):
            return False
        floor = sent.start
        while floor > 0 and self.doc[floor - 1].text == ")":
            floor = self.sent_of[floor - 1].start  # "... Graham M (GM) | Non-Executive Director ...": the
            # splitter cut the run after a bracket, which ends no sentence
        colon = max((t.i for t in self.doc[floor : role.start] if t.text == ":"), default=None)
        if colon is not None:  # "Present: Chairman of the Trust (in the Chair) Mr A Chief Executive ..."
            if colon + 1 in self.person_at:
                return False
            if any(r.start == colon + 1 for r in self.role_spans):
                return True
        role_at_end = {r.end: r for r in self.role_spans}
        i, opens_with_title = role.start, True
        while i > floor:
            j = i - 1 if self.doc[i - 1].text == "," else i
            j = j - 1 if j > floor and self.doc[j - 1].text in BODY_PREFIXES else j  # "(AB) ICB Chair"
            if self.doc[j - 1].text == ")":  # "(KW)", "(in the Chair)" between a name and a title
                opening = next(
                    (k for k in range(j - 2, max(floor, j - 8) - 1, -1) if self.doc[k].text == "("), None
                )
                j = opening if opening is not None else j
            if j - 1 in self.person_at and self.person_at[j - 1].end == j:
                i, opens_with_title = self.person_at[j - 1].start, False
                while i > floor and self.doc[i - 1].text.rstrip(".").lower() in HONORIFICS:
                    i -= 1  # "Chief Executive Mrs A": the title stands before the honorific
            elif j in role_at_end:
                i, opens_with_title = role_at_end[j].start, True
            elif self.doc[j - 1].lower_ in TITLE_JOINS and j - 1 in role_at_end:
                i, opens_with_title = role_at_end[j - 1].start, True  # "Chief Operating Officer/Deputy CE"
            else:
                break
        return opens_with_title

    # ---- directors' tables in annual reports ---------------------------------------------------------
    def _table_row(self, sent: Span, role: Span) -> list[tuple[str, str | None, str | None]] | None:
        """A directors' table row "Name  Role  date appointed  date left": a leaving date is a departure;
        an appointment inside the reporting year is an appointment; an older one is career history, so
        the director simply holds the post."""
        if not self._line_like(sent):
            return None
        tail = self.text[role.end_char : sent.end_char]
        dated = [m for m in find_dates(tail) if m.year and m.month and m.day]
        if not dated:
            return None
        period = self._reporting_period()
        started = date(dated[0].year, dated[0].month, dated[0].day)
        out: list[tuple[str, str | None, str | None]] = []
        if len(dated) >= 2:
            left = dated[1]
            out.append((DEPART, date(left.year, left.month, left.day).isoformat(), "day"))
        if period and period[0] <= started <= period[1]:
            out.append((APPOINT, started.isoformat(), "day"))
        return out or [(HOLD, None, None)]

    def _reporting_period(self) -> tuple[date, date] | None:
        """The financial year a report covers: "2019/20", "year ended 31 March 2020", "1 April 2019 to 31 March 2020"."""
        if not hasattr(self, "_period"):
            self._period = None
            text = self.text[:20000]
            m = re.search(r"\b(20\d\d)\s*[/-]\s*(\d\d)\b", text)
            if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
                year = int(m.group(1))
                self._period = (date(year, 4, 1), date(year + 1, 3, 31))
        return self._period


def _pairs(names: list, titles: list) -> bool:
    """Two columns that pair: at least two rows each, as many titles as names."""
    return len(names) >= MIN_ROWS and len(titles) == len(names)


def _single_posts_repeated(titles: list[list[Span]]) -> bool:
    """A post only one person holds (chair, chief executive, finance director ...) stands twice in the column."""
    posts = [t.label_ for row in titles for t in row if t.label_ in GUIDELINE_POSTS]  # one holder each
    return len(posts) != len(set(posts))


def _heading_line(text: str) -> bool:
    """ "In Attendance:", "Apologies:": an attendance heading alone on its line."""
    return text.strip().rstrip(":").strip().lower() in HEADINGS


def _column_head(text: str) -> bool:
    """A short cell of a column's head or number ("Min", "Ref:", "15.01", "Action"), not a name or heading."""
    words = text.split()
    return 0 < len(words) <= 2 and len(text) <= 12 and not _heading_line(text)


def _other_title(text: str) -> bool:
    """A line that is a title but no board post: "Public Governor (Swindon Constituency)", "Matron (part of
    meeting)", "Head of Communications", "Staff Governor"."""
    words = re.sub(r"\([^)]*\)", " ", text).replace(",", " ").split()
    return (
        0 < len(words) <= 10
        and bool({w.lower() for w in words} & OTHER_TITLE_WORDS)
        and all(w[:1].isupper() or w.lower() in TITLE_LINKS for w in words)
    )


def _ends_in_title_head(text: str) -> bool:
    """ "Staff Governor", "Governance Officer": a title line, not a name (titles whose last word is also a
    surname, "Head", "Nurse", "Lead", "Partner", are left to the names)."""
    words = re.sub(r"\([^)]*\)", " ", text).split()
    return _other_title(text) and bool(words) and words[-1].lower() in TITLE_HEADS
