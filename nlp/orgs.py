"""`nhs_orgs` component: NHS organisation mentions → ``doc.spans["nhs_orgs"]`` (kb_id = gazetteer key).

Recognises gazetteer names, former names and generated short forms, acronyms defined in the text
("(NSFT)") or abbreviating an organisation named in the same document, and NHS-looking names the
gazetteer lacks (kept with an empty kb_id so the text survives as unresolved).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nhs_leaders.nlp.extensions import doc_text  # also registers the Doc extensions
from nhs_leaders.nlp.gazetteer import (
    UNLISTED,
    Organisation,
    by_distinctive_words,
    by_key,
    distinctive_words,
    is_acronym_of,
    opens_a_trust_name,
    organisations,
    unlisted_key,
)
from nhs_leaders.nlp.named_bodies import (
    BODY_WORDS,
    GENERIC_BODY_WORDS,
    bodies_by_opening_words,
    hospitals_to_running_trusts,
    local_bodies,
    place_brands,
    respelt_trusts,
)
from nhs_leaders.nlp.national_nhs import national_nhs_matcher, national_nhs_spans, sector_uses_dropped
from nhs_leaders.nlp.org_names import as_named, name_abbreviated, name_written, unique_trust_acronym
from nhs_leaders.nlp.sites import sites_of_named_trusts
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

NHS_WORDS = re.compile(
    r"\b(NHS|Trust|ICB|CCG|Integrated Care Board|Clinical Commissioning Group|Hospitals?|"
    r"Healthcare|Ambulance|Health Authority)\b"
)
NHS_FORM = re.compile(  # "... NHS Trust", "... Primary Care Trust", "... PCT": not "The Nuffield Trust"
    r"\bNHS\b.*\b(Trust|Authority)$|\b(Care Trust|Health Authority|PCT|CCG|ICB|Clinical Commissioning Group|"
    r"Integrated Care Board)$"
)
NON_NHS_WORDS = re.compile(
    r"\b(Council|University(?! Hospitals?)|Ltd|Limited|plc|PLC|Charity|Department|Ministry|"
    r"Government|Unison|Association|College|Society|Company|Partnership Ltd|Agency|"
    r"Housing|Police|Fire|(?<!Health )Authority|Healthwatch)\b"  # a (strategic) health authority is NHS
)
# the word a college's, council's or charity's name runs on to (for `_head_of_other_name`)
OTHER_NAME_END = re.compile(rf"{NON_NHS_WORDS.pattern}|\b(Foundation|Combined|School|Academy|Club)\b")
NOT_AN_ORG = re.compile(
    r"^(the\s+)?(nhs\s+)?(foundation\s+)?(trust\s+)?(board|trust)\b|\b(chair|chief|director|officer|secretary|"
    r"committee|council of governors|board of directors|trusts)\b"  # "NHS Trusts": plural, generic
    r"|(?<!children)(?<!women)['’]s\s+nhs\b",  # "Redbridge's NHS hospital trust": a place's NHS, no name
    re.I,
)
# a minutes heading's body and its board: "University Hospital Birmingham NHS Foundation Trust Board of Governors"
BOARD_TAIL = re.compile(r"\b(?:Trust|ICB|CCG)(\s+(?:Board|Council)(?:\s+of\s+(?:Directors|Governors))?)$")
ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,7}$")
AMPERSAND_PAIR = re.compile(r"[A-Z]&[A-Z]")  # "R&D" (research and development), "A&E": never a body's acronym
NOT_ORG_ACRONYMS = {
    "CEO",
    "COO",
    "CFO",
    "CMO",
    "CNO",
    "CPO",
    "NED",
    "SID",
    "HR",
    "A&E",
    "GP",
    "GPs",
    "MP",
    "MPs",
    "NHS",
    "UK",
    "BBC",
    "ITV",
    "CQC",
    "RTT",
    "ICU",
    "OD",
    "PCT",
    "COVID",
    "II",
    "III",
    "IV",
    "TV",
    "I",
    "A",
    "OK",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "AGM",
    "ED",
    "IT",
    "PFI",
    "CIP",
    "MRI",
    "CT",
    "ICB",
    "ICBs",
    "CCG",
    "CCGs",
    "ICS",
    "ICP",
    "STP",
    "PCN",
    "CSU",
    "LMC",
    "SHA",
    "FT",
    "FTs",
    "OBE",
    "CBE",
    "MBE",
    "DBE",
    "KBE",
    "QC",
    "KC",
    "NEDs",
    "CEOs",
    "UEC",
    "NICE",
}


def _prefer(orgs: list[Organisation], published: str | None) -> Organisation:
    """Pick among organisations sharing a surface form: the one open at the publication date, else the latest."""

    def score(o: Organisation) -> tuple:
        open_then = (not o.opened or not published or o.opened <= published) and (
            not o.closed or not published or o.closed >= published
        )
        return (open_then, o.closed is None, o.closed or "", o.opened or "")

    return max(orgs, key=score)


def surface_key(text: str) -> str:
    """How a name is looked up: lower case, typographic apostrophes as plain ones ("St George’s")."""
    return text.lower().replace("’", "'").replace("‘", "'")


@Language.factory("nhs_orgs", default_config={"spans_key": "nhs_orgs"})
def make_org_recogniser(nlp: Language, name: str, spans_key: str) -> OrgRecogniser:
    return OrgRecogniser(nlp, spans_key)


class OrgRecogniser:
    """Gazetteer phrase matching plus in-document acronyms."""

    def __init__(self, nlp: Language, spans_key: str = "nhs_orgs") -> None:
        self.spans_key = spans_key
        self.tokenizer = nlp.tokenizer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.national = national_nhs_matcher(nlp.vocab)
        self.surface: dict[str, list[Organisation]] = {}
        self.formal: dict[tuple[str, str], str] = {}
        for org in organisations():
            for (alias, _kind), formal in zip(org.aliases, org.formal):
                self.surface.setdefault(surface_key(alias), []).append(org)
                self.formal[(surface_key(alias), org.key)] = formal
        single, multi = [], []
        for alias in self.surface:
            # a one-word name, or one of generic words only ("The Foundation Trust"): as written, never "the
            # foundation trust's spokeswoman"
            (multi if " " in alias and distinctive_words(alias) else single).append(alias)
        originals = {surface_key(a): a for o in organisations() for a, _ in o.aliases}
        self.exact.add("ORG", [nlp.make_doc(originals[a]) for a in single])
        # News writes "St George’s" with a typographic apostrophe: both spellings are patterns.
        self.lower.add("ORG", [nlp.make_doc(v) for a in multi for v in {a, a.replace("'", "’")}])

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.nhs_published
        if doc._.nhs_title:
            title = self.tokenizer(doc._.nhs_title)
            spans = self._gazetteer_spans(title, published) + local_bodies(title)
            doc._.nhs_title_orgs = [s.kb_id_ for s in filter_spans(spans)]
        doc.spans[self.spans_key] = self._recognise(doc, published)
        return doc

    def _gazetteer_spans(self, doc: Doc, published: str | None) -> list[Span]:
        spans = []
        for matcher in (self.exact, self.lower):
            for _, start, end in matcher(doc):
                span = doc[start:end]
                orgs = self.surface.get(surface_key(span.text))
                if orgs:
                    org = _prefer(orgs, published)
                    if _inside_other_name(doc, start, end, org) or _head_of_other_name(doc, span):
                        continue
                    formal = self.formal.get((surface_key(span.text), org.key)) or name_written(
                        span.text, org
                    )
                    spans.append(Span(doc, start, end, label=formal, kb_id=org.key))
        return hospitals_to_running_trusts(spans, published)

    def _recognise(self, doc: Doc, published: str | None) -> list[Span]:
        spans = self._gazetteer_spans(doc, published)
        spans = filter_spans(spans + _listed_ccgs(doc))
        spans = filter_spans(spans + respelt_trusts(doc, spans))
        spans = filter_spans(spans + bodies_by_opening_words(doc, spans))
        spans += self._unlisted(doc, spans)
        spans = filter_spans(spans + national_nhs_spans(doc, self.national, published))
        spans = sector_uses_dropped(doc, spans)
        spans += self._acronyms(doc, spans)
        spans = filter_spans(spans)
        spans += self._local_short_forms(doc, spans)
        return sites_of_named_trusts(doc, as_named(filter_spans(spans), published))

    def _local_short_forms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Once a trust is named in full, its distinctive first word(s) name it too ("Blackpool", "East
        Lancashire"): a document-level alias, never a global one."""
        forms: dict[str, Span] = {}
        for span in spans:
            if not span.kb_id_ or span.kb_id_.startswith(UNLISTED) or len(span) < 3:
                continue
            words = [w for w in span.label_.split() if w not in {"The", "NHS"}]
            generic = {
                "University",
                "Teaching",
                "Hospitals",
                "Hospital",
                "Healthcare",
                "Foundation",
                "Trust",
                "Community",
                "Health",
                "Care",
                "Partnership",
                "Services",
                "Integrated",
                "Board",
                "of",
                "and",
                "Mental",
                "Acute",
                "ICB",
                "CCG",
                "Group",
                "Children's",  # "Alder Hey Children's NHS Foundation Trust" is "Alder Hey"
                "Children’s",
                "Women's",
                "Women’s",
            }
            head = []
            for w in words:
                if w in generic:
                    break
                head.append(w)
            if head and len(" ".join(head)) >= 4:
                forms.setdefault(" ".join(head), span)
        covered = {i for s in spans for i in range(s.start, s.end)}
        text = doc_text(doc)
        out = []
        for form, source in forms.items():
            if sum(
                1
                for s in forms.values()
                if s.kb_id_ != source.kb_id_ and " ".join(s.label_.split()[: len(form.split())]) == form
            ):
                continue  # two organisations in the document start the same way: ambiguous
            # not the place in another body's name: "the University of Leeds", "Leeds College of ..."
            pattern = (
                rf"(?<!University of )(?<!College of )\b{re.escape(form)}\b(?!\s+(?:[A-Z][a-z]+|NHS|CCG|ICB))"
            )
            for m in re.finditer(pattern, text):
                span = doc.char_span(m.start(), m.end())
                if span is not None and not any(i in covered for i in range(span.start, span.end)):
                    out.append(Span(doc, span.start, span.end, label=source.label_, kb_id=source.kb_id_))
        return out

    def _unlisted(self, doc: Doc, known: list[Span]) -> list[Span]:
        """NER ORG entities that look like NHS bodies but are not in the gazetteer, and local bodies of
        2002-2013 named by their form ("Kirklees Primary Care Trust", "Fareham and Gosport PCT") where the
        entity model saw none."""
        out = self._ner_unlisted(doc, known)
        for span in local_bodies(doc) + place_brands(doc, known + [s for s in out if s.kb_id_]):
            if not any(_overlaps_beyond(s, span) for s in known + [s for s in out if s.kb_id_]):
                # it may hold a shorter name: "Surrey and Sussex" in "Surrey and Sussex SHA"; an entity with no
                # name of its own that it overlaps ("Cluster Board of NHS Calderdale", "NHS Norfolk") gives way
                out = [s for s in out if s.kb_id_ or not _overlap(s, span)] + [span]
        return out

    def _ner_unlisted(self, doc: Doc, known: list[Span]) -> list[Span]:
        out = []
        for ent in doc.ents:
            if (tail := BOARD_TAIL.search(ent.text)) is not None:
                ent = doc.char_span(ent.start_char, ent.start_char + tail.start(1), label="ORG") or ent
            if ent.label_ != "ORG" or not NHS_WORDS.search(ent.text) or NON_NHS_WORDS.search(ent.text):
                continue
            if NOT_AN_ORG.search(ent.text):
                continue
            if _charity_trust(ent.text):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            inner = [s for s in known if s.start < ent.end and ent.start < s.end]
            if inner and not _older_name_around(doc[start : ent.end], inner):
                continue
            if ent.text.endswith(("Health Authority", "Care Trust")):
                start = _coordinated_start(doc, start)  # "Kent and Medway Strategic Health Authority"
            end = ent.end
            while end > start and (doc[end - 1].is_space or doc[end - 1].text in {"'s", "’s"}):
                end -= 1  # "Leeds Primary Care Trust's chairman": the body, not its possessive
            if start < end and len(doc[start:end].text) > 6:
                name = doc[start:end].text
                if NHS_FORM.search(name) and set(name.split()) - GENERIC_BODY_WORDS:
                    # a body with a name of its own ("... Primary Care Trust"), not a hospital site
                    key = unlisted_key(name)
                    out.append(Span(doc, start, end, label=by_key()[key].name, kb_id=key))
                else:
                    out.append(Span(doc, start, end, label="NHS_ORG", kb_id=""))
        return out

    def _acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Acronyms defined as "Full Name (ABC)" or abbreviating an organisation named in the document."""
        defined: dict[str, str] = {}
        for span in spans:
            after = doc[span.end : span.end + 3]
            if (
                len(after) == 3
                and after[0].text == "("
                and after[2].text == ")"
                and ACRONYM.match(after[1].text)
            ):
                defined[after[1].text] = span
        defined = {**_defined_after_names(doc), **defined}
        labels = {s.kb_id_: s.label_ for s in spans if s.kb_id_}
        named: dict[str, list[str]] = {}  # every way the document writes each body it names
        for span in spans:
            if span.kb_id_:
                named.setdefault(span.kb_id_, []).append(span.text)
        covered = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for token in doc:
            text = token.text
            if (
                token.i in covered
                or not ACRONYM.match(text)
                or text in NOT_ORG_ACRONYMS
                or AMPERSAND_PAIR.fullmatch(text)  # "R&D", "R&I", "E&D": a subject, not "RD&E"
                or not _caps_like(text)
            ):
                continue
            source = defined.get(text)
            if source is not None:
                out.append(Span(doc, token.i, token.i + 1, label=source.label_, kb_id=source.kb_id_))
                continue
            key = self._acronym_key(text, named, doc._.nhs_published)
            if key is not None:
                label = labels[key] if key in labels else name_abbreviated(text, by_key()[key])
                out.append(Span(doc, token.i, token.i + 1, label=label, kb_id=key))
        return out

    def _acronym_key(self, text: str, named: dict[str, list[str]], published: str | None) -> str | None:
        """The body an undefined acronym stands for: the one the document names whose initials it takes ("WHH"
        after "Warrington and Halton Hospitals ..." is not West Hertfordshire's listed "WHH"), else the
        gazetteer's listed short form, else the one trust it can abbreviate."""
        in_doc = [k for k in named if any(is_acronym_of(text, n) for n in (*named[k], by_key()[k].name))]
        if len(set(in_doc)) == 1:
            return in_doc[0]
        listed = self.surface.get(surface_key(text))
        if listed:
            return listed[0].key
        return unique_trust_acronym(text, published) if len(text) >= 3 else None


def _defined_after_names(doc: Doc) -> dict[str, Span]:
    """ "WARRINGTON And Halton hospitals’ (WHH)": an acronym defined after a trust's name written in a case or
    form the recogniser does not match; the words before the brackets name exactly one trust, whose
    initials the acronym takes."""
    out = {}
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,7})\)", doc_text(doc)):
        bracket = doc.char_span(m.start(), m.start() + 1)
        if bracket is None or not ACRONYM.match(m.group(1)):
            continue
        end = bracket.start
        while end > 0 and doc[end - 1].text in {"'", "’", "'s", "’s"}:
            end -= 1
        for start in range(max(0, end - 8), end - 1):
            named = by_distinctive_words().get(distinctive_words(doc[start:end].text), [])
            if len({o.key for o, _ in named}) == 1:
                fitting = [
                    name for _, name in named if is_acronym_of(m.group(1), name)
                ]  # the name it abbreviates
                if fitting:
                    out[m.group(1)] = Span(doc, start, end, label=fitting[0], kb_id=named[0][0].key)
                break
    return out


