"""Progress bars (rich) on ingest, extract and resolve: drawn on stderr when it is a terminal, silent
otherwise, so cron logs and pipes stay clean."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys

import pytest
from rich.console import Console

from tests.conftest import SEED


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=terminal, width=100), buffer


def test_progress_bar_draws_on_a_terminal_only():
    from nhs_leaders.cliutil import progress_bar

    console, buffer = _console(terminal=True)
    with progress_bar(console, "extract") as update:
        for done in range(1, 4):
            update(done, 3)
    assert "extract" in buffer.getvalue() and "3/3" in buffer.getvalue()

    console, buffer = _console(terminal=False)
    with progress_bar(console, "extract") as update:
        update(3, 3)
    assert buffer.getvalue() == ""


def test_extract_and_resolve_show_bars_with_counts_when_interactive(run_cli, tmp_path, monkeypatch, nlp):
    from nhs_leaders import clicommon as pipeline
    from nhs_leaders.nlp import pipeline as nlp_pipeline

    db = str(tmp_path / "p.db")
    assert run_cli("ingest", "--db", db, str(SEED)).exit_code == 0
    monkeypatch.setattr(nlp_pipeline, "build_pipeline", lambda model=None: nlp)
    console, buffer = _console(terminal=True)
    monkeypatch.setattr(pipeline, "_progress_console", lambda: console)
    result = run_cli("extract", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    drawn = buffer.getvalue()
    assert "extract" in drawn and "1/1" in drawn  # one document
    assert "resolve" in drawn and "7/7" in drawn  # every resolution step
    assert json.loads(result.stdout) == {"documents": 1, "events": json.loads(result.stdout)["events"]}


def test_extract_is_quiet_when_not_interactive(run_cli, tmp_path, monkeypatch, nlp):
    from nhs_leaders import clicommon as pipeline
    from nhs_leaders.nlp import pipeline as nlp_pipeline

    db = str(tmp_path / "q.db")
    assert run_cli("ingest", "--db", db, str(SEED)).exit_code == 0
    monkeypatch.setattr(nlp_pipeline, "build_pipeline", lambda model=None: nlp)
    console, buffer = _console(terminal=False)
    monkeypatch.setattr(pipeline, "_progress_console", lambda: console)
    assert run_cli("extract", "--db", db, "--workers", "1").exit_code == 0
    assert buffer.getvalue() == ""


def _ingest(tmp_path, stderr_tty: bool) -> tuple[bytes, bytes]:
    """Run ``ingest`` in a real process, stderr a pseudo-terminal or a pipe; (stdout, stderr)."""
    tmp_path.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("TERM", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(TERM="xterm", COLUMNS="100")
    args = [sys.executable, "-m", "nhs_leaders", "ingest", "--db", str(tmp_path / "t.db"), str(SEED)]
    if not stderr_tty:
        done = subprocess.run(args, capture_output=True, env=env, cwd=tmp_path, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=follower, env=env, cwd=tmp_path) as proc:
        os.close(follower)
        err = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            err += chunk
        out = proc.stdout.read()
        assert proc.wait(timeout=120) == 0, err
    os.close(leader)
    return out, err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminal test")
def test_ingest_bar_follows_whether_stderr_is_a_terminal(tmp_path):
    out, err = _ingest(tmp_path / "a", stderr_tty=True)
    assert b"ingest" in err and b"1/1" in err
    assert b"\x1b[" not in out  # the bar never lands in stdout's JSON
    out, err = _ingest(tmp_path / "b", stderr_tty=False)
    assert b"1/1" not in err and b"\x1b[" not in err
    assert out.strip().startswith(b"{")
