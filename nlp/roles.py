"""`nhs_roles` component: board role titles → ``doc.spans["nhs_roles"]`` (label = canonical role).

Spans include any qualifiers in front ("interim group chief executive"); :func:`qualifiers` reads
them back. Regional and national roles keep their proper nouns ("regional director for the Midlands").
"""

from __future__ import annotations

import json
import re

from nhs_leaders.nlp.extensions import doc_text  # also registers the Doc extensions
from nhs_leaders.nlp.system_leaders import SystemLeaderTitles
from nhs_leaders.nlp.vocab import (
    ACRONYM_ROLES,
    DATA_DIR,
    GUIDELINE_POSTS,
    HONORIFICS,
    NOT_LEADER_WORD_BEFORE,
    QUALIFIERS,
    portfolio_words,
    role_variants,
)
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

WRAP_HINT = re.compile(
    r"(?i)\b(chief|director|officer|secretary|chair|executive|non|deputy|interim|acting|of)"
    r"[ \t]*\n[ \t]*[A-Za-z]"
)
# National and regional titles keep their portfolio and region ("national director of urgent and
# emergency care", "regional director of finance for the South West"); the portfolio stops at a word
# that starts a clause or names the organisation ("... for London at NHS England").
_SCOPE = r"(?:deputy\s+)?(?:executive\s+)?(?:regional|national)"
_HEAD = (
    r"(?:director\s+of\s+(?:finance|nursing|strategy|commissioning|operations)|chief\s+nurse|"
    r"medical\s+director|chief\s+executive|managing\s+director|chief\s+[a-z]+\s+officer|director)"
)
_STOP = (
    "at|in|on|from|to|with|who|which|will|would|has|have|had|is|was|since|until|when|as|and|of|for|the|"
    "nhs|said|says|while|whilst|after|before|following|where|chief|deputy|director|officer|executive|medical|interim|acting|"
    "previously|formerly|currently|now|also|then|recently|latterly|"  # "... development and previously X": a clause
    "ceo|coo|cfo|cmo|cno"  # "... elective recovery and CEO of A": another post
)
_POST_OF = (
    r"(?:chair|chairman|chairwoman|head|lead)\s+(?:of|for)\b"  # "... and chair of A" (not "lead nurse")
)
_WORD = rf"(?!(?i:{_STOP})\b)(?!(?i:{_POST_OF}))[A-Za-z][A-Za-z'\-]+"
_PORTFOLIO = rf"\s+(?i:for|of)\s+(?:the\s+)?{_WORD}(?:(?:\s+(?i:and|of|the))*\s+{_WORD}){{0,5}}"
REGIONAL = re.compile(rf"\b(?P<title>(?i:{_SCOPE}\s+{_HEAD}))(?P<scope>(?:{_PORTFOLIO}){{0,2}})")


# "the chief delivery officer directorate", "HSJ's Top Chief Executives list", "nurse of the year award": a title
# naming a department, a ranking or an award, not a post
COMMITTEE_WORDS = {"committee", "sub-committee", "subcommittee"}  # a title after them is the committee's
COMMITTEE_CHAIRS = {"chair", "chairman", "chairwoman", "chairperson"}
# the post itself named after its title: "appointed to the new director of population health role"
POST_NOUNS = {"role", "post", "job", "position", "vacancy"}
# a post of its own after a portfolio's "and" or comma: "Director of Finance, Policy Lead X", "Director of
# Corporate Affairs and Equalities Lead" (the portfolio ends before it)
OTHER_POST_NOUNS = {"lead", "chair", "manager", "officer", "member", "champion"}
TITLE_AS_MODIFIER = {
    "directorate",
    "directorates",
    "portfolio",
    "portfolios",
    "list",
    "ranking",
    "award",
    "awards",
    "team",  # "thanked the Non Executive team", "the chief executive team": a group, not a post
    "teams",
}
# a title written without its noun ("Mr A, Non Executive"): a members' list's cell, capitalised, or a title
# before a name; in prose "a non executive at a building society" is no board title
CELL_ONLY_TITLES = {"non executive"}
AWARD = ("of", "the", "year")  # "named chief executive of the year at the HSJ Awards"


