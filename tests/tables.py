"""Reading the JSON Lines case tables of ``tests/cases/`` (see its README), and the scripts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType

CASES = Path(__file__).parent / "cases"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (the scripts folder is no package)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every row of the JSON Lines file at *path* (blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_cases(name: str) -> list[dict[str, Any]]:
    """Every row of ``tests/cases/<name>``."""
    return read_jsonl(CASES / name)


def case_params(rows: list[dict[str, Any]]) -> list[Any]:
    """One ``pytest.param`` per row, with its label as id.

    A row with ``"expect": "fail"`` is a known limitation: it runs as
    ``xfail(strict=True)``, so a fix turns it red until the row is moved.
    """
    return [
        pytest.param(
            row,
            id=row["label"],
            marks=[pytest.mark.xfail(strict=True, reason=row.get("comment", ""))]
            if row.get("expect") == "fail"
            else [],
        )
        for row in rows
    ]
