"""One run of the checker, from paths to a Report, with no terminal concerns.

The CLI parses options and renders; this module reads the corpus, extracts (with
optional progress callbacks), runs the rules and turns unreadable files into findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .baseline import Baseline, known_flags, split
from .run import Mapper, PipelineArgs, Standby, collecting, finding_order, run_checks, select_rules
from .config import FileConfigs
from .corpus import Accept, Document, Formats, InputError, ReadProblem, Unread, decode_many, discover, \
    loaded, read_many
from .model import READ_RULE, Extraction, Finding, Location, Report, SetAside, SetAsideFindings, Severity
from .reference.attribution import settle
from .ruleset import Rule, RuleSet
from .suppress import UNUSED_RULE, Suppression, apply_suppressions, covering_note, find_suppressions, notes_in

if TYPE_CHECKING:
    from .run.files import FileRecords

Progress = Callable[[int, int], None]
"""Called with (documents done, words done) after each document."""


@dataclass(frozen=True, slots=True)
class Settings:
    extraction: PipelineArgs = PipelineArgs()
    """What extraction depends on (rules, model, the election assumed): all a worker needs to build the pipeline."""
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Rule id → the severity that replaces the rule's own (config `severity`, --severity)."""
    formats: Mapping[str, str] = field(default_factory=dict)
    """Extra suffix → input format (config `formats`)."""
    suppressions: bool = True
    """Honour `factcheck: ignore` notes in the copy (and report the unused ones)."""
    per_file: FileConfigs | None = None
    """Each file's select, ignore, severity and per-file-ignores (its nearest config's); None: the ones above."""


@dataclass(slots=True)
class Corpus:
    documents: list[Document] = field(default_factory=list)
    """Documents read, and `Unread` ones where the cache's records say a file is as the last runs read it."""
    problems: list[ReadProblem] = field(default_factory=list)
    known: FileRecords | None = None
    """The records the documents were read with (checker/run/files.py), to bring up to date once hashed."""

    @property
    def words(self) -> int:
        return sum(d.words for d in self.documents)


def load_corpus(paths: Iterable[str], formats: Formats = None, accept: Accept = None,
                stdin: tuple[str, bytes] | None = None, known: FileRecords | None = None) -> Corpus:
    """Read every file under `paths` (and standard input, named, if given). Raises InputError for a
    missing or unopenable path. `known`: what the last runs read (`known_files`): files whose stat is as
    it was then are not read."""
    corpus = Corpus(known=known)
    found = [(path, read_many(path, formats, known)) for path in discover(list(paths), formats, accept)]
    if stdin is not None:
        found.append((stdin[0], decode_many(stdin[0], stdin[1], formats)))
    for _, got_all in found:
        for got in got_all:
            if isinstance(got, ReadProblem):
                if got.fatal:
                    raise InputError(f"{got.path}: {got.reason}")
                corpus.problems.append(got)
            else:
                corpus.documents.append(got)
    return corpus


def known_files(settings: Settings, engine: Engine) -> FileRecords | None:
    """What the last runs with the claims cache read (checker/run/files.py), for `load_corpus`; None without
    the cache (or on a cluster, whose workers read the files)."""
    if engine.cache_dir is None or engine.scheduler:
        return None
    from .run import ClaimCache

    with ClaimCache.open(engine.cache_dir, claims_key(settings)) as cache:
        return cache.file_records()


def _claims_key(settings: Settings, corpus: Corpus | None) -> str:
    """`claims_key`, as the corpus's records were read under in this run if they were (hashing the extractor's
    sources and the rules once a run, not twice)."""
    key = getattr(corpus.known, "claims_key", None) if corpus is not None else None
    return key if isinstance(key, str) else claims_key(settings)


def _digests(documents: list[Document]) -> list[str]:
    """Each document's digest (checker/run/cache.py): an Unread one's as its record says."""
    from .run import document_digest

    return [d.digest if type(d) is Unread else document_digest(d) for d in documents]  # type: ignore[attr-defined]


