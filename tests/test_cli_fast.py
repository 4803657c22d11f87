"""The command's own reading of a plain command line (checker/cli.py `_plain_args`) gives the parameters typer
gives, and leaves to typer every line it does not read the same way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from checker.cli import _plain_args, app

PLAIN = [
    [],
    ["copy"],
    ["copy", "--format", "json", "-v", "--jobs", "2", "--cache-dir", "cache"],
    ["copy", "-f", "sarif", "-j", "0", "b", "-"],
    ["--format=github", "a.txt", "--verbose", "--no-cache"],
    ["copy", "-o", "x.json", "--output=sarif:y.sarif", "--output", "report.html"],
    ["copy", "--select", "majority,share", "--select", "turnout", "--ignore=swing", "--severity", "swing=warning"],
    ["copy", "--rules-dir", "rules", "--extra-rules", "more", "--extra-rules=most", "--reference", "uk-ge"],
    ["copy", "--fix", "--diff", "--list-rules", "--explain", "majority-arithmetic", "--model", "en_core_web_sm"],
    ["copy", "--year", "2019", "--country", "GB", "--include", "*.md", "--exclude", "drafts/*"],
    ["copy", "--force-exclude", "--config", "factcheck.toml", "--isolated", "--show-config"],
    ["copy", "--no-force-exclude", "--baseline", "b.json", "--write-baseline", "c.json", "--no-suppress"],
    ["copy", "--file-format", ".story=text", "--scheduler", "local", "--stdin-filename", "x.md", "--claims"],
    ["copy", "--color", "never", "--fail-on", "warning"],
    ["copy", "--colour=always"],
]

NOT_PLAIN = [
    ["--version"], ["-h"], ["--help"], ["copy", "--"], ["--", "-x"], ["-vf", "json", "copy"], ["-j2", "copy"],
    ["copy", "--format", "JSON"], ["copy", "--format", "yaml"], ["copy", "--jobs", "-1"], ["copy", "--jobs", "two"],
    ["copy", "--jobs", "١"], ["copy", "--year", "+2019"], ["copy", "--cache-dir"], ["copy", "--cache-dir", ""],
    ["copy", "--format", "json", "--format", "text"], ["copy", "-v", "--verbose"], ["copy", "--verbose=1"],
    ["copy", "--no-such-option"], ["copy", "-x"], ["copy", "--output", "-"], ["copy", "--colour", "Never"],
    ["copy", "--fail-on", "info"],
]


def _typer_params(argv: list[str]) -> dict:
    return typer.main.get_command(app).make_context("factcheck", list(argv)).params


@pytest.mark.parametrize("argv", PLAIN, ids=lambda a: " ".join(a) or "(none)")
def test_a_plain_line_gives_what_typer_gives(argv: list[str]) -> None:
    ours = _plain_args(argv)
    assert ours is not None
    theirs = _typer_params(argv)
    assert ours == theirs
    assert {k: type(v) for k, v in ours.items()} == {k: type(v) for k, v in theirs.items()}
    for name in ("extra_rules", "rules_dir", "cache_dir", "config", "baseline", "write_baseline_to"):
        values = ours[name] if isinstance(ours[name], (list, tuple)) else [ours[name]]
        assert all(v is None or type(v) is type(Path("x")) for v in values)


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=" ".join)
def test_anything_else_goes_to_typer(argv: list[str]) -> None:
    assert _plain_args(argv) is None


def test_an_error_on_a_line_left_to_typer_reads_as_before(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "checker", str(tmp_path), "--jobs", "-1"], capture_output=True,
                         text=True)
    assert run.returncode == 2 and "--jobs" in run.stderr and "Traceback" not in run.stderr
