"""A map whose items are shared with forked children: the second core for the checks after extraction.

Extraction runs on every core; the checks after it (the shards' rules, and encoding what the
cache keeps of them) ran on one while the others sat idle: for 10,000 articles, several
seconds of a minute. A child forked there inherits the function and every item for free
(nothing is sent to it, and nothing is pickled but its results); it runs its share of the
items and sends the results back in the state codec (checker/run/serial.py), several times
quicker to decode than a pickle. The shares are balanced by weight (a shard's facts).

The result is always `map`'s. If a child fails in any way (an error, a crash, a kill, results
that do not decode), the parent runs that share itself. Ctrl-C reaches the children as well
(same process group): each exits at once, and the parent reaps them before the interrupt
goes on. A fork is only made where `processes.pick_start_method` says one is safe (Linux, one
Python thread), for enough work, with more than one job; otherwise this is `map`.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .processes import die_with_parent, pick_start_method
from .serial import DecodeError, state_from_bytes, state_to_bytes

T = TypeVar("T")
R = TypeVar("R")

MIN_WEIGHT = 20_000
"""Less work than this (20,000 facts: about a second of checks) is not worth a fork (~5 ms, and the
copy-on-write of the pages the child touches)."""


def forked_map(fn: Callable[[T], R], items: Sequence[T], jobs: int, weight: Callable[[T], int] = len) -> list[R]:
    """`[fn(x) for x in items]`, with up to `jobs` processes. Results must be what the state codec
    carries: plain containers of the model's values (checker/run/serial.py)."""
    weights = [weight(x) for x in items]
    parts = min(jobs, len(items))
    if parts < 2 or sum(weights) < MIN_WEIGHT or pick_start_method() != "fork":
        return [fn(x) for x in items]
    shares = balance(weights, parts)
    children: list[tuple[int, int, list[int]]] = []  # (pid, read end, share)
    out: dict[int, R] = {}
    try:
        for share in shares[1:]:
            children.append(_fork(fn, items, share))
        for i in shares[0]:
            out[i] = fn(items[i])
        while children:
            pid, fd, share = children.pop(0)
            got = _collect(pid, fd)
            if got is None or len(got) != len(share):
                got = [fn(items[i]) for i in share]  # the child failed: its share, here
            out.update(zip(share, got))
    finally:
        for pid, fd, _ in children:  # left only by an error or Ctrl-C in the parent
            _stop(pid, fd)
    return [out[i] for i in range(len(items))]


class Ahead:
    """`fn()` started in a forked child, for the parent to do other work meanwhile (see `ahead`)."""

    def __init__(self, fn: Callable[[], R], child: tuple[int, int] | None) -> None:
        self._fn, self._child = fn, child

    def result(self) -> R:
        """The child's result; if it failed, or none was forked, `fn()` run here."""
        child, self._child = self._child, None
        got = _collect(*child) if child is not None else None
        return got[0] if got is not None and len(got) == 1 else self._fn()

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:  # left without its result: an error or Ctrl-C in the parent
            _stop(*self._child)
            self._child = None


def ahead(fn: Callable[[], R], jobs: int, weight: int, min_weight: int | None = None) -> Ahead:
    """Start `fn()` in a forked child if `jobs` > 1, `weight` is at least `min_weight` (default
    `MIN_WEIGHT`) and a fork is safe; use as a context manager, so the child is reaped whatever happens.
    Its result must be what the state codec carries."""
    if jobs < 2 or weight < (MIN_WEIGHT if min_weight is None else min_weight) or pick_start_method() != "fork":
        return Ahead(fn, None)
    pid, fd, _ = _fork(lambda _: fn(), [None], [0])
    return Ahead(fn, (pid, fd))


def balance(weights: Sequence[int], parts: int) -> list[list[int]]:
    """Indices in `parts` shares of about equal weight (heaviest first, each to the lightest share),
    each share in index order."""
    shares: list[list[int]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        lightest = loads.index(min(loads))
        shares[lightest].append(i)
        loads[lightest] += weights[i]
    return [sorted(s) for s in shares]


def _fork(fn: Callable[[T], Any], items: Sequence[T], share: list[int]) -> tuple[int, int, list[int]]:
    read, write = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: run the share, write it, and leave without running the parent's exit handlers
        code = 1
        try:
            die_with_parent(parent)
            os.close(read)
            data = state_to_bytes([fn(items[i]) for i in share])
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return pid, read, share


def _collect(pid: int, fd: int) -> list | None:
    """A child's results, or None if it failed."""
    chunks = []
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except BaseException:
        _stop(pid, fd)
        raise
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        got = state_from_bytes(b"".join(chunks))
    except DecodeError:
        return None
    return got if type(got) is list else None


def _stop(pid: int, fd: int) -> None:
    os.close(fd)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