def _portfolio_titles() -> re.Pattern:
    """ "Director of Planning and Performance", "deputy director of workforce": a director whose portfolio
    is named in ``portfolios.txt`` but whose title is in no list; the guideline keeps any NHS role as
    written."""
    words = "|".join(sorted(map(re.escape, portfolio_words()), key=len, reverse=True))
    portfolio = rf"(?:{words})\b(?:[ \t]+(?:{words})\b)*"  # "corporate development", "clinical governance"
    return re.compile(  # within a line: minutes put titles on lines of their own
        rf"\b(?:(?:deputy|associate|assistant|executive)[ \t]+)?director[ \t]+(?:of|for)[ \t]+{portfolio}"
        rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+){portfolio}(?![ \t]+(?:{'|'.join(OTHER_POST_NOUNS)})\b))*",
        re.I,
    )


@Language.factory("nhs_roles", default_config={"spans_key": "nhs_roles"})
def make_role_recogniser(nlp: Language, name: str, spans_key: str) -> RoleRecogniser:
    return RoleRecogniser(nlp, spans_key)


class RoleRecogniser:
    def __init__(self, nlp: Language, spans_key: str = "nhs_roles") -> None:
        self.spans_key = spans_key
        self.tokenizer = nlp.tokenizer
        self.variants = role_variants()
        self.portfolio_titles = _portfolio_titles()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        multiword = sorted((v for v in self.variants if " " in v), key=len, reverse=True)
        # Titles hard-wrapped across lines in PDF text ("Interim Chief\nOperating Officer").
        self.wrapped = re.compile(
            r"\b(?:"
            + "|".join(r"[ \t]*\n?[ \t]*".join(map(re.escape, v.split())) for v in multiword)
            + r")\b",
            re.I,
        )
        for variant in self.variants:
            if variant in ACRONYM_ROLES or variant.isupper():
                self.acronyms.add("ROLE", [nlp.make_doc(variant.upper())])
            else:
                self.matcher.add("ROLE", [nlp.make_doc(variant)])
        for plural, variant in _plurals(self.variants).items():  # "the chief executives are: ..."
            self.variants.setdefault(plural, self.variants[variant])
            self.matcher.add("ROLE", [nlp.make_doc(plural)])
        for acronym in ACRONYM_ROLES & set(self.variants):  # "Two current NEDs, A and B, will step down"
            self.variants.setdefault(acronym + "s", self.variants[acronym])
            self.acronyms.add("ROLE", [nlp.make_doc(acronym.upper() + "s")])
        self.bare = Matcher(nlp.vocab)  # news's one-word titles, read from their context
        self.bare_titles: dict[int, dict] = {}  # match id -> the jsonl entry (label, title slice, note)
        for n, line in enumerate((DATA_DIR / "bare_titles.jsonl").read_text(encoding="utf-8").splitlines()):
            entry = json.loads(line)
            self.bare.add(f"bare_title_{n}", [entry["pattern"]])
            self.bare_titles[nlp.vocab.strings[f"bare_title_{n}"]] = entry
        self.system_leaders = SystemLeaderTitles(nlp.vocab)  # "Dorset STP leader X": beside a system's name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self._recognise(doc)
        if doc._.nhs_title:
            doc._.nhs_title_roles = [s.label_ for s in self._recognise(self.tokenizer(doc._.nhs_title))]
        return doc

    def _recognise(self, doc: Doc) -> list[Span]:
        spans = []
        for matcher in (self.matcher, self.acronyms):
            for _, start, end in matcher(doc):
                spans.append(self._span(doc, start, end))
        text = doc_text(doc)
        seen: set[tuple[int, int]] = set()
        for hint in WRAP_HINT.finditer(text):  # only around a title word at a line end
            lo = max(0, hint.start() - 60)
            for m in self.wrapped.finditer(text, lo, min(len(text), hint.end() + 60)):
                if "\n" not in m.group(0) or (m.start(), m.end()) in seen:
                    continue  # unwrapped titles are found by the phrase matcher
                seen.add((m.start(), m.end()))
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                canonical = self.variants.get(" ".join(m.group(0).lower().split()))
                if span is not None and canonical:
                    spans.append(Span(doc, span.start, span.end, label=canonical))
        for m in self.portfolio_titles.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not _cut_short(span) and not _part_of_longer_for_title(span):
                spans.append(self._span(doc, span.start, span.end) or self._portfolio_title(span))
        for m in REGIONAL.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                span = _before_name(span, m.end("title"))
                scope = m.group("scope")[: max(0, span.end_char - m.start("scope"))]
                label = " ".join(m.group("title").lower().split() + scope.split())
                # "Interim National Director of Transformation": the qualifier is the title's
                spans.append(Span(doc, _after_qualifiers(doc, span.start), span.end, label=label))
        spans += self._bare_titles(doc)
        spans += self.system_leaders(doc)
        # "will chair the committee", "to head the trust": a verb, not a title
        return filter_spans([s for s in spans if s is not None and not (len(s) == 1 and s[0].pos_ == "VERB")])

    def _bare_titles(self, doc: Doc) -> list[Span]:
        """ "West Suffolk chief Steve Dunn", "to interim chief following": a one-word title whose context
        (``bare_titles.jsonl``) shows it stands for a whole one; qualifiers in front are kept."""
        out = []
        if not doc.has_annotation("POS"):
            return out  # a headline read by the tokenizer alone
        for match_id, start, _end in self.bare(doc):
            entry = self.bare_titles[match_id]
            first, last = (start + i for i in entry["title"])
            if not _leader_word_context(doc, first):
                continue  # "the trust's estates chief X", "BMA chief X"
            label = entry["label"]
            if first > 0 and doc[first - 1].lower_ == "deputy":  # "NHS London deputy chief X"
                first, label = first - 1, "deputy " + label
            out.append(Span(doc, _after_qualifiers(doc, first), last, label=label))
        return out

    def _portfolio_title(self, span: Span) -> Span:
        """A listed director's title inside the portfolio names the guideline's post ("Director of Quality and
        Nursing" is the chief nurse, as "director of nursing and quality" is); otherwise the title as written."""
        before = span.doc[max(0, span.start - 1) : span.start + 1].text.lower()
        if span[0].lower_ == "executive" and span.start > 0 and before in self.variants:
            span = span[1:]  # "Chief Executive Director of Clinical Operations": two titles (item 290)
        written = " ".join(span.text.lower().split())
        start = _after_qualifiers(span.doc, span.start)  # "Interim Director of Population Health": interim
        if written.startswith(("deputy", "associate", "assistant")) or " of " not in written:
            return Span(span.doc, start, span.end, label=written)  # "Director for People and Communities"
        items = re.split(r"\s*,\s*|\s+(?:and|&)\s+", written.split(" of ", 1)[1])
        # only into a post the guideline names: "Director of Community & Primary Care" stays as written
        listed = {self.variants.get(f"director of {item}") for item in items} & GUIDELINE_POSTS
        label = listed.pop() if len(listed) == 1 else written
        return Span(span.doc, start, span.end, label=label)

    def _span(self, doc: Doc, start: int, end: int) -> Span | None:
        if self._first_word_ends_title_before(doc, start, end):
            start += 1  # "Chief Executive Medical Director": two titles, not "Chief" + "Executive Medical Director"
        text = doc[start:end].text.lower()
        canonical = self.variants.get(text) or self.variants.get(text.upper().lower())
        if canonical is None or (end < len(doc) and doc[end].lower_ in TITLE_AS_MODIFIER):
            return None  # "will move to the chief delivery officer directorate": a department, not a post
        if text in CELL_ONLY_TITLES and not (doc[start].is_title or end < len(doc) and doc[end].is_title):
            return None  # "a non executive at a building society"; not "non executive Jo Bloggs"
        if start > 0 and doc[start - 1].lower_ in COMMITTEE_WORDS:
            return None  # "audit committee chair X": a committee's chair, not the board's
        if text == "boss" and not _leader_word_context(doc, start):
            return None  # "her boss", "the estates boss", "a health service boss": no board post named
        if tuple(t.lower_ for t in doc[end : end + 3]) == AWARD:
            return None
        # "deputy chief operating officer" is its own role; "deputy chief executive" is listed already; so are
        # "associate director of primary care", "assistant director of strategy" (not the director's post)
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in {"deputy", "associate", "assistant"} and not canonical.startswith(before):
            start -= 1
            canonical = f"{before} " + doc[start + 1 : end].text.lower()
        start = _after_qualifiers(doc, start)
        if (
            start > 0
            and doc[start - 1].lower_ == "-"
            and start > 1
            and doc[start - 2].lower_ in {"co", "joint"}
        ):
            start -= 2
        if " of " in f" {text} " and text.startswith(("director", "executive director")):
            longer = _portfolio_end(doc, end)
            if longer > end and canonical == text:  # a title kept as written grows with its portfolio
                canonical = " ".join(doc[start:longer].text.lower().split())
            end = longer
        if canonical == "lay member":  # a CCG governing body's "Lay Member for Audit": the title as written
            longer = _remit_end(doc, end)
            canonical, end = " ".join(doc[start:longer].text.lower().split()), longer
        if end < len(doc) and doc[end].tag_ == "NNS" and doc[end].lemma_.lower() == canonical.split()[-1]:
            end += 1  # "non-executive" + "directors": the plural noun belongs to the title
        return Span(doc, start, end, label=canonical)

    def _first_word_ends_title_before(self, doc: Doc, start: int, end: int) -> bool:
        """The title's first word also ends a listed title with the word before it, and the rest is a listed
        title of its own: in a run of titles the word belongs to the first ("Chief Executive Director of
        Finance")."""
        return (
            start > 0
            and end - start > 1
            and doc[start - 1 : start + 1].text.lower() in self.variants
            and doc[start + 1 : end].text.lower() in self.variants
        )


