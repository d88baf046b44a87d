"""Cue words: what makes a number a year, a date point ahead, a range, a dual date.

Plain tables in natural spelling; the date finder folds them with the MATCHING
normalization when it builds its patterns.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ANNUAL_LINKS",
    "ANNUAL_WORDS",
    "CLAUSE_NUMBER_WORDS",
    "COLLOQUIAL_FUTURE_PARTICLES",
    "COLLOQUIAL_FUTURE_PREFIXES",
    "COLLOQUIAL_NOT_FUTURE",
    "COMPARED_WORDS",
    "CONDITIONAL_WORDS",
    "COUNTED_DAY_NOUNS",
    "COUNTED_DAY_PREPOSITIONS",
    "DATE_EQUIVALENCE_WORDS",
    "DATE_NOUNS",
    "DAY_MODIFIERS",
    "DEADLINE_CUES",
    "DECIDED_BEFORE_WORDS",
    "DECIDING_VERBS",
    "DESIGNATING_VERBS",
    "DESIGNATION_BREAKS",
    "DOCUMENT_NUMBER_WORDS",
    "DURATION_CUES",
    "DURING_IT_WORDS",
    "EVENT_YEAR_NOUNS",
    "EVERY_YEAR_PHRASES",
    "EXTENDING_CUES",
    "FILE_NUMBER_WORDS",
    "FUTURE_CUES",
    "FUTURE_PHRASES",
    "GENERAL_TITLES",
    "HOLDING_NOUNS",
    "HOLDING_PARTICLES",
    "MEASURE_WORDS",
    "MONTH_PAIR_NOUNS",
    "MOVING_WORDS",
    "NOTICE_WORDS",
    "NOT_ARTICLE_WORDS",
    "NOT_DAY_ADJECTIVES",
    "NOT_FUTURE_VERBS",
    "NOT_PAST_BEFORE_IN",
    "OBSERVANCE_ADJECTIVES",
    "OBSERVANCE_WORDS",
    "OWN_CENTURY_CUES",
    "PAST_CLAUSE_PRONOUNS",
    "PAST_CUES",
    "PAST_PLAN_WORDS",
    "PAST_VERBS_AFTER",
    "PROGRAMME_NOUNS",
    "RANGE_CONNECTORS",
    "RANGE_INTRO_WORDS",
    "RECURRENCE_WORDS",
    "RESCHEDULING_WORDS",
    "RESPECTIVELY_WORDS",
    "RESUMPTION_CUES",
    "SAME_PERIOD_PHRASES",
    "SET_PLURALS",
    "SET_WORDS",
    "SPECIFYING_WORDS",
    "STANDALONE_LEAD_WORDS",
    "STARTING_CUES",
    "STARTING_CUE_RECENT_DAYS",
    "STILL_WORDS",
    "TENSELESS_WORDS",
    "TIME_PREPOSITIONS",
    "TO_COUNT_WORDS",
    "UNTIL_CUES",
    "UNTIL_WORDS",
    "WEEKDAY_DATE_WORDS",
    "YEAR_CUES",
]

YEAR_CUES: Final = frozenset(
    {
        # prepositions of time
        "في",
        "منذ",
        "حتى",
        *("لغاية", "ولغاية"),  # ولا وجود للجانب الكويتي في القناة لغاية 2003
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
        "نكبة",
        "نكسة",
        "أزمة",
        "موسم",
    }
)
"""Words after which a four-digit number from 1900 to 2099 is a year (منذ 2011)."""

SAME_PERIOD_PHRASES: Final = (
    "الفترة نفسها",
    "الفترة ذاتها",
    "الفترة المماثلة",
    "الفترة المقابلة",
    "نفس الفترة",
    "ذات الفترة",
)
"""Phrases of comparison that, with من after them, make a bare four-digit number a year
(عجز خلال الفترة نفسها من 2024، مقارنة بالفترة المماثلة من 2023)."""

DOCUMENT_NUMBER_WORDS: Final = frozenset(
    {"رقم", "قانون", "القانون", "قرار", "القرار", "مرسوم", "المرسوم", "العدد", "عدد", "ظهير"}
)
"""Words before a number of a law or an issue: after them 3/2019 is a number, not March 2019."""

CLAUSE_NUMBER_WORDS: Final = frozenset(
    {"الفقرة", "فقرة", "المادة", "مادة", "البند", "بند", "الفصل", "الصفحة", "صفحة", "العددان"}
)
"""Words before the number of a part of a text (الفقرة 4/5، المادة 11/12): two numbers joined by a
slash after them are that number, not two days in a row."""

FILE_NUMBER_WORDS: Final = frozenset({"رقم", "برقم", "الرقم"})
"""Words of «number» before a short dd/mm/yy, right before it or one noun before it (رقم القيد
11/06/25): a file's number. Not the other ``DOCUMENT_NUMBER_WORDS``: القرار بتاريخ 15/03/24,
العدد الصادر 15/05/19 are dated."""

GENERAL_TITLES: Final = frozenset(
    {
        "الأمين",
        "المدير",
        "المدعي",
        "النائب",
        "المراقب",
        "المنسق",
        "المفوض",
        "المشرف",
        "القنصل",
        "المفتش",
        "المرشد",
        "المندوب",
        "الكاتب",  # الكاتب العام: the Maghrebi secretary-general
        "المحامي",
    }
)
"""Titles that العام qualifies as «general»: after them العام السابق, العام المقبل and
العام الجديد are the former, next or new holder (الأمين العام السابق للأمم المتحدة,
النائب العام الجديد), not a year."""

PAST_CLAUSE_PRONOUNS: Final = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"}
)
"""Relative pronouns that, before a verb of the past, open a clause of their own: a future cue
before them does not reach a date after them (سيصدر الحكم بعد تأجيل الجلسة التي عقدت في 6 مارس)."""

EVENT_YEAR_NOUNS: Final = frozenset(
    {
        "قمة",
        "منتدى",
        "مؤتمر",
        "مونديال",
        "كأس",
        "بطولة",
        "أولمبياد",
        "ألعاب",
        "دورة",
        "معرض",
        "إكسبو",
        "مهرجان",
        "انتخابات",
        "موسم",
        "تصفيات",
        "أمم",
        "حرب",
        "ثورة",
        "انتفاضة",
        "أزمة",
        "نكبة",
        "نكسة",
        "اتفاق",
        "اتفاقية",
        "إعلان",
        "مبادرة",
        "بروتوكول",
        # violent and natural events the press names by their year (هجمات 2017، زلزال 2023)
        "هجمات",
        "هجوم",
        "أحداث",
        "تفجيرات",
        "انقلاب",
        "احتجاجات",
        "غزو",
        "زلزال",
        "فيضانات",
        # counts of the population named by their year (تعداد 2017، إحصاء 2014)
        "تعداد",
        "إحصاء",
    }
)
"""Nouns of events, plans and accords named with their year, in the four words before it
(مونديال 2022, قمة العشرين 2025, منتدى دافوس 2023, الأزمة السورية 2011):
the number is a year, from 1900 to 2099 and not before a counted noun. Not a programme's
(رؤية 2030، أجندة 2063، استراتيجية 2030): its year is part of its name, the year it aims at."""

PROGRAMME_NOUNS: Final = frozenset({"أجندة", "خطة", "رؤية", "استراتيجية", "إستراتيجية"})
"""Nouns of a programme named by the year it aims at (أجندة الأمم المتحدة 2030): before
الأمم المتحدة they leave the year no event's (مؤتمر الأمم المتحدة للمياه 2023 and ميزانية الأمم
المتحدة 2024 are)."""

TIME_PREPOSITIONS: Final = frozenset({"في", "منذ", "حتى", "خلال", "قبل", "بعد", "طوال", "طيلة"})
"""Words before a month name that make it a month (في مارس), besides شهر and period parts."""

TO_COUNT_WORDS: Final = frozenset(
    {"عدد", "ارتفع", "ارتفعت", "يرتفع", "ارتفاع", "بلغ", "بلغت", "وصل", "وصلت", "يصل", "تراجع"}
    | {"انخفض", "انخفضت", "زاد", "زادت", "رفع", "خفض"}
)
"""Words a few words before إلى that make a number word after it a count, not a day
(ارتفع عدد الوزراء المستقيلين إلى خمسة ديسمبر الماضي: five, last December)."""


UNTIL_CUES: Final = frozenset(
    {
        *("يمتد", "تمتد", "يستمر", "تستمر", "يتواصل", "تتواصل"),
        # a deadline: منحت الوساطة الطرفين مهلة حتى يوم الأحد (the coming Sunday)
        *("مهلة", "المهلة", "مهلا"),
        # put off until a day: أرجأ مجلس الأمن التصويت حتى الجمعة (not أجل: من أجل)
        *("أرجأ", "أرجأت", "أرجئ", "أرجئت", "أجلت", "تأجل", "تأجلت", "تأجيل", "إرجاء"),
    }
)
"""Imperfect verbs of lasting: a future cue only for a date right after حتى (``UNTIL_WORDS``):
تمتد الزيارة حتى الخميس is the coming Thursday, while تستمر الحملة من 1 مارس حتى 31 مارس
(an ongoing span) and تستمر المعارك منذ السبت keep the news rule. A deadline (مهلة) given
until a day is one still ahead: مهلة حتى الأحد; so is a day something is put off until."""

EXTENDING_CUES: Final = frozenset({"يمدد", "مدد", "مددت", "تمديد"})
"""Verbs of extending a term: before حتى and a date, a cue of starting (``STARTING_CUES``): the
coming date, unless it fell within the last ``STARTING_CUE_RECENT_DAYS`` (يمدد عمل الآلية حتى
10 يوليو, told in January, is the coming July; مدد البرلمان حالة الطوارئ حتى 15 فبراير، ثم
رفعها, told in March, is the February just past). Not تمدد, also «spread» (تمدد الحريق)."""

UNTIL_WORDS: Final = frozenset({"حتى", "وحتى", "لغاية", "غاية"})
"""Words of «until» right before a date, after which an ``UNTIL_CUES`` verb points ahead."""

SPECIFYING_WORDS: Final = frozenset({"تحديدا", "وتحديدا", "بالتحديد", "وبالتحديد"})
"""Words after a comma that name the very day the clause before spoke of (من المقرر أن يزور
الإقليم نهاية الأسبوع، وتحديدا يومي الأربعاء والخميس): the clause's cues reach the date."""

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
        # سـ + a verb of two letters after its prefix, too short for the shape rule (سيعقد)
        *("سيصل", "ستصل", "سيحل", "ستحل", "سيحلان"),
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
        "يلتئم",  # of a council or a meeting: يلتئم المجلس الوزاري السبت (it convenes)
        "تلتئم",
        # imperfect verbs of visits and meetings: the news present of a day named after it
        # is the coming one (يتوجه الرئيس الأحد إلى الرياض, يلتقي الوزيران الخميس)
        "يزور",
        "تزور",
        "يلتقي",
        "تلتقي",
        "يجتمع",
        "تجتمع",
        "يجري",
        "تجري",
        "يصل",
        "تصل",
        "يتوجه",
        "تتوجه",
        "يعقد",
        "تعقد",
        "يستقبل",
        "تستقبل",
        "يستضيف",
        "تستضيف",
        "يستضيفها",
        "تستضيفها",
        "يحتضنها",  # (not تحتضن alone: التي تحتضن مقر الاتحاد houses, it does not host)
        "تحتضنها",
        "سيحتضن",
        "ستحتضن",
        "يغادر",
        "تغادر",
        # talks: يبحث وزراء الخارجية السبت التوصيات (the talks to come)
        *("يبحث", "تبحث", "يناقش", "تناقش", "يبحثان", "يناقشان", "يبحثون", "يناقشون"),
        # the dual and plural of the verbs of meetings, as headlines write them (يلتقيان في بكين
        # الخميس، النواب يناقشون يوم الأحد)
        *("يلتقيان", "تلتقيان", "يجتمعان", "تجتمعان", "يعقدان", "تعقدان", "يتوجهان"),
        *("يلتقون", "يجتمعون", "يعقدون"),
        # votes, elections and openings of bodies: the news present of a day named after them
        # is the coming one (مجلس الأمن يصوت الجمعة على مشروع قرار). Not يسري/تسري (in force):
        # يسري حظر التجول من مساء الجمعة حتى صباح الأحد also tells a span under way
        *("يصوت", "تصوت", "ينتخب", "تنتخب", "يفتتح", "تفتتح"),
        # closing an event, a speech, a signing, a chair, a resumption, a match: the news
        # present of a day named after them is the coming one (يلقي الرئيس كلمة الخميس). Not
        # يعود/تعود (تعود إلى 12 فبراير: dates back to), يشارك (a past verb may come between),
        # يتحدث (صورة للرئيس وهو يتحدث مع بوتين يوم الخميس: a scene of the past), يقيم (also
        # «resides») or يواجه (also «faces»: يواجه انتقادات بعد خسارته في 2 مارس)
        *("يختتم", "تختتم", "يلقي", "يوقع", "يوقعان", "يترأس", "تترأس"),
        *("يستأنف", "تستأنف", "يلاقي", "تلاقي"),
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
        "المقررة",
        "مقررة",
        "المزمعة",
        "مزمعة",
    }
)
"""Words of the same clause that point a year-less date or a bare weekday ahead.

Besides these, a day word ahead of the reference (غدا, بعد غد),
سـ with an imperfect verb (سيعقد, ستبدأ, سنعمل: any verb) and أن with
one (أن يعقد) point ahead; the nouns of that shape are in ``NOT_FUTURE_VERBS``."""

