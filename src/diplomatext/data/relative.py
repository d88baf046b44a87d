"""Weekdays, relative words, period parts, era marks and cue words of Arabic news.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns. Units are the strings ``"day"``,
``"week"``, ``"month"``, ``"year"``; period parts are TIMEX3 ``mod`` strings.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AFTER_DEFINITE_PLURAL",
    "ANAPHORIC_WORDS",
    "APPROX_WORDS",
    "CENTURIES",
    "COUNTED_NOUNS",
    "DATE_EQUIVALENCE_WORDS",
    "DAY_NOUNS",
    "DAY_WORDS",
    "DAY_WORDS_AFTER_TIME",
    "DECADES",
    "DISTANCE_WORDS",
    "ERA_MARKS",
    "EVENT_TRIGGERS",
    "FEW_WORDS",
    "FUTURE_CUES",
    "KNOWN_EVENTS",
    "MONTH_DAY_WORDS",
    "NOT_A_DATE_AFTER",
    "NOT_A_DATE_BEFORE",
    "NOT_A_DISTANCE_AFTER",
    "NUMBER_WORDS",
    "ORDINAL_DAYS",
    "PERIOD_PARTS",
    "PLACE_TRIGGERS",
    "QUARTERS",
    "RANGE_CONNECTORS",
    "RANGE_INTRO_WORDS",
    "RELATIVE_WORDS",
    "SEASONS",
    "STANDALONE_LEAD_WORDS",
    "THIS_WORDS",
    "TIMES_OF_DAY",
    "TIME_PREPOSITIONS",
    "UNIT_WORDS",
    "VAGUE_COUNTS",
    "VAGUE_WORDS",
    "WEEKDAYS",
    "YEAR_CUES",
    "YEAR_PAIR_WORDS",
]

WEEKDAYS: Final = MappingProxyType(
    {
        "الإثنين": 0,  # Python's date.weekday(): Monday is 0
        "الاثنين": 0,
        "الأثنين": 0,  # common misspelling
        "الثلاثاء": 1,
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

DAY_WORDS: Final = MappingProxyType(
    {
        "اليوم": 0,  # also "the day" (اليوم الوطني): not before another definite word
        "يوم أمس": -1,
        "أمس": -1,
        "الأمس": -1,
        "البارحة": -1,
        "أول أمس": -2,
        "أول من أمس": -2,
        "أمس الأول": -2,
        "قبل أمس": -2,
        "غدا": 1,
        "الغد": 1,
        "يوم غد": 1,
        "بعد غد": 2,
        "بعد الغد": 2,
    }
)
"""Words naming a day relative to the reference -> offset in days."""

DAY_WORDS_AFTER_TIME: Final = MappingProxyType(
    {
        "غد": 1,  # صباح غد, مساء غد; alone it is "the future" (غد أفضل)
    }
)
"""Day words found only after a time of day (صباح غد) -> offset in days."""

TIMES_OF_DAY: Final = frozenset(
    {
        "صباح",
        "صبيحة",
        "ضحى",
        "ظهر",
        "ظهيرة",
        "بعد ظهر",
        "عصر",
        "مساء",
        "عشية",  # eve of
        "ليلة",  # classically the night before the named day; resolved to the day named
        "ليل",
        "فجر",
        "منتصف ليل",
        "منتصف ليلة",
    }
)
"""Parts of a day written before a weekday or a day word (مساء الأربعاء, صباح اليوم)."""

UNIT_WORDS: Final = MappingProxyType(
    {
        # definite singular: with a relative word (الشهر الماضي)
        "الأسبوع": ("week", "definite"),
        "الشهر": ("month", "definite"),
        "العام": ("year", "definite"),  # also "general" (الوضع العام): never alone
        "السنة": ("year", "definite"),
        # indefinite singular: قبل عام, منذ شهر
        "يوم": ("day", "single"),
        "أسبوع": ("week", "single"),
        "شهر": ("month", "single"),
        "عام": ("year", "single"),
        "سنة": ("year", "single"),
        # duals: قبل يومين
        "يومين": ("day", "dual"),
        "أسبوعين": ("week", "dual"),
        "شهرين": ("month", "dual"),
        "عامين": ("year", "dual"),
        "سنتين": ("year", "dual"),
        # plurals: قبل ثلاثة أيام
        "أيام": ("day", "plural"),
        "أسابيع": ("week", "plural"),
        "أشهر": ("month", "plural"),
        "شهور": ("month", "plural"),
        "أعوام": ("year", "plural"),
        "سنوات": ("year", "plural"),
        "سنين": ("year", "plural"),
        # accusative singular after 11 and more: منذ 11 عاما
        "يوما": ("day", "counted"),
        "أسبوعا": ("week", "counted"),
        "شهرا": ("month", "counted"),
        "عاما": ("year", "counted"),
        # definite plurals: الأيام الماضية (vague)
        "الأيام": ("day", "definite plural"),
        "الأسابيع": ("week", "definite plural"),
        "الأشهر": ("month", "definite plural"),
        "الشهور": ("month", "definite plural"),
        "الأعوام": ("year", "definite plural"),
        "السنوات": ("year", "definite plural"),
        "السنين": ("year", "definite plural"),
    }
)
"""Calendar units -> (unit, form)."""

DAY_NOUNS: Final = frozenset({"يومي"})
"""Dual of يوم before two days of a month (يومي 9 و10 كانون الثاني)."""

YEAR_PAIR_WORDS: Final = frozenset({"عامي", "سنتي", "العامين", "السنتين"})
"""Dual of "year" before two years (بين عامي 2019 و2021)."""

RELATIVE_WORDS: Final = MappingProxyType(
    {
        "الماضي": -1,
        "الماضية": -1,
        "الفائت": -1,
        "الفائتة": -1,
        "المنصرم": -1,
        "المنصرمة": -1,
        "المنقضي": -1,
        "السابق": -1,
        "السابقة": -1,
        "المقبل": 1,
        "المقبلة": 1,
        "القادم": 1,
        "القادمة": 1,
        "الجاري": 0,
        "الجارية": 0,
        "الحالي": 0,
        "الحالية": 0,
    }
)
"""Words after a unit, month, weekday or season: -1 last, 0 this, +1 next."""

THIS_WORDS: Final = frozenset({"هذا", "هذه"})
"""Demonstratives before a unit (هذا العام): the current one."""

ANAPHORIC_WORDS: Final = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها"})
"""Words after a unit that point back to a period named before (نهاية العام نفسه).

