"""Weekday names of Arabic news, and the words around them that make a weekday no date.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "BARE_WEEKDAYS",
    "LATIN_WEEKDAYS",
    "NOT_A_DATE_AFTER",
    "NOT_A_DATE_BEFORE",
    "NTH_WORDS",
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

_MARKET: Final = frozenset({"سوق"})
"""A market named by its day, and the towns named after it (سوق الأربعاء الغرب, سوق السبت,
سوق الخميس in Morocco; سوق الجمعة in Tripoli): a place, no date."""

NOT_A_DATE_BEFORE: Final = MappingProxyType(
    {
        "الاثنين": frozenset({"بين", "كلا", "هذين"}) | _MARKET,  # "the two"
        "الأحد": frozenset({"عبد"}) | _MARKET,  # عبد الأحد: a name («servant of the One»)
        "الإثنين": frozenset({"بين", "كلا", "هذين"}) | _MARKET,
        "الثلاثاء": _MARKET,
        "الثلثاء": _MARKET,
        "الأربعاء": _MARKET,
        "الخميس": _MARKET,
        "السبت": _MARKET,
        # صلاة الجمعة; سورة الجمعة, the 62nd sura of the Quran
        "الجمعة": frozenset({"صلاة", "صلوات", "خطبة", "خطب", "مسجد", "جامع", "إمام", "سورة"})
        | _MARKET,
        # جريدة الغد (Jordan), قناة الغد (Egypt): an outlet's name; the adverb is غدا
        # حزب الغد (Egypt), تيار الغد (Syria): parties named «tomorrow»
        "الغد": frozenset(
            {
                "صحيفة",
                "جريدة",
                "قناة",
                "موقع",
                "مجلة",
                "إذاعة",
                "تلفزيون",
                "شبكة",
                "بوابة",
                "حزب",
                "تيار",
                "عدن",  # عدن الغد (Yemen), a paper named after its city
                # جيل الغد، قادة الغد، عالم الغد: «of the future», the second term of a construct
                "جيل",
                "أجيال",
                "قادة",
                "عالم",
                "مدن",
                "صناع",
                "وظائف",
                "اقتصاد",
            }
        ),
        # عالم اليوم، جيل اليوم، إنسان اليوم: «of today», the second term of a construct
        "اليوم": frozenset({"عالم", "جيل", "أجيال", "إنسان"}),
        # وقد غدا الوضع أكثر تعقيدا: the verb "became" after قد or a relative pronoun
        "غدا": frozenset({"قد", "الذي", "عندما", "بعدما"}),
    }
)
"""Weekday and day words that are not dates after these words (صلاة الجمعة, بين الاثنين,
صحيفة الغد, لقد غدا, جيل الغد, عالم اليوم)."""

NOT_A_DATE_AFTER: Final = MappingProxyType(
    {
        "الأحد": frozenset({"عشر"}),  # الأحد عشر: "the eleven", not Sunday
        "بكرة": frozenset({"أبيهم", "أبيها", "أبيه"}),  # عن بكرة أبيهم: all of them
        "غدوة": frozenset({"وعشية", "وعشيا", "وعشيها"}),  # بين غدوة وعشية: morning and evening
    }
)
"""Weekday and day words that are not dates before these words (الأحد عشر, عن بكرة أبيهم)."""

BARE_WEEKDAYS: Final = MappingProxyType(
    {
        "اثنين": 0,
        "إثنين": 0,
        "ثلاثاء": 1,
        "ثلاثا": 1,
        "أربعاء": 2,
        "أربعا": 2,
        "خميس": 3,
        "جمعة": 4,
        "سبت": 5,
        "أحد": 6,
    }
)
"""Weekdays without the article, read only after an ordinal of :data:`NTH_WORDS`
(ثالث ثلاثاء من سبتمبر; alone أحد and اثنين are numbers)."""

NTH_WORDS: Final = MappingProxyType(
    {
        # before a bare weekday: أول خميس من رمضان, آخر جمعة من الشهر
        "أول": 1,
        "ثاني": 2,
        "ثان": 2,
        "ثالث": 3,
        "رابع": 4,
        "خامس": 5,
        "آخر": -1,
        # after a weekday (the masculine ordinals are in ORDINAL_DAYS): الجمعة الأولى من رمضان
        "الأولى": 1,
        "الثانية": 2,
        "الثالثة": 3,
        "الرابعة": 4,
        "الخامسة": 5,
        "الأخير": -1,
        "الأخيرة": -1,
    }
)
"""Ordinals of a weekday within a month -> which one (-1: the last): الخميس الأخير من مارس.

After a weekday, الثالث من سبتمبر may also be the 3rd: the day wins when it falls on
that weekday, else the third Tuesday."""
