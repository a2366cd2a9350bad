"""How a document names a body: the name (or former name) its short forms and acronyms stand for, and the
name it writes the body in full, so that "WHH", "Southport and Ormskirk" or "ULHT" are recorded under the name
the text means, not the body's name today or its successor's. Used by the `nhs_orgs` component
(:mod:`nhs_leaders.nlp.orgs`)."""

from __future__ import annotations

import re
from functools import lru_cache

from nhs_leaders.nlp.gazetteer import (
    Organisation,
    acronym_letters,
    by_key,
    distinctive_words,
    is_acronym_of,
    organisations,
    unlisted_key,
)
from spacy.tokens import Span


def as_named(spans: list[Span], published: str | None = None) -> list[Span]:
    """A short form ("WHH", "Southport and Ormskirk") under the body the document names in full with it ("Warrington
    and Halton Hospitals ...", "Southport and Ormskirk Hospital Trust"), not the body's name today or its
    successor."""
    full: dict[str, Span] = {}
    for span in spans:
        if span.kb_id_ and len(span) > 2 and len(span) > len(full.get(span.kb_id_, ())):
            full[span.kb_id_] = span
    return [_named_in_full(s, full, published) for s in spans]


def _named_in_full(span: Span, full: dict[str, Span], published: str | None) -> Span:
    """Another body only for a resolved short form ("Southport and Ormskirk" matched the trust it merged into),
    never one closed before the document was published; an unresolved ICB brand ("NHS Devon") stays, not its
    predecessor "NHS Devon CCG"."""
    words = f" {span.text.lower()} "
    within = {
        k
        for k, f in full.items()
        if len(f) > len(span)
        and words in f" {f.text.lower()} "
        and (
            k == span.kb_id_ or span.kb_id_ and not (published and (by_key()[k].closed or "9999") < published)
        )
    }
    body = full[within.pop()] if len(within) == 1 else full.get(span.kb_id_) if len(span) <= 2 else None
    if body is None or (body.kb_id_, body.label_) == (span.kb_id_, span.label_):
        return span
    text, today = words.strip(), by_key()[span.kb_id_].name.lower() if span.kb_id_ else ""
    if body.kb_id_ == span.kb_id_ and text in today and text not in body.label_.lower():
        return span  # "Whittington Health" is today's name, whatever older name the text also uses
    return Span(span.doc, span.start, span.end, label=body.label_, kb_id=body.kb_id_, span_id=span.id_)


def name_written(text: str, org: Organisation) -> str:
    """The name (or former name) a short form is part of: "Southport and Ormskirk" is the former "Southport and
    Ormskirk Hospital NHS Trust", not the merged trust's name today; else the one sharing most of its words
    ("Warrington Halton Hospitals NHS" is the former "Warrington and Halton Hospitals NHS Foundation Trust", not
    "North Cheshire and Mersey NHS Foundation Trust")."""
    names = _names(org)
    found = next((n for n in names if text.lower() in n.lower()), None)
    if found is not None:
        return found
    words = distinctive_words(text)  # the places, not "Hospital", "University", "Services"
    best = max(names, key=lambda n: len(words & distinctive_words(n)))
    return best if words & distinctive_words(best) - distinctive_words(org.name) else org.name


def name_abbreviated(acronym: str, org: Organisation) -> str:
    """The name (or former name) an acronym stands for, the one whose words its letters account for most
    closely: "ULHT" is the former "United Lincolnshire Hospitals NHS Trust", not "... Teaching Hospitals"."""
    fitting = [n for n in _names(org) if is_acronym_of(acronym, n)] or [org.name]
    return min(
        fitting, key=lambda n: len([w for w in n.split() if w.lower() not in {"nhs", "of", "and", "the"}])
    )


def _names(org: Organisation) -> list[str]:
    """The body's name today and its former names."""
    return [org.name] + [alias for alias, kind in org.aliases if kind == "former"]


# a foundation trust's initials, at least two before "FT" ("WHHFT", "SRFT"): the only acronyms read as a former name
FOUNDATION_TRUST_ACRONYM = re.compile(r"[A-Z][A-Za-z&]+FT")


def unique_trust_acronym(text: str, published: str | None = None) -> str | None:
    """The key of the one trust (preferring open ones) whose name ``text`` abbreviates, if exactly one; when
    none does, the one foundation trust whose former name it abbreviates ("WHHFT" for a trust renamed since).
    When every trust it abbreviates had closed before the document was published ("QEH" in 2021 fits only the
    Woolwich trust closed in 2009), the body is another, unlisted one, kept under the acronym as written.
    """
    letters = set(re.sub(r"[^a-z]", "", text.lower()))
    current = [o for o, name, can in _trust_letters("name") if letters <= can and is_acronym_of(text, name)]
    if published and current and all(o.closed and o.closed < published for o in current):
        return unlisted_key(text)
    if len(current) == 1:
        return current[0].key
    if current:
        live = [o for o in current if not o.closed]
        return live[0].key if len(live) == 1 else None
    if not FOUNDATION_TRUST_ACRONYM.fullmatch(text):
        return None  # "HEY", "CHU", "SUHT": too short or too common to stand for a former name alone
    former = {
        o.key for o, name, can in _trust_letters("former") if letters <= can and is_acronym_of(text, name)
    }
    return former.pop() if len(former) == 1 else None


@lru_cache(maxsize=2)
def _trust_letters(kind: str) -> tuple[tuple[Organisation, str, frozenset[str]], ...]:
    """Every trust's names of ``kind`` ("name": today's; "former"), each with the letters an acronym of it can use."""
    return tuple(
        (o, alias, acronym_letters(alias))
        for o in organisations()
        if o.kind.endswith("trust")
        for alias, alias_kind in o.aliases
        if alias_kind == kind
    )
