"""Scoring extracted events against gold annotations (the rules of the evaluation set's README).

A prediction matches a gold event of the same document when the event type is equal and person, role
and organisation match leniently: honorifics and post-nominals ignored, first names may be initials or
prefixes; roles mapped to canonical roles with interim/acting/group/joint dropped; organisations equal
after dropping generic words, or one an acronym of / contained in / spelled close to the other. Gold
events noted "implied" are optional. Duplicate predictions count once.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

CHANGE_EVENTS = ("appointed", "departed")
ALL_EVENTS = ("appointed", "departed", "holds")
_HONORIFIC = {
    "sir",
    "dame",
    "dr",
    "doctor",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "lord",
    "lady",
    "baroness",
    "baron",
    "rt",
    "hon",
    "cllr",
    "councillor",
    "rev",
    "revd",
}
_POST_NOMINAL = re.compile(
    r"\b(cbe|obe|mbe|dbe|kbe|frcp|frcs|frcn|frcgp|mrcp|phd|md|frcpsych|fmedsci|dl|jp|qpm)\b", re.I
)
# Canonical role → spellings; checked in order, so the more specific roles come first.
ROLE_GROUPS = [
    ("deputy chief executive", ("deputy chief executive", "deputy ceo", "deputy chief exec")),
    (
        "chief executive",
        (
            "chief executive officer",
            "chief executive",
            "chief exec",
            "ceo",
            "managing director",
            "accountable officer",
            "chief clinical officer",
        ),
    ),
    ("vice chair", ("vice chair", "vice-chair", "deputy chair", "vice chairman")),
    ("chair", ("chairman", "chairwoman", "chairperson", "chair in common", "chair")),
    ("medical director", ("chief medical officer", "medical director", "cmo")),
    ("chief nurse", ("chief nursing officer", "director of nursing", "chief nurse", "nursing director")),
    (
        "chief financial officer",
        (
            "chief financial officer",
            "chief finance officer",
            "director of finance",
            "finance director",
            "cfo",
        ),
    ),
    (
        "chief operating officer",
        ("chief operating officer", "director of operations", "coo", "operations director"),
    ),
    (
        "chief people officer",
        (
            "chief people officer",
            "director of workforce",
            "director of people",
            "hr director",
            "director of human resources",
            "chief workforce officer",
            "workforce director",
        ),
    ),
    ("non-executive director", ("non-executive director", "non executive director", "ned", "non-executive")),
    ("company secretary", ("company secretary", "trust secretary", "board secretary")),
]
_ORG_STOP = {"the", "nhs", "foundation", "trust", "of", "and", "ft", "plc", "&"}
_SKIPPABLE = {
    "nhs",
    "foundation",
    "trust",
    "hospitals",
    "hospital",
    "university",
    "teaching",
    "healthcare",
    "health",
    "care",
    "community",
    "partnership",
    "services",
    "acute",
    "integrated",
    "board",
    "system",
    "ft",
}


def is_acronym_of(short: str, name: str) -> bool:
    """``short`` abbreviates ``name``: its letters are the initials of name's words in order (function words
    dropped); "NHS" may stand whole and generic words may be left out."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = [
        w
        for w in re.sub(r"[^a-z\s]", " ", name.lower()).split()
        if w not in {"of", "and", "the", "upon", "on"}
    ]
    if len(letters) < 2 or len(words) < 2 or " " in short.strip():
        return False
    states = {0}
    for word in words:
        nxt = set()
        for i in states:
            if i < len(letters) and letters[i] == word[0]:
                nxt.add(i + 1)
            if word == "nhs" and letters.startswith("nhs", i):
                nxt.add(i + 3)
            if word in _SKIPPABLE:
                nxt.add(i)
        states = nxt
    return len(letters) in states


def canonical_role(role: str | None) -> str:
    text = re.sub(
        r"\b(interim|acting|substantive|permanent|joint|group|designate)\b", " ", (role or "").lower()
    )
    text = re.sub(r"\s+", " ", re.sub(r"[^a-z\- ]", " ", text)).strip()
    padded = f" {text} "
    for canonical, spellings in ROLE_GROUPS:
        if any(f" {s} " in padded for s in spellings):
            return canonical
    return text


def _name_tokens(name: str | None) -> list[str]:
    text = re.sub(r"[^\w\s'\-]", " ", _POST_NOMINAL.sub(" ", name or "").lower())
    return [t for t in text.split() if t not in _HONORIFIC]


def same_person(a: str | None, b: str | None) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    fa, fb = ta[0], tb[0]
    initial = fa[0] == fb[0] and min(len(fa), len(fb)) <= 2
    return fa == fb or initial or fa.startswith(fb) or fb.startswith(fa)


