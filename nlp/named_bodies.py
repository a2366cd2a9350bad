"""NHS bodies named by their form or their place rather than as the register spells them: primary care trusts,
care trusts and health authorities ("Kirklees Primary Care Trust", "Fareham and Gosport PCT"), trusts written
without "Service" or "NHS" or cut by the entity model ("East of England Ambulance Trust"), and hospitals named
for trusts that had closed ("the Princess Royal Hospital" in 2005 is a site of its successor). Used by the
`nhs_orgs` component (:mod:`nhs_leaders.nlp.orgs`)."""

from __future__ import annotations

import re
from functools import cache

from nhs_leaders.nlp.extensions import doc_text
from nhs_leaders.nlp.gazetteer import (
    Organisation,
    by_distinctive_words,
    by_key,
    distinctive_words,
    foundation_trust_by_place,
    icb_by_place,
    place_words,
    unlisted_key,
)
from nhs_leaders.nlp.org_names import name_written
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

BODY_WORDS = re.compile(
    r"\b(Trust|Authority|CCG|ICB|PCT|Clinical Commissioning Group|Integrated Care Board)$"
)
GENERIC_BODY_WORDS = set(
    "The the NHS Foundation Trust Strategic Health Authority Primary Care Clinical Commissioning Group "
    "Integrated Board CCG ICB PCT Hospital Hospitals Mental Community Ambulance Service Partnership and of "
    "CSU Commissioning Support Unit".split()
)


POSSESSIVES = {"'s", "’s", "'", "’"}  # a possessive ending the entity model takes into a name
SITE = "site"  # the span id of a hospital named for the trust that runs it: its text is not that trust's name


def hospitals_to_running_trusts(spans: list[Span], published: str | None) -> list[Span]:
    """A hospital named bare ("The Princess Royal Hospital", "Royal Shrewsbury") whose own trust had closed
    is a site of the trust that ran it then: that trust's successor at the publication date, or the one of
    its successors the document names (undated pages)."""
    named = {s.kb_id_ for s in spans}
    out = []
    for span in spans:
        site_of = _running_trust(by_key()[span.kb_id_], span.text, published, named)
        out.append(
            span
            if site_of is None
            else Span(
                span.doc,
                span.start,
                span.end,
                name_written(span.text, site_of),
                kb_id=site_of.key,
                span_id=SITE,
            )  # under the trust's name the hospital's words belong to ("Warrington Hospital": Warrington and ...)
        )
    return out


def _running_trust(
    org: Organisation, text: str, published: str | None, named: set[str]
) -> Organisation | None:
    if not org.closed or BODY_WORDS.search(text) or "NHS" in text.split():
        return None
    chain, table = [], by_key()
    current = org
    while current.successor in table and len(chain) < 5:
        current = table[current.successor]
        chain.append(current)
    if published:
        open_then = (o for o in chain if not o.closed or o.closed >= published)
        return next(open_then, None) if org.closed < published else None
    return next((o for o in chain if o.key in named), None)


def respelt_trusts(doc: Doc, spans: list[Span]) -> list[Span]:
    """A trust the entity model finds under a spelling the register does not hold ("Rotherham, Doncaster and
    South Humber Mental Health NHS Foundation Trust" for Rotherham Doncaster and South Humber NHS Foundation
    Trust), or a run of proper nouns up to "Trust" the model missed or cut: the same distinctive words as
    exactly one trust's name or former name."""
    out = []
    entities = [e for e in doc.ents if e.label_ == "ORG" and re.search(r"\bTrust\b", e.text)]
    runs = [
        r
        for r in _capitalised_trust_names(doc)
        if not any(s.start < r.end and r.start < s.end and not _within(s, r) for s in spans)
    ]  # a run around a shorter name ("Scarborough and North East Yorkshire NHS Trust" around "East Yorkshire")
    for ent in entities + runs:
        if any(s.start <= ent.start and ent.end <= s.end for s in spans + out):
            continue  # already named as the register spells it
        words = distinctive_words(ent.text)
        if len(words) < 2:
            continue  # one word ("Suffolk") is a place as often as a trust
        found = {o.key: (o, name) for o, name in by_distinctive_words().get(words, [])}
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        # "King's College Hospital NHS Foundation Trust's chair": the possessive is not part of the name
        end = ent.end - (1 if ent[-1].lower_ in POSSESSIVES else 0)
        if len(found) == 1:
            ((org, name),) = found.values()
            out.append(Span(doc, start, end, label=name, kb_id=org.key))
        elif (inner := _one_body_within(ent, spans)) is not None and (not found or inner.key in found):
            # "St Helens and Knowsley Teaching Hospital NHS Trust": the register's short form inside a name it
            # spells otherwise is that body, under the name (or former name) spelt most like it
            text = doc[start:end].text
            out.append(Span(doc, start, end, label=name_written(text, inner), kb_id=inner.key))
    return out


