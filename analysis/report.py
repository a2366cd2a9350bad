"""The terminal report: churn ranking, system figures and per-organisation timelines (rich).

`render_report` refreshes the resolved tables first when the connection can write (the `run` command
passes its own); the `report` command refreshes through :func:`nhs_leaders.resolve.entities.refresh` and then reads
through a read-only connection.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

import pandas as pd
from nhs_leaders.analysis import turnover
from rich.console import Console
from rich.table import Table
from rich.text import Text

log = logging.getLogger(__name__)
BAR_WIDTH = 30

EVENTS_SQL = """
SELECT COALESCE(o.name, e.organisation_text) AS organisation, o.ods_code, p.name AS person, e.role, e.event,
       e.interim, e.effective_date, d.published, e.confidence, e.evidence
FROM corrected_events e JOIN people p ON p.id = e.person_id LEFT JOIN documents d ON d.id = e.document_id
LEFT JOIN organisations o ON o.id = e.organisation_id
ORDER BY organisation, COALESCE(e.effective_date, d.published), p.name
"""


def events_frame(conn: sqlite3.Connection) -> pd.DataFrame:
    """Every event with names resolved, as a DataFrame."""
    return pd.read_sql_query(EVENTS_SQL, conn)


def ensure_resolved(conn: sqlite3.Connection) -> bool:
    """Re-run resolution if events changed since the last one and the connection can write. True if it ran."""
    import sqlite_utils
    from nhs_leaders.resolve.entities import is_stale, resolve

    try:
        if not is_stale(conn):
            return False
        resolve(sqlite_utils.Database(conn), force=True)
        return True
    except sqlite3.DatabaseError as exc:  # a read-only connection: report what is there
        log.warning(
            "resolved tables not refreshed (%s); run `python pipeline.py report` on a writable database", exc
        )
        return False


def render_report(
    conn: sqlite3.Connection,
    console: Console,
    limit: int | None = None,
    *,
    role: str | None = turnover.DEFAULT_ROLE,
    years: int | None = turnover.DEFAULT_YEARS,
    as_of=None,
    rollup: bool = False,
    events: bool = False,
) -> None:
    """Counts, system figures, the churn ranking for ``role`` over ``years``, then each organisation's
    timeline (every role, all time). ``limit`` caps the organisations listed; ``events`` adds the
    per-organisation event tables and the organisations mentioned."""
    ensure_resolved(conn)
    as_of = turnover._as_of(as_of)
    docs = conn.execute("SELECT COUNT(*), SUM(error IS NOT NULL) FROM documents").fetchone()
    n_events, n_people, n_corrections = conn.execute(
        "SELECT (SELECT COUNT(*) FROM corrected_events), (SELECT COUNT(*) FROM people),"
        " (SELECT COUNT(*) FROM corrections)"
    ).fetchone()
    n_moves, n_spells = conn.execute(
        "SELECT (SELECT COUNT(*) FROM resolved_moves), (SELECT COUNT(*) FROM spells)"
    ).fetchone()
    console.print(
        f"[bold]{docs[0]} documents[/] ({docs[1] or 0} with errors), {n_events} events, {n_moves} moves, "
        f"{n_spells} spells in post, {n_people} people"
        + (f", {n_corrections} corrections" if n_corrections else "")
    )
    spells = turnover.load_spells(conn, rollup=rollup)
    ranking = turnover.churn_ranking(spells, role, years, as_of)
    render_summary(spells, console, role, years, as_of)
    render_ranking(ranking, console, role, years, as_of, limit or 25, rollup)
    render_timelines(turnover.load_spells(conn) if rollup else spells, ranking, console, as_of, limit)
    if events:
        render_events(conn, console, limit)
        render_mentions(conn, console)


def _window(years: int | None, as_of: pd.Timestamp) -> str:
    return f"{years} years to {as_of.date()}" if years else f"all time to {as_of.date()}"


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _years(days) -> str:
    return f"{days / 365.25:.1f} y" if days is not None and pd.notna(days) else "–"


def render_summary(spells: pd.DataFrame, console: Console, role, years, as_of) -> None:
    """One line of system-wide figures."""
    if spells.empty:
        console.print("No spells in post yet: extract some documents first.")
        return
    s = turnover.system_summary(spells, role, years, as_of).iloc[0]
    share = f"{s['without_substantive_share']:.0%}" if pd.notna(s["without_substantive_share"]) else "–"
    rate = f"{s['mean_annual_change_rate']:.2f}" if pd.notna(s["mean_annual_change_rate"]) else "–"
    console.print(
        f"[bold]{role or 'All roles'}[/], {_window(years, as_of)}: {_n(s['organisations'], 'organisation')}, "
        f"{_n(s['holders'], 'person', 'people')}, {_n(s['changes'], 'change')} ({rate} per organisation per year); "
        f"median tenure "
        f"{_years(s['median_tenure_days'])}; current holders' median time in post "
        f"{_years(s['median_current_tenure_days'])}; without a substantive holder now: "
        f"{s['without_substantive_holder']} of {s['organisations_running']} ({share})"
    )


def render_ranking(
    ranking: pd.DataFrame, console: Console, role, years, as_of, top: int, rollup: bool
) -> None:
    """The churn ranking table."""
    if ranking.empty:
        return
    title = f"Churn ranking: {role or 'all roles'}, {_window(years, as_of)}" + (
        " (merged trusts rolled up)" if rollup else ""
    )
    columns = [
        Col("#", 90, "right"),
        Col("Organisation: role" if role is None else "Organisation", 100),
        Col("ODS", 40),
        Col("Holders", 95, "right"),
        Col("Changes", 80, "right"),
        Col("Interim", 50, "right"),
        Col("Median tenure", 70, "right"),
        Col("Interim share", 30, "right"),
        Col("Vacant days", 20, "right"),
        Col("Now", 60),
    ]
    rows = []
    for row in ranking.head(top).itertuples():
        name = row.organisation if role is not None else f"{row.organisation}: {row.role}"
        if rollup and row.includes and row.includes != row.organisation:
            name += f"\n[dim]incl. {row.includes}[/]"
        now = (
            row.current_holders
            if isinstance(row.current_holders, str)
            else ("vacant" if row.vacant_now else "")
        )
        if row.interim_now:
            now += " (interim)"
        rows.append(
            [
                str(row.rank),
                name,
                row.ods_code if isinstance(row.ods_code, str) else "",
                str(row.holders),
                str(row.changes),
                str(row.interim_spells),
                _years(row.median_tenure_days),
                f"{row.interim_share:.0%}" if pd.notna(row.interim_share) else "–",
                str(row.vacancy_days),
                now,
            ]
        )
    table = fitted_table(console, title, columns, rows)
    console.print(table)
    if len(ranking) > top:
        console.print(f"... {len(ranking) - top} more organisations")


@dataclass(frozen=True)
class Col:
    """A report column: ``keep`` ranks it (lowest dropped first when the terminal is narrow)."""

    name: str
    keep: int
    justify: str = "left"
    no_wrap: bool = False


def fitted_table(console: Console, title: str, columns: list[Col], rows: list[list[str]]) -> Table:
    """A table that fits ``console.width``: columns are dropped, least needed first, until every column
    can be as wide as its longest word; then the widest text columns wrap (at spaces, never in a word
    or a date) until the table fits."""
    full, word = [], []
    for i, column in enumerate(columns):
        cells = [Text.from_markup(c).plain for c in [column.name] + [row[i] for row in rows]]
        full.append(max(len(line) for c in cells for line in (c.splitlines() or [""])))
        words = cells if column.no_wrap else [w for c in cells for w in c.split()]
        word.append(max((len(w) for w in words), default=1))

    def total(widths: dict[int, int]) -> int:  # each column: a space either side and a border; +1 border
        return sum(w + 3 for w in widths.values()) + 1

    kept = list(range(len(columns)))
    while len(kept) > 1 and total({i: word[i] for i in kept}) > console.width:
        kept.remove(min(kept, key=lambda i: columns[i].keep))
    widths = {i: full[i] for i in kept}
    while total(widths) > console.width:
        i = max(kept, key=lambda k: widths[k] - word[k])
        if widths[i] <= word[i]:
            break
        widths[i] = max(word[i], widths[i] - (total(widths) - console.width))
    table = Table(title=title, title_justify="left")
    for i in kept:
        column = columns[i]
        table.add_column(column.name, justify=column.justify, no_wrap=column.no_wrap, width=widths[i])
    for row in rows:
        table.add_row(*(row[i] for i in kept))
    return table


def _bar(spell, lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    if pd.isna(spell.start) or pd.isna(spell.until) or hi <= lo:
        return ""
    span = (hi - lo).days + 1
    a = int((max(spell.start, lo) - lo).days / span * BAR_WIDTH)
    b = int((min(spell.until, hi) - lo).days / span * BAR_WIDTH)
    fill = "▒" if spell.interim else "█"
    return "·" * a + fill * max(b - a + 1, 1) + "·" * max(BAR_WIDTH - b - 1, 0)


def render_timelines(
    spells: pd.DataFrame, ranking: pd.DataFrame, console: Console, as_of, limit: int | None
) -> None:
    """One table per organisation (churn ranking order, then by name): every spell, every role, all time."""
    if spells.empty:
        return
    table_all = turnover.timeline(spells, None, None, None, as_of)
    order = list(
        dict.fromkeys(
            list(ranking["org_key"])
            + sorted(
                table_all["org_key"].unique(),
                key=lambda k: str(table_all.loc[table_all["org_key"] == k, "organisation"].iloc[0]),
            )
        )
    )
    shown = 0
    for key in order:
        org = table_all[table_all["org_key"] == key]
        if org.empty:
            continue
        if limit is not None and shown >= limit:
            console.print(f"... {len(order) - shown} more organisations")
            break
        shown += 1
        ods = org["ods_code"].iloc[0]
        dated = org[org["start"].notna()]
        lo = dated["start"].min() if len(dated) else as_of
        title = f"{org['organisation'].iloc[0]} ({ods if isinstance(ods, str) else 'no ODS code'})"
        if len(dated):
            title += f"   timeline {lo.year}–{as_of.year}: █ substantive ▒ interim"
        columns = [
            Col("Person", 100),
            Col("Role", 90),
            Col("Interim", 60),
            Col("From", 80),
            Col("To", 85),
            Col("Days", 50, "right"),
            Col("Known from", 20),
            Col("Sources", 30, "right"),
            Col("Timeline", 40, no_wrap=True),
        ]
        rows = []
        roles = sorted(org["role"].unique(), key=lambda r: (r != turnover.DEFAULT_ROLE, r))
        for role in roles:
            for spell in org[org["role"] == role].itertuples():
                start = spell.start.date().isoformat() if pd.notna(spell.start) else "?"
                end = (
                    spell.end.date().isoformat()
                    if pd.notna(spell.end)
                    else ("in post" if spell.is_open else "?")
                )
                basis = f"{_text(spell.start_basis, '?')} → {_text(spell.end_basis, 'open')}"
                rows.append(
                    [
                        spell.person,
                        spell.role,
                        "yes" if spell.interim else "",
                        start,
                        end,
                        str(int(spell.tenure_days)) if pd.notna(spell.tenure_days) else "",
                        basis,
                        str(spell.sources),
                        _bar(spell, lo, as_of),
                    ]
                )
        table = fitted_table(console, title, columns, rows)
        console.print(table)


UNRESOLVED_SQL = """
SELECT r.text, r.events, r.mentions, r.documents, r.score, c.name AS closest
FROM organisation_resolutions r LEFT JOIN organisations c ON c.id = r.candidate_id
WHERE r.organisation_id IS NULL
ORDER BY r.events DESC, r.mentions DESC, r.text
"""


def render_unresolved(conn: sqlite3.Connection, console: Console, limit: int | None = None) -> int:
    """Organisation names no gazetteer entry matched (events first), with the closest candidate."""
    ensure_resolved(conn)
    rows = conn.execute(UNRESOLVED_SQL).fetchall()
    table = Table(title=f"Unresolved organisation names ({len(rows)})", title_justify="left")
    for column in ("As written", "Events", "Mentions", "Documents", "Closest gazetteer name (score)"):
        table.add_column(column, overflow="fold")
    for text, n_events, n_mentions, n_docs, score, closest in rows[:limit] if limit else rows:
        table.add_row(
            text, str(n_events), str(n_mentions), str(n_docs), f"{closest} ({score:g})" if closest else ""
        )
    console.print(table)
    return len(rows)


def render_events(conn: sqlite3.Connection, console: Console, limit: int | None = None) -> None:
    """One table per organisation: person, role, event, interim, date, evidence (the events as extracted)."""
    frame = events_frame(conn)
    for n, (org, group) in enumerate(frame.groupby("organisation", sort=True)):
        if limit is not None and n >= limit:
            console.print(f"... {frame['organisation'].nunique() - limit} more organisations")
            break
        ods = group["ods_code"].iloc[0]
        table = Table(title=f"Events: {org} ({ods or 'no ODS code'})", title_justify="left", show_lines=False)
        for column in ("Person", "Role", "Event", "Interim", "Date", "Evidence"):
            table.add_column(column, overflow="fold", max_width=70 if column == "Evidence" else None)
        for row in group.itertuples():
            table.add_row(
                row.person,
                row.role,
                row.event,
                "yes" if row.interim else "",
                _text(row.effective_date),
                _clip(row.evidence),
            )
        console.print(table)


MENTIONS_SQL = """
SELECT COALESCE(o.name, m.text) AS organisation, o.ods_code, group_concat(DISTINCT m.text) AS written,
       COUNT(*) AS mentions, COUNT(DISTINCT m.document_id) AS documents
FROM organisation_mentions m LEFT JOIN organisations o ON o.id = m.organisation_id
GROUP BY COALESCE(o.id, m.text) ORDER BY mentions DESC, organisation LIMIT 25
"""


def render_mentions(conn: sqlite3.Connection, console: Console) -> None:
    """The NHS organisations the documents name, with ODS codes (top 25)."""
    rows = conn.execute(MENTIONS_SQL).fetchall()
    if not rows:
        return
    table = Table(title="Organisations mentioned", title_justify="left")
    for column in ("Organisation", "ODS code", "As written", "Mentions", "Documents"):
        table.add_column(column, overflow="fold")
    for org, ods, written, n, docs in rows:
        table.add_row(org, ods or "", _clip(written.replace(",", "; "), 80), str(n), str(docs))
    console.print(table)


def _text(value, default: str = "") -> str:
    return default if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
