"""Stage (a), a post the speaker of a quotation announces as their own: 'Mr X said: "I am delighted to have been
appointed as the new chief executive"', '"I am thrilled to be joining A as its chair," said X'. News gives the
appointee's own words, often the only sentence that names the post beside the name (the third-person sentence
says "will take up post in January"). The speaker is the person named at the quotation's edge with a verb of
saying; the post is the title the phrasing leads to, at the body it names, else the document's.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re
from functools import lru_cache

from nhs_leaders.nlp.anchored_matcher import AnchoredMatcher
from nhs_leaders.nlp.cues import APPOINT, YEARS_AGO, Event
from nhs_leaders.nlp.roles import chairs_a_committee, qualifiers
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

FEELINGS = [
    *("delighted", "thrilled", "honoured", "honored", "pleased", "proud", "excited", "privileged"),
    *("humbled", "glad", "happy"),
]
# "I am (very / really / both) delighted (and honoured) to have been appointed / to be joining ... as"
SELF_ANNOUNCED = [
    [
        {"LOWER": "i"},
        {"LOWER": {"IN": ["am", "'m", "’m"]}},
        {"POS": "ADV", "OP": "{0,2}"},
        {"LOWER": "both", "OP": "?"},  # "I am both honoured and privileged to have been appointed"
        {"LOWER": {"IN": FEELINGS}},
        {"LOWER": {"IN": ["and", "&"]}, "OP": "?"},
        {"LOWER": {"IN": FEELINGS}, "OP": "?"},
        {"LOWER": "to"},
        *taking,
    ]
    for taking in (
        [
            {"LOWER": "have"},
            {"LOWER": "been"},
            {"LOWER": {"IN": ["appointed", "chosen", "selected", "named"]}},
        ],
        [{"LOWER": "be"}, {"LOWER": {"IN": ["appointed", "named", "joining", "becoming"]}}],
        [{"LOWER": "be"}, {"LOWER": "taking"}, {"LOWER": {"IN": ["up", "on"]}}],
        [{"LOWER": {"IN": ["join", "become"]}}],
        [{"LOWER": "take"}, {"LOWER": {"IN": ["up", "on"]}}],
    )
]
# Words that may stand between the phrasing and the title: "as (the / its / our) (new) ...", "to the role of",
# "appointed chair of"; a body's name stands there only after "joining" ("joining A as its chief executive").
BETWEEN = {"as", "the", "new", "its", "our", "role", "post", "position", "of", "to", "this", "permanent"}
SAYS = {"said", "says", "added"}
BODY_WORDS = {"trust", "board", "team", "organisation", "hospital"}  # "joining the Trust as ..."
SAID_BEFORE = re.compile(r"\b(said|says|added|commented|explained|stated)\s*[:,]?\s*$", re.I)
SAID_AFTER = re.compile(r"^[\s,]*(said|says|added|commented|explained)?\s*$", re.I)


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> AnchoredMatcher:
    return AnchoredMatcher(vocab, [("SELF_ANNOUNCED", pattern) for pattern in SELF_ANNOUNCED])


class QuotedSelvesMixin:
    def _self_announced(self, events: list[Event]) -> list[Event]:
        """An appointment for each quotation in which its named speaker announces a post as their own."""
        out: list[Event] = []
        for _, start, end in _matcher(self.doc.vocab)(self.doc):
            if self.doc[start].idx not in self.quoted:
                continue
            sent = self.sent_of.get(start)
            role = (
                self._announced_title(start, end)
                if sent is not None and self._told_now(sent, start)
                else None
            )
            speaker = self._quotation_speaker(start) if role is not None else None
            if speaker is None:
                continue
            verb = self.doc[end - 1]
            for org in self._organisations(sent, role, verb):
                interim = bool(qualifiers(role) & {"interim", "acting"})
                when = self._date(sent, role, APPOINT, verb)
                info = self.doc._.nhs_people.get(speaker.kb_id_)
                out.append(
                    self._post_event(speaker.kb_id_, role, org, APPOINT, sent, interim, when, 0.7, None, info)
                )
        return out

    def _told_now(self, sent: Span, start: int) -> bool:
        """The announcement is news, said plainly: not hoped ("If the panel chooses me, I am happy to ..."), not
        relayed ("... told me: I am delighted"), not told of an earlier year ("appointed chief executive of this
        trust in 2013", "When he arrived in 2009, X said:", "nine years ago")."""
        first = self._quotation_edges(self.doc[start].idx)[0]
        before = self.text[first : self.doc[start].idx]
        if ":" in before or re.search(r"\b(if|unless|should|whether|were)\b", before, re.I):
            return False
        told = self.text[self.text.rfind("\n", 0, first) + 1 : sent.end_char]
        now = self.reference_year
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", told)]  # "In a 2019 interview, X said:"
        return not YEARS_AGO.search(told) and not (now and any(y < now for y in years))

    def _announced_title(self, start: int, end: int) -> Span | None:
        """The title the phrasing leads to inside the quotation, with only linking words between ("to have been
        appointed as the new ..."); after "joining", the title after "as" ("joining the team at A as its ...")."""
        i = end
        if self.doc[end - 1].lower_ in {"joining", "join"}:
            words = [t for t in self.doc[end : end + 10] if t.idx in self.quoted]
            i = next((t.i + 1 for t in words if t.lower_ == "as"), None)
            between = self.doc[end : i - 1] if i is not None else []
            if (
                i is None
                or any(  # "joining Bupa UK as", "joining the board in welcoming Y as": no post joined
                    t.is_punct or t.pos_ in {"VERB", "AUX"} or t.pos_ == "PROPN" and not self._body_word(t)
                    for t in between
                )
            ):
                return None
        for j in range(i, min(i + 6, len(self.doc))):
            if self.doc[j].idx not in self.quoted:
                return None
            if j in self.role_at and self.role_at[j].start == j:
                title = self.role_at[j]  # not "the role of chair of the audit committee"
                return None if chairs_a_committee(title) else title
            if self.doc[j].lower_ not in BETWEEN:
                return None
        return None

    def _body_word(self, token: Token) -> bool:
        """A word of a known NHS body's name, or "the Trust" / "the Board" written with a capital."""
        return token.i in self.org_at or token.lower_ in BODY_WORDS

    def _quotation_speaker(self, inside: int) -> Span | None:
        """The person named with a verb of saying at the edge of the quotation holding token ``inside``: before
        it ("X said:", "X, the trust's new chair, said:") or after it ('," said X', '," X said')."""
        first, last = self._quotation_edges(self.doc[inside].idx)
        base = max(0, first - 160)
        head = self.text[base:first].rstrip()
        said = SAID_BEFORE.search(head)
        if said is not None:
            line = base + head.rfind("\n") + 1
            named = [
                p
                for p in self.people_spans
                if line <= p.start_char
                and p.end_char <= base + said.start()
                and p.start_char not in self.quoted
            ]
            return named[0] if len(named) == 1 else None
        return self._named_after(last)

    def _named_after(self, last: int) -> Span | None:
        """'," said X' / '," X said': the speaker named straight after the quotation (not a pronoun: "she
        said" after a quotation may point back past the person the quotation is about)."""
        following = [t for t in self.doc if last <= t.idx < last + 40 and not t.is_punct and not t.is_space]
        said = bool(following) and following[0].lower_ in SAYS
        word = following[int(said)] if len(following) > int(said) else None
        person = self.person_at.get(word.i) if word is not None else None
        if person is None or person.start != word.i:
            return None
        told = said or (person.end < len(self.doc) and self.doc[person.end].lower_ in SAYS)
        return person if told and SAID_AFTER.match(self.text[last : person.start_char]) else None

    def _quotation_edges(self, at: int) -> tuple[int, int]:
        """First and one-past-last character offsets of the quotation holding character ``at``."""
        first = at
        while first - 1 in self.quoted:
            first -= 1
        last = at
        while last in self.quoted:
            last += 1
        return first, last
