"""Dates that name something: events (ثورة 25 يناير) and places (شارع 26 يوليو).

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "BARE_MONTH_PARTICLES",
    "CHANNEL_NOUNS",
    "CHRISTIAN_FEASTS",
    "EASTER_FEASTS",
    "EVENT_PLACES",
    "EVENT_TRIGGERS",
    "FEASTS",
    "FEAST_DAY_NOUNS",
    "FEAST_EPITHETS",
    "FEAST_EVE_WORDS",
    "FEAST_RITES",
    "INSTRUMENTS_NAMED_BY_DAY",
    "KNOWN_EVENTS",
    "MONTH_EPITHETS",
    "MONTH_NAME_HEADS",
    "NAME_PARTICLES",
    "NOT_NAME_WORDS",
    "NOT_THE_FEAST",
    "ORTHODOX_DAYS",
    "OUTLET_ADJECTIVES",
    "OUTLET_NOUNS",
    "PLACE_TRIGGERS",
    "TODAY_NAMES",
]

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
        "نكسة",
        "نكبة",
        "نصر",
        "انتصار",
        "انتصارات",  # ذكرى انتصارات 6 أكتوبر
        "مجزرة",
        "مذبحة",
        "طوفان",  # طوفان 7 أكتوبر، عملية طوفان الأقصى في 7 أكتوبر
    }
)
"""Words before a day and month without a year that name an event (ثورة 25 يناير)."""

EVENT_PLACES: Final = frozenset({"غزة", "القطاع", "الأقصى"})
"""Names that may stand between an event's noun and في before its day (حرب غزة في السابع من
أكتوبر، طوفان الأقصى في 7 أكتوبر): the event of :data:`KNOWN_EVENTS` all the same. Other words
there name another event (حرب المدن في السابع من أكتوبر: this year's)."""

NOT_NAME_WORDS: Final = frozenset(
    {
        *("على", "في", "من", "إلى", "عن", "مع", "حول", "بشأن", "بموجب", "بين", "ضد", "عبر"),
        *("التي", "الذي", "الذين", "اللتين", "بعد", "قبل", "منذ", "جديد", "الجديد", "الجديدة"),
    }
)
"""Words that name nothing, between an instrument's head and a year in brackets (نص الاتفاق على
إطلاق (1700) أسير، الاتفاق الجديد (1650) جنديا): the number is a count, not the name's year."""

KNOWN_EVENTS: Final = (
    # (month, day or None, year, triggers that select it, what it is)
    (1, 25, 2011, frozenset({"ثورة", "انتفاضة", "ذكرى", "أحداث"}), "Egyptian revolution"),
    (6, 30, 2013, frozenset({"ثورة", "ذكرى", "أحداث"}), "Egypt, 30 June protests"),
    (7, 23, 1952, frozenset({"ثورة", "ذكرى"}), "Egyptian revolution of 1952"),
    (7, None, 1952, frozenset({"ثورة"}), "Egyptian revolution of 1952"),
    (1, 14, 2011, frozenset({"ثورة", "ذكرى"}), "Tunisian revolution"),
    (2, 17, 2011, frozenset({"ثورة", "ذكرى"}), "Libyan revolution"),
    (2, 20, 2011, frozenset({"ذكرى"}), "Moroccan 20 February movement"),
    (2, 22, 2019, frozenset({"حراك", "ذكرى"}), "Algerian Hirak"),
    (10, 6, 1973, frozenset({"حرب", "نصر", "انتصار", "انتصارات", "ذكرى"}), "October War"),
    (10, None, 1973, frozenset({"حرب", "نصر", "انتصار", "انتصارات"}), "October War"),
    (6, None, 1967, frozenset({"نكسة", "حرب"}), "Six-Day War"),
    (7, None, 2006, frozenset({"حرب"}), "Lebanon War of 2006 (حرب تموز)"),
    (9, 11, 2001, frozenset({"أحداث", "هجمات", "اعتداءات", "تفجيرات", "هجوم", "ذكرى"}), "9/11"),
    (10, 7, 2023, frozenset({"أحداث", "هجوم", "هجمات", "ذكرى", "حرب", "طوفان"}), "7 October"),
    (9, 26, 1962, frozenset({"ثورة", "ذكرى"}), "Yemen, 26 September revolution"),
    (10, 14, 1963, frozenset({"ثورة", "ذكرى"}), "Yemen, 14 October revolution"),
    (11, 1, 1954, frozenset({"ثورة"}), "Algerian revolution, 1 November 1954"),
    (9, 1, 1969, frozenset({"ثورة"}), "Libya, 1 September revolution"),
    (7, 14, 1958, frozenset({"ثورة"}), "Iraq, 14 July revolution"),
    (7, 17, 1968, frozenset({"ثورة"}), "Iraq, 17 July revolution"),
    (12, 19, 2018, frozenset({"ثورة"}), "Sudan, December revolution"),
    (3, 8, 1963, frozenset({"ثورة"}), "Syria, 8 March revolution"),
    (12, 17, 2010, frozenset({"ثورة"}), "Tunisia, 17 December revolution"),
    (10, 17, 2019, frozenset({"ثورة", "انتفاضة"}), "Lebanon, 17 October uprising"),
    (3, 14, 2005, frozenset({"ذكرى"}), "Lebanon, 14 March"),
    (3, 8, 2005, frozenset({"ذكرى"}), "Lebanon, 8 March"),
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
        "كأس",  # a cup named by a date (Yemen): بطولة كأس 22 مايو
        "مستشفى",
        "صالون",  # صالون 22 تشرين الثاني: a hall of the Lebanese presidency named by a date
        "قاعة",
        # a name given (سيطلق عليها اسم "العاشر من رمضان", تحت عنوان "30 يونيو") and a
        # medium's site (على موقعه "26 سبتمبر"): the date is the name
        "اسم",
        "عنوان",
        "موقع",
        "موقعه",
        "موقعها",
        # newspapers named by a date (Yemen): صحيفة 26 سبتمبر, صحيفة 14 أكتوبر
        "صحيفة",
        "جريدة",
        "مجلة",
        "يومية",
        # groups named by a date: قوى 14 آذار, مجموعة 17 نوفمبر, حركة 20 فبراير
        "قوى",
        "لقوى",
        "تحالف",
        "تيار",
        "ائتلاف",
        "شباب",  # حركة شباب 6 أبريل, ائتلاف شباب 25 يناير (Egypt): the youth of a date's revolt
        "فريق",
        "حركة",
        "اتحاد",  # a union named by a date: اتحاد 14 يناير (not the definite الاتحاد)
        "جبهة",  # جبهة 14 آذار
        "مجموعة",
        "جماعة",
        "كتلة",
        "منظمة",
        "معسكر",
        "تيارات",  # أحزاب وتيارات 8 و14 آذار
        "أحزاب",
        "طرفي",  # طرفي 8 و14 آذار: the two blocs
        "فريقي",
        "ثوابت",  # ثوابت 14 آذار: the bloc's principles
        "سنة",  # سنّة 8 آذار: the Sunnis of the bloc (سنة the year is never before a day)
        "شيعة",
        # the people of a bloc or a movement named by a date: نواب 14 آذار, وزراء 8 آذار,
        # ثوار 25 يناير, أنصار 30 يونيو (a plural of persons in construct with a date)
        "نواب",
        "وزراء",
        "ثوار",
        "أنصار",
        "مناصري",
        "جمهور",
        "قيادات",
        "شخصيات",
        "أقطاب",
        # armed groups named by a date (Libya, Syria): كتيبة 17 فبراير, لواء 13 نيسان
        "كتيبة",
        "كتائب",
        "لواء",
        "ألوية",
    }
)
"""Words before a date that make it a name (مدينة 6 أكتوبر, شارع 26 يوليو, قوى 14 آذار,
مجموعة 17 نوفمبر): a place or a group, not a date at all. An opening quote may stand
between them (قوى "14 آذار"), and من after an indefinite one (أحزاب وقوى من 8 آذار)."""

