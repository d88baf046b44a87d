"""Month names of Arabic news: four Gregorian systems and the Hijri calendar.

One variant a line, in natural spelling (hamza, alef maksura, teh marbuta as
written); the date finder folds every entry with the MATCHING normalization when
it builds its patterns, so spellings that fold together need one line only when
they are worth documenting. A variant belongs to exactly one table: forms shared
by several systems (مارس, سبتمبر ...) sit in :data:`PAN_ARAB`. Sources are in
``docs/explanation/dates.md`` and the project's reference notes.

To add a variant, see ``docs/how-to/add-a-month-variant.md``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AMBIGUOUS_MONTHS",
    "CONTEXT_ONLY",
    "DAY_AND_YEAR_ONLY",
    "HIJRI",
    "LATIN",
    "LEVANTINE",
    "MAGHREBI",
    "MOROCCAN",
    "NO_CLITIC",
    "PAN_ARAB",
    "SOLAR_HIJRI",
]

PAN_ARAB: Final = MappingProxyType(
    {
        "يناير": 1,  # Egypt, Gulf, Sudan, Yemen, Libya; also Morocco
        "ياناير": 1,  # informal misspelling
        "فبراير": 2,  # pan-Arab; also Morocco
        "فيبراير": 2,  # informal (Gulf, Egyptian web)
        "مارس": 3,  # pan-Arab incl. Algeria, Tunisia, Morocco; also a verb: context only
        "أبريل": 4,  # pan-Arab; also Morocco
        "إبريل": 4,  # Mauritania, older Morocco
        "مايو": 5,  # Egypt, Gulf; older Morocco, Mauritania
        "يونيو": 6,  # Egypt, Gulf, Morocco
        "يونيه": 6,  # Egyptian spelling (word-bounded: مديونيه is not June)
        "يونية": 6,  # Egyptian, teh marbuta spelling
        "يوليو": 7,  # Egypt, Gulf; older Morocco, Mauritania
        "يوليه": 7,  # Egyptian spelling
        "يولية": 7,  # Egyptian, teh marbuta spelling
        "أغسطس": 8,  # Egypt, Gulf
        "سبتمبر": 9,  # pan-Arab incl. Algeria, Tunisia
        "سيبتمبر": 9,  # informal
        "سبتمر": 9,  # a misspelling seen on Syrian and Algerian pages (sealed rounds zvj, zvr)
        "أكتوبر": 10,  # pan-Arab incl. Maghreb
        "اوكتوبر": 10,  # informal
        "نوفمبر": 11,  # pan-Arab incl. Maghreb
        "نوڤمبر": 11,  # with veh (Levantine and Maghrebi typography)
        "ديسمبر": 12,  # pan-Arab incl. Maghreb
        "ديسيمبر": 12,  # informal (an Algerian page of the sealed round zvr)
    }
)
"""Pan-Arab (Egyptian and Gulf) transliterated month names -> month number."""

LEVANTINE: Final = MappingProxyType(
    {
        "كانون الثاني": 1,  # Iraq, Syria, Lebanon, Jordan, Palestine
        "كانون ثاني": 1,  # without the article
        "كانون الآخر": 1,  # the older name (as تشرين الآخر)
        "كانون 2": 1,  # short form
        "كانون2": 1,  # the short form with its digit glued (كانون2/يناير, a date line's habit)
        "ك2": 1,  # Lebanese and Syrian press short form: with a day and a year only
        "شباط": 2,
        "آذار": 3,  # also a Persian name (Azar): context only
        "نيسان": 4,  # also the car brand Nissan: context only
        "أيار": 5,
        "مايس": 5,  # Iraq's name of May (the Syriac one), in Iraqi official and press writing
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,  # folds to اب, also "father": context only, no clitic (باب is a door)
        "أب": 8,  # common misspelling, same traps
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين أول": 10,  # without the article
        "تشرين 1": 10,  # short form
        "تشرين1": 10,
        "ت1": 10,  # press short form: with a day and a year only
        "تشرين الثاني": 11,
        "تشرين ثاني": 11,  # without the article
        "تشرين الآخر": 11,  # the older name, in Lebanese and Palestinian writing (lajinet.net)
        "تشرين 2": 11,  # short form
        "تشرين2": 11,
        "ت2": 11,  # press short form: with a day and a year only
        "كانون الأول": 12,
        # the article on the first word too (awjly.com: الكانون/ديسمبر), with its ordinal
        "الكانون الثاني": 1,
        "الكانون الأول": 12,
        "التشرين الأول": 10,
        "التشرين الثاني": 11,
        "كانون أول": 12,  # without the article
        "كانون 1": 12,  # short form
        "كانون1": 12,
        "ك1": 12,  # press short form: with a day and a year only
    }
)
"""Levantine and Iraqi (Syriac) month names -> month number."""

AMBIGUOUS_MONTHS: Final = MappingProxyType(
    {
        "كانون": (1, 12),  # bare: January or December (also the brand Canon)
        "تشرين": (10, 11),  # bare: October or November
        # with the article, before its twin (awjly.com: في 24 الكانون/ديسمبر المقبل)
        "الكانون": (1, 12),
        "التشرين": (10, 11),
    }
)
"""Levantine names that do not say which of two months they mean -> the candidates.

