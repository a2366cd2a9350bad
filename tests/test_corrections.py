"""Corrections: reject / add / edit events, review queue, CSV round trip, gold export, survival of re-extraction.

The corpus (`tests/fixtures/corrections/`, original texts) makes two known mistakes: "Staff had expected Kit
Amberley to be appointed chief executive" is extracted as an appointment, and Idris Quennell's appointment
as chief executive of Leeds ("The top job ... will go to") is missed.
"""

from __future__ import annotations

import asyncio
import csv
import json
import shutil
import sqlite3

import pytest

from tests.conftest import REPO

CORPUS = REPO / "tests" / "fixtures" / "corrections"
SHEFFIELD = "Sheffield Children's NHS Foundation Trust"
LEEDS = "Leeds Teaching Hospitals NHS Trust"
CEO = "chief executive"
IDRIS_EVIDENCE = "The top job at Leeds Teaching Hospitals NHS Trust will go to Idris Quennell, the board confirmed this week."


@pytest.fixture
def corpus(tmp_path, run_cli):
    """The corpus copied to tmp_path, ingested and extracted through the CLI into a real SQLite file."""
    texts = tmp_path / "texts"
    texts.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, texts / path.name)
    db = str(tmp_path / "nhs.db")
    assert run_cli("ingest", "--db", db, str(texts)).exit_code == 0
    assert run_cli("extract", "--db", db).exit_code == 0
    return db, texts


def _url(texts, name: str) -> str:
    return (texts / name).resolve().as_uri()


