"""Word tables of the treaty finder: head nouns, clitics, resolution words, context words.

Written in natural Arabic spelling; :mod:`diplomatext.treaties` folds every entry
with ``normalize(word, MATCHING)`` when it compiles its index, so the tables stay
readable and never hand-fold a letter. Tables import nothing from the logic.

Sources: the head nouns, clitics and resolution forms were read in the pages
listed in the shared inventory ``treaty_names.md`` (sections 2.1, 2.9, 2.10) and
in the seed articles; the General Assembly sessions in the pages named beside
each row.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ADOPTION_YEAR_WORDS",
    "AFTER_ARTICLE_NUMBER",
    "ARAB_LEAGUE_WORDS",
    "BACK_REFERENCE_HEADS",
    "CLASS_AFTER_PLURAL",
    "COMMON_WORD_LETTER_NAMES",
    "CONNECTED_NAME_STARTS",
    "COORDINATION_BREAKS",
    "COUNCIL_CONTEXT_WORDS",
    "COUNTED_AFTER_NUMBERS",
    "DECLARATION_HEADS",
    "DECREE_YEAR_WORDS",
    "GA_CONTEXT_WORDS",
    "GA_RESOLUTION_NAME_AR",
    "GA_SESSION_OF",
    "GA_WHEN_UNNAMED",
    "GENERIC_HEADS",
    "HEAD_NUMBER_FORMS",
    "HTML_DEBRIS",
    "INSTITUTES_BEFORE_NAMES",
    "ISSUED_BY_WORDS",
    "ISSUING_VERBS",
    "LATIN_LETTER_NAMES",
    "NAME_CONNECTORS",
    "NAME_CONNECTOR_ADJECTIVES",
    "NAME_ORDINALS",
    "NATIONAL_DECISION_ADJECTIVES",
    "NATIONAL_ISSUERS",
    "NEW_ADJECTIVES",
    "NOT_A_NAME_AFTER",
    "NOT_BACK_REFERENCE_AFTER",
    "NOT_BACK_REFERENCE_BEFORE",
    "NOT_DESCRIPTION_WORDS",
    "NOT_THE_COUNCIL_ADJECTIVES",
    "NUMBER_WORDS",
    "PARTY_ADJECTIVES",
    "PARTY_COMPARED_WORDS",
    "PARTY_LIST_WORDS",
    "PARTY_NAMES",
    "PARTY_STATE_WORDS",
    "PEACE_WORDS",
    "PROTOCOL_HEADS",
    "PROTOCOL_PARENT_KINDS",
    "QUOTED_ORGANIZATIONS",
    "RESOLUTION_ADJECTIVES",
    "RESOLUTION_BODY_WORDS",
    "RESOLUTION_COUNTED_NOUNS",
    "RESOLUTION_DATED_WORDS",
    "RESOLUTION_DETACHED_NUMBER_WORDS",
    "RESOLUTION_FILLERS",
    "RESOLUTION_GA_WORDS",
    "RESOLUTION_HEADS",
    "RESOLUTION_LIST_TOPIC_LEADS",
    "RESOLUTION_NUMBER_WORDS",
    "RESOLUTION_PART_LETTERS",
    "RESOLUTION_SC_WORDS",
    "RESOLUTION_SOURCE_WORDS",
    "RESOLUTION_SPONSOR_ADJECTIVES",
    "RESOLUTION_STEM",
    "RESOLUTION_TOPIC_LEADS",
    "RESOLUTION_UN_WORDS",
    "SC_NUMBERS_BY_YEAR",
    "SC_RESOLUTION_NAME_AR",
    "SEQUEL_FOLLOWERS",
    "SESSION_ORDINALS",
    "SESSION_WORDS",
    "SIGNED_YEAR_WORDS",
    "STATE_COUNCILS",
    "SUPPLEMENT_ADJECTIVES",
    "TITLE_DESCRIPTORS",
    "TITLE_TOPIC_WORDS",
    "TRAILING_GLUE_STARTS",
    "UN_CONTEXT_WORDS",
    "UN_MISSION_WORDS",
    "UN_NAMED_HEADS",
    "UN_NAMES",
    "WORD_VARIANTS",
    "YEAR_NOUNS_BEFORE_ARTICLE",
]

HEAD_NUMBER_FORMS: Final = MappingProxyType(
    {
        # a head noun and its plural and dual forms: one head for an alias whose head must be
        # its own (اتفاقيات كامب ديفيد is the alias اتفاقية كامب ديفيد, not the 2000 summit)
        "معاهدة": ("معاهدات", "معاهدتا", "معاهدتي"),
        "اتفاقية": ("اتفاقيات", "اتفاقيتا", "اتفاقيتي"),
        "اتفاق": ("اتفاقات", "اتفاقا", "اتفاقي"),  # اتفاقي تطبيع، اتفاقي أوسلو: the dual
        "بروتوكول": ("بروتوكولات",),
        "مذكرة": ("مذكرات",),
        "ميثاق": ("مواثيق", "ميثاقا", "ميثاقي"),  # ميثاقي الأمم المتحدة ومنظمة التعاون
    }
)
"""Head nouns -> their plural and dual forms, which an alias's own head accepts too."""

PROTOCOL_HEADS: Final = frozenset({"بروتوكول", "بروتكول", "برتوكول", "بروتوكل", "بروتوكولات"})
"""Heads that name a protocol: an entry of a kind in :data:`PROTOCOL_PARENT_KINDS` does not take
them unless an alias of its own has one (برتوكول مناهضة التعذيب is the Optional Protocol to the
Convention against Torture, not the Convention)."""

PROTOCOL_PARENT_KINDS: Final = frozenset({"convention", "covenant"})
"""Entry kinds whose protocols are instruments of their own (optional and additional protocols);
a treaty or an agreement may still be called a protocol (بروتوكول مينسك الثاني). Nor do they take
a declaration's head (:data:`DECLARATION_HEADS`)."""

DECLARATION_HEADS: Final = frozenset({"إعلان"})
"""Heads that name a declaration: an entry of a kind in :data:`PROTOCOL_PARENT_KINDS` does not take
them unless an alias of its own has one (إعلان حقوق الطفل is the 1959 declaration of the General
Assembly, not the 1989 Convention; إعلان القضاء على التمييز ضد المرأة of 1967 is not CEDAW)."""

