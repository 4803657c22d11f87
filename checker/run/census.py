"""What the corpus-wide picture of people is made of, kept so that a re-check reaches only the articles it must.

Resolution (checker/resolve.py) is the one step that reads every article at once: how often each
name is written decides its canonical name; every mention of a person with a party, and every
seat an article puts a person in, decides their one party and one seat, which fill in other
articles' figures; and the corpus-scoped rules (affiliation, name-variant, malformed-number) read
all of it. A full run keeps that picture here, per article where it can be taken apart:

- how often each name is written, and each written name's status (its canonical name and how it
  was found): a re-check counts again without the articles that went or changed, with those that
  came, works the canonical names out again from the counts alone (0.1 s for 10,000 articles) and
  finds the names whose status changed, and through `raw`, the articles that write them;
- each person's parties and seats with every place they are given, in corpus order: after the
  articles above are taken out and put back, the people whose one party or one seat changed
  name, through `raw`, the articles whose figures that changes;
- where each name is written exactly, the spelling variants and malformed numbers of each
  article, the figures of people named in several seats: with the people above, all the
  corpus-scoped rules read, so they run again from here, without the articles;
- how many articles give a result in each contest (a contest with none changes how a swing is
  grouped).

A re-check that only moved or corrected figures (checker/run/incremental.py, the quick path)
leaves this as it was and notes the articles (`RunState.stale`); the next re-check that needs it
takes those articles' parts out and puts them back as they are now.

It is kept small, as a re-check that needs it reads and writes it whole: articles are named by
their path (one string object each, written once), and where a name is written exactly is kept
as the articles that write it, the places being read from the claims cache when a variant needs
them (`Spellings`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from ..checks.spelling import exact_spellings
from ..model import Extraction, Location
from ..resolve import Fact, Names, Person, Resolved, Variant, _place_variants, names_in, person_mentions, variant_of
from .serial import DecodeError, state_from_bytes, state_to_bytes

PersonPicture = tuple[dict[str, list[Location]], dict[str, list[str]]]
"""A person's parties, each with the places the copy gives it, and seats, each with the articles that
put them there (once a figure)."""


@dataclass(slots=True)
class Census:
    counts: dict[str, int]
    """Written name → how often it is written (people by name, not pronouns)."""
    status: dict[str, tuple]
    """Written name (every name an article links anything to) → `Names.status`."""
    raw: dict[str, list[str]]
    """Written name → the articles that link something to it, in corpus order."""
    people: dict[str, PersonPicture]
    exact: dict[str, list[str]]
    """A seat or a person's full name as spelt → the articles that write it so, once a mention, in corpus order."""
    variants: dict[str, tuple[tuple, tuple]]
    """Path → its person and place variants (as tuples of their fields), for articles that have any."""
    malformed: dict[str, tuple]
    roaming: dict[str, list[Fact]]
    """Each person named in several seats → their figures, in corpus order."""
    contests: dict[str, int]
    """Contest → how many articles give this election's result in it."""

    def resolved(self, paths: list[str], read: Callable[[str], Extraction | None]) -> Resolved:
        """What the corpus-scoped rules read, as a full run's resolution gives it (no extractions; `read`
        gives an article's claims, for the places of exact spellings)."""
        people = {}
        for name, (parties, places) in self.people.items():
            person = people[name] = Person(name)
            person.parties.update(parties)
            person.places.update(places)
        person_variants = [Variant(*v) for p in paths if p in self.variants for v in self.variants[p][0]]
        place_variants = [Variant(*v) for p in paths if p in self.variants for v in self.variants[p][1]]
        return Resolved(facts=[f for facts in self.roaming.values() for f in facts],
                        variants=person_variants + place_variants, people=people,
                        exact=Spellings(self.exact, read),  # type: ignore[arg-type]
                        malformed=[m for p in paths for m in self.malformed.get(p, ())])


class Spellings:
    """Where a name is written exactly, as `NameVariant` reads it (`exact.get(name, [])[:3]`): the first
    three places in corpus order, read from the articles' claims when asked for."""

    def __init__(self, paths: dict[str, list[str]], read: Callable[[str], Extraction | None]) -> None:
        self.paths, self.read = paths, read

    def get(self, key: str, default: list | None = None) -> list[Location]:
        out: list[Location] = []
        for path in dict.fromkeys(self.paths.get(key, ())):
            ex = self.read(path)
            if ex is None:
                raise LookupError(f"the claims of {path} are not cached")
            out += [loc for k, loc in exact_spellings(ex) if k == key]
            if len(out) >= 3:
                break
        return out[:3] if out else (default if default is not None else [])


def view(picture: PersonPicture | None) -> tuple:
    """What an article's context takes from a person (`resolve._parties_of`, `_places_of`)."""
    if picture is None:
        return (None, None, False)
    parties, places = picture
    return (next(iter(parties)) if len(parties) == 1 else None, next(iter(places)) if len(places) == 1 else None,
            len(places) > 1)


def build(resolved: Resolved, contests: dict[str, frozenset[str]]) -> Census:
    """The census of a full run's resolution (`contests`: each article's, as its stored state has them)."""
    names = resolved.names
    assert names is not None and resolved.counts is not None
    raw: dict[str, list[str]] = defaultdict(list)
    exact: dict[str, list[str]] = defaultdict(list)
    variants, malformed = {}, {}
    one = {ex.path: ex.path for ex in resolved.extractions}  # every article's path as one object
    for ex in resolved.extractions:
        path = one[ex.path]
        for n in names_in(ex):
            raw[n].append(path)
        for key, _ in exact_spellings(ex):
            exact[key].append(path)
        part = article_variants(ex, names)
        if part[0] or part[1]:
            variants[ex.path] = part
        if ex.malformed:
            malformed[ex.path] = ex.malformed
    people = {name: (dict(p.parties), {place: [one[path] for path in at] for place, at in p.places.items()})
              for name, p in resolved.people.items() if p.parties or p.places}
    roaming = {name: [] for name, (_, places) in people.items() if len(places) > 1}
    for f in resolved.facts:
        if f.subject_kind == "person" and f.subject in roaming:
            roaming[f.subject].append(f)
    count = Counter(c for cs in contests.values() for c in cs)
    return Census(dict(resolved.counts),
                  {n: names.status(n) for n in raw}, dict(raw), people, dict(exact), variants, malformed, roaming,
                  dict(count))


def article_variants(ex: Extraction, names: Names | Callable[[str], tuple]) -> tuple[tuple, tuple]:
    """An article's person and place variants, with the names' status from `names` (or a function of a name)."""
    status = names.status if isinstance(names, Names) else names
    person = tuple(_fields(v) for m in person_mentions(ex) if (v := variant_of(m, status(m.name))) is not None)
    return person, tuple(_fields(v) for v in _place_variants([ex]))


def _fields(v: Variant) -> tuple:
    return tuple(getattr(v, f.name) for f in fields(Variant))


def counted(extractions: Iterable[Extraction]) -> Counter:
    return Counter(m.name for ex in extractions for m in person_mentions(ex))


def to_bytes(c: Census) -> bytes:
    return state_to_bytes(tuple(getattr(c, f.name) for f in fields(Census)))


def from_bytes(b: bytes) -> Census:
    values = state_from_bytes(b)
    if type(values) is not tuple or len(values) != len(fields(Census)):
        raise DecodeError("the stored census has the wrong shape")
    return Census(*values)
