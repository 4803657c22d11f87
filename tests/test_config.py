"""The config file: discovery, every key, merging with the command line, errors with lines, globs, --show-config."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

import pytest

from checker.config import (
    COMMAND_LINE,
    DEFAULT,
    ConfigError,
    Effective,
    FileConfigs,
    check_rule_ids,
    config_for,
    find_config,
    load_config,
    matches,
    render_show_config,
    resolve,
)
from checker.corpus import discover
from checker.model import Severity

ROOT = Path(__file__).resolve().parent.parent
PLANTED = ROOT / "tests" / "articles" / "majority-arithmetic" / "planted.txt"
CORRECTED = ROOT / "tests" / "articles" / "majority-arithmetic" / "corrected.txt"

FULL = """\
# House settings for the election desk.
select = ["majority", "share-"]
ignore = ["name-variant"]
extra-rules = ["house-rules", "../shared/rules"]
rules-dir = "rules"
include = ["*.txt", "*.md"]
exclude = ["drafts/", "**/old/*.txt"]
fail-on = "warning"
format = "json"
model = "en_core_web_sm"
baseline = "factcheck-baseline.json"
output = "reports/factcheck.json"
cache-dir = ".factcheck-cache"
paths = ["copy", "../wire"]
force-exclude = true

[severity]
malformed-number = "error"
swing = "info"

[formats]
".text" = "text"
".htm" = "html"

[election]
country = "UK"
year = 2017

[per-file-ignores]
"archive/2019/*.txt" = ["agreement", "name-"]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str, name: str = "factcheck.toml", **kw) -> str:
    """The one-line message for a broken file, as the user sees it (shown from the file's folder)."""
    path = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, **kw)
    return str(info.value)


# --------------------------------------------------------------------------------------------------------------
# Discovery


def test_the_nearest_config_wins_and_a_file_starts_at_its_folder(tmp_path: Path) -> None:
    top = write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    desk = write(tmp_path / "politics" / "factcheck.toml", 'fail-on = "warning"\n')
    article = write(tmp_path / "politics" / "2017" / "hallam.txt", PLANTED.read_text(encoding="utf-8"))
    assert find_config(article) == desk
    assert find_config(article.parent) == desk
    assert find_config(tmp_path / "sport") == top  # a path that does not exist yet: from its folder
    assert find_config(tmp_path) == top


def test_a_pyproject_without_a_factcheck_table_is_skipped(tmp_path: Path) -> None:
    top = write(tmp_path / "factcheck.toml", 'select = ["majority"]\n')
    write(tmp_path / "site" / "pyproject.toml", '[project]\nname = "site"\n\n[tool.ruff]\nline-length = 100\n')
    assert find_config(tmp_path / "site") == top
    with_table = write(tmp_path / "site" / "pyproject.toml", '[project]\nname = "site"\n\n[tool.factcheck]\n')
    assert find_config(tmp_path / "site") == with_table


def test_factcheck_toml_beats_dot_factcheck_toml_beats_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "warning"\n')
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    write(tmp_path / ".factcheck.toml", 'fail-on = "warning"\n')
    assert find_config(tmp_path) == tmp_path / ".factcheck.toml"
    write(tmp_path / "factcheck.toml", 'fail-on = "warning"\n')
    assert find_config(tmp_path) == tmp_path / "factcheck.toml"


def test_stdin_starts_from_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = write(tmp_path / ".factcheck.toml", "")
    (tmp_path / "desk").mkdir()
    monkeypatch.chdir(tmp_path / "desk")
    assert find_config("-") == found


