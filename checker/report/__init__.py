"""Render a Report: text for editors, JSON for pipelines, and the claims dump; the CI formats
(sarif, github, junit, gitlab) and the HTML page are in their own modules, chosen in checker.outputs.

Renderers are pure: they take the report (and a way to fetch source lines) and return
a string, so they can be tested without a terminal and written to any stream.
"""

from .claims import render_claims_json, render_claims_table
from .jsonfmt import SCHEMA, render_json, report_to_dict
from .sources import Sources
from .text import render_text

__all__ = ["SCHEMA", "Sources", "render_claims_json", "render_claims_table", "render_json",
           "render_text", "report_to_dict"]
