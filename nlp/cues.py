"""Shared vocabulary of the event stages: event types, cue patterns and small helpers over tokens and text."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from nhs_leaders.nlp.extensions import doc_text
from spacy.tokens import Doc, Span, Token

APPOINT, DEPART, HOLD, HISTORY = "appointed", "departed", "holds", "history"
ORG_PREPS = {"of", "at", "for", "with", "in", "to"}
MINUTES = re.compile(
    r"(?im)^\s*(minutes of|present\s*:|(also )?in attendance\s*:|apologies\s*:?\s*$)"
    r"|\b(?-i:(MEMBERS )?PRESENT|IN ATTENDANCE)\s*:"  # a header run joined onto one line
)
# A bare "Present" / "In attendance" heading over a members' list: its next line is short and opens with a name
# ("- Kathryn X, Chair.", "Mr Tony X Chairman"), not a news paragraph under a "Past / Present / Future" subheading.
MEMBERS_HEADING = re.compile(
    r"(?m)^[ \t*]*(?i:(members )?present|(also )?in attendance)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[-•*·][ \t]*)?"
    r"(?:(?i:mr|mrs|ms|miss|dr|prof|professor|cllr|sir|dame)\.?[ \t]+)?[A-Z][\w'’.-]*[ \t]+[A-Z][\w'’.-]*[ \t,(]+\S[^\n]{0,80}$"
)
# A minutes heading anywhere near the top ("... Trust MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS").
MINUTES_HEADING = re.compile(
    r"(?i)\bminutes of (the )?(public |annual |extraordinary |part (1|one) )?(meeting|board|trust board|council)"
)
HISTORY_WORDS = re.compile(
    r"\b(previously|formerly|former|ex-|prior to|before (joining|that|moving|becoming)|"
    r"earlier in (her|his|their) career|began (her|his|their) career|has also (worked|held)|"
    r"spent \w+ years|served as)\b",
    re.I,
)
# "Earlier this month, X took over as interim chief executive": "earlier" that points back within the week or
# month the story is written in dates the news; only an unanchored "earlier" tells a past career
RECENT_EARLIER = re.compile(r"\bearlier\s+(this|last)\s+(week|month)\b|\bearlier\s+today\b", re.I)
# "The move follows the decision of Y to step down", "It follows the resignation of Y": the sentence after an
# appointment, about that appointment (Y leaves the post it fills)
MOVE_FOLLOWS = re.compile(r"^\W*((the|this) move|it|this) (follows|comes after)\b", re.I)
# "The trust denied reports that its chair, X, will not seek a second term": a change reported only to be denied
DENIED_REPORT = re.compile(
    r"\b(den(y|ies|ied)|dismiss(es|ed)?|reject(s|ed)?|refut(es|ed))\s+(\w+\s+){0,2}"
    r"(reports?|claims?|speculation|rumou?rs?|suggestions?)\s+that\b",
    re.I,
)
# "X has served as interim chief executive since Y left": a tenure running to now, not a career's past
SERVED_SINCE = re.compile(r"\b(has|have)\s+(\w+\s+)?served as\b[^.;]*\bsince\b", re.I)


def served_since(match: re.Match, sentence: str) -> bool:
    """The history cue ``match`` is the "served as" of a tenure that runs "since" a time to now."""
    return match.group(0).lower() == "served as" and bool(SERVED_SINCE.search(sentence))


# A past change stated as a year or more before the document: "in March last year", "ten years ago"
YEARS_COUNTED = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
YEARS_BEFORE = re.compile(rf"\b(last year|the (previous|year before)|({YEARS_COUNTED}) years ago)\b", re.I)
# A departure told as "four years ago" (not "last year", which news still reports as the change)
YEARS_AGO = re.compile(rf"\b({YEARS_COUNTED}|forty|several|many|a few|some) years ago\b", re.I)


def told_years_ago(verb: Token) -> bool:
    """The verb itself is dated "N years ago" ("retired from the role four years ago"), not a clause beside it
    ("who joined ten years ago, resigned yesterday", "appointed three years ago, resigned on Friday")."""
    recent = any(  # not "retired this week, thirty years to the day since ...", "resigned on 30 May, two years ..."
        c.lower_ in {"yesterday", "today", "week", "month"}
        or c.lower_ == "on"
        and any(g.ent_type_ == "DATE" for g in c.subtree)
        for c in verb.children
    )
    return not recent and any(
        c.lower_ == "ago" and YEARS_AGO.search(verb.doc[c.left_edge.i : c.i + 1].text) for c in verb.children
    )


# Pronouns that stand for a person: "I" is the signed author of a letter or blog (nlp/author.py).
SUBJECT_PRONOUNS = {"he", "she", "i"}
POSSESSIVE_PRONOUNS = {"his", "her", "my"}
# Verbs of arriving: "joins X as chief executive from Y", "moves from Y": the "from" organisation is where
# the person comes from, not the new post's.
ARRIVE_VERBS = {
    "join",
    "move",
    "come",
    "arrive",
    "transfer",
    "second",
    "return",
    "switch",
    "recruit",
    "poach",
}
# Words between "take over from" / "succeed" and the post its holder leaves ("the current interim ...").
PREDECESSOR_WORDS = {
    "the",
    "current",
    "outgoing",
    "retiring",
    "departing",
    "interim",
    "acting",
    "its",
    "their",
}
LEAVING_CLAUSE = re.compile(
    r"\b(when|after|once) (s?he|they) (leaves|retires|steps down|stands down|departs)\b", re.I
)


POST_NOUNS = {
    "lead",
    "director",
    "head",
    "officer",
    "chair",
    "chairman",
    "adviser",
    "advisor",
    "manager",
    "executive",
}


MOVED_FROM = re.compile(
    r"(\b(moved?|moving|moves|stepped|steps|switch(ed|es)?) (away )?from (the (role|post) of |being )?(the |its |our )?"
    r"|\b(following|after|ending|concluding|completing) (a|an|his|her|their) [\w\- ]{0,20}(tenure|stint|term) as "
    r"(the )?([\w’']+ )?)$",
    re.I,
)
# "will take the helm at A after four years as the chief executive of B": the post held before a move
YEARS_AS = re.compile(
    r"\bafter (more than |nearly |almost |over |just |some )?[\w-]+ (years|months) as (the |its |our )?([\w’']+ )?$",
    re.I,
)

CHANGE_NOUNS = {
    "death": DEPART,
    "retirement": DEPART,
    "resignation": DEPART,
    "departure": DEPART,
    "dismissal": DEPART,
    "exit": DEPART,
    "suspension": DEPART,
    "appointment": APPOINT,
}
REGIONAL_BODIES = {
    "NHS England",
    "NHS Improvement",
    "NHS Trust Development Authority",
    "Monitor",
    "Health Education England",
    "Public Health England",
}
# What a body does to a trust, not where a post is: "resigned after a damning report by the Healthcare
# Commission", "ahead of a Care Quality Commission inspection".
ASSESSMENT_NOUNS = {
    "report",
    "inspection",
    "investigation",
    "review",
    "inquiry",
    "audit",
    "rating",
    "findings",
}
INTERNAL_BODIES = re.compile(
    r"\b(council of governors|board of directors|trust board|governors|committee)\b", re.I
)
GOVERNORS_COUNCIL = re.compile(r"\bcouncil of governors\b|\bgovernors\b", re.I)  # "the Council" is theirs
NOT_NHS = object()  # marker: the organisation meant is not an NHS body
BULLETS = {"-", "•", "*", "–", "·"}  # list-line marks


def spaced_hyphen(token: Token) -> bool:
    """A hyphen typed as a dash, with a space each side: "Chief Executive - Dr X" (not "Charles-Barks")."""
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def opens_its_line(span: Span) -> bool:
    """The span starts its line, after a list bullet at most ("• Chief nurse - X", "Chair - Y")."""
    text = doc_text(span.doc)
    before = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    return not before.strip(" \t" + "".join(BULLETS))


LIST_INTRO = re.compile(r"(?im)^[^\n]{0,40}\bnew ([a-z][a-z\- ]+?)s? (?:are|will be)\s*:\s*$")
VERBISH = {"leaves", "retires", "resigns", "quits", "joins", "moves", "steps", "stands", "departs", "starts"}
# The same verbs in the past, right after a name: "nursing director X left by mutual agreement" is parsed as
# "X, left by ..." (a modifier of the name), but the name is its subject.
PAST_VERBISH = {"left", "retired", "resigned", "quit", "joined", "moved", "stepped", "departed", "started"}
# Phrasal verbs whose particle decides the change: "steps down", "stepped away from her role", "moved aside",
# "takes up / over / charge", "acts up", "steps in". A departure particle wins over an appointment one.
PHRASAL_VERBS = {
    "step": {"down": DEPART, "aside": DEPART, "away": DEPART, "up": APPOINT, "in": APPOINT, "into": APPOINT},
    "stand": {"down": DEPART, "aside": DEPART, "in": APPOINT},  # "asked to stand in as acting CE"
    "move": {"on": DEPART, "aside": DEPART},
    "take": {p: APPOINT for p in ("up", "over", "charge", "helm", "reins", "on")},
    "act": {"up": APPOINT, "in": APPOINT, "into": APPOINT},
    "bring": {"in": APPOINT},  # "the trust has brought in an interim chief executive"
    "pass": {"away": DEPART},  # "our Chief Executive, X, has passed away": a death in post, as "has died"
}
# "have been pushed out of their roles", "was forced out of her job": made to leave, said in the passive (the
# active's subject is the one who did the pushing: "the chair forced out the chief executive")
MADE_TO_LEAVE = {"push", "force", "ease"}


def within_child(verb: Token, person: Span, deps: set[str]) -> bool:
    """The person stands inside one of the verb's dependents of ``deps`` ("eased out X, chief executive of A": the
    object; "X has been pushed out": the passive's subject)."""
    return any(c.dep_ in deps and person.start in {t.i for t in c.subtree} for c in verb.children)