PLURAL_CCGS = re.compile(r"\b(CCGs|[Cc]linical [Cc]ommissioning [Gg]roups)\b")
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


@lru_cache(maxsize=1)
def _ccg_areas() -> dict[str, Organisation]:
    """CCGs by their area ("telford and wrekin" → NHS Telford and Wrekin CCG), names and former names."""
    out: dict[str, Organisation] = {}
    for org in organisations():
        if org.kind != "ccg":
            continue
        for alias, kind in org.aliases:
            m = re.fullmatch(r"(?:NHS )?(.+?) (?:CCG|Clinical Commissioning Group)", alias)
            if m and kind in {"name", "former", "short", "former_short"}:
                out.setdefault(_area_key(m.group(1)), org)
    return out


def _area_key(text: str) -> str:
    return " ".join(text.lower().replace("&", "and").split())


def _listed_ccgs(doc: Doc) -> list[Span]:
    """ "Shropshire and Telford & Wrekin CCGs", "Nene and Corby CCGs", "Leicester City, West Leicestershire, and
    East Leicestershire and Rutland CCGs": each area before a plural "CCGs" that names a CCG, read back from the
    plural while the list parses (an area may itself hold "and")."""
    out: list[Span] = []
    text = doc_text(doc)
    for plural in PLURAL_CCGS.finditer(text):
        lo = max(0, plural.start() - 200)
        found = _areas_before(text[lo : plural.start()].rstrip())
        if len(found) < 2:
            continue
        for start, end, org in found:
            span = doc.char_span(lo + start, lo + end, alignment_mode="expand")
            if span is not None:
                out.append(Span(doc, span.start, span.end, label=org.name, kb_id=org.key))
    return out