FUTURE_PHRASES: Final = (
    "يدخل حيز التنفيذ",
    "تدخل حيز التنفيذ",
    "يدخل حيز النفاذ",
    "تدخل حيز النفاذ",
)
"""Phrases of the present that point a year-less date after them ahead, where their first word
alone does not (تدخل is also «intervention»): المعاهدة تدخل حيز التنفيذ في يناير, told in
September, is the coming January."""

STARTING_CUES: Final = frozenset({"اعتبارا", "اعتبارً", "بدءا", "ابتداء", "ابتداءً"})
"""From a date on (اعتبارا من 1 يوليو، بدءا من، ابتداء من): a start, which news tells when it is
near, ahead or just behind. With no other cue of the clause, a year-less date after one is the
coming one, unless it fell within ``STARTING_CUE_RECENT_DAYS`` before the reference (خفض الإنتاج
اعتبارا من نوفمبر, told on 4 December: the November just past, a start under way)."""

STARTING_CUE_RECENT_DAYS: Final = 62
"""Days before the reference within which a start after ``STARTING_CUES`` is the past's."""

TENSELESS_WORDS: Final = frozenset(
    {
        # prepositions and particles of time
        *("في", "من", "إلى", "الى", "حتى", "لغاية", "عند", "بحدود", "حوالي", "نحو", "يوم", "يومي"),
        *("بين", "مع", "ما", "إلا", "الا", "منتصف", "بعد", "قبل"),
        # clock times: the hour and its parts, and time zones
        *("الساعة", "ساعة", "دقيقة", "دقائق", "ثانية", "ربع", "ربعا", "ثلث", "نصف"),
        *("بتوقيت", "توقيت", "غرينتش", "GMT", "gmt", "UTC", "utc"),
        *("صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا", "الصبح", "العصر", "الظهر"),
        *("المغرب", "العشاء", "الفجر"),
    }
)
"""Words that carry no tense: with only these and date words around it in its sentence
(«الخميس الساعة 8», «من 13 إلى 15 يوليو», a form field), a date reads as its next occurrence.
No sentence tells whether it is past; a text that is nothing but the expression is a query,
a caption or a field, which names a coming day (as the date parsers of queries read it).
Any other word (a verb, a noun, a name) leaves the news rule. The hours in words of
``CLOCK_WORDS`` (الثالثة، الحادية عشرة) count too."""