A period part before a bare unit (نهاية العام, منتصف الشهر) means the current one,
unless one of these words follows.
"""

PERIOD_PARTS: Final = MappingProxyType(
    {
        "بداية": "START",
        "بدايات": "START",
        "مطلع": "START",
        "أوائل": "START",
        "مستهل": "START",
        "أول": "START",  # أول يناير: resolved to the first third, not to the 1st
        "منتصف": "MID",
        "أواسط": "MID",
        "نهاية": "END",
        "نهايات": "END",
        "أواخر": "END",
        "آخر": "END",
        "ختام": "END",
    }
)
"""Period-part words before a month, a year or a unit -> TIMEX3 ``mod``."""

APPROX_WORDS: Final = frozenset({"حوالي", "نحو", "قرابة", "زهاء"})
"""Approximation words before a year expression (نحو عام 2000) -> ``mod`` APPROX."""

SEASONS: Final = MappingProxyType(
    {
        "الربيع": "SP",
        "ربيع": "SP",  # alone; ربيع الأول is a Hijri month (longest match wins)
        "الصيف": "SU",
        "صيف": "SU",
        "الخريف": "FA",
        "خريف": "FA",
        "الشتاء": "WI",
        "شتاء": "WI",
    }
)
"""Seasons -> TIMEX3 season code; found only with a year or a relative word."""

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
    }
)
"""Quarters and halves of a year -> TIMEX3 code; found only before a year."""

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

ORDINAL_DAYS: Final = MappingProxyType(
    {
        "الأول": 1,
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
    }
)
"""Ordinal day words, found before من + a month (الأول من يناير, العاشر من الشهر الجاري)."""

MONTH_DAY_WORDS: Final = MappingProxyType(
    {
        "غرة": 1,  # the first day (غرة ذي القعدة, غرة جانفي, غرة الشهر المقبل)
        "سلخ": -1,  # the last day; rare, and "skinning" elsewhere: only before a month
    }
)
"""Words naming one day of a month, before a month name or الشهر -> day (-1: the last).

