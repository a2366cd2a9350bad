"""Stage (c), classification: what a candidate sentence says happened to the person in the post:
appointed, departed, holds, or career history (nothing).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.background import told_as_background
from nhs_leaders.nlp.candidacy import candidacy_covers
from nhs_leaders.nlp.companions import alongside
from nhs_leaders.nlp.cues import (
    APPOINT,
    CHANGE_NOUNS,
    CURRENT_WORDS,
    CURRENTLY_OPEN,
    DEATH_LEMMAS,
    DENIED_REPORT,
    DEPART,
    FIRST_TIME_AS,
    FUTURE_AUXILIARIES,
    HISTORY,
    HISTORY_WORDS,
    HOLD,
    IMMEDIATE,
    KEPT_POST,
    LEAVING_CLAUSE,
    MOVED_FROM,
    NEW_ROLE_AS,
    NOW_TAKING,
    POST_NOUNS,
    SECONDED_FROM_POST,
    YEARS_AS,
    auxiliaries,
    hedged,
    leaves_to_do,
    name_clause_verb,
    post_to_come,
    subject_in,
    takes_the_post,
    told_years_ago,
    who_clause,
)
from nhs_leaders.nlp.dates import closed_range_after, find_dates
from nhs_leaders.nlp.departure_nouns import departure_note
from nhs_leaders.nlp.roles import designated, new_before_body, newly_appointed, qualifiers
from nhs_leaders.nlp.take_over import succeeds_someone
from nhs_leaders.nlp.verb_class import joined_by, purpose_take, stands_again
from nhs_leaders.nlp.vocab import APPOINT_VERBS, CONTINUE_VERBS, QUALIFIERS
from spacy.tokens import Span, Token

HOLDER_DEPS = {"nsubj", "nsubjpass", "attr"}  # the clause's subject, or "The new chair will be X"
TERM_GOES_ON = {"extend", "renew"}  # "the appointments of A and B have been extended": their terms go on

# words that make the title after them a past one ("former chief executive X", "retired NHS boss X": "NHS" between
# them does not hide it), and the body after them ("former NHS England chief executive X", "ex North Tees and
# Hartlepool NHS Foundation Trust chief executive X")
FORMER_TITLE = re.compile(r"\b(previously|formerly|former|ex-|retired)\s*(NHS\s*)?$", re.I)
FORMER_BODY = re.compile(r"\b(former|ex-|ex|retired)\s*$", re.I)


def _seconded_from(verb: Token | None, role: Span) -> bool:
    """The post named before "seconded" is the one the secondee leaves for a while."""
    return (
        verb is not None
        and verb.lemma_ == "second"
        and role.start < verb.i
        and verb.dep_
        != "relcl"  # "X, chief executive, who was seconded to the post last year": the post itself
        and not qualifiers(role) & {"interim", "acting"}  # "Interim chief executive X has been seconded to A"
    )


def _decided_post(verb: Token) -> bool:
    """ "could take up her role as early as March": the post is settled, only its start is uncertain."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in POST_NOUNS
        and any(d.lower_ in {"her", "his", "the"} for d in c.children)
        for c in verb.children
    )


MOVING_VERBS = {"join", "move"}  # "will join B", "is moving to B": the mover's current title stays behind
OUTGOING_WORDS = {word for word, meaning in QUALIFIERS.items() if meaning == "outgoing"}  # outgoing, retiring


