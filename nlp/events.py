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
from dataclasses import asdict, dataclass, field
from datetime import date

from nhs_leaders.nlp.dates import find_dates, resolve
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.orgs import NON_NHS_WORDS, org_name
from nhs_leaders.nlp.people import PRONOUNS
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import APPOINT_VERBS, CANCEL_PHRASES, DEPART_VERBS, REPORT_VERBS, role_variants
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

APPOINT, DEPART, HOLD, HISTORY = "appointed", "departed", "holds", "history"
ORG_PREPS = {"of", "at", "for", "with", "in", "to"}
MINUTES = re.compile(r"(?im)^\s*(minutes of|present\s*:|in attendance\s*:|apologies\s*:?\s*$)")
HISTORY_WORDS = re.compile(
    r"\b(previously|formerly|former|ex-|prior to|before (joining|that|moving|becoming)|"
    r"earlier in (her|his|their) career|began (her|his|their) career|has also (worked|held)|"
    r"spent \w+ years|served as)\b",
    re.I,
)
CHANGE_NOUNS = {
    "death": DEPART,
    "retirement": DEPART,
    "resignation": DEPART,
    "departure": DEPART,
    "dismissal": DEPART,
    "exit": DEPART,
    "suspension": DEPART,
    "appointment": APPOINT,
}
REGIONAL_BODIES = {
    "NHS England",
    "NHS Improvement",
    "NHS Trust Development Authority",
    "Monitor",
    "Health Education England",
    "Public Health England",
}
INTERNAL_BODIES = re.compile(
    r"\b(council of governors|board of directors|trust board|governors|committee)\b", re.I
)
NOT_NHS = object()  # marker: the organisation meant is not an NHS body
LIST_INTRO = re.compile(r"(?im)^[^\n]{0,40}\bnew ([a-z][a-z\- ]+?)s? (?:are|will be)\s*:\s*$")
VERBISH = {"leaves", "retires", "resigns", "quits", "joins", "moves", "steps", "stands", "departs", "starts"}
CURRENT_WORDS = re.compile(r"\b(currently|now|at present|presently)\b", re.I)
FIRST_MEETING = re.compile(r"\b(first (board )?meeting|new(ly)?[- ]appointed|joined the board)\b", re.I)
LAST_MEETING = re.compile(
    r"\b(last|final) (board |public )?meeting\b|\bterm of office\b.*\b(ends?|ended|expires?)\b", re.I
)
NON_NHS_CONTEXT = re.compile(
    r"\b(council|university|college|charity|company|ltd|plc|minister|government|firm|"
    r"hospice|trustees|"
    r"software|founder|business|school|bank|football|club|"
    r"housing association|police|county|borough|city of|local authority|department for)\b",
    re.I,
)


@dataclass
class Event:
    person: str
    role: str
    role_text: str
    organisation: str
    org_key: str | None
    ods_code: str | None
    event: str
    interim: bool
    date: str | None
    date_precision: str | None
    evidence: str
    start: int
    end: int
    sentence_start: int
    confidence: float
    note: str | None = None
    honorific: str | None = None
    post_nominals: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@Language.factory("nhs_events")
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()


class EventExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.nhs_events = DocumentEvents(doc).extract()
        return doc


