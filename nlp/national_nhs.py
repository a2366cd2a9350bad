"""Stage (b), the NHS's own chief executive: news names the national post by "the NHS" alone ("NHS chief executive
Simon S...", "the chief executive of the NHS", "Chief Executive of the NHS in England"). From NHS England's
opening that post is NHS England's, before it the service's own ("National Health Service": the NHS chief
executive of 2000-2012 sat in the Department of Health); "the NHS" anywhere else (a career "in the NHS", "NHS
chief executives" of trusts, "NHS Providers") names no body. Used by the `nhs_orgs` component
(:mod:`nhs_leaders.nlp.orgs`)."""

from __future__ import annotations

from nhs_leaders.nlp.gazetteer import by_key, unlisted_key
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

NHS_ENGLAND = "name:NHS England"
# the post's body before NHS England opened (the NHS chief executive of 2000-2012 sat in the Department of Health):
# the service itself, as the guideline's records name it
NATIONAL_SERVICE = "National Health Service"
TITLE = [{"LOWER": "chief"}, {"LOWER": "executive"}]
# "NHS chief executive X" (not "NHS chief executives", "Leeds NHS chief executive"); "chief executive of the NHS",
# "... of the NHS in England" (not "of the NHS Trust", "of the NHS Confederation")
PATTERNS = {
    "before": [{"ORTH": "NHS"}, *TITLE, {"LOWER": {"NOT_IN": ["officers"]}}],
    "possessive": [{"ORTH": "NHS"}, {"LOWER": {"IN": ["'s", "’s"]}}, *TITLE],
    "after": [*TITLE, {"LOWER": "of"}, {"LOWER": "the"}, {"ORTH": "NHS"}],
    "after_england": [
        *TITLE,
        {"LOWER": "of"},
        {"LOWER": "the"},
        {"ORTH": "NHS"},
        {"LOWER": "in"},
        {"ORTH": "England"},
    ],
}


# before a national body's name: the sector, not the body ("one Welsh NHS chief executive, X of A")
SECTOR_BEFORE = {"a", "an", "one", "another", "every", "each"}
# before "NHS": any one of many ("an NHS chief executive"), a country's own ("Scotland's"), a past holder ("the then")
NOT_THE_POST_BEFORE = SECTOR_BEFORE | {"'s", "’s", "then"}


def sector_uses_dropped(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without a national body's name used for its whole sector ("one Welsh NHS chief executive")."""
    by = by_key()
    return [
        s
        for s in spans
        if not (
            s.kb_id_ in by
            and by[s.kb_id_].kind == "national_body"
            and s.start > 0
            and doc[s.start - 1].lower_ in SECTOR_BEFORE
        )
    ]


def national_nhs_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for name, pattern in PATTERNS.items():
        matcher.add(name, [pattern])
    return matcher


def national_nhs_spans(doc: Doc, matcher: Matcher, published: str | None) -> list[Span]:
    """NHS England for each "NHS" that names the national chief executive's post, in a text published (or
    undated) after NHS England opened; before, the service itself ("the NHS in England" as written)."""
    org = by_key().get(NHS_ENGLAND)
    if org is None:
        return []
    if published and published < (org.opened or ""):
        # before it: the NHS's own national post, a national body the register does not hold
        org = by_key()[unlisted_key(NATIONAL_SERVICE, kind=org.kind)]
    out = []
    for match_id, start, end in matcher(doc):
        kind = doc.vocab.strings[match_id]
        if kind in {"before", "possessive"}:
            before = doc[start - 1] if start > 0 else None
            if before is not None and (before.pos_ == "PROPN" or before.lower_ in NOT_THE_POST_BEFORE):
                continue  # "Leeds NHS chief executive": a name ending in NHS; "an NHS chief executive": any one
            out.append(Span(doc, start, start + 1, label=org.name, kb_id=org.key))
        elif kind == "after" and not _named_further(doc, end):
            out.append(Span(doc, end - 1, end, label=org.name, kb_id=org.key))
        elif kind == "after_england":  # named, not described; before NHS England, the service as written
            label = org.name if org.key == NHS_ENGLAND else f"{NATIONAL_SERVICE} in England"
            out.append(Span(doc, end - 3, end, label=label, kb_id=org.key))
    return out


def _named_further(doc: Doc, end: int) -> bool:
    """ "of the NHS Trust", "of the NHS Confederation", "of the NHS in Scotland": "NHS" opens a longer name."""
    if end >= len(doc):
        return False
    after = doc[end]
    return after.is_title or after.lower_ == "in"
