"""Parts of periods and named periods: مطلع, منتصف, نحو; seasons, quarters, decades, centuries.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AGE_NOUNS",
    "APPROX_LEADS",
    "APPROX_WORDS",
    "ARRIVAL_WORDS",
    "CENTURIES",
    "DECADES",
    "MONTH_ONLY_PARTS",
    "PERIOD_PARTS",
    "QUARTERS",
    "SEASONS",
    "WITHIN_LEADS",
]

PERIOD_PARTS: Final = MappingProxyType(
    {
        "بداية": "START",
        "بدايات": "START",
        "مطلع": "START",
        "أوائل": "START",
        "مستهل": "START",
        "أول": "START",  # أول 2024: the first third; before a month it is the 1st (MONTH_DAY_WORDS)
        "منتصف": "MID",
        "أواسط": "MID",
        "نهاية": "END",
        "نهايات": "END",
        "أواخر": "END",
        "آخر": "END",
        "ختام": "END",
        "متم": "END",  # Morocco: متم العام, متم الشهر الجاري (the end of)
        "موفى": "END",  # Tunisia: موفى أوت 2023, موفى السنة الجارية (the end of)
        "نص": "MID",  # colloquial; only before a month (MONTH_ONLY_PARTS)
        "نصف": "MID",
        # the first or last days of a period, with من: الأيام الأولى من الشهر المقبل
        "الأيام الأولى من": "START",
        "الأسابيع الأولى من": "START",
        "الأيام الأخيرة من": "END",
        "الأسابيع الأخيرة من": "END",
        # the first or last ten days, of Ramadan and Dhu al-Hijja above all: العشر الأواخر من رمضان
        "العشر الأوائل من": "START",
        "العشر الأولى من": "START",
        "العشر الأواخر من": "END",
        "العشر الأخيرة من": "END",
    }
)
"""Period-part words before a month, a year or a unit -> TIMEX3 ``mod``."""

ARRIVAL_WORDS: Final = frozenset({"حلول", "اقتراب", "دخول"})
"""Nouns of a period's coming that make a bare Hijri month a month (مع حلول رمضان, قبيل دخول
ذي الحجة), as a period part does; not قدوم or استقبال, which also come before a person
(استقبال رجب طيب أردوغان)."""

MONTH_ONLY_PARTS: Final = frozenset({"نص", "نصف"})
"""Period parts read only before a month (نص شهر آذار, في نصف شهر مارس: mid-March); before
anything else they are a half (نصف الشهر, نصف عام: a length of time)."""

APPROX_LEADS: Final = frozenset({"أكثر", "أقل", "يقرب", "يزيد", "يقل", "أزيد"})  # أزيد: Maghreb
"""Words that, with من / على / عن after them, approximate a distance's count (قبل أكثر من
أسبوع، منذ ما يزيد على عام، بعد ما يقرب من شهر): ``mod`` APPROX, the count as written."""

APPROX_WORDS: Final = frozenset({"حوالي", "نحو", "قرابة", "زهاء", "يقارب"})
"""Approximation words before a year expression (نحو عام 2000) -> ``mod`` APPROX; يقارب after
ما (منذ ما يقارب ثلاثة أشهر)."""

SEASONS: Final = MappingProxyType(
    {
        "الربيع": "SP",
        "ربيع": "SP",  # alone; ربيع الأول is a Hijri month (longest match wins)
        "الصيف": "SU",
        "صيف": "SU",
        "الصائفة": "SU",  # Tunisia, Algeria: the summer (الصائفة الماضية, صائفة 2014)
        "صائفة": "SU",
        "الخريف": "FA",
        "خريف": "FA",
        "الشتاء": "WI",
        "شتاء": "WI",
    }
)
"""Seasons -> TIMEX3 season code; found only with a year or a relative word."""

WITHIN_LEADS: Final = frozenset({"في وقت سابق من", "في وقت لاحق من"})
"""Words before a bare العام, الشهر or الأسبوع that make it the reference's own, as a period
part does (في وقت سابق من العام: earlier this year; في وقت لاحق من الشهر: later this month)."""

QUARTERS: Final = MappingProxyType(
    {
        "الربع الأول": "Q1",
        "الربع الثاني": "Q2",
        "الربع الثالث": "Q3",
        "الربع الرابع": "Q4",
        "الربع الأخير": "Q4",
        "النصف الأول": "H1",
        "النصف الثاني": "H2",
        "النصف الأخير": "H2",
        # the Maghreb (Tunisia's INS, Algeria's ONS, Morocco's HCP): الثلاثي الأول من 2024
        "الثلاثي الأول": "Q1",
        "الثلاثي الثاني": "Q2",
        "الثلاثي الثالث": "Q3",
        "الثلاثي الرابع": "Q4",
        "الثلاثي الأخير": "Q4",
        "السداسي الأول": "H1",
        "السداسي الثاني": "H2",
        "الثلاثية الأولى": "Q1",  # Algeria: الثلاثية الأولى من سنة 2023
        "الثلاثية الثانية": "Q2",
        "الثلاثية الثالثة": "Q3",
        "الثلاثية الرابعة": "Q4",
        "الثلاثية الأخيرة": "Q4",
        # company results in Morocco and the Gulf: الفصل الأول من 2024 (before a year only: الفصل
        # الأول من الرواية is a chapter, الفصل الدراسي a school term)
        "الفصل الأول": "Q1",
        "الفصل الثاني": "Q2",
        "الفصل الثالث": "Q3",
        "الفصل الرابع": "Q4",
        "الفصل الأخير": "Q4",
    }
)
"""Quarters and halves of a year -> TIMEX3 code; found only before a year."""

AGE_NOUNS: Final = frozenset({"عمره", "عمرها", "عمرهم", "عمرهما", "العمر", "عمري", "عمرك"})
"""Nouns of age after a decade and من: شاب في العشرينات من عمره is a person in his twenties,
not the 1920s."""

DECADES: Final = MappingProxyType(
    {
        "العشرينيات": 2,
        "العشرينات": 2,
        "الثلاثينيات": 3,
        "الثلاثينات": 3,
        "الأربعينيات": 4,
        "الأربعينات": 4,
        "الخمسينيات": 5,
        "الخمسينات": 5,
        "الستينيات": 6,
        "الستينات": 6,
        "السبعينيات": 7,
        "السبعينات": 7,
        "الثمانينيات": 8,
        "الثمانينات": 8,
        "التسعينيات": 9,
        "التسعينات": 9,
        # construct state, before القرن: تسعينيات القرن الماضي
        "عشرينيات": 2,
        "عشرينات": 2,
        "ثلاثينيات": 3,
        "ثلاثينات": 3,
        "أربعينيات": 4,
        "أربعينات": 4,
        "خمسينيات": 5,
        "خمسينات": 5,
        "ستينيات": 6,
        "ستينات": 6,
        "سبعينيات": 7,
        "سبعينات": 7,
        "ثمانينيات": 8,
        "ثمانينات": 8,
        "تسعينيات": 9,
        "تسعينات": 9,
    }
)
"""Decades -> their tens digit (التسعينيات: the 1990s, TIMEX3 ``199``).