Found only with a day or a year (or beside a month name of another system, which
settles the month); the month is left unresolved (``2023-XX-20``) otherwise.
"""

MAGHREBI: Final = MappingProxyType(
    {
        "جانفي": 1,  # Algeria, Tunisia
        "فيفري": 2,  # Algeria, Tunisia
        "فيفريه": 2,  # rare spelling
        "أفريل": 4,  # Algeria, Tunisia
        "ماي": 5,  # Algeria, Tunisia, Morocco (longest match keeps مايو apart): context only
        "جوان": 6,  # Algeria, Tunisia; also a given name: context only
        "جويلية": 7,  # Algeria, Tunisia
        "جويليه": 7,  # h-final spelling
        "أوت": 8,  # Algeria, Tunisia
    }
)
"""Algerian and Tunisian (French-derived) month names -> month number."""

MOROCCAN: Final = MappingProxyType(
    {
        "يوليوز": 7,  # Morocco
        "غشت": 8,  # Morocco
        "أغشت": 8,  # Mauritania
        "شتنبر": 9,  # Morocco
        "شتمبر": 9,  # Mauritania, older Morocco
        "نونبر": 11,  # Morocco
        "دجنبر": 12,  # Morocco
        "دجمبر": 12,  # Mauritania, older Morocco
    }
)
"""Moroccan and Mauritanian month names -> month number (other months: pan-Arab)."""

HIJRI: Final = MappingProxyType(
    {
        "محرم": 1,
        "المحرم": 1,  # classical, Saudi official
        "صفر": 2,  # also "zero"
        "ربيع الأول": 3,
        "ربيع أول": 3,
        "ربيع الآخر": 4,  # Umm al-Qura, CLDR
        "ربيع الآخرة": 4,  # feminine by analogy with جمادى الآخرة, common in print
        "ربيع الثاني": 4,  # Levant, Egypt, hijridate
        "ربيع ثاني": 4,
        "ربيع آخر": 4,
        "جمادى الأولى": 5,
        "جمادى الأول": 5,  # common, grammatically loose
        "جماد الأول": 5,  # Gulf, informal
        "جمادى أولى": 5,
        "جمادى أول": 5,
        "جمادى الآخرة": 6,  # Umm al-Qura, CLDR
        "جمادى الثانية": 6,  # Levant, Egypt
        "جمادى ثانية": 6,
        "جمادى الثاني": 6,
        "جمادى الآخر": 6,
        "جماد الآخر": 6,
        "جماد الثاني": 6,
        "جمادى آخرة": 6,
        "جمادى ثاني": 6,
        "جمادى آخر": 6,  # no article, masculine: Egyptian page date lines
        "رجب": 7,  # also a given name (رجب طيب أردوغان)
        "شعبان": 8,  # also a given and family name
        "رمضان": 9,  # also a given name (رمضان قديروف)
        "شوال": 10,
        "ذو القعدة": 11,  # nominative
        "ذي القعدة": 11,  # genitive (في 24 من ذي القعدة)
        "ذا القعدة": 11,  # accusative
        "ذوالقعدة": 11,  # without the space
        "ذو الحجة": 12,
        "ذي الحجة": 12,
        "ذا الحجة": 12,
        "ذوالحجة": 12,
    }
)
"""Hijri month names -> month number (1 Muharram ... 12 Dhu al-Hijja).