def test_a_broken_pyproject_that_configures_factcheck_is_found_so_its_error_shows(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nselect = ["majority"\n')
    found = find_config(tmp_path)
    assert found == tmp_path / "pyproject.toml"
    with pytest.raises(ConfigError, match=r"pyproject\.toml:\d+: invalid TOML"):
        load_config(found)


def test_explicit_config_overrides_discovery_and_isolated_reads_none(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'fail-on = "error"\n')
    explicit = write(tmp_path / "ci" / "strict.toml", 'fail-on = "warning"\n')
    assert config_for(tmp_path).values["fail_on"] == "error"
    assert config_for(tmp_path, config_path=explicit).values["fail_on"] == "warning"
    assert config_for(tmp_path, config_path=None, discover=False) is None
    with pytest.raises(ConfigError, match="config file not found"):
        config_for(tmp_path, config_path=tmp_path / "missing.toml")


def test_an_explicit_pyproject_must_have_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error_of(tmp_path, '[project]\nname = "x"\n', "pyproject.toml") == \
        "pyproject.toml:1: no [tool.factcheck] table"


# --------------------------------------------------------------------------------------------------------------
# Every key


def test_every_key_is_parsed_typed_and_its_paths_resolved_against_the_config_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = tmp_path / "newsroom" / "desk"
    path = write(desk / "factcheck.toml", FULL)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # relative paths are the file's, not the working directory's
    eff = resolve({}, load_config(path))
    assert eff.select == ("majority", "share-") and eff.ignore == ("name-variant",)
    assert dict(eff.severity) == {"malformed-number": Severity.ERROR, "swing": Severity.INFO}
    assert eff.extra_rules == (desk / "house-rules", tmp_path / "newsroom" / "shared" / "rules")
    assert eff.rules_dir == desk / "rules"
    assert eff.include == ("*.txt", "*.md") and eff.exclude == ("drafts/", "**/old/*.txt")
    assert dict(eff.formats) == {".htm": "html", ".text": "text"}
    assert (eff.country, eff.year) == ("UK", 2017)
    assert (eff.fail_on, eff.format, eff.model) == ("warning", "json", "en_core_web_sm")
    assert eff.baseline == desk / "factcheck-baseline.json"
    assert eff.output == desk / "reports" / "factcheck.json"
    assert eff.cache_dir == desk / ".factcheck-cache"
    assert eff.paths == (desk / "copy", tmp_path / "newsroom" / "wire") and eff.force_exclude is True
    assert dict(eff.per_file_ignores) == {"archive/2019/*.txt": ("agreement", "name-")}
    assert eff.root == desk and eff.config_path == desk / "factcheck.toml"
    assert eff.config_shown == "../newsroom/desk/factcheck.toml"


def test_each_setting_records_the_line_it_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    eff = resolve({}, load_config(write(tmp_path / "factcheck.toml", FULL)))
    assert eff.source("select") == "factcheck.toml:2"
    assert eff.source("cache_dir") == "factcheck.toml:13"
    assert eff.source("paths") == "factcheck.toml:14" and eff.source("force_exclude") == "factcheck.toml:15"
    assert eff.source("severity") == "factcheck.toml:17"
    assert eff.source("severity", "swing") == "factcheck.toml:19"
    assert eff.source("formats", ".htm") == "factcheck.toml:23"
    assert eff.source("country") == "factcheck.toml:26" and eff.source("year") == "factcheck.toml:27"
    assert eff.source("per_file_ignores", "archive/2019/*.txt") == "factcheck.toml:30"


def test_pyproject_settings_come_from_the_tool_factcheck_tables(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "pyproject.toml", """\
[project]
name = "election-desk"
select = ["not", "ours"]

[tool.factcheck]
ignore = [
    "name-variant",
    "malformed-number",
]
election.year = 2015

[tool.ruff]
select = ["E"]

[tool.factcheck.severity]
agreement = "warning"
""")
    config = load_config(path)
    assert dict(config.values) == {
        "ignore": ("name-variant", "malformed-number"),
        "year": 2015,
        "severity": {"agreement": Severity.WARNING},
    }
    assert config.sources["ignore"] == "pyproject.toml:6"
    assert config.sources["year"] == "pyproject.toml:10"
    assert config.sources["severity.agreement"] == "pyproject.toml:16"


def test_inline_and_dotted_tables_and_comments_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "factcheck.toml", """\
model = \"\"\"
select = ["this is a string, not a key"]
\"\"\"  # a model name spread over lines is silly, but valid
severity.swing = "warning"   # dotted key
formats = { ".text" = "text" }
select = ["rank"]
""")
    config = load_config(path)
    assert config.values["select"] == ("rank",)
    assert config.sources["select"] == "factcheck.toml:6", "a key inside a multi-line string is not a key"
    assert config.sources["severity.swing"] == "factcheck.toml:4"
    assert config.sources['formats.".text"'] == "factcheck.toml:5"


# --------------------------------------------------------------------------------------------------------------
# Merging with the command line


def test_the_command_line_wins_and_defaults_fill_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(write(tmp_path / "factcheck.toml", FULL))

    class FailOn(StrEnum):  # what typer hands over
        error = "error"

    eff = resolve({"select": ("rank",), "fail_on": FailOn.error, "year": 2019, "ignore": (), "model": None,
                   "extra_rules": [Path("more-rules")], "severity": {"swing": "error"}}, config)
    assert eff.select == ("rank",) and eff.source("select") == COMMAND_LINE
    assert eff.fail_on == "error" and type(eff.fail_on) is str and eff.source("fail_on") == COMMAND_LINE
    assert eff.year == 2019 and eff.source("year") == COMMAND_LINE
    assert eff.country == "UK" and eff.source("country") == "factcheck.toml:26"
    assert eff.ignore == ("name-variant",) and eff.source("ignore") == "factcheck.toml:3", "() is 'not given'"
    assert eff.model == "en_core_web_sm" and eff.source("model") == "factcheck.toml:10", "None is 'not given'"
    assert eff.extra_rules == (Path("more-rules"),), "command-line paths stay relative to the working folder"
    assert dict(eff.severity) == {"swing": Severity.ERROR}, "a table from the command line replaces the file's"
    assert eff.source("severity", "swing") == COMMAND_LINE and eff.source("severity", "malformed-number") == DEFAULT


def test_without_a_config_every_setting_is_its_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    eff = resolve({"format": "json"}, None)
    assert eff == Effective(format="json", root=tmp_path, sources={"format": COMMAND_LINE})
    assert eff.source("fail_on") == DEFAULT and eff.fail_on == "error" and eff.select == ()
    with pytest.raises(ValueError, match="not a setting: verbose"):
        resolve({"verbose": True}, None)


def test_effective_settings_are_frozen(tmp_path: Path) -> None:
    eff = resolve({}, load_config(write(tmp_path / "factcheck.toml", FULL)))
    with pytest.raises(AttributeError):
        eff.fail_on = "error"  # type: ignore[misc]
    with pytest.raises(TypeError):
        eff.severity["swing"] = Severity.ERROR  # type: ignore[index]


# --------------------------------------------------------------------------------------------------------------
# Errors: one line, the file, the line, the key


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_unknown_key_names_its_line_and_the_likely_key(here: Path) -> None:
    text = '# desk settings\n\nfail-on = "warning"\nselct = ["majority"]\n'
    assert error_of(here, text) == "factcheck.toml:4: unknown key 'selct' (did you mean 'select'?)"
    assert error_of(here, 'fail_on = "warning"\n') == \
        "factcheck.toml:1: unknown key 'fail_on' (did you mean 'fail-on'?)"
    message = error_of(here, 'colour = "never"\n')
    assert message.startswith("factcheck.toml:1: unknown key 'colour' (known: baseline, cache-dir, ")


def test_an_unknown_key_in_a_table_and_in_pyproject(here: Path) -> None:
    assert error_of(here, '[election]\ncountry = "UK"\nyaer = 2017\n') == \
        "factcheck.toml:3: unknown key 'election.yaer' (did you mean 'election.year'?)"
    text = '[project]\nname = "desk"\n\n[tool.factcheck]\nfail-on = "error"\nexlude = ["drafts"]\n'
    assert error_of(here, text, "pyproject.toml") == \
        "pyproject.toml:6: unknown key 'exlude' (did you mean 'exclude'?)"


def test_the_first_problem_in_the_file_is_the_one_reported(here: Path) -> None:
    message = error_of(here, 'fail-on = "sometimes"\nselct = ["rank"]\n')
    assert message.startswith("factcheck.toml:1: 'fail-on' must be one of error, warning, not 'sometimes'")


def test_wrong_types(here: Path) -> None:
    assert error_of(here, 'select = "majority-arithmetic"\n') == \
        "factcheck.toml:1: 'select' must be a list of strings, not a string"
    assert error_of(here, 'ignore = [\n  "name-variant",\n  3,\n]\n') == \
        "factcheck.toml:1: 'ignore' must be a list of non-empty strings; it has an integer"
    assert error_of(here, 'severity = "warning"\n') == \
        "factcheck.toml:1: 'severity' must be a table of rule id = \"error\" | \"warning\" | \"info\", not a string"
    assert error_of(here, '\n[election]\nyear = "2017"\n') == \
        "factcheck.toml:3: 'election.year' must be an integer, not a string"
    assert error_of(here, "election.year = true\n") == \
        "factcheck.toml:1: 'election.year' must be an integer, not a boolean"
    assert error_of(here, "model = 3.8\n") == "factcheck.toml:1: 'model' must be a string, not a number"
    assert error_of(here, 'baseline = ""\n') == "factcheck.toml:1: 'baseline' must not be empty"


def test_bad_values(here: Path) -> None:
    text = '[severity]\nmajority-arithmetic = "error"\nswing = "fatal"\n'
    assert error_of(here, text) == \
        "factcheck.toml:3: 'severity.swing' must be one of error, warning, info, not 'fatal'"
    assert error_of(here, 'severity.rank = "warn"\n') == \
        "factcheck.toml:1: 'severity.rank' must be one of error, warning, info, not 'warn'; did you mean 'warning'?"
    assert error_of(here, '[formats]\n".rtf" = "rtf"\n') == \
        "factcheck.toml:2: 'formats.\".rtf\"' must be one of text, markdown, html, jsonl, not 'rtf'"
    assert error_of(here, '[formats]\nhtm = "html"\n').startswith(
        "factcheck.toml:2: 'formats.htm': a suffix starts with a dot")
    assert error_of(here, "[election]\nyear = 17\n") == \
        "factcheck.toml:2: 'election.year' must be a four-digit year, not 17"


def test_an_unknown_output_format_is_checked_against_the_names_given(here: Path) -> None:
    assert error_of(here, 'format = "sarif"\n') == \
        "factcheck.toml:1: 'format' must be one of text, json, not 'sarif'"
    assert load_config(here / "factcheck.toml", ("text", "json", "sarif")).values["format"] == "sarif"


def test_a_toml_syntax_error_gives_its_line(here: Path) -> None:
    text = '# desk\nselect = ["majority"]\nfail-on = warning\n'
    assert error_of(here, text) == "factcheck.toml:3: invalid TOML in 'fail-on': Invalid value (column 11)"
    assert error_of(here, 'select = ["rank"]\nselect = ["swing"]\n') == \
        "factcheck.toml:2: invalid TOML in 'select': Cannot overwrite a value (column 19)"
    assert error_of(here, 'model = "en_core\n').startswith("factcheck.toml:1: invalid TOML")
    with pytest.raises(ConfigError) as info:
        load_config(write(here / "factcheck.toml", "\n\n[election\n"))
    assert (info.value.line, info.value.path) == (3, "factcheck.toml")


def test_a_file_that_is_not_utf8(here: Path) -> None:
    (here / "factcheck.toml").write_bytes(b'model = "caf\xe9"\n')
    with pytest.raises(ConfigError, match=r"^factcheck\.toml:1: not UTF-8 \(byte 0xe9\)$"):
        load_config(here / "factcheck.toml")


def test_rule_ids_are_exposed_and_checked_against_the_ruleset(here: Path, ruleset) -> None:
    text = 'select = ["majority", "share-"]\n\n[severity]\nmalformed-number = "error"\nmajorty-arithmetic = "info"\n'
    config = load_config(write(here / "factcheck.toml", text))
    assert [(r.rule, r.key, r.source) for r in config.rule_refs] == [
        ("majority", "select", "factcheck.toml:1"),
        ("share-", "select", "factcheck.toml:1"),
        ("malformed-number", "severity", "factcheck.toml:4"),
        ("majorty-arithmetic", "severity", "factcheck.toml:5"),
    ]
    known = [r.id for r in ruleset.rules]
    with pytest.raises(ConfigError) as info:
        check_rule_ids(config, known)
    assert str(info.value) == ("factcheck.toml:5: unknown rule 'majorty-arithmetic' in 'severity' "
                               "(did you mean 'majority-arithmetic'?)")
    fixed = load_config(write(here / "factcheck.toml", text.replace("majorty", "majority")))
    check_rule_ids(fixed, known)  # prefixes are fine in select


# --------------------------------------------------------------------------------------------------------------
# include / exclude


def test_glob_patterns_are_gitignore_ish(tmp_path: Path) -> None:
    def ok(path: str, include=(), exclude=()) -> bool:
        return matches(tmp_path / path, include, exclude, tmp_path)

    assert ok("copy/hallam.txt") and ok("copy/hallam.txt", include=["*.txt"])
    assert not ok("copy/hallam.md", include=["*.txt"])
    assert not ok("a/b/drafts/hallam.txt", exclude=["drafts"]), "a name matches at any depth, and its contents"
    assert not ok("drafts/hallam.txt", exclude=["drafts/"]) and ok("copy/drafts", exclude=["drafts/"])
    assert not ok("archive/2015/x.md", exclude=["archive/2015/*.md"])
    assert ok("desk/archive/2015/x.md", exclude=["archive/2015/*.md"]), "a pattern with a / is anchored"
    assert ok("archive/2015/deep/x.md", exclude=["archive/*.md"]), "* does not cross folders"
    assert not ok("archive/2015/deep/x.md", exclude=["archive/**/*.md"])
    assert not ok("archive/x.md", exclude=["archive/**/*.md"]), "** may be no folders at all"
    assert not ok("a/b/old/x.txt", exclude=["**/old/*.txt"]) and not ok("old/x.txt", exclude=["**/old/*.txt"])
    assert not ok("wire/pa/x.txt", exclude=["wire/**"]) and ok("wire.txt", exclude=["wire/**"])
    assert not ok("copy/2017-ge.txt", exclude=["20[0-9][0-9]-*"]) and ok("copy/ge-2017.txt", exclude=["20[0-9][0-9]-*"])
    assert ok("copy/hallam.txt", include=["copy/"], exclude=[]) and not ok("news/x.txt", include=["copy/"])
    assert matches(tmp_path / "drafts", ["*.txt"], [], tmp_path, is_dir=True), "include never prunes a folder"
    assert not matches(tmp_path / "drafts", ["*.txt"], ["drafts/"], tmp_path, is_dir=True)
    outside = tmp_path.parent / "other" / "old" / "x.txt"
    assert not matches(outside, [], ["old"], tmp_path) and matches(outside, [], ["other/old/*"], tmp_path)


def test_include_and_exclude_filter_a_real_corpus_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    write(tmp_path / "corpus" / "drafts" / "planted.txt", PLANTED.read_text(encoding="utf-8"))
    write(tmp_path / "corpus" / "2017" / "corrected.md", CORRECTED.read_text(encoding="utf-8"))
    write(tmp_path / "corpus" / "2017" / "old" / "planted.txt", PLANTED.read_text(encoding="utf-8"))
    write(tmp_path / "factcheck.toml", 'include = ["*.txt", "*.md"]\nexclude = ["drafts/", "**/old/*.txt"]\n')
    monkeypatch.chdir(tmp_path / "corpus")  # the config is above: patterns are still taken from its folder
    eff = resolve({}, config_for("."))
    kept = [f for f in discover(["."]) if eff.included(f)]
    originals = sorted(p.name for p in (ROOT / "corpus").iterdir() if p.suffix == ".txt")
    assert sorted(Path(f).name for f in kept) == sorted([*originals, "corrected.md"])
    assert all("drafts" not in f and "old" not in f for f in kept)


# --------------------------------------------------------------------------------------------------------------
# --show-config


def test_show_config_lists_every_setting_its_value_and_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    eff = resolve({"year": 2019}, load_config(write(tmp_path / "factcheck.toml", FULL)))
    out = render_show_config(eff)
    lines = out.splitlines()
    assert lines[0] == "# config file: factcheck.toml"
    rows = {line.split(" = ")[0].rstrip(): line for line in lines[1:]}
    assert list(rows) == ["select", "ignore", "severity.malformed-number", "severity.swing",
                          'per-file-ignores."archive/2019/*.txt"', "extra-rules", "rules-dir", "paths", "include",
                          "exclude", "force-exclude", 'formats.".htm"', 'formats.".text"', "election.country",
                          "election.year", "fail-on", "format", "model", "baseline", "output", "cache-dir",
                          "reference"]
    assert re.fullmatch(r'select += \["majority", "share-"\] +# factcheck\.toml:2', rows["select"])
    assert re.fullmatch(r"election\.year += 2019 +# command line", rows["election.year"])
    assert re.fullmatch(r'baseline += "factcheck-baseline\.json" +# factcheck\.toml:11', rows["baseline"])
    assert re.fullmatch(r'extra-rules += \["house-rules", "\.\./shared/rules"\] +# factcheck\.toml:4',
                        rows["extra-rules"]), "paths shown relative to the working folder"
    assert len({line.index(" = ") for line in lines[1:]}) == 1, "values aligned"
    assert len({line.index("  # ") for line in lines[1:]}) == 1, "sources aligned"
    assert str(tmp_path) not in out, "no absolute paths from the machine"


def test_show_config_is_deterministic_whatever_the_order_in_the_file(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    a = write(tmp_path / "a" / "factcheck.toml", '[severity]\nswing = "info"\nrank = "warning"\n')
    b = write(tmp_path / "b" / "factcheck.toml", '[severity]\nrank = "warning"\nswing = "info"\n')
    shown_a = render_show_config(resolve({}, load_config(a)))
    shown_b = render_show_config(resolve({}, load_config(b)))
    assert shown_a == render_show_config(resolve({}, load_config(a)))
    strip = lambda s: re.sub(r"\b[ab]/|:\d+$", "", s, flags=re.M)  # noqa: E731 — only the file and lines differ
    assert strip(shown_a) == strip(shown_b)
    assert shown_a.index("severity.rank") < shown_a.index("severity.swing")


def test_show_config_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = render_show_config(resolve({"fail_on": "warning"}, None))
    assert out.splitlines()[0] == "# no config file found"
    assert re.search(r'^fail-on += "warning" +# command line$', out, re.M)
    assert re.search(r"^model += \(not set\) +# default$", out, re.M)
    assert re.search(r"^severity += \{\} +# default$", out, re.M)


# --------------------------------------------------------------------------------------------------------------
# Issue 14: each file's own config, gitignore patterns at any depth, force-exclude, per-file-ignores, paths


def files_for(tmp_path: Path, cli: dict | None = None, start: str = ".", known=None, **kw) -> FileConfigs:
    """The run's FileConfigs as the CLI builds them, from `start` (the first PATH)."""
    loaded = config_for(tmp_path / start)
    return FileConfigs(cli or {}, resolve(cli or {}, loaded), loaded, known_rules=known, **kw)


def test_each_file_takes_its_rule_settings_from_the_nearest_config(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", 'format = "json"\nignore = ["name-variant"]\n')
    write(tmp_path / "copy" / "factcheck.toml",
          'format = "text"\nselect = ["majority"]\nexclude = ["drafts/**"]\n[severity]\nswing = "info"\n')
    files = files_for(tmp_path)
    top, desk = files.of("corpus/a.txt"), files.of("copy/2024/a.txt")
    assert top is files.run and top.ignore == ("name-variant",) and top.select == ()
    assert desk.select == ("majority",) and desk.ignore == () and dict(desk.severity) == {"swing": Severity.INFO}
    assert desk.root == tmp_path / "copy"
    assert files.run.format == "json", "a nested config's run settings are not the run's"
    assert files.distinct(["corpus/a.txt", "copy/b.txt", "copy/2024/c.txt", "d.txt"]) == [top, desk]
    assert not files.included("copy/drafts/a.txt") and files.included("drafts/a.txt")
    assert not files.included("copy/drafts", is_dir=True), "the walk prunes it: drafts/** is drafts/"
    write(tmp_path / "factcheck.toml", 'exclude = ["/wire/"]\n')
    write(tmp_path / "wire" / "factcheck.toml", 'select = ["swing"]\n')
    files = files_for(tmp_path)
    assert not files.included("wire", is_dir=True), "a folder is judged by its parent's config, not its own"


def test_the_command_line_still_wins_over_every_files_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "copy" / "factcheck.toml", 'select = ["majority"]\nexclude = ["old/"]\n')
    files = files_for(tmp_path, {"select": ("swing",), "exclude": ("/copy/drafts/",)})
    assert files.of("copy/a.txt").select == ("swing",)
    assert files.included("copy/old/a.txt"), "--exclude replaces the file's exclude"
    assert not files.included("copy/drafts/a.txt"), "and is anchored at the working folder"
    monkeypatch.chdir(tmp_path / "copy")
    assert files_for(tmp_path, {"exclude": ("/drafts/",)}).included("drafts/a.txt") is False


def test_explicit_config_or_isolated_means_one_config_for_every_file(tmp_path: Path) -> None:
    write(tmp_path / "copy" / "factcheck.toml", 'select = ["majority"]\n')
    ci = write(tmp_path / "ci.toml", 'select = ["swing"]\n')
    loaded = load_config(ci)
    files = FileConfigs({}, resolve({}, loaded), loaded, discover=False)
    assert files.of(tmp_path / "copy" / "a.txt").select == ("swing",) and not files.discovers
    assert FileConfigs({}, resolve({}, None), None, discover=False).of(tmp_path / "copy" / "a.txt").select == ()


def test_a_file_with_no_config_above_it_takes_the_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checker.config.config_in", lambda folder: None)
    write(tmp_path / "factcheck.toml", 'select = ["majority"]\n')
    loaded = load_config(tmp_path / "factcheck.toml")
    files = FileConfigs({}, resolve({}, loaded), loaded)
    assert files.of(tmp_path / "elsewhere" / "a.txt") is files.run


def test_config_lookups_are_cached_per_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.config as config

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", "")
    write(tmp_path / "copy" / "factcheck.toml", 'select = ["majority"]\n')
    looked: list[Path] = []
    real = config.config_in
    monkeypatch.setattr(config, "config_in", lambda folder: looked.append(folder) or real(folder))
    loads: list[Path] = []
    real_load = config.load_config
    monkeypatch.setattr(config, "load_config", lambda path, *a: loads.append(path) or real_load(path, *a))
    files = files_for(tmp_path)
    looked.clear()
    loads.clear()
    for n in range(50):
        files.of(f"copy/a/b/{n}.txt")
        files.of(f"copy/a/c/{n}.txt")
        files.of(f"copy/{n}.txt")
    assert sorted(looked) == [tmp_path / "copy", tmp_path / "copy" / "a", tmp_path / "copy" / "a" / "b",
                              tmp_path / "copy" / "a" / "c"], "each folder looked at once, none above a config"
    assert loads == [tmp_path / "copy" / "factcheck.toml"], "each config read once"


def test_a_nested_config_is_checked_when_first_needed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      ruleset) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "copy" / "factcheck.toml", '# desk\nselect = ["majorty"]\n')
    write(tmp_path / "wire" / "factcheck.toml", 'select = [\n')
    files = files_for(tmp_path, known=[r.id for r in ruleset.rules])
    with pytest.raises(ConfigError, match=r"^copy/factcheck\.toml:2: unknown rule 'majorty' in 'select'"):
        files.of("copy/a.txt")
    with pytest.raises(ConfigError, match=r"^wire/factcheck\.toml:\d+: invalid TOML"):
        files.included("wire/a.txt")


