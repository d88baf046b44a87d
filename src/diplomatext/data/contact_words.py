"""Words that report a diplomatic contact, and the cue words around them.

One form a line, in natural spelling; the events finder folds every entry with
the MATCHING normalization and matches whole tokens with a clitic grammar
(و، ف، ب، ل، ك، ال، لل before a noun; و، ف and the future س before a verb; a
possessive or object pronoun after either), never substrings: وزارة is not
و + زار + ة, and بحث is not حث.

Modes are the guideline's: ``"phone"``, ``"meeting"``, ``"visit"``,
``"multilateral"``; ``None`` means the word does not say (محادثة، المحادثات as a
later mention take the mode of the contact they refer to; a new contact with no
mode word is a meeting). How the tables are used:
``docs/explanation/events.md``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ADVISED_GROUPS",
    "AGENT_NOUNS",
    "AGREEING_WORDS",
    "ALIGHTING_OPENERS",
    "ALIGHTING_VERBS",
    "ALSO_WITH_WORDS",
    "ALSO_WORDS",
    "AMBASSADORS_WORDS",
    "ANOTHER_WORDS",
    "ARRIVAL_ASIDES",
    "ARRIVAL_MOMENTS",
    "ARRIVAL_VERBS",
    "ASIDE_OPENERS",
    "ATTENDANCE_WORDS",
    "BEING_WORDS",
    "BE_VERBS",
    "BILATERAL_WORDS",
    "BINDING_VERBS",
    "BLOCKED_TOKENS",
    "BLOCKING_BEFORE",
    "CAME_OF",
    "CAME_OF_ANCHORS",
    "CAPITAL_NOUN",
    "CLAUSE_COMPLEMENTIZERS",
    "COMPASS_WORDS",
    "CONDEMNING_VERBS",
    "CONDOLENCE_PURPOSES",
    "CONTENT_NOUNS",
    "CREDENTIALS_VERBS",
    "DATED_TOPIC_WORDS",
    "DAY_OFFSETS",
    "DENIAL_VERBS",
    "DENIED_AFTER",
    "DENIED_CUES",
    "DENIED_PRESENT_CUES",
    "DENIED_REPORTS",
    "DENIED_RIGHT_BEFORE",
    "DENIED_THEREAFTER",
    "DEPARTURE_NOUNS",
    "DISCUSSION_VERBS",
    "DOER_CLAUSES",
    "DURING_WORDS",
    "EXCHANGED_WORDS",
    "FAREWELL_NOUNS",
    "FEMININE_NOUNS",
    "FIRST_PERSON_WORDS",
    "FORUM_TRIP_WORDS",
    "FORUM_WORDS",
    "FRAMEWORK_BEFORE",
    "FRONTED_TIME_WORDS",
    "FUTURE_PREFIXES",
    "GATHERING_VERBS",
    "GROUP_BEFORE_CALL",
    "GUEST_WORDS",
    "HEADING_PHRASES",
    "HELD_AFTER",
    "HOLDING_VERBS",
    "HOSTING_VERBS",
    "INCLUDING_PHRASES",
    "INVITATION_ANSWERS",
    "INVITATION_NOUNS",
    "INVITING_VERBS",
    "JOINT_HEADS",
    "JOINT_WORDS",
    "KIN_WORDS",
    "LASTING_WORDS",
    "LISTED_ENVOYS_REACH",
    "MAKER_QUALIFIERS",
    "MANNER_WORDS",
    "MARGIN_PHRASES",
    "MEETING_OBJECT_VERBS",
    "MEETING_TO_VERBS",
    "MESSAGE_ENDS",
    "MESSAGE_WORDS",
    "MOURNED_TITLE_WORDS",
    "MOURNING_NOUNS",
    "NAMELY_WORDS",
    "NAMESAKE_NOUNS",
    "NEGATION_WORDS",
    "NEW_CLAUSE_WORDS",
    "NOT_BEFORE_DENIAL",
    "NOT_OFF_AFTER",
    "NOUNS",
    "NUMBERED_DOCUMENT_WORDS",
    "OCCASION_WORDS",
    "ONE_BY_ONE_NOUNS",
    "ONGOING_WORDS",
    "PARTY_NOUNS",
    "PHONE_MODIFIERS",
    "PLACE_HEAD_QUALIFIERS",
    "PLACE_HEAD_WORDS",
    "PLACE_NOUNS",
    "PLANNED_AFTER",
    "PLANNED_CUES",
    "PLANNED_DOER_CLAUSES",
    "PLANNED_RIGHT_BEFORE",
    "PLURAL_CALL_NOUNS",
    "PLURAL_CALL_VERBS",
    "POSTPONING_WORDS",
    "PRINCIPAL_WORDS",
    "PRIVATE_TRIP_PURPOSES",
    "PRIVATE_TRIP_WORDS",
    "PROGRAMME_VERBS",
    "PRONOUN_OBJECTS",
    "PROPOSED_AFTER",
    "PROPOSED_CUES",
    "PROPOSED_RIGHT_BEFORE",
    "PURPOSE_WORDS",
    "REACHING_VERBS",
    "RECALLED_AFTER",
    "RECAP_WORDS",
    "RECEIVERS_NOUNS",
    "RECEIVING_PARTICIPLES",
    "RECEIVING_VERBS",
    "RECEPTION_AGENT_NOUNS",
    "RECEPTION_NOUNS",
    "RECURRING_AFTER",
    "REGION_ADJECTIVES",
    "RELATION_WORDS",
    "RELATIVE_PRONOUNS",
    "REPORTED_LINKS",
    "REPORTING_VERBS",
    "RETURNING_WORDS",
    "ROUND_OF_TALKS",
    "RULED_OUT_CUES",
    "RULED_OUT_OBJECT",
    "SAME_DAY_PHRASES",
    "SEMICOLON_CONTINUES",
    "SEPARATE_HEADS",
    "SEPARATE_WORDS",
    "SEQUEL_WORDS",
    "SERIES_LISTING",
    "SERIES_NOUNS",
    "SERIES_QUANTIFIERS",
    "SERIES_WITH_NOUNS",
    "SESSION_BODIES",
    "SEVERAL_DAYS",
    "SIDES_OPENERS",
    "SITE_NAME_ENDS",
    "SOURCE_ASIDE_WORDS",
    "STANCE_NEGATIONS",
    "STANCE_REFUSALS",
    "STANCE_WORDS",
    "STATEMENT_WORDS",
    "STATES_NOUN",
    "STAYING_WORDS",
    "STOP_LIST_WORDS",
    "STOP_WORDS",
    "SUMMIT_SIZES",
    "TIME_ADVERBS",
    "TOPIC_PREPOSITIONS",
    "TOPIC_SHIFTS",
    "TOUR_INCLUDES",
    "TOUR_NOUNS",
    "TRANSITION_WORDS",
    "TRIP_OPENING_VERBS",
    "UNANNOUNCED_AFTER_DENIAL",
    "UNANNOUNCED_DAY_NOUNS",
    "URGING_VERBS",
    "VENUE_BEFORE",
    "VENUE_PARTICIPATION",
    "VERBS",
    "VIA_WORDS",
    "VISIT_CLAUSE_WORDS",
    "VISIT_OBJECT_WORDS",
    "VISIT_STAGE_VERBS",
    "WEAK_PHONE_VERBS",
    "WHEREUPON_WORDS",
    "WISH_WORDS",
]

NOUNS: Final = MappingProxyType(
    {
        # calls
        "اتصال": "phone",  # اتصال هاتفي؛ أول اتصال مع (the plural اتصالات is ongoing contact)
        "اتصالات": "phone",  # only after تلقى/أجرى: تلقى اتصالات من X وY is one call each
        "مكالمة": "phone",
        "مكالمات": "phone",  # as اتصالات: تلقى مكالمات هاتفية من X وY, one call each
        "محادثة": None,  # محادثة هاتفية (phone); المحادثة: the contact referred to
        # meetings and talks
        "لقاء": "meeting",
        "اجتماع": "meeting",
        "لقاءات": "meeting",  # عقد لقاءات مع X وY: one meeting with each named side
        "اجتماعات": "meeting",
        "محادثات": "meeting",  # talks: plural, one occasion
        "مباحثات": "meeting",
        "مناقشات": None,
        "مشاورات": "meeting",
        "تحادث": None,  # استعدادهما للتحادث: to talk (the mode of the contact referred to)
        "قمة": "meeting",
        "جلسة مباحثات": "meeting",
        "جلسة عمل": "meeting",  # عقد جلسة عمل مع (the Maghreb's word for a working meeting)
        "جلسة محادثات": "meeting",
        "جولة مباحثات": "meeting",
        "جولة محادثات": "meeting",
        # visits
        "زيارة": "visit",
        "استقبال": "visit",
        "مقدمة مستقبلي": "visit",  # كان في مقدمة مستقبليه: the host (مستقبلي alone: "future")
        "مقدمة المستقبلين": "visit",  # كان X في مقدمة المستقبلين: X receives the visitor
        "مقدمة مودعي": "visit",  # وكان في مقدمة مودعيه X: X saw the guest off, his host
        "مقدمة المودعين": "visit",
        "رأس مستقبلي": "visit",  # كان X على رأس مستقبليه: X receives (رأس: the head of)
        "رأس المستقبلين": "visit",
        "رأس مودعي": "visit",
        "رأس المودعين": "visit",
        "وداع": "visit",  # وكان في وداعه بالمطار X: X saw the visitor off
        "رحلة": "visit",  # رحلته إلى إسرائيل؛ ألغى رحلته
        "جولة": "visit",  # جولة إلى الخليج (needs إلى after it: جولته في المنطقة is no visit)
        "جولة مفاوضات": "meeting",
        # condolences offered in person (قدم واجب العزاء لأمير الكويت): a visit of mourning
        "واجب العزاء": "visit",
        # an ambassador's credentials handed over in person: the head of state receives him
        "أوراق اعتماد": "visit",
        "أوراق اعتماده": "visit",
        "أوراق اعتمادها": "visit",
        "أوراق اعتمادهم": "visit",  # الذين قدموا له أوراق اعتمادهم: each ambassador's
        "أوراق الاعتماد": "visit",
    }
)
"""Nouns of a contact -> the mode they say (``None``: the mode of the contact referred to)."""

VERBS: Final = MappingProxyType(
    {
        # calls
        "اتصل": "phone",
        "اتصلت": "phone",
        "اتصلا": "phone",
        "اتصلتا": "phone",
        "اتصلوا": "phone",
        "يتصل": "phone",
        "تتصل": "phone",
        "يتصلان": "phone",
        "يتصلا": "phone",  # أن يتصلا، لم يتصلا (subjunctive and jussive)
        "هاتف": "phone",  # هاتف الرئيس نظيره (verb: telephoned)
        "هاتفت": "phone",
        "يهاتف": "phone",
        "تهاتف": "phone",  # تهاتف الأمير مع الرئيس (the Gulf's wires)
        "تهاتفا": "phone",
        "تهاتفت": "phone",
        "يتهاتف": "phone",
        "يتهاتفان": "phone",
        # meetings
        "التقى": "meeting",
        "التقت": "meeting",
        "التقيا": "meeting",
        "التقتا": "meeting",
        "التقوا": "meeting",
        "التقاه": "meeting",
        "التقاها": "meeting",
        "التقاهم": "meeting",
        "يلتقي": "meeting",
        "تلتقي": "meeting",
        "يلتقيان": "meeting",
        "تلتقيان": "meeting",
        "يلتقون": "meeting",
        "نلتقي": "meeting",
        "يلتق": "meeting",  # لم يلتق (jussive)
        "تلتق": "meeting",  # لم تلتق
        "يلتقيا": "meeting",  # أن يلتقيا، لم يلتقيا (subjunctive and jussive)
        "تلتقيا": "meeting",
        "يلتقوا": "meeting",
        "اجتمع": "meeting",
        "اجتمعت": "meeting",
        "اجتمعا": "meeting",
        "اجتمعوا": "meeting",
        "يجتمع": "meeting",
        "تجتمع": "meeting",
        "يجتمعان": "meeting",
        "يجتمعا": "meeting",  # أن يجتمعا، لم يجتمعا
        "تجتمعا": "meeting",
        "يجتمعوا": "meeting",
        # visits
        "زار": "visit",
        "زارت": "visit",
        "زارا": "visit",
        "زاروا": "visit",
        "يزور": "visit",
        "تزور": "visit",
        "يزوران": "visit",
        "يزورا": "visit",  # أن يزورا
        "يزر": "visit",  # لم يزر (jussive)
        "تزر": "visit",
        "استقبل": "visit",
        "استقبلت": "visit",
        "استقبلا": "visit",
        "يستقبل": "visit",
        "تستقبل": "visit",
        "استضاف": "visit",  # HOSTING_VERBS: استضاف X الوزير Y؛ تستضيف القاهرة غدا وزير ...
        "استضافت": "visit",
        "يستضيف": "visit",
        "تستضيف": "visit",
        "مستقبلا": "visit",  # RECEIVING_PARTICIPLES: الرئيس X مستقبلا Y
        "مستقبلة": "visit",
        "وصل": "visit",  # وصل إلى: an arrival (needs إلى after it)
        "وصلت": "visit",
        "يصل": "visit",
        "تصل": "visit",
        "توجه": "visit",  # توجه إلى: heading for a visit (needs إلى after it)
        "سافر": "visit",  # سافر إلى: travelled (needs إلى after it, as توجه)
        "سافرت": "visit",
        "يسافر": "visit",
        "تسافر": "visit",
        "ذهب": "visit",  # ذهب إلى البيت الأبيض: went (needs إلى and a place after it)
        "ذهبت": "visit",
        "يتوجه": "visit",
        "تتوجه": "visit",
        "متوجها": "visit",
        "متوجهة": "visit",
        "متجها": "visit",  # متجهاً إلى: the same participle, without its و
        "متجهة": "visit",
        "حل": "visit",  # حلّ X بنواكشوط: arrived in (needs ب + a city after, opening a clause)
        "حلت": "visit",
        "يحل": "visit",
        "تحل": "visit",
        "حط": "visit",  # حطّ رحاله بالجزائر
        "حطت": "visit",
        "يحط": "visit",
        "غادر": "visit",  # the end of a visit: a mention of it, never a contact alone
        "غادرت": "visit",
        "يغادر": "visit",
    }
)
"""Verb forms (with their subject suffixes) of a contact -> the mode they say."""

GUEST_WORDS: Final = ("ضيفا", "ضيفة")
"""«As a guest», before على and the host after a verb of alighting (حل X ضيفا على الرئيس Y،
حلت ضيفة على تونس): the one after على receives the visit."""

ALIGHTING_VERBS: Final = ("حل", "حلت", "يحل", "تحل", "حط", "حطت", "يحط")
"""Verbs of alighting (حلّ، حطّ رحاله، يحلّ ضيفا): a visit only when they open a clause and a
city with ب follows in the sentence (حلّ الوزير مساء اليوم بنواكشوط), which is the host;
elsewhere حل is a noun (a solution)."""

ALIGHTING_OPENERS: Final = (
    *("قد", "وقد", "لقد", "فقد", "كما", "حيث", "بعدما", "عندما"),
    *("الذي", "التي"),  # الرئيس التونسي الذي حل اليوم بالجزائر: a relative clause of its own
)
"""Words that may come right before a verb of alighting that opens its clause."""

DISCUSSION_VERBS: Final = frozenset(
    {
        "بحث",
        "بحثا",
        "بحثت",
        "يبحث",
        "يبحثان",
        "يبحثا",  # أن يبحثا
        "تبحث",
        "ناقش",
        "ناقشا",
        "ناقشت",
        "يناقش",
        "يناقشان",
        "يناقشا",  # أن يناقشا
        "تناقش",
        *("تباحث", "تباحثا", "تباحثت", "يتباحث", "يتباحثان"),  # تباحثا في سبل ...
        # reviewed with (the Levant's wires: عرض بري مع السفيرة الأوضاع، تداول مع، استعرض مع)
        *("عرض", "عرضا", "استعرض", "استعرضا", "استعرضت", "يستعرض", "تستعرض"),
        *("تداول", "تداولا", "تداولت", "يتداول", "تتداول"),
        # consulted with (سيتشاور مع المسؤولين الأتراك والسعوديين)
        *("تشاور", "تشاورا", "تشاورت", "يتشاور", "يتشاوران", "تتشاور"),
        "تحدثنا",  # تحدثنا عن: we discussed (a speaker reporting the talks)
    }
)
"""Verbs of discussing: a mention of the contact whose sides are their subjects (بحث مع X is
a meeting when no other contact word is in the clause); never a contact alone."""

WEAK_PHONE_VERBS: Final = frozenset(
    {
        *("تحدث", "تحدثت", "تحدثا", "تحدثتا", "يتحدث", "يتحدثان", "تكلم", "تكلمت", "تكلما"),
        *("تواصل", "تواصلت", "تواصلا", "تواصلتا", "يتواصل", "يتواصلان"),  # تواصل هاتفيا مع
        *("تحادثا", "يتحادث", "يتحادثان", "تتحادث"),  # يتحادث X هاتفيا مع Y (تحادث: a noun too)
    }
)
"""Verbs of speaking: a call only with a phone modifier (تحدثا هاتفيا، تواصل هاتفيا مع، تحدثت مع
... عبر الهاتف); otherwise a speech act or ongoing contact (تواصل التنسيق), not a contact."""

KIN_WORDS: Final = (
    *("زوجة", "زوج", "عقيلة", "قرينة", "حرم", "أرملة"),
    *("نجل", "نجلة", "نجلا", "أنجال", "والد", "والدة"),
)
"""Words of kinship before a person or a title (زوجة الرئيس الفرنسي، نجل الرئيس): the relative is
meant, who is no side of a contact between states. Not شقيق / شقيقة, which diplomatic Arabic
uses for fellow leaders and states (استقبل شقيقه الرئيس الفلسطيني، الشقيقة السعودية)."""

NEW_CLAUSE_WORDS: Final = ("عقب", "إثر")
"""Words after which a new clause starts (عقب زيارة ...): no side before them is a side of a
contact word after them. Not بينما, whose clause often keeps the subject (قال X، بينما كان يستقبل
Y)."""

AGENT_NOUNS: Final = ("قبل",)
"""Nouns after من that introduce the agent of a passive (جرى استقباله من قبل الرئيس): the phrase
after them is a side however far from the contact word."""

RECEPTION_AGENT_NOUNS: Final = ("لدن", "طرف")
"""Nouns after من that introduce the agent of a passive only after a word of reception (حظي
باستقبال من طرف الرئيس، جرى استقباله من لدن الملك): elsewhere they follow a directive or a
stance (بتوجيه من لدن الملك، من طرف واحد)."""

PHONE_MODIFIERS: Final = (
    "هاتفي",
    "هاتفية",
    "هاتفيا",
    "هاتفيان",
    "هاتفيين",  # اتصالين هاتفيين
    "هاتفيتين",  # مكالمتين هاتفيتين، محادثتين هاتفيتين
    "هاتفيتان",
    "عبر الهاتف",
    "بالهاتف",
    "على الهاتف",
    "عبر الفيديو",
    "عبر الفيديو كونفرانس",
    "بالفيديو",
    "عبر تقنية الفيديو",
    "عبر الاتصال المرئي",
    "عبر الدائرة التلفزيونية",
    "مرئي",
    "مرئية",
    "افتراضي",
    "افتراضية",
    "افتراضيا",  # اجتماعا افتراضيا (the accusative)
    "مرئيا",
)
"""Words after a contact word (or a speaking verb) that make it a call; ال is allowed."""

FORUM_WORDS: Final = (
    "مسار",
    "مجلس",
    "مجموعة",
    "منتدى",
    "مؤتمر",
    "اللجنة الرباعية",
    "صيغة",
    "رباعية",
    "ثلاثية",
)
"""Words right after a meeting word that make it a session of a forum (multilateral)."""

PLANNED_CUES: Final = (
    "تعد",
    "تعدان",
    "يعد",
    "يعدان",
    "يعدون",
    "الإعداد",
    "التحضير",
    "تحضير",
    "يحضر",
    "تحضيرا",
    "المقرر",
    *("مقرر", "مقررا", "مقررة"),  # ومقرر أن يلتقي؛ وكان مقررا أن يجتمع (كان: a plan dropped)
    "المزمع",
    "المنتظر",
    "ينتظر",
    "يرتقب",
    "المتوقع",
    "يتوقع",
    "يعتزم",
    "تعتزم",
    "ترقبا",  # وصل X إلى طوكيو، ترقبا للقاء مع الإمبراطور: in wait of it, to come
    "ترقب",
    "اعتزام",
    "باعتزام",
    # أعلن البيت الأبيض عن نيته إجراء اتصال: intended (not نية alone: حسن نية، عن نية صادقة)
    *("نيته", "نيتها"),
    "سوف",
    "اتفقا على عقد",
    "اتفقوا على عقد",
    "اتفق الجانبان على عقد",
    "على عقد",  # اتفق ترمب وبوتين أمس على عقد قمة أخرى: agreed, so to come
)
"""Words before a contact word (same clause, a few words back) that announce it for the future.
A verb with the future prefix س before the contact word (سيلتقي، سيعقد) says it too."""

PLANNED_AFTER: Final = (
    "مرتقب",
    "مرتقبة",
    "المرتقب",
    "المرتقبة",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "المقرر",
    "المقررة",
    "المزمع",
    "المزمعة",
    "المنتظر",
    "المنتظرة",
    "المخطط",  # الاجتماع المخطط للرئيسين
    "المخططة",
)
"""Words right after a contact word (within three words) that place it in the future."""

RULED_OUT_CUES: Final = (
    *("استبعد", "استبعدت", "يستبعد", "تستبعد"),
    *("لا يعتزم", "لا تعتزم", "لا يخطط", "لا تخطط", "لا خطط", "لا توجد خطط", "لا نية"),
    *("لا ينوي", "لا تنوي"),
)
"""Words before a contact word that rule it out (استبعد الكرملين عقد لقاء، لا يعتزم زيارة، لا
توجد خطط للقاء): denied, when the contact word is their object: no comma, no new clause
between, and not a contact that frames them (استبعد X خلال اتصال هاتفي مع Y إرسال قوات).
Negated («لم يستبعد»، «لا يستبعد»), possible: proposed."""

PROPOSED_CUES: Final = (
    "ينوي",  # ينوي بايدن لقاء ولي العهد، كان ينوي زيارة المغرب: one side's intent, not agreed
    "تنوي",
    "ينويان",
    "اقترح",
    "اقترحت",
    "يقترح",
    "اقتراح",
    "الاقتراح",
    "مقترح",
    "المقترح",
    "مبادرة",
    "المبادرة",
    "دعا إلى",
    "دعت إلى",
    "دعوة إلى",
    "الدعوة إلى",
    "إمكانية",
    "احتمال",
    "فكرة",
    "مستعد",
    "مستعدة",
    "مستعدون",
    "استعداد",
    "استعداده",
    "استعدادها",
    "استعدادهما",
    "استعدادهم",
    "استعدادنا",
    "دعوة",
    "الدعوة",
    "دعاه",
    "دعاها",
)
"""Words before a contact word (same clause) that make it suggested, not agreed."""

CAME_OF: Final = ("جاء ذلك", "وجاء ذلك", "جاء هذا", "وجاء هذا", "جاءت", "وجاءت")
"""Openers of a sentence that give the occasion of the sentence before (جاء ذلك خلال اتصال
هاتفي تلقاه من X): the subject of that sentence is a side of the contact named."""

CAME_OF_ANCHORS: Final = (
    *("بعد", "قبل", "منذ", "عشية", "غداة"),
    *("بدأ", "بدأت", "بدأها", "بدأه", "انطلقت", "استهلها", "تختتم", "يختتم"),
    *("الثاني", "الثالث", "الرابع", "الأخير", "الختامي"),
)
"""Words that tie the day after them in a جاء ذلك sentence to another event: جاء ذلك بعد يوم من
اغتيال X الأربعاء، في اليوم الثالث من زيارة بدأت الثلاثاء، خلال جولة بدأها الاثنين. Past one of
them, the sentence gives no day to the contact before it."""

INVITING_VERBS: Final = ("دعا", "دعت", "يدعو", "تدعو", "دعاه", "دعاها")
"""Verbs of inviting: before لزيارة in its clause they make the visit proposed (دعا بوتين ترامب
لزيارة موسكو); before other words they mean "called for" (دعا خلال لقائه إلى ...)."""

URGING_VERBS: Final = (
    *INVITING_VERBS,
    *("طالب", "طالبت", "يطالب", "تطالب", "حث", "حثت", "يحث", "تحث", "ناشد", "ناشدت", "يناشد"),
)
"""Verbs of urging before إلى أن / بأن and a contact verb of the present (دعا ماكرون الرئيسين
إلى أن يتصلا، طالب X بأن يجتمعا): a contact urged on others, proposed, not held."""

PROPOSED_AFTER: Final = ("محتمل", "محتملة", "المحتمل", "المحتملة", "ممكن", "ممكنة")
"""Words right after a contact word (within three words) that make it possible, not agreed."""

DENIED_CUES: Final = (
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفي",
    "لن",
    "لم",
    "ألغي",
    "ألغيت",
    "ألغى",
    "ألغت",
    "إلغاء",
    "بإلغاء",  # قامت السلطات بإلغاء زيارة
    "لإلغاء",
    "رفض",
    "رفضت",
    "يرفض",
    "ترفض",
    "عدم",
    "كذب",
    "كذبت",
    "يكذب",
    "تكذب",
    "تجميد",  # تجميد مساع لتنظيم قمة: frozen, so not to come
    "بتجميد",
    # postponed: it did not happen when it was to (قرار بتأجيل زيارة الرئيس لمصر)
    "تأجيل",
    "بتأجيل",
    "تأجل",
    "تأجلت",
    # سيؤجل زيارته: a visit that will not happen when it was to (never أجل or أجلت: من أجل
    # زيارة is "in order to visit", أجلت السفارة رعاياها "evacuated"; nor the bare present,
    # negated too often: نفت أن تؤجل، لا يلغي هذا الخلاف لقاء)
    "سيؤجل",
    "ستؤجل",
    "إرجاء",
    "بإرجاء",
    "أرجأ",
    "أرجأت",
    "يرجئ",
    "ترجئ",
    # the verbs after و, as a report's next sentence opens (وألغيت الزيارة التي ...)
    *("ونفى", "ونفت", "وألغيت", "وألغي", "وألغى", "وألغت", "ورفض", "ورفضت"),
    *("وأرجأ", "وأرجأت", "وتأجلت", "وتأجل"),
    # no plan for it (لا توجد خطط حاليا لعقد لقاء بين X وY): it will not happen
    *("لا توجد خطط", "لا توجد أي خطط", "لا توجد أية خطط", "ليست هناك خطط", "لا خطط"),
    *("لا توجد نية", "لا نية", "لا توجد ترتيبات", "لا توجد أي ترتيبات", "ليست هناك ترتيبات"),
    *("لا توجد حتى الآن خطط", "لا توجد حاليا خطط", "لا توجد حتى الآن أي خطط", "ليس هناك خطط"),
    *("ليس لدينا خطط", "ليس لديه خطط", "لا يوجد أي ترتيب", "لا يوجد ترتيب"),
)
"""Words before a contact word (same clause, a few words back) that say it did not or will
not happen, or not when it was to (a postponement)."""

UNANNOUNCED_AFTER_DENIAL: Final = (
    *("يعلن", "تعلن", "يكشف", "تكشف", "يسبق"),
    *("يتم الإعلان", "يتم الكشف", "يجر الإعلان", "يسبقها إعلان"),
)
"""Verbs of announcing or fixing after a negation of ``DENIED_CUES`` (لم، لن): what was not said
is the contact's announcement or its day, not the contact (زيارة لم يعلن عنها مسبقا، والتقى
X Y: held; لم يعلن عن موعد زيارة X: to come, its day unknown). Not a day left unfixed (لم يتم
تحديد موعد لقاء: the meeting did not come about, as the tables read it)."""

UNANNOUNCED_DAY_NOUNS: Final = ("موعد", "تاريخ", "توقيت")
"""Nouns of the day after an unannounced verb (لم يعلن عن موعد زيارة X): the contact is to come."""

DENIED_PRESENT_CUES: Final = ("يلغي", "تلغي", "يؤجل", "تؤجل")
"""The bare present of cancelling or putting off (أردوغان يلغي زيارته إلى الجزائر, a headline's
present for a deed done): denied, but not after a word of ``NOT_BEFORE_DENIAL`` or أن (لا
يلغي هذا الخلاف لقاء، نفت أن تؤجل)."""

FIRST_PERSON_WORDS: Final = (
    *("أتوقع", "نتوقع", "أعتقد", "نعتقد", "آمل", "نأمل", "أرجو", "أريد", "نريد"),
    # the perfect of the contact verbs in the first person
    *("أجريت", "أجرينا", "التقيت", "التقينا", "تحدثت", "تحدثنا", "بحثت", "بحثنا"),
    *("اتصلت", "اتصلنا", "تلقيت", "تلقينا", "استقبلت", "استقبلنا", "زرت", "زرنا"),
)
"""Verbs of the first person that open a quote (أردوغان: أتوقع إجراء مكالمة مع بوتين،
أجريت اتصالا): the one quoted before the colon is a side of the contact noun after them, in
person. A verb written with the future's سأ or سن (سأجري، سنجري) says it too."""

