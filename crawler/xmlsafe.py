"""A hardened lxml XML parser for feeds and sitemaps from the open web.

No DTD loading, no entity expansion, no network access, no huge trees; ``recover`` tolerates the
malformed markup many CMSs emit. Used instead of the default parser, which resolves entities.
"""

from __future__ import annotations

from lxml import etree

MAX_XML_BYTES = 50 * 1024 * 1024


def parse_xml(body: bytes) -> etree._Element | None:
    """The root element of ``body``, or None when it is not XML at all."""
    if len(body) > MAX_XML_BYTES:
        raise ValueError(f"XML document too large ({len(body):,} bytes)")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body.lstrip(), parser=parser)
    except etree.XMLSyntaxError:
        return None
    return root


def local(tag: object) -> str:
    """Tag name without namespace, lower-cased (comments and PIs give '')."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def child_text(elem: etree._Element, *names: str) -> tuple[str, str] | None:
    """(name, stripped text) of the first direct child whose local name is in ``names``, in that order."""
    for name in names:
        for child in elem:
            if local(child.tag) == name and child.text and child.text.strip():
                return name, child.text.strip()
    return None
