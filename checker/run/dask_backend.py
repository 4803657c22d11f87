"""Extraction and the cross-document rules on a Dask cluster (`--scheduler local` or `tcp://host:8786`).

Extraction is per-document and takes nearly all the time. The corpus is cut into partitions
of about equal size, each worker process builds the pipeline once and extracts the
partitions it is given, and the client gathers the Extractions back in the corpus's order.

The cross-document rules then run as a group-by (`shard_mapper`, passed to `check` as its
`mapper`). The client resolves entities across every extraction, as on one machine, and
cuts the facts into shards on their blocking keys (checker/run/shards.py: contest, the same
fact told elsewhere, one election's seat sum, the figures a change names). No check looks
across shards. The shards go to the workers in batches of whole shards, with the rules
scattered to every worker once; each worker checks its shards, and only the outcomes
come back, put back in shard order. The few rules that read the whole corpus (a person's
party, name spellings, malformed numbers) run on the client. The report is the same as on
one machine.

Workers need factcheck installed (the same version) and, when file paths are sent, the same
files at the same absolute paths (a shared filesystem). Run workers with one thread each
(`dask worker ADDR --nthreads 1 --nworkers N`): extraction is pure Python under the GIL, so
threads add nothing, and a worker serialises its threads on its one pipeline anyway.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .collector import collecting
from ..corpus import Document, decode_many
from ..model import Extraction
from .serial import state_from_bytes, state_to_bytes
from .parallel import ExtractionError, PipelineArgs, Progress, extract_chunk
from .processes import default_jobs

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

    from .engine import Mapper
    from ..resolve import Fact

    ShardCheck = Callable[[list[Fact]], Any]
    """A shard's check: its result is what the state codec carries (checker/run/serial.py)."""

INSTALL_HINT = "the Dask backend needs: pip install 'factcheck[dask]'"
PARTITION_WORDS = 50_000
"""About 1.5 s of extraction: long enough that the scheduler's ~1 ms per task is nothing."""
BYTES_PER_WORD = 6
"""English news copy as UTF-8, to size partitions of files not yet read."""
PARTITIONS_PER_THREAD = 2
"""In flight per worker thread: one running, one waiting, so no worker idles between tasks."""
BATCH_FACTS = 20_000
"""Facts per shard-check task, in whole shards: about 0.4 s of checking and 5 MB of facts sent
(bench/generate.py articles: ~20 µs to check a fact, ~260 bytes pickled), so the scheduler's
~1 ms per task is nothing. Smaller batches when there are too few facts to give every worker
thread two."""


