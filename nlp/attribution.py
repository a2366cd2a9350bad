"""Stage (b), attribution: which organisation(s) a post belongs to ("of/at X", possessives, coordinated
lists, "the trust", the document's own organisation).

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.appositions import description_tokens
from nhs_leaders.nlp.cues import (
    ARRIVE_VERBS,
    CURRENT_WORDS,
    INTERNAL_BODIES,
    NON_NHS_CONTEXT,
    NOT_NHS,
    ORG_PREPS,
    POST_WORDS,
    REFERRED_KINDS,
    REGIONAL_BODIES,
    past_evaluative,
    refers_back,
)
from nhs_leaders.nlp.gazetteer import by_key, listed_key, trust_by_place
from nhs_leaders.nlp.orgs import NON_NHS_WORDS, org_name
from nhs_leaders.nlp.other_bodies import assessor
from nhs_leaders.nlp.possessive_owners import HOLDER_NOW
from nhs_leaders.nlp.roles import qualifiers
from nhs_leaders.nlp.sentences import ATTENDANCE_HEAD
from nhs_leaders.nlp.vocab import APPOINT_VERBS, DEPART_VERBS, REPORT_VERBS
from spacy.tokens import Span, Token

MOVE_TO_VERBS = APPOINT_VERBS | {"take", "lead", "head", "run", "chair"}
TAKEN_BY = APPOINT_VERBS | {"replace", "succeed"}  # "replaced by X, from Y", "appointed X, from Y"
MOVING_ON_VERBS = DEPART_VERBS | {"step", "move"}  # a leaving the purpose clause hangs on
# "to become / be / join / take up (a) <title>": the post a leaver goes to ("a": not one the text names)
TAKEN_UP = re.compile(r"\bto (become|be|join|take up)(\s+(the|its|(?P<a>an?)(\s+[a-z][\w-]*){0,2}))?\s*$")
TAKING_VERBS = {"become", "be", "join", "take"}
TITLE_POST_NOUNS = {"post", "role", "job", "position"}  # "to take up a chief executive post at ..."
# a trust described by the hospital it runs, not named: "the (under-fire health) trust which runs Pinderfields
# Hospital", "an NHS trust in charge of Bury's Fairfield Hospital"
RUNNING_TRUST = re.compile(
    r"(?i)(the|an?) ([\w'’-]+ ){0,3}trust,? ((which|that) (runs|manages|operates)|in charge of|responsible for)\b"
)
# a number of bodies of one kind, not named one by one: "(the) five CCGs", "eight clinical commissioning groups"
COUNTED_BODIES = re.compile(
    r"(?i)(the |all )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) "
    r"(\w+ ){0,2}(ccgs|icbs|pcts|trusts|clinical commissioning groups|commissioning groups)\b"
)
# "the trust's deputy", "the hospital's medical director", "the city's director of public health"
LOCAL_WORDS = {"trust", "hospital", "city", "council", "county"}


class AttributionMixin:
    # ---- which organisation -----------------------------------------------------------------------
    def _organisations(
        self, sent: Span, role: Span, predicate: Token | None
    ) -> list[tuple[str | None, str, float]]:
        doc = self.doc
        # "national" as written counts too ("national medical director Sir X"), unless a body is named with it
        # ("national medical director for NHS Wales", "Marie Curie's national medical director")
        owned = role.start > 0 and doc[role.start - 1].text in {"'s", "’s"}
        written = [] if owned or self._body_named_after(role.end, sent) else role.text.lower().split()[:1]
        if {"regional", "national"} & set(role.label_.split()[:3] + written):
            national = [
                s
                for s in self.org_spans
                if s.kb_id_
                and by_key()[s.kb_id_].kind == "national_body"
                and s.start < role.start
                and by_key()[s.kb_id_].name in REGIONAL_BODIES
            ]
            home = [s for s in national if s.kb_id_ == self.main_org]  # a bulletin of NHS Improvement's own
            if national:
                return [((home or national)[-1].kb_id_, org_name((home or national)[-1]), 0.9)]
            key = "name:NHS England"
            return [(key, "NHS England", 0.6)] if key in by_key() else []
        quals = qualifiers(role)
        in_common = (
            "in common" in role.text.lower() or doc[role.end : role.end + 2].text.lower() == "in common"
        )
        if (
            quals & {"group", "joint"} or in_common or self._of_both(role)
        ):  # "chief executive in common"; "of both"
            group = self._coordinated_orgs(sent)
            if len(group) >= 2:
                return group
            group = self._group_members(sent, role)  # "Group CEO": trusts joined in an earlier sentence
            if group:
                return group
        shared = self._shared_by_titles(sent, role, predicate)
        if shared:
            return shared
        i = role.end
        taken_up = TAKEN_UP.search(doc[max(sent.start, role.start - 5) : role.start].text)
        if taken_up and (
            self._unnamed_body_after(i, sent)
            or taken_up.group("a")
            and self._leaving_to(role, sent)
            and not self._body_named_after(i, sent)
        ):
            return []  # "leaves to become chief executive of a foundation trust in the region": a body not named;
            # "left A to take up a chief executive role in Australia": an indefinite post is not A's
        # "Medical Director In attendance:": a row's last title before the next heading has no body after it
        heading = i < sent.end and ATTENDANCE_HEAD.match(self.text, doc[i].idx)
        if i < sent.end and doc[i].lower_ in ORG_PREPS - {"to", "with"} and not heading:
            j = i + 1
            while j < sent.end and (
                doc[j].lower_ in {"the", "both"}
                or doc[j].is_space
                or (doc[j].lower_ in {"nhs", "foundation"} and doc[j + 1].lower_ in {"foundation", "trust"})
                or doc[j : j + 2].text.lower() == "commissioning group"
                or doc[j : j + 2].text.lower() == "health board"
                and self._health_board_before(doc[j + 1])
            ):  # "chief executive of the NHS Trust", "of the commissioning group", "of the health board"
                j += 1
            j = past_evaluative(doc, j, sent.end, self.org_at)  # "chief executive of under fire A"
            if j in self.org_at and self._inside_bigger_name(self.org_at[j].end, sent):
                return []  # "chair of the Barnsley health and wellbeing board": not the Barnsley trust
            if COUNTED_BODIES.match(doc[j : min(sent.end, j + 5)].text):
                return []  # "chief officer of the five CCGs", "for two CCGs in X": bodies not named one by one
            if RUNNING_TRUST.match(doc[i + 1 : min(sent.end, i + 12)].text):
                # "chairman of the trust which runs Stafford Hospital": the story's trust, not the hospital it runs
                key = listed_key(self._local_main())
                return [(key, self._name(key), 1.0)] if key else []
            listed = self._org_list(j, sent)
            if listed:
                return listed
            if j < sent.end and doc[j].lower_ in {*REFERRED_KINDS, "board", "group"} - {"hospital"}:
                referred = self._referred_org(doc[j]) or self._local_main()
                return [(referred, self._name(referred), 1.0)] if referred else []
            place = self._place_after(j, sent) if doc[i].lower_ in {"at", "of"} else None
            if place is not None:
                return place
            if doc[i].lower_ == "for" and doc[j].text == "England" and j == i + 1:
                key = "name:NHS England"  # "chief nursing officer for England": the national post
                return [(key, "NHS England", 0.8)] if key in by_key() else []
            if j < sent.end and (
                NON_NHS_CONTEXT.search(doc[j : min(sent.end, j + 6)].text)
                or doc[j].ent_type_ in {"ORG", "GPE"}
                or doc[i].lower_ == "of"
                and self._unknown_name_after(j, sent)
            ):
                return []
        if role.start > sent.start and doc[role.start - 1].lower_ in {"its", "our", "their"}:
            subject = self._subject_org(sent, role)
            if subject is None:
                return self._main(1.0, sent)
            return [] if subject is NOT_NHS else [(subject.kb_id_ or None, org_name(subject), 1.0)]
        if i < sent.end and doc[i].lower_ in {"of", "at"} and i + 2 < sent.end and doc[i + 1].lower_ == "the":
            referred = self._referred_org(doc[i + 2])
            if referred:
                return [(referred, self._name(referred), 0.95)]
        # "X's chief executive", "X chief executive", "the trust's chief executive"
        k = role.start - 1
        if k > sent.start and doc[k].lower_ in HOLDER_NOW and self._owner_named(k - 2, sent):
            k -= 1  # "the board's current chief executive"
        if k >= sent.start and doc[k].text in {"'s", "’s", "'"}:
            k -= 1
        if k >= sent.start and k in self.org_at:
            span = self.org_at[k]
            if span.start > sent.start and NON_NHS_CONTEXT.fullmatch(doc[span.start - 1].text):
                return []  # "Healthwatch Norfolk chief executive": a bigger, non-NHS name
            return [(span.kb_id_ or None, org_name(span), 1.0)]
        place = self._place_before(k, sent)  # "Pete Landstrom will be new Royal Free CEO"
        if place is not None:
            return place
        if k >= sent.start and refers_back(doc, k, sent.start):
            referred = self._referred_org(doc[k]) or self._local_main()
            return [(referred, self._name(referred), 1.0)] if referred else []
        hidden = self._internal_tokens(sent) | description_tokens(sent, role, self.person_at)
        window = self._masked(max(sent.start, role.start - 3), min(sent.end, role.end + 5), hidden)
        if NON_NHS_CONTEXT.search(INTERNAL_BODIES.sub(" ", window)):
            return []
        lead_in = self._list_lead_in(sent, role)
        if (
            lead_in is not None
        ):  # "Three directors are leaving X: A, who has left for Y; B, ...": each leaves X
            return [(lead_in.kb_id_ or None, org_name(lead_in), 0.85)]
        # Organisations the governing verb reaches: "joins X as", "take charge of X", "At X, chief executive ..."
        in_sent = [
            s
            for s in self.org_spans
            if sent.start <= s.start < sent.end
            and not self._origin(s, role)
            and self._same_list_item(s, role, sent)
            and not self._moved_on_to(s, role)
            and not self._in_clause_about_the_person(s, role)
            and not self._in_what_is_said(s, role, predicate)
            and not assessor(s, role)
            and not self._former_body(s, role)  # "X, the former head of A, has been appointed as ..."
        ]
        references = [
            t
            for t in sent
            if t.lower_ in {"trust", "icb", "ccg", "pct", "sha"}
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
            reached = [
                s
                for s in reached
                if not self._org_belongs_to_other_role(s, role, sent)
                and not self._appointing_body(s, predicate, role)
            ]
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
            and not (predicate is not None and self._appointing_body(s, predicate, role))
        ]
        if free:
            nearest = min(free, key=lambda s: abs(s.start - role.start))
            return [(nearest.kb_id_ or None, org_name(nearest), 0.7)]
        if any(
            e.label_ == "ORG"
            and NON_NHS_WORDS.search(e.text)
            and not INTERNAL_BODIES.search(e.text)
            and not self._governors_council(e)
            and not any(o.start < e.end and e.start < o.end for o in self.org_spans)
            and not any(r.start < e.end and e.start < r.end for r in self.role_spans)
            and not self._body_of_other_post(e, role)
            and e.start not in self._said_elsewhere(sent, role)  # last: only for a body that would decide
            for e in self._ents_in(sent)
        ):
            return []
        promoted = self._promoted_at(in_sent, role, predicate, sent)
        if promoted is not None:
            return [(promoted.kb_id_ or None, org_name(promoted), 0.8)]
        if (
            in_sent
            and not any(t.lower_ in {"trust", "trust's"} for t in sent)
            and not self._installed(in_sent, role, predicate)
        ):
            return []
        if NON_NHS_CONTEXT.search(self._own_bodies_masked(sent, role)) or self._only_a_former_body(
            self.main_org, role, sent
        ):
            return []  # no NHS body named, the sentence about a council, firm...; or the body a past post's
        if CURRENT_WORDS.search(self._span_text(sent)) and any(
            sent.start <= s.start < sent.end and s.kb_id_ in {self.main_org, ""} for s in self.org_spans
        ):
            return []  # "X, currently medical director at A, has been appointed chief executive": not at A
        return self._main(0.8, sent)

    def _body_named_after(self, i: int, sent: Span) -> bool:
        """An organisation named right after the title: "a chief executive (role) at/of/with (the) A"."""
        if i < sent.end and self.doc[i].lower_ in POST_WORDS:
            i += 1
        if i >= sent.end or self.doc[i].lower_ not in ORG_PREPS:
            return False
        j = i + 2 if i + 1 < sent.end and self.doc[i + 1].lower_ == "the" else i + 1
        return j in self.org_at or j < sent.end and self.doc[j].lower_ in REFERRED_KINDS

    def _leaving_to(self, role: Span, sent: Span) -> bool:
        """The purpose clause before the title hangs on a leaving: "left A to become a ...", "is leaving to take
        up a ..." (not "joins A to become a ...")."""
        verbs = [
            t for t in self.doc[max(sent.start, role.start - 7) : role.start] if t.lemma_ in TAKING_VERBS
        ]
        leaving = verbs[-1].head if verbs else None
        return (
            leaving is not None
            and leaving.lemma_ in MOVING_ON_VERBS
            and not any(  # "is moving to Leeds Teaching Hospitals to become a ...": the body moved to
                c.lower_ == "to" and any(g.i in self.org_at for g in c.subtree) for c in leaving.children
            )
        )

    def _unnamed_body_after(self, i: int, sent: Span) -> bool:
        """ "of a foundation trust in the region", "at another trust", "of an NHS trust in Essex", "(a chief
        executive) post at a large teaching hospital": an indefinite body after the title (or its post noun)."""
        words = [t.lower_ for t in self.doc[i : min(i + 6, sent.end)]]
        words = words[1:] if words[:1] and words[0] in TITLE_POST_NOUNS else words[:5]
        if len(words) < 3 or words[0] not in {"of", "at"} or words[1] not in {"a", "an", "another"}:
            return False
        return any(w in REFERRED_KINDS for w in words[2:5])

    def _place_after(self, j: int, sent: Span) -> list[tuple[str | None, str, float]] | None:
        """ "Chief Exec at Airedale": a place name the gazetteer does not hold as a name is the one trust
        whose name opens with it (else None: read on)."""
        end = j
        while (
            end < min(sent.end, j + 3)
            and self.doc[end].pos_ == "PROPN"
            and self.doc[end].is_title
            and end not in self.org_at
            and not any(r.start <= end < r.end for r in self.role_spans)
        ):
            end += 1
        trust = trust_by_place(self.doc[j:end].text) if end > j else None
        return [(trust.key, self._name(trust.key), 0.8)] if trust is not None else None

    def _place_before(self, k: int, sent: Span) -> list[tuple[str | None, str, float]] | None:
        """ "new Royal Free CEO", "the Airedale chief executive": capitalised words right before a title that
        open exactly one trust's name."""
        start = k + 1
        while (
            start - 1 >= max(sent.start, k - 2)
            and self.doc[start - 1].pos_ == "PROPN"
            and self.doc[start - 1].is_title
        ):
            start -= 1
        if start > k or start - 1 in self.person_at or k in self.person_at:
            return None
        trust = trust_by_place(self.doc[start : k + 1].text)
        return [(trust.key, self._name(trust.key), 0.8)] if trust is not None else None

    def _origin(self, org: Span, role: Span) -> bool:
        """ "joins the Trust as chief executive from Y", "appointed interim chief executive, moving from his
        position at Y": Y is where the person comes from."""
        root = org.root
        held = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"at", "with"} else None
        if held is not None and held.lower_ in POST_WORDS and held.dep_ == "pobj":
            root = held  # "from his position at Y": the post at Y is the one left
        if root.dep_ != "pobj" or root.head.lower_ != "from" or role.start > org.start:
            return False
        head = root.head.head
        for _ in range(4):
            if head.pos_ in {"VERB", "AUX"}:
                return (
                    head.lemma_ in ARRIVE_VERBS or self._named_between(role, org) and head.lemma_ in TAKEN_BY
                )

            if head.head.i == head.i:
                return False
            head = head.head
        return False

    def _named_between(self, role: Span, org: Span) -> bool:
        """A person is named between the title and "from Y" ("replaced by interim nursing director X, from Y":
        Y is where X comes from, not where the post is)."""
        return any(role.end <= p.start and p.end <= org.start for p in self.people_spans)

    def _appointing_body(self, org: Span, predicate: Token, role: Span) -> bool:
        """ "The NTDA has appointed vice-chairman X to take over as chair", "X was appointed as Chairman by NHS
        Improvement": a national body appointing a trust's chair or non-executive is not where the post is (NHS
        England appointing its own directors is). So too any post on a page about a local body: "Monitor has
        appointed X as interim chief executive" on a page about the trust it stepped into."""
        board = "chair" in role.label_ or "non-executive" in role.label_ or "independent" in role.label_
        elsewhere = self._local_main() not in {None, org.kb_id_}  # a page about a local body, not this one
        root = org.root
        subject = root.dep_ == "nsubj" or root.dep_ == "appos" and root.head.dep_ == "nsubj"
        subject = subject or root.dep_ == "pobj" and root.head.dep_ == "agent"  # "appointed as chair by NHSI"
        national = bool(org.kb_id_) and by_key()[org.kb_id_].kind == "national_body"
        return (board or elsewhere) and subject and national and predicate.lemma_ in APPOINT_VERBS

    def _org_in_other_clause(self, org: Span, predicate: Token) -> bool:
        """The organisation is the subject of another verb, or sits in an "until/while/after" clause."""
        root = org.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i != predicate.i:
            # the page's own body announcing its post (not "NHS Improvement has confirmed that X will be ...")
            return not (org.kb_id_ and org.kb_id_ == self.main_org and _announces(root.head, predicate))
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

    def _in_what_is_said(self, org: Span, role: Span, predicate: Token | None) -> bool:
        """ "Chief executive X said that the trust was working with the TDA": an organisation in what the
        person says is not where the person's own title is."""
        if predicate is None or predicate.lemma_ not in REPORT_VERBS:
            return False
        said = [c for c in predicate.children if c.dep_ == "ccomp"]
        inside = {t.i for c in said for t in c.subtree}
        return org.start in inside and role.start not in inside

    def _in_clause_about_the_person(self, org: Span, role: Span) -> bool:
        """ "Interim chief executive X, who was previously chief executive of A before leaving to work for B,",
        "X, currently associate director at A, will take up her post as director of nursing": a relative clause
        or apposition about the person holds organisations that are not the title's outside it."""
        for head in org.root.ancestors:
            if head.dep_ in {"relcl", "appos"}:
                return not (head.left_edge.i <= role.start <= head.right_edge.i)
        return False

    def _moved_on_to(self, org: Span, role: Span) -> bool:
        """The organisation sits in the purpose clause of a leaving that the role is not part of ("X, chief nurse
        since 2016, stepped down to take up a role with Y", "resigned to become director of nursing at Y")."""
        current = org.root
        for _ in range(10):
            if current.head.i == current.i:
                return False
            leaving = _purpose_head(current)
            if (
                leaving is not None
                and current.lemma_ in MOVE_TO_VERBS
                and leaving.lemma_ in MOVING_ON_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            ):
                return role.root not in current.subtree
            current = current.head
        return False

    def _ents_in(self, sent: Span) -> list[Span]:
        """Named entities inside ``sent`` (``Span.ents`` walks the whole document each time)."""
        if not hasattr(self, "_ents"):
            self._ents = list(self.doc.ents)
        return [e for e in self._ents if sent.start <= e.start < sent.end]

    def _masked(self, start: int, end: int, hidden: frozenset[int] | set[int] = frozenset()) -> str:
        """Text of tokens start..end with role titles, NHS organisations (and ``hidden``) blanked ("Company
        Secretary" is not a company, "University Hospitals Plymouth NHS Trust" not a university)."""
        return " ".join(
            "_" if t.i in self.org_at or t.i in self.role_at or t.i in hidden else t.text
            for t in self.doc[start:end]
        )

    def _shared_by_titles(
        self, sent: Span, role: Span, predicate: Token | None
    ) -> list[tuple[str | None, str, float]]:
        """ "the deputy chief executive and director of nursing at B": titles joined by "and" (or commas) share
        the organisation the last one names."""
        last, i = role, role.end
        while i + 1 < sent.end and self.doc[i].lower_ in {"and", "&", ","} and i + 1 in self.role_at:
            last = self.role_at[i + 1]
            if last.start != i + 1:
                return []
            i = last.end
        if last is role or i >= sent.end or self.doc[i].lower_ not in {"of", "at"}:
            return []
        return self._organisations(sent, last, predicate)

    def _promoted_at(
        self, in_sent: list[Span], role: Span, predicate: Token | None, sent: Span
    ) -> Span | None:
        """ "Sussex ICB chief people officer X will become interim CEO", "UHB's deputy CEO X will take over as
        interim CEO": a post named after the verb with no body of its own is at the one body the sentence
        names, when that body belongs to the title before the verb (not "currently ... at A")."""
        if predicate is None or role.start < predicate.i or CURRENT_WORDS.search(self._span_text(sent)):
            return None
        if not qualifiers(role) & {"interim", "acting"}:
            # a permanent post named without its body is as often elsewhere ("... She will join B")
            return None
        after = role.end
        if after < sent.end and self.doc[after].lower_ == "designate":
            after += 1
        if after < sent.end and self.doc[after].lower_ in ORG_PREPS:
            return None  # "appointed chief executive designate of the new organisation": a body of its own
        before = [
            s for s in in_sent if s.end <= predicate.i and self._org_belongs_to_other_role(s, role, sent)
        ]
        if not before or len(before) != len(in_sent) or len({s.kb_id_ or s.text for s in before}) != 1:
            return None
        return before[0]

    def _main(self, confidence: float, sent: Span | None = None) -> list[tuple[str | None, str, float]]:
        """The document's organisation; but where that is a national body and the sentence speaks of "the
        trust" or "the hospital", the trust it points back to ("The trust's deputy, X, will be interim chief
        executive" in a story about a chief executive's move to NHS England)."""
        if not self.main_org:
            return []
        key = self._local_trust(sent) if sent is not None else None
        if key == "":
            return []  # "the hospital's chief executive" on a page about NHS England: some hospital's, unknown
        key = key or self.main_org
        return [(key, self._name(key), confidence)]

    def _local_trust(self, sent: Span) -> str | None:
        """The local body "the trust / the hospital" means on a national body's page; "" when the sentence
        speaks of a local body (or a city, a council) the page does not name."""
        if by_key()[self.main_org].kind != "national_body":
            return None
        unknown = any(sent.start <= s.start < sent.end and not s.kb_id_ for s in self.org_spans)
        for token in sent:
            if token.lower_ in LOCAL_WORDS and "the" in {
                t.lower_ for t in self.doc[max(sent.start, token.i - 2) : token.i]
            }:
                key = self._referred_org(token)
                if key and by_key()[key].kind != "national_body":
                    return key
                unknown = True
        return "" if unknown else None

    def _name(self, key: str) -> str:
        """The name this document uses for an organisation (a former name stays the former name)."""
        return self.label_for.get(key) or by_key()[key].name