# "alongside his existing role as Chair of A", "in addition to her current post as": a post kept beside a new one
KEPT_POST = re.compile(
    r"\b(alongside|in addition to|as well as|while (continuing|remaining) (in|as)|retain(s|ing)?|keep(s|ing)?) "
    r"(his|her|their) ((existing|current|present|substantive|other) )?(role|post|position|job)s? as( the| its)?\s*$",
    re.I,
)
# "welcomed X to the meeting in his new role as Local Director", "present in her new capacity as Assistant Chief
# Executive": the title after "as" is the post newly taken
NEW_ROLE_AS = re.compile(r"\bnew (role|capacity|post|position) as( the| its| our)?\s*$", re.I)
# "my first week as Chief Executive", "Today is the first day for X as Group Chief Executive": a post just taken (a
# time, not a first blog or message, which may come years in; not "In her first week as CEO in 2016, she closed")
FIRST_TIME_AS = re.compile(
    r"(?<!in my )(?<!in his )(?<!in her )(?<!in their )(?<!in the )(?<!in )\bfirst (full )?(day|week|month)s? "
    r"(in post |in the role )?(for (\S+ ){1,4})?as( the| its| our)?\s*$",
    re.I,
)
CURRENT_WORDS = re.compile(r"\b(currently|now|at present|presently)\b", re.I)
# "X, currently an associate director at A, will take up her post as B": a comma closes what "currently" describes
CURRENTLY_OPEN = re.compile(r"\bcurrently\b[^,;()]*$", re.I)
# "X is now acting chief executive with immediate effect": news, not the present
IMMEDIATE = re.compile(r"\bwith immediate effect\b|\bwith effect from (today|now)\b", re.I)
# "will now become interim deputy chief executive": "now" before a verb of taking a post is news, not the present
NOW_TAKING = re.compile(r"\bnow\s+(become|take|join|step|act|serve|lead)s?\b", re.I)
# someone's own first or last meeting, its name between: "her first NHSE Board meeting", "his final Governing Body
# meeting", "X's last Council of Governors meeting" (a body's initials, or words that name a board); after "the",
# "the last Trust Board meeting" is the one before this
MEETING_NAME = (
    r"(?:(?-i:[A-Z]{2,6})\s+|(?:board|public|formal|governing|body|trust|council|of|governors)\s+){1,3}"
)
OWNER = r"(?:his|her|their|\w+['\u2019]s)"
FIRST_MEETING = re.compile(
    rf"\b(first (board )?meeting|new(ly)?[- ]appointed|joined the board|{OWNER} first {MEETING_NAME}meeting)\b",
    re.I,
)
# "the last meeting" is the one before this ("since the last meeting", "the minutes of the last meeting", "since our
# last meeting", "at its last meeting"), unless it is said to be someone's ("the last meeting for Dr X", "the last
# Board meeting to be attended by Dr X")
LAST_MEETING = re.compile(
    rf"(?<!\bthe )(?<!\bour )(?<!\bits )\b(last|final) (board |public )?meeting\b"
    rf"|\bthe (last|final) (board |public )?meeting (for|(to be )?attended by)\b"
    rf"|\b{OWNER} (last|final) {MEETING_NAME}meeting\b"
    r"|\bterm of office\b.*\b(ends?|ended|expires?)\b",
    re.I,
)
NON_NHS_CONTEXT = re.compile(
    r"\b(council|university|college|charity|company|ltd|plc|minister|government|firm|"
    r"hospice|trustees|healthwatch|"
    r"software|founder|business|school|bank|football|club|"
    r"housing association|police|county|borough|city of|local authority|department for|wellbeing board)\b",
    re.I,
)


