"""How this machine runs processes: the cores we may use, and a safe way to start a worker.

Imported before the CLI (checker/run/launch.py), so it imports nothing heavy.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading


def default_jobs() -> int:
    """The cores this process may run on (respects taskset and container CPU sets)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def pick_start_method() -> str:
    """Fork on Linux while this process runs a single Python thread (a child forked while another
    thread holds a lock may wait on it forever); else a fresh interpreter per worker."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be, so a run stopped by CI or `kill` cleans up the same way."""


def on_sigterm_interrupt() -> None:
    """From now on SIGTERM stops this process as Ctrl-C does (children started later reset it)."""
    def terminate(signum: int, frame: object) -> None:
        raise Terminated()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, terminate)


def die_with_parent(parent: int | None = None) -> None:
    """In a worker: die when the process that started it dies, even by SIGKILL, instead of waiting forever
    for work that will never come (Linux's PR_SET_PDEATHSIG; elsewhere a no-op). `parent`: the pid the
    worker was forked from, if known: gone already, the worker leaves at once. SIGTERM ends it plainly."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform != "linux":
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1
