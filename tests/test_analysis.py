"""Resolution, moves, tenures, turnover, charts, exports, README queries and Datasette over the turnover
fixture corpus (tests/fixtures/turnover), loaded once through the real pipeline: ingest → extract → resolve.

Expected figures come from tests/fixtures/turnover/truth.json, recomputed here by plain arithmetic, plus a
few anchors written out by hand (11 chief executives in 14 years, 3 interim spells...).
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import sqlite3
from datetime import date, timedelta
from statistics import mean, median

import pytest
from click.testing import CliRunner

from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "turnover"
TRUTH = json.loads((FIXTURE / "truth.json").read_text(encoding="utf-8"))
AS_OF = date.fromisoformat(TRUTH["as_of"])
YEARS = TRUTH["years"]
WINDOW_START = date(AS_OF.year - YEARS, AS_OF.month, AS_OF.day) + timedelta(days=1)


def _cli(*args: str):
    from nhs_leaders.pipeline import cli

    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory):
    """The fixture corpus through the real CLI (ingest, extract), then resolution. Built once per module."""
    from nhs_leaders.resolve.entities import refresh

    path = tmp_path_factory.mktemp("turnover") / "turnover.db"
    _cli("ingest", "--db", str(path), str(FIXTURE / "texts"))
    _cli("extract", "--db", str(path))
    assert refresh(path).skipped  # `extract` already brought the resolved tables up to date
    return path


@pytest.fixture
def conn(fixture_db):
    from nhs_leaders.store import open_readonly

    connection = open_readonly(fixture_db)
    yield connection
    connection.close()


def _d(value):
    return date.fromisoformat(value) if value else None


def _post(spell: dict) -> str:
    return spell["ods"] or spell["organisation"]


# ------------------------------------------------------------------------------------------- resolution


def test_tenures_match_the_known_truth_exactly(conn):
    rows = conn.execute(
        "SELECT person, COALESCE(ods_code, organisation), role, interim, start_date, start_basis, end_date, end_basis "
        "FROM tenures"
    ).fetchall()
    expected = [
        (
            s["person"],
            _post(s),
            s["role"],
            int(s["interim"]),
            s["start"],
            s["start_basis"],
            s["end"],
            s["end_basis"],
        )
        for s in TRUTH["spells"]
    ]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)


def test_every_bound_links_to_its_evidence(conn):
    rows = conn.execute(
        "SELECT person, start_basis, start_evidence, end_basis, end_evidence, sources FROM tenures"
    ).fetchall()
    for person, _start_basis, start_evidence, end_basis, end_evidence, sources in rows:
        assert start_evidence, person
        assert sources >= 1
        if end_basis not in (None, "organisation closed"):
            assert end_evidence, person
    wren = conn.execute("SELECT end_evidence FROM tenures WHERE person = 'Tobias Wren'").fetchone()[0]
    assert "Rachel Okonjo has been appointed chief executive" in wren  # ended by the successor's start


def test_people_are_one_row_per_real_person(conn):
    names = {r[0] for r in conn.execute("SELECT name FROM people")}
    assert names == {s["person"] for s in TRUTH["spells"]}
    aliases = {}
    for name, alias in conn.execute(
        "SELECT p.name, a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id"
    ):
        aliases.setdefault(name, set()).add(alias)
    for name, forms in TRUTH["people"].items():
        assert set(forms) <= aliases.get(name, set()), name
    assert "F. Doyle" not in aliases.get("Francis Doyle", set())  # same surname, kept apart by context
    methods = dict(
        conn.execute(
            "SELECT name_as_extracted, method FROM person_resolutions "
            "WHERE name_as_extracted IN ('F. Doyle', 'R. Okonjo')"
        ).fetchall()
    )
    assert methods == {"F. Doyle": "context", "R. Okonjo": "initials"}
    honorific = dict(
        conn.execute("SELECT name, honorific FROM people WHERE honorific IS NOT NULL").fetchall()
    )
    assert honorific["Rachel Okonjo"] == "Dr" and honorific["Owen J. Castellan"] == "Professor"


def test_organisation_names_resolved_fuzzily_or_listed(conn):
    rows = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT r.text, o.ods_code, r.method, r.score FROM organisation_resolutions r "
            "LEFT JOIN organisations o ON o.id = r.organisation_id"
        )
    }
    for text, ods in TRUTH["fuzzy_organisations"].items():
        assert rows[text][:2] == (ods, "fuzzy") and rows[text][2] >= 92
    for text in TRUTH["unresolved_organisations"]:
        assert rows[text][:2] == (None, "unresolved")
    misspelt = conn.execute(
        "SELECT COUNT(*) FROM events WHERE organisation_text LIKE 'Sherwood Forrest%' "
        "AND organisation_id IS NULL"
    ).fetchone()[0]
    assert misspelt == 0


def test_lineage_rolls_predecessors_into_successors(conn):
    rows = conn.execute(
        "SELECT o.ods_code, s.ods_code FROM organisation_lineage l JOIN organisations o ON o.id = l.organisation_id "
        "JOIN organisations s ON s.id = l.successor_id WHERE l.final = 1 AND o.ods_code IN ('RD3', 'RDZ', 'RW6')"
    ).fetchall()
    assert sorted(rows) == [("RD3", "R0D"), ("RDZ", "R0D"), ("RW6", "R0A"), ("RW6", "RM3")]


# ------------------------------------------------------------------------------------------------ moves


def test_moves_merge_sources_and_flag_conflicts(conn):
    for truth in TRUTH["moves"]:
        row = conn.execute(
            "SELECT sources, documents, announced_date, effective_date, conflict, confidence FROM moves "
            "WHERE person = ? AND ods_code = ? AND event = ?",
            [truth["person"], truth["ods"], truth["event"]],
        ).fetchall()
        assert len(row) == 1, truth
        sources, documents, announced, effective, conflict, confidence = row[0]
        assert (sources, documents, announced, effective, bool(conflict)) == (
            truth["sources"],
            truth["documents"],
            truth["announced"],
            truth["effective"],
            truth["conflict"],
        )
        single = conn.execute(
            "SELECT MAX(e.confidence) FROM move_sources s JOIN events e ON e.id = s.event_id "
            "JOIN resolved_moves m ON m.id = s.move_id JOIN people p ON p.id = m.person_id "
            "WHERE p.name = ? AND m.event = ?",
            [truth["person"], truth["event"]],
        ).fetchone()[0]
        assert confidence > single if sources > 1 else confidence == pytest.approx(single)
    stated = json.loads(
        conn.execute(
            "SELECT stated_dates FROM moves WHERE person = 'Victor Amadi' AND event = 'appointed'"
        ).fetchone()[0]
    )
    assert stated == {"2022-02-01": 2, "2022-02-07": 1}
    # every appointment or departure event belongs to exactly one move
    loose = conn.execute(
        "SELECT COUNT(*) FROM events e WHERE e.event <> 'holds' AND "
        "(SELECT COUNT(*) FROM move_sources s WHERE s.event_id = e.id) <> 1"
    ).fetchone()[0]
    assert loose == 0


# --------------------------------------------------------------------------------------------- turnover


def _truth_posts(role="chief executive", rollup=False):
    successors = {"RD3": "R0D", "RDZ": "R0D"} if rollup else {}
    posts: dict[str, list[dict]] = {}
    for s in TRUTH["spells"]:
        if s["role"] == role:
            posts.setdefault(successors.get(_post(s), _post(s)), []).append(s)
    return posts


def _expected_turnover(spells: list[dict], lo: date | None, as_of: date) -> dict:
    """Plain arithmetic over non-overlapping truth spells."""

    def until(s):
        return min(_d(s["end"]), as_of) if s["end"] else as_of

    ordered = sorted(spells, key=lambda s: s["start"])
    inside = [s for s in ordered if _d(s["start"]) <= as_of and (lo is None or until(s) >= lo)]
    tenures = [(until(s) - _d(s["start"])).days + 1 for s in inside if s["start_basis"] != "first_seen"]

    def clipped(s):
        a = max(_d(s["start"]), lo) if lo else _d(s["start"])
        return max((until(s) - a).days + 1, 0)

    changes = sum(
        1
        for prev, s in zip([None] + ordered, ordered)
        if s in inside
        and s["start_basis"] != "first_seen"
        and (lo is None or _d(s["start"]) >= lo)
        and (prev is None or prev["person"] != s["person"])
    )
    gaps = [(_d(b["start"]) - until(a)).days - 1 for a, b in zip(inside, inside[1:])]
    led = sum(clipped(s) for s in inside)
    interim = sum(clipped(s) for s in inside if s["interim"])
    return {
        "holders": len({s["person"] for s in inside}),
        "spells": len(inside),
        "changes": changes,
        "interim_spells": sum(s["interim"] for s in inside),
        "median_tenure_days": float(median(tenures)) if tenures else None,
        "mean_tenure_days": round(mean(tenures), 1) if tenures else None,
        "interim_days": interim,
        "interim_share": round(interim / led, 4) if led else None,
        "vacancy_gaps": sum(1 for g in gaps if g > 0),
        "vacancy_days": sum(g for g in gaps if g > 0),
    }


@pytest.mark.parametrize("rollup", [False, True])
def test_turnover_figures_match_truth(fixture_db, rollup):
    from nhs_leaders.analysis import turnover

    table = turnover.organisation_turnover(fixture_db, years=YEARS, as_of=AS_OF, rollup=rollup)
    got = {
        (r["ods_code"] if isinstance(r["ods_code"], str) else r["organisation"]): r
        for r in table.to_dict("records")
    }
    expected = {
        post: _expected_turnover(spells, WINDOW_START, AS_OF)
        for post, spells in _truth_posts(rollup=rollup).items()
    }
    expected = {k: v for k, v in expected.items() if v["spells"]}
    assert set(got) == set(expected)
    for post, figures in expected.items():
        for key, value in figures.items():
            assert got[post][key] == value, (post, key)


def test_churn_ranking_and_anchors(fixture_db):
    from nhs_leaders.analysis import turnover

    ranking = turnover.churn_ranking(fixture_db, years=YEARS, as_of=AS_OF)
    assert list(ranking["ods_code"].fillna(ranking["organisation"])) == [
        "RK5",
        "RNS",
        "RNQ",
        "RD3",
        "R0D",
        "Northshire Community Healthcare NHS Trust",
        "RDZ",
        "RCD",
    ]
    top = ranking.iloc[0]
    assert (top["holders"], top["spells"], top["changes"], top["interim_spells"]) == (11, 12, 10, 3)
    assert (top["interim_days"], top["vacancy_gaps"], top["vacancy_days"]) == (183 + 182 + 153, 1, 31)
    assert top["current_holders"] == "Daniel Whitcombe" and not top["interim_now"]
    all_time = turnover.churn_ranking(fixture_db, years=None, as_of=AS_OF).iloc[0]
    assert all_time["holders"] == 12  # Peter Hale left before the 14-year window
    rolled = turnover.churn_ranking(fixture_db, years=YEARS, as_of=AS_OF, rollup=True)
    assert list(rolled["ods_code"].head(2)) == ["RK5", "R0D"]
    assert (
        rolled.iloc[1]["holders"] == 3 and "Poole Hospital NHS Foundation Trust" in rolled.iloc[1]["includes"]
    )
    acute = turnover.churn_ranking(fixture_db, years=YEARS, as_of=AS_OF, kinds=["acute_trust"], top=3)
    assert list(acute["ods_code"]) == ["RK5", "RNS", "RNQ"]


def test_interim_spells_vacancies_and_concurrent_roles(fixture_db):
    from nhs_leaders.analysis import turnover

    spells = turnover.load_spells(fixture_db)
    interim = turnover.interim_spells(spells, years=YEARS, as_of=AS_OF)
    assert list(interim["person"]) == ["Tobias Wren", "Sunita Bhatt", "Lydia Marchetti"]
    gaps = turnover.vacancy_gaps(spells, years=YEARS, as_of=AS_OF)
    assert gaps[["ods_code", "previous_holder", "next_holder", "days"]].values.tolist() == [
        ["RK5", "Francis Doyle", "Victor Amadi", 31]
    ]
    assert gaps.iloc[0]["gap_start"].date() == date(2022, 1, 1)
    together = turnover.concurrent_roles(spells, as_of=AS_OF)
    assert together[["person", "role", "organisations", "days", "ongoing"]].values.tolist() == [
        [
            "Helen Ashdown",
            "chief executive",
            "Kettering General Hospital NHS Foundation Trust; Northampton General Hospital NHS Trust",
            (AS_OF - date(2019, 7, 1)).days + 1,
            True,
        ]
    ]
    chairs_now = turnover.current_holders(spells, role="chair", as_of=AS_OF)
    assert chairs_now[["person", "interim"]].values.tolist() == [
        ["Fiona Doyle", False],
        ["Harold Finch", True],
    ]


def test_system_wide_figures(fixture_db):
    from nhs_leaders.analysis import turnover

    posts = _truth_posts()
    rates = turnover.annual_change_rate(fixture_db, years=YEARS, as_of=AS_OF)
    assert list(rates["year"]) == list(range(WINDOW_START.year, AS_OF.year + 1))
    for row in rates.itertuples():
        a, b = date(row.year, 1, 1), date(row.year, 12, 31)
        active = [
            p
            for p, spells in posts.items()
            if any(_d(s["start"]) <= b and (_d(s["end"]) or AS_OF) >= a for s in spells)
        ]
        changes = 0
        for spells in posts.values():
            ordered = sorted(spells, key=lambda s: s["start"])
            changes += sum(
                1
                for prev, s in zip([None] + ordered, ordered)
                if a <= _d(s["start"]) <= b
                and s["start_basis"] != "first_seen"
                and (prev is None or prev["person"] != s["person"])
            )
        assert (row.organisations, row.changes) == (len(active), changes), row.year
    summary = turnover.system_summary(fixture_db, years=YEARS, as_of=AS_OF).iloc[0]
    current = [(AS_OF - _d(s["start"])).days + 1 for spells in posts.values() for s in spells if not s["end"]]
    assert summary["current_holders"] == len(current) == 6
    assert summary["median_current_tenure_days"] == median(current)
    assert summary["holders"] == len(
        {s["person"] for spells in posts.values() for s in spells if (_d(s["end"]) or AS_OF) >= WINDOW_START}
    )
    assert summary["without_substantive_share"] == 0.0
    chairs = turnover.system_summary(fixture_db, role="chair", years=YEARS, as_of=AS_OF).iloc[0]
    assert (chairs["without_substantive_holder"], chairs["organisations_running"]) == (
        1,
        2,
    )  # Kettering: interim


def test_sql_turnover_view_agrees_with_python(fixture_db, conn):
    from nhs_leaders.analysis import turnover

    today = date.fromisoformat(conn.execute("SELECT date('now')").fetchone()[0])
    python = turnover.organisation_turnover(fixture_db, role=None, years=None, as_of=today)
    python = {(r["organisation"], r["role"]): r for r in python.to_dict("records")}
    view = conn.execute(
        "SELECT organisation, role, holders, spells, interim_spells, median_tenure_days, "
        "mean_tenure_days, interim_share, vacancy_gaps, vacancy_days FROM turnover"
    ).fetchall()
    assert len(view) == len(python)
    for org, role, *figures in view:
        row = {
            k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in python[(org, role)].items()
        }
        assert figures == [
            row["holders"],
            row["spells"],
            row["interim_spells"],
            row["median_tenure_days"],
            row["mean_tenure_days"],
            row["interim_share"],
            row["vacancy_gaps"],
            row["vacancy_days"],
        ]


# ------------------------------------------------------------------------------------- README queries


def _readme_examples() -> list[tuple[str, str]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"#### \d+\. (.+?)\n.*?```sql\n(.*?)\n```", section, re.S)


def test_readme_example_queries_are_the_canned_queries():
    from nhs_leaders.analysis.queries import EXAMPLES

    assert len(EXAMPLES) >= 10
    assert _readme_examples() == [(e.title, e.sql) for e in EXAMPLES]


def test_readme_example_queries_answer_against_the_fixture(conn):
    from nhs_leaders.analysis.queries import EXAMPLES
    from nhs_leaders.store.readonly import run_query

    results = {}
    for example in EXAMPLES:
        columns, rows = run_query(conn, example.sql, example.params)
        results[example.name] = [dict(zip(columns, r)) for r in rows]
        assert rows, example.name
    since = date.fromisoformat(conn.execute("SELECT date('now', '-14 years')").fetchone()[0])
    expected = {
        post: len({s["person"] for s in spells if (_d(s["end"]) or date.max) >= since})
        for post, spells in _truth_posts().items()
    }
    got = {
        (r["ods_code"] or r["organisation"]): r["chief_executives"] for r in results["most_chief_executives"]
    }
    assert got == {k: v for k, v in expected.items() if v}
    assert results["most_chief_executives"][0]["ods_code"] == "RK5"
    assert [(r["person"], r["role"]) for r in results["interim_now"]] == [("Harold Finch", "chair")]
    assert results["longest_serving_chief_executives"][0]["person"] == "Priya Castell"
    assert results["shortest_median_tenure"][0]["ods_code"] == "RK5"
    assert [
        (r["person"], r["organisation_a"][:9], r["organisation_b"][:9]) for r in results["group_leaders"]
    ] == [("Helen Ashdown", "Kettering", "Northampt")]
    assert [r["person"] for r in results["conflicting_dates"]] == ["Victor Amadi"]
    assert {(r["person"], r["sources"]) for r in results["well_sourced_moves"]} == {
        ("Victor Amadi", 3),
        ("Daniel Whitcombe", 3),
    }
    assert [(r["interim"], r["end_basis"]) for r in results["career"]] == [(1, "substantive"), (0, "stated")]
    assert results["churn_through_mergers"][1]["ods_code"] == "R0D"
    assert results["churn_through_mergers"][1]["chief_executives"] == 3
    assert [(r["ods_code"], r["role"], r["vacant_since"]) for r in results["vacant_posts"]] == [
        ("RCD", "chief financial officer", "2024-10-31")
    ]
    assert results["unresolved_organisations"][0]["text"] == "Northshire Community Healthcare NHS Trust"
    by_year = {(r["year"], r["role"]): r["appointments"] for r in results["changes_by_year"]}
    assert by_year[("2022", "chief executive")] == 1  # three reports of one appointment


# ---------------------------------------------------------------------------------------- outputs


def test_report_shows_ranking_and_timelines(fixture_db):
    out = _cli("report", "--db", str(fixture_db), "--as-of", AS_OF.isoformat(), "--limit", "3").output
    assert "Churn ranking: chief executive, 14 years to 2024-12-31" in out
    assert re.search(
        r"│ 1 │ Sherwood Forest Hospitals NHS Foundation Trust\s+│ RK5 │\s+11 │\s+10 │\s+3 │", out
    )
    assert "Lydia Marchetti" in out and "substantive" in out and "▒" in out
    unresolved = _cli("report", "--db", str(fixture_db), "--unresolved").output
    assert "Northshire Community Healthcare NHS Trust" in unresolved and "Cheshire Community" in unresolved
    assert "Sherwood Forrest" not in unresolved
    every = _cli(
        "report",
        "--db",
        str(fixture_db),
        "--as-of",
        AS_OF.isoformat(),
        "--role",
        "all",
        "--years",
        "0",
        "--events",
        "--limit",
        "2",
    ).output
    assert "Churn ranking: all roles, all time to 2024-12-31" in every
    assert "Events: " in every and "Organisations mentioned" in every


def test_report_png_writes_readable_charts(fixture_db, tmp_path):
    out = tmp_path / "charts"
    _cli("report", "--db", str(fixture_db), "--as-of", AS_OF.isoformat(), "--limit", "3", "--png", str(out))
    files = sorted(p.name for p in out.iterdir())
    assert files == ["churn_ranking.png", "timeline-01-rk5.png", "timeline-02-rns.png", "timeline-03-rnq.png"]
    from matplotlib.image import imread

    image = imread(out / "timeline-01-rk5.png")
    assert image.shape[0] > 500 and image.shape[1] > 1000  # 12 spells: tall enough to read
    colours = {
        tuple((px[:3] * 255).round().astype(int)) for px in image[::4, ::4].reshape(-1, image.shape[2])
    }
    assert (240, 160, 48) in colours  # interim spells drawn in orange


@pytest.mark.parametrize("what", ["moves", "tenures", "turnover"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_resolved_views(fixture_db, conn, tmp_path, what, fmt):
    from tests.exportcheck import assert_export_matches

    out = tmp_path / f"{what}.{fmt}"
    _cli("export", "--db", str(fixture_db), "--what", what, "--format", fmt, "--out", str(out))
    rows = assert_export_matches(out, fmt, conn, f"SELECT * FROM {what}", f"SELECT COUNT(*) FROM {what}")
    if what == "tenures":
        assert {
            "person",
            "organisation",
            "ods_code",
            "role",
            "start_date",
            "end_date",
            "interim",
            "sources",
        } <= set(rows[0])


def test_datasette_serves_the_canned_queries(fixture_db):
    from nhs_leaders.analysis.datasette import database_name, datasette_app
    from nhs_leaders.analysis.queries import EXAMPLES

    ds = datasette_app(fixture_db)
    name = database_name(fixture_db)

    async def fetch():
        pages = {}
        for example in EXAMPLES:
            params = "".join(f"&{k}={v.replace(' ', '+')}" for k, v in example.params.items())
            pages[example.name] = await ds.client.get(f"/{name}/{example.name}.json?_shape=array{params}")
        pages["tenures"] = await ds.client.get(f"/{name}/tenures")
        pages["index"] = await ds.client.get(f"/{name}")
        return pages

    pages = asyncio.run(fetch())
    for example in EXAMPLES:
        assert pages[example.name].status_code == 200, example.name
        assert pages[example.name].json(), example.name
    top = pages["most_chief_executives"].json()[0]
    assert (top["ods_code"], top["chief_executives"]) == ("RK5", 11)
    assert [r["person"] for r in pages["career"].json()] == ["Lydia Marchetti", "Lydia Marchetti"]
    assert "First day in post" in pages["tenures"].text  # column descriptions from the metadata
    assert "Which trusts have had the most chief executives" in pages["index"].text


def test_serve_without_datasette_explains(monkeypatch, fixture_db):
    import builtins

    from nhs_leaders.analysis import datasette as module

    real_import = builtins.__import__

    def no_datasette(name, *args, **kwargs):
        if name == "datasette" or name.startswith("datasette."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_datasette)
    with pytest.raises(RuntimeError, match=r"nhs-leaders\[datasette\]"):
        module.serve(fixture_db, port=0)


# ------------------------------------------------------------------------------------- robustness


def test_resolution_is_idempotent_and_survives_reextraction(fixture_db, tmp_path):
    from nhs_leaders.resolve.entities import refresh, resolve
    from nhs_leaders.store import open_db

    copy = tmp_path / "copy.db"
    source = sqlite3.connect(fixture_db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()

    def snapshot():
        c = sqlite3.connect(copy)
        try:
            return (
                sorted(
                    c.execute(
                        "SELECT person, organisation, role, interim, start_date, start_basis, end_date, "
                        "end_basis, sources FROM tenures"
                    ).fetchall(),
                    key=repr,
                ),
                sorted(
                    c.execute(
                        "SELECT person, organisation, event, announced_date, effective_date, sources, "
                        "conflict FROM moves"
                    ).fetchall(),
                    key=repr,
                ),
                sorted(c.execute("SELECT name FROM people").fetchall()),
            )
        finally:
            c.close()

    before = snapshot()
    assert refresh(copy).skipped  # nothing changed: nothing to do
    db = open_db(copy)
    resolve(db, force=True)
    db.close()
    assert snapshot() == before
    _cli("extract", "--db", str(copy), "--reprocess")  # events replaced, then resolved again by `extract`
    assert (
        sqlite3.connect(copy).execute("SELECT COUNT(*) FROM people WHERE name = 'F. Doyle'").fetchone()[0]
        == 0
    )
    assert refresh(copy).skipped
    assert snapshot() == before
