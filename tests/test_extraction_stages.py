"""The extraction stages added for real prose: trigger phrasings (data), the publisher's organisation,
the learned stage's modes and training data. Sentences are ours (fictional people, real organisations),
each reproducing a construction seen across several real texts (tests/fixtures/extraction/constructions/)."""

from __future__ import annotations

import pytest
from nhs_leaders.nlp.pipeline import build_pipeline, extract_events

TRIGGER_CASES = [
    (
        "appointment phrased as a state",
        "Dr Hannah Corvell is the new chief executive of Leeds Teaching Hospitals NHS Trust.",
        {("Hannah Corvell", "chief executive", "appointed")},
    ),
    (
        "announced as the new",
        "Marcus Tillbrook has been announced as the new chief executive at York and Scarborough Teaching "
        "Hospitals NHS Foundation Trust.",
        {("Marcus Tillbrook", "chief executive", "appointed")},
    ),
    (
        "pleased to welcome X as",
        "Barnsley Hospital NHS Foundation Trust is pleased to welcome Olu Brackenridge as Chair, with effect "
        "from 1 September.",
        {("Olu Brackenridge", "chair", "appointed")},
    ),
    (
        "welcomed new chief nurse",
        "The board of Leeds Teaching Hospitals NHS Trust welcomed new chief nurse Femi Arkwright to the board.",
        {("Femi Arkwright", "chief nurse", "appointed")},
    ),
    (
        "Healthwatch is not an NHS body",
        "Healthwatch Norfolk chief executive Tobin Ferrars said patients at Norfolk and Norwich University "
        "Hospitals NHS Foundation Trust must be heard.",
        set(),
    ),
    (
        "previously held a number of board positions",
        "Zara Mellish, chief executive of Walsall Healthcare NHS Trust, said the plans were sound. She has "
        "previously held a number of NHS board positions, including director of finance at Sherwood Forest "
        "Hospitals NHS Foundation Trust.",
        {("Zara Mellish", "chief executive", "holds")},
    ),
    (
        "held a number of non-executive roles (a hyphen inside the phrase)",
        "Zara Mellish, chief executive of Walsall Healthcare NHS Trust, said the plans were sound. She has "
        "subsequently held a number of non-executive roles, including as chair of Sherwood Forest Hospitals NHS "
        "Foundation Trust.",
        {("Zara Mellish", "chief executive", "holds")},
    ),
    (
        "a post qualified by 'appointed last week'",
        "Ann Jones, the acting chief financial officer of Walsall Healthcare NHS Trust appointed last week, will "
        "stay in the role until the new director arrives.",
        {("Ann Jones", "chief financial officer", "appointed")},
    ),
    (
        "a post appointed years ago is held",
        "Ann Jones, the chief financial officer of Walsall Healthcare NHS Trust appointed in 2015, said the "
        "accounts were sound.",
        {("Ann Jones", "chief financial officer", "holds")},
    ),
    (
        "decision to step down",
        "Amanda Vellacott, chief executive of NHS England, announced her decision to step down.",
        {("Amanda Vellacott", "chief executive", "departed")},
    ),
    (
        "plans to leave",
        "Rachel Ostrowe, chief operating officer at Sherwood Forest Hospitals NHS Foundation Trust, plans to "
        "leave the Trust this summer.",
        {("Rachel Ostrowe", "chief operating officer", "departed")},
    ),
    (
        "career summary is history",
        "Tamsin Orrell, chief executive of Walsall Healthcare NHS Trust, said the plans were sound. She has "
        "held several senior positions including eight years as director of operations at Cambridge "
        "University Hospitals NHS Foundation Trust.",
        {("Tamsin Orrell", "chief executive", "holds")},
    ),
]


