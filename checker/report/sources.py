"""Source lines for diagnostics, from the documents this run read."""

from __future__ import annotations

from ..corpus import Document


class Sources:
    """Lines of the checked files, by path, from the documents the run read and nothing else.

    A finding's path is never opened here: one that came from somewhere else (a cache made by
    another user, a baseline) must not make a report print the lines of a file outside the corpus.
    """

    def __init__(self, documents: dict[str, Document] | None = None):
        self._docs: dict[str, Document] = dict(documents or {})

    def add(self, document: Document) -> None:
        self._docs[document.path] = document

    def line(self, path: str, line: int) -> str:
        doc = self._docs.get(path)
        return doc.line_text(line) if doc is not None else ""
