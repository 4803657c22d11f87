"""`python -m checker` is the `factcheck` command."""

from .launch import main

main()
