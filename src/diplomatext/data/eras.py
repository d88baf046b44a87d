"""Era marks written after a year: هـ, م, ميلادي, للهجرة.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ERA_MARKS",
]

ERA_MARKS: Final = MappingProxyType(
    {
        "هـ": "hijri",
        "ه": "hijri",  # bare heh after digits
        "ھ": "hijri",  # Urdu heh doachashmee
        "هجري": "hijri",
        "هجرية": "hijri",
        "الهجري": "hijri",
        "الهجرية": "hijri",
        "للهجرة": "hijri",
        "هجريا": "hijri",  # the adverb: لعام 1444 هجريًا، 1444هجريا
        "ميلاديا": "gregorian",
        "م": "gregorian",  # after a year; after a clock time it is PM
        "ميلادي": "gregorian",
        "ميلادية": "gregorian",
        "الميلادي": "gregorian",
        "الميلادية": "gregorian",
        "للميلاد": "gregorian",
        "ء": "gregorian",  # Urdu عیسوی mark in South-Asian Arabic text: CE, not Hijri
    }
)
"""Era marks written after a year -> calendar."""