def _after_qualifiers(doc: Doc, start: int) -> int:
    """Where a title starting at ``start`` begins once the qualifiers in front are taken in ("interim group
    chief executive"); "trust" before a title is the body's, not a qualifier."""
    while start > 0 and doc[start - 1].lower_ in QUALIFIERS and doc[start - 1].lower_ != "trust":
        if start > 1 and doc[start - 2 : start].text.lower() in role_variants():
            break  # "Chief Executive Executive Medical Director": the word ends the title before
        start -= 1
    return start


def committee_title_end(doc: Doc, i: int, end: int) -> int:
    """After "and audit committee chair" at ``i`` (a committee's title joined to a board title before a name:
    "non-executive director and audit committee chair Jason Brine"), the index past it; else ``i`` (also for
    "the chief executive and the audit committee chair, X": a determiner starts another person's title)."""
    if i >= end or doc[i].lower_ != "and":
        return i
    for j in range(i + 1, min(end - 1, i + 5)):
        if doc[j].pos_ == "DET" or not doc[j].text.isalpha():
            return i  # "The chief executive and the audit committee chair, X": two people
        if doc[j].lower_ in COMMITTEE_WORDS and doc[j + 1].lower_ in COMMITTEE_CHAIRS:
            return j + 2
    return i


def _leader_word_context(doc: Doc, i: int) -> bool:
    """News's one-word leader title ("boss", "chief") at ``i`` stands for a body's chief executive ("Southport
    Hospital boss", "West Suffolk chief", "interim chief"), but not after a possessive person ("her boss", "X's
    boss"), a department ("estates chief", "a health service boss") or a non-NHS body ("BMA chief")."""
    if i == 0:
        return True
    before = doc[i - 1]
    if before.lower_ in {"'s", "’s"} and i > 1:
        return doc[i - 2].ent_type_ != "PERSON"
    return before.lower_.rstrip(".") not in NOT_LEADER_WORD_BEFORE