MONTH_NAME_HEADS: Final = frozenset({"لجنة", "لجان", "كذبة"})
"""Words before a bare month name (no day, year or relative word) that make it a name: لجنة فبراير
(Libya's constitutional committee of 2014), كذبة أبريل (April Fools' Day). With a day or a year
the date is one (تشكيل لجنة 12 يناير الماضي), unlike the names of ``PLACE_TRIGGERS``."""

INSTRUMENTS_NAMED_BY_DAY: Final = frozenset({"اتفاق", "اتفاقية", "معاهدة", "بروتوكول"})
"""Heads of an instrument (singular, in construct) right before a day and month with no year:
the day names it (اتفاق 17 أيار, the Lebanese-Israeli agreement of 1983; اتفاق 10 آذار): a
name, not a date of the reference's year. With its year the day is the instrument's date
(اتفاقية 4 أكتوبر 1963); an indefinite object (يوقعان اتفاقا 15 يوليو), a plural (مذكرات),
مذكرة تفاهم (its indefinite complement) or the verbal noun إعلان (بعد إعلان 14 فبراير عن ...)
leave the day a date."""

NAME_PARTICLES: Final = frozenset({"دي", "دى", "دو", "ديل", "فون"})
"""Particles of foreign surnames as the Arabic press writes them: a month name after one is
the rest of a name (لويجي دي مايو, the Italian minister), not a date. Read like
:data:`PLACE_TRIGGERS`."""

