"""Turnover analysis over the `spells` table: pandas DataFrames for notebooks, the report and the charts.

Every function takes ``source``: a path to the database, an ``sqlite3.Connection``, a
``sqlite_utils.Database``, or a DataFrame from :func:`load_spells` (load once, analyse many times).
``as_of`` (default today) is the day the analysis looks from; ``years`` (default 14) the window that
ends on it: spells count when any day of them falls in ``(as_of - years, as_of]``; ``years=None``
means all time. ``role`` is a canonical role (``"chief executive"``, ``"chair"``...; None = every role).

Definitions (all dates inclusive; an open spell runs to ``as_of``):

- **holders**: distinct people with a spell in the window. **changes**: spells starting in the window
  from an appointment (not a spell only "first seen"), not counting a person's own interim→substantive step.
- **tenure_days**: end − start + 1 for spells whose start was stated or announced (a spell first seen
  in a document has an unknown start and no tenure). Medians and means cover spells in the window,
  measured over their whole length up to ``as_of``.
- **interim_share**: days under an interim holder / days with any holder, within the window.
- **vacancy gaps**: days between one spell's end and the next start at the same post, within the window.
- **rollup**: count predecessor organisations under their final ODS successor(s) (Poole and Royal
  Bournemouth under University Hospitals Dorset; a trust split between two successors counts for both).

The SQL view ``turnover`` gives the same figures for all time (``years=None``, ``as_of`` today), except
that it adds up spell days where the Python API takes their union (they differ only when two spells of
one post overlap).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from statistics import mean, median

import pandas as pd

DEFAULT_ROLE = "chief executive"
DEFAULT_YEARS = 14
DAY = pd.Timedelta(days=1)

SPELLS_SQL = """
SELECT s.id AS spell_id, s.person_id, p.name AS person, s.organisation_id,
       COALESCE(o.name, s.organisation_text) AS organisation, o.ods_code, o.kind, o.closed,
       COALESCE('id:' || s.organisation_id, 'text:' || lower(s.organisation_text)) AS org_key,
       s.role, s.interim, s.start_date, s.start_precision, s.start_basis,
       s.end_date, s.end_precision, s.end_basis, s.first_seen, s.last_seen, s.sources, s.documents