def _before_name(span: Span, title_end: int) -> Span:
    """A national title's portfolio ends where a person's name begins, with its honorific ("National director
    for policy Bill M...", "... for Patients and Information Mr Bill M..."): a title written before its holder."""
    doc = span.doc
    for token in span:
        if token.idx >= title_end and token.ent_iob_ == "B" and token.ent_type_ == "PERSON":
            before = doc[token.i - 1]
            end = before.i if before.i > span.start and before.lower_.rstrip(".") in HONORIFICS else token.i
            return doc[span.start : end]
    return span


def _portfolio_end(doc: Doc, end: int) -> int:
    """End of "Director of Finance[, Performance] and Estates": the portfolio continued after "and"/","."""
    words = portfolio_words()
    i, last = end, end
    while i + 1 < len(doc) and doc[i].lower_ in {"and", "&", ","}:
        j = i + 1
        while j < len(doc) and (doc[j].lower_ in words or doc[j].text in words):
            j += 1
        if j == i + 1 or j < len(doc) and doc[j].lower_ in OTHER_POST_NOUNS:
            break
        i = last = j
    return last


# remits of a CCG's lay members beyond the directors' portfolios ("Lay Member for Audit", "for Patient and
# Public Involvement", "for Primary Care Commissioning")
LAY_REMIT_WORDS = {"audit", "public", "involvement", "primary", "ppi"}


