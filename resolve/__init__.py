"""Resolve: from one document's events to the cross-document picture.

People and organisations named differently in different documents become one (``entities``); appointments
and departures become moves and tenure spells (``tenures``). Runs after extraction, before analysis.
Names are imported lazily: the command line imports ``resolve.commands`` without paying for sqlite-utils
and rapidfuzz at start-up.
"""

from __future__ import annotations

__all__ = ["is_stale", "refresh", "resolve"]


def __getattr__(name: str):
    if name in __all__:
        from nhs_leaders.resolve import entities

        return getattr(entities, name)
    raise AttributeError(f"module 'resolve' has no attribute {name!r}")
