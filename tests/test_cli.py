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
    # six figures and two outcomes ("Labour gain in Sheffield Hallam", "took Sheffield Hallam from the Liberal Democrats")
    assert re.fullmatch(r"Checked 1 file: 8 claims, \d+ relations checked; 1 error, 0 warnings\.", lines[-1])
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


# --------------------------------------------------------------------------------------------------------------
# Issue 14: installs the way users install it — configs per file, exclude at any depth, --force-exclude,
# per-file-ignores, configured paths


PLANTED = ROOT / "tests" / "articles" / "majority-arithmetic" / "planted.txt"
"""The Hexham report with a majority of 13,782 where the votes give 13,728: one majority-arithmetic error."""


def newsroom(tmp_path: Path, *articles: str, **configs: str) -> Path:
    """A folder with the planted article at each of `articles`, and config files (`copy__factcheck_toml`
    is copy/factcheck.toml)."""
    for a in articles:
        (tmp_path / a).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PLANTED, tmp_path / a)
    for name, text in configs.items():
        path = tmp_path / name.replace("__", "/").replace("_toml", ".toml")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def findings(run: subprocess.CompletedProcess) -> list[tuple[str, str, str]]:
    assert run.stdout, run.stderr
    return sorted((f["path"], f["rule"], f["severity"]) for f in json.loads(run.stdout)["findings"])


def test_a_nested_config_decides_for_the_files_under_it(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "corpus/hexham.txt", "copy/hexham.txt", "copy/drafts/hexham.txt",
                    copy__factcheck_toml='exclude = ["drafts/**"]\n\n[severity]\nmajority-arithmetic = "warning"\n')
    run = factcheck(".", "-f", "json", "--no-cache", cwd=desk)
    assert findings(run) == [("./copy/hexham.txt", "majority-arithmetic", "warning"),
                             ("./corpus/hexham.txt", "majority-arithmetic", "error")]
    assert run.returncode == 1
    (desk / "factcheck.toml").write_text('select = ["swing"]\n', encoding="utf-8")
    run = factcheck(".", "-f", "json", "--no-cache", cwd=desk)
    assert findings(run) == [("./copy/hexham.txt", "majority-arithmetic", "warning")], \
        "the top config's select is not copy/'s"
    shown = factcheck(".", "--show-config", cwd=desk).stdout
    assert "# each file takes select, ignore, severity, per-file-ignores, include and exclude" in shown
    assert findings(factcheck(".", "-f", "json", "--no-cache", "--config", "factcheck.toml", cwd=desk)) == [], \
        "--config imposes one config on every file"


def test_a_broken_nested_config_stops_the_run_naming_it(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "copy/hexham.txt", copy__factcheck_toml='# desk\nignore = ["majorty"]\n')
    run = factcheck(".", "--no-cache", cwd=desk)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.startswith("factcheck: error: copy/factcheck.toml:2: unknown rule 'majorty' in 'ignore'")
    assert len(run.stderr.strip().splitlines()) == 1


def test_exclude_drafts_matches_drafts_folders_at_any_depth(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "copy/hexham.txt", "copy/drafts/hexham.txt", "drafts/hexham.txt",
                    factcheck_toml='exclude = ["drafts/**"]\n')
    assert findings(factcheck(".", "-f", "json", "--no-cache", cwd=desk)) == [
        ("./copy/hexham.txt", "majority-arithmetic", "error")]
    (desk / "factcheck.toml").write_text('exclude = ["/drafts/**"]\n', encoding="utf-8")
    assert [f[0] for f in findings(factcheck(".", "-f", "json", "--no-cache", cwd=desk))] == [
        "./copy/drafts/hexham.txt", "./copy/hexham.txt"], "a leading slash anchors it at the config's folder"