GENERIC_HEADS: Final = frozenset(
    {
        # singular, plural and dual forms; the article is stripped before lookup
        "معاهدة",
        "معاهدات",
        "معاهدتا",
        "معاهدتي",
        "اتفاقية",
        "اتفاقيات",
        "اتفاقيتا",
        "اتفاقيتي",
        "إتفاقية",  # hamza spelling seen (sauress); folds to the same key anyway
        "اتفاق",
        "اتفاقات",
        "اتفاقا",
        "اتفاقي",
        "بروتوكول",
        "بروتكول",  # typo seen (sabq, see the reference kyoto-protocol entry)
        "برتوكول",  # typo seen (maghress/attajdid 14627: برتوكول كيوطو)
        "بروتوكل",  # typo seen (maghress/almassae 168815: بروتوكل كيوطو)
        "بروتوكولات",
        "مذكرة",
        "مذكرات",
        "ميثاق",
        "مواثيق",
        "ميثاقا",
        "ميثاقي",
        "إعلان",
        "وثيقة",
        "خطة",
        "مبادرة",
    }
)
"""Head nouns that name an instrument and are interchangeable before its name.

The press writes معاهدة / اتفاقية / اتفاق السماوات المفتوحة for one treaty, so an
alias written with one of these heads also matches with any other, unless its
entry restricts its heads (``"heads"``) or the alias asks for its own head only
(``"head": "exact"``). Words that also name organisations or people (حلف،
منظمة، نظام) are deliberately absent: aliases that start with them are matched
as whole names.
"""

NEW_ADJECTIVES: Final = frozenset({"جديد", "جديدة"})
"""Indefinite 'new' right after a name: a hypothetical successor, never the named one.

معاهدة "ستارت" جديدة (a proposed treaty, sarabic 2026) and سايكس بيكو جديد (a
metaphor) are not mentions of START or of the 1916 agreement; the definite
ستارت الجديدة is an alias of New START and is matched before this rule applies.
"""

SEQUEL_FOLLOWERS: Final = frozenset(
    {"التي", "الذي", "الموقع", "الموقعة", "المبرم", "المبرمة", "فما", "وما", "عام", "لعام"}
)
"""Words after a lone digit from 2 to 9 that follow a name, for the digit to make it a sequel
(اتفاق أوسلو 2 الموقع عام 1995; الشهير باتفاق أوسلو 2 فما هي): another instrument. So do a
closing quote, a comma and the end of the text; any other word leaves the digit a count or
a day (اتفاق الطائف 5 مقاعد, اتفاق الدوحة 5 فبراير), and - ) . a list's numbering."""

SUPPLEMENT_ADJECTIVES: Final = frozenset({"التكميلي", "التكميلية", "المكمل", "المكملة"})
"""A definite 'supplementary' right after a name: another instrument, built on the named one.

اتفاق الرياض التكميلي (the Gulf states' accord of 2014) is not the Riyadh Agreement on Yemen
of 2019; a gazetteer entry that names a supplement in full is matched before this rule applies.
"""

TRAILING_GLUE_STARTS: Final = ("ال", "وال", "بال", "لل", "لا", "في", "من")
"""How a word glued after a name's last word may start (كيوتولاتشمل، كيوتوالذي).

Scraped text loses spaces; a name whose last word runs into the next one is
still matched when the rest of the glued token starts with an article, a
clitic + article, a negation or a short preposition.
"""

HTML_DEBRIS: Final = frozenset({"quot", "laquo", "raquo", "amp", "nbsp", "lt", "gt"})
"""Names of HTML entities left in scraped text without their ampersand (quot;ستارتquot;)."""

RESOLUTION_DETACHED_NUMBER_WORDS: Final = (
    *("حمل الرقم", "حمل رقم", "يحمل الرقم", "يحمل رقم", "برقم"),
    *("تحت رقم", "تحت الرقم"),  # قرار مجلس الأمن الذي صدر تحت رقم "2569"
)
"""Words that give the number of a resolution named before them in the sentence, far from its
head (قرار صاغت مسودته بريطانيا حظي بإجماع داخل مجلس الأمن حمل الرقم 2259؛ القرار الذي أصدره
مجلس الأمن برقم 1970): the mention is these words (a و before them left out) and the number,
with the same evidence that it is the UN's as a bare «القرار 2259»."""

AFTER_ARTICLE_NUMBER: Final = (
    *("بكل", "بكامل", "بجميع", "بمندرجاته", "كاملاً", "في", "من", "على", "حول"),
    *("بشأن", "لعام", "لسنة", "الذي", "كما", "أو"),
)
"""Words after «الـ N» that leave it a resolution (تطبيق الـ 1701 بكل مندرجاته): any other word
without the article is a noun it counts (الـ 1559 موظفا، الـ 1325 مليون دولار)."""

YEAR_NOUNS_BEFORE_ARTICLE: Final = (
    *("حرب", "عام", "سنة", "ثورة", "انتفاضة", "أحداث", "نكسة", "انتخابات", "دستور", "مونديال"),
)
"""Nouns before «الـ N» that make N a year (حرب الـ 1973), not a resolution."""

NATIONAL_DECISION_ADJECTIVES: Final = (
    *("وزاري", "وزاريا", "وزارية", "حكومي", "حكوميا", "حكومية", "جمهوري", "جمهوريا"),
    *("رئاسي", "رئاسيا", "قضائي", "قضائيا", "إداري", "إداريا", "ملكي", "ملكيا", "أميري", "أميريا"),
)
"""Adjectives after a decision's head that make it a state's (قرارا وزاريا ... حمل الرقم 1559),
never a UN resolution whose number is given far after it."""

RESOLUTION_STEM: Final = "قرار"
"""The stem of every form of 'resolution': an alias of it with a number is left to the rule."""

NOT_DESCRIPTION_WORDS: Final = frozenset(
    {"مع", "في", "إلى", "من", "على", "عن", "لدى", "عند", "حول", "بشأن", "مدينة", "العاصمة"}
)
"""Words that end a description between a head noun and a quoted one-word name: after them
the quotes name a place or a party (اتفاقا مع بلدية العاصمة "أوسلو"), not the instrument."""

RESOLUTION_HEADS: Final = frozenset(
    {
        *("قرار", "قرارا", "قراري", "قرارين", "قرارات", "قراران", "لائحة"),
        *("قراره", "قرارها", "قراريه", "قراريها", "قراراته", "قراراتها"),
    }
)
"""Forms of 'resolution' that start a numbered UN resolution (the article is stripped first);
قراره, قرارها, قراريه...: its resolution(s), the body named before (مجلس الأمن في قراره 2254,
أصدر المجلس الأممي قراريه 1970 و1973); لائحة: the
Maghreb's word (اللائحة 1373)."""

