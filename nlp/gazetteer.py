"""The NHS organisation gazetteer: names, former names and generated short forms → one record each.

Why generated forms: news rarely writes "Salford Royal NHS Foundation Trust" in full; it writes
"Salford Royal Foundation Trust", "Salford Royal" or "the James Paget". Each record keeps every
surface form we will accept for it, so matching stays a plain phrase lookup.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

NHS_SUFFIXES = (
    "NHS Foundation Trust",
    "NHS Trust",
    "Foundation Trust",
    "Trust",
)
GENERIC_TAIL = {"university", "teaching", "hospitals", "hospital", "healthcare", "services", "nhs"}
# Words that, standing alone as a short form, are place names or ordinary words rather than trusts.
_MIN_SHORT_WORDS = 2


@dataclass(frozen=True)
class Organisation:
    """One gazetteer row."""

    key: str
    name: str
    ods_code: str | None
    kind: str
    region: str | None
    opened: str | None
    closed: str | None
    successor: str | None
    foundation_trust: bool
    aliases: tuple[tuple[str, str], ...] = field(default=())  # (alias, alias kind)
    formal: tuple[str, ...] = field(
        default=()
    )  # per alias: the full name it abbreviates (name or former name)


def _csv_rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# the short system names news puts after an area's possessive ("Lincolnshire's ICS", "Dorset's STP")
POSSESSED_SYSTEMS = ("ICS", "STP")
POSSESSIVE = re.compile(r"['’]s(?= )")
SYSTEM_NAMES = (
    "ICS",
    "Integrated Care System",
    "integrated care system",
    "STP",
    "Sustainability and Transformation Partnership",
    "sustainability and transformation partnership",
    "Health and Care Partnership",
)


# How news respells a formal name: without its commas ("Tees Esk and Wear Valleys NHS Foundation Trust"), "St" with
# or without its stop ("Ashford and St Peter's" for "Ashford and St. Peter's ...", and the other way)
# the county short forms news and papers write ("Mid Staffs", "West Herts Hospitals Trust", "Notts Healthcare")
COUNTY_SHORT = {
    "Bedfordshire": "Beds",
    "Buckinghamshire": "Bucks",
    "Cambridgeshire": "Cambs",
    "Gloucestershire": "Glos",
    "Hampshire": "Hants",
    "Hertfordshire": "Herts",
    "Leicestershire": "Leics",
    "Lincolnshire": "Lincs",
    "Northamptonshire": "Northants",
    "Nottinghamshire": "Notts",
    "Staffordshire": "Staffs",
    "Wiltshire": "Wilts",
    "Worcestershire": "Worcs",
}
COUNTY_SHORT_WORD = re.compile(rf"\b({'|'.join(COUNTY_SHORT.values())})\b")  # a name the text writes so
RESPELLINGS = (
    (r",", ""),
    (r"\bSt\. ", "St "),
    (r"\bSt ", "St. "),
    # "Hospital" in the other number, in a trust's name only ("Nottingham University Hospital Trust", "Wirral
    # University Teaching Hospitals Trust"): a bare "X Hospital" is the hospital
    (r"\bHospitals\b(?=.*\bTrust\b)", "Hospital"),
    (r"\bHospital\b(?! of\b)(?=.*\bTrust\b)", "Hospitals"),
    *((rf"\b{county}\b", short) for county, short in COUNTY_SHORT.items()),
)


def short_forms(name: str) -> list[tuple[str, str]]:
    """Surface forms news uses for a formal trust/CCG/ICB name, with their kind."""
    forms: list[tuple[str, str]] = []
    add = lambda text, kind: forms.append((re.sub(r"\s+", " ", text).strip(), kind))  # noqa: E731
    if "NHS " in name and len(name.replace("NHS ", "").split()) > 1:  # not "England", "Improvement"
        add(name.replace("NHS ", ""), "short")
    if "Foundation Trust" in name:
        add(name.replace("Foundation Trust", "Trust"), "short")
        add(name.replace("NHS Foundation Trust", "FT"), "short")
        add(name.replace("NHS Foundation Trust", "NHS FT"), "short")
        add(name.replace("NHS Foundation Trust", "Trust"), "short")  # "Northumbria Healthcare Trust"
    if " and " in name:
        add(name.replace(" and ", " & "), "short")
    core = None
    for suffix in NHS_SUFFIXES:
        if name.endswith(" " + suffix):
            core = name[: -len(suffix)].strip()
            break
    if name.startswith("NHS ") and name.endswith(" Integrated Care Board"):
        # The system the board leads, by the names news used for it from 2016 (STP), 2020 (ICS) and since
        # (integrated care system, health and care partnership): "Dorset ICS", "Kent and Medway STP".
        area = name[len("NHS ") : -len(" Integrated Care Board")]
        for form in system_forms(area):
            add(form, "system")
        # Since 2022 ICBs style themselves "NHS Kent and Medway"; one-word areas ("NHS Devon") are too
        # easily something else, so only longer ones.
        styled = name[: -len(" Integrated Care Board")]
        if len(styled.split()) >= 3:
            add(styled, "short")
    if name.endswith(" CCG"):
        base = name[: -len(" CCG")]
        add(base + " Clinical Commissioning Group", "short")
        if base.startswith("NHS "):
            add(base[4:] + " CCG", "short")
            add(base[4:] + " Clinical Commissioning Group", "short")
    if core and re.match(r"^(The )?(University Hospitals|Hospitals) of ", core):
        rest = re.sub(r"^(The )?(University Hospitals|Hospitals) of (the )?", "", core)
        if len(rest.split()) >= 2:
            add(rest, "short")
    if core:
        words = core.split()
        if len(words) >= _MIN_SHORT_WORDS:
            add(core, "short")
        while len(words) > _MIN_SHORT_WORDS and words[-1].lower() in GENERIC_TAIL:
            words = words[:-1]
            if words[-1].lower() not in GENERIC_TAIL | {"and", "of", "the"}:
                add(" ".join(words), "short")
    forms += [(f.replace(" and ", " & "), k) for f, k in forms if " and " in f]  # "Telford & Wrekin CCG"
    for pattern, replacement in RESPELLINGS:
        respelt = [
            (re.sub(pattern, replacement, f), k)
            for f, k in [(name, "short"), *forms]
            if re.search(pattern, f)
        ]
        forms += [(re.sub(r"\s+", " ", f), k) for f, k in respelt]
    return [(f, k) for f, k in forms if f and f != name]


@lru_cache(maxsize=1)
def system_areas() -> dict[str, list[str]]:
    """ICB ODS code -> the areas its system (STP, ICS, partnership) went by before 2022, when they differ
    from the board's own name ("South Yorkshire and Bassetlaw", "One Gloucestershire"): system_names.csv."""
    out: dict[str, list[str]] = {}
    for row in _csv_rows("system_names.csv"):
        out.setdefault(row["icb_ods_code"], []).append(row["area"])
    return out


