"""`nhs_lines` component: sentence starts at paragraph breaks and at short lines (board-paper lists).

Runs before the parser, which keeps preset boundaries. Hard-wrapped prose (long lines broken
mid-sentence, as PDF extraction gives) is left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SHORT_LINE = 60


@Language.component("nhs_lines")
def set_line_boundaries(doc: Doc) -> Doc:
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" not in prev.text and "\n" not in prev.whitespace_:
            if prev.text == "•":
                token.is_sent_start = False
            continue
        if "\n\n" in prev.text or "\n\n" in prev.whitespace_ or "\n" in prev.text and prev.text.count("\n") > 1:
            token.is_sent_start = True
            continue
        line_start = doc.text.rfind("\n", 0, max(prev.idx, 0))
        previous_line = doc.text[line_start + 1 : prev.idx + len(prev.text)].strip()
        if len(previous_line) < SHORT_LINE or previous_line.endswith((":", ".", ";")) or token.text in {"•", "-", "–"}:
            token.is_sent_start = True
    return doc