Every Hijri name needs context: a day, a year, the word شهر or an era mark.
"""

LATIN: Final = MappingProxyType(
    {
        # English month names in Arabic pages (datelines, bylines, copied headers)
        "January": 1,
        "january": 1,
        "JANUARY": 1,
        "February": 2,
        "february": 2,
        "FEBRUARY": 2,
        "March": 3,
        "march": 3,
        "MARCH": 3,
        "April": 4,
        "april": 4,
        "APRIL": 4,
        "May": 5,
        "may": 5,
        "MAY": 5,
        "June": 6,
        "june": 6,
        "JUNE": 6,
        "July": 7,
        "july": 7,
        "JULY": 7,
        "August": 8,
        "august": 8,
        "AUGUST": 8,
        "September": 9,
        "september": 9,
        "SEPTEMBER": 9,
        "October": 10,
        "october": 10,
        "OCTOBER": 10,
        "November": 11,
        "november": 11,
        "NOVEMBER": 11,
        "December": 12,
        "december": 12,
        "DECEMBER": 12,
        "Jan": 1,
        "Feb": 2,
        "Mar": 3,
        "Apr": 4,
        "Jun": 6,
        "Jul": 7,
        "Aug": 8,
        "Sep": 9,
        "Sept": 9,
        "Oct": 10,
        "Nov": 11,
        "Dec": 12,
    }
)
"""English month names, as Arab sites print them in Latin script (Monday 3 June 2024,
November 22, 2025): calendar ``gregorian``. Found only with a day or a year (``CONTEXT_ONLY``):
May and March are English words too."""

CONTEXT_ONLY: Final = frozenset(
    {
        "مارس",  # the verb "practised" (مارس ضغوطا)
        "آذار",  # a Persian name
        "نيسان",  # the car brand
        "آب",  # "father"
        "أب",
        "ماي",  # dialectal "water", English "my"
        "جوان",  # a given name
        "غشت",  # the verb "cheated" (قالت إنها غشت في الامتحان)
        "مايس",  # Iraqi May; also a given name (مايس, a woman's name in the Levant)
        *HIJRI,
        *LATIN,
    }
)
"""Month variants found only with a day, a year, a dual partner, شهر, an era mark,
a relative word (الماضي) or a preposition of time before them (في, منذ, حتى ...)."""

SOLAR_HIJRI: Final = frozenset(
    {
        *("فروردين", "فروردین", "أرديبهشت", "اردیبهشت", "ارديبهشت", "خرداد", "تير", "تیر"),
        *("مرداد", "شهريور", "شهریور", "مهر", "آبان", "آذر", "دي", "دی", "بهمن", "اسفند"),
        "إسفند",
    }
)
"""The months of the Iranian (solar Hijri) calendar, as Iranian outlets print them beside a
Gregorian date (11 تشرين الثاني 2025 (20 آبان 1404هـ)). They are not read as dates (no
conversion is shipped); a year right after one is no lunar Hijri year."""

DAY_AND_YEAR_ONLY: Final = frozenset({"ك1", "ك2", "ت1", "ت2"})
"""Short forms too ambiguous to stand without both a day and a year."""

NO_CLITIC: Final = frozenset({"آب", "أب"})
"""Variants that take no proclitic: ب + اب is باب (door), ل + اب is لاب."""
