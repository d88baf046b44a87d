"""Markers of boilerplate and datelines in scraped Arabic news articles.

What a news site wraps around a story: share buttons, photo and source credits,
"read also" links, comment boxes, copyright lines, lists of other stories'
headlines, footer fields (date, issue number), agency signatures. Each entry is
written in natural spelling; :mod:`diplomatext.articles` folds it with
``normalize(entry, MATCHING)`` when it compiles its patterns, so أ/ا, ة/ه, ى/ي,
diacritics, tatweel and Persian letters never need separate entries.

Entries are general: phrases used across Egyptian, Levantine, Gulf, Iraqi,
Maghrebi and Russian- and Turkish-run Arabic outlets, not the house style of
one site. Every entry carries an ``example`` line, and the test suite checks
that each example is classified by its own entry (``tests/test_articles_data.py``).

This module imports nothing from the logic modules.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AGENCIES",
    "AGO_LINE_WORDS",
    "AGO_UNITS",
    "AGO_WORDS",
    "BYLINE_VERBS",
    "CRAWL_STAMP_JOINERS",
    "DATE_LABELS",
    "DATE_LINE_FILLERS",
    "MARKERS",
    "OUTLETS",
    "PLACES",
    "REASONS",
    "SOCIAL_NETWORKS",
    "TODAY_WORDS",
    "UPDATE_RANK",
    "Marker",
    "MarkerKind",
]

MarkerKind = Literal["whole", "label", "crumb", "start", "anywhere", "section"]
"""How a marker matches a line (always on the folded, stripped line).

- ``whole``: the line is the phrase and nothing else (surrounding punctuation,
  brackets and the names of :data:`SOCIAL_NETWORKS` aside): ``مشاركة :``.
- ``label``: the line starts with the phrase followed by a colon: ``المصدر: تاس``.
- ``crumb``: the line starts with the phrase followed by a path separator
  (a slash, ``>``, ``|`` or a guillemet): ``الرئيسية / أخبار / سياسة``.
- ``start``: the line starts with the phrase as whole words: ``اقرأ أيضا ...``.
- ``anywhere``: the phrase occurs in the line as whole words: ``© 2024 جميع الحقوق محفوظة``.
- ``section``: the line is a short heading that opens a list of other stories
  or links; after the story has begun, everything from it to the end is
  boilerplate.

