"""Names the small model misses (or calls an organisation) where only a person fits, read from their context:
"appointed Gareth Pollitt as", "Helena Marsh has been appointed", "Jo Bloggs said", "the retirement of X".

A mixin of :class:`nhs_leaders.nlp.people.PeopleRecogniser`: methods read the spans the recogniser set."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import BULLETS
from nhs_leaders.nlp.name_initials import NAME_TOKEN
from nhs_leaders.nlp.name_words import NOT_NAME_WORDS, ORGISH, given_name_genders
from nhs_leaders.nlp.vocab import APPOINT_VERBS, DEPART_VERBS, OWNER_WORDS, POST_NOMINALS
from spacy.tokens import Doc, Span

# Nouns of a change in post: a capitalised name next to one is a person ("the appointment of X", "X's decision").
CHANGE_NOUNS = {"appointment", "departure", "retirement", "resignation", "death", "decision", "successor"}
CHANGE_NOUNS |= {"predecessor", "arrival", "exit", "tenure", "dismissal", "suspension"}
PROPER_TAGS = {"NNP", "NNPS"}  # "Hollins", "Evans", "Williams": surnames ending in -s are tagged plural
CHANGE_VERBS = (APPOINT_VERBS | DEPART_VERBS | {"step", "stand"}) - {"name"}
SUCCEEDING = {
    "succeed",
    "succeeds",
    "succeeded",
    "succeeding",
    "replace",
    "replaces",
    "replaced",
    "replacing",
}
BODY_WORDS = {"trust", "board"}  # "Chair of the Trust", "chairman of the Board": a body named by its kind
ATTENDANCE_HEADINGS = {"present", "attendance", "apologies", "absence", "attendees", "absent"}
AUXILIARIES = {"has", "have", "had", "was", "were", "is", "be", "been", "will", "would", "shall", "to"}
CURRENTLY = (", currently", ", formerly", ", previously")  # then the title the person holds or held


class ContextualNamesMixin:
    """Capitalised words read as a name from the words around them."""

    def _contextual_names(self, doc: Doc, blocked: set[int], found: list[Span]) -> list[Span]:
        """Two or three capitalised words the small model misses (or calls an ORG) where only a person
        fits: "appointed Gareth Pollitt as", "Helena Marsh has been appointed", "Jo Bloggs said"."""
        tokens = list(doc)  # Token objects made once: indexing the Doc makes a new one each time
        taken = {i for s in found for i in range(s.start, s.end)}
        role_starts = {s.start for s in doc.spans.get(self.roles_key, [])}
        self._role_ends = {s.end for s in doc.spans.get(self.roles_key, [])}
        self._org_tokens = {t for o in doc.spans.get(self.orgs_key, []) for t in range(o.start, o.end)}
        self._titled_org_ends = {  # "chief executive of X," then the name
            o.end for o in doc.spans.get(self.orgs_key, []) if self._after_title(doc, o.start)
        }
        self._titled_body_ends = self._titled_org_ends | {  # "Chair of the Trust" then the name
            t.i + 1 for t in tokens if t.lower_ in BODY_WORDS and self._after_title(doc, t.i)
        }
        out = []
        i = 0
        while i < len(doc):
            j = i
            while (
                j < len(doc)
                and j - i < 5
                and (
                    tokens[j].tag_ in PROPER_TAGS
                    or tokens[j].text == "-"
                    and not tokens[j - 1].whitespace_
                    and j + 1 < len(doc)
                )
                and NAME_TOKEN.match(tokens[j].text)
                and j not in blocked
                and j not in taken
                and tokens[j].lower_ not in NOT_NAME_WORDS
                and tokens[j].text.lower() not in ORGISH
            ):
                j += 1
            if (
                j - i >= 2
                and (
                    i == 0
                    or tokens[i - 1].tag_ not in PROPER_TAGS
                    or i in self._role_ends
                    or self._given_name_after_titled_body(tokens[i])  # "CEO of Solent Trust Sue H... will"
                    or tokens[i - 1].text in BULLETS  # the tagger may call a bullet a proper noun
                    or heading_word(tokens[i - 1])  # "BRIDGWATER PRESENT Stephen Ladyman Chairman ..."
                )
                and (
                    j == len(doc)
                    or tokens[j].tag_ not in PROPER_TAGS
                    or j in role_starts
                    or j in self._org_tokens  # "• Karen Munro NHS Fife"
                )
            ):
                if self._person_context(doc, i, j, role_starts):
                    out.append(doc[i:j])
                i = j
                continue
            i += 1
        return out

    def _role_follows(self, doc: Doc, i: int, role_starts: set[int]) -> bool:
        """A role title starts at ``i``, perhaps after "the", "now", "our", "its" ("is now the chair")."""
        for _ in range(3):
            if i in role_starts:
                return True
            if i >= len(doc) or doc[i].lower_ not in {"the", "now", "our", "its", "their"}:
                return False
            i += 1
        return i in role_starts

    def _owned_role_follows(self, doc: Doc, i: int, role_starts: set[int]) -> bool:
        """A title after a possessive: "our", "the trust's", "Airedale's", "NHS England's" (then the title)."""
        for _ in range(6):
            if i in role_starts:
                return True
            if i >= len(doc) or not (doc[i].lower_ in OWNER_WORDS or i in self._org_tokens):
                return False
            i += 1
        return False

    def _given_name_after_titled_body(self, token) -> bool:
        """A known given name right after "<title> of (the) Trust / <body>", with no comma between."""
        return token.i in self._titled_body_ends and token.text in given_name_genders()

    def _after_title(self, doc: Doc, start: int) -> bool:
        """The organisation starting at ``start`` follows a title and "of"/"at" ("chief executive of the X")."""
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return i >= 0 and doc[i].lower_ in {"of", "at"} and i in self._role_ends

    def _person_context(self, doc: Doc, start: int, end: int, role_starts: set[int]) -> bool:
        before = doc[start - 1].lower_ if start > 0 else ""
        while end < len(doc) and (
            doc[end].text in POST_NOMINALS
            or doc[end].text == ","
            and end + 1 < len(doc)
            and doc[end + 1].text in POST_NOMINALS
        ):
            end += 1  # "Nick Alston CBE, DL, as chairman": honours stand between the name and what follows
        if before == "of" and start > 1 and doc[start - 2].lemma_.lower() in CHANGE_NOUNS:
            return True  # "the appointment of X", "the retirement of X"
        if (
            end + 1 < len(doc)
            and doc[end].text in {"'s", "’s"}
            and doc[end + 1].lemma_.lower() in CHANGE_NOUNS
        ):
            return True  # "X's decision to step down", "X's appointment"
        after = doc[end : end + 3]
        after_text = " ".join(t.lower_ for t in after)
        if before in {"appointed", "named", "welcomed", "confirmed", "chosen", "selected", "appoint", "name"}:
            return True
        if before == "by" and start > 1 and doc[start - 2].lower_ in {"replaced", "succeeded"}:
            return True  # "chairman X has been replaced by Dyfed Edwards": only a person replaces a person
        if before in SUCCEEDING or re.search(
            r"\b(tak\w*|took) over from$", doc[max(0, start - 3) : start].text.lower()
        ):
            return True  # "He will succeed X on 17 October", "takes over from X": only a person is succeeded
        if before in {"asked", "invited"} and after_text.startswith(
            ("to serve", "to act", "to become", "to lead")
        ):
            return True  # "the board has asked X to serve as acting chief executive"
        if start in self._role_ends or (before in {",", ":"} and start - 1 in self._role_ends):
            return True
        # a roster's bullet line: "• Ian Cherry from NHS Greater Preston CCG", "• A B, NHS Fife"
        if before in BULLETS and (
            after_text.startswith("from")
            and end + 1 + (doc[end + 1].lower_ == "the") in self._org_tokens
            or end + after_text.startswith(",") in self._org_tokens
        ):
            return True
        if before == "," and start - 1 in self._titled_org_ends:
            return True  # "the current chief executive of X, Wenna Polglase, ..."
        if self._given_name_after_titled_body(doc[start]):
            return True  # "Chair of the Trust Anne Shaw said", with no comma: a given name opens the name
        # "Chairwoman of the trust, Mairi Mclean, said": a title's holder set off by commas, then the speech verb
        if (
            before == ","
            and after_text.startswith((", said", ", says", ", added"))
            and any(e in self._role_ends for e in range(start - 5, start))
        ):
            return True
        if end in role_starts or (after_text.startswith((",", "(")) and end + 1 in role_starts):
            return True
        if re.match(r", (aged )?[1-9]\d ,", " ".join(t.lower_ for t in doc[end : end + 4])):
            return True  # "Sam Allen, 46, who runs ...", "Dr X, aged 59, who heads ...": news gives a person's age
        if after_text.startswith(",") and self._owned_role_follows(doc, end + 1, role_starts):
            return True  # "Saoirse Delamere-Quist, our Chief Operating Officer, ...", "X, the trust's deputy ..."
        if after_text.startswith(CURRENTLY) and self._role_follows(doc, end + 2, role_starts):
            return True  # "Candy Morris CBE, currently chief executive of NHS South East Coast, ..."
        # "Averil Dongworth has said her three years ...", "X announced that he will step down"
        if re.match(r"(has|had) said\b|announced that (he|she)\b", after_text):
            return True
        if after_text.startswith(("as ",)) and end + 1 in role_starts:
            return True
        if re.match(r"ha[sd] (served|acted) as$", after_text) and self._role_follows(
            doc, end + 3, role_starts
        ):
            return True  # "X has served as interim chief executive since ...": only a person serves as a post
        if end < len(doc) and doc[end].lemma_ == "be" and self._role_follows(doc, end + 1, role_starts):
            return True  # "Obinna Egwu is the new chief people officer at ..."
        if re.match(r"(announced|announces|confirmed) (his|her|their) (\w+)$", after_text) and (
            doc[end + 2].lemma_.lower() in CHANGE_NOUNS
        ):
            return True  # "X announced his resignation": a person's own change
        if end < len(doc) and doc[end].tag_ in {"VBD", "VBZ"} and doc[end].lemma_ in CHANGE_VERBS:
            return True  # "Evander Quillfeather stepped down on March 2", "X joins the board"
        if re.match(r"(takes|took|will take|is to take) over\b", after_text):
            return True  # "Rhiannon Cole takes over from Y": only a person takes over a post
        if self._change_after_auxiliaries(doc, end):
            return True  # "X had resigned as", "that X be appointed as", "X was appointed"
        if before in {
            "be",
            "is",
            "was",
            "successor",
            "replaces",
            "succeeds",
            "follows",
        } and after_text.startswith((", currently", ", who", ", the", ", a ", ", an ", ",")):
            return True
        return after_text.startswith(
            ("said", "says", "added", "has been", "had been", "will ", "would ", ", who", "who ")
        )

    @staticmethod
    def _change_after_auxiliaries(doc: Doc, end: int) -> bool:
        """One or two auxiliaries after the name (with an adverb among them: "was formally", "has today been"),
        then a verb of appointment or departure."""
        i, auxiliaries = end, 0
        while (
            i < len(doc)
            and auxiliaries < 2
            and (doc[i].lower_ in AUXILIARIES or auxiliaries and _aside(doc[i]))
        ):
            auxiliaries += doc[i].lower_ in AUXILIARIES
            i += 1
        if not end < i < len(doc) or doc[i].lemma_ not in CHANGE_VERBS:
            return False
        # "X is stepping down", "X was leaving": a progressive after a form of "be" counts too
        return (
            doc[i].tag_ in {"VBN", "VB"}
            or doc[i].tag_ == "VBG"
            and doc[i - 1].lower_ in {"is", "was", "be", "been"}
        )


def heading_word(token) -> bool:
    """A minutes heading in capitals with no colon, flattened into the names after it: "PRESENT", "IN
    ATTENDANCE", "APOLOGIES"."""
    return token.text.isupper() and token.lower_ in ATTENDANCE_HEADINGS


def _aside(token) -> bool:
    """An adverb between auxiliaries and their verb: "formally", "officially", "now", "today"."""
    return token.tag_ == "RB" and token.lower_ != "not" or token.lower_ == "today"
