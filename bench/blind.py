"""Score factcheck on a blind set: articles written by someone who never read the checker, with the truth
kept apart in JSON.

A blind set is a folder holding `articles/` and `truth.json`:

    {"articles": [{"file": "a01.txt", "clean": false,
                   "planted": [{"line": 5, "rule_hint": "majority-arithmetic", "what": "…"}]}]}

The whole `articles/` folder is checked in one run, as an archive would be. A planted slip is found when an
error (or, counted apart, a warning) is reported at its file and line, or names that place among its
related places (a contradiction across two stories may be reported at either end). Every other error is
a false error: on a clean article, or elsewhere in a planted one.

usage: python bench/blind.py SET_DIR [SET_DIR ...] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Score:
    planted: int = 0
    as_error: int = 0
    as_warning: int = 0
    false_errors: int = 0
    clean_articles: int = 0
    clean_with_error: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (f"{name}: planted slips found as errors {self.as_error}/{self.planted}"
                f" ({self.as_error / max(1, self.planted):.0%}), as warnings only {self.as_warning};"
                f" false errors {self.false_errors} ({self.clean_with_error} of {self.clean_articles} clean articles"
                f" with an error)")


def run_factcheck(articles: Path) -> list[dict]:
    got = subprocess.run([sys.executable, "-m", "checker", str(articles), "--format", "json", "--no-cache"],
                         capture_output=True, text=True)
    if got.returncode not in (0, 1):
        raise SystemExit(f"factcheck failed on {articles}: {got.stderr.strip()}")
    return json.loads(got.stdout)["findings"]


def _places(f: dict, root: Path) -> set[tuple[str, int]]:
    def rel(path: str) -> str:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    out = {(rel(f["path"]), f["line"])}
    for r in f.get("related", []):
        if r.get("path") and r.get("line"):
            out.add((rel(r["path"]), r["line"]))
    return out


def score(folder: Path) -> Score:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["articles"]
    articles = folder / "articles"
    findings = [f for f in run_factcheck(articles) if f["rule"] != "read-error"]
    s = Score()
    planted_at = {(a["file"], p["line"]): p for a in truth for p in a["planted"]}
    explained: set[int] = set()
    for (file, line), p in sorted(planted_at.items()):
        s.planted += 1
        hits = [i for i, f in enumerate(findings) if (file, line) in _places(f, articles)]
        errors = [i for i in hits if findings[i]["severity"] == "error"]
        if errors:
            s.as_error += 1
            explained.update(errors)
        elif hits:
            s.as_warning += 1
            s.misses.append(f"  warning only  {file}:{line}  {p['what']}")
        else:
            s.misses.append(f"  missed        {file}:{line}  [{p.get('rule_hint', '')}] {p['what']}")
    clean = {a["file"] for a in truth if a["clean"]}
    s.clean_articles = len(clean)
    dirty_clean = set()
    for i, f in enumerate(findings):
        if f["severity"] != "error" or i in explained:
            continue
        s.false_errors += 1
        file = Path(f["path"]).resolve().relative_to(articles.resolve()).as_posix()
        if file in clean:
            dirty_clean.add(file)
        s.false.append(f"  false error   {file}:{f['line']}  [{f['rule']}] {f['message']}")
    s.clean_with_error = len(dirty_clean)
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false error")
    args = parser.parse_args()
    for folder in args.sets:
        if not (folder / "truth.json").is_file() or not (folder / "articles").is_dir():
            parser.error(f"{folder}: not a blind set (it needs articles/ and truth.json)")
        s = score(folder)
        print(s.line(str(folder)))
        if args.verbose:
            print("\n".join(s.misses + s.false))


if __name__ == "__main__":
    main()
