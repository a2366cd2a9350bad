"""Charts with matplotlib (no pyplot, no display needed): tenure timelines per organisation and a churn ranking.

from nhs_leaders.analysis.charts import write_charts
write_charts("nhs.db", "charts/", role="chief executive", years=14)
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from matplotlib.dates import YearLocator, date2num
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from nhs_leaders.analysis import turnover

SUBSTANTIVE = "#1f5f99"
INTERIM = "#f0a030"
VACANT = "#d9d9d9"
UNKNOWN_START = "#9db7d3"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "organisation"


def _short(name: str, width: int = 30) -> str:
    name = re.sub(
        r"^The ", "", re.sub(r"\s+(NHS Foundation Trust|NHS Trust|Foundation Trust)$", "", str(name))
    )
    return name if len(name) <= width else name[: width - 1] + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _years(days: float | None) -> str:
    return f"{days / 365.25:.1f} y" if days is not None and pd.notna(days) else "?"


def gantt(spells: pd.DataFrame, path: str | Path, title: str | None = None, as_of=None) -> Path:
    """One organisation's spells as horizontal bars (one row per spell, oldest at the top).

    Interim spells are orange and hatched, vacancies between holders are shaded grey, spells whose
    start is only "first seen" are pale, and open spells end in an arrow at ``as_of``.
    """
    as_of = turnover._as_of(as_of)
    timed = spells[spells["start"].notna() & spells["until"].notna()].sort_values(["start", "spell_id"])
    rows = max(len(timed), 1)
    fig = Figure(figsize=(11, 2.0 + 0.42 * rows), dpi=110, layout="constrained")
    ax = fig.add_subplot()
    labels = []
    for y, spell in enumerate(timed.itertuples()):
        start, end = date2num(spell.start), date2num(spell.until + pd.Timedelta(days=1))
        colour = (
            INTERIM
            if spell.interim
            else (UNKNOWN_START if spell.start_basis == "first_seen" else SUBSTANTIVE)
        )
        ax.barh(
            y,
            end - start,
            left=start,
            height=0.62,
            color=colour,
            edgecolor="#333333",
            linewidth=0.6,
            hatch="///" if spell.interim else None,
        )
        if spell.is_open:
            ax.annotate(
                "",
                xy=(end + 60, y),
                xytext=(end, y),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2},
            )
        role = "" if timed["role"].nunique() == 1 else f"{spell.role}: "
        where = (
            f" · {_short(spell.source_organisation)}" if timed["source_organisation"].nunique() > 1 else ""
        )
        labels.append(f"{role}{spell.person}" + (" (interim)" if spell.interim else "") + where)
        text = _years(spell.tenure_days) if pd.notna(spell.tenure_days) else "start unknown"
        text += ", in post" if spell.is_open else ""
        ax.text(end + (110 if spell.is_open else 25), y, text, va="center", fontsize=8, color="#333333")
    for gap in turnover._gaps(timed.to_dict("records"), None, as_of):
        ax.axvspan(
            date2num(gap["gap_start"]),
            date2num(gap["gap_end"] + pd.Timedelta(days=1)),
            color=VACANT,
            zorder=0,
        )
    ax.set_yticks(range(len(labels)), labels=labels, fontsize=9)
    ax.set_ylim(rows - 0.4, -0.6)
    ax.xaxis_date()
    span_years = ((timed["until"].max() - timed["start"].min()).days / 365.25) if len(timed) else 1
    ax.xaxis.set_major_locator(YearLocator(1 if span_years <= 16 else 2))
    ax.tick_params(axis="x", labelsize=8, labelrotation=45)
    ax.grid(axis="x", color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)
    if len(timed):
        lo, hi = date2num(timed["start"].min()), date2num(as_of)
        ax.set_xlim(lo - 60, hi + 640)
    ax.axvline(date2num(as_of), color="#888888", linestyle=":", linewidth=1)
    if not len(timed):
        ax.text(0.5, 0.5, "no dated spells", transform=ax.transAxes, ha="center", va="center")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    handles = [
        Patch(color=SUBSTANTIVE, label="substantive"),
        Patch(facecolor=INTERIM, hatch="///", label="interim"),
        Patch(color=VACANT, label="vacant"),
    ]
    if (timed["start_basis"] == "first_seen").any():
        handles.append(Patch(color=UNKNOWN_START, label="start unknown (first seen)"))
    fig.legend(handles=handles, loc="outside lower left", fontsize=8, frameon=False, ncol=len(handles))
    path = Path(path)
    fig.savefig(path)
    return path


def churn_bar(ranking: pd.DataFrame, path: str | Path, title: str | None = None) -> Path:
    """Horizontal bars: holders per organisation (rank 1 at the top), interim spells overlaid, median tenure noted."""
    ranking = ranking.reset_index(drop=True)
    rows = max(len(ranking), 1)
    fig = Figure(figsize=(11, 1.6 + 0.38 * rows), dpi=110, layout="constrained")
    ax = fig.add_subplot()
    y = range(len(ranking))
    ax.barh(list(y), ranking["holders"], color=SUBSTANTIVE, height=0.65, label="holders")
    ax.barh(
        list(y),
        ranking["interim_spells"],
        color=INTERIM,
        height=0.65,
        hatch="///",
        edgecolor="#333333",
        linewidth=0.5,
        label="interim spells",
    )
    for n, row in ranking.iterrows():
        ax.text(
            row["holders"] + 0.15,
            n,
            f"{_plural(row['holders'], 'holder')} · {row['interim_spells']} interim · "
            f"median {_years(row['median_tenure_days'])}",
            va="center",
            fontsize=8,
        )
    names = [
        f"{o} ({c})" if isinstance(c, str) and c else str(o)
        for o, c in zip(ranking["organisation"], ranking["ods_code"])
    ]
    if ranking["role"].nunique() > 1:
        names = [f"{n}: {r}" for n, r in zip(names, ranking["role"])]
    ax.set_yticks(list(y), labels=[n if len(n) <= 60 else n[:59] + "…" for n in names], fontsize=9)
    ax.set_ylim(rows - 0.4, -0.6)
    top = int(ranking["holders"].max()) if len(ranking) else 1
    ax.set_xlim(0, top * 1.55 + 1)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("people in post during the window")
    ax.grid(axis="x", color="#e6e6e6")
    ax.set_axisbelow(True)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    path = Path(path)
    fig.savefig(path)
    return path


def write_charts(
    source,
    out_dir: str | Path,
    role: str | None = turnover.DEFAULT_ROLE,
    years: int | None = turnover.DEFAULT_YEARS,
    as_of=None,
    top: int | None = 20,
    rollup: bool = False,
) -> list[Path]:
    """``churn_ranking.png`` plus ``timeline-<organisation>.png`` for the ``top`` organisations by churn."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    as_of = turnover._as_of(as_of)
    spells = turnover.load_spells(source, rollup=rollup)
    ranking = turnover.churn_ranking(spells, role, years, as_of, top=top)
    window = f"{years} years to {as_of.date()}" if years else f"all time to {as_of.date()}"
    written = [
        churn_bar(
            ranking, out / "churn_ranking.png", f"Churn: {role or 'all roles'}, {window} (top {len(ranking)})"
        )
    ]
    table = turnover.timeline(spells, None, role, years, as_of)
    for row in ranking.itertuples():
        post = table[(table["org_key"] == row.org_key) & (table["role"] == row.role)]
        label = f"{row.organisation} ({row.ods_code})" if isinstance(row.ods_code, str) else row.organisation
        title = (
            f"{label}: {row.role}, {window}\n{_plural(row.holders, 'holder')}, "
            f"{_plural(row.interim_spells, 'interim spell')}, median tenure {_years(row.median_tenure_days)}"
        )
        key = row.ods_code if isinstance(row.ods_code, str) else row.organisation
        name = f"timeline-{row.rank:02d}-{_slug(key)}{'' if role else '-' + _slug(row.role)}.png"
        written.append(gantt(post, out / name, title, as_of))
    return written
