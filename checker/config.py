"""The configuration file: find it, read it, check it, and merge it with the command line.

Like ruff, a project keeps its settings in `factcheck.toml` (or `.factcheck.toml`, or a
`[tool.factcheck]` table of `pyproject.toml`) found by walking up from a path. The settings
that shape the whole run (rules, model, formats, outputs, cache, election, baseline, paths)
come from the config found from the first PATH (or the working folder); the settings of a
file's findings (select, ignore, severity, include/exclude, per-file-ignores) from the
config nearest that file (`FileConfigs`). The command line wins over any file, and every
effective setting remembers where it came from so `--show-config` can say why it has the
value it has. A bad file stops the run with one line naming the file, the line and the key.
Pure: nothing here runs the checker.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .model import Severity

CONFIG_NAMES = ("factcheck.toml", ".factcheck.toml")
"""Files whose top-level keys are the settings, in the order they are looked for in one folder."""
PYPROJECT = "pyproject.toml"
PYPROJECT_TABLE = ("tool", "factcheck")

OUTPUT_FORMATS = ("text", "json")
"""Output format names known today; the CLI passes its own list when it has more."""
INPUT_FORMATS = ("text", "markdown", "html", "jsonl")
FAIL_ON = ("error", "warning")

DEFAULT = "default"
COMMAND_LINE = "command line"


class ConfigError(Exception):
    """The config file cannot be used; the message is `file:line: what is wrong with which key`."""

    def __init__(self, shown: str, line: int, key: str, message: str) -> None:
        super().__init__(f"{shown}:{line}: {message}")
        self.path, self.line, self.key, self.message = shown, line, key, message


@dataclass(frozen=True, slots=True)
class RuleRef:
    """A rule id the file names, kept so the CLI can check it against the ruleset and say where it was."""

    rule: str
    key: str
    source: str


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    """A config file that parsed and passed every check: typed values and the line each came from."""

    path: Path
    """Absolute path of the file."""
    shown: str
    """The path as messages and --show-config show it (relative to the working directory when near it)."""
    root: Path
    """The file's folder: relative paths and include/exclude globs are taken from here."""
    values: Mapping[str, Any]
    """Setting name (an `Effective` field) → typed value, only for settings the file gives."""
    sources: Mapping[str, str]
    """Setting name (and `severity.<rule>`, `formats.<suffix>`) → "<shown>:<line>"."""
    rule_refs: tuple[RuleRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Effective:
    """Every setting of one run after merging defaults, the config file and the command line."""

    select: tuple[str, ...] = ()
    """Rule ids or prefixes to run; empty means all."""
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    """Rule id → severity that replaces the rule's own."""
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    """Glob (as `exclude`) → rule ids or prefixes whose findings are dropped in the files it matches."""
    extra_rules: tuple[Path, ...] = ()
    rules_dir: Path | None = None
    reference: tuple[str | Path, ...] = ()
    """Official results tables: a pack's name (`uk-ge`), or a CSV file's path (from the config's folder)."""
    paths: tuple[Path, ...] = ()
    """What to check when no PATH is given (the config's, resolved from its folder)."""
    include: tuple[str, ...] = ()
    """Glob patterns a file must match to be checked; empty means every file found."""
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    """`exclude` applies to the paths named on the command line too."""
    formats: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Extra or overriding suffix → input format ("text", "markdown", "html", "jsonl")."""
    country: str | None = None
    year: int | None = None
    fail_on: str = "error"
    format: str = "text"
    model: str | None = None
    baseline: Path | None = None
    output: Path | None = None
    cache_dir: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    """Where include/exclude globs are anchored: the config file's folder, else the working directory."""
    config_path: Path | None = None
    config_shown: str | None = None
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    files: FileConfigs | None = field(default=None, compare=False, repr=False)
    """The run's per-file settings (nearest config above each file), once the CLI has attached them."""

    def source(self, name: str, entry: str | None = None) -> str:
        """Where a setting (or one entry of a table setting) came from: "default", "command line", "<file>:<line>"."""
        return self.sources.get(name if entry is None else entry_key(name, entry), DEFAULT)

    @property
    def filters(self) -> bool:
        """Whether `included` can ever say no (there are patterns, or nested configs may have some)."""
        return bool(self.include or self.exclude) or (self.files is not None and self.files.discovers)

    def included(self, path: str | Path, is_dir: bool = False) -> bool:
        """Whether include/exclude let this file (or folder) be checked: the nearest config's, once attached."""
        if self.files is not None:
            return self.files.included(path, is_dir)
        return self.accepts(path, is_dir)

    def accepts(self, path: str | Path, is_dir: bool = False, explicit: bool = False) -> bool:
        """This setting's own include/exclude verdict. `explicit`: a path named on the command line,
        which only `exclude` can turn away (--force-exclude). Patterns from the command line are
        anchored at the working folder, the file's at its folder."""
        include = () if explicit else self.include
        if not include and not self.exclude:
            return True
        full = os.path.abspath(path)
        if include and not is_dir and not _any_hit(include, _names_from(full, self._anchor("include")), is_dir):
            return False
        return not _any_hit(self.exclude, _names_from(full, self._anchor("exclude")), is_dir)

    def _anchor(self, name: str) -> str:
        """Where the patterns of `include` or `exclude` are anchored (resolved, as `root` is)."""
        return _resolved(Path.cwd() if self.source(name) == COMMAND_LINE else self.root)


# ---------------------------------------------------------------------------------------------------------------
# Finding the file


def find_config(start: str | Path) -> Path | None:
    """The nearest config file at or above `start` (a file starts at its folder; "-" at the working directory)."""
    here = Path.cwd() if str(start) == "-" else Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        if (found := config_in(folder)) is not None:
            return found
    return None


def config_in(folder: Path) -> Path | None:
    """The config file of one folder, if it has one: factcheck.toml, .factcheck.toml, then pyproject.toml."""
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return folder / name
    if _has_factcheck_table(folder / PYPROJECT):
        return folder / PYPROJECT
    return None


def _has_factcheck_table(path: Path) -> bool:
    """Whether a pyproject.toml configures factcheck; a broken one that mentions it counts, so its error shows."""
    if not path.is_file():
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "tool.factcheck" in text
    return isinstance(data.get("tool"), dict) and "factcheck" in data["tool"]


def config_for(start: str | Path, config_path: Path | None = None, discover: bool = True,
               output_formats: Collection[str] = OUTPUT_FORMATS) -> LoadedConfig | None:
    """The config of a run: `--config FILE` if given, else the nearest file (unless discovery is off)."""
    if config_path is not None:
        return load_config(config_path, output_formats)
    if not discover:
        return None
    found = find_config(start)
    return load_config(found, output_formats) if found else None


# ---------------------------------------------------------------------------------------------------------------
# Reading and checking it


def load_config(path: Path, output_formats: Collection[str] = OUTPUT_FORMATS) -> LoadedConfig:
    """Read and check one config file. Raises ConfigError naming the file, the line and the key."""
    path = Path(path).resolve()
    shown = shown_path(path)
    text = _read(path, shown)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _syntax_error(e, text, shown) from None
    lines = _key_lines(text)
    prefix = PYPROJECT_TABLE if path.name == PYPROJECT else ()
    table: Any = data
    for part in prefix:
        if not isinstance(table, dict) or part not in table:
            raise ConfigError(shown, 1, "tool.factcheck", "no [tool.factcheck] table")
        table = table[part]
    ctx = _Context(shown, lines, prefix, path.parent, tuple(output_formats))
    if not isinstance(table, dict):
        raise ctx.error((), "'tool.factcheck' must be a table")
    return ctx.load(table, path)


def shown_path(path: Path, base: Path | None = None) -> str:
    """A path as the user would write it from `base` (default: the working directory); absolute only when far."""
    base = (base or Path.cwd()).resolve()
    path = Path(path)
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(base).as_posix() or "."
    except ValueError:
        pass
    common = Path(os.path.commonpath([path, base]))
    if common == Path(common.anchor):
        return path.as_posix()
    return Path(os.path.relpath(path, base)).as_posix()


def _read(path: Path, shown: str) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(shown, 1, "", "config file not found") from None
    except OSError as e:
        raise ConfigError(shown, 1, "", f"cannot read the config file: {e.strerror or e}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ConfigError(shown, line, "", f"not UTF-8 (byte 0x{raw[e.start]:02x})") from None


_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


def _syntax_error(e: tomllib.TOMLDecodeError, text: str, shown: str) -> ConfigError:
    """tomllib (3.11) puts the position only in its message: "... (at line 4, column 7)"."""
    message = str(e.args[0]) if e.args else str(e)
    m = _AT.search(message)
    rows = text.split("\n")
    last = max(1, len(text.rstrip("\n").split("\n")))
    line = getattr(e, "lineno", None) or (int(m.group(1)) if m and m.group(1) else last)
    column = getattr(e, "colno", None) or (int(m.group(2)) if m and m.group(2) else None)
    what = _AT.sub("", message) if m else message
    key_match = _ASSIGN.match(rows[line - 1]) if 0 < line <= len(rows) else None
    key = ".".join(_split_key(key_match.group(1))) if key_match else ""
    where = f" in '{key}'" if key else ""
    at = f" (column {column})" if column else ""
    return ConfigError(shown, line, key, f"invalid TOML{where}: {what}{at}")


# The key scanner: tomllib gives no positions for keys, so find the line that defines each key path.

_BARE = r"[A-Za-z0-9_-]+"
_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_HEADER = re.compile(rf"^\s*\[\[?\s*({_DOTTED})\s*\]\]?")
_ASSIGN = re.compile(rf"^\s*({_DOTTED})\s*=")
_PART = re.compile(_KEY)


def _split_key(dotted: str) -> tuple[str, ...]:
    """`tool."factcheck" . severity` → ('tool', 'factcheck', 'severity')."""
    parts = []
    for raw in _PART.findall(dotted):
        if raw[0] == "'":
            parts.append(raw[1:-1])
        elif raw[0] == '"':
            parts.append(tomllib.loads(f"k = {raw}")["k"])
        else:
            parts.append(raw)
    return tuple(parts)


def _code_of(line: str, open_string: str | None) -> tuple[str, str | None]:
    """The line without string contents and comment (to count brackets), and any multi-line string left open."""
    out: list[str] = []
    i = 0
    while i < len(line):
        if open_string:
            end = line.find(open_string, i)
            if end < 0:
                return "".join(out), open_string
            i, open_string = end + 3, None
            continue
        c = line[i]
        if c == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            open_string, i = line[i:i + 3], i + 3
            continue
        if c in "\"'":
            j = i + 1
            while j < len(line) and line[j] != c:
                j += 2 if c == '"' and line[j] == "\\" else 1
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out), open_string


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Key path → the 1-based line that first defines it (a `[table]` header, or `a.b = …` under one)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    depth, open_string = 0, None
    for n, row in enumerate(text.split("\n"), 1):
        at_top = depth == 0 and open_string is None
        code, open_string = _code_of(row, open_string)
        if at_top:
            header, assign = _HEADER.match(row), _ASSIGN.match(row)
            if header:
                table = _split_key(header.group(1))
                keys = table
            elif assign:
                keys = table + _split_key(assign.group(1))
            else:
                keys = ()
            for i in range(1, len(keys) + 1):
                lines.setdefault(keys[:i], n)
        depth = max(0, depth + code.count("[") + code.count("{") - code.count("]") - code.count("}"))
    return lines


# Checking values, key by key.


@dataclass(slots=True)
class _Context:
    shown: str
    lines: dict[tuple[str, ...], int]
    prefix: tuple[str, ...]
    root: Path
    output_formats: tuple[str, ...]
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    refs: list[RuleRef] = field(default_factory=list)

    def line(self, keys: tuple[str, ...]) -> int:
        """The line of a key, or of its nearest parent the scan saw (inline tables, array items)."""
        full = self.prefix + keys
        for i in range(len(full), 0, -1):
            if full[:i] in self.lines:
                return self.lines[full[:i]]
        return 1

    def in_order(self, keys: tuple[str, ...], table: dict[str, Any]) -> list[str]:
        """A table's keys in file order, so the first problem reported is the first in the file."""
        return sorted(table, key=lambda k: (self.line(keys + (k,)), k))

    def where(self, keys: tuple[str, ...]) -> str:
        return f"{self.shown}:{self.line(keys)}"

    def error(self, keys: tuple[str, ...], message: str) -> ConfigError:
        return ConfigError(self.shown, self.line(keys), ".".join(keys), message)

    def set(self, name: str, keys: tuple[str, ...], value: Any) -> None:
        self.values[name] = value
        self.sources[name] = self.where(keys)

    def load(self, table: dict[str, Any], path: Path) -> LoadedConfig:
        for key in self.in_order((), table):
            if key not in KEYS:
                raise self.error((key,), _unknown(key, KEYS))
            KEYS[key](self, (key,), table[key])
        return LoadedConfig(path=path, shown=self.shown, root=self.root,
                            values=MappingProxyType(dict(self.values)),
                            sources=MappingProxyType(dict(sorted(self.sources.items()))),
                            rule_refs=tuple(self.refs))


def _unknown(key: str, known: Iterable[str], prefix: str = "") -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    hint = f"did you mean '{prefix}{close[0]}'?" if close else f"known: {', '.join(sorted(known))}"
    return f"unknown key '{prefix}{key}' ({hint})"


def _kind(value: Any) -> str:
    """A TOML reader's name for a value's type."""
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list",
             dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _name(keys: tuple[str, ...]) -> str:
    return ".".join(k if re.fullmatch(_BARE, k) else f'"{k}"' for k in keys)


def _string(ctx: _Context, keys: tuple[str, ...], value: Any, choices: Sequence[str] = ()) -> str:
    if not isinstance(value, str):
        want = f"one of {', '.join(choices)}" if choices else "a string"
        raise ctx.error(keys, f"'{_name(keys)}' must be {want}, not {_kind(value)}")
    if not value.strip():
        raise ctx.error(keys, f"'{_name(keys)}' must not be empty")
    if choices and value not in choices:
        close = difflib.get_close_matches(value, list(choices), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ctx.error(keys, f"'{_name(keys)}' must be one of {', '.join(choices)}, not '{value}'{hint}")
    return value


def _strings(ctx: _Context, keys: tuple[str, ...], value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ctx.error(keys, f"'{_name(keys)}' must be a list of strings, not {_kind(value)}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            got = f"'{item}'" if isinstance(item, str) else _kind(item)
            raise ctx.error(keys, f"'{_name(keys)}' must be a list of non-empty strings; it has {got}")
    return tuple(value)


def _table(ctx: _Context, keys: tuple[str, ...], value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ctx.error(keys, f"'{_name(keys)}' must be a table of {what}, not {_kind(value)}")
    return value


def _rules(name: str) -> Callable[[_Context, tuple[str, ...], Any], None]:
    def parse(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
        ids = _strings(ctx, keys, value)
        ctx.set(name, keys, ids)
        ctx.refs.extend(RuleRef(rule, name, ctx.where(keys)) for rule in ids)
    return parse


def _globs(name: str) -> Callable[[_Context, tuple[str, ...], Any], None]:
    def parse(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
        ctx.set(name, keys, _strings(ctx, keys, value))
    return parse


def _text(name: str, choices: Callable[[_Context], Sequence[str]] = lambda ctx: ()
          ) -> Callable[[_Context, tuple[str, ...], Any], None]:
    def parse(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
        ctx.set(name, keys, _string(ctx, keys, value, choices(ctx)))
    return parse


def _path(name: str) -> Callable[[_Context, tuple[str, ...], Any], None]:
    def parse(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
        ctx.set(name, keys, _resolve(ctx.root, _string(ctx, keys, value)))
    return parse


def _resolve(root: Path, given: str) -> Path:
    """A path from the file, taken from the file's folder (`~` is the home folder, as in a shell)."""
    p = Path(given).expanduser()
    return Path(os.path.normpath(root / p))


def _extra_rules(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    ctx.set("extra_rules", keys, tuple(_resolve(ctx.root, d) for d in _strings(ctx, keys, value)))


def _reference(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    from .reference import is_pack
    ctx.set("reference", keys, tuple(d if is_pack(d) else _resolve(ctx.root, d) for d in _strings(ctx, keys, value)))


def _paths(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    ctx.set("paths", keys, tuple(_resolve(ctx.root, d) for d in _strings(ctx, keys, value)))


def _flag(name: str) -> Callable[[_Context, tuple[str, ...], Any], None]:
    def parse(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
        if not isinstance(value, bool):
            raise ctx.error(keys, f"'{_name(keys)}' must be true or false, not {_kind(value)}")
        ctx.set(name, keys, value)
    return parse


def _per_file_ignores(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    table = _table(ctx, keys, value, '"glob" = [rule ids]')
    out: dict[str, tuple[str, ...]] = {}
    for glob in ctx.in_order(keys, table):
        entry = keys + (glob,)
        if not glob.strip():
            raise ctx.error(entry, f"'{_name(keys)}': a glob must not be empty")
        ids = _strings(ctx, entry, table[glob])
        out[glob] = ids
        ctx.sources[entry_key("per_file_ignores", glob)] = ctx.where(entry)
        ctx.refs.extend(RuleRef(rule, "per-file-ignores", ctx.where(entry)) for rule in ids)
    ctx.set("per_file_ignores", keys, MappingProxyType(dict(sorted(out.items()))))


def _severity(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    table = _table(ctx, keys, value, 'rule id = "error" | "warning" | "info"')
    levels = tuple(s.value for s in Severity)
    out: dict[str, Severity] = {}
    for rule in ctx.in_order(keys, table):
        entry = keys + (rule,)
        out[rule] = Severity(_string(ctx, entry, table[rule], levels))
        ctx.sources[entry_key("severity", rule)] = ctx.where(entry)
        ctx.refs.append(RuleRef(rule, "severity", ctx.where(entry)))
    ctx.set("severity", keys, MappingProxyType(dict(sorted(out.items()))))


def _formats(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    table = _table(ctx, keys, value, 'suffix = "text" | "markdown" | "html" | "jsonl"')
    out: dict[str, str] = {}
    for suffix in ctx.in_order(keys, table):
        entry = keys + (suffix,)
        if not re.fullmatch(r"\.[^./\\\s]+", suffix):
            raise ctx.error(entry, f"'{_name(entry)}': a suffix starts with a dot and has no other, like \".htm\"")
        out[suffix.lower()] = _string(ctx, entry, table[suffix], INPUT_FORMATS)
        ctx.sources[entry_key("formats", suffix.lower())] = ctx.where(entry)
    ctx.set("formats", keys, MappingProxyType(dict(sorted(out.items()))))


ELECTION_KEYS = ("country", "year")


def _election(ctx: _Context, keys: tuple[str, ...], value: Any) -> None:
    table = _table(ctx, keys, value, "country (a string) and year (an integer)")
    for key in ctx.in_order(keys, table):
        entry = keys + (key,)
        if key not in ELECTION_KEYS:
            raise ctx.error(entry, _unknown(key, ELECTION_KEYS, "election."))
        if key == "country":
            ctx.set("country", entry, _string(ctx, entry, table[key]))
            continue
        year = table[key]
        if not isinstance(year, int) or isinstance(year, bool):
            raise ctx.error(entry, f"'{_name(entry)}' must be an integer, not {_kind(year)}")
        if not 1000 <= year <= 9999:
            raise ctx.error(entry, f"'{_name(entry)}' must be a four-digit year, not {year}")
        ctx.set("year", entry, year)


KEYS: dict[str, Callable[[_Context, tuple[str, ...], Any], None]] = {
    "select": _rules("select"),
    "ignore": _rules("ignore"),
    "severity": _severity,
    "per-file-ignores": _per_file_ignores,
    "extra-rules": _extra_rules,
    "rules-dir": _path("rules_dir"),
    "paths": _paths,
    "include": _globs("include"),
    "exclude": _globs("exclude"),
    "force-exclude": _flag("force_exclude"),
    "formats": _formats,
    "election": _election,
    "fail-on": _text("fail_on", lambda ctx: FAIL_ON),
    "format": _text("format", lambda ctx: ctx.output_formats),
    "model": _text("model"),
    "baseline": _path("baseline"),
    "output": _path("output"),
    "cache-dir": _path("cache_dir"),
    "reference": _reference,
}
"""The keys a config file may have, each with the function that checks it and stores its setting(s)."""


def check_rule_ids(config: LoadedConfig, known: Iterable[str]) -> None:
    """Raise ConfigError for a rule id the file names that no rule has (all but severity take prefixes)."""
    known = sorted(set(known))
    for ref in config.rule_refs:
        exact = ref.key == "severity"
        if ref.rule in known or (not exact and any(k.startswith(ref.rule) for k in known)):
            continue
        close = difflib.get_close_matches(ref.rule, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        shown, _, line = ref.source.rpartition(":")
        raise ConfigError(shown, int(line), ref.key, f"unknown rule '{ref.rule}' in '{ref.key}'{hint}")


# ---------------------------------------------------------------------------------------------------------------
# Merging with the command line


SETTINGS = ("select", "ignore", "severity", "per_file_ignores", "extra_rules", "rules_dir", "paths", "include",
            "exclude", "force_exclude", "formats", "country", "year", "fail_on", "format", "model", "baseline",
            "output", "cache_dir", "reference")
"""Every setting, in the order --show-config lists them; also the keys `resolve` accepts from the CLI."""
FILE_SETTINGS = ("select", "ignore", "severity", "per_file_ignores", "include", "exclude")
"""The settings each file takes from the config nearest it; the rest shape the whole run (see FileConfigs)."""
DISPLAY = {"country": "election.country", "year": "election.year"}
"""Setting → the key that sets it in the file, where it is not just the field name in kebab-case."""
_PATHS = {"rules_dir", "baseline", "output", "cache_dir"}


def key_of(setting: str) -> str:
    """The config-file key of a setting: `extra_rules` → `extra-rules`, `year` → `election.year`."""
    return DISPLAY.get(setting, setting.replace("_", "-"))


def resolve(cli: Mapping[str, Any], config: LoadedConfig | None) -> Effective:
    """Merge: a setting given on the command line wins, then the config file, then the default.

    `cli` holds only what the user gave, keyed by setting name (see SETTINGS); None or an empty
    list means "not given" (an option that was not used). Enum values are taken by their value.
    """
    unknown = sorted(set(cli) - set(SETTINGS))
    if unknown:
        raise ValueError(f"not a setting: {', '.join(unknown)} (settings: {', '.join(SETTINGS)})")
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if config is not None:
        values.update(config.values)
        sources.update(config.sources)
    for name in SETTINGS:
        given = cli.get(name)
        if given is None or (isinstance(given, (list, tuple, dict)) and not given):
            continue
        values[name] = _from_cli(name, given)
        sources = {k: v for k, v in sources.items() if k != name and not k.startswith(f"{name}.")}
        sources[name] = COMMAND_LINE
        if isinstance(values[name], Mapping):
            sources.update({entry_key(name, k): COMMAND_LINE for k in values[name]})
    return Effective(**values, root=config.root if config else Path.cwd(),
                     config_path=config.path if config else None, config_shown=config.shown if config else None,
                     sources=MappingProxyType(dict(sorted(sources.items()))))


def _from_cli(name: str, given: Any) -> Any:
    """Command-line values as the typed field wants them (paths stay as typed: relative to the working folder)."""
    def plain(v: Any) -> Any:
        return v.value if isinstance(v, Enum) else v

    if name == "severity":
        return MappingProxyType({str(k): Severity(plain(v)) for k, v in sorted(dict(given).items())})
    if name == "formats":
        return MappingProxyType({str(k).lower(): str(plain(v)) for k, v in sorted(dict(given).items())})
    if name in ("extra_rules", "paths"):
        return tuple(Path(p) for p in given)
    if name == "force_exclude":
        return bool(given)
    if name == "per_file_ignores":
        return MappingProxyType({str(k): tuple(str(r) for r in v) for k, v in sorted(dict(given).items())})
    if name in _PATHS:
        return Path(given)
    if name == "year":
        return int(given)
    if isinstance(given, (list, tuple)):
        return tuple(str(plain(v)) for v in given)
    return str(plain(given))


# ---------------------------------------------------------------------------------------------------------------
# Each file's own settings


class FileConfigs:
    """Each checked file's settings, from the config nearest it, as ruff does.

    A file takes FILE_SETTINGS (select, ignore, severity, per-file-ignores, include, exclude)
    from the nearest config at or above its folder, merged with the command line as `resolve`
    does; a file with no config above it takes the run's. A folder found by walking is judged
    by its parent folder's config. Everything else shapes the whole run and comes from the
    run's config (`run`). Each folder is looked up once and each file read once, so a walk of
    N files costs N dictionary look-ups. With discovery off (--config FILE, --isolated) every
    file takes the run's settings. A config that turns out broken raises ConfigError when
    first needed; its rule ids are checked against `known_rules` once those are set.
    """

    def __init__(self, cli: Mapping[str, Any], run: Effective, run_config: LoadedConfig | None = None,
                 discover: bool = True, output_formats: Collection[str] = OUTPUT_FORMATS,
                 known_rules: Collection[str] | None = None) -> None:
        self.run = run
        self.discovers = discover
        self.known_rules = known_rules
        self._cli = {k: v for k, v in cli.items() if k in FILE_SETTINGS}
        self._formats = tuple(output_formats)
        self._by_config: dict[Path, Effective] = {run_config.path: run} if run_config is not None else {}
        self._nearest: dict[Path, Path | None] = {}
        self._by_folder: dict[str, Effective] = {}
        self._rules: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def of(self, path: str | Path) -> Effective:
        """The settings of the file (or folder) at `path`: its folder's nearest config's."""
        text = str(path)
        folder = os.path.dirname(text.rstrip("/" + os.sep) or text)
        eff = self._by_folder.get(folder)
        if eff is None:
            eff = self._by_folder[folder] = self._for_folder(Path(folder or ".").resolve())
        return eff

    def distinct(self, paths: Iterable[str | Path]) -> list[Effective]:
        """The different settings the files at `paths` take, each once, in order of first use."""
        seen: dict[int, Effective] = {}
        for path in paths:
            eff = self.of(path)
            seen.setdefault(id(eff), eff)
        return list(seen.values())

    def included(self, path: str | Path, is_dir: bool = False) -> bool:
        """Whether a file (or folder) found by walking is checked: its own include/exclude."""
        return self.of(path).accepts(path, is_dir)

    def force_excluded(self, path: str | Path) -> bool:
        """Whether a path named on the command line is turned away by `exclude` (--force-exclude)."""
        return not self.of(path).accepts(path, os.path.isdir(path), explicit=True)

    def reports(self, rule: str, path: str, built_in: bool = False) -> bool:
        """Whether a finding of `rule` in the file at `path` is reported: the file's select (which leaves
        the built-in diagnostics alone, as --select does), ignore and per-file-ignores."""
        got = self._rules.get(path)
        if got is None:
            eff = self.of(path)
            where = _names_from(os.path.abspath(path), _resolved(eff.root))
            dropped = eff.ignore + tuple(r for glob, rules in eff.per_file_ignores.items()
                                         if _hits(glob, where, False) for r in rules)
            got = self._rules[path] = (eff.select, dropped)
        select, dropped = got
        if select and not built_in and not any(rule == s or rule.startswith(s) for s in select):
            return False
        return not any(rule == s or rule.startswith(s) for s in dropped)

    def _for_folder(self, folder: Path) -> Effective:
        found = self._find(folder) if self.discovers else None
        if found is None:
            return self.run
        eff = self._by_config.get(found)
        if eff is None:
            loaded = load_config(found, self._formats)
            if self.known_rules is not None:
                check_rule_ids(loaded, self.known_rules)
            eff = self._by_config[found] = resolve(self._cli, loaded)
        return eff

    def _find(self, folder: Path) -> Path | None:
        """`find_config` with every folder's answer remembered: a walk looks at each folder once."""
        climbed: list[Path] = []
        here = folder
        while True:
            if here in self._nearest:
                found = self._nearest[here]
                break
            climbed.append(here)
            found = config_in(here)
            if found is not None or here.parent == here:
                break
            here = here.parent
        for f in climbed:
            self._nearest[f] = found
        return found


# ---------------------------------------------------------------------------------------------------------------
# --show-config


NOT_SET = "(not set)"


def render_show_config(effective: Effective, base: Path | None = None) -> str:
    """Every setting, its value and where it came from, aligned; paths shown from `base` (the working folder)."""
    header = (f"# config file: {effective.config_shown}" if effective.config_shown
              else "# no config file found")
    if effective.files is not None and effective.files.discovers:
        header += ("\n# each file takes select, ignore, severity, per-file-ignores, include and exclude from the "
                   "config nearest it (shown: this one's); the rest is the run's")
    rows: list[tuple[str, str, str]] = []
    for name in SETTINGS:
        value = getattr(effective, name)
        key = key_of(name)
        if isinstance(value, Mapping) and value:
            for k in sorted(value):
                rows.append((entry_key(key, k), _toml_value(value[k], base), effective.source(name, k)))
        else:
            rows.append((key, _toml_value(value, base), effective.source(name)))
    wide_key = max(len(r[0]) for r in rows)
    wide_value = max(len(r[1]) for r in rows)
    body = [f"{k:<{wide_key}} = {v:<{wide_value}}  # {s}" for k, v, s in rows]
    return "\n".join([header, *body]) + "\n"


def entry_key(name: str, entry: str) -> str:
    """How one entry of a table setting is named in `sources` and shown: `severity.swing`, `formats.".htm"`."""
    return f"{name}.{_toml_key(entry)}"


def _toml_key(key: str) -> str:
    return key if re.fullmatch(_BARE, key) else f'"{key}"'


def _toml_value(value: Any, base: Path | None) -> str:
    """A value as it would be written in the file (TOML), so the output can be pasted back."""
    if value is None:
        return NOT_SET
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, Path):
        return _quote(shown_path(value, base))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, Mapping):
        return "{}" if not value else "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v, base)}"
                                                      for k, v in sorted(value.items())) + " }"
    return "[" + ", ".join(_toml_value(v, base) for v in value) + "]"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------------------------
# include / exclude


def matches(path: str | Path, include: Sequence[str], exclude: Sequence[str], root: Path,
            is_dir: bool = False) -> bool:
    """Whether a path is checked: it matches an include pattern (or there are none) and no exclude pattern.

    Patterns are gitignore's, taken from `root` (the config file's folder). A pattern with no `/`
    other than a trailing one matches a name at any depth (`drafts`, `*.bak`, `drafts/`); one with
    a `/` at its start or in its middle is anchored at `root` (`/drafts`, `archive/2015/*.md`). A
    trailing `/` matches only folders, and a trailing `/**` means the same (`drafts/**` is
    `drafts/`: any folder named drafts, at any depth; gitignore would anchor it, `/drafts/**`
    does here). `*`, `?` and `[a-z]` stay within a name; `**/` spans any number of folders, none
    included (`**/old/*.txt`, `archive/**/*.md`). A pattern matching a folder matches everything
    under it. A path outside `root` can only be matched by the patterns that match a name. For a
    folder (`is_dir`, to prune a walk) only exclude applies: a folder that no include matches
    may still hold files that do.
    """
    if not include and not exclude:
        return True
    parts = _names_from(os.path.abspath(path), _resolved(root))
    if include and not is_dir and not _any_hit(include, parts, is_dir):
        return False
    return not _any_hit(exclude, parts, is_dir)


@functools.lru_cache(maxsize=64)
def _resolved(root: Path) -> str:
    return str(root.resolve())


def _names_from(full: str, root: str) -> tuple[tuple[str, ...], bool]:
    """The names of `full` (absolute, normalised) from `root` (resolved) and True, or all its names and
    False when it is outside `root`. The path is taken as written, not resolved: as in git, a link is
    matched where it is, and a walk of 10,000 files spends no system calls on it."""
    prefix = root if root.endswith(os.sep) else root + os.sep
    if full.startswith(prefix):
        return tuple(full[len(prefix):].split(os.sep)), True
    if full == root:
        return (), True
    return tuple(n for n in full.split(os.sep) if n), False


def _any_hit(patterns: Sequence[str], where: tuple[tuple[str, ...], bool], is_dir: bool) -> bool:
    return any(_hits(p, where, is_dir) for p in patterns)


@functools.lru_cache(maxsize=1024)
def _pattern(pattern: str) -> tuple[str, bool, bool]:
    """A gitignore pattern as (the glob without its marks, anchored, folders only)."""
    if pattern.endswith("/**") and pattern.strip("/*"):
        pattern = pattern[:-2]  # `drafts/**` is `drafts/`
    dir_only = pattern.endswith("/")
    core = pattern.rstrip("/")
    anchored = "/" in core
    return core.lstrip("/"), anchored, dir_only


def _hits(pattern: str, where: tuple[tuple[str, ...], bool], is_dir: bool) -> bool:
    parts, inside = where
    pattern, anchored, dir_only = _pattern(pattern)
    if not pattern or (anchored and not inside):
        return False
    rx = _glob(pattern)
    # The path itself, then each folder above it: a pattern that matches a folder takes in its contents.
    for end in range(len(parts), 0, -1):
        if dir_only and not (end < len(parts) or is_dir):
            continue
        if rx.fullmatch("/".join(parts[:end]) if anchored else parts[end - 1]):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> re.Pattern[str]:
    """A slash-separated glob as a regex: `*` and `?` stay within one name, `**` spans any number of folders."""
    segments = pattern.split("/")
    out = []
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
        else:
            out.append(_segment(seg))
            if not last:
                out.append("/")
    return re.compile("".join(out))


def _segment(seg: str) -> str:
    """One name's glob as a regex that never crosses a `/`."""
    out, i = [], 0
    while i < len(seg):
        c = seg[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[" and seg.find("]", i + 2) > 0:
            end = seg.find("]", i + 2)
            body = seg[i + 1:end].replace("\\", "\\\\")
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)
