"""Stage (d), dates: the effective date of an event, from the sentence, the meeting or the document.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nhs_leaders.nlp.cues import APPOINT, DEPART, HOLD, Event, _tense
from nhs_leaders.nlp.dates import find_dates, resolve
from nhs_leaders.nlp.vocab import APPOINT_VERBS, CONTINUE_VERBS, DEPART_VERBS, REPORT_VERBS
from spacy.tokens import Span, Token

SUCCESSION_WORDS = re.compile(
    r"(?i)\b(take[sn]? over|took over|taking over|succeeds?|succeeding|replaces?|replacing)\b"
)


# Verbs of a later sentence that state when an appointment starts or a departure happens.
LATER_STARTS = {
    "start",
    "join",
    "take",
    "begin",
    "commence",
    "replace",
    "succeed",
    "arrive",
    "move",
    "become",
}
LATER_ENDS = {
    "leave",
    "retire",
    "step",
    "stand",
    "depart",
    "finish",
    "take",
}  # "her resignation takes effect"
# Words that only frame when a change happens: "she is expected to start in August", "is due to take up the post".
FRAMING_WORDS = {"expect", "due", "set", "schedule", "likely", "plan"}


def _framed(verb: Token) -> Token:
    """The verb a framing word carries in the present or future ("is expected to start" → "start"), else the
    verb itself: "was due to start on 1 March but ..." is a plan that changed."""
    frame = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in FRAMING_WORDS), verb)
    if frame.lemma_.lower() not in FRAMING_WORDS:
        return verb
    if verb.tag_ == "VBD" or any(
        t.lower_ in {"was", "were", "had"} for t in (*verb.children, *frame.children)
    ):
        return verb
    return next((c for c in frame.children if c.dep_ == "xcomp"), verb)


def _dated(verb: Token) -> bool:
    """A date stands in the verb's own clause ("She is likely to start soon, and a decision is expected in
    March": March is not her start)."""
    return bool(find_dates(verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text))


def _stays(verb: Token) -> bool:
    """ "will remain", "is to remain" (the parse hangs "remain" on "is")."""
    return verb.lemma_ in CONTINUE_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_ in CONTINUE_VERBS for c in verb.children
    )


# a time counted from the day of writing: the event is news
RECENT_TIME = re.compile(
    r"\b(this|last) (week|month)\b|\b(yesterday|today)\b|\bearlier this (week|month)\b"
    r"|\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


CAREER_START_VERBS = {"qualify", "train"}  # a career's start, dated in a clause of its own


def _follows_a_change(verb: Token) -> bool:
    """ "(It) follows the departure of X in May", "comes after the resignation of X in May": the present tense
    of a verb that places the news after a change, which has therefore been made."""
    if verb.lemma_ == "follow":
        return verb.tag_ in {"VBZ", "VBP"}
    return verb.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "after" for c in verb.children)


def _career_start(verb: Token) -> bool:
    """ "who began her career as a student nurse in 1988", "started as a porter", "qualified in 1992": a career's
    start, not a post's."""
    career = any(
        c.dep_ == "dobj" and c.lemma_ in {"career", "training"} or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children
    )  # "began her career", "started as a porter"
    return verb.lemma_ in CAREER_START_VERBS or verb.lemma_ in {"begin", "start", "launch"} and career