BARE_MONTH_PARTICLES: Final = frozenset({"فان"})
"""Particles that, folded, are also a common word: فان is also فإن, which opens countless
sentences before a date (فإن فاتح شهر رمضان 1443 هو ...، فإن 5 مايو). Only a bare month after
one (no day, year or relative word: يوهان فان مايو) is the rest of a name."""

# المصري اليوم، رأي اليوم، أخبار اليوم، وطنا اليوم: newspapers and sites
TODAY_NAMES: Final = frozenset({"المصري", "رأي", "أخبار", "وطنا"})
"""Words before اليوم that make it the name of an outlet (صحيفة المصري اليوم), not today.
A country or an outlet before اليوم is not enough (أعلنت مصر اليوم: Egypt announced today;
قالت قناة الجزيرة اليوم); a name in quotes («روسيا اليوم») is read by rule."""

OUTLET_NOUNS: Final = frozenset(
    {"صحيفة", "جريدة", "موقع", "مجلة", "بوابة", "شبكة", "بواسطة", "لصحيفة", "لجريدة", "لموقع"}
)
"""Words before an outlet's name: with a definite nisba adjective and اليوم after them
(موقع السعودي اليوم, بواسطة العربي اليوم) the three words are a name, not today. A plain
name after them is not enough (قالت قناة الجزيرة اليوم: said today)."""

OUTLET_ADJECTIVES: Final = frozenset(
    {"الإخبارية", "الإخباري", "الفضائية", "التلفزيونية", "الإذاعية", "الإلكترونية", "الإلكتروني"}
)
"""Adjectives of a medium right after اليوم that, with a word of :data:`CHANNEL_NOUNS` or
:data:`OUTLET_NOUNS` two words before it, make it the end of the medium's name (قناة روسيا اليوم
الإخبارية), not today. Without that noun the adjective may be a noun of its own (تنطلق اليوم
الفضائية التربوية: the channel starts today)."""

CHANNEL_NOUNS: Final = frozenset({"قناة", "فضائية", "إذاعة", "تلفزيون"})
"""Nouns of a broadcaster before its name (قناة روسيا اليوم الإخبارية): read only with an
adjective of :data:`OUTLET_ADJECTIVES` after اليوم (قالت قناة الجزيرة اليوم: said today)."""

