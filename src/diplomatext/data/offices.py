"""Arabic titles of office, the roles they name, and the words that stand for a side.

One title a line, in natural spelling; the events finder folds them with the
MATCHING normalization. A title names a role; the state comes from what follows
it in the text: a nationality adjective (وزير الخارجية **الروسي**), a state or
organization name (وزير خارجية **روسيا**، الأمين العام **للأمم المتحدة**), or
the title fixes it (خادم الحرمين الشريفين). Gender is not enforced: وزيرة
الخارجية الروسية is read like وزير الخارجية الروسي.

Roles are a closed list, shared with ``persons.json``: :data:`ROLES`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ANAPHORIC_OFFICIALS",
    "COUNTERPART_WORDS",
    "DELEGATION_BODIES",
    "DELEGATION_WORDS",
    "DEPARTMENT_WORDS",
    "DEPUTY_OF",
    "ELECT_WORDS",
    "ENVOY_WORDS",
    "FIXED_TITLES",
    "FORMER_WORDS",
    "GOVERNMENT_LED",
    "GOVERNMENT_NAME_WORDS",
    "GOVERNMENT_OF_TITLE",
    "GROUP_HEAD_WORDS",
    "GROUP_WORDS",
    "HEADED_BY_WORDS",
    "HEADED_INSTITUTIONS",
    "HEAD_OF_STATE_ROLES",
    "HOME_COUNTRY_WORDS",
    "HONORIFICS",
    "HONORIFIC_PRONOUNS",
    "HONORIFIC_PRONOUN_ROLES",
    "INSTITUTION_WORDS",
    "LATTER_WORDS",
    "LEADER_ROLES",
    "LISTED_HEAD_WORDS",
    "MANDATE_OPENERS",
    "MISSION_WORDS",
    "NAMED_BEFORE_SHORT_NAMES",
    "NOT_NAMES",
    "OFFICIAL_WORDS",
    "PLACE_TITLE_WORDS",
    "PLURAL_TITLE_WORDS",
    "RANK_WORDS",
    "ROLES",
    "ROLE_ADJECTIVES",
    "ROTATING_WORDS",
    "ROYAL_ADDRESS",
    "SENIOR_WORDS",
    "SERVING_WORDS",
    "SEVERAL_AT_ONCE",
    "SHARED_ROLES",
    "SPOKESPERSON_ROLES",
    "STATES_GROUP_NOUNS",
    "STATES_GROUP_WORDS",
    "SUBORDINATE_WORDS",
    "THREE_PRESIDENCIES",
    "THREE_PRESIDENCIES_ROLES",
    "THREE_PRESIDENCIES_STATES",
    "TITLES",
    "TITLE_QUALIFIERS",
    "UNTRACKED_TITLE_HEADS",
]

ROLES: Final = (
    "president",
    "vice-president",
    "king",
    "emir",
    "sultan",
    "supreme-leader",
    "crown-prince",
    "prime-minister",
    "foreign-minister",
    "deputy-foreign-minister",
    "foreign-ministry-spokesperson",
    "government-spokesperson",
    "secretary-general",
    "special-envoy",
    "ambassador",
    "minister",
    "deputy-prime-minister",
    "defense-minister",
    "speaker",
    "national-security-adviser",
    "intelligence-chief",
    "military-commander",
    "chief-executive",
)
"""Every role an office may have (``persons.json`` uses the same list)."""

SPOKESPERSON_ROLES: Final = frozenset({"foreign-ministry-spokesperson", "government-spokesperson"})
"""Roles of those who tell of a state's contacts: the subject of a fronted contact phrase is no
side of it then (وخلال لقاء مع X، قالت المتحدثة باسم الخارجية Y إن ...)."""

SEVERAL_AT_ONCE: Final = frozenset({"deputy-foreign-minister", "minister", "deputy-prime-minister"})
"""Roles a state gives to several people at once, of whom the table holds only some: a title
alone never names the one the table happens to hold (نائب وزير الخارجية الإماراتي: the state)."""

SHARED_ROLES: Final = frozenset(
    {
        "vice-president",  # several at once (UAE, Iran, Iraq)
        "deputy-foreign-minister",
        "foreign-ministry-spokesperson",
        "government-spokesperson",  # never the one the table happens to hold: the state
        "special-envoy",
        "ambassador",
        "minister",
        "deputy-prime-minister",  # several at once (Russia, Iraq)
        "speaker",  # one for each chamber of a parliament
        "intelligence-chief",  # one for each service
        "military-commander",  # a chief of staff and the commanders of rival forces
    }
)
"""Roles that several persons of one state hold at the same time; every other role has one
holder a day (the persons table is checked for overlaps of those)."""

TITLES: Final = MappingProxyType(
    {
        # foreign ministers (singular, feminine, dual, plural, construct)
        "وزير الخارجية": "foreign-minister",
        "وزيرة الخارجية": "foreign-minister",
        "وزيري الخارجية": "foreign-minister",  # dual: وزيري الخارجية الروسي والأميركي
        "وزيرا الخارجية": "foreign-minister",
        "وزراء الخارجية": "foreign-minister",
        "وزير خارجية": "foreign-minister",  # + state name: وزير خارجية روسيا
        "وزيرة خارجية": "foreign-minister",
        "وزيري خارجية": "foreign-minister",
        "وزيرا خارجية": "foreign-minister",
        "وزراء خارجية": "foreign-minister",
        "وزير الشؤون الخارجية": "foreign-minister",  # Maghreb, Oman
        "الوزير المسؤول عن الشؤون الخارجية": "foreign-minister",  # Oman's title, 1997-2020
        "الوزير المسئول عن الشئون الخارجية": "foreign-minister",
        "وزير الخارجية والتعاون الدولي": "foreign-minister",
        "وزير الخارجية وشؤون المغتربين": "foreign-minister",  # Syria, Jordan
        "وزير الخارجية والمغتربين": "foreign-minister",
        # official titles written in full (the name follows them)
        "وزير الشؤون الخارجية والجالية الوطنية بالخارج": "foreign-minister",  # Algeria
        "وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية": "foreign-minister",
        "وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج": "foreign-minister",
        "وزير الشؤون الخارجية والتعاون": "foreign-minister",  # Morocco before 2017
        "وزير الشؤون الخارجية والهجرة والتونسيين بالخارج": "foreign-minister",  # Tunisia
        "وزير الخارجية والهجرة وشؤون المصريين بالخارج": "foreign-minister",  # Egypt 2024-
        "وزير الخارجية والهجرة وشئون المصريين بالخارج": "foreign-minister",
        "وزير الشؤون الخارجية والتعاون الدولي": "foreign-minister",  # Somalia, Sudan
        "وزير الخارجية والتجارة الدولية": "foreign-minister",
        "وزير الخارجية والتعاون الدولي والمغتربين": "foreign-minister",
        "رئيس الدبلوماسية": "foreign-minister",  # Maghreb press
        "وزير العلاقات الخارجية": "foreign-minister",  # Latin America, Cuba, Angola, Brazil
        "وزيرة العلاقات الخارجية": "foreign-minister",
        "وزير الشؤون الخارجية والتعاون الدولي والتكامل الإفريقي": "foreign-minister",
        "وزير أوروبا والشؤون الخارجية": "foreign-minister",  # France
        "وزيرة أوروبا والشؤون الخارجية": "foreign-minister",
        "وزير الخارجية والشؤون الأوروبية": "foreign-minister",  # Croatia, Slovakia, Ireland
        "وزيرة الخارجية والشؤون الأوروبية": "foreign-minister",
        "وزير الشؤون الخارجية والأوروبية": "foreign-minister",
        # Spain since 2018: the European Union is a portfolio here, not the side
        "وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون": "foreign-minister",
        "وزيرة الشؤون الخارجية والاتحاد الأوروبي والتعاون": "foreign-minister",
        "وزير الخارجية والاتحاد الأوروبي والتعاون": "foreign-minister",
        "وزيرة الخارجية والاتحاد الأوروبي والتعاون": "foreign-minister",
        "وزير الخارجية والتجارة": "foreign-minister",  # Ireland, Hungary, Australia
        "وزيرة الخارجية والتجارة": "foreign-minister",
        "وزير الخارجية والكومنولث": "foreign-minister",  # the United Kingdom before 2020
        "وزير الشؤون الخارجية والتعاون الإفريقي والموريتانيين في الخارج": "foreign-minister",
        "وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج": "foreign-minister",  # Mauritania
        "الوزير": "foreign-minister",  # bare: الوزير الروسي، or the minister named before
        "الوزيرة": "foreign-minister",
        "وكيل وزارة الخارجية": "deputy-foreign-minister",  # Iraq, Gulf: the ministry's number two
        "نائب وزير الخارجية": "deputy-foreign-minister",
        "نائبة وزير الخارجية": "deputy-foreign-minister",
        "نائب وزير خارجية": "deputy-foreign-minister",
        # the Gulf's ministers of state for foreign affairs (the table codes them as deputies)
        "وزير الدولة للشؤون الخارجية": "deputy-foreign-minister",
        "وزير الدولة لشؤون الخارجية": "deputy-foreign-minister",
        "وزير دولة للشؤون الخارجية": "deputy-foreign-minister",
        "وزيرة الدولة للشؤون الخارجية": "deputy-foreign-minister",
        "وزير الدولة في وزارة الخارجية": "deputy-foreign-minister",
        "وزير الدولة بوزارة الخارجية": "deputy-foreign-minister",
        "وزيرة الدولة بوزارة الخارجية": "deputy-foreign-minister",
        # spokespersons of a foreign ministry
        # a government's spokesperson, often a minister (the Maghreb, Djibouti): the state
        # alone, or the person named after the title (the table follows none as such)
        "الناطق باسم الحكومة": "government-spokesperson",
        "الناطقة باسم الحكومة": "government-spokesperson",
        "المتحدث باسم الحكومة": "government-spokesperson",
        "المتحدثة باسم الحكومة": "government-spokesperson",
        "الناطق الرسمي باسم الحكومة": "government-spokesperson",
        "المتحدث الرسمي باسم الحكومة": "government-spokesperson",
        "الناطقة الرسمية باسم الحكومة": "government-spokesperson",
        "المتحدثة الرسمية باسم الحكومة": "government-spokesperson",
        "المتحدث باسم الخارجية": "foreign-ministry-spokesperson",
        "المتحدثة باسم الخارجية": "foreign-ministry-spokesperson",
        "الناطق باسم الخارجية": "foreign-ministry-spokesperson",
        "الناطقة باسم الخارجية": "foreign-ministry-spokesperson",
        "المتحدث باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "المتحدثة باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "الناطق باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "الناطقة باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "المتحدث الرسمي باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "المتحدثة الرسمية باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "الناطق الرسمي باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "الناطقة الرسمية باسم وزارة الخارجية": "foreign-ministry-spokesperson",
        "الناطقة الرسمية باسم الخارجية": "foreign-ministry-spokesperson",
        "الناطق الرسمي باسم الخارجية": "foreign-ministry-spokesperson",
        # heads of state and government
        "الرئيس": "president",
        "الرئيسة": "president",
        "رئيس": "president",  # + state name: رئيس روسيا
        "رئيسة": "president",
        "رئيس الجمهورية": "president",
        "رئيس دولة": "president",
        "نائب الرئيس": "vice-president",
        "نائبة الرئيس": "vice-president",
        "رئيس الوزراء": "prime-minister",
        "رئيسة الوزراء": "prime-minister",
        "رئيس وزراء": "prime-minister",
        "رئيسة وزراء": "prime-minister",
        "رئيس الحكومة": "prime-minister",
        "رئيسة الحكومة": "prime-minister",
        "رئيس حكومة": "prime-minister",
        "رئيس مجلس الوزراء": "prime-minister",
        "رئيسة مجلس الوزراء": "prime-minister",
        # plural, before a list of states (رؤساء السنغال والجزائر وتونس): one holder each
        "رؤساء": "president",
        "رؤساء دول": "president",
        "رؤساء وزراء": "prime-minister",
        "رؤساء الوزراء": "prime-minister",
        "رئيسا وزراء": "prime-minister",  # dual: رئيسا وزراء الهند ومنغوليا
        "رئيسي وزراء": "prime-minister",
        "رئيسا الوزراء": "prime-minister",  # رئيسا الوزراء الهندي والباكستاني
        "رئيسي الوزراء": "prime-minister",
        "رئيسا حكومتي": "prime-minister",
        "رئيسي حكومتي": "prime-minister",
        "رؤساء حكومات": "prime-minister",
        "رؤساء الحكومات": "prime-minister",
        "الوزير الأول": "prime-minister",  # Maghreb, Mauritania
        "الوزيرة الأولى": "prime-minister",
        "الملك": "king",
        "العاهل": "king",
        "عاهل": "king",  # + state name: عاهل مملكة البحرين
        "ملك": "king",  # + state name: ملك الأردن
        "ملكة": "king",  # + state name: ملكة المملكة المتحدة (a reigning queen)
        "أمير": "emir",  # + state name: أمير قطر، أمير دولة الكويت
        "الأمير": "emir",
        "سلطان": "sultan",
        "السلطان": "sultan",
        "المرشد الأعلى": "supreme-leader",
        "المرشد": "supreme-leader",
        "مرشد الثورة": "supreme-leader",
        "ولي العهد": "crown-prince",
        "ولي عهد": "crown-prince",
        # organizations
        "الأمين العام": "secretary-general",
        "أمين عام": "secretary-general",
        "السكرتير العام": "secretary-general",  # Egypt's press: السكرتير العام للأمم المتحدة
        "سكرتير عام": "secretary-general",
        "الأمينة العامة": "secretary-general",
        "الأمين": "secretary-general",  # elliptic (يجتمع الأمين بالرئيس): the one named before
        # heads of UN agencies and other organizations, held as the organization's head
        "المفوض العام": "secretary-general",  # لوكالة الأونروا
        "المفوضة العامة": "secretary-general",
        "المفوض السامي": "secretary-general",  # لشؤون اللاجئين
        "المفوضة السامية": "secretary-general",
        "المدير العام": "secretary-general",  # للوكالة الدولية للطاقة الذرية
        "المديرة العامة": "secretary-general",
        "المدير التنفيذي": "secretary-general",  # لبرنامج الأغذية العالمي
        "المديرة التنفيذية": "secretary-general",
        "مستشار الأمين العام": "special-envoy",  # + للأمم المتحدة + the name: the adviser in person
        "مستشارة الأمين العام": "special-envoy",
        "المبعوث": "special-envoy",  # المبعوث الأممي إلى سوريا؛ المبعوث الأمريكي الخاص
        "المبعوث الخاص": "special-envoy",
        "مبعوث": "special-envoy",
        "المبعوثة": "special-envoy",
        "الممثل الخاص": "special-envoy",
        "الممثلة الخاصة": "special-envoy",
        # the European Union's High Representative, its foreign minister in the table
        "الممثل الأعلى للسياسة الخارجية": "foreign-minister",
        "الممثلة العليا للسياسة الخارجية": "foreign-minister",
        "الممثل الأعلى لسياسة الأمن والشؤون الخارجية": "foreign-minister",
        "الممثلة العليا لسياسة الأمن والشؤون الخارجية": "foreign-minister",
        "الممثل الأعلى للشؤون الخارجية والسياسة الأمنية": "foreign-minister",
        "الممثلة العليا للشؤون الخارجية والسياسة الأمنية": "foreign-minister",
        # (+ the Union after them: الممثلة العليا للاتحاد الأوروبي؛ الممثل السامي للاتحاد الأوروبي)
        "الممثل الأعلى": "foreign-minister",
        "الممثلة العليا": "foreign-minister",
        "الممثل السامي": "foreign-minister",
        "الممثلة السامية": "foreign-minister",
        # (a woman with the masculine adjective, as the press often writes: الممثلة الأعلى)
        "الممثلة الأعلى": "foreign-minister",
        "الممثلة الأعلى للسياسة الخارجية": "foreign-minister",
        "الممثلة الأعلى للسياسة الخارجية والأمنية": "foreign-minister",
        "الممثلة الأعلى للشؤون الخارجية": "foreign-minister",
        "الممثل الأعلى للشؤون الخارجية": "foreign-minister",
        "الممثل الأعلى للسياسة الخارجية والأمنية": "foreign-minister",
        "الممثلة العليا للشؤون الخارجية": "foreign-minister",
        "الممثلة العليا للسياسة الخارجية والأمنية": "foreign-minister",
        "الممثل السامي للشؤون الخارجية": "foreign-minister",
        "الممثل السامي للسياسة الخارجية والأمنية": "foreign-minister",
        "الممثلة السامية للشؤون الخارجية": "foreign-minister",
        "الممثلة السامية للسياسة الخارجية والأمنية": "foreign-minister",
        "منسق السياسة الخارجية والأمنية": "foreign-minister",
        "منسقة السياسة الخارجية والأمنية": "foreign-minister",
        # (منسقة السياسة الخارجية بالاتحاد الأوروبي; مفوضة الدبلوماسية الأوروبية)
        "منسق السياسة الخارجية": "foreign-minister",
        "منسقة السياسة الخارجية": "foreign-minister",
        "مسؤول السياسة الخارجية": "foreign-minister",
        "مسؤولة السياسة الخارجية": "foreign-minister",
        "مفوض السياسة الخارجية": "foreign-minister",
        "مفوضة السياسة الخارجية": "foreign-minister",
        "منسق الشؤون الخارجية": "foreign-minister",
        "منسقة الشؤون الخارجية": "foreign-minister",
        "مفوض الدبلوماسية": "foreign-minister",
        "مفوضة الدبلوماسية": "foreign-minister",
        "الوسيط": "special-envoy",  # الوسيط الأميركي آموس هوكشتاين: a mediator is an envoy
        "الوسيطة": "special-envoy",
        "وسيط": "special-envoy",
        "المنسق الخاص": "special-envoy",  # للأمم المتحدة لعملية السلام في الشرق الأوسط
        "المنسقة الخاصة": "special-envoy",
        # ambassadors: the receiving state after لدى (السفيرة الأمريكية لدى لبنان), else the
        # state of the side who receives them
        "السفير": "ambassador",
        "السفيرة": "ambassador",
        "سفير": "ambassador",
        "سفيرة": "ambassador",
        "سفراء": "ambassador",  # + states: أوراق اعتماد سفراء البحرين ومالطا
        "السفراء": "ambassador",
        "رئيس بعثة": "ambassador",  # + state or organization: رئيس بعثة الاتحاد الأوروبي
        "رئيسة بعثة": "ambassador",
        "رؤساء بعثات": "ambassador",
        # defence ministers (وزير الحرب: the US title since 2025, and a name some outlets give
        # Israel's; وزيرة الجيوش: France's minister of the Armed Forces)
        "وزير الدفاع": "defense-minister",
        "وزيرة الدفاع": "defense-minister",
        "وزير دفاع": "defense-minister",
        "وزيرة دفاع": "defense-minister",
        "وزيري الدفاع": "defense-minister",
        "وزيرا الدفاع": "defense-minister",
        "وزراء الدفاع": "defense-minister",
        "وزيري دفاع": "defense-minister",
        "وزراء دفاع": "defense-minister",
        "وزير الدفاع الوطني": "defense-minister",
        "وزير الحرب": "defense-minister",
        "وزير الجيوش": "defense-minister",
        "وزيرة الجيوش": "defense-minister",
        "وزير القوات المسلحة": "defense-minister",
        "وزيرة القوات المسلحة": "defense-minister",
        "وزير الدولة لشؤون الدفاع": "defense-minister",
        # presiding officers of a chamber of parliament (never رئيس مجلس الأمن: the Security
        # Council's rotating president)
        "رئيس مجلس النواب": "speaker",
        "رئيسة مجلس النواب": "speaker",
        "رئيس البرلمان": "speaker",
        "رئيسة البرلمان": "speaker",
        "رئيس المجلس النيابي": "speaker",  # Lebanon's press
        "رئيسة المجلس النيابي": "speaker",
        "رئيس مجلس الشعب": "speaker",
        "رئيس مجلس الأمة": "speaker",
        "رئيس مجلس الشورى": "speaker",
        "رئيس مجلس الشورى الإسلامي": "speaker",
        "رئيس الكنيست": "speaker",
        "رئيس مجلس الدوما": "speaker",
        "رئيس الدوما": "speaker",
        "رئيس مجلس الاتحاد": "speaker",
        "رئيسة مجلس الاتحاد": "speaker",
        "رئيس مجلس الشيوخ": "speaker",
        "رئيسة مجلس الشيوخ": "speaker",
        "رئيس مجلس الأعيان": "speaker",
        "رئيس مجلس المستشارين": "speaker",
        "رئيس المجلس الأعلى للدولة": "speaker",
        "رئيس المجلس الوطني الاتحادي": "speaker",
        "رئيس المجلس الشعبي الوطني": "speaker",
        "رئيس مجلس نواب الشعب": "speaker",
        "رئيس الجمعية الوطنية": "speaker",
        "رئيسة الجمعية الوطنية": "speaker",
        "رئيس مجلس العموم": "speaker",
        "رئيس المجلس التشريعي": "speaker",
        "رئيس مجلس الرادا": "speaker",
        # national security advisers and secretaries of security councils
        "مستشار الأمن القومي": "national-security-adviser",
        "مستشارة الأمن القومي": "national-security-adviser",
        "مستشار الأمن الوطني": "national-security-adviser",
        "أمين مجلس الأمن": "national-security-adviser",  # Russia's: أمين مجلس الأمن الروسي
        "سكرتير مجلس الأمن": "national-security-adviser",
        "أمين مجلس الأمن القومي": "national-security-adviser",
        "سكرتير مجلس الأمن القومي": "national-security-adviser",
        "أمين المجلس الأعلى للأمن القومي": "national-security-adviser",  # Iran's SNSC
        "رئيس مجلس الأمن القومي": "national-security-adviser",  # Israel's NSC
        # heads of intelligence services (one per service, so a title alone names the state)
        "رئيس المخابرات": "intelligence-chief",
        "رئيس جهاز المخابرات": "intelligence-chief",
        "رئيس المخابرات العامة": "intelligence-chief",
        "رئيس جهاز المخابرات العامة": "intelligence-chief",
        "مدير المخابرات": "intelligence-chief",
        "مدير المخابرات العامة": "intelligence-chief",
        "مدير جهاز المخابرات": "intelligence-chief",
        "مدير جهاز المخابرات العامة": "intelligence-chief",
        "رئيس الاستخبارات": "intelligence-chief",
        "رئيس جهاز الاستخبارات": "intelligence-chief",
        "رئيس الاستخبارات العامة": "intelligence-chief",
        "مدير الاستخبارات": "intelligence-chief",
        "رئيس جهاز الأمن والمخابرات": "intelligence-chief",
        "رئيس جهاز الاستخبارات الخارجية": "intelligence-chief",  # Russia's SVR
        "مدير جهاز الاستخبارات الخارجية": "intelligence-chief",
        "رئيس الاستخبارات الخارجية": "intelligence-chief",
        "مدير الاستخبارات الخارجية": "intelligence-chief",
        "رئيس جهاز المخابرات الخارجية": "intelligence-chief",
        "وزير الاستخبارات": "intelligence-chief",  # Iran's minister of intelligence
        "وزير المخابرات": "intelligence-chief",
        # Afghanistan's chief executive (2014-2020), no president (الرئيس التنفيذي الأفغاني)
        "الرئيس التنفيذي": "chief-executive",
        "الرئيسة التنفيذية": "chief-executive",
        "رئيس السلطة التنفيذية": "chief-executive",
        # chiefs of staff and commanders of armed forces
        "رئيس الأركان": "military-commander",
        "رئيس أركان": "military-commander",
        "رئيس هيئة الأركان": "military-commander",
        "رئيس هيئة الأركان العامة": "military-commander",
        "رئيس هيئة الأركان المشتركة": "military-commander",
        "رئيس الأركان العامة": "military-commander",
        "رئيس أركان الجيش": "military-commander",
        "قائد الجيش": "military-commander",
        "القائد العام للجيش": "military-commander",
        "القائد العام للقوات المسلحة": "military-commander",
        "قائد القوات المسلحة": "military-commander",
    }
)
"""Titles -> role. The state comes from the adjective or name that follows the title."""

FIXED_TITLES: Final = MappingProxyType(
    {
        "خادم الحرمين الشريفين": ("king", "SAU"),
        "المرشد الإيراني": ("supreme-leader", "IRN"),
        "مرشد الجمهورية الإسلامية": ("supreme-leader", "IRN"),
        "سيد البيت الأبيض": ("president", "USA"),
        "سيد الكرملين": ("president", "RUS"),
        # collective heads of state, chaired by one person
        "رئيس مجلس القيادة الرئاسي": ("president", "YEM"),
        "رئيس مجلس القيادة الرئاسي اليمني": ("president", "YEM"),
        "رئيس مجلس السيادة": ("president", "SDN"),
        "رئيس مجلس السيادة الانتقالي": ("president", "SDN"),
        "رئيس مجلس السيادة السوداني": ("president", "SDN"),
        "رئيس المجلس الرئاسي الليبي": ("president", "LBY"),
        "رئيس المجلس الرئاسي": ("president", "LBY"),  # Yemen's is مجلس القيادة الرئاسي
        "نائب رئيس المجلس الرئاسي": ("vice-president", "LBY"),
        "رئيس الموساد": ("intelligence-chief", "ISR"),
        "رئيس جهاز الموساد": ("intelligence-chief", "ISR"),
        "رئيس الشاباك": ("intelligence-chief", "ISR"),
        "رئيس جهاز الشاباك": ("intelligence-chief", "ISR"),
        "مدير وكالة المخابرات المركزية": ("intelligence-chief", "USA"),
        "مدير وكالة الاستخبارات المركزية": ("intelligence-chief", "USA"),
        "مدير المخابرات المركزية": ("intelligence-chief", "USA"),
        "قائد قوات الدعم السريع": ("military-commander", "SDN"),
        # the heads of the European Union's and the African Union's bodies (the table codes
        # the Commission's president as the union's head of government, the Council's as its
        # president, the Parliament's as its speaker, the AU Commission's chair as its head)
        "رئيس المفوضية الأوروبية": ("prime-minister", "european-union"),
        "رئيسة المفوضية الأوروبية": ("prime-minister", "european-union"),
        "رئيس مفوضية الاتحاد الأوروبي": ("prime-minister", "european-union"),
        "رئيسة مفوضية الاتحاد الأوروبي": ("prime-minister", "european-union"),
        "رئيس المجلس الأوروبي": ("president", "european-union"),
        "رئيس البرلمان الأوروبي": ("speaker", "european-union"),
        "رئيسة البرلمان الأوروبي": ("speaker", "european-union"),
        # its foreign-policy chief, the High Representative (the table's foreign minister)
        "مفوض السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "مفوض الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "مفوضة السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "مفوضة الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "منسق السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "منسق الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "منسقة السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "منسقة الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "مسؤول السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "مسؤول الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "مسؤولة السياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "مسؤولة الدبلوماسية الأوروبية": ("foreign-minister", "european-union"),
        "الممثل الأعلى الأوروبي": ("foreign-minister", "european-union"),
        "الممثل الأعلى للسياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "الممثلة العليا للسياسة الخارجية الأوروبية": ("foreign-minister", "european-union"),
        "الممثلة العليا الأوروبية": ("foreign-minister", "european-union"),
        "رئيس مفوضية الاتحاد الأفريقي": ("secretary-general", "african-union"),
        "رئيس مفوضية الاتحاد الإفريقي": ("secretary-general", "african-union"),
        # the head of government of Germany and Austria is a chancellor (elsewhere مستشار
        # is an adviser: مستشار الرئيس)
        "المستشار الألماني": ("prime-minister", "DEU"),
        "المستشارة الألمانية": ("prime-minister", "DEU"),
        "مستشار ألمانيا": ("prime-minister", "DEU"),
        "مستشارة ألمانيا": ("prime-minister", "DEU"),
        "المستشار النمساوي": ("prime-minister", "AUT"),
        "المستشارة النمساوية": ("prime-minister", "AUT"),
        "مستشار النمسا": ("prime-minister", "AUT"),
        "مستشارة النمسا": ("prime-minister", "AUT"),
    }
)
"""Titles that name their state themselves -> (role, state)."""

ROLE_ADJECTIVES: Final = MappingProxyType(
    {
        "رئاسية": "president",  # قمة رئاسية: a summit of the presidents of the sides
        "رئاسي": "president",
        "وزارية": "foreign-minister",  # only after a meeting word: اجتماع وزاري
        "وزاري": "foreign-minister",
    }
)
"""Adjectives right after a meeting word that name the rank of the sides (قمة رئاسية)."""

PLURAL_TITLE_WORDS: Final = ("وزراء", "رؤساء", "سفراء", "السفراء")
"""First words of plural titles: they name the holders of the states listed after them and
never take up a person titled before (رؤساء الوفود، وزراء الخارجية العرب: no one in particular)."""

STATES_GROUP_NOUNS: Final = ("الدول", "دول", "البلدان", "بلدان")
"""Nouns of states a plural title may name before the states it lists (see below)."""

STATES_GROUP_WORDS: Final = (
    "الأوروبية",
    "العربية",
    "الخليجية",
    "الغربية",
    "الأفريقية",
    "الإفريقية",
    "الآسيوية",
    "الكبرى",
    "الضامنة",
    "الأعضاء",
    "المجاورة",
    "الشقيقة",
    "الصديقة",
    "المانحة",
    "الثلاث",
    "الثلاثة",
    "الأربع",
    "الأربعة",
    "الخمس",
    "الخمسة",
    "الست",
    "الستة",
    "السبع",
    "السبعة",
)
"""Words that describe the states a plural title lists, after a noun of :data:`STATES_GROUP_NOUNS`
(وزراء خارجية الدول الأوروبية الثلاث فرنسا وألمانيا وبريطانيا): adjectives and a count; with the
noun, they stand between the title and its states without counting as distance."""

GROUP_HEAD_WORDS: Final = ("قادة", "زعماء")

UNTRACKED_TITLE_HEADS: Final = ("رئيس", "رئيسة", "قائد", "قائدة", "زعيم", "زعيمة", "نائب", "نائبة")
"""Heads of a title the table does not know, before article words and a known name (رئيس
المجلس العسكري السوداني عبد الفتاح البرهان، نائب القائد الأعلى للقوات المسلحة الإماراتية الشيخ
محمد بن زايد): the words are the person's title, no distance."""