RESOLUTION_SC_WORDS: Final = (
    "مجلس الأمن الدولي",
    "مجلس الأمن",
    "مجلسي الأمن",  # قراري مجلسي الأمن 1559 و1701: the dual, as some writers put it
    # adopted by: القرار المعتمد بمجلس الأمن رقم 2797، القرار الذي اعتمده مجلس الأمن رقم
    "المعتمد بمجلس الأمن",
    "المعتمد من مجلس الأمن",
    "المعتمد من قبل مجلس الأمن",
    "الذي اعتمده مجلس الأمن",
    "الذي تبناه مجلس الأمن",
    "من مجلس الأمن الدولي",  # صدر قرار من مجلس الأمن الدولي برقم 833
    "من مجلس الأمن",
)
"""Words between the head and the number that name the Security Council."""

RESOLUTION_GA_WORDS: Final = (
    "الجمعية العامة للأمم المتحدة",
    "للجمعية العامة للأمم المتحدة",
    "الجمعية العامة",
    "للجمعية العامة",
    "الجمعية العمومية",
)
"""Words that name the General Assembly."""

RESOLUTION_UN_WORDS: Final = (
    "التابع للأمم المتحدة",
    "الصادر عن",
    "الصادر عن مجلس الأمن",
    "للأمم المتحدة",
    "الأمم المتحدة",
    "لهيئة الأمم المتحدة",
    "الأممي",
    "الأممية",
    "أممي",  # قرار أممي رقم 2401
    "أممية",
    "الأمميين",
    "الأمميان",
    "الدولي",
    "الدولية",
    "الدوليين",
    "الدوليان",
    "الشرعية الدولية",
    "الشهير",
    "المشهور",  # قراره المشهور رقم 242
)
"""Qualifiers that say the resolution is a UN one without naming the organ.

The dual and plural forms agree with قراري / القرارين / القرارات (القرارين
الدوليين 242 و338، القرارات الدولية، قرارات الشرعية الدولية).
"""

RESOLUTION_NUMBER_WORDS: Final = (
    "الذي يحمل الرقم",
    "الذي يحمل رقم",
    "الذي حمل الرقم",  # القرار الذي حمل رقم 2797
    "الذي حمل رقم",
    *("والذي يحمل الرقم", "والذي يحمل رقم", "والذي حمل الرقم", "والذي حمل رقم"),
    "حمل الرقم",
    "حمل رقم",
    "يحمل الرقم",  # تبنى مجلس الأمن قرارا يحمل الرقم 2728
    "يحمل رقم",
    "أرقام",  # قرارات مجلس الأمن أرقام 242 و338
    "الأرقام",
    "بالرمز",
    "برمز",
    "ذي الرمز",
    "والمجدول بالرقم",
    "المجدول بالرقم",
    "بالرقم",
    "ذي الرقم",
    "ذو الرقم",
    "المرقم",
    "برقم",
    "رقمي",
    "رقما",
    "الرقم",
    "رقم",
    "عدد",  # the Maghreb's legal style: قرار مجلس الأمن عدد 2216
)
"""Words introducing the number (رقم 2254، والمجدول بالرقم “٢٢٥٤”، عدد 2216)."""

SC_NUMBERS_BY_YEAR: Final = MappingProxyType(
    {
        # year -> about the first Security Council resolution of that year, within a few
        # numbers (written from the Council's yearly lists from memory; only used with a
        # tolerance of one year, see ADOPTION_YEAR_WORDS). Before 1990, within about ten,
        # checked against dated resolutions: 220 (16 March 1966), 261 (10 December 1968),
        # 303 (6 December 1971), 401 (14 December 1976), 403 (14 January 1977), 481
        # (26 November 1980), 500 (28 January 1982) (en.wikipedia.org, the Council's lists)
        1966: 218,
        1967: 230,
        1968: 245,
        1969: 263,
        1970: 276,
        1971: 290,
        1972: 308,
        1973: 326,
        1974: 345,
        1975: 367,
        1976: 385,
        1977: 403,
        1978: 423,
        1979: 444,
        1980: 462,
        1981: 484,
        1982: 500,
        1983: 529,
        1984: 546,
        1985: 560,
        1986: 581,
        1987: 594,
        1988: 607,
        1989: 628,
        1990: 646,
        1991: 683,
        1992: 726,
        1993: 794,
        1994: 897,
        1995: 971,
        1996: 1036,
        1997: 1092,
        1998: 1147,
        1999: 1220,
        2000: 1286,
        2001: 1334,
        2002: 1388,
        2003: 1454,
        2004: 1521,
        2005: 1583,
        2006: 1653,
        2007: 1738,
        2008: 1795,
        2009: 1859,
        2010: 1908,
        2011: 1967,
        2012: 2034,
        2013: 2087,
        2014: 2133,
        2015: 2195,
        2016: 2260,
        2017: 2337,
        2018: 2399,
        2019: 2452,
        2020: 2505,
        2021: 2561,
        2022: 2620,
        2023: 2672,
        2024: 2722,
        2025: 2768,
    }
)
"""The numbering of the Security Council's resolutions by year, to tell its resolutions by
their year (القرار 1591 عام 2005; القرار 833 لعام 1993 where the UN is named) from national
decrees. The first numbers are approximate (within a few; before 1990, when the Council adopted
ten to thirty a year, within about ten): only used one year either way."""

ADOPTION_YEAR_WORDS: Final = ("عام", "سنة", "في عام", "الصادر عام", "الصادر في عام", "الصادر سنة")
"""Words between a four-digit resolution number and a year, without the ل of a decree (لسنة،
لعام): القرار 1591 عام 2005 is the Security Council's when that year fits its numbering
(``SC_NUMBERS_BY_YEAR``, one year either way), with no other word of the UN around."""