class EventDatesMixin:
    # ---- when -------------------------------------------------------------------------------------
    def _date(
        self, sent: Span, role: Span, kind: str, predicate: Token | None
    ) -> tuple[str | None, str | None]:
        if kind == HOLD:
            meeting = self._meeting_date() if self.is_minutes else None
            return (meeting.isoformat(), "day") if meeting else (None, None)
        first, last = self._list_item(sent, role.start)
        lo, hi = self.doc[first].idx - sent.start_char, self.doc[last - 1].idx - sent.start_char + 1
        staying = kind == DEPART and predicate is not None and _stays(predicate)
        limits = {"since", "before"} if staying else {"since", "until", "before"}  # "remain until 31 July"
        mentions = [
            m for m in find_dates(self._span_text(sent)) if m.preposition not in limits and lo <= m.start < hi
        ]
        mentions = [m for m in mentions if not self._in_others_clause(sent, predicate, m.start)]
        # not this change's date: a career's start ("X, who began her career in 1988, will retire in March 2025") or a
        # tenure's ("The leader of the CCG since its formation in April 2013, X, said he would step down")
        careers = [
            (t.left_edge.idx - sent.start_char, t.right_edge.idx + len(t.right_edge) - sent.start_char)
            for t in sent
            if _career_start(t)
            and t.dep_ == "relcl"
            and (predicate is None or t.i != predicate.i)
            or t.lower_ == "since"
            and t.dep_ == "prep"
        ]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in careers)]
        # "at the end of the month" is the page's month only for a change still to come ("will step down ..."), not
        # "retired at the end of the month" or "would step down ..., the trust said in March"
        if predicate is not None and _tense(predicate) != "future":
            mentions = [m for m in mentions if m.kind != "month_end"]
        # "resigned with immediate effect on 22 November": the stated day, not the document's
        mentions = [
            m
            for m in mentions
            if not (m.kind == "today" and any(0 <= o.start - m.end <= 6 and o.day for o in mentions))
        ]
        if not mentions:
            if re.search(r"\b(on|from) the same (date|day)\b", self._span_text(sent), re.I):
                return self._previous_date(sent)
            return None, None
        anchor = (
            predicate.idx - sent.start_char if predicate is not None else role.start_char - sent.start_char
        )
        other_verbs = self._other_event_verbs(sent, predicate, kind)

        def distance(m):
            penalty = 0
            if any(abs(v - m.start) < abs(anchor - m.start) for v in other_verbs):
                penalty = 10_000
            bonus = (
                60 if kind == APPOINT and m.preposition in {"with effect from", "effective", "from"} else 0
            )
            return penalty + abs(m.start - anchor) + (0 if m.start >= anchor else 40) - bonus

        best = min(mentions, key=distance)
        if distance(best) >= 10_000:
            return None, None  # the only dates belong to someone else's change
        date_token = self.doc.char_span(
            sent.start_char + best.start, sent.start_char + best.end, alignment_mode="expand"
        )
        date_verb = self._verb_of(date_token.root) if date_token is not None else None
        tense = _tense(date_verb) if date_verb is not None else _tense(predicate)
        if date_verb is not None and _follows_a_change(date_verb):
            tense = "past"  # "It follows the resignation of X in December": a change already made
        if (
            best.preposition in {"from", "with effect from", "effective"}
            and tense == "past"
            and kind == APPOINT
            and (date_verb is None or date_verb.tag_ != "VBD")
        ):
            tense = "future"  # "has been appointed ... from 1 April": an effective date still to come
        return resolve(best, self.published, tense)

    def _in_others_clause(self, sent: Span, predicate: Token | None, offset: int) -> bool:
        """The date at ``offset`` stands in a clause whose subject is a named person other than the
        predicate's ("X is stepping down as medical director, while Y is retiring in November")."""
        if predicate is None:
            return False
        mine = self._named_subjects(predicate)
        for verb in sent:
            if verb.i == predicate.i or verb.pos_ not in {"VERB", "AUX"}:
                continue
            if verb.lemma_.lower() in REPORT_VERBS | {"expect", "tell", "add"}:
                continue  # "and chair Y said she would start in April": Y reports the appointee's date
            theirs = self._named_subjects(verb)
            if not theirs or theirs & mine or verb.is_ancestor(predicate):
                continue
            first, last = verb.left_edge, verb.right_edge
            if first.idx <= sent.start_char + offset < last.idx + len(last):
                return True
        return False

    def _named_subjects(self, verb: Token) -> set[str]:
        return {
            self.person_at[c.i].kb_id_
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i in self.person_at
        }

    def _other_event_verbs(self, sent: Span, predicate: Token | None, kind: str) -> list[int]:
        out = []
        for t in sent:
            if t.pos_ != "VERB" or predicate is None or t.i == predicate.i:
                continue
            lemma = t.lemma_.lower()
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and t.dep_ != "conj":
                continue  # "becoming the latest to leave": no subject of its own, same person
            # ("has been appointed X and will leave us in January": a coordinated verb shares the subject
            # but states its own change and its own date)
            other = (
                "career"  # "who began her career as a student nurse in 1988": not this change
                if _career_start(t)
                else DEPART
                if lemma in DEPART_VERBS
                or lemma in {"step", "stand"}
                and any(c.lower_ in {"down", "aside"} for c in t.children)
                else APPOINT
                if lemma in APPOINT_VERBS
                else None
            )
            if other is not None and other != kind:
                out.append(t.idx - sent.start_char)
        return out

    def _recently_dated(self, sent: Span, verb: Token | None = None, descriptions: bool = True) -> bool:
        """The sentence (or ``verb``'s own clause) dates its event to a day within the year before publication
        (news, not history; a month counts from its first day), or to a time counted from it ("joined the Trust this week", "on Monday")."""
        text = self._span_text(sent) if verb is None else own_clause_text(verb, descriptions)
        if RECENT_TIME.search(text):
            return True
        for m in find_dates(text):
            if m.month and m.day and not m.year:
                return True  # "joined us on 1 July": a day without a year is this document's year
            if m.year and m.month and self.published:
                try:
                    delta = (self.published - date(m.year, m.month, m.day or 1)).days
                except ValueError:
                    continue
                if 0 <= delta <= 366:
                    return True
        return False

    def _meeting_date(self) -> date | None:
        """The date of the meeting minuted: the document's date, else from its opening lines ("meeting held
        on 3 May 2018", "Date: 3 May 2018", a line with a full date)."""
        if self.doc._.nhs_meeting_date:
            return date.fromisoformat(self.doc._.nhs_meeting_date)  # a later meeting minuted inside a pack
        if self.published:
            return self.published  # the document's own date (header, crawl metadata) is the meeting's
        if not hasattr(self, "_meeting"):
            head = self.text[:1500]
            found = None
            for pattern in (
                r"(?i)\b(?:meeting|held)\b[^\n]{0,80}",
                r"(?im)^\s*(?:meeting )?date\s*:[^\n]*",
                r"(?m)^[^\n]{0,40}\b(?:19|20)\d\d\b[^\n]{0,20}$",
            ):
                for m in re.finditer(pattern, head):
                    dated = [d for d in find_dates(m.group(0)) if d.year and d.month and d.day]
                    if dated:
                        try:
                            found = date(dated[0].year, dated[0].month, dated[0].day)
                        except ValueError:
                            continue
                        break
                if found:
                    break
            self._meeting = found
        return self._meeting

    def _previous_date(self, sent: Span) -> tuple[str | None, str | None]:
        """ "on the same date": the last full date stated before this sentence."""
        earlier = [
            m
            for m in find_dates(self.text[max(0, sent.start_char - 2000) : sent.start_char])
            if m.day and m.month
        ]
        if not earlier:
            return None, None
        return resolve(earlier[-1], self.published, "future")

    def _fill_later_dates(self, events: list[Event]) -> None:
        """ "X has been appointed chief executive. She will take up the post on 1 July.": the start date
        often follows in the next sentence or two, with the appointee as subject; or in a later clause of
        the event's own sentence ("has resigned; her resignation takes effect on 30 April")."""
        for ev in events:
            if ev.event not in {APPOINT, DEPART} or ev.date:
                continue
            index = next((i for i, s in enumerate(self.sents) if s.start_char == ev.sentence_start), None)
            if index is not None:
                ev.date, ev.date_precision = self._later_date(ev, index)

    def _later_date(self, ev: Event, index: int) -> tuple[str | None, str | None]:
        """The date a later clause or sentence gives the event of the sentence at ``index``."""
        for offset, sent in enumerate(self.sents[index : index + 3]):
            for subject in (p for p in self._subjects(sent) if p.kb_id_ == ev.person):
                verb = _framed(self._subject_verbs.get(subject.start) or subject.root.head)
                if offset == 0 and not (verb.lemma_ == "take" and ev.event == DEPART):
                    continue  # in its own sentence only "takes effect" adds a date
                if self._dates_the_change(ev, sent, subject, verb) and _dated(verb):
                    found = self._date(sent, subject, ev.event, verb)
                    if found[0]:
                        return found
        return None, None

    def _dates_the_change(self, ev: Event, sent: Span, subject: Span, verb: Token) -> bool:
        """The subject's verb in ``sent`` is the start (or end) the event is about, and no other post is named."""
        own = {t.i for t in subject.root.subtree}  # "Dr X, currently deputy ..., will take up"
        labels = {
            r.label_ for r in self.role_spans if sent.start <= r.start < sent.end and r.start not in own
        }
        if verb.lemma_.lower() not in (LATER_STARTS if ev.event == APPOINT else LATER_ENDS) or (
            labels and ev.role not in labels
        ):
            return False
        return not (
            ev.event == DEPART
            and verb.lemma_ == "take"
            and not any(c.lower_ == "effect" for c in verb.children)
        )

    def _successor_starts(self, events: list[Event]) -> None:
        """ "X will take over from Y when she leaves in March": the successor starts when the post is left."""
        for ev in events:
            if ev.event != APPOINT or ev.date:
                continue
            sent = self.doc.char_span(ev.sentence_start, ev.end, alignment_mode="expand")
            if sent is None or not SUCCESSION_WORDS.search(self._span_text(sent)):
                continue
            left = [
                d
                for d in events
                if d.event == DEPART
                and d.date
                and d.person != ev.person
                and d.role == ev.role
                and (d.org_key or d.organisation) == (ev.org_key or ev.organisation)
                and d.sentence_start == ev.sentence_start
                and not self._before_document(d.date)  # "who retired in May": the successor came later
            ]
            if len(left) == 1:
                ev.date, ev.date_precision = left[0].date, left[0].date_precision

    def _before_document(self, value: str) -> bool:
        """A date (YYYY, YYYY-MM or YYYY-MM-DD) wholly before the document's."""
        return bool(self.published) and value < self.published.isoformat()[: len(value)]

    def _announced_date(self, position: int) -> tuple[str | None, str | None]:
        """The start date of the appointments announced before a list: "will join the Board on 1 April"
        (a join/start date beats the date the appointments were approved)."""
        before = self.text[max(0, position - 1500) : position]
        dated = [d for d in find_dates(before) if d.day and d.month]

        def cue(d) -> str:
            return before[max(0, d.start - 120) : d.start]

        starts = [d for d in dated if re.search(r"(?i)\b(join|take up|start|with effect)", cue(d))]
        chosen = starts or [d for d in dated if re.search(r"(?i)\bappoint", cue(d))]
        return resolve(chosen[0], self.published, "future") if chosen else (None, None)