Every kind also requires the line to have at most ``max_words`` words, so
that a sentence of the story that happens to start with the same words
("مشاركة روسيا في القمة ...", "آخر الأخبار تشير إلى ...") is never removed.
"""


class Marker(NamedTuple):
    """One boilerplate marker: a phrase, how it matches a line, and why it is boilerplate."""

    phrase: str
    """The phrase in natural spelling (folded when compiled)."""
    kind: MarkerKind
    """How it matches a line; see :data:`MarkerKind`."""
    reason: str
    """A key of :data:`REASONS`."""
    max_words: int
    """The longest line (in words) the marker may remove (for a section: its heading line)."""
    example: str
    """A real-looking line the marker must classify (tested)."""
    takes_next: bool = False
    """A bare heading (``اقرأ أيضا``) also removes the one line after it."""


REASONS: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        "repeated-headline": "the headline printed a second time",
        "share-buttons": "share buttons and the names of social networks",
        "photo-credit": "a photo caption or credit",
        "source-credit": "the source or agency credited under the story",
        "agency-signature": "the agency or outlet signature that closes a wire story",
        "read-also": "a link to another story inside or under the article",
        "related-stories": "a list of other stories' headlines",
        "comments": "a comment box or its invitation",
        "copyright": "a copyright or rights notice",
        "follow-us": "an invitation to follow the outlet",
        "newsletter": "a newsletter or app promotion",
        "tags": "tags and keywords of the page",
        "page-tools": "print, font size, copy-link and similar page tools",
        "breadcrumbs": "the navigation path of the page",
        "byline": "the writer, editor or translator credit",
        "continued": "a wire continuation or end marker",
        "footer-field": "a footer field of the page (date, issue number)",
        "date-line": "a line that holds only the date (and time) of the page",
        "crawl-stamp": "the date and time a scraper fetched the page (2024-09-12@08:15:40): "
        "never the publication date",
        "time-ago": "a widget saying how long ago the page was posted (منذ 3 ساعات): "
        "relative to a day nobody wrote down",
        "tracking-token": "a base64, hexadecimal or other machine token",
        "editor-initials": "the editors' initials that close a wire story (م.ع/ ح.س)",
        "wire-code": "a wire transmission code: the agency, a time stamp, GMT, month and year",
        "advertisement": "an advertisement slot",
        "link": "a bare web address",
        "trailing-fragment": "a short line after the story that is not a sentence "
        "(a tag, caption or section name)",
        "separator": "a line of symbols only (*** or ----)",
    }
)
"""Every reason code a :class:`diplomatext.articles.Boilerplate` can carry, with its meaning."""


def _m(
    phrase: str,
    kind: MarkerKind,
    reason: str,
    max_words: int,
    example: str,
    *,
    takes_next: bool = False,
) -> Marker:
    return Marker(phrase, kind, reason, max_words, example, takes_next)


MARKERS: Final[tuple[Marker, ...]] = (
    # --- sharing -------------------------------------------------------------
    _m("مشاركة", "whole", "share-buttons", 8, "مشاركة :"),
    _m("شارك", "whole", "share-buttons", 8, "شارك"),
    _m("شارك الخبر", "whole", "share-buttons", 10, "شارك الخبر: فيسبوك تويتر واتساب"),
    _m("شارك المقال", "whole", "share-buttons", 10, "شارك المقال"),
    _m("شارك هذا المقال", "start", "share-buttons", 12, "شارك هذا المقال على فيسبوك"),
    _m("شارك على", "start", "share-buttons", 8, "شارك على تويتر"),
    _m("انشر على", "start", "share-buttons", 8, "انشر على فيسبوك"),
    _m("المشاركة", "whole", "share-buttons", 8, "المشاركة"),
    _m("Share", "whole", "share-buttons", 8, "Share: Facebook Twitter"),
    # --- photo credits -------------------------------------------------------
    _m("الصورة", "label", "photo-credit", 14, "الصورة: وزارة الخارجية الروسية"),
    _m("صورة", "label", "photo-credit", 14, "صورة: أرشيفية"),
    _m("تصوير", "label", "photo-credit", 10, "تصوير: أحمد حسن"),
    _m("مصدر الصورة", "start", "photo-credit", 12, "مصدر الصورة، Getty Images"),
    _m("صورة أرشيفية", "start", "photo-credit", 12, "صورة أرشيفية للقاء الوزيرين"),
    _m("الصورة من", "start", "photo-credit", 10, "الصورة من رويترز"),
    _m("Getty Images", "anywhere", "photo-credit", 10, "(Getty Images)"),
    # --- source credits ------------------------------------------------------
    _m("المصدر", "label", "source-credit", 12, "المصدر: تاس"),
    _m("المصادر", "label", "source-credit", 16, "المصادر: رويترز، فرانس برس"),
    _m("مصدر الخبر", "label", "source-credit", 12, "مصدر الخبر: وكالة الأنباء الكويتية"),
    _m("نقلا عن", "start", "source-credit", 8, "نقلا عن سكاي نيوز عربية"),
    # --- read also, links to other stories -----------------------------------
    _m(
        "اقرأ أيضا",
        "start",
        "read-also",
        30,
        "اقرأ أيضاً: لافروف يلتقي بلينكن",
        takes_next=True,
    ),
    _m("اقرأ كذلك", "start", "read-also", 30, "اقرأ كذلك: موسكو ترد على واشنطن", takes_next=True),
    _m("اقرأ المزيد", "start", "read-also", 30, "إقرأ المزيد: قمة بوتين وبايدن", takes_next=True),
    _m("شاهد أيضا", "start", "read-also", 30, "شاهد أيضاً", takes_next=True),
    _m("طالع أيضا", "start", "read-also", 30, "طالع أيضا: روسيا تنسحب", takes_next=True),
    _m("للمزيد", "label", "read-also", 30, "للمزيد: اضغط هنا"),
    _m("اضغط هنا", "anywhere", "read-also", 12, "لمتابعة آخر الأخبار اضغط هنا"),
    _m("انقر هنا", "anywhere", "read-also", 12, "للاطلاع على النص الكامل انقر هنا"),
    # --- lists of other stories (sections) -----------------------------------
    _m("آخر الأخبار", "section", "related-stories", 4, "آخر الأخبار"),
    _m("أحدث الأخبار", "section", "related-stories", 4, "أحدث الأخبار"),
    _m("الأكثر قراءة", "section", "related-stories", 4, "الأكثر قراءة"),
    _m("الأكثر مشاهدة", "section", "related-stories", 4, "الأكثر مشاهدة"),
    _m("الأكثر تداولا", "section", "related-stories", 4, "الأكثر تداولاً"),
    _m("الأكثر تفاعلا", "section", "related-stories", 4, "الأكثر تفاعلا"),
    _m("أخبار ذات صلة", "section", "related-stories", 4, "أخبار ذات صلة"),
    _m("مواضيع ذات صلة", "section", "related-stories", 4, "مواضيع ذات صلة"),
    _m("مقالات ذات صلة", "section", "related-stories", 4, "مقالات ذات صلة"),
    _m("روابط ذات صلة", "section", "related-stories", 4, "روابط ذات صلة"),
    _m("أخبار متعلقة", "section", "related-stories", 4, "أخبار متعلقة"),
    _m("الأخبار المتعلقة", "section", "related-stories", 4, "الأخبار المتعلقة"),
    _m("المزيد من الأخبار", "section", "related-stories", 4, "المزيد من الأخبار"),
    _m("قد يعجبك أيضا", "section", "related-stories", 4, "قد يعجبك أيضاً"),
    _m("اخترنا لك", "section", "related-stories", 4, "اخترنا لك"),
    _m("أخبار أخرى", "section", "related-stories", 4, "أخبار أخرى"),
    # --- comments ------------------------------------------------------------
    _m("أفكارك وتعليقاتك", "whole", "comments", 6, "أفكارك وتعليقاتك"),
    _m("أضف تعليقك", "start", "comments", 10, "أضف تعليقك"),
    _m("أضف تعليقا", "start", "comments", 10, "أضف تعليقاً"),
    _m("اترك تعليقا", "start", "comments", 10, "اترك تعليقاً"),
    _m("التعليقات", "whole", "comments", 6, "التعليقات (0)"),
    _m("تعليقات القراء", "start", "comments", 8, "تعليقات القراء"),
    _m("لا توجد تعليقات", "start", "comments", 8, "لا توجد تعليقات"),
    _m("اكتب تعليقك", "start", "comments", 10, "اكتب تعليقك هنا"),
    # --- copyright -----------------------------------------------------------
    _m("جميع الحقوق محفوظة", "anywhere", "copyright", 20, "© 2024 جميع الحقوق محفوظة"),
    _m("كل الحقوق محفوظة", "anywhere", "copyright", 20, "كل الحقوق محفوظة"),
    _m("حقوق النشر محفوظة", "anywhere", "copyright", 20, "حقوق النشر محفوظة للوكالة"),
    _m("حقوق الطبع", "anywhere", "copyright", 20, "حقوق الطبع والنشر © 2023"),
    _m("©", "anywhere", "copyright", 20, "© العين الإخبارية 2021"),
    _m("Copyright", "anywhere", "copyright", 20, "Copyright 2022 Sputnik"),
    _m("All rights reserved", "anywhere", "copyright", 20, "All rights reserved."),
    _m("يمنع نسخ", "start", "copyright", 20, "يمنع نسخ أو إعادة نشر المحتوى دون إذن"),
    # --- follow us, newsletters, apps ----------------------------------------
    _m("تابعونا على", "start", "follow-us", 16, "تابعونا على تويتر وفيسبوك"),
    _m("تابعونا عبر", "start", "follow-us", 16, "تابعونا عبر تطبيق تلغرام"),
    _m("تابعوا آخر الأخبار", "start", "follow-us", 16, "تابعوا آخر الأخبار عبر قناتنا على تلغرام"),
    _m("تابع آخر الأخبار", "start", "follow-us", 16, "تابع آخر الأخبار على واتساب"),
    _m("اشترك في", "start", "newsletter", 16, "اشترك في النشرة البريدية"),
    _m("اشترك الآن", "start", "newsletter", 16, "اشترك الآن"),
    _m("للاشتراك في", "start", "newsletter", 16, "للاشتراك في قناتنا على يوتيوب اضغط هنا"),
    _m("حمل تطبيق", "start", "newsletter", 16, "حمّل تطبيق الوكالة على هاتفك"),
    _m("النشرة البريدية", "start", "newsletter", 12, "النشرة البريدية"),
    # --- tags ----------------------------------------------------------------
    _m("كلمات دلالية", "start", "tags", 40, "كلمات دلالية: روسيا، أمريكا، لافروف"),
    _m("الكلمات الدلالية", "start", "tags", 40, "الكلمات الدلالية"),
    _m("الكلمات المفتاحية", "start", "tags", 40, "الكلمات المفتاحية: نيو ستارت"),
    _m("كلمات مفتاحية", "start", "tags", 40, "كلمات مفتاحية: سوريا"),
    _m("الوسوم", "label", "tags", 40, "الوسوم: بوتين بايدن"),
    _m("وسوم", "label", "tags", 40, "وسوم: الأمم المتحدة"),
    _m("Tags", "label", "tags", 40, "Tags: Russia USA"),
    # --- page tools ----------------------------------------------------------
    _m("طباعة", "whole", "page-tools", 6, "طباعة"),
    _m("حجم الخط", "start", "page-tools", 8, "حجم الخط"),
    _m("تكبير الخط", "start", "page-tools", 8, "تكبير الخط تصغير الخط"),
    _m("نسخ الرابط", "start", "page-tools", 8, "نسخ الرابط"),
    _m("رابط مختصر", "start", "page-tools", 10, "رابط مختصر: https://example.com/a1"),
    _m("الرابط المختصر", "start", "page-tools", 10, "الرابط المختصر"),
    _m("أرسل لصديق", "start", "page-tools", 8, "أرسل لصديق"),
    _m("وقت القراءة", "start", "page-tools", 8, "وقت القراءة: 3 دقائق"),
    _m("دقائق للقراءة", "anywhere", "page-tools", 6, "4 دقائق للقراءة"),
    # --- breadcrumbs and advertisements --------------------------------------
    _m("الرئيسية", "crumb", "breadcrumbs", 16, "الرئيسية / أخبار / سياسة"),
    _m("الصفحة الرئيسية", "crumb", "breadcrumbs", 16, "الصفحة الرئيسية > عربي ودولي"),
    _m("الأخبار", "crumb", "breadcrumbs", 16, "الأخبار » عربي ودولي » سوريا"),
    _m("Home", "crumb", "breadcrumbs", 16, "Home / News / World"),
    _m("إعلان", "whole", "advertisement", 3, "- إعلان -"),
    _m("مساحة إعلانية", "whole", "advertisement", 3, "مساحة إعلانية"),
    _m("Advertisement", "whole", "advertisement", 3, "Advertisement"),
    # --- bylines -------------------------------------------------------------
    _m("بقلم", "start", "byline", 6, "بقلم: سامر الخطيب"),
    _m("كتب", "label", "byline", 6, "كتب: محمد عبد الله"),
    _m("كتبت", "label", "byline", 6, "كتبت: سارة أحمد"),
    _m("إعداد", "label", "byline", 8, "إعداد: قسم الأخبار الدولية"),
    _m("ترجمة", "label", "byline", 8, "ترجمة: وحدة الرصد"),
    _m("تحرير", "label", "byline", 8, "تحرير: علي حسين"),
    _m("المحرر", "label", "byline", 8, "المحرر: نادية الشامي"),
    _m("مراجعة", "label", "byline", 8, "مراجعة: فريق التحرير"),
    # --- wire continuation and end markers -----------------------------------
    _m("تستمر", "whole", "continued", 3, "(تستمر)"),
    _m("يتبع", "whole", "continued", 3, "-- يتبع --"),
    _m("انتهى", "whole", "continued", 3, "ـ (انتهى) ـ"),
    _m("النهاية", "whole", "continued", 3, "(النهاية)"),
    _m("تتمة", "whole", "continued", 3, "(تتمة)"),
    # --- footer fields ---------------------------------------------------------
    _m("التاريخ", "label", "footer-field", 12, "التاريخ: الأربعاء 15-5-2019"),
    # two-word date labels are read with or without their colon ("تاريخ النشر 23-05-2024")
    _m("تاريخ النشر", "start", "footer-field", 12, "تاريخ النشر 12 مارس 2023"),
    _m("تاريخ الإضافة", "start", "footer-field", 12, "تاريخ الإضافة: 2023/03/12"),
    _m("تاريخ الخبر", "start", "footer-field", 12, "تاريخ الخبر 2023-03-12"),
    _m("نشر في", "start", "footer-field", 12, "نشر في: الثلاثاء 18 يناير 2022"),
    _m("نشر بتاريخ", "start", "footer-field", 12, "نُشر بتاريخ 18 يناير 2022"),
    _m("تم النشر", "start", "footer-field", 12, "تم النشر في 18 كانون الثاني 2022"),
    _m("آخر تحديث", "start", "footer-field", 12, "آخر تحديث: 18 يناير 2022 - 14:05"),
    _m("تاريخ التحديث", "start", "footer-field", 12, "تاريخ التحديث 2022-01-18"),
    _m("الرقم", "label", "footer-field", 4, "الرقم: 16978"),
    _m("العدد", "label", "footer-field", 4, "العدد: 5120"),
    _m("رقم العدد", "label", "footer-field", 4, "رقم العدد: 5120"),
    _m("الصفحة", "label", "footer-field", 4, "الصفحة: 3"),
)
"""The boilerplate markers, each with how it matches, why, a size limit and a tested example."""

DATE_LABELS: Final[Mapping[str, int]] = types.MappingProxyType(
    {
        # label -> what the date it introduces is: 0 the publication date,
        # 1 the page's date (a publication date when nothing better is found),
        # 2 an update (UPDATE_RANK): never taken as the publication date.
        "تاريخ النشر": 0,
        "نشر في": 0,
        "نشر بتاريخ": 0,
        "تم النشر": 0,
        "تاريخ الإضافة": 0,
        "تاريخ الخبر": 0,
        "التاريخ": 1,
        "آخر تحديث": 2,
        "تاريخ التحديث": 2,
    }
)
"""Footer labels that introduce the page's date, with what that date is.

