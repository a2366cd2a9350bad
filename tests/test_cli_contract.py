"""CLI contract items (issue 12): --version, query --param, date and role types, folder ingest skips."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nhs_leaders import __version__

from tests.conftest import SEED


@pytest.fixture
def seed_db(run_cli, tmp_path) -> str:
    path = str(tmp_path / "nhs.db")
    assert run_cli("ingest", "--db", path, str(SEED)).exit_code == 0
    assert run_cli("extract", "--db", path).exit_code == 0
    return path


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"nhs-leaders, version {__version__}"


def test_query_param_binds_named_parameters(run_cli, seed_db):
    sql = "SELECT person, role FROM appointments WHERE person = :person"
    result = run_cli("query", "--db", seed_db, "--format", "json", "--param", "person=Ian Dalton", sql)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"person": "Ian Dalton", "role": "chief executive"}]
    other = run_cli("query", "--db", seed_db, "--format", "json", "--param", "person=Nobody", sql)
    assert json.loads(other.output) == []


@pytest.mark.parametrize("bad", ["person", "=x", "1x=y"])
def test_query_param_needs_name_equals_value(run_cli, seed_db, bad):
    result = run_cli("query", "--db", seed_db, "--param", bad, "SELECT :person")
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("value", ["banana", "2024-13-01", "2024-02-30", "1/2/2024"])
def test_as_of_must_be_a_date(run_cli, seed_db, value):
    result = run_cli("report", "--db", seed_db, "--as-of", value)
    assert result.exit_code == 2
    assert "Invalid value for '--as-of'" in result.output and "YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_role_aliases_and_unknown_roles(run_cli, seed_db):
    canonical = run_cli("report", "--db", seed_db, "--role", "chief executive", "--as-of", "2022-01-01")
    alias = run_cli("report", "--db", seed_db, "--role", "ceo", "--as-of", "2022-01-01")
    assert canonical.exit_code == alias.exit_code == 0
    assert "Churn ranking: chief executive" in alias.output and "Ian Dalton" in alias.output
    assert alias.output == canonical.output
    unknown = run_cli("report", "--db", seed_db, "--role", "wizard")
    assert unknown.exit_code == 2 and "unknown role 'wizard'" in unknown.output


def test_folder_ingest_skips_non_documents_and_its_own_files(run_cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "title: A\ndate: 2020-01-02\n\nJane Okafor was named chair.", encoding="utf-8"
    )
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "notes.odt").write_bytes(b"PK\x03\x04 not really")
    db_path = str(folder / "nhs.db")
    first = run_cli("ingest", "--db", db_path, str(folder))
    (folder / "nhs.db.lock").write_text("")
    (folder / "nhs-leaders.log").write_text("INFO something\n")
    (folder / "nhs-leaders.log.1").write_text("INFO older\n")
    second = run_cli("ingest", "--db", db_path, str(folder))  # the database, -wal and -shm exist now
    assert first.exit_code == second.exit_code == 0, second.output
    conn = sqlite3.connect(db_path)
    urls = [u for (u,) in conn.execute("SELECT url FROM documents")]
    assert [u.rsplit("/", 1)[1] for u in urls] == ["a.txt"]
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE error IS NOT NULL").fetchone() == (0,)
    skipped = [line for line in second.output.splitlines() if line.startswith("skipped: ")]
    names = {line.split()[1].rsplit("/", 1)[1] for line in skipped}
    assert {
        "photo.png",
        "notes.odt",
        "nhs.db",
        "nhs.db.lock",
        "nhs-leaders.log",
        "nhs-leaders.log.1",
    } <= names
    assert "a.txt" not in names
    assert json.loads(second.stdout.strip().splitlines()[-1])["skipped"] == len(skipped)


def test_readme_ingest_then_extract_with_a_photo_in_the_folder(run_cli, tmp_path):
    """README: `ingest ~/articles/ && extract` must not stop at a photo."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    db_path = str(tmp_path / "nhs.db")
    assert run_cli("ingest", "--db", db_path, str(folder)).exit_code == 0
    assert run_cli("extract", "--db", db_path).exit_code == 0


def test_changes_file_header_is_full_on_a_day_without_changes(tmp_path):
    from nhs_leaders.store.changes import CHANGES_COLUMNS, write_changes

    out = tmp_path / "changes.csv"
    assert write_changes([], out) == 0
    header = out.read_text(encoding="utf-8").splitlines()
    assert header == [",".join(CHANGES_COLUMNS)]
    assert {"person", "role", "organisation", "role_text", "organisation_text", "note"} <= set(
        CHANGES_COLUMNS
    )
    assert {"char_start", "char_end", "evidence", "source_url"} <= set(CHANGES_COLUMNS)


@pytest.mark.parametrize("what", ["events"])  # moves: tests/test_demo.py (the seed has none)
def test_exports_carry_the_text_as_written_notes_and_offsets(run_cli, seed_db, tmp_path, what):
    out = tmp_path / f"{what}.jsonl"
    result = run_cli("export", "--db", seed_db, "--what", what, "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows
    for column in ("role_text", "organisation_text", "note", "char_start", "char_end"):
        assert column in rows[0], column
    dalton = next(r for r in rows if r["person"] == "Ian Dalton")
    assert dalton["role_text"] and dalton["char_end"] > dalton["char_start"]


def test_appointments_view_carries_role_text_organisation_text_and_note(seed_db):
    conn = sqlite3.connect(seed_db)
    columns = [c[1] for c in conn.execute("PRAGMA table_info(appointments)")]
    assert {"role_text", "organisation_text", "note", "char_start", "char_end", "sentence_start"} <= set(
        columns
    )