STANCE_NEGATIONS: Final = ("غير", "لا")
"""The words of ``STANCE_WORDS`` that deny the contact (غير مستعد للقاء، لا ينوي لقاء)."""

STANCE_REFUSALS: Final = ("يرفض", "ترفض", "رفض", "رفضت")
"""The words of ``STANCE_WORDS`` that refuse: after a negation they leave the contact possible
(لا يرفض فكرة لقاء X: proposed, not denied)."""

STANCE_WORDS: Final = (*STANCE_REFUSALS, *STANCE_NEGATIONS, "فكرة", "ينوي", "تنوي")
"""Words of stance that may stand, with the words of intent, between أنه / إنها and a contact
noun (أكد أنه غير مستعد للقاء X، قال إنه يرفض فكرة لقاء X): the speaker is a side. A
negation among them (غير، لا) says the contact will not happen."""

BE_VERBS: Final = ("يكون", "تكون", "يكونا", "تكونا", "يكونوا")
"""«To be» after أن: with only these before a contact noun, the noun is the clause's subject
(نفى أن يكون اللقاء قد تطرق إلى ...: what is said of the meeting is denied, not the meeting)."""

NOT_BEFORE_DENIAL: Final = ("لا", "لم", "لن", "دون", "غير")
"""Words right before a verb of denying that make it deny nothing (دون أن ينفي، لا ينفي)."""