def system_forms(area: str) -> list[str]:
    """The names a system went by: "Dorset ICS", "Dorset STP", ..., and after the area's possessive "Dorset's ICS"."""
    forms = [f"{area} {system}" for system in SYSTEM_NAMES]
    return forms + [
        f"{area}{apostrophe}s {system}" for system, apostrophe in product(POSSESSED_SYSTEMS, "'’")
    ]


def _system_aliases(ods: str, name: str) -> list[tuple[str, str, str]]:
    """ "One Gloucestershire ICS" (a system keeps the name it is given), "South Yorkshire and Bassetlaw
    integrated care board" (the board, by its formal name)."""
    out = []
    for area in system_areas().get(ods, []):
        out += [(form, "system", POSSESSIVE.sub("", form)) for form in system_forms(area)]
        out += [(f"{area} {board}", "alias", name) for board in ("Integrated Care Board", "ICB")]
    return out


# regions whose bodies are known by their listed names only: a Scottish board is "NHS Forth Valley", and the bare
# area ("Forth Valley College", "Ayrshire and Arran Tourism") is a place
LISTED_NAMES_ONLY = {"Scotland"}


def _build(row: dict[str, str]) -> Organisation:
    name = row["name"].strip()
    aliases: list[tuple[str, str, str]] = [(name, "name", name)]
    aliases += _system_aliases(row["ods_code"].strip(), name)
    former = [n.strip() for n in row.get("former_names", "").split(";") if n.strip()]
    listed = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
    aliases += [(n, "former", n) for n in former]
    aliases += [(a, "alias", name) for a in listed]
    shortened = (
        []
        if row["region"] in LISTED_NAMES_ONLY
        else [(name, "short")] + [(n, "former_short") for n in former]
    )
    for formal, kind in shortened:
        for form, form_kind in short_forms(formal):
            # "NHS Bury Clinical Commissioning Group" is a fuller form than the name "NHS Bury CCG": keep it.
            fuller = "Clinical Commissioning Group" in form and form.startswith("NHS ")
            written = (
                POSSESSIVE.sub("", form) if fuller or form_kind == "system" else formal
            )  # a system keeps the name it is given ("Lincolnshire's ICS" is "Lincolnshire ICS")
            aliases.append((form, kind if kind != "short" else form_kind, written))
    seen: set[str] = set()
    unique, formals = [], []
    for alias, kind, formal in aliases:
        if alias.lower() not in seen:
            seen.add(alias.lower())
            unique.append((alias, kind))
            formals.append(formal)
    ods = row["ods_code"].strip() or None
    return Organisation(
        key=ods or f"name:{name}",
        name=name,
        ods_code=ods,
        kind=row["kind"],
        region=row["region"] or None,
        opened=row["opened"] or None,
        closed=row["closed"] or None,
        successor=row["successor_ods_code"] or None,
        foundation_trust=row["foundation_trust"] == "true",
        aliases=tuple(unique),
        formal=tuple(formals),
    )


