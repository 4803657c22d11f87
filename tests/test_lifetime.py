"""A run that is killed leaves no process behind: its extraction workers and the standby die with it, by
SIGKILL as by SIGTERM, and SIGTERM cleans up as Ctrl-C does (exit status 143)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for the run's children")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough copy that two workers are busy for several seconds."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    out = tmp_path_factory.mktemp("archive") / "copy"
    generate(out, 700, 3)
    return out


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_and_wait_for_workers(archive: Path, cwd: Path) -> tuple[subprocess.Popen, set[int]]:
    run = subprocess.Popen([sys.executable, "-c", "import sys; sys.argv[0] = 'factcheck'; "
                            "from checker.run.launch import main; main()", str(archive), "--jobs", "2",
                            "--cache-dir", str(cwd / "cache")],
                           cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while time.monotonic() < deadline and run.poll() is None:
        children = _children(run.pid)
        if len(children) >= 2:  # the pool's workers (the standby has been stopped by now, or is one of them)
            time.sleep(0.3)
            return run, _children(run.pid) | children
        time.sleep(0.05)
    pytest.fail(f"the run never had two children (exit {run.poll()})")


def _gone(pids: set[int], within: float = 15) -> set[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = {p for p in pids if _alive(p)}
        if not left:
            return left
        time.sleep(0.1)
    return {p for p in pids if _alive(p)}


def test_workers_die_with_a_run_killed_by_sigkill(archive: Path, tmp_path: Path) -> None:
    run, children = _start_and_wait_for_workers(archive, tmp_path)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(10)
    assert _gone(children) == set(), "workers outlived a killed run"


def test_sigterm_cleans_up_like_ctrl_c(archive: Path, tmp_path: Path) -> None:
    run, children = _start_and_wait_for_workers(archive, tmp_path)
    os.kill(run.pid, signal.SIGTERM)
    code = run.wait(30)
    stderr = run.stderr.read().decode() if run.stderr else ""
    assert code == 143, stderr
    assert "factcheck: terminated" in stderr and "Traceback" not in stderr
    assert _gone(children) == set()
