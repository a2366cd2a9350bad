"""`run` with sources: crawl (here a `files` source, no network) + extract + report, as one command."""

from __future__ import annotations

import sqlite3

from tests.conftest import REPO


def test_run_with_a_sources_file(run_cli, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nname = "local-seeds"\nkind = "news"\nfiles = ["%s"]\n' % (REPO / "seeds"),
        encoding="utf-8",
    )
    db = tmp_path / "nhs.db"
    result = run_cli("run", "--db", str(db), "--sources", str(sources))
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    people = {p for (p,) in conn.execute("SELECT person FROM appointments")}
    assert people == {"Ian Dalton", "Dido Harding"}
    counts = conn.execute("SELECT counts FROM runs WHERE command = 'run'").fetchone()[0]
    assert '"crawl"' in counts


def test_crawl_command_rejects_an_unknown_source(run_cli, tmp_path):
    result = run_cli("crawl", "--db", str(tmp_path / "nhs.db"), "--source", "no-such-source")
    assert result.exit_code != 0
    assert "no-such-source" in result.output
