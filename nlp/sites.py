"""Hospitals a text says a named trust runs: "A (AB), which runs the Royal Oldham Hospital" makes "the Royal
Oldham Hospital" a site of A for the whole document, so a post "at the Royal Oldham" is A's post, not a
hospital's (hospitals hold no board posts) nor that of an older trust once named for the hospital.

Local news introduces a trust this way on many pages ("Barts Health Trust, which runs Whipps Cross
Hospital", "the trust - which runs King's Mill, Mansfield Community and Newark Hospitals -"). Used by the
`nhs_orgs` component (:mod:`nhs_leaders.nlp.orgs`)."""

from __future__ import annotations

from nhs_leaders.nlp.named_bodies import BODY_WORDS
from spacy.tokens import Doc, Span

RUN_SITE = "run_site"  # the span id of a hospital the text says a named trust runs: not the trust's own name

RUN_VERBS = {"runs", "run", "manages", "operates"}  # "A, which runs H"; present tense: the trust runs it now
RELATIVES = {"which", "that"}
BETWEEN = {",", "(", ")", "–", "-", "—"}  # between the trust's name and "which": its acronym, a comma, a dash
SITE_JOINS = {"the", ",", "and", "&"}


def sites_of_named_trusts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with every mention of a hospital a named trust "runs" re-keyed to that trust (span id
    :data:`RUN_SITE`: its text is not the trust's own name, and its mentions do not make the trust the one
    the document is about)."""
    sites: dict[str, Span] = {}
    for trust in spans:
        if trust.kb_id_ and trust.id_ != RUN_SITE:
            for site in _run_by(doc, trust, spans):
                sites.setdefault(_site_key(site), trust)
    if not sites:
        return spans
    return [_as_site(span, sites[_site_key(span)]) if _site_key(span) in sites else span for span in spans]


def _run_by(doc: Doc, trust: Span, spans: list[Span]) -> list[Span]:
    """The hospitals named in "<trust>, which runs H (and J)"."""
    i = trust.end
    while i < len(doc) and (doc[i].text in BETWEEN or _acronym(doc[i])):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in RELATIVES or doc[i + 1].lower_ not in RUN_VERBS:
        return []
    starting = {s.start: s for s in spans}
    sites, j = [], i + 2
    while j < len(doc):  # "runs (the) H, (the) J and (the) K": names and joins only
        if doc[j].lower_ in SITE_JOINS:
            j += 1
        elif j in starting and _hospital(starting[j], trust):
            sites.append(starting[j])
            j = starting[j].end
        else:
            break
    return sites


def _hospital(span: Span, trust: Span) -> bool:
    """A hospital's name, not a body's ("runs clinics with Bolton NHS Foundation Trust" names a partner)."""
    return span.kb_id_ != trust.kb_id_ and "NHS" not in span.text.split() and not BODY_WORDS.search(span.text)


def _acronym(token) -> bool:
    return token.text.isupper() and token.is_alpha and 2 <= len(token.text) <= 8


def _site_key(span: Span) -> str:
    words = span.text.lower().replace("’", "'").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _as_site(span: Span, trust: Span) -> Span:
    return Span(span.doc, span.start, span.end, trust.label_, kb_id=trust.kb_id_, span_id=RUN_SITE)
