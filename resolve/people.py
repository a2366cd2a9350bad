"""People across documents: one `people` row per real person, however each document names them.

Names are compared without honorifics and post-nominals, case, accents, apostrophes and hyphens.
Full names with the same first name and surname are one person (middle names or initials must not
contradict: "Owen J. Castellan" = "Owen Castellan" ≠ "Owen K. Castellan"). A familiar first name
("Bob" for "Robert") joins only when the two forms share an organisation. A name with only initials
or only a surname ("R. Okonjo", "F. Doyle") goes, event by event, to the one compatible full name
with that surname; when several fit (Fiona and Francis Doyle), to the one whose events share the
organisation (+4), the role (+2) and the time (+1, within three years); a tie leaves it on its own.
Merged rows are deleted; their names become `person_aliases` of the survivor, and
`person_resolutions` keeps, per event, the name as extracted and how it was resolved.
Runs inside :func:`nhs_leaders.resolve.entities.resolve`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import sqlite_utils
from nhs_leaders.nlp.vocab import HONORIFICS  # one list of honorifics for extraction and resolution
from nhs_leaders.nlp.vocab import POST_NOMINALS as VOCAB_POST_NOMINALS
from nhs_leaders.resolve.organisations import _fold, normalise_org

CONTEXT_YEARS = 3
POST_NOMINALS = {p.lower() for p in VOCAB_POST_NOMINALS}  # one list, nlp/vocab.py
# Familiar forms → given name. Only used when the two forms also share an organisation.
NICKNAMES = {
    "bob": "robert",
    "rob": "robert",
    "robbie": "robert",
    "bill": "william",
    "will": "william",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "kate": "katherine",
    "katie": "katherine",
    "cathy": "catherine",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "mike": "michael",
    "mick": "michael",
    "dave": "david",
    "steve": "stephen",
    "tom": "thomas",
    "tony": "anthony",
    "andy": "andrew",
    "nick": "nicholas",
    "pete": "peter",
    "dan": "daniel",
    "danny": "daniel",
    "ben": "benjamin",
    "jon": "jonathan",
    "matt": "matthew",
    "chris": "christopher",
    "alex": "alexander",
    "sue": "susan",
    "jen": "jennifer",
    "jenny": "jennifer",
    "mandy": "amanda",
    "pat": "patricia",
    "rich": "richard",
    "rick": "richard",
    "dick": "richard",
    "ted": "edward",
    "ed": "edward",
    "maggie": "margaret",
    "meg": "margaret",
    "peggy": "margaret",
    "sam": "samuel",
    "tim": "timothy",
    "phil": "philip",
    "geoff": "geoffrey",
    "ken": "kenneth",
    "ian": "ian",
    "jo": "joanne",
}


@dataclass(frozen=True)
class NameParts:
    """A person's name split for comparison."""

    raw: str
    first: str  # normalised first given name ('' when only initials or a surname are known)
    initials: tuple[str, ...]  # first letters of every given name, in order
    middles: tuple[str, ...]  # first letters of the given names after the first
    surname: str
    compact: str  # every letter, normalised, no spaces: "ffiontallismorgan"

    @property
    def full(self) -> bool:
        return bool(self.first)


@lru_cache(maxsize=100_000)
def parse_name(name: str) -> NameParts:
    """Split ``name`` into normalised given names and surname; honorifics and post-nominals dropped."""
    tokens = [t for t in re.split(r"[\s,]+", name.strip()) if t]
    while tokens and _fold(tokens[0]).rstrip(".") in HONORIFICS and len(tokens) > 1:
        tokens = tokens[1:]
    while len(tokens) > 1 and _fold(tokens[-1]).rstrip(".").replace(".", "") in POST_NOMINALS:
        tokens = tokens[:-1]
    pairs = [(t, re.sub(r"[^a-z\-]", "", _fold(t).replace("’", "'").replace("'", ""))) for t in tokens]
    pairs = [(t, w) for t, w in pairs if w.strip("-")]
    if not pairs:
        return NameParts(name, "", (), (), _fold(name), re.sub(r"[^a-z]", "", _fold(name)))
    words = [w for _, w in pairs]
    surname = words[-1].replace("-", "")
    surname_caps = pairs[-1][0].isupper()
    initials: list[str] = []
    first = ""
    for n, (token, word) in enumerate(pairs[:-1]):
        letters = token.replace(".", "")
        is_initials = len(word) == 1 or (
            letters.isalpha() and letters.isupper() and len(letters) == 2 and not surname_caps
        )
        if is_initials:
            initials.extend(letters.lower())
        else:
            if n == 0:
                first = word.replace("-", "")
            initials.append(word[0])
    middles = tuple(initials[1:])
    compact = re.sub(r"[^a-z]", "", "".join(words))
    return NameParts(name, first, tuple(initials), middles, surname, compact)


