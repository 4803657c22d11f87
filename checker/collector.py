"""The garbage collector, paused or resumed for a stretch of work and then left as it was.

The checks and the cache's reads build millions of small objects and no cycles: collection
passes over them cost seconds for nothing. Extraction makes cycles (spaCy's Docs), so it
runs with the collector on, even inside a stretch where it is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collecting(on: bool) -> Iterator[None]:
    was = gc.isenabled()
    if on:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