DURATION_CUES: Final = frozenset(
    {
        # superlatives: الأعلى منذ 40 عاما (the highest in forty years)
        "الأعلى",
        "أعلى",
        "الأدنى",
        "أدنى",
        "الأكبر",
        "أكبر",
        "الأصغر",
        "الأسوأ",
        "أسوأ",
        "الأفضل",
        "أفضل",
        "الأقل",
        "أقل",
        "الأكثر",
        "أكثر",
        "الأطول",
        "أطول",
        "الأعنف",
        "أعنف",
        "الأول",
        "أول",
        "الأولى",
        "الأقوى",
        "الأضعف",
        # verbs and adjectives of lasting: يقيم هناك منذ عامين
        "يعيش",
        "تعيش",
        # with an object pronoun: النكبة التي يعيشها الشعب منذ أزيد من 222 يوما
        *("يعيشها", "تعيشها", "يعيشه", "تعيشه", "يعانيها", "تعانيها", "تشهدها", "يشهدها"),
        *("تشهده", "يشهده", "يعانيه", "تعانيه"),  # الصراع الذي تشهده البلاد منذ عشر سنوات
        "يقيم",
        "تقيم",
        "مقيم",
        "استمر",
        "استمرت",
        "يستمر",
        "تستمر",
        "مستمر",
        "مستمرة",
        "متواصل",
        "متواصلة",
        "المستمر",  # الحرب المستمرة منذ أربع سنوات
        "المستمرة",
        "المتواصل",
        "المتواصلة",
        # lasting and stretching: الفراغ الذي امتد منذ نحو 26 شهرا, نزاع دام منذ عامين,
        # الحصار الممتد منذ 17 عاما, الفراغ المتمادي منذ 28 شهرا
        *("امتد", "امتدت", "يمتد", "تمتد", "ممتد", "ممتدة", "الممتد", "الممتدة"),
        *("دام", "دامت", "يدوم", "تدوم", "تواصل", "تواصلت", "المتمادي", "المتمادية"),
        # a state kept since: العلاقات المقطوعة منذ 7 سنوات, الطريق المغلق منذ عامين
        *("المقطوعة", "المقطوع", "مقطوعة", "مقطوع", "المغلق", "المغلقة", "مغلق", "مغلقة"),
        *("المجمدة", "المجمد", "مجمدة", "مجمد", "المعلقة", "المعلق", "معلقة", "معلق"),
        *("المتوقفة", "المتوقف", "متوقفة", "متوقف"),
        # besieged, detained, held: المدينة التي كانت محاصرة منذ 18 شهرا, المعتقل منذ عامين
        *("محاصرة", "محاصر", "المحاصرة", "المحاصر", "معتقل", "معتقلة", "المعتقل", "المعتقلة"),
        *("محتجز", "محتجزة", "المحتجز", "المحتجزة", "مسجون", "مسجونة", "المسجون", "المسجونة"),
        "يجري",  # الاتفاق الذي يجري التفاوض حوله منذ عشر سنين: under way that long
        "تجري",
        "الدائر",  # الحرب الدائرة منذ نحو 4 سنوات
        "الدائرة",
        "يدور",
        "تدور",
        "يتواصل",
        "تتواصل",
        "ينتظر",
        "ينتظرون",
        "يعاني",
        "تعاني",
        "يعمل",
        "تعمل",
        "يشهد",  # البلاد التي تشهد حرباً منذ نحو تسع سنوات: a state that lasts
        "تشهد",
        # holding a post or a place: يشغل المنصب منذ أربع سنوات, تسيطر على المدينة منذ عامين
        "يشغل",
        "تشغل",
        "يتولى",
        "تتولى",
        "يرأس",
        "يتزعم",
        "يحكم",
        "تحكم",
        "يسيطر",
        "تسيطر",
    }
)
"""Words in the four words before منذ that make it measure a duration: a superlative
(الأعلى منذ 40 عاما) or a verb of lasting (يقيم هناك منذ عامين). Then منذ + a distance
is not a date."""

