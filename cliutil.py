"""Command-line building blocks: click types for dates, roles and query parameters, and progress bars.

Kept apart from ``pipeline`` so the CLI module stays a thin list of commands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import click
from rich.console import Console

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DateType(click.ParamType):
    """An ISO date ``YYYY-MM-DD``, passed on as that string; anything else is a usage error."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx) -> str:
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        try:
            if not DATE_RE.match(text):
                raise ValueError
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2024-12-31", param, ctx)


@lru_cache(maxsize=1)
def role_aliases() -> dict[str, str]:
    """Lower-cased role variant or abbreviation (``ceo``, ``chief exec``) → canonical role."""
    from nhs_leaders.nlp.vocab import role_variants

    aliases = dict(role_variants())
    for canonical in set(aliases.values()):
        aliases[canonical.lower()] = canonical
    return aliases


class RoleType(click.ParamType):
    """A canonical role, one of its variants (``ceo`` → ``chief executive``), or ``all``."""

    name = "ROLE"

    def convert(self, value, param, ctx) -> str:
        key = " ".join(str(value).lower().replace(".", "").split())
        if key == "all":
            return "all"
        canonical = role_aliases().get(key)
        if canonical is None:
            known = sorted(set(role_aliases().values()))
            self.fail(
                f"unknown role {value!r}; try one of: all, {', '.join(known[:12])}, … "
                "(abbreviations such as ceo, cfo, coo work too)",
                param,
                ctx,
            )
        return canonical


NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    """``("person=Lydia Marchetti",)`` → ``{"person": "Lydia Marchetti"}`` for ``:person`` in SQL."""
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip(":")
        if not sep or not NAME_RE.match(name):
            raise click.BadParameter(
                f"{item!r}: use NAME=VALUE, e.g. person='Lydia Marchetti'", param_hint="--param"
            )
        params[name] = value
    return params


def interactive(console: Console) -> bool:
    """Progress bars only for a person watching a terminal."""
    return console.is_terminal and not console.is_dumb_terminal


@contextmanager
def progress_bar(console: Console, description: str, enabled: bool = True) -> Iterator[Callable[..., None]]:
    """Yield ``update(done, total)``: a rich progress bar on an interactive terminal, else a no-op."""
    if not (enabled and interactive(console)):
        yield lambda *args, **kwargs: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(description, total=None)

        def update(done: int | None = None, total: int | None = None, advance: int = 0) -> None:
            progress.update(task, completed=done, total=total, advance=advance or None)

        yield update