LISTED_HEAD_WORDS: Final = ("رئيسي", "رئيسا", "رؤساء")
"""Dual and plural heads written before a list of a state's institutions (رئيسي الجمهورية
والحكومة، رؤساء الجمهورية والحكومة ومجلس النواب): the head of each institution."""

THREE_PRESIDENCIES: Final = ("الرئاسات الثلاث",)
"""Iraq's and Lebanon's name for the heads of the state, the government and the parliament
together (وصل X إلى بغداد وسيلتقي الرئاسات الثلاث): one office each, of the state the traveller
went to, when it is one of :data:`THREE_PRESIDENCIES_STATES`."""

THREE_PRESIDENCIES_ROLES: Final = ("president", "prime-minister", "speaker")

THREE_PRESIDENCIES_STATES: Final = frozenset({"IRQ", "LBN"})

HEADED_INSTITUTIONS: Final = MappingProxyType(
    {
        "الجمهورية": "president",
        "الحكومة": "prime-minister",
        "الوزراء": "prime-minister",
        "مجلس الوزراء": "prime-minister",
        "مجلس النواب": "speaker",
        "المجلس النيابي": "speaker",
        "البرلمان": "speaker",
        "مجلس الشعب": "speaker",
        "مجلس الأمة": "speaker",
        "مجلس الشورى": "speaker",
    }
)
"""Institutions after a word of :data:`LISTED_HEAD_WORDS`, and the role of their head."""