OTHER_CLAUSES = {"conj", "advcl", "relcl", "ccomp", "parataxis", "cc"}
DESCRIPTIONS = {"appos", "acl"}  # "X, chief executive since May 2022, ...", "a role held until March 2022"


def own_clause_text(verb: Token, descriptions: bool = True) -> str:
    """``verb``'s clause without the clauses joined to it ("became X, and this week was appointed Y": "this
    week" is the second clause's); with ``descriptions=False`` also without any description inside it ("was
    appointed Medical Director in 2016, a role she held until March 2022": the month is the description's)."""
    if descriptions:
        skipped = {t.i for c in verb.children if c.dep_ in OTHER_CLAUSES for t in c.subtree}
    else:
        skipped = {
            t.i
            for d in verb.subtree
            if d.dep_ in OTHER_CLAUSES | DESCRIPTIONS and d != verb
            for t in d.subtree
        }
    return " ".join(t.text for t in verb.subtree if t.i not in skipped)


# "X was appointed Medical Director in October 2019": a past appointment the sentence dates by its year ...
PAST_APPOINTMENT = re.compile(r"\b(was|were) appointed\b")
# ... and no news of one beside it ("who was appointed interim CEO in 2021, has now been appointed substantively")
APPOINTMENT_NEWS = re.compile(
    r"\b(ha(s|ve|d) (now )?(been )?appointed|will|is to|are to|to become|confirmed|announced|today|starts?|"
    r"takes? up|joins?|following|replac\w*|succeed\w*)\b",
    re.I,
)


def undated_tenure_starts(events: list[Event], published: date | None) -> list[Event]:
    """In a text with no date (a profile page, an undated story), "X was appointed Chair of A in December 2020"
    dates the start of a post held, not news of one: the guideline's career history, the post held now."""
    if published is not None:
        return events
    return [
        replace(e, event=HOLD, date=None, date_precision=None)
        if e.event == APPOINT
        and e.date
        and len(e.date) <= 7  # a month or a year, as careers are told: a day dates news ("on 6 January 2025")
        and e.date[:4] in e.evidence
        and PAST_APPOINTMENT.search(e.evidence)
        and not APPOINTMENT_NEWS.search(e.evidence)
        else e
        for e in events
    ]