def test_gitignore_patterns_match_at_any_depth_unless_anchored(tmp_path: Path) -> None:
    def excluded(path: str, pattern: str) -> bool:
        return not matches(tmp_path / path, (), [pattern], tmp_path)

    assert excluded("copy/drafts/a.txt", "drafts/**"), "issue 14: drafts/** is drafts/, at any depth"
    assert excluded("drafts/a.txt", "drafts/**") and excluded("a/b/drafts/c/d.txt", "drafts/**")
    assert not excluded("copy/drafts.txt", "drafts/**") and not excluded("copy/drafts", "drafts/**"), "folders only"
    assert matches(tmp_path / "copy" / "drafts", (), ["drafts/**"], tmp_path, is_dir=False)
    assert not matches(tmp_path / "copy" / "drafts", (), ["drafts/**"], tmp_path, is_dir=True), "the walk prunes it"
    assert excluded("drafts/a.txt", "/drafts/**") and not excluded("copy/drafts/a.txt", "/drafts/**")
    assert excluded("drafts/a.txt", "/drafts") and not excluded("copy/drafts/a.txt", "/drafts"), \
        "a leading slash anchors"
    assert excluded("drafts/a.txt", "/drafts/") and not excluded("copy/drafts/a.txt", "/drafts/")
    assert not excluded("copy/archive/2019/a.txt", "archive/2019/**"), "a middle slash anchors"
    assert excluded("archive/2019/deep/a.txt", "archive/2019/**")
    assert excluded("copy/a/old/x.txt", "**/old/*.txt") and excluded("a/b/c.txt", "a/**/c.txt")
    assert excluded("x.txt", "**") and excluded("a/x.txt", "/**")
    outside = tmp_path.parent / "elsewhere" / "drafts" / "a.txt"
    assert not matches(outside, (), ["drafts/**"], tmp_path) and matches(outside, (), ["/drafts/**"], tmp_path)
    assert not matches(tmp_path / "copy" / "a.txt", ["/a.txt"], (), tmp_path), "include anchors the same way"