def _merge_label_lines(doc: Doc, text: str) -> list[Span]:
    """Sentences, with pieces of one line that the parser split apart joined again: "Chair:" + "Jane
    Smith (JS)", "Dominic" + "Achterberg" + "Non-Executive Director". A split is kept where the piece
    ends a sentence (. ! ?) or a line."""
    out: list[Span] = []
    for sent in doc.sents:
        if out and _ends_mid_line(out[-1], text) and len(out[-1].text) < 120:
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _ends_mid_line(sent: Span, text: str) -> bool:
    last = sent[-1]
    if "\n" in last.text or "\n" in last.whitespace_ or last.is_space:
        return False
    piece = text[sent.start_char : sent.end_char].rstrip(" \t")
    return not piece.endswith((".", "!", "?", '"', "”", "'")) and "\n" not in piece


SCARE_QUOTE_WORDS = 4  # at most this many words, no punctuation: a term in quotation marks


def _quoted_chars(text: str) -> set[int]:
    """Character offsets inside quotation marks (“...” or "..."): speech. A short quoted term is not speech
    (the first “group chief executive officer”, "accountable officer")."""
    inside: set[int] = set()
    # A quotation ends at its closing mark or its paragraph's end (a quote running on into the next
    # paragraph opens again there; an unclosed one must not swallow the narration that follows).
    for m in re.finditer(r'“[^”\n]{0,3000}(?:”|(?=\n)|$)|"[^"\n]{0,3000}(?:"|(?=\n)|$)', text):
        if len(m.group(0).split()) > SCARE_QUOTE_WORDS or re.search(r"[.!?,;:]", m.group(0)):
            inside.update(range(m.start(), m.end()))
    return inside