def _areas_before(head: str) -> list[tuple[int, int, Organisation]]:
    """CCG areas listed at the end of ``head``, right to left, as (start, end, CCG)."""
    separators = list(LIST_SEPARATOR.finditer(head))
    items = list(zip([0] + [m.end() for m in separators], [m.start() for m in separators] + [len(head)]))
    found, j = [], len(items)
    while j > 0:
        match = None
        for i in range(
            j - 1, max(0, j - 3) - 1, -1
        ):  # the shortest run of items ending at j that is one area
            # (a plural lists several: "Shropshire and Telford & Wrekin CCGs" is two, though a merged CCG of
            # 2021 bears the whole name)
            start, end = items[i][0], items[j - 1][1]
            for word in re.finditer(r"\S+", head[start:end]):
                area = head[start + word.start() : end]
                if "," not in area and _area_key(area) in _ccg_areas():
                    match = (start + word.start(), end, _ccg_areas()[_area_key(area)])
                    break
            if match:
                break
        if match is None:
            break
        found.append(match)
        first = next(k for k, (a, b) in enumerate(items) if a <= match[0] < b or a == match[0])
        if match[0] != items[first][0]:
            break  # the area starts inside a stretch of words: the list begins here
        j = first
    return found


def _coordinated_start(doc: Doc, start: int) -> int:
    """The start of a name the entity model cut at "and" or a comma ("Avon, Gloucestershire and Wiltshire
    Strategic Health Authority" tagged from "Wiltshire"): back over capitalised words joined by them."""
    i = start
    while (
        i >= 2
        and doc[i - 1].text in {"and", "&", ","}
        and doc[i - 2].is_title
        and doc[i - 2].pos_ == "PROPN"
        and not BODY_WORDS.search(doc[i - 2].text)
    ):  # stops at another body's last word: "A Primary Care Trust and B Primary Care Trust" are two bodies
        i -= 2
        while i >= 1 and i - 1 >= doc[i].sent.start and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
            i -= 1  # "North Yorkshire and York Primary Care Trust": the conjunct's own words
    return i