class DaskNotInstalled(ModuleNotFoundError):
    """`--scheduler` was given but the optional Dask dependencies are not installed."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT, name="distributed")


class SchedulerError(ExtractionError):
    """The Dask scheduler cannot be reached, or has no workers."""


def extract_dask(documents_or_paths: Sequence[Document] | Sequence[str], pipeline_args: PipelineArgs,
                 scheduler: str, partitions: int | None = None, *, formats: Mapping[str, str] | None = None,
                 progress: Progress | None = None, connect_timeout: float = 10.0) -> list[Extraction]:
    """Extract on a cluster; the same list, in the same order, as `extract_parallel`.

    Given Documents, they are sent to the workers. Given file paths (as `checker.corpus.discover`
    returns them, on a filesystem the workers share), only the paths are sent and each worker reads
    its files; the result is then the Extractions of `load_corpus(paths).documents`, in that order
    (files that cannot be read as articles yield none, as there). `scheduler` is "local" (a
    LocalCluster with one single-threaded process per core, shut down afterwards) or an address.
    """
    distributed = _import_distributed()
    items = list(documents_or_paths)
    if not items:
        return []
    by_path = isinstance(items[0], str)
    args = _portable(pipeline_args)
    with _connect(distributed, scheduler, connect_timeout) as client:
        threads = _wait_for_threads(client, connect_timeout)
        weights = [_file_size(p) // BYTES_PER_WORD for p in items] if by_path else [d.words for d in items]
        count = partitions or max(threads * PARTITIONS_PER_THREAD, math.ceil(sum(weights) / PARTITION_WORDS))
        parts = [items[a:b] for a, b in split_evenly(weights, count)]
        if by_path:
            task: Callable[..., list[Extraction]] = _extract_files
            payloads: list[Any] = [[(p, os.path.abspath(p)) for p in part] for part in parts]
            extra: tuple = (dict(formats or {}),)
        else:
            task, payloads, extra = _extract_documents, parts, ()
        return _gather(distributed, client, task, args, payloads, extra, threads * PARTITIONS_PER_THREAD, progress)


@contextmanager
def shard_mapper(scheduler: str, *, connect_timeout: float = 10.0,
                 batch_facts: int = BATCH_FACTS) -> Iterator[Mapper]:
    """A `checker.run.engine.Mapper` that checks the shards on a Dask cluster: `check(..., mapper=m)`.

    The shards are cut into contiguous batches of about `batch_facts` facts (never fewer
    batches than two per worker thread, and a shard is never split), the shard check (the rules)
    is scattered to every worker once, and the outcomes come back in the shards' order, each
    handed on as soon as the shards before it are in. The client connects (or the LocalCluster
    starts) on the first call with shards to check, and closes when the context ends.
    """
    distributed = _import_distributed()
    with ExitStack() as stack:
        opened: list[tuple[Client, int]] = []

        def mapper(run: ShardCheck, parts: list[list[Fact]]) -> Iterator[Any]:
            parts = list(parts)
            if not parts:
                return
            if not opened:
                client = stack.enter_context(_connect(distributed, scheduler, connect_timeout))
                opened.append((client, _wait_for_threads(client, connect_timeout)))
            client, threads = opened[0]
            yield from _map_shards(distributed, client, run, parts, threads, batch_facts)

        yield mapper


def split_evenly(weights: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """Cut a sequence into at most `parts` non-empty runs [start, end) of about equal total weight."""
    n = len(weights)
    parts = max(1, min(parts, n))
    total = sum(max(1, w) for w in weights)
    bounds: list[tuple[int, int]] = []
    start = seen = 0
    for i, w in enumerate(weights):
        seen += max(1, w)
        if seen * parts >= total * (len(bounds) + 1) and len(bounds) < parts - 1:
            bounds.append((start, i + 1))
            start = i + 1
    if start < n:
        bounds.append((start, n))
    return bounds


def _import_distributed() -> Any:
    """Import Dask only when asked for: it is an optional extra, and slow to import."""
    try:
        import distributed
    except ModuleNotFoundError as e:
        raise DaskNotInstalled() from e
    return distributed


def _portable(args: PipelineArgs) -> PipelineArgs:
    """Rules paths made absolute, so a worker with another working directory finds the same files."""
    return replace(args, rules_dir=args.rules_dir.resolve() if args.rules_dir else None,
                   extra_rules=tuple(p.resolve() for p in args.extra_rules))


def _connect(distributed: Any, scheduler: str, timeout: float) -> _Closing:
    """A Client of a new LocalCluster (closed with the client) or of the scheduler at `scheduler`."""
    try:
        if scheduler != "local":
            return _Closing(distributed.Client(scheduler, timeout=timeout, set_as_default=False), None)
        # ":0": the scheduler always serves HTTP (health; the dashboard if bokeh is installed), and a
        # free port never clashes with another cluster on the default 8787.
        cluster = distributed.LocalCluster(n_workers=default_jobs(), threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.ERROR)
    except (OSError, TimeoutError, ValueError) as e:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        return _Closing(distributed.Client(cluster, set_as_default=False), cluster)
    except BaseException:
        cluster.close()
        raise


class _Closing:
    """Context manager closing the client, then the cluster this module started (if any)."""

    def __init__(self, client: Client, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Client:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _wait_for_threads(client: Client, timeout: float) -> int:
    """The cluster's worker threads, once there is at least one worker."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as e:
        raise SchedulerError(f"the Dask scheduler has no workers (waited {timeout:g} s)") from e
    return max(1, sum(client.nthreads().values()))


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 1


def _gather(distributed: Any, client: Client, task: Callable[..., list[Extraction]], args: PipelineArgs,
            payloads: list[Any], extra: tuple, window: int, progress: Progress | None) -> list[Extraction]:
    """Submit partitions `window` at a time, collect results by index, report progress as they land."""
    run = uuid.uuid4().hex[:12]
    results: list[list[Extraction]] = [[] for _ in payloads]
    index: dict[str, int] = {}
    pending: dict[str, Any] = {}

    def submit(i: int) -> Any:
        future = client.submit(task, args, payloads[i], *extra, key=f"factcheck-extract-{run}-{i}", pure=False)
        index[future.key] = i
        pending[future.key] = future
        return future

    submitted = min(window, len(payloads))
    queue = distributed.as_completed([submit(i) for i in range(submitted)], loop=client.loop, with_results=True)
    docs_done = words_done = 0
    try:
        for future, got in queue:
            del pending[future.key]
            results[index[future.key]] = got
            docs_done += len(got)
            words_done += sum(ex.words for ex in got)
            if progress:
                progress(docs_done, words_done)
            if submitted < len(payloads):
                queue.add(submit(submitted))
                submitted += 1
    finally:
        if pending:  # an error or Ctrl-C: stop what has not run
            client.cancel(list(pending.values()))
    return [ex for part in results for ex in part]


