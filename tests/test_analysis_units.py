"""Resolution and tenure rules on small synthetic inputs (no spaCy): names, organisation matching, moves, spells."""

from __future__ import annotations

from datetime import date

import pytest
from nhs_leaders.resolve.entities import (
    FUZZY_THRESHOLD,
    match_organisation,
    normalise_org,
    parse_name,
    resolve,
)
from nhs_leaders.resolve.organisations import _org_index
from nhs_leaders.resolve.people import _cluster_people, _EventRow

# ------------------------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    "name, first, initials, surname",
    [
        ("Jane Smith", "jane", ("j",), "smith"),
        ("Dr Jane Smith", "jane", ("j",), "smith"),
        ("Professor Sir Owen J. Castellan", "owen", ("o", "j"), "castellan"),
        ("R. Okonjo", "", ("r",), "okonjo"),
        ("JH Smith", "", ("j", "h"), "smith"),
        ("Ffion Tallis-Morgan", "ffion", ("f",), "tallismorgan"),
        ("Siobhán O’Neill CBE", "siobhan", ("s",), "oneill"),
        ("Okonjo", "", (), "okonjo"),
    ],
)
def test_parse_name(name, first, initials, surname):
    parts = parse_name(name)
    assert (parts.first, parts.initials, parts.surname) == (first, initials, surname)


def _rows(*specs) -> list[_EventRow]:
    """(name, organisation, role, year) → event rows with ids 1..n."""
    return [
        _EventRow(n, n, 0, role, "holds", name, ("id", org), date(year, 6, 1), n)
        for n, (name, org, role, year) in enumerate(specs, 1)
    ]


def _names(rows) -> list[tuple[str, str]]:
    assignment, _ = _cluster_people(rows)
    return [assignment[r.id] for r in rows]


def test_variants_of_one_name_are_one_person():
    rows = _rows(
        ("Owen J. Castellan", 1, "chief executive", 2017),
        ("Owen Castellan", 1, "chief executive", 2018),
        ("Dr Owen Castellan", 2, "chair", 2022),
        ("O. Castellan", 1, "chief executive", 2018),
    )
    assert {name for name, _ in _names(rows)} == {"Owen J. Castellan"}


def test_canonical_name_is_the_plain_form():
    rows = _rows(
        ("Dr Jane Smith", 1, "chair", 2017),
        ("Dr Jane Smith", 1, "chair", 2018),
        ("Jane Smith", 1, "chair", 2019),
    )
    assert {n for n, _ in _names(rows)} == {"Jane Smith"}


def test_conflicting_middle_initials_are_two_people():
    rows = _rows(("Owen J. Castellan", 1, "chief executive", 2017), ("Owen K. Castellan", 2, "chair", 2017))
    assert [n for n, _ in _names(rows)] == ["Owen J. Castellan", "Owen K. Castellan"]


def test_initials_follow_organisation_role_and_time_context():
    rows = _rows(
        ("Francis Doyle", 1, "chief executive", 2021),
        ("Fiona Doyle", 2, "chair", 2018),
        ("F. Doyle", 2, "chair", 2020),
        ("F. Doyle", 1, "chief executive", 2021),
        ("F. Doyle", 3, "medical director", 2030),
    )
    assert _names(rows)[2:] == [
        ("Fiona Doyle", "context"),
        ("Francis Doyle", "context"),
        ("F. Doyle", "unmatched"),
    ]


def test_initials_with_one_candidate_and_different_first_names():
    rows = _rows(
        ("Rachel Okonjo", 1, "chief executive", 2014),
        ("R. Okonjo", 1, "chief executive", 2014),
        ("Samuel Okonjo", 2, "chair", 2014),
        ("Tallis Morgan", 5, "chair", 2014),
    )
    assert _names(rows) == [
        ("Rachel Okonjo", "exact"),
        ("Rachel Okonjo", "initials"),
        ("Samuel Okonjo", "exact"),
        ("Tallis Morgan", "exact"),
    ]


def test_familiar_names_need_a_shared_organisation():
    together = _rows(("Robert Hale", 1, "chair", 2015), ("Bob Hale", 1, "chair", 2016))
    apart = _rows(("Robert Hale", 1, "chair", 2015), ("Bob Hale", 2, "chair", 2016))
    assert {n for n, _ in _names(together)} == {"Robert Hale"}
    assert {n for n, _ in _names(apart)} == {"Robert Hale", "Bob Hale"}


def test_spelling_of_double_barrelled_surnames():
    rows = _rows(("Ffion Tallis-Morgan", 1, "chair", 2015), ("Ffion Tallis Morgan", 1, "chair", 2016))
    assert len({n for n, _ in _names(rows)}) == 1


# -------------------------------------------------------------------------------------------- organisations


def test_normalise_org():
    assert (
        normalise_org("The Royal Bournemouth & Christchurch Hospitals")
        == "royal bournemouth and christchurch hospitals"
    )
    assert normalise_org("King’s College Hospital") == "kings college hospital"