مطلع and مستهل are not here: news uses them for the first days of a period
(a ``START`` part, see :data:`PERIOD_PARTS`), غرة for its first day.
"""

NUMBER_WORDS: Final = MappingProxyType(
    {
        "ثلاثة": 3,
        "ثلاث": 3,
        "أربعة": 4,
        "أربع": 4,
        "خمسة": 5,
        "خمس": 5,
        "ستة": 6,
        "ست": 6,
        "سبعة": 7,
        "سبع": 7,
        "ثمانية": 8,
        "ثماني": 8,
        "تسعة": 9,
        "تسع": 9,
        "عشرة": 10,
        "عشر": 10,
    }
)
"""Number words before a plural unit (قبل ثلاثة أيام)."""

VAGUE_COUNTS: Final = frozenset({"بضعة", "بضع", "عدة"})
"""Counts that make a distance vague (قبل بضعة أيام -> PAST_REF)."""

VAGUE_WORDS: Final = MappingProxyType(
    {
        "الآن": "PRESENT_REF",
        "حاليا": "PRESENT_REF",
        "في الوقت الراهن": "PRESENT_REF",
        "في الوقت الحالي": "PRESENT_REF",
        "مؤخرا": "PAST_REF",
        "في الآونة الأخيرة": "PAST_REF",
        "في الفترة الأخيرة": "PAST_REF",
        "قريبا": "FUTURE_REF",
        "في المستقبل القريب": "FUTURE_REF",
        "في وقت لاحق": "FUTURE_REF",
    }
)
"""Vague references -> TIMEX3 value (they are emitted, with one-sided bounds)."""

YEAR_CUES: Final = frozenset(
    {
        # prepositions of time
        "في",
        "منذ",
        "حتى",
        "بحلول",
        "خلال",
        "قبل",
        "بعد",
        "عن",
        # nouns commonly followed by a year
        "حرب",
        "ثورة",
        "انتفاضة",
        "انتخابات",
        "دستور",
        "موازنة",
        "ميزانية",
        "مونديال",
        "أولمبياد",
        "رؤية",
        "نكبة",
        "نكسة",
        "أزمة",
        "موسم",
    }
)
"""Words after which a four-digit number from 1900 to 2099 is a year (منذ 2011)."""

COUNTED_NOUNS: Final = frozenset(
    {
        # people
        "شخص",
        "مواطن",
        "مدني",
        "جندي",
        "عسكري",
        "مقاتل",
        "مسلح",
        "عنصر",
        "ضابط",
        "قتيل",
        "جريح",
        "مصاب",
        "ضحية",
        "لاجئ",
        "نازح",
        "مهاجر",
        "طفل",
        "امرأة",
        "رجل",
        "عامل",
        "موظف",
        "تلميذ",
        "معتقل",
        "أسير",
        "سجين",
        "متظاهر",
        "ناخب",
        "مرشح",
        "زائر",
        "سائح",
        "حاج",
        "مستوطن",
        "عضو",
        "مشارك",
        # places and things
        "منزل",
        "بيت",
        "مسكن",
        "شقة",
        "وحدة",
        "مبنى",
        "قرية",
        "موقع",
        "مشروع",
        "مصنع",
        "شركة",
        "سيارة",
        "شاحنة",
        "طائرة",
        "صاروخ",
        "قذيفة",
        "دبابة",
        "خيمة",
        "سرير",
        "مقعد",
        "نسخة",
        "وثيقة",
        "صفحة",
        "حالة",
        "إصابة",
        "وفاة",
        "عملية",
        "غارة",
        "ضربة",
        "مخالفة",
        "فرصة",
        "وظيفة",
        "مرة",
        "نقطة",
        "سهم",
        # money and measures
        "دولار",
        "يورو",
        "جنيه",
        "ريال",
        "درهم",
        "دينار",
        "ليرة",
        "فرنك",
        "روبية",
        "طن",
        "كيلوغرام",
        "كيلوجرام",
        "كيلو",
        "غرام",
        "لتر",
        "برميل",
        "متر",
        "كيلومتر",
        "كلم",
        "كم",
        "ميل",
        "هكتار",
        "دونم",
        "فدان",
        "ميغاواط",
        "ميجاوات",
        "ساعة",
        "دقيقة",
    }
)
"""Nouns news counts in hundreds and thousands (2000 منزل, 1950 شخصا).