def _cache_notices(cache, corpus: Corpus | None) -> list[str]:
    """The cache's notices in this run: those of its opening to read the records first (a damaged file is
    rebuilt then, and said so once), then the rest."""
    first = list(corpus.known.notices) if corpus is not None and corpus.known is not None else []
    return first + [n for n in cache.notices if n not in first]


def _keep_known(cache, corpus: Corpus, digests: list[str]) -> None:
    """The files this run read recorded in the cache, for the next run not to read them again."""
    if corpus.known is None:
        return
    corpus.known.settle(corpus.documents, digests, lambda d: bool(find_suppressions(d)))
    cache.keep_file_records(corpus.known, [d.path for d in corpus.documents])


def check_rule_ids(ruleset: RuleSet, ids: Iterable[str], option: str) -> None:
    known = [r.id for r in ruleset.rules]
    for given in ids:
        if not any(k == given or k.startswith(given) for k in known) and given != READ_RULE:
            raise InputError(f"unknown rule '{given}' in {option} (known: {', '.join(sorted(known))})")


@dataclass(frozen=True, slots=True)
class Engine:
    """How to extract: processes on this machine, or a Dask cluster; with or without the cache."""

    jobs: int = 1
    scheduler: str | None = None
    """"local" or "tcp://host:8786": extract on a Dask cluster instead."""
    cache_dir: Path | None = None
    """None: no cache."""
    standby: Standby | None = None
    """A process already building the pipeline (checker/run/standby.py), for runs that extract a few articles."""


@dataclass(slots=True)
class Extracted:
    extractions: list[Extraction]
    from_cache: int = 0
    notices: list[str] = field(default_factory=list)


def extract_corpus(documents: list[Document], settings: Settings, engine: Engine,
                   progress: Progress | None = None, corpus: Corpus | None = None) -> Extracted:
    """Every document's claims, in order: from the cache where the document and the extractor are
    unchanged, the rest extracted (the pipeline is built only if something needs extracting). `corpus`:
    the documents' corpus, whose files read are then recorded in the cache (`_keep_known`)."""
    args = settings.extraction
    if engine.cache_dir is None:
        return Extracted(_extract([loaded(d) for d in documents], args, engine, progress))
    from .run import ClaimCache

    with ClaimCache.open(engine.cache_dir, _claims_key(settings, corpus)) as cache:
        digests = _digests(documents)
        out, hits = _through_cache(cache, documents, digests, list(range(len(documents))), args, engine, progress)
        if corpus is not None:
            _keep_known(cache, corpus, digests)
        return Extracted(out, hits, _cache_notices(cache, corpus))


def claims_key(settings: Settings) -> str:
    """What extraction depends on (checker/run/cache.py `cache_key`)."""
    from .run import cache_key, installed_version
    from .models import installed_model
    from .ruleset import DEFAULT_RULES_DIR

    x = settings.extraction
    model = installed_model(x.model) or "blank"
    return cache_key([x.rules_dir or DEFAULT_RULES_DIR, *x.extra_rules], model,
                     installed_version(model.replace("_", "-")) or installed_version(model),
                     {"default_year": x.default_year, "default_country": x.default_country,
                      "statistical": x.statistical})


SAME_TEXT_LOOKUPS = 200
"""Documents missing from the cache to look for under other names at most: a few renamed or copied stories,
not a first run."""


