"""Stage (c), learned: a spaCy text classifier that reads a candidate in its sentence and says what
happened to the person in the post (appointed, departed, holds, or none: career history and noise).

The classifier sees what a reader uses: the sentence with the candidate's person and post marked and other
names, posts and organisations masked; stated years against the document date; the tense of the governing
verb; the sentence's place in the text; and the rules' own reading. It is trained with spaCy's own
training (``nlp/classifier/config.cfg``, fixed seed, ``make train``) on candidates from the annotated
fixtures, and its weights ship in ``nlp/data/classifier/``. Modes: ``rules`` (the parse rules alone),
``learned`` (the classifier decides every candidate) and ``hybrid`` (the classifier overrides the rules
only when it is confident).
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from nhs_leaders.nlp.roles import qualifiers
from spacy.language import Language
from spacy.tokens import Span, Token

LABELS = ("appointed", "departed", "holds", "none")
MODES = ("rules", "learned", "hybrid")
DEFAULT_MODE = (
    "rules"  # the classifier ties the rules on unseen text and wins nowhere: benchmarks/classifier_modes.py
)
HYBRID_THRESHOLD = 0.9  # the classifier overrides the rules only when this sure
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def classifier_mode() -> str:
    """The mode in force: env ``NHS_LEADERS_CLASSIFIER`` when set (for experiments), else the default."""
    mode = os.environ.get("NHS_LEADERS_CLASSIFIER", DEFAULT_MODE)
    if mode not in MODES:
        raise ValueError(f"NHS_LEADERS_CLASSIFIER must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


def classifier_path() -> Path:
    return Path(str(resources.files("nhs_leaders.nlp.data").joinpath("classifier")))


@cache
def load_classifier(path: str | None = None) -> Language | None:
    """The shipped classifier pipeline, or None when no weights are installed (then rules decide)."""
    where = Path(path) if path else classifier_path()
    return spacy.load(where) if (where / "config.cfg").exists() else None


def candidate_text(
    sent: Span,
    person: Span,
    role: Span,
    rule_kind: str | None,
    how: str,
    predicate: Token | None,
    published_year: int | None,
    masks: dict[int, str],
) -> str:
    """The classifier's input: cue tokens, then the sentence with the candidate marked and the rest masked."""
    words = []
    skip_to = -1
    for token in sent:
        if token.i < skip_to:
            continue
        if person.start <= token.i < person.end:
            words.append("WHO")
            skip_to = person.end
        elif role.start <= token.i < role.end:
            words.extend(sorted(qualifiers(role)))
            words.append("POST")
            skip_to = role.end
        elif token.i in masks:
            words.append(masks[token.i])
        elif YEAR.fullmatch(token.text) and published_year:
            delta = int(token.text) - published_year
            words.append(
                "YEARNOW"
                if delta == 0
                else "YEAROLD"
                if delta < -1
                else "YEARLAST"
                if delta < 0
                else "YEARNEXT"
            )
        else:
            words.append(token.lower_)
    tense = _tense_tag(predicate)
    place = "early" if sent.start_char < 400 else "late"
    cues = f"rule_{rule_kind or 'none'} how_{how} tense_{tense} place_{place}"
    return cues + " | " + " ".join(w for w in words if w)


def _tense_tag(verb: Token | None) -> str:
    if verb is None:
        return "none"
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & {"will", "shall", "'ll", "would"}:
        return "future"
    if aux & {"has", "have", "'s"}:
        return "perfect"
    return verb.tag_.lower()


def learned_kinds(classifier: Language, texts: list[str]) -> list[tuple[str, float]]:
    """The classifier's label for each candidate text, with its probability (one batch)."""
    out = []
    for doc in classifier.pipe(texts):
        label = max(doc.cats, key=doc.cats.get)
        out.append((label, doc.cats[label]))
    return out


def combine(mode: str, rule_kind: str | None, label: str, probability: float) -> str | None:
    """The stage's answer: the rules', the classifier's, or the classifier's where it is confident."""
    learned = None if label == "none" else label
    if mode == "learned" or (mode == "hybrid" and probability >= HYBRID_THRESHOLD):
        return learned
    return rule_kind