A number from 1900 to 2099 that is a year only because of the word before it
(في, منذ, نهاية...) is a count when one of these nouns, or a calendar unit
(منذ 2000 عام), follows it. The singular indefinite form is listed; its accusative
(شخصاً, after 11 to 99) is derived. The year stays the default: only a counted
noun turns it into a count. Words that are also common past-tense verbs are left
out (طالب "demanded", طلب "asked", رأس "headed": في 2020 طالب البرلمان).
"""

TIME_PREPOSITIONS: Final = frozenset({"في", "منذ", "حتى", "خلال", "قبل", "بعد", "طوال", "طيلة"})
"""Words before a month name that make it a month (في مارس), besides شهر and period parts."""

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
        "القرن الثامن عشر": 17,
        "القرن التاسع عشر": 18,
        "القرن العشرين": 19,
        "القرن العشرون": 19,
        "القرن الحادي والعشرين": 20,
        "القرن الحادي والعشرون": 20,
        "القرن": -1,  # before a relative word: القرن الماضي, القرن الحالي
    }
)
"""Centuries after a decade -> the hundreds of their years (19 for the 20th century).

-1: the bare word القرن, which takes a relative word (الماضي -1, الحالي 0).
"""

EVENT_TRIGGERS: Final = frozenset(
    {
        "ثورة",
        "انتفاضة",
        "حراك",
        "حرب",
        "ذكرى",
        "أحداث",
        "هجمات",
        "هجوم",
        "اعتداءات",
        "تفجيرات",
        "حركة",
        "قوى",
        "تحالف",
        "تيار",
        "ائتلاف",
        "فريق",
        "نكسة",
        "نكبة",
        "نصر",
        "انتصار",
        "مجزرة",
        "مذبحة",
    }
)
"""Words before a day and month without a year that name an event (ثورة 25 يناير)."""

KNOWN_EVENTS: Final = (
    # (month, day or None, year, triggers that select it, what it is)
    (1, 25, 2011, frozenset({"ثورة", "انتفاضة", "ذكرى", "أحداث"}), "Egyptian revolution"),
    (6, 30, 2013, frozenset({"ثورة", "ذكرى", "أحداث"}), "Egypt, 30 June protests"),
    (7, 23, 1952, frozenset({"ثورة", "ذكرى"}), "Egyptian revolution of 1952"),
    (7, None, 1952, frozenset({"ثورة"}), "Egyptian revolution of 1952"),
    (1, 14, 2011, frozenset({"ثورة", "ذكرى"}), "Tunisian revolution"),
    (2, 17, 2011, frozenset({"ثورة", "ذكرى"}), "Libyan revolution"),
    (2, 20, 2011, frozenset({"حركة"}), "Moroccan 20 February movement"),
    (2, 22, 2019, frozenset({"حراك", "ذكرى"}), "Algerian Hirak"),
    (10, 6, 1973, frozenset({"حرب", "نصر", "انتصار", "ذكرى"}), "October War"),
    (10, None, 1973, frozenset({"حرب", "نصر", "انتصار"}), "October War"),
    (6, None, 1967, frozenset({"نكسة", "حرب"}), "Six-Day War"),
    (7, None, 2006, frozenset({"حرب"}), "Lebanon War of 2006 (حرب تموز)"),
    (9, 11, 2001, frozenset({"أحداث", "هجمات", "اعتداءات", "تفجيرات", "هجوم", "ذكرى"}), "9/11"),
    (10, 7, 2023, frozenset({"أحداث", "هجوم", "هجمات", "ذكرى"}), "7 October attack"),
    (3, 14, 2005, frozenset({"قوى", "تحالف", "تيار", "فريق", "ذكرى"}), "Lebanon, 14 March"),
    (3, 8, 2005, frozenset({"قوى", "تحالف", "تيار", "فريق"}), "Lebanon, 8 March"),
)
"""Well-known events named by their date: resolved to their own year, not the reference's."""

PLACE_TRIGGERS: Final = frozenset(
    {
        "شارع",
        "ميدان",
        "ساحة",
        "جسر",
        "كوبري",
        "مدينة",
        "محور",
        "حي",
        "جامعة",
        "مدرسة",
        "مطار",
        "ملعب",
        "نادي",
        "مستشفى",
    }
)
"""Words before a date that make it a place name (مدينة 6 أكتوبر): not a date at all."""

NOT_A_DATE_BEFORE: Final = MappingProxyType(
    {
        "الاثنين": frozenset({"بين", "كلا", "هذين"}),  # "the two"
        "الإثنين": frozenset({"بين", "كلا", "هذين"}),
        "الجمعة": frozenset({"صلاة", "صلوات", "خطبة", "خطب", "مسجد", "جامع", "إمام"}),
    }
)
"""Weekday variants that are not dates after these words (صلاة الجمعة, بين الاثنين)."""

