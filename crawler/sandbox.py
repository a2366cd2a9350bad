"""Parse one PDF or DOCX in a forked child with a memory limit and a time limit.

A hostile document (a page-tree bomb, a DOCX expanding to gigabytes) can only exhaust the child:
over ``NHS_PARSE_MEMORY_MB`` of extra address space its allocations fail, past ``NHS_PARSE_SECONDS``
it is killed; either way the document gets an "over budget" error and the run goes on.
``NHS_PARSE_ISOLATED=0`` parses in-process (no fork: e.g. platforms without it).
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable

from nhs_leaders.crawler.parsed import Parsed, ParseError

MEMORY_MB = int(os.environ.get("NHS_PARSE_MEMORY_MB", 1536))
SECONDS = float(os.environ.get("NHS_PARSE_SECONDS", 120))


def isolated() -> bool:
    return os.environ.get("NHS_PARSE_ISOLATED", "1") != "0" and hasattr(os, "fork")


def run_isolated(parse: Callable[[], Parsed], seconds: float = SECONDS, memory_mb: int = MEMORY_MB) -> Parsed:
    """``parse()`` in a forked child; its Parsed back, or :class:`ParseError` (its own, or over budget)."""
    if not isolated():
        return parse()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: limit, parse, send, leave without cleanup handlers
        os.close(read_fd)
        code = 0
        try:
            _limit_memory(memory_mb)
            try:
                payload = pickle.dumps(("ok", parse()))
            except ParseError as exc:
                payload = pickle.dumps(("error", str(exc)))
            except MemoryError:
                payload = pickle.dumps(("error", f"over budget: more than {memory_mb} MB of memory"))
            except Exception as exc:
                payload = pickle.dumps(("error", f"parser failed: {type(exc).__name__}: {exc}"))
            with os.fdopen(write_fd, "wb") as out:
                out.write(payload)
        except BaseException:
            code = 1
        os._exit(code)
    os.close(write_fd)
    try:
        data = _read_with_deadline(read_fd, time.monotonic() + seconds)
    finally:
        os.close(read_fd)
    if data is None:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if data is None:
        raise ParseError(f"over budget: parsing took over {seconds:g} s (NHS_PARSE_SECONDS)")
    if not data:
        reason = (
            f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"status {os.WEXITSTATUS(status)}"
        )
        raise ParseError(f"over budget: the parser died ({reason}; memory limit {memory_mb} MB)")
    kind, value = pickle.loads(data)
    if kind == "error":
        raise ParseError(value)
    return value


def _limit_memory(memory_mb: int) -> None:
    """Address space: what the child already maps (inherited) plus ``memory_mb``."""
    with open("/proc/self/status", encoding="ascii") as fh:
        vm_kb = next((int(line.split()[1]) for line in fh if line.startswith("VmSize:")), 0)
    limit = vm_kb * 1024 + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _read_with_deadline(fd: int, deadline: float) -> bytes | None:
    """Everything written to ``fd`` until EOF, or None when the deadline passes first."""
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