class DocumentEvents:
    """Event extraction over one document: holds the document-wide context the rules need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token: compute it once
        self.published = _parse_date(doc._.published)
        self.people_spans = sorted(doc.spans.get("nhs_people", []), key=lambda s: s.start)
        self.org_spans = sorted(doc.spans.get("nhs_orgs", []), key=lambda s: s.start)
        self.role_spans = sorted(doc.spans.get("nhs_roles", []), key=lambda s: s.start)
        self.person_at = {i: s for s in self.people_spans for i in range(s.start, s.end)}
        self.org_at = {i: s for s in self.org_spans for i in range(s.start, s.end)}
        self.is_minutes = bool(MINUTES.search(self.text[:5000]))
        self.label_for: dict[str, str] = {}
        for span in self.org_spans:  # the name a document first uses is the one it means
            if span.kb_id_ and len(span) > 1:
                self.label_for.setdefault(span.kb_id_, span.label_)
        self.quoted = _quoted_chars(self.text)
        self.unnamed: list[tuple[int, Span, tuple]] = []
        self.sents = _merge_label_lines(doc, self.text)
        self._subjects_cache: dict[int, list[Span]] = {}
        self._subject_verbs: dict[int, Token] = {}
        self.sent_of = {i: sent for sent in self.sents for i in range(sent.start, sent.end)}
        self.main_org = doc._.home_org or self._main_org()

    # ---- document context -------------------------------------------------------------------------
    def _main_org(self) -> str | None:
        counts: Counter[str] = Counter()
        for span in self.org_spans:
            if span.kb_id_:
                weight = 5 if span.start_char < 200 else 3 if span.start_char < 600 else 1
                if by_key()[span.kb_id_].kind == "national_body":
                    weight *= 0.4
                counts[span.kb_id_] += weight
        for key in self.doc._.title_orgs or []:
            if key:
                counts[key] += 8
        if not counts:
            return None
        key, n = counts.most_common(1)[0]
        return key if n >= 2 else None

    def _referred_org(self, token: Token) -> str | None:
        """ "the trust" / "the ICB" / "the CCG" → the last such organisation named before, else the main one."""
        word = token.lower_
        kinds = {"trust": ("trust",), "icb": ("icb",), "ccg": ("ccg",), "organisation": ("",)}.get(word)
        if kinds is None:
            return None
        earlier = [
            s
            for s in self.org_spans
            if s.end <= token.i and s.kb_id_ and any(by_key()[s.kb_id_].kind.endswith(k) for k in kinds)
        ]
        sentence = self.sent_of.get(token.i)
        here = [s for s in earlier if sentence is not None and s.start >= sentence.start]
        if len({s.kb_id_ for s in here}) == 1:
            return here[-1].kb_id_  # "At East Lancashire, X will return to her role at the trust"
        if (
            self.main_org
            and (word == "trust" or not earlier)
            and by_key()[self.main_org].kind.endswith(kinds[0])
        ):
            return self.main_org
        return earlier[-1].kb_id_ if earlier else self.main_org

    def extract(self) -> list[Event]:
        cancelled = self._cancelled_people()
        events: list[Event] = []
        for sent in self.sents:
            for role in [r for r in self.role_spans if sent.start <= r.start < sent.end]:
                events += self._role_events(sent, role)
        self._fill_later_dates(events)
        self._events_so_far = events
        events += self._departures_without_role(events)
        events += self._appointments_without_role(events)
        events += self._successors(events)
        events += self._listed_appointees(events)
        events += self._chairing_the_board(events)
        events += self._succession_departures(events)
        events += self._appointments_to_the_role(events)
        events = [e for e in events if not (e.event == APPOINT and e.person in cancelled)]
        return _dedupe(events, self.is_minutes)

    def _title_post(self, sent: Span, person: Span, kind: str = DEPART) -> dict[tuple, Event]:
        """Headlines name the post ("Trust dismisses medical director"): when the body never states the
        person's post and the title names exactly one, that post, at the title's (or main) organisation,
        unless the body already gives that change to someone else."""
        roles = set(self.doc._.title_roles or [])
        if len(roles) != 1 or any(sent.start <= r.start < sent.end for r in self.role_spans):
            return {}
        (role,) = roles
        if any(e.role == role and e.event == kind and e.person != person.kb_id_ for e in self._events_so_far):
            return {}
        named = {s.kb_id_ for s in self.org_spans}
        keys = [k for k in (self.doc._.title_orgs or []) if k and k in named] or (
            [self.main_org] if self.main_org else []
        )
        if len(set(keys)) != 1:
            return {}
        org = by_key()[keys[0]]
        info = self.doc._.people.get(person.kb_id_)
        template = Event(
            person=person.kb_id_,
            role=role,
            role_text=role,
            organisation=self._name(org.key),
            org_key=org.key,
            ods_code=org.ods_code,
            event=kind,
            interim=False,
            date=None,
            date_precision=None,
            evidence="",
            start=0,
            end=0,
            sentence_start=0,
            confidence=0.6,
            **self._about(info),
        )
        return {(role, org.key): template}

    def _subjects(self, sent: Span) -> list[Span]:
        """People who are grammatical subjects in the sentence; "he"/"she" stand for their antecedent.
        (Computed once per sentence: several passes ask.)"""
        cached = self._subjects_cache.get(sent.start)
        if cached is None:
            cached = self._subjects_cache[sent.start] = self._find_subjects(sent)
        return cached

    def _find_subjects(self, sent: Span) -> list[Span]:
        out = []
        for token in sent:
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.idx in self.quoted:
                continue
            if token.i in self.person_at and self.person_at[token.i].root.i == token.i:
                out.append(self.person_at[token.i])
            elif token.lower_ in {"term", "tenure", "appointment", "secondment"}:
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                if owner is not None and owner.i in self.person_at:
                    out.append(self.person_at[owner.i])
                    self._subject_verbs[self.person_at[owner.i].start] = token.head
                elif owner is not None and owner.lower_ in {"his", "her"}:
                    antecedent = self._antecedent(owner)
                    if antecedent is not None:
                        span = Span(self.doc, owner.i, owner.i + 1, label="PERSON", kb_id=antecedent.kb_id_)
                        self._subject_verbs[owner.i] = token.head
                        out.append(span)
            elif any(c.dep_ == "appos" and c.i in self.person_at for c in token.children):
                appos = next(c for c in token.children if c.dep_ == "appos" and c.i in self.person_at)
                self._subject_verbs[self.person_at[appos.i].start] = token.head
                out.append(self.person_at[appos.i])
            elif token.lower_ in {"he", "she"}:
                antecedent = self._antecedent(token)
                if antecedent is not None:
                    span = Span(self.doc, token.i, token.i + 1, label="PERSON", kb_id=antecedent.kb_id_)
                    self._subject_verbs[token.i] = token.head
                    out.append(span)
        return out

    def _unnamed_post(self, sent: Span, person: Span) -> dict[tuple, Event]:
        """The post left by an unnamed holder in the sentence just before, as a template event."""
        recent = [u for u in self.unnamed if 0 <= sent.start - u[0] <= 2]
        if len(recent) != 1:
            return {}
        _, role, (org_key, org_text, org_conf) = recent[0]
        org = by_key().get(org_key) if org_key else None
        info = self.doc._.people.get(person.kb_id_)
        template = Event(
            person=person.kb_id_,
            role=role.label_,
            role_text=role.text,
            organisation=org_text,
            org_key=org_key,
            ods_code=org.ods_code if org else None,
            event=DEPART,
            interim=bool(qualifiers(role) & {"interim", "acting"}),
            date=None,
            date_precision=None,
            evidence="",
            start=0,
            end=0,
            sentence_start=0,
            confidence=round(0.7 * org_conf, 2),
            **self._about(info),
        )
        return {(role.label_, org_key or org_text): template}

    def _fill_later_dates(self, events: list[Event]) -> None:
        """ "X has been appointed chief executive. She will take up the post on 1 July.": the start date
        often follows in the next sentence or two, with the appointee as subject."""
        starts = {
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
        for ev in events:
            if ev.event != APPOINT or ev.date:
                continue
            index = next((i for i, s in enumerate(self.sents) if s.start_char == ev.sentence_start), None)
            if index is None:
                continue
            for sent in self.sents[index + 1 : index + 3]:
                subjects = [p for p in self._subjects(sent) if p.kb_id_ == ev.person]
                if not subjects:
                    continue
                verb = self._subject_verbs.get(subjects[0].start) or subjects[0].root.head
                own = {t.i for t in subjects[0].root.subtree}  # "Dr X, currently deputy ..., will take up"
                labels = {
                    r.label_
                    for r in self.role_spans
                    if sent.start <= r.start < sent.end and r.start not in own
                }
                if verb.lemma_.lower() not in starts or labels and ev.role not in labels:
                    continue
                ev.date, ev.date_precision = self._date(sent, subjects[0], APPOINT, verb)
                if ev.date:
                    break

    def _appointments_without_role(self, events: list[Event]) -> list[Event]:
        """ "Dr X will take charge of the trust on 1 June" under the headline "Trust names new chief exec":
        the post comes from the title when the body never names it for this person."""
        appointed = {e.person for e in events if e.event == APPOINT}
        out = []
        for sent in self.sents:
            for person in self._subjects(sent):
                if person.kb_id_ in appointed:
                    continue
                verb = self._subject_verbs.get(person.start) or person.root.head
                if verb.pos_ not in {"VERB", "AUX"} or self._verb_class(verb, person, person) != APPOINT:
                    continue
                if self._negated(verb) or HISTORY_WORDS.search(sent.text) or verb.tag_ == "VBD":
                    continue
                if any(c.lower_ in {"was", "were", "had"} for c in verb.children) or any(
                    m.year and self.published and m.year < self.published.year for m in find_dates(sent.text)
                ):
                    continue  # "She was appointed CBE in 2012": past, and not this news
                if NON_NHS_CONTEXT.search(sent.text) or re.search(
                    r"\b(private|independent)\b", sent.text, re.I
                ):
                    continue
                posts = self._title_post(sent, person, APPOINT)
                if len(posts) != 1:
                    continue
                (post,) = posts.values()
                reached = [o for o in self.org_spans if o.kb_id_ and o.start in {t.i for t in verb.subtree}]
                if reached:
                    org = by_key()[reached[0].kb_id_]
                    post = Event(
                        **{
                            **post.to_dict(),
                            "org_key": org.key,
                            "ods_code": org.ods_code,
                            "organisation": org_name(reached[0]),
                        }
                    )
                date_value, precision = self._date(sent, person, APPOINT, verb)
                out.append(
                    Event(
                        **{
                            **post.to_dict(),
                            "date": date_value,
                            "date_precision": precision,
                            **self._at(sent),
                            "interim": self._acting_context(sent, person, verb),
                        }
                    )
                )
                appointed.add(person.kb_id_)
        return out

    def _succession_departures(self, events: list[Event]) -> list[Event]:
        """ "X will take over from Y", "X succeeds Y", "X replaces Y": Y leaves the post X is appointed to.
        Explicit when Y's own clause says so ("who retires in March"), otherwise noted as implied."""
        out = []
        for sent in self.sents:
            for person in (p for p in self.people_spans if sent.start <= p.start < sent.end):
                root = person.root
                if root.dep_ == "appos":
                    root = root.head
                noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
                if noun is not None and noun.lemma_.lower() in {
                    "departure",
                    "retirement",
                    "resignation",
                    "death",
                    "exit",
                    "dismissal",
                }:
                    out += self._departure_by_noun(sent, person, noun, events + out)
                    continue
                first = root
                while first.dep_ == "conj":  # "vacancies left by X, ..., and Dr Y, who ..."
                    first = first.head
                if (
                    first.dep_ == "pobj"
                    and first.head.lower_ == "by"
                    and first.head.head.lemma_ in {"leave", "create"}
                    and re.search(r"(?i)\bvacanc", sent.text)
                ):
                    out += self._vacancy_left(sent, person, root, events + out)
                    continue
                if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ == "take":
                    verb = root.head.head
                elif root.dep_ == "dobj" and root.head.lemma_ in {"succeed", "replace", "follow"}:
                    verb = root.head
                else:
                    continue
                successor = self._argument(verb, sent)
                if successor is None or successor[0].kb_id_ == person.kb_id_:
                    continue
                posts = [e for e in events if e.person == successor[0].kb_id_ and e.event == APPOINT]
                if not posts:
                    continue
                post = next((e for e in posts if e.sentence_start == sent.start_char), posts[0])
                if any(
                    e.person == person.kb_id_ and e.event == DEPART and e.role == post.role
                    for e in events + out
                ):
                    continue
                own = next((c for c in root.children if c.dep_ == "relcl"), None)
                explicit = own is not None and self._verb_class(own, person, person) == DEPART
                if explicit:
                    date_value, precision = self._date(sent, person, DEPART, own)
                else:
                    date_value, precision = post.date, post.date_precision
                info = self.doc._.people.get(person.kb_id_)
                out.append(
                    self._for_person(
                        post,
                        person.kb_id_,
                        sent,
                        info,
                        {
                            "event": DEPART,
                            "interim": False,
                            "date": date_value,
                            "date_precision": precision,
                            "note": None if explicit else "implied",
                            "confidence": round(post.confidence * (0.8 if explicit else 0.6), 2),
                        },
                    )
                )
        return out

    def _vacancy_left(self, sent: Span, person: Span, root: Token, events: list[Event]) -> list[Event]:
        """ "The appointments fill vacancies left by Y, who completes her term on 31 March": Y leaves the
        post the document's appointments are to, when they are all to one post."""
        posts = {(e.role, e.org_key) for e in events if e.event == APPOINT}
        if len(posts) != 1 or any(e.person == person.kb_id_ and e.event == DEPART for e in events):
            return []
        post = next(e for e in events if e.event == APPOINT)
        own = next((c for c in root.children if c.dep_ == "relcl"), None)
        date_value, precision = self._date(sent, person, DEPART, own) if own is not None else (None, None)
        info = self.doc._.people.get(person.kb_id_)
        return [
            self._for_person(
                post,
                person.kb_id_,
                sent,
                info,
                {
                    "event": DEPART,
                    "interim": False,
                    "date": date_value,
                    "date_precision": precision,
                    "note": None,
                    "confidence": round(post.confidence * 0.6, 2),
                },
            )
        ]

    def _departure_by_noun(self, sent: Span, person: Span, noun: Token, events: list[Event]) -> list[Event]:
        """ "appointed X as interim chief executive following the departure of Y on 30 November": Y leaves
        the post X takes, on the date given with the noun."""
        posts = [
            e
            for e in events
            if e.sentence_start == sent.start_char and e.event == APPOINT and e.person != person.kb_id_
        ]
        if len(posts) != 1 or any(e.person == person.kb_id_ and e.event == DEPART for e in events):
            return []
        post = posts[0]
        date_value, precision = self._date(sent, person, DEPART, noun)
        info = self.doc._.people.get(person.kb_id_)
        note = "death in post" if noun.lemma_.lower() == "death" else None
        return [
            Event(
                **{
                    **post.to_dict(),
                    "person": person.kb_id_,
                    "event": DEPART,
                    "interim": False,
                    "date": date_value,
                    "date_precision": precision,
                    "note": note,
                    "confidence": round(post.confidence * 0.7, 2),
                    **self._about(info),
                }
            )
        ]

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
                if not any(c.dep_ == "dobj" and c.lower_ in {"board", "trust"} for c in verb.children):
                    continue
                interim = bool(re.search(r"(?i)\b(interim|acting|temporar\w*|until)\b", sent.text))
                if not (interim or any(c.lower_ in {"will", "shall"} for c in verb.children)):
                    continue
                if any(
                    e.person == person.kb_id_ and e.event == APPOINT and e.role == "chair" for e in events
                ):
                    continue
                info = self.doc._.people.get(person.kb_id_)
                date_value, precision = self._date(sent, person, APPOINT, verb)
                out.append(
                    Event(
                        person=person.kb_id_,
                        role="chair",
                        role_text=verb.text,
                        organisation=self._name(self.main_org),
                        org_key=self.main_org,
                        ods_code=by_key()[self.main_org].ods_code,
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
                info = self.doc._.people.get(name_span.kb_id_)
                out.append(
                    Event(
                        person=name_span.kb_id_,
                        role=role,
                        role_text=m.group(1),
                        organisation=self._name(self.main_org),
                        org_key=self.main_org,
                        ods_code=by_key()[self.main_org].ods_code,
                        event=APPOINT,
                        interim=False,
                        date=date_value,
                        date_precision=precision,
                        evidence=f"{m.group(0).strip()} {name_span.text}",
                        start=m.start(),
                        end=name_span.end_char,
                        sentence_start=m.start(),
                        confidence=0.75,
                        **self._about(info),
                    )
                )
        return out

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

    def _for_person(self, post: Event, person: str, sent: Span, info, changes: dict) -> Event:
        """A copy of ``post`` for ``person`` (someone succeeding or succeeded in it), with this sentence as
        its evidence and ``changes`` applied."""
        return Event(**{**post.to_dict(), "person": person, **changes, **self._at(sent), **self._about(info)})

    def _at(self, sent: Span) -> dict:
        """The provenance fields of an event: its evidence sentence and offsets."""
        return {
            "evidence": sent.text.strip(),
            "start": sent.start_char,
            "end": sent.end_char,
            "sentence_start": sent.start_char,
        }

    @staticmethod
    def _about(info) -> dict:
        """The person fields of an event that the name alone does not carry."""
        return {
            "honorific": info.honorific if info else None,
            "post_nominals": info.post_nominals if info else None,
            "aliases": sorted(info.aliases) if info else [],
        }

    def _successors(self, events: list[Event]) -> list[Event]:
        """ "Her successor will be Jo Bloggs": Jo Bloggs is appointed to the predecessor's post."""
        out = []
        for sent in self.sents:
            for token in sent:
                if token.lower_ != "successor":
                    continue
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                if owner is None:
                    continue
                predecessor = (
                    self.person_at.get(owner.i)
                    if owner.i in self.person_at
                    else (self._antecedent(owner) if owner.lower_ in {"his", "her"} else None)
                )
                if predecessor is None:
                    continue
                posts = [e for e in events if e.person == predecessor.kb_id_ and e.event in {DEPART, HOLD}]
                successor = next(
                    (
                        p
                        for p in self.people_spans
                        if sent.start <= p.start < sent.end
                        and p.kb_id_ != predecessor.kb_id_
                        and p.start > token.i
                    ),
                    None,
                )
                if (
                    not posts
                    or successor is None
                    or any(e.person == successor.kb_id_ and e.event == APPOINT for e in events)
                ):
                    continue
                post = next((e for e in posts if e.event == DEPART), posts[0])
                start_verb = next(
                    (t for t in sent if t.lemma_ in {"start", "join", "begin", "take"} and t.i > token.i),
                    None,
                )
                date_value, precision = self._date(sent, successor, APPOINT, start_verb)
                info = self.doc._.people.get(successor.kb_id_)
                out.append(
                    self._for_person(
                        post,
                        successor.kb_id_,
                        sent,
                        info,
                        {
                            "event": APPOINT,
                            "interim": False,
                            "date": date_value,
                            "date_precision": precision,
                            "note": None,
                            "confidence": round(post.confidence * 0.8, 2),
                        },
                    )
                )
        return out

    def _appointments_to_the_role(self, events: list[Event]) -> list[Event]:
        """ "Her deputy, X, will take on the role on an interim basis": "the role/post" is the post last
        reported changing hands, in the sentences just before."""
        out = []
        for sent in self.sents:
            for person in self._subjects(sent):
                own = {t.i for t in person.root.subtree}
                if any(sent.start <= r.start < sent.end and r.start not in own for r in self.role_spans):
                    continue
                verb = self._subject_verbs.get(person.start) or person.root.head
                if verb.pos_ not in {"VERB", "AUX"} or self._verb_class(verb, person, person) != APPOINT:
                    continue
                objects = [
                    t
                    for t in verb.subtree
                    if t.lower_ in {"role", "post", "position", "job", "reins", "helm"}
                    and any(c.lower_ in {"the", "this", "that"} for c in t.children)
                ]
                if not objects or self._negated(verb):
                    continue
                # "X, who has been interim chief executive, has been appointed permanently to the role"
                mine = [
                    e for e in events if e.sentence_start == sent.start_char and e.person == person.kb_id_
                ]
                earlier = mine or [
                    e
                    for e in events
                    if e.sentence_start < sent.start_char
                    and e.person != person.kb_id_
                    and sent.start_char - e.sentence_start < 1200
                    and e.event != HOLD
                ]
                if not earlier:
                    continue
                post = earlier[-1]
                date_value, precision = self._date(
                    sent, objects[0].doc[objects[0].i : objects[0].i + 1], APPOINT, verb
                )
                info = self.doc._.people.get(person.kb_id_)
                permanent = re.search(r"\b(permanent(ly)?|substantive(ly)?)\b", sent.text, re.I)
                interim = not permanent and (
                    self._acting_context(sent, person, verb) or "interim" in sent.text.lower()
                )
                out.append(
                    self._for_person(
                        post,
                        person.kb_id_,
                        sent,
                        info,
                        {
                            "event": APPOINT,
                            "interim": bool(interim),
                            "date": date_value,
                            "date_precision": precision,
                            "note": None,
                            "confidence": round(post.confidence * 0.7, 2),
                        },
                    )
                )
        return out

    def _remember_unnamed(self, sent: Span, role: Span) -> None:
        """ "NLaG's finance director has resigned": a post changing hands before its holder is named.
        The next sentence whose subject leaves without a stated post takes it."""
        verb = self._verb_of(role.root)
        if verb is None or role.start > verb.i or role.start_char in self.quoted:
            return
        if role.root.dep_ not in {"nsubj", "nsubjpass", "conj", "appos"}:
            return
        if self._verb_class(verb, role, role) != DEPART:
            return
        orgs = self._organisations(sent, role, verb)
        if len(orgs) == 1:
            self.unnamed.append((sent.end, role, orgs[0]))

    def _departures_without_role(self, events: list[Event]) -> list[Event]:
        """ "Smith will retire in March", "Dr Jones was dismissed on 11 June": the person's role comes from
        elsewhere in the document, when they hold exactly one post there."""
        known: dict[str, dict[tuple, Event]] = {}
        for ev in events:
            if ev.event != APPOINT:
                known.setdefault(ev.person, {})[(ev.role, ev.org_key or ev.organisation)] = ev
        covered = {(ev.person, ev.sentence_start) for ev in events if ev.event == DEPART}
        out = []
        for sent in self.sents:
            for person in self._subjects(sent):
                posts = known.get(person.kb_id_, {})
                if not posts:
                    posts = self._unnamed_post(sent, person) or self._title_post(sent, person)
                if len(posts) != 1 or (person.kb_id_, sent.start_char) in covered:
                    continue
                verb = self._subject_verbs.get(person.start) if hasattr(self, "_subject_verbs") else None
                verb = verb or person.root.head
                if person.start_char in self.quoted and person.root.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if verb.pos_ not in {"VERB", "AUX"} or self._verb_class(verb, person, person) != DEPART:
                    continue
                if self._negated(verb) or HISTORY_WORDS.search(sent.text):
                    continue
                (post,) = posts.values()
                date_value, precision = self._date(sent, person, DEPART, verb)
                lower = sent.text.lower()
                note = (
                    "suspension"
                    if "suspend" in lower
                    else "death in post"
                    if re.search(r"\b(died|death)\b", lower)
                    else None
                )
                out.append(
                    Event(
                        **{
                            **post.to_dict(),
                            "event": DEPART,
                            "date": date_value,
                            "date_precision": precision,
                            **self._at(sent),
                            "note": note,
                            "confidence": round(post.confidence * 0.8, 2),
                        }
                    )
                )
                covered.add((person.kb_id_, sent.start_char))
        return out

    def _cancelled_people(self) -> set[str]:
        names: set[str] = set()
        for sent in self.sents:
            lower = sent.text.lower()
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

    # ---- one role mention -------------------------------------------------------------------------
    def _role_events(self, sent: Span, role: Span) -> list[Event]:
        found = self._holder(sent, role)
        if found is None:
            self._remember_unnamed(sent, role)
            return []
        person, how, predicate = found
        kind, note = self._classify(sent, role, person, predicate, how)
        if kind is None or kind == HISTORY:
            return []
        orgs = self._organisations(sent, role, predicate)
        if not orgs:
            return []
        quals = qualifiers(role)
        interim = bool(quals & {"interim", "acting"}) or self._acting_context(sent, role, predicate)
        if "substantive" in quals:
            interim = False
        changes = self._table_row(sent, role) if kind == HOLD and how in {"adjacent", "apposition"} else None
        if not changes:
            changes = [(kind, *self._date(sent, role, kind, predicate))]
        people = self.doc._.people
        info = people.get(person.kb_id_)
        confidence = {
            "adjacent": 0.9,
            "apposition": 0.9,
            "relative": 0.85,
            "subject": 0.8,
            "object": 0.8,
            "pronoun": 0.7,
            "single": 0.55,
        }[how]
        events = []
        for kind, date_value, precision in changes:
            for org_key, org_text, org_conf in orgs:
                org = by_key().get(org_key) if org_key else None
                events.append(
                    Event(
                        person=person.kb_id_,
                        role=role.label_,
                        role_text=role.text,
                        organisation=org_text,
                        org_key=org_key,
                        ods_code=org.ods_code if org else None,
                        event=kind,
                        interim=interim,
                        date=date_value,
                        date_precision=precision,
                        evidence=sent.text.strip(),
                        start=sent.start_char,
                        end=sent.end_char,
                        sentence_start=sent.start_char,
                        confidence=round(confidence * org_conf, 2),
                        note=note,
                        **self._about(info),
                    )
                )
        return events

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

    # ---- who holds the role -----------------------------------------------------------------------
    def _holder(self, sent: Span, role: Span, linked: bool = False) -> tuple[Span, str, Token | None] | None:
        doc = self.doc
        if re.match(r"\s*of the [\w\s&,']{0,60}?committee", doc[role.end : role.end + 12].text, re.I):
            return None  # committee chairing is not a board role
        if not linked and role.start > sent.start and doc[role.start - 1].lower_ in {"and", "&"}:
            previous = next((r for r in self.role_spans if r.end == role.start - 1), None)
            if previous is not None:  # "Non-Executive Director and Vice-Chair": one holder for both
                found = self._holder(sent, previous, linked=True)
                if found is not None:
                    return found
        if not linked and role.end + 1 < sent.end and doc[role.end].lower_ in {"and", "&"}:
            following = next((r for r in self.role_spans if r.start == role.end + 1), None)
            if following is not None and self._person_starting_after(following, sent) is not None:
                return self._holder(
                    sent, following, linked=True
                )  # "Deputy Chief Executive and Director of Finance: X"
        as_object = self._person_as_role(role, sent)
        if as_object is not None:
            return as_object, "object", self._verb_of(role.root)
        if role.start > 0 and doc[role.start - 1].lower_ in {"my", "your", "his", "her"}:
            after = self._person_starting_after(role, sent)
            return (after[0], "apposition", self._verb_of(after[0].root)) if after and after[1] <= 1 else None
        if role.start_char in self.quoted:
            before = self._person_ending_before(role.start, sent)
            after = self._person_starting_after(role, sent)
            found = next((p for p in (before, after) if p and p[0].start_char in self.quoted), None)
            return (found[0], "apposition", self._verb_of(found[0].root)) if found else None
        if (
            role.root.dep_ in {"nsubj", "nsubjpass"}
            and role.start > sent.start
            and doc[role.start - 1].lower_ == "the"
            and self._person_starting_after(role, sent) is None
        ):
            return None  # "The Chair welcomed ...": an unnamed office-holder
        before = self._person_ending_before(role.start, sent)
        after = self._person_starting_after(role, sent)
        if before is not None and before[1] == 0:
            return before[0], "adjacent", self._verb_of(before[0].root)
        if after is not None and (before is None or after[1] <= before[1]):
            return after[0], "apposition", self._verb_of(after[0].root)
        if before is not None:
            return before[0], "apposition", self._verb_of(before[0].root)
        verb = self._verb_of(role.root)
        if verb is not None:
            if verb.dep_ == "relcl" and verb.head.i in self.person_at:
                return self.person_at[verb.head.i], "relative", verb
            found = self._argument(verb, sent)
            if found is not None:
                return found[0], found[1], verb
        in_sentence = [s for s in self.people_spans if sent.start <= s.start < sent.end]
        if verb is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            before_verb = {
                s.kb_id_ for s in in_sentence if s.start < verb.i and s.start_char not in self.quoted
            }
            if len(before_verb) == 1:  # the parser lost the subject; one person stands before the verb
                return next(s for s in in_sentence if s.start < verb.i), "single", verb
        pronoun = next(
            (
                t
                for t in sent
                if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} and t.i < role.start
            ),
            None,
        )
        if pronoun is not None and not in_sentence:
            antecedent = self._antecedent(pronoun)
            if antecedent is not None:
                return antecedent, "pronoun", self._verb_of(pronoun)
        return None

    def _person_as_role(self, role: Span, sent: Span) -> Span | None:
        """ "appointed Jane Smith as chief executive", "the appointment of Dr X as a Non-Executive Director"."""
        i = role.start - 1
        while i > sent.start and (
            self.doc[i].is_space
            or self.doc[i].lower_
            in {
                "a",
                "an",
                "the",
                "its",
                "their",
                "our",
                "new",
                "interim",
                "acting",
                "substantive",
                "permanent",
            }
        ):
            i -= 1
        if i <= sent.start or self.doc[i].lower_ != "as":
            return None
        j = i - 1
        while j >= sent.start and i - j <= 6 and j not in self.person_at and self.doc[j].pos_ != "PUNCT":
            j -= 1
        if j >= sent.start and j in self.person_at:
            found = self.person_at[j]
            root = found.root
            if (
                root.dep_ == "pobj"
                and root.head.lower_ == "from"
                or root.dep_ == "dobj"
                and root.head.lemma_ in {"succeed", "replace", "follow"}
            ):
                return None  # "X will take over from Y as chief executive": the post is X's
            return found
        return None

    def _person_ending_before(self, index: int, sent: Span) -> tuple[Span, int] | None:
        """A person right before ``index``: "Jane Smith, Chief Nurse", "Jane Smith Chief Nurse", "(".
        Returns the span and the gap size in tokens."""
        gap = 0
        i = index - 1
        if i - 1 >= sent.start and self.doc[i].text in {"'s", "’s"} and i - 1 in self.org_at:
            i = self.org_at[i - 1].start - 1  # "Dido Harding, NHSI's chair"
            gap += 2
        while (
            i >= sent.start
            and gap <= 4
            and (
                self.doc[i].is_space
                or self.doc[i].lower_ in {",", "(", "–", "-", "—", "the", "our", "its", "their"}
            )
        ):
            i -= 1
            gap += 1
        if i >= sent.start and i in self.person_at:
            return self.person_at[i], gap
        return None

    def _person_starting_after(self, role: Span, sent: Span) -> tuple[Span, int] | None:
        """A person right after the role (or after "of ORG,"): "chief executive Professor Keith Ormerod"."""
        i = role.end
        gap = 0
        if i < sent.end and self.doc[i].lower_ in {"of", "at"}:
            j = i + 1
            if j < sent.end and self.doc[j].lower_ == "the":
                j += 1
            if j in self.org_at:
                i = self.org_at[j].end
                gap += 2
        while (
            i < sent.end and (self.doc[i].text in {",", ":", "–", "—"} or self.doc[i].is_space) and gap <= 3
        ):
            i += 1
            gap += 1
        if i < sent.end and i in self.person_at:
            person = self.person_at[i]
            if person.start == i:
                return person, gap
        return None

    def _verb_of(self, token: Token) -> Token | None:
        """The nearest verb governing ``token`` ("leaves" right after a name is a verb, whatever the tagger says)."""
        if token.i in self.person_at:
            nxt = self.person_at[token.i].end
            if nxt < len(self.doc) and self.doc[nxt].lower_ in VERBISH:
                return self.doc[nxt]
        current = token
        for _ in range(12):
            if current.pos_ in {"VERB", "AUX"} and current.i != token.i:
                return current
            if current.head.i == current.i:
                return current if current.pos_ in {"VERB", "AUX"} else None
            current = current.head
        return None

    def _argument(self, verb: Token, sent: Span) -> tuple[Span, str] | None:
        """The person who is subject (or, for "appointed X as", object) of ``verb`` or the verbs above it."""
        current = verb
        for _ in range(5):
            for child in current.children:
                if (
                    child.dep_ in {"dobj", "nsubjpass"}
                    and child.i in self.person_at
                    and current.lemma_ in APPOINT_VERBS
                ):
                    return self.person_at[child.i], "object"
            subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
            subjects += [
                g
                for c in current.children
                if c.dep_ in {"aux", "auxpass"}
                for g in c.children
                if g.dep_ in {"nsubj", "nsubjpass"}
            ]  # "X has been acting ...": subject hung on "been"
            for child in subjects:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    if child.i in self.person_at:
                        return self.person_at[child.i], "subject"
                    appos = next(
                        (c for c in child.children if c.dep_ == "appos" and c.i in self.person_at), None
                    )
                    if appos is not None:  # "Her deputy, Aisha Noor, will act up as ..."
                        return self.person_at[appos.i], "subject"
                    subject_role = next((r for r in self.role_spans if r.start <= child.i < r.end), None)
                    if subject_role is not None:
                        beside = self._person_starting_after(
                            subject_role, sent
                        ) or self._person_ending_before(subject_role.start, sent)
                        if beside is not None:
                            return beside[0], "subject"
                    if child.lower_ in {"he", "she"}:
                        antecedent = self._antecedent(child)
                        return (antecedent, "pronoun") if antecedent is not None else None
                    if (
                        child.lower_ in {"who"}
                        and current.dep_ == "relcl"
                        and current.head.i in self.person_at
                    ):
                        return self.person_at[current.head.i], "relative"
                    return None
            if current.dep_ == "relcl" and current.head.i in self.person_at:
                return self.person_at[current.head.i], "relative"
            if current.dep_ in {"ccomp"} and current.head.lemma_ in REPORT_VERBS:
                return None  # "The trust said ...": the reporter is not the holder
            above = self._verb_of(current)
            if above is None or above.i == current.i:
                return None
            current = above
        return None

    def _antecedent(self, pronoun: Token) -> Span | None:
        """The most recent person mentioned before a pronoun (within the last three sentences)."""
        earlier = [
            s
            for s in self.people_spans
            if s.end <= pronoun.i and pronoun.idx - s.start_char < 1500 and s.start_char not in self.quoted
        ]
        if not earlier:
            return None
        sentence = self.sent_of.get(pronoun.i)
        same = [s for s in earlier if sentence is not None and s.start >= sentence.start]
        if same:
            return same[-1]
        subjects = [
            s
            for s in earlier
            if s.root.dep_ in {"nsubj", "nsubjpass"}
            or s.root.head.dep_ in {"nsubj", "nsubjpass"}
            and s.root.dep_ == "appos"
        ]
        return subjects[-1] if subjects else earlier[-1]

    # ---- what happened ----------------------------------------------------------------------------
    def _classify(
        self, sent: Span, role: Span, person: Span, predicate: Token | None, how: str
    ) -> tuple[str | None, str | None]:
        quals = qualifiers(role)
        window_start = role.start - 4
        if role.start - 1 in self.org_at:  # "Former Walsall Healthcare NHS Trust chief executive X"
            window_start = min(window_start, self.org_at[role.start - 1].start - 2)
        window = self.doc[max(sent.start, window_start) : role.start].text
        if "former" in quals or re.search(r"\b(previously|formerly|former|ex-)\s*$", window, re.I):
            return HISTORY, None
        if (
            how in {"adjacent", "apposition"}
            and not self._has_verb_between(person, role)
            and self._line_like(sent)
        ):
            return HOLD, None
        where_was = self._where_was(sent, role)
        if where_was:
            return where_was
        if re.search(
            r"\b(from|leaves?|leaving|left|relinquish\w*|vacat\w+) (his|her|their) (post|role|position|job) as\s*(the\s+)?$",
            self.doc[max(sent.start, role.start - 8) : role.start].text,
            re.I,
        ):
            return DEPART, None
        role_verb_early = self._verb_of(role.root)
        if (
            how == "relative"
            and role_verb_early is not None
            and role_verb_early.lemma_ in {"remain", "continue", "stay"}
        ):
            return HOLD, None
        if self._is_succeeded(person):
            return DEPART, "implied"
        noun = self._change_noun(role, person)
        if noun is not None:
            kind = CHANGE_NOUNS[noun]
            note = "death in post" if noun == "death" else "suspension" if noun == "suspension" else None
            return kind, note
        acting_as = re.search(r"\bact(s|ing)? as\s*$", window, re.I)
        if not acting_as and (
            CURRENT_WORDS.search(window)
            or re.search(r"\bcurrently\b", self.doc[person.end : role.start].text)
        ):
            after = self.doc[role.end : sent.end]
            if any(t.lemma_ in {"relinquish", "leave", "retire", "vacate"} for t in after) and re.search(
                r"\b(post|role|position)\b", after.text
            ):
                return DEPART, None
            return HOLD, None
        if how == "relative":
            main = self._main_verb_of(person)
            role_verb = self._verb_of(role.root)
            if (
                role_verb is not None
                and role_verb.lemma_ in {"be", "have", "serve", "lead", "act"}
                and main is not None
            ):
                main_kind = self._verb_class(main, person, role)
                if main_kind == DEPART:
                    return DEPART, None
                return (HISTORY, None) if role_verb.tag_ == "VBD" else (HOLD, None)
        role_verb = self._verb_of(role.root)
        verb = predicate
        if how == "relative" and role_verb is not None:
            verb = role_verb
        kind = self._verb_class(verb, person, role) if verb is not None else HOLD
        if kind == APPOINT and how in {"adjacent", "apposition"} and self._role_after(sent, verb, role):
            kind = (
                HOLD  # "Our chief nurse, Jane Smith, will become chief executive": the first role is current
            )
        if (
            kind == APPOINT
            and how in {"adjacent", "apposition"}
            and verb is not None
            and role.start < verb.i
            and any(
                c.dep_ == "xcomp" and c.lemma_ in {"lead", "head", "run", "chair", "oversee", "manage"}
                for c in verb.children
            )
        ):
            kind = HOLD  # "X chief executive Y has been appointed to lead the merged organisation"
        if how == "object" and re.search(
            r"\bappoint(ment|ed|s)?\b|\bnam(ed|es)\b|\bconfirm", sent.text, re.I
        ):
            kind = APPOINT if kind != DEPART else kind
        if kind == HISTORY:
            return HISTORY, None
        if kind in {APPOINT, DEPART} and verb is not None and self._negated(verb):
            return None, None
        if (
            kind == APPOINT
            and verb is not None
            and verb.tag_ == "VBD"
            and verb.lemma_ in {"become", "join"}
            and not self._recently_dated(sent)
        ):
            return HISTORY, None
        appositive = how in {"adjacent", "apposition"} and kind == HOLD
        if kind == APPOINT and self._history_sentence(sent, role, verb):
            # "Sue Smith, who was appointed chair in 2019, said": old news, but she holds the post
            return (
                (HOLD, None) if how == "relative" and not HISTORY_WORDS.search(sent.text) else (HISTORY, None)
            )
        if kind == HOLD and not appositive and self._history_sentence(sent, role, verb):
            return HISTORY, None
        note = None
        if kind == DEPART:
            lower = sent.text.lower()
            if "suspend" in lower:
                note = "suspension"
            elif re.search(r"\b(died|death|passed away)\b", lower):
                note = "death in post"
        if (
            kind == APPOINT
            and re.search(
                r"\b(back|return|resume)\w*\b.*\bsubstantive\b|\bsubstantive (role|post|job)\b",
                sent.text,
                re.I,
            )
            and "substantive" not in qualifiers(role)
        ):
            note = "resumes substantive post"
        return kind, note

    def _recently_dated(self, sent: Span) -> bool:
        """The sentence dates its event to a day within the year before publication (news, not history)."""
        if not self.published:
            return False
        for m in find_dates(sent.text):
            if m.year and m.month and m.day:
                try:
                    delta = (self.published - date(m.year, m.month, m.day)).days
                except ValueError:
                    continue
                if 0 <= delta <= 366:
                    return True
        return False

    def _change_noun(self, role: Span, person: Span) -> str | None:
        """ "the death of its chairman, X", "the appointment of X as R": a change named by a noun."""
        for start in (role.root, person.root):
            current = start
            for _ in range(4):
                if current.head.i == current.i or current.pos_ in {"VERB", "AUX"}:
                    break
                current = current.head
                if current.pos_ == "NOUN" and current.lemma_.lower() in CHANGE_NOUNS and current.i < start.i:
                    if any(c.lower_ in {"first", "previous", "earlier"} for c in current.children):
                        return None
                    return current.lemma_.lower()
        return None

    def _role_after(self, sent: Span, verb: Token | None, role: Span) -> bool:
        if verb is None:
            return False
        return any(
            r is not role and r.start > verb.i and sent.start <= r.start < sent.end for r in self.role_spans
        )

    def _main_verb_of(self, person: Span) -> Token | None:
        if person.end < len(self.doc) and self.doc[person.end].lower_ in VERBISH:
            return self.doc[person.end]
        head = person.root.head
        return head if head.pos_ in {"VERB", "AUX"} else self._verb_of(head)

    def _is_succeeded(self, person: Span) -> bool:
        """The person is the one being succeeded: "X succeeds Y", "replaces Y", "take over from Y"."""
        if person.root.dep_ == "appos":  # "take over from the interim chief executive, Bronwen Mostyn"
            person = self.doc[person.root.head.i : person.root.head.i + 1]
        head = person.root.head
        if person.root.dep_ == "dobj" and head.lemma_ in {"succeed", "replace"}:
            return True
        return (
            person.root.dep_ == "pobj"
            and head.lower_ == "from"
            and head.head.lemma_ == "take"
            and any(c.lower_ == "over" for c in head.head.children)
        )

    def _line_like(self, sent: Span) -> bool:
        """A list line (board attendance, directors' table) rather than prose."""
        return (
            not any(t.pos_ == "VERB" for t in sent) or len(sent.text) < 90 and "\n" in sent.text_with_ws[-2:]
        )

    def _has_verb_between(self, person: Span, role: Span) -> bool:
        lo, hi = sorted([person.end, role.start])
        return any(t.pos_ in {"VERB"} for t in self.doc[lo:hi])

    def _where_was(self, sent: Span, role: Span) -> tuple[str, str | None] | None:
        """ "joins from X, where she was/has been chief executive" → departed X;
        "where she is chief executive" → holds."""
        before = self.doc[max(sent.start, role.start - 8) : role.start].text.lower()
        m = re.search(
            r"\bwhere (she|he|they) (was|were|had been|has been|is|are|served as|worked as)\b", before
        )
        if not m:
            return None
        moving = re.search(
            r"\b(joins?|joining|moves?|moving|comes|coming|arrives?|arriving)\b.*\bfrom\b",
            self.doc[sent.start : role.start].text,
            re.I,
        )
        if m.group(2) in {"is", "are"}:
            return (HOLD, "implied departure")
        if moving and not self._named_origin(sent, role):
            return (
                HISTORY,
                None,
            )  # "joins from a neighbouring trust, where she was ...": which one is unknown
        return (DEPART, None) if moving else (HISTORY, None)

    def _named_origin(self, sent: Span, role: Span) -> bool:
        """The "from X" before a "where she was" clause names an organisation."""
        froms = [t for t in self.doc[sent.start : role.start] if t.lower_ == "from"]
        if not froms:
            return False
        after = froms[-1].i + 1
        while after < role.start and self.doc[after].lower_ in {"the", "a", "an"}:
            after += 1
        return after in self.org_at

    def _verb_class(self, verb: Token, person: Span, role: Span, depth: int = 0) -> str:
        lemma = verb.lemma_.lower()
        if verb.lower_ in VERBISH and verb.pos_ != "VERB":
            lemma = verb.lower_[:-1] if verb.lower_ != "steps" else "step"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "since":
            return HOLD
        particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod", "dobj"}}
        if lemma in {"step", "stand"} and particles & {"down", "aside"}:
            return DEPART
        if lemma == "step" and "back" in particles:
            return DEPART if role.start < verb.i else APPOINT
        if lemma in {"go", "come", "move"} and "back" in particles:
            return DEPART if role.start < verb.i else APPOINT
        if lemma == "move" and "on" in particles:
            return DEPART
        if lemma == "take" and particles & {"up", "over", "charge", "helm", "reins", "on"}:
            return APPOINT
        if lemma in {"act", "step"} and particles & {"up", "in", "into"}:
            return APPOINT
        if lemma == "act" and "as" in particles and role.start > verb.i:
            return APPOINT
        if lemma in {"hand", "tender", "submit", "announce"} and re.search(
            r"\b(notice|resignation|retirement|intention to (leave|retire|step down))\b",
            self.doc[verb.i : verb.i + 6].text,
            re.I,
        ):
            return DEPART
        if lemma in {"begin", "start", "spend"} and any(
            c.dep_ == "dobj" and c.lower_ in {"career", "training", "life"} for c in verb.children
        ):
            return HOLD  # "began her career as a student nurse": biography, not a change
        if lemma == "welcome":
            return APPOINT if FIRST_MEETING.search(self.sent_of[verb.i].text) else HOLD
        if lemma in DEPART_VERBS:
            if lemma in {"end", "expire"} and not re.search(
                r"\b(term|appointment|tenure|secondment)\b", self.sent_of[verb.i].text, re.I
            ):
                return HOLD
            return DEPART
        if LAST_MEETING.search(self.sent_of[verb.i].text) and role.start > self.sent_of[verb.i].start:
            return DEPART
        if lemma in APPOINT_VERBS:
            if lemma in {"succeed", "replace"} and role.start > verb.i:
                return HOLD
            return APPOINT
        if lemma in REPORT_VERBS and depth == 0:
            for child in verb.children:
                if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
                    subj = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    same = (
                        subj
                        and subj[0].i in self.person_at
                        and self.person_at[subj[0].i].kb_id_ == person.kb_id_
                    )
                    if not subj or subj[0].lower_ in PRONOUNS or same:
                        inner = self._verb_class(child, person, role, depth + 1)
                        if inner in {APPOINT, DEPART}:
                            return inner
            return HOLD
        if lemma in {"be", "have"} and depth < 3:
            for child in verb.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    inner = self._verb_class(child, person, role, depth + 1)
                    if inner in {APPOINT, DEPART}:
                        return inner  # "is to step down", "is set to join"
        if (
            lemma in {"serve", "act", "be"}
            and depth < 3
            and role.start > verb.i
            and (
                any(c.lower_ in {"will", "would", "shall"} for c in verb.children)
                or verb.dep_ in {"xcomp", "advcl", "relcl"}
                and self._verb_of(verb) is not None
                and self._verb_class(self._verb_of(verb), person, role, depth + 1) == APPOINT
            )
        ):
            return APPOINT
        if (
            lemma in {"lead", "head", "run"}
            and verb.dep_ == "xcomp"
            and depth < 3
            and verb.head.lemma_ in APPOINT_VERBS
        ):
            return APPOINT  # "have chosen X to lead both organisations as group chief executive"
        if lemma in {"be", "have", "remain", "continue", "serve", "work", "lead", "run", "chair", "oversee"}:
            if verb.tag_ == "VBD" and lemma == "be" and not self._present_perfect(verb):
                return HISTORY
            if (
                lemma == "be"
                and any(c.lower_ in {"will", "shall"} for c in verb.children)
                and role.start > verb.i
            ):
                return APPOINT
            if lemma in {"be"} and verb.dep_ == "xcomp" and verb.head.lemma_ in {"be", "expect", "set"}:
                return APPOINT  # "is to be", "is expected to be"
            return HOLD
        if (
            verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl"}
            and depth < 3
            and verb.head.i != verb.i
        ):
            if verb.dep_ in {"xcomp", "acl"}:
                return self._verb_class(verb.head, person, role, depth + 1)
        for child in verb.children:
            if (
                child.dep_ in {"xcomp", "conj"}
                and child.pos_ == "VERB"
                and depth < 3
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
                and not self._role_between(verb, child, role)
            ):
                inner = self._verb_class(child, person, role, depth + 1)
                if inner in {APPOINT, DEPART}:
                    return inner
        return HOLD

    def _role_between(self, verb: Token, other: Token, role: Span) -> bool:
        """Another role title stands between two verbs: the second verb is about that role."""
        lo, hi = sorted([verb.i, other.i])
        return any(r is not role and lo < r.start < hi for r in self.role_spans)

    def _present_perfect(self, verb: Token) -> bool:
        return any(c.lower_ in {"has", "have"} for c in verb.children)

    def _negated(self, verb: Token) -> bool:
        return any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "neg" for c in verb.head.children if verb.dep_ in {"xcomp"}
        )

    def _history_sentence(self, sent: Span, role: Span, verb: Token | None) -> bool:
        """Career history: "previously", "before joining", "in 2009 she became", "was appointed in 2015"."""
        window = self.doc[max(sent.start, role.start - 8) : role.end].text
        if HISTORY_WORDS.search(window):
            return True
        if verb is not None and any(
            c.lower_ in {"previously", "formerly", "earlier", "once"} for c in verb.children
        ):
            return True
        if (
            verb is not None
            and verb.tag_ == "VBD"
            and re.match(r"\s*(previously|before|prior to|earlier|formerly|until)\b", sent.text, re.I)
        ):
            return True
        past_participle = (
            verb is not None
            and verb.tag_ == "VBN"
            and any(c.lower_ in {"had", "was", "were"} for c in verb.children)
        )  # "had been", "was appointed"
        if verb is None or verb.tag_ != "VBD" and not past_participle:
            return False
        for mention in find_dates(sent.text):
            if (
                mention.year
                and self.published
                and mention.year < self.published.year - 0
                and mention.preposition in {"in", "since", ""}
            ):
                if mention.year <= self.published.year - 1:
                    return True
        return False

    def _acting_context(self, sent: Span, role: Span, predicate: Token | None) -> bool:
        text = sent.text.lower()
        near = self.doc[max(sent.start, role.start - 6) : min(sent.end, role.end + 6)].text.lower()
        if re.search(
            r"\b(on an? (interim|temporary|acting) basis|act(s|ing)? (up|as)|seconded|secondment|caretaker|"
            r"until a permanent|while a permanent|pending a permanent)\b",
            near,
        ):
            return True
        return bool(predicate is not None and predicate.lemma_ in {"act"} and "up" in text)

    # ---- which organisation -----------------------------------------------------------------------
    def _organisations(
        self, sent: Span, role: Span, predicate: Token | None
    ) -> list[tuple[str | None, str, float]]:
        doc = self.doc
        if role.label_.startswith(("regional ", "national ", "deputy regional ")):
            national = [
                s
                for s in self.org_spans
                if s.kb_id_
                and by_key()[s.kb_id_].kind == "national_body"
                and s.start < role.start
                and by_key()[s.kb_id_].name in REGIONAL_BODIES
            ]
            if national:
                return [(national[-1].kb_id_, org_name(national[-1]), 0.9)]
            key = "name:NHS England"
            return [(key, "NHS England", 0.6)] if key in by_key() else []
        quals = qualifiers(role)
        if quals & {"group", "joint"} or "in common" in role.text.lower():
            group = self._coordinated_orgs(sent)
            if len(group) >= 2:
                return group
        i = role.end
        if i < sent.end and doc[i].lower_ in ORG_PREPS - {"to", "with"}:
            j = i + 1
            while j < sent.end and (doc[j].lower_ in {"the", "both"} or doc[j].is_space):
                j += 1
            listed = self._org_list(j, sent)
            if listed:
                return listed
            if j < sent.end and doc[j].lower_ in {"trust", "organisation", "ccg", "icb", "board", "group"}:
                referred = self._referred_org(doc[j]) or self.main_org
                return [(referred, self._name(referred), 1.0)] if referred else []
            if j < sent.end and (
                NON_NHS_CONTEXT.search(doc[j : min(sent.end, j + 6)].text)
                or doc[j].ent_type_ in {"ORG", "GPE"}
            ):
                return []
        if role.start > sent.start and doc[role.start - 1].lower_ in {"its", "our", "their"}:
            subject = self._subject_org(sent, role)
            if subject is NOT_NHS:
                return []
            return (
                [(subject.kb_id_ or None, org_name(subject), 1.0)] if subject is not None else self._main(1.0)
            )
        if i < sent.end and doc[i].lower_ in {"of", "at"} and i + 2 < sent.end and doc[i + 1].lower_ == "the":
            referred = self._referred_org(doc[i + 2])
            if referred:
                return [(referred, self._name(referred), 0.95)]
        # "X's chief executive", "X chief executive", "the trust's chief executive"
        k = role.start - 1
        if k >= sent.start and doc[k].text in {"'s", "’s", "'"}:
            k -= 1
        if k >= sent.start and k in self.org_at:
            span = self.org_at[k]
            return [(span.kb_id_ or None, org_name(span), 1.0)]
        if (
            k >= sent.start
            and doc[k].lower_ in {"trust", "organisation", "ccg", "icb", "board"}
            and (k == sent.start or doc[k - 1].lower_ in {"the", "trust"} or doc[k].text == "Trust")
        ):
            referred = self._referred_org(doc[k]) or self.main_org
            return [(referred, self._name(referred), 1.0)] if referred else []
        if NON_NHS_CONTEXT.search(
            INTERNAL_BODIES.sub(
                " ", self._masked(max(sent.start, role.start - 3), min(sent.end, role.end + 5))
            )
        ):
            return []
        # Organisations the governing verb reaches: "joins X as", "take charge of X", "At X, chief executive ..."
        in_sent = [s for s in self.org_spans if sent.start <= s.start < sent.end]
        references = [
            t
            for t in sent
            if t.lower_ in {"trust", "icb", "ccg"}
            and t.i > sent.start
            and doc[t.i - 1].lower_ == "the"
            and t.i not in self.org_at
        ]
        if predicate is not None and (in_sent or references):
            scope = {t.i for t in predicate.subtree}
            reached = [s for s in in_sent if s.start in scope and not self._org_in_other_clause(s, predicate)]
            for t in references:
                key = self._referred_org(t) if t.i in scope else None
                if key:
                    reached.append(Span(doc, t.i, t.i + 1, label=self._name(key), kb_id=key))
            reached = [s for s in reached if not self._org_belongs_to_other_role(s, role, sent)]
            if reached:
                nearest = min(reached, key=lambda s: abs(s.start - role.start))
                return [(nearest.kb_id_ or None, org_name(nearest), 0.9)]
        at_start = [
            s
            for s in in_sent
            if s.start <= sent.start + 3
            and doc[sent.start : s.start].text.lower().strip() in {"at", "for", "at the", "for the"}
        ]
        if at_start:
            return [(at_start[0].kb_id_ or None, org_name(at_start[0]), 0.9)]
        free = [
            s
            for s in in_sent
            if not self._org_belongs_to_other_role(s, role, sent)
            and not (predicate is not None and self._org_in_other_clause(s, predicate))
        ]
        if free:
            nearest = min(free, key=lambda s: abs(s.start - role.start))
            return [(nearest.kb_id_ or None, org_name(nearest), 0.7)]
        if any(
            e.label_ == "ORG"
            and NON_NHS_WORDS.search(e.text)
            and not INTERNAL_BODIES.search(e.text)
            and not any(o.start < e.end and e.start < o.end for o in self.org_spans)
            and not any(r.start < e.end and e.start < r.end for r in self.role_spans)
            for e in self._ents_in(sent)
        ):
            return []
        if in_sent and not any(t.lower_ in {"trust", "trust's"} for t in sent):
            return []
        if NON_NHS_CONTEXT.search(INTERNAL_BODIES.sub(" ", self._masked(sent.start, sent.end))):
            return []  # no NHS body named, and the sentence is about a council, firm, college...
        if in_sent and CURRENT_WORDS.search(sent.text):
            return []  # "X, currently medical director at A, has been appointed chief executive": not at A
        return self._main(0.8)

    def _org_in_other_clause(self, org: Span, predicate: Token) -> bool:
        """The organisation is the subject of another verb, or sits in an "until/while/after" clause."""
        root = org.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i != predicate.i:
            return True
        current = root
        for _ in range(8):
            if current.i == predicate.i or current.head.i == current.i:
                return False
            if current.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"until", "while", "after", "before", "when", "once"}
                for c in current.children
            ):
                return True
            current = current.head
        return False

    def _ents_in(self, sent: Span) -> list[Span]:
        """Named entities inside ``sent`` (``Span.ents`` walks the whole document each time)."""
        if not hasattr(self, "_ents"):
            self._ents = list(self.doc.ents)
        return [e for e in self._ents if sent.start <= e.start < sent.end]

    def _masked(self, start: int, end: int) -> str:
        """Text of tokens start..end with role titles blanked ("Company Secretary" is not a company)."""
        return " ".join(
            "_" if any(r.start <= t.i < r.end for r in self.role_spans) else t.text
            for t in self.doc[start:end]
        )

    def _coordinated_orgs(self, sent: Span) -> list[tuple[str | None, str, float]]:
        """The longest list "A, B and C" of organisations in the sentence (for group and joint roles)."""
        best: list[tuple[str | None, str, float]] = []
        for span in (s for s in self.org_spans if sent.start <= s.start < sent.end):
            listed = self._org_list(span.start, sent)
            if len(listed) > len(best):
                best = listed
        return best

    def _subject_org(self, sent: Span, role: Span) -> Span | None:
        """The organisation a possessive ("its chief executive") points back to: the clause's subject,
        else the nearest organisation before the role in the sentence."""
        verb = self._verb_of(role.root)
        if verb is not None:
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i in self.org_at:
                    return self.org_at[child.i]
                if (
                    child.dep_ in {"nsubj", "nsubjpass"}
                    and child.ent_type_ == "ORG"
                    and child.i not in self.person_at
                ):
                    return NOT_NHS  # "software firm X has promoted its finance director"
        earlier = [s for s in self.org_spans if sent.start <= s.start and s.end <= role.start]
        return earlier[-1] if earlier else None

    def _org_list(self, j: int, sent: Span) -> list[tuple[str | None, str, float]]:
        """Organisations starting at token ``j``, including coordinated lists "A, B and C"."""
        out = []
        while j < sent.end and j in self.org_at:
            span = self.org_at[j]
            out.append((span.kb_id_ or None, org_name(span), 1.0))
            j = span.end
            if j + 2 < sent.end and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3  # "Kettering General Hospital NHS Foundation Trust (KGH) and ..."
            if (
                j < sent.end
                and self.doc[j].text == ","
                and j + 1 < sent.end
                and (j + 1 in self.org_at or self.doc[j + 1].lower_ == "and")
            ):
                j += 1
            if j < sent.end and self.doc[j].lower_ in {"and", "&"} and j + 1 in self.org_at:
                j += 1
            elif (
                j < sent.end
                and self.doc[j].lower_ == "and"
                and j + 2 < sent.end
                and self.doc[j + 1].lower_ == "the"
                and j + 2 in self.org_at
            ):
                j += 2
        return out

    def _org_belongs_to_other_role(self, org: Span, role: Span, sent: Span) -> bool:
        for other in self.role_spans:
            if other is role or not (sent.start <= other.start < sent.end):
                continue
            if other.end <= org.start <= other.end + 2 and self.doc[other.end].lower_ in ORG_PREPS:
                return True
            if org.end <= other.start <= org.end + 1:
                return True
        return False

    def _main(self, confidence: float) -> list[tuple[str | None, str, float]]:
        if not self.main_org:
            return []
        return [(self.main_org, self._name(self.main_org), confidence)]

    def _name(self, key: str) -> str:
        """The name this document uses for an organisation (a former name stays the former name)."""
        return self.label_for.get(key) or by_key()[key].name

    # ---- when -------------------------------------------------------------------------------------
    def _date(
        self, sent: Span, role: Span, kind: str, predicate: Token | None
    ) -> tuple[str | None, str | None]:
        if kind == HOLD:
            meeting = self._meeting_date() if self.is_minutes else None
            return (meeting.isoformat(), "day") if meeting else (None, None)
        mentions = [m for m in find_dates(sent.text) if m.preposition not in {"since", "until", "before"}]
        if not mentions:
            if re.search(r"\b(on|from) the same (date|day)\b", sent.text, re.I):
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
        if (
            best.preposition in {"from", "with effect from", "effective"}
            and tense == "past"
            and kind == APPOINT
            and (date_verb is None or date_verb.tag_ != "VBD")
        ):
            tense = "future"  # "has been appointed ... from 1 April": an effective date still to come
        return resolve(best, self.published, tense)

    def _meeting_date(self) -> date | None:
        """The date of the meeting minuted: the document's date, else from its opening lines ("meeting held
        on 3 May 2018", "Date: 3 May 2018", a line with a full date)."""
        if self.doc._.meeting_date:
            return date.fromisoformat(self.doc._.meeting_date)  # a later meeting minuted inside a pack
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

    def _other_event_verbs(self, sent: Span, predicate: Token | None, kind: str) -> list[int]:
        out = []
        for t in sent:
            if t.pos_ != "VERB" or predicate is None or t.i == predicate.i:
                continue
            lemma = t.lemma_.lower()
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                continue  # "becoming the latest to leave": no subject of its own, same person
            other = (
                DEPART
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


def _merge_label_lines(doc: Doc, text: str) -> list[Span]:
    """Sentences, with pieces of one line that the parser split apart joined again: "Chair:" + "Jane
    Smith (JS)", "Dominic" + "Achterberg" + "Non-Executive Director". A split is kept where the piece
    ends a sentence (. ! ?) or a line."""
    out: list[Span] = []
    for sent in doc.sents:
        if out and _ends_mid_line(out[-1], text) and len(out[-1].text) < 120:
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _ends_mid_line(sent: Span, text: str) -> bool:
    last = sent[-1]
    if "\n" in last.text or "\n" in last.whitespace_ or last.is_space:
        return False
    piece = text[sent.start_char : sent.end_char].rstrip(" \t")
    return not piece.endswith((".", "!", "?", '"', "”", "'")) and "\n" not in piece


def _quoted_chars(text: str) -> set[int]:
    """Character offsets inside quotation marks (“...” or "...")."""
    inside: set[int] = set()
    for m in re.finditer(r'“[^”]{0,3000}”|"[^"\n]{0,3000}"', text):
        inside.update(range(m.start(), m.end()))
    return inside


def _tense(verb: Token | None) -> str:
    if verb is None:
        return "unknown"
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & {"will", "shall", "'ll", "to", "would"} or verb.tag_ in {"VB"}:
        return "future"
    if verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBG" and aux & {"is", "are", "'s"}:
        return "future"
    if verb.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were"}:
        return "past"
    return "unknown"


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


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
            and not (is_minutes and ev.date)
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
