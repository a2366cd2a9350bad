"""Constructions of real NHS prose handled by the extraction stages, one original sentence each (fictional
people, real organisations). Each construction was seen in several real texts; the research logs in
tests/fixtures/extraction/constructions/ name them."""

from __future__ import annotations

import pytest
from nhs_leaders.nlp.pipeline import extract_events

from tests.construction_helpers import document_events, parsed_for_events


def facts(nlp, text: str, published: str, home: str | None = None) -> set[tuple]:
    """(person, role, organisation, event, interim, date) of every event extracted from ``text``."""
    (result,) = list(extract_events(nlp, [(text, published, home)]))
    return {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}


CASES = [
    (
        "former ORG role NAME is career history",
        "Former NHS England chief executive Sir Clive Dunthorne has joined the board of Royal Free London NHS "
        "Foundation Trust as a non-executive director.",
        {
            (
                "Clive Dunthorne",
                "non-executive director",
                "Royal Free London NHS Foundation Trust",
                "appointed",
                False,
                None,
            )
        },
    ),
    (
        "the organisation a person joins from is not the new post's",
        "Owen Varley will join Frimley Health NHS Foundation Trust as chief executive in April from Salford "
        "Royal NHS Foundation Trust.",
        {
            (
                "Owen Varley",
                "chief executive",
                "Frimley Health NHS Foundation Trust",
                "appointed",
                False,
                "2024-04",
            )
        },
    ),
    (
        "a surname ending in -s that the tagger calls plural",
        "The board of Stockport NHS Foundation Trust welcomed new chief nurse Petra Hollins to her first "
        "meeting.",
        {("Petra Hollins", "chief nurse", "Stockport NHS Foundation Trust", "appointed", False, None)},
    ),
    (
        "asked to serve as acting",
        "The board of Stockport NHS Foundation Trust has asked Rhiannon Fadipe to serve as acting chief "
        "executive from 1 May 2017.",
        {
            (
                "Rhiannon Fadipe",
                "chief executive",
                "Stockport NHS Foundation Trust",
                "appointed",
                True,
                "2017-05-01",
            )
        },
    ),
    (
        "asked to support ORG as acting: a secondment, the home post kept",
        "Lyndon Garrick, Chief Executive of North Cumbria Integrated Care NHS Foundation Trust, has been asked "
        "to support Hull University Teaching Hospitals NHS Trust as Acting Chief Executive from 28 July 2025.",
        {
            (
                "Lyndon Garrick",
                "chief executive",
                "North Cumbria Integrated Care NHS Foundation Trust",
                "holds",
                False,
                None,
            ),
            (
                "Lyndon Garrick",
                "chief executive",
                "Hull University Teaching Hospitals NHS Trust",
                "appointed",
                True,
                "2025-07-28",
            ),
        },
    ),
    (
        "appointed NAME as his successor, the start date in the next sentence",
        "East Kent Hospitals University NHS Foundation Trust chief executive Dennis Yarrow is retiring. The "
        "trust has appointed Harriet Ormsby as his successor. She will take up the post on 1 October.",
        {
            (
                "Dennis Yarrow",
                "chief executive",
                "East Kent Hospitals University NHS Foundation Trust",
                "departed",
                False,
                None,
            ),
            (
                "Harriet Ormsby",
                "chief executive",
                "East Kent Hospitals University NHS Foundation Trust",
                "appointed",
                False,
                "2023-10-01",
            ),
        },
    ),
    (
        "'started today', 'has taken up the position today': the document's date",
        "Dr Amara Lindqvist is the new Medical Director of Leeds Teaching Hospitals NHS Trust. She started "
        "today.",
        {
            (
                "Amara Lindqvist",
                "medical director",
                "Leeds Teaching Hospitals NHS Trust",
                "appointed",
                False,
                "2023-06-15",
            )
        },
    ),
    (
        "a resignation's effective date in the next sentence",
        "The chair of North Bristol NHS Trust, Colin Ashdown, is to step down. His resignation takes effect "
        "on 30 April 2024.",
        {("Colin Ashdown", "chair", "North Bristol NHS Trust", "departed", False, "2024-04-30")},
    ),
    (
        "a national director's portfolio is part of the title",
        "NHS England has appointed Dr Oriel Tamsett-Byrne as national director of urgent and emergency care "
        "and deputy chief operating officer.",
        {
            (
                "Oriel Tamsett-Byrne",
                "national director of urgent and emergency care",
                "NHS England",
                "appointed",
                False,
                None,
            ),
            (
                "Oriel Tamsett-Byrne",
                "deputy chief operating officer",
                "NHS England",
                "appointed",
                False,
                None,
            ),
        },
    ),
    (
        "a regional title keeps its portfolio and its region",
        "Hollis Grayburn-Ede has been named regional director of finance for the East of England at NHS England.",
        {
            (
                "Hollis Grayburn-Ede",
                "regional director of finance for the East of England",
                "NHS England",
                "appointed",
                False,
                None,
            )
        },
    ),
    (
        "one person named with a short and a formal given name",
        "Sir James Oddington-Blaise has led the trust's elective recovery programme since 2021. Sir Jim "
        "Oddington-Blaise will become chief executive of Northumbria Healthcare NHS Foundation Trust in May.",
        {
            (
                "James Oddington-Blaise",
                "chief executive",
                "Northumbria Healthcare NHS Foundation Trust",
                "appointed",
                False,
                "2024-05",
            )
        },
    ),
]