HOME_COUNTRY_WORDS: Final = ("البلاد",)
"""«The country» after إلى or ل in a text under an agency's own dateline (الكويت (كونا) - وصل
وزير الخارجية X إلى البلاد): the dateline's state, which receives the visit."""

MANDATE_OPENERS: Final = (
    *("لشؤون", "للشؤون", "لعملية", "لملف", "المكلف", "المكلفة", "المعني", "المعنية"),
    *("لشئون", "للشئون"),
)
"""First words of an office's portfolio or mandate between a title and its holder's name
(الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل، المنسق الخاص للأمم المتحدة
لعملية السلام في الشرق الأوسط تور وينسلاند): the name after them is the holder's, as right
after the title."""

GOVERNMENT_OF_TITLE: Final = ("في حكومة", "في الحكومة", "بحكومة", "بالحكومة", "لحكومة", "للحكومة")
"""Words between a title and its holder's name that say which government (وزير الخارجية في حكومة
الوحدة الوطنية X، رئيس الوزراء في الحكومة المؤقتة Y، رئيس المجلس الرئاسي لحكومة الوفاق Z): the
name after them is the holder's, as right after the title."""

HEAD_OF_STATE_ROLES: Final = ("president", "king", "emir", "sultan")
"""The offices of a head of state, in the order they are looked up for a state's leader."""