@pytest.mark.parametrize(
    "text, name, method",
    [
        (
            "the sherwood forest hospitals NHS foundation trust",
            "Sherwood Forest Hospitals NHS Foundation Trust",
            "alias",
        ),
        (
            "North Tees & Hartlepool NHS Foundation Trust",
            "North Tees and Hartlepool NHS Foundation Trust",
            "alias",
        ),
        ("SFHFT", "Sherwood Forest Hospitals NHS Foundation Trust", "acronym"),
        (
            "Sherwood Forrest Hospitals NHS Foundation Trust",
            "Sherwood Forest Hospitals NHS Foundation Trust",
            "fuzzy",
        ),
        ("Walsall Health Care NHS Trust", "Walsall Healthcare NHS Trust", "fuzzy"),
        (
            "Northshire Community Healthcare NHS Trust",
            None,
            "unresolved",
        ),  # 92.5 v Cheshire, but "northshire" ≠ "cheshire"
        ("Westshire Hospitals NHS Trust", None, "unresolved"),
        ("Acme Consulting", None, "unresolved"),
    ],
)
def test_match_organisation(db, text, name, method):
    org_id, got_method, score, _ = match_organisation(text, _org_index(db))
    got = db.execute("SELECT name FROM organisations WHERE id = ?", [org_id]).fetchone() if org_id else None
    assert (got[0] if got else None, got_method) == (name, method)
    if method == "fuzzy":
        assert score >= FUZZY_THRESHOLD


def test_acronym_needs_document_context_when_ambiguous(db):
    # "DCHFT" fits two trusts: Dorset County Hospital (RBD) and Derbyshire Community Health Services (RY8)
    index = _org_index(db)
    ids = dict(
        db.execute(
            "SELECT ods_code, id FROM organisations WHERE ods_code IN ('RBD', 'RY8', 'RK5')"
        ).fetchall()
    )
    dorset, derbyshire, sherwood = ids["RBD"], ids["RY8"], ids["RK5"]
    # the document names one of them: that one, and the method says why
    assert match_organisation("DCHFT", index, {dorset}) == (dorset, "acronym (document context)", None, None)
    assert match_organisation("DCHFT", index, {derbyshire}) == (
        derbyshire,
        "acronym (document context)",
        None,
        None,
    )
    # no context, both in context, or only an unrelated trust in context: unresolved, a candidate kept
    for context in (set(), {dorset, derbyshire}, {sherwood}):
        assert match_organisation("DCHFT", index, context) == (
            None,
            "unresolved",
            None,
            min(dorset, derbyshire),
        ), context


# ----------------------------------------------------------------------------------------- moves & spells


def _doc(db, name: str, published: str | None, source: str = "Paper") -> int:
    cur = db.execute(
        "INSERT INTO documents(url, source, title, published, text, content_type) VALUES (?, ?, ?, ?, ?, "
        "'text')",
        [f"file:///{name}", source, name, published, "text"],
    )
    return cur.lastrowid


def _events(db, doc_id: int, *events: dict) -> None:
    from nhs_leaders.store.events import replace_document_events

    rows = []
    for n, e in enumerate(events):
        org = e.get("ods", "RK5")
        rows.append(
            {
                "person": e["person"],
                "role": e.get("role", "chief executive"),
                "role_text": None,
                "organisation": e.get("organisation", org),
                "org_key": e.get("org_key", org),
                "event": e["event"],
                "interim": e.get("interim", False),
                "date": e.get("date"),
                "date_precision": e.get("precision", "day" if e.get("date") else None),
                "evidence": f"{e['person']} {e['event']}",
                "start": n * 10,
                "end": n * 10 + 5,
                "sentence_start": n * 10,
                "confidence": e.get("confidence", 0.8),
            }
        )
    replace_document_events(db, doc_id, rows, "test")


def _spells(db, role="chief executive"):
    return db.execute(
        "SELECT person, ods_code, interim, start_date, start_basis, end_date, end_basis FROM tenures "
        "WHERE role = ? ORDER BY ods_code, start_date, person",
        [role],
    ).fetchall()


def test_same_publisher_is_one_source_and_refined_dates_agree(db):
    a = _doc(db, "a", "2024-02-20", "Chronicle")
    b = _doc(db, "b", "2024-02-21", "Chronicle")
    c = _doc(db, "c", "2024-03-05", "Bulletin")
    _events(db, a, {"person": "Dan Whitcombe", "event": "appointed", "date": "2024-05-01"})
    _events(db, b, {"person": "Dan Whitcombe", "event": "appointed", "date": "2024-05-01", "confidence": 0.5})
    _events(db, c, {"person": "Dan Whitcombe", "event": "appointed", "date": "2024-05", "precision": "month"})
    resolve(db)
    row = db.execute(
        "SELECT sources, documents, conflict, effective_date, announced_date, confidence FROM moves"
    ).fetchall()
    assert row == [(2, 3, 0, "2024-05-01", "2024-02-20", pytest.approx(1 - 0.2 * 0.2))]


