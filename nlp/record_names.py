"""Stage (b)'s last step, the name a record gives an organisation: the fullest name the text itself writes (a
former name as written, not the register's short form), the key and ODS code carrying the register's identity."""

from __future__ import annotations

import re
from collections import Counter

from nhs_leaders.nlp.gazetteer import COUNTY_SHORT_WORD, DESCRIBED_SERVICE, WRITTEN_BODY_FORMS, by_key
from nhs_leaders.nlp.named_bodies import SITE
from nhs_leaders.nlp.orgs import NHS_WORDS, org_name
from nhs_leaders.nlp.sites import RUN_SITE
from spacy.tokens import Span


def record_name(key: str | None, name: str) -> tuple[str | None, str]:
    """An organisation as the register knows it: its key, and the former name when the text uses one (a
    predecessor stays apart from its successor)."""
    org = by_key().get(key) if key else None
    if org is None:
        return key, name
    former = any(alias == name and kind == "former" for alias, kind in org.aliases)
    return key, name if former else org.name


def stated_names(org_spans: list[Span]) -> dict[tuple[str | None, str], str]:
    """The fullest name the text itself gives each organisation ("Wirral Clinical Commissioning Group", not
    the register's "NHS Wirral CCG"; a former name as written): records give names as stated, the key and ODS
    code carry the register's identity. Acronyms and one-word references keep the register's name."""
    out: dict[tuple[str | None, str], str] = {}
    spans = [s for s in org_spans if s.kb_id_ and s.id_ not in {SITE, RUN_SITE}]
    written = Counter(" ".join(s.text.lower().split()) for s in spans)
    for span in spans:
        name = org_name(span)
        record = record_name(span.kb_id_, name)
        start = span.start - 1 if span.start > 0 and span.doc[span.start - 1].text == "NHS" else span.start
        text = re.sub(r"^the\s+", "", " ".join(span.doc[start : span.end].text.split()), flags=re.I)
        # "the NHS Tayside board": the body's board in lower case, no part of its name
        text = plain_apostrophes(re.sub(r"\s+board$", "", text))
        if text.lower() == re.sub(r"^the\s+", "", name, flags=re.I).lower():
            text = (
                name  # "Royal Wolverhampton NHS Trust" is the register's "The Royal Wolverhampton NHS Trust"
            )
        named = NHS_WORDS.search(text) or WRITTEN_BODY_FORMS.search(text) or COUNTY_SHORT_WORD.search(text)
        if (
            named
            and not DESCRIBED_SERVICE.match(text)
            # another of its names, where the text mostly writes the register's ("NHS Commissioning Board" in a
            # text that writes "NHS England" more often)
            and not (other_name(text, name) and written[name.lower()] > written[text.lower()])
            and len(text.split()) > 1
            and len(text) > len(out.get(record, ""))
        ):
            out[record] = text
    return out


def other_name(text: str, name: str) -> bool:
    """A body written by another of its names (a former name, "NHS Commissioning Board" for NHS England), sharing
    no word with the register's name but "NHS"."""
    return not _name_words(text) & _name_words(name)


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"[a-z]+", name.lower())) - {"nhs", "the", "of", "and"}


def plain_apostrophes(name: str) -> str:
    """An organisation's name as people search for it: news's typographic apostrophe ("St George’s") as the plain
    one, so one body is one spelling whichever quote mark the source used (people's names keep the source's mark,
    item 342; resolution compares them without apostrophes)."""
    return name.replace("\u2019", "'").replace("\u2018", "'")