LEADER_ROLES: Final = (*HEAD_OF_STATE_ROLES, "prime-minister")
"""The offices of a state's leader, head of state or of government. A word for leaders with state
adjectives (الزعيمين الأردني والمصري) names, for each state, the person the text named before in
one of them (the king of Jordan and the president of Egypt; the British prime minister, not the
king), else the one who leads it on the day (``GOVERNMENT_LED``), else the state."""

GOVERNMENT_LED: Final = frozenset(
    {
        # parliamentary states: the head of government meets and speaks for them abroad
        *("GBR", "DEU", "ITA", "ESP", "NLD", "BEL", "GRC", "PRT", "IRL", "SWE", "NOR", "DNK"),
        *("FIN", "AUT", "POL", "HUN", "CZE", "CAN", "AUS", "NZL", "JPN", "IND", "PAK", "BGD"),
        *("MYS", "THA", "ISR", "IRQ", "LBN", "ETH", "NPL", "ARM", "GEO"),
        # the king is also prime minister until 2022, his crown prince after
        "SAU",
    }
)
"""States whose leader in diplomacy is the head of government (the prime minister or
chancellor): leaders named by rank with no name (قادة كل من تركيا وبريطانيا) are each state's
head of state, or for these states its head of government, on the contact's day."""
"""A group named by its members' rank (اتصالات بقادة دول الجوار): the sides named after it,
in apposition or after شملت (رؤساء السنغال والجزائر), take its preposition."""