def _map_shards(distributed: Any, client: Client, run: ShardCheck, parts: list[list[Fact]], threads: int,
                batch_facts: int) -> Iterator[Any]:
    """Check batches of shards, `threads * PARTITIONS_PER_THREAD` in flight; yield each shard's results
    in order. A batch that lands early waits, decoded, until the ones before it are in; a batch's
    outcomes are held here only until they are handed on."""
    weights = [len(p) for p in parts]
    window = threads * PARTITIONS_PER_THREAD
    bounds = split_evenly(weights, max(window, math.ceil(sum(weights) / batch_facts)))
    tag = uuid.uuid4().hex[:12]
    [rules] = client.scatter([run], broadcast=True, hash=False)  # once per worker, not once per task
    index: dict[str, int] = {}
    pending: dict[str, Any] = {}

    def submit(i: int) -> Any:
        a, b = bounds[i]
        # One bytes object each way (checker/run/serial.py's state codec, 2-3x quicker than pickling the
        # dataclasses): dask then neither walks the facts nor unpickles them on the scheduler
        # (the checks of 10,000 articles on a two-core LocalCluster: ~50 s sending the lists, ~38 s the bytes).
        future = client.submit(_check_shards, rules, state_to_bytes(parts[a:b]),
                               key=f"factcheck-shards-{tag}-{i}", pure=False)
        index[future.key] = i
        pending[future.key] = future
        return future

    submitted = min(window, len(bounds))
    queue = distributed.as_completed([submit(i) for i in range(submitted)], loop=client.loop, with_results=True)
    landed: dict[int, list[Any]] = {}
    handed = 0
    try:
        for future, got in queue:
            del pending[future.key]
            landed[index.pop(future.key)] = state_from_bytes(got)
            if submitted < len(bounds):
                queue.add(submit(submitted))
                submitted += 1
            while handed in landed:
                yield from landed.pop(handed)
                handed += 1
    finally:
        if pending:  # an error, Ctrl-C, or the caller stopped reading: stop what has not run
            client.cancel(list(pending.values()))
        client.cancel([rules])


# --- On the workers ---------------------------------------------------------------------------

_PIPELINES: dict[PipelineArgs, Language] = {}
"""The pipelines this worker process has built, by their arguments. The one piece of module state
here, and it lives only in worker processes: building takes ~1.5 s and a worker runs many tasks,
so it is built on the first and kept; keying by the full arguments means a task for another
configuration can never get a stale pipeline. Tasks are plain functions (no WorkerPlugin to
register per client), so a module-level cache is the simplest place a task can find it again."""

_LOCK = threading.Lock()
"""One pipeline, one user at a time: its components are not known to be thread-safe, and
extraction holds the GIL, so a worker started with several threads loses nothing by queuing."""


def _pipeline(args: PipelineArgs) -> Language:
    if args not in _PIPELINES:
        _PIPELINES[args] = args.build()
    return _PIPELINES[args]


def _extract_documents(args: PipelineArgs, documents: list[Document]) -> list[Extraction]:
    with _LOCK:
        return extract_chunk(_pipeline(args), documents)


def _extract_files(args: PipelineArgs, files: list[tuple[str, str]], formats: dict[str, str]) -> list[Extraction]:
    """Read each file here (shown by the path the user gave, read at its absolute path), then extract."""
    documents: list[Document] = []
    for shown, real in files:
        try:
            raw = Path(real).read_bytes()
        except OSError as e:
            raise ExtractionError(f"cannot read {shown} on the Dask worker: {e.strerror or e} "
                                  "(is the corpus on a filesystem the workers share?)") from e
        documents += [d for d in decode_many(shown, raw, formats) if isinstance(d, Document)]
    return _extract_documents(args, documents)


def _check_shards(run: ShardCheck, shards: bytes) -> bytes:
    """Each shard's outcomes, with the collector paused as on the client (`runner.check`): checking
    builds many small acyclic objects. Turned back on only by the task that turned it off."""
    with collecting(False):
        return state_to_bytes([run(shard) for shard in state_from_bytes(shards)])