WORD_VARIANTS: Final = MappingProxyType(
    {
        "جميع": ("كافة",),
        "السلام": ("السلم",),  # مبادرة السلم العربية: the Maghreb's word for peace
        "للأفراد": ("للأشخاص",),  # الألغام المضادة للأشخاص: anti-personnel, in the Maghreb too
        # a misspelling the press makes often: معاهدة حضر الأسلحة الكيماوية، معاهدة حضر انتشار
        "حظر": ("حضر", "تحريم", "منع"),  # اتفاقية تحريم الأسلحة الكيماوية: the older word for a ban
        # a misspelling: اتفاقية حظر الأسلحة الكيمائية
        "الكيميائية": ("الكيمائية",),
        "الكيميائي": ("الكيمائي",),
    }
)
"""Words of a name the press writes with a synonym or a common misspelling (اتفاقية القضاء على
كافة أشكال التمييز ضد المرأة، معاهدة حضر الأسلحة الكيماوية): each alias and pattern with the word is
matched with each variant too."""

COORDINATION_BREAKS: Final = frozenset(
    {
        "بين",
        "مع",
        "في",
        "من",
        "على",
        "عن",
        "حول",
        "بشأن",
        "إلى",
        "الى",
        "لدى",
        "عبر",
        "التي",
        "الذي",
    }
)
"""Words that end the list of names a dual or plural head governs (اتفاقيات توأمة بين مدن
أنطاليا وأضنة: the parties of the head's own agreements, not the Adana agreement)."""

CLASS_AFTER_PLURAL: Final = ("ذات الصلة", "المعنية", "الأخرى", "المماثلة")
"""Words after a plural head and a name that make them a class of treaties (وجدد التزامه
بمعاهدات عدم الانتشار ذات الصلة): no link."""

RESOLUTION_DATED_WORDS: Final = ("المؤرخ", "المؤرخة", "المؤرخ في", "المؤرخة في", "الصادر في")
"""Words of a resolution's day after its bracketed year, in a list (القرارات 242 (1967) المؤرخ 22
تشرين الثاني/نوفمبر 1967 و 338 (1973) المؤرخ ...): the list goes on after the day."""

NAME_ORDINALS: Final = frozenset(
    {"الأولى", "الثانية", "الثالثة", "الرابعة", "الأول", "الثاني", "الثالث", "الرابع"}
)
"""Ordinals between a name and its year (اتفاقية جنيف الأولى (1864)): the year is still the
name's own."""

NAME_CONNECTORS: Final = frozenset({"حول", "بشأن"})
"""Words the press puts between a head noun and a treaty's name (المعاهدة حول حظر الأسلحة
الكيماوية، الاتفاقية بشأن حظر ...): crossed only before a word of :data:`CONNECTED_NAME_STARTS`."""

NAME_CONNECTOR_ADJECTIVES: Final = frozenset({"الخاصة", "الخاص", "المتعلقة", "المتعلق"})
"""Adjectives between a head noun and a treaty's name that take it with ب glued (الاتفاقية الخاصة
بحظر الألغام المضادة للأشخاص): crossed as :data:`NAME_CONNECTORS` are, only before a word of
:data:`CONNECTED_NAME_STARTS`."""

CONNECTED_NAME_STARTS: Final = frozenset(
    {"حظر", "حضر", "منع", "عدم", "نزع", "الحد", "خفض", "الصواريخ"}
)
"""First words of the names read after a connector: a ban or a limit (حظر الأسلحة الكيماوية، عدم
انتشار الأسلحة النووية), or the weapons a treaty limits (الاتفاقية الخاصة بالصواريخ متوسطة المدى).
After اتفاق حول any other word is a topic (اتفاق حول المناخ)."""

UN_NAMED_HEADS: Final = ("اتفاقية",)
"""Heads after which the press may name the United Nations (or write «international») before
the rest of a convention's name, joined by ل (اتفاقية الأمم المتحدة لمناهضة التعذيب for
اتفاقية مناهضة التعذيب, اتفاقية الأمم المتحدة للقضاء على ... for اتفاقية القضاء على ...): each
alias so headed is matched in that form too."""

QUOTED_ORGANIZATIONS: Final = frozenset(
    {
        *("الأمم المتحدة", "الجامعة العربية", "جامعة الدول العربية", "حلف شمال الأطلسي"),
        *("الاتحاد الأوروبي", "الاتحاد الأفريقي", "الاتحاد الإفريقي", "مجلس التعاون الخليجي"),
    }
)
"""Organizations' names: in quotes without a head noun they name the organization (وفق ما ذكره موقع
“الأمم المتحدة”), not a treaty named after it (ميثاق الأمم المتحدة)."""

UN_NAMES: Final = ("الأمم المتحدة", "الدولية")
"""What those forms put after the head: the organization's name, or «international»
(الاتفاقية الدولية لمناهضة التعذيب)."""

UN_CONTEXT_WORDS: Final = (
    "مجلس الأمن",
    "الأمم المتحدة",
    "للأمم المتحدة",  # (ل + الأمم drops the alef: no «الأمم» in it)
    "أممي",  # (الأممي، الأممية، برعاية أممية)
    "الجمعية العامة",
    "غوتيريش",
    "غوتيريس",
    "الأونروا",  # a UN agency: القرار 302 الخاص بإنشاء الأونروا
    "الأنروا",
)
"""Words that make a bare 'القرار 2254' a UN resolution when in the same or previous sentence."""

UN_MISSION_WORDS: Final = (
    *("يونيتامس", "يوناميد", "اليونيفيل", "يونيفيل", "مينورسو", "المينورسو", "يونسميل"),
    *("أونسميل", "يونامي", "الأندوف", "أندوف", "مونوسكو", "يونميس", "يونيسفا", "أونمها"),
)
"""The Council's missions: UN context for a bare number as ``UN_CONTEXT_WORDS`` (القرار 2579 ...
تمديد ولاية يونيتامس), but no evidence against a state's body issuing the decision (أصدر رئيس
الوزراء القرار 245 بشأن موظفي اليونيفيل: a decree, the mission its subject)."""

GA_CONTEXT_WORDS: Final = ("الأمم المتحدة", "للأمم المتحدة", "أممي", "الجمعية العامة")
"""Words before a resolution written session/number with the session first (القرار رقم
49/114) in its sentence that make it the General Assembly's: the Council's words are no
evidence of an Assembly symbol, and a national decree is written the same way."""

ISSUED_BY_WORDS: Final = (
    *(f"{word} {by}" for word in ("الصادر", "الصادرة", "الصادرين") for by in ("عن", "من")),
    *(f"الذي {verb}" for verb in ("أصدره", "أصدرته", "اتخذه", "اتخذته", "وقعه", "وقعته")),
    *(f"الذي {verb}" for verb in ("أقره", "أقرته")),
)
"""Words after a bare resolution number that name who issued it (القرار 1350 الصادر عن قاضي
التحقيق، القرار 1588 الذي وقعه وزير الداخلية): unless a body of the UN, a state's decision."""