ROTATING_WORDS: Final = ("الدوري", "الدورية")
"""Words right after a title that make it a forum's rotating chair (الرئيس الدوري للاتحاد
الأفريقي): a title the person named beside it holds for his state, no side of its own."""

ELECT_WORDS: Final = ("المنتخب", "المنتخبة")
"""Words after a title that make it the holder to come (الرئيس الإيراني المنتخب): a person by
a name, else the state he will speak for (unlike a former holder, who speaks for none)."""

FORMER_WORDS: Final = (
    "السابق",
    "السابقة",
    "الأسبق",
    "الأسبقة",
    "سابق",
    "سابقا",
    "آنذاك",  # وزير الخارجية السوري آنذاك فاروق الشرع: the holder then, by his name
    "حينها",
    "حينذاك",
    "وقتها",
    "وقتذاك",
    *ELECT_WORDS,
)
"""Words after a title that make it a former holder, the holder then, or the one elected and
not yet in office (resolved only by a name, written there or with the same title before)."""

COUNTERPART_WORDS: Final = (
    "نظير",
    "نظيرة",
    "نظيري",
    "زميل",
    "زميلة",
    # the plural in its three cases, before a pronoun: نظراءه، نظرائه، نظراؤه
    "نظراء",
    "نظرائ",
    "نظراؤ",
)
"""A counterpart (نظيره الأمريكي): the same role as the other side, for the state that follows.
Matched with their pronoun suffixes (نظيره، نظيرها، نظيريه، زميله)."""

