"""System leaders: the "leader" or "executive lead" of an integrated care system (ICS) or a sustainability and
transformation partnership (STP), the post each system had before its board had a chief executive (2016-2022):
"the current executive lead of the One Gloucestershire ICS, X", "Dorset STP leader X", "X integrated care system
has appointed its current leader, Y, as ...". The policy writes the post "ICS leader" or "STP leader" after the
system's name. A leader of anything else (a council, a team, a clinical network) is no board post, so the title is
read only beside a system's name. Patterns: ``data/system_leaders.jsonl``."""

from __future__ import annotations

import json
import re

from nhs_leaders.nlp.gazetteer import SYSTEM_NAMES
from nhs_leaders.nlp.vocab import DATA_DIR, QUALIFIERS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

SYSTEM = re.compile(
    r"\b(?:" + "|".join(map(re.escape, SYSTEM_NAMES)) + r")\b", re.I
)  # as the gazetteer names them
STP = re.compile(r"\b(?:STP|sustainability and transformation)\b", re.I)
LEADER_WORDS = {"leader", "lead"}


class SystemLeaderTitles:
    """Finds system leaders' titles in a doc whose ``orgs_key`` spans are already set."""

    def __init__(self, vocab: Vocab, orgs_key: str = "nhs_orgs") -> None:
        self.orgs_key = orgs_key
        self.matcher = Matcher(vocab)
        self.where: dict[
            int, str
        ] = {}  # match id -> where the system is named ("after", "before", "sentence")
        lines = (DATA_DIR / "system_leaders.jsonl").read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            entry = json.loads(line)
            self.matcher.add(f"system_leader_{n}", [entry["pattern"]])
            self.where[vocab.strings[f"system_leader_{n}"]] = entry["system"]

    def __call__(self, doc: Doc) -> list[Span]:
        bodies = list(doc.spans.get(self.orgs_key, []))
        systems = [s for s in bodies if SYSTEM.search(s.label_)]
        if not systems:
            return []
        out = []
        for match_id, start, end in self.matcher(doc):
            system = _named_system(systems, start, end, self.where[match_id])
            if system is not None and not _other_body_between(doc, bodies, system, start):
                out.append(_title(doc, start, end, system))
        return out


def _named_system(systems: list[Span], start: int, end: int, where: str) -> Span | None:
    """The system the matched title belongs to, named where its pattern says, or None."""
    for system in systems:
        if where == "after" and system.start in (end, end + 1):
            return system  # "lead of [the] X ICS"
        if where == "before" and system.end == start + 1:
            return system  # "X ICS leader": the match starts at the system's last word
        if where == "sentence" and system.sent == system.doc[start].sent and system.end <= start:
            return system  # "X ICS has appointed its current leader"
    return None


def _other_body_between(doc: Doc, bodies: list[Span], system: Span, start: int) -> bool:
    """A non-NHS body the model names between the system and "its leader" ("... welcomed by Dorset Council, and
    its leader, X"): the leader is that body's."""
    named = {i for s in bodies for i in range(s.start, s.end)}
    return any(
        e.label_ == "ORG" and system.end <= e.start and e.end <= start and e.start not in named
        for e in doc.ents
    )


def _title(doc: Doc, start: int, end: int, system: Span) -> Span:
    """The title's span (its qualifiers in front kept: "interim executive lead"), labelled by the system's kind."""
    last = max(i for i in range(start, end) if doc[i].lower_ in LEADER_WORDS)
    first = last
    while first > 0 and doc[first - 1].lower_ in {"executive", "system"} | set(QUALIFIERS):
        first -= 1
    label = "STP leader" if STP.search(system.label_) else "ICS leader"
    return Span(doc, first, last + 1, label=label)
