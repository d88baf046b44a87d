"""Data tables of diplomatext, kept apart from the logic that uses them.

Tables import nothing from the logic modules. ``DATA_VERSION`` changes whenever
a table or the shipped gazetteer changes in a way that can change results.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DATA_VERSION"]

DATA_VERSION: Final = "2026.12.28"
"""Version of the shipped tables and gazetteer: it changes whenever they change in a way
that can change results, so a corpus run can record which data it used."""