@lru_cache(maxsize=4096)
def _charity_trust(text: str) -> bool:
    """ "Nene Valley Waterways Trust": a "Trust" with no other NHS word, whose first word opens no NHS trust's
    name, is a charity ("Royal Free Trust" is the hospital's)."""
    words = text.split()
    return (
        {m.group(0) for m in NHS_WORDS.finditer(text)} == {"Trust"}
        and "Foundation Trust" not in text
        and not opens_a_trust_name(words[1] if words[0].lower() == "the" and len(words) > 1 else words[0])
    )


def _caps_like(text: str) -> bool:
    """Mostly capitals ("NSFT", "NLaG", "RD&E"), not a capitalised word ("Trust")."""
    uppers = sum(c.isupper() for c in text)
    return uppers >= 2 and uppers >= len(text) / 2


def org_name(span: Span) -> str:
    """The full name the text refers to (a former name stays the former name), or its own text when unresolved."""
    if span.kb_id_:
        return span.label_ if span.label_ and span.label_ != "NHS_ORG" else by_key()[span.kb_id_].name
    return span.text


def _overlap(span: Span, other: Span) -> bool:
    return span.start < other.end and other.start < span.end


def _overlaps_beyond(span: Span, body: Span) -> bool:
    """``span`` overlaps ``body`` without lying inside it."""
    return (
        span.start < body.end
        and body.start < span.end
        and not (body.start <= span.start and span.end <= body.end)
    )


