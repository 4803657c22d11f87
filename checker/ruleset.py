"""Load everything under rules/: checks, party aliases, gazetteers, chamber sizes, cue words.

Rule files are data (TOML and CSV, read with the standard library): they can never
execute code. A broken file stops the run with one line naming the file and the key.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Severity



def _default_rules_dir() -> Path:
    """The built-in rules: inside the installed package (a wheel ships them as checker/rules/),
    else beside the package in a checkout (rules/ at the top, where a newsroom edits them)."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if (packaged / "checks").is_dir() else here.parent / "rules"


DEFAULT_RULES_DIR = _default_rules_dir()


class RuleError(Exception):
    """A rule file is missing, unreadable or invalid; the message names file and key."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    fails: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a built-in check type with its parameters, as declared in rules/checks/."""

    id: str
    check: str
    severity: Severity
    summary: str
    description: str
    params: dict[str, Any]
    examples: tuple[Example, ...]
    path: str
    supersedes: tuple[str, ...] = ()
    """Rules whose finding at the same figure this rule's finding replaces (it says the same, better)."""


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()
    country: str = ""
    members: tuple[str, ...] = ()
    """For an alliance (Australia's Coalition): the parties in it; standing for either is no contradiction."""
    local_aliases: tuple[str, ...] = ()
    """Names that mean this party only in copy about its country ("Congress" in India, not the US)."""
    local_to: tuple[str, ...] = ()
    """For a party of no one country: the countries its local aliases hold in ("Lib" for the Liberals in Canadian
    and Australian copy; elsewhere the Lib Dems)."""

    @property
    def local_countries(self) -> tuple[str, ...]:
        return (self.country,) if self.country else self.local_to


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    national: bool = False


@dataclass(frozen=True, slots=True)
class ChamberSize:
    first: int
    last: int
    seats: int
    majority: int
    regions: dict[str, int]


@dataclass(frozen=True, slots=True)
class Chamber:
    id: str
    name: str
    country: str
    aliases: tuple[str, ...]
    sizes: tuple[ChamberSize, ...]
    default: bool = False
    region: str = ""
    """For a devolved parliament: the nation it sits for ("Wales" for the Senedd)."""
    elections: tuple[datetime.date, ...] = ()
    """Polling days, in order: copy dated before one reports the parliament the one before elected."""
    state: bool = False
    """A state's or province's own chamber: in copy that names one, seat figures naming no chamber are its."""
    bare: tuple[str, ...] = ()
    """Names that mean this chamber in copy that names a state's own chamber ("the House" beside "the state
    Senate" is the state's House, not the Congress's)."""

    def election_before(self, day: datetime.date) -> int | None:
        """The year of the last election held on or before `day`, if the chamber lists its polling days."""
        held = [d.year for d in self.elections if d <= day]
        return held[-1] if held else None

    def size(self, year: int | None) -> ChamberSize | None:
        """The size for an election year; for no year, the latest."""
        if year is None:
            return max(self.sizes, key=lambda s: s.last) if self.sizes else None
        for s in self.sizes:
            if s.first <= year <= s.last:
                return s
        return None


@dataclass(frozen=True, slots=True)
class Constituency:
    name: str
    code: str
    country: str


@dataclass(frozen=True)
class RuleSet:
    """All the data the checker runs on."""

    rules: tuple[Rule, ...]
    parties: tuple[Party, ...]
    regions: tuple[Region, ...]
    chambers: tuple[Chamber, ...]
    constituencies: tuple[Constituency, ...]
    given_names: dict[str, str]
    """Given name → 'M', 'F' or '?': starts person names and guides he/she."""
    lexicon: dict[str, tuple[str, ...]]
    """Cue words by category (rules/lexicon.toml)."""
    factors: dict[str, tuple[float, float]] = field(default_factory=dict)
    """How far "doubled", "halved" … let new/old stray (rules/lexicon.toml [factor])."""
    sources: tuple[str, ...] = field(default=())
    other_places: tuple[str, ...] = ()
    """Counties, regions and cities that are not constituencies: never 'near misses' of one."""
    us_states: dict[str, str] = field(default_factory=dict)
    """US state → its postal abbreviation: a numbered district ("Ohio's 9th District", "OH-9") is one state's."""
    countries: dict[str, str] = field(default_factory=dict)
    """A country's name or adjective → its ISO code: which country copy is about when no party of it says so."""
    reference: Any = None
    """The official results the run was given (`--reference`: checker/reference), or None."""

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def words(self, category: str) -> tuple[str, ...]:
        return self.lexicon.get(category, ())

    @property
    def default_chamber(self) -> Chamber | None:
        return next((c for c in self.chambers if c.default), self.chambers[0] if self.chambers else None)