PURPOSE_WORDS: Final = ("لبحث", "لمناقشة", "حول", "بشأن")
"""Words after a denied contact's sides that say what it was for (نفى أن يكون التقى X لبحث
التصعيد): the contact is still what is denied, as it is not after another detail."""

PLANNED_RIGHT_BEFORE: Final = ("على أن",)
"""Words right before a verb of the present that make its contact to come (استقبله الأمير،
على أن يزور مصر والأردن: the visits after this one)."""

PROPOSED_RIGHT_BEFORE: Final = (
    *("طلب", "طلبت", "يطلب", "تطلب"),  # طلب لقاء نظيره: asked for it, not granted
    *("أمله في", "أملها في", "أمله ب", "أملها ب", "أملهما في"),  # أعرب عن أمله في لقاء
    *("تطلعه إلى", "تطلعها إلى", "يتطلع إلى", "تتطلع إلى", "يتطلعان إلى", "نتطلع إلى"),
    *("تطلعه", "تطلعها"),  # أعرب عن تطلعه لاستقبال X: ل on the contact word
    *("ربما", "قد"),  # قد يلتقي: may meet (قد only before a verb of the present)
)
"""Words right before a contact word (or before عقد، إجراء and it) that make it proposed:
a request, a hope, a possibility. Not further back: طلب X من Y خلال لقائهما is a request made
at a meeting that took place."""

DENIED_RIGHT_BEFORE: Final = (
    *("اعتذر عن", "اعتذرت عن", "يعتذر عن", "تعتذر عن"),  # اعتذر عن زيارة: declined
    *("تعذر", "تعذرت", "يتعذر"),  # تعذر عقد لقاء: could not be held
    *("أرجئت", "أرجئ", "أجلت", "أجل"),  # أرجئت زيارة (passive); never من أجل زيارة
)
"""Words right before a contact word (or before عقد، إجراء and it) that say it does not
happen: declined, impossible, put off."""

ADVISED_GROUPS: Final = (
    *("مواطنيها", "مواطنيه", "مواطنيهم", "مواطنينا", "رعاياها", "رعاياه", "رعاياهم", "رعايانا"),
    *("المواطنين", "الرعايا", "السياح", "المسافرين"),
)
"""Words for a state's citizens right before a visit word (نصحت الخارجية مواطنيها بعدم زيارة
لبنان، حذرت رعاياها من زيارة العراق): a travel advice, no official's visit."""

PRIVATE_TRIP_PURPOSES: Final = (
    *("في إجازة", "في اجازة", "لقضاء إجازة", "لقضاء اجازة", "في عطلة", "لقضاء عطلة"),
    *("للعلاج", "لتلقي العلاج", "للاستشفاء", "للاستجمام", "للراحة"),
    *("لإجراء فحوصات", "لاجراء فحوصات", "لإجراء فحوص", "لإجراء عملية"),
    *("علاجية", "علاجي"),  # رحلة علاجية
)
"""Words right after a trip word (a few words on, in its sentence) that make the trip a private
one (غادر الملك إلى المغرب في إجازة خاصة، زيارة لأمريكا لإجراء فحوصات طبية، رحلة علاجية): no
one is met, no contact. Not after بعد (بعد إجازة قضاها في المغرب: the trip before)."""

CONDEMNING_VERBS: Final = (
    *("أدان", "أدانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر", "تستنكر"),
    *("ندد", "نددت", "يندد", "تندد", "شجب", "شجبت", "يشجب", "تشجب"),
)
"""Verbs before a contact word, in its clause, whose subject judges it and takes no part
(أدان الصفدي زيارة وزير إسرائيلي إلى الأقصى): no side before the word."""

GATHERING_VERBS: Final = ("جمع", "جمعت", "يجمع", "سيجمع", "ضم", "ضمت", "يضم")
"""Verbs right after a meeting noun that bring its sides together (لقاء جمع الرئيس X بالرئيس Y،
اجتماع ضم وزراء خارجية ...): passed over, the sides after them are the noun's."""

