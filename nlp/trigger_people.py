"""Whose change a trigger phrase tells: the person nearest the phrase, a pronoun standing for them, or the first
of two people joined by "and" ("X and Y would no longer be part of the executive team"); not a phrase that is
denied or made a condition ("Now is not the right time to step down")."""

from __future__ import annotations

from nhs_leaders.nlp.cues import SUBJECT_PRONOUNS
from nhs_leaders.nlp.departure_nouns import CHANGE_OF_POST, UNNAMED_BEFORE
from spacy.tokens import Span

# between "the resignation of" and the person it names: the words before an unnamed holder's title, and commas,
# "both" and honorifics (titles are skipped too)
OF_OBJECT_SKIPS = UNNAMED_BEFORE | {
    "an",
    "our",
    "his",
    "her",
    "trust's",
    "both",
    ",",
    "dr",
    "mr",
    "mrs",
    "ms",
}


class TriggerPeopleMixin:
    def _triggers_for(self, sent: Span, person: Span) -> list[Span]:
        """Trigger phrases of the sentence that speak of this person: the nearest named person (one standing
        before the phrase preferred, as its subject), or a pronoun standing for them."""
        spans_key = self.doc.spans.get(self.keys["triggers"], [])
        found = [
            t for t in spans_key if sent.start <= t.start < sent.end and not self._hedged_trigger(t, sent)
        ]
        if not found:
            return []
        named = [p for p in self.people_spans if sent.start <= p.start < sent.end]
        pronouns = [t for t in sent if t.lower_ in SUBJECT_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"}]
        titled = [  # "Mr Sobieraj has announced his intention to retire": someone the people stage did not keep
            t.i
            for t in sent
            if t.lower_.rstrip(".") in {"mr", "mrs", "ms", "miss", "dr"}
            and t.i + 1 < sent.end
            and self.doc[t.i + 1].pos_ == "PROPN"
            and t.i + 1 not in self.person_at
        ]
        out = []
        for trig in found:
            owner = self._of_object(trig, sent)
            if owner is not None:  # "the resignation of its chief executive, X", "the departure of the chair"
                if owner == person.kb_id_:
                    out.append(trig)
                continue
            ranked = sorted(
                [(_distance(trig, p.start, p.end), p.kb_id_) for p in named]
                + [(_distance(trig, t.i, t.i + 1), "<pronoun>") for t in pronouns]
                + [(_distance(trig, i, i + 2), "<titled>") for i in titled]
            )
            if not ranked:
                continue
            nearest = ranked[0][1]
            if (
                nearest == person.kb_id_
                or (nearest == "<pronoun>" and len({p.kb_id_ for p in named}) <= 1)
                or not _one_persons(trig)
                and not _in_relative_clause(trig)
                and any(p.kb_id_ == nearest and self._paired_with(person, p) for p in named)
            ):
                out.append(trig)
        return out

    def _of_object(self, trigger: Span, sent: Span) -> str | None:
        """Whose change a phrase ending in "of" names: the person after it, past a determiner and a title ("the
        retirement of its chief executive, X"); "" when the title's holder goes unnamed ("the departure of the
        previous chair") or when something else follows ("the death of a patient"); None when a capitalised word
        the people stage did not keep follows."""
        if trigger[-1].lower_ != "of" or len(trigger) < 2 or trigger[-2].lemma_.lower() not in CHANGE_OF_POST:
            return None  # "accepted the role of chief executive": the post taken, not a change of someone's
        i, titled = trigger.end, False
        while i < sent.end and (self.doc[i].lower_ in OF_OBJECT_SKIPS or i in self.role_at):
            titled = titled or i in self.role_at
            i += 1
        if i < sent.end and i in self.person_at:
            return self.person_at[i].kb_id_
        if titled or i >= sent.end or not self.doc[i].text[:1].isupper():
            return ""  # "the death of a two-year-old girl": no one named here is leaving
        return None  # a capitalised word the people stage missed: the nearest person, as before

    def _hedged_trigger(self, trigger: Span, sent: Span) -> bool:
        """A trigger phrase denied or made a condition by the words just before it ("Now is not the right time
        for me to step down", "When the time is right to step down, I will ...")."""
        before = {t.lower_ for t in self.doc[max(sent.start, trigger.start - 4) : trigger.start]}
        return bool(before & {"not", "n't", "never", "when", "if", "until", "unless"})

    def _paired_with(self, person: Span, other: Span) -> bool:
        """ "chief transformation officer X and chief innovation officer Y would no longer ...": X is joined to
        Y by "and", with only Y's title (and commas or "the") between them; or by a list of titled people
        ("Chief Financial Officer X, Chief Operating Officer W, and Chief Delivery Officer Y have ...")."""
        gap = self.doc[person.end : other.start]
        skipped = self.role_at.keys() | self.person_at.keys() | self.org_at.keys()
        # a body's word run into the title ("NHS Chief Operating Officer W") is the title's
        words = [
            t
            for t in gap
            if t.i not in skipped
            and t.text not in {",", "the"}
            and not (t.pos_ == "PROPN" and t.i + 1 in self.role_at)
        ]
        # one "and" joins the people; another may join two titles ("Chief Delivery Officer and National Director")
        return len(gap) > 0 and bool(words) and {t.lower_ for t in words} == {"and"}


def _distance(trigger: Span, start: int, end: int) -> int:
    """Tokens between a trigger phrase and a mention; a mention after the phrase counts 4 more (subjects
    come first), one inside it counts 0 ("welcome X as")."""
    if start >= trigger.start and end <= trigger.end:
        return 0
    return trigger.start - end if end <= trigger.start else start - trigger.end + 4


def _one_persons(trigger: Span) -> bool:
    """ "announced his decision to retire": a change one person's pronoun owns is that person's alone, not also
    the one joined to them by "and" ("X met chair Y, and Z announced his decision to retire")."""
    before = trigger.doc[trigger.start - 1 : trigger.start] if trigger.start else trigger.doc[0:0]
    return any(t.lower_ in {"his", "her"} for t in (*before, *trigger))


def _in_relative_clause(trigger: Span) -> bool:
    """ "chief executive X and medical director Y, who is retiring in May, signed ...": a phrase inside a relative
    clause tells of the one person the clause hangs on, not of the one joined to them by "and"."""
    return any(t.dep_ == "relcl" for t in (trigger[0], *trigger[0].ancestors))