MOVE_CASES = [
    (
        "'to become chief executive at Airedale': a trust named by its place alone",
        "Our chief nurse, Tamsin Rowe, left us in May to become chief executive at Airedale.",
        {
            (
                "Tamsin Rowe",
                "chief nurse",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                "2023-05",
            ),
            ("Tamsin Rowe", "chief executive", "Airedale NHS Foundation Trust", "appointed", False, None),
        },
    ),
    (
        "'stepped down to take up a role with X': X is where she goes, not the post she leaves",
        "Dr Tamsin Rowe, who had been chief nurse since 2016, stepped down on 31 October to take up a "
        "regional nursing role with NHS England.",
        {
            (
                "Tamsin Rowe",
                "chief nurse",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                "2023-10-31",
            )
        },
    ),
    (
        "'resigned to become <title> of X': leaves the home post, appointed at X (a 'University' trust is NHS)",
        "Finance director Tamsin Rowe has resigned to become chief executive of University Hospitals Plymouth "
        "NHS Trust.",
        {
            (
                "Tamsin Rowe",
                "chief financial officer",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                None,
            ),
            (
                "Tamsin Rowe",
                "chief executive",
                "University Hospitals Plymouth NHS Trust",
                "appointed",
                False,
                None,
            ),
        },
    ),
    (
        "appointed elsewhere and will leave us: two changes, each with its own date",
        "Saoirse Delamere-Quist, our Chief Operating Officer, has been appointed Chief Executive of Sheffield "
        "Health and Social Care NHS Foundation Trust and will leave us in January.",
        {
            (
                "Saoirse Delamere-Quist",
                "chief executive",
                "Sheffield Health and Social Care NHS Foundation Trust",
                "appointed",
                False,
                None,
            ),
            (
                "Saoirse Delamere-Quist",
                "chief operating officer",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                "2024-01",
            ),
        },
    ),
    (
        "the one replaced left to become: their new post is an appointment",
        "She replaces Dorothea Quayle, who left The Hillingdon Hospitals NHS Foundation Trust in October to "
        "become chief executive of Imperial College Healthcare NHS Trust.",
        {
            (
                "Dorothea Quayle",
                "chief executive",
                "Imperial College Healthcare NHS Trust",
                "appointed",
                False,
                "2023-10",
            )
        },
    ),
    (
        "moves to Y as R ('moves' tagged a noun)",
        "Wendell Ashworth, director of nursing at Wye Valley NHS Trust, moves to Gloucestershire Hospitals NHS "
        "Foundation Trust as chief nurse in May.",
        {
            ("Wendell Ashworth", "chief nurse", "Wye Valley NHS Trust", "holds", False, None),
            (
                "Wendell Ashworth",
                "chief nurse",
                "Gloucestershire Hospitals NHS Foundation Trust",
                "appointed",
                False,
                "2024-05",
            ),
        },
    ),
    (
        "'The Trust has appointed X as its R': the trust referred to, not a firm",
        "The Trust has also appointed Tobias Vereker as its Chief Operating Officer.",
        {
            (
                "Tobias Vereker",
                "chief operating officer",
                "Leeds Teaching Hospitals NHS Trust",
                "appointed",
                False,
                None,
            )
        },
    ),
    (
        "a first name alone is the person last named in full with it",
        "The Trust's Acting Medical Director, Dr Simon Harrowby, has become its Medical Director. The Trust has "
        "also appointed Simon Quarrington as its Chief Operating Officer. Simon's appointment follows the "
        "retirement of his predecessor. He will join the Trust on 14 July from Wye Valley NHS Trust, where he "
        "has been its Chief Operating Officer since 2019.",
        {
            (
                "Simon Harrowby",
                "medical director",
                "Leeds Teaching Hospitals NHS Trust",
                "appointed",
                False,
                None,
            ),
            (
                "Simon Quarrington",
                "chief operating officer",
                "Leeds Teaching Hospitals NHS Trust",
                "appointed",
                False,
                "2024-07-14",
            ),
            ("Simon Quarrington", "chief operating officer", "Wye Valley NHS Trust", "departed", False, None),
        },
    ),
    (
        "the post described beside the person is held now when the verb takes them elsewhere",
        "Hamza Reid, chief operating officer at Barnsley Hospital NHS Foundation Trust, will take charge of "
        "Rotherham NHS Foundation Trust in the spring.",
        {
            (
                "Hamza Reid",
                "chief operating officer",
                "Barnsley Hospital NHS Foundation Trust",
                "holds",
                False,
                None,
            )
        },
    ),
    (
        "'who has been CEO of A for seven years, will take the helm at B': A is not where the helm is taken",
        "Patricia Mellor, who has been chief executive of Dorset County Hospital NHS Foundation Trust for seven "
        "years, will take the helm at Dorset ICS.",
        {
            (
                "Patricia Mellor",
                "chief executive",
                "Dorset County Hospital NHS Foundation Trust",
                "holds",
                False,
                None,
            ),
            ("Patricia Mellor", "chief executive", "Dorset ICS", "appointed", False, None),  # the helm at B
        },
    ),
    (
        "a system by the name it went by before 2022",
        "One Gloucestershire ICS has appointed Tamar Ellingham as its chair designate.",
        {("Tamar Ellingham", "chair", "One Gloucestershire ICS", "appointed", False, None)},
    ),
]


@pytest.mark.parametrize("name,text,expected", MOVE_CASES, ids=[c[0] for c in MOVE_CASES])
def test_moves_and_systems(nlp, name, text, expected):
    """A move is credited to both organisations; the home organisation is the publisher's."""
    assert facts(nlp, text, "2023-11-14", "RR8") == expected