GROUP_WORDS: Final = MappingProxyType(
    {
        # word: role of the sides it names (None: the sides as they are)
        "الوزيران": "foreign-minister",
        "الوزيرين": "foreign-minister",
        "الوزراء": "foreign-minister",
        "الرئيسان": "president",
        "الرئيسين": "president",
        "الزعيمان": "head",
        "الزعيمين": "head",
        "القائدان": "head",
        "القائدين": "head",
        "الجانبان": None,
        "الجانبين": None,
        "الطرفان": None,
        "الطرفين": None,
        "المتحاوران": None,
        "المتحاورين": None,
        "الرجلان": None,
        "الرجلين": None,
        "البلدان": "state",
        "البلدين": "state",
        "الدولتان": "state",
        "الدولتين": "state",
        "الوفدان": "state",
        "الوفدين": "state",
        "وفدان": "state",  # بين وفدين من روسيا والولايات المتحدة
        "وفدين": "state",
        "وفود": "state",
    }
)
"""Dual and group words that name the sides of a contact already in the text, and the rank
they give them: ``"head"`` (head of state), ``"state"`` (the states themselves), a role."""

INSTITUTION_WORDS: Final = (
    "الجانب",
    "الطرف",
    "الوفد",
    "وفد",
    "الحكومة",
    "حكومة",
    "الإدارة",
    "إدارة",
    "الخارجية",
    "وزارة الخارجية",
    "الدبلوماسية",
    "السلطات",
    "القيادة",
    "مسؤولين",
    "مسؤولون",
    "مسؤول",
    "المسؤولين",
    "المسؤول",  # المسؤول الروسي: the Russian named before, else the state
    "المسؤولة",
    "القائم بالأعمال",
    "القائم بأعمال",  # القائم بأعمال سفارة الولايات المتحدة: the embassy's state
    "القائم بأعمال سفارة",
    "القنصل",  # القنصل الأمريكي العام: a consul stands for his state
    "القنصل العام",
    "الممثل الأعلى",  # الممثلة العليا للسياسة الخارجية بالاتحاد الأوروبي
    "الممثلة العليا",
    "مفوض",
    "مفوضة",
    # the European Union's foreign-policy chief (مفوضة السياسة الخارجية الأوروبية)
    *("مفوض السياسة الخارجية", "مفوضة السياسة الخارجية"),
    *("منسق السياسة الخارجية", "منسقة السياسة الخارجية"),
    *("مسؤول السياسة الخارجية", "مسؤولة السياسة الخارجية"),
)
"""Words that, with a nationality adjective (الجانب الأمريكي، وفد روسي) or a state name
(حكومة روسيا), stand for the state."""

