"""`nhs_people` component: person mentions → ``doc.spans["nhs_people"]`` (kb_id = canonical full name).

Within a document, "Mr Dalton", "Dalton" and minute-book initials "(ID)" resolve to the full name
introduced earlier (or later, if the full name comes after). Two full names that share a surname
stay two people; a bare surname goes to the nearest full name before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nhs_leaders.nlp.aliases import first_full_names
from nhs_leaders.nlp.contextual_names import (
    ATTENDANCE_HEADINGS,
    PROPER_TAGS,
    ContextualNamesMixin,
    heading_word,
)
from nhs_leaders.nlp.cues import opens_its_line, spaced_hyphen
from nhs_leaders.nlp.extensions import doc_text  # also registers the Doc extensions
from nhs_leaders.nlp.gazetteer import opens_a_body_name
from nhs_leaders.nlp.name_initials import (
    NAME_TOKEN,
    initialled_in_row,
    initials_bracket,
    initials_of,
    initials_only,
    own_initials,
)
from nhs_leaders.nlp.name_words import (
    INSTITUTION_WORDS,
    LEADING_HONORIFICS,
    MILITARY_RANKS,
    NOT_NAME_WORDS,
    ORGISH,
    SENTENCE_ADVERBS,
    SURNAMES_TOO,
    from_inner_honorific,
    opens_next_name,
    peer_name,
    surname_too,
)
from nhs_leaders.nlp.vocab import (
    HONORIFICS,
    POST_NOMINALS,
    given_name_genders,
    role_variants,
)
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

# a sentence's opening participle the name recogniser takes into the name after it ("Announcing McNeil's ...")
OPENING_PARTICIPLES = set(
    "announcing commenting confirming welcoming introducing thanking praising responding speaking explaining "
    "adding writing following congratulating paying describing".split()
)
# "Chief Executive – Jo Bloggs" (or a spaced hyphen): a board list's title, then its holder
TITLE_DASHES = {"–", "—"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they"}
# "Frances O’Callaghan": a given name and an O' surname (the small model misses some written with a curly apostrophe)
O_SURNAME_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+O['’][A-Z][a-z]+\b(?![-'’])")


@dataclass
class Person:
    name: str
    honorific: str | None = None
    post_nominals: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@Language.factory(
    "nhs_people", default_config={"spans_key": "nhs_people", "orgs_key": "nhs_orgs", "roles_key": "nhs_roles"}
)
def make_people(nlp: Language, name: str, spans_key: str, orgs_key: str, roles_key: str) -> PeopleRecogniser:
    return PeopleRecogniser(spans_key, orgs_key, roles_key)


class PeopleRecogniser(ContextualNamesMixin):
    def __init__(
        self, spans_key: str = "nhs_people", orgs_key: str = "nhs_orgs", roles_key: str = "nhs_roles"
    ) -> None:
        self.spans_key, self.orgs_key, self.roles_key = spans_key, orgs_key, roles_key
        self.role_words = {w for v in role_variants() for w in v.split()}

    def __call__(self, doc: Doc) -> Doc:
        blocked = {
            i
            for key in (self.orgs_key, self.roles_key)
            for s in doc.spans.get(key, [])
            for i in range(s.start, s.end)
        }
        full: list[tuple[Span, Person]] = []
        peers: list[tuple[Span, Person]] = []
        for span in self._candidates(doc, blocked):
            person = self._person(span)
            if person is not None:
                full.append((span, person))
            elif (peer := peer_name(span)) is not None:
                peers.append((span, Person(name=peer)))
        # a peer named by title alone ("Baroness Harding") is the one named in full, when the text does so
        full += [(s, p) for s, p in peers if all(q.surname != p.surname for _, q in full)]
        full = first_full_names(full)
        people: dict[str, Person] = {}
        for _span, person in full:
            known = people.setdefault(person.name, person)
            known.honorific = known.honorific or person.honorific
            known.post_nominals = known.post_nominals or person.post_nominals
        spans = [Span(doc, s.start, s.end, label="PERSON", kb_id=p.name) for s, p in full]
        spans += self._initials(doc, full, people)
        spans += self._short_mentions(doc, spans, full, blocked)
        doc.spans[self.spans_key] = filter_spans(spans)
        doc._.nhs_people = people
        return doc

    def _candidates(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """NER PERSON entities plus "Honorific Name" and list-line names next to a role title."""
        tokens = list(doc)  # Token objects made once: indexing the Doc makes a new one each time
        out = [e for e in doc.ents if e.label_ == "PERSON"]
        i = 0
        while i < len(doc):
            token = tokens[i]
            if (
                token.text[:1].isupper()
                and token.text.rstrip(".").lower() in HONORIFICS
                and token.lower_ != "the"
            ):
                j = i + 1
                while (
                    j < len(doc)
                    and j - i <= 4
                    and NAME_TOKEN.match(tokens[j].text)
                    and j not in blocked
                    and (tokens[j].lower_ not in NOT_NAME_WORDS or surname_too(tokens, j))
                    and not opens_next_name(tokens, j)  # "Mr A B Dr C D": two people, each with a title
                ):
                    j += 1
                if j > i + 1:
                    out.append(doc[i:j])
                i = j
                continue
            i += 1
        out += self._list_names(doc, blocked)
        out += _o_surname_names(doc, blocked)
        out += _names_after_dashed_titles(doc, tokens, blocked, doc.spans.get(self.roles_key, []))
        out += self._contextual_names(doc, blocked, out)
        extended = []
        for span in out:
            start, end = span.start, span.end
            while start < end and (
                start in blocked
                or not tokens[start].text[:1].isalpha()
                or heading_word(tokens[start])
                or _glued_credit(tokens, start, end)
            ):
                start += 1  # "COO Gavin Threlfall", "ATTENDANCE Lee Cornell": a title or heading is no name
            start = from_inner_honorific(tokens, start, end)  # "Volunteer Mrs Sally Houghton"
            end = next((k for k in range(start + 1, end) if opens_next_name(tokens, k)), end)  # "Mr A B Ms"
            cut = next((i for i in range(start, end) if i in blocked), None)
            if cut is not None:
                end = cut
            while end > start and not tokens[end - 1].text[:1].isalpha():
                end -= 1
            if end <= start:
                continue
            while (
                start > 0
                and not opens_next_name(tokens, start)
                and self._given_name_before(doc, start, end, blocked)
            ):
                start -= 1  # "Tunde" + "Bamidele": the model tagged only the surname
            while (
                start > 0
                and tokens[start - 1].text.rstrip(".").lower() in HONORIFICS - {"the"}
                and tokens[start - 1].text[:1].isupper()
            ):
                start -= 1
            while (
                end + 1 < len(doc)
                and tokens[end].text == "-"
                and not tokens[end - 1].whitespace_
                and tokens[end + 1].text[:1].isupper()
            ):
                end += 2  # "Imani Whitfield" + "-Obi": the model cut a double-barrelled surname
            while end < len(doc) and tokens[end].text in POST_NOMINALS:
                end += 1
            extended.append(doc[start:end])
        return filter_spans(extended)

    def _given_name_before(self, doc: Doc, start: int, end: int, blocked: set[int]) -> bool:
        """The word before a name is a proper noun the parser hangs on the name (a given name)."""
        before = doc[start - 1]
        return (
            before.dep_ == "compound"
            and bool(before.whitespace_)  # not "CONTRIBUTEDAlison": a word glued on is no given name
            and start <= before.head.i < end
            and before.tag_ in PROPER_TAGS
            and bool(NAME_TOKEN.match(before.text))
            and before.i not in blocked
            and before.lower_ not in NOT_NAME_WORDS
            and before.text.lower() not in ORGISH
            and before.text.rstrip(".").lower() not in HONORIFICS
            and doc[start].text.rstrip(".").lower() not in LEADING_HONORIFICS  # none before "Professor X"
        )

    def _list_names(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """Board-list lines: 2–4 capitalised words at a line start, directly before a role title."""
        tokens = list(doc)  # Token objects made once: indexing the Doc makes a new one each time
        role_starts = {s.start for s in doc.spans.get(self.roles_key, [])}
        out = []
        for i in range(len(doc)):
            at_line_start = i == 0 or "\n" in tokens[i - 1].text or tokens[i - 1].text in {":", ";"}
            if not at_line_start:
                continue
            j = i
            while (
                j < len(doc)
                and j - i < 6
                and NAME_TOKEN.match(tokens[j].text)
                and j not in blocked
                and (
                    tokens[j].lower_
                    not in NOT_NAME_WORDS - {"dr", "sir", "dame", "professor", "mr", "mrs", "ms"}
                    or surname_too(tokens, j)
                )
                and tokens[j].lower_ not in INSTITUTION_WORDS
            ):
                j += 1
            if j - i >= 2 and (
                j in role_starts
                or (j < len(doc) and tokens[j].text in {",", "("} and j + 1 in role_starts)
                or (initials_bracket(tokens, j, doc[i:j].text) and j + 3 in role_starts)
                or (j < len(doc) and tokens[j].is_space and "\n" in tokens[j].text and j + 1 in role_starts)
            ):  # "Jo Bloggs, Chief Nurse", "Jo Bloggs\nChief Executive" (a signature, a board page)
                out.append(doc[i:j])
        return out + initialled_in_row(tokens, role_starts, blocked)

    def _person(self, span: Span) -> Person | None:
        tokens = [t for t in span if not t.is_space]  # "Peter Quill          PQ*": a table's column gap
        honorifics = []
        while tokens and tokens[0].text.rstrip(".").lower() in HONORIFICS:
            honorifics.append(tokens.pop(0).text.rstrip("."))
        if len(tokens) >= 3 and own_initials(
            tokens[-1].text, " ".join(t.text for t in tokens[:-1] if t.text not in POST_NOMINALS)
        ):
            tokens.pop()  # "Avi Bhatia AB Clinical Chair", "Ann Lee MBE AL": a minute book's initials column
        post = []
        while tokens and (tokens[-1].text in POST_NOMINALS or tokens[-1].text in {",", "'s", "’s"}):
            token = tokens.pop()
            if token.text in POST_NOMINALS:
                post.insert(0, token.text)
        while tokens and (
            tokens[-1].lower_ in self.role_words
            or tokens[-1].lower_ in NOT_NAME_WORDS - (SURNAMES_TOO if len(tokens) > 1 else set())
        ):
            tokens.pop()
            while tokens and tokens[-1].text in {"'s", "’s"}:
                tokens.pop()  # "Caroline Donovan’s Blog": the name is the owner's, without the possessive
        while tokens and (
            tokens[0].lower_ in self.role_words
            or tokens[0].lower_ in NOT_NAME_WORDS
            or tokens[0].lower_.rstrip(".") in MILITARY_RANKS
            and len(tokens) > 2
            or tokens[0].lower_ in SENTENCE_ADVERBS  # "Initially Michael Taylor, the chief executive of A"
            or tokens[0].lower_ in OPENING_PARTICIPLES  # "Announcing McNeil's appointment as ...": not a name
        ):
            tokens.pop(0)
        if len(tokens) >= 3 and _run_in_before_given_name(tokens):
            # "Attendees Helen Taylor", "Lancashire Kevin Lavery": a heading or place run into the name
            tokens.pop(0)
        if not tokens or all(t.lower_.rstrip(".") in MILITARY_RANKS for t in tokens):
            return None  # "Navy Rear Admiral": a rank with its name beside it
        text = span.doc[tokens[0].i : tokens[-1].i + 1].text
        half = len(text) // 2  # "Paul JenkinsPaul Jenkins": a picture caption glued to the same name
        text = text[:half] if text[:half] == text[half:] and " " in text[:half] else text
        words = text.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or len(words) > 5:
            return None
        if initials_only(words):
            return None  # "MT EW": the tail of a table's initials column ("... AS MT EW Chairman"), no name
        known_given = tokens[0].text in given_name_genders()  # "Trudie Davies", "Carys Fell": tagged as verbs
        if any(t.pos_ == "VERB" and not known_given for t in tokens) or any(
            w.lower() in NOT_NAME_WORDS for w in words[:-1]
        ):
            return None
        if words[-1].lower() in NOT_NAME_WORDS - SURNAMES_TOO:  # "Gary Page", "Rachel Marsh" are names
            return None
        honorific = (
            " ".join(h for h in honorifics if h.lower() not in {"mr", "mrs", "ms", "miss", "mx"}) or None
        )
        return Person(name=text, honorific=honorific, post_nominals=" ".join(post) or None)

    def _initials(self, doc: Doc, full: list[tuple[Span, Person]], people: dict[str, Person]) -> list[Span]:
        """Minute-book initials: "Jane Smith, Chief Nurse (JS)" makes later "JS" mean Jane Smith."""
        table: dict[str, str] = {}
        text = doc_text(doc)
        for span, person in full:
            line_end = text.find("\n", span.end_char)
            tail = text[span.end_char : line_end if line_end != -1 else span.end_char + 120]
            m = re.search(r"\(([A-Z]{2,4})\)", tail)
            if m and initials_of(person.name) == m.group(1):
                table[m.group(1)] = person.name
        out = []
        if not table:
            return out
        for token in doc:
            name = table.get(token.text)
            if name and token.is_upper and len(token.text) >= 2 and name in people:
                if token.i > 0:
                    out.append(Span(doc, token.i, token.i + 1, label="PERSON", kb_id=name))
                    people[name].aliases.add(token.text)
        return out

    def _short_mentions(
        self, doc: Doc, spans: list[Span], full: list[tuple[Span, Person]], blocked: set[int]
    ) -> list[Span]:
        """Bare surnames and "Mr/Dr Surname" resolved to the nearest full name with that surname."""
        by_surname: dict[str, list[tuple[int, str]]] = {}
        for span, person in full:
            by_surname.setdefault(person.surname, []).append((span.start_char, person.name))
        first_names: dict[str, set[str]] = {}
        for _span, person in full:
            first_names.setdefault(person.name.split()[0], set()).add(person.name)
        for first, names in first_names.items():
            # "Chioma joins from ...": a first name alone is the person last named in full with it (two
            # Simons: "appointed Simon Illingworth ... Simon's appointment follows" is Simon Illingworth)
            if len(first) >= 3 and first not in by_surname and first.lower() not in NOT_NAME_WORDS:
                by_surname[first] = sorted((s.start_char, p.name) for s, p in full if p.name in names)
        taken = {i for s in spans for i in range(s.start, s.end)}
        if not by_surname:
            return []
        # One pattern for all the document's surnames (a pattern per surname overflows re's cache).
        names = "|".join(re.escape(s) for s in sorted(by_surname, key=len, reverse=True))
        pattern = re.compile(
            rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\.?\s+)?\b(?P<s>{names})\b(?!-)"
        )
        out = []
        for m in pattern.finditer(doc_text(doc)):
            seen = by_surname[m.group("s")]
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken or i in blocked for i in range(span.start, span.end)):
                continue
            again = f"{doc[span.start - 1].text} {m.group('s')}" if span.start else ""  # the full name again
            if m.group() == m.group("s") and again in {n for _, n in seen} and span.start - 1 not in taken:
                out.append(Span(doc, span.start - 1, span.end, label="PERSON", kb_id=again))
                continue
            if m.group() == m.group("s") and self._other_given_name(doc, span):
                continue
            before = [name for pos, name in seen if pos <= m.start()]
            name = before[-1] if before else seen[0][1]
            out.append(Span(doc, span.start, span.end, label="PERSON", kb_id=name))
        return out

    def _other_given_name(self, doc: Doc, surname: Span) -> bool:
        """ "Emrys Davies" after "Professor Kevin Davies": the bare surname stands after a given name of its own
        (one the names list knows, or the only other word of a names column's line), so it is someone else
        who shares the surname, not the one named in full."""
        if surname.start == 0:
            return False
        word = doc[surname.start - 1]
        if "\n" in word.whitespace_ or not NAME_TOKEN.match(word.text) or word.lower_ in NOT_NAME_WORDS:
            return False
        if word.lower_ in self.role_words or word.text.rstrip(".").lower() in HONORIFICS:
            return False
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, word.idx) + 1
        line_end = text.find("\n", surname.end_char)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        return word.text in given_name_genders() or line == f"{word.text} {surname.text}"


def _run_in_before_given_name(tokens: list) -> bool:
    """The name's first word is a heading's or a place's (a word an NHS body's name opens with, "Lancashire"),
    no given name the names list knows, and its second is one: a word of the line before run into the name
    ("Attendees Helen T...", a paragraph ending "... and Lancashire" without its full stop). Not a first name
    the list lacks ("Gethin Rhys Evans") nor a given name glued to a hyphen ("Cara Charles-Barks")."""
    names = given_name_genders()
    first = tokens[0].text
    foreign = first.lower() in ATTENDANCE_HEADINGS | ORGISH or opens_a_body_name(first)
    given = tokens[1].text in names and bool(tokens[1].whitespace_)
    return foreign and first not in names and given


def _glued_credit(tokens: list, start: int, end: int) -> bool:
    """A capitals word glued to the capitalised word after it, inside the span: "CONTRIBUTEDAlison Power" (a
    picture credit run into the name), not "MARY-ANNE Fox" nor a name in capitals that ends the text."""
    word = tokens[start]
    return (
        start + 1 < end
        and word.text.isupper()
        and len(word) > 3
        and not word.whitespace_
        and tokens[start + 1].text[:1].isupper()
    )


def _o_surname_names(doc: Doc, blocked: set[int]) -> list[Span]:
    """ "Frances O’Callaghan", "Elizabeth O'Mahony": an O' surname after a capitalised word that can be a given
    name is a person's name, whatever the tagger made of it."""
    out = []
    for m in O_SURNAME_NAME.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(i in blocked for i in range(span.start, span.end)):
            continue
        if m.group(1).lower() not in NOT_NAME_WORDS and m.group(1).lower() not in ORGISH:
            out.append(span)
    return out


def _names_after_dashed_titles(doc: Doc, tokens: list, blocked: set[int], roles) -> list[Span]:
    """Board-list lines written title first: "Chief Executive - Jo Bloggs", "• Chief nurse – Sam Lee (interim)".
    Two to four capitalised words after a title that opens its line and a dash, up to the line's end, a bracket
    or a comma, are a name (the small model tags many such names as nothing or an organisation). ``tokens``: the
    Doc's Token objects, made once by the caller."""
    out = []
    for role in roles:
        if role.end >= len(doc) or not _dash(tokens[role.end]) or not opens_its_line(role):
            continue
        start = end = role.end + 1
        while (
            end < len(doc)
            and end - start < 4
            and NAME_TOKEN.match(tokens[end].text)
            and end not in blocked
            and tokens[end].lower_ not in NOT_NAME_WORDS
        ):
            end += 1
        closed = end == len(doc) or "\n" in tokens[end].text or tokens[end].text in {"(", ",", ";", "-"}
        if end - start >= 2 and closed:
            out.append(doc[start:end])
    return out


def _dash(token) -> bool:
    """An en or em dash, or a hyphen typed as one (a space each side)."""
    return token.text in TITLE_DASHES or spaced_hyphen(token)
