"""Group and joint posts named away from their trusts: "KGH and NGH announced ... a Hospital Group" early in a
page, then "Simon Weldon, Group CEO" with no trust beside the title. The guideline gives one event per trust of
the group; the title's own sentence names one of them at most.

A mixin of :class:`nhs_leaders.nlp.events.DocumentEvents` (used by stage (b), attribution)."""

from __future__ import annotations

import re

from nhs_leaders.nlp.gazetteer import by_key
from spacy.tokens import Span

# the earlier sentence joining the trusts says they act as one: a hospital group (not a patient or working
# group), a joint, shared or in-common arrangement, "both trusts", "the two trusts" (pages use the words
# interchangeably: a "joint chairman" under "a new group model")
NOT_A_HOSPITAL_GROUP = r"(?<!patient )(?<!support )(?<!working )(?<!steering )(?<!user )(?<!reference )"
# "of both trusts", "for the two organisations", "across all three boards": one post at several bodies
OF_BOTH = re.compile(
    r"\s+(?:in common\s+)?(?:of|for|at|across)\s+(?:both|the two|the three|all three)\s+"
    r"(?:trusts|organisations|hospitals|boards|ccgs|icbs|foundation trusts)\b",
    re.I,
)
GROUP_CUES = re.compile(
    rf"{NOT_A_HOSPITAL_GROUP}\bgroup\b|\bjoint(ly)?\b|\bin common\b|\bshared\b"
    r"|\bboth (organisations|trusts)\b|\b(two|three) (hospital )?trusts\b",
    re.I,
)
PROVIDER_KINDS = {"acute_trust", "mental_health_trust", "community_trust", "ambulance_trust"}


class GroupPostsMixin:
    def _group_members(self, sent: Span, role: Span) -> list[tuple[str | None, str, float]]:
        """The trusts an earlier sentence joins as a group, for a group or joint title of one person whose own
        sentence names no trust outside them."""
        if role.root.tag_ == "NNS":
            return []  # "joint medical directors": two people sharing one trust's post
        group = next(
            (
                found
                for earlier in self.sents
                if earlier.end <= sent.start
                if (found := self._group_in(earlier))
            ),
            [],
        )
        members = {key for key, _, _ in group}
        named = {s.kb_id_ for s in self.org_spans if sent.start <= s.start < sent.end}
        return group if group and named <= members else []

    def _group_in(self, sent: Span) -> list[tuple[str | None, str, float]]:
        """``sent``'s list of two or more provider trusts, when the sentence says they act as one."""
        if not GROUP_CUES.search(self._span_text(sent)):
            return []
        listed = self._coordinated_orgs(sent)
        keys = {key for key, _, _ in listed if key}
        if len(keys) < 2 or len(keys) < len(listed):
            return []
        return listed if all(by_key()[key].kind in PROVIDER_KINDS for key in keys) else []

    def _of_both(self, role: Span) -> bool:
        """The title is of several bodies named together: "Chief Executive of both trusts", "chair in common for
        the two organisations"."""
        return bool(OF_BOTH.match(self.text, role.end_char))
