"""End to end: factcheck as a CI gate — every format, --output, config, notes in the copy, the
baseline, rule docs and stdin, through the installed command, with the exit code of each path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
PLANTED = ROOT / "tests" / "articles" / "majority-arithmetic" / "planted.txt"
SCHEMA = json.loads((ROOT / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text("utf-8"))
FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab", "html")


def factcheck(*args: str, cwd: Path, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          input=stdin, env={**os.environ, "NO_COLOR": "1", **(env or {})})


@pytest.fixture()
def desk(tmp_path: Path) -> Path:
    """A newsroom folder: the sample corpus and, in copy/, the planted Hexham report."""
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "copy").mkdir()
    shutil.copy(PLANTED, tmp_path / "copy" / "hexham.txt")
    return tmp_path


def parses(fmt: str, out: str) -> None:
    """Each format is what its consumers read."""
    if fmt == "json":
        assert json.loads(out)["schema"] == "factcheck/1"
    elif fmt == "sarif":
        jsonschema.validate(json.loads(out), SCHEMA)
    elif fmt == "gitlab":
        assert isinstance(json.loads(out), list)
    elif fmt == "junit":
        assert ET.fromstring(out).tag == "testsuites"
    elif fmt == "github":
        assert all(line.startswith("::") for line in out.splitlines())
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and "</html>" in out
    else:
        assert "Checked " in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_passes_the_corpus_and_fails_the_planted_copy(desk: Path, fmt: str) -> None:
    clean = factcheck("corpus", "--format", fmt, cwd=desk)
    assert clean.returncode == 0, clean.stderr
    parses(fmt, clean.stdout)
    slip = factcheck("copy", "--format", fmt, cwd=desk)
    assert slip.returncode == 1, slip.stderr
    parses(fmt, slip.stdout)
    assert "13,782" in slip.stdout and "majority-arithmetic" in slip.stdout
    assert factcheck("copy", "--format", fmt, cwd=desk).stdout == slip.stdout, "two runs diff clean"


def test_output_files_beside_the_terminal_report_and_never_inside_the_copy(desk: Path) -> None:
    shutil.copy(desk / "copy" / "hexham.txt", desk / "corpus" / "hexham.txt")
    (desk / "reports").mkdir()
    args = ("corpus", "-f", "github", "-o", "sarif:reports/factcheck.sarif", "-o", "reports/report.html",
            "-o", "junit:reports/junit.xml")
    summary = desk / "summary.md"
    run = factcheck(*args, cwd=desk, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.returncode == 1
    assert run.stdout.startswith("::error file=corpus/hexham.txt,line=3,col=157")
    jsonschema.validate(json.loads((desk / "reports/factcheck.sarif").read_text()), SCHEMA)
    assert "13,782" in (desk / "reports/report.html").read_text()
    assert ET.parse(desk / "reports/junit.xml").getroot().get("failures") == "1"
    assert "| corpus/hexham.txt:3" in summary.read_text() and "majority-arithmetic" in summary.read_text()
    # A report inside the copy would be read as an article by the next run: refused, nothing written.
    inside = factcheck("corpus", "-o", "corpus/report.html", cwd=desk)
    assert inside.returncode == 2 and "inside corpus" in inside.stderr
    assert not (desk / "corpus/report.html").exists()


def test_an_output_whose_format_cannot_be_told_is_a_usage_error(desk: Path) -> None:
    run = factcheck("corpus", "-o", "report.out", cwd=desk)
    assert run.returncode == 2 and "FORMAT:FILE" in run.stderr and not (desk / "report.out").exists()


def test_config_file_is_found_above_the_path_and_the_command_line_wins(desk: Path) -> None:
    (desk / "factcheck.toml").write_text('format = "json"\nfail-on = "warning"\n\n[severity]\n'
                                         'majority-arithmetic = "warning"\n', encoding="utf-8")
    run = factcheck(".", cwd=desk / "copy")
    data = json.loads(run.stdout)
    assert {f["severity"] for f in data["findings"] if f["rule"] == "majority-arithmetic"} == {"warning"}
    assert run.returncode == 1, "fail-on = warning from the file"
    run = factcheck("copy", "--fail-on", "error", "--format", "text", cwd=desk)
    assert run.returncode == 0 and "warning[majority-arithmetic]" in run.stdout
    shown = factcheck("copy", "--show-config", "--fail-on", "error", cwd=desk)
    assert shown.returncode == 0
    lines = {line.split("=")[0].strip(): line for line in shown.stdout.splitlines() if "=" in line}
    assert lines["fail-on"].endswith("# command line")
    assert lines["format"].endswith("# factcheck.toml:1")
    assert lines["severity.majority-arithmetic"].endswith("# factcheck.toml:5")
    assert factcheck("copy", "--isolated", cwd=desk).returncode == 1


def test_pyproject_tool_table_and_select_by_prefix(desk: Path) -> None:
    (desk / "pyproject.toml").write_text('[project]\nname = "desk"\n\n[tool.factcheck]\nignore = ["majority"]\n',
                                         encoding="utf-8")
    assert factcheck("copy", cwd=desk).returncode == 0
    assert factcheck("copy", "--isolated", cwd=desk).returncode == 1


@pytest.mark.parametrize("toml, says", [
    ('selct = ["swing"]\n', "factcheck.toml:1: unknown key 'selct' (did you mean 'select'?)"),
    ('fail-on = "never"\n', "factcheck.toml:1:"),
    ('\n[severity]\nswing = "fatal"\n', "factcheck.toml:3:"),
    ('ignore = ["no-such-rule"]\n', "factcheck.toml:1: unknown rule 'no-such-rule'"),
    ('format = [\n', "factcheck.toml:"),
])
def test_a_broken_config_stops_the_run_naming_file_line_and_key(desk: Path, toml: str, says: str) -> None:
    (desk / "factcheck.toml").write_text(toml, encoding="utf-8")
    run = factcheck("copy", cwd=desk)
    assert run.returncode == 2 and run.stdout == ""
    assert says in run.stderr and "Traceback" not in run.stderr and len(run.stderr.splitlines()) == 1


def test_a_note_in_the_copy_suppresses_the_next_paragraph_only(desk: Path) -> None:
    text = PLANTED.read_text(encoding="utf-8")
    slip = "Mr Opperman polled 22,834 votes"
    noted = text.replace(slip, "<!-- factcheck: ignore majority-arithmetic -->\n" + slip)
    (desk / "copy" / "hexham.txt").unlink()
    (desk / "copy" / "hexham.md").write_text(noted, encoding="utf-8")
    run = factcheck("copy", "-f", "json", cwd=desk)
    assert run.returncode == 0, run.stdout
    data = json.loads(run.stdout)
    assert data["summary"]["suppressed"] == 1 and data["findings"] == []
    assert factcheck("copy", "--no-suppress", cwd=desk).returncode == 1
    # A note for a rule that finds nothing there is reported, as a warning.
    (desk / "copy" / "hexham.md").write_text(noted.replace("majority-arithmetic", "swing"), encoding="utf-8")
    run = factcheck("copy", "-f", "json", cwd=desk)
    rules = sorted(f["rule"] for f in json.loads(run.stdout)["findings"])
    assert rules == ["majority-arithmetic", "unused-suppression"] and run.returncode == 1


def test_a_plain_text_note_line(desk: Path) -> None:
    text = PLANTED.read_text(encoding="utf-8").replace("Mr Opperman polled", "[factcheck: ignore majority]\nMr Opperman polled")
    (desk / "copy" / "hexham.txt").write_text(text, encoding="utf-8")
    assert factcheck("copy", cwd=desk).returncode == 0


def test_baseline_survives_moved_copy_and_catches_a_changed_figure(desk: Path) -> None:
    story = desk / "copy" / "hexham.txt"
    made = factcheck("copy", "--write-baseline", ".factcheck-baseline.json", cwd=desk)
    assert made.returncode == 0 and "wrote 1 finding" in made.stderr
    assert json.loads((desk / ".factcheck-baseline.json").read_text())["schema"] == "factcheck-baseline/1"
    assert factcheck("copy", "--baseline", ".factcheck-baseline.json", cwd=desk).returncode == 0
    paragraphs = story.read_text(encoding="utf-8").split("\n\n")
    moved = [paragraphs[0], "A new opening paragraph about the count at Hexham Mart.", *paragraphs[2:], paragraphs[1]]
    story.write_text("\n\n".join(moved), encoding="utf-8")
    run = factcheck("copy", "--baseline", ".factcheck-baseline.json", "-f", "json", cwd=desk)
    assert run.returncode == 0 and json.loads(run.stdout)["summary"]["baselined"] == 1
    story.write_text(story.read_text(encoding="utf-8").replace("13,782", "13,872"), encoding="utf-8")
    run = factcheck("copy", "--baseline", ".factcheck-baseline.json", cwd=desk)
    assert run.returncode == 1 and "13,872" in run.stdout
    missing = factcheck("copy", "--baseline", "nope.json", cwd=desk)
    assert missing.returncode == 2 and "nope.json" in missing.stderr


def test_rule_docs_come_from_the_rule_files(desk: Path) -> None:
    listed = factcheck("--list-rules", cwd=desk)
    assert listed.returncode == 0
    ids = [line.split()[0] for line in listed.stdout.splitlines() if line and not line[0].isdigit()]
    assert "majority-arithmetic" in ids and "unused-suppression" in ids and ids == sorted(ids)
    explained = factcheck("--explain", "majority-arithmetic", cwd=desk)
    assert explained.returncode == 0
    assert "## Copy that fails" in explained.stdout and "13,782" in explained.stdout
    assert "## Copy that passes" in explained.stdout and "rules/checks/majority-arithmetic.toml" in explained.stdout
    as_json = json.loads(factcheck("--explain", "swing", "-f", "json", cwd=desk).stdout)
    assert as_json["id"] == "swing" and any(e["fails"] for e in as_json["examples"])
    unknown = factcheck("--explain", "majority-sum", cwd=desk)
    assert unknown.returncode == 2 and "unknown rule 'majority-sum'" in unknown.stderr


def test_standard_input_with_a_name(desk: Path) -> None:
    run = factcheck("-", "--stdin-filename", "desk/hexham.md", cwd=desk, stdin=PLANTED.read_text(encoding="utf-8"))
    assert run.returncode == 1
    assert run.stdout.startswith("desk/hexham.md:3:157: error[majority-arithmetic]")
    clean = factcheck("-", cwd=desk, stdin=(ROOT / "tests/articles/majority-arithmetic/corrected.txt").read_text())
    assert clean.returncode == 0 and "Checked 1 file" in clean.stdout


def test_the_documented_integrations_use_real_options(desk: Path) -> None:
    """docs/github-actions.yml and .pre-commit-hooks.yaml name the installed command and options it has."""
    helped = factcheck("--help", cwd=desk).stdout
    workflow = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    command = workflow.split("run: >", 1)[1].split("- name:", 1)[0]
    options = {w.strip("'\"") for w in command.split() if w.strip("'\"").startswith("--")}
    assert options >= {"--format", "--output", "--baseline"}
    assert all(o in helped for o in options), options - {o for o in options if o in helped}
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: factcheck" in hooks and "entry: factcheck" in hooks and "require_serial: true" in hooks
    assert shutil.which("factcheck") or (Path(sys.executable).parent / "factcheck").exists()


def test_include_exclude_and_file_formats_pick_the_copy(desk: Path) -> None:
    (desk / "copy" / "drafts").mkdir()
    shutil.copy(PLANTED, desk / "copy" / "drafts" / "hexham.txt")
    (desk / "copy" / "hexham.txt").rename(desk / "copy" / "hexham.story")
    only_drafts = factcheck("copy", "--exclude", "drafts/", "-f", "json", cwd=desk)
    assert json.loads(only_drafts.stdout)["summary"]["files"] == 0 and "no articles found" in only_drafts.stderr
    assert only_drafts.returncode == 0
    story = factcheck("copy", "--file-format", ".story=text", "--exclude", "drafts/", "-f", "json", cwd=desk)
    data = json.loads(story.stdout)
    assert data["summary"]["files"] == 1 and data["findings"][0]["path"] == "copy/hexham.story"
    (desk / "factcheck.toml").write_text('include = ["copy/drafts/*.txt"]\n', encoding="utf-8")
    drafts = json.loads(factcheck("copy", "-f", "json", cwd=desk).stdout)
    assert [f["path"] for f in drafts["findings"]] == ["copy/drafts/hexham.txt"]
    bad = factcheck("copy", "--file-format", "story=text", cwd=desk)
    assert bad.returncode == 2 and ".SUFFIX=" in bad.stderr


def test_severity_and_country_on_the_command_line(desk: Path) -> None:
    run = factcheck("copy", "--severity", "majority-arithmetic=warning", cwd=desk)
    assert run.returncode == 0 and "warning[majority-arithmetic]" in run.stdout
    assert factcheck("copy", "--severity", "majority-arithmetic=warning", "--fail-on", "warning", cwd=desk).returncode == 1
    assert factcheck("copy", "--severity", "majority-arithmetic=loud", cwd=desk).returncode == 2
    assert factcheck("copy", "--severity", "no-such-rule=info", cwd=desk).returncode == 2
    assert factcheck("copy", "--country", "GB", cwd=desk).returncode == 1
    wrong = factcheck("copy", "--country", "XX", cwd=desk)
    assert wrong.returncode == 2 and "unknown country 'XX'" in wrong.stderr


def test_a_broken_rule_file_names_its_line(desk: Path) -> None:
    house = desk / "house" / "checks"
    house.mkdir(parents=True)
    (house / "house-majority.toml").write_text('id = "house-majority"\ncheck = "difference"\n\nseverity = "fatal"\n'
                                               'summary = "s"\n', encoding="utf-8")
    run = factcheck("copy", "--extra-rules", "house", cwd=desk)
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1
    assert "house/checks/house-majority.toml:4: severity 'fatal'" in run.stderr
