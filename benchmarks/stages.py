"""Each extraction stage scored on its own: every gold change (appointed or departed) and every reported
change that is wrong is charged to the first stage that went wrong.

- (a) candidates: the person is not found in that post at all (missing name, missing role), or a reported
  change names a person or post the gold does not have;
- (b) attribution: person and post found, organisation wrong;
- (c) classification: person, post and organisation right, event type wrong (appointed / departed / holds /
  nothing), or the interim flag wrong;
- (d) dates: the event matches and its date does not.

    python benchmarks/stages.py --gold GOLD.jsonl --texts DIR

Prints, per stage, how many gold changes it lost and how many wrong changes it caused, and each stage's own
accuracy on what reached it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nhs_leaders.crawler.texts import text_items  # noqa: E402
from nhs_leaders.nlp.annotate import annotate  # noqa: E402
from nhs_leaders.nlp.evaluate import (  # noqa: E402
    _date_agrees,
    canonical_role,
    load_gold,
    same_event,
    same_organisation,
    same_person,
)
from nhs_leaders.nlp.pipeline import build_pipeline  # noqa: E402

CHANGES = {"appointed", "departed"}


def stage_of(wanted: dict, found: list[dict]) -> str:
    """The first stage at which ``wanted`` (an event) is not matched by any of ``found``."""
    people = [p for p in found if same_person(wanted["person"], p["person"])]
    posts = [p for p in people if canonical_role(wanted["role"]) == canonical_role(p["role"])]
    placed = [p for p in posts if same_organisation(wanted["organisation"], p["organisation"])]
    if not posts:
        return "a"
    if not placed:
        return "b"
    typed = [p for p in placed if p["event"] == wanted["event"]]
    if not typed or not any(bool(p.get("interim")) == bool(wanted.get("interim")) for p in typed):
        return "c"
    if wanted.get("date") and not any(_date_agrees(wanted["date"], p.get("date")) for p in typed):
        return "d"
    return "ok"


def optional(event: dict) -> bool:
    return "implied" in (event.get("note") or "").lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--texts", type=Path, required=True)
    args = parser.parse_args()
    gold = load_gold(args.gold)
    items = list(text_items(sorted(args.texts.glob("*.txt"))))
    predicted: dict[str, list[dict]] = {}
    for record in annotate(build_pipeline(None), items):
        predicted.setdefault(record["doc"], []).append(record)
    lost, caused, reached = Counter(), Counter(), Counter()
    for doc, events in gold.items():
        found = predicted.get(doc, [])
        for wanted in (e for e in events if e["event"] in CHANGES and not optional(e)):
            stage = stage_of(wanted, found)
            lost[stage] += 1
            for s in "abcd"[: "abcd".index(stage) if stage in "abcd" else 4]:
                reached[s] += 1  # got past stage s
        for reported in (p for p in found if p["event"] in CHANGES):
            if not any(same_event(g, reported) for g in events):
                stage = stage_of({**reported, "date": None}, events)  # where it parts from the gold
                caused[stage if stage != "ok" else "c"] += 1
    total = sum(lost.values())
    print(
        f"{total} gold changes, {lost['ok']} found with their date; {sum(caused.values())} wrong changes reported\n"
    )
    print("| stage | gold changes lost here | wrong changes caused here | accuracy on what reached it |")
    print("|---|---|---|---|")
    remaining = total
    for stage, name in zip("abcd", ("(a) candidates", "(b) attribution", "(c) classification", "(d) dates")):
        accuracy = (remaining - lost[stage]) / remaining if remaining else 0.0
        print(
            f"| {name} | {lost[stage]} | {caused[stage]} | {accuracy:.2f} ({remaining - lost[stage]}/{remaining}) |"
        )
        remaining -= lost[stage]


if __name__ == "__main__":
    main()
