"""`python -m checker` is the `factcheck` command."""

from .cli import main

main()