SUCCESSION_AND_SYSTEM_CASES = [
    (
        "appointment follows the retirement of the predecessor",
        "Jonas Tarrant has been appointed chief executive of Sherwood Forest Hospitals NHS Foundation Trust. "
        "His appointment follows the retirement at the end of October of Imelda Fothergill-Amos, who led the "
        "trust for eight years.",
        {
            (
                "Jonas Tarrant",
                "chief executive",
                "Sherwood Forest Hospitals NHS Foundation Trust",
                "appointed",
            ),
            (
                "Imelda Fothergill-Amos",
                "chief executive",
                "Sherwood Forest Hospitals NHS Foundation Trust",
                "departed",
            ),
        },
    ),
    (
        "take over the role from the current holder",
        "Gareth Pomfrey will take over the role from the current chief executive Delia Marsh when she leaves "
        "Gloucestershire Hospitals NHS Foundation Trust in March 2022.",
        {
            ("Delia Marsh", "chief executive", "Gloucestershire Hospitals NHS Foundation Trust", "departed"),
            (
                "Gareth Pomfrey",
                "chief executive",
                "Gloucestershire Hospitals NHS Foundation Trust",
                "appointed",
            ),
        },
    ),
    (
        "a post named as the object of an appointment has no holder in the sentence",
        "Speaking about the appointment of the new interim chief executive, the trust's chairman Ivo Tremlow said "
        "the board was confident. Walsall Healthcare NHS Trust named Rhoda Kemp as interim chief executive.",
        {
            ("Ivo Tremlow", "chair", "Walsall Healthcare NHS Trust", "holds"),
            ("Rhoda Kemp", "chief executive", "Walsall Healthcare NHS Trust", "appointed"),
        },
    ),
    (
        "succeed the current holder",
        "Leeds Teaching Hospitals NHS Trust has appointed Ravi Stenner as chief executive. Ravi will succeed "
        "current chief executive Moira Lyle in June.",
        {
            ("Ravi Stenner", "chief executive", "Leeds Teaching Hospitals NHS Trust", "appointed"),
            ("Moira Lyle", "chief executive", "Leeds Teaching Hospitals NHS Trust", "departed"),
        },
    ),
    (
        "a current post before 'will become' another post",
        "Nell Varga, chief clinical officer for NHS Coastal West Sussex CCG, will become clinical lead for a "
        "planned partnership.",
        {
            ("Nell Varga", "chief executive", "NHS Coastal West Sussex CCG", "holds")
        },  # CCO is the CCG's chief executive
    ),
    (
        "a possessive decision to step down",
        "NHS England has appointed Sir Andrew Greaves as its new chief executive, following Moira Pellow's "
        "decision to step down from the role.",
        {
            ("Andrew Greaves", "chief executive", "NHS England", "appointed"),
            ("Moira Pellow", "chief executive", "NHS England", "departed"),
        },
    ),
    (
        "his predecessor, NAME, announcing her plans to leave",
        "Sherwood Forest Hospitals NHS Foundation Trust has appointed Thomas Reynolds as chief operating "
        "officer. Thomas's appointment follows the news of his predecessor, Rachel Edwards, announcing her plans "
        "to leave the Trust this summer.",
        {
            (
                "Thomas Reynolds",
                "chief operating officer",
                "Sherwood Forest Hospitals NHS Foundation Trust",
                "appointed",
            ),
            (
                "Rachel Edwards",
                "chief operating officer",
                "Sherwood Forest Hospitals NHS Foundation Trust",
                "departed",
            ),
        },
    ),
    (
        "post-nominals and commas before 'as'",
        "Mid Essex Hospital Services NHS Trust has confirmed the appointment of Nigel Ashcombe CBE, DL, as "
        "chairman of the trust. Julian Bakewell CB, its vice-chair, welcomed him.",
        {
            ("Nigel Ashcombe", "chair", "Mid Essex Hospital Services NHS Trust", "appointed"),
            ("Julian Bakewell", "vice chair", "Mid Essex Hospital Services NHS Trust", "holds"),
        },
    ),
    (
        "currently one post, appointed to another",
        "Helen Baxter, currently chief operating officer at Walsall Healthcare NHS Trust, has been appointed "
        "chief executive of The Dudley Group NHS Foundation Trust.",
        {
            ("Helen Baxter", "chief operating officer", "Walsall Healthcare NHS Trust", "holds"),
            ("Helen Baxter", "chief executive", "The Dudley Group NHS Foundation Trust", "appointed"),
        },
    ),
    (
        "who is currently one post, will join another as",
        "Mark Wood, who is currently chief executive of Airedale NHS Foundation Trust, will join Bradford "
        "Teaching Hospitals NHS Foundation Trust as chief executive in April.",
        {
            ("Mark Wood", "chief executive", "Airedale NHS Foundation Trust", "holds"),
            ("Mark Wood", "chief executive", "Bradford Teaching Hospitals NHS Foundation Trust", "appointed"),
        },
    ),
    (
        "the new post will be NAME",
        "The new chair of Epsom and St Helier University Hospitals NHS Trust will be Gillian Nolan.",
        {("Gillian Nolan", "chair", "Epsom and St Helier University Hospitals NHS Trust", "appointed")},
    ),
    (
        "an unnamed office-holder gives nothing",
        "The Chair welcomed everyone to the meeting of Walsall Healthcare NHS Trust.",
        set(),
    ),
    (
        "moved from one post to become another",
        "Diana Hammond has moved from medical director to become director of strategy at Medway NHS "
        "Foundation Trust.",
        {
            ("Diana Hammond", "medical director", "Medway NHS Foundation Trust", "departed"),
            ("Diana Hammond", "director of strategy", "Medway NHS Foundation Trust", "appointed"),
        },
    ),
    (
        "a new post following a tenure in another",
        "David Purvis is taking on the new role as Director of Nursing at Doncaster and Bassetlaw Teaching "
        "Hospitals NHS Foundation Trust, following a six-year tenure as the organisation's Chief Operating Officer.",
        {
            (
                "David Purvis",
                "chief nurse",
                "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
                "appointed",
            ),
            (
                "David Purvis",
                "chief operating officer",
                "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
                "departed",
            ),
        },
    ),
    (
        "a possessive departure of the one post held",
        "Katie Armour, chief clinical officer for NHS Coastal West Sussex CCG, said the plans were sound. "
        "Dr Armour's departure means the governing body must change.",
        {("Katie Armour", "chief executive", "NHS Coastal West Sussex CCG", "departed")},
    ),
    (
        "an integrated care system by its common name",
        "Kent and Medway ICS has appointed Dorian Fell as its chief executive designate.",
        {("Dorian Fell", "chief executive", "Kent and Medway ICS", "appointed")},
    ),
    (
        "appointed its current leader, NAME, as",
        "Cheshire and Merseyside integrated care system has appointed its current leader, Olwen Brackley, as "
        "chief executive designate.",
        {
            (
                "Olwen Brackley",
                "chief executive",
                "Cheshire and Merseyside Integrated Care System",
                "appointed",
            ),
            # the post she held there (item 383; the real gold's "ICS leader")
            ("Olwen Brackley", "ICS leader", "Cheshire and Merseyside Integrated Care System", "holds"),
        },
    ),
]