def test_force_exclude_uses_exclude_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", 'include = ["*.md"]\nexclude = ["drafts/"]\nforce-exclude = true\n')
    (tmp_path / "copy" / "drafts").mkdir(parents=True)
    files = files_for(tmp_path)
    assert files.run.force_exclude is True
    assert files.force_excluded("copy/drafts/a.txt") and files.force_excluded("copy/drafts")
    assert not files.force_excluded("copy/a.txt"), "include does not turn away a file named on the command line"
    assert error_of(tmp_path, "force-exclude = 1\n") == \
        "factcheck.toml:1: 'force-exclude' must be true or false, not an integer"
    eff = resolve({"force_exclude": False}, load_config(write(tmp_path / "factcheck.toml", "force-exclude = true\n")))
    assert eff.force_exclude is False and eff.source("force_exclude") == COMMAND_LINE, "--no-force-exclude wins"


def test_per_file_ignores_are_read_checked_and_applied(here: Path, ruleset) -> None:
    text = '[per-file-ignores]\n"archive/2019/*.txt" = ["agreement"]\n"*.md" = ["name-", "unused-suppression"]\n'
    config = load_config(write(here / "factcheck.toml", text))
    assert dict(config.values["per_file_ignores"]) == {"*.md": ("name-", "unused-suppression"),
                                                      "archive/2019/*.txt": ("agreement",)}
    assert [(r.rule, r.key, r.source) for r in config.rule_refs] == [
        ("agreement", "per-file-ignores", "factcheck.toml:2"),
        ("name-", "per-file-ignores", "factcheck.toml:3"),
        ("unused-suppression", "per-file-ignores", "factcheck.toml:3")]
    known = [r.id for r in ruleset.rules] + ["read-error", "unused-suppression"]
    check_rule_ids(config, known)
    bad = load_config(write(here / "factcheck.toml", text + '"wire/*" = ["agreemnt"]\n'))
    with pytest.raises(ConfigError) as info:
        check_rule_ids(bad, known)
    assert str(info.value) == \
        "factcheck.toml:4: unknown rule 'agreemnt' in 'per-file-ignores' (did you mean 'agreement'?)"
    assert error_of(here, '[per-file-ignores]\n"*.md" = "agreement"\n') == \
        "factcheck.toml:2: 'per-file-ignores.\"*.md\"' must be a list of strings, not a string"
    assert error_of(here, 'per-file-ignores = ["agreement"]\n') == \
        "factcheck.toml:1: 'per-file-ignores' must be a table of \"glob\" = [rule ids], not a list"
    write(here / "factcheck.toml", 'select = ["agreement", "majority", "name-variant"]\n' + text)
    files = files_for(here)
    assert files.reports("agreement", "archive/2018/a.txt") and not files.reports("agreement", "archive/2019/a.txt")
    assert files.reports("agreement", "copy/archive/2019/a.txt"), "anchored at the config's folder"
    assert not files.reports("name-variant", "copy/a.md") and files.reports("name-variant", "copy/a.txt")
    assert not files.reports("unused-suppression", "a.md", built_in=True)
    assert files.reports("read-error", "a.md", built_in=True), "select leaves the built-in diagnostics alone"


