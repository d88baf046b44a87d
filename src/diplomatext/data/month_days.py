"""Words that name a day of a month: ordinal days (العاشر من), غرة and سلخ.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "MONTH_DAY_WORDS",
    "ORDINAL_DAYS",
]

ORDINAL_DAYS: Final = MappingProxyType(
    {
        "الأول": 1,
        "الفاتح": 1,  # Maghreb, Libya: الفاتح من نوفمبر 1954 (the first)
        "الثاني": 2,
        "الثالث": 3,
        "الرابع": 4,
        "الخامس": 5,
        "السادس": 6,
        "السابع": 7,
        "الثامن": 8,
        "التاسع": 9,
        "العاشر": 10,
        "الحادي عشر": 11,
        "الثاني عشر": 12,
        "الثالث عشر": 13,
        "الرابع عشر": 14,
        "الخامس عشر": 15,
        "السادس عشر": 16,
        "السابع عشر": 17,
        "الثامن عشر": 18,
        "التاسع عشر": 19,
        "العشرين": 20,
        "الحادي والعشرين": 21,
        "الثاني والعشرين": 22,
        "الثالث والعشرين": 23,
        "الرابع والعشرين": 24,
        "الخامس والعشرين": 25,
        "السادس والعشرين": 26,
        "السابع والعشرين": 27,
        "الثامن والعشرين": 28,
        "التاسع والعشرين": 29,
        "الثلاثين": 30,
        "الحادي والثلاثين": 31,
        # الواحد for الحادي, as Maghrebi print writes it (الواحد والعشرين من شتنبر)
        "الواحد والعشرين": 21,
        "الواحد والثلاثين": 31,
        # with عشرة, as print often writes them (الثالث عشرة من شباط)
        "الحادي عشرة": 11,
        "الثاني عشرة": 12,
        "الثالث عشرة": 13,
        "الرابع عشرة": 14,
        "الخامس عشرة": 15,
        "السادس عشرة": 16,
        "السابع عشرة": 17,
        "الثامن عشرة": 18,
        "التاسع عشرة": 19,
        # nominative forms (الجمعة الحادي والعشرون)
        "العشرون": 20,
        "الحادي والعشرون": 21,
        "الثاني والعشرون": 22,
        "الثالث والعشرون": 23,
        "الرابع والعشرون": 24,
        "الخامس والعشرون": 25,
        "السادس والعشرون": 26,
        "السابع والعشرون": 27,
        "الثامن والعشرون": 28,
        "التاسع والعشرون": 29,
        "الثلاثون": 30,
        "الحادي والثلاثون": 31,
        "الواحد والعشرون": 21,
        "الواحد والثلاثون": 31,
    }
)
"""Ordinal day words, found before من + a month (الأول من يناير, العاشر من الشهر الجاري)."""

MONTH_DAY_WORDS: Final = MappingProxyType(
    {
        "غرة": 1,  # the first day (غرة ذي القعدة, غرة جانفي, غرة الشهر المقبل)
        "الفاتح": 1,  # Maghreb, Libya: الفاتح جانفي 2024, without من (the first)
        "فاتح": 1,  # the first day in the Maghreb (فاتح يوليوز, فاتح دجنبر)
        "أول": 1,  # أول يناير, أول تموز, أول الشهر المقبل: the 1st (أوائل is the first days)
        "سلخ": -1,  # the last day; rare, and "skinning" elsewhere: only before a month
    }
)
"""Words naming one day of a month, before a month name or الشهر -> day (-1: the last).

مطلع and مستهل are not here: news uses them for the first days of a period
(a ``START`` part, see :data:`PERIOD_PARTS`), غرة for its first day.
"""
