"""Calendar units, counts and distances: يوم, أسبوعين, ثلاثة أشهر, قبل, بعد; nouns news counts.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ABBREVIATED_COUNTED",
    "AGO_AFTER_WORDS",
    "CARDINAL_HUNDREDS",
    "CARDINAL_ONES",
    "CARDINAL_TENS",
    "COMPOUND_ONES",
    "COUNTED_NOUNS",
    "DAY_NOUNS",
    "DEFINITE_COUNTS",
    "DISTANCE_QUALIFIERS",
    "DISTANCE_WORDS",
    "FRACTION_WORDS",
    "IDIOMS_AFTER_ON",
    "JUDICIAL_YEAR_WORDS",
    "LATEST_WORDS",
    "NOT_A_DISTANCE_AFTER",
    "NOW_AFTER_DISTANCE",
    "NUMBER_WORDS",
    "ONES_WORDS",
    "PART_COUNTS",
    "SMALLER_UNITS",
    "SPAN_FOLLOWERS",
    "SPAN_WORDS",
    "SUBDAY_UNITS",
    "UNIT_WORDS",
    "VAGUE_COUNTS",
    "VAGUE_DISTANCE_WORDS",
    "VERBAL_SPANS",
    "YEAR_KIND_WORDS",
    "YEAR_LIST_WORDS",
    "YEAR_PAIR_WORDS",
    "YEAR_WORD_HUNDREDS",
    "YEAR_WORD_NOMINATIVE",
    "YEAR_WORD_PARTICLES_IN_ALIF",
    "YEAR_WORD_TENS",
    "YEAR_WORD_THOUSAND",
    "YEAR_WORD_THOUSANDS",
    "YEAR_WORD_UNITS",
]

UNIT_WORDS: Final = MappingProxyType(
    {
        # definite singular: with a relative word (الشهر الماضي)
        "الأسبوع": ("week", "definite"),
        "الشهر": ("month", "definite"),
        "العام": ("year", "definite"),  # also "general" (الوضع العام): never alone
        "السنة": ("year", "definite"),
        "السيمانة": ("week", "definite"),  # colloquial (Morocco, Algeria): السيمانة الجاية
        # colloquial (Levant, Gulf): هالأسبوع, هالسنة: ها glued to the unit, this one
        "هالأسبوع": ("week", "this"),
        "هالاسبوع": ("week", "this"),
        "هالشهر": ("month", "this"),
        "هالسنة": ("year", "this"),
        "هالعام": ("year", "this"),
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
        # definite duals: اليومين الماضيين (the two days before the reference's)
        "اليومين": ("day", "definite dual"),
        "الأسبوعين": ("week", "definite dual"),
        "الشهرين": ("month", "definite dual"),
        "العامين": ("year", "definite dual"),  # also a pair of years (بين العامين 2019 و2021)
        "السنتين": ("year", "definite dual"),
        # definite plurals: الأيام الماضية (vague), الأيام الثلاثة الماضية (counted)
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

SUBDAY_UNITS: Final = MappingProxyType(
    {
        "ساعة": ("hour", "single"),
        "ساعتين": ("hour", "dual"),
        "ساعات": ("hour", "plural"),
        "دقيقة": ("minute", "single"),
        "دقيقتين": ("minute", "dual"),
        "دقائق": ("minute", "plural"),
        "ثانية": ("second", "single"),
        "ثانيتين": ("second", "dual"),
        "ثوان": ("second", "plural"),
        "ثواني": ("second", "plural"),
        # the coming (past) hours: الساعات المقبلة، الساعات القليلة الماضية, the reference day
        "الساعات": ("hour", "definite plural"),
    }
)
"""Units shorter than a day -> (unit, form): after قبل and منذ they name the reference day
(قبل ثلاث ساعات), or the day before when they add up to 24 hours (قبل 30 ساعة).
After 11 and more, the singular is used (منذ 15 ساعة)."""

SPAN_WORDS: Final = MappingProxyType(
    {
        "عقد": 10,  # also "holding" (بعد عقد القمة): see VERBAL_SPANS
        "عقد من الزمن": 10,
        "عقد من الزمان": 10,
        "عقدين": 20,
        "ربع قرن": 25,
        "نصف قرن": 50,
        "قرن": 100,
        "قرن من الزمن": 100,
        "قرن من الزمان": 100,
    }
)
"""Spans of years written as one noun -> years: after قبل and منذ they name a year
(قبل ربع قرن, written in 2017: 1992)."""

VERBAL_SPANS: Final = frozenset({"عقد"})
"""Spans that are also verbal nouns (قبل عقد القمة: before the summit is held): a distance only
at the end of a clause (انهار الجسر قبل عقد،), before a conjunction (قبل عقد وعاد) or before
a word of ``SPAN_FOLLOWERS``."""

SPAN_FOLLOWERS: Final = frozenset({"تقريبا", "كامل", "كاملا", "ونيف", "مضى", "خلت"})
"""Words after a span of ``VERBAL_SPANS`` that make it a length of time (قبل عقد تقريبا)."""

DAY_NOUNS: Final = frozenset({"يومي"})
"""Dual of يوم before two days of a month (يومي 9 و10 كانون الثاني)."""

YEAR_PAIR_WORDS: Final = frozenset({"عامي", "سنتي", "العامين", "السنتين"})
"""Dual of "year" before two years (بين عامي 2019 و2021): one interval."""

YEAR_LIST_WORDS: Final = frozenset(
    {
        # an adjective of the dual before the years (للسنتين الماليتين 2025 و2026)
        *("الماليتين", "الماليين", "الدراسيين", "الدراسيتين"),
        # the plural before a list of years (للأعوام 2023 و2024 و2025)
        *("الأعوام", "السنوات", "أعوام", "سنوات"),
    }
)
"""Words before two or more years joined by و, read as ``YEAR_PAIR_WORDS`` (one interval from
the first to the last); before a range with a dash (أعوام 1914 – 1918) the range alone is read."""

_THREE_TO_NINE: Final = {
    # masculine and feminine forms; both tables below start from these
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
}

_TEN: Final = {"عشرة": 10, "عشر": 10}

_TENS: Final = {  # the tens as written after a verb or a preposition (خمسين، not خمسون)
    "عشرين": 20,
    "ثلاثين": 30,
    "أربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
}

NUMBER_WORDS: Final = MappingProxyType(
    {
        **_THREE_TO_NINE,
        **_TEN,
        **_TENS,  # tens take a singular (قبل خمسين عاما, منذ عشرين سنة)
        # hundreds too (قبل مائة سنة, قبل مائتي عام: the dual in construct)
        "مائة": 100,
        "مئة": 100,
        "مائتي": 200,
        "مئتي": 200,
        "مائتين": 200,
        "مئتين": 200,
    }
)
"""Number words before a plural unit (قبل ثلاثة أيام)."""

COMPOUND_ONES: Final = MappingProxyType({"اثنين": 2})
"""The ones of a compound cardinal day that no other table reads as a count, before و and a
tens word (في اثنين وعشرين أبريل); alone they are no count of a date. (واحد is read as و + أحد,
a weekday word: the compound day takes it from ``ONES_WORDS`` after يوم.)"""

ONES_WORDS: Final = MappingProxyType(
    {
        "واحد": 1,
        "واحدة": 1,
        "أحد": 1,
        "إحدى": 1,
        "اثني": 2,
        "اثنتي": 2,
        "اثنا": 2,
        "اثنتا": 2,
        "اثنين": 2,
        "اثنتين": 2,
        **_THREE_TO_NINE,
    }
)
"""Number words of one to nine before عشر / عشرة or a tens word with و (اثني عشر يوما،
واحد وعشرين يوما، ثماني وأربعين ساعة): they add to it."""

DEFINITE_COUNTS: Final = MappingProxyType(
    {
        "ال" + word: value
        for word, value in {
            **_THREE_TO_NINE,
            **_TEN,
            # the ones of a compound count before its units (الاثنتين والسبعين ساعة); not
            # الاثنين, Monday
            "اثنتين": 2,
            # tens: الأربع والعشرين ساعة الماضية, السنوات العشرين الماضية
            **_TENS,
        }.items()
    }
)
"""Definite counts after a definite plural unit (الأيام الثلاثة الماضية: the three days before
today) or before indefinite units (الخمس سنوات الماضية، الأربع والعشرين ساعة الماضية)."""

LATEST_WORDS: Final = frozenset({"آخر"})
"""Words before a count of units that make them the latest ones before the reference
(آخر خمس سنوات, آخر 10 أيام: as السنوات الخمس الماضية); not before من or في (آخر ثلاثة أيام
من رمضان are the last days of another period)."""

VAGUE_COUNTS: Final = frozenset({"بضعة", "بضع", "عدة"})
"""Counts that make a distance vague (قبل بضعة أيام -> PAST_REF)."""

DISTANCE_WORDS: Final = MappingProxyType(
    {
        "قبل": -1,  # قبل يومين: two days before the reference
        "منذ": -1,  # منذ ثلاثة أشهر
        "بعد": 1,  # بعد أسبوع
    }
)
"""Words before a distance (قبل يومين, بعد أسبوع) -> its direction from the reference."""

AGO_AFTER_WORDS: Final = frozenset({"مضت", "مضى", "خلت", "خلا"})
"""Words after a count of units that make it a distance back (3 أيام مضت: three days ago),
with no قبل or منذ before it."""

NOT_A_DISTANCE_AFTER: Final = frozenset({"من", "على", "منذ"})
"""Words after a distance that measure it from another event (بعد ستة أشهر من إعلانها,
بعد عام على توقيعها، بعد 19 عاما منذ انعقاد دورتها الأولى): no date of the text. A word
with the proclitic لـ does too
(بعد أسبوع لزيارته). Not عن: it opens the verb's object (كشفت قبل يومين عن هويته).
"""

DISTANCE_QUALIFIERS: Final = frozenset(
    {
        "فقط",
        "واحد",
        "واحدة",
        "قليلة",
        "قلائل",
        "معدودة",
        "كامل",
        "كاملة",
        "كاملين",
        "تقريبا",
        "بالضبط",
    }
)
"""Words between a distance and the من or على of an event, which still measure it from the event
(بعد يومين فقط من تعيينه، قبل يوم واحد من الانتخابات، بعد أيام قليلة من الزيارة، بعد عام كامل على
الاتفاق): no date of the text, as without them; followed by من الآن it dates the text."""

IDIOMS_AFTER_ON: Final = frozenset({"الأقل", "متن", "هامش", "يد", "أيدي", "إثر", "خلفية"})
"""Nouns after على that make an idiom, not the event a distance is counted to: after them the
distance dates the text (وصل قبل يومين على متن طائرة، التقيا قبل أسبوع على هامش القمة،
قتل قبل 3 ساعات على يد مسلحين، قبل ساعة على الأقل), while قبل يومين على الانتخابات is not."""

VAGUE_DISTANCE_WORDS: Final = frozenset({"قبل", "بعد"})
"""Words before a plural unit with no count that make it a vague time (قبل أيام = PAST_REF,
بعد أسابيع = FUTURE_REF); منذ سنوات is left out: more often a length of time."""

FRACTION_WORDS: Final = MappingProxyType({"ونصف": (1, 2), "ونص": (1, 2), "وربع": (1, 4)})
"""Words after a distance's unit that add a part of it (قبل عام ونصف: eighteen months ago),
as (numerator, denominator): the distance is counted in the next smaller unit."""

PART_COUNTS: Final = MappingProxyType({"نصف": (1, 2), "نص": (1, 2), "ربع": (1, 4), "ثلث": (1, 3)})
"""Counts that are a part of one unit (قبل نصف ساعة، منذ ربع ساعة، منذ ثلث ساعة، قبل نصف عام), as
(numerator, denominator): counted in the next smaller unit."""

SMALLER_UNITS: Final = MappingProxyType(
    {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
     "hour": ("minute", 60), "minute": ("second", 60)}
)  # fmt: skip
"""A unit -> (the next smaller one, how many of it make one), to count a part of a unit."""

JUDICIAL_YEAR_WORDS: Final = frozenset({"قضائية", "ق"})
"""Words after the year of a court case that make it a judicial year, a count of the court's
own years, not a year of the calendar (الطعن رقم 1234 لسنة 92 قضائية: Egypt's courts count
from 1931; ق is its abbreviation, and also that of ق.م, before Christ)."""

YEAR_KIND_WORDS: Final = frozenset(
    {"المالي", "المالية", "الدراسي", "الدراسية", "الجامعي", "الجامعية", "الضريبي", "الضريبية"}
)
"""Adjectives of a kind of year between عام or سنة and a year, which make the number a year
(العام المالي 2026، السنة الدراسية 2025، للسنة الضريبية 2024); after another noun they are not
a cue (الدعم المالي 2000 دينار)."""

NOW_AFTER_DISTANCE: Final = frozenset({"الآن", "اليوم"})
"""Words after «من» that measure a distance from the reference itself (بعد 22 يوما من الآن,
خلال أسبوعين من اليوم): the date is read with them, not dropped."""

ABBREVIATED_COUNTED: Final = frozenset({"كم", "كلم"})
"""Counted nouns written as abbreviations (2000 كم): they take no accusative alef, and the form
with one is another word (في 2000 كما: «as»)."""

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
        "نسمة",  # a population: تعداد 2000 نسمة
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

YEAR_WORD_UNITS: Final = MappingProxyType(
    {
        "واحد": 1,
        "واحدة": 1,
        "اثنين": 2,
        "اثنان": 2,
        **_THREE_TO_NINE,
        "ثمان": 8,
        "عشرة": 10,
        "أحد عشر": 11,
        "إحدى عشرة": 11,
        "اثني عشر": 12,
        "اثنا عشر": 12,
        "ثلاثة عشر": 13,
        "أربعة عشر": 14,
        "خمسة عشر": 15,
        "ستة عشر": 16,
        "سبعة عشر": 17,
        "ثمانية عشر": 18,
        "تسعة عشر": 19,
    }
)
"""Number words from 1 to 19 in a year written in words (عام ألفين وثمانية)."""

YEAR_WORD_TENS: Final = MappingProxyType({**_TENS, "عشرون": 20})
"""Tens in a year written in words (عام ألفين وخمسة وعشرين: 2025)."""

YEAR_WORD_THOUSANDS: Final = frozenset({"ألفين", "ألفان"})
"""Two thousand, which opens a year in words of the 2000s (عام ألفين وثمانية)."""

YEAR_WORD_NOMINATIVE: Final = frozenset({"ألفان"})
"""Two thousand in the nominative: after عام a year, but right after a month with no عام the
subject of a count (ونزح في فبراير ألفان وثلاثمائة شخص), never a year."""

YEAR_WORD_PARTICLES_IN_ALIF: Final = frozenset(
    {"كما", "عندما", "بينما", "حينما", "لما", "إذا", "مما", "فيما", "ريثما", "إنما", "كلما"}
)
"""Words ending in ا that may follow a year in words with no عام (في مارس ألفين وتسعة عندما):
any other word in ا there is a count's noun in the accusative (ألفين وخمسة عشر توقيعا)."""

