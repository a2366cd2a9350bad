"""Shared fixtures: one real spaCy pipeline per session, real SQLite files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# pytest-xdist's workers set $COLUMNS/$LINES to 80x24; the CLI's tables are 160 columns when piped
# without $COLUMNS, and the tests that want a narrow terminal set it themselves.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3fcf53fdc8a0edea.txt"


def shared_dir() -> Path:
    """``../shared`` beside the repo (or $NHS_LEADERS_SHARED); tests needing it skip when it is absent."""
    path = Path(os.environ.get("NHS_LEADERS_SHARED", REPO.parent / "shared"))
    if not path.is_dir():
        pytest.skip(f"shared material not available at {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from nhs_leaders.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def fault_texts(tmp_path_factory) -> Path:
    """The kill-and-rerun tests' corpus: a fixed slice of the extraction fixtures (tests/faultkit.py)."""
    from tests.faultkit import fault_corpus

    return fault_corpus(tmp_path_factory.mktemp("fault-texts"))


@pytest.fixture
def db(tmp_path):
    from nhs_leaders.store import open_db

    database = open_db(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def run_cli():
    """Invoke the real click CLI in-process; returns click's Result."""
    from click.testing import CliRunner
    from nhs_leaders.pipeline import cli

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke
