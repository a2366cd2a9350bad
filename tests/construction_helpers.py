"""What the construction tests read from one original text: the events the extractor gives it."""

from __future__ import annotations

from nhs_leaders.nlp.pipeline import extract_events


def events_of(
    nlp, text: str, published: str | None = "2023-06-15", title: str | None = None, home: str | None = None
) -> set[tuple]:
    """(person, role, organisation, event, interim, date) of every event extracted from ``text`` (``home``: the
    publisher's ODS code, as a crawled source gives it)."""
    (result,) = list(extract_events(nlp, [(text, published, home, title)]))
    return {(e.person, e.role, e.organisation, e.event, e.interim, e.date) for e in result.events}


def holds_of(nlp, text: str, published: str | None = "2023-06-15", home: str | None = None) -> set[tuple]:
    """(person, role, organisation) of every post held."""
    return {f[:3] for f in events_of(nlp, text, published, home=home) if f[3] == "holds"}


def changes_of(nlp, text: str, published: str | None = "2023-06-15") -> set[tuple]:
    """(person, role, organisation, event) of every appointment and departure."""
    return {f[:4] for f in events_of(nlp, text, published) if f[3] in {"appointed", "departed"}}


def parsed_for_events(nlp, text: str):
    """``text`` through every component before the events stage: the parse and spans that stage reads (a test
    may set the parse a longer page gave before reading it)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "nhs_events":
            break
        doc = component(doc)
    return doc


def document_events(nlp, doc):
    """The events stage's reading of one parsed document, for tests of one of its steps."""
    from nhs_leaders.nlp.events import DocumentEvents

    return DocumentEvents(doc, keys=nlp.get_pipe("nhs_events").keys)
