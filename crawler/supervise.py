"""Process supervision helpers: children die with their parent, deaths are named, temp folders cleaned.

Linux's parent-death signal (``PR_SET_PDEATHSIG``) makes the kernel kill a child when the process
that started it dies, even by SIGKILL; a child that lost its parent before it could ask exits at once.
Deaths by SIGKILL are named as the OOM killer's when the cgroup's ``oom_kill`` counter moved.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
CGROUP_EVENTS = (Path("/sys/fs/cgroup/memory.events"), Path("/sys/fs/cgroup/memory/memory.oom_control"))


def die_with_parent(sig: int = signal.SIGKILL, parent: int | None = None) -> None:
    """Ask the kernel to send ``sig`` to this process when its parent dies (Linux; elsewhere a no-op).

    ``parent``: the pid expected as parent; if it is already gone (we were reparented) exit now.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(sig))  # PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:
        os._exit(70)


def oom_kills() -> int | None:
    """The cgroup's count of OOM kills so far, or None when the kernel does not say."""
    for path in CGROUP_EVENTS:
        try:
            for line in path.read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
        except (OSError, ValueError):
            continue
    return None


def describe_exit(returncode: int | None, oom_before: int | None = None) -> str:
    """A human reason for a child's exit status: signal names, and the OOM killer when it is the likely cause."""
    if returncode is None:
        return "still running"
    if returncode >= 0:
        return f"exited with status {returncode}"
    sig = -returncode
    try:
        name = signal.Signals(sig).name
    except ValueError:
        name = f"signal {sig}"
    if sig == signal.SIGKILL:
        after = oom_kills()
        if oom_before is not None and after is not None and after > oom_before:
            return f"killed by the kernel's OOM killer ({name}: out of memory)"
        return f"killed by {name} (the kernel's OOM killer, or kill -9)"
    return f"killed by {name}"


def temp_root(db_path: str | Path) -> Path:
    """Where a database's commands keep temporary folders: ``.NAME.tmp/`` beside it."""
    db_path = Path(db_path).resolve()
    return db_path.parent / f".{db_path.name}.tmp"


def make_temp_dir(db_path: str | Path, prefix: str) -> Path:
    """A fresh folder ``PREFIX-PID-xxxx`` under :func:`temp_root`; leftovers of dead processes are removed first."""
    root = temp_root(db_path)
    root.mkdir(parents=True, exist_ok=True)
    clean_stale_temp(db_path)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-{os.getpid()}-", dir=root))


def clean_stale_temp(db_path: str | Path) -> int:
    """Remove temporary folders left by processes that no longer run; returns how many."""
    root = temp_root(db_path)
    removed = 0
    if not root.is_dir():
        return 0
    for child in root.iterdir():
        parts = child.name.split("-")
        pid = next((int(p) for p in parts if p.isdigit()), None)
        if pid is None or not _alive(pid):
            shutil.rmtree(child, ignore_errors=True)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def kill_group(pgid: int) -> None:
    """SIGKILL every process left in a process group (a crawl worker's orphans)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
