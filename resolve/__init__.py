"""Resolve: from one document's events to the cross-document picture.

People and organisations named differently in different documents become one (``entities``); appointments
and departures become moves and tenure spells (``tenures``). Runs after extraction, before analysis.
"""

from nhs_leaders.resolve.entities import is_stale, refresh, resolve

__all__ = ["is_stale", "refresh", "resolve"]