def _through_cache(cache, documents: list[Document], digests: list[str], wanted: list[int], args, engine: Engine,
                   progress: Progress | None, meanwhile: Iterator[None] | None = None) -> tuple[list[Extraction], int]:
    """The claims of the documents at positions `wanted`: cached, or extracted now and cached. A document
    whose text is cached under another name (renamed, or copied) has those claims, under its own name
    (checker/run/cache.py `same_text`): then nothing is extracted, and the standby process is let go."""
    from .run import content_digest

    known = cache.get_many([digests[i] for i in wanted])
    todo = [i for i in wanted if digests[i] not in known]
    for i in todo:
        documents[i] = loaded(documents[i])  # to extract: read now if it was not (and still as recorded)
    moved = cache.same_text([documents[i] for i in todo]) if 0 < len(todo) <= SAME_TEXT_LOOKUPS else {}
    done = {todo[k]: ex for k, ex in moved.items()}
    if moved:
        cache.put_many([(digests[i], ex) for i, ex in done.items()],
                       contents=[content_digest(documents[i]) for i in done])
        todo = [i for i in todo if i not in done]
        if not todo and engine.standby is not None:
            engine.standby.close()  # nothing to extract: give its core back
    encoded: list[bytes] = []
    fresh = _extract([documents[i] for i in todo], args, engine, progress, len(wanted) - len(todo), encoded,
                     meanwhile)
    cache.put_many([(digests[i], ex) for i, ex in zip(todo, fresh)], encoded,
                   contents=[content_digest(documents[i]) for i in todo])
    done |= dict(zip(todo, fresh))
    return [done[i] if i in done else known[digests[i]] for i in wanted], len(wanted) - len(todo)


@dataclass(slots=True)
class Checked:
    report: Report
    extractions: list[Extraction] | None
    """None when the report came from the last run's stored checks (nothing needed them all)."""
    from_cache: int = 0
    notices: list[str] = field(default_factory=list)
    why_full: str = ""
    """Why the stored checks could not be used, when they could not."""
    rechecked: int = -1
    """Shards re-checked from the stored state; -1: a full run."""


def check_corpus(corpus: Corpus, ruleset: RuleSet, settings: Settings, engine: Engine,
                 baseline: Baseline | None = None, progress: Progress | None = None, mapper: Mapper | None = None,
                 need_extractions: bool = False, verified: bool = False, json_only: bool = False) -> Checked:
    """Extract and check, re-checking from the last run's stored checks where the cache allows it
    (checker/run/incremental.py): then only the edited articles are read and their shards re-checked.
    `json_only`: the JSON report is all the run writes; a re-check then gives the verified relations
    as that report writes them (checker/report/jsonfmt.py `VerifiedTexts`), not as objects."""
    # With official results (--reference) every check runs: the stored checks do not know the tables.
    if engine.cache_dir is None or engine.scheduler or need_extractions or getattr(ruleset, "reference", None):
        got = extract_corpus(corpus.documents, settings, engine, progress, corpus)
        return Checked(check(corpus, got.extractions, ruleset, settings, baseline, mapper, engine.jobs, verified),
                       got.extractions,
                       got.from_cache, got.notices)
    from .run import ClaimCache
    from .run import check_and_store, check_key, recheck
    args = settings.extraction
    rules = _selected(ruleset, settings, corpus)
    documents = corpus.documents
    # Looked for now, not at the end: a re-check that extracts an article waits here for the standby
    # (checker/run/standby.py) to build the pipeline, so this work is free.
    # An Unread document holds no notes (checker/run/files.py records no file that does).
    notes = notes_in(d for d in documents if type(d) is not Unread) if settings.suppressions else None
    with ClaimCache.open(engine.cache_dir, _claims_key(settings, corpus)) as cache:
        digests = _digests(documents)
        store = cache.state(check_key(cache.key, rules))
        hits = 0

        def load(wanted: list[int], meanwhile: Iterator[None] | None = None) -> list[Extraction]:
            nonlocal hits
            out, n = _through_cache(cache, documents, digests, wanted, args, engine, progress, meanwhile)
            hits += n
            return out

        why = "the cache is off"
        # The checks build millions of small, acyclic objects: collection passes only cost time. (Extraction,
        # which makes cycles, turns the collector on where it runs: checker/run/collector.py.)
        with collecting(False):
            if store is not None:
                again = recheck(store, [d.path for d in documents], digests, cache.get_many, load, ruleset, rules,
                                "json" if verified and json_only else verified, engine.jobs, engine.standby.close if engine.standby is not None else None)
                if again.report is not None:
                    _keep_known(cache, corpus, digests)
                    report = finish(again.report, corpus, ruleset, rules, settings, baseline, notes)
                    return Checked(report, None, len(documents) - again.changed, _cache_notices(cache, corpus),
                                   rechecked=again.shards)
                why = again.why
            extractions = load(list(range(len(documents))))
            if store is not None:  # reading a foreign or damaged cache may have rebuilt the file meanwhile
                store = cache.state(check_key(cache.key, rules))
            report = check_and_store(store, extractions, digests, ruleset, rules, engine.jobs, verified)
            if corpus.known is not None:
                corpus.known.changed = True  # the full run's new state emptied the runs table, the records' row too
            _keep_known(cache, corpus, digests)
            return Checked(finish(report, corpus, ruleset, rules, settings, baseline, notes), extractions, hits,
                           _cache_notices(cache, corpus), why_full=why)