def bodies_by_opening_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """Trade papers' short forms: a foundation trust by its name's opening words and "FT" ("Newcastle FT",
    "Northumbria FT's chair", "Royal Papworth FT"), an integrated care board by its area's opening words and "ICB"
    ("Staffordshire ICB" for Staffordshire and Stoke-on-Trent), where exactly one body's name opens so."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for token in _tokens_spelt(doc, tuple(SHORT_NAME_ENDS)):
        if token.i - 1 in covered:
            continue
        start = token.i  # back over capitalised words, whatever their tags ("Alder Hey FT": "Hey" is no NNP)
        while (
            start > 0
            and token.i - start < 4
            and (doc[start - 1].is_title or doc[start - 1].text in NAME_JOINS)
        ):
            start -= 1
        by_place = SHORT_NAME_ENDS[token.text]
        for i in range(start, token.i):  # the longest run first
            org = by_place(doc[i : token.i].text) if doc[i].text not in NAME_JOINS else None
            if org is not None:
                out.append(Span(doc, i, token.i + 1, label=org.name, kb_id=org.key))
                break
    return out


SHORT_NAME_ENDS = {"FT": foundation_trust_by_place, "ICB": icb_by_place}


def _one_body_within(name: Span, spans: list[Span]) -> Organisation | None:
    """The one registered body whose short form opens ``name``, a run ending in "Trust" ("St Helens and Knowsley"
    in "St Helens and Knowsley Teaching Hospital NHS Trust"; not "Berkshire" in "Chief Executive Designate of
    Berkshire Healthcare NHS Foundation Trust")."""
    inner = [s for s in spans if _within(s, name) and s.start == name.start + (name[0].lower_ == "the")]
    if name[-1].text != "Trust" or len(inner) != 1 or not inner[0].kb_id_:
        return None
    # the rest only a body's generic words: not "Royal Devon and Exeter and Northern Devon Healthcare NHS Trust"
    # (two bodies), nor "St Helens and Knowsley Hospitals Charitable Trust" (a charity)
    rest = name.doc[inner[0].end : name.end].text.split()
    if set(rest) - GENERIC_BODY_WORDS - {"Teaching", "University"} or "and" in rest:
        return None
    return by_key()[inner[0].kb_id_]


def _within(inner: Span, outer: Span) -> bool:
    """``inner`` lies inside ``outer`` and is shorter."""
    return outer.start <= inner.start and inner.end <= outer.end and len(inner) < len(outer)


INDEFINITE = {"a", "an", "another", "one", "every", "each", "any"}


def _capitalised_trust_names(doc: Doc) -> list[Span]:
    """Runs of proper nouns up to "Trust" ("South East Coast Ambulance Foundation Trust"), or up to news's
    lower-case "trust" ("the Mid Yorkshire trust"), each start in turn, where the entity model cut the name or
    saw none."""
    out = []
    for token in _tokens_spelt(doc, ("Trust", "trust")):  # "the Scarborough and North East Yorkshire trust"
        start = _name_start(doc, token.i)
        if token.text == "trust" and start > 0 and doc[start - 1].lower_ in INDEFINITE:
            continue  # "An East of England trust", "another London trust": a region's trust, not a name
        out += [doc[i : token.i + 1] for i in range(start, token.i) if doc[i].text not in NAME_JOINS]
    return out  # longest first: "Jo Bloggs of South East Coast Ambulance Trust" is tried before its tail


LOCAL_BODY_ENDS = (
    ("Primary", "Care", "Trust"),
    ("Care", "Trust"),
    ("PCT",),
    ("Health", "Authority"),
    ("SHA",),
    # primary care trusts' clusters (2011-13): "Leicester, Leicestershire and Rutland PCT Cluster", "NHS Calderdale,
    # Kirklees and Wakefield District Cluster" (a bare "X Cluster" only after "NHS": "the Inaugural Cluster Board")
    ("PCT", "Cluster"),
    ("Cluster",),
    # commissioning support units (2012-15), hosted by the NHS Commissioning Board: "Kent and Medway CSU"
    ("Commissioning", "Support", "Unit"),
    ("CSU",),
)
NHS_ONLY_ENDS = {("Cluster",)}
CSU_ENDS = {("Commissioning", "Support", "Unit"), ("CSU",)}
# a hospital's clinical service units share the letters ("the Medicine CSU", "Women's and Children's CSU"): a
# commissioning support unit is named for places ("Kent and Medway CSU"), none of them a service's word
SERVICE_WORDS = {
    "women",
    "children",
    "medicine",
    "surgery",
    "emergency",
    "specialist",
    "clinical",
    "hospital",
}
CLUSTER_ENDS = {("PCT", "Cluster"), ("Cluster",)}  # "Leicester, Leicestershire and Rutland PCT Cluster"
# Trade papers of the time wrote the form in lower case ("Bexley primary care trust", "Kent and Medway
# strategic health authority"); "care trust" alone is not read so, being a common phrase.
LOWER_CASE_ENDS = (
    ("primary", "care", "trust"),
    ("strategic", "health", "authority"),
    ("health", "authority"),
)
NAME_JOINS = {"and", "&", "of", "upon", "on", "-"}
BODY_LAST_WORDS = tuple(
    {w for words in LOCAL_BODY_ENDS for w in (words[-1], words[-1].upper())} | {"trust", "authority"}
)


# a title's last word before "of" ("Chief Executive of", "Chairman of the Board of"): where a body's name stops
OFFICE_WORDS = {
    *("executive", "chairman", "chair", "chairwoman", "director", "officer", "manager", "secretary", "nurse"),
    *("head", "board", "governors", "member", "members", "lead", "chief", "boss", "president"),
}


@cache
def _spelling(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for the words, compiled once (re's own cache is churned by the per-document patterns)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _tokens_spelt(doc: Doc, words: tuple[str, ...]) -> list:
    """The tokens (not the first) spelt as one of ``words``, found in the text rather than token by token:
    making a Token object for every word of every document costs more than the rest of these passes."""
    found = (doc.char_span(m.start(), m.end()) for m in _spelling(words).finditer(doc_text(doc)))
    return [span[0] for span in found if span is not None and len(span) == 1 and span.start > 0]


def local_bodies(doc: Doc) -> list[Span]:
    """Primary care trusts, care trusts and health authorities named by their form, the register holding
    none of them: proper nouns (joined by "and", "of", "upon") before "Primary Care Trust", "PCT", "Care
    Trust" or "Health Authority", in title case or capitals ("KIRKLEES PRIMARY CARE TRUST")."""
    out = []
    for token in _tokens_spelt(doc, BODY_LAST_WORDS):
        end = token.i + 1
        words = next((w for w in LOCAL_BODY_ENDS if _words_before(doc, end, w)), None)
        lower = words is None
        if lower:
            words = next((w for w in LOWER_CASE_ENDS if _words_before(doc, end, w, upper=False)), None)
        if words is None:
            continue
        start = _name_start(doc, end - len(words))
        if words in CLUSTER_ENDS:
            start = _places_start(doc, start)
        while start < end - len(words) and doc[start].text in NAME_JOINS:
            start += 1
        if start == end - len(words) and (lower or len(words) == 1):
            continue  # "the primary care trust", "the SHA": a reference, not a name
        if lower and start > 0 and doc[start - 1].lower_ in INDEFINITE:
            continue  # "a Merseyside primary care trust": one of a region's, not a name
        if words in CSU_ENDS and not _named_for_places(doc[start : end - len(words)]):
            continue
        if words in NHS_ONLY_ENDS and doc[start].text != "NHS":
            if start == 0 or doc[start - 1].text != "NHS":
                continue
            start -= 1
        name = _spelt_name(doc[start : end - len(words)].text, doc[end - len(words) : end].text, lower)
        if set(name.split()) - GENERIC_BODY_WORDS:
            key = unlisted_key(name)
            out.append(Span(doc, start, end, label=by_key()[key].name, kb_id=key))
    return filter_spans(out)


def _named_for_places(name: Span) -> bool:
    """The name holds a place NHS bodies are named for and no service's word."""
    words = [re.sub(r"['’]s$", "", t.lower_) for t in name if t.text not in NAME_JOINS and t.text != "NHS"]
    return bool(set(words) & place_words()) and not set(words) & SERVICE_WORDS


def _name_start(doc: Doc, first: int, longest: int = 10) -> int:
    """Where a body's name that ends in the words from ``first`` begins: back over proper nouns and "and" / "of",
    never past another body's last word ("A PCT and B PCT", "A NHS Trust and B NHS Trust" are two)."""
    start = first
    while (
        start > 0
        and first - start < longest
        and _name_word(doc[start - 1])
        and not BODY_WORDS.search(doc[start - 1].text)
        and not (doc[start - 1].lower_ == "of" and start > 1 and doc[start - 2].lower_ in OFFICE_WORDS)
    ):  # "Chief Executive of B&NES Primary Care Trust": the title is not part of the name
        start -= 1
    return start


def _places_start(doc: Doc, start: int) -> int:
    """Back over "A, " before a name that joins places with "and" ("Leicester, Leicestershire and Rutland"):
    only a single capitalised word before each comma, so "said Jo Bloggs, Kirklees and Calderdale PCT"
    keeps the person out."""
    if not any(t.lower_ in {"and", "&"} for t in doc[start : start + 6]):
        return start
    while (
        start > 2 and doc[start - 1].text == "," and _name_word(doc[start - 2]) and _ends_run(doc[start - 3])
    ):
        start -= 2
    return start


def _ends_run(token) -> bool:
    return not _name_word(token) or token.text == "NHS"


def _spelt_name(place: str, form: str, lower: bool) -> str:
    """The body's name as it spells itself: "Bexley" + "primary care trust" is Bexley Primary Care Trust,
    "KIRKLEES PRIMARY CARE TRUST" is Kirklees Primary Care Trust ("PCT" and "SHA" are spelt out by the
    gazetteer's key; a bare "HA" is not read, being also a housing association)."""
    name = f"{place} {form.title() if lower else form}".strip()
    if name.isupper():
        name = name.title().replace("Pct", "PCT")
    return name


def _words_before(doc: Doc, end: int, words: tuple[str, ...], upper: bool = True) -> bool:
    """Whether the tokens ending at ``end`` spell ``words`` (as written, or in capitals if ``upper``)."""
    if end < len(words):
        return False
    found = [t.text for t in doc[end - len(words) : end]]
    return found == list(words) or upper and found == [w.upper() for w in words]


def _name_word(token) -> bool:
    """A word that can be part of a body's name: a capitalised proper noun, or "and" / "of" between them."""
    if token.text in NAME_JOINS:
        return True
    tagged = token.tag_ in {"NNP", "NNPS"} or not token.tag_  # a title is only tokenised
    return (token.is_title or token.is_upper and len(token) > 1) and tagged


# "NHS Norfolk", "NHS Leicester City", "NHS Wakefield District": primary care trusts' own names from about 2007
PLACE_BRAND = re.compile(r"NHS((\s+(and|&))?\s+[A-Z][a-z]+)+")
PLACE_QUALIFIERS = {
    "city",
    "county",
    "district",
    "north",
    "south",
    "east",
    "west",
    "central",
    "greater",
    "and",
}


def _is_place_brand(name: str) -> bool:
    """ "NHS <places>" where every word is a place an NHS body in the register is named for."""
    words = {w.lower() for w in name.replace("&", " ").split()[1:]} - PLACE_QUALIFIERS
    return bool(PLACE_BRAND.fullmatch(name)) and bool(words) and words <= place_words()


def place_brands(doc: Doc, known: list[Span]) -> list[Span]:
    """Primary care trusts named "NHS <places>" where no other reading found an organisation: the longest run
    of place words after "NHS" ("NHS Suffolk chief executive", "NHS Norfolk Chief Executive")."""
    named = {i for s in known for i in range(s.start, s.end)}
    out = []
    for m in PLACE_BRAND.finditer(doc_text(doc)):
        words = m.group().split()
        while len(words) > 1 and not _is_place_brand(" ".join(words)):
            words.pop()
        span = doc.char_span(m.start(), m.start() + len(" ".join(words)))
        if len(words) > 1 and span is not None and " ".join(words) == span.text and span.start not in named:
            key = unlisted_key(span.text)
            out.append(Span(doc, span.start, span.end, label=by_key()[key].name, kb_id=key))
    return out
