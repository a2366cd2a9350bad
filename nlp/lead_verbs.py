"""Stage (a), a body's top executive post named by a verb: "X has been appointed to lead NHS Somerset ICB",
"Y will run North Hampshire PCT as well as her own", "Z, who runs Sussex Partnership NHS Foundation
Trust,": to lead, run or head a trust, ICB, PCT or health authority is its chief executive's post (a CCG's
is its accountable officer's), new or held as the verb's frame says; what was led in the past is history, unless
the sentence says its leader is leaving it ("X, who has led A for seven years, stepped down in January").

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents`: methods read the document context it holds."""

from __future__ import annotations

import re

from nhs_leaders.nlp.cues import APPOINT, DEPART, FUTURE_AUXILIARIES, HOLD, Event, auxiliaries
from nhs_leaders.nlp.gazetteer import by_key
from nhs_leaders.nlp.orgs import org_name
from nhs_leaders.nlp.verb_posts import CHAIR_FRAMES, INTERIM_FRAME
from nhs_leaders.nlp.vocab import LEAVE_VERBS
from spacy.tokens import Span, Token

LEAD_VERBS = {"lead", "run", "head"}
MOVING_ON = LEAVE_VERBS | {"move"}  # "left in March to run A": the purpose is the new post
TOP_POSTS = {"ccg": "accountable officer", "national_body": None}  # by body kind; the rest: chief executive
TOP_TITLES = {"chief executive", *filter(None, TOP_POSTS.values())}  # the top posts' titles
# "while a new boss is appointed", "until a successor is found": the post is taken for the meantime
UNTIL_FOUND = re.compile(
    r"\b(while|until) an? (?:\w+ ){1,3}(is|can be|has been) (appointed|found|recruited)\b"
)