MONTH_EPITHETS: Final = frozenset({"المبارك", "الكريم", "المعظم", "الفضيل", "الحرام"})
"""Epithets between a Hijri month and its year (رمضان المبارك لعام 1444 هـ، محرم الحرام 1446):
one mention with the year."""

FEAST_EPITHETS: Final = frozenset(
    {"المبارك", "المباركة", "الشريف", "الشريفة", "السعيد", "السعيدة", "الأغر", "الأغرّ"}
)
"""Epithets written after an Islamic feast (عيد الأضحى المبارك، المولد النبوي الشريف): passed
over to the relative word or the year after them (عيد الفطر المبارك المقبل)."""

FEASTS: Final = MappingProxyType(
    {
        "عيد الفطر": (10, 1),
        "عيد الأضحى": (12, 10),
        "عيد الاضحى": (12, 10),
        "رأس السنة الهجرية": (1, 1),
        "المولد النبوي": (3, 12),
        "ذكرى المولد النبوي": (3, 12),
        "يوم عرفة": (12, 9),
        "وقفة عرفات": (12, 9),
        "وقفة عرفة": (12, 9),
        "وقوف عرفات": (12, 9),  # وقوف عرفات لعام 1444 هـ: the standing at Arafat, the 9th
        "وقوف عرفة": (12, 9),
        "يوم الوقوف بعرفة": (12, 9),
        "يوم عاشوراء": (1, 10),  # not عاشوراء alone: the season of mourning as much as a day
        "ليلة القدر": (9, 27),
        "الإسراء والمعراج": (7, 27),
        "ليلة النصف من شعبان": (8, 15),
        "النصف من شعبان": (8, 15),
        "ذكرى الإسراء والمعراج": (7, 27),
    }
)
"""Islamic feasts and occasions -> (Hijri month, day): their first day (ليلة القدر: the 27th of
Ramadan, as it is observed), resolved as a Hijri date without a
year (the coming one within about a quarter, else the last one), or of the year written
after them, Hijri or Gregorian (عيد الفطر 2013: the one that falls in 2013)."""

CHRISTIAN_FEASTS: Final = MappingProxyType(
    {
        "عيد الميلاد": (12, 25),
        "الكريسماس": (12, 25),
        "كريسماس": (12, 25),
        "كريسمس": (12, 25),
        "رأس السنة الميلادية": (1, 1),
        "عيد رأس السنة الميلادية": (1, 1),
        "عيد الفصح": None,
        "عيد الفصح المجيد": None,
        "عيد العمال": (5, 1),
        "عيد العمّال": (5, 1),
        "يوم العمال العالمي": (5, 1),
        "عيد الأم": (3, 21),  # the Arab world's Mother's Day
        "يوم المرأة العالمي": (3, 8),
        # the UN's International Women's Day (un.org/en/observances/womens-day): 8 March
        "اليوم العالمي للمرأة": (3, 8),
        "اليوم الدولي للمرأة": (3, 8),
        "يوم العمال": (5, 1),
        "عيد الشغل": (5, 1),  # Labour Day in Morocco, Algeria and Tunisia, a public holiday
        "عيد الحب": (2, 14),
        "الفالنتاين": (2, 14),  # Valentine's Day, as Egyptian and Levantine papers write it
        "الهالوين": (10, 31),  # Halloween
        # the UN's International Day of Nowruz (A/RES/64/253): 21 March
        "عيد النوروز": (3, 21),
        "عيد نوروز": (3, 21),
        "اليوم الوطني السعودي": (9, 23),
        # Saudi Founding Day, set by royal order A/371 of 27 January 2022 (يوم التأسيس alone is
        # any body's founding day)
        "يوم التأسيس السعودي": (2, 22),
        "اليوم الوطني الإماراتي": (12, 2),  # the UAE's National Day (the union of 1971)
        # UN observances (un.org/en/observances): World Water Day (A/RES/47/193), World Press
        # Freedom Day (decision 48/432), World Children's Day (20 November, the day of the 1989
        # Convention), World Teachers' Day (UNESCO, since 1994)
        "اليوم العالمي للمياه": (3, 22),
        "اليوم العالمي للمياة": (3, 22),
        "اليوم العالمي لحرية الصحافة": (5, 3),
        "اليوم العالمي للطفل": (11, 20),
        "يوم الطفل العالمي": (11, 20),
        "اليوم العالمي للمعلم": (10, 5),
        "يوم المعلم العالمي": (10, 5),
        # World Health Day (WHO, who.int/campaigns/world-health-day): 7 April, the day of the WHO's
        # constitution of 1948
        "يوم الصحة العالمي": (4, 7),
        "اليوم العالمي للصحة": (4, 7),
        # World Mental Health Day (WFMH and WHO): 10 October; named so it is not read as the above
        "اليوم العالمي للصحة النفسية": (10, 10),
        # the United States' Independence Day (the Declaration of 4 July 1776)
        "عيد الاستقلال الأمريكي": (7, 4),
        "عيد الاستقلال الأميركي": (7, 4),
    }
)
"""Christian feasts and the days of the Gregorian year -> (month, day), or None for Easter,
which moves (dateutil computes it); يوم الأرض is left out (30 March in Palestinian news, 22
April as Earth Day). Without a rite written after them the feasts are the Western
(Gregorian) ones: عيد الميلاد 2020 is 25 December 2020, عيد الفصح 2013 is 31 March 2013.
A year or a relative word may follow, as after the Islamic feasts. The Western default is a
convention: Egyptian, Jordanian and Palestinian news often means the Eastern feasts without
saying so."""