ANNUAL_WORDS: Final = frozenset({"سنويا", "سنوياً", "سنويًا"})
"""Adverbs of a yearly recurrence before في and a day of a month with no year (الذكرى التي
تحل سنويا في 2 نوفمبر), or right after it (في 18 نوفمبر سنويا): a set, not one date. After
the date, من كل عام does the same."""

DATE_NOUNS: Final = frozenset({"بتاريخ", "تاريخ", "وبتاريخ"})
"""Words that announce a date: after one, a day and a month with a slash and no year, spaces
beside the slash or not, are a date (لقاء في القاهرة بتاريخ 1 /12), its year by the tense."""

ANNUAL_LINKS: Final = frozenset({"في", "بتاريخ", "يوم"})
"""Words between an adverb of :data:`ANNUAL_WORDS` and its day of a month (يحتفى به سنويا بتاريخ
24 أكتوبر، تحل سنويا يوم 2 نوفمبر)."""

EVERY_YEAR_PHRASES: Final = frozenset({"كل عام", "كل سنة"})
"""Phrases right after a day of a month (with من or في or not, after a comma too) that make it
recur yearly (في 12 أبريل من كل عام, آخر خميس من آذار في كل عام): a set, as
:data:`ANNUAL_WORDS` before it. After the end of a span, they make both ends a set (من الجمعة
الأخيرة من أبريل حتى الخميس الأخير من أكتوبر من كل عام)."""

OBSERVANCE_WORDS: Final = frozenset({"يوما", "يوماً", "يومًا"})
"""Words right after a day of a month with no year that make it a yearly observance (اختيار 28
نوفمبر يوما للدبلوماسية، اعتماد 21 مارس يوما عالميا للشعر), when ل follows them or an
adjective of :data:`OBSERVANCE_ADJECTIVES`: a set, as :data:`EVERY_YEAR_PHRASES`."""

OBSERVANCE_ADJECTIVES: Final = frozenset(
    {"عالميا", "وطنيا", "دوليا", "عربيا", "إسلاميا", "رسميا", "قوميا", "سنويا", "خاصا"}
)
"""Adjectives between يوما and ل in the name of an observance (يوما عالميا للشعر)."""