SITE_WORDS = set("city general district county royal hospital hospitals infirmary nhs trust".split())


def _older_name_around(ent: Span, inner: list[Span]) -> bool:
    """ "South Warwickshire General Hospitals NHS Trust": a trust's full name the register does not hold (an
    older one) around a short form it does ("South Warwickshire"); the full name is the body the text means.
    Not two names run together ("A NHS Trust and B NHS Trust"): every inner form is a short one."""
    return (
        bool(NHS_FORM.search(ent.text))
        and all(ent.start <= s.start and s.end <= ent.end and len(s) < len(ent) for s in inner)
        and not any(NHS_FORM.search(s.text) or _same_name(ent.text, s.kb_id_) for s in inner)
    )


STATUS_WORDS = {"the", "nhs", "foundation", "trust"}


def _same_name(text: str, key: str) -> bool:
    """The name is the registered body's but for its status ("Leeds Teaching Hospitals NHS Foundation Trust"
    for the NHS trust): news misstating a trust's foundation status still means that trust."""
    org = by_key().get(key)
    if org is None:
        return False
    words = {w for w in text.lower().split() if w not in STATUS_WORDS}
    names = [org.name, *(a for a, _ in org.aliases)]
    return any({w for w in n.lower().split() if w not in STATUS_WORDS} == words for n in names)