AWAY_CASES = [
    (
        "a departure stated of the post, the person introduced next",
        "The chief executive of Norfolk and Suffolk NHS Foundation Trust is leaving. Dr Bartholomew Quince, who "
        "took up the role last May, will join East London NHS Foundation Trust on secondment.",
        {
            (
                "Bartholomew Quince",
                "chief executive",
                "Norfolk and Suffolk NHS Foundation Trust",
                "departed",
                False,
                None,
            )
        },
    ),
    (
        "'has appointed a new chair.' then the appointee, currently holding a post elsewhere",
        "Leeds Teaching Hospitals NHS Trust has appointed a new chair. Ingrid Saltmarsh, currently vice-chair of "
        "Airedale NHS Foundation Trust, will take up the post in May.",
        {
            (
                "Ingrid Saltmarsh",
                "chair",
                "Leeds Teaching Hospitals NHS Trust",
                "appointed",
                False,
                "2024-05",
            ),
            ("Ingrid Saltmarsh", "vice chair", "Airedale NHS Foundation Trust", "holds", False, None),
        },
    ),
    (
        "'has a new medical director.' then who and when",
        "Sheffield Teaching Hospitals NHS Foundation Trust has a new medical director. Professor Lionel "
        "Achebe-Ward took up the post on 3 May.",
        {
            (
                "Lionel Achebe-Ward",
                "medical director",
                "Sheffield Teaching Hospitals NHS Foundation Trust",
                "appointed",
                False,
                "2023-05-03",
            )
        },
    ),
    (
        "someone with a post of their own is not the one the change was about",
        "The chief executive of Norfolk and Suffolk NHS Foundation Trust is leaving. Dame Petra Olowe, the "
        "trust's chair, said the board would appoint an interim.",
        {("Petra Olowe", "chair", "Norfolk and Suffolk NHS Foundation Trust", "holds", False, None)},
    ),
]


@pytest.mark.parametrize("name,text,expected", AWAY_CASES, ids=[c[0] for c in AWAY_CASES])
def test_change_stated_before_the_person(nlp, name, text, expected):
    assert facts(nlp, text, "2023-11-14", None) == expected


FIRST_PERSON_CASES = [
    (
        "a signed message: the author's retirement and the post under the signature",
        "Dear colleagues,\n\nLast week I told our Chair of my intention to retire at the end of March 2024.\n\n"
        "Thank you for everything you do.\n\nWith best wishes,\n\nTamsin Oyelowo-Grange\nChief Executive\n",
        {
            (
                "Tamsin Oyelowo-Grange",
                "chief executive",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                "2024-03",
            )
        },
    ),
    (
        "a signed blog: the author holds the post; 'I want to start by' is no appointment",
        "Chief Executive's blog\n\nThis week I want to start by thanking the teams who opened the new ward.\n\n"
        "Idris Penhaligon-Bose\nChief Executive\nLeeds Teaching Hospitals NHS Trust\n",
        {
            (
                "Idris Penhaligon-Bose",
                "chief executive",
                "Leeds Teaching Hospitals NHS Trust",
                "holds",
                False,
                None,
            )
        },
    ),
    (
        "an author's move: 'I will be leaving X to become Y'",
        "I will be leaving Leeds Teaching Hospitals NHS Trust at the end of March to become Chief Executive of "
        "NHS West Yorkshire Integrated Care Board.\n\nOrla Fenwick-Adey\nChief Executive\n",
        {
            (
                "Orla Fenwick-Adey",
                "chief executive",
                "NHS West Yorkshire Integrated Care Board",
                "appointed",
                False,
                "2024-03",
            ),
            (
                "Orla Fenwick-Adey",
                "chief executive",
                "Leeds Teaching Hospitals NHS Trust",
                "departed",
                False,
                "2024-03",
            ),
        },
    ),
]


@pytest.mark.parametrize("name,text,expected", FIRST_PERSON_CASES, ids=[c[0] for c in FIRST_PERSON_CASES])
def test_first_person_message(nlp, name, text, expected):
    """ "I" in a signed letter or blog is its author; the home organisation is the publisher's."""
    assert facts(nlp, text, "2023-10-14", "RR8") == expected