def _strategic_health_authority(row: dict[str, str]) -> Organisation:
    """A regional body of 2006-2013 ("NHS London", "NHS North of England"): its listed names only, no short
    forms ("London", "North West" are places)."""
    names = [row["name"]] + [a.strip() for a in row["aliases"].split(";") if a.strip()]
    return Organisation(
        key=f"name:{row['name']}",
        name=row["name"],
        ods_code=None,
        kind="national_body",
        region=None,
        opened=row["opened"] or None,
        closed=row["closed"] or None,
        successor=None,
        foundation_trust=False,
        aliases=tuple((n, "name" if n == row["name"] else "alias") for n in names),
        formal=tuple(row["name"] for _ in names),
    )


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """Every gazetteer organisation, loaded once per process."""
    built = [_build(row) for row in _csv_rows("nhs_organisations.csv")]
    built += [_strategic_health_authority(row) for row in _csv_rows("strategic_health_authorities.csv")]
    keys: set[str] = set()
    out = []
    for org in built:
        if org.key in keys:  # a duplicated name without ODS code: keep the first
            continue
        keys.add(org.key)
        out.append(org)
    return tuple(out)


@lru_cache(maxsize=1)
def _trusts_by_first_words() -> dict[str, list[Organisation]]:
    """Trusts by the opening words of their names and former names ("airedale", "james paget")."""
    index: dict[str, list[Organisation]] = {}
    for org in organisations():
        if not org.kind.endswith("trust"):
            continue
        for alias, kind in org.aliases:
            if kind not in {"name", "former"}:
                continue
            words = alias.lower().split()
            for n in (1, 2, 3):
                if len(words) > n:
                    index.setdefault(" ".join(words[:n]), []).append(org)
    return index


def opens_a_trust_name(words: str) -> bool:
    """Some trust's name (or former name) opens with ``words`` ("Royal Free"; not "Nene Valley")."""
    return words.lower() in _trusts_by_first_words()


def opens_a_body_name(word: str) -> bool:
    """Some trust's name opens with ``word`` ("Lancashire", "Barnsley"): a place's word, not a person's."""
    return word.lower() in _trusts_by_first_words()


