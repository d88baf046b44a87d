"""The development set of real news sentences: well-formed tables and accuracy floors.

The tables ``real_dates.jsonl``, ``real_treaties.jsonl`` and ``real_not_dates.jsonl``
hold single sentences quoted from many outlets (``real_sources.md``), each with its
source address and the page's publication date as reference. They are scored by
``benchmarks/accuracy.py``; the floors below are a ratchet: raise them when the
library gets better, never lower them to let a change through.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from diplomatext import load_gazetteer
from tests.tables import load_cases

if TYPE_CHECKING:
    from types import ModuleType

DATES = load_cases("real_dates.jsonl")
TREATIES = load_cases("real_treaties.jsonl")
NOT_DATES = load_cases("real_not_dates.jsonl")
TABLES = {"real_dates": DATES, "real_treaties": TREATIES, "real_not_dates": NOT_DATES}
BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"

# Measured 2026-12-03 with benchmarks/accuracy.py (0.974 and 0.981 with the fresh rows; 0.976
# and 0.964 with the -xd/-xt/-xn round, whose 11 treaty misses brought the treaty floor down
# from 0.975); a little under, as a floor. The ten rounds of 2026-12-07's second session (-zxe
# to -zxn) brought dates to 0.969 (their history pages and year-less dates of a story's own year
# are the hardest rows yet: -zxj first scored 0.789) and treaties to 0.969: the date floor 0.965.
# The twenty rounds of its third session (-zxo to -zxz, -zwc to -zwj) leave dates at 0.971,
# treaties at 0.967. 2026-12-07's sixth session (-zvc to -zvk) leaves dates at 0.972, treaties at
# 0.965 (with the accuracy script that counts a right value over a skipped surface).
DATE_F1_FLOOR = 0.965
TREATY_F1_FLOOR = 0.96
# The found dates that fall on not-date spans today (a ceiling: lower it as they go). The
# third is yem-hourpress-n1-yn, a by-line's «7 سنوات مضت» counted from the day a page was
# shown, which the finder reads as a distance from the reference (docs: limits). The fourth
# is lby-manlibya-n1-zf, «بعد 10 أعوام.. روما تعود» in a headline: a gap before a return, read
# as ten years ahead (a rule tried for it also dropped «يزور ... بعد يومين ويعود»). The fifth
# was tur-newturkpost-zk-n1, «بعد تقديم بلاغ قبل 15 يوم»: a notice period, read as none since
# the twenty-fourth round (a noun of notice before قبل).
# The sixth came with the sixteenth fresh round: lbn-ademocracynet-zsn17, «مرحلة انتقالية تنتهي
# بانتخابات بعد 18 شهراً», a span counted from a transition's start, which the finder counts from
# the reference (as the tables' «بعد يومين» is, rightly). The seventh to ninth came with the
# eighteenth round: sau-koraon-zun14, «تُعقد فيها جلسات مجلس الوزراء في يوم الثلاثاء» and
# «بدلاً من يوم الإثنين» (weekdays of a weekly schedule named two clauses before «من كل أسبوع»,
# which alone is read), and sdn-altaghyeer-zun22, «غرق منذ أكثر من عام في صراع» (a length after a
# verb of lasting the finder does not know, read as a point a year back). Another came with the
# twenty-third round: jor-alharir-zzen13, «منذ 45 دقيقة» on a post's stamp, which its annotator
# calls an age and no date, while issue 10 and the peer suites read a unit shorter than a day
# after منذ or قبل as the reference day (docs: dates). The tenth is the same conflict, from the
# twenty-fifth round: irq-kurdistan24-zzin16, «منذ ساعتين» on a post's stamp. The fourth is no
# longer read since the thirty-third round (years after بعد are ahead only with a cue of the
# future or the present). The session's eight rounds (119 not-date rows) brought three (three
# more, of the thirty-fifth and thirty-sixth rounds, were read as dates on the session's start
# and are no longer):
# egy-innfrad-zzwn6, «تنتهي بإجراء انتخابات تشريعية بعد عام» (a year counted from a transition's
# start, as the sixth; the verb of the present keeps it ahead), yem-sahafahonline-zzwn9, «منذ 2
# سنوات», the age of a page after its headline (the stamp conflict again), and sau-sabq-zzyn17,
# «تسبب القتال منذ 17 عامًا في سقوط ...», a length read as the year the fighting began. The
# next session's two rounds (32 not-date rows) brought one: isr-timesofisrael-zyan6, «الملف النووي
# الذي يؤثر سلبا على العلاقات الدولية منذ 12 عاما», a length whose verb of the present stands five
# words before منذ, past the four the duration words are looked for in. Its two end rounds (37
# not-date rows) brought two more: yem-marebpress-zycn13, «في ظل استمرار الحرب منذ ما يقرب من
# عامين ونصف العام», a length after a noun of lasting (استمرار, not among the duration words), and
# kwt-alanba-zydn12, «يوم الأمم المتحدة الذي يحتفى به سنويا بتاريخ 24 أكتوبر», a yearly observance
# whose سنويا stands before the date (the observance words are looked for after it).
# The open round -zyp of 2026-12-07 brought two more: lbn-albinaa-zypn12, «انهارت مفاوضات الكويت،
# التي يشرف عليها مبعوث الأمم المتحدة ... بعد 99 يوماً», a length counted from the talks' start
# (the imperfect of the relative clause reads as the present), and lbn-centerlcrc-zypn18,
# «....14 آذار يضغط لانضمام لبنان», the bloc named by its date without قوى, as a headline's subject.
# The sealed round -zwa of 2026-12-07 brought one more: sau-albilad-zwan19, «الملف النووي
# الايراني الذي يشكل مدار مساع دبلوماسية منذ 20 شهرا», a length after a noun of effort (no verb
# of lasting).
# The ten rounds -zxe to -zxn (2026-12-07, 174 not-date rows) brought six: gbr-majalla-zxfn2, «بعد
# 171 يوما بلياليها، على حرب ...» (a length counted from a war's start, بلياليها between it and
# على); egy-almasryalyoum-zxin2, «أول دولتين عربيتين توقعان اتفاقات ... منذ 25 عاما» (a superlative
# nine words before منذ, past the six looked at); bhr-alwatan-zxin8, «ليكون يوم الأحد بدلاً من يوم
# الاثنين» (two weekdays of a weekly meeting's schedule, as sau-koraon-zun14); syr-thawra-zxjn16,
# «السابع عشر من نيسان», Syria's Evacuation Day named by its date; syr-18march-zxmn11, «18 اذار»,
# an outlet named by its date.
# The six open rounds -zxo to -zxr, -zxv and -zxw (2026-12-07's third session, 101 not-date rows)
# brought two, both named revolutions its annotator listed as no dates where the tables read a
# named event's day or month as its date (dates.md): sdn-ultrasudan-zxrn6, «ثورة ديسمبر المجيدة»,
# and yem-yemenvideo-zxrn10, «ثورة 11 فبراير» (the annotator doubted it). The three sealed rounds
# -zxs to -zxu (87 not-date rows) brought one: nld-anfarabic-zxun9, «أجرت شبكة روسيا اليوم»,
# RT's name after شبكة with no adjective after it (قالت قناة الجزيرة اليوم is «said today»).
# The open rounds -zxx to -zxz brought one: dza-cherchellnews-zxyn10, «رفضت منذ أكثر من عامين
# اعتماد ...», a refusal lasting two years after a verb of the past (after غادر the same words
# date the departure: no rule tells the two verbs apart). The sealed rounds -zwc and -zwd (64
# not-date rows) brought three, two of them read since (كذبة أبريل, April Fools' Day by its month,
# and «أجندة الأمم المتحدة 2030», an agenda named by its year); one stays: mar-bayanealyaoume-zwcn5,
# «عادة ما يقترن فاتح أبريل» (a habit of every 1 April). The last open rounds -zwe to -zwh brought
# one, read since (الساعات الأخيرة, the last hours of a summit); the sealed -zwi and -zwj one:
# sau-alyaum-zwjn15, «حصلت «اليوم» على نسخة منه», the Saudi paper al-Yaum by its name in quotes.
# The open rounds -zwk to -zwm brought three, two read since (a counted Friday, الجمعة الـ74, and a
# counted day, اليوم 22 من بدء ...); one stays: yem-adennews-zwln4, «للحرب منذ أكثر من خمس سنوات»,
# how long the war lasts (a rule for it was tried and taken back after three reviews). The sealed
# -zwo and -zwp one: gbr-arabstoday-zwon14, «لكننا بعد يومين أحبطنا», two days after the story's
# signing, read from the page (days after بعد need no cue; a perfect verb after them is not read).
# The open rounds -zwq to -zws brought one, read since (بين الأمس واليوم, «then and now»); the
# sealed -zwu and -zwv one: tun-tap-zwun18, «من أكبر الانجازات ... منذ ما يزيد على عقد من الزمان»,
# how long since a superlative that stands too far before منذ for the superlative rule to reach it.
# The open rounds -zwx and -zwy brought one, read since (بعد نحو أسبوع عاد خلاله); the sealed -zwz
# and -zvb two, one read since (لليوم 35 على التوالي) and one that stays: mrt-alwiam-zvbn14, «لم
# تحظ بعضوية المجلس المذكور منذ 10 سنوات», not for ten years (لم five words before منذ).
# The open rounds -zvc and -zve brought none, the sealed -zvg to -zvk none; the sealed -zvd and
# -zvf two, one read since (اليوم قبل غد, «without delay») and one that stays:
# tun-mondenews-zvdn1, «اعترفت حتى اليوم بدولة فلسطين», «so far», which the tables elsewhere skip
# rather than count as a date or not.
# The sealed -zvs and -zvt (2026-12-07's eighth session) brought four that stay: «14 آذار» three
# times as the name of Lebanon's March 14 alliance standing alone (zvsn1: «14 آذار قوية
# بأحزابها»; only the name's nouns, قوى 14 آذار, tell it now), and «قبل بضعة أيام» (zvtn8), read
# as the vague PAST_REF that the date tables do not count but a not-date span does.
# The sealed -zvu and -zvv brought twelve more: four spans of the last or next N years or hours
# (الخمسين عامًا الماضية، السنوات الخمس الأخيرة، للسنوات الأربع القادمة، الساعات الـ24 الماضية),
# which the library reads as intervals back or ahead of the reference by design (docs: dates.md)
# and these annotators as lengths; «منذ عامين» and «منذ 16 عامًا» after a verb of the present and
# «منذ أكثر من ثلاثة أسابيع», read as points (the tables' convention for منذ with a count) where the
# annotators read how long; «ثورة 26 سبتمبر» twice and «ثورة 21 سبتمبر», Yemen's revolutions,
# read as named days of an unknown year (XXXX-09-26); a football club named «22 مايو»
# (رفع 22 مايو رصيده); and «السنوات المنصرمة», a vague PAST_REF. Its «كأس 22 مايو» is no date
# since (كأس in named_dates.PLACE_TRIGGERS).
# The sealed -zvw and -zvx brought seven more: a newspaper's name in quotes after a word
# between it and صحيفة («الجيش الوطني 26 سبتمبر»), a coalition named by a revolution's day
# (ائتلاف شباب ثورة 14 فبراير, read as a named day of an unknown year), «حركة العشرين فبراير»
# (the day in words not read, the month alone read), «14 آذار» alone again, «عيد الأم» told as
# a yearly habit (كل عام), and «منذ نحو عامين» and «الساعات الـ24 الماضية», the conventions above.
# The sealed -zvy and -zvz (the ninth session) brought four, three read since (بعد يوم واحد فقط من
# الذكرى, a distance from an event; اسم "العاشر من رمضان" and موقعه "26 سبتمبر", names) and one
# that stays: zvyn10, «لا تتمثل فيها 8 ولا 14 آذار», the two blocs without قوى. The sealed -zra
# and -zrb brought eight that stay: «14 آذار/مارس» and «8 آذار/مارس» in brackets as the names of
# the two currents (zran4), «الـ24 ساعة الماضية» (the convention above), «منذ عامين» after «أول
# رئيس وزراء ... ينضم» and «منذ 45 عاماً» after «الدائمي», «منذ 5 أيام» after «اختفاء قسري» (how
# long, where the tables read a point), «حدود 4 يونيو 1967» (the line named by the day, read as
# the day), and «صحيفة الجيش الوطني "26 سبتمبر"» (the newspaper's name in quotes, words between).
# The sealed -zsb and -zsa (2026-12-08) brought seven that stay: «حراك 25 يوليو» (a movement
# named by its day, where ذكرى حراك 22 فبراير is the day of an event: حراك stays an event's
# word), «فريقي "14 آذار" ... و"8 آذار"» (the second bloc after و, its head noun far back),
# «كوبري أكتوبر و15 مايو» (the second bridge after و), «من أكتوبر» for the city of 6 October,
# «المؤسسة الاستشفائية الجامعية أول نوفمبر 54» (a definite head and adjectives before the
# name), «ائتلاف شباب «ثورة 14 فبراير»» (a revolution's day in quotes inside a group's name),
# and «صحيفتا 26 سبتمبر واليمن» (the dual of صحيفة before the newspaper's name). The sealed -zta
# and -ztb brought four more, three of the convention above (منذ with a count: «منذ عشرين
# عاماً», «منذ عشرين سنة», «منذ 8 أعوام», how long, where the tables read a point) and «ساحة ٥٥
# و ٨٣ و واحد أيار» (a square named by a day written in words, after a list of numbers).
# The sealed -zua to -zud (a session of 2026-12-08) brought eight that stay: «حركة عشرين فبراير»
# (zuan9, the day in words not read, the month alone read), a newspaper named «14 اكتوبر» in
# brackets after صحيفة (zubn9) and its publisher «مؤسسة 14 أكتوبر» (zubn18), «صحيفة الجيش "26
# سبتمبر"» (zucn2, words between), «اليوم بعد 18 عاماً» (zucn12, how long since the unity, read
# as a year ahead), a price range «من 2000 إلى 2500 دينار» (zucn25, its first end read as a
# year), «كل عام في شهر أكتوبر» (zudn4, a yearly habit, read as this year's October) and «ومنذ
# ستة أشهر» (zudn21, how long, where the tables read a point).
FALSE_DATES_CEILING = 85

_RESOLUTION = re.compile(r"unsc-resolution-\d+|unga-resolution-\d+-\d+")
_KEYS = {"label", "source", "outlet", "country", "reference", "text"}
_TIMEX = re.compile(
    r"""(
        \d{4}(-\d{2}(-\d{2})?)?          # year, month, day
      | \d{4}-W\d{2}                     # ISO week
      | \d{4}-(SP|SU|FA|WI|Q[1-4]|H[12]) # season, quarter, half
      | \d{3}                            # decade
      | \d{2}                            # century
    )""",
    re.VERBOSE,
)


def _accuracy() -> ModuleType:
    """``benchmarks/accuracy.py`` as a module (the benchmarks folder is no package)."""
    spec = importlib.util.spec_from_file_location("accuracy", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("accuracy", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    """The benchmark's report on the three tables."""
    result: dict[str, Any] = _accuracy().evaluate()
    return result


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rows_are_well_formed(name: str) -> None:
    rows = TABLES[name]
    assert rows, name
    labels = [row["label"] for row in rows]
    assert len(labels) == len(set(labels)), "labels must be unique"
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts)), "texts must be unique"
    for row in rows:
        assert row.keys() >= _KEYS, row["label"]
        assert row["source"].startswith(("http://", "https://")), row["label"]
        assert re.fullmatch(r"[A-Z]{3}", row["country"]), row["label"]
        dt.date.fromisoformat(row["reference"])
        assert row["text"] == row["text"].strip(), row["label"]
        assert "\n" not in row["text"], row["label"]