@pytest.mark.parametrize(
    "name,text,expected", SUCCESSION_AND_SYSTEM_CASES, ids=[c[0] for c in SUCCESSION_AND_SYSTEM_CASES]
)
def test_succession_and_system_bodies(nlp, name, text, expected):
    (result,) = list(extract_events(nlp, [(text, "2021-06-15", None)]))
    found = {(e.person, e.role, e.organisation, e.event) for e in result.events}
    assert found == expected


def test_undated_text_reads_old_years_against_its_own_latest_year(nlp):
    """No date header: 'in 1991 she was appointed' is career history in a text whose latest year is 2014."""
    text = (
        "Dr Mirela Oxted is to become chief executive of Leeds Teaching Hospitals NHS Trust in 2014. In 1991 she "
        "was appointed as medical director of Bradford District Care NHS Foundation Trust."
    )
    (result,) = list(extract_events(nlp, [(text, None, None)]))
    assert {(e.person, e.role, e.event) for e in result.events} == {
        ("Mirela Oxted", "chief executive", "appointed")
    }


@pytest.mark.parametrize("name,text,expected", TRIGGER_CASES, ids=[c[0] for c in TRIGGER_CASES])
def test_trigger_phrasing(nlp, name, text, expected):
    (result,) = list(extract_events(nlp, [(text, "2023-06-15", None)]))
    found = {(e.person, e.role, e.event) for e in result.events}
    assert found == expected, [(e.person, e.role, e.organisation, e.event) for e in result.events]


def test_trigger_patterns_are_data_with_notes():
    from nhs_leaders.nlp.triggers import LABELS, trigger_patterns

    patterns = trigger_patterns()
    assert len(patterns) >= 15
    assert all(p["label"] in LABELS and p["note"] and p["pattern"] for p in patterns)


def test_the_trust_on_its_own_website_is_the_publisher(nlp, tmp_path, run_cli):
    """A staff bulletin that never names its trust: the source address's website says whose it is."""
    import json

    text = tmp_path / "bulletin.txt"
    text.write_text(
        "source: https://intranet.mft.nhs.uk/news/new-chief-nurse\ntitle: A new chief nurse\ndate: 2024-03-01\n\n"
        "We are delighted to announce that Odile Marchbank has been appointed Chief Nurse of the Trust. "
        "She will join the Trust on 1 May.\n",
        encoding="utf-8",
    )
    result = run_cli("annotate", str(text))
    events = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {(e["person"], e["event"], e["ods_code"]) for e in events} == {
        ("Odile Marchbank", "appointed", "R0A")
    }