def _remit_end(doc: Doc, end: int) -> int:
    """End of "Lay Member for Patient and Public Involvement": "for" and the capitalised words of the remit
    (with "and" / "&" between), on the same line."""
    words = {w.lower() for w in portfolio_words()} | LAY_REMIT_WORDS

    def remit(i: int) -> bool:
        return i < len(doc) and doc[i].is_title and doc[i].lower_ in words  # not the next column's name

    if end + 1 >= len(doc) or doc[end].lower_ != "for" or not remit(end + 1):
        return end
    i = end + 1
    while remit(i) or i + 1 < len(doc) and doc[i].lower_ in {"and", "&"} and remit(i + 1):
        i += 1
    return i


# qualifiers written after the title that mean appointed, not yet in post (role_qualifiers.csv: "designate",
# "-elect")
DESIGNATE_AFTER = {"designate", "elect"}


def designated(span: Span) -> bool:
    """Appointed, not yet in post: "designate" inside the title or a designate qualifier just after it ("chief
    executive designate", "Chief Executive designate, observing", "Chair Elect (observing)", "chair-elect")."""
    doc, i = span.doc, span.end
    if i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        i += 1  # "chair-elect"
    return "designate" in qualifiers(span) or (i < len(doc) and doc[i].lower_ in DESIGNATE_AFTER)


def chairs_a_committee(role: Span) -> bool:
    """ "chair of the audit committee", "chair of the Finance and Performance Committee", "(Chair, BCE Group)":
    committee or group chairing, not a board post."""
    return bool(
        re.match(
            r"\s*(of (the|our|its|their|his|her) (?:(?!board\b)[\w\s&,'’]){0,60}?committee"
            r"|, (?!the )(?:(?!nhs\b)[\w&']+ ){1,3}(group|committee)\))",  # not "(Chair, The Dudley Group)"
            role.doc[role.end : role.end + 12].text,
            re.I,
        )
    )


def newly_appointed(span: Span) -> bool:
    """ "X, the newly appointed Chief Operating Officer", "(our recently appointed Medical Director)": a title the
    words before it call new (they stand outside the title's span)."""
    return _called_new(span.doc, span.start, bare_new=False)