FUTURE_CUES: Final = frozenset(
    {
        "سوف",
        "المقرر",
        "مقرر",
        "مقررا",
        "المزمع",
        "مزمع",
        "المرتقب",
        "المرتقبة",
        "مرتقب",
        "مرتقبة",
        "المتوقع",
        "يتوقع",
        "محتمل",
        "محتملة",
        "المحتمل",
        "المحتملة",
        "المنتظر",
        "المنتظرة",
        "يعتزم",
        "تعتزم",
        "ينوي",
        "تنوي",
        "المقبل",
        "المقبلة",
        "القادم",
        "القادمة",
        # imperfect verbs of scheduling (present = not yet past), also with سـ
        "ينتهي",
        "تنتهي",
        "سينتهي",
        "ستنتهي",
        "يبدأ",
        "تبدأ",
        "سيبدأ",
        "ستبدأ",
        "ينطلق",
        "تنطلق",
        "سينطلق",
        "ستنطلق",
        "ينعقد",
        "تنعقد",
        "سينعقد",
        "ستنعقد",
        "سيعقد",
        "ستعقد",
        "سيجري",
        "ستجري",
        "سيزور",
        "ستزور",
        "سيلتقي",
        "ستلتقي",
        "سيصل",
        "ستصل",
        "سيتوجه",
        "ستتوجه",
        "سيشارك",
        "ستشارك",
        "سيستضيف",
        "ستستضيف",
        "سيتم",
        "ستتم",
        "سيكون",
        "ستكون",
        "ستدخل",
        "سيدخل",
        "يحل",
        "تحل",
    }
)
"""Words of the same clause that point a year-less date or a bare weekday ahead."""

STANDALONE_LEAD_WORDS: Final = frozenset({"في", "منذ", "حتى", "خلال", "يوم", "بتاريخ"})
"""Words that may precede an expression given alone to ``resolve_date`` (بتاريخ مارس).

With one of these before it, a word that needs context in running text (مارس, رمضان)
is still read as the whole expression; any other word before it makes it no date.
"""

RANGE_CONNECTORS: Final = frozenset({"إلى", "حتى", "لغاية", "ولغاية"})
"""Words between the two ends of a range (من 9 إلى 12 مايو, بين عامي 2019 حتى 2021).

A hyphen and a conjunction و glued to the second end (9 و10 يناير) also join a
range; they are punctuation and a proclitic, written in the grammar.
"""

RANGE_INTRO_WORDS: Final = frozenset({"بين", "من"})
"""Words that open a range (بين 2019 و2021, من 9 إلى 12 مايو): they join its span."""

DATE_EQUIVALENCE_WORDS: Final = frozenset({"الموافق", "موافق"})
""""Corresponding to": between a weekday and its date (الأحد الموافق 25 يونيو), or
between a date and the same day in the other calendar (15 جمادى الآخرة 1443 هـ الموافق
18 يناير 2022 م). A following لـ is allowed (الموافق لـ 15 يونيو).
"""

DISTANCE_WORDS: Final = MappingProxyType(
    {
        "قبل": -1,  # قبل يومين: two days before the reference
        "منذ": -1,  # منذ ثلاثة أشهر
        "بعد": 1,  # بعد أسبوع
    }
)
"""Words before a distance (قبل يومين, بعد أسبوع) -> its direction from the reference."""

NOT_A_DISTANCE_AFTER: Final = frozenset({"من", "على", "عن"})
"""Words after a distance that measure it from another event (بعد ستة أشهر من إعلانها,
بعد عام على توقيعها): no date of the text. A word with the proclitic لـ does too
(بعد أسبوع لزيارته).
"""

AFTER_DEFINITE_PLURAL: Final = MappingProxyType(
    {
        "الماضية": "PAST_REF",  # الأيام الماضية: recently
        "الأخيرة": "PAST_REF",
        "الفائتة": "PAST_REF",
        "المنصرمة": "PAST_REF",
        "السابقة": "PAST_REF",
        "المقبلة": "FUTURE_REF",  # الأسابيع المقبلة: soon
        "القادمة": "FUTURE_REF",
    }
)
"""Adjectives after a definite plural unit (الأيام, الأسابيع, الأشهر) -> TIMEX3 vague value."""

FEW_WORDS: Final = frozenset({"القليلة"})
"""Words allowed between a definite plural unit and its adjective (الأيام القليلة الماضية)."""

NOT_A_DATE_AFTER: Final = MappingProxyType(
    {
        "الأحد": frozenset({"عشر"}),  # الأحد عشر: "the eleven", not Sunday
    }
)
"""Weekday variants that are not dates before these words (الأحد عشر)."""
