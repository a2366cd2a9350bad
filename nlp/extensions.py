"""The ``Doc`` extensions the NHS components share, namespaced ``nhs_`` so they never collide with another
package's. Every component module imports this, so a pipeline loaded with ``spacy.load`` has them too."""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = (
    "nhs_published",  # the document's date (YYYY-MM-DD), anchors relative dates
    "nhs_home_org",  # the gazetteer key of the document's own organisation (source or publisher)
    "nhs_people",  # person key → what the text says of them (honorific, aliases)
    "nhs_events",  # the extracted events
    "nhs_title",  # the document's title: context only
    "nhs_title_orgs",  # organisations named in the title
    "nhs_title_roles",  # roles named in the title
    "nhs_meeting_date",  # the minuted meeting's date, when the text is a board pack
    "nhs_text",  # the document's text, joined once (see doc_text)
)

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` joins every token in Python on each call, and most
    NHS components read it."""
    text = doc._.nhs_text
    if text is None:
        text = doc._.nhs_text = doc.text
    return text
