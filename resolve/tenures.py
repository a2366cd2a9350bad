"""Moves and spells: from per-document events to one row per change and one row per time in post.

Moves (`resolved_moves`, `move_sources`)
    Appointed/departed events with the same person, organisation, role, event and interim flag whose
    dates (the stated effective date, else the publication date) lie within :data:`SAME_MOVE_DAYS` of
    each other are one move. ``announced_date`` is the earliest publication; ``effective_date`` the
    best stated date: the most precise (day > month > year), then the one most independent sources
    state, then the most confident, then the earliest published. ``conflict`` is 1 when two stated dates
    disagree (one is not a refinement of the other: "2024-05" and "2024-05-01" agree). Sources are
    independent when their `documents.source` differs (documents without a source count one each).
    ``confidence`` = 1 − Π(1 − c) over independent sources, c being the best event confidence of each.

Spells (`spells`, `spell_events`)
    Per (person, organisation, role), in date order: an appointment opens a spell (an interim spell
    followed by the same person's substantive appointment ends the day before it); a departure ends the
    open spell (or, with none open, makes a spell whose start is only "first seen"). ``holds`` events
    and departure announcements are observations: they attach to the spell whose dates they fall in
    (:data:`OBSERVATION_SLACK_DAYS` either side) and give ``first_seen`` / ``last_seen``; observations
    outside every spell form a spell of their own, starting when first seen. Then, per organisation and
    single-holder role, an open spell ends the day before the next other holder's spell starts (basis
    ``successor``) unless the holder was seen after that day; open spells at organisations that closed
    end on the closure date (basis ``organisation closed``); and an open spell ends the day before the
    same person's substantive appointment to the same role at another organisation (basis ``moved``)
    unless that post is a group, joint or "in common" one (role as written) or they were seen in the
    old post after it began. Dates of month or year precision are the
    first day of the period for starts and the last day for ends. Every bound keeps the event behind it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlite_utils
from nhs_leaders.nlp.dates import period_end, period_start  # one reading of partial ISO dates
from nhs_leaders.resolve.organisations import normalise_org

SAME_MOVE_DAYS = 365
OBSERVATION_SLACK_DAYS = 92
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}
SHARED_POST = re.compile(r"\b(group|joint|in common|shared)\b", re.I)
MULTI_HOLDER_ROLES = {
    "non-executive director",
    "associate non-executive director",
    "governor",
    "lead governor",
    "director",
    "executive director",
    "board member",
    "trustee",
}


def _source_key(source: str | None, url: str) -> str:
    return f"source:{source}" if source and source != "local" else f"url:{url}"


# ----------------------------------------------------------------------------------------------- moves


@dataclass
class _Ev:
    id: int
    document_id: int
    person_id: int
    organisation_id: int | None
    organisation_text: str | None
    role: str
    event: str
    interim: int
    effective_date: str | None
    date_precision: str | None
    confidence: float
    published: str | None
    source: str

    @property
    def org_key(self) -> tuple:
        if self.organisation_id is not None:
            return ("id", self.organisation_id)
        return ("text", normalise_org(self.organisation_text or ""))

    @property
    def ref(self) -> date | None:
        return period_start(self.effective_date) or period_start(self.published)


def _load_events(db: sqlite_utils.Database, kinds: tuple[str, ...]) -> list[_Ev]:
    marks = ",".join("?" * len(kinds))
    return [
        _Ev(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10] if r[10] is not None else 0.5,
            r[11],
            _source_key(r[12], r[13]),
        )
        for r in db.execute(
            f"""SELECT e.id, e.document_id, e.person_id, e.organisation_id, e.organisation_text, e.role, e.event,
                       e.interim, e.effective_date, e.date_precision, e.confidence, d.published, d.source, d.url
                FROM corrected_events e JOIN documents d ON d.id = e.document_id
                WHERE e.event IN ({marks}) ORDER BY e.id""",
            list(kinds),
        ).fetchall()
    ]


def _clusters(events: list[_Ev]) -> list[list[_Ev]]:
    dated = sorted((e for e in events if e.ref), key=lambda e: (e.ref, e.id))
    undated = [e for e in events if not e.ref]
    clusters: list[list[_Ev]] = []
    for ev in dated:
        if clusters and (ev.ref - clusters[-1][-1].ref).days <= SAME_MOVE_DAYS:
            clusters[-1].append(ev)
        else:
            clusters.append([ev])
    if undated:
        if clusters:
            clusters[0] += undated
        else:
            clusters.append(undated)
    return clusters


def _agrees(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _move(members: list[_Ev]) -> dict:
    stated = [e for e in members if e.effective_date]
    published = sorted(e.published for e in members if e.published)
    chosen_value, precision, representative = None, None, None
    if stated:
        best_rank = max(PRECISION_RANK.get(e.date_precision, 0) for e in stated)
        top = [e for e in stated if PRECISION_RANK.get(e.date_precision, 0) == best_rank]
        by_value: dict[str, list[_Ev]] = defaultdict(list)
        for e in top:
            by_value[e.effective_date].append(e)

        def rank(item):
            value, evs = item
            return (
                len({e.source for e in evs}),
                max(e.confidence for e in evs),
                [-ord(c) for c in min(e.published or "9999" for e in evs)],
            )

        chosen_value, chosen = max(by_value.items(), key=rank)
        precision = chosen[0].date_precision
        representative = min(chosen, key=lambda e: (e.published or "9999", e.id))
    else:
        representative = min(members, key=lambda e: (e.published or "9999", e.id))
    values = sorted({e.effective_date for e in stated})
    conflict = any(not _agrees(a, b) for i, a in enumerate(values) for b in values[i + 1 :])
    best_by_source: dict[str, float] = {}
    for e in members:
        best_by_source[e.source] = max(best_by_source.get(e.source, 0.0), e.confidence)
    miss = 1.0
    for c in best_by_source.values():
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    texts = Counter(e.organisation_text for e in members if e.organisation_text)
    first = members[0]
    return {
        "person_id": first.person_id,
        "organisation_id": first.organisation_id,
        "organisation_text": texts.most_common(1)[0][0] if texts else None,
        "role": first.role,
        "event": first.event,
        "interim": first.interim,
        "announced_date": published[0] if published else None,
        "effective_date": chosen_value,
        "date_precision": precision,
        "stated_dates": json.dumps(dict(Counter(e.effective_date for e in stated).most_common()))
        if stated
        else None,
        "conflict": int(conflict),
        "sources": len(best_by_source),
        "documents": len({e.document_id for e in members}),
        "confidence": round(1.0 - miss, 4),
        "event_id": representative.id,
        "document_id": representative.document_id,
    }


def build_moves(db: sqlite_utils.Database) -> int:
    """Rebuild `resolved_moves` and `move_sources` from the appointed/departed events."""
    groups: dict[tuple, list[_Ev]] = defaultdict(list)
    for ev in _load_events(db, ("appointed", "departed")):
        groups[(ev.person_id, ev.org_key, ev.role, ev.event, ev.interim)].append(ev)
    db.execute("DELETE FROM move_sources")
    db.execute("DELETE FROM resolved_moves")
    n = 0
    for key in sorted(groups, key=repr):
        for members in _clusters(groups[key]):
            move = _move(members)
            cur = db.execute(
                f"INSERT INTO resolved_moves({', '.join(move)}) VALUES ({', '.join('?' * len(move))})",
                list(move.values()),
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO move_sources(move_id, event_id, document_id, stated_date, date_precision) "
                "VALUES (?, ?, ?, ?, ?)",
                [(cur.lastrowid, e.id, e.document_id, e.effective_date, e.date_precision) for e in members],
            )
            n += 1
    return n


# ---------------------------------------------------------------------------------------------- spells


@dataclass
class _Move:
    id: int
    person_id: int
    organisation_id: int | None
    organisation_text: str | None
    role: str
    event: str
    interim: int
    announced: str | None
    effective: str | None
    precision: str | None
    event_id: int
    events: list[tuple[int, int, str]] = field(default_factory=list)  # (event id, document id, source key)
    shared: bool = False  # a group, joint or "in common" post: held alongside others by design

    @property
    def org_key(self) -> tuple:
        if self.organisation_id is not None:
            return ("id", self.organisation_id)
        return ("text", normalise_org(self.organisation_text or ""))

    @property
    def when(self) -> date | None:
        if self.effective:
            return period_start(self.effective) if self.event == "appointed" else period_end(self.effective)
        return period_start(self.announced)


@dataclass
class _Spell:
    person_id: int
    organisation_id: int | None
    organisation_text: str | None
    role: str
    interim: int
    start: date | None = None
    start_precision: str | None = None
    start_basis: str | None = None
    start_move: _Move | None = None
    start_event_id: int | None = None
    end: date | None = None
    end_precision: str | None = None
    end_basis: str | None = None
    end_move: _Move | None = None
    end_event_id: int | None = None
    seen: list[tuple[date, int]] = field(default_factory=list)  # (date, event id) observations
    events: dict[int, str] = field(default_factory=dict)  # event id → kind
    documents: set[int] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    @property
    def is_open(self) -> bool:
        return self.end_basis is None

    def add_move(self, move: _Move, kind: str) -> None:
        for event_id, document_id, source in move.events:
            self.events.setdefault(event_id, kind)
            self.documents.add(document_id)
            self.sources.add(source)

    def close(self, when: date | None, precision: str | None, basis: str, move: _Move | None) -> None:
        self.end, self.end_precision, self.end_basis, self.end_move = when, precision, basis, move
        self.end_event_id = move.event_id if move else None

    def covers(self, when: date, slack: int) -> bool:
        lo = self.start - timedelta(days=slack) if self.start else date.min
        hi = self.end + timedelta(days=slack) if self.end else (date.max if self.is_open else date.min)
        return lo <= when <= hi


@dataclass
class _Obs:
    event_id: int
    document_id: int
    source: str
    when: date | None
    interim: int


def _load_moves(db: sqlite_utils.Database) -> list[_Move]:
    moves = {
        r[0]: _Move(*r)
        for r in db.execute(
            """SELECT id, person_id, organisation_id, organisation_text, role, event, interim, announced_date,
                  effective_date, date_precision, event_id FROM resolved_moves ORDER BY id"""
        ).fetchall()
    }
    for move_id, event_id, document_id, source, url, role_text in db.execute(
        """SELECT s.move_id, s.event_id, s.document_id, d.source, d.url, e.role_text FROM move_sources s
           JOIN documents d ON d.id = s.document_id LEFT JOIN corrected_events e ON e.id = s.event_id
           ORDER BY s.move_id, s.event_id"""
    ).fetchall():
        moves[move_id].events.append((event_id, document_id, _source_key(source, url)))
        if role_text and SHARED_POST.search(role_text):
            moves[move_id].shared = True
    return list(moves.values())


def _spells_from_moves(moves: list[_Move]) -> list[_Spell]:
    order = {"appointed": 0, "departed": 1}
    moves = sorted(moves, key=lambda m: (m.when or date.max, order[m.event], m.id))
    spells: list[_Spell] = []
    current: _Spell | None = None
    for m in moves:
        basis = "stated" if m.effective else "announced"
        precision = m.precision if m.effective else ("day" if m.announced else None)
        if m.event == "appointed":
            if current is not None:
                if current.interim == m.interim:
                    current.add_move(m, "reappointment")  # the same post announced again, or a new term
                    continue
                day_before = m.when - timedelta(days=1) if m.when else None
                current.close(day_before, precision, "substantive" if current.interim else "interim", m)
            current = _Spell(
                m.person_id,
                m.organisation_id,
                m.organisation_text,
                m.role,
                m.interim,
                start=m.when,
                start_precision=precision if m.when else None,
                start_basis=basis if m.when else None,
                start_move=m,
                start_event_id=m.event_id,
            )
            current.add_move(m, "start")
            spells.append(current)
        else:
            if current is None:
                current = _Spell(m.person_id, m.organisation_id, m.organisation_text, m.role, m.interim)
                spells.append(current)
            current.close(m.when, precision if m.when else None, basis if m.when else "undated", m)
            current.add_move(m, "end")
            if m.announced and (m.when is None or period_start(m.announced) <= m.when):
                current.seen.append((period_start(m.announced), m.event_id))
            current = None
    return spells


def _attach(spells: list[_Spell], observations: list[_Obs], template: _Spell) -> list[_Spell]:
    """Hang observations on the spells they fall in; the rest become spells of their own."""
    from_moves = list(spells)
    leftovers: list[_Obs] = []
    for obs in sorted(observations, key=lambda o: (o.when or date.max, o.event_id)):
        if obs.when is None:
            target = spells[-1] if spells else None
        else:
            fits = [s for s in spells if s.covers(obs.when, OBSERVATION_SLACK_DAYS)]
            fits.sort(key=lambda s: (s.interim != obs.interim, not s.covers(obs.when, 0)))
            target = fits[0] if fits else None
        if target is None:
            leftovers.append(obs)
            continue
        _observe(target, obs)
    for interim in (0, 1):
        group: list[_Obs] = [o for o in leftovers if o.interim == interim]
        run: list[_Obs] = []
        for obs in group + [None]:
            boundary = obs is None or (
                run
                and run[-1].when
                and obs.when
                and any(s.start and run[-1].when < s.start <= obs.when for s in from_moves)
            )
            if boundary and run:
                spell = _Spell(
                    template.person_id,
                    template.organisation_id,
                    template.organisation_text,
                    template.role,
                    interim,
                )
                for o in run:
                    _observe(spell, o)
                first = min((d, e) for d, e in spell.seen) if spell.seen else None
                if first:
                    spell.start, spell.start_precision, spell.start_basis, spell.start_event_id = (
                        first[0],
                        "day",
                        "first_seen",
                        first[1],
                    )
                    later = [s for s in from_moves if s.start and s.start > first[0]]
                    if later:
                        last = max(spell.seen)
                        spell.close(last[0], "day", "last_seen", None)
                        spell.end_event_id = last[1]
                else:
                    spell.start_event_id = run[0].event_id
                spells.append(spell)
                run = []
            if obs is not None:
                run.append(obs)
    return spells


def _observe(spell: _Spell, obs: _Obs) -> None:
    spell.events.setdefault(obs.event_id, "observation")
    spell.documents.add(obs.document_id)
    spell.sources.add(obs.source)
    if obs.when:
        spell.seen.append((obs.when, obs.event_id))


def _succession(spells: list[_Spell], closed: dict[int, date]) -> None:
    """Open spells end when the next holder starts (single-holder roles) or when the organisation closed."""
    by_post: dict[tuple, list[_Spell]] = defaultdict(list)
    for s in spells:
        org = (
            ("id", s.organisation_id)
            if s.organisation_id is not None
            else ("text", normalise_org(s.organisation_text or ""))
        )
        by_post[(org, s.role)].append(s)
    for (_org, role), post in by_post.items():
        if role in MULTI_HOLDER_ROLES:
            continue
        for s in post:
            if not s.is_open or s.start is None:
                continue
            ref = max([s.start] + [d for d, _ in s.seen])
            later = [t for t in post if t.person_id != s.person_id and t.start and t.start > ref]
            if later:
                nxt = min(later, key=lambda t: (t.start, t.person_id))
                s.close(nxt.start - timedelta(days=1), nxt.start_precision, "successor", nxt.start_move)
                s.end_event_id = nxt.start_event_id
    for s in spells:
        if (
            s.is_open
            and s.organisation_id in closed
            and (s.start is None or s.start <= closed[s.organisation_id])
        ):
            s.close(closed[s.organisation_id], "day", "organisation closed", None)
    # A holder appointed to the same (single-holder) role elsewhere has left, unless the new post is a
    # group/joint one, or interim, or they were seen in the old post after the new one began.
    by_career: dict[tuple, list[_Spell]] = defaultdict(list)
    for s in spells:
        if s.role not in MULTI_HOLDER_ROLES:
            by_career[(s.person_id, s.role)].append(s)
    for career in by_career.values():
        for s in career:
            if not s.is_open or s.start is None:
                continue
            ref = max([s.start] + [d for d, _ in s.seen])
            later = [
                t
                for t in career
                if t.start
                and t.start > ref
                and _post_key(t) != _post_key(s)
                and t.start_basis in ("stated", "announced")
                and not t.interim
                and not (t.start_move and t.start_move.shared)
            ]
            if later:
                nxt = min(later, key=lambda t: (t.start, repr(_post_key(t))))
                s.close(nxt.start - timedelta(days=1), nxt.start_precision, "moved", nxt.start_move)
                s.end_event_id = nxt.start_event_id


def _post_key(s: _Spell) -> tuple:
    return (
        ("id", s.organisation_id)
        if s.organisation_id is not None
        else ("text", normalise_org(s.organisation_text or ""))
    )


def build_spells(db: sqlite_utils.Database) -> int:
    """Rebuild `spells` and `spell_events` from `resolved_moves` and the `holds` events."""
    groups: dict[tuple, list[_Move]] = defaultdict(list)
    for m in _load_moves(db):
        groups[(m.person_id, m.org_key, m.role)].append(m)
    observations: dict[tuple, list[_Obs]] = defaultdict(list)
    templates: dict[tuple, _Spell] = {}
    for ev in _load_events(db, ("holds",)):
        key = (ev.person_id, ev.org_key, ev.role)
        when = period_start(ev.effective_date) or period_start(ev.published)
        observations[key].append(_Obs(ev.id, ev.document_id, ev.source, when, ev.interim))
        templates.setdefault(
            key, _Spell(ev.person_id, ev.organisation_id, ev.organisation_text, ev.role, ev.interim)
        )
    spells: list[_Spell] = []
    for key in sorted(set(groups) | set(observations), key=repr):
        built = _spells_from_moves(groups.get(key, []))
        template = built[0] if built else templates[key]
        spells += _attach(built, observations.get(key, []), template)
    for s in spells:  # a spell known only from a departure (and observations) starts when first seen
        if s.start is None and s.seen:
            first = min(s.seen)
            s.start, s.start_precision, s.start_basis, s.start_event_id = (
                first[0],
                "day",
                "first_seen",
                first[1],
            )
    closed = {
        oid: period_end(c)
        for oid, c in db.execute(
            "SELECT id, closed FROM organisations WHERE closed IS NOT NULL AND closed <> ''"
        ).fetchall()
    }
    _succession(spells, {k: v for k, v in closed.items() if v})
    db.execute("DELETE FROM spell_events")
    db.execute("DELETE FROM spells")
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    for s in sorted(
        spells,
        key=lambda s: (
            repr((s.organisation_id, s.organisation_text)),
            s.role,
            s.start or date.max,
            s.person_id,
        ),
    ):
        seen = sorted(s.seen)
        cur = db.execute(
            """INSERT INTO spells(person_id, organisation_id, organisation_text, role, interim, start_date,
               start_precision, start_basis, start_move_id, start_event_id, end_date, end_precision, end_basis,
               end_move_id, end_event_id, first_seen, last_seen, first_seen_event_id, last_seen_event_id,
               observations, sources, documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                s.person_id,
                s.organisation_id,
                s.organisation_text,
                s.role,
                s.interim,
                iso(s.start),
                s.start_precision,
                s.start_basis,
                s.start_move.id if s.start_move else None,
                s.start_event_id,
                iso(s.end),
                s.end_precision,
                s.end_basis,
                s.end_move.id if s.end_move else None,
                s.end_event_id,
                iso(seen[0][0]) if seen else None,
                iso(seen[-1][0]) if seen else None,
                seen[0][1] if seen else None,
                seen[-1][1] if seen else None,
                sum(1 for k in s.events.values() if k == "observation"),
                len(s.sources),
                len(s.documents),
            ],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO spell_events(spell_id, event_id, kind) VALUES (?, ?, ?)",
            [(cur.lastrowid, e, k) for e, k in s.events.items()],
        )
    return len(spells)
