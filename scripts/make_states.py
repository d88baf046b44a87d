"""Generate ``src/diplomatext/data/states.json`` from CLDR (via babel) and the hand data below.

CLDR gives every state's Arabic short name and its ISO codes; what no package
ships is written here by hand: spelling variants, nationality adjectives (the
masculine singular stem; the script writes every gender and number), capitals,
institutions that stand for the state (الكرملين، البيت الأبيض), cities where
meetings are held, organizations and named groups of states.

Run ``python scripts/make_states.py`` after editing; the library reads only the
JSON it writes (babel is not needed at run time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale
from babel.core import get_global

OUT = Path(__file__).resolve().parents[1] / "src" / "diplomatext" / "data" / "states.json"

# CLDR codes that are not states (regions, unions, pseudo-locales).
NOT_STATES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "HK", "MO", "EH"})

# id: (other names, adjective stems, irregular plural adjectives, capitals, institutions)
# Names and adjectives in natural spelling; matching folds hamza, ta marbuta and alef.
HAND: dict[str, dict[str, list[str]]] = {
    "USA": {
        "names": [
            "الولايات المتحدة",
            "الولايات المتحدة الأمريكية",
            "الولايات المتحدة الأميركية",
            "أمريكا",
            "أميركا",
            "واشنطن",
        ],
        "adjectives": ["أمريكي", "أميركي"],
        "plurals": ["أمريكان", "أميركان"],
        "capitals": ["واشنطن"],
        "institutions": [
            "البيت الأبيض",
            "البنتاغون",
            "الكونغرس",
            "الخارجية الأمريكية",
            "الخارجية الأميركية",
            "وزارة الخارجية الأمريكية",
            "وزارة الخارجية الأميركية",
        ],
    },
    "RUS": {
        "names": ["روسيا", "روسيا الاتحادية", "الاتحاد الروسي"],
        "adjectives": ["روسي"],
        "plurals": ["روس"],
        "capitals": ["موسكو"],
        "institutions": ["الكرملين", "الخارجية الروسية", "وزارة الخارجية الروسية"],
    },
    "CHN": {
        "names": ["الصين", "جمهورية الصين الشعبية"],
        "adjectives": ["صيني"],
        "capitals": ["بكين", "بيجينغ"],
        "institutions": ["الخارجية الصينية"],
    },
    "GBR": {
        "names": [
            "المملكة المتحدة",
            "بريطانيا",
            # its full name, so that أيرلندا الشمالية is never the Republic of Ireland
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
            "المملكة المتحدة وأيرلندا الشمالية",
            "المملكة المتحدة وشمال أيرلندا",
        ],
        "adjectives": ["بريطاني"],
        "capitals": ["لندن"],
        "institutions": ["داونينغ ستريت", "الخارجية البريطانية"],
    },
    "FRA": {
        "names": ["فرنسا"],
        "adjectives": ["فرنسي"],
        "capitals": ["باريس"],
        "institutions": ["الإليزيه", "قصر الإليزيه", "الخارجية الفرنسية"],
    },
    "DEU": {
        "names": ["ألمانيا"],
        "adjectives": ["ألماني"],
        "plurals": ["ألمان"],
        "capitals": ["برلين"],
    },
    "ITA": {"names": ["إيطاليا"], "adjectives": ["إيطالي"], "capitals": ["روما"]},
    "JPN": {"names": ["اليابان"], "adjectives": ["ياباني"], "capitals": ["طوكيو"]},
    "IND": {
        "names": ["الهند"],
        "adjectives": ["هندي"],
        "plurals": ["هنود"],
        "capitals": ["نيودلهي"],
    },
    "IDN": {
        "names": ["إندونيسيا", "أندونيسيا"],
        "adjectives": ["إندونيسي"],
        "capitals": ["جاكرتا"],
    },
    "KOR": {
        "names": ["كوريا الجنوبية"],
        "adjectives": ["كوري جنوبي"],
        "capitals": ["سول", "سيئول"],
    },
    "PRK": {"names": ["كوريا الشمالية"], "adjectives": ["كوري شمالي"], "capitals": ["بيونغ يانغ"]},
    "BRA": {"names": ["البرازيل"], "adjectives": ["برازيلي"], "capitals": ["برازيليا"]},
    "ARG": {"names": ["الأرجنتين"], "adjectives": ["أرجنتيني"], "capitals": ["بوينس آيرس"]},
    "MEX": {"names": ["المكسيك"], "adjectives": ["مكسيكي"], "capitals": ["مكسيكو"]},
    "CAN": {"names": ["كندا"], "adjectives": ["كندي"], "capitals": ["أوتاوا"]},
    "AUS": {"names": ["أستراليا", "استراليا"], "adjectives": ["أسترالي"], "capitals": ["كانبرا"]},
    "ZAF": {
        "names": ["جنوب أفريقيا", "جنوب إفريقيا"],
        "adjectives": ["جنوب أفريقي", "جنوب إفريقي"],
        "capitals": ["بريتوريا"],
    },
    "TUR": {
        "names": ["تركيا"],
        "adjectives": ["تركي"],
        "plurals": ["أتراك"],
        "capitals": ["أنقرة"],
    },
    "SAU": {
        "names": ["السعودية", "المملكة العربية السعودية"],
        "adjectives": ["سعودي"],
        "capitals": ["الرياض"],
    },
    "IRN": {
        "names": ["إيران", "الجمهورية الإسلامية الإيرانية"],
        "adjectives": ["إيراني"],
        "capitals": ["طهران"],
    },
    "ISR": {"names": ["إسرائيل"], "adjectives": ["إسرائيلي"], "capitals": ["تل أبيب"]},
    "UKR": {"names": ["أوكرانيا"], "adjectives": ["أوكراني"], "capitals": ["كييف", "كيف"]},
    "EGY": {
        "names": ["مصر", "جمهورية مصر العربية"],
        "adjectives": ["مصري"],
        "capitals": ["القاهرة"],
    },
    "DZA": {"names": ["الجزائر"], "adjectives": ["جزائري"], "capitals": ["الجزائر العاصمة"]},
    "BHR": {
        "names": ["البحرين", "مملكة البحرين"],
        "adjectives": ["بحريني"],
        "capitals": ["المنامة"],
    },
    "COM": {"names": ["جزر القمر", "القمر"], "adjectives": ["قمري"], "capitals": ["موروني"]},
    "DJI": {"names": ["جيبوتي"], "adjectives": ["جيبوتي"]},
    "IRQ": {"names": ["العراق"], "adjectives": ["عراقي"], "capitals": ["بغداد"]},
    "JOR": {
        "names": ["الأردن", "المملكة الأردنية الهاشمية"],
        "adjectives": ["أردني"],
        "capitals": ["عمان"],
    },
    "KWT": {"names": ["الكويت", "دولة الكويت"], "adjectives": ["كويتي"]},
    "LBN": {"names": ["لبنان"], "adjectives": ["لبناني"], "capitals": ["بيروت"]},
    "LBY": {"names": ["ليبيا"], "adjectives": ["ليبي"], "capitals": ["طرابلس"]},
    "MRT": {"names": ["موريتانيا"], "adjectives": ["موريتاني"], "capitals": ["نواكشوط"]},
    "MAR": {
        "names": ["المغرب", "المملكة المغربية"],
        "adjectives": ["مغربي"],
        "capitals": ["الرباط"],
    },
    "OMN": {
        "names": ["عمان", "سلطنة عمان", "سلطنة عُمان"],
        "adjectives": ["عماني"],
        "capitals": ["مسقط"],
    },
    "PSE": {
        "names": ["فلسطين", "دولة فلسطين"],
        "adjectives": ["فلسطيني"],
        "capitals": ["رام الله"],
    },
    "QAT": {"names": ["قطر", "دولة قطر"], "adjectives": ["قطري"], "capitals": ["الدوحة"]},
    "SOM": {"names": ["الصومال"], "adjectives": ["صومالي"], "capitals": ["مقديشو"]},
    "SDN": {"names": ["السودان"], "adjectives": ["سوداني"], "capitals": ["الخرطوم"]},
    "SYR": {
        "names": ["سوريا", "سورية", "الجمهورية العربية السورية"],
        "adjectives": ["سوري"],
        "capitals": ["دمشق"],
    },
    "TUN": {"names": ["تونس"], "adjectives": ["تونسي"]},
    "ARE": {
        "names": ["الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"],
        "adjectives": ["إماراتي"],
        "capitals": ["أبوظبي", "أبو ظبي"],
    },
    "YEM": {"names": ["اليمن"], "adjectives": ["يمني"], "capitals": ["صنعاء"]},
    "AFG": {"names": ["أفغانستان"], "adjectives": ["أفغاني"], "capitals": ["كابل"]},
    "PAK": {"names": ["باكستان"], "adjectives": ["باكستاني"], "capitals": ["إسلام آباد"]},
    "ESP": {"names": ["إسبانيا"], "adjectives": ["إسباني"], "capitals": ["مدريد"]},
    "GRC": {"names": ["اليونان"], "adjectives": ["يوناني"], "capitals": ["أثينا"]},
    "CYP": {"names": ["قبرص"], "adjectives": ["قبرصي"], "capitals": ["نيقوسيا"]},
    "ETH": {"names": ["إثيوبيا"], "adjectives": ["إثيوبي"], "capitals": ["أديس أبابا"]},
    "AZE": {"names": ["أذربيجان"], "adjectives": ["أذربيجاني"], "capitals": ["باكو"]},
    "ARM": {"names": ["أرمينيا"], "adjectives": ["أرميني"], "capitals": ["يريفان"]},
    "BLR": {
        "names": ["بيلاروسيا", "روسيا البيضاء"],
        "adjectives": ["بيلاروسي"],
        "capitals": ["مينسك"],
    },
    "VEN": {"names": ["فنزويلا"], "adjectives": ["فنزويلي"], "capitals": ["كاراكاس"]},
    "CUB": {"names": ["كوبا"], "adjectives": ["كوبي"], "capitals": ["هافانا"]},
    "NLD": {"names": ["هولندا"], "adjectives": ["هولندي"], "capitals": ["أمستردام"]},
    "BEL": {"names": ["بلجيكا"], "adjectives": ["بلجيكي"], "capitals": ["بروكسل"]},
    "CHE": {
        "names": ["سويسرا", "الاتحاد السويسري", "الاتحاد الكونفدرالي السويسري"],
        "adjectives": ["سويسري"],
        "capitals": ["برن"],
    },
    "AUT": {"names": ["النمسا"], "adjectives": ["نمساوي"], "capitals": ["فيينا"]},
    "POL": {"names": ["بولندا"], "adjectives": ["بولندي"], "capitals": ["وارسو"]},
    "NOR": {"names": ["النرويج"], "adjectives": ["نرويجي"], "capitals": ["أوسلو"]},
    "SWE": {"names": ["السويد"], "adjectives": ["سويدي"], "capitals": ["ستوكهولم"]},
    "KAZ": {"names": ["كازاخستان"], "adjectives": ["كازاخستاني"], "capitals": ["أستانا"]},
    "MYS": {"names": ["ماليزيا"], "adjectives": ["ماليزي"], "capitals": ["كوالالمبور"]},
    "VAT": {"names": ["الفاتيكان"], "adjectives": ["فاتيكاني"]},
    "TCD": {"names": ["تشاد", "اتشاد"], "adjectives": ["تشادي"]},  # اتشاد: Mauritanian press
}


# Spellings the Arab press uses beside CLDR's and the hand table's (names, adjective stems,
# irregular plurals, capitals): added to them, never replacing a generated adjective.
PRESS: dict[str, dict[str, list[str]]] = {
    "AFG": {
        "names": ["جمهورية أفغانستان الإسلامية", "إمارة أفغانستان الإسلامية"],
        "plurals": ["أفغان"],
    },
    "AGO": {"capitals": ["لواندا"], "names": ["جمهورية أنغولا"]},
    "ALB": {"capitals": ["تيرانا"], "names": ["جمهورية ألبانيا"]},
    "AND": {"capitals": ["أندورا لا فيلا"], "names": ["إمارة أندورا"]},
    "ARE": {"names": ["دولة الإمارات العربية المتحدة"]},
    "ARG": {"capitals": ["بوينوس آيرس"], "names": ["جمهورية الأرجنتين"]},
    "ARM": {"adjectives": ["أرمني"], "capitals": ["يرفان"], "names": ["جمهورية أرمينيا"]},
    "ATG": {"capitals": ["سانت جونز"], "names": ["أنتيغوا وباربودا", "أنتيغوا"]},
    "AUS": {"names": ["كومنولث أستراليا"]},
    "AUT": {"names": ["جمهورية النمسا"]},
    "AZE": {"adjectives": ["أذري"], "names": ["جمهورية أذربيجان"]},
    "BDI": {
        "adjectives": ["بوروندي"],
        "capitals": ["جيتيغا", "غيتيغا", "بوجمبورا"],
        "names": ["جمهورية بوروندي"],
    },
    "BEL": {"names": ["مملكة بلجيكا"]},
    "BEN": {"capitals": ["بورتو نوفو", "كوتونو"], "names": ["جمهورية بنين"]},
    "BFA": {
        "adjectives": ["بوركينابي"],
        "capitals": ["واغادوغو", "أوغادوغو"],
        "names": ["بوركينافاسو", "بوركينا"],
    },
    "BGD": {"capitals": ["دكا", "داكا"], "names": ["بنغلادش", "جمهورية بنغلاديش الشعبية"]},
    "BGR": {"names": ["جمهورية بلغاريا"]},
    "BHS": {
        "capitals": ["ناساو", "ناسو"],
        "names": ["البهاما", "جزر الباهاما", "الباهاما", "كومنولث جزر البهاما"],
    },
    "BIH": {
        "adjectives": ["بوسني"],
        "capitals": ["سراييفو"],
        "names": ["البوسنة", "جمهورية البوسنة والهرسك"],
    },
    "BLR": {"names": ["جمهورية بيلاروسيا", "جمهورية بيلاروس", "بيلوروسيا"]},
    "BLZ": {"capitals": ["بلموبان"]},
    "BOL": {
        "capitals": ["لاباز", "لا باز", "سوكري"],
        "names": ["جمهورية بوليفيا", "دولة بوليفيا المتعددة القوميات"],
    },
    "BRA": {"names": ["جمهورية البرازيل الاتحادية"]},
    "BRB": {"capitals": ["بريدجتاون"], "names": ["باربادوس"]},
    "BRN": {
        "adjectives": ["بروناوي"],
        "capitals": ["بندر سري بيغاوان", "بندر سيري بيغاوان"],
        "names": ["بروناي دار السلام", "سلطنة بروناي", "سلطنة بروناي دار السلام"],
    },
    "BTN": {"capitals": ["تيمفو"], "names": ["مملكة بوتان", "بهوتان"]},
    "BWA": {"capitals": ["غابورون"], "names": ["جمهورية بوتسوانا"]},
    "CAF": {"capitals": ["بانغي"], "names": ["أفريقيا الوسطى"]},
    "CHE": {"capitals": ["بيرن"]},
    "CHL": {
        "adjectives": ["تشيلي"],
        "capitals": ["سانتياغو دي تشيلي"],
        "names": ["الشيلي", "جمهورية تشيلي"],
    },
    "CHN": {"names": ["الصين الشعبية"]},
    "CIV": {
        "adjectives": ["إيفواري"],
        "capitals": ["ياموسوكرو", "أبيدجان"],
        "names": ["كوت ديفوار", "كوت دي فوار", "جمهورية كوت ديفوار", "جمهورية ساحل العاج"],
    },
    "CMR": {"capitals": ["ياوندي"], "names": ["جمهورية الكاميرون", "الكامرون"]},
    "COD": {
        "capitals": ["كينشاسا"],
        "names": [
            "جمهورية الكونغو الديمقراطية",
            "الكونغو الديمقراطية",
            "الكونغو الديموقراطية",
            "جمهورية الكونغو الديموقراطية",
            "الكونغو كينشاسا",
            "كونغو كينشاسا",
        ],
    },
    "COG": {
        "capitals": ["برازافيل"],
        "names": ["جمهورية الكونغو", "الكونغو برازافيل", "كونغو برازافيل"],
    },
    "COL": {"capitals": ["بوغوتا"], "names": ["جمهورية كولومبيا"]},
    "COM": {"names": ["الاتحاد القمري", "جمهورية القمر المتحدة", "جمهورية جزر القمر المتحدة"]},
    "CPV": {
        "capitals": ["برايا"],
        "names": ["كاب فيردي", "كابو فيردي", "جمهورية الرأس الأخضر", "جزر الرأس الأخضر"],
    },
    "CRI": {"names": ["كوستا ريكا", "جمهورية كوستاريكا"]},
    "CUB": {"names": ["جمهورية كوبا"]},
    "CYP": {"names": ["جمهورية قبرص"]},
    "CZE": {"capitals": ["براغ"], "names": ["جمهورية التشيك", "تشيكيا", "الجمهورية التشيكية"]},
    "DEU": {"names": ["جمهورية ألمانيا الاتحادية", "ألمانيا الاتحادية"]},
    "DJI": {"capitals": ["مدينة جيبوتي"], "names": ["جمهورية جيبوتي"]},
    "DMA": {"names": ["كومنولث دومينيكا"]},
    "DNK": {
        "adjectives": ["دنماركي", "دنمركي", "دانماركي"],
        "capitals": ["كوبنهاغن", "كوبنهاجن"],
        "names": ["الدنمارك", "الدنمرك", "مملكة الدنمارك", "مملكة الدنمرك", "الدانمارك"],
    },
    "DOM": {"adjectives": ["دومينيكاني"], "capitals": ["سانتو دومينغو"], "names": ["الدومينيكان"]},
    "DZA": {"names": ["الجمهورية الجزائرية الديمقراطية الشعبية", "الجمهورية الجزائرية"]},
    "ECU": {"capitals": ["كيتو"], "names": ["إكوادور", "جمهورية الإكوادور"]},
    "EGY": {"capitals": ["العاصمة الإدارية الجديدة"]},
    "ERI": {
        "adjectives": ["إرتري", "إرتيري"],
        "capitals": ["أسمرة", "أسمرا"],
        "names": ["دولة إريتريا", "إرتريا", "إرتيريا"],
    },
    "ESP": {"names": ["مملكة إسبانيا"], "plurals": ["إسبان"]},
    "EST": {"capitals": ["تالين"], "names": ["جمهورية إستونيا"]},
    "ETH": {
        "names": [
            "جمهورية إثيوبيا الديمقراطية الاتحادية",
            "جمهورية إثيوبيا الديمقراطية الفيدرالية",
            "جمهورية إثيوبيا الفيدرالية",
            "الحبشة",
        ]
    },
    "FIN": {
        "adjectives": ["فينلندي"],
        "capitals": ["هلسنكي", "هيلسنكي"],
        "names": ["جمهورية فنلندا", "فينلندا"],
    },
    "FJI": {"adjectives": ["فيجي"], "capitals": ["سوفا"], "names": ["جمهورية فيجي", "جزر فيجي"]},
    "FRA": {"names": ["الجمهورية الفرنسية"]},
    "FSM": {"capitals": ["باليكير"], "names": ["ولايات ميكرونيزيا الموحدة", "ميكرونيسيا"]},
    "GAB": {"capitals": ["ليبرفيل"], "names": ["الجمهورية الغابونية", "جمهورية الغابون", "غابون"]},
    "GEO": {"capitals": ["تبليسي"]},
    "GHA": {"capitals": ["أكرا"], "names": ["جمهورية غانا"]},
    "GIN": {"capitals": ["كوناكري"], "names": ["جمهورية غينيا", "غينيا كوناكري"]},
    "GMB": {"capitals": ["بانجول"], "names": ["جمهورية غامبيا", "جمهورية الغامبيا", "الغامبيا"]},
    "GNB": {"capitals": ["بيساو"], "names": ["جمهورية غينيا بيساو"]},
    "GNQ": {"capitals": ["مالابو"], "names": ["جمهورية غينيا الاستوائية"]},
    "GRC": {"names": ["الجمهورية الهيلينية"]},
    "GRD": {"capitals": ["سانت جورجز"]},
    "GTM": {"capitals": ["مدينة غواتيمالا", "غواتيمالا سيتي"], "names": ["جمهورية غواتيمالا"]},
    "GUY": {"names": ["جمهورية غيانا التعاونية", "غويانا"]},
    "HND": {"capitals": ["تيغوسيغالبا"], "names": ["الهندوراس", "جمهورية هندوراس"]},
    "HRV": {"capitals": ["زغرب", "زاغرب"], "names": ["جمهورية كرواتيا"]},
    "HTI": {
        "adjectives": ["هايتي", "هاييتي"],
        "capitals": ["بورت أو برنس", "بور أو برنس"],
        "names": ["هاييتي", "جمهورية هايتي"],
    },
    "HUN": {"capitals": ["بودابست"], "names": ["المجر", "جمهورية المجر"]},
    "IDN": {"names": ["جمهورية إندونيسيا"]},
    "IND": {"capitals": ["نيو دلهي"], "names": ["جمهورية الهند"]},
    "IRL": {
        "adjectives": ["أيرلاندي"],
        "capitals": ["دبلن"],
        "names": ["جمهورية أيرلندا", "أيرلاندا"],
    },
    "IRN": {"names": ["جمهورية إيران الإسلامية"]},
    "IRQ": {"names": ["جمهورية العراق"]},
    "ISL": {
        "adjectives": ["أيسلاندي"],
        "capitals": ["ريكيافيك"],
        "names": ["أيسلاندا", "جمهورية آيسلندا"],
    },
    "ISR": {"names": ["دولة إسرائيل", "الدولة العبرية", "الكيان الإسرائيلي", "الكيان الصهيوني"]},
    "ITA": {"names": ["الجمهورية الإيطالية"], "plurals": ["طليان"]},
    "JAM": {"capitals": ["كينغستون"], "names": ["جمايكا"]},
    "JOR": {"names": ["المملكة الأردنية", "المملكة الهاشمية"]},
    "KAZ": {
        "adjectives": ["كازاخي"],
        "capitals": ["أستانة"],
        "names": ["جمهورية كازاخستان", "قازاقستان", "كازخستان"],
    },
    "KEN": {"capitals": ["نيروبي"], "names": ["جمهورية كينيا"]},
    "KGZ": {
        "adjectives": ["قيرغيزي", "قرغيزي"],
        "capitals": ["بيشكيك"],
        "names": [
            "قرغيزستان",
            "قيرغيزيا",
            "قرغيزيا",
            "كيرغيزستان",
            "جمهورية قيرغيزستان",
            "الجمهورية القيرغيزية",
        ],
    },
    "KHM": {
        "adjectives": ["كامبودي"],
        "capitals": ["بنوم بنه", "بنوم بن"],
        "names": ["مملكة كمبوديا", "كامبوديا"],
    },
    "KIR": {"capitals": ["تاراوا"], "names": ["جمهورية كيريباتي"]},
    "KNA": {"capitals": ["باستير"], "names": ["سانت كيتس ونيفس"]},
    "KOR": {"names": ["جمهورية كوريا"]},
    "KWT": {"capitals": ["مدينة الكويت"]},
    "LAO": {
        "capitals": ["فيينتيان", "فينتيان"],
        "names": ["جمهورية لاو الديمقراطية الشعبية", "جمهورية لاوس"],
    },
    "LBN": {"names": ["الجمهورية اللبنانية"]},
    "LBR": {
        "adjectives": ["ليبري"],
        "capitals": ["مونروفيا"],
        "names": ["جمهورية ليبيريا", "ليبريا"],
    },
    "LBY": {"names": ["دولة ليبيا"]},
    "LCA": {"capitals": ["كاستريس"]},
    "LIE": {"capitals": ["فادوز", "فادوتس"], "names": ["إمارة ليختنشتاين", "ليشتنشتاين"]},
    "LKA": {
        "capitals": ["كولومبو", "سري جاياواردنابورا كوتي"],
        "names": ["سري لانكا", "جمهورية سريلانكا الديمقراطية الاشتراكية"],
    },
    "LSO": {"capitals": ["ماسيرو"], "names": ["مملكة ليسوتو"]},
    "LTU": {
        "adjectives": ["لتواني", "ليثواني"],
        "capitals": ["فيلنيوس"],
        "names": ["جمهورية ليتوانيا", "لتوانيا", "ليثوانيا"],
    },
    "LUX": {"capitals": ["مدينة لوكسمبورغ"], "names": ["دوقية لوكسمبورغ الكبرى", "لكسمبورغ"]},
    "LVA": {"capitals": ["ريغا"], "names": ["جمهورية لاتفيا"]},
    "MAR": {"names": ["المملكة المغربية الشريفة"], "plurals": ["مغاربة"]},
    "MCO": {"names": ["إمارة موناكو"]},
    "MDA": {
        "adjectives": ["مولدافي"],
        "capitals": ["كيشيناو", "تشيسيناو"],
        "names": ["جمهورية مولدوفا", "مولدافيا"],
    },
    "MDG": {"adjectives": ["ملغاشي"], "capitals": ["أنتاناناريفو"], "names": ["جمهورية مدغشقر"]},
    "MDV": {"adjectives": ["مالديفي"], "names": ["المالديف", "جمهورية المالديف"]},
    "MEX": {"capitals": ["مكسيكو سيتي", "مدينة مكسيكو"], "names": ["الولايات المكسيكية المتحدة"]},
    "MHL": {"names": ["جمهورية جزر مارشال"]},
    "MKD": {
        "adjectives": ["مقدوني"],
        "capitals": ["سكوبيي", "سكوبيه"],
        "names": ["مقدونيا", "جمهورية مقدونيا الشمالية", "جمهورية مقدونيا"],
    },
    "MLI": {"capitals": ["باماكو"], "names": ["جمهورية مالي"]},
    "MLT": {"capitals": ["فاليتا"], "names": ["جمهورية مالطا", "مالطة"]},
    "MMR": {
        "adjectives": ["ميانماري", "بورمي"],
        "capitals": ["نايبيداو", "ناي بي تاو", "نايبيتاو"],
        "names": ["ميانمار", "بورما", "جمهورية اتحاد ميانمار"],
    },
    "MNE": {
        "adjectives": ["مونتينيغري"],
        "capitals": ["بودغوريتسا", "بودغوريكا"],
        "names": ["مونتينيغرو", "جمهورية الجبل الأسود"],
    },
    "MNG": {
        "adjectives": ["مونغولي"],
        "capitals": ["أولان باتور", "أولانباتار", "أولان باتار"],
        "names": ["مونغوليا"],
    },
    "MOZ": {
        "adjectives": ["موزامبيقي"],
        "capitals": ["مابوتو"],
        "names": ["جمهورية موزمبيق", "الموزمبيق", "موزامبيق"],
    },
    "MRT": {"names": ["الجمهورية الإسلامية الموريتانية"]},
    "MUS": {"capitals": ["بورت لويس"], "names": ["جمهورية موريشيوس"]},
    "MWI": {
        "adjectives": ["ملاوي", "مالاوي"],
        "capitals": ["ليلونغوي"],
        "names": ["مالاوي", "جمهورية ملاوي"],
    },
    "MYS": {"capitals": ["بوتراجايا"]},
    "NAM": {"capitals": ["ويندهوك"], "names": ["جمهورية ناميبيا"]},
    "NER": {"capitals": ["نيامي"], "names": ["جمهورية النيجر"]},
    "NGA": {
        "capitals": ["أبوجا"],
        "names": ["جمهورية نيجيريا الاتحادية", "جمهورية نيجيريا الفيدرالية"],
    },
    "NIC": {"capitals": ["ماناغوا"], "names": ["جمهورية نيكاراغوا"]},
    "NLD": {"names": ["مملكة هولندا"]},
    "NOR": {"adjectives": ["نروجي"], "names": ["مملكة النرويج", "النروج"]},
    "NPL": {"capitals": ["كاتماندو"], "names": ["النيبال", "جمهورية نيبال الديمقراطية الاتحادية"]},
    "NRU": {"capitals": ["يارين"], "names": ["جمهورية ناورو"]},
    "NZL": {
        "adjectives": ["نيوزيلاندي"],
        "capitals": ["ويلينغتون", "ولينغتون"],
        "names": ["نيوزيلاندا", "نيوزلندا"],
    },
    "PAK": {"names": ["جمهورية باكستان الإسلامية", "الباكستان"]},
    "PAN": {"capitals": ["مدينة بنما", "بنما سيتي"], "names": ["جمهورية بنما", "باناما"]},
    "PER": {"adjectives": ["بيروفي"], "capitals": ["ليما"], "names": ["البيرو", "جمهورية بيرو"]},
    "PHL": {
        "adjectives": ["فيليبيني", "فيلبيني"],
        "capitals": ["مانيلا"],
        "names": ["الفيليبين", "الفيلبين", "جمهورية الفلبين"],
    },
    "PLW": {"capitals": ["نغيرولمود"], "names": ["جمهورية بالاو"]},
    "PNG": {
        "capitals": ["بورت مورسبي"],
        "names": ["بابوا نيو غينيا", "دولة بابوا غينيا الجديدة المستقلة"],
    },
    "POL": {"names": ["جمهورية بولندا"]},
    "PRK": {
        "capitals": ["بيونغيانغ"],
        "names": [
            "جمهورية كوريا الديمقراطية الشعبية",
            "جمهورية كوريا الديمقراطية",  # (the name of the south is the first two words)
            "كوريا الديمقراطية",
            "كوريا الديمقراطية الشعبية",
        ],
    },
    "PRT": {"capitals": ["لشبونة"], "names": ["الجمهورية البرتغالية"]},
    "PRY": {
        "adjectives": ["باراغوايي"],
        "capitals": ["أسونسيون"],
        "names": ["الباراغواي", "البراغواي", "جمهورية باراغواي"],
    },
    "ROU": {"capitals": ["بوخارست"], "names": ["جمهورية رومانيا"]},
    "RWA": {"capitals": ["كيغالي", "كيجالي"], "names": ["جمهورية رواندا"]},
    "SDN": {"names": ["جمهورية السودان"]},
    "SEN": {
        "capitals": ["داكار", "دكار"],
        "names": ["جمهورية السنغال", "السينغال", "السنيغال"],  # السينغال: Tunisian press
        "adjectives": ["سينغالي", "سنيغالي"],  # السنيغالية: Algerian press
    },
    "SGP": {"names": ["جمهورية سنغافورة"]},
    "SLB": {"capitals": ["هونيارا"], "names": ["جزر سولومون"]},
    "SLE": {"capitals": ["فريتاون"], "names": ["جمهورية سيراليون", "سيرا ليون"]},
    "SLV": {"capitals": ["سان سلفادور"], "names": ["جمهورية السلفادور"]},
    "SMR": {"names": ["جمهورية سان مارينو"]},
    "SOM": {
        "names": ["جمهورية الصومال الفيدرالية", "جمهورية الصومال الفدرالية", "جمهورية الصومال"]
    },
    "SRB": {"capitals": ["بلغراد"], "names": ["جمهورية صربيا"]},
    "SSD": {
        "adjectives": ["جنوب سوداني"],
        "capitals": ["جوبا"],
        "names": ["جمهورية جنوب السودان", "دولة جنوب السودان"],
    },
    "STP": {
        "capitals": ["ساو تومي"],
        "names": ["ساو تومي وبرينسيب", "جمهورية ساو تومي وبرينسيبي الديمقراطية"],
    },
    "SUR": {"capitals": ["باراماريبو"], "names": ["جمهورية سورينام"]},
    "SVK": {"capitals": ["براتيسلافا"], "names": ["الجمهورية السلوفاكية", "جمهورية سلوفاكيا"]},
    "SVN": {"capitals": ["ليوبليانا", "لوبليانا"], "names": ["جمهورية سلوفينيا"]},
    "SWE": {"names": ["مملكة السويد"]},
    "SWZ": {
        "adjectives": ["سوازي"],
        "capitals": ["مبابان", "مباباني"],
        "names": ["سوازيلاند", "مملكة إسواتيني", "إيسواتيني", "سوازيلند"],
    },
    "SYC": {"names": ["جمهورية سيشل", "سيشيل", "جزر سيشل"]},
    "TCD": {"capitals": ["نجامينا", "انجامينا", "انجمينا"], "names": ["جمهورية تشاد"]},
    "TGO": {
        "adjectives": ["توغولي", "طوغولي"],
        "capitals": ["لومي"],
        "names": ["جمهورية توغو", "الطوغو", "التوغو", "طوغو"],
    },
    "THA": {
        "adjectives": ["تايلندي"],
        "capitals": ["بانكوك"],
        "names": ["مملكة تايلاند", "تايلند"],
    },
    "TJK": {
        "adjectives": ["طاجيكي"],
        "capitals": ["دوشنبه", "دوشانبي"],
        "names": ["جمهورية طاجيكستان", "طاجكستان"],
    },
    "TKM": {"capitals": ["عشق آباد"], "names": ["تركمنستان"]},
    "TLS": {
        "names": [
            "تيمور الشرقية",
            "تيمور ليشتي",
            "جمهورية تيمور الشرقية الديمقراطية",
            "جمهورية تيمور ليشتي الديمقراطية",
        ]
    },
    "TON": {"capitals": ["نوكوالوفا"], "names": ["مملكة تونغا"]},
    "TTO": {"capitals": ["بورت أوف سبين"], "names": ["جمهورية ترينيداد وتوباغو"]},
    "TUN": {"capitals": ["تونس العاصمة"], "names": ["الجمهورية التونسية"]},
    "TUR": {"names": ["الجمهورية التركية", "جمهورية تركيا"]},
    "TUV": {"capitals": ["فونافوتي"]},
    "TWN": {"capitals": ["تايبيه", "تايبي"]},
    "TZA": {
        "adjectives": ["تانزاني"],
        "capitals": ["دودوما"],
        "names": ["جمهورية تنزانيا المتحدة", "تانزانيا"],
    },
    "UGA": {
        "adjectives": ["يوغندي"],
        "capitals": ["كمبالا"],
        "names": ["جمهورية أوغندا", "يوغندا"],
    },
    "URY": {
        "adjectives": ["أوروغوياني", "أوروغوايي"],
        "capitals": ["مونتيفيديو"],
        "names": ["الأوروغواي", "أوروغواي", "الأورغواي", "جمهورية الأوروغواي الشرقية"],
    },
    "UZB": {
        "adjectives": ["أوزبكي"],
        "capitals": ["طشقند"],
        "names": ["جمهورية أوزبكستان", "أوزباكستان"],
    },
    "VAT": {
        "names": [
            "الكرسي الرسولي",
            "حاضرة الفاتيكان",
            "دولة الفاتيكان",
            "مدينة الفاتيكان",
            "دولة مدينة الفاتيكان",
        ]
    },
    "VCT": {"capitals": ["كينغستاون"], "names": ["سانت فنسنت والغرينادين", "سانت فنسنت وغرينادين"]},
    "VEN": {"names": ["جمهورية فنزويلا البوليفارية"]},
    "VNM": {
        "adjectives": ["فييتنامي"],
        "capitals": ["هانوي"],
        "names": ["فييتنام", "الفيتنام", "جمهورية فيتنام الاشتراكية"],
    },
    "VUT": {"capitals": ["بورت فيلا"], "names": ["جمهورية فانواتو"]},
    "WSM": {"capitals": ["آبيا"], "names": ["دولة ساموا المستقلة"]},
    "XKK": {
        "adjectives": ["كوسوفي"],
        "capitals": ["بريشتينا"],
        "names": ["جمهورية كوسوفو", "كوسوفا"],
    },
    "YEM": {"names": ["الجمهورية اليمنية"]},
    "ZAF": {"capitals": ["كيب تاون", "كيبتاون", "بلومفونتين"], "names": ["جمهورية جنوب أفريقيا"]},
    "ZMB": {"capitals": ["لوساكا"], "names": ["جمهورية زامبيا"]},
    "ZWE": {"adjectives": ["زيمبابوي"], "capitals": ["هراري"], "names": ["جمهورية زيمبابوي"]},
}

# Cities that are not capitals but host diplomacy, and capitals whose id the table above
# does not give. id: lower-case English name with hyphens (the guideline's place ids).
CITIES: list[tuple[str, str | None, list[str]]] = [
    ("washington", "USA", ["واشنطن"]),
    ("new-york", "USA", ["نيويورك"]),
    ("moscow", "RUS", ["موسكو"]),
    ("sochi", "RUS", ["سوتشي", "سوتشى"]),
    ("saint-petersburg", "RUS", ["سان بطرسبورغ", "سانت بطرسبرغ", "بطرسبورغ", "سان بطرسبرج"]),
    ("beijing", "CHN", ["بكين", "بيجينغ"]),
    ("london", "GBR", ["لندن"]),
    ("paris", "FRA", ["باريس"]),
    ("berlin", "DEU", ["برلين"]),
    ("munich", "DEU", ["ميونخ"]),
    ("rome", "ITA", ["روما"]),
    ("tokyo", "JPN", ["طوكيو"]),
    ("osaka", "JPN", ["أوساكا"]),
    ("new-delhi", "IND", ["نيودلهي"]),
    ("ankara", "TUR", ["أنقرة"]),
    ("istanbul", "TUR", ["إسطنبول", "اسطنبول"]),
    ("antalya", "TUR", ["أنطاليا"]),
    ("riyadh", "SAU", ["الرياض"]),
    ("jeddah", "SAU", ["جدة"]),
    ("neom", "SAU", ["نيوم"]),
    ("taif", "SAU", ["الطائف"]),
    ("diriyah", "SAU", ["الدرعية"]),
    ("aqaba", "JOR", ["العقبة"]),
    ("ras-al-khaimah", "ARE", ["رأس الخيمة"]),
    ("fujairah", "ARE", ["الفجيرة"]),
    ("sohar", "OMN", ["صحار"]),
    ("tobruk", "LBY", ["طبرق"]),
    ("sidon", "LBN", ["صيدا"]),
    ("almaty", "KAZ", ["ألماتي"]),
    ("hiroshima", "JPN", ["هيروشيما"]),
    ("tehran", "IRN", ["طهران"]),
    ("cairo", "EGY", ["القاهرة"]),
    ("sharm-el-sheikh", "EGY", ["شرم الشيخ"]),
    ("baghdad", "IRQ", ["بغداد"]),
    ("amman", "JOR", ["عمان"]),
    ("beirut", "LBN", ["بيروت"]),
    ("damascus", "SYR", ["دمشق"]),
    ("doha", "QAT", ["الدوحة"]),
    ("abu-dhabi", "ARE", ["أبوظبي", "أبو ظبي"]),
    ("dubai", "ARE", ["دبي"]),
    ("muscat", "OMN", ["مسقط"]),
    ("manama", "BHR", ["المنامة"]),
    ("kuwait-city", "KWT", ["مدينة الكويت"]),
    ("rabat", "MAR", ["الرباط"]),
    ("algiers", "DZA", ["الجزائر العاصمة"]),
    ("tunis", "TUN", ["تونس العاصمة"]),
    ("tripoli", "LBY", ["طرابلس"]),
    ("khartoum", "SDN", ["الخرطوم"]),
    ("sanaa", "YEM", ["صنعاء"]),
    ("ramallah", "PSE", ["رام الله"]),
    ("jerusalem", None, ["القدس"]),  # no state: its status is disputed
    ("kyiv", "UKR", ["كييف", "كيف"]),
    ("minsk", "BLR", ["مينسك"]),
    ("geneva", "CHE", ["جنيف"]),
    ("vienna", "AUT", ["فيينا"]),
    ("brussels", "BEL", ["بروكسل"]),
    ("the-hague", "NLD", ["لاهاي"]),
    ("madrid", "ESP", ["مدريد"]),
    ("oslo", "NOR", ["أوسلو"]),
    ("stockholm", "SWE", ["ستوكهولم"]),
    ("helsinki", "FIN", ["هلسنكي"]),
    ("reykjavik", "ISL", ["ريكيافيك", "ريكيافيك"]),
    ("astana", "KAZ", ["أستانا", "أستانة", "نور سلطان"]),
    ("baku", "AZE", ["باكو"]),
    ("yerevan", "ARM", ["يريفان"]),
    ("islamabad", "PAK", ["إسلام آباد"]),
    ("kabul", "AFG", ["كابل"]),
    ("addis-ababa", "ETH", ["أديس أبابا"]),
    ("davos", "CHE", ["دافوس"]),
    ("lausanne", "CHE", ["لوزان"]),
    ("brasilia", "BRA", ["برازيليا"]),
    ("buenos-aires", "ARG", ["بوينس آيرس"]),
    ("ottawa", "CAN", ["أوتاوا"]),
    ("canberra", "AUS", ["كانبرا"]),
    ("pretoria", "ZAF", ["بريتوريا"]),
    ("johannesburg", "ZAF", ["جوهانسبرغ"]),
    ("jakarta", "IDN", ["جاكرتا"]),
    ("bali", "IDN", ["بالي"]),
    ("seoul", "KOR", ["سول", "سيئول"]),
    ("pyongyang", "PRK", ["بيونغ يانغ"]),
    ("mexico-city", "MEX", ["مكسيكو"]),
    ("tel-aviv", "ISR", ["تل أبيب"]),
    ("nouakchott", "MRT", ["نواكشوط"]),
    ("mogadishu", "SOM", ["مقديشو"]),
    ("djibouti", "DJI", []),
    ("moroni", "COM", ["موروني"]),
    ("havana", "CUB", ["هافانا"]),
    ("caracas", "VEN", ["كاراكاس"]),
    ("warsaw", "POL", ["وارسو"]),
    ("athens", "GRC", ["أثينا"]),
    ("nicosia", "CYP", ["نيقوسيا"]),
    ("kuala-lumpur", "MYS", ["كوالالمبور"]),
    ("vatican-city", "VAT", []),
    # cities outside the capitals where visits and talks are held (common words such as
    # العقبة، الداخلة، العيون، الخبر، مشهد، الأقصر are left out: they are words first)
    ("baabda", "LBN", ["بعبدا"]),
    ("carthage", "TUN", ["قرطاج"]),
    ("el-alamein", "EGY", ["العلمين", "العلمين الجديدة"]),
    ("alexandria", "EGY", ["الإسكندرية"]),
    ("hurghada", "EGY", ["الغردقة"]),
    ("ismailia", "EGY", ["الإسماعيلية"]),
    ("port-sudan", "SDN", ["بورتسودان", "بورت سودان"]),
    ("benghazi", "LBY", ["بنغازي"]),
    ("misrata", "LBY", ["مصراتة"]),
    ("aden", "YEM", ["عدن"]),
    ("mukalla", "YEM", ["المكلا"]),
    ("marib", "YEM", ["مأرب"]),
    ("erbil", "IRQ", ["أربيل"]),
    ("basra", "IRQ", ["البصرة"]),
    ("najaf", "IRQ", ["النجف"]),
    ("sulaymaniyah", "IRQ", ["السليمانية"]),
    ("aleppo", "SYR", ["حلب"]),
    ("latakia", "SYR", ["اللاذقية"]),
    ("marrakesh", "MAR", ["مراكش"]),
    ("tangier", "MAR", ["طنجة"]),
    ("casablanca", "MAR", ["الدار البيضاء"]),
    ("fez", "MAR", ["فاس"]),
    ("oran", "DZA", ["وهران"]),
    ("salalah", "OMN", ["صلالة"]),
    ("mecca", "SAU", ["مكة المكرمة", "مكة"]),
    ("medina", "SAU", ["المدينة المنورة"]),
    ("dhahran", "SAU", ["الظهران"]),
    ("dammam", "SAU", ["الدمام"]),
    ("abha", "SAU", ["أبها"]),
    ("alula", "SAU", ["العلا"]),
    ("sharjah", "ARE", ["الشارقة"]),
    ("lusail", "QAT", ["لوسيل"]),
    ("gaza", None, ["مدينة غزة"]),  # the city; قطاع غزة is a territory
    ("bethlehem", "PSE", ["بيت لحم"]),
    ("jericho", "PSE", ["أريحا"]),
    ("nablus", "PSE", ["نابلس"]),
    ("isfahan", "IRN", ["أصفهان"]),
    ("tabriz", "IRN", ["تبريز"]),
    ("izmir", "TUR", ["إزمير", "أزمير"]),
    ("kazan", "RUS", ["قازان"]),
    ("vladivostok", "RUS", ["فلاديفوستوك"]),
    ("anchorage", "USA", ["أنكوريج", "أنكوراج"]),
    ("camp-david", "USA", ["كامب ديفيد"]),
    ("palm-beach", "USA", ["بالم بيتش"]),
    ("los-angeles", "USA", ["لوس أنجلوس", "لوس أنجليس"]),
    ("san-francisco", "USA", ["سان فرانسيسكو"]),
    ("chicago", "USA", ["شيكاغو"]),
    ("miami", "USA", ["ميامي"]),
    ("houston", "USA", ["هيوستن"]),
    ("toronto", "CAN", ["تورونتو"]),
    ("montreal", "CAN", ["مونتريال"]),
    ("shanghai", "CHN", ["شنغهاي", "شانغهاي"]),
    ("hangzhou", "CHN", ["هانغتشو"]),
    ("hong-kong", "CHN", ["هونغ كونغ"]),
    ("samarkand", "UZB", ["سمرقند"]),
    ("tashkent", "UZB", ["طشقند"]),
    ("bishkek", "KGZ", ["بيشكيك"]),
    ("dushanbe", "TJK", ["دوشانبي"]),
    ("ashgabat", "TKM", ["عشق آباد"]),
    ("tbilisi", "GEO", ["تبليسي"]),
    ("budapest", "HUN", ["بودابست"]),
    ("prague", "CZE", ["براغ"]),
    ("bratislava", "SVK", ["براتيسلافا"]),
    ("belgrade", "SRB", ["بلغراد"]),
    ("bucharest", "ROU", ["بوخارست"]),
    ("lisbon", "PRT", ["لشبونة"]),
    ("copenhagen", "DNK", ["كوبنهاغن", "كوبنهاجن"]),
    ("amsterdam", "NLD", ["أمستردام"]),
    ("dublin", "IRL", ["دبلن"]),
    ("strasbourg", "FRA", ["ستراسبورغ"]),
    ("marseille", "FRA", ["مرسيليا"]),
    ("biarritz", "FRA", ["بياريتز"]),
    ("milan", "ITA", ["ميلانو"]),
    ("bonn", "DEU", ["بون"]),
    ("hamburg", "DEU", ["هامبورغ"]),
    ("frankfurt", "DEU", ["فرانكفورت"]),
    ("glasgow", "GBR", ["غلاسكو", "جلاسكو"]),
    ("nairobi", "KEN", ["نيروبي"]),
    ("kampala", "UGA", ["كمبالا"]),
    ("kigali", "RWA", ["كيغالي", "كيجالي"]),
    ("abuja", "NGA", ["أبوجا"]),
    ("dakar", "SEN", ["داكار", "دكار"]),
    ("bamako", "MLI", ["باماكو"]),
    ("niamey", "NER", ["نيامي"]),
    ("ndjamena", "TCD", ["نجامينا", "انجامينا", "إنجامينا"]),
    ("asmara", "ERI", ["أسمرة"]),
    ("juba", "SSD", ["جوبا"]),
    ("rio-de-janeiro", "BRA", ["ريو دي جانيرو"]),
    ("sao-paulo", "BRA", ["ساو باولو"]),
    ("bogota", "COL", ["بوغوتا", "بوجوتا"]),
    ("manila", "PHL", ["مانيلا"]),
    ("bangkok", "THA", ["بانكوك"]),
    ("hanoi", "VNM", ["هانوي"]),
    ("karachi", "PAK", ["كراتشي"]),
    ("lahore", "PAK", ["لاهور"]),
    ("mumbai", "IND", ["مومباي"]),
    ("dhaka", "BGD", ["دكا"]),
    ("colombo", "LKA", ["كولومبو"]),
    # more venues the press names (a summit, a reception, a trip's stop)
    ("entebbe", "UGA", ["عنتيبي"]),
    ("tianjin", "CHN", ["تيانجين"]),
    ("mosul", "IRQ", ["الموصل"]),
    ("karbala", "IRQ", ["كربلاء"]),
    ("tartus", "SYR", ["طرطوس"]),
    ("zahle", "LBN", ["زحلة"]),
    ("jounieh", "LBN", ["جونيه", "جونية"]),
    ("gaza", "PSE", ["غزة"]),
    ("aswan", "EGY", ["أسوان"]),
    ("constantine", "DZA", ["قسنطينة"]),
    ("hodeidah", "YEM", ["الحديدة"]),
    ("yanbu", "SAU", ["ينبع"]),
    ("sydney", "AUS", ["سيدني"]),
    ("annapolis", "USA", ["أنابوليس"]),
    ("mar-a-lago", "USA", ["مار إيه لاغو", "مارالاغو", "مار الاغو"]),
]

ORGANIZATIONS: list[dict[str, object]] = [
    {
        "id": "united-nations",
        "name_en": "United Nations",
        "names_ar": ["الأمم المتحدة", "منظمة الأمم المتحدة", "هيئة الأمم المتحدة"],
        "adjectives": ["أممي", "أممية"],
    },
    {
        "id": "nato",
        "name_en": "NATO",
        "names_ar": [
            "الناتو",
            "حلف الناتو",
            "حلف شمال الأطلسي",
            "حلف شمال الأطلنطي",
            "الحلف الأطلسي",
            "حلف الأطلسي",
            "ناتو",
        ],
        "adjectives": [],
    },
    {
        "id": "european-union",
        "name_en": "European Union",
        "names_ar": [
            "الاتحاد الأوروبي",
            "الاتحاد الاوروبي",
            # its institutions, which speak for it (its foreign-policy chief is a person:
            # offices.FIXED_TITLES)
            "المفوضية الأوروبية",
            "المجلس الأوروبي",
        ],
        "adjectives": [],
    },
    {
        "id": "arab-league",
        "name_en": "Arab League",
        "names_ar": ["جامعة الدول العربية", "الجامعة العربية"],
        "adjectives": [],
    },
    {
        "id": "african-union",
        "name_en": "African Union",
        "names_ar": ["الاتحاد الأفريقي", "الاتحاد الإفريقي"],
        "adjectives": [],
    },
    {
        "id": "iaea",
        "name_en": "International Atomic Energy Agency",
        "names_ar": ["الوكالة الدولية للطاقة الذرية", "وكالة الطاقة الذرية"],
        "adjectives": [],
    },
    {
        "id": "osce",
        "name_en": "Organization for Security and Co-operation in Europe",
        "names_ar": ["منظمة الأمن والتعاون في أوروبا", "منظمة الأمن والتعاون الأوروبي"],
        "adjectives": [],
    },
    {
        "id": "gcc",
        "name_en": "Gulf Cooperation Council",
        "names_ar": [
            "مجلس التعاون لدول الخليج العربية",
            "مجلس التعاون الخليجي",
            "مجلس التعاون الخليجى",
        ],
        "adjectives": [],
    },
    {
        "id": "oic",
        "name_en": "Organisation of Islamic Cooperation",
        "names_ar": ["منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي"],
        "adjectives": [],
    },
    {
        "id": "unhcr",
        "name_en": "UN High Commissioner for Refugees",
        "names_ar": [
            "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
            "مفوضية الأمم المتحدة السامية لشؤون اللاجئين",
            "مفوضية الأمم المتحدة لشؤون اللاجئين",
            "المفوضية السامية لشؤون اللاجئين",
            "الأمم المتحدة لشؤون اللاجئين",  # المفوض السامي للأمم المتحدة لشؤون اللاجئين
        ],
        "adjectives": [],
    },
    {
        "id": "unrwa",
        "name_en": "UN Relief and Works Agency for Palestine Refugees",
        "names_ar": [
            "الأونروا",
            "الأنروا",
            "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين",
            "وكالة غوث وتشغيل اللاجئين الفلسطينيين",
        ],
        "adjectives": [],
    },
    {
        "id": "wfp",
        "name_en": "World Food Programme",
        "names_ar": ["برنامج الأغذية العالمي", "برنامج الغذاء العالمي"],
        "adjectives": [],
    },
]

# Named groups of states: a participant list when the text names only the group.
GROUPS: list[dict[str, object]] = [
    {
        "id": "unsc-permanent-members",
        "members": ["CHN", "FRA", "GBR", "RUS", "USA"],
        "names_ar": [
            "الدول دائمة العضوية في مجلس الأمن",
            "الدول دائمة العضوية في مجلس الأمن الدولي",
            "الدول دائمة العضوية في مجلس الأمن التابع للأمم المتحدة",
            "الدول الخمس دائمة العضوية",
            "الدول الخمس الدائمة العضوية",
            "الدول الدائمة العضوية في مجلس الأمن",
            "الأعضاء الدائمين في مجلس الأمن",
            "الأعضاء الخمسة الدائمين في مجلس الأمن",
        ],
    },
]


def feminine(stem: str) -> str:
    """The feminine singular of an adjective stem ending in ي (روسي -> روسية)."""
    return stem + "ة"


def adjective_forms(stem: str) -> list[str]:
    """Every gender and number of a nisba adjective, word by word (كوري جنوبي -> كورية جنوبية)."""
    endings = ["", "ة", "ان", "ين", "ون", "ات", "تان", "تين"]
    words = stem.split()
    forms = []
    for ending in endings:
        forms.append(" ".join(word + ending if word.endswith("ي") else word for word in words))  # noqa: PERF401
    return forms


# Alpha-3 aliases of states that no longer exist (CLDR maps them to their successors).
HISTORIC = frozenset({"DDR", "YMD", "BUR", "ZAR", "TMP", "YUG", "SCG", "ROM", "FXX", "SUN", "CSK"})


# Generated adjectives that are words of their own (مالي: financial), never written.
NOT_ADJECTIVES = frozenset({"مالي", "تشادي", "توغي", "بنيني", "جامايكي"})


def generated_stem(name: str) -> str | None:
    """The nisba stem of a one-word state name (جورجيا -> جورجي، السلفادور -> سلفادوري)."""
    if " " in name or "-" in name or "(" in name:
        return None
    bare = name.removeprefix("ال")
    if len(bare) < 3:  # noqa: PLR2004
        return None
    if bare.endswith("يا"):
        stem = bare[:-1]
    elif bare.endswith(("ا", "ة")):
        stem = bare[:-1] + "ي"
    elif bare.endswith("ي"):
        return None
    else:
        stem = bare + "ي"
    return None if stem in NOT_ADJECTIVES else stem


def alpha3_map() -> dict[str, str]:
    """Alpha-2 -> alpha-3 from CLDR's territory aliases."""
    mapping: dict[str, str] = {}
    for alias, targets in get_global("territory_aliases").items():
        if alias in HISTORIC:
            continue
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1:  # noqa: PLR2004
            mapping.setdefault(targets[0], alias)
    return mapping


