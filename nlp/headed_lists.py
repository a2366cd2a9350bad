"""Stage (a), candidates in headed lists: a heading line that is a plural title ("Health Board Chairs",
"Chief Executives"), then bulleted rows that each name one person and their organisation ("• A B, NHS Fife
(Interim)"). Each row holds the heading's post at its organisation; a row's own title ("(Vice-Chair)", "Interim
Chief Executive", "Director of Finance": a deputy attending) is its post, but not a post in the meeting's group.
Under a heading of government officials or ministers, a row's post is the government's: a row that names no
NHS body gives nothing (its title would otherwise go to an organisation named elsewhere on the page).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from itertools import takewhile

from nhs_leaders.nlp.cues import APPOINT, HOLD, Event
from nhs_leaders.nlp.gazetteer import UNLISTED
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span

ROW_MARKS = {"•", "·", "▪", "◦", "-", "–", "*"}
GOVERNMENT_HEADING = re.compile(r"\b(government|ministers?|officials|civil servants)\b", re.I)
STAND_IN = re.compile(r"\((?:interim|acting)\b|\b(?:interim|acting) chair", re.I)


class HeadedListsMixin:
    _sections: list[tuple[Span, list[Span]]] | None = None

    def _headed_rows(self, events: list[Event]) -> list[Event]:
        """A held post for each row of a list headed by a plural title (see the module's docstring)."""
        out: list[Event] = []
        for heading, rows in self._headed_sections():
            title = self._plural_heading_title(heading)
            for row in rows if title is not None else []:
                entry = self._headed_row(row)
                if entry is None:
                    continue
                person, orgs, own = entry
                role = own or title
                info = self.doc._.nhs_people.get(person.kb_id_)
                when = self._date(row, role, HOLD, None)
                out += [
                    self._post_event(
                        person.kb_id_,
                        role,
                        (org.kb_id_ or None, org_name(org), 0.9),
                        APPOINT if qualifiers(title) & {"new"} else HOLD,  # "New Chief Executives"
                        row,
                        bool(
                            STAND_IN.search(self._span_text(row)) or qualifiers(role) & {"interim", "acting"}
                        ),
                        when,
                        0.8,
                        None,
                        info,
                    )
                    for org in orgs
                    if not any(e.person == person.kb_id_ and e.role == role.label_ for e in events + out)
                ]
        return out

    def _government_rows_dropped(self, events: list[Event]) -> list[Event]:
        """Events read from a row under a government officials' heading that names no NHS body of its own."""
        dropped: set[int] = set()
        for heading, rows in self._headed_sections():
            if GOVERNMENT_HEADING.search(self._span_text(heading)):
                dropped |= {row.start_char for row in rows if not self._orgs_in(row)}
        return [e for e in events if e.sentence_start not in dropped]

    def _headed_sections(self) -> list[tuple[Span, list[Span]]]:
        """Each short heading line followed by bulleted rows, with its rows (read once per document)."""
        if self._sections is None:
            self._sections = []
            for n, sent in enumerate(self.sents[:-1]):
                if _bulleted(sent) or not _bulleted(self.sents[n + 1]) or not _heading_line(sent):
                    continue
                rows = list(takewhile(_bulleted, self.sents[n + 1 :]))
                self._sections.append((sent, rows))
        return self._sections

    def _plural_heading_title(self, heading: Span) -> Span | None:
        """The heading's one title, when it is plural and the heading names no person or body."""
        roles = [r for r in self.role_spans if heading.start <= r.start < heading.end]
        if (
            len(roles) != 1
            or any(o.kb_id_ and not o.kb_id_.startswith(UNLISTED) for o in self._orgs_in(heading))
            or any(heading.start <= p.start < heading.end for p in self.people_spans)
        ):
            return None  # a body the register holds names whose post it is; "NHS Board Chief Executives" none
        last = roles[0][-1].lower_
        return roles[0] if last.endswith("s") and not roles[0].label_.endswith("s") else None

    def _headed_row(self, row: Span) -> tuple[Span, list[Span], Span | None] | None:
        """The row's one person, the bodies named after them, and the row's own title, when it states at most
        one."""
        people = [p for p in self.people_spans if row.start <= p.start < row.end]
        orgs = [o for o in self._orgs_in(row) if people and o.start >= people[0].end]
        roles = [r for r in self.role_spans if row.start <= r.start < row.end and not _of_a_group(r)]
        if len(people) != 1 or not orgs or len(roles) > 1:
            return None
        later = [o for o in orgs if roles and o.start >= roles[0].end]
        # "NHS Tayside, Chief Officer, Dundee Health and Social Care Partnership": the title is the later body's
        rest = re.sub(r"\([^)]*\)", " ", row.doc[roles[0].end : row.end].text) if roles else ""
        if not later and re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+", rest):
            return (
                None  # ... even when the register does not know that body (not "Deputising", "Items 3 and 4")
            )
        return people[0], later or orgs, roles[0] if roles else None

    def _orgs_in(self, span: Span) -> list[Span]:
        return [o for o in self.org_spans if span.start <= o.start < span.end]


def _of_a_group(title: Span) -> bool:
    """ "(Vice Chair of CEs Group)", "(Chair, BCE Group)": the row's person's post in the meeting's group, not at
    their body."""
    after = title.doc[title.end : title.end + 6].text.lower().split(")")[0]
    first = after.split(",")[1] if after.startswith(",") else after  # its own cell: not the next title's
    return after.startswith(("of", ",")) and bool(re.search(r"\b(group|committee|forum|network)\b", first))


def _bulleted(sent: Span) -> bool:
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in ROW_MARKS


def _heading_line(sent: Span) -> bool:
    """A line of at most six words, the first capitalised ("Health board chairs", "Chief Executives:"), with
    no full stop."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    text = sent.text.strip()
    return 0 < len(words) <= 6 and "\n" not in text and not text.endswith(".") and words[0].text[:1].isupper()