def load_ruleset(rules_dir: Path | None = None, extra_dirs: tuple[Path, ...] = (), validate: bool = True) -> RuleSet:
    """Read rules/ (and any extra rule directories, whose checks add to or replace ours).

    A broken file stops the run with one line: the file, the line and the key. `validate=False` leaves out
    what only the checks need (that each rule's check type is known and its params are the type's): for a
    process that only extracts, reading files the run has validated already (`rules_stamp`), and which
    would otherwise import every check to ask (0.1 s of a re-check's wait for the standby process)."""
    try:
        return _load_ruleset(rules_dir, extra_dirs, validate)
    except RuleError as e:
        raise RuleError(_with_line(str(e))) from None


_KEY_IN = re.compile(r"key '([^']+)'|^(id|severity|params|check|supersedes)\b|^unknown (check) type|^(party|region|chamber)\[")
_TOML_LINE = re.compile(r"\(at line (\d+)")


def _with_line(message: str) -> str:
    """'rules/checks/x.toml: severity …' → 'rules/checks/x.toml:3: severity …', when the line can be found."""
    path, sep, rest = message.partition(": ")
    if not sep or not path.endswith(".toml") or not Path(path).is_file():
        return message
    found = _TOML_LINE.search(rest)
    if found:
        return f"{path}:{found.group(1)}: {rest}"
    if "(at end of document)" in rest:
        return f"{path}:{Path(path).read_text(encoding='utf-8').count(chr(10)) or 1}: {rest}"
    key = _KEY_IN.search(rest)
    if key is None:
        return message
    from .config import _key_lines  # the same line finder the config file's errors use

    name = next(g for g in key.groups() if g)
    lines = [n for keys, n in _key_lines(Path(path).read_text(encoding="utf-8")).items() if keys[-1] == name]
    return f"{path}:{min(lines)}: {rest}" if lines else message


def rules_stamp(dirs: list[Path]) -> tuple:
    """Every rule file's folder, name and content digest: the same stamp, the same rules (a few
    milliseconds; file times can miss an edit made within their resolution)."""
    out = []
    for d in dirs:
        for root, _, files in os.walk(d):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    out.append((root, name, hashlib.sha1(f.read()).digest()))
    return tuple(sorted(out))


def _load_ruleset(rules_dir: Path | None, extra_dirs: tuple[Path, ...], validate: bool = True) -> RuleSet:
    base = rules_dir or DEFAULT_RULES_DIR
    if not base.is_dir():
        raise RuleError(f"rules directory not found: {base}")
    rules: dict[str, Rule] = {}
    for d in (base, *extra_dirs):
        checks = d / "checks"
        if d is not base and not checks.is_dir():
            raise RuleError(f"{d}: no checks/ directory of rule files")
        for path in sorted(checks.glob("*.toml")):
            rule = _rule(path, validate)
            rules[rule.id] = rule
    return RuleSet(
        rules=tuple(rules[k] for k in sorted(rules)),
        parties=_parties(base / "parties.toml"),
        regions=_regions(base / "gazetteers" / "regions.toml"),
        chambers=_chambers(base / "chambers.toml"),
        constituencies=_constituencies(base / "gazetteers" / "uk-constituencies.csv",
                                       base / "gazetteers" / "uk-constituencies-2024.csv"),
        given_names=_given_names(base / "gazetteers" / "given-names.csv"),
        other_places=_other_places(base / "gazetteers" / "other-places.csv"),
        us_states=_us_states(base / "gazetteers" / "us-states.csv"),
        countries=_countries(base / "gazetteers" / "countries.csv"),
        lexicon=_lexicon(base / "lexicon.toml"),
        factors=_factors(base / "lexicon.toml"),
        sources=tuple(str(d) for d in (base, *extra_dirs)),
    )


