"""Sphinx configuration of the diplomatext documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "diplomatext"
author = "diplomatext developers"
copyright = "2026, diplomatext developers"
release = _version("diplomatext")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
# Tables and limits are documented by their docstrings; their values (hundreds of
# entries) would drown the page.
autodoc_default_options = {"members": True, "show-inheritance": True, "no-value": True}
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"diplomatext {release}"
language = "en"
