"""The user's seed document: exactly the two facts, the organisations with ODS codes, idempotent runs."""

from __future__ import annotations

import json

from tests.conftest import SEED


def test_annotate_seed_gives_exactly_the_two_holds(run_cli):
    result = run_cli("annotate", str(SEED))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    facts = {(r["person"], r["role"], r["organisation"], r["event"]) for r in records}
    assert facts == {
        ("Ian Dalton", "chief executive", "NHS Improvement", "holds"),
        ("Dido Harding", "chair", "NHS Improvement", "holds"),
    }
    for record in records:
        assert set(record) == {
            "doc",
            "person",
            "role",
            "organisation",
            "ods_code",
            "event",
            "interim",
            "date",
            "evidence",
            "start",
            "end",
            "confidence",
        }
        assert record["doc"] == SEED.stem
        text = SEED.read_text(encoding="utf-8")
        assert text[record["start"] : record["end"]].strip() == record["evidence"]
    dalton = next(r for r in records if r["person"] == "Ian Dalton")
    assert "Mr Dalton" in dalton["evidence"] or "Ian Dalton" in dalton["evidence"]


def test_run_on_seeds_is_idempotent_and_names_the_trusts(run_cli, tmp_path):
    db_path = str(tmp_path / "nhs.db")
    first = run_cli("run", "--db", db_path)
    assert first.exit_code == 0, first.output
    assert "Ian Dalton" in first.output and "Dido Harding" in first.output

    import sqlite3

    def counts():
        conn = sqlite3.connect(db_path)
        tables = (
            "documents",
            "events",
            "people",
            "organisation_mentions",
            "organisations",
            "organisation_aliases",
        )
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def content():
        """Every stored column of documents (but fetched_at, the time of the latest fetch) and events."""
        conn = sqlite3.connect(db_path)
        columns = [c[1] for c in conn.execute("PRAGMA table_info(documents)") if c[1] != "fetched_at"]
        documents = conn.execute(f"SELECT {', '.join(columns)} FROM documents ORDER BY id").fetchall()
        events = conn.execute("SELECT * FROM events ORDER BY id").fetchall()
        conn.close()
        return dict(zip(columns, zip(*documents))), events

    # mark the first extraction with a time no rerun can write (timestamps are to the second, and the
    # rerun may fall in the same second): a re-extraction would overwrite it
    marker = sqlite3.connect(db_path)
    with marker:
        assert marker.execute("UPDATE documents SET extracted_at = '2000-01-01T00:00:00+00:00'").rowcount
    marker.close()
    before, (documents_before, events_before) = counts(), content()
    assert events_before
    second = run_cli("run", "--db", db_path)
    assert second.exit_code == 0
    assert counts() == before
    documents_after, events_after = content()
    # the unchanged seed is not extracted again: same extraction time, same event rows (ids included)
    assert documents_after["extracted_at"] == documents_before["extracted_at"]
    assert documents_after == documents_before
    assert events_after == events_before
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT person, role, organisation, event FROM appointments ORDER BY person"
    ).fetchall()
    assert rows == [
        ("Dido Harding", "chair", "NHS Improvement", "holds"),
        ("Ian Dalton", "chief executive", "NHS Improvement", "holds"),
    ]
    mentioned = dict(
        conn.execute(
            "SELECT m.text, o.ods_code FROM organisation_mentions m JOIN organisations o ON o.id = m.organisation_id"
        ).fetchall()
    )
    assert mentioned["Salford Royal Foundation Trust"] == "RM3"
    assert mentioned["Pennine Acute Hospitals Trust"] == "RW6"
    assert mentioned["NHSI"] is None  # national body: no ODS code, but resolved
    nhsi = conn.execute(
        "SELECT o.name FROM organisation_mentions m JOIN organisations o ON o.id = m.organisation_id "
        "WHERE m.text = 'NHSI'"
    ).fetchone()
    assert nhsi == ("NHS Improvement",)
    runs = conn.execute("SELECT command, status FROM runs").fetchall()
    assert runs == [("run", "ok"), ("run", "ok")]


def test_no_event_for_unnamed_people_or_turnover_figures(nlp):
    from nhs_leaders.nlp.pipeline import extract_events

    text = SEED.read_text(encoding="utf-8")
    (result,) = list(extract_events(nlp, [(text, None, None)]))
    assert all(e.role != "chief people officer" for e in result.events)
    assert len(result.events) == 2  # nothing for "one trust where there had been 11 chief executives"