def _toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise RuleError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as e:
        raise RuleError(f"{path}: invalid TOML: {e}") from None
    except OSError as e:
        raise RuleError(f"{path}: cannot read: {e.strerror}") from None


def _need(data: dict[str, Any], key: str, kind: type, path: Path, where: str = "") -> Any:
    if key not in data:
        raise RuleError(f"{path}: {where}missing key '{key}'")
    value = data[key]
    if not isinstance(value, kind):
        raise RuleError(f"{path}: {where}key '{key}' must be {kind.__name__}, not {type(value).__name__}")
    return value


def _strings(data: dict[str, Any], key: str, path: Path, where: str = "") -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{path}: {where}key '{key}' must be a list of strings")
    return tuple(value)


RULE_KEYS = {"id", "check", "severity", "summary", "description", "params", "examples", "supersedes"}


def _rule(path: Path, validate: bool = True) -> Rule:
    data = _toml(path)
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key '{sorted(unknown)[0]}' (allowed: {', '.join(sorted(RULE_KEYS))})")
    rule_id = _need(data, "id", str, path)
    if rule_id != path.stem:
        raise RuleError(f"{path}: id '{rule_id}' must match the file name '{path.stem}'")
    severity = _need(data, "severity", str, path)
    try:
        sev = Severity(severity)
    except ValueError:
        raise RuleError(f"{path}: severity '{severity}' must be error, warning or info") from None
    check = _need(data, "check", str, path)
    if validate:
        from .checks import CHECK_TYPES  # the registry of built-in check types

        if check not in CHECK_TYPES:
            raise RuleError(f"{path}: unknown check type '{check}' (known: {', '.join(sorted(CHECK_TYPES))})")
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise RuleError(f"{path}: 'params' must be a table")
    if validate:
        problem = CHECK_TYPES[check].validate(params)
        if problem:
            raise RuleError(f"{path}: params: {problem}")
    examples = []
    for i, ex in enumerate(data.get("examples", [])):
        where = f"examples[{i}]: "
        if not isinstance(ex, dict):
            raise RuleError(f"{path}: {where}must be a table")
        examples.append(
            Example(
                text=_need(ex, "text", str, path, where),
                fails=_need(ex, "fails", bool, path, where),
                note=str(ex.get("note", "")),
            )
        )
    return Rule(
        id=rule_id,
        check=check,
        severity=sev,
        summary=_need(data, "summary", str, path),
        description=str(data.get("description", "")).strip(),
        params=params,
        examples=tuple(examples),
        path=str(path),
        supersedes=_strings(data, "supersedes", path),
    )


def _parties(path: Path) -> tuple[Party, ...]:
    out = []
    for i, p in enumerate(_toml(path).get("party", [])):
        where = f"party[{i}]: "
        out.append(
            Party(
                name=_need(p, "name", str, path, where),
                aliases=_strings(p, "aliases", path, where),
                abbreviations=_strings(p, "abbreviations", path, where),
                country=str(p.get("country", "")),
                members=_strings(p, "members", path, where),
                local_aliases=_strings(p, "local_aliases", path, where),
                local_to=_strings(p, "local_to", path, where),
            )
        )
    return tuple(out)


def _regions(path: Path) -> tuple[Region, ...]:
    out = []
    for i, r in enumerate(_toml(path).get("region", [])):
        where = f"region[{i}]: "
        out.append(
            Region(
                name=_need(r, "name", str, path, where),
                country=str(r.get("country", "")),
                aliases=_strings(r, "aliases", path, where),
                adjectives=_strings(r, "adjectives", path, where),
                national=bool(r.get("national", False)),
            )
        )
    return tuple(out)