def _org_words(org: str | None) -> list[str]:
    text = re.sub(r"[^a-z0-9\s]", " ", (org or "").lower().replace("&", " and "))
    return [w for w in text.split() if w not in _ORG_STOP]


def same_organisation(gold: str | None, predicted: str | None) -> bool:
    g, p = (gold or "").strip(), (predicted or "").strip()
    if g.lower() in {"", "trust", "the trust"}:
        return True
    if not p:
        return False
    gw, pw = _org_words(g), _org_words(p)
    if gw and gw == pw:
        return True
    if " " not in p and is_acronym_of(p, g) or " " not in g and is_acronym_of(g, p):
        return True
    gs, ps = " ".join(gw), " ".join(pw)
    if not gs or not ps:
        return False
    if (gs in ps or ps in gs) and min(len(gs), len(ps)) >= 6:
        return True
    if difflib.SequenceMatcher(None, gs, ps).ratio() >= 0.88:
        return True
    common = set(gw) & set(pw)
    return len(common) >= 2 and len(common) >= min(len(set(gw)), len(set(pw)))


def same_event(gold: dict, pred: dict) -> bool:
    return (
        gold["event"] == pred.get("event")
        and canonical_role(gold["role"]) == canonical_role(pred.get("role"))
        and same_person(gold["person"], pred.get("person"))
        and same_organisation(gold["organisation"], pred.get("organisation"))
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    interim_ok: int = 0
    date_ok: int = 0
    date_n: int = 0
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "interim_acc": round(self.interim_ok / self.tp, 3) if self.tp else None,
            "date_acc": round(self.date_ok / self.date_n, 3) if self.date_n else None,
            "date_n": self.date_n,
        }


def _unique(predictions: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for p in predictions:
        if not any(
            p.get("event") == k.get("event")
            and canonical_role(p.get("role")) == canonical_role(k.get("role"))
            and same_person(p.get("person"), k.get("person"))
            and same_organisation(k.get("organisation"), p.get("organisation"))
            for k in kept
        ):
            kept.append(p)
    return kept


def _date_agrees(gold: str, predicted: str | None) -> bool:
    p = str(predicted or "")
    return bool(p) and (p.startswith(gold) or gold.startswith(p))


def score(
    gold: dict[str, list[dict]], predicted: dict[str, list[dict]], types: Iterable[str] = ALL_EVENTS
) -> Score:
    """Score predictions (doc id → event dicts) against gold (doc id → gold events)."""
    types = tuple(types)
    result = Score()
    for doc, gold_events in gold.items():
        wanted = [g for g in gold_events if g["event"] in types]
        candidates = [p for p in _unique(predicted.get(doc, [])) if p.get("event") in types]
        taken: set[int] = set()
        for g in wanted:
            optional = "implied" in (g.get("note") or "").lower()
            hit = next((i for i, p in enumerate(candidates) if i not in taken and same_event(g, p)), None)
            if hit is None:
                if not optional:
                    result.fn += 1
                    result.false_negatives.append({"doc": doc, **g})
                continue
            taken.add(hit)
            if optional:
                continue
            result.tp += 1
            p = candidates[hit]
            result.interim_ok += bool(p.get("interim")) == bool(g.get("interim"))
            if g.get("date"):
                result.date_n += 1
                result.date_ok += _date_agrees(g["date"], p.get("date"))
        for i, p in enumerate(candidates):
            if i not in taken:
                result.fp += 1
                result.false_positives.append(p)
    return result


def load_gold(path: Path) -> dict[str, list[dict]]:
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[str(record["doc"])] = record["events"]
    return gold


@dataclass
class Evaluation:
    all: Score
    changes: Score
    unknown_docs: list[str]


def evaluate(gold: dict[str, list[dict]], records: Iterable[dict]) -> Evaluation:
    predicted: dict[str, list[dict]] = {}
    for r in records:
        predicted.setdefault(str(r["doc"]), []).append(r)
    return Evaluation(
        score(gold, predicted), score(gold, predicted, CHANGE_EVENTS), sorted(set(predicted) - set(gold))
    )


def format_report(result: Evaluation, details: bool = False) -> str:
    """The figures as JSON (same keys as the reference scorer), after every FP/FN line with ``details``."""
    lines = []
    if details:
        keys = ("doc", "person", "role", "organisation", "event", "interim", "date", "evidence")
        lines += [
            "FP " + json.dumps({k: p.get(k) for k in keys}, ensure_ascii=False)
            for p in result.all.false_positives
        ]
        lines += ["FN " + json.dumps(g, ensure_ascii=False) for g in result.all.false_negatives]
    summary = {
        "all": result.all.summary(),
        "changes": result.changes.summary(),
        "unknown_docs": result.unknown_docs,
    }
    lines.append(json.dumps(summary))
    return "\n".join(lines)
