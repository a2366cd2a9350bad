"""`nhs_events` component: (person, role, organisation) triples and what happened to them.

For every role title in a sentence we find its holder (adjacent name, apposition, relative clause or
the subject of the governing verb), its organisation(s) (``of/at X``, ``X's``, coordinated lists, the
document's own trust) and the predicate that says what happened: an appointment, a departure, or a
plain statement that the person holds the post. Career history, cancelled appointments and non-NHS
bodies produce nothing. Output: ``doc._.nhs_events``, a list of :class:`Event`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from nhs_leaders.nlp.appointees import AppointeesMixin
from nhs_leaders.nlp.appointment_lists import AppointmentListsMixin
from nhs_leaders.nlp.arguments import ArgumentsMixin
from nhs_leaders.nlp.attribution import AttributionMixin
from nhs_leaders.nlp.author import heading_author, signature_author
from nhs_leaders.nlp.candidates import CandidatesMixin
from nhs_leaders.nlp.classify import ClassifyMixin
from nhs_leaders.nlp.columns import ColumnsMixin
from nhs_leaders.nlp.conjoined_changes import ConjoinedChangesMixin
from nhs_leaders.nlp.counted_posts import CountedPostsMixin
from nhs_leaders.nlp.cues import (
    APPOINT,
    DEPART,
    HOLD,
    MEMBERS_HEADING,
    MINUTES,
    MINUTES_HEADING,
    REFERRED_KINDS,
    Event,
    _merge_label_lines,
    _parse_date,
    _quoted_chars,
)
from nhs_leaders.nlp.event_dates import EventDatesMixin, undated_tenure_starts
from nhs_leaders.nlp.extensions import doc_text  # also registers the Doc extensions
from nhs_leaders.nlp.flat_columns import FlatColumnsMixin
from nhs_leaders.nlp.gazetteer import by_key, listed_key, unlisted_key
from nhs_leaders.nlp.group_posts import GroupPostsMixin
from nhs_leaders.nlp.headed_lists import HeadedListsMixin
from nhs_leaders.nlp.held_posts import HeldPostsMixin
from nhs_leaders.nlp.history import HistoryMixin
from nhs_leaders.nlp.introduced import IntroducedMixin
from nhs_leaders.nlp.lead_verbs import LeadVerbsMixin
from nhs_leaders.nlp.learned import MODES, classifier_mode, load_classifier
from nhs_leaders.nlp.leaving_clauses import LeavingClausesMixin
from nhs_leaders.nlp.ledes import LedesMixin
from nhs_leaders.nlp.list_items import ListItemsMixin
from nhs_leaders.nlp.listed_people import ListedPeopleMixin
from nhs_leaders.nlp.listed_posts import ListedPostsMixin
from nhs_leaders.nlp.moves import MovesMixin
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.other_bodies import OtherBodiesMixin
from nhs_leaders.nlp.own_meetings import OwnMeetingsMixin
from nhs_leaders.nlp.people import PRONOUNS
from nhs_leaders.nlp.possessive_owners import PossessiveOwnersMixin
from nhs_leaders.nlp.posts_filled import PostsFilledMixin
from nhs_leaders.nlp.pronoun_departures import PronounDeparturesMixin
from nhs_leaders.nlp.quoted_posts import QuotedPostsMixin
from nhs_leaders.nlp.quoted_selves import QuotedSelvesMixin
from nhs_leaders.nlp.record_names import record_name, stated_names
from nhs_leaders.nlp.resumed_posts import ResumedPostsMixin
from nhs_leaders.nlp.roleless_departures import RolelessDeparturesMixin
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.sentences import line_opens_with, name_as_written
from nhs_leaders.nlp.sites import RUN_SITE
from nhs_leaders.nlp.stand_ins import StandInsMixin
from nhs_leaders.nlp.stepping_up import SteppingUpMixin
from nhs_leaders.nlp.succession import SuccessionMixin
from nhs_leaders.nlp.successor_nouns import SuccessorNounsMixin
from nhs_leaders.nlp.title_neighbours import TitleNeighboursMixin
from nhs_leaders.nlp.trigger_people import TriggerPeopleMixin
from nhs_leaders.nlp.unnamed import UnnamedMixin
from nhs_leaders.nlp.vacancies import VacanciesMixin
from nhs_leaders.nlp.verb_class import VerbClassMixin
from nhs_leaders.nlp.verb_posts import VerbPostsMixin
from nhs_leaders.nlp.vocab import CANCEL_PHRASES
from nhs_leaders.nlp.word_index import WordIndexMixin
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SPANS_KEYS = {"orgs": "nhs_orgs", "roles": "nhs_roles", "people": "nhs_people", "triggers": "nhs_triggers"}


# "Minutes of the Trust Board", "the Trust" in the minutes' opening lines: minutes of a trust's own board (or of a
# foundation trust's council of governors, which only a trust has)
UNNAMED_TRUST = re.compile(
    r"\b(Trust Board|Board of (the )?Trust|Board of Directors|the Trust|(?i:council of governors))\b"
)
OWN_TRUST = re.compile(r"\b([Tt]he|[Oo]ur) Trust\b")
SCOTTISH_BOARDS = (  # the territorial health boards, named "NHS <area>" ("NHS Lanarkshire")
    "Ayrshire and Arran|Borders|Dumfries and Galloway|Fife|Forth Valley|Grampian|Greater Glasgow and Clyde|"
    "Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|Western Isles"
)
# a Welsh or Scottish board: "the health board" means it
HEALTH_BOARD = re.compile(rf"\bHealth Board$|^NHS ({SCOTTISH_BOARDS})$")
# a text about the NHS, not a leisure, academy or wildlife trust's: its "the Trust" may be an NHS trust
NHS_TEXT = re.compile(
    r"\b(NHS|hospitals?|patients?|clinical|nursing|wards?|Trust Board|Council of Governors)\b"
)


@Language.factory(
    "nhs_events",
    default_config={
        "classifier": None,
        "orgs_key": "nhs_orgs",
        "roles_key": "nhs_roles",
        "people_key": "nhs_people",
        "triggers_key": "nhs_triggers",
    },
)
def make_event_extractor(
    nlp: Language,
    name: str,
    classifier: str | None,
    orgs_key: str,
    roles_key: str,
    people_key: str,
    triggers_key: str,
) -> EventExtractor:
    keys = {"orgs": orgs_key, "roles": roles_key, "people": people_key, "triggers": triggers_key}
    return EventExtractor(classifier, keys)


class EventExtractor:
    """Runs the stages over each document. ``classifier``: rules | learned | hybrid (None: the default,
    or env ``NHS_LEADERS_CLASSIFIER``). ``record_candidates`` keeps every candidate in
    ``doc.user_data["nhs_candidates"]`` (training data for the learned stage)."""

    def __init__(self, classifier: str | None = None, keys: dict[str, str] | None = None) -> None:
        self.keys = {**SPANS_KEYS, **(keys or {})}  # where the upstream components put their spans
        self.mode = classifier or classifier_mode()
        if self.mode not in MODES:
            raise ValueError(f"classifier must be one of {', '.join(MODES)}, not {self.mode!r}")
        self.classifier = load_classifier() if self.mode != "rules" else None
        if self.classifier is None:
            self.mode = "rules"
        self.record_candidates = False

    def __call__(self, doc: Doc) -> Doc:
        extraction = DocumentEvents(doc, self.mode, self.classifier, self.record_candidates, self.keys)
        doc._.nhs_events = extraction.extract()
        if self.record_candidates:
            doc.user_data["nhs_candidates"] = extraction.candidates
        return doc


class DocumentEvents(
    CandidatesMixin,
    TitleNeighboursMixin,
    QuotedPostsMixin,
    ListedPeopleMixin,
    ArgumentsMixin,
    AttributionMixin,
    ListItemsMixin,
    PossessiveOwnersMixin,
    GroupPostsMixin,
    OtherBodiesMixin,
    HeldPostsMixin,
    ClassifyMixin,
    HistoryMixin,
    AppointeesMixin,
    MovesMixin,
    TriggerPeopleMixin,
    VerbClassMixin,
    ListedPostsMixin,
    EventDatesMixin,
    SuccessionMixin,
    PronounDeparturesMixin,
    StandInsMixin,
    AppointmentListsMixin,
    UnnamedMixin,
    IntroducedMixin,
    VacanciesMixin,
    LedesMixin,
    ColumnsMixin,
    CountedPostsMixin,
    VerbPostsMixin,
    LeadVerbsMixin,
    LeavingClausesMixin,
    ResumedPostsMixin,
    RolelessDeparturesMixin,
    PostsFilledMixin,
    FlatColumnsMixin,
    QuotedSelvesMixin,
    HeadedListsMixin,
    SteppingUpMixin,
    SuccessorNounsMixin,
    OwnMeetingsMixin,
    ConjoinedChangesMixin,
    WordIndexMixin,
):
    """Event extraction over one document: holds the document-wide context the rules need."""

    def __init__(
        self,
        doc: Doc,
        mode: str = "rules",
        classifier: Language | None = None,
        record: bool = False,
        keys: dict[str, str] | None = None,
    ) -> None:
        self.doc = doc
        self.keys = {**SPANS_KEYS, **(keys or {})}
        self.mode, self.classifier, self.record = mode, classifier, record
        self.candidates: list[dict] = []
        self.text = doc_text(doc)
        self.published = _parse_date(doc._.nhs_published)
        self.people_spans = sorted(doc.spans.get(self.keys["people"], []), key=lambda s: s.start)
        self.org_spans = sorted(doc.spans.get(self.keys["orgs"], []), key=lambda s: s.start)
        self.role_spans = sorted(doc.spans.get(self.keys["roles"], []), key=lambda s: s.start)
        self.role_ends = {r.end for r in self.role_spans}
        self.role_at = {i: s for s in self.role_spans for i in range(s.start, s.end)}
        self.person_at = {i: s for s in self.people_spans for i in range(s.start, s.end)}
        self.org_at = {i: s for s in self.org_spans for i in range(s.start, s.end)}
        signature = signature_author(doc, self.people_spans, self.role_spans) or heading_author(
            doc, self.people_spans, self.role_spans
        )
        self.author, self.author_role = signature or (None, None)
        self.is_minutes = bool(
            MINUTES.search(self.text[:5000])
            or MEMBERS_HEADING.search(self.text[:5000])
            or MINUTES_HEADING.search(f"{doc._.nhs_title or ''} {self.text[:3000]}")
        )
        self.label_for: dict[str, str] = {}
        # the name a document first uses is the one it means; else the name its acronym stands for ("WHHFT")
        for span in sorted(self.org_spans, key=lambda s: len(s) == 1):
            if span.kb_id_:
                self.label_for.setdefault(span.kb_id_, span.label_)
        self.stated_names = stated_names(self.org_spans)
        self.quoted = _quoted_chars(self.text)
        self.unnamed: list[tuple[int, Span, tuple]] = []
        self.unnamed_changes: list[tuple[Span, Span, tuple, str, Token]] = []
        self.unnamed_departures: list[tuple[Span, Span, Token]] = []
        # posts a history sentence told a person taking (person key → (role, body) → (title, body or None))
        self.told_posts: dict[str, dict[tuple, tuple[Span, tuple | None]]] = {}
        self.sents = _merge_label_lines(doc, self.text)
        self._subjects_cache: dict[int, list[Span]] = {}
        self._list_marks_cache: dict[int, tuple[int | None, list[int]]] = {}
        self._subject_verbs: dict[int, Token] = {}
        self.sent_of = {i: sent for sent in self.sents for i in range(sent.start, sent.end)}
        self.main_org = self._home_then(doc._.nhs_home_org) or self._main_org() or self._unnamed_board()

    # ---- document context -------------------------------------------------------------------------
    def _span_text(self, span: Span) -> str:
        """A span's text cut from the document's text: ``Span.text`` joins its tokens in Python each time."""
        return self.text[span.start_char : span.end_char]

    def _home_then(self, home: str | None) -> str | None:
        """The publisher's organisation, unless it opened after the document was written: an ICB's site keeps
        the papers of the CCG before it, and those are the CCG's (the organisation the text names)."""
        org = by_key().get(home) if home else None
        if org is not None and org.opened and self.published and self.published.isoformat() < org.opened:
            return self._main_org() or home  # its own papers from before it opened, naming no other body
        return home

    def _main_org(self) -> str | None:
        counts: Counter[str] = Counter()
        keyed = [s for s in self.org_spans if s.kb_id_ and s.id_ != RUN_SITE]
        local = any(by_key()[s.kb_id_].kind != "national_body" for s in keyed)
        start = min((s.start_char for s in keyed if not self._link_line(s.start_char)), default=0)
        start = start if PAGE_FURNITURE.search(self.text[:start]) else 0  # the story, after a cookie notice
        for span in keyed:
            at = span.start_char - start
            weight = 1 if at < 0 else 5 if at < 200 else 3 if at < 600 else 1  # before the story: a link
            if local and by_key()[span.kb_id_].kind == "national_body":
                weight *= 0.4  # a national body beside a trust is mostly context; alone it is the subject
            counts[span.kb_id_] += weight
        for key in self.doc._.nhs_title_orgs or []:
            if key:
                counts[key] += 8
        if not counts:
            return None
        key, n = counts.most_common(1)[0]
        return key if n >= 2 else None

    def _link_line(self, at: int) -> bool:
        """The character stands on a page's link to another story ("Most read: ...", "Related: ...")."""
        return line_opens_with(RELATED_LINK, self.text, at)

    def _unnamed_board(self) -> str | None:
        """Minutes of a trust board whose text never names the trust (the name sat in a logo or a running head):
        its members are the trust's, so "the Trust" (the guideline's word for it) stands for it, without an ODS
        code, rather than giving the attendance nothing. So too a staff bulletin that names no body at all and
        speaks of "the Trust" in an NHS text (the issue's family 8, when the publisher is unknown)."""
        if self.is_minutes and UNNAMED_TRUST.search(self.text[:600]):
            return unlisted_key("the Trust")
        if (
            not any(s.kb_id_ for s in self.org_spans)
            and OWN_TRUST.search(self.text)
            and NHS_TEXT.search(self.text)
        ):
            return unlisted_key("the Trust")
        return None

    def _referred_org(self, token: Token) -> str | None:
        """ "the trust" / "the ICB" / "the CCG" / "the SHA" → the last such organisation named before, else
        the main one."""
        word = token.lower_
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if word == "board" and before in {"health", "the"}:
            # "the board's current chief executive" after "NHS Lothian" in the same sentence (not a board that an
            # English trust's page named once before)
            sent = self.sent_of.get(token.i) if before == "the" else None
            return self._health_board_before(token, sent.start if sent is not None else 0)
        kinds = REFERRED_KINDS.get(word)
        if kinds is None:
            return None
        earlier = [
            s
            for s in self.org_spans
            if s.end <= token.i and s.kb_id_ and any(by_key()[s.kb_id_].kind.endswith(k) for k in kinds)
        ]
        sentence = self.sent_of.get(token.i)
        in_sentence = [s for s in earlier if sentence is not None and s.start >= sentence.start]
        titled = {s.kb_id_ for s in in_sentence if self._titled(s)}  # also its acronym: "Chair at A (AB)"
        here = [
            s for s in in_sentence if s.kb_id_ not in titled
        ]  # not "appointed Chief People Officer of A and would leave the Trust": A is the new post's
        if len({s.kb_id_ for s in here}) == 1:
            return here[-1].kb_id_  # "At East Lancashire, X will return to her role at the trust"
        if (
            self.main_org
            and (word == "trust" or not earlier)
            and by_key()[self.main_org].kind.endswith(kinds[0])
        ):
            return self.main_org
        return earlier[-1].kb_id_ if earlier else self._local_main()

    def _health_board_before(self, token: Token, since: int = 0) -> str | None:
        """ "the health board's director": the last Welsh or Scottish health board named before (from token
        ``since`` on), else none."""
        boards = [
            s
            for s in self.org_spans
            if s.kb_id_
            and since <= s.start
            and s.end <= token.i - 1
            and HEALTH_BOARD.search(self._name(s.kb_id_))
        ]  # a body the entity model saw but no name list holds has no key: no board it could be
        return boards[-1].kb_id_ if boards else None

    def _local_main(self) -> str | None:
        """The document's organisation as the one "the trust / the hospital" means: not a national body ("The
        hospital's chief executive" on a page about NHS England is some hospital's, unnamed)."""
        national = self.main_org and by_key()[self.main_org].kind == "national_body"
        return None if national else self.main_org

    def _titled(self, org: Span) -> bool:
        """The organisation qualifies a title: "<title> of/at (the) A"."""
        i = org.start - 1
        if i >= 0 and self.doc[i].lower_ == "the":
            i -= 1
        return i >= 1 and self.doc[i].lower_ in {"of", "at"} and i in self.role_ends

    def extract(self) -> list[Event]:
        cancelled = self._cancelled_people()
        events: list[Event] = []
        readings = [
            self._role_reading(sent, role)
            for sent in self.sents
            for role in self.role_spans
            if sent.start <= role.start < sent.end
        ]
        readings = [r for r in readings if r is not None]
        self._learned_kinds(readings)
        for reading in readings:
            events += self._role_events(reading)
        events += self._signature_holds(events)  # the author's post, for "I" in the passes below
        events += self._chairs_now(events)  # "X, who chairs the trust,": a post for "X leaves in May"
        events += self._to_chair(events)  # "appointed to chair A and B", "will continue to chair C"
        events += self._to_lead(events)  # "appointed to lead A", "will run A", "who runs A"
        events += self._self_announced(events)  # 'X said: "I am delighted to have been appointed as ..."'
        self._fill_later_dates(events)
        self._events_so_far = events
        events += self._departures_without_role(events)
        events += self._vacant_since(events)  # "without a substantive chief executive since X left"
        events += self._appointments_without_role(events)
        events += self._successors(events)
        events += self._listed_appointees(events)
        events += self._roster_appointees(events)
        events += self._listed_posts(events)
        events += self._headed_rows(events)  # "Health Board Chairs" then "• A B, NHS Fife"
        events += self._new_posts_named_next(events)
        events += self._chairing_the_board(events)
        events += self._succession_departures(events)
        events += self._pronoun_departures(events)  # "Her resignation takes effect on ...": the one held post
        events += self._last_days(events)  # "Her final day as our Director of Nursing will be 5 January"
        events = self._titles_stepping_up(events)  # "X, the board's vice chair, will take over"
        events += self._appointments_to_the_role(events)
        events += self._appointed_to_the_post(events)  # "... to step down as chair; appoint X to the role"
        events += self._covering(events)  # "his duties will be covered by Y": after the passes that end posts
        events = self._stand_ins(events)  # "... will leave, with deputy chair Y stepping in"
        events = self._column_attendance(events)  # also drops the reading across the columns' seam
        events += self._row_attendance()
        events = self._flat_attendance(events)  # "Present: A B C" then "Chair Chief Executive ..."
        events += self._own_meetings(events)  # "welcomed X to her first meeting": the listed post
        events += self._interim_steps_back(events)
        events += self._resumed_posts(events)
        events += self._appointment_list(events)
        events += self._named_after_the_change(events)  # last: only where no other pass named the post
        events += self._counted_posts_named_next(events)  # "Four NEDs have quit. They are A, B, C and D."
        events += self._leaver_named_next(events)
        events += self._first_named_leavers(events)  # "The CE of A will leave ... X is to be B's CE"
        events += self._first_named_arrivals(events)  # "The new CE of A has pledged ... Dr X said"
        events = self._conjoined_changes(events)  # "the departure of CE A this month, and MD B in November"
        events = [e for e in events if not (e.event == APPOINT and e.person in cancelled)]
        events = self._government_rows_dropped(events)
        self._successor_starts(events)
        events = undated_tenure_starts(without_tenure_starts(events, self.published), self.published)
        events = _dedupe(events, self.is_minutes)
        marked = self.doc.user_data.get("name_apostrophe")  # names and evidence as the source writes them
        return [
            replace(
                e,
                person=name_as_written(e.person, marked),
                evidence=name_as_written(e.evidence, marked),
                organisation=self.stated_names.get(record_name(e.org_key, e.organisation), e.organisation),
                org_key=listed_key(e.org_key),
            )
            for e in events
        ]

    def _cancelled_people(self) -> set[str]:
        """People in a sentence that cancels an appointment (\"will no longer be taking up the post\")."""
        names: set[str] = set()
        if not any(p in self.text.lower() for p in CANCEL_PHRASES):
            return names
        for sent in self.sents:
            lower = self._span_text(sent).lower()
            if any(p in lower for p in CANCEL_PHRASES):
                names |= {s.kb_id_ for s in self.people_spans if sent.start <= s.start < sent.end}
                pronoun = next((t for t in sent if t.lower_ in PRONOUNS), None)
                if pronoun is not None and not names & {
                    s.kb_id_ for s in self.people_spans if sent.start <= s.start < sent.end
                }:
                    antecedent = self._antecedent(pronoun)
                    if antecedent:
                        names.add(antecedent.kb_id_)
        return names

    def _signature_holds(self, events: list[Event]) -> list[Event]:
        """The signed author holds the post written under their name ("Jo Bloggs\nChief Executive\n[Trust]")."""
        if self.author is None:
            return []
        role = self.author_role
        if "former" in qualifiers(role):
            return []  # "Letter from our former Chair, X": the writer's post is history
        after = role.end
        while after < len(self.doc) and self.doc[after].is_space:
            after += 1
        span = self.org_at.get(after)
        orgs = [(span.kb_id_ or None, org_name(span), 1.0)] if span is not None else self._main(0.9)
        if not orgs or any(
            e.person == self.author.kb_id_
            and e.role == role.label_
            and (e.org_key or e.organisation) == (orgs[0][0] or orgs[0][1])
            for e in events
        ):
            return []
        signature = Span(  # "Jo Bloggs\nChief Executive"; a heading may put the title first
            self.doc, min(self.author.start, role.start), max(self.author.end, role.end)
        )
        interim = bool(qualifiers(role) & {"interim", "acting"})
        info = self.doc._.nhs_people.get(self.author.kb_id_)
        return [
            self._post_event(
                self.author.kb_id_,
                role,
                orgs[0],
                HOLD,
                signature,
                interim,
                (None, None),
                0.9,
                "signature",
                info,
            )
        ]