PLANNED_DOER_CLAUSES: Final = (
    *("سيقوم بها", "ستقوم بها", "كان من المقرر أن يقوم بها", "كان من المقرر أن تقوم بها"),
    *("من المقرر أن يقوم بها", "من المقرر أن تقوم بها", "كان مقررا أن يقوم بها"),
    *("كان مقررا أن تقوم بها", "كان سيقوم بها", "كانت ستقوم بها", "كان يعتزم القيام بها"),
    *("يعتزم القيام بها", "كان يفترض أن يقوم بها", "كان يفترض أن تقوم بها"),
    *("كان مزمعا أن يقوم بها", "كان مقررا أن يجريها", "كان من المقرر أن يجريها"),
    *("من المقرر أن يجريها", "كان من المقرر أن تجريها", "كان مزمعا أن يؤديها"),
    *("كان من المقرر أن يؤديها", "كان يعتزم إجراءها", "يعتزم إجراءها", "كان سيجريها"),
)
"""The words of ``DOER_CLAUSES`` that say the contact is to come, or was to (الزيارة التي كان من
المقرر أن تقوم بها المستشارة X، التي كان يعتزم القيام بها): planned, unless a word denies it."""

DOER_CLAUSES: Final = (
    *("قام بها", "قام به", "قامت بها", "يقوم بها", "يقوم به", "تقوم بها", "يقومان بها"),
    *("أجراها", "أجراه", "يجريها", "يجريه", "أجرتها", "تجريها"),
    *("عقدها", "عقده", "يعقدها", "بدأها", "يبدأها", "بدأه", "اختتمها", "يختتمها", "أداها"),
    *("كانت مقررة", "كان مقررا", "كانت مرتقبة", "كان مرتقبا", "كانت مزمعة"),
    *PLANNED_DOER_CLAUSES,
)
"""Words of a relative clause after a contact noun that only say who makes it (الزيارة التي
قام بها الرئيس X إلى القاهرة، الزيارة التي كانت مقررة لرئيس الوزراء X): after التي or الذي
they are passed over, and the sides after them are the noun's."""

REGION_ADJECTIVES: Final = (
    *("اللاتينية", "الجنوبية", "الشمالية", "الوسطى", "الغربية", "الشرقية"),
    *("اللاتيني", "الجنوبي", "الشمالي", "الغربي", "الشرقي"),
)
"""Adjectives right after a state's name, not part of another state's name, that make it a region
(أمريكا اللاتينية، أمريكا الجنوبية): no state, no side, no place. A state named with such an
adjective (كوريا الجنوبية، أفريقيا الوسطى) is matched whole and never reaches this list."""

MAKER_QUALIFIERS: Final = (
    *("الرسمية", "الرسمي", "المرتقبة", "المرتقب", "المقبلة", "المقبل", "الخاصة", "الخاص"),
    *("الأولى", "الأول", "التاريخية", "المقررة", "المقرر", "المزمعة", "المزمع"),
)
"""Adjectives between a contact noun and the relative clause that says who makes it (الزيارة
الرسمية التي كان من المقرر أن تقوم بها المستشارة X): passed over, as the clause right after."""

FRONTED_TIME_WORDS: Final = (
    *("خلال", "وخلال", "عقب", "وعقب", "بعد", "وبعد", "قبيل", "وقبيل", "أثناء", "وأثناء"),
    *("في", "وفي", "إثر", "وإثر", "لدى", "ولدى", "أعقاب"),
)
"""Time words that may open a sentence before a possessed contact word, the possessor the
subject after the comma (خلال لقائه X، أكد Y؛ في أعقاب اتصاله بـX، أعلن Y)."""

NOT_OFF_AFTER: Final = ("بعد", "إلا", "الا", "قبل", "منذ", "من", "مرتين", "مرات", "مرارا", "أكثر")
"""Words right after a verb of calling off that make it none (لم يعقد بعد: not yet; لن تعقد
إلا: only if; لن يعقد قبل: not before; لم يعقد منذ سنوات: not for years; أرجئت من الشهر الماضي:
put off from; أجلت مرتين: recalled)."""

POSTPONING_WORDS: Final = (
    *("تأجيل", "بتأجيل", "تأجل", "تأجلت", "سيؤجل", "ستؤجل", "إرجاء", "بإرجاء"),
    *("أرجأ", "أرجأت", "يرجئ", "أرجئت", "أرجئ", "أجلت", "أجل"),
)
"""Words of putting off: with إلى and a new date after the contact word (إلى الأحد المقبل) they
leave it to come on that date, not denied."""

HOLDING_VERBS: Final = (
    "يعقد",
    "تعقد",
    "يعقدا",
    "يجري",
    "تجري",
    "يجريا",
    "يتم",
    "تتم",
    "عقد",
    "إجراء",
)
"""Verbs of holding that may stand between أن and the contact word a wish is for (يأمل أن يعقد
الرئيس X لقاء): any other word there (أن تتناول المباحثات) makes the wish the clause's, not the
contact's."""

RULED_OUT_OBJECT: Final = ("عقد", "إجراء", "أي", "لديه", "لديها", "لدى", "حاليا")
"""Words that may stand between a word of ruling out and the contact word it rules out (استبعد
الكرملين عقد لقاء، لا نية لديه للقاء), besides its subject's name and title."""

PRONOUN_OBJECTS: Final = ("به", "بها", "معه", "معها")
"""Pronouns right after a contact noun for the one met (خلال لقائه به): the other person the
sentence named before."""

DENIAL_VERBS: Final = ("نفى", "نفت", "ينفي", "تنفي", "كذب", "كذبت", "يكذب", "تكذب", "نفي")
"""Verbs of denying that may deny a report far before its contact word (DENIED_REPORTS)."""

DENIED_REPORTS: Final = (
    "صحة",
    "مزاعم",
    "المزاعم",
    "ادعاءات",
    "الادعاءات",
    "أنباء",
    "الأنباء",
    "الأخبار",
    "تقارير",
    "التقارير",
    "شائعات",
    "الشائعات",
    "ما تردد",
    "ما يتردد",
    "ما تداولته",
    "ما تناقلته",
    "ما نشرته",
    "ما نشر",
    "ما أوردته",
    "ما ذكرته",
    "ما أشيع",
    "ما يشاع",
    "ما روجته",
    "ما جرى تداوله",
    "ما تم تداوله",
    "ما يتم تداوله",
    # plans and intentions (نفى وجود أية خطط لدى الرئيس للقاء نظيره): the contact is denied
    *("خطط", "خطة", "نية", "نوايا", "ترتيبات"),
)
"""Words within ten after a verb of denying (نفى الوزير صحة الأنباء ... بشأن إجرائه
محادثات؛ يكذب مزاعم إجراء محادثات): every contact word later in the sentence is denied."""

REPORTING_VERBS: Final = (
    "أكد",
    "أكدت",
    "يؤكد",
    "تؤكد",
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أعلن",
    "أعلنت",
    "يعلن",
    "تعلن",
    "ذكر",
    "ذكرت",
    "كشف",
    "كشفت",
    "يكشف",
    "تكشف",
    "أفاد",
    "أفادت",
    "صرح",
    "صرحت",
    "أوضح",
    "أوضحت",
    "أضاف",
    "أضافت",
    "أشار",
    "أشارت",
    "توقع",
    "يتوقع",
    "رجح",
    "يرجح",
)
"""Verbs of saying: a name before one is the speaker, not a side of the contact reported after
it when another name is its subject (ترامب يؤكد اعتزام ويتكوف لقاء بوتين)."""

DAY_OFFSETS: Final = MappingProxyType(
    {
        "بعد يوم من": -1,
        "بعد يوم واحد من": -1,
        "بعد يومين من": -2,
        "بعد ثلاثة أيام من": -3,
        "بعد أربعة أيام من": -4,
        "بعد خمسة أيام من": -5,
        "بعد ستة أيام من": -6,
        "بعد أسبوع من": -7,
        "بعد أسبوعين من": -14,
        "غداة": -1,
        "قبل يوم من": 1,
        "قبل يوم واحد من": 1,
        "قبل يومين من": 2,
        "قبل ثلاثة أيام من": 3,
        "قبل أربعة أيام من": 4,
        "قبل خمسة أيام من": 5,
        "قبل أسبوع من": 7,
        "قبل أسبوعين من": 14,
        "عشية": 1,
    }
)
"""Phrases right before a contact word that date it from the day of the sentence's other
event (وصل بومبيو الخرطوم الثلاثاء ... بعد يوم من اجتماعه مع نتنياهو: the Monday): days to
add to that day."""

SIDES_OPENERS: Final = (
    *("يترأسها", "يرأسها", "ترأسها", "ترأسه", "يترأسه", "بمشاركة", "وبمشاركة"),
    *("ستجمع", "سيجمع", "جمعت", "جمع"),  # القمة التي ستجمع كلا من X وY وZ (not تجمع: a rally)
)
"""Words after a contact word that open the list of its sides as بين and مع do, however far
(قمة ثلاثية مصرية أردنية فلسطينية، يترأسها الرئيس ... والملك ... والرئيس ...)."""

BLOCKING_BEFORE: Final = (
    "مواصلة",
    "زيادة",  # بحاجة إلى زيادة الاتصال والتعاون: more contact, ongoing
    "تعزيز",
    "تكثيف",
    "استمرار",
    "الاستمرار في",
    "استئناف",
    "قنوات",
    "قناة",
    "وسائل",
    "وسيلة",
    "خطوط",
    "خط",
    "شبكة",
    "شبكات",
    "تكنولوجيا",
    "وزير",
    "وزارة",
    "مكتب",
    "دائرة",  # دائرة الاتصال في الرئاسة التركية: the communications directorate
    "مديرية",
    "مدير",
    "حرية",
    "ضمن",
    "قوافل",
    "قافلة",
    "تأشيرة",
    "تأشيرات",
    "موسم",
    "مواسم",
    "دوام",
)
"""Words right before a contact word that make it no occasion: ongoing contact (مواصلة
الاتصالات), a channel (قنوات الاتصال), an office (وزير الاتصال), travel of ordinary people
(قوافل الزيارة: pilgrims; تأشيرات الزيارة: visitor visas)."""

CONDOLENCE_PURPOSES: Final = ("لتقديم", "لأداء", "لتأدية", "ولتقديم")
"""Words right before «واجب العزاء» that make it the purpose of a trip (توجه إلى الكويت
لتقديم واجب العزاء): no contact word of its own; the trip is the visit."""

STAYING_WORDS: Final = (
    *("البقاء", "بقاء", "بقائهما", "بقائهم", "يبقى", "يبقيان", "بقيا", "تبقى"),
    *("ظلا", "يظل", "يظلان"),
)
"""Words before على and a call word that say staying in touch (اتفقا على البقاء على اتصال،
على بقائهما على اتصال وثيق): ongoing contact, no occasion."""

GROUP_BEFORE_CALL: Final = ("لجنة", "لجان", "مجموعة", "مجموعات", "فريق")
"""Nouns right before a call word that make it a body's name (لجنة الاتصال العربية بشأن سوريا،
مجموعة الاتصال الدولية حول ليبيا: a contact group), not a call; not before other contact words
(أجرى مجموعة لقاءات: a series of meetings)."""

VENUE_BEFORE: Final = ("هامش", "هوامش", "خلال انعقاد", "أعمال", "أشغال")
"""Words right before a meeting word that make it the venue of another contact (على هامش
القمة، على هامش أشغال القمة as the Maghrebi press writes أعمال), not a contact of its own."""

FRAMEWORK_BEFORE: Final = ("إطار", "اطار")
"""Words right before a meeting word (not a visit word) that make it the framework of what the
sentence tells, not a contact (اتفق الطرفان على التنسيق في إطار القمة العربية القادمة); a
visit in that place is one (في إطار زيارة رسمية)."""

VENUE_PARTICIPATION: Final = ("مشاركته", "مشاركتها", "مشاركتهما", "مشاركة", "حضوره", "حضورها", "في")
"""Words that may stand between a venue word and the meeting word (على هامش مشاركته في
اجتماع مجلس الجامعة): the meeting is still the venue."""

