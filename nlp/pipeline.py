"""Build the NHS leadership pipeline and run it over texts in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

import nlp.events  # noqa: F401  (registers factories)
import nlp.orgs  # noqa: F401
import nlp.people  # noqa: F401
import nlp.roles  # noqa: F401
import nlp.sentences  # noqa: F401
from nlp.events import Event
from nlp.model import load_base_model

EXTRACTOR_VERSION = "0.1.0"
BATCH_SIZE = 32
UNUSED = ("lemmatizer",)
MAX_CHARS = 100_000

for _name, _default in (("published", None), ("home_org", None), ("people", None), ("nhs_events", None),
                         ("title", None), ("title_orgs", None), ("title_roles", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def add_nhs_components(nlp: Language) -> Language:
    """Add the NHS components to an English pipeline (usable from the user's own spaCy code)."""
    if "nhs_lines" not in nlp.pipe_names:
        nlp.add_pipe("nhs_lines", before="parser" if "parser" in nlp.pipe_names else None)
    for name in ("nhs_orgs", "nhs_roles", "nhs_people", "nhs_events"):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def build_pipeline(model: str | None = None) -> Language:
    """The English model plus the NHS components, with unused components excluded."""
    nlp = load_base_model(model, exclude=())
    add_nhs_components(nlp)
    return nlp


def make_docs(nlp: Language, items: Iterable[tuple]) -> Iterator[Doc]:
    """(text, published, home ODS code[, title]) → Docs carrying their context, ready for ``nlp.pipe``.

    The title is context only (headlines name the post: "Trust names new chief executive"); offsets
    stay those of the body text."""
    for item in items:
        text, published, home = item[:3]
        doc = nlp.make_doc(text[:MAX_CHARS] if len(text) > MAX_CHARS else text)
        doc._.published = published
        doc._.home_org = home
        doc._.title = item[3] if len(item) > 3 else None
        yield doc


@dataclass
class OrgMention:
    """An NHS organisation named in a document (resolved or not), with its offsets."""

    org_key: str | None
    text: str
    start: int
    end: int


@dataclass
class Extraction:
    events: list[Event] = field(default_factory=list)
    organisations: list[OrgMention] = field(default_factory=list)


def extract_events(nlp: Language, items: Iterable[tuple],
                   batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Events and organisation mentions for each (text, published, home ODS code[, title]), in input order."""
    for doc in nlp.pipe(make_docs(nlp, items), batch_size=batch_size):
        mentions = [OrgMention(s.kb_id_ or None, s.text, s.start_char, s.end_char) for s in doc.spans.get("nhs_orgs", [])]
        yield Extraction(doc._.nhs_events or [], mentions)