DESIGNATING_VERBS: Final = frozenset(
    {
        *("أعلن", "أعلنت", "اعتمد", "اعتمدت", "خصص", "خصصت", "حدد", "حددت"),
        *("اختار", "اختارت", "أقر", "أقرت", "جعل", "جعلت", "اعتبر", "اعتبرت"),
    }
)
"""Verbs a few words before a day of a month with no year that, with a definite observance
after the day (أعلنت الجمعية العامة 16 سبتمبر اليوم الدولي للحفاظ على طبقة الأوزون),
make it the yearly day so designated, not a date: the indefinite يوما دوليا needs no verb
(:data:`OBSERVANCE_WORDS`), the definite one does (يصادف 16 سبتمبر اليوم الدولي: this year's).
Not قرر (it governs another verb: قررت الحكومة تعطيل الدوام 23 سبتمبر اليوم الوطني), and
not across a preposition or a word of :data:`DESIGNATION_BREAKS`."""

DESIGNATION_BREAKS: Final = frozenset({"أن", "بأن", "وأن"})
"""Words between a verb of :data:`DESIGNATING_VERBS` and a day that make the day no object of it
(أعلن الرئيس أن 10 ديسمبر ... سيكون موعدا: this year's day)."""

RECURRENCE_WORDS: Final = frozenset(
    {"الدوري", "الدورية", "الشهري", "الشهرية", "شهريا", "السنوي", "السنوية", "سنويا"}
)
"""Words a few words before a rank of the bare month or year that make it a recurring day
(اجتماعه الدوري آخر جمعة من الشهر: every month's), not one date."""

SET_WORDS: Final = frozenset({"كل", "كافة"})
"""Words of recurrence before a weekday or يوم + a weekday (كل الثلاثاء, كل يوم الجمعة):
a set of days, not one date."""

SET_PLURALS: Final = frozenset({"أيام"})
"""Plural day nouns before one weekday (تنظم السوق أيام الجمعة: on Fridays): a set of days.
Not before two weekdays or more (أمطار أيام الخميس والجمعة: those days)."""

DURING_IT_WORDS: Final = frozenset({"خلاله", "خلالها", "خلالهما", "طواله", "طوالها"})
"""Words of «during it» within two words after a distance after بعد: the distance is a stretch a
clause tells of (استؤنفت المفاوضات بعد نحو أسبوع عاد خلاله المفاوضون إلى عواصمهم), no point."""

STILL_WORDS: Final = frozenset(
    {
        "مازال",
        "ما زال",
        "مازالت",
        "ما زالت",
        "لازال",
        "لا زال",
        "لا يزال",
        "لا تزال",
        "ما يزال",
        "ما تزال",
    }
)
"""«Still», right after بعد + a distance: the distance counts from an event of the past, not
ahead of the reference (وبعد ثماني سنوات مازال الشارع يتساءل)."""

RESUMPTION_CUES: Final = frozenset(
    {
        "تعيد",
        "يعيد",
        "أعادت",
        "أعاد",
        "إعادة",
        "تستأنف",
        "يستأنف",
        "استأنفت",
        "استأنف",
        "استئناف",
        "لأول",
    }
)
"""Words in the six words before بعد that make بعد + a distance a gap, not a date ahead:
تعيد فتح سفارتها بعد 25 عاما (reopens after 25 years), لأول مرة بعد عقدين."""

MEASURE_WORDS: Final = frozenset(
    {"سباق", "مسافة", "لمسافة", "ارتفاع", "عمق", "طول", "بطول", "عرض", "بعرض", "مساحة", "قطر"}
)
"""Words before a number with م that make م metres (سباق 1500م), not the Christian era."""

NOTICE_WORDS: Final = frozenset(
    {"إشعار", "إخطار", "إبلاغ", "بلاغ", "إنذار", "تبليغ", "إشعارها", "إخطارها"}
)
"""Nouns of notice in the six words before قبل + a count: بشرط إشعار تركيا بالمرور قبل 15 يوما
is a notice period, no date."""

PAST_CUES: Final = frozenset({"منذ", "الصادر", "الصادرة"})
"""Words right before a year-less date that make it past: منذ مارس is this March or before,
never a coming one; التقرير الصادر الخميس was issued on the last Thursday."""

PAST_VERBS_AFTER: Final = frozenset(
    {
        *("وقع", "وقعت", "وقعا", "وقعوا", "أعلن", "أعلنت", "التقى", "التقت", "عقد", "عقدت"),
        *("زار", "زارت", "استقبل", "استقبلت", "أكد", "أكدت", "قال", "قالت", "أجرى", "أجرت"),
        *("اتفق", "اتفقت", "أصدر", "أصدرت", "شهد", "شهدت", "جرى", "جرت", "بدأ", "بدأت"),
        *("انطلق", "انطلقت", "وصل", "وصلت", "غادر", "غادرت", "صادق", "صادقت", "تبنى", "تبنت"),
        *("اعتمد", "اعتمدت", "أقر", "أقرت", "كشف", "كشفت", "نشر", "نشرت", "أطلق", "أطلقت"),
        *("انعقد", "انعقدت", "اجتمع", "اجتمعت", "اندلع", "اندلعت", "أعيد", "أعيدت"),
        *("شن", "شنت", "نفذ", "نفذت"),
    }
)
"""Perfect verbs of news right after a year-less date that opens its clause with في (after a
comma or و): وفي 22 ديسمبر، وقعت الدول الثلاث ...: a story of the past, so the date is the last
one, not a coming one a few days ahead. A future cue before the date still wins."""