RESOLUTION_SPONSOR_ADJECTIVES: Final = frozenset(
    {"الأمريكي", "الأميركي", "البريطاني", "الفرنسي", "الروسي", "الصيني"}
)
"""The permanent members' adjectives, which name the drafter of a Council resolution between its
head and a bare four-digit number (القرار الأمريكي رقم 2803، القرار الأميركي 2803)."""

NATIONAL_ISSUERS: Final = (
    "مجلس الوزراء",
    "رئاسة الوزراء",
    *("رئيس الوزراء", "رئيس الحكومة"),  # أصدر رئيس الوزراء القرار 245 بشأن موظفي اليونيفيل
    "الحكومة",
    "وزارة",
    "الوزارة",
    "وزير",  # أصدر وزير الداخلية قرارا رقم 242: also الوزير، وزيرة
    "المحكمة",
    "مجلس النواب",
    "البرلمان",
    *("محافظة", "المحافظة", "البلدية", "بلدية", "مجلس قيادة الثورة"),
    *("هيئة", "الهيئة", "أمانة", "ديوان", "نقابة", "الاتحاد", "جامعة", "الجامعة"),
    *("مجلس نواب", "مجلس الأعيان", "مجلس الشيوخ", "مجلس الدولة"),
)
"""A state's bodies that issue numbered decisions: with a verb of issuing (``ISSUING_VERBS``)
before a bare 'قرار N' in its sentence and no word of the UN there, the number is theirs (أصدر
مجلس الوزراء القرار رقم 2231 بشأن الاستيراد), even when the gazetteer knows a resolution of that
number; a body that speaks of a resolution (رحبت الحكومة بالقرار 2254) does not issue it."""

ISSUING_VERBS: Final = ("أصدر", "أصدرت", "يصدر", "تصدر", "اتخذ", "اتخذت", "أقر", "أقرت")
"""Verbs of issuing a decision, for ``NATIONAL_ISSUERS``."""

COUNCIL_CONTEXT_WORDS: Final = ("المجلس", "التصويت على", "الجنائية الدولية", "فريق الخبراء")
"""Words that make a bare four-digit 'القرار 2585' a Security Council resolution when in the
same or previous sentence (اعتمد المجلس بالإجماع القرار 2585): 'the council' of a story
about the Security Council, a vote on it (جرى التصويت على القرار 2654), the International
Criminal Court, to which the Council refers cases (القرار 1593 قد خول المحكمة الجنائية الدولية;
not a national criminal court, المحكمة الجنائية في بغداد), the panel of experts of a sanctions
committee (القرار 1591 ... تمديد ولاية فريق الخبراء; a ministry's panel has a number under 1000).
Numbers under 1000 need a word of UN_CONTEXT_WORDS."""

NOT_THE_COUNCIL_ADJECTIVES: Final = frozenset(
    {
        *("البلدي", "المحلي", "الأعلى", "الوطني", "التشريعي", "العسكري", "الانتقالي", "الرئاسي"),
        *("الشعبي", "الاستشاري", "الاقتصادي", "الإسلامي", "الشرعي", "النيابي", "التنفيذي"),
        *("الإقليمي", "الدستوري", "الملي", "السيادي", "القومي", "المركزي", "الثوري"),
    }
)
"""Adjectives after المجلس that make it another council than the Security Council (المجلس
البلدي، المجلس الأعلى للقضاء، المجلس العسكري): no context of a Council resolution then. Other
words after it (المجلس الخميس، المجلس المؤلف من 15 عضوا) leave it the Council of the story."""

STATE_COUNCILS: Final = ("مجلس الوزراء", "مجلس النواب", "مجلس الأمة", "مجلس الشورى", "مجلس الشعب")
"""A state's councils: named in a sentence or the one before, they make المجلس there theirs, not
the Security Council, for a four-digit number and a year (وأصدر المجلس القرار رقم 2150 لعام
2014 in a story of the Iraqi cabinet)."""

RESOLUTION_PART_LETTERS: Final = ("أ", "ب", "ج", "ألف", "باء", "جيم")
"""Letters of a part of a General Assembly resolution, read between its number and its session
in brackets (قرارها رقم 2672 أ (دورة 25)): the resolution is the whole."""

SESSION_WORDS: Final = ("الدورة", "دورة", "د")
"""Words before a General Assembly session in brackets: (الدورة 25)، (دورة 6)، (د-25)، (د – ٢)."""

SESSION_ORDINALS: Final = (
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
)
"""Session ordinals in brackets, first to tenth, in order: (الدورة الثالثة) is session 3."""

DECREE_YEAR_WORDS: Final = ("لسنة", "لعام")
"""Words before a year after a resolution number: a national decree (رقم 45 لسنة 2020)."""

SC_RESOLUTION_NAME_AR: Final = "قرار مجلس الأمن رقم {number}"
"""Arabic name of a Security Council resolution read by rule (not in the gazetteer)."""

GA_RESOLUTION_NAME_AR: Final = "قرار الجمعية العامة رقم {number}"
"""Arabic name of a General Assembly resolution read by rule (not in the gazetteer)."""

GA_SESSION_OF: Final = MappingProxyType(
    {
        # number -> session, for General Assembly resolutions the press cites
        # without their session; each row is stated by the page named.
        181: 2,  # "قرار تقسيم فلسطين رقم 181 ( الدورة - 2 )" shanti.jordanforum.net/t21922
        186: 2,  # "قرار الجمعية العامة رقم ١٨٦ (د – ٢)" oudnad.net/spip.php?article2032
        194: 3,  # "قرار رقم ١٩٤ (الدورة الثالثة)" oudnad.net/spip.php?article2032
        2656: 25,  # "2656 (د–25)" refugee.ps/2013/10 (resolution 37/120 preamble)
        2728: 25,  # "2728 (د–25)" same page
        2758: 26,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_2758
        2791: 26,  # "2791 (د–26)" same page
        2964: 27,  # "2964 (د–27)" same page
        3090: 28,  # "3090 (د-28)" same page
        3330: 29,  # "3330 (د–29)" same page
        3419: 30,  # "3419 دال (د–30)" same page
        273: 3,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_273
        302: 4,  # unrwa.org: "General Assembly resolution 302 (IV) of 8 December 1949"
        377: 5,  # en.wikipedia.org/wiki/Uniting_for_Peace (resolution 377 (V))
        1514: 15,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_1514
        3236: 29,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_3236
        3237: 29,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_3237
        3379: 30,  # en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_3379
    }
)
"""Session of General Assembly resolutions numbered before 1976, when numbering restarted.

From the 31st session (1976) resolutions are cited as ``session/number``
(31/15, 37/120) and need no table. A General Assembly resolution cited with a
plain number that is neither here nor followed by its session ("(د-3)",
"(الدورة الثالثة)") is not linked: its id ``unga-resolution-<session>-<number>``
cannot be built without guessing.
"""

