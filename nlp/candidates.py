"""Stage (a), candidates: for each role title, who holds it (adjacent name, apposition, relative clause,
subject or object of the governing verb, pronoun) and the (person, role, organisation) events it yields.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from dataclasses import dataclass

from nhs_leaders.nlp.arguments import PRONOUN_GENDERS
from nhs_leaders.nlp.columns import DASHES, attendance_row_head
from nhs_leaders.nlp.cues import (
    CHANGE_NOUNS,
    DEPART,
    FIRST_TIME_AS,
    HISTORY,
    HOLD,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    Event,
    acting_context,
    has_subject,
)
from nhs_leaders.nlp.departure_nouns import unnamed_holder
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.learned import candidate_text, combine, learned_kinds
from nhs_leaders.nlp.listed_people import plural_noun
from nhs_leaders.nlp.named_as import named_as
from nhs_leaders.nlp.roles import chairs_a_committee, designated, qualifiers
from nhs_leaders.nlp.sentences import opens_line_with_the
from nhs_leaders.nlp.vocab import APPOINT_VERBS
from spacy.tokens import Span, Token

# verbs whose object is what is said, or its hearer: never the speaker's post
SPEECH_VERBS = {"say", "add", "tell"}


@dataclass
class RoleReading:
    """One role mention read by stages (a) and (c): its holder, how they were found, the kind of event."""

    sent: Span
    role: Span
    person: Span
    how: str
    predicate: Token | None
    kind: str | None
    note: str | None
    text: str | None = None  # the classifier's input, when the classifier or the recorder reads it


class CandidatesMixin:
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
            if token.i in self.person_at and _heads_span(token, self.person_at[token.i]):
                out.append(self.person_at[token.i])
            elif token.lower_ in {"term", "tenure", "appointment", "secondment", "resignation", "retirement"}:
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                if owner is not None and owner.i in self.person_at:
                    out.append(self.person_at[owner.i])
                    self._subject_verbs[self.person_at[owner.i].start] = token.head
                elif owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS:
                    antecedent = self._antecedent(owner)
                    if antecedent is not None:
                        span = Span(self.doc, owner.i, owner.i + 1, label="PERSON", kb_id=antecedent.kb_id_)
                        self._subject_verbs[owner.i] = token.head
                        out.append(span)
            elif any(c.dep_ == "appos" and c.i in self.person_at for c in token.children):
                appos = next(c for c in token.children if c.dep_ == "appos" and c.i in self.person_at)
                self._subject_verbs[self.person_at[appos.i].start] = token.head
                out.append(self.person_at[appos.i])
            elif token.lower_ in SUBJECT_PRONOUNS:
                antecedent = self._antecedent(token, exclude=self._taker(token))
                if antecedent is not None:
                    span = Span(self.doc, token.i, token.i + 1, label="PERSON", kb_id=antecedent.kb_id_)
                    self._subject_verbs[token.i] = token.head
                    out.append(span)
        return out

    # ---- one role mention -------------------------------------------------------------------------
    def _role_reading(self, sent: Span, role: Span) -> RoleReading | None:
        """Stages (a) and (c) by rule for one role mention: its holder and the rules' reading, with the
        classifier's input text (the classifier is run once per document, see :meth:`_learned_kinds`)."""
        found = self._holder(sent, role)
        if found is None:
            # "X, chair of the CCG's Audit Committee, has stepped down": a committee chair is no board post left
            if not chairs_a_committee(role):
                self._remember_unnamed(sent, role)
            return None
        person, how, predicate = found
        person = self._respective_holder(sent, role, person)
        if (
            plural_noun(role.root)
            and role.label_ != role.text.lower()
            and how not in {"adjacent", "apposition"}
            and not self._listed_with(person)
        ):
            return None  # "who has worked with three chief executives at A": a plural title is not her post
        if how == "pronoun" and self._first_person(person, sent) and not self._own_post(sent, role):
            return None  # "I told our Chair ...": the author speaks of someone else's post
        kind, note = self._classify(sent, role, person, predicate, how)
        reading = RoleReading(sent, role, person, how, predicate, kind, note)
        if self.mode != "rules" or self.record:
            reading.text = self._learned_text(reading)
        return reading

    def _learned_kinds(self, readings: list[RoleReading]) -> None:
        """Stage (c) by the trained classifier for all the document's candidates in one batch (see
        :mod:`nhs_leaders.nlp.learned`), combined with the rules' reading as the mode says."""
        if self.mode == "rules":
            return
        asked = [r for r in readings if r.text is not None]
        for reading, (label, probability) in zip(
            asked, learned_kinds(self.classifier, [r.text for r in asked])
        ):
            rule_kind = None if reading.kind == HISTORY else reading.kind
            reading.kind = combine(self.mode, rule_kind, label, probability)

    def _role_events(self, reading: RoleReading) -> list[Event]:
        """The events one read role mention yields: its organisations, interim, dates."""
        sent, role, person, how, predicate, kind = (
            reading.sent, reading.role, reading.person, reading.how, reading.predicate, reading.kind
        )  # fmt: skip
        if kind == HISTORY and predicate is not None and predicate.lemma_.lower() in APPOINT_VERBS:
            # "X was appointed chief executive of A in 2019": kept for a later leaving that names no post
            self._remember_told_post(sent, role, person, predicate)
        if kind is None or kind == HISTORY:
            return []
        orgs = self._organisations(sent, role, predicate)
        if not orgs:
            return []
        quals = qualifiers(role)
        interim = bool(quals & {"interim", "acting"}) or acting_context(sent, role, predicate)
        if "substantive" in quals or designated(role) and not quals & {"interim", "acting"}:
            interim = False  # "will act as chief executive designate": appointed ahead of the start
        changes = self._table_row(sent, role) if kind == HOLD and how in {"adjacent", "apposition"} else None
        if not changes:
            when = predicate
            if (
                how == "relative"
                and kind == DEPART
                and predicate is not None
                and predicate.lemma_ in APPOINT_VERBS
            ):
                when = self._main_verb_of(person) or predicate  # "who joined in 2004, will step down in July"
            changes = [(kind, *self._date(sent, role, kind, when))]
        people = self.doc._.nhs_people
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
        for holder in [person, *self._plural_title_holders(role, person)]:
            info = people.get(holder.kb_id_)
            for kind, date_value, precision in changes:
                for org in orgs:
                    events.append(
                        self._post_event(
                            holder.kb_id_,
                            role,
                            org,
                            kind,
                            sent,
                            interim,
                            (date_value, precision),
                            confidence,
                            reading.note,
                            info,
                        )
                    )
        return events

    def _post_event(
        self,
        person: str,
        role: Span,
        org: tuple[str | None, str, float],
        kind: str,
        sent: Span,
        interim: bool,
        when: tuple[str | None, str | None],
        confidence: float,
        note: str | None,
        info,
    ) -> Event:
        """The event of ``person`` in the post ``role`` at ``org`` (key, text, confidence), with this
        sentence as its evidence."""
        org_key, org_text, org_conf = org
        known = by_key().get(org_key) if org_key else None
        return Event(
            person=person,
            role=role.label_,
            role_text=role.text,
            organisation=org_text,
            org_key=org_key,
            ods_code=known.ods_code if known else None,
            event=kind,
            interim=interim,
            date=when[0],
            date_precision=when[1],
            evidence=self._span_text(sent).strip(),
            start=sent.start_char,
            end=sent.end_char,
            sentence_start=sent.start_char,
            confidence=round(confidence * org_conf, 2),
            note=note,
            **self._about(info),
        )

    def _learned_text(self, reading: RoleReading) -> str:
        """The classifier's input for one candidate; recorded with its organisations when asked (training data)."""
        sent, role, person, predicate = reading.sent, reading.role, reading.person, reading.predicate
        rule_kind = None if reading.kind == HISTORY else reading.kind
        year = self.published.year if self.published else None
        text = candidate_text(sent, person, role, rule_kind, reading.how, predicate, year, self._masks(sent))
        if self.record:
            orgs = self._organisations(sent, role, predicate)
            self.candidates.append(
                {
                    "text": text,
                    "person": person.kb_id_,
                    "role": role.label_,
                    "rule": rule_kind,
                    "organisations": [org_text for _, org_text, _ in orgs],
                    "evidence": self._span_text(sent).strip(),
                }
            )
        return text

    def _masks(self, sent: Span) -> dict[int, str]:
        """Other people, posts and organisations in the sentence, masked for the classifier."""
        masks: dict[int, str] = {}
        for spans, mask in (
            (self.org_spans, "ORG"),
            (self.role_spans, "ROLE"),
            (self.people_spans, "PERSON"),
        ):
            for span in spans:
                if sent.start <= span.start < sent.end:
                    masks.update({i: "" for i in range(span.start + 1, span.end)})
                    masks[span.start] = mask
        return masks

    # ---- who holds the role -----------------------------------------------------------------------
    def _holder(self, sent: Span, role: Span, linked: bool = False) -> tuple[Span, str, Token | None] | None:
        """Who holds ``role``, how the sentence says so, and the verb that tells the change. In an attendance
        row ("In attendance: A Chair Elect (observing) B Trust Secretary") no verb tells a change: the parser
        makes one of the cells a verb."""
        row = attendance_row_head(self.text, role.start_char) is not None
        found = self._holder_reading(sent, role, linked, row)
        if found is None and not row:  # "to recruit a chief executive, ... appointed X to the position"
            found = self._appointed_to_the_title(sent, role)
        if found is None or not row:
            return found
        # a bracketed note in the row still tells a change: "(new Chief Nurse, appointed 1 May)"
        verb = found[2]
        noted = verb is not None and "(" in self.text[role.end_char : verb.idx]
        return found if noted else (found[0], found[1], None)

    def _holder_reading(
        self, sent: Span, role: Span, linked: bool = False, row: bool = False
    ) -> tuple[Span, str, Token | None] | None:
        doc = self.doc
        if self._unfilled_post(role, sent):
            return None
        if chairs_a_committee(role):
            return None  # committee chairing is not a board role
        after = self._person_starting_after(role, sent)  # found once: several readings below ask
        titled = after is not None and after[1] == 0  # "... and chief nurse Jo Bloggs": Jo's own title
        # "replaced by medical director and deputy chief executive, Dr X": both titles are X's, not the subject's
        titled = titled or after is not None and after[1] == 1 and doc[role.end].text == ","
        if not linked and (found := self._joint_title_holder(role, sent)) is not None:
            return found  # "Chief Operating Officer/Deputy Chief Executive": one holder for both titles
        if not linked and (found := self._comma_joined_title(role, sent)) is not None:
            return found  # "A (AA) Non-Executive Director, Vice Chair B (BB)": both titles are A's
        if (
            not linked
            and not titled
            and role.start > sent.start
            and doc[role.start - 1].lower_ in {"and", "&"}
        ):
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
        # "X, a GP and chair of A, will succeed Y": the title is X's, not the next name's
        if (described := self._described_by_coordination(role)) is not None:
            return described, "apposition", self._verb_of(described.root)
        if (named := self._named_in(role) or named_as(role, self.person_at)) is not None:
            return named, "object", self._verb_of(role.root)  # "has a new interim chair in X", "named as X"
        as_object = self._person_as_role(role, sent)
        if as_object is not None:
            return as_object, "object", self._verb_of(role.root)
        if (writer := self._first_time_writer(role, sent)) is not None:
            return writer, "subject", self._verb_of(role.root)  # "my first week as Chief Executive"
        if role.start > 0 and doc[role.start - 1].lower_ in {"my", "your", "his", "her"}:
            return (after[0], "apposition", self._verb_of(after[0].root)) if after and after[1] <= 1 else None
        if (who_clause := self._who_clause_holder(self._verb_of(role.root))) is not None:
            return who_clause  # "the clinical teams and Karen Howell who will be interim chief executive"
        if role.start_char in self.quoted:
            before = self._person_ending_before(role.start, sent)
            found = next((p for p in (before, after) if p and p[0].start_char in self.quoted), None)
            if found:
                return found[0], "apposition", self._verb_of(found[0].root)
            return self._named_in_quote(role, sent)
        if (
            self.is_minutes and opens_line_with_the(role) and role.end not in self.person_at
        ):  # not "... Will Hughes"
            return (
                None  # "... (Chief Nurse)\nThe Chairman welcomed governors": a line on, the meeting's chair
            )
        if (
            role.root.dep_ in {"nsubj", "nsubjpass"}
            and role.start > sent.start
            and doc[role.start - 1].lower_ in {"the", "'s", "’s", "its", "their"}
            and after is None
        ):
            named = self._named_by_copula(role)  # "The new chair of X will be Jane Smith", "The trust's new"
            if named is not None:
                return named, "object", role.root.head
            if doc[role.start - 1].lower_ == "the":
                return None  # "The Chair welcomed"
        before = self._person_ending_before(role.start, sent)
        initialled = self._initialled_before(role)
        if initialled is not None and not self._titles_lead(role, sent):
            # "Present: A (AA), Chair B (BB), ..."
            return initialled, "adjacent", self._verb_of(initialled.root)
        if before is not None and before[1] == 0 and after is not None and after[1] == 0:
            if self._titles_lead(role, sent):  # "Present: Chair A Chief Executive B Chief Nurse C"
                return after[0], "adjacent", self._verb_of(after[0].root)
        if before is not None and before[1] == 0:
            return before[0], "adjacent", self._verb_of(before[0].root)
        if row and before is None and self.doc[role.start - 1].text in DASHES and self._dashed_row(role):
            return None  # "Simon W – Non-Executive Director Priya S – ...": a name the model missed, not the next
        if row and self._name_then_title(role, before, after, sent):
            return before[0], "adjacent", self._verb_of(before[0].root)  # "Present: Mrs A, Chair Mrs B, ..."
        if (
            before is not None
            and after is not None
            and before[1] == after[1]
            and not self._titles_lead(role, sent)
        ):  # "A, Chair, B, Chief Executive and C"
            return before[0], "apposition", self._verb_of(before[0].root)
        if after is not None and (before is None or after[1] <= before[1]):
            return after[0], "apposition", self._verb_of(after[0].root)
        if before is not None:
            return before[0], "apposition", self._verb_of(before[0].root)
        if row or unnamed_holder(role):
            return None  # a table row has no subject; "questioned the resignation of the chief executive": unnamed
        verb = self._verb_of(role.root)
        if role.root.lower_ == "acting" and role.root.pos_ == "VERB" and role.root.dep_ != "relcl":
            verb = role.root  # "X would be acting chief executive": the parser makes "acting" the verb
        if verb is not None:
            if verb.dep_ == "relcl" and verb.head.i in self.person_at:
                return self.person_at[verb.head.i], "relative", verb
            # "told the chief executive", "added a new CEO would bring ...": not the speaker's post
            if role.root.dep_ == "dobj" and role.root.head == verb and verb.lemma_ in SPEECH_VERBS:
                return None
            found = self._argument(verb, sent)
            if found is not None:
                return found[0], found[1], verb
        in_sentence = [s for s in self.people_spans if sent.start <= s.start < sent.end]
        if verb is not None and not has_subject(verb):
            before_verb = {
                s.kb_id_ for s in in_sentence if s.start < verb.i and s.start_char not in self.quoted
            }
            if len(before_verb) == 1:  # the parser lost the subject; one person stands before the verb
                return next(s for s in in_sentence if s.start < verb.i), "single", verb
        pronoun = next(
            (
                t
                for t in sent
                if t.lower_ in SUBJECT_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"} and t.i < role.start
            ),
            None,
        )
        if pronoun is not None and not in_sentence:
            antecedent = self._antecedent(pronoun)
            if antecedent is not None:
                return antecedent, "pronoun", self._verb_of(pronoun)
        owner = self._change_owner_before(role, in_sentence)
        return (owner, "object", self._verb_of(role.root)) if owner is not None else None

    def _change_owner_before(self, role: Span, in_sentence: list[Span]) -> Span | None:
        """ "X will take on the reins at A, with his appointment as director of nursing confirmed today": the
        one person named before "his <change> as" in the sentence owns the change (and so the title)."""
        prep = role.root.head
        noun = prep.head
        if role.root.dep_ != "pobj" or prep.lower_ != "as" or noun.lemma_.lower() not in CHANGE_NOUNS:
            return None
        pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if pronoun is None:
            return None
        before = {p.kb_id_: p for p in in_sentence if p.end <= noun.i and p.start_char not in self.quoted}
        owner = next(iter(before.values())) if len(before) == 1 else None
        gender = self._gender_of(owner.kb_id_) if owner is not None else None
        # "Ruth L praised the board after his appointment as chief executive": not hers
        return None if gender and gender != PRONOUN_GENDERS[pronoun.lower_] else owner

    def _first_time_writer(self, role: Span, sent: Span) -> Span | None:
        """The signed author of "my first week as Chief Executive" (outside quotations): the post just taken."""
        window = self.doc[max(sent.start, role.start - 10) : role.start]
        if self.author is None or role.start_char in self.quoted or not FIRST_TIME_AS.search(window.text):
            return None
        mine = [t for t in window if t.lower_ == "my" and t.i + 1 < role.start and t.nbor().lower_ == "first"]
        return self.author if mine else None

    def _described_by_coordination(self, role: Span) -> Span | None:
        """The person an indefinite apposition describes when the title is joined by "and" to its first noun ("X,
        a GP and chair of A,", "X, a consultant and medical director of A,"): the title is X's, not the next
        name's."""
        token = role.root
        if token.dep_ != "conj":
            return None
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        described = token.dep_ == "appos" and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children
        )
        return self.person_at.get(token.head.i) if described else None  # not a members' list parsed as one


def _heads_span(token: Token, span: Span) -> bool:
    """The token links the span to the rest of the sentence ("Will Warrender CBE": the parser may hang the
    name on "CBE", reading "Will" as an auxiliary)."""
    return token.i == span.root.i or not (span.start <= token.head.i < span.end)
