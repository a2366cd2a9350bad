"""The first ten minutes: `nhs-leaders demo` on the bundled demo corpus, the report at 80 columns,
README example 9 through `query --param`, and the resolved exports' completeness."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`demo` run once through the real CLI; returns (database path, charts folder, output)."""
    from click.testing import CliRunner
    from nhs_leaders.pipeline import cli

    folder = tmp_path_factory.mktemp("demo")
    db, charts = folder / "demo.db", folder / "charts"
    result = CliRunner().invoke(
        cli, ["demo", "--db", str(db), "--png", str(charts)], env={"COLUMNS": "80"}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return db, charts, result


def test_demo_prints_a_chief_executive_timeline_and_writes_charts(demo):
    _, charts, result = demo
    out = result.stdout
    assert "Churn ranking: chief executive" in out
    assert "Sherwood Forest Hospitals NHS Foundation Trust (RK5)" in out
    for name in ("Margaret Ellery", "Lydia Marchetti", "Whitcombe"):  # 80 columns: long names wrap
        assert name in out
    pngs = sorted(p.name for p in charts.glob("*.png"))
    assert "churn_ranking.png" in pngs and any(p.startswith("timeline-") for p in pngs)
    assert all((charts / p).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert "43 documents" in result.stderr


def test_demo_report_is_readable_at_80_columns(demo):
    out = demo[2].stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    # no word or date split across lines: every table border row closes, dates stay whole
    table_rows = [line for line in lines if line.startswith("│")]
    assert table_rows and all(line.rstrip().endswith("│") for line in table_rows)
    assert "2013-10-01" in out and "Organisation" in out and "Organi\n" not in out
    assert not re.search(r"\b\d{4}-\d{0,1}$", out, re.MULTILINE)


def test_report_keeps_every_column_when_wide(run_cli, demo):
    result = run_cli("report", "--db", str(demo[0]), "--as-of", "2024-12-31")
    assert "Interim share" in result.output and "Timeline" in result.output  # 160 columns when piped


def _readme_query(number: int) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split(f"#### {number}.", 1)[1]
    return section.split("```sql", 1)[1].split("```", 1)[0].strip()


def test_readme_example_9_with_param(run_cli, demo):
    sql = _readme_query(9)
    assert ":person" in sql
    result = run_cli(
        "query", "--db", str(demo[0]), "--format", "json", "--param", "person=Lydia Marchetti", sql
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["organisation"], r["interim"], r["start_date"]) for r in rows][:2] == [
        ("Sherwood Forest Hospitals NHS Foundation Trust", 1, "2018-09-01"),
        ("Sherwood Forest Hospitals NHS Foundation Trust", 0, "2019-02-01"),
    ]


def test_moves_export_carries_text_as_written_and_offsets(run_cli, demo, tmp_path):
    out = tmp_path / "moves.jsonl"
    args = ("export", "--db", str(demo[0]), "--what", "moves", "--format", "jsonl", "--out", str(out))
    assert run_cli(*args).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {"role_text", "organisation_text", "note", "char_start", "char_end"} <= set(rows[0])
    assert all(r["char_end"] > r["char_start"] for r in rows if r["char_start"] is not None)