BACK_REFERENCE_HEADS: Final = MappingProxyType(
    {
        # definite head -> kinds of instrument it can point back to
        "المعاهدة": ("treaty", "convention", "agreement", "protocol", "charter", "covenant"),
        "الاتفاقية": ("treaty", "convention", "agreement", "protocol", "memorandum", "covenant"),
        "الاتفاق": ("treaty", "convention", "agreement", "protocol", "memorandum", "initiative"),
        "البروتوكول": ("protocol",),
        "المذكرة": ("memorandum",),
        "الميثاق": ("charter", "treaty"),
        "القرار": ("resolution",),
    }
)
"""Definite head nouns linked to the nearest preceding mention in the opt-in back-reference mode."""

NOT_BACK_REFERENCE_BEFORE: Final = frozenset({"تم", "جرى", "يتم", "سيتم"})
"""Words before الاتفاق that make it the verbal noun 'agreeing' (تم الاتفاق على)."""

NOT_BACK_REFERENCE_AFTER: Final = frozenset({"على", "علي", "بين", "مع", "حول"})
"""Words after a definite head that make it a new description, not a back-reference."""

INSTITUTES_BEFORE_NAMES: Final = frozenset({"معهد", "مؤسسة", "مركز", "جامعة", "شركة", "منظمة"})
"""Words before a treaty's name with its head noun that make the whole an institution named
after it (معهد اتفاقيات إبراهيم للسلام; منظمة "معاهدة الحظر الشامل للتجارب النووية", the
CTBTO): no mention of the treaty. Not مجموعة: it is also «the set of» (مجموعة اتفاقيات جنيف
الأربع), more often than a group named after a treaty (مجموعة الاتفاقيات الإبراهيمية)."""

NOT_A_NAME_AFTER: Final = frozenset(
    {
        # organisations, shops and brands
        "شركة",
        "شركات",
        "مؤسسة",
        "مجموعة",
        "علامة",
        "ماركة",
        "منتج",
        "منتجات",
        "تطبيق",
        "منصة",
        "معهد",
        "متجر",
        "مطعم",
        "فندق",
        "مصنع",
        "مكتب",
        "نادي",
        # places: في مدينة «الطائف» is the city, not the accord signed there
        "مدينة",
        "بلدة",
        "قرية",
        "محافظة",
        "منطقة",
        "شارع",
        "مطار",
        "جامعة",
        "منتجع",  # منتجع كامب ديفيد: the retreat
        # footers and credits
        "محفوظة",
        "حقوق",
        "الحقوق",
        "تصميم",
        "تطوير",
        "برمجة",
        "بواسطة",
        "copyright",
        "by",
    }
)
"""Words after which a name written without a head noun is a company, a brand, a place or a credit.

Transliterated treaty names are also company names: كافة الحقوق محفوظة لـ نيو
ستارت (a WordPress footer), شركة نيو ستارت. A name matched without a head noun
(معاهدة، اتفاقية ...) right after one of these words (clitics removed, a
one-letter word such as لـ skipped) gives no mention; after a head noun the name
is always the instrument.
"""

SIGNED_YEAR_WORDS: Final = (
    "الموقعة",
    "الموقع",
    "الموقّعة",
    "المبرمة",
    "المبرم",
    "التي وقعت",
    "التي وقعها",
    "التي وقعتها",
    "التي أبرمت",
    "التي أبرمها",
    "الصادرة",
    "الصادر",
    "لعام",
    "لسنة",
)
"""Words that make a year written right after a name its signing year.

معاهدة ستارت الموقعة عام 1991، اتفاقية جنيف لعام 1951: such a year names the
instrument and outweighs the context keywords of a shared name. A year without
one of them (معاهدة ستارت عام 2005) may date anything and is left to the year step.
"""

NUMBER_WORDS: Final = MappingProxyType(
    {
        # a number inside a name written as a word: ستارت اثنين is ستارت 2
        "واحد": "1",
        "واحدة": "1",
        "الأول": "1",
        "الأولى": "1",
        "اثنين": "2",
        "اثنان": "2",
        "الثاني": "2",
        "الثانية": "2",
        "ثلاثة": "3",
        "ثلاثه": "3",
        "الثالث": "3",
        "الثالثة": "3",
        "أربعة": "4",
        "الرابع": "4",
        "الرابعة": "4",
    }
)
"""Number words a name may use for its digit; tried only when the data has no such word there."""

LATIN_LETTER_NAMES: Final = MappingProxyType(
    {
        # how the press spells Latin letters: «إن بي تي» is NPT, «آي إن إف» INF.
        # value: the letters a name may stand for (Arabic has no P: بي is B or P)
        "إيه": "A",
        "ايه": "A",
        "بي": "BP",
        "سي": "C",
        "دي": "D",
        "إي": "EI",
        "إف": "F",
        "اف": "F",
        "جي": "GJ",
        "إتش": "H",
        "اتش": "H",
        "إيتش": "H",
        "آي": "I",
        "أي": "I",
        "جيه": "J",
        "جاي": "J",
        "كيه": "K",
        "كاي": "K",
        "إل": "L",
        "إم": "M",
        "إن": "N",
        "أو": "O",
        "كيو": "Q",
        "آر": "R",
        "إس": "S",
        "تي": "T",
        "يو": "U",
        "في": "V",
        "دبليو": "W",
        "إكس": "X",
        "اكس": "X",
        "واي": "Y",
        "زد": "Z",
    }
)
"""Latin letters spelled in Arabic letters, for acronyms of the gazetteer written that way.

Folded, several names meet (آي، أي، إي are all اي): the matcher tries every
letter a name may stand for, and only a whole acronym of the gazetteer counts.
"""

