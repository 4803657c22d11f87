"""Attaching the official results to a run's ruleset, so the `reference` check can read them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from ..ruleset import RuleSet
from . import load_reference


def with_reference(ruleset: RuleSet, specs: Sequence[str | Path]) -> RuleSet:
    """The ruleset with the tables named (`uk-ge`, CSV paths) loaded. Raises ReferenceError."""
    return dataclasses.replace(ruleset, reference=load_reference([str(s) for s in specs]))
