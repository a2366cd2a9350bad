"""CLI behaviour: documented commands, read-only query, ingest errors, exports, annotate --jsonl."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nhs_leaders.pipeline import cli

from tests.conftest import REPO, SEED
from tests.exportcheck import assert_export_matches


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


def _dump(path: str) -> list[str]:
    """Everything a write could change: schema, rows, and the header fields PRAGMAs set."""
    conn = sqlite3.connect(path)
    try:
        header = [
            f"{name}={conn.execute(f'PRAGMA {name}').fetchone()[0]}"
            for name in ("user_version", "application_id", "journal_mode", "auto_vacuum")
        ]
        return header + list(conn.iterdump())
    finally:
        conn.close()


# Each statement is one statement that succeeds on a writable copy of the database (checked below), so
# the only reason `query` can refuse it is that it does not write.
WRITES = [
    "DELETE FROM events",
    "DELETE FROM events RETURNING id",  # a write that returns rows like a SELECT
    "DROP TABLE events",
    "UPDATE people SET honorific = 'x'",
    "INSERT INTO people(name) VALUES ('x')",
    "WITH n AS (SELECT 'y' AS name) INSERT INTO people(name) SELECT name FROM n",
    "CREATE TABLE t(x)",
    "CREATE INDEX people_honorific ON people(honorific)",
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = DELETE",
    "ATTACH DATABASE '{other}' AS other",
    "VACUUM INTO '{other}'",
]


@pytest.mark.parametrize("statement", WRITES)
def test_query_is_read_only(run_cli, seeded_db, tmp_path, statement):
    import gc

    gc.collect()  # close connections `run` left to the garbage collector: they would hold a lock
    other = tmp_path / "other.db"
    statement = statement.format(other=other)
    before = _dump(seeded_db)
    # the statement is a real, valid write: on a writable copy it succeeds and changes something
    copy = tmp_path / "copy.db"
    src, dst = sqlite3.connect(seeded_db), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    assert _dump(str(copy)) == before
    writable = sqlite3.connect(copy, isolation_level=None)
    writable.execute(statement).fetchall()
    writable.close()
    assert _dump(str(copy)) != before or other.exists(), statement
    other.unlink(missing_ok=True)

    result = run_cli("query", "--db", seeded_db, statement)
    assert result.exit_code != 0, result.output
    assert "Error" in result.output
    assert _dump(seeded_db) == before
    assert not other.exists()


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


def test_annotate_reports_a_document_it_cannot_read_and_goes_on(run_cli, tmp_path):
    # A document the extractor fails on (here a JSON line whose text is null) is one line on stderr and exit
    # status 1; the other documents are still annotated (the evaluate command shares this path).
    lines = [
        {"id": "bad", "text": None},
        {
            "id": "good",
            "text": "Jane Okafor has been appointed chief executive of Leeds Teaching Hospitals NHS Trust.",
        },
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = run_cli("annotate", "--jsonl", str(source))
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["person"]) for r in out] == [("good", "Jane Okafor")]
    assert [line for line in result.stderr.splitlines() if line] == [
        "error: bad: extraction failed: TypeError: object of type 'NoneType' has no len()"
    ]


# what each export must hold, read straight from the tables (not through the export's own query)
EXPORT_SOURCES = {
    "events": ("SELECT * FROM appointments", "SELECT COUNT(*) FROM events"),
    "people": (
        "SELECT p.id, p.name, p.honorific, p.post_nominals, (SELECT group_concat(alias, '; ') FROM "
        "person_aliases a WHERE a.person_id = p.id) AS aliases, (SELECT COUNT(*) FROM events e WHERE "
        "e.person_id = p.id) AS events FROM people p",
        "SELECT COUNT(*) FROM people",
    ),
    "organisations": (
        "SELECT id, ods_code, name, kind, foundation_trust, region, opened, closed, successor FROM organisations",
        "SELECT COUNT(*) FROM organisations",
    ),
}


@pytest.mark.parametrize("what", ["events", "people", "organisations"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(run_cli, seeded_db, tmp_path, what, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run_cli("export", "--db", seeded_db, "--what", what, "--format", fmt, "--out", str(out))
    assert result.exit_code == 0
    rows = assert_export_matches(out, fmt, sqlite3.connect(seeded_db), *EXPORT_SOURCES[what])
    if what == "events":
        assert {r["person"] for r in rows} == {"Ian Dalton", "Dido Harding"}
        assert all(r["source_url"].startswith("file://") for r in rows)


def test_report_needs_a_database(run_cli, tmp_path):
    result = run_cli("report", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code != 0
    assert "run" in result.output


def test_seed_is_bundled():
    assert SEED.exists()