COMMON_WORD_LETTER_NAMES: Final = frozenset({"في", "إن", "أو", "آي", "أي", "إي", "إل", "إم"})
"""Letter names that are also everyday words (في، إن، أو، أي ...): they extend a spelled
acronym but never start the search for one, so ordinary prose costs nothing."""

RESOLUTION_TOPIC_LEADS: Final = ("حول", "بشأن", "حيال", "الخاص", "الخاصة", "المتعلق", "المتعلقة")
"""Words that open a topic of one or two words between a resolution's organ and its number, which
must then follow رقم, a quote or a bracket (قرار مجلس الأمن الدولي حول سوريا “2254”): a bare number
after a place may be a year (قرار مجلس الأمن حول ليبيا 2011)."""

RESOLUTION_LIST_TOPIC_LEADS: Final = (*RESOLUTION_TOPIC_LEADS, "خاص", "خاصة")
"""Words that open a topic in brackets after each number of a list, which then goes on (قراري
مجلس الأمن 2216 (خاص باليمن) و2231 (خاص بالاتفاق النووي))."""

RESOLUTION_FILLERS: Final = (
    "ذات الصلة",
    "ذات العلاقة",
    "بما فيها",
    "بما في ذلك",
    "ومنها",
    "منها",
    "وخاصة",
    "خاصة",
    "ولا سيما",
    "لا سيما",
    "وبخاصة",
    "الجديد",
)
"""Words between a resolution head and its numbers (قرارات الشرعية الدولية ذات الصلة
بما فيها 242 و338): they neither name the organ nor stop the numbers."""

RESOLUTION_ADJECTIVES: Final = (
    *("جديدا", "جديد", "جديدة", "آخر", "اخر", "تاريخيا", "تاريخي"),
    *("مهما", "مهم", "هاما", "هام", "جدا", "ملزما", "ملزم", "حاسما", "حاسم"),
    # definite, after a definite head and its organ: قرار مجلس الأمن الجائر رقم 833
    *("الجديد", "التاريخي", "المهم", "الهام", "الملزم", "الحاسم", "الشهير", "الجائر", "الظالم"),
    "المشؤوم",  # قرار الأممي المشؤوم 833
    *("الأول", "الثاني", "الثالث"),  # القرار الأول، رقم 2524 ... القرار الثاني رقم 2525
    *("الأخير", "السابق"),  # قرار مجلس الأمن الأخير (2334)
)
"""Adjectives between a resolution head and the words of its number (أصدر مجلس الأمن قرارا
جديدا يحمل الرقم 2342، قرارا تاريخيا رقم 2797، قراراً مهماً جداً رقم 678، قرار مجلس الأمن الجائر
رقم 833): read over like the qualifiers."""

RESOLUTION_COUNTED_NOUNS: Final = (
    *("دولة", "دول", "عضوا", "عضو", "أعضاء", "صوتا", "صوت", "أصوات", "بلدا", "بلدان"),
    *("بندا", "بند", "بنود", "فقرة", "فقرات", "مادة", "مواد"),  # قرار مجلس الأمن عدد 15 بندا
    "من أصل",
)
"""Words right after a number that make it a count, not a resolution's number (صوتت لصالح
مشروع القرار الأممي 11 دولة من أصل 15): the number counts the votes."""

COUNTED_AFTER_NUMBERS: Final = (
    *("دينار", "دينارا", "دولار", "دولارا", "ريال", "ريالا", "جنيه", "جنيها", "درهم", "درهما"),
    *("ليرة", "يورو", "موظف", "موظفا", "عامل", "عاملا", "أسرة", "عائلة", "شخص", "شخصا"),
    *("مواطن", "مواطنا", "طالب", "طالبا", "معلم", "معلما", "منزل", "وحدة", "متر", "مترا"),
    *("طن", "طنا", "كيلومتر", "كيلومترا", "هكتار", "فدان", "سرير", "مستفيد", "مستفيدا"),
    *("معتقل", "معتقلا", "سجين", "سجينا", "أسير", "أسيرا", "سلة", "لاجئ", "لاجئا", "مريض", "مريضا"),
    *("جندي", "جنديا", "عنصر", "عنصرا", "مقاتل", "مقاتلا"),
)
"""Nouns a number counts or prices right after it (القرار 2000 دينار، وشمل القرار 1500 موظف): a
bare number after القرار then counts what the decision gives or covers, it names no resolution;
nor does a number of a list that goes on to one (بالقرار 1701 (2006) و1000 و2000 جندي)."""

ARAB_LEAGUE_WORDS: Final = (
    "الجامعة العربية",
    "جامعة الدول العربية",
    "مجلس الجامعة",
    "الوزراء العرب",
    "القمة العربية",
)
"""Words of the Arab League, whose resolutions are numbered too (القرار 1317 on the Arab free-trade
area): in the sentence or the one before, a bare number is not read as the Security Council's."""

RESOLUTION_BODY_WORDS: Final = ("المجلس",)
"""Words between a resolution head and its number that name a council without saying which
(قرار المجلس الرقم 2231): read over, they are no evidence of the UN; the number must be
known, or the context say so (``COUNCIL_CONTEXT_WORDS``)."""