RCHT = "Royal Cornwall Hospitals NHS Trust"
LIST_CASES = [
    (
        "a list of leavers, each with a clause of their own, leaves the lead-in's organisation",
        f"The board changes announced this week by {RCHT} were: medical director Ysolde Brannock, who has left for University "
        "Hospitals Plymouth NHS Trust; chief operating officer Caddor Penrose-Vane, who will retire in March; and "
        "director of nursing Merryn Tallack, who has taken a job at NHS England.",
        {
            ("Ysolde Brannock", "medical director", RCHT, "departed", False, None),
            ("Caddor Penrose-Vane", "chief operating officer", RCHT, "departed", False, "2024-03"),
            ("Merryn Tallack", "chief nurse", RCHT, "departed", False, None),
        },
    ),
    (
        "a successor to X: X is leaving",
        f"{RCHT} has yet to name a successor to its chair, Tobias Quiller-Hart, who leaves in September.",
        {("Tobias Quiller-Hart", "chair", RCHT, "departed", False, "2023-09")},
    ),
    (
        "takes early retirement",
        f"Eluned Carrow-Best, finance director of {RCHT}, has taken early retirement.",
        {("Eluned Carrow-Best", "chief financial officer", RCHT, "departed", False, None)},
    ),
    (
        "a portfolio after 'and', a name after the title, and the change in a possessive noun",
        f"Director of Finance and Estates Garnet Lowry's retirement was confirmed by the board of {RCHT}.",
        {("Garnet Lowry", "chief financial officer", RCHT, "departed", False, None)},
    ),
    (
        "a title kept as written keeps its portfolio",
        f"{RCHT} has appointed Senara Pollard as director of strategy and partnerships.",
        {("Senara Pollard", "director of strategy and partnerships", RCHT, "appointed", False, None)},
    ),
    (
        "two titles before a name are both held",
        f"At {RCHT}, deputy chief executive and chief nurse Ione Trevail will become acting chief executive "
        "until a permanent appointment is made.",
        {
            ("Ione Trevail", "deputy chief executive", RCHT, "holds", False, None),
            ("Ione Trevail", "chief nurse", RCHT, "holds", False, None),
            ("Ione Trevail", "chief executive", RCHT, "appointed", True, None),
        },
    ),
    (
        "only the post acted in is interim, not the one held by the person acting",
        f"At {RCHT}, deputy chief executive Ione Trevail will act as chief executive until a permanent "
        "appointment is made.",
        {
            ("Ione Trevail", "deputy chief executive", RCHT, "holds", False, None),
            ("Ione Trevail", "chief executive", RCHT, "appointed", True, None),
        },
    ),
    (
        "an attendance run read out of a table, titles first",
        f"{RCHT}\nMinutes of the Board meeting held on 15 June 2023\nPresent: Chair Wenna Polglase Chief "
        "Executive Jory Tregenza Chief Finance Officer Morwen Keast Medical Director Pascoe Nance",
        {
            ("Wenna Polglase", "chair", RCHT, "holds", False, "2023-06-15"),
            ("Jory Tregenza", "chief executive", RCHT, "holds", False, "2023-06-15"),
            ("Morwen Keast", "chief financial officer", RCHT, "holds", False, "2023-06-15"),
            ("Pascoe Nance", "medical director", RCHT, "holds", False, "2023-06-15"),
        },
    ),
    (
        "an attendance run, titles first, with honorifics and a note in brackets",
        f"{RCHT}\nMinutes of the Board meeting held on 15 June 2023\nPRESENT: Chairman of the Trust (in the Chair) "
        "Mr Jory Tregenza Chief Executive Mrs Morwen Keast Director of Finance Mr Pascoe Nance Medical Director Dr "
        "Wenna Polglase",
        {
            ("Morwen Keast", "chief executive", RCHT, "holds", False, "2023-06-15"),
            ("Pascoe Nance", "chief financial officer", RCHT, "holds", False, "2023-06-15"),
            ("Wenna Polglase", "medical director", RCHT, "holds", False, "2023-06-15"),
        },
    ),
    (
        "an attendance run read out of a table, names first",
        f"{RCHT}\nMinutes of the Board meeting held on 15 June 2023\nPresent: Wenna Polglase Chair Jory Tregenza "
        "Chief Executive Morwen Keast Chief Finance Officer Pascoe Nance Medical Director",
        {
            ("Wenna Polglase", "chair", RCHT, "holds", False, "2023-06-15"),
            ("Jory Tregenza", "chief executive", RCHT, "holds", False, "2023-06-15"),
            ("Morwen Keast", "chief financial officer", RCHT, "holds", False, "2023-06-15"),
            ("Pascoe Nance", "medical director", RCHT, "holds", False, "2023-06-15"),
        },
    ),
]


SUCCESSION_CASES = [
    (
        "the successor starts when the post is left; the name after 'chief executive of X,' is a person",
        f"Pascoe Nance will take over the role from the current chief executive of {RCHT}, Wenna Polglase, when "
        "she leaves in March 2024.",
        {
            ("Wenna Polglase", "chief executive", RCHT, "departed", False, "2024-03"),
            ("Pascoe Nance", "chief executive", RCHT, "appointed", False, "2024-03"),
        },
    ),
    (
        "'she replaces X, who retired': X left the post; a past leaving does not date the successor",
        f"{RCHT} has appointed Kerensa Pengelly as chief nurse. She replaces Tamsin Rowe, who retired in March "
        "after six years in the post.",
        {
            ("Kerensa Pengelly", "chief nurse", RCHT, "appointed", False, None),
            ("Tamsin Rowe", "chief nurse", RCHT, "departed", False, "2023-03"),
        },
    ),
    (
        "'appointed to chair A and B': the verb names the post, one chair for each body",
        "Linnea Hartwell has been appointed to chair Walsall Healthcare NHS Trust and The Royal Wolverhampton "
        "NHS Trust from 1 October.",
        {
            ("Linnea Hartwell", "chair", "Walsall Healthcare NHS Trust", "appointed", False, "2023-10-01"),
            (
                "Linnea Hartwell",
                "chair",
                "The Royal Wolverhampton NHS Trust",
                "appointed",
                False,
                "2023-10-01",
            ),
        },
    ),
    (
        "'who will continue to chair Y': the other chair is kept; a typographic apostrophe in its name",
        f"The new chair of {RCHT} will be Tobias Kernow, who will continue to chair King’s College Hospital "
        "NHS Foundation Trust.",
        {
            ("Tobias Kernow", "chair", RCHT, "appointed", False, None),
            ("Tobias Kernow", "chair", "King's College Hospital NHS Foundation Trust", "holds", False, None),
        },
    ),
    (
        "'X, who will step in as interim chief executive when she leaves': she is not X",
        f"{RCHT}'s chief executive Morwenna Jago is retiring. She has built a strong team, including Piran "
        "Hosking, director of finance, who will step in as interim chief executive when she leaves.",
        {
            ("Morwenna Jago", "chief executive", RCHT, "departed", False, None),
            ("Piran Hosking", "chief financial officer", RCHT, "holds", False, None),
            ("Piran Hosking", "chief executive", RCHT, "appointed", True, None),
        },
    ),
    (
        "a title followed by 'designate' is an appointment, even where the sentence only describes it",
        "Leontyne Abara, chief executive designate of Royal Berkshire NHS Foundation Trust, observed the meeting.",
        {
            (
                "Leontyne Abara",
                "chief executive",
                "Royal Berkshire NHS Foundation Trust",
                "appointed",
                False,
                None,
            )
        },
    ),
    (
        "'his medical director duties will be covered by Y': Y is appointed to act in that post",
        f"Dr Jory Penrose, medical director of {RCHT}, will retire in May. His medical director duties will be "
        "covered by Dr Elowen Trethewey.",
        {
            ("Jory Penrose", "medical director", RCHT, "departed", False, "2024-05"),
            ("Elowen Trethewey", "medical director", RCHT, "appointed", True, None),
        },
    ),
    (
        "'X's role has been filled jointly by A and B': both act in the post now",
        f"Sir Gerens Rowse, chief executive of {RCHT}, was dismissed last year. Since his departure, Sir "
        "Gerens's role has been filled jointly by Tamsyn Opie and Jago Carne.",
        {
            ("Gerens Rowse", "chief executive", RCHT, "departed", False, None),
            ("Tamsyn Opie", "chief executive", RCHT, "holds", True, None),
            ("Jago Carne", "chief executive", RCHT, "holds", True, None),
        },
    ),
    (
        "a title in quotation marks is a term, not speech: 'named the first \"group chief executive\" of A and B'",
        "Kitto Hendry has been named the first “group chief executive officer” of Walsall Healthcare NHS Trust "
        "and The Royal Wolverhampton NHS Trust.",
        {
            ("Kitto Hendry", "chief executive", "Walsall Healthcare NHS Trust", "appointed", False, None),
            (
                "Kitto Hendry",
                "chief executive",
                "The Royal Wolverhampton NHS Trust",
                "appointed",
                False,
                None,
            ),
        },
    ),
    (
        "'chief executive in common': the post at each organisation the sentence coordinates",
        "The boards of Walsall Healthcare NHS Trust and The Royal Wolverhampton NHS Trust have chosen Kitto "
        "Hendry as chief executive in common.",
        {
            ("Kitto Hendry", "chief executive", "Walsall Healthcare NHS Trust", "appointed", False, None),
            (
                "Kitto Hendry",
                "chief executive",
                "The Royal Wolverhampton NHS Trust",
                "appointed",
                False,
                None,
            ),
        },
    ),
    (
        "'the post of <title> has been filled on a permanent basis by Y': Y is appointed, not acting",
        f"Her former post of chief operating officer at {RCHT} has now been filled on a permanent basis by Jenna "
        "Kessell.",
        {("Jenna Kessell", "chief operating officer", RCHT, "appointed", False, None)},
    ),
    (
        "'A Middleton GP has been appointed chair': a place and a profession are not a person",
        "A Middleton GP has been appointed chair of NHS Heywood, Middleton and Rochdale CCG.",
        set(),
    ),
    (
        "'A new chair has been appointed at X.' then the appointee as the next sentence's subject",
        f"A new chair has been appointed at {RCHT}.\n\nMorwenna Tregear will take up the role in January 2024 "
        "after a recruitment process led by the council of governors.",
        {("Morwenna Tregear", "chair", RCHT, "appointed", False, "2024-01")},
    ),
]


