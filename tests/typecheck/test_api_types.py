"""Exercises the public API under ``mypy --strict``: the types users see must hold.

This module is type-checked (``mypy`` covers ``tests/``) and also run by pytest.
The folder is not called ``tests/typing``: that would shadow the standard library.
"""

from __future__ import annotations

import attrs

import diplomatext


def normalization() -> None:
    """The normalize module's types."""
    text: str = diplomatext.normalize("إتفاقيّة", "search")
    result: diplomatext.Normalized = diplomatext.normalize_with_map(text, diplomatext.MATCHING)
    span: tuple[int, int] = result.to_original(0, len(result.text))
    steps: tuple[str, ...] = result.steps
    changes: tuple[diplomatext.Change, ...] = result.explain()
    options: diplomatext.NormalizeOptions = attrs.evolve(diplomatext.STANDARD, digits=False)
    assert span[0] <= span[1]
    assert isinstance(steps, tuple)
    assert isinstance(changes, tuple)
    assert not options.digits


def test_api_types_run() -> None:
    """The annotated calls above also run."""
    normalization()