NAMESAKE_NOUNS: Final = (
    "مطار",
    "ميناء",
    "قاعدة",
    "جامعة",
    "مستشفى",
    "شارع",
    "مسجد",
    "ملعب",
    "جسر",
    "ميدان",
    "ساحة",
    "مدينة",
    "مركز",
    "قاعة",
    "مؤسسة",
)
"""Nouns of a site often named after a person (مطار رفيق الحريري الدولي، قاعدة الملك فيصل
الجوية، مدينة الملك عبدالله): a person named right after them is the site's name, no side."""

MOURNING_NOUNS: Final = (
    *("جنازة", "جنازه", "تشييع", "جثمان", "وفاة", "رحيل", "تأبين", "ضريح", "قبر", "مرقد"),
    *("عزاء", "ذكرى وفاة"),
)
"""Nouns of a death, before the dead one named with article words only between (جنازة
الرئيس الإماراتي الراحل الشيخ خليفة بن زايد، ضريح الملك محمد الخامس): a person named so is
mourned, no side (who receives the mourners is named elsewhere)."""

MOURNED_TITLE_WORDS: Final = ("أمير", "ملك", "سلطان", "عاهل", "رئيس", "زعيم", "قائد", "مؤسس")
"""Heads of a title in construct that may stand between a noun of a death and the dead one's
name, with article words (رحيل أمير الكويت الشيخ صباح الأحمد)."""

PLACE_NOUNS: Final = (
    "مطار",
    "قصر",
    "مقر",
    "قاعدة",
    "فندق",
    "ميناء",
    "قاعة",
    "منتجع",
    "مبنى",
    "سراي",
    *("مكتب", "مكتبه", "مكتبها"),  # بمكتبه في قصر الشعب: where he received
)
"""Nouns of a building or a site: a city or state right after them is where (لدى وصوله إلى
مطار مسقط الدولي، وزير الخارجية العماني), never a side."""

SITE_NAME_ENDS: Final = ("الدولي",)
"""Adjectives that end a site's name after a noun of :data:`PLACE_NOUNS` (لدى وصوله مطار الملك
عبد العزيز الدولي، ولي العهد): the name, a person's or a city's, is where, never a side."""

BLOCKED_TOKENS: Final = frozenset(
    {
        "وزارة",  # ministry, not و + زار + ة
        "وزارته",
        "وزارتها",
        "وزارتي",
        "وزارات",
        "وزاري",
        "وزارية",
        "وزاريا",
        "فزار",
        "بحثي",  # research (adjective)
        "بحثية",
        "وصلة",
        "فيصل",  # the name Faisal, not ف + يصل (arrives)
        "وفيصل",
        "لفيصل",
        "بفيصل",
    }
)
"""Whole tokens that the clitic grammar would misread as a contact word."""

RECALLED_AFTER: Final = (
    "التي جرت",
    "الذي جرى",
    "التي أجريت",
    "الذي أجري",
    "التي عقدت",
    "الذي عقد",
    "السابقة",
    "السابق",
    "الأخيرة",
    "الأخير",
)
"""Words right after a contact word that recall an earlier contact (المحادثة التي جرت): its
date is only what the text writes, never the statement's or the publication's."""

ONGOING_WORDS: Final = (
    *("دائم", "دائمة", "مستمر", "مستمرة", "متواصل", "متواصلة", "دائمين", "مستمرين"),
    *("وثيق", "وثيقة"),
)
"""Adjectives right after a contact word after على or في (أنه على اتصال دائم مع X، في تواصل
مستمر مع X): being in touch all along, no one occasion (the guideline's ongoing contact)."""

RECURRING_AFTER: Final = (
    "في عدة مناسبات",
    "في مناسبات عدة",
    "في مناسبات عديدة",
    "في مناسبات متعددة",
    "في مناسبات مختلفة",
    "في أكثر من مناسبة",
    "عدة مرات",
    "مرات عدة",
    "مرات عديدة",
    "أكثر من مرة",
    "مرارا",
    "مرارا وتكرارا",
    *("بصورة منتظمة", "بشكل منتظم", "بانتظام", "بصورة دورية", "بشكل دوري"),
    *("بشكل مستمر", "بصورة مستمرة", "بشكل متواصل", "دوريا"),
)
"""Words after a contact word (in its sentence, within eight words) that make it recurring (سبق
له أن التقاها في عدة مناسبات): no one occasion, so no contact (as ongoing contact,
:data:`BLOCKING_BEFORE`)."""

STATEMENT_WORDS: Final = (
    "بيان",
    "البيان",
    "بلاغ",
    "تصريح",
    "تصريحات",
    "مؤتمر صحفي",
    "إعلان",
    "وكالة",
)
"""Words before a date (within a few words) that make it the date of a statement or report:
the date of a contact the statement announces when the text gives no other."""

TOPIC_PREPOSITIONS: Final = (
    *("في", "حول", "بشأن", "عن", "من", "على", "ضد", "إزاء", "تجاه", "حيال"),
    *("قضية", "ملف"),  # قضية تايوان، ملف كوريا الشمالية: nouns of a topic
)
"""Words before a name that make it a topic or a place, not a side (التسوية في سوريا)."""

HEADING_PHRASES: Final = (
    *("على رأس وفد", "على رأس وفد رفيع", "على رأس وفد رفيع المستوى", "على رأس وفد هام"),
    *("على رأس وفد مهم", "على رأس وفد كبير", "على رأس وفد رسمي", "على رأس وفد وزاري"),
    *("على رأس وفد رسمي رفيع", "على رأس وفد رسمي كبير", "على رأس وفد حكومي"),
)
"""A delegation led, between a contact word and its sides or destination (شرع X في زيارة رسمية
على رأس وفد هام إلى الجزائر): passed over, as an adverb of time."""

SAME_DAY_PHRASES: Final = (
    *("في نفس اليوم", "في ذات اليوم", "في اليوم نفسه", "في اليوم ذاته", "في ذلك اليوم"),
)
"""The same day as a contact told before (وهي تأتي في اليوم نفسه الذي يزور فيه X تل أبيب): a
contact with no date of its own after one of them takes the day of the one told before it."""

TIME_ADVERBS: Final = (
    "في وقت سابق",
    "في وقت لاحق",
    "في وقت متأخر",
    "في وقت مبكر",
    "مرة أخرى",
    "من جديد",
    *SAME_DAY_PHRASES,
    *("بعد ذلك", "بعد هذا", "فيما بعد", "لاحقا", "لاحقاً"),  # سيسافر X بعد ذلك إلى ماليزيا
)
"""Adverbs of time between a contact word and its sides, passed over when finding them
(اتصل في وقت سابق بنظيره الإيراني؛ والتقى في نفس اليوم الرئيس X؛ سيتوجه X بعد ذلك إلى
ماليزيا). They date nothing: the same day as a date named before is the one the contact
already takes from its trip or clause."""

ARRIVAL_ASIDES: Final = (
    "لدى وصوله",
    "لدى وصولها",
    "لدى وصولهم",
    "لدى وصولهما",
    "عند وصوله",
    "عند وصولها",
    "عند وصولهم",
    "فور وصوله",
    "فور وصولها",
    "لحظة وصوله",
    "لدى مغادرته",
    "عند مغادرته",
    "لدى مغادرتها",
    "على أرض المطار",
    "إلى المطار",
    "بالمطار",
    "في المطار",
)
"""Words of the moment or spot of an arrival between a reception word and the one who receives
(وكان في استقباله لدى وصوله إلى مطار نواكشوط وزير الخارجية X، كان في وداعه بالمطار Y): passed
over as :data:`TIME_ADVERBS` are; an airport named after them is the place."""

ARRIVAL_MOMENTS: Final = tuple(
    f"{lead} {noun}"
    for lead in ("لدى", "عند", "فور", "عقب", "بعد", "إثر", "لحظة")
    for noun in ("وصوله", "وصولها", "وصولهما", "وصولهم")
)
"""The moment of an arrival between any contact word and a side (التقى عقب وصوله إلى عمان
مع X): passed over, with the place that follows it after إلى."""

LASTING_WORDS: Final = ("تستغرق", "يستغرق", "تستمر", "يستمر", "وتستمر", "لمدة", "مدتها", "تدوم")
"""Words of a visit's length (زيارة تستغرق 3 أيام): with :data:`SEVERAL_DAYS` one or two words
after them, the visit lasts several days, and a meeting to come during it has no day of its own."""

SEVERAL_DAYS: Final = ("يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع")
"""Units of a visit of several days (after a number or alone: يومين)."""

ASIDE_OPENERS: Final = (
    *("على هامش", "في إطار", "خلال", "أثناء", "ضمن", "بمناسبة", "بحضور", "في حضور"),
)
"""Words that open an aside between commas after a contact word (التقى X، على هامش مشاركته في
المؤتمر، بـY): the aside is passed over when finding the sides after it, and names none."""

MARGIN_PHRASES: Final = ("على هامش", "وعلى هامش")
"""«On the sidelines of»: with its event and no comma between a verb's subject and a person, it
is passed over (التقى X على هامش مؤتمر ميونخ رئيس الوزراء الكويتي: the prime minister is met)."""

ATTENDANCE_WORDS: Final = (
    *("بحضور", "وبحضور", "في حضور", "وفي حضور"),
    *("برفقة", "وبرفقة", "بصحبة", "وبصحبة", "يرافقه", "ويرافقه", "يرافقها", "ويرافقها"),
    *("رافقه", "ورافقه", "رافقها", "ورافقها", "يرافقه في", "ورافقه في"),
)
"""Words after which the persons named attend a contact without being its sides (التقى الملك،
بحضور ولي العهد، وفدا روسيا; زيارة رسمية إلى الإمارات، برفقة وزير الخارجية: the traveller's
companion), up to the next comma or the sentence's end."""

PRINCIPAL_WORDS: Final = (
    *("نيابة عن", "ونيابة عن", "بالنيابة عن", "وبالنيابة عن"),
    *("بتوجيه من", "وبتوجيه من", "بتوجيهات من", "وبتوجيهات من", "بتكليف من", "وبتكليف من"),
    *("بناء على توجيهات", "وبناء على توجيهات", "بناء على توجيه", "وبناء على توجيه"),
    *("تنفيذا لتوجيهات", "وتنفيذا لتوجيهات", "موفدا من", "مبعوثا من", "ممثلا عن"),
)
"""Words right before the one a side acts for, who is not a side (استقبل ولي العهد، نيابة عن
خادم الحرمين الشريفين، الرئيس الصيني; بناء على توجيهات الملك، استقبل وزير الخارجية ...): only
the name or title right after them (استقبل الوزير بتوجيه من ولي العهد نظيره الإيراني: the
counterpart after it is a side); between commas they open an aside. Not بتوجيه alone: بتوجيه
الدعوة is "extending the invitation"."""

MESSAGE_WORDS: Final = (
    "تحيات",
    "وتحيات",
    "تحية",
    "تمنيات",
    "وتمنيات",
    "رسالة",
    "ورسالة",
    "رسالتين",
)
"""Words of a message carried by someone else: the persons named after them, up to the next
comma or the sentence's end (its senders and its addressees: نقل تحيات الأمير إلى الملك،
تسلم رسالة من الرئيس), are no sides of the contact in which it is carried."""

MESSAGE_ENDS: Final = (
    # the verb of its carrier (رسالة روحاني نقلها X): the carrier is a side
    "نقلها",
    "نقله",
    "سلمها",
    "سلمه",
    "حملها",
    "حمله",
    "قدمها",
    "تسلمها",
    "تسلمه",
    # the occasion it was carried on
    "خلال",
    "لدى",
    "أثناء",
    "اثناء",
    "عقب",
)
"""Words that end the phrase of a message (``MESSAGE_WORDS``): the persons after them are
sides again."""

