"""Render a Report: text for editors, JSON for pipelines, and the claims dump.

Renderers are pure: they take the report (and a way to fetch source lines) and return
a string, so they can be tested without a terminal and written to any stream.
"""

from .claims import render_claims_json, render_claims_table
from .jsonfmt import SCHEMA, render_json, report_to_dict
from .sources import Sources
from .text import render_text

FORMATS = ("text", "json")

__all__ = ["FORMATS", "SCHEMA", "Sources", "render_claims_json", "render_claims_table", "render_json",
           "render_text", "report_to_dict"]