A definite decade stands alone (في الثمانينيات); an indefinite one needs a century
after it (ثمانينيات القرن الماضي). Without a century, a decade is the latest one
of its name that ended before the reference year.
"""

CENTURIES: Final = MappingProxyType(
    {
        "القرن الأول": 0,
        "القرن الثاني": 1,
        "القرن الثالث": 2,
        "القرن الرابع": 3,
        "القرن الخامس": 4,
        "القرن السادس": 5,
        "القرن السابع": 6,
        "القرن الثامن": 7,
        "القرن التاسع": 8,
        "القرن العاشر": 9,
        "القرن الحادي عشر": 10,
        "القرن الثاني عشر": 11,
        "القرن الثالث عشر": 12,
        "القرن الرابع عشر": 13,
        "القرن الخامس عشر": 14,
        "القرن السادس عشر": 15,
        "القرن السابع عشر": 16,
        "القرن الثامن عشر": 17,
        "القرن التاسع عشر": 18,
        "القرن العشرين": 19,
        "القرن العشرون": 19,
        "القرن الحادي والعشرين": 20,
        "القرن الحادي والعشرون": 20,
        "القرن الواحد والعشرين": 20,  # (the cardinal for the ordinal, as speech has it)
        "القرن الواحد والعشرون": 20,
        "القرن الثاني والعشرين": 21,
        "القرن الثاني والعشرون": 21,
        "القرن": -1,  # before a relative word: القرن الماضي, القرن الحالي
    }
)
"""Centuries, alone or after a decade -> the hundreds of their years (19 for the 20th century).

-1: the bare word القرن, which takes a relative word (الماضي -1, الحالي 0).
"""