COUNTED_DAY_NOUNS: Final = frozenset(
    {
        *("العدوان", "الحرب", "القتال", "المعارك", "الغزو", "الحصار", "الهدنة", "التهدئة"),
        *("الحراك", "الثورة", "الانتفاضة", "الاحتجاجات", "التظاهرات", "المظاهرات"),
        *("الإضراب", "الاعتصام", "الحملة", "العملية", "الأزمة", "الإغلاق"),
        *("بدء", "انطلاق", "تنفيذ", "سريان", "اندلاع"),
    }
)
"""Stretches whose days are counted: after a preposition, اليوم and a number, with من or ل
before one of these (بدءا من اليوم 22 من بدء تنفيذ الاتفاق), the number is the day's rank in
the stretch and no date of the month (اليوم 22 من الشهر الجاري is); so after a weekday and a
number no month has (الجمعة 50 للحراك). A weekday with الـ before its number and no month after
it is counted whatever follows (الجمعة الـ74 من مسيرات العودة). Not مسيرات: also drones
(أسقطت اليوم 15 من المسيرات)."""

OWN_CENTURY_CUES: Final = frozenset({"بحلول", "حتى", "قبل", "منذ"})
"""Words before a part of a bare القرن that make it the text's own century when no other is
named around (منذ بداية القرن: since the start of this one); a story's «وفي نهاية القرن» with no
century named is not read."""

DEADLINE_CUES: Final = frozenset({"بحلول"})
"""Words of ``OWN_CENTURY_CUES`` before which a bare century is the text's own whatever other
century or year it names (يتجاوز 10 مليارات بحلول منتصف القرن, after عام 1800: a goal ahead)."""

COUNTED_DAY_PREPOSITIONS: Final = frozenset({"في", "من", "منذ", "إلى", "الى", "خلال"})
"""Prepositions before اليوم and a count of days (بدءا من اليوم 22 من العدوان): elsewhere اليوم
and a number is today and a count (انضم اليوم 300 للإضراب; حتى اليوم is «so far»)."""

NOT_PAST_BEFORE_IN: Final = frozenset({"عقد", "نشر"})
"""Words of ``PAST_VERBS_AFTER`` that are as often nouns right before في and a date (توقيع عقد في
يناير: a contract; نشر في: publishing), so they make no date past there."""

CONDITIONAL_WORDS: Final = frozenset(
    {"إذا", "وإذا", "فإذا", "لو", "ولو", "حال", "حالة", "متى", "كلما"}
)
"""Words of condition before a perfect verb (إذا انعقد في يناير، في حال أقر في فبراير): the verb
tells no past, so it makes no date after it past. (Not إن: folded, it is أن, أن الانتخابات جرت.)"""

DAY_MODIFIERS: Final = frozenset(
    {
        # adjectives that describe a day (اليوم المفتوح: the open day), beyond the ordinals
        # and the relative words of the date tables and the adjectives in ي (الوطني، الذي)
        "الأول",
        "الأخير",
        "السابق",
        "الواحد",
        "الكامل",
        "المفتوح",
        "الموعود",
        "المشهود",
        "المنشود",
        "المحدد",
        "المقرر",
        "المعهود",
        "الطويل",
        "العصيب",
        "الحاسم",
        "الكبير",
        "الأكبر",
        "الأسود",
        "السعيد",
        "الأخضر",
        "الأبيض",
        "الأطول",
        "الأصعب",
        "الأخطر",
        "الأهم",
    }
)
"""Words that, right after اليوم, describe «the day» rather than start the clause that
follows «today». Any other definite word after اليوم leaves it «today», as news writes
(استقبل اليوم السفير الفرنسي، أثارت اليوم الجدل); so does a weekday (اليوم الأحد). A
definite word ending in ي (اليوم الوطني، العالمي، الدراسي، الذي) is an adjective too, and a
number with the article an ordinal (لليوم الـ46)."""

NOT_DAY_ADJECTIVES: Final = frozenset(
    {
        # nouns that end in ى or ي, which folding makes look like adjectives in ي: after
        # اليوم they start the clause (تحل اليوم الذكرى الـ96: today is the anniversary)
        "الذكرى",
        "الفتوى",
        "الشكوى",
        "الدعوى",
        "المستوى",
        "الملتقى",
        "المنتدى",
        "المبنى",
        "المعنى",
        "المسعى",
        "القوى",
        "الكرسي",
        "الحمى",
        "الموسيقى",
        "الأسرى",
        "الجرحى",
        "القتلى",
        "المرضى",
        "الفوضى",
    }
)
"""Definite nouns after اليوم that folding would take for adjectives of the day."""

NOT_ARTICLE_WORDS: Final = frozenset(
    {
        "إلى",
        "إلا",
        # verbs of the form افتعل on a root with ل first: التقى fold to التقي, read as an
        # adjective in ي (اليوم الوطني) without them (واليوم التقى الوزير نظيره is today)
        *("التقى", "التقت", "التقيا", "التقتا", "التقوا", "التزم", "التزمت", "التمس"),
    }
)
"""Words that begin with ال but carry no article (إلى and إلا fold to الي, الا; verbs such as
التقى): after اليوم or a bare العام they are no definite noun of a phrase (وصل اليوم إلى بغداد
is today)."""

COLLOQUIAL_FUTURE_PARTICLES: Final = frozenset(
    {"رح", "راح", "رايح", "رايحين", "غادي", "غادية", "غاديين"}
)
"""Particles of the future in colloquial speech (Levant رح, Iraq and the Gulf راح, Morocco
غادي): inside quotes, a bare weekday after them is the coming one («راح نوقع الاتفاق السبت»).
Outside quotes راح is also the past «went, began» (راح ضحية), so they count only there."""

