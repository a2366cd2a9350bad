"""Who a verb is about: its subject or object, a passive's agent, a pronoun's antecedent, the verb that
governs a word. Read by stages (a) and (c) to find a role's holder and the verb that says what happened.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from functools import cached_property

from nhs_leaders.nlp.author import FIRST_PERSON
from nhs_leaders.nlp.cues import (
    APPOINT,
    CHANGE_NOUNS,
    PAST_VERBISH,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERBISH,
)
from nhs_leaders.nlp.dates import find_dates
from nhs_leaders.nlp.vocab import (
    APPOINT_VERBS,
    CONTINUE_VERBS,
    LEAVE_VERBS,
    REPORT_VERBS,
    given_name_genders,
)
from spacy.tokens import Span, Token

PRONOUN_GENDERS = {
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
}
HONORIFIC_GENDERS = {
    **dict.fromkeys(("mr", "sir", "lord"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady"), "f"),
}

TIME_MARKS = {"when", "once", "after", "before", "until"}  # "when she leaves"
# links inside a description of a person: "X, deputy chief executive of A"
DESCRIPTION_LINKS = {"pobj", "prep", "appos", "compound"}
TIME_NOUNS = {
    "week",
    "month",
    "year",
    "day",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "today",
    "yesterday",
}
MESSAGE_NOUNS = {
    "memo",
    "letter",
    "email",
    "message",
    "statement",
    "note",
    "bulletin",
    "update",
    "report",
    "blog",
}


# appointing verbs whose object is the person appointed ("appointed X", "named X"), unlike "join", "become",
# "succeed" or "replace", whose object is the body or person joined, or the one succeeded
APPOINTEE_OBJECT_VERBS = APPOINT_VERBS - {
    *("join", "become", "start", "begin", "succeed", "replace", "return", "resume", "assume"),
}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# a holder's own change named by a noun they own ("X's retirement was announced", "X's decision to step down"): the
# verb over it is about X; over any other owned noun ("X's position", "X's successor", "X's deputy") it is not
OWNED_CHANGES = {*CHANGE_NOUNS, "decision", "plan", "plans", "intention", "arrival", "tenure", "term"}


def _finite_or_phrasal(verb: Token) -> bool:
    """A finite verb, or a participle with a particle ("handed in", "stepped down": the tagger's participle);
    not "X, chief executive of A, appointed in 2015" or "replaced by Y": a participle describing X."""
    return verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(c.dep_ == "prt" for c in verb.children)


class ArgumentsMixin:
    def _verb_of(self, token: Token) -> Token | None:
        """The nearest verb governing ``token`` ("leaves" right after a name is a verb, whatever the tagger says)."""
        if token.i in self.person_at:
            nxt = self.person_at[token.i].end
            if nxt < len(self.doc) and self.doc[nxt].lower_ in VERBISH | PAST_VERBISH:
                return self.doc[nxt]
            told = self._clause_after_apposed_title(self.person_at[token.i])
            if told is not None:
                return told
        listed = self._listed_with_clause(token)
        if listed is not None:
            return listed
        if (
            token.dep_ == "poss"
            and token.i in self.person_at
            and token.head.lemma_.lower() not in OWNED_CHANGES
        ):
            return None  # "X's position has become untenable", "X's successor will join": the verb is not X's
        current = token
        for _ in range(12):
            if current.i != token.i and (
                current.pos_ in {"VERB", "AUX"} or current.dep_ == "ROOT" and current.lower_ in VERBISH
            ):
                return current  # "X, director of nursing at A, moves to B as ...": "moves" tagged a noun
            if current.head.i == current.i:
                if current.pos_ in {"VERB", "AUX"}:
                    return current
                return self._verb_after_apposition(token) if token.i in self.person_at else None
            current = current.head
        return None

    def _clause_after_apposed_title(self, person: Span) -> Token | None:
        """ "after the former chief executive, X, retired in March": inside a phrase the small model hangs the
        verb on the title as its modifier; a finite verb right after the comma that closes the name is the
        name's."""
        title, end = person.root.head, person.end
        if person.root.dep_ != "appos" or title.dep_ != "pobj" or end + 1 >= len(self.doc):
            return None
        verb = self.doc[end + 1]
        if self.doc[end].text != "," or verb.head.i != title.i or verb.dep_ not in {"acl", "relcl"}:
            return None
        return verb if verb.pos_ in {"VERB", "AUX"} and _finite_or_phrasal(verb) else None

    def _verb_after_apposition(self, token: Token) -> Token | None:
        """ "X, the senior independent director at A, handed in his notice": the small model makes the name the
        root and hangs the verb on the title; the finite verb right after the apposition's closing comma, with
        no subject of its own, is the name's."""
        person = self.person_at[token.i]
        if person.end >= len(self.doc) or self.doc[person.end].text != ",":
            return None
        for t in person.root.subtree:
            if t.i <= person.end or self.doc[t.i - 1].text != ",":
                continue
            if t.pos_ in {"VERB", "AUX"} and _finite_or_phrasal(t) and t.dep_ in {"acl", "relcl", "conj"}:
                if not any(
                    c.dep_ in {"nsubj", "nsubjpass", "agent"} or c.i in self.person_at for c in t.children
                ):
                    return t  # not "The chair, X, named Y as ...": a verb with a person object reads X as its object
        return None

    def _argument(self, verb: Token, sent: Span, objects: bool = True) -> tuple[Span, str] | None:
        """The person who is subject (or, for "appointed X as", object) of ``verb`` or the verbs above it;
        ``objects=False`` for "X replaces Y", where the verb's own object is the one replaced (an appointing
        verb above it still gives its object: "appointed X to replace Y", but not "joins chief executive X,
        replacing Y", whose object is no appointee)."""
        current = verb
        for _ in range(5):
            appointing = APPOINT_VERBS if objects else APPOINTEE_OBJECT_VERBS if current is not verb else ()
            for child in current.children:
                if (
                    child.dep_ in {"dobj", "nsubjpass"}
                    and child.i in self.person_at
                    and current.lemma_ in appointing
                ):
                    return self.person_at[child.i], "object"
            agent = self._person_agent(current)
            if agent is not None:
                return agent, "subject"  # "the trust will be led by X as acting chief executive"
            subjects = [
                c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ not in TIME_NOUNS
            ]  # "... but this week was appointed as chair": the parser may take the time for the subject
            subjects += [
                g
                for c in current.children
                if c.dep_ in {"aux", "auxpass"}
                for g in c.children
                if g.dep_ in {"nsubj", "nsubjpass"}
            ]  # "X has been acting ...": subject hung on "been"
            if not subjects and current.dep_ == "conj":
                conjunct = self._subject_before_conjunct(current)
                if conjunct is not None:  # "A has taken up the role of chair and B, former X, has taken ..."
                    return conjunct, "subject"
            subjects.sort(key=lambda c: c.i not in self.person_at)  # "The FD and deputy CE, X will be": two
            # subjects when the comma after the name is missing; the name is the one
            for child in subjects:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    if child.i in self.person_at:
                        return self.person_at[child.i], "subject"
                    # "Deputy CE and COO, X, will ...", "The director of finance, X, will ..."
                    heads = self._title_heads(child)
                    appos = next(
                        (
                            c
                            for c in child.subtree
                            if c.dep_ == "appos" and c.head.i in heads and c.i in self.person_at
                        ),
                        None,
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
                    if child.lower_ in SUBJECT_PRONOUNS:
                        antecedent = self._antecedent(child)
                        return (antecedent, "pronoun") if antecedent is not None else None
                    if child.lower_ in {"who"} and current.dep_ == "relcl":
                        antecedent = self._name_before(child) or self._relative_antecedent(current.head)
                        return (antecedent, "relative") if antecedent is not None else None
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

    def _subject_before_conjunct(self, verb: Token) -> Span | None:
        """The person after "and" that a second, subjectless verb follows: "A has taken up the role of chair and
        B, former chief executive of C, has taken up the role of chief executive" (the parser joins B to the
        first verb's object)."""
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}])
        after_first_verb = [
            p for p in self.people_spans if verb.head.i < p.start and p.end <= first and p.root.dep_ == "conj"
        ]
        if not after_first_verb:
            return None
        person = after_first_verb[0]
        if self.doc[person.start - 1].lower_ != "and" or not (
            person.end == first or self.doc[first - 1].text == ","
        ):
            return None
        return person

    def _name_before(self, who: Token) -> Span | None:
        """The name "who" follows ("the clinical teams and Karen Howell who will be ..."), whatever word of the
        sentence the parser hung the clause on."""
        before = who.i - 1 if who.i >= 1 and self.doc[who.i - 1].text != "," else who.i - 2
        return self.person_at.get(before) if before >= 0 else None

    def _who_clause_holder(self, verb: Token | None) -> tuple[Span, str, Token] | None:
        """The name right before the "who" of the clause ``verb`` heads ("the clinical teams and Karen Howell who
        will be interim chief executive"), when the parser hung the clause on a word that is no name."""
        if verb is None or verb.dep_ != "relcl" or verb.head.i in self.person_at:
            return None
        who = next((c for c in verb.children if c.lower_ == "who" and c.dep_ == "nsubj"), None)
        named = self._name_before(who) if who is not None else None
        return (named, "relative", verb) if named is not None else None

    def _relative_antecedent(self, head: Token) -> Span | None:
        """The person a "who" clause describes: its head, or the name in apposition to the title the parser
        hung it on ("by deputy chief operating officer X, who becomes acting chief operating officer"), or the
        name a description it ended on belongs to ("replaced by X, deputy chief executive of A, who will
        become acting chief executive")."""
        if head.i in self.person_at:
            return self.person_at[head.i]
        if head.i not in self.org_at and not any(r.start <= head.i < r.end for r in self.role_spans):
            return None  # "X, a nurse who worked under ...": only a post's description leads back to X
        for _ in range(4):  # up from the last word of "X, deputy chief executive of A, who ...": to X
            if head.i in self.person_at:
                return self.person_at[head.i]
            if any(r.start <= head.i < r.end for r in self.role_spans):
                named = next((c for c in head.children if c.dep_ == "appos" and c.i in self.person_at), None)
                if named is None and head.dep_ == "appos" and head.head.i in self.person_at:
                    named = head.head  # "X, director of nursing at A, who ...": the title is X's description
                # "worked under the chief executive who resigned": the clause is the unnamed holder's
                return self.person_at[named.i] if named is not None else None
            if head.dep_ not in DESCRIPTION_LINKS or head.head.i == head.i:
                return None
            head = head.head
        return None

    def _person_agent(self, verb: Token) -> Span | None:
        """The person by whom a body is led: "will be led by X", "is run by X"."""
        if verb.lemma_ not in {"lead", "run", "head"}:
            return None
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            found = next((g for g in agent.children if g.dep_ == "pobj" and g.i in self.person_at), None)
            if found is not None:
                return self.person_at[found.i]
        return None

    def _object_before_as(self, as_token: Token) -> Span | None:
        """By the parse, when a description stands between: "announced X, of the defunct A, as the new chair",
        "announced the appointment of X, formerly deputy chief executive of A, as chief executive"."""
        head = as_token.head
        if head.pos_ == "VERB":
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < as_token.i]
            head = objects[0] if objects else None
        if head is None:
            return None
        if head.i not in self.person_at and head.lemma_ in {"appointment", "nomination"}:
            head = next(
                (g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), head
            )
        return self.person_at.get(head.i)

    def _named_in(self, role: Span) -> Span | None:
        """ "has a new chief executive in X", "joined by a new interim chairman of the board in X": news names who
        fills a post just introduced after "in" at the end of the title's phrase (not "in X's absence", nor "has
        lost a chief executive in X": a death, read elsewhere)."""
        if any(t.lemma_ == "lose" for t in role.root.ancestors):
            return None
        heads = [role.root] + [
            g for c in role.root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                name = next((g for g in prep.children if g.dep_ == "pobj" and g.i in self.person_at), None)
                if name is not None and self.person_at[name.i].start == prep.i + 1:
                    return self.person_at[name.i]
        return None

    def _first_person(self, person: Span, sent: Span) -> bool:
        """``person`` is the signed author, reached through "I" in this sentence."""
        return (
            self.author is not None
            and person.kb_id_ == self.author.kb_id_
            and not (sent.start <= person.start < sent.end)
        )

    def _own_post(self, sent: Span, role: Span) -> bool:
        """A post the first person speaks of as their own: after "I", with no possessive or article before
        it ("I will step down as Chief Executive", not "I told our Chair" or "the Chief Executive's blog")."""
        before = self.doc[role.start - 1].lower_ if role.start > sent.start else ""
        speaker = any(t.lower_ == "i" and t.i < role.start for t in sent)
        return speaker and before not in {"our", "my", "your", "their", "his", "her", "the", "a", "an"}

    def _title_heads(self, subject: Token) -> set[int]:
        """The tokens an apposition naming the subject may hang on: the subject, its conjuncts and every word
        of the titles they are part of (the parser hangs "X" on "finance" in "The director of finance, X,")."""
        heads = {subject.i}
        for _ in range(2):
            heads |= {c.i for h in heads for c in subject.doc[h].conjuncts}
            heads |= {
                i
                for r in self.role_spans
                if any(r.start <= h < r.end for h in heads)
                for i in range(r.start, r.end)
            }
        return heads

    def _taker(self, pronoun: Token) -> str | None:
        """ "X will step in as interim chief executive when she leaves": the one leaving in a when/once/after
        clause is not the person the main clause gives the post to (that person takes over from them)."""
        leaving, main = pronoun.head, pronoun.head.head
        marks = {c.lower_ for c in leaving.children if c.dep_ in {"mark", "advmod"}}
        if leaving.dep_ != "advcl" or not marks & TIME_MARKS or leaving.lemma_.lower() not in LEAVE_VERBS:
            return None
        subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ == "who" and main.dep_ == "relcl":
            subject = main.head
        if subject is not None and subject.i not in self.person_at:  # "The director, X, will act as ..."
            subject = next((c for c in subject.children if c.dep_ == "appos"), subject)
        taker = self.person_at.get(subject.i) if subject is not None else None
        if taker is None or self._verb_class(main, taker, taker) != APPOINT:
            return None
        return taker.kb_id_

    def _person_of(self, owner: Token, exclude: str | None = None) -> Span | None:
        """The person a possessor stands for: a name ("Ms Field's predecessor"), or the person a possessive
        pronoun points back to ("her successor"; not ``exclude``)."""
        if owner.i in self.person_at:
            return self.person_at[owner.i]
        return self._antecedent(owner, exclude) if owner.lower_ in POSSESSIVE_PRONOUNS else None

    def _antecedent(self, pronoun: Token, exclude: str | None = None) -> Span | None:
        """The most recent person mentioned before a pronoun (within the last three sentences), other than
        ``exclude`` (the person a possessive cannot point at: "appointed Jo as her successor")."""
        if pronoun.lower_ in FIRST_PERSON:  # the signed author, outside quotations
            return self.author if pronoun.idx not in self.quoted and self.author is not None else None
        wanted = PRONOUN_GENDERS.get(pronoun.lower_)  # "she" cannot point at John Burn
        earlier = [
            s
            for s in self.people_spans
            if s.end <= pronoun.i
            and pronoun.idx - s.start_char < 1500
            and s.start_char not in self.quoted
            and s.kb_id_ != exclude
            and (wanted is None or self._gender_of(s.kb_id_) in {None, wanted})
        ]
        title = self._latest_definite_title(pronoun)
        if title is not None and (not earlier or earlier[-1].end <= title.start):
            return self._title_holder(title)  # "The Chair reminded the Board that he would retire"
        if not earlier:
            return None
        sentence = self.sent_of.get(pronoun.i)
        same = [s for s in earlier if sentence is not None and s.start >= sentence.start]
        if same:
            return same[-1]
        subjects = [
            s
            for s in earlier
            if any(t.dep_ in {"nsubj", "nsubjpass"} for t in s)  # the parse may hang a name's head elsewhere
            or s.root.head.dep_ in {"nsubj", "nsubjpass"}
            and s.root.dep_ in {"appos", "poss"}  # "Dr X, ...", "X's appointment follows ..."
        ]
        return subjects[-1] if subjects else earlier[-1]

    def _gender_of(self, person: str) -> str | None:
        """ "m" or "f" from the person's honorific (Mr, Dame) or given name (Helen, John), else None: "she"
        cannot point at John Burn."""
        info = self.doc._.nhs_people.get(person)
        honorific = (info.honorific or "").lower().rstrip(".") if info else ""
        return HONORIFIC_GENDERS.get(honorific) or given_name_genders().get(person.split()[0])

    @cached_property
    def _definite_titles(self) -> list[Span]:
        """Titles standing as subjects with "the" and no name beside them ("The Chair reminded ..."), in order."""
        return [
            r
            for r in self.role_spans
            if r.start > 0
            and self.doc[r.start - 1].lower_ == "the"
            and r.root.dep_ in {"nsubj", "nsubjpass"}
            and self._person_starting_after(r, self.sent_of[r.start]) is None
        ]

    def _latest_definite_title(self, pronoun: Token) -> Span | None:
        """The last bare title subject within the pronoun's sentence and the one before."""
        sentence = self.sent_of.get(pronoun.i)
        if sentence is None or not self._definite_titles:
            return None
        start = self.sent_of[sentence.start - 1].start if sentence.start > 0 else 0
        titles = [r for r in self._definite_titles if start <= r.start < pronoun.i]
        return titles[-1] if titles else None

    def _title_holder(self, title: Span) -> Span | None:
        """The one person the document names beside this title before it ("Present: X, Chair")."""
        holders = {}
        for role in self.role_spans:
            if role.label_ != title.label_ or role.start >= title.start or role == title:
                continue
            sent = self.sent_of[role.start]
            for found in (
                self._person_ending_before(role.start, sent),
                self._person_starting_after(role, sent),
            ):
                if found is not None and found[1] <= 1:
                    holders[found[0].kb_id_] = found[0]
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _main_verb_of(self, person: Span) -> Token | None:
        if person.end < len(self.doc) and self.doc[person.end].lower_ in VERBISH | PAST_VERBISH:
            return self.doc[person.end]
        head = person.root.head
        return head if head.pos_ in {"VERB", "AUX"} else self._verb_of(head)

    def _new_post(self, role: Span) -> bool:
        """The role is what a verb of appointment makes the person ("will now become interim deputy chief
        executive"), not a post they are described by."""
        verb = self._verb_of(role.root)
        return verb is not None and verb.lemma_ in APPOINT_VERBS - {"return", "resume"}

    def _continued_post(self, role: Span) -> bool:
        """The role is one a verb of continuing keeps the person in ("who will remain chair until March")."""
        verb = self._verb_of(role.root)
        return verb is not None and verb.lemma_ in CONTINUE_VERBS

    def _until_a_date(self, verb: Token) -> bool:
        """The verb runs "until" a stated month or day ("remain in post until 31 July"), not "until a
        successor is appointed"."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "until":
                found = find_dates(self.doc[child.i : child.right_edge.i + 1].text)
                return any(m.month for m in found)
        return False

    @staticmethod
    def _also_leaves(verb: Token | None) -> bool:
        """The verb's coordinated clause says the person leaves ("has been appointed CPO of A and would leave
        the Trust on 28 February"): the post they are described by ends."""
        if verb is None:
            return False
        conjuncts = [c for c in verb.children if c.dep_ == "conj"]
        return any(c.lemma_ in LEAVE_VERBS for c in conjuncts)

    @staticmethod
    def _sender_of(person: Span) -> bool:
        """The person (or their title) is who a thing comes from ("a memo sent from chief executive X", "a letter
        by the chair, X", "a statement from the trust's chief executive, X, released yesterday": the parser may hang
        the name elsewhere): the sentence's verb is the thing's, not theirs."""
        root = person.root.head if person.root.dep_ == "appos" else person.root  # "from the chairman, X"
        prep = root.head if root.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in {"from", "by"}:
            return False
        thing = prep.head.head if prep.head.dep_ == "acl" else prep.head  # "a memo (sent) from X"
        return thing.pos_ == "NOUN" and thing.lemma_.lower() in MESSAGE_NOUNS
