"""Stage (a), candidates: where a title's holder stands in its sentence (right before or after the title, "as" the
title, named by a copula) and whether a line reads as a list line.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

from nhs_leaders.nlp.appositions import described_person
from nhs_leaders.nlp.cues import (
    has_subject,
    opens_its_line,
    past_evaluative,
    spaced_hyphen,
)
from nhs_leaders.nlp.roles import committee_title_end
from nhs_leaders.nlp.sought_posts import a_search, is_sought
from nhs_leaders.nlp.vocab import POST_NOMINALS
from spacy.tokens import Span, Token

REFERRED_BODY_WORDS = {"trust", "hospital", "icb", "ccg", "board"}  # "the trust": the body a title belongs to
# words between "as" and the title it gives ("as the new interim ...", "as NHS chief clinical information officer")
BEFORE_TITLE = {
    *("a", "an", "the", "its", "their", "our", "new"),
    *("interim", "acting", "substantive", "permanent", "nhs"),
}


class TitleNeighboursMixin:
    """Where the person holding a title stands beside it."""

    def _named_by_copula(self, role: Span) -> Span | None:
        """The person a copula names for a post: "The new chair of X will be Jane Smith"."""
        verb = role.root.head
        if verb.lemma_ != "be":
            return None
        attr = next((c for c in verb.children if c.dep_ in {"attr", "acomp"} and c.i > role.end), None)
        return self.person_at.get(attr.i) if attr is not None else None

    def _unfilled_post(self, role: Span, sent: Span) -> bool:
        """ "the appointment of the new interim chief executive", "the search for a chief nurse": a post
        named as the object of a change or a search, with no name beside it, has no holder in this sentence
        (the speaker quoted after it is not the appointee)."""
        head = role.root.head
        sought = is_sought(role, sent)  # "to recruit a new chief executive", "will seek a permanent chair"
        if not sought and (
            head.dep_ != "prep"
            or head.lower_ not in {"of", "for"}
            or not a_search(head.head)  # "start the recruitment process for ...": "for" hung on the verb
        ):
            return False
        after = self._person_starting_after(role, sent)
        return after is None or after[1] > 1

    def _person_as_role(self, role: Span, sent: Span) -> Span | None:
        """ "appointed Jane Smith as chief executive", "the appointment of Dr X as a Non-Executive Director"."""
        i = role.start - 1
        while i > sent.start and (
            self.doc[i].is_space
            or self.doc[i].lower_ in BEFORE_TITLE
            or self.doc[i].lower_ in {"'s", "’s"}
            and self.doc[i - 1].lower_ in REFERRED_BODY_WORDS
            or self.doc[i].lower_ in REFERRED_BODY_WORDS
            and self.doc[i + 1].lower_ in {"'s", "’s"}
        ):  # "on her appointment as the trust's new chief executive"
            i -= 1
        if i <= sent.start or self.doc[i].lower_ != "as":
            return None
        j = i - 1
        if self.doc[j].text == ")":  # "the appointment of X (pictured right) as the new chair"
            opening = next(
                (k for k in range(j - 1, max(sent.start, j - 5) - 1, -1) if self.doc[k].text == "("), None
            )
            j = opening - 1 if opening is not None else j
            i = j + 1
        # "appointed its current leader, Jo Bloggs, as ...", "the appointment of X CBE, DL, as chairman"
        while (
            j > sent.start and (self.doc[j].text == "," or self.doc[j].text in POST_NOMINALS) and i - j <= 5
        ):
            j -= 1
        while j >= sent.start and i - j <= 6 and j not in self.person_at and self.doc[j].pos_ != "PUNCT":
            j -= 1
        found = self.person_at.get(j) if j >= sent.start else None
        if found is not None and any(
            t.lower_ in {"successor", "replacement"} and self.doc[t.i - 1].lower_ in {"'s", "’s"}
            for t in self.doc[found.end : i]
        ):
            return None  # "X has been named as Y's successor as chief executive": Y is the one succeeded
        found = described_person(found, self.person_at) if found else self._object_before_as(self.doc[i])
        if found is not None:
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
        elif (
            i - 1 >= sent.start
            and self.doc[i].text in {"'s", "’s"}
            and self.doc[i - 1].lower_ in REFERRED_BODY_WORDS
            and not self._subject_title(index)
        ):
            i -= 2  # "Jo Bloggs, the trust's new director of finance" (not "thanking X, the trust's CE said")
            gap += 2
        while (
            i >= sent.start
            and gap <= 4
            and (
                self.doc[i].is_space
                or self.doc[i].lower_ in {",", "(", "–", "-", "—", "/", "the", "our", "its", "their"}
                or self.doc[i].lower_
                in {"currently", "presently", "current"}  # "X, currently COO of A, will succeed Y"
            )
        ):
            i -= 1
            gap += 1
        if i >= sent.start and i in self.person_at:
            return self.person_at[i], gap
        return None

    def _subject_title(self, index: int) -> bool:
        """The title starting at ``index`` is its verb's subject, or stands right before a verb that has none (the
        parser reads "After thanking X, the trust's chief executive said" as an apposition)."""
        role = self.role_at.get(index)
        if role is None:
            return False
        after = self.doc[role.end] if role.end < len(self.doc) else None
        subjectless = after is not None and after.pos_ in {"VERB", "AUX"} and not has_subject(after)
        return role.root.dep_ in {"nsubj", "nsubjpass"} or subjectless

    def _person_starting_after(self, role: Span, sent: Span) -> tuple[Span, int] | None:
        """A person right after the role (or after "of ORG," / "of the trust,"): "chief executive Professor
        Keith Ormerod"; not one glued to it ("ChairDr X": a lost line break), nor one on the next line."""
        i = role.end
        gap = 0
        if i < sent.end and self.doc[i].lower_ in {"of", "at"}:
            j = i + 2 if i + 1 < sent.end and self.doc[i + 1].lower_ == "the" else i + 1
            j = past_evaluative(self.doc, j, sent.end, self.org_at)  # "of troubled A, X"
            if j in self.org_at:
                i = self.org_at[j].end
                gap += 2
                i = self._past_place(i, sent)  # "of Tameside Hospital in Greater Manchester, Christine Green"
            elif (
                i + 1 < j < sent.end and self.doc[j].lower_ in REFERRED_BODY_WORDS
            ):  # "CEO of the trust, X said"
                i = j + 1
                gap += 2
        i = committee_title_end(self.doc, i, sent.end)  # "NED and audit committee chair X"
        while (
            i < sent.end
            and (
                self.doc[i].text in {",", ":", "–", "—"}
                or self.doc[i].is_space
                or spaced_hyphen(self.doc[i])
                and opens_its_line(role)  # a list's "Chair - Jo Bloggs"
            )
            and gap <= 3
        ):
            i += 1
            gap += 1
        if i < sent.end and i in self.person_at and (self.doc[i - 1].whitespace_ or self.doc[i - 1].is_punct):
            person = self.person_at[i]
            if person.start == i:
                return person, gap
        return None

    def _past_place(self, i: int, sent: Span) -> int:
        """The index after "in Place," (one to three capitalised words and a comma) at ``i``, else ``i``."""
        if i >= sent.end or self.doc[i].lower_ != "in":
            return i
        j = i + 1
        while (
            j < sent.end
            and j - i <= 6
            and j not in self.person_at
            and (
                self.doc[j].pos_ == "PROPN"
                or not self.doc[j - 1].whitespace_  # "Ashton-under-Lyne", "Stoke-on-Trent"
                and (self.doc[j].text == "-" or self.doc[j - 1].text == "-")
            )
        ):
            j += 1
        return j if j > i + 1 and j < sent.end and self.doc[j].text == "," else i

    def _listed_with_clause(self, token: Token) -> Token | None:
        """A person listed under "were" / "are" / "include" with their own clause ("The four leaving were:
        X, who has left for A; Y, who will retire in April"): the clause's verb is theirs."""
        if token.i not in self.person_at:
            return None
        person = self.person_at[token.i]
        for t in self.doc[person.end : min(len(self.doc), person.end + 3)]:
            if t.lower_ in {"who", "which"} and t.head.dep_ == "relcl" and t.head.i > t.i:
                governor = t.head.head
                while governor.head.i != governor.i and governor.pos_ not in {"VERB", "AUX"}:
                    governor = governor.head
                if governor.lemma_ in {"be", "include"} and governor.i < person.start:
                    return t.head
        return None

    def _line_like(self, sent: Span) -> bool:
        """A list line (board attendance, directors' table) rather than prose: a short line is one, unless it is
        a whole sentence (a full stop after a verb with its subject: "A has appointed a new chief workforce
        officer, Dr X." standing alone as a news page's first paragraph)."""
        return not any(t.pos_ == "VERB" for t in sent) or (
            len(self._span_text(sent)) < 90
            and "\n" in sent.text_with_ws[-2:]
            and not (_whole_sentence(sent) and not self.is_minutes)
        )

    def _has_verb_between(self, person: Span, role: Span) -> bool:
        lo, hi = sorted([person.end, role.start])
        return any(t.pos_ in {"VERB"} for t in self.doc[lo:hi])


def _whole_sentence(sent: Span) -> bool:
    """Ends in a full stop and has a verb with its subject."""
    return sent.text.rstrip().endswith(".") and any(t.pos_ == "VERB" and has_subject(t) for t in sent)