def _chambers(path: Path) -> tuple[Chamber, ...]:
    out = []
    for i, c in enumerate(_toml(path).get("chamber", [])):
        where = f"chamber[{i}]: "
        sizes = []
        for j, s in enumerate(_need(c, "sizes", list, path, where)):
            w = f"{where}sizes[{j}]: "
            seats = _need(s, "seats", int, path, w)
            regions = s.get("regions", {})
            if not isinstance(regions, dict) or not all(isinstance(v, int) for v in regions.values()):
                raise RuleError(f"{path}: {w}'regions' must map names to seat counts")
            sizes.append(
                ChamberSize(
                    first=_need(s, "from", int, path, w),
                    last=_need(s, "to", int, path, w),
                    seats=seats,
                    majority=int(s.get("majority", seats // 2 + 1)),
                    regions=dict(regions),
                )
            )
        out.append(
            Chamber(
                id=_need(c, "id", str, path, where),
                name=_need(c, "name", str, path, where),
                country=str(c.get("country", "")),
                aliases=_strings(c, "aliases", path, where),
                sizes=tuple(sizes),
                default=bool(c.get("default", False)),
                region=str(c.get("region", "")),
                elections=_polling_days(c, path, where),
                state=_need(c, "state", bool, path, where) if "state" in c else False,
                bare=_strings(c, "bare", path, where),
            )
        )
    return tuple(out)


def _polling_days(c: dict, path: Path, where: str) -> tuple[datetime.date, ...]:
    """`elections = [2019-12-12, 2024-07-04]`: TOML dates, or strings in that form."""
    days = c.get("elections", [])
    if not isinstance(days, list):
        raise RuleError(f"{path}: {where}'elections' must be a list of dates")
    out = []
    for d in days:
        if isinstance(d, datetime.datetime):
            d = d.date()
        if isinstance(d, str):
            try:
                d = datetime.date.fromisoformat(d)
            except ValueError:
                raise RuleError(f"{path}: {where}'elections': {d!r} is not a date (YYYY-MM-DD)") from None
        if not isinstance(d, datetime.date):
            raise RuleError(f"{path}: {where}'elections' must be a list of dates")
        out.append(d)
    return tuple(sorted(out))


def _csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise RuleError(f"{path}: missing column '{missing[0]}'")
            return list(reader)
    except FileNotFoundError:
        raise RuleError(f"{path}: missing") from None


def _constituencies(path: Path, *more: Path) -> tuple[Constituency, ...]:
    """Every boundary set's seats, a name once (the first set's code): which election a figure is of keeps
    two seats of one name apart, not the gazetteer."""
    out: dict[str, Constituency] = {}
    for p in (path, *(m for m in more if m.is_file())):
        for r in _csv(p, ("name", "code", "country")):
            out.setdefault(r["name"], Constituency(r["name"], r["code"], r["country"]))
    return tuple(out.values())


def _other_places(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        return ()
    return tuple(r["name"] for r in _csv(path, ("name", "kind")))


def _us_states(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    return {r["name"]: r["abbreviation"] for r in _csv(path, ("name", "abbreviation"))}


def _countries(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    rows = _csv(path, ("name", "code", "adjective"))
    return {w: r["code"] for r in rows for w in (r["name"], r["adjective"]) if w}


def _given_names(path: Path) -> dict[str, str]:
    return {r["name"]: r["gender"] for r in _csv(path, ("name", "gender"))}


def _lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    data = _toml(path)
    out: dict[str, tuple[str, ...]] = {}
    for section, table in data.items():
        if section == "factor":
            continue
        if not isinstance(table, dict):
            raise RuleError(f"{path}: [{section}] must be a table of word lists")
        for key in table:
            out[f"{section}.{key}"] = _strings(table, key, path, f"[{section}] ")
    return out


def _factors(path: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for phrase, bounds in _toml(path).get("factor", {}).items():
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, (int, float)) for b in bounds)):
            raise RuleError(f"{path}: [factor] '{phrase}' must be [low, high]")
        out[phrase.lower()] = (float(bounds[0]), float(bounds[1]))
    return out
