"""The engine room: how a run is carried out, not what it checks.

The pipeline's own modules sit at the top of `checker/` (read: corpus, markup; extract;
resolve; checks; report). This package holds what runs them at scale: the check engine and
its shards (engine, shards), the claims cache and the stored checks it re-checks from
(cache, files, incremental, serial, seal), the processes that extract and check in parallel
(parallel, forked, processes, collector, dask_backend) and the start-up standby (launch,
standby).

The CLI reaches all of it through this one door. The names are loaded on first use
(PEP 562): `factcheck` imports `checker.run.launch` before anything heavy, so the standby
can import spaCy on another core while this process starts up, and importing the package
must not pull the checks or spaCy in with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name -> the module of this package that defines it
_EXPORTS: dict[str, str] = {
    "collecting": "collector",
    "DaskNotInstalled": "dask_backend",
    "shard_mapper": "dask_backend",
    "extract_dask": "dask_backend",
    "ExtractionError": "parallel",
    "PipelineArgs": "parallel",
    "extract_parallel": "parallel",
    "plan_chunks": "parallel",
    "Terminated": "processes",
    "default_jobs": "processes",
    "Standby": "standby",
    "cache_in_use": "standby",
    "Mapper": "engine",
    "finding_order": "engine",
    "run_checks": "engine",
    "select_rules": "engine",
    "ClaimCache": "cache",
    "document_digest": "cache",
    "content_digest": "cache",
    "cache_key": "cache",
    "installed_version": "cache",
    "check_and_store": "incremental",
    "check_key": "incremental",
    "recheck": "incremental",
    "extraction_from_bytes": "serial",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .cache import ClaimCache, cache_key, content_digest, document_digest, installed_version
    from .collector import collecting
    from .dask_backend import DaskNotInstalled, extract_dask, shard_mapper
    from .engine import Mapper, finding_order, run_checks, select_rules
    from .incremental import check_and_store, check_key, recheck
    from .parallel import ExtractionError, PipelineArgs, extract_parallel, plan_chunks
    from .processes import Terminated, default_jobs
    from .serial import extraction_from_bytes
    from .standby import Standby, cache_in_use


def __getattr__(name: str) -> Any:
    """Import the defining module on first use, so `import checker.run` costs nothing."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # cached in the module's namespace: later look-ups skip this hook
    return value