COLLOQUIAL_FUTURE_PREFIXES: Final = frozenset({"ه", "ح"})
"""Prefixes of the future on an imperfect verb in colloquial speech: Egyptian هـ (هنروح،
هيسافر), Sudanese and Egyptian حـ (حنسافر). Read only inside quotes, as the particles."""

COLLOQUIAL_NOT_FUTURE: Final = frozenset(
    {
        # nouns and names of the shape ه/ح + ي/ت/ن + three letters or more
        *("هيئات", "هيئة", "هيمنة", "هيكلة", "هيكلي", "هيروين", "هيلاري", "هيوستن", "هيثم"),
        *("هنغاريا", "هندسة", "هندية", "هندي", "هنود", "هنية", "هتافات", "هتلر"),
        *("حينما", "حينئذ", "حينها", "حيوية", "حيوان", "حيوانات", "حيازة", "حيادي", "حيادية"),
        *("حيثيات", "حيتان", "حياتي", "حياته", "حياتها", "حياتنا", "حياتهم", "حيفا", "حيدر"),
        *("حنفية", "حنكة", "حتمية", "حتميا", "حنين"),
    }
)
"""Words that look like a colloquial future verb (``COLLOQUIAL_FUTURE_PREFIXES``) but are not."""

DECIDING_VERBS: Final = frozenset(
    {
        *("اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا"),
        *("قرر", "قررت", "قررا", "قرروا", "تقرر"),
        *("دعا", "دعت", "دعوا", "طالب", "طالبت", "طالبوا"),
        *("وافق", "وافقت", "وافقوا", "اقترح", "اقترحت"),
    }
)
"""Past verbs of agreeing, deciding and calling: before a ``HOLDING_NOUNS`` noun they make its
date the one planned, after the decision (اتفقت الفصائل على إجراء الانتخابات في 10 ديسمبر, told
in May: the coming December, not the last). Not أقر (also «admitted»: أقر بأن إجراء ... كان خطأ)."""

HOLDING_NOUNS: Final = frozenset({"إجراء", "عقد", "تنظيم", "إقامة"})
"""Verbal nouns of holding an event: right after a ``DECIDING_VERBS`` verb, its subject, or على/إلى
after them, the event is still to come (قرر عقد القمة في 10 ديسمبر = قرر أن تعقد ...; not اجتماع عقد
في, a passive verb, nor تجديد عقد الشركة, a contract)."""

HOLDING_PARTICLES: Final = frozenset({"على", "إلى"})
"""Particles right before a ``HOLDING_NOUNS`` noun whose verb of deciding stands further back
(اتفقت الفصائل الثلاثاء على إجراء، دعا إلى عقد)."""

DECIDED_BEFORE_WORDS: Final = frozenset({"بعد", "عقب"})
"""Words before a verb of deciding that tell the decision as the past's (بعد أن قررت الحكومة إجراء
...): its noun of holding then points nowhere."""

PAST_PLAN_WORDS: Final = frozenset({"كان", "كانت", "كانا", "كانتا", "كانوا"})
"""Forms of «to be» in the past that turn the future cue after them into a past plan (كانت
الزيارة مقررة يوم 1 يونيو, كان من المقرر أن يصل): the date is not pushed ahead. Not the first
persons كنا, كنت: a review found them inside لكنا «but we» and in «we were here» before a
clause of the future (كنا هنا أمس وسنعود في أكتوبر)."""

NOT_FUTURE_VERBS: Final = frozenset(
    {
        # words of the shape س + ي/ت/ن/ا + three letters that are no future verbs
        "سنوات",
        "سنويا",
        "سنوية",
        "سنوي",
        "سنين",
        "سنتين",
        "سنتان",
        "ستين",
        "ستون",
        "ستمائة",
        "ستة عشر",
        "سياسة",
        "سياسات",
        "سياسي",
        "سياسية",
        "سياسيا",
        "سياسيين",
        "سيارة",
        "سيارات",
        "سيطرة",
        "سيادة",
        "سيادته",
        "سيادي",
        "سيناء",
        "سيناريو",
        "سيناريوهات",
        "ستارت",
        "ستوكهولم",
        "سيول",
        "سيدة",
        "سيدات",
        "سينما",
        "سياحة",
        "سياحي",
        "سياحية",
        "سياق",
        "سيبيريا",
        "سنغافورة",
        "ستراتيجية",
        "سيرة",
        "سياج",
        "سيمفونية",
        "ساعات",
        "ساعة",
        "سابقا",
        "سابق",
        "سابقة",
        "سالم",
        "سامح",
        "سامي",
        "سامية",
        # perfect verbs of the shape (سيطروا على صنعاء في سبتمبر: they took it, no future) and
        # nouns of the shape سا + three letters, read as سأ + a verb
        *("سيطرت", "سيطروا", "سيطرتا", "سيطرن", "سيطرنا", "سيطرتم"),  # (not سيطرا: سيطرأ)
        *("سافرت", "سافروا", "سافرا", "سافرتا", "سافرن", "سافرنا", "سافرتم"),
        *("ساعدت", "ساعدوا", "ساعدا", "ساعدتا", "ساعدن", "ساعدنا", "ساعدتم"),
        *("ساهمت", "ساهموا", "ساهما", "ساهمتا", "ساهمن", "ساهمنا", "ساهمتم"),
        *("سارعت", "سارعوا", "سارعا", "سارعتا", "سارعن", "سارعنا", "سارعتم"),
        *("ساندت", "ساندوا", "ساندا", "ساندتا", "ساندن", "ساندنا", "ساندتم"),
        *("ساومت", "ساوموا", "ساوما", "ساومتا", "ساومن", "ساومنا", "ساومتم"),
        *("سايرت", "سايروا", "سايرا", "سايرتا", "سايرن", "سايرنا", "سايرتم"),
        *("سابقت", "سابقوا", "سابقا", "سابقتا", "سابقن", "سابقنا", "سابقتم"),
        *("ساحات", "ساحة", "سائق", "سائقين", "سائقي", "ساخنة"),
        *("ساحلية", "ساحلي", "سامراء", "ساكنة", "ساكنيها", "سابقين"),
    }
)
"""Nouns and names shaped like سـ + an imperfect verb (سنوات, سياسة, سيارة): no future cue."""

