"""`python -m checker` is the `factcheck` command."""

from .run.launch import main

main()