FEAST_RITES: Final = frozenset(
    {"الشرقي", "الأرثوذكسي", "الارثوذكسي", "الأرثوذوكسي", "القبطي", "الشرقية", "الأرثوذكسية"}
)
"""Words after a Christian feast that make it the Eastern (Julian) one: عيد الميلاد الأرثوذكسي
is 7 January, عيد الفصح الشرقي the Orthodox Easter."""

ORTHODOX_DAYS: Final = MappingProxyType({(12, 25): (1, 7)})
"""A fixed Western feast -> its Eastern day (Christmas on 7 January, 1900 to 2099)."""

NOT_THE_FEAST: Final = frozenset({"اليهودي", "لليهود", "العبري", "المجيد"})
"""Words after a Christian feast that leave it unread: عيد الفصح اليهودي is Passover, whose day
comes from the Hebrew calendar; عيد الميلاد المجيد is what Egyptian news calls the Coptic
Christmas of 7 January, and Levantine news the Western one (عيد الفصح المجيد is read: its own
entry)."""

FEAST_EVE_WORDS: Final = frozenset({"ليلة", "عشية"})
"""Words right before a feast that name the day before it (ليلة عيد الفطر، عشية عيد الميلاد)."""

FEAST_DAY_NOUNS: Final = frozenset({"أيام"})
"""The noun between an ordinal and a feast that counts its days (ثالث أيام عيد الفطر: the
feast's first day plus two); also read: اليوم الثالث من عيد الأضحى / لعيد الأضحى."""

EASTER_FEASTS: Final = MappingProxyType(
    {
        "الجمعة العظيمة": (-2, False),
        "الجمعة الحزينة": (-2, False),
        "أحد الشعانين": (-7, False),
        "أحد السعف": (-7, False),
        "خميس العهد": (-3, False),  # Maundy Thursday, three days before Easter
        "خميس الأسرار": (-3, False),
        "شم النسيم": (1, True),  # Egypt's spring feast: the Monday after the Coptic Easter
    }
)
"""Days counted from Easter -> (days after it, always the Eastern Easter): Good Friday, Palm
Sunday (Western unless a rite follows, as the feasts above), شم النسيم."""