def _plain(name: str) -> bool:
    """No honorific in front and no post-nominal behind."""
    tokens = name.split()
    if not tokens:
        return True
    return (
        _fold(tokens[0]).rstrip(".") not in HONORIFICS
        and _fold(tokens[-1]).replace(".", "") not in POST_NOMINALS
    )


def _given(first: str) -> str:
    return NICKNAMES.get(first, first)


def _compatible_middles(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle initials agree where both are given ("J" vs "J K" agree; "J" vs "K" do not)."""
    return all(x == y for x, y in zip(a, b))


@dataclass
class _Identity:
    forms: Counter = field(default_factory=Counter)  # extracted name → events
    parts: list[NameParts] = field(default_factory=list)
    orgs: set = field(default_factory=set)
    roles: set = field(default_factory=set)
    dates: list[date] = field(default_factory=list)

    def canonical(self) -> str:
        """The plainest full form: no honorific or post-nominal, most events, most words, then alphabetical."""
        full = [(n, f) for f, n in self.forms.items() if parse_name(f).full] or [
            (n, f) for f, n in self.forms.items()
        ]
        return max(full, key=lambda x: (_plain(x[1]), x[0], len(x[1].split()), x[1]))[1]


@dataclass
class _EventRow:
    id: int
    document_id: int
    char_start: int
    role: str
    event: str
    name: str
    org: tuple
    when: date | None
    person_id: int


def _org_key(organisation_id, organisation_text) -> tuple:
    return (
        ("id", organisation_id)
        if organisation_id is not None
        else ("text", normalise_org(organisation_text or ""))
    )


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        y, m, d = (value.split("-") + ["01", "01"])[:3]
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _load_event_rows(db: sqlite_utils.Database) -> list[_EventRow]:
    stored = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT event_id, document_id, char_start, role, event, name_as_extracted, person_id FROM person_resolutions"
        ).fetchall()
    }
    rows = []
    for eid, doc, start, role, event, pid, name, org_id, org_text, eff, published in db.execute(
        """SELECT e.id, e.document_id, e.char_start, e.role, e.event, e.person_id, p.name, e.organisation_id,
                  e.organisation_text, e.effective_date, d.published
           FROM events e JOIN people p ON p.id = e.person_id JOIN documents d ON d.id = e.document_id
           ORDER BY e.id"""
    ).fetchall():
        previous = stored.get(eid)
        if previous and previous[:4] == (doc, start, role, event) and previous[5] == pid:
            name = previous[4]  # the event was repointed by an earlier resolve: keep the name as extracted
        rows.append(
            _EventRow(
                eid,
                doc,
                start,
                role,
                event,
                name,
                _org_key(org_id, org_text),
                _parse_day(eff) or _parse_day(published),
                pid,
            )
        )
    return rows


def _cluster_people(rows: list[_EventRow]) -> tuple[dict[int, tuple[str, str]], list[_Identity]]:
    """event id → (canonical name, method); plus the identities found."""
    by_surname: dict[str, list[_EventRow]] = defaultdict(list)
    parts: dict[str, NameParts] = {}
    for row in rows:
        p = parts.setdefault(row.name, parse_name(row.name))
        by_surname[p.surname].append(row)
    # Double-barrelled or spaced surnames ("Tallis-Morgan" / "Tallis Morgan"): same compact form → same bucket.
    result: dict[int, tuple[str, str]] = {}
    identities: list[_Identity] = []
    compact_home: dict[str, str] = {}
    for surname in sorted(by_surname):
        for row in by_surname[surname]:
            compact_home.setdefault(parts[row.name].compact, surname)
    merged: dict[str, list[_EventRow]] = defaultdict(list)
    for surname, group in by_surname.items():
        for row in group:
            merged[
                compact_home.get(parts[row.name].compact, surname) if parts[row.name].full else surname
            ].append(row)
    for surname in sorted(merged):
        identities += _cluster_surname(merged[surname], parts, result)
    return result, identities


def _cluster_surname(
    group: list[_EventRow], parts: dict[str, NameParts], result: dict[int, tuple[str, str]]
) -> list[_Identity]:
    full_forms = sorted({r.name for r in group if parts[r.name].full})
    vague = [r for r in group if not parts[r.name].full]
    # 1. full forms: same first name (or compact spelling) with compatible middle initials.
    idents: list[_Identity] = []
    form_ident: dict[str, _Identity] = {}
    by_first: dict[str, list[str]] = defaultdict(list)
    for form in full_forms:
        by_first[parts[form].first].append(form)
    for first in sorted(by_first):
        forms = by_first[first]
        with_mid = sorted((f for f in forms if parts[f].middles), key=lambda f: (-len(parts[f].middles), f))
        plain = [f for f in forms if not parts[f].middles]
        groups: list[list[str]] = []
        for form in with_mid:
            home = next(
                (g for g in groups if _compatible_middles(parts[g[0]].middles, parts[form].middles)), None
            )
            if home is None:
                groups.append([form])
            else:
                home.append(form)
        if len(groups) <= 1:
            groups = [(groups[0] if groups else []) + plain]
        else:  # several middle-initial variants: a plain form is assigned per event below
            vague += [r for r in group if r.name in plain]
        for forms_ in groups:
            ident = _Identity()
            for form in forms_:
                form_ident[form] = ident
            idents.append(ident)
    for row in group:
        ident = form_ident.get(row.name)
        if ident is not None:
            _add(ident, row, parts)
            result[row.id] = (row.name, "exact")
    # 2. familiar first names ("Bob" / "Robert") join only when they share an organisation.
    for a in list(idents):
        for b in list(idents):
            if a is b or a not in idents or b not in idents:
                continue
            fa, fb = parts[a.canonical()].first, parts[b.canonical()].first
            if fa != fb and _given(fa) == _given(fb) and a.orgs & b.orgs:
                for form, n in b.forms.items():
                    a.forms[form] += n
                a.orgs |= b.orgs
                a.roles |= b.roles
                a.dates += b.dates
                for row in group:
                    if form_ident.get(row.name) is b:
                        form_ident[row.name] = a
                        result[row.id] = (row.name, "familiar name")
                idents.remove(b)
    # 3. initials, bare surnames and ambiguous plain forms: per event, by compatibility then context.
    own: dict[str, _Identity] = {}
    event_ident: dict[int, _Identity] = {}
    for row in vague:
        p = parts[row.name]
        candidates = [i for i in idents if _fits(p, parts[i.canonical()], i)]
        method = "initials"
        if len(candidates) > 1:
            scored = sorted(((_context_score(i, row), n) for n, i in enumerate(candidates)), reverse=True)
            if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                candidates = [candidates[scored[0][1]]]
                method = "context"
            else:
                candidates = []
        if len(candidates) == 1:
            target = candidates[0]
            target.forms[row.name] += 1
            result[row.id] = (row.name, method)
            event_ident[row.id] = target
        else:
            target = own.setdefault(row.name, _Identity())
            _add(target, row, parts)
            result[row.id] = (row.name, "unmatched")
    idents += list(own.values())
    # Canonical names are known only now that every form is counted.
    for row in group:
        ident = event_ident.get(row.id) or form_ident.get(row.name) or own.get(row.name)
        if ident is not None:
            result[row.id] = (ident.canonical(), result[row.id][1])
    return idents


def _add(ident: _Identity, row: _EventRow, parts: dict[str, NameParts]) -> None:
    ident.forms[row.name] += 1
    ident.orgs.add(row.org)
    ident.roles.add(row.role)
    if row.when:
        ident.dates.append(row.when)


def _fits(vague: NameParts, full: NameParts, ident: _Identity) -> bool:
    if not vague.initials:
        return True  # a bare surname fits anyone with that surname
    names = [parse_name(f) for f in ident.forms if parse_name(f).full] or [full]
    return any(_compatible_middles(n.initials, vague.initials) for n in names)


def _context_score(ident: _Identity, row: _EventRow) -> int:
    score = 0
    if row.org in ident.orgs:
        score += 4
    if row.role in ident.roles:
        score += 2
    if row.when and any(abs((row.when - d).days) <= 365 * CONTEXT_YEARS for d in ident.dates):
        score += 1
    return score


def resolve_people(db: sqlite_utils.Database) -> dict[str, int]:
    """Merge `people` rows that name the same person; split initials by context. Returns counts."""
    rows = _load_event_rows(db)
    assignment, _ = _cluster_people(rows)
    honorifics: dict[str, Counter] = defaultdict(Counter)
    post_nominals: dict[str, Counter] = defaultdict(Counter)
    old_people = {
        pid: (name, hon, post)
        for pid, name, hon, post in db.execute(
            "SELECT id, name, honorific, post_nominals FROM people"
        ).fetchall()
    }
    for row in rows:
        canonical = assignment[row.id][0]
        _, hon, post = old_people.get(row.person_id, (None, None, None))
        if hon:
            honorifics[canonical][hon] += 1
        if post:
            post_nominals[canonical][post] += 1
    ids: dict[str, int] = {}
    for name in sorted({a[0] for a in assignment.values()}):
        found = db.execute("SELECT id FROM people WHERE name = ?", [name]).fetchone()
        ids[name] = found[0] if found else db.execute("INSERT INTO people(name) VALUES (?)", [name]).lastrowid
    merged = dropped = 0
    for row in rows:
        target = ids[assignment[row.id][0]]
        if target != row.person_id:
            cur = db.execute("UPDATE OR IGNORE events SET person_id = ? WHERE id = ?", [target, row.id])
            if cur.rowcount == 0:  # the same fact from the same document under another form of the name
                db.execute("DELETE FROM events WHERE id = ?", [row.id])
                dropped += 1
            else:
                merged += 1
    db.execute("DELETE FROM person_resolutions")
    live = {r[0] for r in db.execute("SELECT id FROM events").fetchall()}
    db.conn.executemany(
        "INSERT INTO person_resolutions(event_id, document_id, char_start, role, event, name_as_extracted, "
        "person_id, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r.id,
                r.document_id,
                r.char_start,
                r.role,
                r.event,
                r.name,
                ids[assignment[r.id][0]],
                assignment[r.id][1],
            )
            for r in rows
            if r.id in live
        ],
    )
    for name, pid in ids.items():
        hon = honorifics[name].most_common(1)[0][0] if honorifics[name] else None
        post = post_nominals[name].most_common(1)[0][0] if post_nominals[name] else None
        db.execute(
            "UPDATE people SET honorific = COALESCE(?, honorific), post_nominals = COALESCE(?, post_nominals)"
            " WHERE id = ?",
            [hon, post, pid],
        )
    aliases = {(ids[assignment[r.id][0]], r.name) for r in rows if r.name != assignment[r.id][0]}
    # People rows left without events: their aliases move to whoever took their events, then they go.
    orphans = [
        r[0]
        for r in db.execute(
            "SELECT id FROM people WHERE id NOT IN (SELECT DISTINCT person_id FROM events)"
        ).fetchall()
    ]
    heirs_of: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        if r.id in live:
            heirs_of[r.person_id].add(ids[assignment[r.id][0]])
    for pid in orphans:
        heirs = heirs_of.get(pid, set())
        for heir in heirs:
            aliases |= {
                (heir, a[0])
                for a in db.execute("SELECT alias FROM person_aliases WHERE person_id = ?", [pid]).fetchall()
            }
        db.execute("DELETE FROM person_aliases WHERE person_id = ?", [pid])
        db.execute("DELETE FROM people WHERE id = ?", [pid])
    names = {pid: name for pid, name in db.execute("SELECT id, name FROM people").fetchall()}
    db.conn.executemany(
        "INSERT OR IGNORE INTO person_aliases(person_id, alias) VALUES (?, ?)",
        sorted((pid, alias) for pid, alias in aliases if pid in names and names[pid] != alias),
    )
    return {
        "people": len(names),
        "events_repointed": merged,
        "duplicate_events_removed": dropped,
        "people_removed": len(orphans),
    }