OFFICIAL_WORDS: Final = (
    "وزير",  # وزير الدفاع الأمريكي (وزير الخارجية is a title: the longer name wins)
    "وزيرة",
    "رئيس مجلس",  # a chamber TITLES lacks: رئيس مجلس المستشارين البحريني
    "رئيسة مجلس",
    "السيناتور",
    "سيناتور",
)
"""Officials the persons table does not follow (وزير الزراعة الأمريكي، السيناتور الأمريكي):
with a nationality adjective or a state name they stand for the state, as
:data:`INSTITUTION_WORDS` do. ``وزير الخارجية``, ``وزير الدفاع`` and the other titles of
:data:`TITLES` are longer names and win."""

ANAPHORIC_OFFICIALS: Final = ("المسؤول", "المسؤولة")
"""Words of :data:`INSTITUTION_WORDS` that, with a state's adjective, take up the person of that
state named last before them (المسؤول الروسي after بوغدانوف), else stand for the state."""

DELEGATION_WORDS: Final = ("وفد", "وفدا", "الوفد", "وفود", "وفودا", "الوفود")
"""Delegation words: «من» and a state or its institution after them give the delegation's
state (وفدا من الكونغرس الأمريكي، وفد من وزارة الخارجية الروسية)."""

HEADED_BY_WORDS: Final = ("برئاسة", "يرأسه", "يترأسه", "ترأسه", "يقوده", "بقيادة")
"""Words between a delegation and its head (وفدا روسيا برئاسة المبعوث الخاص ... لافرينتيف):
the head, a person the text names, is the side, not the delegation's state."""

DELEGATION_BODIES: Final = ("مجلس", "وزارة", "البرلمان", "الكونغرس", "الكونجرس", "لجنة", "الحكومة")
"""Words that open a state body after «وفد من»: the nationality adjective a few words on is
the delegation's state (وفد من مجلس الشيوخ الأمريكي). Other groups (رجال الأعمال) are not."""

DEPARTMENT_WORDS: Final = (
    "الخارجية",
    "الدفاع",
    "الداخلية",
    "المالية",
    "الجمهورية",
    "الوزراء",
    "مجلس",
)
"""The second department of a title shared by two (وزيري الدفاع X والخارجية Y، رئيسا
الجمهورية X ومجلس النواب Y): with و on it, the name after it is the next of a list."""

NOT_NAMES: Final = frozenset(
    {
        "بان",  # بأن (that), not Ban Ki-moon
        "كانون",  # the month, not Lawrence Cannon
        "عون",  # help (عون), a name only in full (ميشال عون)
        "بري",  # land (هجوم بري): Berri only after a title (الرئيس بري)
        "حمد",
        "عباس",
        "سعد",
        "نصر",
        "أمل",
        "سلام",
        "عادل",
        "كريم",
        "جميل",
        "سعيد",
        "صالح",
        "فؤاد",
        "حسن",
        "عمر",
        "علي",
        "محمد",
        "أحمد",
        "خالد",
        "فيصل",
        "عبدالله",
        "عبد الله",
        "سلمان",
        "تميم",
        "بشار",
        "الأسد",
        "ماي",  # May (the month), not Theresa May
        "بوش",
        "مبارك",  # blessed (عيد مبارك), a given name (مبارك الفاضل): Mubarak after a title
        "رئيسي",  # main (دور رئيسي): Raisi only after a title or in full
    }
)
"""Single words that are never a person alone, though some person's short name: a word of
the language (بان = بأن after folding, عون، أمل), a month (كانون، ماي), or a first name or
family name shared by many (محمد، الأسد). Month names of every system are added by the
matcher. A full name (ميشال عون، بشار الأسد) still matches."""

NAMED_BEFORE_SHORT_NAMES: Final = ("عباس", "الأسد", "بوش", "عون", "مبارك")
"""Words of :data:`NOT_NAMES` that stand alone for their person once the text names that
person in full (محمود عباس ... وقال عباس، بشار الأسد ... والتقى الأسد): no word of the
language they could be there (not بري, which is also «by land», nor a month)."""

TITLE_QUALIFIERS: Final = (
    *("الجديد", "الجديدة", "الخاص", "الخاصة", "الرسمي", "الرسمية", "الدائم", "الدائمة"),
    *("المكلف", "المكلفة", "المستقيل", "المنتخب", "الحالي", "الحالية", "الأسبق"),
    *("بالإنابة", "بالنيابة", "المؤقت", "المؤقتة", "الانتقالي", "الانتقالية"),
    *("المنتهية", "ولايته", "ولايتها"),  # (not الأعمال: رجال الأعمال الروس are no side)
)

GOVERNMENT_NAME_WORDS: Final = (
    *("الوحدة", "الوطنية", "الوفاق", "الوطني", "الإنقاذ", "الاستقرار", "تصريف", "الأعمال"),
)
"""Words of a government's name right after a title that ends with حكومة (رئيس حكومة الوحدة
الوطنية الليبية عبد الحميد الدبيبة، رئيس حكومة الوفاق الوطني الليبية فايز السراج): part of the
title, no distance to its state or its holder's name."""
"""Words that qualify a title and stand between it and the name or the contact word without
distance (وزير الخارجية بالإنابة الطاهر الباعور، الرئيس المنتهية ولايته)."""

