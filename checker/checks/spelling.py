"""`name-variant` and `malformed-number`: how names and numbers are written.

Both are warnings by default: the checker read the name or number anyway, so nothing
was lost, but an editor will want to fix the copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import Extraction, Location, Related
from .base import Check, Outcome


class NameVariant(Check):
    name = "name-variant"
    scope = "corpus"
    params = {"min_score": ((int, float), 85)}

    def run(self, index: Index) -> Iterator[Outcome]:
        exact = index.resolved.exact
        if exact is None:
            exact = defaultdict(list)
            for ex in index.resolved.extractions:
                for key, loc in exact_spellings(ex):
                    exact[key].append(loc)
        seen = set()
        for v in index.resolved.variants:
            if v.score < self.p["min_score"] or v.location is None:
                continue
            key = (v.location.path, v.location.start)
            if key in seen:
                continue
            seen.add(key)
            others = tuple(Related(loc, v.canonical) for loc in exact.get(v.canonical, [])[:3])
            if v.kind == "place":
                msg = f"'{v.written}' is not the constituency's spelling: did you mean '{v.canonical}'?"
            elif v.why == "capitals differ":
                msg = f"'{v.written}' is written '{v.canonical}' elsewhere"
            else:
                msg = f"'{v.written}' looks like a misspelling of '{v.canonical}'"
            yield self.finding_at(v.location, msg, related=others, suggestion=v.canonical)


def exact_spellings(ex: Extraction) -> list[tuple[str, Location]]:
    """Where an article writes a seat or a person's full name as spelt: what a variant is related to."""
    out = []
    for m in ex.mentions:
        if m.location is None:
            continue
        if m.kind == "place" and m.via != "fuzzy" and m.gazetteer:
            out.append((m.gazetteer, m.location))
        elif m.kind == "person" and m.via not in ("case",) and not m.via.startswith("pronoun") and " " in m.text:
            out.append((m.text, m.location))
    return out


class MalformedNumber(Check):
    name = "malformed-number"
    scope = "corpus"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        malformed = index.resolved.malformed
        if malformed is None:
            malformed = [m for ex in index.resolved.extractions for m in ex.malformed]
        for loc, text, why in malformed:
            fixed = _fix(text)
            yield self.finding_at(loc, f"'{text}' is malformed ({why}); read as {fixed}", suggestion=fixed)


def _fix(text: str) -> str:
    digits = "".join(c for c in text if c.isdigit() or c == ".")
    if "." in digits:
        whole, frac = digits.split(".", 1)
    else:
        whole, frac = digits, ""
    grouped = f"{int(whole):,}" if whole else "0"
    return grouped + (f".{frac}" if frac else "")