AREA_PREFIXES = {"North", "South", "East", "West", "Central", "Greater", "Mid", "Inner", "Outer"}


def _inside_other_name(doc: Doc, start: int, end: int, org: Organisation) -> bool:
    """A short form that is the tail of a longer name: "City Hospital" in "Peterborough City Hospital" (not
    "Birmingham City Hospital", whose place is in the running trust's name)."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in AREA_PREFIXES and not NHS_WORDS.search(doc[start:end].text):
        # "South West London", not West London NHS Trust
        wider = f"{before.text} {doc[start:end].text}".lower()
        return not any(wider in n.lower() for n in [org.name] + [a for a, _ in org.aliases])
    if before is None or not (before.is_title and before.is_alpha) or before.pos_ not in {"PROPN", ""}:
        return False
    words = {t.lower_ for t in doc[start:end]}
    if not words <= SITE_WORDS:  # only a name made of generic words ("City Hospital") can be another's tail
        return False
    names = [org.name] + [a for a, _ in org.aliases]
    if org.successor and org.successor in by_key():
        names.append(by_key()[org.successor].name)
    return not any(before.text.lower() in n.lower() for n in names)


def _head_of_other_name(doc: Doc, span: Span) -> bool:
    """A short form with no NHS word that opens a longer non-NHS name: "West Herts College", "Cambridgeshire and
    Peterborough Combined Authority", "Herts Community Foundation" (the capitalised words run on to a college's,
    council's or charity's word)."""
    if NHS_WORDS.search(span.text):
        return False
    after = []
    for token in doc[span.end : span.end + 3]:
        if not (token.is_title and token.is_alpha):
            break
        after.append(token.text)
    return bool(after) and bool(OTHER_NAME_END.search(" ".join(after)))