HONORIFICS: Final = (
    "حضرة",
    "صاحب",
    "صاحبة",
    "الجلالة",
    "جلالة",
    "السمو",
    "سمو",
    "سموه",
    "الملكي",
    "معالي",
    "فخامة",
    "دولة",
    "الشيخ",
    "الشيخة",
    "الدكتور",
    "الدكتورة",
    "السيد",
    "السيدة",
    "المعظم",
    "حفظه",
    "حفظها",
    "الله",
    "ورعاه",
    # the Gulf's and Morocco's prayers after a ruler's name (رعاه الله، نصره الله، أيده الله)
    *("رعاه", "نصره", "أيده"),
    "سعادة",
    "العماد",
    "المشير",
    # military ranks between a title and a name (وزير الدفاع الأمريكي الجنرال لويد أوستن،
    # رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان)
    *("الجنرال", "الفريق", "ركن", "اللواء", "العميد", "العقيد", "الأدميرال", "المارشال"),
    "الإمام",  # الإمام السيد علي الخامنئي
    # «his brother»: a head of state's address for another (تحادث هاتفيا مع أخيه الرئيس X)
    "أخيه",
    "أخاه",
    "أخوه",
    "شقيقه",
)
"""Words of address around a title or a name (صاحب السمو، معالي، حفظه الله، أخيه): transparent
when reading who is named."""

HONORIFIC_PRONOUNS: Final = MappingProxyType(
    {
        # pronoun: the words of address it takes up (سموه: the one called سمو before)
        "سموه": ("سمو", "السمو"),
        "سموها": ("سمو", "السمو"),
        "فخامته": ("فخامة",),
        "معاليه": ("معالي",),
        "جلالته": ("جلالة", "الجلالة"),
        "سيادته": ("سيادة",),
    }
)
"""Honorific pronouns (فقد التقى سموه، غادر سموه) -> the words of address of their antecedent:
the nearest person before them addressed with one of those words (صاحب السمو الأمير محمد بن
سلمان), else the nearest person before them in the sentence."""

HONORIFIC_PRONOUN_ROLES: Final = MappingProxyType(
    {
        # pronoun: the offices whose holders it names when no word of address came before
        "جلالته": ("king", "sultan"),
        "فخامته": ("president",),
        "سموه": ("emir", "crown-prince"),
    }
)
"""Honorific pronouns -> the roles of the persons they befit (الملك X ... وأجرى جلالته اتصالا:
the king, named without جلالة). Read only when no one was addressed with the pronoun's word
and no person stands in its sentence before it."""

ENVOY_WORDS: Final = (
    "السفير",
    "السفيرة",
    "سفير",
    "سفيرة",
    "القائم بالأعمال",
    "القائم بأعمال",
    "القائم بأعمال سفارة",
    "القنصل",
    "القنصل العام",
    "المبعوث",
    "المبعوثة",
    "مبعوث",
    "الممثل الخاص",
    "الممثلة الخاصة",
    "الممثل الشخصي",
    "الممثلة الشخصية",
    "الممثل الأعلى",
    "الممثلة العليا",
)
"""Words of an envoy or ambassador: a name after the state, the superior and the mandate that
follow them is the envoy in person (السفيرة الأمريكية في لبنان دوروثي شيا؛ المبعوث الشخصي
للأمين العام للأمم المتحدة إلى الصحراء ستيفان دي ميستورا)."""

ROYAL_ADDRESS: Final = MappingProxyType(
    {
        "king": ("الملك",),
        "emir": ("الأمير", "الشيخ"),
        "sultan": ("السلطان",),
    }
)
"""How the press names a monarch by title and given name (الملك سلمان، الشيخ مشعل، السلطان
هيثم): for every person who held the role, these forms are names of theirs. Two monarchs of
one given name (الملك عبدالله) are told apart by the one in office on the contact's date."""

PLACE_TITLE_WORDS: Final = ("حاكم", "حاكمة", "نائب حاكم")
"""Titles the table does not hold as offices, of a place written after them (حاكم دبي، حاكم
الشارقة): right after a person of that state's name, the place names where he holds it."""

SUBORDINATE_WORDS: Final = (
    *("مساعد", "مستشار", "مبعوث", "ممثل", "سفير", "وكيل", "مدير مكتب", "مكتب"),
    *("مساعدة", "مبعوثة", "ممثلة", "سفيرة", "وكيلة", "مديرة مكتب"),  # مساعدة وزيرة الخارجية
    *("نائب", "نائبة"),  # نائب رئيس الوزراء التركي: the deputy, not the prime minister
    *("مستشاري", "مساعدي", "مبعوثي"),  # plural in construct: كبير مستشاري الرئيس
)
"""Words before a title that make it someone else's: the title names the one assisted, advised,
represented or deputized, not a side (مساعد وزير الخارجية الإيراني، مستشار المرشد الإيراني،
النائب الأول للرئيس العراقي). With no name of their own, the subordinate stands for the state."""

SERVING_WORDS: Final = ("مبعوث", "مبعوثي", "مستشار", "مستشاري", "ممثل", "ممثلي")
"""Subordinate words of those who serve a superior without succeeding him: a name right after
their title of one who held it is the superior's (المبعوث الخاص للرئيس الأمريكي دونالد ترامب),
where after a deputy's (نائب، مساعد) it may be the deputy's own."""

RANK_WORDS: Final = (
    *("الشخصي", "الخاص", "الخاصة", "الرئاسي", "الأممي"),
    *("الأول", "الأولى", "الثاني", "الثانية"),  # النائب الأول للرئيس
    # the field of an adviser or envoy (المستشار السياسي للرئيس، المستشارة الدبلوماسية لـ)
    *("السياسي", "السياسية", "الدبلوماسي", "الدبلوماسية", "الإعلامي", "الإعلامية"),
    *("الاقتصادي", "الاقتصادية", "العسكري", "العسكرية", "الأمني", "الأمنية", "القانوني"),
)
"""Words of rank that may stand between a subordinate's word and the title (المبعوث الشخصي
للأمين العام، النائب الأول للرئيس)."""

SENIOR_WORDS: Final = ("كبير", "كبيرة", "أكبر")
"""Words right before a subordinate's word that belong to it (كبير مستشاري الرئيس)."""

DEPUTY_OF: Final = MappingProxyType(
    {
        "vice-president": "president",
        "deputy-prime-minister": "prime-minister",
        "deputy-foreign-minister": "foreign-minister",
    }
)
"""Deputies' roles and their superiors' (نائب الرئيس الأمريكي دونالد ترامب: the superior's
name may follow a deputy's title)."""

MISSION_WORDS: Final = ("بعثة", "بعثات")
"""Last words of a head of mission's title (رئيس بعثة): the state or organization must follow
them at once (رئيس بعثة الاتحاد الأوروبي, not رئيس بعثة الحج الإيرانية)."""

LATTER_WORDS: Final = ("الأخير", "الأخيرة")
"""The latter (قبل أن يتوجه الأخير إلى طهران): the person named last before it. Read so only
after a word without the article (a verb); after a noun (اللقاء الأخير) it means "last"."""