FROM spells s
LEFT JOIN people p ON p.id = s.person_id
LEFT JOIN organisations o ON o.id = s.organisation_id
ORDER BY organisation, s.role, s.start_date, s.id
"""

LINEAGE_SQL = """
SELECT l.organisation_id, l.successor_id, o.name AS successor, o.ods_code AS successor_ods, o.kind AS successor_kind
FROM organisation_lineage l JOIN organisations o ON o.id = l.successor_id WHERE l.final = 1
"""


# ------------------------------------------------------------------------------------------------ input


def _connect(source) -> tuple[sqlite3.Connection, bool]:
    if isinstance(source, sqlite3.Connection):
        return source, False
    if hasattr(source, "conn"):  # sqlite_utils.Database
        return source.conn, False
    if isinstance(source, (str, Path)):
        from nhs_leaders.store import open_readonly

        return open_readonly(source), True
    raise TypeError(f"expected a database path or connection, not {type(source).__name__}")


def load_spells(source, rollup: bool = False) -> pd.DataFrame:
    """Every spell with names, ODS codes and parsed dates (``start``, ``end``: Timestamps or NaT).

    ``rollup=True`` relabels each spell with its organisation's final successor(s) (``org_key``,
    ``organisation``, ``ods_code``) and keeps the original in ``source_organisation``.
    """
    if isinstance(source, pd.DataFrame):
        frame = source.copy()
        if rollup and not frame.attrs.get("rollup"):
            raise ValueError("pass the database (not a loaded frame) to roll up through mergers")
        return frame
    conn, close = _connect(source)
    try:
        frame = pd.read_sql_query(SPELLS_SQL, conn)
        lineage = pd.read_sql_query(LINEAGE_SQL, conn) if rollup else None
    finally:
        if close:
            conn.close()
    frame["interim"] = frame["interim"].astype(bool)
    for column in ("start_date", "end_date", "closed", "first_seen", "last_seen"):
        frame[column.removesuffix("_date")] = pd.to_datetime(frame[column], errors="coerce")
    frame["is_open"] = frame["end_basis"].isna()
    frame["source_organisation"] = frame["organisation"]
    if rollup:
        frame = frame.merge(lineage, how="left", on="organisation_id")
        has = frame["successor_id"].notna()
        frame.loc[has, "org_key"] = "id:" + frame.loc[has, "successor_id"].astype("int64").astype(str)
        frame.loc[has, "organisation"] = frame.loc[has, "successor"]
        frame.loc[has, "ods_code"] = frame.loc[has, "successor_ods"]
        frame.loc[has, "kind"] = frame.loc[has, "successor_kind"]
        frame = frame.drop(columns=["successor_id", "successor", "successor_ods", "successor_kind"])
        frame.attrs["rollup"] = True
    return frame.reset_index(drop=True)


def _as_of(as_of) -> pd.Timestamp:
    return pd.Timestamp(as_of).normalize() if as_of is not None else pd.Timestamp(date.today())


def _window_start(as_of: pd.Timestamp, years: int | None) -> pd.Timestamp | None:
    if years is None:
        return None
    return as_of - pd.DateOffset(years=years) + DAY


def _prepare(
    source, role: str | None, years: int | None, as_of, rollup: bool = False
) -> tuple[pd.DataFrame, pd.Timestamp, pd.Timestamp | None]:
    """Spells of ``role`` that touch the window, with ``until`` (end, or as_of when open or later)."""
    as_of = _as_of(as_of)
    lo = _window_start(as_of, years)
    frame = load_spells(source, rollup=rollup)
    if role is not None:
        frame = frame[frame["role"] == role]
    until = frame["end"].where(frame["end"].isna() | (frame["end"] <= as_of), as_of)
    until = until.where(~(frame["is_open"] & frame["start"].notna()), as_of)
    frame = frame.assign(until=until)
    frame["change"] = _change_flags(frame)
    begun = frame["start"].isna() | (frame["start"] <= as_of)
    if lo is None:
        keep = begun
    else:
        dated = frame["start"].notna() | frame["end"].notna()
        keep = begun & dated & (frame["until"] >= lo)
    frame = frame[keep].copy()
    known = frame["start"].notna() & frame["until"].notna()
    frame["span_days"] = ((frame["until"] - frame["start"]).dt.days + 1).where(known)
    frame["tenure_days"] = frame["span_days"].where(frame["start_basis"] != "first_seen")
    return frame, as_of, lo


def _days(intervals: Iterable[tuple[pd.Timestamp, pd.Timestamp]], lo, hi) -> int:
    """Days in the union of inclusive intervals, clipped to [lo, hi]."""
    clipped = sorted((max(a, lo) if lo is not None else a, min(b, hi)) for a, b in intervals)
    total, current = 0, None
    for a, b in clipped:
        if b < a:
            continue
        if current is None or a > current[1] + DAY:
            if current is not None:
                total += (current[1] - current[0]).days + 1
            current = [a, b]
        else:
            current[1] = max(current[1], b)
    if current is not None:
        total += (current[1] - current[0]).days + 1
    return total


def _posts(frame: pd.DataFrame) -> dict[tuple, list[dict]]:
    """(org_key, role) → that post's spells as plain dicts, in start order (unknown starts first)."""
    ordered = frame.sort_values(["org_key", "role", "start", "spell_id"], na_position="first")
    posts: dict[tuple, list[dict]] = {}
    for record in ordered.to_dict("records"):
        posts.setdefault((record["org_key"], record["role"]), []).append(record)
    return posts


def _known(value) -> bool:
    return value is not None and not pd.isna(value)


def _gaps(post: list[dict], lo, hi) -> list[dict]:
    """Gaps between consecutive timed spells of one post (records in start order), clipped to [lo, hi]."""
    rows = []
    previous_end, previous_person = None, None
    for spell in post:
        if not _known(spell["span_days"]):
            continue
        if previous_end is not None and (spell["start"] - previous_end).days > 1:
            a, b = previous_end + DAY, spell["start"] - DAY
            if lo is not None:
                a = max(a, lo)
            b = min(b, hi)
            if b >= a:
                rows.append(
                    {
                        "gap_start": a,
                        "gap_end": b,
                        "days": (b - a).days + 1,
                        "previous_holder": previous_person,
                        "next_holder": spell["person"],
                    }
                )
        if previous_end is None or spell["until"] > previous_end:
            previous_end, previous_person = spell["until"], spell["person"]
    return rows