def test_publisher_is_found_by_registrable_domain():
    from nhs_leaders.crawler.register import publisher_ods

    assert publisher_ods("https://www.mft.nhs.uk/news/x") == "R0A"
    assert publisher_ods("https://intranet.mft.nhs.uk/x") == "R0A"
    assert publisher_ods("https://www.bbc.co.uk/news/health-1") is None
    assert publisher_ods("fixture written for tests") is None
    # integrated care boards share icb.nhs.uk: each board's own address is its own
    assert publisher_ods("https://staffsstoke.icb.nhs.uk/news/new-chief-nursing-officer-announced") == "QNC"
    assert publisher_ods("https://www.lancashireandsouthcumbria.icb.nhs.uk/news") == "QE1"
    # NHS Wales bodies share nhs.wales: a health board's page is not Velindre's (the one in the register)
    assert publisher_ods("https://swanseabay.nhs.wales/news/a-message-from-our-chair") is None
    assert publisher_ods("https://velindre.nhs.wales/news") == "RQF"


@pytest.mark.parametrize("mode", ["learned", "hybrid"])
def test_learned_modes_extract(mode):
    nlp = build_pipeline(classifier=mode)
    assert nlp.get_pipe("nhs_events").mode == mode
    text = "Dr Hannah Corvell has been appointed chief executive of Leeds Teaching Hospitals NHS Trust from 1 May."
    (result,) = list(extract_events(nlp, [(text, "2023-06-15", None)]))
    assert {(e.person, e.event) for e in result.events} == {("Hannah Corvell", "appointed")}


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="rules, learned, hybrid"):
        build_pipeline(classifier="oracle")


def test_combine_follows_the_mode():
    from nhs_leaders.nlp.learned import combine

    assert combine("rules", "holds", "appointed", 0.99) == "holds"
    assert combine("learned", "holds", "none", 0.4) is None
    assert combine("hybrid", "holds", "appointed", 0.99) == "appointed"
    assert combine("hybrid", "holds", "appointed", 0.5) == "holds"


def test_training_labels_come_from_gold():
    from nhs_leaders.nlp.training import label_for

    gold = [
        {
            "person": "Jane Roe",
            "role": "chief executive",
            "organisation": "Leeds Teaching Hospitals NHS Trust",
            "event": "holds",
        },
        {
            "person": "Jane Roe",
            "role": "chief executive",
            "organisation": "Leeds Teaching Hospitals NHS Trust",
            "event": "departed",
        },
    ]
    candidate = {
        "person": "Jane Roe",
        "role": "chief executive",
        "organisations": ["Leeds Teaching Hospitals"],
    }
    assert label_for(candidate, gold) == "departed"  # a change before a plain holds
    assert label_for({**candidate, "role": "chair"}, gold) == "none"
    assert label_for({**candidate, "organisations": ["Barts Health NHS Trust"]}, gold) == "none"


def test_attendance_columns_names_then_roles(nlp):
    """Minutes whose PDF text lists every name, then every role: paired in order, at the meeting date."""
    text = (
        "Walsall Healthcare NHS Trust\nMINUTES OF THE MEETING OF THE TRUST BOARD\n12 March 2024\nPresent\n"
        "Dame Odette Pryer\nMr Lucan Ashdown (LA)\nDr Ffion Castell\n"
        "Chair\nChief Executive\nMedical Director\n"
        "1. Welcome\nThe Chair opened the meeting.\n"
    )
    (result,) = list(extract_events(nlp, [(text, "2024-03-12", None)]))
    got = {(e.person, e.role, e.event, e.date) for e in result.events}
    assert {
        ("Odette Pryer", "chair", "holds", "2024-03-12"),
        ("Lucan Ashdown", "chief executive", "holds", "2024-03-12"),
        ("Ffion Castell", "medical director", "holds", "2024-03-12"),
    } <= got
    assert all(e.ods_code == "RBK" for e in result.events)


def test_interim_returning_to_substantive_post_leaves_the_interim_post(nlp):
    text = (
        "Interim chief executive Giles Farrow told the meeting at Wye Valley NHS Trust the trend was moving in "
        "the right direction. Mr Farrow, who has led the trust since January, will return to his substantive "
        "role as director of finance when the trust's new chief executive, Rose Tallow, arrives in June."
    )
    (result,) = list(extract_events(nlp, [(text, "2023-03-01", None)]))
    got = {(e.person, e.role, e.event, e.interim, e.date) for e in result.events}
    assert ("Giles Farrow", "chief executive", "departed", True, "2023-06") in got
    assert ("Rose Tallow", "chief executive", "appointed", False, "2023-06") in got