def trust_by_place(words: str) -> Organisation | None:
    """The one trust whose name opens with ``words`` ("Chief Exec at Airedale"), else None."""
    found = {o.key: o for o in _trusts_by_first_words().get(words.lower(), [])}
    return next(iter(found.values())) if len(found) == 1 else None


def foundation_trust_by_place(words: str) -> Organisation | None:
    """The one foundation trust whose name opens with ``words`` ("Newcastle" of trade papers' "Newcastle FT"),
    else None ("Leeds FT": several trusts' names open so, one of them a foundation trust)."""
    trust = trust_by_place(words)
    return trust if trust is not None and "Foundation Trust" in trust.name else None


def icb_by_place(words: str) -> Organisation | None:
    """The one integrated care board whose area opens with ``words`` ("Staffordshire" of "Staffordshire ICB", for
    NHS Staffordshire and Stoke-on-Trent), else None ("Norfolk ICB": two boards' areas open so)."""
    opening = words.lower() + " "
    found = [o for area, o in _icb_areas() if area.startswith(opening)]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _icb_areas() -> list[tuple[str, Organisation]]:
    """Every integrated care board by its area, lower-cased ("staffordshire and stoke-on-trent" of its formal
    name), read once: the recogniser asks at every "ICB" of a page."""
    return [
        (o.name.removeprefix("NHS ").removesuffix(" Integrated Care Board").lower(), o)
        for o in organisations()
        if o.kind == "icb"
    ]


@lru_cache(maxsize=1)
def by_key() -> dict[str, Organisation]:
    return {o.key: o for o in organisations()}


SPELT_OUT = {
    "PCT": "Primary Care Trust",
    "SHA": "Strategic Health Authority",
    "CSU": "Commissioning Support Unit",
}
SHORT_BODY_FORMS = re.compile(r"\b(PCT|SHA|CSU)$")
# a body's own words a record keeps as written: "Bolton PCT", "Hywel Dda UHB", "Cardiff and Vale University Health Board"
WRITTEN_BODY_FORMS = re.compile(r"\b(PCT|SHA|CSU|UHB|LHB|Health Board)$")
# a national service described, not named ("the NHS in Wales"): records give its register name ("NHS Wales"); "the
# Welsh NHS" is written as a name and stays
DESCRIBED_SERVICE = re.compile(r"^NHS in [A-Z]\w+$")
UNLISTED = "unlisted:"  # key prefix of an NHS body the text names that the register does not hold


def unlisted_key(name: str, kind: str | None = None) -> str:
    """A key for an NHS body the register does not hold (a primary care trust, a health authority of 2002-06,
    a trust under a name older than the register's), so that "the trust", its acronym and the document's own
    organisation point to it as to a listed one. Events carry no ODS code for it. The entry is added to the
    process-wide table (one per distinct name, the same for every document that names it). "PCT" and
    "SHA" are spelt out, as the body's own name is: "Bolton PCT" and "Bolton Primary Care Trust" are one.
    ``kind`` when the name does not tell it (the national service before NHS England)."""
    name = SHORT_BODY_FORMS.sub(lambda m: SPELT_OUT[m.group(1)], name)
    key = UNLISTED + name
    table = by_key()
    if key not in table:
        table[key] = Organisation(
            key=key,
            name=name,
            ods_code=None,
            kind=kind or _unlisted_kind(name.lower()),
            region=None,
            opened=None,
            closed=None,
            successor=None,
            foundation_trust="foundation trust" in name.lower(),
        )
    return key


def listed_key(key: str | None) -> str | None:
    """The key to record: a register key, or None for an unlisted body (named by its text only)."""
    return None if not key or key.startswith(UNLISTED) else key


def _unlisted_kind(lower: str) -> str:
    if "care trust" in lower or lower.endswith((" pct", " cluster")):
        return "primary_care_trust"  # "North Yorkshire and York Primary Care Trust", "Bolton PCT"
    if lower.startswith("nhs "):
        return "primary_care_organisation"  # "NHS Norfolk": not what "the trust" or "the hospital" refers to
    if "health authority" in lower:
        return "health_authority"
    if "clinical commissioning group" in lower or lower.endswith(" ccg"):
        return "ccg"
    if "integrated care board" in lower or lower.endswith(" icb"):
        return "icb"
    if "commissioning support unit" in lower:
        return "csu"
    return "trust" if "trust" in lower else "other"