def _change_flags(frame: pd.DataFrame) -> pd.Series:
    """True for spells that change the holder of their post (computed before any window is applied)."""
    if frame.empty:
        return pd.Series(False, index=frame.index, dtype=bool)
    ordered = frame.sort_values(["org_key", "role", "start", "spell_id"])
    previous = ordered.groupby(["org_key", "role"], sort=False)["person_id"].shift()
    flags = (
        ordered["start"].notna()
        & (ordered["start_basis"] != "first_seen")
        & (ordered["person_id"] != previous)
    )
    return flags.reindex(frame.index).astype(bool)


# ----------------------------------------------------------------------------------------------- output

TURNOVER_COLUMNS = [
    "organisation",
    "ods_code",
    "kind",
    "role",
    "holders",
    "spells",
    "changes",
    "interim_spells",
    "median_tenure_days",
    "mean_tenure_days",
    "interim_days",
    "led_days",
    "interim_share",
    "vacancy_gaps",
    "vacancy_days",
    "current_holders",
    "interim_now",
    "vacant_now",
    "includes",
    "org_key",
]


def organisation_turnover(
    source,
    role: str | None = DEFAULT_ROLE,
    years: int | None = DEFAULT_YEARS,
    as_of=None,
    rollup: bool = False,
) -> pd.DataFrame:
    """One row per organisation (and role): holders, changes, tenure, interim share, vacancies."""
    frame, as_of, lo = _prepare(source, role, years, as_of, rollup)
    rows = []
    for (org_key, post_role), post in _posts(frame).items():
        timed = [x for x in post if _known(x["span_days"])]
        interim_days = _days(((x["start"], x["until"]) for x in timed if x["interim"]), lo, as_of)
        led_days = _days(((x["start"], x["until"]) for x in timed), lo, as_of)
        gaps = _gaps(post, lo, as_of)
        current = [
            x
            for x in post
            if (not _known(x["start"]) or x["start"] <= as_of)
            and (x["is_open"] or (_known(x["end"]) and x["end"] > as_of))
        ]
        closed = post[0]["closed"]
        tenures = [x["tenure_days"] for x in post if _known(x["tenure_days"])]
        first = post[0]
        rows.append(
            {
                "organisation": first["organisation"],
                "ods_code": first["ods_code"],
                "kind": first["kind"],
                "role": post_role,
                "holders": len({x["person_id"] for x in post}),
                "spells": len(post),
                "changes": sum(1 for x in post if x["change"] and (lo is None or x["start"] >= lo)),
                "interim_spells": sum(1 for x in post if x["interim"]),
                "median_tenure_days": float(median(tenures)) if tenures else None,
                "mean_tenure_days": round(float(mean(tenures)), 1) if tenures else None,
                "interim_days": interim_days,
                "led_days": led_days,
                "interim_share": round(interim_days / led_days, 4) if led_days else None,
                "vacancy_gaps": len(gaps),
                "vacancy_days": sum(g["days"] for g in gaps),
                "current_holders": "; ".join(
                    sorted({x["person"] for x in current if isinstance(x["person"], str)})
                )
                or None,
                "interim_now": bool(current) and all(x["interim"] for x in current),
                "vacant_now": not current and (not _known(closed) or closed > as_of),
                "includes": "; ".join(
                    sorted(
                        {x["source_organisation"] for x in post if isinstance(x["source_organisation"], str)}
                    )
                ),
                "org_key": org_key,
            }
        )
    out = pd.DataFrame(rows, columns=TURNOVER_COLUMNS)
    return out.sort_values(["organisation", "role"], ignore_index=True)