A publication label (0) beats a plain "date" label (1); an "updated" stamp
(:data:`UPDATE_RANK`) says when the page last changed, not when it was
published, and is never taken as the publication date.
"""

UPDATE_RANK: Final = 2
"""The :data:`DATE_LABELS` rank of a label that introduces an update, not the publication."""

CRAWL_STAMP_JOINERS: Final[frozenset[str]] = frozenset(
    {
        "@",  # 2024-09-12@08:15:40, the stamp scrapers write when they fetch a page
    }
)
"""Characters that join a date to its time in a scraper's stamp, never in an outlet's.

A date line whose date is followed by one of them and a time is a crawl stamp:
taken out as ``crawl-stamp`` and never read as the publication date.
"""

TODAY_WORDS: Final[frozenset[str]] = frozenset({"اليوم"})
"""Words that make a date of the lead paragraph the day of writing.

"أعلنت الخارجية اليوم الخميس 14 مارس 2019 أن ...": a full date the story
itself calls today is its publication date, before any stamp of the site.
"""

AGO_WORDS: Final[frozenset[str]] = frozenset({"منذ", "قبل"})
"""Words that open a "how long ago" widget ("منذ 3 ساعات", "قبل 5 دقائق")."""

AGO_UNITS: Final[frozenset[str]] = frozenset(
    {
        "ثانية",
        "ثوان",
        "ثواني",
        "دقيقة",
        "دقائق",
        "دقيقتين",
        "ساعة",
        "ساعات",
        "ساعتين",
        "يوم",
        "أيام",
        "يومين",
        "أسبوع",
        "أسابيع",
        "أسبوعين",
        "شهر",
        "أشهر",
        "شهرين",
        "سنة",
        "سنوات",
        "عام",
        "أعوام",
    }
)
"""Units of a "how long ago" widget: a short line of an :data:`AGO_WORDS` word, maybe a
number, and one of these ("منذ ساعتين", "منذ 3 ساعات") is taken out as ``time-ago``."""

AGO_LINE_WORDS: Final = 4
"""The longest line (in words) that can be a "how long ago" widget."""

DATE_LINE_FILLERS: Final[frozenset[str]] = frozenset(
    {
        "الموافق",  # Hijri date "الموافق" Gregorian date
        "بتاريخ",  # "on the date": بتاريخ 23/05/2024
        "م",  # ميلادي
        "هـ",  # هجري
        "ه",
        "ص",  # صباحا
        "مساء",
        "صباحا",
        "بتوقيت",
        "توقيت",
        "مكة",
        "المكرمة",
        "القدس",
        "غرينتش",
        "جرينتش",
        "GMT",
        "UTC",
        "AM",
        "PM",
        "في",
        "الساعة",
        "نشر",
        "تحديث",
        "آخر",
        "منذ",
        "يوم",
        "الأحد",  # weekdays, when a date mention does not take them in
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
    }
)
"""Words a line may hold besides its dates and still count as a bare date line."""

SOCIAL_NETWORKS: Final[frozenset[str]] = frozenset(
    {
        "فيسبوك",
        "فيس بوك",
        "تويتر",
        "إكس",
        "واتساب",
        "واتس اب",
        "تلغرام",
        "تيليجرام",
        "تليجرام",
        "لينكد إن",
        "لينكدإن",
        "انستغرام",
        "إنستغرام",
        "انستجرام",
        "يوتيوب",
        "تيك توك",
        "البريد الإلكتروني",
        "طباعة",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "Telegram",
        "LinkedIn",
        "Email",
        "Print",
        "X",
    }
)
"""Names printed on share buttons; a line of nothing else is share buttons."""

AGENCIES: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        # surface form -> the agency, as a reader would name it
        "واس": "وكالة الأنباء السعودية",  # Saudi Arabia
        "وام": "وكالة أنباء الإمارات",  # United Arab Emirates
        "قنا": "وكالة الأنباء القطرية",  # Qatar
        "كونا": "وكالة الأنباء الكويتية",  # Kuwait
        "بنا": "وكالة أنباء البحرين",  # Bahrain
        "العمانية": "وكالة الأنباء العمانية",  # Oman
        "أ ش أ": "وكالة أنباء الشرق الأوسط",  # Egypt (MENA)
        "سانا": "الوكالة العربية السورية للأنباء",  # Syria
        "بترا": "وكالة الأنباء الأردنية",  # Jordan
        "وفا": "وكالة الأنباء الفلسطينية",  # Palestine
        "واع": "وكالة الأنباء العراقية",  # Iraq
        "الوطنية للإعلام": "الوكالة الوطنية للإعلام",  # Lebanon
        "ومع": "وكالة المغرب العربي للأنباء",  # Morocco (و م ع)
        "و م ع": "وكالة المغرب العربي للأنباء",  # Morocco
        "لاماب": "وكالة المغرب العربي للأنباء",  # Morocco (MAP)
        "واج": "وكالة الأنباء الجزائرية",  # Algeria (APS)
        "وات": "وكالة تونس إفريقيا للأنباء",  # Tunisia (TAP)
        "وال": "وكالة الأنباء الليبية",  # Libya (LANA)
        "سونا": "وكالة السودان للأنباء",  # Sudan
        "سبأ": "وكالة الأنباء اليمنية",  # Yemen
        "ومأ": "الوكالة الموريتانية للأنباء",  # Mauritania
        "أ ف ب": "وكالة فرانس برس",  # France
        "فرانس برس": "وكالة فرانس برس",
        "رويترز": "رويترز",  # United Kingdom
        "أ ب": "أسوشيتد برس",  # United States
        "أسوشيتد برس": "أسوشيتد برس",
        "د ب أ": "وكالة الأنباء الألمانية",  # Germany (dpa)
        "إفي": "وكالة إفي",  # Spain
        "آكي": "وكالة آكي",  # Italy
        "شينخوا": "وكالة شينخوا",  # China
        "سبوتنيك": "سبوتنيك",  # Russia
        "تاس": "وكالة تاس",  # Russia
        "نوفوستي": "ريا نوفوستي",  # Russia
        "ريا نوفوستي": "ريا نوفوستي",
        "إنترفاكس": "إنترفاكس",  # Russia
        "الأناضول": "وكالة الأناضول",  # Turkey
        "إرنا": "وكالة الأنباء الإيرانية",  # Iran
        "يونهاب": "وكالة يونهاب",  # South Korea
        "كيودو": "وكالة كيودو",  # Japan
        "يو بي آي": "يونايتد برس إنترناشونال",  # United States
        "وكالات": "وكالات",  # several agencies
    }
)
"""News agencies as datelines and signatures write them, with the agency each names."""

BYLINE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "كتب",  # "كتب محمد السيد" above the story (Egyptian sites)
        "كتبت",
        "كتبه",
        "كتبها",
    }
)
"""Verbs that open a byline without a colon: the verb, maybe a dash, then a name of 2-4 words.