def _tense(verb: Token | None) -> str:
    if verb is None:
        return "unknown"
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if "would" in aux and not aux & {"will", "shall", "'ll"}:
        # "said X would step down from 20 August": future from a saying just before the page
        return "reported"
    if aux & {"will", "shall", "'ll", "to"} or verb.tag_ in {"VB"}:
        return "future"
    if verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBG" and aux & {"is", "are", "'s"}:
        return "future"
    if verb.tag_ == "NNS" and verb.lower_ in VERBISH:
        return "future"  # "X moves to Y in May": a present tense the tagger read as a plural noun
    if verb.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were"}:
        return "past"
    return "unknown"


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class Event:
    person: str
    role: str
    role_text: str
    organisation: str
    org_key: str | None
    ods_code: str | None
    event: str
    interim: bool
    date: str | None
    date_precision: str | None
    evidence: str
    start: int
    end: int
    sentence_start: int
    confidence: float
    note: str | None = None
    honorific: str | None = None
    post_nominals: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# "will return to his substantive role", "to her post as deputy ...", "to his deputy post": an acting post ends
RETURN_TO_POST = re.compile(
    r"\b(return|returns|returning|go back|goes back|revert|reverts|step back|steps back)\b[^.]{0,40}?\b"
    r"((substantive|previous|own|former|usual|permanent)\b[^.]{0,12}?\b(post|role|position|job)\b"
    r"|to (his|her|their) (\w+ )?(post|role|position|job|work|practice)\b)"  # "to his deputy post", "to her
    # role as deputy ...", "to his clinical work"; "resumes her substantive role" (her own post, not "resume
    # work on the former post office site")
    r"|\bresum(e|es|ed|ing) (his|her|their) (substantive|previous|own|former|usual|permanent) "
    r"(post|role|position|job)\b",
    re.I,
)


FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll"}
HEDGES = {"may", "might", "could"}  # "he may return to volunteer": speculation, not news


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of ``verb``, also those the parser hangs on another auxiliary ("would" on "be")."""
    found = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return {t.lower_ for a in found for t in (a, *a.children) if t.dep_ in {"aux", "auxpass"}}


def hedged(verb: Token) -> bool:
    """ "may leave", "could be asked to step in": speculation on the verb or on the verb it completes."""
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return any(auxiliaries(v) & HEDGES for v in heads)


# a post named by a bare noun: "take up the role", "a chief executive role at A"
POST_WORDS = {"role", "post", "position", "job"}


def sole_post(events: list[Event]) -> Event | None:
    """The first of ``events`` when they all name one post (role and body); None when none or several do."""
    return events[0] if len({(e.role, e.org_key or e.organisation) for e in events}) == 1 else None


def has_subject(token: Token) -> bool:
    """The token (a verb) has its own subject."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def subject_in(verb: Token, *spans: Span) -> bool:
    """The verb's subject lies in one of ``spans``."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(s.start <= c.i < s.end for s in spans) for c in verb.children
    )


def name_clause_verb(person: Span) -> Token | None:
    """ "X, the former chair of A, left in May": the small parser hangs "left" on the name as a clause (acl)
    when the name is the sentence's root; the past verb after the name's apposition is its predicate. The same
    when the title is the root and the name its apposition ("Former chief executive, X, left in December")."""
    root = person.root
    if root.dep_ == "appos" and root.head.dep_ == "ROOT":
        root = root.head
    if root.dep_ != "ROOT":
        return None
    doc = person.doc
    return next(
        (
            c
            for c in root.children
            if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > person.end and doc[c.i - 1].text == ","
        ),
        None,
    )  # a clause after the apposition's closing comma, not "X, appointed in 2005, ..." (checked by the verb's class)


# what a former holder's "who left ..." may leave: a body or a post ("the trust", "the NHS", "her role")
LEFT_OBJECTS = POST_WORDS | {"trust", "organisation", "board", "nhs", "ccg", "icb", "authority"}


def who_clause(person: Span, role: Span) -> Token | None:
    """ "former medical director X, who has left the trust", "X, our previous chair, who left in 2022": the
    relative clause on the name or its title, whose subject is "who" (not "which" or "that": the body's), and
    whose object, if any, is a body or a post (not "who left the meeting", "left us", "left a legacy")."""
    doc = person.doc
    return next(
        (
            c
            for head in (person.root, role.root)
            for c in doc[head.i].children
            if c.dep_ == "relcl"
            and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
            and all(o.pos_ == "PROPN" or o.lemma_ in LEFT_OBJECTS for o in c.children if o.dep_ == "dobj")
        ),
        None,
    )


def leaves_to_do(verb: Token) -> bool:
    """ "is leaving A to run B": an object and a "to" clause (the title was an older post), unless the object is
    the post itself ("left his post to work at B": the title is the post left)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    purpose = any(
        c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return purpose and any(o.lower_ not in POST_WORDS for o in objects)


# "the hospital trust's chair", "the foundation trust's chief executive": a kind of trust, referred back to
TRUST_KINDS = {"hospital", "hospitals", "foundation", "nhs", "ambulance", "acute"}


def refers_back(doc: Doc, k: int, first: int) -> bool:
    """The word at ``k`` (before a title) refers back to a body: "the trust's", "Trust", "the hospital trust's"
    (``first``: the sentence's first token, where no article is needed)."""
    word = doc[k]
    return word.lower_ in {*REFERRED_KINDS, "board"} and (
        k == first
        or doc[k - 1].lower_ in {"the", "trust"}
        or _the_health_board(doc, k)
        or word.text in {"Trust", "SHA", "PCT"}
        or word.lower_ == "trust"
        and k > 1
        and doc[k - 1].lower_ in TRUST_KINDS
        and doc[k - 2].lower_ == "the"
    )


def _the_health_board(doc: Doc, k: int) -> bool:
    """ "the health board's", "the University Health Board's": a Welsh or Scottish board named by its kind."""
    words = [t.lower_ for t in doc[max(0, k - 3) : k + 1]]
    return words[-3:] == ["the", "health", "board"] or words == ["the", "university", "health", "board"]


def takes_the_post(verb: Token) -> bool:
    """ "will take up the role", "will fill the post": a post named as "the role/post/position" is object."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in POST_WORDS
        and c.i > verb.i
        and any(d.lower_ == "the" for d in c.children)
        for c in verb.children
    )


# "the trust", "the ICB", "the SHA": the kinds of registered body each word refers back to
DEATH_LEMMAS = {"die", "pass", "death", "passing"}  # a death ends a post; after leaving it, it is no change
REFERRED_KINDS = {
    "trust": ("trust",),
    "hospital": ("trust",),
    "icb": ("icb",),
    "ccg": ("ccg",),
    "organisation": ("",),
    "pct": ("primary_care_trust", "primary_care_organisation"),
    "sha": ("health_authority",),
    "csu": ("csu",),
}


HELD_TO_AN_END = {"until", "another", "more", "further"}  # "until June", "for another year", "one more month"


def post_to_come(verb: Token) -> bool:
    """ "who will be interim chief executive": a post to come; not "who would be ... if", nor "who will be
    chief executive until June / for another year" (a post held to an end)."""
    held_to_an_end = {t.lower_ for t in verb.subtree} & HELD_TO_AN_END
    return bool(auxiliaries(verb) & (FUTURE_AUXILIARIES - {"would"})) and not held_to_an_end


# News's judgement between a title's "of" and the body: "chief executive of under fire A", "of the troubled A"
EVALUATIVE = re.compile(
    r"(troubled|embattled|struggling|beleaguered|failing|under[- ]fire|crisis[- ]hit|cash[- ]strapped|"
    r"scandal[- ]hit|financially[- ]challenged)\s+",
    re.I,
)


def past_evaluative(doc: Doc, j: int, end: int, bodies: dict[int, Span]) -> int:
    """Where the body starts when judgement words ("under fire", "troubled") stand at ``j`` before one of
    ``bodies`` (token index → body); else ``j`` (not "of struggling Basildon council")."""
    found = EVALUATIVE.match(doc_text(doc), doc[j].idx) if j < end else None
    k = j
    while found is not None and k < end and doc[k].idx < found.end():
        k += 1
    return k if k in bodies else j


# a minister's title right before the name or set off right after it: "Health Secretary X", "Health and Social Care
# Secretary X", "X, the health secretary,"; not "former health minister X" (who may hold an NHS post now)
GOVERNMENT_TITLE_BEFORE = re.compile(
    r"\b(?:(?:health|cabinet|home|shadow|foreign|social care)\s+secretary|secretary\s+of\s+state"
    r"(?:\s+for\s+health(?:\s+and\s+social\s+care)?)?|(?:health\s+)?minister)\s*$",
    re.I,
)
FORMER = re.compile(r"\bformer\b", re.I)  # "former health minister X": a title no longer held
GOVERNMENT_TITLE_AFTER = re.compile(
    r"^,\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:secretary(?:\s+of\s+state)?|minister)\s*[,.]", re.I
)


def government_titled(person: Span) -> bool:
    """Whether ``person`` is introduced with a minister's title ("Health Secretary X", "X, the health
    secretary,"): a government post, never the NHS post a story's lede speaks of."""
    doc = person.doc
    before = doc[max(person.sent.start, person.start - 6) : person.start].text
    after = doc[person.end : min(person.sent.end, person.end + 8)].text
    titled_before = GOVERNMENT_TITLE_BEFORE.search(before) and not FORMER.search(before)
    return bool(titled_before or GOVERNMENT_TITLE_AFTER.match(after))


# a secondee's home post, named after "on secondment from her role as": held open, not left, not interim
SECONDED_FROM_POST = re.compile(
    r"\bsecond(ment|ed) from (his|her|their) (\w+ )?(post|role|position|job) as\s*(the\s+)?$", re.I
)


def acting_context(sent: Span, role: Span, predicate: Token | None) -> bool:
    """The sentence says the post is held for a time: "on an interim basis", "until a permanent ... is
    appointed", "will act up as", "covering for" (the title itself carries no "interim"); not a secondee's home
    post."""
    doc = sent.doc
    if SECONDED_FROM_POST.search(doc[max(sent.start, role.start - 8) : role.start].text):
        return False
    near = doc[max(sent.start, role.start - 6) : min(sent.end, role.end + 6)].text.lower()
    if re.search(
        r"\b(on an? (interim|temporary|acting) basis|seconded|secondment|caretaker|"
        r"until a permanent|while a permanent|pending a permanent|while (we recruit|recruitment)|"
        r"until an? (new|replacement|successor)\b[\w ]{0,30}? (is|has been|can be) (appointed|found|recruited))\b",
        near,
    ):
        return True
    before = doc[max(sent.start, role.start - 6) : role.start].text.lower()
    if re.search(r"\b(act(s|ed|ing)? (up|as)|covering( for)?( the)?)\s*$", before):  # not one "acting" holds
        return True
    return bool(
        predicate is not None
        and predicate.lemma_ in {"act"}
        and "up" in sent.text.lower()
        and predicate.i < role.start
    )
