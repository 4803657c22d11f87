"""Extraction over several processes (`--jobs N`), with the same result as one process.

Extraction is pure Python under the GIL, so more cores need more processes. Each
worker holds one pipeline and receives the corpus in chunks of whole documents; the
Extractions come back encoded and are put back in the documents' order. Nothing else
changes: the rules still run once, after extraction, over every extraction (the shards'
checks shared out with forked children: checker/run/forked.py).

How workers get their pipeline:

- "fork" (Linux): the parent builds the pipeline — the CLI has already built it — and
  forks; each worker inherits it for free (pool start-up 0.2 s against 3.5 s for a
  fresh interpreter to import spaCy and build). Forking a process that runs other Python
  threads can leave a child holding a lock no one will release (a progress bar's
  refresh thread writing to stderr, say), so fork is used only while the parent has a
  single Python thread. The one native thread the parent has (OpenBLAS's idle pool,
  started when numpy is imported) is fork-safe: OpenBLAS re-initialises in the child.
- "forkserver" otherwise (or "spawn" where there is no forkserver): each worker builds
  its own pipeline from `PipelineArgs` once, in parallel; the forkserver imports spaCy
  once for all of them.

Measured on 1,000 generated articles (bench/generate.py, 573,174 words), 2 cores shared
with other jobs, so CPU seconds are the steady figure: one process extracts at 53,000-74,000
words per CPU second. With two workers, pool start-up is 0.2 s by fork against 3.5 s by
forkserver and 3.8 s by spawn; the workers spend the same CPU as one process, and the parent
~1.3 s unpickling the 8.7 MB of Extractions that come back — the price of the processes, and
why two cores give about 1.4x rather than 2x.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .collector import collecting
from ..corpus import Document
from .processes import die_with_parent, pick_start_method
from ..model import Extraction
from .serial import extraction_from_bytes, extraction_to_bytes

if TYPE_CHECKING:
    from spacy.language import Language


Progress = Callable[[int, int], None]
"""Called with (documents done, words done) as extraction goes."""

MIN_CHUNK_WORDS = 2_000
MAX_CHUNK_WORDS = 20_000
MAX_CHUNK_DOCS = 200
CHUNKS_PER_JOB = 8
"""A chunk is at most ~0.5 s of work: enough to make the ~1 ms of IPC per chunk negligible, small
enough that the workers finish together, progress moves, and Ctrl-C waits at most one chunk."""

IN_FLIGHT_PER_JOB = 2
"""Chunks submitted but not yet returned, per worker: one running, one queued behind it."""


class ExtractionError(Exception):
    """Extraction failed on a document (a bug in the extractor, or a worker that died): one line."""


@dataclass(frozen=True, slots=True)
class PipelineArgs:
    """The arguments of `build_pipeline`: small, hashable and picklable, so a worker can rebuild it."""

    rules_dir: Path | None = None
    extra_rules: tuple[Path, ...] = ()
    model: str | None = None
    statistical: bool = False
    default_year: int | None = None
    default_country: str | None = None
    phrases: str | None = None
    """The claims cache's folder, where the matchers' phrases are kept tokenized (checker/extract/phrases.py);
    None without the cache. Extraction does not depend on it."""
    validated: tuple = ()
    """The rule files' stamp (checker/ruleset.py `rules_stamp`) when the run read and validated them: a build
    that finds them the same does not validate them again (nor import every check to). Nor does this."""

    def build(self) -> Language:
        from ..extract.pipeline import build_pipeline

        return build_pipeline(self.rules_dir, self.extra_rules, self.model, self.statistical,
                              self.default_year, self.default_country, self.phrases, self.validated)


def extract_chunk(nlp: Language, documents: Sequence[Document]) -> list[Extraction]:
    """Extract a run of documents; on failure, name the document that failed."""
    from ..extract.pipeline import extract

    try:
        return list(extract(nlp, list(documents)))
    except Exception as e:  # noqa: BLE001 — re-raised, naming the document
        raise _pinpoint(nlp, documents, e) from e


def _pinpoint(nlp: Language, documents: Sequence[Document], error: Exception) -> ExtractionError:
    """The batch failed: run its documents one at a time to say which one breaks the extractor."""
    from ..extract.pipeline import doc_of, to_extraction

    for document in documents:
        try:
            to_extraction(document, nlp(doc_of(nlp, document)))
        except Exception as e:  # noqa: BLE001 — this is the one
            return ExtractionError(f"extraction failed on {document.path}: {type(e).__name__}: {e}")
    where = f"{documents[0].path} … {documents[-1].path}" if documents else "no documents"
    return ExtractionError(f"extraction failed on {where}: {type(error).__name__}: {error}")


def plan_chunks(words: Sequence[int], jobs: int) -> list[tuple[int, int]]:
    """Split documents (given their word counts) into runs [start, end) of about equal work."""
    target = min(MAX_CHUNK_WORDS, max(MIN_CHUNK_WORDS, sum(words) // max(1, jobs * CHUNKS_PER_JOB)))
    chunks: list[tuple[int, int]] = []
    start = size = 0
    for i, n in enumerate(words):
        if n >= target and i > start:  # a long article travels alone rather than doubling a chunk
            chunks.append((start, i))
            start, size = i, 0
        size += n
        if size >= target or i + 1 - start >= MAX_CHUNK_DOCS:
            chunks.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(words):
        chunks.append((start, len(words)))
    return chunks


def extract_parallel(documents: list[Document], pipeline_args: PipelineArgs, jobs: int,
                     progress: Progress | None = None, *, nlp: Language | None = None,
                     start_method: str | None = None, encoded: list[bytes] | None = None) -> list[Extraction]:
    """Extract every document with `jobs` processes; the same list, in the same order, as one process.

    `nlp`, if the caller has already built the pipeline from `pipeline_args`, is used in-process
    (jobs <= 1) and inherited by forked workers instead of being built again. `start_method`
    ("fork", "forkserver", "spawn") overrides the choice described in the module docstring.
    `encoded`, if given, receives each Extraction in the cache's format (checker.run.serial), in order:
    workers send that compact form anyway, so the cache need not encode again.
    """
    if not documents:
        return []
    chunks = plan_chunks([d.words for d in documents], jobs)
    if jobs <= 1 or len(chunks) <= 1:
        out = _extract_here(documents, nlp or pipeline_args.build(), progress)
        if encoded is not None:
            encoded.extend(extraction_to_bytes(ex) for ex in out)
        return out
    method = start_method or pick_start_method()
    if method == "fork" and nlp is None:
        nlp = pipeline_args.build()
    source: Language | PipelineArgs = nlp if method == "fork" else pipeline_args
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["checker.extract.pipeline"])
    workers = min(jobs, len(chunks))
    parent = os.getpid() if method == "fork" else None  # a forkserver's workers are the server's children
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(source, parent))
    try:
        blobs, out = _run(executor, documents, chunks, workers * IN_FLIGHT_PER_JOB, progress, encoded is not None)
        if encoded is not None:
            encoded.extend(blobs)
        return out
    except BrokenProcessPool as e:
        raise ExtractionError(f"a worker process died during extraction (killed, or out of memory?): {e}") from e
    finally:
        # On an error or Ctrl-C: drop the chunks not started; workers ignore SIGINT and finish the one
        # they hold (at most ~0.5 s), so they exit cleanly instead of printing tracebacks.
        executor.shutdown(wait=True, cancel_futures=True)


def _extract_here(documents: list[Document], nlp: Language, progress: Progress | None) -> list[Extraction]:
    """The in-process path: no pool; progress for every document, a chunk at a time. spaCy's Docs
    make cycles: the collector runs here even if the caller paused it."""
    out: list[Extraction] = []
    words = 0
    with collecting(True):
        for start, end in plan_chunks([d.words for d in documents], 1):
            for ex in extract_chunk(nlp, documents[start:end]):
                out.append(ex)
                words += ex.words
                if progress:
                    progress(len(out), words)
    return out


def _run(executor: ProcessPoolExecutor, documents: list[Document], chunks: list[tuple[int, int]],
         window: int, progress: Progress | None, keep: bool = True) -> tuple[list[bytes], list[Extraction]]:
    """Keep `window` chunks in flight, collect them by index, report progress as they finish; the
    Extractions as sent (encoded, if `keep`: else let go as soon as decoded, 130 MB for 40,000 short
    stories) and decoded, in order.

    Workers send each Extraction encoded (checker.run.serial): it decodes several times faster than
    a pickle of the frozen dataclasses. The parent decodes each chunk as it comes, while the workers
    go on, rather than all of them after the last (a second of 10,000 articles' claims, on one core)."""
    results: list[list[bytes]] = [[] for _ in chunks]
    decoded: list[list[Extraction]] = [[] for _ in chunks]
    pending: dict[Future[list[bytes]], int] = {}
    submitted = docs_done = words_done = 0
    while submitted < len(chunks) or pending:
        while submitted < len(chunks) and len(pending) < window:
            start, end = chunks[submitted]
            pending[executor.submit(_work, documents[start:end])] = submitted
            submitted += 1
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in sorted(finished, key=pending.__getitem__):
            index = pending.pop(future)
            got = future.result()
            if keep:
                results[index] = got
            with collecting(False):  # millions of small acyclic objects: a collection pass only costs time
                decoded[index] = [extraction_from_bytes(b) for b in got]
            docs_done += len(got)
            words_done += sum(d.words for d in documents[chunks[index][0]:chunks[index][1]])
            if progress:
                progress(docs_done, words_done)
    return [b for chunk in results for b in chunk], [ex for chunk in decoded for ex in chunk]


_worker_nlp: Language | None = None
"""The pipeline of this worker process, set once by `_start_worker`. It exists only in pool workers
(the parent never sets it): a process-wide slot is how a pool initializer hands state to tasks."""


def _start_worker(source: Language | PipelineArgs, parent: int | None = None) -> None:
    """Pool initializer: take the inherited pipeline (fork) or build one; leave Ctrl-C to the parent, and
    die with it. The collector runs here whatever the parent does (a fork inherits it paused): spaCy's Docs
    make cycles."""
    global _worker_nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    gc.enable()
    _worker_nlp = source.build() if isinstance(source, PipelineArgs) else source


def _work(documents: list[Document]) -> list[bytes]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return [extraction_to_bytes(ex) for ex in extract_chunk(_worker_nlp, documents)]
