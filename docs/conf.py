"""Sphinx configuration of the diplomatext documentation."""

from __future__ import annotations

import re
from importlib.metadata import version as _version
from typing import Any

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


_TYPE_LIKE = re.compile(r"^[\w.\[\], |…~`:]+$")


def _plain_attribute_docstrings(  # noqa: PLR0917 (the signature Sphinx calls)
    app: object, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Undo napoleon reading "X: Y" in an attribute's first line as "type: description".

    Our attribute and table docstrings are prose ("The date of a named event
    (ثورة 25 يناير): not resolved ..."); napoleon turns the part before the
    colon into a ``:type:`` field. Runs after napoleon and puts prose back.
    """
    del app, name, obj, options
    if what not in {"attribute", "data"}:
        return
    for index, line in enumerate(lines):
        kind = line.strip().removeprefix(":type:").strip()
        if line.strip().startswith(":type:") and (
            not _TYPE_LIKE.match(kind) or len(kind.split()) > 3  # noqa: PLR2004
        ):
            del lines[index]
            first = next(i for i, text in enumerate(lines) if text.strip())
            lines[first] = f"{kind}: {lines[first].strip()}"
            while lines and not lines[-1].strip():
                lines.pop()
            return


def setup(app: Any) -> None:  # noqa: ANN401 (Sphinx's application object)
    """Connect the docstring repair after napoleon's (priority 500)."""
    app.connect("autodoc-process-docstring", _plain_attribute_docstrings, priority=600)
