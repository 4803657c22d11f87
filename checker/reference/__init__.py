"""Official results to check the copy against (`--reference`): tables, the shipped pack, and slips.

`load_reference(["uk-ge", "results/2024.csv"])` reads every table named into one `Reference`;
a name without a path separator or a CSV suffix is a pack shipped in the package
(rules/reference/NAME.toml). Nothing else outside the corpus is read.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from .tables import Election, Entry, National, Reference, ReferenceError, Seat, norm, read_table

__all__ = ["Election", "Entry", "National", "Reference", "ReferenceError", "Seat", "load_reference", "norm",
           "packs", "digest"]


def _packs_dir() -> Path:
    from ..ruleset import DEFAULT_RULES_DIR
    return Path(DEFAULT_RULES_DIR) / "reference"


def packs() -> dict[str, Path]:
    """Shipped packs by name → their TOML."""
    d = _packs_dir()
    return {p.stem: p for p in sorted(d.glob("*.toml"))} if d.is_dir() else {}


def is_pack(spec: str) -> bool:
    return "/" not in spec and "\\" not in spec and not spec.lower().endswith(".csv")


def load_reference(specs: list[str] | tuple[str, ...], base: Path | None = None) -> Reference:
    """Every table named, merged (a later one fills what an earlier one lacks). Raises ReferenceError."""
    ref = Reference(names=tuple(specs))
    for spec in specs:
        ref.merge(_load_one(spec, base))
    ref.fill_previous()
    return ref


def _load_one(spec: str, base: Path | None) -> Reference:
    if is_pack(spec):
        known = packs()
        if spec not in known:
            raise ReferenceError(f"unknown reference '{spec}': a pack ({', '.join(known) or 'none shipped'}) "
                                 f"or a CSV file")
        meta_path = known[spec]
        try:
            meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise ReferenceError(f"{meta_path}: {e}") from None
        ref = read_table(meta_path.parent / meta["table"])
        for year, party in meta.get("speaker", {}).items():
            for (y, _), el in ref.elections.items():
                if y == int(year):
                    el.speaker_party = party
        return ref
    path = Path(spec)
    if base is not None and not path.is_absolute():
        path = base / path
    if not path.is_file():
        raise ReferenceError(f"{spec}: no such results table")
    return read_table(path)


def digest(specs: list[str] | tuple[str, ...], base: Path | None = None) -> str:
    """What the tables hold, for cache keys: a changed table is a changed check."""
    h = hashlib.sha256()
    for spec in specs:
        h.update(spec.encode())
        if is_pack(spec) and spec in packs():
            p = packs()[spec]
            files = [p, p.parent / "uk-ge.csv"]
        else:
            path = Path(spec) if base is None or Path(spec).is_absolute() else base / spec
            files = [path]
        for f in files:
            if f.is_file():
                h.update(f.read_bytes())
    return h.hexdigest()[:16]