class ClassifyMixin:
    # ---- what happened ----------------------------------------------------------------------------
    def _classify(
        self, sent: Span, role: Span, person: Span, predicate: Token | None, how: str
    ) -> tuple[str | None, str | None]:
        """The parse-based reading, then the trigger phrasings (``nhs_triggers``) where the parse saw no change."""
        kind, note = self._classify_by_parse(sent, role, person, predicate, how)
        denied = DENIED_REPORT.search(self._span_text(sent))  # "denied reports that X will leave": X stays
        if denied and person.start_char - sent.start_char > denied.end():
            return (HOLD if kind in {APPOINT, DEPART, HOLD} else kind), None
        if (
            kind == APPOINT
            and how in {"adjacent", "apposition"}
            and predicate is not None
            and predicate.lemma_ in MOVING_VERBS
            and self._marked_current(role)
        ):
            return HOLD, None  # "Current CEO of A X will join B": a title held now is not the post taken
        if kind == APPOINT and how == "relative" and told_as_background(predicate, self.published):
            return HOLD, None  # "Sir X, who took over as chair in March, said": the post is held
        if (
            how in {"adjacent", "apposition"}
            and kind in {APPOINT, DEPART, HOLD}
            and alongside(person, role, predicate)
            and not self._leaves_in_own_clause(person, role)
        ):
            return HOLD, None  # "X will step down in agreement with Sir Y, Chairman of the Trust": Y stays
        if kind == HOLD and how in {"adjacent", "apposition"} and self._leaves_in_own_clause(person, role):
            return DEPART, None  # "its chair, X, who stepped down in July, ..."
        if kind == HOLD and (
            how in {"apposition", "relative"}
            and self._post_held_elsewhere(role, person, predicate)
            # "X, the current chief officer of A, has been appointed as the new chief officer of ...": A's is held
            or how in {"apposition", "object"}
            and self._held_beside_a_change(role)
        ):
            return kind, note  # the change the sentence's triggers speak of is another post's
        if kind not in {APPOINT, HOLD} or (how in {"adjacent", "apposition"} and self._line_like(sent)):
            return kind, note
        if self._sender_of(person):
            return kind, note  # the memo's "confirmed" is not about its sender
        triggers = self._triggers_for(sent, person)
        if candidacy_covers(triggers, role, self.person_at):
            return None, None  # "is tipped to become chief executive of A": sought, not taken
        if "HISTORY" in {t.label_ for t in triggers if t.start < role.start} and not (
            predicate is not None and auxiliaries(predicate) & FUTURE_AUXILIARIES
        ):
            return HISTORY, None  # not "Prior to taking up the post in June, X will remain medical director"
        if kind != HOLD or self._history_sentence(sent, role, predicate):
            return kind, note
        if (
            self._recently_appointed_post(sent, role)
            or (
                how == "object"
                and predicate is not None
                and predicate.lemma_ == "be"
                and ("new" in qualifiers(role) or auxiliaries(predicate) & FUTURE_AUXILIARIES)
            )
        ):  # "the acting CFO appointed last week"; "The new chair will be X, who retired"; "Its interim CE will be X"
            return APPOINT, None
        labels = {
            t.label_ for t in triggers if not (t[-1].lower_ == "as" and role.start < t.start)
        }  # "Our chief executive has been asked to serve as ...": the post named after "as" is the new one
        if "DEPART" in labels:
            return DEPART, departure_note(self._span_text(sent), passing=True)
        if "APPOINT" in labels or "new" in qualifiers(role) or designated(role) or newly_appointed(role):
            return APPOINT, None
        if new_before_body(role, self.org_spans):
            return APPOINT, None
        return kind, note

    def _former_holder_leaving(self, role: Span, person: Span, predicate: Token | None, how: str) -> bool:
        """A "former" title whose holder is the subject of a leaving verb: the leaving is what made it former
        ("Former chief executive X resigned on 5 October"; "X, the former chair of A, has quit"; the parser's
        "X, the former chair of A, left in May" with "left" hung on the name)."""
        clauses = (who_clause(person, role), predicate or name_clause_verb(person))  # "X, who left"; "X left"
        return not self._years_ago(role.sent, 2) and (  # "the former X, left the NHS in 1998": history
            (
                how in {"adjacent", "apposition"}
                or how == "subject"
                and person.start <= role.root.head.i < person.end
            )
            and not any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in role.root.children
            )  # "a former ..."
            and not self._titled_now(person, role)
            and any(self._leaving_clause(verb, person, role) for verb in clauses if verb is not None)
        )

    def _arriving_in_relative(self, role: Span, person: Span, how: str) -> bool:
        """ "following the departure of X, who is becoming chief executive of A": the relative clause takes X to
        the title, so the noun's leaving is of another post, not this one."""
        verb = self._verb_of(role.root)
        return (
            how == "relative"
            and verb is not None
            and verb.dep_ == "relcl"
            and self._verb_class(verb, person, role) == APPOINT
        )

    def _titled_now(self, person: Span, role: Span) -> bool:
        """ "chairman X, the former boss at A, quit": a title just before the name, neither former nor still to
        come ("Incoming chief executive X"), is the post left; the former one is an older post."""
        return any(
            r is not role
            and r.end == person.start
            and not FORMER_TITLE.search(
                self.doc[max(self.sent_of[r.start].start, r.start - 2) : r.start].text
            )
            and not qualifiers(r) & {"former", "new", "designate"}  # not "Incoming chief executive X"
            for r in self.role_spans
        )

    def _leaving_clause(self, predicate: Token, person: Span, role: Span) -> bool:
        """The holder's own clause says they left (not died, not left one body to run another)."""
        return (
            (subject_in(predicate, person, role) or predicate.dep_ in {"acl", "relcl"})
            and not self._negated(predicate)
            and predicate.lemma_.lower() not in DEATH_LEMMAS  # "Former chief executive X has died"
            and not leaves_to_do(predicate)  # "X, former deputy CE, is leaving A to run B": an older post
            and self._verb_class(predicate, person, role) == DEPART
        )  # not "The former chair X left to join A in April": the title is the post left

    def _recently_appointed_post(self, sent: Span, role: Span) -> bool:
        """A post qualified by a participle of appointment ("the acting CFO appointed last week", "named in
        March"), with no year older than the document's in the sentence."""
        participle = any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in APPOINT_VERBS for c in role.root.children
        )
        return participle and not self._years_ago(sent, 1)

    def _held_before_a_move(
        self, sent: Span, role: Span, person: Span, predicate: Token | None
    ) -> tuple[str | None, str | None]:
        """ "will take the helm at A after four years as chief executive of B" (B is left); "was appointed
        chief executive after 18 months as interim chief executive" (the interim post made permanent, not
        annotated); "reappointed after three years as chair" (held); "In 2010 she joined A after ..." (history)."""
        if predicate is None or qualifiers(role) & {"interim", "acting"}:
            return None, None
        kind = self._verb_class(predicate, person, role)
        if kind not in {APPOINT, DEPART}:
            return kind, None
        now = self.reference_year
        told_before = find_dates(self.doc[sent.start : role.start].text)
        if predicate.tag_ == "VBD" and now and any(m.year and m.year < now for m in told_before):
            return HISTORY, None
        return DEPART, None

    def _outgoing_before_body(self, sent: Span, role: Span) -> bool:
        """ "Outgoing Sherwood Forest Hospitals boss X": the qualifier stands before the body the title names."""
        body = self.org_at.get(role.start - 1)
        return (
            body is not None and body.start > sent.start and self.doc[body.start - 1].lower_ in OUTGOING_WORDS
        )

    def _classify_by_parse(
        self, sent: Span, role: Span, person: Span, predicate: Token | None, how: str
    ) -> tuple[str | None, str | None]:
        if closed_range_after(self.text[role.end_char : sent.end_char], self.published):
            return HISTORY, None  # "X, chief executive from May 2003 to December 2006": a closed tenure
        if NEW_ROLE_AS.search(
            self.doc[max(sent.start, role.start - 6) : role.start].text
        ) or FIRST_TIME_AS.search(self.doc[max(sent.start, role.start - 10) : role.start].text):
            return (HISTORY if self._years_ago(sent, 1, {"in"}) else APPOINT), None  # "in her new role as"
        quals = qualifiers(role)
        window_start = role.start - 4
        if role.start - 1 in self.org_at:  # "Former Walsall Healthcare NHS Trust chief executive X"
            window_start = min(window_start, self.org_at[role.start - 1].start - 2)
        window = self.doc[max(sent.start, window_start) : role.start].text
        if "former" in quals or FORMER_TITLE.search(window):
            return (DEPART if self._former_holder_leaving(role, person, predicate, how) else HISTORY), None
        body = self.org_at.get(role.start - 1)
        if body is not None and FORMER_BODY.search(self.doc[max(sent.start, window_start) : body.start].text):
            return HISTORY, None
        if "outgoing" in quals or self._outgoing_before_body(sent, role):
            return DEPART, None  # "Outgoing WWL chief X", "Retiring Chief Executive, X, said": leaving it
        if KEPT_POST.search(self.doc[max(sent.start, role.start - 8) : role.start].text):
            return HOLD, None  # "alongside his existing role as Chair of A": A's post is kept
        if how in {"adjacent", "apposition", "subject"} and quals & {"interim", "acting"}:
            if self._returning(sent) and not self._new_post(role):
                return DEPART, None  # "The interim chief executive, X, will return to his previous role"
        if how in {"adjacent", "apposition"} and (self._sender_of(person) or self._sender_of(role)):
            return HOLD, None  # "A memo from chief executive X confirmed ...": the memo confirms, X holds
        if how == "apposition" and predicate is not None and takes_the_post(predicate):
            return HOLD, None  # "X, chief officer of A, will take up the role": "the role" is another post
        if (
            how == "apposition"
            and succeeds_someone(predicate)
            and person.root.dep_ == "nsubj"
            and person.root.head.i == predicate.i  # the successor's own title, not the predecessor's
            and not quals & {"new", "designate", "interim"}
        ):
            return HOLD, None  # "X, currently COO of A, will succeed Y": the post taken is Y's, not A's
        if how == "apposition" and self._marked_current(role, adjective=False):
            return HOLD, None  # "X, currently vice-chair of A, will take up the post in May": A is held now
        if (
            how in {"adjacent", "apposition"}
            and not self._has_verb_between(person, role)
            and self._line_like(sent)
        ):
            return HOLD, None
        described = role.root.dep_ == "appos" and person.start <= role.root.head.i < person.end
        if (how in {"apposition", "relative"} or described) and self._post_held_elsewhere(
            role, person, predicate
        ):
            if not self._also_leaves(predicate):
                return HOLD, None  # "X, COO at A, will take charge of B": A is the post held now
            return (HISTORY if self._years_ago(sent, 1, {"in"}) else DEPART), None
        where_was = self._where_was(sent, role)
        if where_was:
            return where_was
        if how == "relative" and self._appointee_past(person, role):
            return HISTORY, None  # "The new acting chair will be X, who last year retired as chair of A"
        if MOVED_FROM.search(self.doc[max(sent.start, role.start - 12) : role.start].text + " "):
            return DEPART, None  # "has moved from medical director to", "following a six-year tenure as COO"
        if YEARS_AS.search(self.doc[max(sent.start, role.start - 12) : role.start].text + " "):
            return self._held_before_a_move(sent, role, person, predicate)
        before = self.doc[max(sent.start, role.start - 8) : role.start].text
        if SECONDED_FROM_POST.search(before):
            return HOLD, None  # "on secondment from her role as medical director of A": a home post held open
        if re.search(
            r"\b(from|leaves?|leaving|left|relinquish\w*|vacat\w+) (his|her|their) (\w+ )?(post|role|position|job) as\s*(the\s+)?$",
            before,
            re.I,
        ):
            return DEPART, None
        if person.start >= role.end and self._predecessor_of_a_successor(role):
            return DEPART, None if self._triggers_for(sent, person) or LEAVING_CLAUSE.search(
                self._span_text(sent)
            ) else "implied"
        if how == "relative" and self._continued_post(role):
            return HOLD, None
        if self._is_succeeded(person) and not (
            how == "relative"
            and predicate is not None
            and (
                predicate.lemma_ in APPOINT_VERBS
                or purpose_take(predicate, role)  # "who leaves A to take up the post of B"
                and not self._years_ago(sent, 1, {"in", ""})  # not "who had left in 2015 to take up ..."
                or predicate.lemma_ == "announce"
                and any(c.dep_ == "auxpass" for c in predicate.children)
            )
            or how in {"apposition", "object"}
            and re.search(r"\bnow\s*$", window)  # "He replaced Y, now chief executive of Z": Y's new post
        ):  # not "She replaces Y, who left to become / to take up / was announced as chief executive of Z"
            if self._years_ago(sent, 1, {"in", ""}):
                return HISTORY, None  # "Y was replaced by X in 2009": her story
            return DEPART, "implied"
        noun = None if self._arriving_in_relative(role, person, how) else self._change_noun(role, person)
        if noun is not None:
            if self._years_ago(sent, 2, {"in", "since"}):
                return (
                    HISTORY,
                    None,
                )  # "her appointment as chief executive in 2021", "the resignation of X in 2006"
            if noun == "appointment" and any(
                t.lemma_ == "appointment" and t.head.lemma_ in TERM_GOES_ON for t in sent
            ):
                return HOLD, None  # "The appointments of A and B as NEDs have been extended": terms go on
            kind = CHANGE_NOUNS[noun]
            note = "death in post" if noun == "death" else "suspension" if noun == "suspension" else None
            return kind, note
        acting_as = re.search(r"\bact(s|ing)? as\s*$", window, re.I)
        # "where he is presently the deputy CE and COO": a title joined to one marked current is held too
        joined_current = role.root.dep_ == "conj" and self._marked_current(role, adjective=False)
        if not acting_as and (
            (CURRENT_WORDS.search(window) and not NOW_TAKING.search(window))
            or joined_current
            or (
                CURRENTLY_OPEN.search(self.doc[person.end : role.start].text)
                and not any(
                    person.end <= r.start < role.start for r in self.role_spans
                )  # "currently" is another post's
            )
        ):
            after = self.doc[role.end : sent.end]
            if any(t.lemma_ in {"relinquish", "leave", "retire", "vacate"} for t in after) and re.search(
                r"\b(post|role|position)\b", after.text
            ):
                return DEPART, None
            if predicate is not None and self._then_leaves(predicate, person, role):
                return DEPART, None  # "is currently chair of A and will step down on 31 March"
            if re.search(r"\bnow\b", window, re.I) and IMMEDIATE.search(re.split(r"[,;:]", after.text)[0]):
                return APPOINT, None  # "X is now acting chief executive with immediate effect": news
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
                if not post_to_come(role_verb):
                    return (HISTORY, None) if role_verb.tag_ == "VBD" else (HOLD, None)
            if (  # "Mr X, who joined as chief executive in 2004, will step down in July": the post he leaves
                role_verb is not None
                and role_verb.lemma_ in {"join", "become"}
                and main is not None
                and self._verb_class(main, person, role) == DEPART
                and not any(r.start in {t.i for t in main.subtree} for r in self.role_spans if r != role)
            ):
                return DEPART, None
        role_verb = self._verb_of(role.root)
        verb = predicate
        if how == "relative" and role_verb is not None:
            verb = role_verb
        kind = self._verb_class(verb, person, role) if verb is not None else HOLD
        described = (
            how in {"adjacent", "apposition", "subject"}
            or how == "object"
            and role.end <= (verb.i if verb else 0)
        )
        moved_on = kind == APPOINT and described and self._role_after(sent, verb, role)
        if moved_on:
            # "Our chief nurse, X, will become chief executive": the first role is current, unless she leaves it;
            # "X, the deputy, was appointed chief executive in 2012 and retired": she left the later post
            kind = DEPART if how != "object" and self._also_leaves(verb) else HOLD
            if kind == DEPART and self._years_ago(sent, 1, {"in"}):
                kind = HISTORY
        if kind == APPOINT and described and _seconded_from(verb, role):
            kind = (
                HOLD  # "X, chief executive of A, has been seconded to B": a secondee's home post is held open
            )
        if (
            kind == APPOINT
            and how in {"adjacent", "apposition"}
            and self._titled_appointee(sent, verb, role, person)
        ):
            kind = HOLD  # "has appointed vice-chair X to take over from Y (as chair)": the title is X's own
        if kind == APPOINT and how == "apposition" and self._described_appointee(sent, verb, role, person):
            kind = (
                HOLD  # "appointed a new interim chief executive, X, the chief executive of A": A is X's now
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
        if (
            how == "object"
            and not moved_on  # "X, the trust's deputy chief executive, has been appointed chief executive"
            and not (
                verb is not None and verb.lemma_ in CONTINUE_VERBS
            )  # "confirmed that X will continue as"
            and re.search(r"\bappoint(ment|ed|s)?\b|\bnam(ed|es)\b|\bconfirm", self._span_text(sent), re.I)
        ):
            kind = APPOINT if kind != DEPART else kind
        if kind == HISTORY:
            return HISTORY, None
        if kind in {APPOINT, DEPART} and verb is not None and self._negated(verb) and not stands_again(verb):
            return None, None
        if kind in {APPOINT, DEPART} and verb is not None and hedged(verb):
            if not _decided_post(verb):  # "may take on NED roles", "could leave next year": speculation; "X,
                return (
                    HOLD if how in {"adjacent", "apposition"} else None
                ), None  # chief executive of A," holds
        if kind == APPOINT and verb is not None and verb.lemma_ == "join" and joined_by(verb, person):
            return (HOLD if how in {"adjacent", "apposition"} else None), None  # "Our Chair, X, joined me at"
        if (
            kind == APPOINT
            and verb is not None
            and verb.tag_ == "VBD"
            and verb.lemma_ in {"become", "join"}
            and not self._recently_dated(sent, verb)
            and not (
                how == "apposition" and "new" in qualifiers(role)
            )  # "the new Chair, X, who joined in July"
        ):
            return HISTORY, None
        appositive = how in {"adjacent", "apposition"} and kind == HOLD
        if kind == APPOINT and self._history_sentence(sent, role, verb):
            # "Sue Smith, who was appointed chair in 2019, said": old news, but she holds the post
            return (
                (HOLD, None)
                if how == "relative" and not HISTORY_WORDS.search(self._span_text(sent))
                else (HISTORY, None)
            )
        if kind == HOLD and not appositive and self._history_sentence(sent, role, verb):
            return HISTORY, None
        if kind == DEPART and verb is not None and verb.tag_ == "VBD" and told_years_ago(verb):
            return HISTORY, None  # "retired from the role of NHS England chief executive four years ago"
        note = departure_note(self._span_text(sent)) if kind == DEPART else None
        if (
            kind == APPOINT
            and re.search(
                r"\b(back|return|resume)\w*\b.*\bsubstantive\b|\bsubstantive (role|post|job)\b",
                self._span_text(sent),
                re.I,
            )
            and "substantive" not in qualifiers(role)
        ):
            note = "resumes substantive post"
        return kind, note