def test_reappointment_years_later_is_a_second_move_but_one_spell(db):
    a = _doc(db, "a", "2015-01-10")
    b = _doc(db, "b", "2018-01-10")
    _events(db, a, {"person": "Ann Chair", "role": "chair", "event": "appointed", "date": "2015-02-01"})
    _events(db, b, {"person": "Ann Chair", "role": "chair", "event": "appointed", "date": "2018-02-01"})
    resolve(db)
    assert db.execute("SELECT COUNT(*) FROM moves").fetchone()[0] == 2
    assert _spells(db, "chair") == [("Ann Chair", "RK5", 0, "2015-02-01", "stated", None, None)]
    kinds = sorted(r[0] for r in db.execute("SELECT kind FROM spell_events"))
    assert kinds == ["reappointment", "start"]


def test_observed_spells_successors_and_overlaps(db):
    docs = [
        _doc(db, f"d{n}", day)
        for n, day in enumerate(["2016-03-01", "2018-05-01", "2019-01-15", "2019-06-01"])
    ]
    # a non-executive post is held by several people at once: no successor rule
    _events(
        db,
        docs[0],
        {"person": "Olu Seen", "event": "holds"},
        {"person": "Ned One", "role": "non-executive director", "event": "holds"},
    )
    _events(db, docs[1], {"person": "Olu Seen", "event": "holds"})
    _events(db, docs[2], {"person": "Nia Next", "event": "appointed", "date": "2019-02-01"})
    _events(
        db,
        docs[3],
        {"person": "Ned Two", "role": "non-executive director", "event": "appointed", "date": "2019-07-01"},
    )
    resolve(db)
    assert _spells(db) == [
        ("Olu Seen", "RK5", 0, "2016-03-01", "first_seen", "2019-01-31", "successor"),
        ("Nia Next", "RK5", 0, "2019-02-01", "stated", None, None),
    ]
    neds = _spells(db, "non-executive director")
    assert [(p, end) for p, _o, _i, _s, _b, end, _e in neds] == [("Ned One", None), ("Ned Two", None)]


def test_holder_seen_after_the_next_start_stays_open(db):
    a = _doc(db, "a", "2019-01-01")
    b = _doc(db, "b", "2020-06-01")
    _events(
        db,
        a,
        {"person": "Cara First", "event": "appointed", "date": "2019-02-01"},
        {"person": "Ira Cover", "event": "appointed", "interim": True, "date": "2019-09-01"},
    )
    _events(db, b, {"person": "Cara First", "event": "holds"})
    resolve(db)
    assert [(p, end) for p, *_rest, end, _basis in _spells(db)] == [("Cara First", None), ("Ira Cover", None)]


def test_closure_ends_open_spells_and_undated_departures_close(db):
    a = _doc(db, "a", "2015-01-01")
    b = _doc(db, "b", None)
    _events(db, a, {"person": "Pat Poole", "ods": "RD3", "event": "appointed", "date": "2015-04-01"})
    _events(
        db,
        b,
        {"person": "Una Dated", "ods": "RNQ", "event": "appointed"},
        {"person": "Una Dated", "ods": "RNQ", "event": "departed"},
    )
    resolve(db)
    assert _spells(db) == [
        ("Pat Poole", "RD3", 0, "2015-04-01", "stated", "2020-09-30", "organisation closed"),
        ("Una Dated", "RNQ", 0, None, None, None, "undated"),
    ]
    assert db.execute("SELECT is_open, tenure_days FROM tenures WHERE person = 'Una Dated'").fetchone() == (
        0,
        None,
    )


def test_merging_two_forms_in_one_document_drops_the_duplicate(db):
    a = _doc(db, "a", "2020-01-01")
    _events(db, a, {"person": "John Smith", "event": "holds"}, {"person": "J. Smith", "event": "holds"})
    result = resolve(db)
    assert result.counts["duplicate_events_removed"] == 1
    assert [r[0] for r in db.execute("SELECT name FROM people")] == ["John Smith"]
    assert resolve(db).skipped


def test_appointment_elsewhere_ends_the_old_post_unless_it_is_a_group_post(db):
    a = _doc(db, "a", "2015-01-01")
    b = _doc(db, "b", "2019-01-01")
    _events(
        db,
        a,
        {"person": "Mo Mover", "ods": "RNQ", "event": "appointed", "date": "2015-02-01"},
        {"person": "Gil Group", "ods": "RNQ", "event": "appointed", "date": "2015-02-01"},
    )
    _events(
        db,
        b,
        {"person": "Mo Mover", "ods": "RNS", "event": "appointed", "date": "2019-03-01"},
        {"person": "Gil Group", "ods": "RNS", "event": "appointed", "date": "2019-03-01"},
    )
    db.execute(
        "UPDATE events SET role_text = 'group chief executive' WHERE document_id = ? AND person_id = "
        "(SELECT id FROM people WHERE name = 'Gil Group')",
        [b],
    )
    resolve(db)
    rows = [(p, o, end, basis) for p, o, _i, _s, _b, end, basis in _spells(db)]
    assert sorted(rows) == [
        ("Gil Group", "RNQ", None, None),
        ("Gil Group", "RNS", None, None),
        ("Mo Mover", "RNQ", "2019-02-28", "moved"),
        ("Mo Mover", "RNS", None, None),
    ]
