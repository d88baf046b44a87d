"""Sentences written in the styles of outlets the seed articles do not come from.

SPA, MAP, APS, TAP, INA, NNA, Petra, WAM, Anadolu, Egyptian and Levantine
dailies: their month systems, datelines and treaty spellings. The expected
mentions were written by hand before the finders ran on them, as a check that
the rules generalize beyond the five seed articles; they are kept here so that
they stay true. Each row is in ``tests/cases/outlets.jsonl``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplomatext import find_dates, find_treaties
from tests.tables import load_cases

ROWS = load_cases("outlets.jsonl")


def test_rows_are_unique() -> None:
    assert len({row["label"] for row in ROWS}) == len(ROWS)
    assert len({(row["task"], row["text"]) for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["task"] == "dates"], ids=lambda row: row["label"]
)
def test_dates(row: dict[str, Any]) -> None:
    reference = dt.date.fromisoformat(row["reference"])
    found = [
        {"text": m.text, "value": m.value, **({"mod": m.mod.value} if m.mod else {})}
        for m in find_dates(row["text"], reference=reference)
    ]
    assert found == row["expected"]


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["task"] == "treaties"], ids=lambda row: row["label"]
)
def test_treaties(row: dict[str, Any]) -> None:
    reference = dt.date.fromisoformat(row["reference"])
    found = [
        {"text": m.text, "id": m.treaty.id} for m in find_treaties(row["text"], reference=reference)
    ]
    assert found == row["expected"]