def _extract(documents: list[Document], args, engine: Engine, progress: Progress | None,
             already: int = 0, encoded: list[bytes] | None = None,
             meanwhile: Iterator[None] | None = None) -> list[Extraction]:
    """`meanwhile`: optional work to step through while the standby extracts (none is owed)."""
    if not documents:
        return []
    if progress is not None and already:
        inner = progress
        progress = lambda n, w: inner(already + n, w)  # noqa: E731 — documents from the cache count as done
    if engine.scheduler:
        from .run import extract_dask
        with collecting(True):  # the client's machinery makes cycles
            return extract_dask(documents, args, engine.scheduler, progress=progress)
    from .run import extract_parallel, plan_chunks
    if engine.standby is not None:
        if len(plan_chunks([d.words for d in documents], engine.jobs)) > 1:
            engine.standby.close()  # a job for the pool: give its core back
        elif (blobs := engine.standby.extract(documents, meanwhile)) is not None:
            from .run import extraction_from_bytes
            out = [extraction_from_bytes(b) for b in blobs]
            if encoded is not None:
                encoded.extend(blobs)
            if progress is not None:
                progress(len(out), sum(ex.words for ex in out))
            return out
    return extract_parallel(documents, args, engine.jobs, progress, encoded=encoded if engine.jobs > 1 else None)


def problem_finding(p: ReadProblem) -> Finding:
    return Finding(rule=READ_RULE, severity=Severity.WARNING, message=p.reason,
                   location=Location(p.path, 1, 1, 1, 1, 0, 0, p.record, p.file))


def check(corpus: Corpus, extractions: list[Extraction], ruleset: RuleSet, settings: Settings,
          baseline: Baseline | None = None, mapper: Mapper | None = None, jobs: int = 1,
          verified: bool = True) -> Report:
    """Run the rules, then what the newsroom asked for: severities, notes in the copy, the baseline.
    The shards are checked by `mapper` (a Dask cluster's), else by up to `jobs` processes here
    (checker/run/forked.py). `verified=False`: the verified relations are counted, not kept."""
    rules = _selected(ruleset, settings, corpus)
    with collecting(False):
        report = run_checks(extractions, ruleset, rules, mapper=mapper, keep_verified=verified, jobs=jobs)
        return finish(report, corpus, ruleset, rules, settings, baseline)