def test_per_file_select_and_ignore_decide_what_is_reported(here: Path) -> None:
    write(here / "factcheck.toml", 'select = ["majority"]\nignore = ["majority-arithmetic"]\n')
    files = files_for(here)
    assert files.reports("majority-share", "a.txt") and not files.reports("swing", "a.txt")
    assert not files.reports("majority-arithmetic", "a.txt") and files.reports("read-error", "a.txt", built_in=True)
    assert not files_for(here, {"ignore": ("read",)}).reports("read-error", "a.txt", built_in=True)


def test_paths_are_taken_from_the_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    eff = resolve({}, load_config(write(tmp_path / "desk" / "factcheck.toml", 'paths = ["copy", "../wire"]\n')))
    assert eff.paths == (tmp_path / "desk" / "copy", tmp_path / "wire")
    assert eff.source("paths") == "desk/factcheck.toml:1"
    assert resolve({"paths": ["a.txt"]}, None).paths == (Path("a.txt"),)
    monkeypatch.chdir(tmp_path / "desk")
    assert error_of(tmp_path / "desk", 'paths = "copy"\n') == \
        "factcheck.toml:1: 'paths' must be a list of strings, not a string"


def test_a_model_that_is_not_a_pipeline_is_left_to_the_model_loader(here: Path) -> None:
    """Issue 14: `model = "os"` is a string the file may hold; whether it is a spaCy pipeline is
    checked where the model is loaded (checker/models.py), not turned into a config crash."""
    config = load_config(write(here / "factcheck.toml", '# desk\nmodel = "os"\n'))
    assert config.values["model"] == "os" and config.sources["model"] == "factcheck.toml:2"
    assert resolve({}, config).model == "os"


def test_show_config_says_which_settings_are_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", '[per-file-ignores]\n"archive/**" = ["agreement"]\n')
    files = files_for(tmp_path)
    out = render_show_config(replace(files.run, files=files))
    assert out.splitlines()[1].startswith("# each file takes select, ignore, severity, per-file-ignores, include")
    assert re.search(r'^per-file-ignores\."archive/\*\*" += \["agreement"\] +# factcheck\.toml:2$', out, re.M)
    assert re.search(r"^force-exclude += false +# default$", out, re.M)
    isolated = FileConfigs({}, resolve({}, None), None, discover=False)
    assert "each file takes" not in render_show_config(replace(isolated.run, files=isolated))
