"""One run of the checker, from paths to a Report, with no terminal concerns.

The CLI parses options and renders; this module reads the corpus, extracts (with
optional progress callbacks), runs the rules and turns unreadable files into findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .corpus import Document, InputError, ReadProblem, discover, read_many
from .engine import finding_order, run_checks, select_rules
from .extract.pipeline import build_pipeline, extract
from .model import Extraction, Finding, Location, Report, Severity
from .ruleset import RuleSet, load_ruleset

READ_RULE = "read-error"
"""Built-in diagnostic for a file that could not be checked (empty, binary, not UTF-8)."""

Progress = Callable[[int, int], None]
"""Called with (documents done, words done) after each document."""


@dataclass(frozen=True, slots=True)
class Settings:
    rules_dir: Path | None = None
    extra_rules: tuple[Path, ...] = ()
    model: str | None = None
    statistical: bool = False
    default_year: int | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(slots=True)
class Corpus:
    documents: list[Document] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(d.words for d in self.documents)


def load_corpus(paths: Iterable[str]) -> Corpus:
    """Read every file under `paths`. Raises InputError for a missing or unopenable path."""
    corpus = Corpus()
    for path in discover(list(paths)):
        for got in read_many(path):
            if isinstance(got, ReadProblem):
                if got.fatal:
                    raise InputError(f"{got.path}: {got.reason}")
                corpus.problems.append(got)
            else:
                corpus.documents.append(got)
    return corpus


def check_rule_ids(ruleset: RuleSet, ids: Iterable[str], option: str) -> None:
    known = [r.id for r in ruleset.rules]
    for given in ids:
        if not any(k == given or k.startswith(given) for k in known) and given != READ_RULE:
            raise InputError(f"unknown rule '{given}' in {option} (known: {', '.join(sorted(known))})")


def pipeline_for(settings: Settings) -> tuple[Language, RuleSet]:
    ruleset = load_ruleset(settings.rules_dir, settings.extra_rules)
    nlp = build_pipeline(settings.rules_dir, settings.extra_rules, settings.model, settings.statistical,
                         settings.default_year)
    return nlp, ruleset


def extract_all(nlp: Language, documents: list[Document], progress: Progress | None = None) -> list[Extraction]:
    out: list[Extraction] = []
    words = 0
    for ex in extract(nlp, documents):
        out.append(ex)
        words += ex.words
        if progress:
            progress(len(out), words)
    return out


def problem_finding(p: ReadProblem) -> Finding:
    return Finding(rule=READ_RULE, severity=Severity.WARNING, message=p.reason,
                   location=Location(p.path, 1, 1, 1, 1, 0, 0, p.record, p.file))


def check(corpus: Corpus, extractions: list[Extraction], ruleset: RuleSet, settings: Settings) -> Report:
    rules = select_rules(ruleset, settings.select, settings.ignore)
    report = run_checks(extractions, ruleset, rules)
    if corpus.problems and not any(READ_RULE.startswith(i) for i in settings.ignore):
        report.files += len(corpus.problems)
        report.problems += [(p.path, p.reason) for p in corpus.problems]
        report.findings = sorted(report.findings + [problem_finding(p) for p in corpus.problems],
                                 key=finding_order)
    return report
