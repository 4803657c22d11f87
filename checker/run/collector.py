"""The garbage collector, paused or resumed for a stretch of work and then left as it was.

The checks and the cache's reads build millions of small objects and no cycles: collection
passes over them cost seconds for nothing. Extraction makes cycles (spaCy's Docs), so it
runs with the collector on, even inside a stretch where it is paused: in-process
(checker/run/parallel.py), in pool workers (which turn it on, as a fork inherits it paused),
on a Dask client. The command pauses it from reading the corpus to its exit: turned back
on, its first passes would walk every object the run has made.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collecting(on: bool) -> Iterator[None]:
    with left_as_found():
        _switch(on)
        yield


@contextmanager
def left_as_found() -> Iterator[None]:
    """Around code that turns the collector on whatever it found: srsly's msgpack reader, which spaCy
    loads a pipeline with, does."""
    was = gc.isenabled()
    try:
        yield
    finally:
        _switch(was)


def _switch(on: bool) -> None:
    if on:
        gc.enable()
    else:
        gc.disable()