def acronym(name: str) -> str:
    """Initials of a name's significant words: 'Norfolk and Suffolk NHS Foundation Trust' → 'NSFT'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    letters = []
    for w in words:
        if w.lower() in {"and", "of", "the", "&", "upon", "on"}:
            continue
        letters.append("NHS" if w == "NHS" else w[0].upper())
    return "".join(letters)


def _name_words(name: str) -> list[str]:
    return re.sub(r"[^a-z\s]", " ", name.replace("&", " and ").lower()).split()


NAME_GENERIC = {
    *("nhs", "foundation", "trust", "the", "and", "of", "hospital", "hospitals", "university", "teaching"),
    *("healthcare", "health", "care", "services", "mental", "community", "partnership", "acute", "ft"),
    "service",  # "East of England Ambulance Trust", "South East Coast Ambulance Foundation Trust": no "Service"
}


def distinctive_words(name: str) -> frozenset[str]:
    """A name's words less the generic ones: what tells one organisation from another however it is spelt
    ("Rotherham, Doncaster and South Humber Mental Health NHS Foundation Trust" → rotherham doncaster south humber)."""
    return frozenset(w for w in _name_words(name) if w not in NAME_GENERIC)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words local NHS bodies' names open with, before their first generic word: the places they are named
    for ("Calderdale and Huddersfield NHS Foundation Trust" gives calderdale, huddersfield)."""
    out = set()
    for org in organisations():
        if org.kind == "national_body":
            continue
        for alias, _ in org.aliases:
            for word in _name_words(alias):
                if word in NAME_GENERIC or word in {"ccg", "icb", "clinical", "integrated", "ambulance"}:
                    break
                out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def by_distinctive_words() -> dict[frozenset[str], list[tuple[Organisation, str]]]:
    """Trusts by the distinctive words (two or more) of their names and former names, with the name."""
    index: dict[frozenset[str], list[tuple[Organisation, str]]] = {}
    for org in organisations():
        if org.kind.endswith("trust") or org.kind == "other":
            for alias, kind in org.aliases:
                words = distinctive_words(alias)
                if kind in {"name", "former"} and len(words) >= 2:
                    index.setdefault(words, []).append((org, alias))
    return index


def acronym_letters(name: str) -> frozenset[str]:
    """The only letters an acronym of ``name`` can use (see :func:`is_acronym_of`): its words' initials
    and NHS's letters. A cheap test before the full one."""
    words = _name_words(name)
    return frozenset(w[0] for w in words) | (frozenset("nhs") if "nhs" in words else frozenset())


@lru_cache(maxsize=65536)  # asked for every acronym against every trust name: the same pairs recur
def is_acronym_of(short: str, name: str) -> bool:
    """True when ``short`` (NSFT, NLaG, RD&E) abbreviates ``name``: its letters follow the initials of
    the name's words in order; generic words (NHS, Foundation, Trust, Hospitals...) may be skipped."""
    s = re.sub(r"[^a-z]", "", short.lower())
    words = _name_words(name)
    optional = {
        "of",
        "and",
        "the",
        "upon",
        "on",
        "nhs",
        "foundation",
        "trust",
        "hospitals",
        "hospital",
        "university",
        "teaching",
        "healthcare",
        "health",
        "care",
        "services",
        "partnership",
        "community",
        "integrated",
        "board",
    }
    if len(s) < 2 or len(words) < 2:
        return False

    def walk(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(s)
        w = words[j]
        if i < len(s) and s[i] == w[0] and walk(i + 1, j + 1):
            return True
        if w == "nhs" and s.startswith("nhs", i) and walk(i + 3, j + 1):
            return True
        return w in optional and walk(i, j + 1)

    return walk(0, 0)
