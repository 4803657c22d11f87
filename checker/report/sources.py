"""Source lines for diagnostics, fetched only for the places a report points at."""

from __future__ import annotations

from ..corpus import Document, read


class Sources:
    """Lines of the checked files, by path: from documents already in memory, else re-read.

    Keeping every text in memory is not needed to quote a handful of lines, so files
    not handed in are read lazily (and cached) the first time a finding points into them.
    """

    def __init__(self, documents: dict[str, Document] | None = None):
        self._docs: dict[str, Document | None] = dict(documents or {})

    def add(self, document: Document) -> None:
        self._docs[document.path] = document

    def line(self, path: str, line: int) -> str:
        if path not in self._docs:
            got = read(path)
            self._docs[path] = got if isinstance(got, Document) else None
        doc = self._docs[path]
        return doc.line_text(line) if doc is not None else ""