YEAR_WORD_THOUSAND: Final = frozenset({"ألف"})
"""One thousand, which opens a year in words before 2000 when its hundreds follow it
(عام ألف وتسعمائة وسبعة وستين: 1967); ألف alone after عام is no year."""

YEAR_WORD_HUNDREDS: Final = MappingProxyType(
    {
        "خمسمائة": 500,
        "خمسمئة": 500,
        "ستمائة": 600,
        "ستمئة": 600,
        "ست مائة": 600,
        "سبعمائة": 700,
        "سبعمئة": 700,
        "سبع مائة": 700,
        "ثمانمائة": 800,
        "ثمانمئة": 800,
        "ثمانيمائة": 800,
        "ثماني مائة": 800,
        "ثمان مائة": 800,
        "تسعمائة": 900,
        "تسعمئة": 900,
        "تسع مائة": 900,
        "تسع مئة": 900,
    }
)
"""Hundreds after ألف و in a year in words before 2000 (عام ألف وتسعمائة وثمانية وتسعين: 1998).

Only 1500 to 1999: a year of 1000 to 1499 in words is as often a Hijri year written without its
era mark (سنة ألف وأربعمائة وأربع وأربعين), and is not read."""

CARDINAL_HUNDREDS: Final = MappingProxyType(
    {
        "مائة": 100,
        "مئة": 100,
        "مائتين": 200,
        "مئتين": 200,
        "مائتان": 200,
        "مئتان": 200,
        "ثلاثمائة": 300,
        "ثلاثمئة": 300,
        "ثلاث مائة": 300,
        "ثلاث مئة": 300,
        "أربعمائة": 400,
        "أربعمئة": 400,
        "أربع مائة": 400,
        "أربع مئة": 400,
        "خمس مائة": 500,
        "خمس مئة": 500,
        "ست مئة": 600,
        "سبع مئة": 700,
        "ثمان مئة": 800,
        "ثماني مئة": 800,
        **YEAR_WORD_HUNDREDS,
    }
)
"""Every hundred in words, for a number of any kind written out (قرار مجلس الأمن ألفين ومائتين وستة
عشر: 2216); a year in words keeps to :data:`YEAR_WORD_HUNDREDS`."""

CARDINAL_TENS: Final = MappingProxyType(
    {**_TENS, **{word.removesuffix("ين") + "ون": tens for word, tens in _TENS.items()}}
)
"""The tens in both cases (خمسين، خمسون), for a number of any kind written out."""

CARDINAL_ONES: Final = MappingProxyType(
    {**YEAR_WORD_UNITS, "أحد": 1, "إحدى": 1, "اثنتين": 2, "اثنتان": 2}
)
"""The ones in a number of any kind written out, before و and its tens too (مائة وأحد وثمانين)."""
