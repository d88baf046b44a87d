"""Weekday names of Arabic news, and the words around them that make a weekday no date.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "LATIN_WEEKDAYS",
    "NOT_A_DATE_AFTER",
    "NOT_A_DATE_BEFORE",
    "WEEKDAYS",
]

WEEKDAYS: Final = MappingProxyType(
    {
        "الإثنين": 0,  # Python's date.weekday(): Monday is 0
        "الاثنين": 0,
        "الأثنين": 0,  # common misspelling
        "الثلاثاء": 1,
        "الثلثاء": 1,  # older spelling, still printed
        "الثلاثا": 1,  # final hamza dropped
        "الأربعاء": 2,
        "الأربعا": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,  # only with the article: أحد is "one"
    }
)
"""Weekday names (with the article; bare أحد, اثنين are numbers) -> ``date.weekday()``."""

LATIN_WEEKDAYS: Final = MappingProxyType(
    {
        "Monday": 0,
        "monday": 0,
        "MONDAY": 0,
        "Tuesday": 1,
        "tuesday": 1,
        "TUESDAY": 1,
        "Wednesday": 2,
        "wednesday": 2,
        "WEDNESDAY": 2,
        "Thursday": 3,
        "thursday": 3,
        "THURSDAY": 3,
        "Friday": 4,
        "friday": 4,
        "FRIDAY": 4,
        "Saturday": 5,
        "saturday": 5,
        "SATURDAY": 5,
        "Sunday": 6,
        "sunday": 6,
        "SUNDAY": 6,
    }
)
"""English weekday names in Arabic pages (Monday 3 June 2024) -> ``date.weekday()``."""

NOT_A_DATE_BEFORE: Final = MappingProxyType(
    {
        "الاثنين": frozenset({"بين", "كلا", "هذين"}),  # "the two"
        "الإثنين": frozenset({"بين", "كلا", "هذين"}),
        "الجمعة": frozenset({"صلاة", "صلوات", "خطبة", "خطب", "مسجد", "جامع", "إمام"}),
    }
)
"""Weekday variants that are not dates after these words (صلاة الجمعة, بين الاثنين)."""

NOT_A_DATE_AFTER: Final = MappingProxyType(
    {
        "الأحد": frozenset({"عشر"}),  # الأحد عشر: "the eleven", not Sunday
        "بكرة": frozenset({"أبيهم", "أبيها", "أبيه"}),  # عن بكرة أبيهم: all of them
    }
)
"""Weekday and day words that are not dates before these words (الأحد عشر, عن بكرة أبيهم)."""