HISTORY_CASES = [
    (
        "an appointment noun dated years before the document is career history",
        f"Wenna Polglase's appointment as chief executive of {RCHT} in 2016 made her the first woman to lead it.",
        set(),
    ),
    (
        "an appointment noun without an old year is the news",
        f"Wenna Polglase's appointment as chief executive of {RCHT} follows a national search.",
        {("Wenna Polglase", "chief executive", RCHT, "appointed", False, None)},
    ),
    (
        "'joined ... on <day>' without a year is this year's news, not career history",
        f"I am pleased to report that Demelza Carne joined {RCHT} as Director of People on 1 June.",
        {("Demelza Carne", "chief people officer", RCHT, "appointed", False, "2023-06-01")},
    ),
]


INTERIM_CASES = [
    (
        "'confirmed that X will continue as': the post goes on, nothing new",
        f"NHS England confirmed that Dr Nia Penhallow will continue as chair of {RCHT}.",
        {("Nia Penhallow", "chair", RCHT, "holds", False, None)},
    ),
    (
        "'moves from her previous post as <title> of X': leaves X",
        f"Dr Morwenna Tallack is the new chief executive of Cornwall Partnership NHS Foundation Trust. Dr "
        f"Tallack moves to the county from her previous post as chief executive of {RCHT}.",
        {
            (
                "Morwenna Tallack",
                "chief executive",
                "Cornwall Partnership NHS Foundation Trust",
                "appointed",
                False,
                None,
            ),
            ("Morwenna Tallack", "chief executive", RCHT, "departed", False, None),
        },
    ),
    (
        "a '... Trust' with no other NHS word and no NHS trust's opening words is a charity",
        "The chief executive of the Tamar Valley Waterways Trust, Jory Trelawny, has announced that he will "
        "step down at the end of May.",
        set(),
    ),
    (
        "'Truro Hospice has named X as its new chief executive': a hospice's post, not the trust's",
        f"News from {RCHT}\n\nTruro Hospice has named Morwenna Pengelly as its new chief executive.",
        set(),
    ),
    (
        "'Name Surname, the trust's <title>,': a person the model misses after a heading",
        f"Acting chief operating officer named\n\nDemelza Rowe, the trust's deputy chief operating officer, has "
        f"stepped in as acting chief operating officer at {RCHT}.",
        {
            ("Demelza Rowe", "deputy chief operating officer", RCHT, "holds", False, None),
            ("Demelza Rowe", "chief operating officer", RCHT, "appointed", True, None),
        },
    ),
    (
        "'X, who has chaired the trust since 2016, leaves on 31 October': the chair is X's post, and it ends",
        f"News from {RCHT}\n\nBeatrix Ollivant, who has chaired the trust since 2016, leaves on 31 October "
        "when her second term ends.",
        {("Beatrix Ollivant", "chair", RCHT, "departed", False, "2023-10-31")},
    ),
    (
        "'X, who chairs <trust>, said': holds the chair",
        f"Leofric Danvers, who chairs {RCHT}, said the decision was right.",
        {("Leofric Danvers", "chair", RCHT, "holds", False, None)},
    ),
    (
        "'X chaired the trust from 2010 to 2016': career history, no post held now",
        f"News from {RCHT}\n\nDr Jane Wilson chaired the trust from 2010 to 2016, and said she was proud of it.",
        set(),
    ),
    (
        "'who chairs the audit committee' / 'the Isle of Wight Council's panel': no post we record",
        f"News from {RCHT}\n\nLeofric Danvers, who chairs the audit committee, said the decision was right. "
        "Councillor Wenna Polkinghorne, who chairs the Isle of Wight Council's children's services panel, agreed.",
        set(),
    ),
    (
        "'the Director of Workforce, X, had been appointed CPO of A and would leave the Trust on <day>'",
        f"Minutes of the Board of {RCHT}\n\nThe Chief Executive reported that the Director of Workforce, Mr "
        "Kenver Ives, had been appointed Chief People Officer of Harrogate and District NHS Foundation Trust and "
        "would leave the Trust on 28 February 2023.",
        {
            ("Kenver Ives", "chief people officer", RCHT, "departed", False, "2023-02-28"),
            (
                "Kenver Ives",
                "chief people officer",
                "Harrogate and District NHS Foundation Trust",
                "appointed",
                False,
                None,
            ),
        },
    ),
    (
        "'will now become interim <title>': 'now' before a verb of taking a post is news",
        f"News from {RCHT}\n\nThe medical director, Dr Jago Penhale, will now become interim deputy chief "
        "executive as well.",
        {
            ("Jago Penhale", "medical director", RCHT, "holds", False, None),
            ("Jago Penhale", "deputy chief executive", RCHT, "appointed", True, None),
        },
    ),
    (
        "a CCG's 'chief officer' is reported as written (item 346; item 124 had made it chief executive)",
        "Dr Morwenna Kitto, chief officer of NHS Kernow Clinical Commissioning Group, will retire in March.",
        {
            (
                "Morwenna Kitto",
                "chief officer",
                "NHS Kernow Clinical Commissioning Group",
                "departed",
                False,
                "2024-03",
            )
        },
    ),
    (
        "'chief delivery officer' is a post; 'the chief delivery officer directorate' is a department",
        f"{RCHT} has appointed Jory Pascoe as its chief delivery officer. A memo from chief executive Wenna "
        "Hocking confirmed that the workforce team will, from July 2023, move to the chief delivery officer "
        "directorate.",
        {
            ("Jory Pascoe", "chief delivery officer", RCHT, "appointed", False, None),
            ("Wenna Hocking", "chief executive", RCHT, "holds", False, None),
        },
    ),
    (
        "'is to remain until March 2024 while a new chair is appointed': the post ends then",
        f"News from {RCHT}\n\nExisting lay chair Kenver Pascoe is to remain until March 2024 while a new chair "
        "is appointed.",
        {("Kenver Pascoe", "chair", RCHT, "departed", False, "2024-03")},
    ),
    (
        "'will remain in post until 31 July' after a retirement dates the retirement",
        f"News from {RCHT}\n\nChief executive Rupert Kitto is to retire. Rupert will remain in post until "
        "31 July, ensuring a smooth handover.",
        {("Rupert Kitto", "chief executive", RCHT, "departed", False, "2023-07-31")},
    ),
    (
        "'will remain in post until a successor is appointed': no date, nothing ends yet",
        f"News from {RCHT}\n\nChair Kenver Pascoe will remain in post until a successor is appointed.",
        {("Kenver Pascoe", "chair", RCHT, "holds", False, None)},
    ),
    (
        "'would continue as acting ... until': a continuing interim holds",
        f"The trust confirmed that Kerensa Vosper would continue as acting chief executive of {RCHT} until the "
        "permanent appointee starts in the autumn.",
        {("Kerensa Vosper", "chief executive", RCHT, "holds", True, None)},
    ),
    (
        "has acted as: an interim post",
        f"Since his departure, Ione Trevail has acted as chief executive of {RCHT}.",
        {("Ione Trevail", "chief executive", RCHT, "appointed", True, None)},
    ),
    (
        "covering a post while recruitment takes place",
        f"Jory Tregenza is covering the director of operations post at {RCHT} while recruitment takes place.",
        {("Jory Tregenza", "chief operating officer", RCHT, "holds", True, None)},
    ),
    (
        "'is acting as': already in the post, interim",
        f"Lowenna Hocking, the vice-chair of {RCHT}, is acting as chair.",
        {
            ("Lowenna Hocking", "vice chair", RCHT, "holds", False, None),
            ("Lowenna Hocking", "chair", RCHT, "holds", True, None),
        },
    ),
    (
        "'would be acting chief executive from <day>': the parser's verb 'acting' names the post taken",
        f"{RCHT} said its deputy chief executive, Morwenna Tonkin, would be acting chief executive from "
        "1 September.",
        {
            ("Morwenna Tonkin", "deputy chief executive", RCHT, "holds", False, None),
            ("Morwenna Tonkin", "chief executive", RCHT, "appointed", True, "2023-09-01"),
        },
    ),
    (
        "'will lead the Trust as interim chief executive', the subject two titles with one name",
        f"News from {RCHT}\n\nOur Deputy Chief Executive and Chief Operating Officer, Margarethe Quansah, will lead the "
        "Trust as interim Chief Executive from 1 September while we recruit.",
        {
            ("Margarethe Quansah", "deputy chief executive", RCHT, "holds", False, None),
            ("Margarethe Quansah", "chief operating officer", RCHT, "holds", False, None),
            ("Margarethe Quansah", "chief executive", RCHT, "appointed", True, "2023-09-01"),
        },
    ),
    (
        "'will be led by X as acting chief executive': the passive's agent holds the post",
        f"From 1 October {RCHT} will be led by Jenna Carne, its chief nurse, as acting chief executive until a "
        "permanent successor is in post.",
        {
            ("Jenna Carne", "chief nurse", RCHT, "holds", False, None),
            ("Jenna Carne", "chief executive", RCHT, "appointed", True, "2023-10-01"),
        },
    ),
    (
        "'asked X, <title>, to serve as acting chief executive from <day>': an interim appointment",
        f"The board has asked Ewart Penrose, Director of Finance, to serve as acting Chief Executive of {RCHT} "
        "from 1 May 2023.",
        {
            ("Ewart Penrose", "chief financial officer", RCHT, "holds", False, None),
            ("Ewart Penrose", "chief executive", RCHT, "appointed", True, "2023-05-01"),
        },
    ),
    (
        "'will return to her role as <title>': the acting post ends, the substantive one resumes",
        f"News from {RCHT}\n\nDr Demelza Carne, who has been Acting Medical Director since March, will return to "
        "her role as Deputy Medical Director on 1 November.",
        {
            ("Demelza Carne", "deputy medical director", RCHT, "appointed", False, "2023-11-01"),
            ("Demelza Carne", "medical director", RCHT, "departed", True, "2023-11-01"),
        },
    ),
    (
        "'will return to his post of <title>' after an acting spell: the acting post ends",
        f"Dr Jago Penhale has been acting chief executive of {RCHT} for the past three months. Dr Penhale will "
        "now return to his post of deputy chief executive.",
        {
            ("Jago Penhale", "deputy chief executive", RCHT, "appointed", False, None),
            ("Jago Penhale", "chief executive", RCHT, "departed", True, None),
        },
    ),
    (
        "'will return to his deputy post when Y arrives': the acting post ends",
        f"Loveday Kitto has been acting chief executive of {RCHT} since March. She will return to her deputy "
        "post when the new chief executive arrives.",
        {("Loveday Kitto", "chief executive", RCHT, "departed", True, None)},
    ),
    (
        "'the interim chief executive, X, will return to his previous role': the interim post ends",
        f"{RCHT}'s interim chief executive, Jago Penhale, will return to his previous role when Ms Kitto starts.",
        {("Jago Penhale", "chief executive", RCHT, "departed", True, None)},
    ),
    (
        "'will return to his substantive post ... and will also become interim <title>': that post is new",
        f"News from {RCHT}\n\nDr Jago Penhale, who has been acting chief executive since March, will return to "
        "his substantive post as medical director and will also become interim deputy chief executive.",
        {
            ("Jago Penhale", "medical director", RCHT, "appointed", False, None),
            ("Jago Penhale", "deputy chief executive", RCHT, "appointed", True, None),
            ("Jago Penhale", "chief executive", RCHT, "departed", True, None),
        },
    ),
    (
        "'will chair board meetings until a new chairman is appointed': an interim chair",
        f"News from {RCHT}\n\nThe vice chairman, Horatio Penny, will chair board meetings until a new chairman "
        "is appointed.",
        {
            ("Horatio Penny", "vice chair", RCHT, "holds", False, None),
            ("Horatio Penny", "chair", RCHT, "appointed", True, None),
        },
    ),
    (
        "acting as a designate is not interim",
        "Morwen Keast will act as chief executive designate of NHS Cornwall and Isles of Scilly Integrated Care "
        "Board.",
        {
            (
                "Morwen Keast",
                "chief executive",
                "NHS Cornwall and Isles of Scilly Integrated Care Board",  # as the text names it
                "appointed",
                False,
                None,
            )
        },
    ),
]


