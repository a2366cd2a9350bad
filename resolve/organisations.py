"""Organisations across documents: names the extractor left as text matched to the gazetteer; lineage.

An event or mention the extractor left unresolved (``organisation_id`` NULL, text kept) is matched
against the gazetteer aliases: exact alias after normalisation; an acronym ("SFHFT") when exactly one
gazetteer name fits, or exactly one that the same documents also name; then a fuzzy match
(rapidfuzz ``fuzz.ratio`` on normalised names, :data:`FUZZY_THRESHOLD` = 92 out of 100, with every
distinctive word matched ≥ 80 and the runner-up organisation at least 3 points behind). Anything else
stays text; `organisation_resolutions` lists every text with its method (``unresolved`` included)
and the closest candidate. Runs inside :func:`nhs_leaders.resolve.entities.resolve`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils
from nhs_leaders.nlp.gazetteer import is_acronym_of
from rapidfuzz import fuzz, process

FUZZY_THRESHOLD = 92.0
FUZZY_WORD_THRESHOLD = 80.0
FUZZY_MARGIN = 3.0
GENERIC_ORG_WORDS = {
    "nhs",
    "foundation",
    "trust",
    "trusts",
    "hospital",
    "hospitals",
    "university",
    "teaching",
    "healthcare",
    "health",
    "care",
    "services",
    "the",
    "and",
    "of",
    "partnership",
    "community",
    "integrated",
    "board",
    "ft",
    "icb",
    "ccg",
    "group",
    "clinical",
    "commissioning",
}


def _fold(text: str) -> str:
    """No accents, lower case (also used by :mod:`nhs_leaders.resolve.people` for names)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def normalise_org(text: str) -> str:
    """Lower case, no accents or apostrophes, '&' → 'and', no leading 'the', single spaces."""
    text = _fold(text).replace("&", " and ").replace("’", "").replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass
class _OrgIndex:
    exact: dict[str, set[int]]
    fuzzy_choices: list[str]
    fuzzy_orgs: list[int]
    names: dict[int, list[str]]  # org id → formal names (current and former) for acronyms


def _org_index(db: sqlite_utils.Database) -> _OrgIndex:
    exact: dict[str, set[int]] = defaultdict(set)
    fuzzy: dict[str, set[int]] = defaultdict(set)
    names: dict[int, list[str]] = defaultdict(list)
    for org_id, alias, kind in db.execute(
        "SELECT organisation_id, alias, kind FROM organisation_aliases"
    ).fetchall():
        key = normalise_org(alias)
        exact[key].add(org_id)
        if kind in ("name", "former"):
            names[org_id].append(alias)
        if len(key.split()) >= 2 and len(key) >= 10 and kind != "alias":
            fuzzy[key].add(org_id)
    choices = sorted(k for k, v in fuzzy.items() if len(v) == 1)
    return _OrgIndex(exact, choices, [next(iter(fuzzy[c])) for c in choices], names)


def _distinctive(text: str) -> list[str]:
    return [w for w in text.split() if w not in GENERIC_ORG_WORDS]


def _words_match(a: str, b: str) -> bool:
    wa, wb = _distinctive(a), _distinctive(b)
    if not wa or not wb:
        return False
    ok = lambda xs, ys: all(max(fuzz.ratio(x, y) for y in ys) >= FUZZY_WORD_THRESHOLD for x in xs)  # noqa: E731
    return ok(wa, wb) and ok(wb, wa)


def match_organisation(
    text: str, index: _OrgIndex, context: set[int] = frozenset()
) -> tuple[int | None, str, float | None, int | None]:
    """(organisation id or None, method, score, closest candidate) for one organisation name as written."""
    key = normalise_org(text)
    if not key:
        return None, "unresolved", None, None
    hits = index.exact.get(key, set())
    if len(hits) == 1:
        return next(iter(hits)), "alias", 100.0, None
    if len(hits) > 1:
        inside = hits & set(context)
        if len(inside) == 1:
            return next(iter(inside)), "alias (document context)", 100.0, None
        return None, "unresolved", 100.0, min(hits)
    compact = text.replace(".", "").replace("&", "").strip()
    if re.fullmatch(r"[A-Za-z]{3,8}", compact) and sum(c.isupper() for c in compact) >= 2:
        fits = {org for org, names in index.names.items() if any(is_acronym_of(compact, n) for n in names)}
        if len(fits) == 1:
            return next(iter(fits)), "acronym", None, None
        inside = fits & set(context)
        if len(inside) == 1:
            return next(iter(inside)), "acronym (document context)", None, None
        return None, "unresolved", None, min(fits) if fits else None
    found = process.extract(key, index.fuzzy_choices, scorer=fuzz.ratio, limit=8)
    if not found:
        return None, "unresolved", None, None
    best_choice, best_score, best_n = found[0]
    best_org = index.fuzzy_orgs[best_n]
    runner_up = max((s for c, s, n in found if index.fuzzy_orgs[n] != best_org), default=0.0)
    if (
        best_score >= FUZZY_THRESHOLD
        and best_score - runner_up >= FUZZY_MARGIN
        and _words_match(key, best_choice)
    ):
        return best_org, "fuzzy", round(best_score, 1), None
    return None, "unresolved", round(best_score, 1), best_org


