"""Example SQL for users: the README's example queries and Datasette's canned queries are these.

Each query answers one question over the views (`tenures`, `moves`, `turnover`, `appointments`) and
tables. ``date('now')`` makes "the last 14 years" and "today" move with the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    name: str  # Datasette canned-query name
    title: str  # the question
    sql: str
    params: dict[str, str] = field(default_factory=dict)  # example values for :named parameters
    description: str = ""


EXAMPLES: tuple[Example, ...] = (
    Example(
        "most_chief_executives",
        "Which trusts have had the most chief executives in the last 14 years?",
        """SELECT organisation, ods_code, COUNT(DISTINCT person) AS chief_executives,
       SUM(interim) AS interim_spells, MIN(start_date) AS earliest_start
FROM tenures
WHERE role = 'chief executive'
  AND COALESCE(end_date, date('now')) >= date('now', '-14 years')
GROUP BY organisation, ods_code
ORDER BY chief_executives DESC, interim_spells DESC, organisation
LIMIT 20""",
        description="Distinct people with a chief executive spell (interim included) that touches the last 14 years.",
    ),
    Example(
        "interim_now",
        "Who is interim where today?",
        """SELECT person, organisation, ods_code, role, start_date, tenure_days AS days_in_post
FROM tenures
WHERE interim = 1 AND is_open = 1
ORDER BY start_date""",
        description="Open interim or acting spells.",
    ),
    Example(
        "longest_serving_chief_executives",
        "Which chief executives have been in post longest?",
        """SELECT person, organisation, ods_code, start_date, tenure_days
FROM tenures
WHERE role = 'chief executive' AND is_open = 1 AND interim = 0 AND tenure_days IS NOT NULL
ORDER BY tenure_days DESC
LIMIT 20""",
    ),
    Example(
        "shortest_median_tenure",
        "Where is the median chief executive tenure shortest?",
        """SELECT organisation, ods_code, holders, interim_spells, median_tenure_days,
       ROUND(median_tenure_days / 365.25, 1) AS median_tenure_years, interim_share, vacancy_days
FROM turnover
WHERE role = 'chief executive' AND holders >= 2
ORDER BY median_tenure_days, organisation
LIMIT 20""",
        description="From the `turnover` view (all time; open spells run to today).",
    ),
    Example(
        "changes_by_year",
        "How many appointments were made each year, and how many were interim?",
        """SELECT substr(COALESCE(effective_date, announced_date), 1, 4) AS year, role,
       COUNT(*) AS appointments, SUM(interim) AS interim
FROM moves
WHERE event = 'appointed' AND COALESCE(effective_date, announced_date) IS NOT NULL
GROUP BY year, role
ORDER BY year, role""",
    ),
    Example(
        "group_leaders",
        "Who holds the same post at two or more organisations at once (groups and chains)?",
        """SELECT a.person, a.role, a.organisation AS organisation_a, b.organisation AS organisation_b,
       MAX(a.start_date, b.start_date) AS together_since,
       MIN(COALESCE(a.end_date, date('now')), COALESCE(b.end_date, date('now'))) AS together_until
FROM tenures a
JOIN tenures b ON b.person_id = a.person_id AND b.role = a.role AND b.organisation > a.organisation
WHERE a.start_date <= COALESCE(b.end_date, date('now'))
  AND b.start_date <= COALESCE(a.end_date, date('now'))
ORDER BY a.person, together_since""",
    ),
    Example(
        "conflicting_dates",
        "Which moves do the sources date differently?",
        """SELECT person, organisation, role, event, effective_date, stated_dates, sources, source_urls
FROM moves
WHERE conflict = 1
ORDER BY announced_date""",
        description="`effective_date` is the best-supported date; `stated_dates` counts documents per stated date.",
    ),
    Example(
        "well_sourced_moves",
        "Which moves were reported by several independent sources?",
        """SELECT person, organisation, role, event, announced_date, effective_date, sources, confidence
FROM moves
WHERE sources >= 2
ORDER BY sources DESC, announced_date""",
    ),
    Example(
        "career",
        "What posts has this person held, in order?",
        """SELECT person, organisation, role, interim, start_date, end_date, end_basis, tenure_days
FROM tenures
WHERE person = :person
ORDER BY start_date""",
        params={"person": "Lydia Marchetti"},
    ),
    Example(
        "churn_through_mergers",
        "Counting predecessor trusts under their successor, which organisations have had the most chief executives?",
        """SELECT s.name AS organisation, s.ods_code, COUNT(DISTINCT t.person_id) AS chief_executives,
       COUNT(DISTINCT t.organisation) AS organisations, group_concat(DISTINCT t.organisation) AS includes
FROM tenures t
JOIN organisation_lineage l ON l.organisation_id = t.organisation_id AND l.final = 1
JOIN organisations s ON s.id = l.successor_id
WHERE t.role = 'chief executive'
GROUP BY s.id
ORDER BY chief_executives DESC, organisation
LIMIT 20""",
        description="ODS successor links: Poole and Royal Bournemouth count under University Hospitals Dorset.",
    ),
    Example(
        "vacant_posts",
        "Which posts are vacant: the last holder left and nobody has been recorded since?",
        """SELECT t.organisation, t.ods_code, t.role, MAX(t.end_date) AS vacant_since,
       CAST(julianday('now') - julianday(MAX(t.end_date)) AS INTEGER) AS days_vacant
FROM tenures t
LEFT JOIN organisations o ON o.id = t.organisation_id
WHERE o.closed IS NULL
GROUP BY t.organisation, t.ods_code, t.role
HAVING SUM(t.is_open) = 0 AND MAX(t.end_date) < date('now')
ORDER BY vacant_since""",
    ),
    Example(
        "unresolved_organisations",
        "Which organisation names could not be matched to the gazetteer?",
        """SELECT r.text, r.events, r.mentions, r.documents, r.score AS closest_score, c.name AS closest
FROM organisation_resolutions r
LEFT JOIN organisations c ON c.id = r.candidate_id
WHERE r.organisation_id IS NULL
ORDER BY r.events DESC, r.mentions DESC, r.text""",
    ),
)


def by_name(name: str) -> Example:
    for example in EXAMPLES:
        if example.name == name:
            return example
    raise KeyError(name)
