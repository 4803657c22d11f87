"""Nothing the newsroom owns is overwritten, and nothing from the copy or a file name can steer a terminal or
a CI log: reports, baselines and the cache never replace or join the copy; non-regular targets keep what
they are; control characters in copy and file names are shown, not sent."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker.corpus import InputError
from checker.outputs import refuse_inputs, write_atomic
from checker.printable import printable

ROOT = Path(__file__).resolve().parent.parent

SEAT = ("Labour's Sue Hayman held Workington with 21,317 votes. The Conservative, Mark Jenkinson, "
        "came second with 17,392, leaving her a majority of 3,295.\n")
OTHER = "Turnout in Copeland was 63.8 per cent.\n"


def _factcheck(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "seat.txt").write_text(SEAT, encoding="utf-8")
    (tmp_path / "copy" / "other.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", [
    ["-o", "json:copy/other.txt"],
    ["-o", "copy/report.html"],
    ["--write-baseline", "copy/other.txt"],
    ["--output", "sarif:copy/sub/../other.txt"],
])
def test_a_report_or_baseline_never_replaces_or_joins_the_copy(desk: Path, args: list[str]) -> None:
    before = {p.name: p.read_bytes() for p in (desk / "copy").iterdir()}
    got = _factcheck(desk, "copy", "--no-cache", *args)
    assert got.returncode == 2, got.stdout + got.stderr
    assert got.stderr.count("\n") == 1 and "this run checks" in got.stderr
    assert {p.name: p.read_bytes() for p in (desk / "copy").iterdir()} == before


def test_a_named_article_is_refused_as_an_output_even_through_a_symlink(desk: Path) -> None:
    os.symlink(desk / "copy" / "other.txt", desk / "link.json")
    got = _factcheck(desk, "copy/other.txt", "copy/seat.txt", "--no-cache", "-o", "json:link.json")
    assert got.returncode == 2 and "refusing to overwrite it" in got.stderr
    assert (desk / "copy" / "other.txt").read_text(encoding="utf-8") == OTHER


def test_reports_beside_the_copy_are_written(desk: Path) -> None:
    got = _factcheck(desk, "copy", "--no-cache", "-o", "json:report.json", "--write-baseline", "baseline.json")
    assert got.returncode == 0, got.stderr
    assert (desk / "baseline.json").is_file()


@pytest.mark.parametrize("cache", ["copy", "."])
def test_the_cache_is_never_a_folder_that_holds_the_copy(desk: Path, cache: str) -> None:
    got = _factcheck(desk, "copy", "--cache-dir", cache)
    assert got.returncode == 2 and "holds copy, which this run checks" in got.stderr
    assert not (desk / "copy" / ".gitignore").exists() and not (desk / ".gitignore").exists()


def test_a_cache_folder_of_other_files_is_left_alone(desk: Path) -> None:
    docs = desk / "docs"
    docs.mkdir()
    (docs / "style.md").write_text("house style\n", encoding="utf-8")
    got = _factcheck(desk, "copy", "--cache-dir", "docs")
    assert got.returncode == 1 and "error[majority-arithmetic]" in got.stdout
    assert "is not a factcheck cache" in got.stderr
    assert sorted(p.name for p in docs.iterdir()) == ["style.md"], "no .gitignore of '*' hiding the docs"


def test_a_symlinked_output_stays_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "factcheck.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


def test_a_fifo_is_written_through_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomic(fifo, ["{", "}"])
    reader.join(10)
    assert got == ["{}"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_character_device_is_written_through_not_replaced() -> None:
    write_atomic(Path(os.devnull), "report")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_refuse_inputs_names_the_option_and_the_path(tmp_path: Path) -> None:
    (tmp_path / "copy").mkdir()
    with pytest.raises(InputError, match=r"--output .*inside .*copy"):
        refuse_inputs([str(tmp_path / "copy")], [("--output", tmp_path / "copy" / "r.sarif")])
    refuse_inputs([str(tmp_path / "copy")], [("--output", tmp_path / "r.sarif")], tmp_path / ".factcheck_cache")


def test_control_characters_become_visible_one_for_one() -> None:
    assert printable("a\x1b[2Jb") == "a\u241b[2Jb"
    assert printable("x\n::error::y") == "x\u240a::error::y"
    assert printable("tab\tkept") == "tab\tkept"
    assert printable("\u202eevil") == "\ufffdevil"
    assert len(printable("\x00\x7f\x9b")) == 3


def test_a_file_name_cannot_inject_a_workflow_command_on_stdout_or_stderr(desk: Path) -> None:
    name = "x\n::error file=README.md,line=1::pwned\n::add-mask::y.txt"
    (desk / "copy" / name).write_text(SEAT, encoding="utf-8")
    for args in (["copy", "--no-cache"], ["copy", "--no-cache", "--claims"], [f"copy/{name}z", "--no-cache"],
                 ["copy", "--no-cache", "-f", "github"]):
        got = _factcheck(desk, *args)
        for line in (got.stdout + got.stderr).splitlines():
            assert not line.startswith("::add-mask") and not line.startswith("::error file=README"), (args, line)


def test_escape_sequences_in_copy_never_reach_the_terminal(desk: Path) -> None:
    (desk / "copy" / "seat.txt").write_text(SEAT.replace("leaving her", "\x1b]0;owned\x07\x1b[2Jleaving her"),
                                            encoding="utf-8")
    got = _factcheck(desk, "copy", "--no-cache", "--color", "never", "-v")
    assert got.returncode == 1 and "error[majority-arithmetic]" in got.stdout
    assert "\x1b" not in got.stdout and "\x07" not in got.stdout and "\x1b" not in got.stderr
    assert "\u241b[2J" in got.stdout


def test_the_text_report_of_many_findings_on_one_long_line_takes_linear_time() -> None:
    """Each finding shows a window of its line: making the whole line printable for every finding was
    quadratic (a megabyte line of malformed figures took minutes)."""
    import time

    from checker.corpus import Document
    from checker.model import Finding, Location, Report, Severity
    from checker.report import Sources, render_text

    def seconds(n: int) -> float:
        line = "17, 525 " * n
        doc = Document.from_text("long.txt", line)
        findings = [Finding("malformed-number", Severity.WARNING, "'17, 525' is malformed",
                            Location("long.txt", 1, 8 * k + 1, 1, 8 * k + 8, 8 * k, 8 * k + 7)) for k in range(n)]
        best = float("inf")
        for _ in range(3):  # the best of three: a machine busy with other tests slows single runs, not all three
            start = time.perf_counter()
            render_text(Report(files=1, claims=n, checks=0, findings=findings), Sources({doc.path: doc}))
            best = min(best, time.perf_counter() - start)
        return max(best, 0.02)

    small, big = seconds(2_000), seconds(20_000)
    assert big < 25 * small, (small, big)


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "latin-1"])
def test_utf8_chunks_are_written_as_the_same_text(tmp_path: Path, encoding: str) -> None:
    """`write_chunks`: a re-check's stored verified relations (UTF-8, `memoryview`) go to a UTF-8 stream's
    bytes as they are, in order with the text around them; to any other stream, decoded: the same text."""
    import io

    from checker.outputs import write_chunks

    chunks = ['{\n  "verified": [\n', memoryview("{\"m\": \"18,320 − 17,525 = 795 ✓\"}".encode()), ",\n",
              "é".encode(), "\n  ]\n}\n"]
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="\n")
    write_chunks(out, chunks)
    out.flush()
    text = "".join(c if isinstance(c, str) else str(c, "utf-8") for c in chunks)
    assert raw.getvalue() == text.encode(encoding, "replace")
    path = tmp_path / "report.json"
    write_atomic(path, chunks)
    assert path.read_text(encoding="utf-8") == text