NAME_CASES = [
    (
        "a plural title before two names: both hold it ('non-executive directors A and B stood down')",
        f"News from {RCHT}\n\nThere have been two further resignations: non-executive directors Sir Peregrine "
        "Aske and Tamsin Yeldham both stood down on Thursday.",
        {
            ("Peregrine Aske", "non-executive director", RCHT, "departed", False, None),
            ("Tamsin Yeldham", "non-executive director", RCHT, "departed", False, None),
        },
    ),
    (
        "a plural title with two names in apposition: both leave",
        f"News from {RCHT}\n\nTwo other non-executive directors, Barnaby Oyston and Priyanka Lethbridge, "
        "resigned with immediate effect.",
        {
            ("Barnaby Oyston", "non-executive director", RCHT, "departed", False, "2023-06-15"),
            ("Priyanka Lethbridge", "non-executive director", RCHT, "departed", False, "2023-06-15"),
        },
    ),
    (
        "a name the small model misses, known by the change verb after it",
        "The chair of Dorset County Hospital NHS Foundation Trust has resigned.\n\nEvander Quillfeather stood "
        "down late on 2 June.",
        {
            (
                "Evander Quillfeather",
                "chair",
                "Dorset County Hospital NHS Foundation Trust",
                "departed",
                False,
                "2023-06-02",
            )
        },
    ),
    (
        "a name the small model misses, joining today",
        "Marguerite Dalloway-Effiong joins Royal Cornwall Hospitals NHS Trust today as Chief Operating Officer.",
        {("Marguerite Dalloway-Effiong", "chief operating officer", RCHT, "appointed", False, "2023-06-15")},
    ),
    (
        "a given name the small model leaves off the surname it tags",
        f"Tunde Bamidele will step up as acting chief executive of {RCHT}.",
        {("Tunde Bamidele", "chief executive", RCHT, "appointed", True, None)},
    ),
    (
        "a name the small model misses, before 'is the new <title>'",
        f"Our monthly round-up of new faces.\n\nAcute\nObinna Trevail is the new chief people officer at {RCHT}.",
        {("Obinna Trevail", "chief people officer", RCHT, "appointed", False, None)},
    ),
]


