"""Bodies that are not a post's NHS organisation: the trust's own board and council of governors, a council,
college or firm named for another (former) post in the sentence, and a bigger non-NHS name that begins with a
place an NHS body shares ("the Barnsley health and wellbeing board")."""

from __future__ import annotations

import re
from functools import cached_property

from nhs_leaders.nlp.appositions import description_tokens, other_clause_tokens
from nhs_leaders.nlp.cues import ASSESSMENT_NOUNS, GOVERNORS_COUNCIL, INTERNAL_BODIES, ORG_PREPS
from nhs_leaders.nlp.roles import qualifiers
from spacy.tokens import Span, Token

# Words that end a non-NHS name a place begins ("Barnsley health and wellbeing board", "Barnsley Council"); not
# "university" or "college", which end hospitals' names too ("Norwich University Hospital", "King's College Hospital")
NON_NHS_NAME_ENDS = re.compile(
    r"\b(council|wellbeing board|police|housing association|school|club|plc|ltd)\b", re.I
)
FORMER_WORDS = {"former", "formerly", "ex", "ex-", "previously"}  # a title of the past
# the words between "former" and a body that make its post the past one: "the former head of A"
PAST_POST_LINKS = {"the", "head", "chief", "boss", "leader", "executive", "of", "at", "-"}


