"""End to end: the claims cache, --jobs and --scheduler through the installed command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture()
def desk(tmp_path: Path) -> Path:
    """The gold cases (about sixty articles) and the sample corpus, in a newsroom folder."""
    for case in sorted(GOLD.iterdir()):
        if case.is_dir():
            shutil.copytree(case, tmp_path / "copy" / case.name, ignore=shutil.ignore_patterns("gold.json"))
    shutil.copytree(ROOT / "corpus", tmp_path / "copy" / "corpus")
    return tmp_path


def cached(run: subprocess.CompletedProcess) -> tuple[int, int]:
    """(articles not read again, articles): from the claims cache, or unchanged since the last run's checks."""
    line = next(x for x in run.stderr.splitlines() if "from the cache" in x or "unchanged since the last run" in x)
    words = line.split()
    return int(words[1]), int(words[3])


def rechecked(run: subprocess.CompletedProcess) -> bool:
    """Whether the run re-checked from the last run's stored checks (checker/run/incremental.py)."""
    return "unchanged since the last run's checks" in run.stderr


def test_the_cache_reuses_unchanged_articles_and_lives_beside_not_inside_the_copy(desk: Path) -> None:
    cold = factcheck("copy", "-f", "json", "-v", cwd=desk)
    assert cold.returncode in (0, 1), cold.stderr
    total = cached(cold)[1]
    assert cached(cold) == (0, total) and total > 50
    cache = desk / ".factcheck_cache"
    assert (cache / "CACHEDIR.TAG").is_file() and (cache / ".gitignore").read_text().splitlines()[-1] == "*"
    assert not any(p.name.startswith(".factcheck") for p in (desk / "copy").rglob("*"))
    assert not rechecked(cold) and "all checks run: no earlier run" in cold.stderr
    warm = factcheck("copy", "-f", "json", "-v", cwd=desk)
    assert cached(warm) == (total, total) and rechecked(warm)
    assert warm.stdout == cold.stdout
    story = next((desk / "copy").rglob("*.txt"))
    story.write_text(story.read_text(encoding="utf-8") + "\n\nTurnout was 71.2 per cent.\n", encoding="utf-8")
    edited = factcheck("copy", "-f", "json", "-v", cwd=desk)
    assert cached(edited) == (total - 1, total), "only the edited article is extracted again"
    assert rechecked(edited), edited.stderr
    assert json.loads(edited.stdout)["summary"]["claims"] == json.loads(cold.stdout)["summary"]["claims"] + 1
    full = factcheck("copy", "-f", "json", "-v", "--no-cache", cwd=desk)
    assert edited.stdout == full.stdout, "re-checking from the stored checks gives what a full run gives"


def test_a_corrupt_cache_is_rebuilt_with_a_notice_never_trusted(desk: Path) -> None:
    first = factcheck("copy", "-f", "json", "-v", cwd=desk)
    db = desk / ".factcheck_cache" / "claims.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    again = factcheck("copy", "-f", "json", "-v", cwd=desk)
    assert again.stdout == first.stdout
    assert "cache" in again.stderr and "rebuilt" in again.stderr
    assert cached(again)[0] == 0


def test_no_cache_and_cache_dir(desk: Path, tmp_path_factory) -> None:
    plain = factcheck("copy", "--no-cache", cwd=desk)
    assert not (desk / ".factcheck_cache").exists()
    elsewhere = tmp_path_factory.mktemp("caches") / "fc"
    moved = factcheck("copy", "--cache-dir", str(elsewhere), cwd=desk)
    assert (elsewhere / "claims.sqlite3").is_file() and not (desk / ".factcheck_cache").exists()
    assert moved.stdout == plain.stdout


def test_two_processes_give_what_one_gives(desk: Path) -> None:
    one = factcheck("copy", "--no-cache", "-j", "1", "-f", "json", "-v", cwd=desk)
    two = factcheck("copy", "--no-cache", "-j", "2", "-f", "json", "-v", cwd=desk)
    assert one.returncode == two.returncode and one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"]["claims"] > 300


def test_the_dask_backend_through_the_command(desk: Path) -> None:
    pytest.importorskip("distributed")
    local = factcheck("copy/corpus", "--no-cache", "--scheduler", "local", "-f", "json", cwd=desk)
    here = factcheck("copy/corpus", "--no-cache", "-f", "json", cwd=desk)
    assert local.returncode == here.returncode == 0 and local.stdout == here.stdout
    both = factcheck("copy/corpus", "--scheduler", "local", "--jobs", "2", cwd=desk)
    assert both.returncode == 2 and "do not go together" in both.stderr
    far = factcheck("copy/corpus", "--no-cache", "--scheduler", "tcp://127.0.0.1:9", cwd=desk)
    assert far.returncode == 2 and "cannot reach the Dask scheduler" in far.stderr and "Traceback" not in far.stderr
