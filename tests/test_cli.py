"""End to end through the installed `factcheck` command: exit codes, formats, bad input."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "corpus"
FIXTURES = Path("tests") / "fixtures" / "cli"


def factcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def tree_digest(path: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus_json() -> dict:
    before = tree_digest(ROOT / CORPUS)
    run = factcheck(CORPUS, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert tree_digest(ROOT / CORPUS) == before, "the corpus must never be modified"
    return json.loads(run.stdout)


def test_corpus_passes_with_the_expected_warnings(corpus_json: dict) -> None:
    summary = corpus_json["summary"]
    assert summary["files"] == 2 and summary["errors"] == 0 and summary["warnings"] == 4
    assert summary["claims"] >= 40 and summary["checks"] > 0
    seen = {(f["rule"], Path(f["path"]).name, f["line"]) for f in corpus_json["findings"]}
    assert seen == {
        ("malformed-number", "000_d4610d365ca6d503.txt", 27),   # 17, 525
        ("malformed-number", "000_d4610d365ca6d503.txt", 29),   # 19,691votes
        ("name-variant", "001_dded165c667f76eb.txt", 1),        # Ed balls
        ("name-variant", "001_dded165c667f76eb.txt", 12),       # Wirrall West
    }


def test_json_follows_the_factcheck_1_contract(corpus_json: dict) -> None:
    assert corpus_json["schema"] == "factcheck/1"
    assert set(corpus_json["summary"]) >= {"files", "claims", "checks", "errors", "warnings"}
    assert all(isinstance(v, int) for v in corpus_json["summary"].values())
    for f in corpus_json["findings"]:
        assert isinstance(f["rule"], str) and isinstance(f["message"], str)
        assert f["severity"] in ("error", "warning", "info")
        assert f["path"].startswith("corpus/"), "paths stay as the user gave them"
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(f[key], int) and f[key] >= 1
        assert (f["end_line"], f["end_column"]) > (f["line"], f["column"])
        for key in ("stated", "expected"):
            assert f[key] is None or isinstance(f[key], (int, float))
        for r in f["related"]:
            assert set(r) >= {"path", "line", "column", "text"}


def test_text_report_points_at_the_figure_and_shows_the_arithmetic() -> None:
    run = factcheck(str(FIXTURES / "hallam.txt"))
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    head = "tests/fixtures/cli/hallam.txt:11:41: error[majority-arithmetic]"
    assert lines[0].startswith(head)
    source = next(i for i, line in enumerate(lines) if "a majority of 2,352" in line)
    caret = lines[source + 1]
    assert caret.index("^") == lines[source].index("2,352") and "^^^^^ stated 2,352" in caret
    assert "= arithmetic: stated 2,352; 21,881 − 19,756 = 2,125" in run.stdout
    assert "= related: tests/fixtures/cli/hallam.txt:8:18:" in run.stdout
    assert re.fullmatch(r"Checked 1 file: 6 claims, \d+ relations checked; 1 error, 0 warnings\.", lines[-1])
    assert "\x1b[" not in run.stdout, "no colour when stdout is not a terminal"


def test_the_corrected_twin_is_clean() -> None:
    run = factcheck(str(FIXTURES / "hallam-fixed.txt"), "--format", "json")
    assert run.returncode == 0
    assert json.loads(run.stdout)["findings"] == []


def test_json_carries_stated_expected_and_related() -> None:
    run = factcheck(str(FIXTURES / "hallam.txt"), "--format", "json")
    assert run.returncode == 1
    (f,) = json.loads(run.stdout)["findings"]
    assert (f["rule"], f["severity"], f["line"], f["column"], f["end_column"]) == (
        "majority-arithmetic", "error", 11, 41, 46)
    assert (f["stated"], f["expected"]) == (2352, 2125)
    assert sorted((r["line"], r["column"]) for r in f["related"]) == [(8, 18), (8, 60)]


def test_verbose_lists_verified_relations() -> None:
    run = factcheck(CORPUS, "--verbose")
    assert run.returncode == 0
    assert "Barrow and Furness: 18,320 − 17,525 = 795 ✓" in run.stdout
    assert "Westmorland and Lonsdale: 25,194 − 16,245 = 8,949 ✓" in run.stdout


def test_fail_on_warning_makes_warnings_fail() -> None:
    assert factcheck(CORPUS, "--fail-on", "warning", "--format", "json").returncode == 1


def test_select_and_ignore_rules() -> None:
    only = json.loads(factcheck(CORPUS, "--select", "name-variant", "--format", "json").stdout)
    assert {f["rule"] for f in only["findings"]} == {"name-variant"}
    rest = json.loads(factcheck(CORPUS, "--ignore", "name-variant,malformed", "--format", "json").stdout)
    assert rest["findings"] == []


def test_claims_table_and_json() -> None:
    table = factcheck(CORPUS, "--claims")
    assert table.returncode == 0
    row = next(line for line in table.stdout.splitlines() if ":27:231" in line)
    assert row.split()[1:3] == ["votes", "18,320"] and "John Woodcock" in row and "Barrow and Furness" in row
    data = json.loads(factcheck(CORPUS, "--claims", "--format", "json").stdout)
    claims = [c for d in data["documents"] for c in d["claims"]]
    fell = next(c for c in claims if c["text"] == "17, 525")
    assert (fell["kind"], fell["value"], fell["subject"], fell["modality"]) == ("votes", 17525, "Simon Fell", "actual")
    old = next(c for c in claims if c["text"] == "12,264")
    assert (old["kind"], old["year"], old["modality"]) == ("majority", 2010, "historical")


def test_output_is_deterministic() -> None:
    assert factcheck(CORPUS, "-v").stdout == factcheck(CORPUS, "-v").stdout


@pytest.mark.parametrize("args, says", [
    (["no/such/dir"], "no such file or directory: no/such/dir"),
    (["--format", "xml", CORPUS], "'xml' is not one of"),
    (["--no-such-option", CORPUS], "No such option"),
    ([], "no PATH given"),
    (["--select", "no-such-rule", CORPUS], "unknown rule 'no-such-rule'"),
    (["--model", "no_such_model", CORPUS], "spaCy model 'no_such_model' is not installed"),
])
def test_bad_invocations_exit_2_with_one_line(args: list[str], says: str) -> None:
    run = factcheck(*args)
    assert run.returncode == 2
    assert run.stdout == ""
    assert says in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_unreadable_files_are_reported_and_the_rest_checked(tmp_path: Path) -> None:
    shutil.copy(ROOT / FIXTURES / "hallam.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Labour won 12,000 votes in Ynys M\xf4n.".encode("latin-1"))
    run = factcheck(str(tmp_path), "--format", "json")
    assert run.returncode == 1, "the good article's error still counts"
    findings = json.loads(run.stdout)["findings"]
    reads = {Path(f["path"]).name: f["message"] for f in findings if f["rule"] == "read-error"}
    assert set(reads) == {"empty.txt", "binary.txt", "latin1.txt"}
    assert "empty" in reads["empty.txt"] and "binary" in reads["binary.txt"]
    assert "not UTF-8 (byte 0xf4 on line 1)" in reads["latin1.txt"]
    assert any(f["rule"] == "majority-arithmetic" for f in findings)


def test_a_broken_rule_file_stops_the_run(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "checks" / "majority-arithmetic.toml").write_text('id = "majority-arithmetic"\ncheck = "nope"\n')
    run = factcheck("--rules-dir", str(rules), CORPUS)
    assert run.returncode == 2
    assert "majority-arithmetic.toml" in run.stderr and "Traceback" not in run.stderr