MEETING_CASES = [
    (
        "names-first run with initials: the title after 'Name (NI),' is that name's; 'NHS Trusts' is no body",
        f"{RCHT}\nMinutes of the Board meeting held in public on 15 June 2023\nMembers present: Sir Jory "
        "Tregenza (JT), Chair Morwen Keast (MK), Chief Executive Dr Lowenna Hocking (LH), Partner Member for NHS "
        "Trusts and Foundation Trusts",
        {
            ("Jory Tregenza", "chair", RCHT, "holds", False, "2023-06-15"),
            ("Morwen Keast", "chief executive", RCHT, "holds", False, "2023-06-15"),
        },
    ),
    (
        "a meeting header run onto one line is still minutes: who is present holds on the meeting's day",
        f"{RCHT} TRUST BOARD MEETING HELD IN PUBLIC DATE: Thursday 15th June 2023 TIME: 1000 VENUE: Boardroom "
        "MEMBERS PRESENT: Jory Tregenza Chief executive Morwen Keast Chief finance officer NEXT MEETING: 13 July 2023",
        {
            ("Jory Tregenza", "chief executive", RCHT, "holds", False, "2023-06-15"),
            ("Morwen Keast", "chief financial officer", RCHT, "holds", False, "2023-06-15"),
        },
    ),
    (
        "'has resigned; her resignation takes effect on <day>': the later clause dates the change",
        f"{RCHT} chair Jory Trevail has resigned; her resignation takes effect on 30 April 2023.",
        {("Jory Trevail", "chair", RCHT, "departed", False, "2023-04-30")},
    ),
    (
        "with immediate effect on a stated day: the stated day",
        f"Minutes of the Board of {RCHT}\nThe Board noted that the Chair, Mr Wenna Polglase, had resigned with "
        "immediate effect on 2 June 2023.",
        {("Wenna Polglase", "chair", RCHT, "departed", False, "2023-06-02")},
    ),
]


