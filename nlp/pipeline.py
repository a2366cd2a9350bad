"""Build the NHS leadership pipeline and run it over texts in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

import nhs_leaders.nlp.events  # noqa: F401  (registers factories)
import nhs_leaders.nlp.orgs  # noqa: F401
import nhs_leaders.nlp.people  # noqa: F401
import nhs_leaders.nlp.roles  # noqa: F401
import nhs_leaders.nlp.sentences  # noqa: F401
import nhs_leaders.nlp.triggers  # noqa: F401
from nhs_leaders.nlp.chunks import plan
from nhs_leaders.nlp.dates import minutes_heading_date
from nhs_leaders.nlp.events import Event
from nhs_leaders.nlp.gazetteer import listed_key
from nhs_leaders.nlp.model import load_base_model
from nhs_leaders.nlp.sentences import name_apostrophe, plain_name_apostrophes, table_cells, unwrap_lines
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

EXTRACTOR_VERSION = "0.1.0"
BATCH_SIZE = 32
UNUSED = ("lemmatizer",)


def add_nhs_components(nlp: Language, classifier: str | None = None) -> Language:
    """Add the NHS components to an English pipeline (usable from the user's own spaCy code).

    ``classifier``: how stage (c) decides (rules | learned | hybrid; None = the shipped default)."""
    split_glued_words(nlp)
    if "nhs_lines" not in nlp.pipe_names:
        nlp.add_pipe("nhs_lines", before="parser" if "parser" in nlp.pipe_names else None)
    for name in ("nhs_orgs", "nhs_roles", "nhs_people", "nhs_triggers"):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    if "nhs_events" not in nlp.pipe_names:
        nlp.add_pipe("nhs_events", config={"classifier": classifier})
    return nlp


# Words run together when page text lost a line break: "CB / ChairDr Peter B...", "PatelMr", "CONTRIBUTEDAlison"
GLUED_WORDS = (
    r"(?<=[a-z])(?=(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Cllr)(?![a-z]))",  # a word, then an honorific
    r"(?<=[A-Z]{4})(?=[A-Z][a-z]{2,})",  # a picture credit in capitals, then a name (not "FRCPath", "MRCPsych")
)


def split_glued_words(nlp: Language) -> None:
    """Let the tokenizer split the glued words above (zero-width infixes: the text and its offsets are kept);
    built from the language's own infixes, so calling it again changes nothing."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_WORDS]).finditer


def build_pipeline(model: str | None = None, classifier: str | None = None) -> Language:
    """The English model plus the NHS components, with unused components excluded."""
    nlp = load_base_model(model, exclude=())
    add_nhs_components(nlp, classifier)
    return nlp


def make_docs(nlp: Language, items: Iterable[tuple], prefilter: bool = True) -> Iterator[Doc]:
    """(text, published, home ODS code[, title]) → Docs carrying their context, ready for ``nlp.pipe``.

    Long documents become several Docs (their first page and relevant pages, see :mod:`nlp.chunks`);
    ``doc.user_data["chunk"]`` = (item index, character offset) lets :func:`extract_events` put them
    back together. The title is context only (headlines name the post); offsets are body offsets."""
    for index, item in enumerate(items):
        text, published, home = item[:3]
        title = item[3] if len(item) > 3 else None
        pieces = plan(text, prefilter)
        if len(pieces) > 1 and not home:
            home = _home_organisation(nlp, text[pieces[0][0] : pieces[0][1]], published)
        meeting = None
        for n, (start, end) in enumerate(pieces):
            piece = text[start:end]
            if len(pieces) > 1 and n > 0:  # a pack minuting several meetings: each heading dates what follows
                meeting = minutes_heading_date(piece) or meeting
            flat = unwrap_lines(table_cells(piece))
            doc = nlp.make_doc(plain_name_apostrophes(flat))
            doc.user_data["name_apostrophe"] = name_apostrophe(flat)  # put back in the names we report
            doc._.nhs_published = published
            doc._.nhs_meeting_date = meeting.isoformat() if meeting else None
            doc._.nhs_home_org = home
            doc._.nhs_title = title
            doc.user_data["chunk"] = (index, start)
            yield doc


def _home_organisation(nlp: Language, first_page: str, published: str | None) -> str | None:
    """The organisation a long document is about: the one its first page names most."""
    if "nhs_orgs" not in nlp.pipe_names:
        return None
    spans = nlp.get_pipe("nhs_orgs")._gazetteer_spans(nlp.make_doc(first_page[:5000]), published)
    keys = Counter(s.kb_id_ for s in spans if s.kb_id_)
    return keys.most_common(1)[0][0] if keys else None


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


def extract_events(
    nlp: Language, items: Iterable[tuple], batch_size: int = BATCH_SIZE, prefilter: bool = True
) -> Iterator[Extraction]:
    """Events and organisation mentions for each (text, published, home ODS code[, title]), in input order.

    Offsets are those of the whole text even when a long document was processed page by page."""
    items = list(items)
    orgs_key = nlp.get_pipe("nhs_events").keys["orgs"]  # where this pipeline's nhs_orgs writes
    docs = nlp.pipe(make_docs(nlp, items, prefilter), batch_size=batch_size)
    grouped = groupby(docs, key=lambda d: d.user_data["chunk"][0])
    expected = 0
    for index, chunk_docs in grouped:
        while expected < index:  # an empty text yields no Doc: keep the output aligned with the input
            yield Extraction()
            expected += 1
        yield _merge(list(chunk_docs), orgs_key)
        expected += 1
    while expected < len(items):
        yield Extraction()
        expected += 1


def _merge(docs: list[Doc], orgs_key: str = "nhs_orgs") -> Extraction:
    """One document's events and mentions from its pieces, shifted to whole-text offsets."""
    result = Extraction()
    seen: set[tuple] = set()
    for doc in docs:
        offset = doc.user_data["chunk"][1]
        for ev in doc._.nhs_events or []:
            key = (
                ev.person,
                ev.role,
                ev.org_key or ev.organisation,
                ev.event,
                ev.date if ev.event == "holds" else "",
            )
            if key in seen:
                continue
            seen.add(key)
            if offset:
                ev.start += offset
                ev.end += offset
                ev.sentence_start += offset
            result.events.append(ev)
        result.organisations += [
            OrgMention(listed_key(s.kb_id_), s.text, s.start_char + offset, s.end_char + offset)
            for s in doc.spans.get(orgs_key, [])
        ]
    return result
