"""Extraction: documents → claims and mentions, with a spaCy pipeline built from rules/."""

from .pipeline import build_pipeline, extract, load_language, to_extraction

__all__ = ["build_pipeline", "extract", "load_language", "to_extraction"]