VISIT_CLAUSE_WORDS: Final = (
    "التي",
    "الذي",
    "يقوم",
    "تقوم",
    "يقومان",
    "بها",
    "يجريها",
    "تجريها",
    "يؤديها",
    "يبدأها",
    "بدأها",
    "حاليا",
    "حالياً",
)
"""Words of a relative clause between a visit noun and its destination (الزيارة الرسمية التي
يقوم بها حاليا إلى الرياض): they do not push the destination out of the visit's reach."""

HELD_AFTER: Final = (
    *("جرى", "جرت", "عقد", "عقدت", "أجري", "أجريت", "دار", "دارت"),
    *("الذي جرى", "التي جرت", "الذي عقد", "التي عقدت", "الذي أجري", "التي أجريت"),
)
"""Past verbs right after a contact noun that say it took place (بعد اتصال هاتفي جرى يوم السبت
الماضي): held, whatever future words the clause before it holds (سيتم استباقها ... تأتي بعد)."""

DENIED_AFTER: Final = (
    # cancelled or put off (the contact noun their subject)
    *("ألغيت", "ألغي", "تم إلغاؤها", "تم إلغاؤه", "جرى إلغاؤها", "جرى إلغاؤه"),
    *("تأجلت", "تأجل", "أجلت", "أرجئت", "أرجئ", "تم تأجيلها", "تم تأجيله", "جرى تأجيلها"),
    *("تم إرجاؤها", "تم إرجاؤه"),
    # said not to happen, or not to have happened
    *("لن تحصل", "لن يحصل", "لن تتم", "لن تعقد", "لن يعقد", "لن تجري", "لن يجري", "لن تنعقد"),
    *("لم تحصل", "لم يحصل", "لم تتم", "لم تعقد", "لم يعقد", "لم تجر", "لم يجر", "لم تنعقد"),
    *("لن تحدث", "لم تحدث", "لم يحدث"),
    # said untrue (ما تردد عن لقاء بين X وY ليس صحيحا، الأنباء عن زيارة X عارية عن الصحة)
    *("ليس صحيحا", "ليست صحيحة", "غير صحيح", "غير صحيحة", "عار عن الصحة", "عارية عن الصحة"),
    *("لا أساس له من الصحة", "لا أساس لها من الصحة"),
)
"""Verbs after a contact noun, in its sentence, that say it is off (إن زيارة لافروف إلى فيتنام
ألغيت، إن القمة بين الرئيسين لن تعقد، اللقاء لم يعقد): denied. Not «لم يتم», an auxiliary
(لم يتم تحديد موعدها: not yet dated), and never after a contact verb."""

DENIED_THEREAFTER: Final = (
    *("وهو ما نفاه", "وهو ما نفته", "وهو ما نفوه", "وهو ما نفياه", "وهذا ما نفاه", "وهذا ما نفته"),
    *("الأمر الذي نفاه", "الأمر الذي نفته", "وهو أمر نفاه", "وهو أمر نفته"),
    *("وهو ما كذبه", "وهو ما كذبته", "وهو ما نفته مصادر", "وهو ما نفاه مصدر"),
)
"""A relative clause of denying after a reported contact, in its sentence (ذكرت وسائل إعلام أن
X التقى Y، وهو ما نفاه Z): the report it ends is denied, a verb's contact as a noun's."""

SESSION_BODIES: Final = ("مجلس", "مؤتمر", "دورة", "قمة")
"""Words between a meeting noun and an organization that make it the organization's own
session (اجتماع مجلس جامعة الدول العربية), not a contact with it."""

NEGATION_WORDS: Final = ("غير", "وغير")
"""Words right before a cue word that cancel it (أمر غير متوقع: unexpected, not expected)."""

DURING_WORDS: Final = ("خلال", "وخلال", "أثناء", "وأثناء")
"""Words before a contact noun that place something during the contact the text reports
(خلال المحادثات، التي جرت عبر اتصال هاتفي): its relative clause recalls no earlier one."""

VISIT_STAGE_VERBS: Final = (
    "بدأها",
    "استهلها",
    "افتتحها",
    "اختتمها",
    "ختمها",
    "يبدأها",
    "يستهلها",
    "يفتتحها",
    "يختتمها",
    "يختمها",
)
"""Verbs that open or close a visit named before (في زيارة ... بدأها بلقاء الرئيس X): the
contact word after them (بلقاء) is a stage of that visit, so its traveller is a side."""


VIA_WORDS: Final = ("عبر",)
"""Words right before a call word that say how a talk was held (المحادثات، التي جرت عبر
اتصال هاتفي): the talks were a call."""

INVITATION_NOUNS: Final = ("دعوة", "الدعوة", "دعوته", "دعوتها")
"""Invitation nouns before a visit word with ل that make the visit proposed (دعوة الأمير إلى
الرئيس لزيارة الدوحة). Not لدعوة: تلبية لدعوة is a visit made at an invitation."""

INVITATION_ANSWERS: Final = MappingProxyType(
    {
        **dict.fromkeys(("رفض", "رفضت", "يرفض", "ترفض"), "denied"),
        **dict.fromkeys(("قبل", "قبلت", "يقبل", "تقبل"), "planned"),
    }
)
"""Verbs answering an invitation to visit, with the invitation noun as their object (رفض X
دعوة من Y لزيارة بودابست: denied; وقبل السيسي الدعوة: planned) -> the visit's status."""

RECEPTION_NOUNS: Final = ("استقبال",)
"""Reception nouns whose possessor hosts the visit (بحث X، خلال استقباله Y)."""

RECEIVERS_NOUNS: Final = ("مقدمة مستقبلي", "مقدمة مودعي", "رأس مستقبلي", "رأس مودعي")
"""Nouns of the ones who receive or see off, whose possessor is the guest (وكان في مقدمة
مستقبلي سموه X، في مقدمة مودعيه X: X receives him)."""

AGREEING_WORDS: Final = ("اتفقا", "اتفق", "اتفقوا", "اتفقت", "الاتفاق", "تقرر", "قرر", "قررا")
"""Verbs of agreeing or deciding before أن and an imperfect contact verb: agreed, to come
(اتفق الرئيسان خلال اتصال على أن يزور السيسي أنقرة، تقرر أن يلتقي الوزيران). Right before
أن, or before على أن a few words back (not اعترض على أن يزور: an objection)."""

RETURNING_WORDS: Final = (
    "عاد",
    "عادت",
    "يعود",
    "تعود",
    "ليعود",
    "لتعود",
    "سيعود",
    "ستعود",
    "عائدا",
    "عائدة",
    "قافلا",
    "عودة",
    "عودته",
    "عودتها",
)
"""Words of returning home: the place after them and إلى is the traveller's own, no host (عاد
وزير الخارجية إلى القاهرة قادما من باريس، بعد زيارة ... التقى خلالها نظيره الفرنسي)."""

DEPARTURE_NOUNS: Final = (
    *("مغادرة", "مغادرته", "مغادرتها", "مغادرتهما", "مغادرتهم"),
    *("بمغادرة", "بمغادرته", "بمغادرتها", "لمغادرة", "لمغادرته", "لمغادرتها"),
)
"""Nouns of leaving a place: a city or state right after one is the place left, never a side
of the arrival told with it (وصل X إلى الدوحة، عقب مغادرته الرياض: Riyadh is no host)."""

BEING_WORDS: Final = ("كان", "كانت")
"""كان before في and a reception or farewell noun (:data:`RECEPTION_NOUNS`,
:data:`FAREWELL_NOUNS`): the one named after it receives the guest (وكان في استقباله لدى
وصوله إلى المطار Y، وكان في وداعه Y: Y receives)."""

FAREWELL_NOUNS: Final = ("وداع",)
"""Nouns of seeing a visitor off (وكان في وداعه بالمطار X): read as a reception after كان في."""

OCCASION_WORDS: Final = (
    *("بمناسبة", "لمناسبة", "مناسبة", "تهنئة", "لتهنئة", "التهنئة", "للتهنئة", "مهنئا"),
    *("لتهنئته", "لتهنئتها", "بتهنئته", "تهنئته", "تهنئتها", "التهاني", "تهاني", "بحلول", "حلول"),
    *("اقتراب", "باقتراب", "قرب", "بقرب", "دخول", "بدخول"),  # مع اقتراب ذي الحجة
)
"""Words a date right after them is the occasion of a contact, not its day (اتصل ... لتهنئته
ببداية شهر رمضان; بمناسبة حلول عيد الفطر): the call is dated otherwise."""

DATED_TOPIC_WORDS: Final = ("تعداد", "لتعداد", "التعداد", "إحصاء", "لإحصاء", "بإحصاء", "الإحصاء")
"""Words whose year right after them is the topic's, never a contact's (وأطلعه على نتائج إحصاء
2023، الاستعدادات لتعداد 2024): the census of that year."""

REPORTED_LINKS: Final = (
    *("وذلك خلال", "وذلك في", "وذلك أثناء", "وذلك لدى", "وذلك عبر", "وذلك إثر"),
    *("ذلك خلال", "ذلك في", "ذلك أثناء", "ذلك لدى", "ذلك عبر"),
)
"""Words that tie a statement told before them to the contact noun right after them (قال X إن
طهران ترحب بالتقارب مع السعودية، وذلك خلال لقاء عقده مع Y): the states and persons the
statement names are its content, no sides; the contact's sides are the ones its noun names and,
when it names only one, the sentence's subject (X)."""

SEMICOLON_CONTINUES: Final = ("مع", "بين", "حيث", "وذلك", "بحضور", "بمشاركة", "برفقة", "هاتفيا")
"""Words that, right after a semicolon, continue its sentence: much of the press (Egypt's
above all) writes ؛ for a comma (اتصالا هاتفيا اليوم؛ مع نظيره الأردني). Before any other
word a semicolon ends the sentence (في الـ12 من الشهر الجاري؛ وجاء في أعقاب المحادثات)."""

REACHING_VERBS: Final = ("وصل", "وصلت", "يصل", "تصل")
"""The arrival verbs proper: the traveller is there (a visit noun after them names the same
trip: وصل X إلى جدة في زيارة رسمية), where a verb of heading leaves the trip to come."""

ARRIVAL_VERBS: Final = (
    *REACHING_VERBS,
    *("توجه", "يتوجه", "تتوجه", "متوجها", "متوجهة", "متجها", "متجهة"),
    *("ذهب", "ذهبت", "سافر", "سافرت", "يسافر", "تسافر"),
)
"""Verbs of arriving or heading somewhere: a contact word only with إلى a few words after it
(وصل (أبو مازن اليوم) إلى القاهرة); with one side, a visit to the state of the place."""

FEMININE_NOUNS: Final = (
    *("مكالمة", "محادثة", "لقاءات", "اجتماعات", "محادثات", "مباحثات", "مناقشات", "مشاورات"),
    *("قمة", "جلسة مباحثات", "جولة مباحثات", "جولة محادثات", "زيارة", "رحلة", "جولة"),
    *("جلسة عمل", "جلسة محادثات"),
    *("جولة مفاوضات", "اتصالات", "أوراق اعتماد", "أوراق اعتماده", "أوراق اعتمادها"),
    *("أوراق اعتمادهم", "أوراق الاعتماد"),
)
"""Contact nouns (of ``NOUNS``) that take a feminine relative pronoun, التي (plurals of things
too: أوراق اعتماد التي قدمها); the others take الذي (اتصال، لقاء، اجتماع، استقبال)."""

RELATIVE_PRONOUNS: Final = MappingProxyType({"الذي": "masculine", "التي": "feminine"})
"""Relative pronouns and the gender of the noun they follow."""

PLACE_HEAD_WORDS: Final = ("العاصمة", "مدينة", "محافظة", "ولاية")
"""Words between إلى and a city that name its kind (إلى العاصمة الإيرانية طهران، إلى محافظة جدة)."""