def finish(report: Report, corpus: Corpus, ruleset: RuleSet, rules: list[Rule], settings: Settings,
           baseline: Baseline | None = None, notes: Mapping[str, list[Suppression]] | None = None) -> Report:
    """Unreadable files, the newsroom's severities, notes in the copy (`notes`, if already found), the baseline."""
    findings = settle(report.findings) if getattr(ruleset, "reference", None) is not None else report.findings
    if corpus.problems and not any(READ_RULE.startswith(i) for i in settings.ignore):
        report.files += len(corpus.problems)
        report.problems += [(p.path, p.reason) for p in corpus.problems]
        findings = findings + [problem_finding(p) for p in corpus.problems]
    findings = _with_severities(findings, ruleset, settings)
    aside = SetAsideFindings(baseline=None if baseline is None else str(baseline.path))
    if settings.suppressions:
        known = [r.id for r in ruleset.rules] + [READ_RULE, UNUSED_RULE]
        active = [r.id for r in rules] + [READ_RULE]
        if notes is None:
            notes = notes_in(corpus.documents)
        findings, hidden, report.suppressed = apply_suppressions(findings, corpus.documents, known, active, notes)
        aside.findings += [_noted(f, covering_note(notes, f)) for f in sorted(hidden, key=finding_order)]
    findings = _reported(findings, settings)
    findings = sorted(findings, key=finding_order)
    if baseline is not None:
        checked = [d.file or d.path for d in corpus.documents] + [p.file or p.path for p in corpus.problems]
        findings, matched = split(findings, baseline, checked)
        report.baselined = len(matched)
        # The notes' findings, matched on their own: SARIF marks every result new or unchanged.
        also = known_flags([s.finding for s in aside.findings], baseline, checked)
        aside.findings = [replace(s, in_baseline=k) for s, k in zip(aside.findings, also)]
        aside.findings += [SetAside(f, "baseline", str(baseline.path), in_baseline=True) for f in matched]
    aside.findings.sort(key=lambda s: finding_order(s.finding))
    report.findings = findings
    report.set_aside = aside
    return report


def _noted(f: Finding, note: Suppression | None) -> SetAside:
    if note is None:  # cannot happen: apply_suppressions hid it because a note covers it
        return SetAside(f, "note")
    return SetAside(f, "note", note.text, note.location)


def _with_severity(f: Finding, ruleset: RuleSet, overrides: Mapping[str, Severity]) -> Finding:
    """A rule's severity as the newsroom set it. A finding the check already lowered (it rests on an
    assumption) is never raised above what it was: only capped by a lower setting."""
    wanted = overrides.get(f.rule)
    if wanted is None:
        return f
    default = next((r.severity for r in ruleset.rules if r.id == f.rule), Severity.WARNING)
    if f.severity == default or RANK[wanted] < RANK[f.severity]:
        return replace(f, severity=wanted)
    return f


RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _file_of(f: Finding) -> str:
    return f.location.file or f.location.path


def _selected(ruleset: RuleSet, settings: Settings, corpus: Corpus) -> list[Rule]:
    """The rules to run: those of --select/--ignore, or with per-file settings every rule some checked
    file's config selects (its findings are then kept only in the files that select it: `_reported`)."""
    if settings.per_file is None:
        return select_rules(ruleset, settings.select, settings.ignore)
    wanted: set[str] = set()
    for eff in settings.per_file.distinct(d.file or d.path for d in corpus.documents):
        wanted.update(r.id for r in select_rules(ruleset, eff.select, eff.ignore))
    return [r for r in ruleset.rules if r.id in wanted]


def _with_severities(findings: list[Finding], ruleset: RuleSet, settings: Settings) -> list[Finding]:
    """Each finding with the severity its file's config (or the run's) sets for its rule."""
    if settings.per_file is None:
        return [_with_severity(f, ruleset, settings.severity) for f in findings]
    of = settings.per_file.of
    return [_with_severity(f, ruleset, of(_file_of(f)).severity) for f in findings]


def _reported(findings: list[Finding], settings: Settings) -> list[Finding]:
    """The findings their file's config keeps (select, ignore, per-file-ignores), after the notes in the
    copy: a note that hid one is used, and the notes' own warnings can be ignored per file too."""
    if settings.per_file is None:
        return findings
    built_in = (READ_RULE, UNUSED_RULE)
    return [f for f in findings if settings.per_file.reports(f.rule, _file_of(f), f.rule in built_in)]