Read only before the story has begun, where "كتب الرئيس على تويتر" cannot stand.
"""

OUTLETS: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        # surface form -> the outlet, as a reader would name it. Datelines
        # quote them ("لندن: «الشرق الأوسط»"); many are also common words
        # (الحياة, الوطن, الرياض), so an outlet of one word is read only
        # between quotes, one of two words or more also bare after a dash
        # ("أبوظبي - سكاي نيوز عربية").
        "الشرق الأوسط": "الشرق الأوسط",  # pan-Arab daily, London
        "العربي الجديد": "العربي الجديد",  # pan-Arab, London
        "القدس العربي": "القدس العربي",  # pan-Arab daily, London
        "الحياة": "الحياة",  # pan-Arab daily
        "النهار": "النهار",  # Lebanon
        "الأخبار": "الأخبار",  # Lebanon
        "الأهرام": "الأهرام",  # Egypt
        "بوابة الأهرام": "بوابة الأهرام",  # Egypt
        "الشروق": "الشروق",  # Egypt
        "المصري اليوم": "المصري اليوم",  # Egypt
        "اليوم السابع": "اليوم السابع",  # Egypt
        "الخليج": "الخليج",  # United Arab Emirates
        "البيان": "البيان",  # United Arab Emirates
        "الاتحاد": "الاتحاد",  # United Arab Emirates
        "عكاظ": "عكاظ",  # Saudi Arabia
        "الرياض": "الرياض",  # Saudi Arabia (also the city)
        "الوطن": "الوطن",  # Saudi Arabia, Syria, Kuwait, Qatar
        "القبس": "القبس",  # Kuwait
        "الراية": "الراية",  # Qatar
        "الغد": "الغد",  # Jordan
        "الرأي": "الرأي",  # Jordan
        "الثورة": "الثورة",  # Syria
        "تشرين": "تشرين",  # Syria
        "الصباح": "الصباح",  # Iraq, Tunisia
        "الخبر": "الخبر",  # Algeria
        "الشروق أونلاين": "الشروق",  # Algeria
        "هسبريس": "هسبريس",  # Morocco
        "الجزيرة": "الجزيرة",  # Qatar
        "الجزيرة نت": "الجزيرة نت",
        "العربية": "العربية",  # Saudi-owned, Dubai
        "العربية نت": "العربية نت",
        "سكاي نيوز عربية": "سكاي نيوز عربية",  # Abu Dhabi
        "روسيا اليوم": "آر تي عربي",  # Russia
        "آر تي": "آر تي عربي",
        "الميادين": "الميادين",  # Lebanon
        "العين الإخبارية": "العين الإخبارية",  # United Arab Emirates
        "إرم نيوز": "إرم نيوز",  # United Arab Emirates
        "عربي 21": "عربي 21",  # London
        "بي بي سي عربي": "بي بي سي عربي",  # United Kingdom
        "فرانس 24": "فرانس 24",  # France
        "دويتشه فيله": "دويتشه فيله",  # Germany
    }
)
"""Newspapers, sites and channels as datelines name them, with the outlet each names."""

PLACES: Final[frozenset[str]] = frozenset(
    {
        # Arab capitals and the cities datelines name most
        "القاهرة",
        "الإسكندرية",
        "الرياض",
        "جدة",
        "مكة المكرمة",
        "دبي",
        "أبوظبي",
        "أبو ظبي",
        "الشارقة",
        "الدوحة",
        "الكويت",
        "المنامة",
        "مسقط",
        "عمان",  # Amman and Oman are spelled alike without vowels
        "بيروت",
        "دمشق",
        "حلب",
        "بغداد",
        "أربيل",
        "البصرة",
        "القدس",
        "رام الله",
        "غزة",
        "الرباط",
        "الدار البيضاء",
        "طنجة",
        "الجزائر",
        "وهران",
        "تونس",
        "طرابلس",
        "بنغازي",
        "الخرطوم",
        "نواكشوط",
        "صنعاء",
        "عدن",
        "مقديشو",
        "جيبوتي",
        # capitals and venues of diplomacy elsewhere
        "موسكو",
        "سوتشي",
        "سانت بطرسبرغ",
        "واشنطن",
        "نيويورك",
        "الأمم المتحدة",
        "لندن",
        "باريس",
        "برلين",
        "بروكسل",
        "جنيف",
        "فيينا",
        "روما",
        "مدريد",
        "لاهاي",
        "ستوكهولم",
        "أوسلو",
        "وارسو",
        "كييف",
        "مينسك",
        "أنقرة",
        "إسطنبول",
        "طهران",
        "بكين",
        "طوكيو",
        "سيول",
        "بيونغ يانغ",
        "نيودلهي",
        "إسلام آباد",
        "كابول",
        "أستانا",
        "باكو",
        "يريفان",
        "تبليسي",
        "أديس أبابا",
        "نيروبي",
        "بريتوريا",
        "أوتاوا",
        "برازيليا",
        "كانبيرا",
    }
)
"""Places that open datelines ("الرباط - ...", "موسكو (رويترز) -")."""