STANDALONE_LEAD_WORDS: Final = frozenset({"في", "منذ", "حتى", "خلال", "يوم", "بتاريخ"})
"""Words that may precede an expression given alone to ``resolve_date`` (بتاريخ مارس).

With one of these before it, a word that needs context in running text (مارس, رمضان)
is still read as the whole expression; any other word before it makes it no date.
"""

RANGE_CONNECTORS: Final = frozenset(
    {
        *("إلى", "حتى", "لغاية", "ولغاية", "وحتى", "وإلى"),
        *("إلى غاية", "وإلى غاية", "حتى تاريخ", "وحتى تاريخ"),  # من 15 فبراير، وإلى غاية 15 مارس
    }
)
"""Words between the two ends of a range (من 9 إلى 12 مايو, بين عامي 2019 حتى 2021).

A hyphen and a conjunction و glued to the second end (9 و10 يناير) also join a
range; they are punctuation and a proclitic, written in the grammar.
"""

RANGE_INTRO_WORDS: Final = frozenset({"بين", "من"})
"""Words that open a range (بين 2019 و2021, من 9 إلى 12 مايو): they join its span. Two years
joined by و are a range only after one (after any other word they are two years: تجربتا
بيونغيانغ في 2006 و2009)."""

COMPARED_WORDS: Final = frozenset(
    {"فرق", "الفرق", "فارق", "الفارق", "مقارنة", "المقارنة", "خيار", "الخيار", "اختيار", "الاختيار"}
)
"""Words before بين that compare or choose (لا فرق بين الأحد والاثنين، الاختيار بين السبت
والأحد): the two weekdays after it joined by و are two days, not the range بين opens
(ترتفع الحرارة بين الأربعاء والخميس)."""

RESPECTIVELY_WORDS: Final = frozenset({"على التوالي", "تواليا", "على الترتيب"})
"""«Respectively» after two years joined by و: one year for each thing named before (شكلت
اللجنتان عامي 1991 و1994 على التوالي), two mentions, not a range."""

MONTH_PAIR_NOUNS: Final = frozenset({"شهري"})
"""The dual «the two months of» (خلال شهري يونيو ويوليو): it opens a range of two named months,
as بين does, so the two are one interval and share the year written after the second."""

MOVING_WORDS: Final = frozenset(
    {
        "نقل",
        "نقلت",
        "تحول",
        "تحولت",
        "تحويل",
        "تغيير",
        "تغير",
        "تغيرت",
        "تبديل",
        "تعديل",
        "تأخير",
        "تأخر",
        "تأخرت",
        "أجل",
        "أجلت",
        "تأجل",
        "تأجلت",
        "تأجيل",
        "أرجئ",
        "أرجئت",
        "أرجأ",
        "أرجأت",
        "إرجاء",
    }
)
"""Verbs and verbal nouns of moving a date (تأجلت القمة من 20 مارس إلى 4 أبريل): a few words
before من, two dates are the old one and the new one, not the ends of one range (the
nouns of a schedule, موعد, are not enough there: موعد المعرض من 20 إلى 25 مارس is a range)."""

RESCHEDULING_WORDS: Final = MOVING_WORDS | {"موعد", "مواعيد"}
"""Words of moving a date (نقل موعد الاجتماع من السبت إلى الاثنين, تأجلت الزيارة من الأحد
إلى الثلاثاء): a few words before من, the two weekdays are the old day and the new one,
not the ends of one range. Read with a proclitic and a pronoun too (وتأجلت، بتأجيل، تأجيلها).
Not تقديم: it is also "giving" (تقديم المساعدات من السبت إلى الخميس)."""

DATE_EQUIVALENCE_WORDS: Final = frozenset(
    {
        *("الموافق", "موافق", "الواقع فيه", "الواقع في", "الموافق لتاريخ", "الموافقين"),
        *("المصادف", "المصادفة"),
    }
)
""""Corresponding to" (and Lebanon's «falling on»: الإثنين الواقع فيه 19 تشرين الأول; Iraq's
«coinciding with»: يوم غد الأربعاء المصادف الخامس من حزيران 2019):
between a weekday and its date (الأحد الموافق 25 يونيو), or
between a date and the same day in the other calendar (15 جمادى الآخرة 1443 هـ الموافق
18 يناير 2022 م; the dual after two days: 18 و19 من ذي القعدة 1427، الموافقين 9 و10 ديسمبر).
A following لـ is allowed (الموافق لـ 15 يونيو).
"""

WEEKDAY_DATE_WORDS: Final = frozenset({"بتاريخ"})
"""Words between a weekday and its date only (الصادر يوم الجمعة بتاريخ (27 أكتوبر 2023م)):
"dated", one mention with both; before a date alone (بتاريخ 3/11/1444هـ) the word stays out
of it, and it never joins the two calendars as DATE_EQUIVALENCE_WORDS do."""
