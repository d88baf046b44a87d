"""``import diplomatext`` stays cheap: a static version, public names loaded on first use.

Import time is measured by ``python -X importtime -c "import diplomatext"`` (see
docs/explanation/performance.md), never by a timed test; these tests check the
structure that keeps it low, which fails the same on any machine.
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import diplomatext

ROOT = Path(__file__).parents[1]
INIT = Path(diplomatext.__file__)


def test_version_is_the_one_of_pyproject() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = pyproject.split("[project]", 1)[1]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    assert match is not None, "pyproject.toml has no static [project] version"
    assert diplomatext.__version__ == match.group(1)


def _fresh(code: str) -> str:
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own code)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_import_loads_no_metadata_and_no_finder() -> None:
    code = (
        "import sys, diplomatext; "
        "print(sorted(m for m in ('importlib.metadata', 'diplomatext.dates', "
        "'diplomatext.treaties', 'diplomatext.articles') if m in sys.modules))"
    )
    assert _fresh(code) == "[]"


def test_a_name_loads_its_module_on_first_use() -> None:
    code = (
        "import sys, diplomatext; f = diplomatext.find_dates; "
        "print('diplomatext.dates' in sys.modules, 'diplomatext.treaties' in sys.modules, "
        "callable(diplomatext.normalize))"
    )
    # normalize stays the function, not the submodule of the same name
    assert _fresh(code) == "True False True"


def _type_checking_imports() -> dict[str, str]:
    """Name -> module of the imports under ``if TYPE_CHECKING:`` in ``diplomatext/__init__``."""
    found: dict[str, str] = {}
    for node in ast.parse(INIT.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    found.update((alias.name, statement.module) for alias in statement.names)
    return found


def test_lazy_table_agrees_with_exports_and_typed_imports() -> None:
    homes = diplomatext._HOMES  # noqa: SLF001
    eager = set(importlib.import_module("diplomatext.normalize").__all__)
    assert set(homes) == set(diplomatext.__all__) - {"__version__"} - eager
    assert homes == _type_checking_imports()


@pytest.mark.parametrize("name", sorted(set(diplomatext.__all__) - {"__version__"}))
def test_every_name_is_the_object_of_its_module(name: str) -> None:
    home = diplomatext._HOMES.get(name, "diplomatext.normalize")  # noqa: SLF001
    assert getattr(diplomatext, name) is getattr(importlib.import_module(home), name)


def test_unknown_names_and_dir() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        diplomatext.nothing_here  # type: ignore[attr-defined]  # noqa: B018
    assert set(diplomatext.__all__) <= set(dir(diplomatext))
    assert diplomatext.articles.parse_article is diplomatext.parse_article
