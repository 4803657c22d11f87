"""The map whose shares run in forked children (checker/run/forked.py): always `map`'s result, whatever a child does."""

from __future__ import annotations

import os
import threading

import pytest

import checker.run.forked as forked
from checker.run.forked import balance, forked_map
from checker.model import Location, Verified
from checker.run.processes import pick_start_method

PARENT = os.getpid()


FORKED: list[int] = []


@pytest.fixture(autouse=True)
def any_work_forks(monkeypatch):
    """Any amount of work forks, even after the Dask tests have left their idle daemon threads in this
    process (the command itself never forks beside another thread); the children's pids are noted."""
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    monkeypatch.setattr(forked, "pick_start_method", lambda: "fork")
    real = forked._fork

    def noted(*args):
        child = real(*args)
        FORKED.append(child[0])
        return child

    monkeypatch.setattr(forked, "_fork", noted)
    FORKED.clear()


def no_children_left() -> bool:
    """Every child forked was reaped (none left running, none a zombie)."""
    for pid in FORKED:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def where(item: list[int]) -> tuple[int, bool]:
    """The item's total, and whether a child computed it."""
    return sum(item), os.getpid() != PARENT


ITEMS = [[i] * (i % 7 + 1) for i in range(40)]


def test_the_result_is_maps_in_order_with_shares_done_in_children():
    got = forked_map(where, ITEMS, 3)
    assert [total for total, _ in got] == [sum(x) for x in ITEMS]
    assert 0 < sum(child for _, child in got) < len(ITEMS)  # children did some, the parent the rest
    assert len(FORKED) == 2 and no_children_left()


def test_model_values_come_back_equal():
    loc = Location("a.txt", 3, 5, 3, 9, 40, 44)
    make = lambda item: {"direction": [Verified("direction", f"{sum(item)} fell", loc, "1 → 0")]}  # noqa: E731
    assert forked_map(make, ITEMS, 2) == [make(x) for x in ITEMS]


@pytest.mark.parametrize("failure", ["raises", "dies", "cannot send"])
def test_a_child_that_fails_has_its_share_done_by_the_parent(failure):
    def flaky(item: list[int]):
        if os.getpid() != PARENT:
            if failure == "raises":
                raise ValueError("planted")
            if failure == "dies":
                os._exit(9)
            return object()  # the state codec refuses it
        return sum(item)

    assert forked_map(flaky, ITEMS, 2) == [sum(x) for x in ITEMS]
    assert FORKED and no_children_left()


def test_little_work_one_job_or_other_threads_stay_in_this_process(monkeypatch):
    assert not any(child for _, child in forked_map(where, ITEMS, 1))
    monkeypatch.setattr(forked, "MIN_WEIGHT", 10_000)
    assert not any(child for _, child in forked_map(where, ITEMS, 2))
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    monkeypatch.setattr(forked, "pick_start_method", pick_start_method)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not any(child for _, child in forked_map(where, ITEMS, 2))  # a fork could inherit a held lock
    finally:
        stop.set()
        other.join()


def test_an_interrupt_in_the_parent_leaves_no_child():
    def interrupted(item: list[int]):
        if os.getpid() == PARENT and item is ITEMS[-1]:
            raise KeyboardInterrupt
        return sum(item)

    with pytest.raises(KeyboardInterrupt):
        forked_map(interrupted, ITEMS, 2)
    assert FORKED and no_children_left()


def test_shares_are_balanced_by_weight_and_cover_every_item_once():
    weights = [15_000, 40, 900, 3, 3, 700, 5_000, 5_000, 20, 4_000]
    shares = balance(weights, 2)
    assert sorted(i for s in shares for i in s) == list(range(len(weights)))
    assert all(s == sorted(s) for s in shares)
    loads = sorted(sum(weights[i] for i in s) for s in shares)
    assert loads == [15_066, 15_600]  # 15,000 with the four lightest; the rest together


def test_work_ahead_comes_from_a_child_or_is_done_here_if_the_child_fails():
    with forked.ahead(lambda: where(ITEMS[5]), 2, 1) as pending:
        assert pending.result() == (sum(ITEMS[5]), True)
    assert len(FORKED) == 1 and no_children_left()

    def dies() -> int:
        if os.getpid() != PARENT:
            os._exit(9)
        return 7

    with forked.ahead(dies, 2, 1) as pending:
        assert pending.result() == 7
    with forked.ahead(lambda: where(ITEMS[5]), 1, 1) as pending:  # one job: done here, when asked
        assert pending.result() == (sum(ITEMS[5]), False)
    assert len(FORKED) == 2 and no_children_left()


def test_work_ahead_left_unasked_by_an_error_leaves_no_child():
    with pytest.raises(RuntimeError):
        with forked.ahead(lambda: sum(range(10**9)), 2, 1):
            raise RuntimeError("the parent failed meanwhile")
    assert len(FORKED) == 1 and no_children_left()
