"""Document-level passes for posts given by lists and by "chair" as a verb: "The new non-executive directors
are:" with one name per entry, "The following appointments have been made:" with list lines, and "Vice-chair
X will chair the Board on an interim basis".

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, BULLETS, HOLD, LIST_INTRO, Event
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.vocab import role_variants
from spacy.tokens import Span, Token

# "The three new appointments are A, B and C", "The successful candidates are:" + bullet lines: a roster of the
# people appointed to the plural post named just before ("five non-executive directors have been appointed").
ROSTER = re.compile(
    r"(?i)\b(?:appointments|appointees|(?:successful|chosen|selected) candidates)\s+(?:are|were|will be)\b"
)
APPOINTED_WORDS = re.compile(r"(?i)\b(appoint\w*|new|welcom\w*|join\w*|selected|chosen|named)\b")
ROSTER_LINK_WORDS = {"from", "and", "of", "the"}  # lower-case words a roster's names may come with
LEFT_WORDS = re.compile(r"(?i)\b(left|leav\w+|step\w* down|stood down|retir\w+|resign\w*|depart\w*)\b")
APPOINTMENT_LIST_INTRO = re.compile(
    r"(?im)^[^\n]{0,200}\b(appoint(ed|ments?)|acting[- ]up|interim arrangements)\b[^\n]{0,120}:[ \t]*$"
)


class AppointmentListsMixin:
    def _chairing_the_board(self, events: list[Event]) -> list[Event]:
        """ "Vice-chair Mary Chan will chair the Board on an interim basis": "chair" as a verb, with the
        board (or trust) as its object and a future or interim frame, appoints its subject chair."""
        out: list[Event] = []
        if not self.main_org:
            return out
        for sent in self.sents:
            for person in self._subjects(sent):
                verb = self._subject_verbs.get(person.start) or person.root.head
                if verb.lemma_.lower() != "chair" or verb.pos_ != "VERB" or self._negated(verb):
                    continue
                if not any(c.dep_ == "dobj" and _the_board(c) for c in verb.children):
                    continue
                interim = bool(
                    re.search(r"(?i)\b(interim|acting|temporar\w*|until)\b", self._span_text(sent))
                )
                if not (interim or any(c.lower_ in {"will", "shall"} for c in verb.children)):
                    continue
                if any(
                    e.person == person.kb_id_ and e.event == APPOINT and e.role == "chair" for e in events
                ):
                    continue
                info = self.doc._.nhs_people.get(person.kb_id_)
                date_value, precision = self._date(sent, person, APPOINT, verb)
                out.append(
                    Event(
                        person=person.kb_id_,
                        role="chair",
                        role_text=verb.text,
                        **self._main_org_fields(),
                        event=APPOINT,
                        interim=interim,
                        date=date_value,
                        date_precision=precision,
                        confidence=0.7,
                        **self._at(sent),
                        **self._about(info),
                    )
                )
        return out

    def _main_org_fields(self) -> dict:
        """The event fields naming the document's own organisation."""
        return {
            "organisation": self._name(self.main_org),
            "org_key": self.main_org,
            "ods_code": by_key()[self.main_org].ods_code,
        }

    def _listed_appointees(self, events: list[Event]) -> list[Event]:
        """ "The new non-executive directors are:" followed by one name per entry (each with its own
        paragraph of biography): each named person is appointed to that post at the document's
        organisation, on the date the announcement gives."""
        out: list[Event] = []
        if not self.main_org:
            return out
        for m in LIST_INTRO.finditer(self.text):
            role = role_variants().get(m.group(1).lower().strip())
            if not role:
                continue
            announced = [e for e in events if e.event == APPOINT and e.role == role and e.date]
            date_value, precision = (
                (announced[0].date, announced[0].date_precision)
                if announced
                else (self._announced_date(m.start()))
            )
            for name_span in self._entry_names(m.end()):
                if any(e.person == name_span.kb_id_ and e.event == APPOINT for e in events + out):
                    continue
                post = (role, m.group(1), date_value, precision)
                out.append(self._listed_appointment(name_span, post, m, 0.75))
        return out

    def _listed_appointment(self, person: Span, post: tuple, intro: re.Match, confidence: float) -> Event:
        """A listed person's appointment to ``post`` (role, role as written, date, precision) at the document's
        organisation, with the list's introduction and the name as evidence."""
        role, written, date_value, precision = post
        return Event(
            person=person.kb_id_,
            role=role,
            role_text=written,
            **self._main_org_fields(),
            event=APPOINT,
            interim=False,
            date=date_value,
            date_precision=precision,
            evidence=f"{intro.group(0).strip()} {person.text}",
            start=intro.start(),
            end=person.end_char,
            sentence_start=intro.start(),
            confidence=confidence,
            **self._about(self.doc._.nhs_people.get(person.kb_id_)),
        )

    def _appointment_list(self, events: list[Event]) -> list[Event]:
        """ "The following appointments have been made:" / "appointed to on an acting up basis:" followed by
        list lines "- Name, Role": each line's post, held by the rules' reading, is an appointment."""
        out: list[Event] = []
        for m in APPOINTMENT_LIST_INTRO.finditer(self.text):
            start = m.end() + 1
            for raw in self.text[m.end() + 1 :].split("\n"):
                line_start, start = start, start + len(raw) + 1
                end, content = start - 1, raw.strip()
                if not content:
                    break  # the list ends at a blank line
                held = [e for e in events if e.event == HOLD and line_start <= e.start < end + 1]
                if not held and not content.startswith(("-", "•", "*", "–")):
                    break  # the list ends at the first line that is neither an entry nor a bullet
                interim = bool(re.search(r"(?i)\b(acting|interim)\b", m.group() + content))
                out += [
                    Event(**{**e.to_dict(), "event": APPOINT, "interim": e.interim or interim}) for e in held
                ]
        return out

    def _roster_appointees(self, events: list[Event]) -> list[Event]:
        """ "Five non-executive directors have been appointed ... The successful candidates are:" with one
        bullet line per name, "The three new appointments are A from X; B and C": each person on the roster is
        appointed to the plural post the text names just before, at the document's organisation."""
        out: list[Event] = []
        if not self.main_org:
            return out
        for m in ROSTER.finditer(self.text):
            role = self._rostered_role(m.start())
            names = self._roster_names(m.end())
            if role is None or not names or self._roster_told_later(m.end(), names):
                continue
            date_value, precision = self._announced_date(m.start())
            for name_span in names:
                if any(e.person == name_span.kb_id_ and e.event == APPOINT for e in events + out):
                    continue
                post = (role.label_, role.text, date_value, precision)
                out.append(self._listed_appointment(name_span, post, m, 0.7))
        return out

    def _rostered_role(self, position: int) -> Span | None:
        """The plural post ("non-executive directors") named in the 400 characters before a roster."""
        plural = [
            r
            for r in self.role_spans
            if position - 400 <= r.start_char < position and r[-1].tag_ in {"NNS", "NNPS"}
        ]
        if not plural:
            return None
        sent = self.sent_of.get(plural[-1].start)
        told = self._span_text(sent) if sent is not None else ""
        appointed = APPOINTED_WORDS.search(told) and not LEFT_WORDS.search(told)
        return plural[-1] if appointed else None  # "Two non-executive directors have left ...": no roster

    def _roster_told_later(self, position: int, names: list[Span]) -> bool:
        """The roster is not a plain list of appointees: the names do not start it ("The appointments are
        subject to approval by ... X"), each has its own post ("X at A and Y at B"), or its sentence tells of
        an earlier year ("who took up their posts in 2019")."""
        before = re.findall(r"\b[a-z]+\b", self.text[position : names[0].start_char])
        start = set(before) - ROSTER_LINK_WORDS  # an unrecognised first name "X from P;" may come first
        own_posts = any(re.match(r"\s+(at|as)\b", self.text[n.end_char : n.end_char + 5]) for n in names)
        sent = self.sent_of.get(names[-1].start)
        return bool(start) or own_posts or (sent is not None and self._years_ago(sent, 1))

    def _roster_names(self, position: int) -> list[Span]:
        """The people a roster names: the rest of its sentence, or, after a colon, the first name on each
        bullet line that follows."""
        end = next((s.end_char for s in self.sents if s.start_char <= position < s.end_char), position)
        if self.text[position:end].strip(" :\t\n"):
            return [p for p in self.people_spans if position <= p.start_char < end]
        names, offset = [], self.text.find("\n", position) + 1
        for line in self.text[offset:].split("\n") if offset else ():
            if not line.strip() and not names:
                offset += len(line) + 1
                continue  # a blank line between the colon and the list
            if not line.strip().startswith(tuple(BULLETS)):
                break
            first = next((p for p in self.people_spans if offset <= p.start_char < offset + len(line)), None)
            names += [first] if first is not None else []
            offset += len(line) + 1
        return names

    def _entry_names(self, position: int) -> list[Span]:
        """People named alone on the first line of each entry (blank-line separated) after a list
        introduction; the list ends at the first entry that does not start with a name."""
        names: list[Span] = []
        offset = position
        for block in re.split(r"(\n\s*\n)", self.text[position : position + 8000]):
            block_start, offset = offset, offset + len(block)
            first = block.strip().split("\n", 1)[0].strip() if block.strip() else ""
            if not first:
                continue
            line_start = block_start + block.index(first)
            span = next((p for p in self.people_spans if line_start <= p.start_char <= line_start + 12), None)
            if span is None or len(first) > len(span.text) + 14:
                break
            if not any(n.kb_id_ == span.kb_id_ for n in names):
                names.append(span)
        return names


def _the_board(noun: Token) -> bool:
    """The board, the trust, or its meetings ("will chair board meetings until ..."; not one meeting)."""
    if noun.lower_ in {"board", "trust"}:
        return True
    return noun.lower_ == "meetings" and any(
        c.dep_ == "compound" and c.lower_ in {"board", "body"} for c in noun.children
    )