PLACE_HEAD_QUALIFIERS: Final = ("المؤقتة", "الاقتصادية", "الإدارية", "السياسية", "التاريخية")
"""Adjectives of a place word before its city (في العاصمة المؤقتة عدن، العاصمة الاقتصادية الدار
البيضاء): read with the place word."""

COMPASS_WORDS: Final = (
    *("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"),
    *("بشمال", "بجنوب", "بشرق", "بغرب", "بوسط", "لشمال", "لجنوب", "لشرق", "لغرب"),
)
"""Words of a region before a state (في شمال شرق سوريا، إلى جنوب لبنان): with the preposition
before them, the state is a place or a topic, not a side."""

ONE_BY_ONE_NOUNS: Final = (
    *("أوراق اعتماد", "أوراق اعتماده", "أوراق اعتمادها", "أوراق اعتمادهم", "أوراق الاعتماد"),
)
"""Contact nouns that are one contact with each side listed after them: credentials are
presented one ambassador at a time (تسلم أوراق اعتماد سفراء X وY)."""

CREDENTIALS_VERBS: Final = (
    *("تسلم", "يتسلم", "تتسلم", "تسلمت", "استلم", "يستلم", "تسلما", "يتسلمان"),
    *("قدم", "يقدم", "قدمت", "تقدم", "قدموا", "يقدمون", "قدما", "يقدمان"),
    *("سلم", "يسلم", "سلمت", "تسلم", "سلموا", "يسلمون", "سلما", "يسلمان"),
    *("تقبل", "يتقبل", "تقبلت", "تتقبل"),  # تقبل الملك أوراق اعتماد (Jordan, Syria, Palestine)
)
"""Verbs of handing over or receiving credentials, before أوراق اعتماد in its clause (تسلم الرئيس
X أوراق اعتماد ...; يقدمون أوراق اعتمادهم): a mention of the contact with the noun."""

AMBASSADORS_WORDS: Final = ("سفراء", "السفراء", "فالسفراء", "والسفراء", "للسفراء", "سفيرا")
"""Ambassadors in the plural: credentials of envoys not named in their clause (تسلم أوراق اعتماد
عدد من السفراء الجدد) whose list follows in the next sentences (السفراء هم كل من سفير X ...)."""

LISTED_ENVOYS_REACH: Final = 2
"""How many sentences after a credentials clause of unnamed ambassadors their list may come."""

SERIES_NOUNS: Final = ("لقاءات", "اجتماعات", "مباحثات", "محادثات")
"""Plural meeting nouns that, with a word of ``BILATERAL_WORDS`` after them, are one meeting
with each side listed (عقد لقاءات ثنائية شملت X وY وZ)."""

SERIES_WITH_NOUNS: Final = ("لقاءات", "اجتماعات")
"""Plural meeting nouns that, with مع right after them, are one meeting with each side listed
(عقد سلسلة لقاءات مع X، وY، وZ; شملت لقاءات الصفدي اجتماعات مع نظرائه X، وY). Not محادثات or
مباحثات, the plural of one round of talks (أجرى محادثات مع X وY)."""

SUMMIT_SIZES: Final = ("ثلاثية", "رباعية", "خماسية", "سداسية", "سباعية", "متعددة")
"""Adjectives of a summit of more than two (القمة الثلاثية): after one, بحضور lists the summit's
participants (القمة الثلاثية ... بحضور الرئيس X والملك Y), where after a bilateral summit or a
meeting it names those present (قمة ثنائية بحضور وزيري الخارجية)."""

SERIES_LISTING: Final = ("شملت", "شمل", "وشملت", "تضمنت", "منها", "من بينها")
"""Words after a counted series of meetings that list whom they were with (عقد عددا من اللقاءات،
شملت X وY): only then is the series one meeting with each side."""

SERIES_QUANTIFIERS: Final = (
    *("عدة", "عددا من", "عدد من", "جملة من", "مجموعة من", "سلسلة", "سلسلة من"),
    *("وعدة", "وعددا من", "وسلسلة"),
)
"""Words of number before a plural meeting noun of ``SERIES_NOUNS`` (عقد عددا من اللقاءات، شملت
X وY): several meetings, one with each side listed, as with ``BILATERAL_WORDS`` after it, when a
word of ``SERIES_LISTING`` follows (without one, عدة اجتماعات of several delegations is one)."""

BILATERAL_WORDS: Final = (
    "ثنائية",
    "الثنائية",
    "ثنائيه",
    "منفصلة",
    "المنفصلة",
    "منفصلين",
    "منفصلتين",
)
"""Bilateral or separate: two sides a meeting, however many are listed (لقاءات منفصلة مع
سفراء الولايات المتحدة وبريطانيا واليابان, لقاءين منفصلين مع X وY: one meeting with each)."""

NAMELY_WORDS: Final = ("وهم", "وهما", "شملت", "شمل")
"""Words after a contact word that open the list of the sides it was with, as مع does
(أوراق اعتماد عدد من السفراء الجدد، وهم سفير ...; لقاءات ثنائية شملت: X، وY)."""

ANOTHER_WORDS: Final = ("آخر", "آخرا", "أخرى", "ثان", "ثانيا", "ثانية", "جديد", "جديدا", "جديدة")
"""Adjectives right after a contact word (كما أجرى اتصالا آخر بالرئيس التونسي): no topic,
the sides follow; elsewhere آخر opens a topic (آخر المستجدات)."""

SOURCE_ASIDE_WORDS: Final = ("وفق", "وفقا", "حسب", "بحسب", "طبقا")
"""Words opening an aside that names a source (ومن المقرر، وفق ما أعلنته الخارجية، أن يلتقي):
a cue before the aside still governs the clause after it."""

STOP_WORDS: Final = (
    "حول",
    "بشأن",
    "عن",
    "تناول",
    "تناولت",
    "العلاقات",
    "علاقات",
    "قضايا",
    "القضايا",
    "قضية",  # بحثا قضية تايوان: the topic's state, no side
    "وقضية",
    "ملف",
    "مسائل",
    "المسائل",
    "ملفات",
    "الملفات",
    "الوضع",
    "الأوضاع",
    "الأزمة",
    "لبحث",
    "لمناقشة",
    "سبل",
    "آخر",
    "مستجدات",
    "تطورات",
    "التطورات",
    "التعاون",
    "ضرورة",
    "أهمية",
    "على",
    "إلى",
    "أن",
    "بأن",
    "إن",
    "حيث",
    # a time clause or a topic with its own sides (اتصالاً من ترامب بعد هجوم إيران؛
    # جهود وقف إطلاق النار بين إيران وإسرائيل)
    "بعد",
    "قبل",
    "إثر",
    "عقب",
    "عندما",  # التقيا في موسكو عام 2011 عندما كان بايدن نائبا للرئيس: a time clause
    "حينما",
    "هجوم",
    "الهجوم",
    "النار",
    "الحرب",
    "الصراع",
    "النزاع",
    "التوتر",
    "جهود",
)
"""Words after a contact word where its sides end and its topic begins; a later بين opens
a list of sides again (المحادثات بشأن الضمانات بين روسيا والولايات المتحدة)."""

RELATION_WORDS: Final = (
    *("العلاقات", "علاقات", "التعاون", "تعاون", "الروابط", "الشراكة"),
    *("رؤية", "برؤية", "موقف", "تنسيق", "التنسيق"),  # رؤية موحدة بين الخرطوم وأديس أبابا
)
"""Nouns of a relation: a بين one adjective after them is its topic, not a list of sides
(زيارة ... لتعزيز العلاقات الأخوية والتعاون المشترك بين السعودية وعُمان)."""

PARTY_NOUNS: Final = (
    *("الاتفاق", "اتفاق", "الاتفاقية", "اتفاقية", "المعاهدة", "معاهدة", "الصفقة", "الهدنة"),
    *("المفاوضات", "مفاوضات", "الحوار", "حوار", "الوساطة"),
    *("النزاع", "الصراع", "الخلاف", "الخلافات", "الحرب", "التوتر", "التوترات", "الأزمة"),
)
"""Nouns of an instrument, a process or a dispute whose parties a بين after them names: right
after them, or in a relative clause of theirs (استئناف المفاوضات بين إيران والولايات المتحدة،
الاتفاق الذي جرى التوصل إليه بالقاهرة بين إيران والوكالة), the بين after a contact word is
their topic, not a list of its sides."""

PLURAL_CALL_VERBS: Final = (
    "تلقى",
    "تلقت",
    "يتلقى",
    "تتلقى",
    "أجرى",
    "أجرت",
    "يجري",
    "تجري",
)
"""Verbs right before the plural اتصالات (a word of address between) that make it several
calls, one with each side named (تلقى أمير قطر اتصالات من الرئيس الأميركي وولي العهد
السعودي); elsewhere the plural is ongoing contact (مواصلة الاتصالات) and no contact."""

VISIT_OBJECT_WORDS: Final = (
    *("زار", "زارت", "زارا", "يزور", "تزور", "سيزور", "ستزور", "ويزور", "وتزور", "وزار", "وزارت"),
    *("يزوران", "سيزوران", "زيارة", "زيارته", "زيارتها", "بزيارة", "لزيارة", "وزيارة"),
)
"""Verbs and nouns of visiting whose object a bare العاصمة or مدينة opens (سيزور العاصمة طهران،
زار الرئيس مدينة مشهد): the city visited, not where the visit happens (as بالعاصمة, في العاصمة)."""

TOUR_INCLUDES: Final = (
    *("تشمل", "وتشمل", "ستشمل", "وستشمل", "يشمل", "ويشمل", "سيشمل", "وسيشمل"),
    *("شملت", "وشملت", "شمل", "وشمل"),
)
"""Words after a tour noun that list where it goes, as إلى does (جولة إفريقية تشمل الكونغو
الديمقراطية والسنغال وغينيا بيساو: one visit to each)."""

BINDING_VERBS: Final = ("تجمع", "تربط", "يجمع", "يربط", "جمعت", "ربطت")
"""Verbs of a bond: after a relation noun, the بين that follows is a topic (العلاقات التي
تجمع بين المغرب وغواتيمالا); after a contact word it lists the sides (قمة جمعت بين X وY)."""

MEETING_TO_VERBS: Final = (
    *("اجتمع", "اجتمعت", "اجتمعا", "يجتمع", "تجتمع", "يجتمعان", "يجتمعا", "تجتمعا"),
)
"""Verbs of meeting whose one met may follow إلى (اجتمع المالكي إلى الرئيس روحاني, as Iraqi
and Levantine wire copy writes it): إلى there names a side, not a destination."""

ALSO_WORDS: Final = ("أيضا", "أيضاً", "كذلك", "كما")
"""Words that tell a receiving verb repeats the last one (واستقبل أيضا X وY، كما استقبل X
وY): with its guests joined by و, it has no subject of its own, the receiver named before."""

ALSO_WITH_WORDS: Final = ("وكذلك", "كذلك", "وأيضا", "وأيضاً", "أيضا", "أيضاً")
"""Adverbs of also between a comma and مع: the one after مع is another side of the contact
word told before, past its topic (اجتمع X بـY لبحث العلاقات، وكذلك مع Z: a meeting with Z)."""

SEQUEL_WORDS: Final = ("قبل", "بعد", "ثم", "وبعدها", "على")
"""Words before a travel verb with no subject of its own (قبل أن يتوجه إلى, ثم يزور): the
sentence's traveller is its subject."""

TRIP_OPENING_VERBS: Final = (
    *("يستهل", "تستهل", "استهل", "استهلت", "يبدأ", "تبدأ", "بدأ", "بدأت"),
    *("يختتم", "تختتم", "اختتم", "اختتمت", "يفتتح", "افتتح"),
)
"""Verbs that open or close a trip named right after their subject (يستهل أردوغان جولته الخليجية
بالسعودية ثم قطر): the states after ب are its stops, as after :data:`VISIT_STAGE_VERBS`."""