class LeadVerbsMixin:
    def _to_lead(self, events: list[Event]) -> list[Event]:
        """ "appointed to lead A", "will run A", "who runs A": the top executive post of each body named."""
        known = {(e.person, e.role, e.org_key or e.organisation) for e in events}
        # "X has been appointed interim chair of A ... He will lead the trust through ...": the chair's leading
        appointed_at = {
            (e.person, e.org_key or e.organisation)
            for e in events
            if e.event == APPOINT and "chair" in e.role
        }  # not "X has been appointed chief operating officer ... will lead the trust when Y retires"
        out: list[Event] = []
        for verb in self._verbs_of(LEAD_VERBS | {"take"}):
            if verb.lemma_ == "take" and not self._taken_at(verb):
                continue  # only a chief executive's "take over at A"
            kind, frame = self._lead_frame(verb)
            if kind is None and (leaving := self._leader_leaving(verb)) is not None:
                kind, frame = DEPART, leaving  # "X, who has led A for seven years, stepped down in January"
            sent = self.sent_of.get(verb.i)
            person = self._framed_person(frame) if kind is not None else None
            if person is None or sent is None or self._negated(frame) or self._past_clause(frame, person):
                continue
            if self._listed_with(person):
                continue  # "A and B, the chair and chief executive of X, will also lead Y": not one post
            if verb.lemma_ == "take" and not self._chief_moving_on(sent, person):
                continue  # the helm is a chief executive's or a chair's (item 97): only a chief executive moving on
            bodies = self._taken_at(verb) if verb.lemma_ == "take" else self._chaired_bodies(verb)
            clause = self._clause(frame, person).text
            interim = kind == APPOINT and bool(INTERIM_FRAME.search(clause) or UNTIL_FOUND.search(clause))
            for key, name in bodies:
                role = _top_post(key)
                if verb.lemma_ == "take" and kind == APPOINT and role is not None:
                    _held_there_taken(events, (person.kb_id_, role, key or name), sent, interim)
                if role is None or (person.kb_id_, role, key or name) in known:
                    continue
                if kind == APPOINT and (person.kb_id_, key or name) in appointed_at:
                    continue
                known.add((person.kb_id_, role, key or name))
                when = self._date(sent, person, kind, frame) if kind in {APPOINT, DEPART} else (None, None)
                out.append(self._chair_event(person, verb, (key, name), kind, sent, interim, when, role))
        return out

    def _leader_leaving(self, verb: Token) -> Token | None:
        """ "X, who has led / ran A", the subject of a verb of leaving: that verb (the post led is the one left)."""
        main = verb.head.head
        if verb.dep_ != "relcl" or verb.lemma_ == "take" or verb.head.i not in self.person_at:
            return None
        who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
        if not who or main.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in main.children):
            return None  # "resigned as chair of the charity": another post
        if any(c.dep_ == "dobj" and c.lower_ == "board" for c in verb.children):
            return None  # "who has led the board of A": the chair's post, told as the chair's
        told = self.doc[verb.left_edge.i : verb.right_edge.i + 1].text  # not "who ran A from 2001 to 2009"
        if self._years_ago(verb.sent, 1, text=told, not_after=frozenset({"since"})):
            return None  # (a tenure "since 2015" goes on to the leaving)
        person = self.person_at[verb.head.i]
        return main if self._verb_class(main, person, person) == DEPART else None

    def _taken_at(self, verb: Token) -> list[tuple[str | None, str]]:
        """ "X, chief executive of B, will take over at A", "is stepping down as chief executive of B to take
        over at A": a chief executive taking over at a body takes its top post (no post named: "take over as
        chair of A" is the title's reading); the bodies named after "at"."""
        over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
        if not over or any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return []
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children]
        named = [s for s in self.org_spans if s.kb_id_ and any(s.start <= g.i < s.end for g in places)]
        return [(s.kb_id_, org_name(s)) for s in named]

    def _chief_moving_on(self, sent: Span, person: Span) -> bool:
        """The sentence names a chief executive's (or accountable officer's) title that is not another named
        person's ("Chief executive A said medical director B would take over at C": A's title, not B's)."""
        others = [
            p for p in self.people_spans if sent.start <= p.start < sent.end and p.kb_id_ != person.kb_id_
        ]
        return any(
            sent.start <= r.start < sent.end
            and r.label_ in TOP_TITLES
            and not any(0 <= r.start - p.end <= 2 or 0 <= p.start - r.end <= 2 for p in others)
            for r in self.role_spans
        )

    def _past_clause(self, frame: Token, person: Span) -> bool:
        """A history cue or an earlier year in the verb's own clause, not in the person's description ("X,
        former deputy chief executive of the NHS, is leaving ... to run A" is a new post)."""
        return self._past(self._clause(frame, person))

    def _clause(self, frame: Token, person: Span) -> Span:
        """The verb's clause without the person's description."""
        described = {t.i for t in person.root.subtree}
        words = [t for t in frame.subtree if t.i not in described]
        return self.doc[words[0].i : words[-1].i + 1] if words else frame.sent

    @staticmethod
    def _lead_frame(verb: Token) -> tuple[str | None, Token]:
        """(appointed or held, the verb the person hangs on): "will run A" (new), "has been appointed to lead
        A" (new), "who runs A" (held now)."""
        if verb.dep_ in {"ROOT", "conj"} and auxiliaries(verb) & FUTURE_AUXILIARIES:
            return APPOINT, verb
        if verb.dep_ in {"xcomp", "advcl"} and CHAIR_FRAMES.get(verb.head.lemma_.lower()) == APPOINT:
            return APPOINT, verb.head
        if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ in MOVING_ON and "to" in auxiliaries(verb):
            return APPOINT, verb.head  # "is leaving the Department of Health to run Leeds Teaching Hospitals"
        if verb.dep_ == "relcl" and verb.tag_ == "VBZ" and any(c.lower_ == "who" for c in verb.children):
            return HOLD, verb  # not "A, which runs the Queen Elizabeth Hospital"
        return None, verb


def _top_post(key: str | None) -> str | None:
    """The post that leads a body of this kind (an unnamed or national body: none)."""
    kind = by_key()[key].kind if key else None
    if kind is None or kind in TOP_POSTS:
        return TOP_POSTS.get(kind) if kind else None
    return "chief executive" if kind.endswith(("trust", "icb", "health_authority")) else None


def _held_there_taken(events: list[Event], post: tuple[str, str, str], sent: Span, interim: bool) -> None:
    """ "X, chief executive of B, will take over at A": a reading of X's title as held at A too (the body the
    verb reaches) is the post taken over. ``post``: (person key, role, body key or name)."""
    for e in events:
        if (
            e.sentence_start == sent.start_char
            and e.event == HOLD
            and (e.person, e.role, e.org_key or e.organisation) == post
        ):
            e.event, e.interim = APPOINT, interim