class OtherBodiesMixin:
    def _own_bodies_masked(self, sent: Span, role: Span | None = None) -> str:
        """The sentence without organisation names and the trust's own bodies (its board, committees,
        council of governors, and "the Council" in governors' papers); with ``role``, also without the bodies
        of the sentence's other posts ("former Royal College of Nursing chief executive X, who was appointed as
        interim chair": the college is X's old post's, not the chair's) and of what the sentence says about its
        people beside their names ("X, the retired principal of a college, as interim chair") and of the
        clauses joined on with subjects of their own ("... and the Welsh Government said it will recruit")."""
        others = [e for e in self._ents_in(sent) if role is not None and self._body_of_other_post(e, role)]
        hidden = {t.i for e in others for t in e}
        if role is not None:  # "appointed X, the retired principal of a Gaelic college, as interim chair"
            hidden |= self._said_elsewhere(sent, role)
        text = INTERNAL_BODIES.sub(" ", self._masked(sent.start, sent.end, hidden))
        return re.sub(r"(?i)\bthe council\b", " ", text) if self._governors_papers else text

    def _said_elsewhere(self, sent: Span, role: Span) -> set[int]:
        """Tokens of what the sentence says beside the post: about its people next to their names, and in
        clauses joined on with subjects of their own."""
        return description_tokens(sent, role, self.person_at) | other_clause_tokens(sent, role)

    def _internal_tokens(self, sent: Span) -> set[int]:
        """Tokens of the trust's own bodies named in the sentence, found in the whole sentence so that a window
        ending inside "the council of governors" does not read "council" as a local authority."""
        return {
            t.i
            for m in INTERNAL_BODIES.finditer(sent.text)
            for t in sent.char_span(m.start(), m.end(), alignment_mode="expand") or ()
        }

    def _governors_council(self, entity: Span) -> bool:
        """ "The Council ratified the appointment": in papers of a council of governors, "the Council" is
        the trust's own council of governors, not a local authority."""
        return entity.text.lower() in {"council", "the council"} and self._governors_papers

    @cached_property
    def _governors_papers(self) -> bool:
        """The document speaks of governors (read once per document)."""
        return bool(GOVERNORS_COUNCIL.search(self.text))

    def _inside_bigger_name(self, end: int, sent: Span) -> bool:
        """The words after an NHS name go on into a non-NHS one ("Barnsley health and wellbeing board")."""
        after = self.doc[end : min(sent.end, end + 4)]
        return (
            len(after) > 0
            and after[0].is_alpha
            and after[0].lower_
            not in {"and", "or", "to", "in", "for", "as", "on", "at", "from", "with", "nhs"}
            and bool(NON_NHS_NAME_ENDS.search(after.text))
        )

    def _body_of_other_post(self, entity: Span, role: Span) -> bool:
        """A body named for a former post of someone in the sentence ("former Royal College of Nursing chief
        executive X", "X, formerly chief executive of Leeds City Council,"): that old post's, not ``role``'s."""
        for other in self.role_spans:
            if abs(other.start - entity.start) > 12:
                continue  # only a title beside the body can own it
            start = min(other.start, entity.start)
            before = {t.lower_ for t in self.doc[max(0, start - 2) : start]}
            if other is role or not ("former" in qualifiers(other) or before & FORMER_WORDS):
                continue
            if entity.end == other.start or (
                entity.end + 1 == other.start and self.doc[entity.end].text in {"'s", "’s"}
            ):
                return True
            if other.end + 1 <= entity.start <= other.end + 2 and self.doc[other.end].lower_ in {"of", "at"}:
                return True
        return False

    def _org_belongs_to_other_role(self, org: Span, role: Span, sent: Span) -> bool:
        """The body is named with another title of the sentence ("chair of A", "A chief executive")."""
        for other in self.role_spans:
            if other is role or not (sent.start <= other.start < sent.end):
                continue
            if other.end <= org.start <= other.end + 2 and self.doc[other.end].lower_ in ORG_PREPS:
                return True
            if org.end <= other.start <= org.end + 1:
                return True
        return False

    def _former_body(self, org: Span, role: Span) -> bool:
        """An NHS body named for a past post of the sentence's ("X, the former chief executive of A, has been
        appointed as chair", "the former head of A", "Former A chief X"): that old post's, not ``role``'s."""
        if self._body_of_other_post(org, role):
            return True
        before = [t.lower_ for t in self.doc[max(0, org.start - 4) : org.start]]
        marks = [i for i, word in enumerate(before) if word in FORMER_WORDS]
        return bool(marks) and all(word in PAST_POST_LINKS for word in before[marks[-1] + 1 :])

    def _only_a_former_body(self, key: str | None, role: Span, sent: Span) -> bool:
        """The sentence names the page's own body only for a past post, the page never has it act (as the
        subject of a verb: "A has named its new chair. X, the former chief executive of A, has been appointed
        as chair" is A's), and the sentence does not speak of "the trust": a new post there is not its ("X, the
        former head of A, has been appointed England's first CCIO")."""
        mentions = [s for s in self.org_spans if key and s.kb_id_ == key]
        here = [s for s in mentions if sent.start <= s.start < sent.end]
        return (
            bool(here)
            and all(self._former_body(s, role) for s in here)
            and not any(s.root.dep_ in {"nsubj", "nsubjpass"} for s in mentions)
            and not any(t.lower_ in {"trust", "trust's"} and t.i not in self.org_at for t in sent)
        )

    def _unknown_name_after(self, j: int, sent: Span) -> bool:
        """ "to become chief executive of St John for New Zealand": a capitalised name after "of" that is no
        NHS body we know and no word of a known body's name in the document is another body's (a name the model
        reads as a person's too: "St John")."""
        token = self.doc[j] if j < sent.end else None
        if token is None or token.pos_ != "PROPN" or not token.is_title or token.ent_type_ == "DATE":
            return False
        if j in self.org_at or any(r.start <= j < r.end for r in self.role_spans):
            return False
        run = self.doc[j : min(sent.end, j + 8)]
        # "chief executive of Treliske and West Cornwall hospitals": a trust's sites, named by place
        if any(t.text in {"hospital", "hospitals"} for t in run):
            return False
        known = {w.lower_ for s in self.org_spans for w in s} | {
            w.lower() for key in {self.main_org} - {None} for w in self._name(key).split()
        }
        return token.lower_ not in known

    def _installed(self, bodies: list[Span], role: Span, predicate: Token | None) -> bool:
        """ "Monitor has appointed an Interim Chair, X, with immediate effect", minutes' "NHS England had confirmed
        the appointment of X as a Non-Executive Director": every body named only appoints, and the post is an
        interim one or the trust's own minutes tell it, so it is the trust's (not "NHS England has appointed X as
        chair": its own post, or another's)."""
        if predicate is None or not all(self._appointing_body(s, predicate, role) for s in bodies):
            return False
        return self.is_minutes or bool(qualifiers(role) & {"interim", "acting"})


def assessor(org: Span, role: Span) -> bool:
    """The body wrote or carried out an assessment the sentence mentions ("after the damning report by the
    Healthcare Commission", "ahead of a Care Quality Commission inspection"), outside the post's own words."""
    root = org.root
    while root.dep_ == "appos" and root.head.i < root.i:  # "the Care Quality Commission (CQC)"
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"by", "from"}:
        head = head.head
    elif root.dep_ not in {"compound", "nmod", "poss"}:
        return False
    return head.lemma_.lower() in ASSESSMENT_NOUNS and not role.start <= head.i < role.end