def test_force_exclude_applies_exclude_to_the_files_named(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "copy/hexham.txt", "copy/drafts/hexham.txt", factcheck_toml='exclude = ["drafts/"]\n')
    named = ("copy/drafts/hexham.txt", "copy/hexham.txt", "-f", "json", "--no-cache")
    assert [f[0] for f in findings(factcheck(*named, cwd=desk))] == ["copy/drafts/hexham.txt", "copy/hexham.txt"]
    assert [f[0] for f in findings(factcheck(*named, "--force-exclude", cwd=desk))] == ["copy/hexham.txt"]
    (desk / "factcheck.toml").write_text('exclude = ["drafts/"]\nforce-exclude = true\n', encoding="utf-8")
    assert [f[0] for f in findings(factcheck(*named, cwd=desk))] == ["copy/hexham.txt"]
    assert len(findings(factcheck(*named, "--no-force-exclude", cwd=desk))) == 2
    nothing = factcheck("copy/drafts/hexham.txt", "--no-cache", cwd=desk)
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert nothing.stderr.strip() == \
        "factcheck: warning: every PATH given is excluded (--force-exclude): nothing to check"
    piped = subprocess.run([sys.executable, "-m", "checker", "-", "--stdin-filename", "copy/drafts/x.txt",
                            "--no-cache"], cwd=desk, input=PLANTED.read_text(encoding="utf-8"), capture_output=True,
                           text=True)
    assert piped.returncode == 0 and "nothing to check" in piped.stderr


def test_per_file_ignores_drop_findings_without_a_note_in_the_copy(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "archive/2019/hexham.txt", "archive/2024/hexham.txt",
                    factcheck_toml='[per-file-ignores]\n"archive/2019/*.txt" = ["majority"]\n')
    run = factcheck("archive", "-f", "json", "--no-cache", cwd=desk)
    assert findings(run) == [("archive/2024/hexham.txt", "majority-arithmetic", "error")]
    assert (desk / "archive/2019/hexham.txt").read_bytes() == PLANTED.read_bytes(), "the copy is untouched"
    (desk / "factcheck.toml").write_text('\n[per-file-ignores]\n"archive/2019/*.txt" = ["majorty"]\n', encoding="utf-8")
    bad = factcheck("archive", "--no-cache", cwd=desk)
    assert bad.returncode == 2 and bad.stderr.startswith("factcheck: error: factcheck.toml:3: unknown rule 'majorty' "
                                                         "in 'per-file-ignores'")


def test_with_no_path_the_configured_paths_are_checked(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "copy/hexham.txt", "elsewhere/hexham.txt", factcheck_toml='paths = ["copy"]\n')
    run = factcheck("-f", "json", "--no-cache", cwd=desk)
    assert findings(run) == [("copy/hexham.txt", "majority-arithmetic", "error")] and run.returncode == 1
    inside = factcheck("-f", "json", "--no-cache", cwd=desk / "elsewhere")
    assert findings(inside) == [("../copy/hexham.txt", "majority-arithmetic", "error")], \
        "paths are the config's folder's, whatever the working folder"
    assert "# factcheck.toml:1" in [line for line in factcheck("--show-config", cwd=desk).stdout.splitlines()
                                    if line.startswith("paths ")][0]
    (desk / "factcheck.toml").write_text('# desk\npaths = ["copy", "wire"]\n', encoding="utf-8")
    missing = factcheck("--no-cache", cwd=desk)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "factcheck: error: factcheck.toml:2: 'paths' names wire, which does not exist"
    (desk / "factcheck.toml").unlink()
    none = factcheck(cwd=desk)
    assert none.returncode == 2 and "no PATH given" in none.stderr and "paths" in none.stderr


def test_a_model_in_the_config_that_is_not_a_pipeline_is_one_line(tmp_path: Path) -> None:
    desk = newsroom(tmp_path, "copy/hexham.txt", factcheck_toml='model = "os"\n')
    run = factcheck("copy", "--no-cache", cwd=desk)
    assert run.returncode == 2 and run.stdout == "" and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "'os'" in run.stderr