def _q(db: str, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _holders(db: str, organisation: str) -> int:
    rows = _q(db, "SELECT holders FROM turnover WHERE organisation = ? AND role = ?", organisation, CEO)
    return rows[0][0] if rows else 0


def _reject_kit(run_cli, db, texts):
    result = run_cli(
        "corrections", "add", "--db", db, "--by", "tester", "--action", "reject",
        "--url", _url(texts, "02_sheffield_childrens_anniversary.txt"), "--person", "Kit Amberley",
        "--role", CEO, "--organisation", SHEFFIELD, "--event", "appointed",
        "--why", "staff expected it; it never happened",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def _add_idris(run_cli, db, texts):
    result = run_cli(
        "corrections", "add", "--db", db, "--by", "tester", "--action", "add",
        "--url", _url(texts, "04_leeds_new_leader.txt"), "--person", "Idris Quennell", "--role", CEO,
        "--organisation", LEEDS, "--event", "appointed", "--set", "date=2023-07-03",
        "--set", f"evidence={IDRIS_EVIDENCE}", "--why", "missed by the extractor",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def _snapshot(db: str) -> dict:
    return {
        "appointments": _q(
            db,
            "SELECT person, role, organisation, event, interim, effective_date, correction FROM appointments "
            "ORDER BY 1, 2, 3, 4, 6",
        ),
        "tenures": _q(
            db,
            "SELECT person, organisation, role, interim, start_date, end_date, end_basis FROM tenures "
            "ORDER BY 1, 2, 3, 5",
        ),
        "turnover": _q(db, "SELECT organisation, role, holders, spells FROM turnover ORDER BY 1, 2"),
    }


def test_reject_and_add_flow_downstream_and_survive_reprocess(corpus, run_cli, monkeypatch, tmp_path):
    db, texts = corpus
    # The known mistakes, before any correction.
    people = {r[0] for r in _q(db, "SELECT person FROM appointments WHERE event = 'appointed'")}
    assert "Kit Amberley" in people and "Idris Quennell" not in people
    # Sheffield: Nia Threlkeld, her predecessor Lionel Marchbank and the mistaken Kit Amberley.
    assert _holders(db, SHEFFIELD) == 3 and _holders(db, LEEDS) == 1

    _reject_kit(run_cli, db, texts)
    _add_idris(run_cli, db, texts)

    # appointments, events_extracted, tenures, turnover.
    people = {r[0] for r in _q(db, "SELECT person FROM appointments")}
    assert "Kit Amberley" not in people
    assert _q(db, "SELECT effective_date, correction FROM appointments WHERE person = 'Idris Quennell'") == [
        ("2023-07-03", "add")
    ]
    kit = _q(
        db, "SELECT corrected, corrections, suppressed FROM events_extracted WHERE person = 'Kit Amberley'"
    )
    assert kit == [(1, "reject", 1)]
    assert _holders(db, SHEFFIELD) == 2 and _holders(db, LEEDS) == 2
    tenures = {
        r[0]: r[1:]
        for r in _q(
            db, "SELECT person, start_date, end_date, end_basis FROM tenures WHERE organisation = ?", LEEDS
        )
    }
    assert tenures["Marlow Fenwick"] == ("2021-03-01", "2023-07-02", "successor")
    assert tenures["Idris Quennell"] == ("2023-07-03", None, None)
    assert not _q(db, "SELECT 1 FROM tenures WHERE person = 'Kit Amberley'")

    # report, export and --changes-out read the corrected data.
    report = run_cli("report", "--db", db, "--role", "all", "--years", "0")
    assert "Idris Quennell" in report.output and "Kit Amberley" not in report.output
    out = tmp_path / "events.csv"
    assert (
        run_cli("export", "--db", db, "--what", "events", "--format", "csv", "--out", str(out)).exit_code == 0
    )
    exported = {r["person"] for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert "Idris Quennell" in exported and "Kit Amberley" not in exported
    from nhs_leaders.store.changes import changes_in

    conn = sqlite3.connect(db)
    changes = {
        r["person"] for r in changes_in(conn, [r[0] for r in conn.execute("SELECT id FROM documents")])
    }
    conn.close()
    assert "Idris Quennell" in changes and "Kit Amberley" not in changes

    # A new extractor version re-extracts everything: both corrections still apply, nothing is duplicated.
    before = _snapshot(db)
    monkeypatch.setattr("nhs_leaders.store.landing.EXTRACTOR_VERSION", "99.0-test")
    result = run_cli("extract", "--db", db, "--reprocess")
    assert result.exit_code == 0 and json.loads(result.output)["documents"] == 4
    assert _q(db, "SELECT DISTINCT extractor_version FROM events") == [("99.0-test",)]
    assert _snapshot(db) == before
    assert _q(db, "SELECT COUNT(*) FROM appointments WHERE person = 'Idris Quennell'") == [(1,)]
    assert _q(db, "SELECT COUNT(*) FROM corrections") == [(2,)]

    # A database rebuilt from the same sources, given the corrections, says the same.
    rebuilt = str(tmp_path / "rebuilt.db")
    assert run_cli("ingest", "--db", rebuilt, str(texts)).exit_code == 0
    conn = sqlite3.connect(rebuilt)
    conn.execute("ATTACH DATABASE ? AS old", [db])
    conn.execute("INSERT INTO corrections SELECT * FROM old.corrections")
    conn.commit()
    conn.close()
    assert run_cli("extract", "--db", rebuilt).exit_code == 0
    assert _snapshot(rebuilt) == before


def _export(run_cli, db, path) -> list[dict]:
    result = run_cli("review", "--db", db, "--export", str(path))
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_review_csv_round_trip(corpus, run_cli, tmp_path):
    db, _ = corpus
    path = tmp_path / "review.csv"
    rows = _export(run_cli, db, path)
    assert {r["person"] for r in rows} == {
        "Lionel Marchbank",
        "Nia Threlkeld",
        "Marlow Fenwick",
        "Kit Amberley",
    }
    assert all(r["evidence"] and r["url"].startswith("file://") and r["reasons"] for r in rows)
    by_person = {r["person"]: r for r in rows}
    by_person["Lionel Marchbank"]["action"] = "accept"  # the predecessor Nia Threlkeld succeeds
    by_person["Kit Amberley"]["action"] = "reject"
    by_person["Marlow Fenwick"].update(action="edit", new_date="2021-04-01", new_interim="yes")
    by_person["Nia Threlkeld"]["action"] = "accept"
    _write(path, rows)

    result = run_cli("corrections", "import", "--db", db, "--by", "analyst", str(path))
    assert result.exit_code == 0, result.output
    assert "4 corrections imported" in result.output
    assert _q(
        db, "SELECT person, event, effective_date, interim, correction FROM appointments ORDER BY 1, 2"
    ) == [
        ("Lionel Marchbank", "departed", "2019-05", 0, "accept"),
        ("Marlow Fenwick", "appointed", "2021-04-01", 1, "edit"),
        ("Nia Threlkeld", "appointed", "2019-06-01", 0, "accept"),
        ("Nia Threlkeld", "holds", None, 0, None),  # document 02
    ]
    assert _q(
        db, "SELECT person, action, created_by, events_matched FROM corrections_status ORDER BY id"
    ) == [
        ("Lionel Marchbank", "accept", "analyst", 1),
        ("Nia Threlkeld", "accept", "analyst", 1),
        ("Marlow Fenwick", "edit", "analyst", 1),
        ("Kit Amberley", "reject", "analyst", 1),
    ]
    assert _q(db, "SELECT COUNT(*) FROM review_queue") == [(0,)]
    assert _export(run_cli, db, tmp_path / "again.csv") == []  # nothing left to review
    # the raw extraction is still there, marked
    assert _q(
        db, "SELECT effective_date, corrections FROM events_extracted WHERE person = 'Marlow Fenwick'"
    ) == [("2021-03-01", "edit")]


def test_bad_csv_is_refused_with_line_numbers_and_changes_nothing(corpus, run_cli, tmp_path):
    db, _ = corpus
    path = tmp_path / "review.csv"
    rows = _export(run_cli, db, path)
    before = _snapshot(db)
    rows[0]["action"] = "reject"  # line 2: fine on its own
    rows[1].update(action="edit", new_event="promoted")  # line 3: unknown event type
    rows[2].update(action="edit", new_date="2024-13-01")  # line 4: no 13th month
    ghost = dict(rows[0], action="reject", person="Nobody Atall")  # line 6: unknown event identity
    _write(path, [*rows, ghost])

    result = run_cli("corrections", "import", "--db", db, str(path))
    assert result.exit_code != 0
    assert "line 3: unknown event type 'promoted'" in result.output
    assert "line 4: date '2024-13-01'" in result.output
    assert "line 6: unknown event identity" in result.output
    assert "line 2" not in result.output
    assert _q(db, "SELECT COUNT(*) FROM corrections") == [(0,)]
    assert _snapshot(db) == before


def test_interactive_review_one_key_each(corpus, run_cli):
    db, _ = corpus
    order = [r[0] for r in _q(db, "SELECT person FROM review_queue ORDER BY rank")]
    assert order == ["Lionel Marchbank", "Nia Threlkeld", "Marlow Fenwick", "Kit Amberley"]
    keys = "a" + "a" + "e" + "\n\n\n\nyes\n2021-04-01\n" + "r"  # accept twice; edit interim and date; reject
    result = run_cli("review", "--db", db, "--by", "reviewer", input=keys)
    assert result.exit_code == 0, result.output
    assert "accepted 2, rejected 1, edited 1, skipped 0" in result.output
    assert "Staff had expected Kit Amberley" in result.output  # the evidence is shown
    assert _q(db, "SELECT action, change FROM corrections ORDER BY id") == [
        ("accept", None),
        ("accept", None),
        ("edit", '{"date": "2021-04-01", "interim": true}'),
        ("reject", None),
    ]
    assert not _q(db, "SELECT 1 FROM appointments WHERE person = 'Kit Amberley'")


def test_export_gold_scores_one_against_itself_and_evaluate_reads_it(corpus, run_cli, tmp_path):
    from nhs_leaders.nlp.evaluate import evaluate, load_gold

    db, texts = corpus
    _reject_kit(run_cli, db, texts)
    _add_idris(run_cli, db, texts)
    path = tmp_path / "review.csv"
    rows = _export(run_cli, db, path)
    for row in rows:
        row["action"] = "accept"
    _write(path, rows)
    assert run_cli("corrections", "import", "--db", db, str(path)).exit_code == 0
    gold_path = tmp_path / "gold" / "gold.jsonl"
    result = run_cli("corrections", "export-gold", "--db", db, "--out", str(gold_path))
    assert result.exit_code == 0, result.output
    # 01 and 03 accepted, 02 holds unreviewed but Kit rejected → 02 not fully reviewed; 04 has only the add.
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    by_title = {r["title"]: r for r in records}
    assert set(by_title) == {
        "Sheffield Children's names new chief executive",
        "Leeds trust names new chief executive",
        "New leader for Leeds hospitals",
    }
    assert by_title["New leader for Leeds hospitals"]["events"] == [
        {"person": "Idris Quennell", "role": CEO, "organisation": LEEDS, "event": "appointed", "interim": False,
         "date": "2023-07-03"}
    ]  # fmt: skip
    gold = load_gold(gold_path)
    as_predictions = [{**e, "doc": doc} for doc, events in gold.items() for e in events]
    score = evaluate(gold, as_predictions)
    assert (score.all.precision, score.all.recall) == (1.0, 1.0)
    # evaluate re-extracts the exported texts: the missed Idris Quennell is its one false negative.
    result = run_cli(
        "evaluate", "--gold", str(gold_path), "--texts", str(gold_path.parent / "texts"), "--details"
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["all"]["precision"] == 1.0 and summary["unknown_docs"] == []
    assert summary["all"]["recall"] < 1.0
    assert [json.loads(x[3:])["person"] for x in result.output.splitlines() if x.startswith("FN ")] == [
        "Idris Quennell"
    ]


def test_not_leadership_merge_and_split(corpus, run_cli):
    db, texts = corpus
    doc2 = _url(texts, "02_sheffield_childrens_anniversary.txt")

    def add(*args):
        result = run_cli("corrections", "add", "--db", db, *args)
        assert result.exit_code == 0, result.output

    add(
        "--action",
        "split",
        "--person",
        "Nia Threlkeld",
        "--url",
        doc2,
        "--set",
        "new_person=Nia Threlkeld (2)",
    )
    assert _q(db, "SELECT person, event FROM appointments WHERE document_id = 2 ORDER BY person") == [
        ("Kit Amberley", "appointed"),
        ("Nia Threlkeld (2)", "holds"),
    ]
    add("--action", "merge", "--person", "Marlow Fenwick", "--set", "into=Marlow J. Fenwick")
    assert _q(db, "SELECT person FROM tenures WHERE organisation = ?", LEEDS) == [("Marlow J. Fenwick",)]
    add("--action", "not_leadership", "--url", doc2)
    assert not _q(db, "SELECT 1 FROM appointments WHERE document_id = 2")
    assert _q(db, "SELECT COUNT(*) FROM events_extracted WHERE document_id = 2 AND suppressed = 1") == [(2,)]
    assert _holders(db, SHEFFIELD) == 2  # Nia Threlkeld and Lionel Marchbank, from the first text
    # A later correction of the same target replaces the earlier one.
    add("--action", "reviewed", "--url", doc2)
    assert _q(db, "SELECT action, in_force FROM corrections_status ORDER BY id") == [
        ("split", 1),
        ("merge", 1),
        ("not_leadership", 1),
        ("reviewed", 1),
    ]


def test_invalid_corrections_are_refused(corpus, run_cli):
    from nhs_leaders.store.corrections import parse_date

    db, texts = corpus
    with pytest.raises(ValueError):
        parse_date("2024-13-01")
    assert parse_date("2024-02") == ("2024-02", "month")
    result = run_cli(
        "corrections", "add", "--db", db, "--action", "reject", "--url", _url(texts, "03_leeds_appointment.txt"),
        "--person", "Marlow Fenwick", "--role", CEO, "--organisation", LEEDS, "--event", "departed",
    )  # fmt: skip
    assert result.exit_code != 0 and "unknown event identity" in result.output
    result = run_cli("corrections", "add", "--db", db, "--action", "add", "--url", "https://example.org/x")
    assert result.exit_code != 0 and "add needs person, role, event" in result.output
    assert _q(db, "SELECT COUNT(*) FROM corrections") == [(0,)]


def test_datasette_shows_the_queue_and_corrections(corpus, run_cli):
    pytest.importorskip("datasette")
    from nhs_leaders.analysis.datasette import database_name, datasette_app

    db, texts = corpus
    _reject_kit(run_cli, db, texts)
    ds = datasette_app(db)
    name = database_name(db)

    async def fetch():
        return {
            q: await ds.client.get(f"/{name}/{q}.json?_shape=array")
            for q in ("review_queue", "corrections_in_force", "corrected_extractions", "corrections_status")
        }

    pages = asyncio.run(fetch())
    assert {r["person"] for r in pages["review_queue"].json()} == {
        "Lionel Marchbank",
        "Nia Threlkeld",
        "Marlow Fenwick",
    }
    assert [r["action"] for r in pages["corrections_in_force"].json()] == ["reject"]
    assert [r["person_as_extracted"] for r in pages["corrected_extractions"].json()] == ["Kit Amberley"]
    assert pages["corrections_status"].status_code == 200


def test_an_added_event_the_extractor_finds_is_not_added_twice(corpus, run_cli):
    db, texts = corpus
    result = run_cli(
        "corrections", "add", "--db", db, "--action", "add", "--url", _url(texts, "03_leeds_appointment.txt"),
        "--person", "Marlow Fenwick", "--role", CEO, "--organisation", LEEDS, "--event", "appointed",
        "--set", "date=2021-03-01", "--set", "evidence=Leeds Teaching Hospitals NHS Trust has appointed Marlow Fenwick",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _q(db, "SELECT COUNT(*), MAX(correction) FROM appointments WHERE person = 'Marlow Fenwick'") == [
        (1, None)
    ]
    assert _q(db, "SELECT events_matched FROM corrections_status") == [(0,)]