def _purpose_head(verb: Token) -> Token | None:
    """The verb a purpose clause belongs to: "stepped down to take up ...", "stepping down in order to take up
    a secondment to B" (the parser hangs "in order to" clauses on "order")."""
    if verb.dep_ in {"advcl", "xcomp"}:
        return verb.head
    order = verb.head
    in_order = verb.dep_ == "acl" and order.lower_ == "order" and order.head.lower_ == "in"
    return order.head.head if in_order else None


def _announces(head: Token, predicate: Token) -> bool:
    """ "A is pleased to announce that X will be acting chief executive", "A has confirmed that X ...", "A said X
    would step down as chief executive": the body announcing a post is the post's, not the subject of some other
    clause."""
    below = list(head.subtree)
    if head.lemma_ == "say":  # only what is said outright: not "said it was unclear whether X would go"
        return _said_outright(head, predicate)
    return any(t.i == predicate.i for t in below) and any(
        t.lemma_ in {"announce", "confirm"} and t.i < predicate.i for t in below
    )


def _said_outright(said: Token, predicate: Token) -> bool:
    """The change is the very clause said ("A said X would step down"), not asked, doubted, denied or
    withdrawn ("whether", "claims that", "no longer", "not")."""
    chain = [predicate]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != said.i:  # "would be acting chief executive"
        chain.append(chain[-1].head)
    return (
        chain[-1].head.i == said.i
        and chain[-1].dep_ == "ccomp"
        and not any(
            c.dep_ == "neg"
            or c.lower_ in {"whether", "if", "longer"}
            or c.dep_ == "mark"
            and c.lower_ != "that"
            for verb in chain
            for c in verb.children
        )
    )
