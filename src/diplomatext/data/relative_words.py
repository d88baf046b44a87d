"""Words that name a day or a period relative to the reference: أمس, الماضي, الآن, الأيام الماضية.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AFTER_DEFINITE_PLURAL",
    "ANAPHORIC_WORDS",
    "CLOCK_ANCHORS",
    "CLOCK_WORDS",
    "CURRENT_MONTH_WORDS",
    "DAY_AFTER_WORDS",
    "DAY_BEFORE_WORDS",
    "DAY_CLAUSE_LEADS",
    "DAY_PART_ADVERBS",
    "DAY_WORDS",
    "DAY_WORDS_AFTER_TIME",
    "DEMONSTRATIVES_BEFORE",
    "FEW_WORDS",
    "GLUED_ADJECTIVES",
    "LAST_OF_WORDS",
    "NEW_WORDS",
    "PAIR_RELATIVE_WORDS",
    "RELATIVE_WORDS",
    "SAME_WORDS",
    "STORY_DAY_WORDS",
    "STORY_NEXT_WORDS",
    "THEN_AND_NOW",
    "THIS_WORDS",
    "TIMES_OF_DAY",
    "TODAY_NOT_TOMORROW",
    "TODAY_NOT_TOMORROW_DATED",
    "VAGUE_WORDS",
]

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
        "يوم أمس الأول": -2,  # not يوم أمس and a stray الأول
        "يوم أول أمس": -2,
        "قبل أمس": -2,
        "غدا": 1,
        "الغد": 1,
        "يوم غد": 1,
        "بعد غد": 2,
        "بعد غدا": 2,  # the accusative as print often writes it (بعد غدًا الإثنين)
        "بعد الغد": 2,
        "الليلة": 0,  # tonight; not before a definite word (الليلة الأولى), as اليوم
        "هذه الليلة": 0,
        "الليلة الماضية": -1,  # last night: the evening of the day before
        "الليلة المنصرمة": -1,
        "الليلة قبل الماضية": -2,
        "ليل أمس": -1,
        "هذا المساء": 0,
        "هذا الصباح": 0,
        "بكرا": 1,  # colloquial (Levant, Gulf)
        "بكرة": 1,  # colloquial; not in عن بكرة أبيهم (NOT_A_DATE_AFTER)
        "النهارده": 0,  # colloquial (Egypt): today
        "النهاردة": 0,
        "امبارح": -1,  # colloquial (Egypt, Levant)
        "إمبارح": -1,
        "مبارح": -1,
        "قبل البارحة": -2,
        "قبل امبارح": -2,
        "أول امبارح": -2,
        "أول البارحة": -2,
        "القبل البارحة": -2,  # Levant, Iraq: اليوم القبل البارحة, the day before yesterday
        "بعد بكرا": 2,
        "بعد بكرة": 2,
        "باجر": 1,  # colloquial (Gulf, Iraq, Yemen): tomorrow
        "باچر": 1,  # the same with the Persian letter چ (Iraq, Kuwait: باچر الصبح)
        "البارح": -1,  # colloquial (Gulf, Maghreb): yesterday, as البارحة
        "غدوة": 1,  # colloquial (Tunisia): tomorrow
        "قبل قليل": 0,  # a short while ago: the reference day, as قبل ساعات
        "منذ قليل": 0,
        "قبل لحظات": 0,
        "منذ لحظات": 0,
        "اليوم الماضي": -1,  # the past day; اليوم السابق is a day of the story (not read)
        "اليوم المنصرم": -1,
    }
)
"""Words naming a day relative to the reference -> offset in days."""

DAY_AFTER_WORDS: Final = frozenset({"غداة", "غداه"})
"""Words before a date that name the day after it (غداة 25 فبراير: 26 February), as
ليلة and عشية before a feast name the day before."""

DAY_BEFORE_WORDS: Final = frozenset({"عشية", "عشيه"})
"""Times of day that name the eve of a day of a month written after them: عشية 8 مارس is
7 March, as عشية عيد الميلاد is 24 December (before a weekday or a day word, عشية الخميس,
عشية اليوم, it stays that day's evening)."""

THEN_AND_NOW: Final = frozenset({"بين الأمس واليوم", "بين اليوم والأمس"})
"""«Then and now», a headline's idiom: neither day word is a date (the adverbs أمس واليوم are)."""

TODAY_NOT_TOMORROW: Final = frozenset(
    {
        *("اليوم قبل غد", "اليوم قبل الغد", "اليوم قبل غدا"),
        *("اليوم وليس غدا", "اليوم لا غدا", "اليوم وليس الغد", "اليوم لا الغد"),
    }
)
"""«Today rather than tomorrow», «without delay»: an idiom whose day words are no date (a real
speech of 2022: للتغلب عليه اليوم قبل غد), unless a word of :data:`TODAY_NOT_TOMORROW_DATED` or a
weekday follows it (اليوم قبل غد الخميس، ستعقد الجلسة اليوم وليس غدا كما كان مقررا: two days)."""

TODAY_NOT_TOMORROW_DATED: Final = frozenset(
    {"موعد", "كما", "صباحا", "مساء", "ظهرا", "عصرا", "ليلا", "فجرا", "حسب", "وفق"}
)
"""Words after «اليوم قبل غد» and its kin that make its day words two days (a planned day moved,
a time of day)."""

DAY_CLAUSE_LEADS: Final = frozenset({"اليوم الذي", "اليوم اللي", "اليوم الي"})
"""Words before a day word of بعد or قبل that make it a clause naming the same day
(اليوم الذي بعد الغد; colloquial اليوم اللي قبل امبارح): one expression."""

STORY_DAY_WORDS: Final = MappingProxyType(
    {
        "اليوم السابق": -1,
        "اليوم التالي": 1,
        "اليوم الموالي": 1,
    }
)
"""Days of the story -> offset in days. In running text they count from an event the story
names (وصل الوفد ... وفي اليوم التالي), so they are no date; only a text that is nothing
else (a form field) counts them from the reference."""

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
        "قبل ظهر",  # the forenoon (Levant: قبل ظهر اليوم), not a distance before a day
        "قبيل ظهر",
        "بعيد ظهر",
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

PAIR_RELATIVE_WORDS: Final = frozenset({"الماضيين", "المقبلين", "القادمين"})
"""Relative words in the dual or plural: after the second of two weekdays they qualify both
(بين الأحد والخميس المقبلين: from the coming Sunday to the Thursday after it)."""

RELATIVE_WORDS: Final = MappingProxyType(
    {
        "الماضي": -1,
        "الماضية": -1,
        "الفائت": -1,
        "الفائتة": -1,
        "المنصرم": -1,
        "المنصرمة": -1,
        "المنقضي": -1,
        "المنقضية": -1,  # السنة المنقضية (Maghreb)
        "الفارط": -1,  # Tunisia, Algeria: الأسبوع الفارط, جانفي الفارط
        "الفارطة": -1,
        "السابق": -1,
        "السابقة": -1,
        "المقبل": 1,
        "المقبلة": 1,
        "القادم": 1,
        "القادمة": 1,
        "الماضيين": -1,  # after two weekdays: يومي السبت والأحد الماضيين
        "المقبلين": 1,
        "القادمين": 1,
        "الوشيك": 1,  # imminent (Lebanon): الاثنين الوشيك, الأسبوع الوشيك
        "الوشيكة": 1,
        "الطالع": 1,  # Lebanon: الأسبوع الطالع
        "الطالعة": 1,
        "التالي": 1,  # الأسبوع التالي, as السابق: the unit after the reference's
        "التالية": 1,
        "الجاي": 1,  # colloquial (Levant, Gulf): الأسبوع الجاي
        "اللي فات": -1,  # colloquial (Egypt, Levant): الأسبوع اللي فات, after a unit only
        "اللي فاتت": -1,  # السنة اللي فاتت
        "اللي جاي": 1,  # الشهر اللي جاي
        "اللي جاية": 1,
        "الجاية": 1,
        "قبل الماضي": -2,  # the one before last: العام قبل الماضي، الخميس قبل الماضي
        "قبل الماضية": -2,
        "بعد المقبل": 2,  # the one after next: الأسبوع بعد المقبل
        "بعد المقبلة": 2,
        "بعد القادم": 2,
        "بعد القادمة": 2,
        "ما قبل الماضي": -2,
        "ما قبل الماضية": -2,
        "قبل الفائت": -2,
        "قبل الفائتة": -2,
        "ما بعد المقبل": 2,
        "ما بعد القادم": 2,
        "الجاري": 0,
        "الجارية": 0,
        "الحالي": 0,
        "الحالية": 0,
    }
)
"""Words after a unit, month, weekday or season: -1 last, 0 this, +1 next (-2 the one before
last, +2 the one after next)."""

GLUED_ADJECTIVES: Final = frozenset(
    word for word in RELATIVE_WORDS if word.startswith("ال") and " " not in word
)
"""The words of ``RELATIVE_WORDS`` that scraped text glues to the word before, dropping the space
(ديسمبرالماضي، الشهرالجاري، الثلاثاءالقادم: Al-Ahram's pages, among others): read as if spaced."""

STORY_NEXT_WORDS: Final = frozenset({"التالي", "التالية"})
"""«Following» after العام or السنة: with a year named before in the text, the year after that one
(اجتاح داعش سنجار عام 2014 ... قبل أن تستعيده القوات في العام التالي: 2015); with none, or with
a word of ``cues.FUTURE_CUES`` in its clause, the year after the reference's, as before."""

CURRENT_MONTH_WORDS: Final = frozenset({"الجاري", "الحالي"})
"""Words that stand for الشهر الجاري after a day (في 17 الجاري، السابع عشر من الحالي): the
month is left out, as news writes it; masculine only (الجارية would be a year, السنة)."""

THIS_WORDS: Final = frozenset({"هذا", "هذه"})
"""Demonstratives before a unit (هذا العام): the current one."""

ANAPHORIC_WORDS: Final = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها"})
"""Words after a unit that point back to a period named before (نهاية العام نفسه).

A period part before a bare unit (نهاية العام, منتصف الشهر) means the current one,
unless one of these words follows.
"""

SAME_WORDS: Final = frozenset({"نفس", "ذات"})
"""Words before a definite unit that point back as ANAPHORIC_WORDS do after it (في نفس اليوم،
خلال ذات الشهر): the day of an event named before, never today."""

DEMONSTRATIVES_BEFORE: Final = frozenset({"ذلك", "تلك"})
"""Demonstratives before a definite unit that point back as ANAPHORIC_WORDS do after it (في 9
آذار من ذلك العام: the year named before)."""

VAGUE_WORDS: Final = MappingProxyType(
    {
        "الآن": "PRESENT_REF",
        "حاليا": "PRESENT_REF",
        "في الوقت الراهن": "PRESENT_REF",
        "في الوقت الحالي": "PRESENT_REF",
        "في هذه اللحظة": "PRESENT_REF",
        "حتى هذه اللحظة": "PRESENT_REF",
        "الساعة الحالية": "PRESENT_REF",
        "هذه الدقيقة": "PRESENT_REF",
        "حالا": "PRESENT_REF",
        "مؤخرا": "PAST_REF",
        "في الآونة الأخيرة": "PAST_REF",
        "في الفترة الأخيرة": "PAST_REF",
        "قريبا": "FUTURE_REF",
        "في المستقبل القريب": "FUTURE_REF",
        "في وقت لاحق": "FUTURE_REF",
    }
)
"""Vague references -> TIMEX3 value (they are emitted, with one-sided bounds)."""

AFTER_DEFINITE_PLURAL: Final = MappingProxyType(
    {
        "الماضية": "PAST_REF",  # الأيام الماضية: recently
        "الأخيرة": "PAST_REF",
        "الفائتة": "PAST_REF",
        "المنصرمة": "PAST_REF",
        "السابقة": "PAST_REF",
        "المنقضية": "PAST_REF",  # الأشهر الثلاثة المنقضية (Maghreb)
        "الفارطة": "PAST_REF",
        "المقبلة": "FUTURE_REF",  # الأسابيع المقبلة: soon
        "القادمة": "FUTURE_REF",
        # after a definite dual (اليومين الماضيين) or a count (الأيام الثلاثة الماضية)
        # the units are counted: the N whole units before or after the reference's
        "الماضيين": "PAST_REF",
        "الأخيرين": "PAST_REF",
        "الفائتين": "PAST_REF",
        "المنصرمين": "PAST_REF",
        "السابقين": "PAST_REF",
        "المقبلين": "FUTURE_REF",
        "القادمين": "FUTURE_REF",
        "الماضيتين": "PAST_REF",  # after السنتين (feminine)
        "الأخيرتين": "PAST_REF",
        "المقبلتين": "FUTURE_REF",
        "القادمتين": "FUTURE_REF",
    }
)
"""Adjectives after a definite plural unit (الأيام, الأسابيع, الأشهر) -> TIMEX3 vague value.

With a count between (الأيام الثلاثة الماضية), or after a definite dual (اليومين الماضيين),
they give the direction of an interval of whole units instead: PAST_REF the N units
before the reference's own, FUTURE_REF the N after it."""

LAST_OF_WORDS: Final = frozenset({"الأخيرة"})
"""«Last» after a plural of hours (الساعات الأخيرة): the last hours of an event or of a story as
often as the hours before the page (حسم الأمر في الساعات الأخيرة من القمة): no date, where
الساعات الماضية and الساعات المقبلة are the reference's day. In the tables it was never a date."""

NEW_WORDS: Final = frozenset({"الجديد", "الجديدة"})
"""Adjectives after العام / السنة that name the new year (العام الجديد): the coming
year late in a year, the reference's own otherwise."""

FEW_WORDS: Final = frozenset({"القليلة"})
"""Words allowed between a definite plural unit and its adjective (الأيام القليلة الماضية)."""

CLOCK_WORDS: Final = frozenset(
    {
        *("الساعة", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"),
        *("السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية", "عشرة"),
    }
)
"""Words of a clock time before من and a time of day (الواحدة من بعد ظهر غد): the time of day
belongs to the clock time, a not-date; the date is the day word after it."""

CLOCK_ANCHORS: Final = frozenset({"الساعة", "الساعه"})
"""The word that makes the number after it an hour (الساعة 3), in a text that is only a time."""

DAY_PART_ADVERBS: Final = frozenset(
    {
        *("صباحا", "صباحاً", "الصبح", "الصباح", "فجرا", "فجراً", "الفجر", "ظهرا", "ظهراً"),
        *("الظهر", "عصرا", "عصراً", "العصر", "مساء", "مساءً", "مساءا", "المغرب", "العشاء"),
        *("ليلا", "ليلاً"),
    }
)
"""Parts of the day written after an hour (الثالثة فجرا، الساعة 8 بعد المغرب): with an
hour word, they make a text a clock time."""
