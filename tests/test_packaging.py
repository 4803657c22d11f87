"""factcheck installed the ways users install it: a built wheel in a clean environment, and the
pre-commit hook as `pre-commit` builds it. An editable install hides a package without its rules
(every run then stopped with "rules directory not found"), so these build the package for real.

They need PyPI (spaCy and the model are installed into the new environments; pip's cache makes a
second run quick) and take about a minute together.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("packaging")  # one worker builds the wheel once for the module

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _run(args: list[str | Path], cwd: Path, timeout: int = 900, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env)


def test_the_package_list_is_the_checkouts_packages() -> None:
    """pyproject names the packages one by one (the rules are mapped in from rules/): a new
    subpackage left off the list would be missing from every wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    in_checkout = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "checker").rglob("__init__.py")}
    assert set(config["packages"]) == in_checkout | {"checker.rules"}
    assert config["package-dir"] == {"checker.rules": "rules"}
    shipped = config["package-data"]["checker.rules"]
    for f in (ROOT / "rules").rglob("*"):
        if f.is_file():
            rel = f.relative_to(ROOT / "rules")
            assert any(rel.match(glob) and len(rel.parts) == len(Path(glob).parts) for glob in shipped), \
                f"rules/{rel} is not shipped in the wheel"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A copy of the checkout, so the build leaves nothing (build/, *.egg-info) in the tree under test.
    src = out / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", "__pycache__", "*.egg-info", "build", "dist",
                                                             ".factcheck_cache", ".pytest_cache"))
    got = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out / "dist", src], cwd=out)
    assert got.returncode == 0, got.stderr
    (built,) = (out / "dist").glob("factcheck-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with only the wheel and what it depends on: its bin folder."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    got = _run([bin_dir / "python", "-m", "pip", "install", "--quiet", wheel], cwd=env_dir)
    assert got.returncode == 0, got.stderr
    return bin_dir


def test_the_wheel_ships_the_rules_and_checks_the_corpus_from_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "newsroom"
    shutil.copytree(CORPUS, elsewhere / "copy")
    got = _run([installed / "factcheck", "copy"], cwd=elsewhere)
    assert got.returncode == 0, got.stderr
    # 42 figures and 10 outcomes ("retained his Westmorland and Lonsdale seat", "lost Wirral West to Labour")
    assert "Checked 2 files: 52 claims, 34 relations checked; 0 errors, 4 warnings." in got.stdout
    # The rules came from inside the installed package, not from this checkout.
    shown = _run([installed / "factcheck", "--explain", "swing"], cwd=elsewhere)
    assert shown.returncode == 0, shown.stderr
    assert "site-packages" in shown.stdout and str(ROOT) not in shown.stdout
    site = _run([installed / "python", "-c", "import checker, pathlib; p = pathlib.Path(checker.__file__).parent; "
                 "print(p / 'rules'); print((p.parent / 'rules').exists())"], cwd=elsewhere)
    rules_dir, stray = site.stdout.split()
    assert (Path(rules_dir) / "checks" / "swing.toml").is_file()
    assert stray == "False", "the wheel must not put a top-level 'rules' folder into site-packages"


def test_a_slip_in_copy_fails_the_installed_command(installed: Path, tmp_path: Path) -> None:
    story = tmp_path / "copy" / "hallam.txt"
    story.parent.mkdir()
    story.write_text(
        "Labour's Jared O'Mara won Sheffield Hallam with 21,881 votes.\n\n"
        "Nick Clegg came second with 19,756.\n\n"
        "That left Mr O'Mara with a majority of 2,352.\n", encoding="utf-8")
    got = _run([installed / "factcheck", "copy", "--no-cache"], cwd=tmp_path)
    assert got.returncode == 1, got.stdout + got.stderr
    assert "error[majority-arithmetic]" in got.stdout and "2,125" in got.stdout


def test_the_installed_command_ships_the_uk_ge_results(installed: Path, tmp_path: Path) -> None:
    """`--reference uk-ge` reads the pack inside the package (with its licence notes), not this checkout."""
    story = tmp_path / "copy" / "maesteg.txt"
    story.parent.mkdir()
    story.write_text("At the 2024 general election, Labour's Stephen Kinnock held Aberafan Maesteg with 17,883 "
                     "votes.\n", encoding="utf-8")
    got = _run([installed / "factcheck", "copy", "--no-cache", "--reference", "uk-ge"], cwd=tmp_path)
    assert got.returncode == 1, got.stdout + got.stderr
    assert "error[reference-figure]" in got.stdout and "help: did you mean 17,838? (two digits transposed)" in got.stdout
    notes = _run([installed / "python", "-c", "import checker, pathlib; p = pathlib.Path(checker.__file__).parent; "
                  "print((p / 'rules' / 'reference' / 'LICENCE.md').read_text())"], cwd=tmp_path)
    assert "Open Parliament Licence v3.0" in notes.stdout and "OGL" in notes.stdout


def _git(args: list[str], cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None,
                    reason="pre-commit try-repo needs this checkout to be a git repository")
def test_the_pre_commit_hook_checks_the_whole_configured_corpus(tmp_path: Path) -> None:
    """`pre-commit try-repo` builds the hook from this checkout as pre-commit does for a newsroom. The hook
    checks the configured corpus, so a staged story that contradicts an unstaged one fails the commit."""
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[dev]')")
    repo = tmp_path / "newsroom"
    (repo / "copy").mkdir(parents=True)
    shutil.copy(CORPUS / sorted(os.listdir(CORPUS))[0], repo / "copy" / "a.txt")
    (repo / "factcheck.toml").write_text('paths = ["copy"]\n', encoding="utf-8")
    _git(["init", "-q"], repo)
    _git(["add", "-A"], repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path.parent / "pre-commit-home")}
    env.pop("VIRTUAL_ENV", None)
    ok = _run([pre_commit, "try-repo", ROOT, "factcheck", "--all-files"], cwd=repo, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "factcheck" in ok.stdout and "Passed" in ok.stdout  # pre-commit shows a passing hook's output only if asked
    # One story gives the majority as 3,925, an unstaged one as 3,295: only the whole corpus shows it.
    (repo / "copy" / "one.txt").write_text(
        "Labour's Sue Hayman held Workington in 2017 with 21,317 votes. The Conservative, Mark Jenkinson, "
        "came second with 17,392, leaving her a majority of 3,925.\n", encoding="utf-8")
    (repo / "copy" / "two.txt").write_text(
        "Sue Hayman, Labour's candidate in Workington, won in 2017 by a majority of 3,295.\n", encoding="utf-8")
    _git(["add", "copy/one.txt"], repo)
    bad = _run([pre_commit, "try-repo", ROOT, "factcheck"], cwd=repo, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "error[agreement]" in bad.stdout and "two.txt" in bad.stdout