def test_surfaces_are_in_order_in_their_text() -> None:
    locate = _accuracy().locate
    for row in DATES:
        locate(row["text"], [e["text"] for e in row["expected"]])
        locate(row["text"], row.get("skipped", []))
    for row in TREATIES:
        locate(row["text"], [surface for surface, _ in row["expected"]])
    for row in NOT_DATES:
        assert row["not_dates"], row["label"]
        locate(row["text"], row["not_dates"])


def test_date_values_are_timex() -> None:
    for row in DATES:
        assert row["expected"], row["label"]
        for e in row["expected"]:
            halves = e["value"].split("/")
            assert 1 <= len(halves) <= 2, row["label"]
            for half in halves:
                assert _TIMEX.fullmatch(half), (row["label"], e["value"])
            assert e.get("mod") in {None, "START", "MID", "END", "APPROX"}, row["label"]


def test_treaty_ids_are_in_the_gazetteer() -> None:
    """Every expected id is a gazetteer entry or a UN resolution id read by rule."""
    ids = {treaty.id for treaty in load_gazetteer().treaties()}
    for row in TREATIES:
        for _, treaty_id in row["expected"]:
            assert treaty_id in ids or _RESOLUTION.fullmatch(treaty_id), (row["label"], treaty_id)


def test_many_outlets_and_countries() -> None:
    rows = DATES + TREATIES + NOT_DATES
    assert len({row["outlet"] for row in rows}) >= 40
    assert len({row["country"] for row in rows}) >= 10


def test_date_f1_floor(report: dict[str, Any]) -> None:
    assert report["dates"]["ALL"]["f1"] >= DATE_F1_FLOOR


def test_treaty_f1_floor(report: dict[str, Any]) -> None:
    assert report["treaties"]["ALL"]["f1"] >= TREATY_F1_FLOOR


def test_false_dates_on_not_date_spans(report: dict[str, Any]) -> None:
    assert len(report["false_dates"]) <= FALSE_DATES_CEILING, report["false_dates"]
