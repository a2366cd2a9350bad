"""Words that are never part of a person's name in NHS texts (titles, board vocabulary, place and
organisation words), read by the people component when it widens or guesses a name."""

from __future__ import annotations

from nhs_leaders.crawler.dates import MONTH_NAMES  # shared with the collect and date stages
from nhs_leaders.nlp.vocab import HONORIFICS, given_name_genders
from spacy.tokens import Span

LEADING_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "sir", "dame"}

NOT_NAME_WORDS = {
    "yes",  # a table's yes/no column run into the next name
    "gp",  # "A Middleton GP has been appointed chair": a place and a profession, not a name
    "gps",
    "trust",
    "board",
    "nhs",
    "council",
    "hospital",
    "hospitals",
    "foundation",
    "chief",
    "executive",
    "director",
    "directors",
    "governors",
    "chair",
    "chairman",
    "present",
    "apologies",
    "attendance",
    "minutes",
    "the",
    "and",
    "of",
    "in",
    "interim",
    "acting",
    "group",
    "deputy",
    "non",
    "non-executive",
    "officer",
    "nurse",
    "medical",
    "finance",
    "university",
    "royal",
    "care",
    "health",
    "integrated",
    "icb",
    "ccg",
    "icbs",  # "the Cambridgeshire PCTs will share a finance director": bodies, not a person
    "ccgs",
    "pct",
    "pcts",
    "sha",
    "trusts",
    "mr",
    "mrs",
    "ms",
    "miss",
    "credit",  # "Chief Executive Karen J... Credit: Manchester Evening News": a picture's credit line
    "credits",
    "copyright",  # "Image copyright NHS Grampian"
    "caption",
    "image",
    "photo",
    "photograph",
    "dr",
    "sir",
    "dame",
    "professor",
    "prof",
    "said",
    "says",
    "new",
    "item",
    "report",
    "message",  # page furniture read as a name: "Chief Executive Weekly Message", "CHAIR S AWARD"
    "messages",
    "bulletin",
    "newsletter",
    "blog",
    "award",
    "awards",
    "women",  # "Birmingham Women & Children's hospitals": a trust's name, not a person's
    "children",
    "committee",
    "page",
    "annual",
    "secretary",
    "company",
    "people",
    "nursing",
    "operating",
    "operations",
    "workforce",
    "welcome",
    "thanks",
    "action",
    "update",
    "papers",
    "paper",
    "agenda",
    "date",
    "name",
    "position",
    "role",
    "lead",
    "network",  # "Staff Network Chair", a staff network's chair attending a board: no name
    "networks",
    "authority",  # a body's last word run into the next name ("Health Research Authority Stephen X")
    "verbal",  # an agenda's paper column ("Mr G X Verbal"): no surname
    *MONTH_NAMES,  # "Tuesday 4 June" heads a minute, not a name
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "picture",
    "pictured",
    "read",
    "related",
    "more",
    "england",
    "improvement",
    "midlands",
    "london",
    "north",
    "south",
    "east",
    "west",
    "unison",
    "minister",
    "founder",
    "mid",
    "upper",
    "lower",
    "greater",
    "central",
    "inner",
    "outer",
    "governor",
    "councillor",
    "state",
    "mp",
    "dhsc",
    "public",
}
# public inquiries and reviews, never a name's word: "A Grenfell Tower Inquiry chief has been appointed"
INSTITUTION_WORDS = {"inquiry", "review", "taskforce", "tribunal", "ombudsman"}
ORGISH = INSTITUTION_WORDS | {
    "trust",
    "nhs",
    "hospital",
    "hospitals",
    "council",
    "group",
    "board",
    "ltd",
    "limited",
    "university",
    "company",
    "partnership",
    "service",
    "services",
    "health",
    "healthcare",
    "care",
    "foundation",
    "committee",
    "college",
    "association",
    "agency",
    "department",
    "centre",
    "center",
    "institute",
    "unit",
    "clinic",
    "practice",
    "road",
    "street",
    "hall",
    "house",
    "court",
    "square",
    "infirmary",
    "commission",
    "england",
    "improvement",
    "alliance",
    "network",
    "system",
    "region",
    "county",
    "city",
    "borough",
    "ward",
    "wing",
    "news",
    "times",
    "post",
    "echo",
    "gazette",
    "herald",
    "mail",
    "telegraph",
    "journal",
    "bbc",
    "itv",
}

