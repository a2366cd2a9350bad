"""An original synthetic corpus for the scale benchmark: news items and board packs.

News items vary in length (60 to 900 words) and phrasing (appointments, departures, interim posts,
quoted statements, items with no leadership news at all); people are invented from name lists,
organisations are real open trusts and ICBs from ``nlp/data/nhs_organisations.csv``. Board packs
(1 document in 100) are PDFs of 100-300 pages from ``tests/boardpack.py``: cover sheets, finance
tables and dashboards with attendance lists among them. Document ``i`` is the same at every size, so
the corpus of N documents is the first N of a larger one.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACK_EVERY = 100  # one board pack per this many documents

FIRST = (
    "Aisha Amelia Bernard Catriona Delroy Eleanor Farhan Gwen Hamish Imogen Jaswinder Keira Lorcan "
    "Marguerite Nkechi Oluwaseun Priya Quentin Rosalind Siobhan Tobias Ursula Vikram Wilhelmina Xavier "
    "Yasmin Zachary Beatrix Cormac Desmond Esther Fintan Gideon Harriet Ingrid Jolyon Kamala Leopold"
).split()
LAST = (
    "Abernethy Bellingham Carmichael Dunwoody Ellery Fairbairn Gallagher Hollingsworth Iqbal Jarrold "
    "Kettering Lowther Mbeki Nussbaum Okonkwo Pemberton Quarrie Ramsbottom Sandhu Thistlewood Umeh "
    "Vasquez Whitlock Yeardley Zielinski Ashdown Brackley Coldwell Dimmock Eastwood Fenwick Grimshaw"
).split()
ROLES = (
    "chief executive",
    "chair",
    "chief financial officer",
    "medical director",
    "chief nurse",
    "chief operating officer",
    "director of finance",
    "chief people officer",
    "non-executive director",
    "director of strategy",
)
FILLER = (
    "The trust has seen record demand in its emergency department over the winter months.",
    "Waiting lists for planned operations have fallen for the third quarter in a row.",
    "Staff survey results published this week show improvements in morale across most services.",
    "A new diagnostic centre will open next year, offering scans closer to patients' homes.",
    "The board discussed the financial plan, which forecasts a small deficit for the year.",
    "Volunteers have given more than ten thousand hours of their time across the hospitals.",
    "Community teams are expanding virtual wards so that more patients can be cared for at home.",
    "The maternity service was rated good by inspectors following an unannounced visit.",
    "Work on the new car park is expected to finish in the spring, easing congestion on site.",
    "Patients are reminded to use NHS 111 online for urgent advice when it is not an emergency.",
    "Partners across the integrated care system have agreed a shared plan for urgent care.",
    "The charity appeal has raised enough to fund a new family room on the children's ward.",
)
LEAD = (
    "{org} has appointed {name} as its new {role}.",
    "{name} has been named {role} of {org} and will take up the post on {when}.",
    "{org} today announced that {name} will join as interim {role} from {when}.",
    "{name}, {role} of {org}, is to retire in {month} after eleven years with the trust.",
    "The {role} of {org}, {name}, has stepped down with immediate effect.",
    "{name} has been confirmed as the substantive {role} at {org}, having held the post on an interim basis.",
    "{org} said its {role}, {name}, would leave at the end of {month} to join another organisation.",
)
QUOTE = (
    '"I am delighted to be joining such a committed team," said {first}.',
    '{first} said: "It has been a privilege to serve patients and colleagues here."',
    "Paying tribute, the chair thanked {first} for {pronoun} leadership through a demanding period.",
)


def organisations() -> list[str]:
    """Open trusts and ICBs named in the packaged gazetteer."""
    with open(REPO / "nlp/data/nhs_organisations.csv", newline="", encoding="utf-8") as fh:
        return [
            r["name"]
            for r in csv.DictReader(fh)
            if not r["closed"] and (r["kind"].endswith("trust") or r["kind"] == "icb")
        ]


def news_item(i: int, orgs: list[str]) -> str:
    """Document ``i`` as a .txt with a source/title/date header."""
    rng = random.Random(i)
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
    org = rng.choice(orgs)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {rng.choice(LAST)}-{last}" if rng.random() < 0.3 else f"{first} {last}"
    role = rng.choice(ROLES)
    when = (day + timedelta(days=rng.randrange(20, 150))).strftime("%-d %B %Y")
    month = (day + timedelta(days=rng.randrange(30, 200))).strftime("%B")
    paragraphs: list[str] = []
    newsworthy = rng.random() < 0.7
    if newsworthy:
        lead = rng.choice(LEAD).format(org=org, name=name, role=role, when=when, month=month)
        paragraphs.append(lead)
        paragraphs.append(rng.choice(QUOTE).format(first=first, pronoun=rng.choice(("her", "his", "their"))))
        title = f"{org}: {name} {'appointed' if 'appoint' in lead or 'join' in lead else 'news'}"
    else:
        title = f"News from {org}"
        paragraphs.append(f"{org} has published its latest update for patients and the public.")
    for _ in range(rng.choice((1, 2, 3, 5, 8, 12, 20, 30))):
        paragraphs.append(" ".join(rng.sample(FILLER, rng.randint(2, 5))))
    header = f"source: Synthetic News {i % 7}\ntitle: {title}\ndate: {day.isoformat()}\n\n"
    return header + "\n\n".join(paragraphs) + f"\n\nReference {i:06d}.\n"


def write_corpus(folder: Path, size: int, cache: Path) -> tuple[int, int]:
    """The first ``size`` documents in ``folder`` (hard links into ``cache``); returns (news, packs)."""
    sys.path.insert(0, str(REPO))
    from tests.boardpack import write_board_pack

    folder.mkdir(parents=True, exist_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    orgs = organisations()
    news = packs = 0
    for i in range(size):
        if i % PACK_EVERY == PACK_EVERY - 1:
            source = cache / f"{i:06d}.pdf"
            if not source.exists():
                write_board_pack(source, pages=random.Random(i).randint(100, 300), seed=i)
            packs += 1
        else:
            source = cache / f"{i:06d}.txt"
            if not source.exists():
                source.write_text(news_item(i, orgs), encoding="utf-8")
            news += 1
        target = folder / source.name
        if not target.exists():
            target.hardlink_to(source)
    return news, packs