STATES_NOUN: Final = "دول"
"""The plural «states» before a list of them after a verb that opens a trip (يبدأها بدول إثيوبيا
وتنزانيا والصومال): the states are its stops."""

SEPARATE_WORDS: Final = ("منفصلة", "منفصلين", "منفصلتين", "منفصل", "منفصلان", "منفصلتان")
"""Adjectives that make the contacts of one word with several persons one each (محادثات منفصلة مع
X وY، في لقاءين منفصلين), as كل على حدة does, right after a noun of :data:`SEPARATE_HEADS`
(not تصريحات منفصلة، طائرات منفصلة). Compared without the article."""

SEPARATE_HEADS: Final = (
    *("محادثات", "مباحثات", "لقاءات", "لقاءين", "لقاءان", "اجتماعات", "اجتماعين"),
    *("اتصالات", "اتصالين", "مشاورات", "جلسات", "جلستين", "مقابلات"),
)
"""Plural and dual contact nouns that :data:`SEPARATE_WORDS` may follow."""

MANNER_WORDS: Final = ("بشكل", "بصورة")
"""Words that open an adverb of manner with the word after them (تحدث X بشكل مطول مع Y), passed
over between a contact word and its sides; before :data:`SEPARATE_WORDS` (تحدث X بشكل منفصل مع Y
وZ، التقى بصورة منفصلة) the contacts of the sentence are one each, as after a noun of
:data:`SEPARATE_HEADS`."""

JOINT_WORDS: Final = (
    *("مشترك", "مشتركة", "جماعي", "جماعية", "موسع", "موسعة"),
    *("ثلاثي", "ثلاثية", "رباعي", "رباعية", "خماسي", "خماسية"),
)
"""Adjectives that make a call with several persons one call (تحدث X هاتفيا مع Y وZ في اتصال
مشترك، مكالمة جماعية، اتصال ثلاثي): not one call with each. Compared without the article."""

JOINT_HEADS: Final = ("اتصال", "اتصالا", "مكالمة", "محادثة", "اجتماع", "اجتماعا", "قمة", "لقاء")
"""Contact nouns that :data:`JOINT_WORDS` must follow to make a call one (في اتصال مشترك, not
العمل المشترك: a topic)."""

NUMBERED_DOCUMENT_WORDS: Final = ("القرار", "قرار", "رقم", "القانون", "المادة")
"""Words before a document's number whose year in brackets is the document's (القرار 2334
(2016)), never a contact's date."""

WHEREUPON_WORDS: Final = ("حيث", "إذ")
"""Words before a contact verb that carry on the clause before it with its subject (وصل X إلى
ميونيخ وأجرى لقاءات، حيث التقى رئيس وزراء كندا ووزراء خارجية الصين وروسيا: X met each)."""

TRANSITION_WORDS: Final = (
    *("في", "وفي", "هذا", "الإطار", "السياق", "ذاته", "نفسه", "ذلك", "إلى", "وإلى"),
    *("ومن", "من", "جهة", "جهته", "أخرى", "ثانية", "الأثناء", "غضون"),
)
"""Words of the transitions that open a clause and keep its subject (وفي هذا الإطار، تلقى
اتصالين من X وY؛ ومن جهة أخرى، أجرى اتصالا بـY): read before a call verb with no subject."""

PLURAL_CALL_NOUNS: Final = ("اتصالات", "مكالمات")
"""Plural nouns of calls: one call with each side only after تلقى/أجرى (تلقى اتصالات من X وY)
or with a caller after them; elsewhere ongoing contact (مواصلة الاتصالات بين البلدين)."""

PROGRAMME_VERBS: Final = (
    *("يلتقي", "تلتقي", "يلتقيان", "تلتقيان", "يلتقون"),
    *("يجتمع", "تجتمع", "يجتمعان"),
    *("يستقبل", "تستقبل", "يتوجه", "تتوجه", "يسافر", "تسافر"),
    *("يتصل", "تتصل", "يهاتف"),
    *("يعقد", "تعقد", "يجري", "تجري"),  # ويعقد X محادثات مع Y: of holding, before a contact noun
)
"""Present contact verbs that, opening a sentence of the body with و, tell a programme to come
(غادر الملك اليوم إلى اليابان. ويلتقي جلالته خلال الزيارة الإمبراطور). Not يزور: its present
tells a stay under way (ويزور الأمين العام لبنان ليومين)."""

STOP_LIST_WORDS: Final = ("ثم",)
"""Words that join the stops of a trip in their order (بزيارة الإمارات ثم قطر والبحرين): the
state after them is one more stop, as after و."""

TOUR_NOUNS: Final = ("جولة", "زيارة")
"""Nouns of a trip whose stops a word of TOUR_INCLUDES lists (زيارة ... تشمل X وY)."""

ROUND_OF_TALKS: Final = ("مفاوضات", "حوار", "مشاورات")
"""Nouns after جولة that make it a round of talks, not a trip (جولة مفاوضات تشمل روسيا
والصين lists the sides, not the stops); the contact nouns (مباحثات) count too. Compared
without the article."""

CAPITAL_NOUN: Final = "عاصمة"
"""The construct noun before a state that makes the city before it a place (بودابست، عاصمة
المجر), not a side."""

TOPIC_SHIFTS: Final = (
    *("من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "على صعيد آخر"),
    *("في سياق منفصل", "في سياق آخر", "في شأن آخر", "في موضوع آخر", "في خبر آخر"),
)
"""Words that open a sentence on another subject (also after و: ومن جهة أخرى): a meeting told
after them is not part of the trip told before them (زار X دمشق ... من جهة أخرى، التقى وزير
الخارجية السوري ...). Compared without clitics and article."""

PRIVATE_TRIP_WORDS: Final = (
    "خاصة",
    "عائلية",
    "علاجية",
    "للعلاج",
    "استجمام",
    "للاستجمام",
    "تفقدية",  # زيارة تفقدية لمراكز المساعدات: an inspection, no one received
)
"""Words right after a visit word that make it a private trip (رحلة خاصة إلى فرنسا، زيارة
علاجية، زيارة تفقدية): with no person met on it, no contact. With the article when the visit
word has it (الزيارة الخاصة), never after a definite one without it (الزيارة خاصة في ظل:
«especially»)."""

RECEIVING_PARTICIPLES: Final = ("مستقبلا", "مستقبلة")
"""The participle of a photo caption (الرئيس X مستقبلا Y): a visit word only between two
names, the host before it and the guest after it; elsewhere مستقبلا is «in the future»."""

FORUM_TRIP_WORDS: Final = (
    *("للمشاركة", "لحضور", "ليشارك", "لتشارك"),
    # في زيارة يشارك خلالها في أعمال الجمعية العامة؛ في زيارة لأداء مناسك العمرة
    *("يشارك", "تشارك", "سيشارك", "ستشارك", "يترأس", "يرأس", "لأداء"),
    *("لترؤس", "ليترأس", "لرئاسة", "مترئسا", "مترئسة"),  # لترؤس وفد البلاد في الجمعية العامة
    # a speech or a hearing (يلقي خلالها كلمة أمام الجمعية العامة، يخاطب خلالها المجلس)
    *("يلقي", "ليلقي", "يخاطب", "ليخاطب", "يحضر", "مرافعة"),
)
"""Words a few tokens after an arrival or a visit word that make the trip one to a forum the
state hosts (وصل إلى نيويورك للمشاركة في أشغال الجمعية العامة): with nobody of that state
met, no visit to it."""

EXCHANGED_WORDS: Final = ("السجناء", "الأسرى", "الرهائن", "المحتجزين", "المعتقلين", "الجثامين")
"""What is exchanged when a بين right after it lists states, not sides (تبادل السجناء بين روسيا
والولايات المتحدة: a topic); تبادل وجهات النظر بين X وY names the sides."""

CLAUSE_COMPLEMENTIZERS: Final = ("إن", "أن", "بأن", "وأن", "إنه", "أنه", "بأنه", "إنها", "أنها")
"""Words that open a reported clause (قال X إن Y سيلتقي ...، ثم يزور): a travel verb later in
the sentence takes the clause's subject when the clause holds a contact word."""

HOSTING_VERBS: Final = ("استضاف", "استضافت", "يستضيف", "تستضيف")
"""Verbs of hosting, receiving verbs when a guest follows (تستضيف القاهرة غدا وزير الخارجية
Y: Cairo receives Y). With an object pronoun or right after الذي/التي they host an event
(القمة التي استضافتها الرياض، المؤتمر الذي تستضيفه مصر): no contact word there."""

RECEIVING_VERBS: Final = (
    *("استقبل", "واستقبل", "يستقبل", "ويستقبل", "تستقبل", "وتستقبل"),
    *HOSTING_VERBS,
    *("و" + verb for verb in HOSTING_VERBS),
)
"""A receiving verb with its object written after it (استقبل X الضيف Y، قبل أن يغادر): who
travels on is not said plainly. With an object pronoun (استقبله) the traveller is the guest."""

FUTURE_PREFIXES: Final = ("سي", "ست", "سن")
"""The future prefix on an imperfect verb (سيلتقي): a travel verb after it, in a sequel, is to
come too."""

MEETING_OBJECT_VERBS: Final = ("التقى", "التقت", "يلتقي", "تلتقي")
"""Verbs of meeting whose object is the one met (سيلتقي الرؤساء الثلاثة: the traveller meets
them); اجتمع and يجتمع need مع, and the persons after them are their subject."""

WISH_WORDS: Final = (
    *("يأمل", "تأمل", "نأمل", "آمل", "يريد", "تريد", "يرغب", "ترغب", "الممكن", "المأمول"),
    *("المحتمل", "المستبعد", "يحتمل"),  # من المحتمل أن، ليس من المستبعد أن: possible
)
"""Words of a wish or a possibility right before the complementizer that opens a contact word's
clause (يأمل البيت الأبيض أن يلتقي، من الممكن أن يلتقي): the contact is proposed, not held."""

CONTENT_NOUNS: Final = ("فحوى", "تفاصيل", "مضمون", "مضامين", "كواليس")
"""Nouns of what was said, right before a contact word (كشف الإيليزيه، الخميس، فحوى الاتصال):
the date before them is the report's, not the contact's."""

INCLUDING_PHRASES: Final = (
    *("بما في ذلك", "بما فيهم", "بمن فيهم", "بمن فيهن", "ومنهم", "من بينهم"),
    *("في مقدمتهم", "وفي مقدمتهم", "على رأسهم", "وعلى رأسهم"),
    *(
        "خصوصا",
        "وخصوصا",
        "لا سيما",
        "ولا سيما",
        "لاسيما",
        "ولاسيما",
        "وبخاصة",
    ),  # كبار المسؤولين الروس، خصوصا X
)
"""Words that name members of the group before them (كبار المسؤولين الإيرانيين، بما في ذلك وزير
الخارجية X): the person named after them is a side of the group's contact."""

RECAP_WORDS: Final = (
    *("تناول", "تناولت", "تطرق", "تطرقت", "تركز", "ركز", "ركزت", "استعرض", "استعرضت"),
    *("بحث", "بحثت", "ناقش", "ناقشت", "شهد", "شهدت", "جرى", "جرت", "تم", "تمت"),
    *("جاء", "جاءت", "خلال", "أثناء", "عقب"),
)
"""Verbs whose subject, and prepositions whose object, a definite dual contact noun right after
them, is the two contacts told before it in the sentence (التقى X كلا من Y وZ، حيث تناول
اللقاءان ...، وجرى خلال اللقاءين): the persons between the two words are the first word's sides,
not a meeting of their own. Compared with و or ف before."""