def churn_ranking(
    source,
    role: str | None = DEFAULT_ROLE,
    years: int | None = DEFAULT_YEARS,
    as_of=None,
    rollup: bool = False,
    top: int | None = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Organisations ranked by churn: most holders, then most changes, most interim spells, shortest
    median tenure. ``kinds`` keeps only those organisation kinds (e.g. ``["acute_trust"]``)."""
    table = organisation_turnover(source, role, years, as_of, rollup)
    if kinds is not None:
        table = table[table["kind"].isin(list(kinds))]
    table = table.sort_values(
        ["holders", "changes", "interim_spells", "median_tenure_days", "organisation"],
        ascending=[False, False, False, True, True],
        na_position="last",
        ignore_index=True,
    )
    table.insert(0, "rank", range(1, len(table) + 1))
    return table.head(top) if top else table


def timeline(
    source,
    organisation: str | None = None,
    role: str | None = DEFAULT_ROLE,
    years: int | None = None,
    as_of=None,
    rollup: bool = False,
) -> pd.DataFrame:
    """Spells in date order (optionally of one organisation, by name or ODS code), with ``until`` and days."""
    frame, _, _ = _prepare(source, role, years, as_of, rollup)
    if organisation is not None:
        frame = frame[(frame["organisation"] == organisation) | (frame["ods_code"] == organisation)]
    columns = [
        "organisation",
        "ods_code",
        "role",
        "person",
        "interim",
        "start",
        "start_basis",
        "end",
        "end_basis",
        "until",
        "is_open",
        "tenure_days",
        "span_days",
        "sources",
        "source_organisation",
        "spell_id",
        "org_key",
    ]
    return frame.sort_values(["organisation", "role", "start", "spell_id"], na_position="first")[
        columns
    ].reset_index(drop=True)


def interim_spells(
    source, role: str | None = DEFAULT_ROLE, years: int | None = DEFAULT_YEARS, as_of=None
) -> pd.DataFrame:
    """Interim (and acting) spells in the window."""
    table = timeline(source, None, role, years, as_of)
    return table[table["interim"]].reset_index(drop=True)


def vacancy_gaps(
    source,
    role: str | None = DEFAULT_ROLE,
    years: int | None = DEFAULT_YEARS,
    as_of=None,
    rollup: bool = False,
) -> pd.DataFrame:
    """Each period with no holder between two spells of a post, within the window."""
    frame, as_of, lo = _prepare(source, role, years, as_of, rollup)
    rows = []
    for (_org, post_role), post in _posts(frame).items():
        for gap in _gaps(post, lo, as_of):
            rows.append(
                {
                    "organisation": post[0]["organisation"],
                    "ods_code": post[0]["ods_code"],
                    "role": post_role,
                    **gap,
                }
            )
    columns = [
        "organisation",
        "ods_code",
        "role",
        "gap_start",
        "gap_end",
        "days",
        "previous_holder",
        "next_holder",
    ]
    return pd.DataFrame(rows, columns=columns)


def current_holders(source, role: str | None = DEFAULT_ROLE, as_of=None) -> pd.DataFrame:
    """Who holds each post on ``as_of``, with days in post so far (None when the start is unknown)."""
    frame, as_of, _ = _prepare(source, role, None, as_of)
    now = frame[
        (frame["start"].isna() | (frame["start"] <= as_of)) & (frame["is_open"] | (frame["end"] >= as_of))
    ]
    now = now[now["start"].notna() | now["is_open"]]
    columns = [
        "organisation",
        "ods_code",
        "kind",
        "role",
        "person",
        "interim",
        "start",
        "start_basis",
        "tenure_days",
    ]
    return now.sort_values(["organisation", "role", "start"])[columns].reset_index(drop=True)


def annual_change_rate(
    source,
    role: str | None = DEFAULT_ROLE,
    years: int | None = DEFAULT_YEARS,
    as_of=None,
    rollup: bool = False,
) -> pd.DataFrame:
    """Per calendar year: posts with a holder at some point in the year, changes of holder, and their ratio."""
    frame, as_of, lo = _prepare(source, role, years, as_of, rollup)
    timed = frame[frame["span_days"].notna()]
    first = lo.year if lo is not None else (timed["start"].min().year if len(timed) else as_of.year)
    rows = []
    for year in range(first, as_of.year + 1):
        a, b = pd.Timestamp(year, 1, 1), min(pd.Timestamp(year, 12, 31), as_of)
        active = timed[(timed["start"] <= b) & (timed["until"] >= a)]
        posts = active.groupby(["org_key", "role"]).ngroups
        changes = int((timed["change"] & (timed["start"] >= a) & (timed["start"] <= b)).sum())
        rows.append(
            {
                "year": year,
                "organisations": posts,
                "changes": changes,
                "change_rate": round(changes / posts, 4) if posts else None,
            }
        )
    return pd.DataFrame(rows, columns=["year", "organisations", "changes", "change_rate"])


def concurrent_roles(source, role: str | None = None, as_of=None, min_organisations: int = 2) -> pd.DataFrame:
    """People holding the same role at two or more organisations at once (group and chain leadership).

    One row per person, role and period of overlap, listing the organisations.
    """
    frame, as_of, _ = _prepare(source, role, None, as_of)
    timed = frame[frame["start"].notna() & frame["until"].notna()]
    several = timed.groupby(["person_id", "role"])["org_key"].transform("nunique") >= min_organisations
    rows = []
    groups: dict[tuple, list[dict]] = {}
    for record in timed[several].to_dict("records"):
        groups.setdefault((record["person_id"], record["role"]), []).append(record)
    for (_person_id, post_role), spells in groups.items():
        points = sorted({x["start"] for x in spells} | {x["until"] + DAY for x in spells})
        current = None
        for a, b in zip(points, points[1:]):
            orgs = tuple(sorted({x["organisation"] for x in spells if x["start"] <= a <= x["until"]}))
            if len(orgs) >= min_organisations:
                if current and current["organisations"] == orgs and current["until"] + DAY == a:
                    current["until"] = b - DAY
                else:
                    current = {
                        "person": spells[0]["person"],
                        "role": post_role,
                        "organisations": orgs,
                        "start": a,
                        "until": b - DAY,
                    }
                    rows.append(current)
            else:
                current = None
    out = pd.DataFrame(rows, columns=["person", "role", "organisations", "start", "until"])
    if len(out):
        out["days"] = (out["until"] - out["start"]).dt.days + 1
        out["ongoing"] = out["until"] >= as_of
        out["organisations"] = out["organisations"].map("; ".join)
    else:
        out = out.assign(days=pd.Series(dtype="int64"), ongoing=pd.Series(dtype=bool))
    return out


def system_summary(
    source,
    role: str | None = DEFAULT_ROLE,
    years: int | None = DEFAULT_YEARS,
    as_of=None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row of system-wide figures: organisations, holders, changes and annual change rate, median
    tenure (all spells in the window, and current post-holders), and the share of organisations without
    a substantive holder on ``as_of``."""
    as_of = _as_of(as_of)
    spells = load_spells(source)
    table = organisation_turnover(spells, role, years, as_of)
    if kinds is not None:
        table = table[table["kind"].isin(list(kinds))]
    keys = set(table["org_key"])
    spells = spells[spells["org_key"].isin(keys)]
    frame, _, _ = _prepare(spells, role, years, as_of)
    current = current_holders(spells, role, as_of)
    rates = annual_change_rate(spells, role, years, as_of)
    # Organisations still running on as_of: someone holds the post, or it is vacant (not closed).
    running = table[table["current_holders"].notna() | table["vacant_now"]]
    without = running[running["interim_now"] | running["vacant_now"]]
    return pd.DataFrame(
        [
            {
                "as_of": as_of,
                "role": role,
                "years": years,
                "organisations": len(table),
                "holders": int(frame["person_id"].nunique()),
                "changes": int(table["changes"].sum()),
                "mean_annual_change_rate": round(float(rates["change_rate"].dropna().mean()), 4)
                if rates["change_rate"].notna().any()
                else None,
                "median_tenure_days": float(frame["tenure_days"].median())
                if frame["tenure_days"].notna().any()
                else None,
                "current_holders": len(current),
                "median_current_tenure_days": float(current["tenure_days"].median())
                if current["tenure_days"].notna().any()
                else None,
                "organisations_running": len(running),
                "without_substantive_holder": len(without),
                "without_substantive_share": round(len(without) / len(running), 4) if len(running) else None,
            }
        ]
    )
