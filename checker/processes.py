"""How this machine runs processes: the cores we may use, and a safe way to start a worker.

Imported before the CLI (checker/launch.py), so it imports nothing heavy.
"""

from __future__ import annotations

import multiprocessing
import os
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
