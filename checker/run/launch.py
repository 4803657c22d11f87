"""The `factcheck` command: start the standby before the CLI's own imports, then run the CLI.

The standby (checker/run/standby.py) imports spaCy on another core while this process starts
up, in case the run extracts only a few articles. The arguments are scanned here only to
rule it out early (--no-cache, --jobs 1, --version, ...); the CLI, once it has read the
config, decides whether to use it or stop it.
"""

from __future__ import annotations

import os
import sys

from .processes import default_jobs, on_sigterm_interrupt
from .standby import Standby

DEFAULT_CACHE_DIR = ".factcheck_cache"
"""The CLI's default cache folder (checker/cli.py `DEFAULT_CACHE`)."""
NOT_EXTRACTING = frozenset({"--version", "-h", "--help", "--list-rules", "--show-config", "--no-cache"})
NOT_EXTRACTING_WITH_VALUE = ("--explain", "--scheduler")


def may_use_standby(argv: list[str], cores: int) -> bool:
    """On the arguments alone, whether this run could extract a few articles from a cached run
    with two or more processes."""
    jobs = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg in NOT_EXTRACTING or arg.split("=", 1)[0] in NOT_EXTRACTING_WITH_VALUE:
            return False
        if arg in ("-j", "--jobs") and i + 1 < len(argv):
            jobs = argv[i + 1]
        elif arg.startswith("--jobs="):
            jobs = arg.split("=", 1)[1]
        elif arg.startswith("-j") and len(arg) > 2:
            jobs = arg[2:]
    try:
        n = int(jobs) if jobs is not None else 0
    except ValueError:
        return False  # the CLI says what is wrong with it
    return (n or cores) >= 2


def guess_folders(argv: list[str]) -> tuple[tuple[str, ...], str]:
    """The folders the arguments name (the copy's, most likely) and the cache folder (`--cache-dir`, else
    the default), told without the CLI or the config: the standby looks there at once for a story edited
    since the cache was written (checker/run/standby.py `edited`), before the CLI has its settings. Only
    when spaCy is imported depends on it: a folder that is not the copy's, or a cache folder the config
    moves, only leaves the standby to wait for the CLI's hint, as before."""
    folders, cache = [], DEFAULT_CACHE_DIR
    rest = False
    for i, arg in enumerate(argv):
        if rest or not arg.startswith("-"):
            if (rest or i == 0 or argv[i - 1] != "--cache-dir") and os.path.isdir(arg):
                folders.append(arg)
        elif arg == "--":
            rest = True
        elif arg == "--cache-dir" and i + 1 < len(argv):
            cache = argv[i + 1]
        elif arg.startswith("--cache-dir="):
            cache = arg.split("=", 1)[1]
    return tuple(folders), cache


def main() -> None:
    argv = sys.argv[1:]
    standby = Standby(guess=guess_folders(argv)) if may_use_standby(argv, default_jobs()) else None
    on_sigterm_interrupt()  # `kill` and CI cancellations clean up as Ctrl-C does: no worker left behind
    try:
        from ..cli import main as cli_main

        cli_main(standby=standby)
    finally:
        if standby is not None:
            standby.close()
