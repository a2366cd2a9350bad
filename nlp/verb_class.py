"""Stage (c), classification: the class of change a governing verb speaks of (appointed, departed, holds,
history), read through its particles, auxiliaries and the clauses it governs.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (used by :mod:`nhs_leaders.nlp.classify` and the
document-level passes)."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import (
    APPOINT,
    DEPART,
    FIRST_MEETING,
    FUTURE_AUXILIARIES,
    HISTORY,
    HOLD,
    LAST_MEETING,
    LEFT_OBJECTS,
    MADE_TO_LEAVE,
    PHRASAL_VERBS,
    POST_WORDS,
    VERBISH,
    auxiliaries,
    takes_the_post,
    within_child,
)
from nhs_leaders.nlp.people import PRONOUNS
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.vocab import (
    APPOINT_VERBS,
    CONTINUE_VERBS,
    DEMAND_VERBS,
    DEPART_VERBS,
    LEAVE_VERBS,
    REPORT_VERBS,
)
from spacy.tokens import Span, Token


def made_into(verb: Token, role: Span) -> bool:
    """The title is what "make" turns someone into: its object predicate ("was made chair") or the apposition
    to its object ("made X its chief executive"), not a post named in passing ("made a contribution as")."""
    root = role.root
    if root.dep_ == "appos" and root.head.dep_ == "dobj":
        return root.head.head.i == verb.i
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "had been made interim accountable officer"
    return root.head.i == verb.i and (root.dep_ == "oprd" or root.dep_ == "dobj" and passive)


# "a privilege / an honour / a pleasure to serve as chair": a leaver's words on the post they held
HONOUR_NOUNS = {"privilege", "honour", "honor", "pleasure"}
TENURE_VERBS = {"serve", "lead", "chair", "act", "work", "be"}


def honour_looked_back(verb: Token) -> bool:
    """The infinitive hangs on an honour noun in a past or perfect frame ("it has been a privilege to serve
    as", "it was an honour to lead"), not a future one ("it will be a privilege to lead": a new post)."""
    noun = verb.head
    if verb.dep_ not in {"acl", "xcomp", "advcl", "relcl"} or noun.lemma_.lower() not in HONOUR_NOUNS:
        return False
    frame = noun.head if noun.dep_ in {"attr", "dobj", "nsubj"} else noun
    return frame.tag_ in {"VBD", "VBN"} and not auxiliaries(frame) & FUTURE_AUXILIARIES


class VerbClassMixin:
    def _others_term(self, verb: Token, person: Span) -> bool:
        """The term of office the sentence ends is someone else's, named: "when Y's term of office ends"."""
        holder = _term_holder(self.sent_of[verb.i])
        return (
            holder is not None
            and holder.i in self.person_at
            and self.person_at[holder.i].kb_id_ != person.kb_id_
        )

    def _replaces_a_thing(self, verb: Token) -> bool:
        """ "replace the ageing theatres": the object is no person, pronoun, title or post."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and all(
            o.i not in self.person_at
            and o.i not in self.role_at
            and o.pos_ not in {"PRON", "PROPN"}
            and o.lemma_.lower() not in POST_WORDS
            for o in objects
        )

    def _verb_class(self, verb: Token, person: Span, role: Span, depth: int = 0) -> str:
        # "... Non-Executive Director ... 1. STANDING ITEMS": no one leaves
        if self._in_capitals_heading(verb):
            return HOLD
        lemma = verb.lemma_.lower()
        if verb.lower_ in VERBISH and verb.pos_ != "VERB":
            lemma = verb.lower_[:-1] if verb.lower_ != "steps" else "step"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "since":
            return HOLD
        if (
            lemma in {"elect", "appoint", "nominate", "confirm"}
            and verb.i >= 2
            and self.doc[verb.i - 2 : verb.i].text == "re-"
        ):
            return HOLD  # "was re-elected as chairman for three more years": the post goes on
        particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod", "dobj"}}
        taking = "as" in particles and APPOINT in {PHRASAL_VERBS.get(lemma, {}).get(p) for p in particles}
        # "asked X to step in as acting CE" (not "urged X to step up and take responsibility")
        if lemma in DEPART_VERBS | LEAVE_VERBS and not taking and demanded(verb):
            return HOLD  # "MPs have called for X to resign", "urged X to quit": asked for, not reported
        if lemma == "step" and "back" in particles:
            return DEPART if role.start < verb.i else APPOINT
        if lemma in {"go", "come", "move"} and "back" in particles:
            return DEPART if role.start < verb.i else APPOINT
        if lemma in {"move", "transfer", "switch"} and particles & {"as", "to"} and role.start > verb.i:
            return APPOINT  # "moves to Y in May as chief nurse", "moves from COO to chief executive"
        if lemma in MADE_TO_LEAVE and "out" in particles:
            return DEPART if _pushed_out(verb, person) else HOLD
        phrasal = {PHRASAL_VERBS.get(lemma, {}).get(p) for p in particles} - {None}
        if phrasal and DEPART in phrasal:
            return DEPART
        if phrasal:
            if _for_one_meeting(verb):
                return HISTORY  # "stood in as chair for the meeting": one sitting, not a post
            return HOLD if _stands_in_for(verb, person) else APPOINT  # not the one stood in for
        if lemma == "take" and takes_the_post(verb):
            return APPOINT  # "will be taking the chief executive post at B" (not "has taken a job at B")
        if stands_again(verb):  # "will stand again": no change; "did not stand for the new post": leaving
            return DEPART if self._negated(verb) else HOLD
        if lemma in CONTINUE_VERBS and self._until_a_date(verb) and not self._extended(verb):
            return (
                DEPART  # "is to remain until March 2018 while a new chair is appointed": the post ends then
            )
        if lemma in {"serve", "act", "be", "lead"} and {"will", "have"} <= auxiliaries(verb):
            return (
                HISTORY  # "By November X will have served seven years as chairman": a tenure told, not a post
            )
        if lemma in TENURE_VERBS and honour_looked_back(verb):
            return HISTORY  # "it had been a privilege to serve as chairman since April 2016": a farewell's look back
        if (
            lemma in {"lead", "serve"}
            and role.start > verb.i  # not "As regional director, she will lead our work with ..."
            and role.root.head.lower_ == "as"
            and verb.i in {role.root.head.head.i, role.root.head.head.head.i}  # "lead (the trust) as"
            and auxiliaries(verb) & (FUTURE_AUXILIARIES | {"to"})
        ):
            return (
                APPOINT  # "will lead the trust as interim chief executive", "asked X to serve as acting CE"
            )
        if lemma == "make" and made_into(verb, role):
            return APPOINT  # "has been made permanent chief executive", "made X its chief executive"
        if lemma == "act" and auxiliaries(verb) & FUTURE_AUXILIARIES:
            return APPOINT  # "would be acting chief executive from 1 March", "will be acting as chair"
        if lemma == "act" and "as" in particles and role.start > verb.i:
            if (
                verb.tag_ == "VBG"
                and auxiliaries(verb) & {"is", "are", "'s", "been"}
                and not any(c.lower_ == "now" for c in verb.children)
            ):
                return HOLD  # "is acting as chair", "has been acting as": already in the post ("is now": new)
            return APPOINT
        if lemma in {"hand", "tender", "submit", "announce"} and (
            re.search(
                r"\b(notice|resignation|retirement)\b(?!\s+of\b)|\bintention to (leave|retire|step down)\b",
                self.doc[verb.i : verb.i + 6].text,
                re.I,
            )
            or _their_resignations(verb)
        ):
            # "announced her resignation", "X and Y tendered their resignations"; not "announced the resignation of
            # its chief executive", "announced two retirements from the finance team"
            return DEPART
        if lemma in {"begin", "start", "spend"} and any(
            c.dep_ == "dobj" and c.lower_ in {"career", "training", "life"} for c in verb.children
        ):
            return HOLD  # "began her career as a student nurse": biography, not a change
        if lemma in {"begin", "start", "take", "commence"} and any(
            c.dep_ == "dobj" and c.lemma_ == "retirement" for c in verb.children
        ):  # "will start his retirement in February", "to take my retirement": leaving the post
            return DEPART
        if lemma == "hand" and "over" in particles and _hands_over_post(verb):
            # "will hand over (the reins) to X", "the right time for me to hand over to a new chair"; the one
            # handed to takes the post ("handing over to Dr X as the interim chief executive", "to interim chief
            # executive X"), a title of their own is kept ("to deputy chief executive X")
            if not _handed_to(verb, person):
                return DEPART
            taken = role.start > person.start or bool(qualifiers(role) & {"interim", "acting", "new"})
            return APPOINT if taken else HOLD
        if lemma == "welcome":
            return APPOINT if FIRST_MEETING.search(self.sent_of[verb.i].text) else HOLD
        if lemma == "stand" and "by" in particles:
            return HOLD  # "said they would stand by the staff": support, not a leaving
        if lemma in DEPART_VERBS:
            if lemma == "exclude" and not _excluded_from_work(verb):
                return HOLD  # "was excluded from the vote", "the report excluded comments from the COO"
            if lemma in {"end", "expire"} and not re.search(
                r"\b(term|appointment|tenure|secondment)\b", self.sent_of[verb.i].text, re.I
            ):
                return HOLD
            return DEPART
        if (
            LAST_MEETING.search(self.sent_of[verb.i].text)
            and role.start > self.sent_of[verb.i].start
            and not (lemma in APPOINT_VERBS and self._others_term(verb, person))
        ):  # not "X will be appointed chair when Y's term of office ends": X starts
            return DEPART
        reports = _reports_a_clause(verb)  # "Chair X confirmed today that Y will retire": X says, Y leaves
        if lemma in APPOINT_VERBS and _leaving_told(verb):
            return DEPART  # "has been confirmed to be departing", "was confirmed as leaving": the leaving is told
        if lemma in APPOINT_VERBS and not reports:
            if lemma in {"succeed", "replace"} and (
                role.start > verb.i or any(c.dep_ == "auxpass" for c in verb.children)
            ):
                return HOLD  # "X replaced Y as chair": Y's post; "X could be replaced by Y": X's, for now
            if lemma in {"succeed", "replace"} and self._replaces_a_thing(verb):
                return HOLD  # "said they will replace the hospital's ageing theatres": no one's post
            return APPOINT
        if (lemma in REPORT_VERBS or reports) and depth == 0:
            for child in _reported_clauses(verb, self.org_at):
                if child.pos_ in {"VERB", "AUX"}:
                    subj = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    same = (
                        subj
                        and subj[0].i in self.person_at
                        and self.person_at[subj[0].i].kb_id_ == person.kb_id_
                    )
                    several = bool(subj) and subj[0].lower_ == "they" and not same
                    if several and self._one_of_several_subjects(verb, person):
                        inner = self._verb_class(child, person, role, depth + 1)
                        if inner == DEPART:  # "X, Y and Z confirmed they will step down": each leaves
                            return inner
                    if subj and subj[0].lower_ in PRONOUNS and not same:
                        meant = self._antecedent(
                            subj[0]
                        )  # "chair Y said he would start in April": he is not Y
                        same = meant is None or meant.kb_id_ == person.kb_id_
                    if not subj or same:
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
                and self._verb_class(self._verb_of(verb), person, role, depth + 1)
                in ({APPOINT, DEPART} if "to" in auxiliaries(verb) else {APPOINT})
            )
        ):
            return APPOINT  # also the post a leaver goes on to: "when he moves on to be chief executive of B"
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
            if lemma == "be" and _post_to_be(verb, role):
                return APPOINT
            return DEPART if self._then_leaves(verb, person, role, depth) else HOLD
        if (
            verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl"}
            and depth < 3
            and verb.head.i != verb.i
        ):
            told = verb.head.lemma_ in NEWS_NOUNS and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
            )
            if verb.dep_ == "xcomp" or verb.dep_ == "acl" and not told:  # not "the news that X is to go"
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

    def _in_capitals_heading(self, word: Token) -> bool:
        """A word of a heading in capitals ("STANDING ITEMS"): beside another capitalised word that is no title
        or body's name ("APPOINTED CEO", "APPOINTED NHS Kent and Medway ICB chief executive" are news)."""
        if len(word.text) <= 2 or not word.text.isupper():
            return False
        doc = word.doc
        beside = [doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(doc)]
        return any(
            t.is_alpha and t.text.isupper() and t.i not in self.org_at and t.i not in self.role_at
            for t in beside
        )

    def _one_of_several_subjects(self, verb: Token, person: Span) -> bool:
        """``person`` is one of two or more people the verb's subject names ("Chief finance officer X, chief
        operating officer Y and Z confirmed they will step down"): a "they" after it means each of them."""
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            named = {self.person_at[t.i].kb_id_ for t in subject.subtree if t.i in self.person_at}
            if len(named) >= 2 and person.kb_id_ in named:
                return True
        return False

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

    def _extended(self, verb: Token) -> bool:
        """A continuing verb someone agreed or was asked to, in a sentence that names no exit: a term extended."""
        return verb.head.lemma_ in EXTENDING_VERBS and not EXIT_CUES.search(self._span_text(verb.sent))

    def _then_leaves(self, verb: Token, person: Span, role: Span, depth: int = 0) -> bool:
        """A verb conjoined after the post, with no subject of its own, leaves it: "is chair of A and will
        step down in March", "has been chief executive since 2015 and is to retire"."""
        return depth < 3 and any(
            c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and c.i > role.end
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            and not self._role_between(verb, c, role)
            and c.tag_
            != "VBD"  # "and stepped down as chair of the BMA committee last year": past, another post
            and not any(c.left_edge.i <= r.start <= c.right_edge.i and r.start > c.i for r in self.role_spans)
            and self._verb_class(c, person, role, depth + 1) == DEPART
            for c in verb.children
        )


# "has agreed to continue as chair until June 2021", "was asked to remain until ...": a term extended, no leaving,
# unless the sentence names the exit ("until March, when she will retire", "while a successor is recruited")
EXTENDING_VERBS = {"agree", "ask"}
EXIT_CUES = re.compile(
    r"\b(while|when|successor|replacement|recruit\w*|retir\w*|(step|stand)(s|ping)? down|leav\w*|left|"
    r"permanent\w*|takes? up|depart\w*)\b",
    re.I,
)
# Nouns whose "that" clause reports a fact ("the news that X is set to depart"), unlike "rumours that",
# "calls for", "the decision that X should ...": the clause's own verb tells the change.
NEWS_NOUNS = {"news", "announcement", "confirmation", "revelation", "disclosure"}
ONE_SITTING = {"meeting", "item", "session", "discussion", "debate"}


def _for_one_meeting(verb: Token) -> bool:
    """ "stood in as chair for the meeting", "for the remainder of the meeting", "as chair of the meeting",
    "for item 7": a sitting covered, not a post."""
    return any(
        t.lemma_ in ONE_SITTING and t.head.lower_ in {"for", "at", "during", "of"} for t in verb.subtree
    )


def _stands_in_for(verb: Token, person: Span) -> bool:
    """ "Y will stand in for the chief executive, X, during his sick leave": X is the one covered, not the
    one standing in."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.left_edge.i <= person.start <= c.right_edge.i
        for c in verb.children
    )


def stands_again(verb: Token) -> bool:
    """ "stand again", "stand for re-election / the new post": seeking the post again, not standing down (not
    "stand down for another year", "stand in for X")."""
    if verb.lemma_.lower() != "stand" or any(
        c.lower_ in {"down", "aside", "in", "back"} for c in verb.children
    ):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in SOUGHT_AGAIN for g in c.subtree)
        for c in verb.children
    )


SOUGHT_AGAIN = {
    "re-election",
    "election",
    "reappointment",
    "re-appointment",
    "appointment",
    "post",
    "role",
    "term",
}


def _reported_clauses(verb: Token, org_at: dict) -> list[Token]:
    """The clauses a reporting verb reports: its own ("said she would leave"), and a "that" clause the parser
    hangs on its object ("have informed staff that they will leave their roles"). For "inform", and wherever such
    a clause is found, what a clause's verb leaves, if named, must be a post or a body (not "that they would all
    be leaving Jenner Court")."""
    own = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    told = [
        g
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
    ]
    if verb.lemma_ != "inform" and not told:
        return own
    return [  # a post or a body left, or nothing named
        c
        for c in own + told
        if all(o.lemma_ in LEFT_OBJECTS or o.i in org_at for o in c.children if o.dep_ == "dobj")
    ]


def _reports_a_clause(verb: Token) -> bool:
    """ "confirmed that ...", "announced that ...": the verb reports a clause and names no appointee."""
    return (
        verb.lemma_.lower() in {"confirm", "announce"}
        and not any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} or c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _term_holder(sent: Span) -> Token | None:
    """The word whose "term (of office)" the sentence speaks of ("Y's term", "whose term", "her term")."""
    for token in sent:
        if token.lower_ == "term" and token.i >= 1:
            before = sent.doc[token.i - 1]
            return sent.doc[token.i - 2] if before.text in {"'s", "’s", "'"} and token.i >= 2 else before
    return None


def demanded(verb: Token) -> bool:
    """A leaving asked for, not reported: "called for X to resign" (a "for" clause), "urged / wants X to quit"
    (the leaving verb is what a demand verb asks)."""
    if "to" not in {c.lower_ for c in verb.children if c.dep_ == "aux"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_.lower() in DEMAND_VERBS


def joined_by(verb: Token, person: Span) -> bool:
    """ "joined me at the event" (company kept, not a post taken; a press release's "joined us" is the
    organisation's, and a post), and "X will be joined by colleagues / by Y as chief executive": the one joined
    (the passive's subject) takes no post; the others may."""
    if any(c.dep_ == "dobj" and c.lower_ in {"me", "him", "her", "them"} for c in verb.children):
        return True
    joined = [c for c in verb.children if c.dep_ == "nsubjpass"]  # the passive's subject: not who joins
    return any(s.left_edge.i <= person.start <= s.right_edge.i for s in joined)


def _excluded_from_work(verb: Token) -> bool:
    """ "has been (temporarily) excluded", "excluded from work": the NHS's word for a suspension, said of someone
    (a passive); not "excluded from the discussion / vote / shortlist"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    places = [g.lower_ for c in verb.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return all(p in {"work", "duty", "duties", "post", "workplace"} for p in places)


def _post_to_be(verb: Token, role: Span) -> bool:
    """ "is to be", "is expected to be" (chief executive); "is leaving to be chief executive of B", as "leaving to
    become": a post to come."""
    head = verb.head.lemma_
    if verb.dep_ == "xcomp" and head in {"be", "expect", "set"}:
        return True
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and head in LEAVE_VERBS
        and "to" in auxiliaries(verb)
        and role.start > verb.i
    )


def purpose_take(verb: Token, role: Span) -> bool:
    """ "(who leaves A) to take up the post of chief executive of B": a purpose clause taking one post (not "to take
    up a portfolio of non-executive roles")."""
    plural = role.root.tag_ == "NNS" or role.end < len(role.doc) and role.doc[role.end].tag_ == "NNS"
    return verb.lemma_ == "take" and any(c.lower_ == "to" for c in verb.children) and not plural


def _their_resignations(verb: Token) -> bool:
    """ "X, director of nursing, and Y, director of strategy, had tendered their resignations": plural notices
    after "their", told of two or more people the verb has for its subject (not "announced two retirements
    from the finance team", nor "X announced their retirements: A and B will leave": others' news)."""
    after = verb.doc[verb.i + 1 : verb.i + 4].text.lower()
    if not re.match(r"(in )?their (notices|resignations|retirements|departures)\b", after):
        return False
    # the parser may give "chief executive A and chief nurse B announced" two subjects, not one with a conjunct
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return len(subjects) > 1 or any(t.dep_ == "conj" for s in subjects for t in s.subtree)


# what a holder hands over with the post: "hand over the reins to X" (not "handed over a petition to the chair")
HANDED_OVER = {"reins", "baton", "role", "post", "leadership", "helm", "job"}


def _handed_to(verb: Token, person: Span) -> bool:
    """``person`` is the one the post is handed over to ("to X")."""
    to = _to_phrase(verb)
    return to is not None and person.root in to.subtree


def _hands_over_post(verb: Token) -> bool:
    """ "hand over to X", "hand over the reins to X": the post passed on to someone; not a thing handed over."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return _to_phrase(verb) is not None and all(
        t.lower_ in HANDED_OVER or t.lemma_.lower() in HANDED_OVER for t in things
    )


def _to_phrase(verb: Token) -> Token | None:
    """The verb's own "to" phrase ("hand over to X")."""
    return next((c for c in verb.children if c.lower_ == "to" and c.dep_ in {"prep", "dative"}), None)


def _pushed_out(verb: Token, person: Span) -> bool:
    """The person is the one pushed or forced out: the passive's subject ("X has been pushed out
    of his role") or the active's object ("NHS England eased out X"), not the one doing it nor a plan pushed out."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # not "The chair, X, forced out the chief executive": X's is not the post
    return within_child(verb, person, {"nsubjpass"} if passive else {"dobj"})


def _leaving_told(verb: Token) -> bool:
    """A naming verb whose complement is a leaving ("has been confirmed to be departing", "was announced as
    stepping down"), not a post ("confirmed as the new chief executive")."""
    complements = [c for c in verb.children if c.dep_ == "xcomp"]  # "confirmed to be departing"
    complements += [  # "confirmed as leaving"
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    return any(c.tag_ == "VBG" and c.lemma_ in DEPART_VERBS | LEAVE_VERBS for c in complements)
