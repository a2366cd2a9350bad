"""Attendance lists flattened out of PDF tables: "Present: A B C D In attendance: E F", then every title in the
same order, straight after the names or in the next paragraph ("Chairman Non-executive Director Chief Executive
..."). The names pair with the titles in order when the titles split into exactly as many cells as there are
names: each cell a board title (several joined by "and" / "&" / "/", with a bracketed note after them) or a
title that is no board post ("Public Governor, Bury", "Corporate Governance Administrator", "Chair of the X
Committee"). A names run that is not two words a name (after any honorific), or titles that split into no such
cells, give nothing, and a cell the least-cost splits disagree on is not read: a shifted pairing would give
every person someone else's post.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.columns import NAME_WORD, OTHER_TITLE_WORDS, TITLE_LINKS, TITLE_TAIL
from nhs_leaders.nlp.cues import HOLD, Event
from nhs_leaders.nlp.name_initials import own_initials
from nhs_leaders.nlp.vocab import HONORIFICS, POST_NOMINALS, given_name_genders

PRESENT = re.compile(r"\b(members )?present\s*:", re.I)
SUB_HEADER = re.compile(r"(in attendance|attendees|also present|apologies( for absence)?)\s*:", re.I)
# where the minutes' prose begins after a titles run with no heading between: "... Director of Assurance The Chairman"
PROSE_OPENING = re.compile(r"\b(The|There|This|It|He|She|We)\s")
CAPS_HEADER = re.compile(r"\b[A-Z]{2,}(\s+[A-Z]{2,})*\s*:")  # "TRUST BOARD REPRESENTATIVES:": the next block
INITIAL = re.compile(r"^[A-Z]\.?$")
OPENING = re.compile(rf"{PRESENT.pattern}|\b{SUB_HEADER.pattern}", re.I)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
MIN_NAMES = 3
# first words of titles that are no board post: "Assistant Director Quality and Clinical Governance"
OPENERS = {"assistant", "associate", "deputy", "head", "lay", "staff", "public", "appointed"}
# words that start titles: a cell ending in one was most likely cut a word too late
STARTERS = OPENERS | {"corporate", "chief", "executive", "non-executive", "director", "medical", "clinical"}
MAX_CELL_WORDS = 16
CHAIR_WORDS = {"chair", "chairman", "chairwoman"}
NAME_WORDS = 2  # after any honorific: a name run longer than this shifts the pairing, so nothing is read
# a cell that is a board title followed by the body it is held at: "Chair of the North Kirklees Health Alliance"
# a visitor's organisation attending for one item: "Yorkshire & Humber Specialised Commissioning Group (Agenda
# item CKWCB/11/07)", "British Deaf Association (item 2014/006)": a cell that gives no post
ITEM_NOTE = re.compile(r"\((agenda\s+)?(item|items|minute)\b[^)]*\)$", re.I)
# a director's title whose portfolio no list names ("Director of High Secure Services", "Director of Corporate and
# Legal Affairs", "Director of Development and the Estate"): in a titles run it is one cell, kept as written
UNLISTED_DIRECTOR = re.compile(
    r"(?:(?:Executive|Deputy|Associate|Assistant|Interim|Acting)\s+)?Director\s+(?:of|for)\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|(?:and|&)(?:\s+the)?))*(?<!\band)(?<!&)(?<!\bthe)(?:\s*\([^)]*\))?"
)
# a council's director at an NHS meeting ("Director of Adult Social Services", "Director of Public Health, Sheffield
# City Council"): a cell, but no NHS post
COUNCIL_POST = re.compile(
    r"\b(Council|Social (Services|Care)|Housing|Children['’]?s Services|Adults?['’]? Services|Education|Regeneration)\b"
)
BODY_TAIL = re.compile(r"(of|for)\s+(the\s+)?([A-Z][\w'’&-]*\s*)+(\([^)]*\)\s*)*")


class FlatColumnsMixin:
    def _flat_attendance(self, events: list[Event]) -> list[Event]:
        """``events`` with a holds for every (name, title) pair of a flattened attendance list in minutes, and
        without the run's last name read with the first title (the sentence reader sees "Ms Kit L Chair" where
        the names meet the titles)."""
        if not self.is_minutes or not self.main_org:
            return events
        out: list[Event] = []
        consumed = 0
        for head in OPENING.finditer(self.text):
            if head.start() < consumed:
                continue  # "In attendance:" inside the run "Present:" opened
            names, stop = self._names_run(head.end())
            if len(names) < MIN_NAMES:
                continue
            consumed = stop
            titles = self._titles_span(names[-1][2], self._initials_column(names, stop))
            cells = self._title_cells(*titles, len(names))
            if any(cells):
                last = names[-1][0]
                events = [
                    e
                    for e in events
                    if not (e.event == HOLD and e.person == last and e.start < titles[0] < e.end)
                ]
            held = {(e.person, e.role) for e in events + out if e.event == HOLD}
            for name, cell in zip(names, cells):
                for role in self._cell_titles(*cell) if cell else []:
                    if (name[0], role.label_) not in held:
                        out.append(self._attendance_event(name, role))
        return events + out

    def _names_run(self, position: int) -> tuple[list[tuple[str, int, int]], int]:
        """The names after "Present:" (across "In attendance:" headings), each (person, start, end), and where
        the run stops: at the first word that is no name, or at the paragraph's end. A name cut short (one
        word, or an honorific alone) gives no run at all."""
        names: list[tuple[str, int, int]] = []
        current: list[re.Match] = []
        skip_until = previous_end = position
        for word in re.finditer(r"\S+", self.text[position:]):
            start, text = position + word.start(), word.group()
            if start < skip_until:
                continue  # inside an attendance sub-heading just passed
            if PARAGRAPH_BREAK.search(self.text, previous_end, start):
                break
            previous_end = position + word.end()
            sub = SUB_HEADER.match(self.text, start)
            if sub is not None:
                if current:
                    return [], start  # a name cut short before "In attendance:"
                skip_until = sub.end()
                continue
            low = text.lower().rstrip(".")
            if low in HONORIFICS:
                if _own_words(current):
                    return [], start
                current.append(word)
                continue
            if not current and text in POST_NOMINALS and names:
                continue  # "Professor X Y CBE": the name's letters, not the next name
            if not current and names and own_initials(text, names[0][0]):
                break  # the table's initials column: "... Ms Eileen Walsh FC JM ..."
            initial = current and not _own_words(current) and INITIAL.match(text)  # "Mr D Evans"
            if not (NAME_WORD.match(text) or initial) or low in OTHER_TITLE_WORDS or self._title_at(start):
                return ([], start) if current else (names, start)
            current.append(word)
            if len(_own_words(current)) == NAME_WORDS and self._given_name_second(
                text, position + word.end()
            ):
                return [], start  # "Dr Patel Tom Brody", "Mary Jo Bright": a name of one or three words
            if len(_own_words(current)) == NAME_WORDS:
                names.append(self._run_name(position, current, _own_words(current)))
                current = []
        else:
            start = len(self.text)
        return ([], start) if current else (names, start)

    def _initials_column(self, names: list[tuple[str, int, int]], stop: int) -> int:
        """Where the titles start when a table's initials column comes between the names and the titles
        ("... Ms Eileen Walsh FC JM ... EW Chairman Chief Executive ..."): after the initials cells, each its
        name's own initials ("MM1" for a second M M), in the names' order (those in attendance may have none).
        Else ``stop`` itself."""
        end = stop
        for cell, name in zip(re.finditer(r"\S+", self.text[stop:]), names):
            if not own_initials(cell.group(), name[0]):
                break  # not "CEO" under "Colin Ward": a title's acronym is no one's initials
            end = stop + cell.end()
        return end

    def _given_name_second(self, text: str, end: int) -> bool:
        """A name's second word that is a given name, with no given name after it ("Mary Jo Bright", not "David
        Scott Jonathan Whelan"): the name is one or three words long, and every pairing after it would shift."""
        after = re.match(r"\s*(\S+)", self.text[end:])
        following = after.group(1) if after else ""
        surname_next = bool(NAME_WORD.match(following)) and following.lower().rstrip(".") not in HONORIFICS
        return text in given_name_genders() and surname_next and following not in given_name_genders()

    def _run_name(self, position: int, words: list[re.Match], own: list[re.Match]) -> tuple[str, int, int]:
        start, end = position + words[0].start(), position + words[-1].end()
        written = " ".join(m.group() for m in own)
        known = next(
            (p.kb_id_ for p in self.people_spans if p.start_char >= start and p.end_char <= end), None
        )  # the name the document knows this person by, when it is this one ("Jo Bloggs" for "Dr Jo Bloggs")
        return (known if known and known.split() == written.split() else written), start, end

    def _title_at(self, start: int) -> bool:
        return any(r.start_char <= start < r.end_char for r in self.role_spans)

    def _titles_span(self, names_end: int, stop: int) -> tuple[int, int]:
        """The titles after a names run: the rest of its line, or the whole next paragraph when the run
        ended with its paragraph; up to the next attendance heading."""
        if PARAGRAPH_BREAK.search(self.text, names_end, stop) or not self.text[stop:].strip():
            after = PARAGRAPH_BREAK.search(self.text, stop)
        else:
            after = re.compile(r"\n").search(self.text, stop)
        end = after.start() if after else len(self.text)
        header = (
            SUB_HEADER.search(self.text, stop, end)
            or CAPS_HEADER.search(self.text, stop, end)
            or PROSE_OPENING.search(self.text, stop, end)
        )
        return stop, header.start() if header else end

    def _title_cells(self, start: int, end: int, wanted: int) -> list[tuple[int, int] | None]:
        """The titles text split into ``wanted`` cells at least cost: for each cell index, its (start, end)
        when every least-cost split agrees on it, else None (that row is not read). Empty when no split
        gives ``wanted`` cells."""
        words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", self.text[start:end])]
        n = len(words)
        ends = [j for j in range(1, n + 1) if j == n or self._cut_before(words, j)]
        cells = {
            (i, j): cost
            for i in [0, *ends[:-1]]
            for j in ends
            if i < j <= i + MAX_CELL_WORDS
            for cost in [self._cell_cost(words[i][0], words[j - 1][1])]
            if cost is not None
        }
        ahead = _least_costs(cells, n, wanted, forward=True)  # first i words in c cells
        behind = _least_costs(cells, n, wanted, forward=False)  # words from i on in c cells
        best = ahead.get((n, wanted))
        if best is None:
            return []
        out: list[tuple[int, int] | None] = []
        for c in range(wanted):
            fits = [
                (i, j)
                for (i, j), cost in cells.items()
                if abs(ahead.get((i, c), INF) + cost + behind.get((j, wanted - c - 1), INF) - best) < 1e-9
            ]
            out.append((words[fits[0][0]][0], words[fits[0][1] - 1][1]) if len(fits) == 1 else None)
        return out

    def _cell_titles(self, start: int, end: int) -> list:
        """The titles a cell holds: listed ones, else a director's title kept as written."""
        titles = self._row_titles(start, end, TITLE_TAIL)
        if titles or not UNLISTED_DIRECTOR.fullmatch(self.text[start:end]):
            return titles
        if COUNCIL_POST.search(self.text[start:end]):
            return []
        written = re.sub(r"\s*\([^)]*\)$", "", self.text[start:end])
        span = self.doc.char_span(start, start + len(written), label=" ".join(written.lower().split()))
        return [span] if span is not None else []

    def _cut_before(self, words: list[tuple[int, int]], i: int) -> bool:
        """A cell may start at word ``i``: a capital, after no linking word, comma or open bracket."""
        previous = self.text[words[i - 1][0] : words[i - 1][1]]
        text = self.text[words[i][0] : words[i][1]]
        opened = self.text[words[0][0] : words[i][0]].count("(") > self.text[words[0][0] : words[i][0]].count(
            ")"
        )
        return (
            text[:1].isupper()
            and not any(r.start_char < words[i][0] < r.end_char for r in self.role_spans)
            and previous.lower() not in TITLE_LINKS
            and not previous.endswith((",", "/", "&"))
            and not opened
        )

    def _cell_cost(self, start: int, end: int) -> float | None:
        """0 for board titles, 1 for a title that is no board post ("Public Governor, Bury", "Corporate
        Governance Administrator", "Chair of the Clinical Executive Committee", "Audit Committee Chair"), a
        title held at a named body ("Chair of the North Kirklees Health Alliance") or a body alone (an
        observer's), None for anything else."""
        inside = [r for r in self.role_spans if start <= r.start_char and r.end_char <= end]
        if not inside and any(o.start_char == start and o.end_char == end for o in self.org_spans):
            return 1.0  # "NHS South of England": an observer's body where a title would be, no post
        if inside and self._row_titles(start, end, TITLE_TAIL):
            return 0.0
        if any(r.start_char < end and start < r.end_char and r not in inside for r in self.role_spans):
            return None  # a title cut in two
        if (
            inside
            and inside[0].start_char == start
            and BODY_TAIL.fullmatch(self.text[inside[0].end_char : end].strip())
        ):
            return 1.0
        if not self._row_titles(start, end, TITLE_TAIL) and UNLISTED_DIRECTOR.fullmatch(self.text[start:end]):
            return 1.0 if COUNCIL_POST.search(self.text[start:end]) else 0.5
        words = re.sub(r"\([^)]*\)?", " ", self.text[start:end]).replace(",", " ").split()
        if not 2 <= len(words) <= 14 or not all(w[:1].isupper() or w.lower() in TITLE_LINKS for w in words):
            return None
        if ITEM_NOTE.search(self.text[start:end]) and not inside:
            return 1.0
        last, first = words[-1].lower().rstrip(")"), words[0].lower()
        at_start = all(r.start_char == start for r in inside)  # "Chair of ...", "Assistant Director of ..."
        committee = last == "committee" and inside and at_start  # a committee's name alone is no one's title
        # "Audit Committee Chair": a committee's chair named after it, no board post (the post follows the name)
        committee = (
            committee or not inside and len(words) > 2 and words[-2] == "Committee" and last in CHAIR_WORDS
        )
        opened = (first in OPENERS or words[1:2] == ["Governor"]) and at_start
        headed = last in OTHER_TITLE_WORDS | {"representative"} and not inside
        if not (committee or opened or headed):
            return None
        return 1.25 if last in STARTERS else 1.0  # "... Clinical Governance Corporate": a cut one word late


def _own_words(words: list[re.Match]) -> list[re.Match]:
    """The words of a name that are not honorifics."""
    return [m for m in words if m.group().lower().rstrip(".") not in HONORIFICS]


INF = float("inf")


def _least_costs(cells: dict[tuple[int, int], float], n: int, wanted: int, forward: bool) -> dict:
    """Least cost of covering the first i words (``forward``) or the words from i on with c cells."""
    best: dict[tuple[int, int], float] = {(0, 0) if forward else (n, 0): 0.0}
    order = sorted(cells, key=lambda ij: ij[0] if forward else -ij[1])
    for i, j in order:
        here, there = (i, j) if forward else (j, i)
        for c in range(wanted):
            before = best.get((here, c))
            if before is not None and before + cells[(i, j)] < best.get((there, c + 1), INF):
                best[(there, c + 1)] = before + cells[(i, j)]
    return best
