"""CLI behaviour: documented commands, read-only query, ingest errors, exports, annotate --jsonl."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nhs_leaders.pipeline import cli

from tests.conftest import REPO, SEED


def test_every_command_is_documented_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"pipeline.py {name}" in readme or f"nhs-leaders {name}" in readme, name


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_example(run_cli, name):
    result = run_cli(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.fixture
def seeded_db(run_cli, tmp_path):
    path = str(tmp_path / "nhs.db")
    assert run_cli("run", "--db", path).exit_code == 0
    return path


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM events",
        "DROP TABLE events",
        "UPDATE people SET name = 'x'",
        "INSERT INTO people(name) VALUES ('x')",
        "PRAGMA journal_mode=DELETE",
        "ATTACH DATABASE 'other.db' AS other",
        "SELECT 1; DELETE FROM events",
        "CREATE TABLE t(x)",
    ],
)
def test_query_is_read_only(run_cli, seeded_db, statement):
    before = sqlite3.connect(seeded_db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    result = run_cli("query", "--db", seeded_db, statement)
    assert result.exit_code != 0
    assert "Error" in result.output
    conn = sqlite3.connect(seeded_db)
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == before
    assert conn.execute("SELECT name FROM people WHERE name = 'x'").fetchone() is None


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_query_formats(run_cli, seeded_db, fmt):
    result = run_cli("query", "--db", seeded_db, "--format", fmt, "SELECT person, role FROM appointments")
    assert result.exit_code == 0
    assert "Ian Dalton" in result.output
    if fmt == "json":
        assert {"person": "Ian Dalton", "role": "chief executive"} in json.loads(result.output)


def test_ingest_bad_files_logs_errors_and_keeps_the_rest(run_cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.html").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes(
        "title: Caf\xe9 news\n\nJane Sm\xeeth was named chair.".encode("cp1252")
    )
    (folder / "good.txt").write_text("title: Good\ndate: 2020-01-02\n\nA good article.", encoding="utf-8")
    (folder / "notes.odt").write_bytes(b"PK\x03\x04 not really")
    db_path = str(tmp_path / "nhs.db")
    result = run_cli("ingest", "--db", db_path, str(folder))
    assert result.exit_code == 1
    conn = sqlite3.connect(db_path)
    rows = {
        r[0].rsplit("/", 1)[1]: r[1:]
        for r in conn.execute("SELECT url, text, error, title, published FROM documents")
    }
    assert rows["good.txt"][0] == "A good article." and rows["good.txt"][3] == "2020-01-02"
    assert rows["latin.txt"][0].startswith("Jane Sm") and rows["latin.txt"][2] == "Café news"
    assert "binary" in rows["junk.html"][1]
    assert "empty" in rows["empty.txt"][1]
    assert "notes.odt" not in rows and "skipped:" in result.output  # not a document type: skipped
    assert conn.execute("SELECT status FROM runs").fetchone() == ("partial",)
    assert "junk.html" in result.output


def test_annotate_jsonl_uses_published_date(run_cli, tmp_path):
    lines = [
        {
            "id": "a1",
            "text": "Jane Okafor has been appointed chief executive of Leeds Teaching Hospitals NHS Trust "
            "and will take up the post on 1 April.",
            "published": "2021-11-05",
        },
        {"id": "a2", "text": "Nothing to see here."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = run_cli("annotate", "--jsonl", str(source))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["doc"], r["person"], r["event"], r["date"], r["ods_code"]) for r in records] == [
        ("a1", "Jane Okafor", "appointed", "2022-04-01", "RR8")
    ]


@pytest.mark.parametrize("what", ["events", "people", "organisations"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(run_cli, seeded_db, tmp_path, what, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run_cli("export", "--db", seeded_db, "--what", what, "--format", fmt, "--out", str(out))
    assert result.exit_code == 0
    assert out.stat().st_size > 0
    if fmt == "jsonl" and what == "events":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["person"] for r in rows} == {"Ian Dalton", "Dido Harding"}
        assert all(r["source_url"].startswith("file://") for r in rows)


def test_report_needs_a_database(run_cli, tmp_path):
    result = run_cli("report", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code != 0
    assert "run" in result.output


def test_seed_is_bundled():
    assert SEED.exists()