PARTY_NAMES: Final = MappingProxyType(
    {
        # a party as a title names it (country or capital) -> the English words that
        # stand for it in the gazetteer's "parties" (any of them, case-blind substrings)
        "روسيا": ("Russia", "Soviet Union"),
        "موسكو": ("Russia", "Soviet Union"),
        "الاتحاد السوفيتي": ("Soviet Union",),
        "الاتحاد السوفياتي": ("Soviet Union",),
        "الولايات المتحدة": ("United States",),
        "واشنطن": ("United States",),
        "أمريكا": ("United States",),
        "أميركا": ("United States",),
        "مصر": ("Egypt",),
        "القاهرة": ("Egypt",),
        "إسرائيل": ("Israel",),
        "تل أبيب": ("Israel",),
        "الكيان الإسرائيلي": ("Israel",),
        "الكيان الصهيوني": ("Israel",),
        "الأردن": ("Jordan",),
        "تركيا": ("Turkey",),
        "أنقرة": ("Turkey",),
        "سوريا": ("Syria",),
        "سورية": ("Syria",),
        "دمشق": ("Syria",),
        "إيران": ("Iran",),
        "طهران": ("Iran",),
        "العراق": ("Iraq",),
        "بغداد": ("Iraq",),
        "أوكرانيا": ("Ukraine",),
        "كييف": ("Ukraine",),
        "بريطانيا": ("United Kingdom",),
        "لندن": ("United Kingdom",),
        "فرنسا": ("France",),
        "ألمانيا": ("Germany",),
        "برلين": ("Germany",),
        "الصين": ("China",),
        "بكين": ("China",),
        "السعودية": ("Saudi Arabia",),
        "المملكة العربية السعودية": ("Saudi Arabia",),
        "الرياض": ("Saudi Arabia",),
        "لبنان": ("Lebanon",),
        "بيروت": ("Lebanon",),
        "الجزائر": ("Algeria",),
        "الإمارات": ("UAE",),
        "الإمارات العربية المتحدة": ("UAE",),
        "أبوظبي": ("UAE",),
        "أبو ظبي": ("UAE",),
        "البحرين": ("Bahrain",),
        "المنامة": ("Bahrain",),
        "المغرب": ("Morocco",),
        "الرباط": ("Morocco",),
        "منظمة التحرير": ("PLO", "Palestine Liberation Organization"),
        "منظمة التحرير الفلسطينية": ("PLO", "Palestine Liberation Organization"),
        "حلف الناتو": ("NATO",),
        "الناتو": ("NATO",),
        "طالبان": ("Taliban",),
        "حركة طالبان": ("Taliban",),
        "الأمم المتحدة": ("United Nations",),
        # Sudan's peace of Juba: الاتفاق بين الحكومة السودانية والجبهة الثورية; not the generic
        # الحركات المسلحة, also the parties of Abuja (2006) and Doha (2011), not in the gazetteer
        "الحكومة السودانية": ("Sudan transitional government",),
        "الجبهة الثورية": ("Sudan Revolutionary Front",),
        "الجبهة الثورية السودانية": ("Sudan Revolutionary Front",),
    }
)
"""Parties as a title names them: المعاهدة الموقعة بين موسكو وواشنطن حول ... (see
``TITLE_DESCRIPTORS``) is linked to the one entry whose ``parties`` hold all of them."""

PARTY_ADJECTIVES: Final = MappingProxyType(
    {
        # a party of PARTY_NAMES -> its adjectives, which name the party before a title with
        # مع (قال وزير الخارجية الأردني، إن إلغاء اتفاقية السلام مع إسرائيل: Jordan's)
        "روسيا": ("الروسي", "الروسية"),
        "الولايات المتحدة": ("الأمريكي", "الأمريكية", "الأميركي", "الأميركية"),
        "مصر": ("المصري", "المصرية"),
        "إسرائيل": ("الإسرائيلي", "الإسرائيلية"),
        "الأردن": ("الأردني", "الأردنية"),
        "تركيا": ("التركي", "التركية"),
        "سوريا": ("السوري", "السورية"),
        "إيران": ("الإيراني", "الإيرانية"),
        "العراق": ("العراقي", "العراقية"),
        "أوكرانيا": ("الأوكراني", "الأوكرانية"),
        "بريطانيا": ("البريطاني", "البريطانية"),
        "فرنسا": ("الفرنسي", "الفرنسية"),
        "ألمانيا": ("الألماني", "الألمانية"),
        "الصين": ("الصيني", "الصينية"),
        "السعودية": ("السعودي",),
        "لبنان": ("اللبناني", "اللبنانية"),
        "الجزائر": ("الجزائري", "الجزائرية"),
        "الإمارات": ("الإماراتي", "الإماراتية"),
        "البحرين": ("البحريني", "البحرينية"),
        "المغرب": ("المغربي", "المغربية"),
    }
)
"""Adjectives of the parties of :data:`PARTY_NAMES`, read only for the party named before a
title with مع (a minister, a parliament, a government of that state)."""

PARTY_COMPARED_WORDS: Final = frozenset({"بعد", "مثل", "غرار", "خلاف", "عكس"})
"""Words after which a party named before a title with مع is a state compared with, not the
title's party (ثاني دولة عربية بعد مصر توقع اتفاق سلام مع إسرائيل: Jordan's, not Egypt's)."""

PARTY_STATE_WORDS: Final = frozenset({"دولة", "جمهورية", "مملكة"})
"""Words of statehood that may stand before a party's name in a title (اتفاقية السلام بين دولة
الإمارات العربية المتحدة ودولة إسرائيل)."""

TITLE_DESCRIPTORS: Final = frozenset(
    {
        "السلام",
        "سلام",
        "الموقعة",
        "الموقع",
        "المبرمة",
        "المبرم",
        "التي",
        "الذي",
        "وقعت",
        "وقعها",
        "أبرمت",
        "أبرمها",
        "الثنائية",
        "الثنائي",
        "التاريخية",
        "التاريخي",
    }
)
"""Words between a head noun and بين in a title naming the parties.

معاهدة السلام الموقعة بين ...: السلام also asks for a peace treaty.
"""

PEACE_WORDS: Final = frozenset({"السلام", "سلام"})
"""Words of a title naming its parties that ask for a peace treaty (معاهدة السلام بين مصر
وإسرائيل). Not التطبيع: the tables read اتفاقية التطبيع بين المنامة وتل أبيب as a description
of no named instrument."""

PARTY_LIST_WORDS: Final = ("كل من", "وكل من")
"""Words before a list of parties in a title, read over (بين كل من مصر والسودان, بين إسرائيل
وكل من الإمارات والبحرين)."""

TITLE_TOPIC_WORDS: Final = frozenset(
    {"حول", "بشأن", "بخصوص", "الخاصة", "الخاص", "المتعلقة", "المتعلق", "للحد", "لنزع", "لخفض"}
)
"""Words after the parties that open the subject of the instrument (حول الصواريخ ...)."""

GA_WHEN_UNNAMED: Final = frozenset({181, 194, 273, 302, 377, 1514, 3236, 3237, 3379})
"""General Assembly resolutions the press cites by number alone (القرار 1514، القرار الأممي
3236، القرار 302 of UNRWA's founding): read as the Assembly's when no organ is named, though the
Council has used the number since. Numbers of the Council's recent resolutions are not here
(القرار 2728 is the Council's)."""

RESOLUTION_SOURCE_WORDS: Final = ("الصادر عن", "الصادر من", "الصادرة عن", "الصادرة من", "بالإجماع")
"""Words between a resolution head and the organ that adopted it (القرار الصادر عن مجلس الأمن),
or its number (قرارا بالإجماع يحمل رقم 1701)."""