# words before "Director for ..." that make it another title's tail ("National Director for Primary Care",
# "Medical Director for Primary Care", "Assistant Director for Commissioning"), read as that title or no post
FOR_TITLE_HEADS = {
    *("national", "regional", "medical", "clinical", "nursing", "divisional", "programme", "managing"),
    *("deputy", "assistant", "associate"),
}


def _part_of_longer_for_title(span: Span) -> bool:
    """A "Director for ..." title whose word before (past a comma) heads a longer title: "Dr A National,
    Director for Primary Care" (a PDF comma), "Medical Director for Primary Care", "Assistant Director for X";
    or any portfolio title inside "Non-Executive Director for/of ..."."""
    prefix = "".join(t.lower_ for t in span.doc[max(0, span.start - 2) : span.start])
    if span[0].lower_ == "executive" and prefix.endswith(("non-", "non")):
        return True  # "Non-Executive Director for Health": the non-executive's title
    if " for " not in span.text.lower():
        return False
    first = span[0] if span[0].lower_ in FOR_TITLE_HEADS else None
    before = [t for t in span.doc[max(0, span.start - 2) : span.start] if t.text != ","][-1:]
    return first is not None or bool(before) and before[0].lower_ in FOR_TITLE_HEADS


def _cut_short(span: Span) -> bool:
    """A portfolio title a noun continues in lower case ("director of urgent care provider Vocare", "director of
    primary school X"): the words name something else, of which the title is only the start."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ in POST_NOUNS:
        return False  # "the new director of population health role", "the director of communications job"
    return after.is_lower and after.is_alpha and after.pos_ == "NOUN"


def new_before_body(span: Span, bodies: list[Span]) -> bool:
    """ "New NHS West Midlands chief executive X", "Newly-appointed NHS Dumfries and Galloway Chief Executive X":
    "new" (or "newly / recently appointed") before the body whose title follows it calls the title new."""
    body = next((b for b in bodies if _just_before(b, span)), None)
    if body is None or span.end < len(span.doc) and span.doc[span.end].lower_ in {"'s", "’s"}:
        return False  # "the new A chief executive's office": "new" is the office's
    return _called_new(span.doc, body.start)


def _called_new(doc: Doc, i: int, bare_new: bool = True) -> bool:
    """The words just before token ``i`` call what follows new: "newly / recently appointed" (hyphened or not),
    or, with ``bare_new``, "new"."""
    words = doc[max(0, i - 3) : i].text.lower().replace("-", " ").split()
    return (
        bare_new
        and words[-1:] == ["new"]
        or words[-2:] in (["newly", "appointed"], ["recently", "appointed"])
    )


def _just_before(body: Span, title: Span) -> bool:
    """The body ends where the title starts, before its possessive ("A's chair"), or on the title's first word
    ("A NHS Trust chair": the title read as "Trust chair")."""
    if body.end == title.start - 1:
        return body.doc[body.end].lower_ in {"'s", "’s"}
    return body.start < title.start <= body.end <= title.start + 1


def qualifiers(span: Span) -> set[str]:
    """Qualifier names (interim, acting, group, joint, substantive, former...) written inside a role span, and
    "new" just before one (a title the register does not list starts after it: "the Trust's new Director of
    Communications, Mrs X")."""
    found = {QUALIFIERS[t.lower_] for t in span if t.lower_ in QUALIFIERS}
    if span.start > 0 and span.doc[span.start - 1].lower_ == "new":
        found.add("new")
    return found


def _plurals(variants: dict[str, str]) -> dict[str, str]:
    """Plurals of the several-word titles ("chief executives", "medical directors"); one-word titles stay
    singular ("chairs" is mostly a verb)."""
    out = {}
    for variant in variants:
        words = variant.split()
        head = words.index("of") - 1 if "of" in words else len(words) - 1  # "directors of nursing"
        if len(words) > 1 and head >= 0 and words[head].isalpha() and not words[head].endswith("s"):
            out[" ".join(words[:head] + [words[head] + "s"] + words[head + 1 :])] = variant
    return out