PEOPLE_CASES = [
    (
        "a surname that is also a word",
        "Colin Page, chair of the Norfolk and Suffolk NHS Foundation Trust (NSFT), has left his post earlier "
        "than planned.",
        {("Colin Page", "chair", "departed")},
    ),
    (
        "honours between the name and 'as'",
        "Mid Essex Hospital Services NHS Trust have confirmed the appointment of Neil Alsop CBE, DL, as "
        "chairman of the trust.",
        {("Neil Alsop", "chair", "appointed")},
    ),
    (
        "a possessive name before a change noun",
        "NHS England has appointed Sir Jim Mackley as its new chief executive officer (CEO), following Andrea "
        "Pitchford's decision to step down from the role.",
        {
            ("Jim Mackley", "chief executive", "appointed"),
            ("Andrea Pitchford", "chief executive", "departed"),
        },
    ),
]


@pytest.mark.parametrize("name,text,expected", PEOPLE_CASES, ids=[c[0] for c in PEOPLE_CASES])
def test_people_the_small_model_misses(nlp, name, text, expected):
    (result,) = list(extract_events(nlp, [(text, "2023-06-15", None)]))
    assert {(e.person, e.role, e.event) for e in result.events} == expected


def test_a_list_introduced_as_appointments_appoints_each_entry(tmp_path, run_cli):
    """A chief executive's message on the trust's own site: 'roles have been appointed to on an acting up
    basis:' followed by '- Name, Role' lines."""
    import json

    text = tmp_path / "message.txt"
    text.write_text(
        "source: https://www.mft.nhs.uk/news/ceo-message\ntitle: A message from our chief executive\n"
        "date: 2024-07-31\n\nDear colleagues,\nI wanted to update you on changes to the Executive Team. A small "
        "number of Board level roles have been appointed to on an acting up basis:\n- Lena Tait, Acting Chief "
        "Operating Officer\n- Jenny Holt, Acting Chief Nurse.\nThe Trust will be looking to appoint three new "
        "executive directors.\n",
        encoding="utf-8",
    )
    result = run_cli("annotate", str(text))
    events = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {(e["person"], e["role"], e["event"], e["interim"]) for e in events} == {
        ("Lena Tait", "chief operating officer", "appointed", True),
        ("Jenny Holt", "chief nurse", "appointed", True),
    }


def test_ingested_page_from_an_nhs_site_belongs_to_its_publisher(tmp_path, run_cli):
    """The stored document carries the publisher's ODS code, so `extract` reads 'the Trust' as it."""
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bulletin.txt").write_text(
        "source: https://intranet.mft.nhs.uk/news/new-chief-nurse\ntitle: A new chief nurse\ndate: 2024-03-01\n\n"
        "We are delighted to announce that Odile Marchbank has been appointed Chief Nurse of the Trust.\n",
        encoding="utf-8",
    )
    db = tmp_path / "nhs.db"
    run_cli("ingest", str(folder), "--db", str(db))
    run_cli("extract", "--db", str(db), "--workers", "1")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT organisation_ods FROM documents").fetchall() == [("R0A",)]
    assert conn.execute("SELECT event, organisation_id IS NOT NULL FROM events").fetchall() == [
        ("appointed", 1)
    ]


def test_an_address_that_names_the_trust_says_what_the_article_is_about(tmp_path, run_cli):
    """Trade press files articles under the trust's name: 'the trust' is that trust."""
    import json

    from nhs_leaders.crawler.register import home_ods, subject_ods

    url = "https://www.tradepress.example/walsall-healthcare-nhs-trust/new-finance-chief/7011111.article"
    assert subject_ods(url) == "RBK" and home_ods(url) == "RBK"
    assert subject_ods("https://www.tradepress.example/news/new-finance-chief") is None
    text = tmp_path / "article.txt"
    text.write_text(
        f"source: {url}\ntitle: New finance chief\ndate: 2024-05-01\n\n"
        "Amelia Rossiter has been appointed chief financial officer at the trust. She is director of finance "
        "at Sandwell and West Birmingham Hospitals NHS Trust.\n",
        encoding="utf-8",
    )
    events = [json.loads(x) for x in run_cli("annotate", str(text)).output.splitlines() if x.startswith("{")]
    assert ("Amelia Rossiter", "appointed", "RBK") in {
        (e["person"], e["event"], e["ods_code"]) for e in events
    }