# a page's link to another story, on a line of its own ("Most read: ...", "Related: ...")
RELATED_LINK = re.compile(r"\s*(most read|related|read more|see also|trending|more news|latest news)\b", re.I)
# a web page's own notices before its story ("Your browser is no longer supported", "enable cookies")
PAGE_FURNITURE = re.compile(r"\b(cookies|your browser|javascript|skip to (main )?content)\b", re.I)


def _months(date: str) -> int:
    year, _, rest = date.partition("-")
    return int(year) * 12 + (int(rest[:2]) if rest else 6)


def without_tenure_starts(events: list[Event], published: object) -> list[Event]:
    """Drop the dated start of a post the same text reports the person leaving, when it lies half a year or
    more before the departure ("Mr X took over as chair in February 2022 ... will step down later this month"):
    it dates the tenure, it is not news. Without a departure date the publication date stands in."""
    ends = {
        (e.person, e.role, e.org_key or e.organisation): e.date or (published and published.isoformat())
        for e in events
        if e.event == DEPART
    }

    def tenure_start(e: Event) -> bool:
        end = ends.get((e.person, e.role, e.org_key or e.organisation), False)
        if e.event != APPOINT or not e.date or end is False:
            return False
        return end is None or _months(end) - _months(e.date) >= 6

    return [e for e in events if not tenure_start(e)]


def _dedupe(events: list[Event], is_minutes: bool) -> list[Event]:
    """One event per (person, role, organisation, type); a change event beats a bare "holds" outside minutes."""
    seen: dict[tuple, Event] = {}
    for ev in events:
        key = (
            ev.person,
            ev.role,
            ev.org_key or ev.organisation,
            ev.event,
            ev.date if ev.event == HOLD else "",
        )
        if key not in seen or (seen[key].date is None and ev.date is not None):
            seen[key] = ev
    changed = {(e.person, e.role, e.org_key or e.organisation) for e in seen.values() if e.event != HOLD}
    changed_roles = [
        (e.person, e.role, e.org_key or e.organisation) for e in seen.values() if e.event != HOLD
    ]
    out = []
    for ev in seen.values():
        key = (ev.person, ev.role, ev.org_key or ev.organisation)
        if (
            ev.event == HOLD
            and not is_minutes
            and (
                key in changed
                or any(
                    p == key[0] and o == key[2] and r.startswith(ev.role + " ") for p, r, o in changed_roles
                )
            )
        ):
            continue
        out.append(ev)
    return out