def resolve_organisations(db: sqlite_utils.Database) -> dict[str, int]:
    """Resolve organisation names the extractor left as text; record every text in `organisation_resolutions`."""
    index = _org_index(db)
    texts: dict[str, dict] = {}
    for text, n_events, n_mentions, docs in db.execute(
        """SELECT text, SUM(ev), SUM(me), group_concat(document_id) FROM (
             SELECT organisation_text AS text, 1 AS ev, 0 AS me, document_id FROM events
              WHERE organisation_id IS NULL AND organisation_text IS NOT NULL AND organisation_text <> ''
             UNION ALL
             SELECT text, 0, 1, document_id FROM organisation_mentions WHERE organisation_id IS NULL
           ) GROUP BY text"""
    ).fetchall():
        texts[text] = {
            "events": n_events,
            "mentions": n_mentions,
            "documents": {int(d) for d in docs.split(",")},
        }
    # Previously resolved texts stay resolved in the table (their events now carry the id).
    kept = {
        r[0]: r
        for r in db.execute(
            "SELECT text, organisation_id, method, score, candidate_id, events, mentions, documents "
            "FROM organisation_resolutions WHERE organisation_id IS NOT NULL"
        ).fetchall()
    }
    db.execute("DELETE FROM organisation_resolutions")
    resolved = 0
    for text, info in sorted(texts.items()):
        docs = sorted(info["documents"])
        context = {
            r[0]
            for r in db.execute(
                f"SELECT DISTINCT organisation_id FROM organisation_mentions WHERE organisation_id IS NOT NULL "
                f"AND document_id IN ({','.join('?' * len(docs))})",
                docs,
            ).fetchall()
        }
        org_id, method, score, candidate = match_organisation(text, index, context)
        if org_id is not None:
            resolved += 1
            db.execute(
                "UPDATE OR IGNORE events SET organisation_id = ? WHERE organisation_id IS NULL "
                "AND organisation_text = ?",
                [org_id, text],
            )
            db.execute(
                "UPDATE organisation_mentions SET organisation_id = ? WHERE organisation_id IS NULL "
                "AND text = ?",
                [org_id, text],
            )
        kept.pop(text, None)
        db.execute(
            "INSERT INTO organisation_resolutions(text, organisation_id, method, score, candidate_id, events, "
            "mentions, documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [text, org_id, method, score, candidate, info["events"], info["mentions"], len(docs)],
        )
    for row in kept.values():
        still = db.execute(
            "SELECT COUNT(*) FROM events WHERE organisation_text = ? AND organisation_id = ?",
            [row[0], row[1]],
        ).fetchone()[0]
        if still:
            db.execute("INSERT INTO organisation_resolutions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row))
    return {"organisation_texts": len(texts), "organisations_resolved": resolved}


def build_lineage(db: sqlite_utils.Database) -> int:
    """`organisation_lineage`: every organisation → itself and each successor down the ODS chain."""
    ids = {
        ods: oid
        for oid, ods in db.execute(
            "SELECT id, ods_code FROM organisations WHERE ods_code IS NOT NULL"
        ).fetchall()
    }
    successors = {
        oid: [ids[s.strip()] for s in (succ or "").split(";") if s.strip() in ids]
        for oid, succ in db.execute("SELECT id, successor FROM organisations").fetchall()
    }
    rows = []
    for oid in successors:
        seen = {oid: 0}
        frontier = [oid]
        while frontier:
            nxt = []
            for node in frontier:
                for succ in successors.get(node, []):
                    if succ not in seen:
                        seen[succ] = seen[node] + 1
                        nxt.append(succ)
            frontier = nxt
        rows += [(oid, s, depth, int(not successors.get(s))) for s, depth in seen.items()]
    db.execute("DELETE FROM organisation_lineage")
    db.conn.executemany("INSERT INTO organisation_lineage VALUES (?, ?, ?, ?)", rows)
    return len(rows)