# Every group read as a text published on 15 June 2023 by no one in particular.
PLAIN_CASES = (
    CASES + LIST_CASES + MEETING_CASES + NAME_CASES + INTERIM_CASES + HISTORY_CASES + SUCCESSION_CASES
)


@pytest.mark.parametrize("name,text,expected", PLAIN_CASES, ids=[c[0] for c in PLAIN_CASES])
def test_construction(nlp, name, text, expected):
    assert facts(nlp, text, "2023-06-15", None) == expected


def test_the_trust_in_a_story_about_a_national_body(nlp):
    """A headline makes NHS England the story's organisation; "the trust's deputy" still acts up at the trust."""
    text = (
        f"Dr Imelda Trewin, chief executive of {RCHT}, has been appointed regional director for the South West "
        "at NHS England. The trust's deputy chief executive, Kenver Pascoe, will be interim chief executive "
        "from 1 August."
    )
    title = "NHS England names Cornwall chief as regional director"
    (result,) = list(extract_events(nlp, [(text, "2023-06-15", None, title)]))
    got = {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}
    assert ("Kenver Pascoe", "chief executive", RCHT, "appointed", True, "2023-08-01") in got
    assert ("Kenver Pascoe", "deputy chief executive", RCHT, "holds", False, None) in got


@pytest.mark.parametrize("published,date", [(None, None), ("2023-06-15", "2023-03-03")])
def test_took_up_the_role_on_a_day_this_year(nlp, published, date):
    """'X took up the role on March 3' under 'New interim chief executive appointed ...': past tense, but a day
    without a year is this document's news (dated or not); the headline's post is interim."""
    text = (
        f"A new interim chief executive has been appointed at {RCHT}.\n\nKenver Pascoe officially took up the "
        "role on March 3 while Jenna Rowe is on secondment."
    )
    title = "New interim chief executive appointed at hospital trust"
    (result,) = list(extract_events(nlp, [(text, published, None, title)]))
    got = {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}
    assert ("Kenver Pascoe", "chief executive", RCHT, "appointed", True, date) in got


def test_an_unclosed_quotation_ends_with_its_paragraph(nlp):
    """A quotation closed with two apostrophes instead of ” must not make the next paragraph speech: the
    sentence there is narration."""
    text = (
        f"{RCHT} has appointed Helen Barker as its chief executive.\n"
        "Professor Jory Nance said: “I am delighted, and the trust is in good hands.''\n"
        "Meanwhile, Mark Ellis is currently chief executive of Walsall Healthcare NHS Trust.\n"
        "He said: “It has been a privilege.”"
    )
    got = facts(nlp, text, "2023-06-15")
    assert ("Mark Ellis", "chief executive", "Walsall Healthcare NHS Trust", "holds", False, None) in got


def test_the_person_after_a_title_of_the_trust(nlp):
    """Stage (a): "CEO of the trust, Clare Rowe said": the name after "<title> of the trust," is the title's
    holder, whatever the parse hangs it on (the small model often makes both subjects of "said")."""
    doc = parsed_for_events(
        nlp, f"{RCHT} has opened a ward.\nCEO of the trust, Clare Rowe said the staff worked hard."
    )
    found = document_events(nlp, doc)
    role = next(r for r in found.role_spans if r.text == "CEO")
    person, gap = found._person_starting_after(role, found.sent_of[role.start])
    assert (person.text, gap) == ("Clare Rowe", 3)


def test_the_position_in_someone_elses_relative_clause(nlp):
    """ "She replaces X who held the position from June 2014": "the position" there is what X did, so its
    date does not date her appointment."""
    text = (
        f"{RCHT} has appointed a new chairman.\n\nLowenna Vose will have the new role at {RCHT} after serving "
        "as a non-executive director on the trust board since May.\n\nShe replaces Sir Tristan Odgers who held "
        "the position from June 2014.\n\nLowenna will start her role as chairman on November 1."
    )
    got = facts(nlp, text, None)  # undated: "November 1" cannot be placed, so the appointment stays undated
    assert ("Lowenna Vose", "chair", RCHT, "appointed", False, "2014-06") not in got
    assert ("Lowenna Vose", "chair", RCHT, "appointed", False, None) in got