# Service ranks before a name ("Navy Rear Admiral Will X", "Air Vice-Marshal Y", "Commodore Z"): a chair's former
# career, not part of the name
MILITARY_RANKS = {
    *("navy", "royal", "rear", "vice", "admiral", "air", "marshal", "vice-marshal", "commodore", "brigadier"),
    *("colonel", "lieutenant", "lt", "general", "major", "captain", "capt", "commander", "wing", "squadron"),
}

# A sentence's opening adverb the model reads into the name after it ("Initially Michael Taylor, ...")
SENTENCE_ADVERBS = {
    *("initially", "meanwhile", "additionally", "subsequently", "previously", "currently", "formerly"),
    *("finally", "originally", "consequently", "similarly", "separately", "ultimately", "recently"),
    *("however", "also", "now", "then", "interestingly", "importantly", "latterly", "temporarily"),
    # "Unfortunately Allison W..., our chief executive"; a bulletin's "Goodbye Peter C..., Trust Chair"
    *("unfortunately", "fortunately", "sadly", "happily", "regrettably"),
    *("goodbye", "farewell", "congratulations", "thanks"),
}


# Words that end a name as surnames as often as they mean something else ("Gary Page", "Jo March").
SURNAMES_TOO = {
    "page",
    "march",
    "may",
    "read",
    "west",
    "north",
    "south",
    "east",
    "lead",
    "more",
    "royal",
    "mid",
}
SURNAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor"}  # followed by a surname alone


def surname_too(tokens: list, j: int) -> bool:
    """ "Dame Ruth May", "Anthony May", "Mr May": a word that is also a month or a common word ends a name
    straight after a given name or a title used with surnames (not "Thursday 12 May")."""
    return (
        tokens[j].lower_ in SURNAMES_TOO
        and j > 0
        and (
            tokens[j - 1].text in given_name_genders()
            or tokens[j - 1].text.rstrip(".").lower() in SURNAME_HONORIFICS  # "Mr May said"
        )
    )


def from_inner_honorific(tokens: list, start: int, end: int) -> int:
    """Where the name starts when an honorific stands inside the span after a word that is none: in a flattened
    attendance row the model runs the last row's title into the next name ("Volunteer Mrs Sally Houghton"). A
    span that opens with an honorific keeps its start (its own name comes first: see :func:`opens_next_name`)."""
    if tokens[start].text.rstrip(".").lower() in HONORIFICS:
        return start
    return next((k for k in range(start + 1, end - 1) if opens_next_name(tokens, k)), start)


NEXT_NAME_HONORIFICS = LEADING_HONORIFICS | {"cllr", "councillor"}


def opens_next_name(tokens: list, k: int) -> bool:
    """An honorific after a word that is none starts the next person's name: a flattened attendance row runs the
    names together ("Mr George Clemow Cllr Alan Reed", "Dr Andrew Evennett Dr Michael Foxley"). Not "MS" (a
    Member of the Senedd after a name) nor "Professor Sir X"."""
    word = tokens[k].text
    return (
        k > 0
        and word[:1].isupper()
        and not word.isupper()
        and word.rstrip(".").lower() in NEXT_NAME_HONORIFICS
        and tokens[k - 1].text.rstrip(".").lower() not in HONORIFICS
    )


PEERAGES = {"lord", "lady", "baroness", "baron"}
PEER_NOT_NAMES = {"mayor", "lieutenant", "chancellor", "justice", "chief", "provost", "president"}


def peer_name(span: Span) -> str | None:
    """ "Professor the Baroness Watkins", "Lord Kamall": a peer known by title and surname alone is named that
    way ("Baroness Watkins"); other one-word names stay none."""
    words = [t.text.rstrip(".") for t in span if not t.is_space and t.text not in {",", "'s", "’s"}]
    peer = None
    while words and words[0].lower() in HONORIFICS:
        title = words.pop(0)
        peer = title if title.lower() in PEERAGES else peer
    if peer is None or len(words) != 1:
        return None
    surname = words[0]
    if not (surname.isalpha() and surname[:1].isupper() and surname[1:].islower()):
        return None
    if surname.lower() in NOT_NAME_WORDS | PEER_NOT_NAMES:
        return None
    return f"{peer.capitalize()} {surname}"
