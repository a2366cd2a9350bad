"""Group and joint posts named away from their trusts: "KGH and NGH announced ... a Hospital Group" early in a
page, then "Simon Weldon, Group CEO" with no trust beside the title. The guideline gives one event per trust of
the group; the title's own sentence names one of them at most.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (used by stage (b), attribution)."""

from __future__ import annotations

import re

from nhs_leaders.nlp.gazetteer import by_key
from spacy.tokens import Span

# the sentence joining the trusts says they act as one: "create a Hospital Group", "both trusts", "in common"
GROUP_CUES = re.compile(
    r"\b(group|joint(ly)?|both|in common|collaboration|partnership|together|shared|two (hospital )?trusts"
    r"|three (hospital )?trusts)\b",
    re.I,
)
PROVIDER_KINDS = {"acute_trust", "mental_health_trust", "community_trust", "ambulance_trust"}


class GroupPostsMixin:
    def _document_group(self) -> list[tuple[str | None, str, float]]:
        """The first list of two or more provider trusts in a sentence that says they work as one."""
        if not hasattr(self, "_group_cache"):
            self._group_cache = next((listed for sent in self.sents if (listed := self._group_in(sent))), [])
        return self._group_cache

    def _group_in(self, sent: Span) -> list[tuple[str | None, str, float]]:
        """``sent``'s list of provider trusts when it has two or more and a group cue."""
        listed = self._coordinated_orgs(sent)
        keys = {key for key, _, _ in listed if key}
        if len(keys) < 2 or len(keys) < len(listed) or not GROUP_CUES.search(sent.text):
            return []
        return listed if all(by_key()[key].kind in PROVIDER_KINDS for key in keys) else []

    def _group_members(self, sent: Span) -> list[tuple[str | None, str, float]]:
        """The document's group for a group or joint title whose sentence names no trust outside it."""
        group = self._document_group()
        members = {key for key, _, _ in group}
        named = {s.kb_id_ for s in self.org_spans if sent.start <= s.start < sent.end}
        return group if group and named <= members else []
