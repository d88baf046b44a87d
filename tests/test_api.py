"""The public surface: exports, reference pages and docstring examples cannot drift apart."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

import diplomatext

REFERENCE = Path(__file__).parents[1] / "docs" / "reference"
_AUTOMODULE = re.compile(
    r"\.\. automodule:: (?P<module>[\w.]+)\n(?P<options>(?:[ \t]+:.*\n)*)", re.MULTILINE
)
_AUTODATA = re.compile(r"\.\. auto(?:data|class|function):: ([\w.]+)\.(\w+)")
_VALUES = {"__version__"}  # the package version, documented by its metadata


def _documented() -> dict[str, set[str] | None]:
    """Module -> the members its reference page lists (None: all of its ``__all__``)."""
    found: dict[str, set[str] | None] = {}
    for page in REFERENCE.glob("*.md"):
        for match in _AUTOMODULE.finditer(page.read_text(encoding="utf-8")):
            members: set[str] | None = None
            for option in match["options"].splitlines():
                key, _, value = option.strip().partition(" ")
                if key == ":members:" and value.strip():
                    members = {name.strip() for name in value.split(",")}
            found[match["module"]] = members
        for module, name in _AUTODATA.findall(page.read_text(encoding="utf-8")):
            listed = found.setdefault(module, set())
            if listed is not None:
                listed.add(name)
    return found


def _home(name: str) -> str:
    """The public submodule whose ``__all__`` holds *name*."""
    for module_name in _documented():
        module = importlib.import_module(module_name)
        if name in getattr(module, "__all__", ()):
            return module_name
    return ""


def test_all_is_importable() -> None:  # ruff's RUF022 keeps it sorted
    for name in diplomatext.__all__:
        assert hasattr(diplomatext, name), name


@pytest.mark.parametrize("name", sorted(set(diplomatext.__all__) - _VALUES))
def test_public_name_is_on_its_reference_page(name: str) -> None:
    home = _home(name)
    assert home, f"{name} is exported but no docs/reference page documents a module holding it"
    members = _documented()[home]
    assert members is None or name in members, f"{name} missing from the :members: of {home}"


def _documented_by_example(name: str) -> bool:
    """Functions and classes; errors share the runnable example of diplomatext.errors."""
    obj = getattr(diplomatext, name)
    if inspect.isclass(obj):
        return not issubclass(obj, Exception)
    return inspect.isfunction(obj)


@pytest.mark.parametrize(
    "name", sorted(name for name in diplomatext.__all__ if _documented_by_example(name))
)
def test_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(diplomatext, name)) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no runnable example"
    assert "versionadded" in doc, f"{name}'s docstring does not say when it was added"