def build() -> dict[str, object] | None:
    """The document states.json holds (None when hand data names an unknown code)."""
    arabic = Locale("ar")
    english = Locale("en")
    alpha3 = alpha3_map()
    states = []
    for alpha2, name_ar in sorted(arabic.territories.items()):
        if not (len(alpha2) == 2 and alpha2.isalpha()) or alpha2 in NOT_STATES:  # noqa: PLR2004
            continue
        code = alpha3.get(alpha2)
        if code is None:
            continue
        hand = HAND.get(code, {})
        press = PRESS.get(code, {})
        names = [name_ar, *hand.get("names", []), *press.get("names", [])]
        adjectives: list[str] = []
        stems = hand.get("adjectives", [])
        generated = generated_stem(name_ar) if not stems else None
        for stem in [*(stems or ([generated] if generated else [])), *press.get("adjectives", [])]:
            adjectives.extend(adjective_forms(stem))
        adjectives.extend([*hand.get("plurals", []), *press.get("plurals", [])])
        states.append(
            {
                "id": code,
                "alpha2": alpha2,
                "name_en": english.territories.get(alpha2, code),
                "names_ar": list(dict.fromkeys(names)),
                "adjectives": list(dict.fromkeys(adjectives)),
                "capitals": list(
                    dict.fromkeys([*hand.get("capitals", []), *press.get("capitals", [])])
                ),
                "institutions": hand.get("institutions", []),
            }
        )
    # a generated adjective that another state also has is dropped from both
    owners: dict[str, set[str]] = {}
    for state in states:
        for adjective in state["adjectives"]:
            owners.setdefault(adjective, set()).add(state["id"])
    for state in states:
        state["adjectives"] = [a for a in state["adjectives"] if len(owners[a]) == 1]
    known = {state["id"] for state in states}
    missing = sorted((set(HAND) | set(PRESS)) - known)
    if missing:
        print(f"hand data for unknown codes: {missing}", file=sys.stderr)
        return None
    cities = [
        {"id": city, "state": state, "names_ar": names} for city, state, names in CITIES if names
    ]
    return {
        "generated_by": "scripts/make_states.py (do not edit; edit the script and rerun)",
        "schema_version": 1,
        "source": "CLDR via babel " + __import__("babel").__version__ + " + hand data",
        "states": states,
        "organizations": ORGANIZATIONS,
        "groups": GROUPS,
        "cities": cities,
    }


def render(document: dict[str, object]) -> str:
    """The text of states.json for *document* (its first line says it is generated)."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return "{" + text[1:].lstrip() + "\n"


def main() -> int:
    """Write states.json."""
    document = build()
    if document is None:
        return 1
    OUT.write_text(render(document), encoding="utf-8")
    counts = {key: len(value) for key, value in document.items() if isinstance(value, list)}
    print(f"wrote {OUT} ({counts['states']} states, {counts['cities']} cities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
