"""Grammar of Arabic date expressions (private; see :mod:`diplomatext.dates`).

The tokens of :mod:`diplomatext.dates._lexicon` (table words and numbers) are
walked left to right. At each token the driver calls the rules of :data:`RULES`
that can start on it, and keeps the longest construct (``5`` + ``فبراير`` + ``/``
+ ``شباط`` + ``2021``); constructs never overlap. A rule looks only at the few
characters between two tokens, at the word before a construct and at a bounded
number of tokens ahead, so the walk is linear in the length of the text; the
tokens are read in a window, so its memory is bounded too. Each rule is a method
of :class:`_Parser` that returns a :class:`~diplomatext.dates._spec.Spec` of what
was written, or nothing; its name says which construct a mention came from.
"""

# A grammar: one method per construct, each a sequence of early exits.
# ruff: noqa: C901, PLR0911, PLR0912, PLR0915

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from diplomatext._lexical import DEFINITE_STARTS, proclitic_readings, proclitics
from diplomatext.calendars import Calendar, HijriDate, hijri_month_length
from diplomatext.data import morphology
from diplomatext.dates._lexicon import EASTER, EMPTY, YEAR_UNITS, Roles, Tok, lexicon, tokens
from diplomatext.dates._spec import Spec
from diplomatext.errors import CalendarError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from diplomatext.dates._lexicon import Lexicon

__all__ = [
    "AHEAD",
    "NO_CUE",
    "RULES",
    "STARTING",
    "Found",
    "Rule",
    "future_cue_before",
    "future_cue_kind",
    "parse",
    "past_cue_before",
    "past_verb_after",
    "tenseless",
]

_MAX_DAY: Final = 31
_MAX_MONTH: Final = 12
_FIRST_PLURAL: Final = re.compile(r" (?P<word>الاولي)")  # الأشهر الثلاثة الأولى, folded
_DAY_TENS: Final = frozenset({20, 30})  # خمسة وعشرين, واحد وثلاثين: the tens of a day
_CUE_YEARS: Final = range(1900, 2100)
_BRACKETED_YEARS: Final = range(1600, 2100)  # a year in brackets after an instrument's name
_POSSESSIVE_SUFFIXES: Final = ("هما", "هم", "ها", "ه")  # folded: أمينه، أمينها، أمينهم
_ADJECTIVE_ENDINGS: Final = ("ي", "يه", "يين", "يون")  # folded: العسكري، الدولية (ة folded)
_GREGORIAN_YEARS: Final = range(1000, 3000)
_HIJRI_YEARS: Final = range(1, 2000)
_CE_MARK_YEARS: Final = range(1000, 2200)
_MAX_AGO: Final = 999  # منذ 100 عام; not a year (منذ 2003 أيام is a slip)
_MAX_CENTURY: Final = 21
_BARE_HIJRI_YEARS: Final = range(
    1300, 1500
)  # 1882 to 2077: no numeric date of news is 1300-1500 CE
_WEEKS_IN_MONTH: Final = 5
_WEEKS_IN_YEAR: Final = 53
_MONTHS_IN_YEAR: Final = 12
_DURATION_WINDOW: Final = 64  # characters before منذ where a superlative makes a duration
_NAME_WORDS_BEFORE_YEAR: Final = 5  # words from a bracketed year back to its instrument's head
_DURATION_WORDS: Final = 8  # أول قرار يتبناه المجلس بشأن إسرائيل والفلسطينيين منذ نحو ثماني سنوات
_FUTURE_AFTER_WORDS: Final = 3  # words after «بعد 3 أعوام» where سيعود says it is ahead
_FUTURE_AFTER_WINDOW: Final = 40  # characters those words are looked for in
_RESUMPTION_WORDS: Final = 6  # a verb of resuming this many words before بعد makes a gap
_EVENT_NAME_WORDS: Final = 4  # an event noun this many words before a year names it
_NAME_DASH: Final = re.compile(r" [-\N{EN DASH}] $")
_DAYS_IN_WEEK: Final = 7
_MAX_YEAR_SPAN: Final = 30  # 1914-1918, 2025-2030: a bare range of years spans at most this
_MAX_LISTED_SPAN: Final = 100  # بين عامي 1920 و2020: a range of years with a cue, at most this
_MAX_LISTED_DAYS: Final = 8
_DAY_UNITS: Final = frozenset({("day", "single"), ("day", "plural")})  # يوم، أيام
_PLURAL_COUNTS: Final = 10  # 3 to 10 take a plural noun (ثلاثة أيام), 11 and more a singular
_FUTURE_WINDOW: Final = 120
_YEAR_LIST_GAP: Final = re.compile(r"\s*[،,]?\s*و")  # 2023 و2024، و2025
_PAST_PLAN_REACH: Final = 4  # words after كان whose future cue tells a past plan
_DECIDED_REACH: Final = 4  # words from a verb of deciding to its noun of holding, at most
_CHUNK: Final = 512  # tokens read at a time
_LOOKAHEAD: Final = 256  # tokens kept ahead of the driver: more than any rule reads
_BEHIND: Final = 4  # tokens kept behind it: more than any rule reads back


class Found(NamedTuple):
    """A date expression found in the normalized text: its span, what it says, which rule."""

    start: int
    end: int
    spec: Spec
    rule: str


class _Hit(NamedTuple):
    end_tok: int  # index of the first token after the construct
    start: int
    end: int
    spec: Spec | None  # None: a construct that is not a date (مدينة 6 أكتوبر)
    recurs: bool = False  # a construct without spec that recurs yearly (5 مايو من كل عام)


# Gaps: the normalized text between two tokens of one construct.
_DUAL_GAP: Final = re.compile(r" ?/ ?| ?\( ?")
_LOOSE_DUAL_GAP: Final = re.compile(r" ?- ?| ")
# empty: glued (5فبراير); a slash may be spaced, as Saba writes its stamps (13/ مارس/ 2024)
_DAY_MONTH_GAP: Final = re.compile(r" | من | of | ?, ?| ?/ ?|-|")  # 25th of April
_MONTH_YEAR_GAP: Final = re.compile(r" | ?, ?| ?/ ?|-|")  # empty: glued (فبراير2021)
_BRACKET_GAP: Final = re.compile(r" ?\( ?")
_OPEN_DAYS_GAP: Final = re.compile(r" \( ?")  # يومي (17، 18) نوفمبر: the days in brackets
_CLOSE_DAYS_GAP: Final = re.compile(r" ?\) ")
_COMMA_GAP: Final = re.compile(r" ?, ?")  # يومي 17، 18 نوفمبر; June 5, 2024
_DUAL_COMMA: Final = re.compile(r"[ \n]?,[ \n]?")  # 16 شوال 1445 ، 25 أبريل 2024 (a banner)
_EQUIVALENT: Final = re.compile("موافق")
_RANGE_WORD: Final = re.compile("الي|حتي|لغايه")  # إلى, حتى, لغاية once folded
# between the two ends of a span (من 3 يوليو حتى 15 أغسطس, حتى نهاية يوم الخميس...), folded
_SPAN_GAP: Final = re.compile(
    r" ?,? ?(?:-|(?:و?(?:الي|حتي|لغايه))(?: (?:نهايه|مطلع|بدايه|اخر))?) ?"
)
_RESCHEDULING_REACH: Final = 120  # characters before a weekday where a word of moving it may be
_MOVING_WORDS: Final = 6  # words before من where a verb of moving makes two dates (تأجلت القمة من)
_FAR_YEARS: Final = 10  # years ahead after بعد beyond which only a future cue makes a date
_ISO_TIME_TAIL: Final = re.compile(
    r"T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
)
_MONTH_YEAR_WORD_GAPS: Final = frozenset({" ", " من ", " في ", " ب", " ل"})  # مارس لعام 2014
_NIGHT_GAP: Final = re.compile(r" ?[-/] ?| | (?:علي|الي) ")  # ليل الثلاثاء - الأربعاء, على
_NIGHT_ON: Final = " علي "  # ليلة 20 على 21 فبراير: the night from one day to the next, folded
_NIGHT_WORDS: Final = frozenset({"ليله", "ليل"})  # folded ليلة, ليل
_RANK_GAPS: Final = frozenset({" من ", " في ", " ب"})  # الثالث من, ثالث ثلاثاء في
_WEEK_OF_GAPS: Final = frozenset({" ", " من ", " في "})  # الأربعاء من هذا الأسبوع
_AND_GAPS: Final = frozenset({" و", " و "})  # السبت والأحد: two weekdays of a pair or a list
_DAYS: Final = "ايام"  # (folded) أيام الثلاثاء والأربعاء من الأسبوع المقبل: days of a list
_SLASH_GAP: Final = re.compile(r" ?/ ?")
_WEEKDAY_WRAP: Final = re.compile(r" ?([/\"«“]) ?")  # اليوم /الخميس/، اليوم "الأربعاء"
_WEEKDAY_CLOSERS: Final = {
    opening: re.compile(rf" ?{re.escape(closing)}")
    for opening, closing in (("/", "/"), ('"', '"'), ("«", "»"), ("“", "”"))
}
_OPEN_QUOTES: Final = frozenset('"«“')
_CLOSE_QUOTES: Final = frozenset('"»”')
_CLOSE_BRACKET: Final = re.compile(r" ?\)")
_NUMERIC_SEPARATORS: Final = frozenset("/-.\\")  # 2\4\2020: a backslash for the slash
_SPACED_SEPARATOR: Final = re.compile(r" ?([/.\\-]) ?")
_NISBA: Final = re.compile(r"ال\w{2,12}ي")  # المصري, السعودي: a definite nisba adjective
_NISBA_ANY: Final = re.compile(r"ال\w{2,12}ي[ةه]?")  # السعودي, السعودية: either gender
_DATELINE_DASH: Final = re.compile(r" ?[-\N{EN DASH}] ")
# A word opening a line before اليوم, and a colon glued to both sides after it: an outlet's
# byline (وطنا اليوم:يعقد). With a space after the colon it is a headline of the day (طقس
# اليوم: أمطار, today's weather); after two words, a clause (قال الوزير اليوم:إن ...).
_BYLINE_NAME: Final = re.compile(r"[ \t]*\w{2,20} ")
# ... or a pipe (فلسطين اليوم | الكاتب, العربي اليوم|الكاتب)
_BYLINE_AFTER: Final = re.compile(r":[^\W\d_]| ?\|")
_DATELINE_REACH: Final = 40  # an outlet's dateline opens the text
# a dateline's city, a dash and a definite word before اليوم and a colon: an outlet's name
# (بغداد- العراق اليوم:), not a verb's day (القاهرة - أعلن اليوم:)
_DATELINE_OUTLET: Final = re.compile(r"[ \t]*\w{2,20} ?[-\N{EN DASH}] ?ال\w{2,18} ")
_DECADE_WORD: Final = "العقد"  # العقد الأول من القرن الحالي: a decade by its rank
_DECADES: Final = 10  # decades in a century
_HALVES: Final = {"H1": 1, "H2": 2}  # النصف الأول من أبريل: the half of a month by its code
_COPYRIGHT_REACH: Final = 60  # characters of a rights notice's line around its years
_NUMBER_LINE_END: Final = re.compile(r" \d{1,3}[ \t]*(?:\n|$)")  # اليوم 24 at the end of a dateline
_TWIN_MIN: Final = 5  # a misspelt twin month name is read only from this length
_TWIN: Final = re.compile(r" ?\( ?([^\W\d_]{5,12}) ?\)")  # أيلول ( سمبتمبر )
_MONTH_LIST_GAP: Final = re.compile(r" ?,? ?و ?| ?,? ?او ")  # نيسان، وتموز; أبريل أو يوليو (folded)
_SUBDAY: Final = frozenset({"hour", "minute", "second"})  # units shorter than a day
_HOURS_WORDS: Final = 2  # words between الساعات and المقبلة at most (القليلة، الـ24)
_HIJRI_CENTURY_TURN: Final = 60
"""A two-digit Hijri year below this is of the 15th century AH (45هـ: 1445), else the 14th."""
_CHAIN_BEFORE: Final = re.compile(r"[0-9] ?[/.-] ?$")
_CHAIN_AFTER: Final = re.compile(
    r" ?[/.-] ?[0-9](?![0-9]?:[0-9])"
)  # not a clock: 19/06/2023 - 22:30
_SLASH_GAPS: Final = frozenset({"/", " /", "/ ", " / "})  # a slash, spaces beside it or not
_CLOCK_BEFORE: Final = re.compile(r"[0-9]:")  # 09:05: the minutes of a clock
_CLOCK_AFTER: Final = re.compile(r":[0-9]")  # 09:05: the hour of a clock
_CLOCK_NUMERAL: Final = re.compile(r"\d{1,2}(?:[:.]\d\d)?")  # 9, 10:30 (a clock after من)
_CLOCK_FRACTIONS: Final = frozenset({"والنصف", "والربع", "والثلث"})  # after an hour: العاشرة والنصف
_AGENCY_TAG: Final = re.compile(r" ?\( ?([^()\d]{2,20}?) ?\)")  # (كونا) after a dateline's date
_RANGE_DASH: Final = re.compile(r" [-\N{EN DASH}] ")  # 01/01/2023 - 31/12/2023: a range
_END_UNITS: Final = frozenset({"week", "month", "year"})  # من اليوم حتى نهاية الشهر
_UNIT_RANK: Final = {"day": 0, "week": 1, "month": 2, "year": 3}  # a range ends in a unit as large
_MONTH_PARTNER_GAP: Final = re.compile(" و?(?:الي|حتي|لغايه) ")  # يناير إلى مارس, folded
_PREV_WORD: Final = re.compile(r"(\w{1,20}) $")
_ARTICLE: Final = "ال"  # the article alone, its tatweel folded away (الـ 26)
_CLITICS_BEFORE_QUOTE: Final = re.compile('^[وفبلك]{1,2}\u0640?(?=["«“(])')  # لـ"بغداد
_WRAPPED_WEEKDAY: Final = {'"': '"“', "”": "“", "»": "«", ")": "("}  # a closer: its openers
# a third person's pronoun glued to a noun (موعده، موعدها): no verb of the past
_POSSESSIVE_ENDINGS: Final = tuple(s for s in morphology.PRONOUN_SUFFIXES if s.startswith("ه"))
_OF_IT: Final = re.compile(r" منه(?!\w)")  # حتى 13 منه: of the month just named
_LIKE: Final = "مثل"  # في مثل هذا اليوم: on this day of another year
_FROM: Final = "من"  # اليوم الثالث من عيد الأضحى
_TO: Final = "الي"  # إلى folded (الى خمسة ديسمبر)
_COUNT_REACH: Final = 80  # characters before إلى read for a word of counting
_COUNT_WORDS: Final = 6  # words before إلى read for a word of counting
_WHAT: Final = "ما"  # منذ ما يقارب: ما before an approximation word
_TEN: Final = 10
_YEAR_DIGITS: Final = 4
_RECURRENCE_REACH: Final = 6  # words before a rank of the bare month (اجتماعه الدوري آخر جمعة)
_APPROX_PREPS: Final = frozenset({"من", "علي", "عن"})  # after أكثر، يزيد (folded: على)
_APPROX_FILLERS: Final = frozenset({"ما", "لا"})  # ما لا يقل عن
# (folded أكثر، أقل): more or less than a span ahead is a gap or a deadline, not a day
_MORE_THAN: Final = frozenset({"اكثر", "يزيد", "ازيد", "اقل", "يقل"})
_BARE_RANKED: Final = frozenset({("month", "definite"), ("year", "definite")})  # من الشهر
_UNIT_DAYS: Final = {"day": 1, "week": 7}  # units a day is counted in from another day
_THE_DAY: Final = "اليوم"
_IN: Final = "في"  # مليون برميل في اليوم: a rate, per day
_PER_DAY: Final = "باليوم"  # عشرة دولارات باليوم
_SAME_DAY_AFTER: Final = re.compile(r",? (?:في )?مثل هذا اليوم(?!\w)")
_QUOTED_WORD: Final = re.compile(r"(\w{1,20}) [\"«“]$")
_NEXT_WORD: Final = re.compile(r" (\w{1,20})")
# a count after a day word or a weekday (اليوم 22 من العدوان، الجمعة الـ74 للحراك): the word
# after the number, and the one after that when it is من
_DAY_COUNT: Final = re.compile(r" (?:الـ ?|ال ?)?([0-9]{1,3}) (\w{1,20})(?: (\w{1,20}))?")
_IN_A_ROW: Final = ("علي", "التوالي")  # على التوالي, folded: running (لليوم 35 على التوالي)
_VERB_AFTER: Final = re.compile(r" ?,? (\w{1,20})(?!\w)")  # 22 ديسمبر، وقعت / 22 ديسمبر وقعت
_CLAUSE_MARKS: Final = " .!?:\n,"  # a space, then what opens a clause
_BEFORE: Final = "قبل"
_BETWEEN: Final = "بين"
_QUALIFIERS_MOST: Final = 2  # words between a distance and the من of its event (واحد فقط)
_CENTURY_AROUND: Final = 12  # date tokens read around a bare القرن for the century it is
_CENTURY_YEARS: Final = range(1000, 2100)  # years whose century a bare القرن near them is
_LATE_PARTS: Final = frozenset({"MID", "END"})  # parts of a century a year before it may name
_CONDITION_REACH: Final = 160  # characters of a sentence read back for a condition (إذا)
_CASE_WORDS: Final = frozenset({"حال", "حاله"})  # (folded) conditions after في only
_IF_OPENERS: Final = frozenset({"ان", "وان", "فان", "لين", "ولين"})  # (folded) إن، لئن opening it
_QUANTITY_CHANGE: Final = re.compile(r"(?: \w{1,20})? (?:الي|إلى) [0-9]")  # من 1995 مولودا إلى 1720
_SAME_PERIOD_REACH: Final = 24  # characters of «الفترة المماثلة من » before a year
_FROM_EVENT: Final = frozenset(
    {"من", "علي", "عن"}
)  # (folded على) after years counted from an event
_AGO_GAP: Final = " قبل "  # 13 سبتمبر قبل 28 عاما: a date, then how many years back
# a word in ل that is no preposition ل + a noun: لن, the future's negation (بعد 6 أشهر لن تكون:
# ahead, not «after its ...»; لم after it is a story's past: بعد 6 أشهر لم يتغير شيء)
_LAM_WORDS: Final = frozenset({"لن"})
_SENTENCE_END: Final = re.compile(r"[.!?\n]")
_WRITTEN_YEAR: Final = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_COMMA_AND_GAP: Final = re.compile(r" ?, ?و ?")  # بين عامي 2019، و2020
_SINCE: Final = "منذ"
_NATIONS: Final = "امم"  # folded أمم: كأس الأمم 2023 is an event, أجندة الأمم المتحدة 2030 no
_UNITED: Final = "المتحده"  # folded المتحدة
_NOT_PAST: Final = "لم"  # the past's negation: لم يتحقق منذ 20 عاما, how long not
_NOT_DENIED: Final = frozenset({"الا", "يكن", "تكن"})  # لم يصل إلا منذ يومين; لم يكن منذ (folded)
_PRESENT: Final = "ي"  # the prefix of a verb of the present, third person (يسمم، يعيش)
_PRESENT_SIZE: Final = 4  # its shortest form with a root of three letters
_PRESENT_WORDS: Final = 3  # words before منذ where it makes a duration
_NISBA_ENDING: Final = "ي"  # the ending of an adjective of origin (يمني، ياباني), folded
_NOTICE_WORDS: Final = 6  # words before قبل where a noun of notice makes its count a notice period
_PERFECT_PARTICLE: Final = "قد"
_SHORTEST_T_FORM_PAST: Final = 5  # تشكلت: ت, three letters, ت
_SINCE_REACH: Final = 6  # words from منذ to the date that ends its stretch
_PLUPERFECT_REACH: Final = 4  # words from كان to its قد (the subject between: وكانت الحكومة قد)
_THAT_WORDS: Final = frozenset({"ان", "وان"})  # أن folded (أن يعقد ahead; قد توقعت أن: no past)
_RELATIVE_REACH: Final = 3  # words from a relative pronoun to the date its verb of the past governs
_IN_WORDS: Final = frozenset({"في", "وفي", "ففي"})
_CLAUSE_END: Final = re.compile(r"[.!?;:\n,]")
_WORDS: Final = re.compile(r"\w{2,20}")
# كـ (like) never stands before the words the grammar looks back at (منذ، قبل، سيعقد)
_PREPOSITIONS: Final = tuple(p for p in morphology.PREPOSITIONS if p != "ك")
_SINGLES, _PAIRS = proclitics(_PREPOSITIONS)


def _fullmatch(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.fullmatch(text) is not None


def _same_day(hijri: Spec, gregorian: Spec) -> bool:
    """Whether a Hijri and a Gregorian day name one day, within a day (a moon sighting).

    By Umm al-Qura, as the dual date's cross-check: 16 شوال 1445 is 25 April 2024. A 30th
    where Umm al-Qura has 29 days is the day after the 29th, as the resolution reads it.
    """
    if (
        hijri.year is None
        or hijri.month is None
        or hijri.day is None
        or gregorian.year is None
        or gregorian.month is None
        or gregorian.day is None
    ):
        return False
    try:
        length = hijri_month_length(hijri.year, hijri.month)
        day = HijriDate(year=hijri.year, month=hijri.month, day=min(hijri.day, length))
        converted = day.to_gregorian() + dt.timedelta(days=max(0, hijri.day - length))
        written = dt.date(gregorian.year, gregorian.month, gregorian.day)
    except (CalendarError, ValueError, OverflowError):
        return False
    return abs((converted - written).days) <= 1


def _strip_clitics(word: str) -> tuple[str, ...]:
    """*word* and its readings without one or two proclitics."""
    return proclitic_readings(word, _PREPOSITIONS)


def _moving(word: str, moving: frozenset[str]) -> bool:
    """Whether *word*, with a proclitic or a pronoun (وتأجلت، تأجيلها), moves a day."""
    return any(_in(word.removesuffix(pronoun), moving) for pronoun in ("", "ها", "ه"))


def _in(word: str | None, table: frozenset[str]) -> bool:
    """Whether *word* or one of its readings without proclitics is in *table* (inlined: hot)."""
    if word is None:
        return False
    if word in table:
        return True
    size = len(word)
    if size > 3 and word[:2] in _PAIRS and word[2:] in table:  # noqa: PLR2004
        return True
    return size > 2 and word[0] in _SINGLES and word[1:] in table  # noqa: PLR2004


def _future_verb(word: str, not_verbs: frozenset[str]) -> bool:
    """Whether *word* is سـ + an imperfect verb (سيعقد, ستبدأ, سنعمل, سأزور).

    By its shape: س, a prefix of the imperfect (ي ت ن ا), three letters or more;
    the nouns of that shape news uses (سنوات, سياسة, سيارة) are in a table.
    """
    for form in _strip_clitics(word):
        if len(form) >= 5 and form[0] == "س" and form[1] in "يتنا":  # noqa: PLR2004
            return form not in not_verbs
    return False


_VERBAL_NOUN_SIZE: Final = 5  # تقرير، تنسيق: the pattern تفعيل
_VERBAL_NOUN_ENDINGS: Final = frozenset({"ا", "ه", "ات"})  # تقريرا، تسويه (folded ة)، تعيينات


def _imperfect(word: str) -> bool:
    """Whether *word* looks like an imperfect verb after أن (يعقد, تبدأ, نعمل).

    Not a verbal noun of the pattern تفعيل, with or without its ending (أن تقريرا أفاد، أن
    تنسيقا، أن تعيين): ت, two letters, ي, one letter.
    """
    if len(word) < 4 or word[0] not in "يتن":  # noqa: PLR2004
        return False
    stem, ending = word[:_VERBAL_NOUN_SIZE], word[_VERBAL_NOUN_SIZE:]
    return not (
        stem[0] == "ت"
        and len(stem) == _VERBAL_NOUN_SIZE
        and stem[3] == "ي"
        and (not ending or ending in _VERBAL_NOUN_ENDINGS)
    )


def _on_weekday(hit: _Hit, start: int, weekday: int) -> _Hit:
    """*hit*, a day of a month, with the weekday written before it from *start* on."""
    assert hit.spec is not None  # noqa: S101 (the callers test it)
    spec = hit.spec.replace(weekday=weekday)
    return _Hit(end_tok=hit.end_tok, start=start, end=hit.end, spec=spec)


def _clause_window(text: str, start: int) -> tuple[str, list[int]]:
    """The text a cue before *start* may stand in, and where its clauses end.

    A mark between digits ends no clause (يبدأ البث في 20:00 مساء السبت، 10.30).
    """
    window = text[max(0, start - _FUTURE_WINDOW) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window) if not _between_digits(window, m.start())]
    return window, ends


NO_CUE: Final = 0
AHEAD: Final = 1
STARTING: Final = 2  # only a word of starting: اعتبارا من (see ``cues.STARTING_CUES``)


def future_cue_before(text: str, start: int) -> bool:
    """Whether the clause before *start* points ahead (see :func:`future_cue_kind`)."""
    return future_cue_kind(text, start) != NO_CUE


def future_cue_kind(text: str, start: int) -> int:
    """How the clause before *start* points ahead: ``AHEAD``, ``STARTING`` or ``NO_CUE``.

    A word of the ``FUTURE_CUES`` table (سوف, المقبل, من المقرر, غدا...),
    سـ with an imperfect verb (سيعقد), or أن with one (أن يعقد); not within a few words
    after a past «to be» (كانت الزيارة مقررة، كان من المقرر أن يصل): a past plan; not
    before منذ (يزور ... في أول زيارة منذ انتخابه في ديسمبر: the date after it is past).
    With none of these, a word of ``STARTING_CUES`` (اعتبارا من) gives ``STARTING``.
    """
    window, ends = _clause_window(text, start)
    # يتوجه وزير الخارجية السوداني، علي الصادق علي، إلى طهران الاثنين: a name set off by
    # commas is the clause's own; the clause goes on before it
    while len(ends) >= 2 and _set_off_name(window, ends[-2], ends[-1]):  # noqa: PLR2004
        del ends[-2:]
    # يتوجه الرئيس، الأحد، إلى الرياض: a date set off by commas is the clause's before; there
    # only the table's words count (a name has the shape of سـ + a verb: سيرغي، ستيفان)
    set_off = bool(ends) and not window[ends[-1] :].strip() and window[ends[-1] - 1] == ","
    if set_off:
        ends.pop()
    lex = lexicon()
    # نهاية الأسبوع، وتحديدا يومي الأربعاء والخميس: the day named more closely, the same clause
    if ends and window[ends[-1] - 1] == "," and window[ends[-1] :].strip() in lex.specifying_words:
        ends.pop()
    window = window[max(ends, default=0) :]
    words = _WORDS.findall(window)
    # التي عقدت في 6 مارس, والذي وصل الأحد: a relative clause of the past governs the date;
    # cues before it do not count (its verb is kept: التي كانت مقررة is a past plan)
    for index in range(len(words) - 2, -1, -1):
        if _in(words[index], lex.past_clause_pronouns) and _perfect(words[index + 1], lex):
            words = words[index + 1 :]
            break
    # يتوجه الأحد في أول جولة له منذ توليه منصبه في 11 يناير: منذ opens a stretch of the past;
    # the cues before it do not reach a date after it (unless a time closes the stretch at
    # once: على أن تعقد أول مفاوضات منذ 2012 بين الأطراف في مطلع ديسمبر)
    for index in range(len(words) - 1, -1, -1):
        if _in(words[index], lex.past_cues) and not _stretch_closed(words, index, lex):
            words = words[index + 1 :]
            break
    planned_in_past = -1  # كانت الزيارة مقررة: a plan told in the past, up to this word
    holding = not lex.holding_nouns.isdisjoint(words)  # (most clauses hold no noun of holding)
    until = bool(words) and words[-1] in lex.until_words  # تمتد الزيارة حتى (الخميس)
    if _quoted(text, start) and any(
        _colloquial_future(word, following, lex)
        for word, following in zip(words, [*words[1:], ""][: len(words)], strict=True)
    ):
        return AHEAD  # «حنسافر الجمعة للقاهرة»، «راح نوقع الاتفاق السبت»
    starting = False
    for index, word in enumerate(words):
        roles = lex.roles.get(word)
        if roles is not None and roles.dayword is not None and roles.dayword > 0:
            return AHEAD  # غدا, بعد غد
        if _in(word, lex.past_plan):
            planned_in_past = index + _PAST_PLAN_REACH
            continue
        if index <= planned_in_past:
            continue
        if _in(word, lex.future_cues) and word not in lex.not_future_verbs:
            return AHEAD  # (فيصل is a name, not ف + يصل)
        if _future_phrase(words, index, lex):
            return AHEAD  # تدخل حيز التنفيذ في يناير، يدخل القرار حيز التنفيذ: ahead
        if _in(word, lex.starting_cues):
            starting = True
            continue
        if until and _in(word, lex.until_cues):
            return AHEAD  # تستمر الزيارة حتى السبت: the coming Saturday
        if until and _in(word, lex.extending_cues):
            starting = True  # تمديد ولاية البعثة حتى 10 يوليو: ahead, unless just past
            continue
        if holding and word in lex.holding_nouns and _decided(words, index, lex):
            return AHEAD  # اتفقت الفصائل الثلاثاء على إجراء الانتخابات في: the event decided on
        if set_off and not (index and words[index - 1] in lex.past_clause_pronouns):
            continue  # (الحفل الذي سيقام في البيت الأبيض، الثلاثاء: after الذي, a verb)
        if _future_verb(word, lex.not_future_verbs):
            return AHEAD
        if (
            word in _THAT_WORDS
            and index + 1 < len(words)
            and _imperfect(words[index + 1])
            and words[index + 1] not in lex.imperfect_names  # أن ترامب أجرى: a name
            and words[index + 1] not in lex.past_verbs_after  # بعد أن تبنى المجلس: a perfect
        ):
            return AHEAD
    return STARTING if starting else NO_CUE


def _future_phrase(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether a phrase of ``FUTURE_PHRASES`` starts at *index*, its subject perhaps within it.

    تدخل حيز التنفيذ، ويدخل القرار حيز التنفيذ (a clitic on the first word, one word after it).
    """
    rests = next(
        (
            lex.future_phrases[form]
            for form in _strip_clitics(words[index])
            if form in lex.future_phrases
        ),
        None,
    )
    if rests is None:
        return False
    return any(
        tuple(words[at : at + len(rest)]) == rest for rest in rests for at in (index + 1, index + 2)
    )


def _decided(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether the noun of holding at *index* is the object of a verb of deciding before it.

    The verb right before it, or with its subject between (قررت الحكومة إجراء), or على/إلى right
    before it and the verb within ``_DECIDED_REACH`` words (اتفقت الفصائل الثلاثاء على إجراء);
    not a decision told as the past's (كان، بعد before the verb: وكان الأمين العام دعا إلى عقد).
    """
    low = max(0, index - _DECIDED_REACH)
    if index and words[index - 1] in lex.holding_particles:
        reach = range(index - 2, low - 1, -1)
    else:
        reach = range(index - 1, max(-1, index - 3), -1)  # the verb, or its subject between
    verb = next((at for at in reach if _in(words[at], lex.deciding_verbs)), None)
    return verb is not None and not any(
        _in(word, lex.past_plan) or _in(word, lex.decided_before)
        for word in words[max(0, verb - _PAST_PLAN_REACH) : verb]
    )


_NAME_WORDS: Final = 5  # the most words of a name set off by commas (، محمد بن عبدالرحمن آل ثاني،)


def _set_off_name(window: str, first: int, second: int) -> bool:
    """Whether the commas ending at *first* and *second* set off a name or a title.

    A few words without a digit between them, and the clause going on after the second
    comma (إلى طهران، not و + a new clause): ، علي الصادق علي، إلى طهران.
    """
    if window[first - 1] != "," or window[second - 1] != ",":
        return False
    inner = window[first : second - 1].split()
    after = window[second:].split()
    return (
        0 < len(inner) <= _NAME_WORDS
        and not any(char.isdigit() for char in window[first:second])
        and bool(after)
        and not after[0].startswith("و")
    )


_QUOTE_OPENERS: Final = "«“"
_QUOTE_CLOSERS: Final = "»”"


def _quoted(text: str, start: int) -> bool:
    """Whether *start* is inside quotes: «...» or “...” open before it, or an odd count of "."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opened = max(line.rfind(mark) for mark in _QUOTE_OPENERS)
    closed = max(line.rfind(mark) for mark in _QUOTE_CLOSERS)
    return opened > closed or line.count('"') % 2 == 1


def _colloquial_future(word: str, following: str, lex: Lexicon) -> bool:
    """Whether *word* marks the future in colloquial speech (رح، راح، غادي; هنروح، حنسافر).

    A particle before an imperfect (راح نوقع; not راح الوفد, «the delegation went»), or a
    prefix هـ or حـ on an imperfect (ن ي ت) of three letters or more; the nouns of that
    shape (هيئة، حيفا) are in ``COLLOQUIAL_NOT_FUTURE``.
    """
    for form in _strip_clitics(word):
        if form in lex.colloquial_future:
            return (
                len(following) >= 3  # noqa: PLR2004
                and following[0] in "نيتا"
                and not following.startswith("ال")
            )
        if (
            len(form) >= 5  # noqa: PLR2004
            and form[0] in lex.colloquial_prefixes
            and form[1] in "نيت"
            and form not in lex.colloquial_not_future
        ):
            return True
    return False


def _feminine_past_of_t_form(word: str) -> bool:
    """Whether *word* opens with ت and ends with the feminine ت of the past (تشكلت، تأسست)."""
    return len(word) >= _SHORTEST_T_FORM_PAST and word[0] == "ت" and word[-1] == "ت"


def _perfect(word: str, lex: Lexicon) -> bool:
    """Whether *word*, after a relative pronoun, looks like a verb of the past (عقدت, أعلن).

    Not an imperfect (تعقد), not سـ + one (ستعقد), not a date word; a verb of the forms that
    open with ت and end with the feminine ت is one of the past (تشكلت، تأسست، توصلت).
    """
    return (
        len(word) >= 3  # noqa: PLR2004
        and (not _imperfect(word) or _feminine_past_of_t_form(word))
        and not _future_verb(word, lex.not_future_verbs)
        and word not in lex.roles
        and not _in(word, lex.future_cues)
    )


def _weekday_fits(spec: Spec, weekday: int) -> bool:
    """Whether *weekday* is the weekday of the date *spec* writes (true without its year)."""
    if spec.year is None or spec.month is None or spec.day is None or spec.hijri:
        return True
    try:
        return dt.date(spec.year, spec.month, spec.day).weekday() == weekday
    except ValueError:
        return False


def _week_day(spec: Spec | None) -> bool:
    """Whether *spec* is a weekday of a relative week (الجمعة من الأسبوع المقبل)."""
    return (
        spec is not None
        and spec.kind == "unit"
        and spec.unit == "week"
        and spec.weekday is not None
    )


def _between_digits(text: str, at: int) -> bool:
    """Whether the character at *at* stands between two digits (20:00, 1,5)."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


_FIELD_MOST: Final = 100  # characters: the longest text read as a field, not running text


def tenseless(text: str, start: int, end: int) -> bool:
    """Whether the date at *start*:*end* is a field: a short text with no word of tense.

    Every other word of *text* is a date word, a number, or one of ``TENSELESS_WORDS``
    (في، حتى، الساعة، بتوقيت ...): the text is a query, a caption or a form field, not a
    report. A line of an article is never one (its page holds other words).
    """
    if len(text) > _FIELD_MOST:
        return False
    lex = lexicon()
    return all(
        word.isdigit()
        or word in lex.roles
        or (word[0] in "وف" and word[1:] in lex.roles)  # الخميس والجمعة
        or word in lex.clock
        or _in(word, lex.tenseless)
        for word in _WORDS.findall(f"{text[:start]} {text[end:]}")
    )


def _stretch_closed(words: list[str], since: int, lex: Lexicon) -> bool:
    """Whether the منذ at *since* takes a year or a time at once, other words after them.

    منذ 2012 بين أطراف النزاع، منذ سنوات بين البلدين: the stretch ends with its time; a date
    further on is not its end (منذ توليه منصبه في 11 يناير: it is).
    """
    if since + 2 >= len(words):
        return False
    time = words[since + 1]
    roles = lex.roles.get(time)
    return time.isdigit() or (roles is not None and roles.unit is not None)


def past_cue_before(text: str, start: int) -> bool:
    """Whether the clause before *start* makes a year-less date past.

    The word just before it (منذ مارس, التقرير الصادر الخميس); a perfect verb of news right
    before في and the date (وقع في آذار: ``PAST_VERBS_AFTER``); a relative pronoun and a verb
    of the past a few words before it (الحراك الذي انطلق في 22 شباط); منذ opening the
    stretch it ends (منذ تولي القادة الجدد السلطة في مارس).
    """
    lex = lexicon()
    match = _PREV_WORD.search(text, max(0, start - 22), start)
    if match is not None and _in(match.group(1), lex.past_cues):
        return True
    verb_before_in = match is not None and _verb_before_in(text, match, lex)
    window, ends = _clause_window(text, start)
    words = _WORDS.findall(window[max(ends, default=0) :])
    for index in range(len(words) - 1, -1, -1):  # from the date back
        word = words[index]
        if _in(word, lex.future_cues) or _future_verb(word, lex.not_future_verbs):
            return False  # منذ أشهر وستعرض نتائجها في 20 أبريل: the verb before it points ahead
        after = words[index + 1 :]
        if (
            _in(word, lex.past_cues)
            and len(after) <= _SINCE_REACH
            and not _stretch_closed(words, index, lex)
        ):
            return True
        # التي كانت مقررة في 19 أكتوبر: a past plan; الذي كان قد وعد في: a past
        pluperfect = after[1:2] == [_PERFECT_PARTICLE]
        if (
            word in lex.past_clause_pronouns
            and 0 < len(after) <= _RELATIVE_REACH + pluperfect
            and _perfect(after[0], lex)
            and (pluperfect or not _in(after[0], lex.past_plan))
        ):
            return True
        if (
            word == _PERFECT_PARTICLE
            and 0 < len(after) <= _RELATIVE_REACH
            and _perfect(after[0], lex)
            and not any(w in _THAT_WORDS for w in after)
            and any(_in(w, lex.past_plan) for w in words[max(0, index - _PLUPERFECT_REACH) : index])
        ):
            return True  # وكانت الحكومة قد أعلنت في 28 ديسمبر: كان ... قد and a verb of the past
    return verb_before_in  # (a future cue before it, read above, wins: سيكون قد وصل في 4 يناير)


def _verb_before_in(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """Whether the word before a date, *word*, is في after a perfect verb of news (وقع في آذار).

    The verb may have its subject between when it opens its clause (وبدأ التوتر في مايو:
    the subject's verb, not an announcement's, أعلن الوزير انطلاق المعرض في 5 أبريل).
    Not after a word of condition (إذا انعقد في يناير، في حال أقر في فبراير).
    """
    if word.group(1) not in _IN_WORDS:
        return False
    verb = _PREV_WORD.search(text, max(0, word.start() - 22), word.start())
    if verb is not None and not _in(verb.group(1), lex.past_verbs_before_in):
        subject = verb
        verb = _PREV_WORD.search(text, max(0, subject.start() - 22), subject.start())
        if (
            verb is None
            or not _opens_clause(text, verb.start())
            or _in(subject.group(1), lex.future_cues)
            or _quoted_or_conditional(text, verb.start(), lex)
        ):
            return False
    if verb is None or not _in(verb.group(1), lex.past_verbs_before_in):
        return False
    return not _conditional(_WORDS.findall(text, max(0, verb.start() - 24), verb.start())[-2:], lex)


def _conditional(words: list[str], lex: Lexicon) -> bool:
    """Whether *words* hold a word of condition (حال and حالة only after في: 12 حالة إصابة)."""
    return any(
        _in(word, lex.conditionals)
        and (word not in _CASE_WORDS or (k > 0 and words[k - 1] in _IN_WORDS))
        for k, word in enumerate(words)
    )


def _quoted_or_conditional(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the verb at *at* opens a quotation or answers a condition of its sentence.

    وقال الرئيس: أعلن الحداد في 15 مارس (a first person's present); وإذا فشلت المفاوضات،
    بدأ الهجوم في مايو (a condition's answer): no story of the past.
    """
    before = text[max(0, at - 3) : at].rstrip(" ")
    if before.endswith((":", '"', "«")):
        return True
    window = text[max(0, at - _CONDITION_REACH) : at]
    sentence = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    words = _WORDS.findall(window[sentence:])
    if not sentence and at > _CONDITION_REACH:
        words = words[1:]  # (the window may start inside a word)
    # إن folds to أن, no condition inside a sentence; opening it before a verb it is (وإن
    # فشلت), before a noun it is the emphatic إنّ (إن الأوضاع تتدهور); حال and حالة are one
    # only after في (في حال أقر), else «case» (12 حالة إصابة)
    return _conditional(words, lex) or (
        len(words) > 1 and words[0] in _IF_OPENERS and not words[1].startswith("ال")
    )


def _opens_clause(text: str, at: int) -> bool:
    """Whether the word at *at* is the first of its clause (after a mark, or the text's start)."""
    before = text[max(0, at - 2) : at].rstrip(" ")
    return not before or before[-1] in _CLAUSE_MARKS


def past_verb_after(text: str, start: int, end: int) -> bool:
    """Whether the date at *start*:*end* opens its clause with في and a perfect verb follows.

    وفي 22 ديسمبر، وقعت الدول الثلاث: a story of the past (not كان من المقرر أن تتم في
    2 مايو، وتم تأجيلها, where the verb after tells something else).
    """
    match = _VERB_AFTER.match(text, end, end + 26)
    if match is None or not _in(match.group(1), lexicon().past_verbs_after):
        return False
    at = start - 1 if start > 0 and text[start - 1] == " " else start
    word_start = at
    while word_start > 0 and text[word_start - 1] not in _CLAUSE_MARKS:
        word_start -= 1
    if text[word_start:at] not in _IN_WORDS:
        return False
    if word_start > 0 and text[word_start - 1] == " ":
        word_start -= 1
    return word_start == 0 or text[word_start - 1] in _CLAUSE_MARKS[1:]


class _Parser:
    """The grammar over the tokens of one normalized text."""

    def __init__(
        self, text: str, stream: Iterator[Tok], *, lenient: bool, hijri_numeric: bool = False
    ) -> None:
        self.text = text
        self.stream = stream
        self.exhausted = False
        # A window of the tokens: the driver drops those it has passed and reads
        # more ahead, so that memory stays bounded however long the text.
        self.toks: list[Tok] = []
        self.n = 0
        self.lex = lexicon()
        self.lenient = lenient
        self.hijri_numeric = hijri_numeric  # the caller's setting: 30-02-33 is Hijri
        self.chain = (-1, -1)  # the last chain of times of day (مساء مساء ...): first, end
        self.in_range = False  # reading the second end of a range: no range inside it

    def read(self, count: int) -> None:
        """Read up to *count* more tokens into the window."""
        if self.exhausted:
            return
        more = list(itertools.islice(self.stream, count))
        if len(more) < count:
            self.exhausted = True
        self.toks.extend(more)
        self.n = len(self.toks)

    def ensure(self, i: int) -> None:
        """Read ahead until token *i* is in the window or the text is over."""
        while self.n <= i and not self.exhausted:
            self.read(_CHUNK)

    # -- helpers ------------------------------------------------------------------

    def role(self, i: int) -> Roles:
        if i >= self.n or i < 0:
            return EMPTY
        return self.toks[i].roles or EMPTY

    def num(self, i: int) -> int | None:
        return self.toks[i].num if i < self.n else None

    def gap(self, i: int) -> str | None:
        """The text between token *i* and token *i + 1* (None at the end)."""
        if i + 1 >= self.n:
            return None
        first, second = self.toks[i], self.toks[i + 1]
        if first.end == second.start and first.num is None and second.num is None:
            return " "  # ديسمبرالماضي: a scraper dropped the space (see ``_lexicon``)
        gap = self.text[first.end : second.start]
        return " " + gap if gap == "من " and first.num is not None else gap  # 12من ديسمبر

    def spaced_from(self, end: int, j: int) -> bool:
        """Whether token *j* follows offset *end* after one space, or glued to a word there."""
        start = self.toks[j].start
        if start == end:  # ديسمبرالماضي: a scraper dropped the space (see ``_lexicon``)
            return self.toks[j].num is None and end > 0 and self.text[end - 1].isalpha()
        return start == end + 1 and self.text[end] == " "

    def joined(self, i: int, pattern: re.Pattern[str]) -> bool:
        gap = self.gap(i)
        return gap is not None and _fullmatch(pattern, gap)

    def spaced(self, i: int) -> bool:
        return self.gap(i) == " "

    def prev_word(self, position: int) -> str | None:
        match = _PREV_WORD.search(self.text, max(0, position - 22), position)
        return match.group(1) if match else None

    def clock_before(self, position: int) -> bool:
        """Whether a clock time and من stand right before *position* (الواحدة من، 10:30 من).

        A bare numeral is a clock time after الساعة or an hour word (الساعة 11 من قبل ظهر).
        """
        before = self.prev_word(position)
        if before != "من":
            return False
        position -= len(before) + 1
        clock = self.prev_word(position)
        if clock in _CLOCK_FRACTIONS:  # العاشرة والنصف من صباح الخميس
            position -= len(clock) + 1
            clock = self.prev_word(position)
        if clock is None:
            return False
        if clock in self.lex.clock or ":" in clock:
            return True
        return _fullmatch(_CLOCK_NUMERAL, clock) and _in(
            self.prev_word(position - len(clock) - 1), self.lex.clock
        )

    def quoted_word(self, position: int) -> str | None:
        """The word before an opening quote just before *position* (قوى "14 آذار": قوى)."""
        match = _QUOTED_WORD.search(self.text, max(0, position - 24), position)
        return match.group(1) if match else None

    def counted_day(
        self, position: int, *, weekday: bool = False, before: str | None = None
    ) -> bool:
        """Whether the day word or weekday ending at *position* is followed by a count.

        بدءا من اليوم 22 من العدوان، في اليوم 22 لبدء الاتفاق: the 22nd day of a stretch
        (``COUNTED_DAY_NOUNS``; اليوم after one of ``COUNTED_DAY_PREPOSITIONS``, the word
        *before* it); a *weekday* with الـ and a number no day of a month has, or with a number
        before a stretch: الجمعة الـ74 من مسيرات العودة، الجمعة الـ23 للحراك. اليوم 22 من الشهر
        الجاري، الجمعة الـ 15، السبت الـ 26 من نوفمبر are dates, and انضم اليوم 300 للإضراب، قتل
        يوم السبت 45 شخصا are counts of persons.
        """
        match = _DAY_COUNT.match(self.text, position)
        if match is None:
            return False
        number, after, beyond = match.groups()
        if weekday and match.group(0).startswith(" ال") and int(number) > _MAX_DAY:
            return True  # الجمعة الـ74: a rank no day of a month has
        if not weekday and (after, beyond) == _IN_A_ROW:
            return True  # يواصل عدوانه لليوم 35 على التوالي: the 35th day running
        if not weekday and not _in(before, self.lex.day_count_preps):
            return False  # انضم اليوم 300 للإضراب: today (the word *before* it), and a count
        if after == _FROM:
            noun = beyond or ""
        elif after.startswith("لل"):
            noun = "ال" + after[2:]  # للعدوان
        elif after.startswith("ل"):
            noun = after[1:]  # لبدء
        else:
            return False
        return noun in self.lex.counted_stretches

    def next_word(self, position: int) -> str | None:
        match = _NEXT_WORD.match(self.text, position, position + 22)
        return match.group(1) if match else None

    def word_start(self, position: int, word: str) -> int:
        """Where *word*, written just before *position* and a space, starts in a span.

        A conjunction و or ف glued to it stays out (وبعد 3 أشهر -> بعد 3 أشهر).
        """
        start = position - len(word) - 1
        if len(word) > 2 and word[0] in "وف" and word[1:] in self.lex.span_prepositions:  # noqa: PLR2004
            start += 1
        return start

    def tok_start(self, i: int) -> int:
        """Where token *i* starts, before its proclitics (for the word before it)."""
        tok = self.toks[i]
        return tok.start - len(tok.clitic)

    def is_day(self, i: int) -> bool:
        tok = self.toks[i] if i < self.n else None
        return (
            tok is not None
            and tok.num is not None
            and 1 <= tok.num <= _MAX_DAY
            and tok.digits <= 2  # noqa: PLR2004
            and tok.era is None
            and not self.in_clock(tok.start, tok.end)
        )

    def first_of_range(self, i: int) -> bool:
        """Whether token *i* stands between من or بين and a word of «until» (من فاتح إلى 15)."""
        gap = self.gap(i) or ""
        return (
            _in(self.prev_word(self.tok_start(i)), self.lex.range_intros)
            and _RANGE_WORD.search(gap) is not None
            and _fullmatch(self.lex.range_gap, gap)
        )

    def in_clock(self, start: int, end: int) -> bool:
        """Whether the number at *start*..*end* is a part of a clock time, never a day.

        The minutes of `09:05 - 11 مارس` (a page's stamp) are not the first day of a range.
        """
        return _CLOCK_BEFORE.match(self.text, max(0, start - 2), start) is not None or (
            _CLOCK_AFTER.match(self.text, end) is not None
        )

    def day_at(self, i: int) -> int | None:
        if self.is_day(i):
            return self.num(i)
        ordinal = self.role(i).ordinal
        if ordinal is not None and self.gap(i) == " من ":
            return ordinal
        monthday = self.role(i).monthday
        if monthday is not None and self.gap(i) in {" ", " من "}:
            return monthday  # غرة ذي القعدة: 1; سلخ رمضان: -1, the last day
        if monthday == 1 and self.first_of_range(i):
            return monthday  # من فاتح إلى 15 أكتوبر: the first, its month written after the range
        cardinal = self.role(i).numword
        if ordinal is not None and 0 < ordinal <= _MAX_DAY:
            cardinal = ordinal  # في السابع أكتوبر: an ordinal right before the month, as a number
        if (
            cardinal is not None
            and 0 < cardinal <= _MAX_DAY
            and self.spaced(i)
            and (self.role(i + 1).gmonth is not None or self.role(i + 1).hmonth is not None)
            and (
                (i > 0 and self.role(i - 1).unit == ("day", "single") and self.spaced(i - 1))
                or self.after_time_preposition(i)
            )
        ):
            # يوم عشرين مارس, إلى خمسة ديسمبر, في السابع أكتوبر: a cardinal or ordinal word after
            # يوم or a preposition of time, right before a month
            return cardinal
        return None

    def after_time_preposition(self, i: int) -> bool:
        """Whether a preposition of time or إلى is the word before token *i* (إلى خمسة ديسمبر).

        Not إلى after a word of counting a few words before (ارتفع عدد ... إلى خمسة: a count).
        """
        start = self.tok_start(i)
        before = self.prev_word(start)
        if before is None:
            return False
        if before != _TO:
            return _in(before, self.lex.time_preps)
        words = self.text[max(0, start - _COUNT_REACH) : start].split()[:-1]
        return not any(_in(word, self.lex.to_count) for word in words[-_COUNT_WORDS:])

    def compound_day(self, i: int) -> int | None:
        """يوم خمسة وعشرين أبريل, في ثلاثة وعشرين يوليو: a day of units and tens in words.

        After يوم or a time preposition and right before a month name; a count of things
        (ثلاثة وعشرين شخصا) has its noun, not a month, after it.
        """
        self.ensure(i + 2)
        ones, tens = self.role(i).numword, self.role(i + 1).numword
        if ones is None and i < self.n and self.toks[i].clitic == "و":  # يوم واحد: و + أحد
            ones = self.lex.ones.get("و" + self.toks[i].form)
        if ones is None or tens is None or not 0 < ones < _TEN or tens not in _DAY_TENS:
            return None
        if ones + tens > _MAX_DAY or self.gap(i) != " و":
            return None
        if not self.spaced(i + 1) or (
            self.role(i + 2).gmonth is None and self.role(i + 2).hmonth is None
        ):
            return None
        before = self.prev_word(self.tok_start(i))
        if before != "يوم" and not _in(before, self.lex.time_preps):
            return None
        return ones + tens

    def counted_after(self, position: int) -> bool:
        """Whether a counted noun follows *position* (2000 منزل, 1950 شخصا, 2000 عام).

        Not يوم before a weekday: in 2023-2024 يوم السبت it names the day that follows.
        """
        following = self.next_word(position)
        if following is None or following not in self.lex.counted:
            return False
        after = self.next_word(position + len(following) + 1)
        return not (after is not None and self.lex.roles.get(after, EMPTY).weekday is not None)

    def describes_day(self, word: str, roles: Roles) -> bool:
        """Whether the definite *word* after اليوم describes «the day» (اليوم الوطني).

        A word of the date tables other than a weekday (التالي، الأول، المقبل), an
        adjective in ي (الوطني، الذي), a number (الـ46) or one of ``DAY_MODIFIERS``. Any
        other word starts the clause after «today» (استقبل اليوم السفير). *roles* are those
        of the next token (القبل البارحة is one).
        """
        if roles is EMPTY:
            roles = self.lex.roles.get(word, EMPTY)
        if roles is not EMPTY:
            return roles.weekday is None
        return (
            (word.endswith("ي") and word not in self.lex.not_day_adjectives)
            or word in self.lex.day_modifiers
            or any(char.isdigit() for char in word)  # لليوم الـ46: the 46th day
            or word == "ال"  # لليوم الـ 74: the article of a number written apart
        )

    def bare_unit(self, i: int) -> tuple[int, int, str, int] | None:
        """(next token, end, unit, 0) of a bare العام / الشهر / الأسبوع: the current one.

        Only after a period part or a day of the month (نهاية العام, غرة الشهر), and
        not before a definite word (العام الدراسي, الشهر الفضيل) or a word that points
        back to a period named before (العام نفسه).
        """
        unit = self.role(i).unit
        if unit is None or unit[1] != "definite" or unit[0] == "day":
            return None
        tok = self.toks[i]
        following = self.next_word(tok.end)
        if following is not None and (
            (following.startswith("ال") and following not in self.lex.not_article)
            or _in(following, self.lex.anaphoric)
        ):
            return None
        if i + 1 < self.n and self.toks[i + 1].num is not None and self.spaced(i):
            return None  # العام 2021: a year, read elsewhere
        return i + 1, tok.end, unit[0], 0

    # -- the driver ---------------------------------------------------------------

    def run(self) -> Iterator[Found]:
        """Walk the tokens left to right, keeping the longest construct at each."""
        dispatch = _dispatch()
        i = 0
        pending: Found | None = None  # the last date, held until the next construct is read
        while True:
            if self.n - i < _LOOKAHEAD and not self.exhausted:
                passed = max(0, i - _BEHIND)  # rules look back at most _BEHIND tokens
                del self.toks[:passed]
                self.n -= passed
                self.chain = (-1, -1)
                i -= passed
                self.read(_CHUNK)
            if i >= self.n:
                if pending is not None:
                    yield pending
                return
            tok = self.toks[i]
            best: _Hit | None = None
            best_rule = ""
            for rule in dispatch.get(tok.form, ()) if tok.roles else _NUMBER_RULES:
                hit = rule.apply(self, i)
                if hit is not None and (best is None or hit.end > best.end):
                    best = hit
                    best_rule = rule.name
            if best is None:
                i += 1
                continue
            if best.spec is not None:
                if pending is not None:
                    yield pending
                pending = Found(start=best.start, end=best.end, spec=best.spec, rule=best_rule)
            elif (
                best.recurs
                and pending is not None
                and _fullmatch(_SPAN_GAP, self.text[pending.end : best.start])
            ):  # من 3 يوليو حتى 15 أغسطس من كل عام: the yearly set covers both ends
                pending = None
            i = max(best.end_tok, i + 1)

    # -- calendar dates: 5 فبراير/شباط 2021, شهر رمضان, 15 جمادى الآخرة 1443 هـ -----------

    def monthx(self, i: int) -> tuple[int, Spec, int, bool] | None:
        """A month name, or two of one month (فبراير/شباط, شباط (فبراير)).

        Returns (first token after, a partial spec, end offset, paired).
        """
        roles = self.role(i)
        if roles.hmonth is not None:
            j, end = i + 1, self.toks[i].end
            epithet = self.next_word(end)
            if (  # رمضان المبارك لعام 1444 هـ: an epithet between the month and its year
                epithet in self.lex.month_epithets
                and j < self.n
                and self.tok_start(j) == end + len(epithet) + 2
                and (
                    self.role(j).unit in YEAR_UNITS
                    or self.toks[j].digits == 4  # noqa: PLR2004
                    or self.role(j).this  # رمضان المبارك لهذا العام
                )
            ):
                end += len(epithet) + 1
            return (
                j,
                Spec(kind="date", calendar=Calendar.HIJRI, month=roles.hmonth, hijri=True),
                end,
                False,
            )
        if roles.gmonth is None:
            if roles is EMPTY and self.toks[i].num is None:
                return None  # no month, no month number
            ordinal = self.ordinal_month(i)
            if ordinal is not None:  # 27 من الشهر الثامن
                spec = Spec(kind="date", calendar=Calendar.NUMERIC, month=ordinal)
                return i + 2, spec, self.toks[i + 1].end, False
            number = self.month_number(i)
            if number is None:
                return None
            spec = Spec(kind="date", calendar=Calendar.NUMERIC, month=number)
            return i + 1, spec, self.toks[i].end, False
        system, month = roles.gmonth
        candidates = self.lex.ambiguous.get(self.toks[i].form, ())
        end = self.toks[i].end
        j = i + 1
        mismatch = False
        paired = False
        partner = self.role(i + 1).gmonth
        # حزيران-يونيو, نيسان ابريل: a hyphen or a space joins two names of one month
        if (
            partner is not None
            and not self.joined(i, _DUAL_GAP)
            and not (self.joined(i, _LOOSE_DUAL_GAP) and self.same_month(i, month, partner[1]))
        ):
            partner = None
        if (
            partner is not None
            and "(" not in (self.gap(i) or "")
            and (partner[0] is Calendar.LEVANTINE) == (system is Calendar.LEVANTINE)
            and month
            and partner[1] > month
            and not (i > 0 and self.is_day(i - 1) and self.gap(i - 1) in {" ", ""})
        ):
            partner = None  # غشت / شتنبر 2025: two months, not a Syriac name and its twin: a range
        twin = self.misspelt_twin(i, month) if partner is None and month else None
        if twin is not None:
            return i + 1, Spec(kind="date", calendar=system, month=month), twin, True
        if partner is not None:
            other = partner[1]
            other_candidates = self.lex.ambiguous.get(self.toks[i + 1].form, ())
            paired = True
            if not month:
                month = other if other in candidates or not candidates else 0
            elif (other and other != month) or (
                not other and other_candidates and month not in other_candidates
            ):
                mismatch = True
            end = self.toks[i + 1].end
            j = i + 2
            if "(" in (self.gap(i) or ""):
                close = re.match(r" ?\)", self.text[end : end + 2])
                if close is None:
                    return None
                end += close.end()
        spec = Spec(
            kind="date",
            calendar=system,
            month=month or None,
            months=() if month else candidates,
            mismatch=mismatch,
        )
        return j, spec, end, paired

    def misspelt_twin(self, i: int, month: int) -> int | None:
        """The end of a bracket after the month at *i* holding a misspelt name of it.

        أيلول ( سمبتمبر ): one letter added, dropped or changed, and nothing else in the brackets.
        """
        match = _TWIN.match(self.text, self.toks[i].end)
        if match is None or (i + 1 < self.n and self.toks[i + 1].start < match.end()):
            return None  # a known word in the brackets is read by the rules of month pairs
        word = match.group(1)
        if any(_one_edit(word, form) for form in _month_forms().get(month, ())):
            return match.end()
        return None

    def ordinal_month(self, i: int) -> int | None:
        """الشهر + an ordinal after a day and من (27 من الشهر الثامن): the month of that number.

        Only after a day: للشهر الثامن على التوالي counts months.
        """
        if i == 0 or self.role(i).unit != ("month", "definite") or not self.spaced(i):
            return None
        if self.gap(i - 1) != " من " or not (self.is_day(i - 1) or self.role(i - 1).ordinal):
            return None
        ordinal = self.role(i + 1).ordinal
        return ordinal if ordinal is not None and ordinal <= _MAX_MONTH else None

    def month_number(self, i: int) -> int | None:
        """A month written as its number after شهر (شهر 3, شهر عشرة: colloquial and Gulf)."""
        if i == 0 or self.role(i - 1).unit != ("month", "single") or not self.spaced(i - 1):
            return None
        tok = self.toks[i]
        number = self.role(i).numword if tok.num is None else tok.num
        if tok.num is not None and (tok.digits > 2 or tok.era is not None):  # noqa: PLR2004
            return None
        if number is None or not 1 <= number <= _MAX_MONTH:
            return None
        if self.next_word(tok.end) is None:
            return number  # شهر 3، شهر عشرة.
        # a word follows: only a year, a relative word or من + a year (شهر 6 الماضي, شهر عشرة
        # سنة 2015); else it is a count (خلال شهر ثلاثة آلاف, راتب شهر 6 آلاف)
        following = self.role(i + 1) if i + 1 < self.n else EMPTY
        if self.gap(i) == " من " and following.unit in YEAR_UNITS:
            return number
        if not self.spaced(i):
            return None
        after = self.toks[i + 1]
        if after.num is not None or following.rel is not None or following.unit in YEAR_UNITS:
            return number
        return None

    def weekday_pair(self, i: int) -> _Hit | None:
        """يومي السبت والأحد (المقبلين): two weekdays as one interval, like يومي 9 و10."""
        first, second = self.role(i + 1).weekday, self.role(i + 2).weekday
        if second is None or self.gap(i + 1) not in _AND_GAPS:
            return None
        end_tok, end = i + 3, self.toks[i + 2].end
        rel = self.role(i + 3).rel if self.spaced(i + 2) else None
        if rel is not None:
            end_tok, end = i + 4, self.toks[i + 3].end
        if rel is None and end_tok < self.n and self.spaced(end_tok - 1):
            # يومي الأحد والاثنين 11 و12 يونيو: the two days written after their weekdays
            dated = self.r_caldate(end_tok)
            if dated is not None and dated.spec is not None and dated.spec.kind == "interval":
                return _Hit(
                    end_tok=dated.end_tok, start=self.toks[i].start, end=dated.end, spec=dated.spec
                )
        start = Spec(kind="weekday", weekday=first, relative=rel)
        spec = start.replace(kind="interval", end=Spec(kind="weekday", weekday=second))
        return _Hit(end_tok=end_tok, start=self.toks[i].start, end=end, spec=spec)

    def equivalent_weekday(self, j: int, end: int) -> tuple[int, int, int] | None:
        """الموافق + a weekday after a date (and its relative word): (next token, end, weekday)."""
        if j >= self.n or self.role(j).weekday is None:
            return None
        gap = self.text[end : self.toks[j].start]
        if not _EQUIVALENT.search(gap) or not _fullmatch(self.lex.weekday_date_gap, gap):
            return None
        weekday = self.role(j).weekday
        end_tok, end = j + 1, self.toks[j].end
        if self.spaced(j) and self.role(j + 1).rel is not None:
            end_tok, end = j + 2, self.toks[j + 1].end
        return (end_tok, end, weekday) if weekday is not None else None

    def of_relative_year(self, j: int, end: int) -> tuple[int, int, int] | None:
        """من العام الماضي / الحالي / المقبل, هذا العام after a month: (next token, end, offset)."""
        if self.text[end : self.toks[j].start] not in {" من ", " ", " ل"}:
            return None  # مارس (من) العام المقبل, مارس لهذا العام
        found = self.unit_rel(j)
        if found is None or found[2] != "year":
            return None
        return found[0], found[1], found[3]

    def years_ago(self, j: int, end: int) -> tuple[int, int, int] | None:
        """قبل 28 عاما after a month or a day of it: (next token, end, minus the years).

        وفي 13 سبتمبر قبل 28 عاما وقعت ...: the anniversary's day in the year that far back.
        """
        self.ensure(j + 1)
        if j + 1 >= self.n or self.text[end : self.toks[j].start] != _AGO_GAP:
            return None
        count, unit = self.toks[j], self.role(j + 1).unit
        if (
            count.num is None
            or unit is None
            or unit[0] != "year"
            or self.text[count.end : self.toks[j + 1].start] != " "
            # قبل 3 أعوام من الانتخابات، قبل 10 سنوات على اندلاع الحرب: counted from an event
            or self.counted_from_event(self.toks[j + 1].end)
        ):
            return None
        end = self.toks[j + 1].end
        if self.next_word(end) == _FROM:
            now = self.next_word(end + len(_FROM) + 1)
            if now is not None and now in self.lex.now_after_distance:
                end += len(_FROM) + len(now) + 2  # قبل 28 عاما من الآن: from the page, in the span
        return j + 2, end, -count.num

    def counted_from_event(self, position: int) -> bool:
        """Whether the years ending at *position* count back from an event named after them.

        قبل 3 أعوام من الانتخابات، قبل 10 سنوات على اندلاع الحرب، قبل 3 سنوات تقريبا عن
        الموعد; not من الآن (from now: from the page).
        """
        # قبل 3 سنوات تقريبا من الموعد، قبل عام واحد فقط من
        position, following = self.past_qualifiers(position, self.next_word(position))
        if following not in _FROM_EVENT:
            return False
        return self.next_word(position + len(following) + 1) not in self.lex.now_after_distance

    def past_qualifiers(self, position: int, following: str | None) -> tuple[int, str | None]:
        """The end of up to two distance qualifiers from *following*, the word after *position*.

        And the word after them (بعد يوم واحد فقط من الذكرى: واحد فقط passed, then من).
        """
        for _ in range(_QUALIFIERS_MOST):
            if following is None or not _in(following, self.lex.distance_qualifiers):
                break
            position += len(following) + 1
            following = self.next_word(position)
        return position, following

    def of_same_year(self, j: int, end: int) -> tuple[int, int] | None:
        """من العام ذاته / للعام نفسه after a month: (next token, end) of the year named before."""
        gap = self.text[end : self.toks[j].start]
        if gap not in {" من ", " "}:
            # 9 آذار من ذلك العام، 5 مايو من نفس العام: a demonstrative or نفس/ذات before the
            # year points back as well
            demonstrative = gap.removeprefix(" من").removeprefix(" ").removesuffix(" ")
            if (
                gap.endswith(" ")
                and (demonstrative in self.lex.demonstratives or _in(demonstrative, self.lex.same))
                and self.role(j).unit == ("year", "definite")
            ):
                return j + 1, self.toks[j].end
            return None
        year = self.toks[j]
        if self.role(j).unit != ("year", "definite"):
            return None
        anaphor = self.next_word(year.end)
        if anaphor is None or not _in(anaphor, self.lex.anaphoric):
            return None
        return j + 1, year.end + 1 + len(anaphor)

    def month_days(self, j: int, end: int) -> tuple[int, int, int, int] | None:
        """Two days after a month name: آب 4 الى 6, يوليو 13-15 (next token, end, days)."""
        if j + 1 >= self.n or self.text[end : self.toks[j].start] != " ":
            return None
        if not (self.is_day(j) and self.is_day(j + 1) and self.joined(j, self.lex.range_gap)):
            return None
        first, last = self.num(j), self.num(j + 1)
        if first is None or last is None or last <= first:
            return None
        return j + 2, self.toks[j + 1].end, first, last

    def month_day_year(self, j: int, end: int) -> tuple[int, int, int, int] | None:
        """A day and a year after a month name, as English writes them: November 22, 2025.

        Returns (first token after, end offset, day, year); only with the comma and the year.
        """
        if j + 1 >= self.n or not self.is_day(j):
            return None
        gap = self.text[end : self.toks[j].start]
        if gap != " " and not (gap == ". " and self.text[end - 1 : end].isascii()):
            return None  # (Sept. 9, 2023: the dot of an English abbreviation)
        if not _fullmatch(_COMMA_GAP, self.gap(j) or "-"):
            return None
        found_year = self.year_at(j + 1, cue=True)
        day = self.num(j)
        if found_year is None or found_year[2].hijri or found_year[2].year is None or day is None:
            return None
        return found_year[0], found_year[1], day, found_year[2].year

    def same_month(self, i: int, month: int, other: int) -> bool:
        """Whether the month names at tokens *i* and *i + 1* can name one month."""
        if month and other:
            return month == other
        first = self.lex.ambiguous.get(self.toks[i].form, (month,))
        second = self.lex.ambiguous.get(self.toks[i + 1].form, (other,))
        return bool(set(first) & set(second))

    def r_caldate(self, i: int, *, dual: bool = True) -> _Hit | None:
        start_tok = i
        span_start = self.toks[i].start
        roles = self.role(i)
        day = day2 = None
        day_noun = False
        bracketed = False
        if roles.daynoun and self.spaced(i) and self.role(i + 1).weekday is not None:
            return self.weekday_pair(i)
        opened = False  # يومي (17، 18) نوفمبر: the days of يومي in brackets
        if roles.daynoun and self.spaced(i):  # يومي 9 و10 كانون الثاني
            day_noun = True
            i += 1
        elif roles.daynoun and self.joined(i, _OPEN_DAYS_GAP) and self.is_day(i + 1):
            day_noun = opened = True
            i += 1
        month_noun = roles.unit == ("month", "single") and self.spaced(i)  # شهر رمضان
        if month_noun:
            i += 1
        elif (
            roles.ordinal is not None
            and self.role(i + 1).ordinal is not None
            and self.joined(i, self.lex.range_gap)
            and self.gap(i + 1) == " من "
        ):  # من الثالث والعشرين حتى السادس والعشرين من أكتوبر
            day, day2 = roles.ordinal, self.role(i + 1).ordinal
            i += 2
        elif (
            roles.ordinal is not None
            and self.is_day(i + 1)
            and self.joined(i, self.lex.range_gap)
            and self.joined(i + 1, _DAY_MONTH_GAP)
            and roles.ordinal < (self.num(i + 1) or 0)
            and self.prev_word(self.tok_start(i)) in self.lex.range_intros
        ):  # من الخامس إلى 13 ماي الجاري: an ordinal, then the last day in digits (a later one)
            day, day2 = roles.ordinal, self.num(i + 1)
            i += 2
        elif (day := self.compound_day(i)) is not None:
            i += 2  # يوم خمسة وعشرين أبريل: the month after the two words
        elif (day := self.day_at(i)) is not None:
            k = i + 1
            while (
                k - i <= _MAX_LISTED_DAYS
                and self.is_day(k)
                and (
                    self.joined(k - 1, self.lex.range_gap)
                    or self.joined(k - 1, _COMMA_AND_GAP)  # 18، و19 مايو
                    or (day_noun and self.joined(k - 1, _COMMA_GAP))  # يومي 17، 18 نوفمبر
                )
            ):
                day2 = self.num(k)  # 9 و10 و11 يناير: from the first to the last
                k += 1
            if (
                k == i + 1
                and self.gap(i) == _NIGHT_ON
                and self.is_day(k)
                and self.num(k) == day + 1
                and self.prev_word(self.tok_start(i)) in _NIGHT_WORDS
            ):
                day2 = self.num(k)  # ليلة 20 على 21 فبراير: a night across two days
                k += 1
            elif (
                k == i + 1
                and self.joined(i, _SLASH_GAP)
                and self.is_day(k)
                and self.num(k) == day + 1
                and self.joined(k, _DAY_MONTH_GAP)
                and not self.slash_numbered(self.toks[i].start)
            ):
                # 23/24 كانون الثاني، 1/2 يوليو، 23/24 من شهر رمضان: two days in a row (the month
                # must follow, as after one day)
                day2 = self.num(k)
                k += 1
            if opened:
                if not self.joined(k - 1, _CLOSE_DAYS_GAP):
                    return None
            elif not self.joined(k - 1, _DAY_MONTH_GAP):
                if not (self.joined(k - 1, _BRACKET_GAP) and self.role(k).gmonth is not None):
                    return None
                bracketed = True  # 10 (يناير) 2022: the month in brackets
            i = k
        elif day_noun:
            return None
        if (
            day == 1
            and roles.monthday is not None
            and self.role(i).unit in _DAY_UNITS
            and self.gap(i) in {" ", " من "}
        ):
            i += 1  # أول أيام شهر رمضان، أول يوم من رمضان: the first day
        if (
            day is not None
            and self.role(i).unit == ("month", "single")
            and self.spaced(i)
            and (
                self.role(i + 1).hmonth is not None
                or self.role(i + 1).gmonth is not None
                or self.month_number(i + 1) is not None
            )
        ):
            month_noun = True  # غرة شهر رمضان, 15 شهر مايو, 15 شهر 5
            i += 1
        last_day = day == -1
        if last_day:
            day = None
        month_part = self.monthx(i)
        if month_part is None:
            return None
        j, spec, end, paired = month_part
        if bracketed:
            close = _CLOSE_BRACKET.match(self.text, end, end + 2)
            if close is None:
                return None  # (a pair closes its bracket too: يوم 6 (أغسطس/ آب) الجاري)
            end = close.end()
        month_tok = i
        form = self.toks[month_tok].form
        year = None
        year_tok = j
        month_gap = self.text[end : self.toks[j].start] if j < self.n else ""
        year_bracketed = False
        if month_gap in _MONTH_YEAR_WORD_GAPS and self.role(j).unit in YEAR_UNITS:
            year_tok = j + 1 if self.gap(j) in {" ", ""} else self.n  # شباط عام 2021
            if year_tok == self.n and self.joined(j, _BRACKET_GAP):
                year_tok, year_bracketed = j + 1, True  # تشرين الثاني عام (2013)
            era_word = self.role(year_tok).era if year_tok < self.n else None
            if era_word is not None and self.gap(year_tok) == " ":
                # محرم للعام الهجري 1445: the era word before the number (of the month's era)
                year_tok = year_tok + 1 if (era_word == "hijri") == spec.hijri else self.n
        elif not _fullmatch(_MONTH_YEAR_GAP, month_gap) and not (
            # في يوليو من 2015: a year after من, four digits of a year and nothing counted after
            month_gap == " من "
            and self.toks[j].digits == _YEAR_DIGITS
            and self.num(j) in _CUE_YEARS
            and not self.counted_after(self.toks[j].end)
        ):
            year_tok = self.n
        gregorian_year = None
        in_words = (  # 11 سبتمبر عام ألفين وواحد: a year of the 2000s in words after عام
            self.year_in_words(j)
            if j < self.n
            and month_gap in _MONTH_YEAR_WORD_GAPS
            and not spec.hijri
            and self.role(j).unit in YEAR_UNITS
            else None
        )
        if in_words is None and not spec.hijri and self.text[end : end + 1] == " ":
            # شباط-فبراير ألفين وخمسة: a year in words right after the month needs no عام
            in_words = self.year_in_words(j - 1, at=end, cue=False)
        if in_words is not None:
            j, end, year = in_words[0], in_words[1], in_words[2].year
            year_tok = self.n
        if year_tok < self.n:
            found_year = self.year_at(year_tok, cue=True, hijri=spec.hijri)
            if found_year is None and not spec.hijri and year_tok == j + 1:
                found_year = self.two_digit_year(year_tok)  # 4 نوفمبر من عام 95, as عام 95
            if found_year is None and spec.hijri:
                gregorian_year = self.gregorian_year_at(year_tok)  # رمضان 2019
                if gregorian_year is not None:
                    j, end = year_tok + 1, self.toks[year_tok].end
            if found_year is not None and year_bracketed:
                found_year = self.closed_year(found_year)
            if found_year is not None:
                j, end, year_spec = found_year
                if year_spec.hijri != spec.hijri:
                    return None  # a Gregorian month with a Hijri era, or the reverse
                year = year_spec.year
        if year is None and day is None and not last_day and not spec.hijri:
            us_order = self.month_day_year(j, end)  # November 22, 2025; يناير 4, 2017
            if us_order is not None:
                j, end, day, year = us_order
            elif (days := self.month_days(j, end)) is not None:  # آب 4 الى 6
                j, end, day, day2 = days
        rel = None
        if (
            year is None
            and j < self.n
            and self.spaced_from(end, j)  # also after شباط (فبراير)
            and self.role(j).rel is not None
        ):
            rel = self.role(j).rel
            end = self.toks[j].end
            j += 1
        elif (
            year is None
            and not spec.hijri
            and j < self.n
            and self.text[end : self.toks[j].start] in {" ", " من "}
            and (month_rel := self.unit_rel(j)) is not None
            and month_rel[2] == "month"
        ):
            j, end, _, rel = month_rel  # 3 ابريل (من) الشهر الجاري: the month, named twice
        year_offset = None
        same_year = False
        if year is None and rel is None and j < self.n and not spec.hijri:
            # 20 أكتوبر من العام المقبل; 13 سبتمبر قبل 28 عاما: the day that many years back
            of_year = self.of_relative_year(j, end) or self.years_ago(j, end)
            if of_year is not None:
                j, end, year_offset = of_year
            elif (same := self.of_same_year(j, end)) is not None:
                j, end = same  # 22 أكتوبر للعام ذاته
                same_year = True
        elif (
            year is None
            and rel is None
            and j < self.n
            and (this_year := self.of_relative_year(j, end)) is not None
            and this_year[2] == 0
        ):
            # شهر رمضان لهذا العام: the Hijri month the tense points to, named with the year
            # it falls in (read as without it), or with its Hijri year after (لهذا العام 1445هـ)
            j, end = this_year[0], this_year[1]
            own = self.year_at(j, cue=True, hijri=True) if self.spaced_from(end, j) else None
            if own is not None and own[2].hijri and own[2].year is not None:
                j, end, year = own[0], own[1], own[2].year
        if (
            year is None
            and rel is None
            and year_offset is None
            and not same_year
            and gregorian_year is None
            and not last_day
            and day2 is None
            and spec.month
            and not spec.hijri
        ):
            year = self.listed_year(j, end, spec.month)  # نيسان، وتموز 2019: the year of the list
        # Context rules: a risky name needs a day, a year, a partner or a cue.
        slashed = (  # ماي / يونيو 2024: the first month of a range (date_range)
            not paired
            and j < self.n
            and self.role(j).gmonth is not None
            and _fullmatch(_SLASH_GAP, self.text[end : self.toks[j].start])
        )
        context = (
            day is not None
            or last_day
            or year is not None
            or gregorian_year is not None
            or paired
            or slashed
            or rel is not None
            or year_offset is not None
            or same_year
        )
        part_before = (  # الأيام الأخيرة من مارس, العشر الأواخر من رمضان: a part of several words
            month_tok > 0
            and self.role(month_tok - 1).part is not None
            and self.toks[month_tok - 1].end + 1 == self.tok_start(month_tok)
        )
        if spec.hijri:  # مطلع ذي الحجة, أواخر رمضان: a period part, not في
            context = (
                context
                or month_noun
                or part_before
                or _in(self.prev_word(self.tok_start(month_tok)), self.lex.hijri_context)
            )
        else:
            context = (
                context
                or month_noun
                or _in(self.prev_word(self.tok_start(month_tok)), self.lex.time_preps)
                or part_before
                or self.month_partner_before(month_tok)
                or _in(self.prev_word(self.tok_start(month_tok)), self.lex.month_pairs)
                or self.month_range_opened(month_tok, j, end)
            )
        if not self.lenient:
            if (form in self.lex.context_only or spec.hijri) and not context:
                return None
            if form in self.lex.day_and_year_only and (
                (day is None and not last_day) or year is None
            ):
                return None
            if spec.months and day is None and year is None and not paired:
                return None
        trigger = self.prev_word(self.tok_start(start_tok))
        if (
            _in(trigger or self.quoted_word(self.tok_start(start_tok)), self.lex.place_triggers)
            # (فان مايو: a surname; فان is also فإن, so only a bare month)
            or (
                day is None
                and year is None
                and rel is None
                and _in(trigger, self.lex.name_particles)
            )
            or (trigger == "من" and self.group_before(self.tok_start(start_tok) - len(trigger) - 1))
            or (
                day is None
                and year is None
                and rel is None
                and year_offset is None
                and _in(trigger, self.lex.month_name_heads)
            )
            or (
                year is None
                and day is not None
                and rel is None
                and year_offset is None
                and not same_year
                and _in(
                    trigger or self.quoted_word(self.tok_start(start_tok)), self.lex.day_named_heads
                )
            )
        ):  # شارع 26 يوليو, قوى 14 آذار, اتفاق «17 أيار» (with no year: the instrument's name)
            return _Hit(end_tok=j, start=span_start, end=end, spec=None)
        if year is None and self.annual(trigger, start_tok, end):
            return _Hit(end_tok=j, start=span_start, end=end, spec=None, recurs=True)
        named_by = trigger
        if trigger == _ARTICLE:  # ثورة الـ 26 من سبتمبر: the article written apart from the day
            named_by = self.prev_word(self.tok_start(start_tok) - len(_ARTICLE) - 1)
        event = (
            year is None
            and rel is None
            and year_offset is None
            and _in(named_by, self.lex.event_triggers)
        )
        event_year = None
        if event and spec.month is not None and not spec.hijri:
            event_year = self.known_event(spec.month, day, named_by)
        elif (
            trigger == "في"
            and year is None
            and rel is None
            and year_offset is None
            and spec.month is not None
            and not spec.hijri
        ):  # شنت هجوما في السابع من أكتوبر: a well-known event after its noun and في
            noun = self.prev_word(self.tok_start(start_tok) - len(trigger) - 1)
            if noun is not None and noun.endswith("ا") and len(noun) > 3:  # noqa: PLR2004
                noun = noun[:-1]  # the accusative: هجوما
            event_year = self.known_event(spec.month, day, noun)
            if event_year is None and _in(noun, self.lex.event_places):
                # اندلاع حرب غزة في السابع من أكتوبر: the event's noun and its place
                assert noun is not None  # noqa: S101 (a word of the table)
                before = self.prev_word(self.tok_start(start_tok) - len(trigger) - len(noun) - 2)
                event_year = self.known_event(spec.month, day, before)
            event = event_year is not None
        spec = spec.replace(
            year=year,
            day=day,
            last_day=last_day,
            gregorian_year=gregorian_year,
            relative=rel,
            event=event,
            event_year=event_year,
            year_offset=year_offset,
            same_year=same_year,
        )
        if day2 is not None and day is not None and day2 > day:
            spec = spec.replace(kind="interval", end=spec.replace(day=day2))
            if _in(trigger, self.lex.range_intros):  # من 9 إلى 12 مايو
                span_start = self.word_start(self.tok_start(start_tok), trigger or "")
        if dual and spec.kind == "date" and day is not None and not event:
            weekday = self.equivalent_weekday(j, end)  # 24 يوليو الجاري الموافق الأحد المقبل
            if weekday is not None:
                j, end, written = weekday
                spec = spec.replace(weekday=written)
        if (
            spec.kind == "date"
            and day is not None
            and day2 is None
            and not event
            and _in(trigger, self.lex.day_after)
        ):  # غداة 25 فبراير: the day after
            spec = spec.replace(shift=1)
            span_start = self.tok_start(start_tok) - len(trigger or "") - 1
            if trigger and trigger[0] in "وف" and trigger[1:] in self.lex.day_after:
                span_start += 1  # وغداة: the conjunction stays out
        hit = _Hit(end_tok=j, start=span_start, end=end, spec=spec)
        if dual and spec.kind == "date" and not event and (day2 is None or day2 <= (day or 0)):
            ranged = self.date_range(hit, spec, start_tok, trigger) or self.to_today(hit, trigger)
            if ranged is not None:
                return ranged
        if (
            dual
            and (spec.kind == "date" or (spec.kind == "interval" and year is not None))
            and not last_day
            and (year is not None or spec.hijri)
        ):
            # (a Hijri day with no year: joined only to a Gregorian date with one, after
            # الموافق: الاثنين 28 رمضان الموافق 8/4/2024م; days with their year too: 1- 2 ذي
            # الحجة 1442هـ، الموافق 11- 12 يوليو 2021م)
            hit = self.dual_date(hit, spec)
        return hit

    def month_range_opened(self, month_tok: int, j: int, end: int) -> bool:
        """Whether the month at *month_tok* opens a range of months: من مارس وحتى سبتمبر.

        After من or بين, a word of range (إلى, حتى) and another Gregorian month follow it.
        """
        if j >= self.n or self.role(j).gmonth is None:
            return False
        if not _in(self.prev_word(self.tok_start(month_tok)), self.lex.range_intros):
            return False
        gap = self.text[end : self.toks[j].start]
        return _fullmatch(self.lex.range_gap, gap) and _RANGE_WORD.search(gap) is not None

    def listed_year(self, j: int, end: int, month: int) -> int | None:
        """The year written after the next month of a list, for a month before it with none.

        سباقي نيسان، وتموز 2019, في أبريل أو يوليو 2019, في 5 أبريل و7 يوليو 2019: a list of
        months joined by و or أو writes the year once, after the last. Only a later month
        (ديسمبر ويناير 2020 may span two years) of the Gregorian names, with its own year or
        one it takes so from the month after it (a later month each time: at most eleven).
        The year is also the context a risky name needs (نيسان, the car, is a month here).
        """
        if j >= self.n or not _fullmatch(_MONTH_LIST_GAP, self.text[end : self.toks[j].start]):
            return None
        k = j + 1 if self.is_day(j) and self.joined(j, _DAY_MONTH_GAP) else j  # و7 يوليو
        following = self.role(k).gmonth
        if following is None or following[1] <= month:
            return None
        hit = self.r_caldate(j, dual=False)
        if hit is None or hit.spec is None:
            return None
        spec = hit.spec
        if spec.kind != "date" or spec.hijri or spec.month != following[1] or spec.event:
            return None
        return spec.year

    def known_event(self, month: int, day: int | None, trigger: str | None) -> int | None:
        """The year of the well-known event of *month* and *day* named by *trigger*, if any."""
        for e_month, e_day, e_year, triggers in self.lex.events:
            if e_month == month and e_day == day and _in(trigger, triggers):
                return e_year
        return None

    def group_before(self, position: int) -> bool:
        """Whether an indefinite group noun ends before *position*: وقوى (من 8 آذار)."""
        word = self.prev_word(position)
        return word is not None and "ال" not in word[:3] and _in(word, self.lex.place_triggers)

    def date_range(self, hit: _Hit, spec: Spec, start_tok: int, trigger: str | None) -> _Hit | None:
        """Two dates of different months as one range: من 30 نوفمبر إلى 2 ديسمبر 2025.

        After من or بين, joined by a dash, or by a word (إلى, حتى): days, or months
        (يونيو 2007 وحتى أغسطس 2007). A first end without a year takes the year of
        the second (the one before it when its month comes later).
        """
        j = hit.end_tok
        if j >= self.n or self.in_range:
            return None
        gap = self.text[hit.end : self.toks[j].start]
        by_month = spec.day is None and not spec.last_day
        # بين، من; شهري before two months (خلال شهري يونيو ويوليو)
        intro = _in(trigger, self.lex.range_intros) or (
            by_month and _in(trigger, self.lex.month_pairs)
        )
        slash = by_month and spec.month is not None and _fullmatch(_SLASH_GAP, gap)
        if not slash and (
            not _fullmatch(self.lex.range_gap, gap)
            or not (intro or "-" in gap or _RANGE_WORD.search(gap))
        ):
            return None
        if intro and self.moved(self.tok_start(start_tok), trigger):
            return None  # تأجلت القمة من 20 مارس إلى 4 أبريل: the old date and the new one
        if (
            not intro
            and "-" not in gap
            and self.moved_before(self.tok_start(start_tok), self.lex.moving)
        ):
            return None  # أرجئ الاجتماع المقرر في 15 مارس إلى 22 أبريل: في opens no range
        second = self.range_end(j) or self.day_of_it(j, spec)
        if second is None or second.spec is None:
            return None
        end_spec = second.spec
        by_day = spec.day is not None or spec.last_day
        if by_day and end_spec.mod == "END" and end_spec.month is not None and end_spec.day is None:
            # من 1 مايو حتى نهاية يونيو، من فاتح أبريل إلى متم يونيو: up to the month's last day
            end_spec = end_spec.replace(last_day=True, mod=None)
        if (end_spec.day is not None or end_spec.last_day) != by_day:
            return None
        if end_spec.hijri != spec.hijri or end_spec.event:
            return None
        if slash and (end_spec.month != (spec.month or 0) + 1 or spec.year):
            return None  # a slash joins a month to the next one: يناير/فبراير 2025
        if spec.year is None and end_spec.year is not None:
            before = (spec.month or 0, spec.day or 0) <= (end_spec.month or 0, end_spec.day or 99)
            spec = spec.replace(year=end_spec.year if before else end_spec.year - 1)
        start = hit.start
        if intro and start == self.toks[start_tok].start:
            start = self.word_start(self.tok_start(start_tok), trigger or "")
        ranged = spec.replace(kind="interval", end=end_spec)
        return _Hit(end_tok=second.end_tok, start=start, end=second.end, spec=ranged)

    def day_of_it(self, j: int, spec: Spec) -> _Hit | None:
        """A range's end written as a day of the first end's month: من 9 نيسان حتى 13 منه."""
        if spec.month is None or spec.day is None or spec.day < 1 or j >= self.n:
            return None
        day = self.num(j) if self.is_day(j) else self.role(j).ordinal
        if day is None or not spec.day < day <= _MAX_DAY:
            return None
        of_it = _OF_IT.match(self.text, self.toks[j].end)
        if of_it is None:
            return None
        return _Hit(
            end_tok=j + 1, start=self.toks[j].start, end=of_it.end(), spec=spec.replace(day=day)
        )

    def range_end(self, j: int, *, weekday: bool = False) -> _Hit | None:
        """The second end of a range at token *j*: a date, maybe after a weekday or a time of day.

        With *weekday*, a bare weekday too (من السبت إلى الاثنين). Read with ranges off: an
        end never opens a range of its own, so that a chain of ranges (A حتى B حتى C ...)
        costs one step each and never recurses.
        """
        kinds = ("date", "weekday") if weekday else ("date",)
        for rule in (self.r_caldate, self.weekday_core, self.prefixed_core):
            found = self.without_ranges(rule, j)
            if found is not None and found.spec is not None and found.spec.kind in kinds:
                return found
            if weekday and found is not None and _week_day(found.spec):
                return found  # من الثلاثاء إلى الجمعة الأسبوع المقبل: a weekday of a week
        return None

    def without_ranges(self, rule: Callable[[int], _Hit | None], i: int) -> _Hit | None:
        """*rule* at token *i* with ranges off (the date inside a weekday or a range's end)."""
        before, self.in_range = self.in_range, True
        try:
            return rule(i)
        finally:
            self.in_range = before

    def r_weekday(self, i: int) -> _Hit | None:
        """A weekday, with its date or relative word, and the rest of its range if one follows."""
        return self.weekdays_of_week(i) or self.range_from(self.weekday_core(i))

    def weekdays_of_week(self, i: int) -> _Hit | None:
        """Weekdays listed with و and the week they fall in: one interval, first to last.

        (أيام) الثلاثاء والأربعاء والخميس من الأسبوع المقبل: a list in a named week; two
        weekdays need أيام before them (الثلاثاء والأربعاء من الأسبوع المقبل reads as ever).
        """
        first = self.role(i).weekday
        last_tok = i
        while (
            last_tok + 1 < self.n
            and self.gap(last_tok) in _AND_GAPS
            and (following := self.role(last_tok + 1).weekday) is not None
            and following == (self.role(last_tok).weekday or 0) + 1
        ):
            # (consecutive days of one ISO week only: الاثنين والأربعاء والجمعة are three days,
            # السبت والأحد والاثنين run into the next week)
            last_tok += 1
        if last_tok + 1 < self.n and self.gap(last_tok) in _AND_GAPS:
            return None  # (a day further in the list that does not follow)
        days_noun = i > 0 and self.gap(i - 1) == " " and self.toks[i - 1].form == _DAYS
        if first is None or last_tok - i < (1 if days_noun else 2):
            return None
        week = self.weekday_of_week(last_tok, self.role(last_tok).weekday or 0)
        if week is None or week.spec is None:
            return None
        spec = week.spec.replace(weekday=first)
        start = self.toks[i - 1].start if days_noun else self.toks[i].start
        return _Hit(
            end_tok=week.end_tok,
            start=start,
            end=week.end,
            spec=spec.replace(kind="interval", end=week.spec),
        )

    def r_prefixed(self, i: int) -> _Hit | None:
        """A date after a time of day, يوم, a period part or an approximation, and its range."""
        return self.range_from(self.prefixed_core(i))

    def range_from(self, hit: _Hit | None) -> _Hit | None:
        """*hit* (a dated weekday or time of day) joined to the end of its range, if one follows.

        فجر الجمعة 10 أكتوبر حتى صباح الأحد 12 أكتوبر 2025: one interval. A bare weekday after
        من or بين opens one too, up to a date or another weekday (من الأحد حتى 10 فبراير,
        من السبت إلى الاثنين): the resolver reads it back from its end.
        """
        if hit is None or hit.spec is None or self.in_range:
            return hit
        spec = hit.spec
        bare = self.opens_weekday_range(hit) or self.weekday_pair_before_plural(hit)
        if not bare and (spec.kind != "date" or spec.day is None):
            return hit
        if spec.event or hit.end_tok >= self.n:
            return hit
        gap = self.text[hit.end : self.toks[hit.end_tok].start]
        if not _fullmatch(self.lex.range_gap, gap):
            return hit
        second = self.range_end(hit.end_tok, weekday=bare)
        if second is None or second.spec is None:
            return hit
        end_spec = second.spec
        paired = (
            bare
            and end_spec.kind == "weekday"
            and (
                self.pair_relative(second.end)
                # (بين الأحد والخميس المقبل: the singular qualifies the second alone)
                or (end_spec.relative is None and self.between_days(hit.start))
            )
        )
        if not (_RANGE_WORD.search(gap) or (paired and gap.strip() == "و")):
            return hit  # (لا فرق بين الأحد والاثنين: two days; بين ... المقبلين: one range)
        if bare:
            if end_spec.kind == "weekday" and end_spec.relative is not None:
                if spec.relative is not None or not paired:
                    return hit
                if end_spec.relative > 0:
                    # بين الأحد والخميس المقبلين: the plural qualifies both; the first is the
                    # coming one (a past pair is read back from its end, الماضيين)
                    spec = spec.replace(relative=end_spec.relative)
                    end_spec = end_spec.replace(relative=None)
            if not (
                (end_spec.kind == "date" and end_spec.day is not None and not end_spec.event)
                or (end_spec.kind == "weekday" and (end_spec.relative is None or paired))
                or (_week_day(end_spec) and spec.relative is None)
            ):
                return hit
            intro = self.prev_word(hit.start)
            ranged = spec.replace(kind="interval", end=end_spec)
            return _Hit(
                end_tok=second.end_tok,
                start=(
                    self.word_start(hit.start, intro or "")
                    if _in(intro, self.lex.range_intros)
                    else hit.start  # السبت والأحد المقبلين: no من or بين before it
                ),
                end=second.end,
                spec=ranged,
            )
        if end_spec.day is None:
            return hit
        if end_spec.hijri != spec.hijri or end_spec.event:
            return hit
        intro = self.prev_word(hit.start)
        if _in(intro, self.lex.range_intros) and self.moved(hit.start, intro):
            return hit  # أرجئت الجلسة من الأحد 5 مايو إلى الخميس 9 مايو: two dates
        if spec.year is None and end_spec.year is not None:
            before = (spec.month or 0, spec.day) <= (end_spec.month or 0, end_spec.day)
            spec = spec.replace(year=end_spec.year if before else end_spec.year - 1)
        ranged = spec.replace(kind="interval", end=end_spec)
        return _Hit(end_tok=second.end_tok, start=hit.start, end=second.end, spec=ranged)

    def between_days(self, position: int) -> bool:
        """Whether بين opens a weekday at *position* and no word of comparing comes before it.

        ترتفع الحرارة بين الأربعاء والخميس: the two days as one span (not لا فرق بين الأحد
        والاثنين, ``cues.COMPARED_WORDS``).
        """
        intro = self.prev_word(position)
        if intro != _BETWEEN:
            return False
        return not _in(self.prev_word(self.word_start(position, intro)), self.lex.compared)

    def opens_weekday_range(self, hit: _Hit) -> bool:
        """Whether *hit* is a weekday (السبت, السبت المقبل) after من or بين, in no clause of moving.

        نقل موعد الاجتماع من السبت إلى الاثنين: the old day and the new one, no range.
        """
        spec = hit.spec
        if spec is None or spec.kind != "weekday" or spec.day is not None:
            return False
        intro = self.prev_word(hit.start)
        if not _in(intro, self.lex.range_intros) and not self.intro_before_clock(hit.start):
            return False
        return not self.moved_before(hit.start, self.lex.rescheduling)

    def intro_before_clock(self, position: int) -> bool:
        """Whether من or بين and a clock time stand before *position* (من الساعة 9 صباح الأحد).

        The clock time (a numeral or hour words, ``CLOCK_WORDS``) is no date: the range opens
        with the day after it.
        """
        words = self.text[max(0, position - 30) : position].split()
        for size in (1, 2, 3):  # التاسعة، الساعة 9، الساعة الحادية عشرة
            if len(words) <= size:
                return False
            clock = words[-size:]
            if all(_CLOCK_NUMERAL.fullmatch(word) or word in self.lex.clock for word in clock):
                if _in(words[-size - 1], self.lex.range_intros):
                    return True
            else:
                return False
        return False

    def weekday_pair_before_plural(self, hit: _Hit) -> bool:
        """Whether *hit* is a bare weekday, و and another weekday with a plural relative word.

        السبت والأحد المقبلين: the plural qualifies both, one interval as after بين or يومي
        (a singular, السبت والأحد المقبل, leaves two dates); not in a clause of moving a day.
        """
        spec = hit.spec
        if spec is None or spec.kind != "weekday" or spec.day is not None or spec.relative:
            return False
        j = hit.end_tok
        self.ensure(j + 1)
        if (
            j >= self.n
            or self.text[hit.end : self.tok_start(j)] != " "
            or self.toks[j].clitic != "و"
        ):
            return False
        second = self.weekday_core(j)
        return (
            second is not None
            and second.spec is not None
            and second.spec.kind == "weekday"
            and self.pair_relative(second.end)
            and not self.moved_before(hit.start, self.lex.rescheduling)
        )

    def pair_relative(self, end: int) -> bool:
        """Whether the relative word ending at *end* is a dual or plural one (المقبلين)."""
        words = self.text[max(0, end - 12) : end].split()
        return bool(words) and words[-1] in self.lex.pair_relative

    def moved(self, position: int, intro: str | None) -> bool:
        """Whether a verb of moving a date stands a few words before *intro* (من), at *position*."""
        return intro is not None and self.moved_before(
            position - len(intro) - 1, self.lex.moving, _MOVING_WORDS
        )

    def moved_before(self, position: int, moving: frozenset[str], words: int = 0) -> bool:
        """Whether a word of *moving* a date is in the clause before *position* (تأجلت الزيارة).

        With *words*, only in that many words before it (تأجلت القمة من 20 مارس).
        """
        window = self.text[max(0, position - _RESCHEDULING_REACH) : position]
        window = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
        found = _WORDS.findall(window)
        return any(_moving(word, moving) for word in found[-words:])

    def dual_date(self, hit: _Hit, spec: Spec) -> _Hit:
        """Join the other calendar's half: 15 جمادى الآخرة 1443 هـ الموافق 18 يناير 2022 م.

        A bare comma joins two days only when they agree (a site's banner: الخميس، 16 شوال
        1445 ، 25 أبريل 2024); the comma of a list may separate two different days.
        """
        j = hit.end_tok
        if j >= self.n:
            return hit
        gap = self.text[hit.end : self.toks[j].start]
        if not gap or gap == " ":
            return hit
        comma = not _fullmatch(self.lex.dual_date_gap, gap)
        if comma and (spec.kind != "date" or not _fullmatch(_DUAL_COMMA, gap)):
            return hit
        if spec.kind == "year":
            other = self.r_year(j, dual=False)
        else:
            other = self.r_caldate(j, dual=False) or self.r_numeric(j, dual=False)
        if other is None or other.spec is None or other.spec.kind != spec.kind:
            return hit
        if other.spec.hijri == spec.hijri:
            return hit
        if spec.year is None and (comma or other.spec.year is None):
            return hit
        if comma and not _same_day(*((spec, other.spec) if spec.hijri else (other.spec, spec))):
            return hit
        end = other.end
        if "(" in gap:
            close = re.match(r" ?\)", self.text[end : end + 2])
            if close is not None:
                end += close.end()
        return _Hit(
            end_tok=other.end_tok,
            start=hit.start,
            end=end,
            spec=spec.replace(other=other.spec),
        )

    # -- numeric dates: 15-5-2019, 24/11/2024, 2021-02-05 --------------------------------

    def agency_day_month(self, i: int) -> _Hit | None:
        """الكويت - 12 - 3 (كونا): a dateline's day and month before an agency's name in brackets.

        Without a year a day and month joined by a dash may be a score or a count; after the
        place's dash and right before the bracketed name of a news agency
        (``boilerplate.AGENCIES``) they date the dispatch.
        """
        self.ensure(i + 1)
        if i + 1 >= self.n or self.gap(i) != " - ":
            return None
        a, b = self.toks[i], self.toks[i + 1]
        if a.num is None or b.num is None or a.digits > 2 or b.digits > 2:  # noqa: PLR2004
            return None
        if self.text[max(0, a.start - 2) : a.start] != "- ":
            return None  # after the place and its dash (not a score: فاز 2 - 1 (كونا))
        if not (1 <= a.num <= _MAX_DAY and 1 <= b.num <= _MAX_MONTH):
            return None
        tag = _AGENCY_TAG.match(self.text, b.end)
        if tag is None or tag.group(1) not in self.lex.agencies:
            return None
        spec = Spec(kind="date", calendar=Calendar.NUMERIC, month=b.num, day=a.num)
        return _Hit(end_tok=i + 2, start=a.start, end=b.end, spec=spec)

    def separator(self, i: int) -> tuple[str, bool] | None:
        """The separator of a numeric date between tokens *i* and *i + 1*, and whether spaced.

        ``/``, ``-`` or ``.``, alone or with one space on either side (``3 /11/ 1444``,
        ``17 - 12 - 2024``: forms and scraped pages space them).
        """
        gap = self.gap(i)
        if gap is None:
            return None
        if gap in _NUMERIC_SEPARATORS:
            return gap, False
        match = _SPACED_SEPARATOR.fullmatch(gap)
        return (match.group(1), True) if match else None

    def slash_numbered(self, position: int) -> bool:
        """Whether a number or a text's part is named right before *position* (رقم، الفقرة)."""
        last = self.prev_word(position)
        return self.numbered(position) or any(
            _in(last, words) for words in (self.lex.document_numbers, self.lex.clause_numbers)
        )

    def closed_year(self, year: tuple[int, int, Spec]) -> tuple[int, int, Spec] | None:
        """*year* (token after, end, spec) with the bracket that closes it, or ``None``."""
        j, end, spec = year
        close = _CLOSE_BRACKET.match(self.text, end, end + 2)
        return None if close is None else (j, close.end(), spec)

    def month_year(self, i: int) -> _Hit | None:
        """3/2019, 03-2019: a month and a year (not after رقم: القانون رقم 3/2019 is a number)."""
        if i + 1 >= self.n:
            return None
        a, b = self.toks[i], self.toks[i + 1]
        month, year = a.num, b.num
        if month is None or year is None or a.digits > 2 or b.digits != 4 or a.era:  # noqa: PLR2004
            return None
        if not (1 <= month <= _MAX_MONTH and year in _CUE_YEARS) or self.gap(i) not in {"/", "-"}:
            return None
        if _CHAIN_BEFORE.search(self.text, max(0, a.start - 4), a.start) or _CHAIN_AFTER.match(
            self.text, b.end, b.end + 8
        ):
            return None
        if _in(self.prev_word(self.tok_start(i)), self.lex.document_numbers):
            return None
        spec = Spec(kind="date", calendar=Calendar.NUMERIC, year=year, month=month)
        return _Hit(end_tok=i + 2, start=a.start, end=b.end, spec=spec)

    def numbered(self, position: int) -> bool:
        """Whether رقم (``FILE_NUMBER_WORDS``) stands one or two words before *position*.

        رقم 24/03/13, رقم البلاغ 24/03/13: a file's number; a short form with a two-digit year
        carries nothing else to tell it from a date.
        """
        last = self.prev_word(position)
        if last is None:
            return False
        before = self.prev_word(position - len(last) - 1)
        return any(_in(word, self.lex.file_numbers) for word in (last, before))

    def era_mark(self, i: int) -> str | None:
        """The era of the number at token *i* by its mark, glued (45هـ) or spaced, or ``None``."""
        era = self.toks[i].era
        if era is None and self.spaced(i) and self.role(i + 1).era:
            era = self.toks[i + 1].form
        return None if era is None else self.lex.roles.get(era, EMPTY).era

    def hijri_year(self, i: int) -> bool:
        """Whether the year at token *i* is Hijri: by its mark, or unmarked by the caller.

        An unmarked year is a bare number: الـ12 is no year.
        """
        mark = self.era_mark(i)
        if mark is None:
            return self.hijri_numeric and not self.toks[i].clitic
        return mark == "hijri"

    def r_numeric(self, i: int, *, dual: bool = True) -> _Hit | None:
        if (relative := self.day_slash_month_relative(i)) is not None:
            return relative
        if (announced := self.day_slash_month_announced(i)) is not None:
            return announced
        if (dateline := self.agency_day_month(i)) is not None:
            return dateline
        if (days := self.numeric_day_range(i)) is not None:
            return days
        if i + 2 >= self.n or self.num(i) is None:
            return self.month_year(i) if dual else None
        first_sep = self.separator(i)
        if first_sep is None or self.num(i + 1) is None:
            return None
        second_sep = self.separator(i + 1)
        if second_sep is None or second_sep[0] != first_sep[0]:
            return None
        sep, spaced = first_sep[0], first_sep[1] or second_sep[1]
        a, b, c = self.toks[i], self.toks[i + 1], self.toks[i + 2]
        if b.num is None or c.num is None or a.num is None or a.era or b.era:
            return None
        if (
            _CHAIN_BEFORE.search(self.text, max(0, a.start - 4), a.start)
            and not _RANGE_DASH.fullmatch(self.text, max(0, a.start - 3), a.start)
        ) or (
            _CHAIN_AFTER.match(self.text, c.end, c.end + 8)
            and not _RANGE_DASH.match(self.text, c.end, c.end + 3)
        ):
            return None  # part of a longer chain: an IP address, a version (not a spaced dash)
        two_digit = False
        if a.digits == 4 and b.digits <= 2 and c.digits <= 2:  # noqa: PLR2004
            year, month, day = a.num, b.num, c.num
        elif c.digits == 4 and a.digits <= 2 and b.digits <= 2:  # noqa: PLR2004
            day, month, year = a.num, b.num, c.num
            if sep in "/-\\" and month > _MAX_MONTH >= day:
                # 07/25/2022, 05-25-2014: the US order, where it cannot be ours
                day, month = month, day
        elif (
            a.digits <= 2  # noqa: PLR2004
            and b.digits <= 2  # noqa: PLR2004
            and c.digits == 2  # noqa: PLR2004
            and self.hijri_year(i + 2)
        ):
            day, month, year = a.num, b.num, c.num  # 12/3/45هـ: the mark (or the caller) tells
            two_digit = True
        elif a.digits == b.digits == c.digits == 2 and sep != "-" and not spaced:  # noqa: PLR2004
            if self.numbered(a.start):
                return None  # رقم البلاغ 24/03/13: a number, not 24 March 2013
            day, month, year = a.num, b.num, c.num
            two_digit = True
        else:
            return None
        if not (1 <= month <= _MAX_MONTH and 1 <= day <= _MAX_DAY):
            return None
        era = c.era if c.digits == 4 or two_digit else None  # noqa: PLR2004
        end = c.end
        j = i + 3
        if a.digits == 4 and sep == "-" and not spaced:  # noqa: PLR2004
            time = _ISO_TIME_TAIL.match(self.text, end)  # 2024-06-03T09:15+0300
            if time is not None:
                end = time.end()
                while j < self.n and self.toks[j].start < end:
                    j += 1
        if era is None and self.spaced(i + 2) and self.role(i + 3).era:
            era = self.toks[i + 3].form
            end = self.toks[i + 3].end
            j += 1
        hijri = era is not None and self.lex.roles.get(era, EMPTY).era == "hijri"
        if era is None and self.hijri_numeric and year < _BARE_HIJRI_YEARS.stop:
            hijri = True  # 30-02-33 in a text the caller says dates by the Hijri calendar
        if era is None and not two_digit and year in _BARE_HIJRI_YEARS:
            hijri = True  # 30-02-1433: a numeric date of the 14th century AH, its mark left out
        if two_digit and hijri:
            year += 1400 if year < _HIJRI_CENTURY_TURN else 1300  # 45هـ: 1445; 98هـ: 1398
        elif two_digit:
            year += 2000 if year < 50 else 1900  # noqa: PLR2004
        elif year not in (_HIJRI_YEARS if hijri else _GREGORIAN_YEARS):
            return None
        spec = Spec(
            kind="date",
            calendar=Calendar.HIJRI if hijri else Calendar.NUMERIC,
            year=year,
            month=month,
            day=day,
            hijri=hijri,
            two_digit_year=two_digit,
        )
        hit = _Hit(end_tok=j, start=a.start, end=end, spec=spec)
        if not dual:
            return hit
        return self.numeric_range(hit, spec) or self.dual_date(hit, spec)

    def numeric_range(self, hit: _Hit, spec: Spec) -> _Hit | None:
        """Two numeric dates as one range: بين 1/4/2024 و30/6/2024، 01/01/2023 - 31/12/2023.

        Joined by a dash, by إلى or حتى, or by و after بين or من (as ``date_range``); not in a
        clause of moving a date (أجلت الجلسة من 5/5/2024 إلى 9/5/2024: two dates).
        """
        j = hit.end_tok
        if j >= self.n or self.in_range:
            return None
        gap = self.text[hit.end : self.toks[j].start]
        intro = self.prev_word(hit.start)
        in_range = _in(intro, self.lex.range_intros)
        if not _fullmatch(self.lex.range_gap, gap) or not (
            in_range or "-" in gap or _RANGE_WORD.search(gap)
        ):
            return None
        if in_range and self.moved(hit.start, intro):
            return None
        second = self.without_ranges(lambda k: self.r_numeric(k, dual=False), j)
        if second is None or second.spec is None or second.spec.hijri != spec.hijri:
            return None
        end_spec = second.spec
        if (end_spec.year, end_spec.month, end_spec.day) <= (spec.year, spec.month, spec.day):
            return None  # 5/5/2024 - 1/5/2024: no range backwards
        start = self.word_start(hit.start, intro or "") if in_range else hit.start
        ranged = spec.replace(kind="interval", end=end_spec)
        return _Hit(end_tok=second.end_tok, start=start, end=second.end, spec=ranged)

    # -- years: عام 2021, 2022م, 1445 هـ, بين عامي 2019 و2021, منذ 2011 ----------------

    def year_at(self, i: int, *, cue: bool, hijri: bool = False) -> tuple[int, int, Spec] | None:
        """A year number at token *i*, with its era mark.

        Without *cue* (the context makes it a year) only an era mark does. *hijri*:
        the year of a Hijri month, which may go without an era mark.
        Returns (first token after, end offset, a year spec).
        """
        tok = self.toks[i] if i < self.n else None
        if tok is None or tok.num is None or tok.digits not in {3, 4}:
            return None
        if self.text[max(0, tok.start - 1) : tok.start] == ":":
            return None  # a clock time: in 10:30 م the م is PM
        mark, j, end = tok.era, i + 1, tok.end
        if mark is None and self.gap(i) in {" ", ""} and self.role(i + 1).era:
            mark, j, end = self.toks[i + 1].form, i + 2, self.toks[i + 1].end
        era = self.lex.roles[mark].era if mark is not None else None
        if era is None and not cue:
            return None
        if mark == "م" and tok.num not in _CE_MARK_YEARS and not self.after_year_word(i):
            return None  # 500 م is more likely 500 metres (not عام 560 م: a year)
        if mark == "م" and _in(self.prev_word(self.tok_start(i)), self.lex.measure_words):
            return None  # سباق 1500م: metres
        is_hijri = era == "hijri" or (era is None and hijri)
        years = _HIJRI_YEARS if is_hijri else _GREGORIAN_YEARS
        if tok.num not in years and not (era == "gregorian" and self.after_year_word(i)):
            return None
        calendar = Calendar.HIJRI if is_hijri else Calendar.NUMERIC
        return j, end, Spec(kind="year", calendar=calendar, year=tok.num, hijri=is_hijri)

    def after_year_word(self, i: int) -> bool:
        """Whether عام or سنة stands right before token *i* (عام 560 م: a year of three digits)."""
        return i > 0 and self.role(i - 1).unit in YEAR_UNITS and self.spaced(i - 1)

    def gregorian_year_at(self, i: int) -> int | None:
        """A Gregorian year after a Hijri month or feast (رمضان 2019, عيد الفطر 2013م)."""
        found = self.year_at(i, cue=True)
        if found is None or found[2].hijri or found[2].year not in _CUE_YEARS:
            return None
        if found[0] != i + 1 and self.toks[i].era is None:
            return None  # keep it simple: the year and its mark in one token, or no mark
        return found[2].year

    def feast_day(self, i: int, hit: _Hit) -> _Hit:
        """*hit*, the feast at token *i*, widened to a day of it written before it.

        ليلة عيد الفطر، عشية عيد الميلاد: the day before; ثالث أيام عيد الفطر, اليوم الثالث
        من عيد الأضحى (or لعيد الأضحى): the first day plus two.
        """
        tok = self.toks[i]
        start = tok.start - len(tok.clitic)
        before = self.prev_word(start)
        if before is None or hit.spec is None:
            return hit
        eve = next((form for form in _strip_clitics(before) if form in self.lex.feast_eves), None)
        if eve is not None:  # ليلة عيد الفطر، بليلة عيد الفطر
            start -= len(eve) + 1
            return hit._replace(start=start, spec=hit.spec.replace(shift=-1))
        if before in self.lex.feast_day_nouns:  # ثالث أيام
            rank = self.prev_word(start - len(before) - 1)
            nth = self.lex.ordinal_days.get("ال" + rank) if rank else None
            if nth is None or rank is None:
                return hit
            start -= len(before) + len(rank) + 2
        else:  # اليوم الثالث من عيد الأضحى، اليوم الثاني لعيد الفطر
            if not (before == _FROM or (tok.clitic == "ل" and before in self.lex.ordinal_days)):
                return hit
            at = start if tok.clitic == "ل" else start - len(before) - 1
            rank = before if tok.clitic == "ل" else self.prev_word(at)
            nth = self.lex.ordinal_days.get(rank) if rank else None
            day_word = self.prev_word(at - len(rank) - 1) if rank else None
            if nth is None or rank is None or day_word != _THE_DAY:
                return hit
            start = at - len(rank) - len(day_word) - 2
        return hit._replace(start=start, spec=hit.spec.replace(shift=nth - 1))

    def r_feast(self, i: int) -> _Hit | None:
        """عيد الفطر, عيد الأضحى المقبل, رأس السنة الهجرية 1445: a feast's first day."""
        feast = self.role(i).feast
        if feast is None:
            return None
        tok = self.toks[i]
        month, day = feast
        spec = Spec(kind="date", calendar=Calendar.HIJRI, hijri=True, month=month, day=day)
        end_tok, end = i + 1, tok.end
        k, after = i, tok.end  # the token before what follows, and where the feast's words end
        epithet = self.next_word(tok.end)
        if epithet is not None and epithet in self.lex.feast_epithets:
            after = tok.end + 1 + len(epithet)  # عيد الأضحى المبارك المقبل
            while k + 1 < self.n and self.toks[k + 1].start < after:
                k += 1
        if k + 1 < self.n and self.text[after : self.tok_start(k + 1)] == " ":
            j = k + 1
            if self.role(j).unit in YEAR_UNITS and self.gap(j) == " ":
                j += 1  # عيد الفطر لعام 2023، عيد الأضحى عام 1444 هـ
            rel = self.role(j).rel if j == k + 1 else None
            # (a year after an epithet stays a mention of its own: المولد النبوي الشريف لعام
            # 2025 is annotated so in the real table)
            bare = after == tok.end
            found = self.year_at(j, cue=True, hijri=True) if bare else None
            gregorian = self.gregorian_year_at(j) if bare else None
            if rel is not None:
                spec = spec.replace(relative=rel)
                end_tok, end = j + 1, self.toks[j].end
            elif found is not None and found[2].hijri:
                spec = spec.replace(year=found[2].year)
                end_tok, end = found[0], found[1]
            elif gregorian is not None:
                spec = spec.replace(gregorian_year=gregorian)
                end_tok, end = j + 1, self.toks[j].end
        if end == tok.end and k + 1 < self.n:
            this_year = self.of_relative_year(k + 1, after)
            if this_year is not None and this_year[2] == 0:
                # عيد الأضحى المبارك للعام الحالي: the feast the tense points to, named with
                # the year it falls in (read as without it)
                end_tok, end = this_year[0], this_year[1]
        return self.feast_day(i, _Hit(end_tok=end_tok, start=tok.start, end=end, spec=spec))

    def counts_years(self, word: str) -> bool:
        """Whether *word* is an age or a rank (الـ80, 80, الثمانين, الأول), not a year."""
        bare = word.removeprefix("ال")
        if bare.isdigit():
            return len(bare) <= 3  # noqa: PLR2004 (an age has at most three digits)
        roles = self.lex.roles.get(word) or self.lex.roles.get(bare) or EMPTY
        return roles.ordinal is not None or roles.numword is not None

    def r_gfeast(self, i: int) -> _Hit | None:
        """عيد الميلاد 2020, عيد الفصح, عيد الميلاد الأرثوذكسي: a Christian feast's day."""
        day = self.role(i).gfeast
        if day is None:
            return None
        tok = self.toks[i]
        after = self.next_word(tok.end)
        if _in(after, self.lex.not_the_feast):
            return None  # عيد الفصح اليهودي: Passover
        if after is not None and self.counts_years(after):
            return None  # عيد الميلاد الـ80 للملك, عيد الميلاد الثمانين: a birthday
        orthodox = _in(after, self.lex.feast_rites)
        end = tok.end + 1 + len(after) if orthodox and after is not None else tok.end
        if day == EASTER:
            shift, eastern = self.lex.easter_feasts.get(tok.form, (0, False))
            spec = Spec(
                kind="date",
                calendar=Calendar.GREGORIAN,
                easter=True,
                orthodox=orthodox or eastern,
                shift=shift,
            )
        else:
            month, mday = self.lex.orthodox_days.get(day, day) if orthodox else day
            spec = Spec(kind="date", calendar=Calendar.GREGORIAN, month=month, day=mday)
        j = i + 1
        while j < self.n and self.toks[j].start < end:
            j += 1
        end_tok = j
        if j < self.n and self.spaced_from(end, j):
            rel = self.role(j).rel
            found = self.year_at(j, cue=True)
            if rel is not None:
                spec = spec.replace(relative=rel)
                end_tok, end = j + 1, self.toks[j].end
            elif found is not None and not found[2].hijri:
                spec = spec.replace(year=found[2].year)
                end_tok, end = found[0], found[1]
        return self.feast_day(i, _Hit(end_tok=end_tok, start=tok.start, end=end, spec=spec))

    def year_in_words(
        self, i: int, at: int | None = None, *, cue: bool = True
    ) -> tuple[int, int, Spec] | None:
        """A year in words after عام at token *i* (عام ألفين وثمانية: 2008; ألف وتسعمائة: 1900).

        *at*: where the words start, when not right after token *i* (a month's end). With no
        *cue* (a month before the words), only a whole year in the genitive that no count
        goes on from: مارس ألفين وتسعة, not مارس ألفين وخمسمائة حاوية or فبراير ألفان وثلاثمائة
        شخص or مارس ألفين وخمسة عشر توقيعا (an indefinite accusative noun after it: a count).
        """
        match = self.lex.year_words.match(self.text, self.toks[i].end if at is None else at)
        if match is None or self.counted_after(match.end()):
            return None  # عام ألف وخمسمائة شخص: a count
        if not cue and not self.year_words_alone(match):
            return None
        ones, tens, hundreds = match.group("ones"), match.group("tens"), match.group("hundreds")
        number = self.lex.year_word_values.get(ones or "", 0)
        number += self.lex.year_word_values.get(tens or "", 0)
        if tens is not None and ones is not None and number - self.lex.year_word_values[tens] > 9:  # noqa: PLR2004
            return None  # ألفين وخمسة عشر وعشرين: no year
        j = i + 1
        while j < self.n and self.toks[j].start < match.end():
            j += 1
        base = 2000 if hundreds is None else 1000 + self.lex.year_word_values[hundreds]
        spec = Spec(kind="year", calendar=Calendar.NUMERIC, year=base + number)
        return j, match.end(), spec

    def general(self, i: int) -> bool:
        """Whether العام at token *i* is the adjective «general» after a definite word.

        المؤتمر السنوي العام الـ55 (the 55th general conference), not في العام الـ67 or حدود
        عام الـ67, where it is the year 1967.
        """
        if i < 0 or not self.toks[i].form.startswith("ال"):
            return False
        before = self.prev_word(self.toks[i].start)
        return before is not None and before.startswith("ال")

    def year_words_alone(self, match: re.Match[str]) -> bool:
        """Whether the year in words of *match*, with no cue before it, is a year, not a count.

        Its thousands in the genitive (ألفين: ألفان is a subject, a count) and more than them,
        and after it neither a number word going on (وخمسمائة) nor a noun in the indefinite
        accusative (توقيعا, a count's tamyiz).
        """
        if match.group(0).split()[0] in self.lex.nominative_thousands:
            return False
        if not (match.group("ones") or match.group("tens") or match.group("hundreds")):
            return False  # مارس ألفين حاوية: a bare thousand
        following = self.next_word(match.end())
        if following is None:
            return True
        if following.removeprefix("و") in self.lex.year_word_values:
            return False  # ألفين وخمسمائة: a number going on
        return not (following.endswith("ا") and following not in self.lex.alif_particles)

    def two_digit_year(self, i: int) -> tuple[int, int, Spec] | None:
        """A two-digit year after عام (عام 78: 1978); 00 to 49 are taken as 2000s."""
        tok = self.toks[i] if i < self.n else None
        if tok is None or tok.num is None or tok.digits != 2 or self.era_mark(i) is not None:  # noqa: PLR2004
            return None  # (عام 45 هـ: an era's year, never 1945)
        if self.text[tok.start : tok.end - tok.digits].endswith("ال") and self.general(i - 1):
            return None  # المؤتمر العام الـ55: العام «general», the number an ordinal
        after = self.text[tok.end : tok.end + 2]
        # (a full stop ends the sentence, not a decimal: عام 95. but not عام 95.5)
        if after[:1] in {":", "/", "-"} or (after[:1] == "." and after[1:].strip()):
            return None
        if self.counted_after(tok.end):
            return None
        year = tok.num + (2000 if tok.num < 50 else 1900)  # noqa: PLR2004
        spec = Spec(kind="year", calendar=Calendar.NUMERIC, year=year, two_digit_year=True)
        return i + 1, tok.end, spec

    def r_year(self, i: int, *, dual: bool = True) -> _Hit | None:
        roles = self.role(i)
        start = self.toks[i].start
        cue_only = False  # a year only because of the word before it: منذ 2011
        if roles.yearpair and self.spaced(i):  # عامي 2019 و2021
            first = self.year_at(i + 1, cue=True)
            if first is None and (first := self.two_digit_year(i + 1)) is not None:
                # عامي 46 و48: two years in two digits each
                second = self.two_digit_year(first[0])
                if second is None or self.gap(i + 1) not in _AND_GAPS:
                    return None
                if self.respectively_after(second[1]):  # (عامي 56 و58 على التوالي: the first)
                    return _Hit(end_tok=first[0], start=start, end=first[1], spec=first[2])
                return self.year_range(i, start, first[2], second)
            if first is not None and _fullmatch(_COMMA_AND_GAP, self.gap(first[0] - 1) or "-"):
                second = self.year_at(first[0], cue=True)  # بين عامي 2019، و2020
                return None if second is None else self.year_range(i, start, first[2], second)
            if first is None or not self.joined(first[0] - 1, self.lex.range_gap):
                return None
            if (
                _in(self.toks[i].form, self.lex.year_lists)
                and not self.joined(first[0] - 1, _YEAR_LIST_GAP)
                and not _RANGE_WORD.search(self.gap(first[0] - 1) or "")
            ):
                return None  # أعوام 1914 – 1918: the range alone (بين أعوام 2021 إلى 2024: all)
            second = self.year_at(first[0], cue=True)
            while second is not None and self.joined(second[0] - 1, _YEAR_LIST_GAP):
                more = self.year_at(second[0], cue=True)  # للأعوام 2023 و2024 و2025
                if more is None or more[2].year is None or second[2].year is None:
                    break
                if more[2].year <= second[2].year or more[2].hijri != second[2].hijri:
                    break
                second = more
            if second is not None and self.respectively_after(second[1]):
                # عامي 1991 و1994 على التوالي: two years, one for each thing named before
                j, end, spec = first
                return _Hit(end_tok=j, start=start, end=end, spec=spec)
            return None if second is None else self.year_range(i, start, first[2], second)
        if roles.unit in {("year", "definite"), ("year", "single")}:  # عام 2021, العام 2026
            year = self.year_at(i + 1, cue=True) if self.gap(i) in {" ", ""} else None
            if (
                year is None
                and self.joined(i, _BRACKET_GAP)
                and not self.toks[i].form.startswith(DEFINITE_STARTS)
            ):
                # عام (2013): the year in brackets (not العام: النائب العام (1450), general)
                year = self.year_at(i + 1, cue=True)
                year = None if year is None else self.closed_year(year)
            era = self.role(i + 1).era if year is None and self.spaced(i) else None
            if era is not None and self.spaced(i + 1):  # العام الهجري 1444, السنة الميلادية 2024
                year = self.year_at(i + 2, cue=True, hijri=era == "hijri")
            if year is None and self.spaced(i):
                year = self.two_digit_year(i + 1)  # عام 78
            if year is None:
                year = self.year_in_words(i)  # عام ألفين وثمانية
        elif self.num(i) is not None:  # 2022م, 1445 هـ, منذ 2011, بين 2019 و2021
            if _in(self.prev_word(self.tok_start(i)), self.lex.solar_months):
                return None  # 20 آبان 1404هـ: a year of the Iranian calendar, not read
            year = self.year_at(i, cue=False)
            if year is None:
                if self.toks[i].digits not in {3, 4}:
                    return None  # no year, whatever the word before
                prev = self.prev_word(self.tok_start(i))
                range_intro = _in(prev, self.lex.range_intros)
                earliest = _CUE_YEARS.start
                if not (
                    range_intro
                    or _in(prev, self.lex.year_cues)
                    or self.kind_of_year_before(i, prev)
                    or self.event_name_before(i, prev)
                    or self.bare_year_range(i)
                    or self.year_listed_after(i)
                ):
                    bracketed = self.bracketed(i)
                    if bracketed is None:
                        return None
                    earliest = bracketed  # (معاهدة وستفاليا (1648): older ones too)
                year = self.year_at(i, cue=True)
                written = None if year is None else year[2].year
                if year is None or written is None or not earliest <= written < _CUE_YEARS.stop:
                    return None
                if (
                    range_intro
                    and not self.joined(year[0] - 1, self.lex.range_gap)
                    and not (  # (من 2024 after الفترة نفسها; not من 1995 مولودا: a count)
                        self.same_period_before(i) and not self.tamyiz_after(self.toks[i].end)
                    )
                ):
                    return None
                cue_only = True
        else:
            return None
        if year is None:
            return None
        j, end, spec = year
        if _in(self.next_word(end), self.lex.judicial):
            return None  # لسنة 92 قضائية: a court's judicial year, not the calendar's
        gap = self.gap(j - 1)
        slashed = gap is not None and gap.strip() == "/"  # 2024/2025, 2024/ 2025 (spaced)
        if (slashed or self.joined(j - 1, self.lex.range_gap)) and not (
            gap in _AND_GAPS and self.prev_word(self.tok_start(i)) not in self.lex.range_intros
        ):  # (في 2006 و2009: two years; بين 2006 و2009: a range)
            k = j
            if (
                self.role(k).part == "END"
                and self.spaced(k)
                and gap not in _AND_GAPS
                and _in(self.prev_word(self.tok_start(i)), self.lex.range_intros)
            ):
                k += 1  # من العام 1975 حتى نهاية العام 1989: up to its end, the year's own
            k = k + 1 if self.spaced(k) and self.role(k).unit in YEAR_UNITS else k
            second = self.year_at(k, cue=True)
            if (
                second is not None
                and spec.year is not None
                and second[2].year is not None
                and second[2].hijri == spec.hijri
                and (
                    abs(second[2].year - spec.year) == 1 if slashed else second[2].year > spec.year
                )
            ):
                if (
                    second[2].year < spec.year
                ):  # 2025/2024: the fiscal year 2024/2025, right to left
                    spec, second = second[2], (second[0], second[1], spec)
                ranged = self.year_range(i, start, spec, second)
                if cue_only and ranged is not None and self.counted_after(ranged.end):
                    return None  # بين 1950 و2000 شخص
                if ranged is not None:
                    return ranged
        if cue_only and self.counted_after(end):
            return None  # في 2000 منزل, منذ 2000 عام: a count
        hit = _Hit(end_tok=j, start=start, end=end, spec=spec)
        if dual and (ranged := self.to_today(hit, self.prev_word(self.tok_start(i)))):
            return ranged  # من 2020 إلى اليوم
        return self.dual_date(hit, spec) if dual else hit

    def to_today(self, hit: _Hit, intro: str | None) -> _Hit | None:
        """منذ يناير وحتى اليوم, من 2020 إلى الآن: a month or a year up to the reference's day.

        After من, منذ or بين, with إلى or حتى before اليوم or الآن; the end is the
        reference's day, as in من أمس إلى اليوم. Not in a clause of moving a date.
        """
        spec = hit.spec
        j = hit.end_tok
        if spec is None or self.in_range or j >= self.n or spec.day is not None or spec.last_day:
            return None
        if spec.kind not in {"date", "year"} or spec.hijri or spec.event or spec.end is not None:
            return None
        if not (_in(intro, self.lex.range_intros) or intro in self.lex.past_cues):
            return None
        gap = self.text[hit.end : self.toks[j].start]
        if not _fullmatch(self.lex.range_gap, gap) or not _RANGE_WORD.search(gap):
            return None
        roles = self.role(j)
        if roles.dayword != 0 and roles.vague != "PRESENT_REF":
            return None
        if self.moved(hit.start, intro):
            return None  # نقلت الجلسة من فبراير إلى اليوم: the old date and the new one
        start = hit.start
        if self.prev_word(start) == intro:
            start = self.word_start(start, intro or "")
        end_spec = Spec(kind="dayword", offset=0)
        ranged = spec.replace(kind="interval", end=end_spec)
        return _Hit(end_tok=j + 1, start=start, end=self.toks[j].end, spec=ranged)

    def kind_of_year_before(self, i: int, prev: str | None) -> bool:
        """Whether عام or سنة and an adjective of a kind of year stand before token *i*.

        العام المالي 2026، السنة الدراسية 2025 (``units.YEAR_KIND_WORDS``); the adjective after
        another noun is no cue (الدعم المالي 2000).
        """
        if prev is None or prev not in self.lex.year_kinds or i == 0:
            return False
        unit = self.toks[i - 1]
        return self.role(i - 1).unit in YEAR_UNITS and unit.end + len(prev) + 2 == self.tok_start(i)

    def event_name_before(self, i: int, prev: str | None) -> bool:
        """Whether an event noun names the year at token *i* (مونديال 2022, قمة العشرين 2025).

        The noun is one of the four words before the year (منتدى دافوس 2023, بطولة
        إفريقيا للمحليين 2024, الأزمة السورية 2011).
        """
        position = self.tok_start(i)
        after: str | None = None  # the word after prev
        for _ in range(_EVENT_NAME_WORDS):
            if prev is None:
                dash = _NAME_DASH.search(self.text, max(0, position - 3), position)
                if dash is None:
                    return False
                position = dash.start() + 1  # كأس العالم – قطر 2022: a dash inside the name
                prev = self.prev_word(position)
                if prev is None:
                    return False
            noun = _in(prev, self.lex.event_year_nouns) or _in(
                prev[2:] if prev.startswith("ال") else None, self.lex.event_year_nouns
            )
            if noun and after == _UNITED and prev.endswith(_NATIONS):
                # أجندة الأمم المتحدة 2030: a programme named by its aim, no event of the UN's
                before = self.prev_word(position - len(prev) - 1)
                return not _in(before, self.lex.programme_nouns)
            if noun:
                return True
            position -= len(prev) + 1
            after, prev = prev, self.prev_word(position)
        return False

    def bracketed(self, i: int) -> int | None:
        """The earliest year token *i* may be, alone in brackets after a number or a name.

        معاهدة لوزان (1923)، القرار 242 (1967): the year of a treaty or a resolution, as the
        United Nations writes it (``treaty_words.GENERIC_HEADS``); not after other words
        (عدد القتلى (1948) is a count). A name of a few words between the head and the
        year (اتفاقية جنيف الأولى (1864)، معاهدة وستفاليا (1648)) makes an older year one
        too, when none of its words is an adjective; a preposition or a word of a clause
        between (نص الاتفاق على إطلاق (1700) أسير) makes it a count. ``None``: no year.
        """
        tok = self.toks[i]
        if self.text[tok.start - 1 : tok.start] != "(" or self.text[tok.end : tok.end + 1] != ")":
            return None
        if i > 0 and self.toks[i - 1].num is not None and self.toks[i - 1].end == tok.start - 2:
            return _CUE_YEARS.start  # القرار 242 (1967)
        if i > 0 and self.role(i - 1).unit in YEAR_UNITS and self.gap(i - 1) in {" (", "("}:
            return _CUE_YEARS.start  # الموقعة عام (1970): a year after its noun, in brackets
        position, word = tok.start - 1, self.prev_word(tok.start - 1)
        between: list[str] = []
        for _ in range(_NAME_WORDS_BEFORE_YEAR):
            if word is None:
                return None
            if _in(word.removeprefix("ال"), self.lex.instrument_heads):
                if any(other in self.lex.not_name_words for other in between):
                    # (right after the head or one word after it: a recent year, as before)
                    return _CUE_YEARS.start if len(between) <= 1 else None
                if not between or any(
                    other.endswith(_ADJECTIVE_ENDINGS) and other not in self.lex.name_ordinals
                    for other in between
                ):
                    # اتفاقية الأسلحة الكيميائية (1993); الاتفاق العسكري (1650) جنديا: a count
                    return _CUE_YEARS.start
                return _BRACKETED_YEARS.start  # معاهدة وستفاليا (1648)
            between.append(word)
            position -= len(word) + 1  # the word's first character: a space before it
            word = self.prev_word(position)
        return None

    def respectively_after(self, position: int) -> bool:
        """Whether «respectively» follows *position* (عامي 1991 و1994 على التوالي)."""
        return any(self.text.startswith(" " + word, position) for word in self.lex.respectively)

    def year_listed_after(self, i: int) -> bool:
        """Whether number *i* is a later year joined by و to a year with a cue (في 2006 و2009).

        The first year must have its cue (a word of years, or عام); the second is later, within
        a span of years: فى 2013 و2014 are two years, القرارين 1559 عام 2004 و1701 are not.
        """
        if i < 1 or self.gap(i - 1) not in _AND_GAPS or self.toks[i - 1].digits != 4:  # noqa: PLR2004
            return False
        first, second = self.num(i - 1), self.num(i)
        if first is None or second is None or not first < second <= first + _MAX_YEAR_SPAN:
            return False
        if (
            i >= 3  # noqa: PLR2004
            and self.num(i - 3) is not None
            and self.spaced(i - 3)
            and self.role(i - 2).unit in YEAR_UNITS
        ):
            return False  # القرارين 1973 عام 2011 و2016: numbered items with their years
        before = self.prev_word(self.tok_start(i - 1))
        if i >= 2 and self.spaced(i - 2) and self.role(i - 2).yearpair:  # noqa: PLR2004
            return self.respectively_after(self.toks[i].end)  # عامي 1991 و1994 على التوالي
        return _in(before, self.lex.year_cues) or (
            i >= 2 and self.spaced(i - 2) and self.role(i - 2).unit in YEAR_UNITS  # noqa: PLR2004
        )

    def same_period_before(self, i: int) -> bool:
        """Whether a phrase of comparison and من stand before token *i* (الفترة نفسها من 2024)."""
        start = self.tok_start(i)
        return self.text.endswith(self.lex.same_periods, max(0, start - _SAME_PERIOD_REACH), start)

    def tamyiz_after(self, position: int) -> bool:
        """Whether the number ending at *position* is a quantity (2030 حالة، 1995 مولودا إلى 1720).

        A counted noun of the tables after it, or a change of quantity: إلى and a number a few
        words on (not أيضا or any other word in ا alone: الفترة نفسها من 2023 أيضا).
        """
        following = self.next_word(position)
        if following is not None and following in self.lex.counted:
            return True
        return _QUANTITY_CHANGE.match(self.text, position) is not None

    def bare_year_range(self, i: int) -> bool:
        """Whether token *i* opens a range of two years with no cue: 2023-2024, 2025/2026.

        A dash joins any later year of the same century; a slash only the next year
        (an academic or fiscal year), since 2021/2023 is more often something else.
        """
        if i + 1 >= self.n or self.toks[i].digits != 4 or self.toks[i + 1].digits != 4:  # noqa: PLR2004
            return False
        first, second = self.num(i), self.num(i + 1)
        sep = self.separator(i)
        if first is None or second is None or sep is None or first not in _CUE_YEARS:
            return False
        start, end = self.toks[i].start, self.toks[i + 1].end
        if _CHAIN_BEFORE.search(self.text, max(0, start - 4), start) or _CHAIN_AFTER.match(
            self.text, end, end + 8
        ):
            return False  # a longer chain of numbers
        if self.in_copyright(start):
            return False  # جميع الحقوق محفوظة © 1998 - 2024: a site's years, no date of the text
        if sep[0] == "/":
            return abs(second - first) == 1  # 2025/2024: a fiscal year written right to left
        return sep[0] == "-" and first < second <= first + _MAX_YEAR_SPAN

    def in_copyright(self, position: int) -> bool:
        """Whether the line around *position* is a rights notice.

        The copyright markers of ``boilerplate.MARKERS`` (©, جميع الحقوق محفوظة) tell it.
        """
        line_start = self.text.rfind("\n", max(0, position - _COPYRIGHT_REACH), position) + 1
        line_start = max(line_start, position - _COPYRIGHT_REACH)
        line_end = self.text.find("\n", position, position + _COPYRIGHT_REACH)
        line = self.text[line_start : position + _COPYRIGHT_REACH if line_end < 0 else line_end]
        return any(mark in line for mark in self.lex.copyright)

    def year_range(
        self, i: int, start: int, first: Spec, second: tuple[int, int, Spec]
    ) -> _Hit | None:
        j, end, last = second
        prev = self.prev_word(self.tok_start(i))
        if prev is not None and _in(prev, self.lex.range_intros) and start == self.toks[i].start:
            start = self.word_start(self.tok_start(i), prev)
        if last.year is None or first.year is None or last.year <= first.year:
            return None
        if last.year - first.year > _MAX_LISTED_SPAN:
            return None  # القرار 2254 لعام 2015 و2118: a resolution's number, not 103 years on
        if first.hijri != last.hijri:
            # عامي 1445 و1447 هـ: the era written once, after the last; never two calendars
            if not last.hijri or first.calendar is not Calendar.NUMERIC:
                return None
            first = first.replace(calendar=last.calendar, hijri=True)
        return _Hit(end_tok=j, start=start, end=end, spec=first.replace(kind="interval", end=last))

    # -- weekdays and day words: الأربعاء, الثلاثاء الماضي, اليوم الثلاثاء, أمس -------------

    def weekday_ok(self, i: int) -> bool:
        tok = self.toks[i]
        blockers = self.lex.not_before.get(tok.form)
        if blockers and _in(self.prev_word(self.tok_start(i)), blockers):
            return False
        blockers = self.lex.not_after.get(tok.form)
        return not (blockers and self.next_word(tok.end) in blockers)

    def weekday_day_range(self, i: int, weekday: int) -> _Hit | None:
        """من السبت 6 إلى الاثنين 8 أبريل: a weekday and a bare day up to a weekday's full date.

        The first end takes the month and year of the second; read only when its day comes first.
        """
        k = i + 1
        gap = self.gap(k)
        if not self.is_day(k) or gap is None or self.role(k + 1).weekday is None:
            return None
        if not _fullmatch(self.lex.range_gap, gap) or not ("-" in gap or _RANGE_WORD.search(gap)):
            return None
        end = self.without_ranges(self.weekday_core, k + 1)
        if end is None or end.spec is None or end.spec.kind != "date":
            return None
        if end.spec.day is None or end.spec.month is None or (self.num(k) or 0) >= end.spec.day:
            return None
        first = end.spec.replace(day=self.num(k), weekday=weekday)
        spec = first.replace(kind="interval", end=end.spec)
        return _Hit(end_tok=end.end_tok, start=self.toks[i].start, end=end.end, spec=spec)

    def weekday_core(self, i: int) -> _Hit | None:
        roles = self.role(i)
        weekday = roles.weekday
        if weekday is None:  # خميس الأسبوع الماضي: a bare weekday only before its week
            return self.weekday_of_week(i, roles.bweekday) if roles.bweekday is not None else None
        if self.set_before(i):
            return None
        tok = self.toks[i]
        if self.counted_day(tok.end, weekday=True):
            return None  # الجمعة الـ74 من مسيرات العودة: a Friday of a series, counted
        ranked = self.nth_of_month(i + 1, weekday) if self.spaced(i) else None
        if ranked is not None:  # الثلاثاء الثالث من سبتمبر, الخميس الأخير من الشهر المقبل
            return ranked._replace(start=tok.start)  # (after صلاة too: صلاة الجمعة الأولى من رمضان)
        if not self.weekday_ok(i):
            return None
        of_week = self.weekday_of_week(i, weekday)
        if of_week is not None:
            return of_week
        if self.joined(i, self.lex.weekday_date_gap):
            dated = (
                self.r_numeric(i + 1)
                or self.without_ranges(self.r_caldate, i + 1)
                or self.day_slash_month(i + 1)
            )
            if (
                dated is not None
                and dated.spec is not None
                and dated.spec.kind == "date"
                and dated.spec.day is not None
            ):
                end = dated.end
                close = None
                unclosed = False
                if "(" in (self.gap(i) or ""):
                    close = re.match(r" ?\)", self.text[end : end + 2])
                    end += close.end() if close is not None else 0
                    # الخميس (20 تموز 2023، طلب: a bracket the writer never closed
                    unclosed = close is None and self.text[end : end + 1] in {"،", ","}
                # “الخميس” 7 فبراير: the weekday in quotes or brackets of its own
                wrapped = _WRAPPED_WEEKDAY.get((self.gap(i) or " ")[0])
                opened = (
                    wrapped is not None
                    and self.text[tok.start - 1 : tok.start] in wrapped
                    and _weekday_fits(dated.spec, weekday)  # (مجلة «الأحد» 7 فبراير 2019: a name)
                )
                if (close is not None or unclosed or "(" not in (self.gap(i) or "")) and (
                    wrapped is None or opened
                ):
                    spec = dated.spec.replace(weekday=weekday)
                    start = tok.start - 1 if opened else tok.start
                    return _Hit(end_tok=dated.end_tok, start=start, end=end, spec=spec)
            if dated is None and not self.in_range:
                paired = self.weekday_day_range(i, weekday)
                if paired is not None:
                    return paired
            of_month = (
                self.r_unit(i + 1)
                if dated is None and self.num(i + 1) is not None and "(" not in (self.gap(i) or "")
                else None
            )
            if (
                of_month is not None
                and of_month.spec is not None
                and of_month.spec.unit == "month"
                and of_month.spec.day is not None
            ):
                # الخميس 17 من الشهر الجاري، الأحد 20 الجاري: that day of a relative month
                return _on_weekday(of_month, tok.start, weekday)
        if tok.form.isascii():
            return None  # Monday only beside its date (Sunday Times is a newspaper)
        ordinal = self.role(i + 1).ordinal if self.spaced(i) else None
        if ordinal is not None and self.gap(i + 1) == " من ":
            of_month = self.r_unit(i + 1)  # الثلاثاء التاسع عشر من هذا الشهر
            if of_month is not None and of_month.spec is not None and of_month.spec.day is not None:
                return _on_weekday(of_month, tok.start, weekday)
        if ordinal is not None and self.gap(i + 1) != " من ":
            # الجمعة الحادي والعشرون: that day of the reference's month
            spec = Spec(kind="unit", unit="month", offset=0, day=ordinal, weekday=weekday)
            return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        rel = self.role(i + 1).rel if self.spaced(i) else None
        if rel is not None:
            if self.joined(i + 1, self.lex.weekday_date_gap):
                # يوم الجمعة المقبل 19 مايو الجاري, السبت المقبل الموافق 30 سبتمبر
                dated = self.r_numeric(i + 2) or self.without_ranges(self.r_caldate, i + 2)
                if (
                    dated is not None
                    and dated.spec is not None
                    and dated.spec.kind == "date"
                    and dated.spec.day is not None
                    and not dated.spec.event
                ):
                    spec = dated.spec.replace(weekday=weekday)
                    if dated.spec.year is None and rel in {-1, 1} and dated.spec.relative is None:
                        # الأحد المقبل 10 أفريل: the weekday's word says which side of the
                        # reference a date with no year is (never a year back after كانت)
                        spec = spec.replace(relative=rel)
                    return _Hit(end_tok=dated.end_tok, start=tok.start, end=dated.end, spec=spec)
                of_month = (
                    self.r_unit(i + 2) if dated is None and self.num(i + 2) is not None else None
                )
                if (
                    of_month is not None
                    and of_month.spec is not None
                    and of_month.spec.unit == "month"
                    and of_month.spec.day is not None
                ):  # الخميس المقبل الموافق 22 من الشهر الجاري: that day of the relative month
                    return _on_weekday(of_month, tok.start, weekday)
            spec = Spec(kind="weekday", weekday=weekday, relative=rel)
            return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        return _Hit(
            end_tok=i + 1, start=tok.start, end=tok.end, spec=Spec(kind="weekday", weekday=weekday)
        )

    def weekday_of_week(self, i: int, weekday: int) -> _Hit | None:
        """The weekday at token *i* in the week that follows it: that one day.

        الأربعاء من هذا الأسبوع, يوم الخميس من الأسبوع الماضي, خميس الأسبوع المقبل.
        """
        if i + 1 >= self.n or self.gap(i) not in _WEEK_OF_GAPS:
            return None
        week = self.r_unit(i + 1)
        if week is None or week.spec is None:
            return None
        spec = week.spec
        if spec.kind != "unit" or spec.unit != "week" or spec.day is not None or spec.mod:
            return None
        return _Hit(
            end_tok=week.end_tok,
            start=self.toks[i].start,
            end=week.end,
            spec=spec.replace(weekday=weekday),
        )

    def numeric_day_range(self, i: int) -> _Hit | None:
        """Two days of one numeric date: 15-20/4/2024 (15 to 20 April 2024), one interval."""
        if i + 3 >= self.n or not self.is_day(i) or self.gap(i) != "-" or not self.is_day(i + 1):
            return None
        sep = self.gap(i + 1)
        month, year = self.toks[i + 2], self.toks[i + 3]
        if (
            sep not in {"/", "."}
            or self.gap(i + 2) != sep
            or month.num is None
            or not 1 <= month.num <= _MAX_MONTH
            or year.num is None
            or year.digits != 4  # noqa: PLR2004
            or year.num not in _CUE_YEARS
            or _CHAIN_AFTER.match(self.text, year.end)
        ):
            return None
        first, last = self.num(i) or 0, self.num(i + 1) or 0
        start = self.toks[i].start
        if first >= last or _CHAIN_BEFORE.search(self.text, max(0, start - 4), start):
            return None  # 1-3-7/5/2024: a longer chain of numbers
        spec = Spec(
            kind="date", calendar=Calendar.NUMERIC, year=year.num, month=month.num, day=last
        )
        ranged = spec.replace(kind="interval", day=first, end=spec)
        return _Hit(end_tok=i + 4, start=start, end=year.end, spec=ranged)

    def day_slash_month_announced(self, i: int) -> _Hit | None:
        """Day/month, no year, after a word that announces a date (بتاريخ 1 /12)."""
        if i + 1 >= self.n or self.gap(i) not in _SLASH_GAPS:
            return None  # (most numbers: no slash after them, no word looked up)
        if not _in(self.prev_word(self.tok_start(i)), self.lex.date_nouns):
            return None
        hit = self.day_slash_month(i, spaced=True)
        if hit is None or (hit.end_tok < self.n and self.gap(hit.end_tok - 1) in _SLASH_GAPS):
            return None  # (بتاريخ 1 /12 /2017 is read whole)
        return hit

    def day_slash_month_relative(self, i: int) -> _Hit | None:
        """Day/month, no year, and a relative word (يوم 10/3 الماضي: the last 10 March)."""
        hit = self.day_slash_month(i)
        if hit is None or hit.spec is None or not self.spaced(hit.end_tok - 1):
            return None
        rel = self.role(hit.end_tok).rel
        if rel is None:
            return None
        spec = hit.spec.replace(relative=rel)
        return _Hit(
            end_tok=hit.end_tok + 1, start=hit.start, end=self.toks[hit.end_tok].end, spec=spec
        )

    def day_slash_month(self, i: int, *, spaced: bool = False) -> _Hit | None:
        """Day/month, no year, after a weekday (السبت 21/09: its year by the weekday).

        With *spaced*, a space may stand beside the slash (بتاريخ 1 /12).
        """
        gaps = _SLASH_GAPS if spaced else {"/"}
        if i + 1 >= self.n or not self.is_day(i) or self.gap(i) not in gaps:
            return None
        tok = self.toks[i + 1]
        if (
            tok.num is None
            or tok.digits > 2  # noqa: PLR2004
            or tok.era is not None
            or not 1 <= tok.num <= _MAX_MONTH
        ):
            return None
        if _CHAIN_AFTER.match(self.text, tok.end):
            return None  # 21/09/2013 is read whole; 21/09/5 is no date
        spec = Spec(kind="date", calendar=Calendar.NUMERIC, month=tok.num, day=self.num(i))
        return _Hit(end_tok=i + 2, start=self.toks[i].start, end=tok.end, spec=spec)

    def nth_of_month(self, i: int, weekday: int) -> _Hit | None:
        """A rank at token *i* (الثالث, الأخيرة) + من + a month: that weekday of the month."""
        roles = self.role(i)
        rank = roles.nth
        if roles.ordinal is not None and roles.ordinal <= _WEEKS_IN_MONTH:
            rank = roles.ordinal
        if rank is None or self.gap(i) not in _RANK_GAPS:
            return None
        month = self.month_after_rank(i + 1) or self.year_after_rank(i + 1)
        if month is not None and month.recurs:  # الخميس الأخير من أكتوبر من كل عام: a set
            return month._replace(start=self.toks[i].start)
        if month is None or month.spec is None:
            return None
        spec = _year_as_month(month.spec, rank)
        if spec.kind not in {"date", "unit"}:
            return None
        if spec.day is not None or spec.last_day or spec.event or (spec.unit or "month") != "month":
            return None
        spec = spec.replace(nth=rank, weekday=weekday, day=roles.ordinal if rank > 0 else None)
        return _Hit(end_tok=month.end_tok, start=self.toks[i].start, end=month.end, spec=spec)

    def month_after_rank(self, i: int) -> _Hit | None:
        """The month after a rank (الجمعة الأولى من رمضان): a month name needs no more context."""
        lenient, self.lenient = self.lenient, True
        try:
            found = self.without_ranges(self.r_caldate, i) or self.r_unit(i)
        finally:
            self.lenient = lenient
        if found is None and i < self.n and self.role(i).unit in _BARE_RANKED:
            bare = self.bare_unit(i)  # آخر جمعة من الشهر، آخر يوم من العام: the current one
            if bare is not None and not self.recurs_before(self.toks[i].start):
                j, end, unit, offset = bare
                spec = Spec(kind="unit", unit=unit, offset=offset)  # type: ignore[arg-type]
                found = _Hit(end_tok=j, start=self.toks[i].start, end=end, spec=spec)
        return found

    def r_nth_weekday(self, i: int) -> _Hit | None:
        """ثالث ثلاثاء من سبتمبر, آخر جمعة من رمضان, ثاني يوم أربعاء في أكتوبر."""
        rank = self.role(i).nth
        if rank is None:
            return None
        j, start = i + 1, self.toks[i].start
        of_month = None  # the token before من + the month of a day (آخر يوم من أكتوبر)
        if self.spaced(i) and self.role(j).unit == ("day", "single") and self.gap(j) in _RANK_GAPS:
            of_month = j  # ثالث يوم من أكتوبر, آخر يوم من رمضان
        elif self.spaced(i) and self.role(j).unit == ("day", "plural") and self.spaced(j):
            of_month = j  # ثاني أيام الشهر المقبل, ثالث أيام رمضان: a construct, no من
        elif (
            rank < 0
            and i > 0
            and self.role(i - 1).dayword == 0
            and self.spaced(i - 1)
            and self.gap(i) in _RANK_GAPS
        ):  # اليوم الأخير من شهر أكتوبر
            of_month, start = i, self.toks[i - 1].start
        if of_month is not None:
            month = self.month_after_rank(of_month + 1)
            if month is None or month.spec is None or not _holds_days(month.spec, rank):
                return None
            if month.spec.day is not None or month.spec.last_day or month.spec.event:
                return None
            spec = month.spec.replace(day=rank if rank > 0 else None, last_day=rank < 0)
            return _Hit(end_tok=month.end_tok, start=start, end=month.end, spec=spec)
        if not self.spaced(i):
            return None
        if self.role(j).unit == ("week", "single") and self.gap(j) in _RANK_GAPS:
            return self.ranked_week(i, rank, j + 1)  # أول أسبوع من أكتوبر, آخر أسبوع في سبتمبر
        if self.role(j).unit == ("day", "single") and self.spaced(j):
            j += 1  # ثالث يوم ثلاثاء
        weekday = self.role(j).bweekday
        if weekday is None or self.gap(j) not in _RANK_GAPS:
            return None
        month = self.month_after_rank(j + 1) or self.year_after_rank(j + 1)
        if month is not None and month.recurs:  # آخر خميس من أكتوبر من كل عام: a set
            return month._replace(start=self.toks[i].start)
        if month is None or month.spec is None:
            return None
        spec = _year_as_month(month.spec, rank)
        if spec.kind not in {"date", "unit"} or spec.day is not None or spec.last_day:
            return None
        if spec.event or (spec.unit or "month") != "month":
            return None
        spec = spec.replace(nth=rank, weekday=weekday)
        return _Hit(end_tok=month.end_tok, start=self.toks[i].start, end=month.end, spec=spec)

    def past_clause_before(self, start: int) -> bool:
        """Whether a relative pronoun and a verb of the past end right before *start* (الذي وقع)."""
        verb = self.prev_word(start)
        if verb is None:
            return False
        pronoun = self.prev_word(start - len(verb) - 1)
        return (
            _in(pronoun, self.lex.past_clause_pronouns)
            and _perfect(verb, self.lex)
            and not verb.endswith(_POSSESSIVE_ENDINGS)  # الذي موعده هذا الخميس: a noun
        )

    def this_before(self, i: int) -> bool:
        """Whether هذا or هذه stands just before token *i* (هذا اليوم)."""
        return i > 0 and self.role(i - 1).this and self.toks[i - 1].end + 1 == self.toks[i].start

    def names_outlet(self, i: int) -> bool:
        """Whether اليوم at token *i* ends the name of an outlet («روسيا اليوم», المصري اليوم).

        A name in quotes, or after a word of ``TODAY_NAMES``; not after a bare country
        or outlet name (قالت قناة الجزيرة اليوم: said today).
        """
        tok = self.toks[i]
        if tok.start and self.text[tok.start - 1] == "#":
            return True  # #اليوم: a hashtag (a paper's, a feed's), not today
        before = self.text[max(0, tok.start - 40) : tok.start]
        words = before.split()
        if not words:
            return False
        if _in(words[-1], self.lex.today_names):
            return True
        if _in(words[-1], self.lex.outlet_nouns) and self.text.startswith(" (@", tok.end):
            return True  # صحيفة اليوم (@alyaum): a paper named اليوم and its account
        if (  # موقع السعودي اليوم, بواسطة العربي اليوم: an outlet noun and a nisba adjective
            len(words) > 1 and _NISBA.fullmatch(words[-1]) and _in(words[-2], self.lex.outlet_nouns)
        ):
            return True
        after = self.text[tok.end : tok.end + 3]
        if (
            len(words) > 1
            and _in(words[-2], self.lex.channel_nouns)
            and self.next_word(tok.end) in self.lex.outlet_adjectives
        ):
            return True  # قناة روسيا اليوم الإخبارية: a medium's noun, its name and its kind
        if _in(words[-1], self.lex.outlet_nouns) and _NISBA_ANY.fullmatch(
            self.next_word(tok.end) or ""
        ):  # صحيفة اليوم السعودية: a paper named اليوم and its country
            return True
        if (  # صحيفة «اليوم» السعودية: a paper named اليوم, in quotes of its own
            len(words) > 1
            and words[-1] in _OPEN_QUOTES
            and after[:1] in _CLOSE_QUOTES
            and _in(words[-2], self.lex.outlet_nouns)
        ):
            return True
        dateline = "\n" not in before and len(words) == 1 and tok.start <= _DATELINE_REACH
        if dateline and _DATELINE_DASH.match(after):
            return True  # بغداد اليوم - بغداد: an outlet's name opening its dateline
        line = before[before.rfind("\n") + 1 :]
        if (
            _BYLINE_NAME.fullmatch(line)
            and _BYLINE_AFTER.match(after)
            and (i == 0 or self.toks[i - 1].end <= tok.start - len(line))
        ):
            # وطنا اليوم:يعقد, فلسطين اليوم | الكاتب: an outlet's name opening a line (not a date
            # word: صباح اليوم:)
            return True
        if tok.start <= _DATELINE_REACH and after[:1] == ":" and _DATELINE_OUTLET.fullmatch(line):
            return True  # بغداد- العراق اليوم: an outlet named after its dateline's city
        if (
            tok.start <= _DATELINE_REACH
            and _DATELINE_DASH.fullmatch(line, len(line.rstrip(" -\N{EN DASH}")))
            and _NUMBER_LINE_END.match(self.text, tok.end)
        ):
            return True  # مراكش - اليوم 24: an outlet named by اليوم and a number ends the dateline
        # (not a bracket round اليوم alone; a clitic may stand before the quote: لـ"بغداد اليوم",
        # the name's first word no verbal noun: لـ"التظاهر اليوم" is a call for today)
        first = _CLITICS_BEFORE_QUOTE.sub("", words[-1])
        if first != words[-1] and first[1:3] == "ال":
            return False
        opening = first[:1] if len(first) > 1 else ""
        if opening == "(":
            return after[:1] == ")"  # (بغداد اليوم): a name in brackets
        return opening in _OPEN_QUOTES and after[:1] in _CLOSE_QUOTES

    def then_and_now(self, start: int, end: int) -> bool:
        """Whether the day word at *start*..*end* is in an idiom: بين الأمس واليوم، اليوم قبل غد."""
        for match in self.lex.then_and_now.finditer(self.text, max(0, start - 16), end + 40):
            if match.start() <= start and end <= match.end():
                return True
        return False

    def r_dayword(self, i: int) -> _Hit | None:
        offset = self.role(i).dayword
        if offset is None:
            # غد الأحد: غد is a day word before its weekday too (alone it is «the future»)
            offset = self.role(i).timeday
            if offset is None or not (
                self.joined(i, self.lex.weekday_date_gap) and self.role(i + 1).weekday is not None
            ):
                return None
        tok = self.toks[i]
        blockers = self.lex.not_after.get(tok.form)
        if blockers and _in(self.next_word(tok.end), blockers):
            return None  # عن بكرة أبيهم
        blockers = self.lex.not_before.get(tok.form)
        if blockers and _in(self.prev_word(self.tok_start(i)), blockers):
            return None  # صحيفة الغد: a name; وقد غدا: the verb "became"
        if self.then_and_now(tok.start, tok.end):
            return None  # بين الأمس واليوم: «then and now»
        if offset == 0:  # اليوم: not "the day" of اليوم الوطني, اليوم التالي
            following = self.next_word(tok.end)
            if (
                following is not None
                and following.startswith("ال")
                and following not in self.lex.not_article
                # (the next token's roles only when it is the next word: the scan keeps
                # date words alone, and اليوم الوفد ضمن جولته الثانية is today)
                and self.describes_day(following, self.role(i + 1) if self.spaced(i) else EMPTY)
            ):
                return None
            if _in(following, self.lex.anaphoric):
                return None  # اليوم نفسه: the same day as an event named before
            if self.counted_day(tok.end, before=self.prev_word(tok.start)):
                return None  # اليوم 22 من العدوان: a day of a stretch, counted
            before = self.prev_word(tok.start)
            if _in(before, self.lex.same) or before in self.lex.demonstratives:
                # في نفس اليوم، في ذلك اليوم: the day of an event named before (وذلك اليوم
                # الثلاثاء: «and that today», the wire's formula)
                return None
            if self.names_outlet(i):
                return None  # «روسيا اليوم», صحيفة المصري اليوم
            if (
                self.prev_word(tok.start) == _IN
                or self.text[max(tok.start - 1, 0) : tok.end] == _PER_DAY
                or self.text[tok.start : tok.end] == _PER_DAY
            ) and not (self.joined(i, self.lex.weekday_date_gap) and self.role(i + 1) is not EMPTY):
                return None  # مليون برميل في اليوم، ثلاث وجبات في اليوم: per day, not today
            if self.this_before(i) and self.prev_word(self.tok_start(i - 1)) == _LIKE:
                return self.same_day(i)  # في مثل هذا اليوم: this day of another year, not today
            if self.this_before(i) and self.gap(i) == " من ":
                # ففي هذا اليوم من عام 1977: likewise, with a year named after it
                same = self.same_day(i, like=False)
                if same is not None:
                    return same
        wrap = _WEEKDAY_WRAP.fullmatch(self.gap(i) or "-")
        if wrap is not None and self.role(i + 1).weekday is not None:
            # اليوم /الخميس/، اليوم "الأربعاء": news agencies set the weekday between slashes
            # or quotes
            weekday_tok = self.toks[i + 1]
            closer = _WEEKDAY_CLOSERS[wrap.group(1)]
            close = closer.match(self.text, weekday_tok.end, weekday_tok.end + 2)
            if close is not None:
                spec = Spec(kind="dayword", offset=offset, weekday=self.role(i + 1).weekday)
                return _Hit(end_tok=i + 2, start=tok.start, end=close.end(), spec=spec)
        if (
            self.joined(i, self.lex.weekday_date_gap)
            and self.role(i + 1).weekday is None
            and not self.this_before(i)  # في مثل هذا اليوم 17 سبتمبر عام 1978: another year
        ):
            # اليوم 9 ديسمبر, غدا 5 آذار: the date written is the day word's
            dated = self.day_written(i + 1, tok.start)
            if dated is not None:
                return dated
        if self.joined(i, self.lex.weekday_date_gap) and self.role(i + 1).weekday is not None:
            weekday_hit = self.weekday_core(i + 1)
            if weekday_hit is not None and weekday_hit.spec is not None:
                if weekday_hit.spec.kind == "date":
                    return _Hit(
                        end_tok=weekday_hit.end_tok,
                        start=tok.start,
                        end=weekday_hit.end,
                        spec=weekday_hit.spec,
                    )
                spec = Spec(kind="dayword", offset=offset, weekday=weekday_hit.spec.weekday)
                end = self.toks[i + 1].end
                close = _CLOSE_BRACKET.match(self.text, end, end + 2)
                if close is not None and "(" in (self.gap(i) or ""):
                    # أمس (الخميس) 13 ديسمبر: the bracket closed, and the date after it
                    end = close.end()
                    if i + 2 < self.n and self.toks[i + 2].start == end + 1:
                        dated = self.day_written(i + 2, tok.start)
                        if dated is not None:
                            return dated
                # (من أمس الأحد وحتى اليوم: the day word and its weekday open a range up to a
                # later day word too)
                return self.dayword_range(
                    _Hit(end_tok=i + 2, start=tok.start, end=end, spec=spec),
                    offset,
                    to_day_word=True,
                )
        hit = _Hit(
            end_tok=i + 1, start=tok.start, end=tok.end, spec=Spec(kind="dayword", offset=offset)
        )
        return self.dayword_range(hit, offset)

    def day_written(self, j: int, start: int) -> _Hit | None:
        """The day of a month written at token *j* after a day word, as one hit from *start*.

        اليوم 9 ديسمبر، أمس (الخميس) 13 ديسمبر: a date with its day (no event's), this year's
        when no year is written.
        """
        dated = self.r_numeric(j) or self.r_caldate(j)
        if (
            dated is None
            or dated.spec is None
            or dated.spec.kind != "date"
            or dated.spec.day is None
            or dated.spec.event
        ):
            return None
        spec = dated.spec
        if spec.year is None and spec.relative is None:
            spec = spec.replace(relative=0)
        return _Hit(end_tok=dated.end_tok, start=start, end=dated.end, spec=spec)

    def range_opened(self, hit: _Hit) -> int | None:
        """The token after *hit* when من or بين before it and حتى or إلى after open a range.

        Not inside a range being read, nor in a clause of moving a date (نقلت من X إلى Y).
        """
        j = hit.end_tok
        self.ensure(j)
        if self.in_range or j >= self.n:
            return None
        intro = self.prev_word(hit.start)
        gap = self.text[hit.end : self.toks[j].start]
        if (
            not _in(intro, self.lex.range_intros)
            or not _fullmatch(self.lex.range_gap, gap)
            or not _RANGE_WORD.search(gap)
            or self.moved(hit.start, intro)
        ):
            return None
        return j

    def dayword_range(self, hit: _Hit, offset: int, *, to_day_word: bool = False) -> _Hit:
        """من اليوم حتى الأحد، من أمس إلى اليوم، من اليوم وحتى 20 مارس: a day word opening a range.

        After من or بين, up to a weekday (the next one after the day word's day), a later day
        word or a day of a month; not in a clause of moving a date. With *to_day_word* (a day
        word with its weekday), only up to a later day word.
        """
        j = self.range_opened(hit)
        if j is None:
            return hit
        second = self.range_end(j, weekday=True) or self.without_ranges(self.r_dayword, j)
        if second is None:  # من اليوم حتى نهاية الشهر: the end of a unit
            second = self.without_ranges(self.prefixed_core, j)
        if (
            second is None
            or second.spec is None
            or (to_day_word and second.spec.kind not in {"dayword", "weekday"})
        ):
            return hit
        end_spec = second.spec
        if end_spec.mod == "END" and end_spec.day is None and not end_spec.week:
            if end_spec.kind == "date" and end_spec.month is not None:  # حتى نهاية مارس
                end_spec = end_spec.replace(last_day=True, mod=None)
            elif end_spec.kind == "unit" and end_spec.unit in _END_UNITS:
                end_spec = end_spec.replace(mod=None)  # حتى نهاية الشهر: its last bound
        if not (
            (
                end_spec.kind == "date"
                and (end_spec.day is not None or end_spec.last_day)
                and not end_spec.event
            )
            or (
                end_spec.kind == "unit" and second.spec.mod == "END" and end_spec.unit in _END_UNITS
            )
            or (end_spec.kind == "weekday" and end_spec.relative is None)
            or (
                end_spec.kind == "dayword" and end_spec.offset > offset and end_spec.weekday is None
            )
        ):
            return hit
        # the start as a distance in days: it keeps its own kind inside the interval (with the
        # weekday written after its day word, which decides its day: من أمس الأحد وحتى اليوم)
        weekday = hit.spec.weekday if hit.spec is not None else None
        spec = Spec(kind="interval", unit="day", offset=offset, weekday=weekday, end=end_spec)
        start = self.word_start(hit.start, self.prev_word(hit.start) or "")
        return _Hit(end_tok=second.end_tok, start=start, end=second.end, spec=spec)

    # -- prefixes: مساء, يوم, منتصف, نحو ------------------------------------------------

    def chain_end(self, i: int) -> int:
        """The last token of a chain of times of day from token *i* (مساء يوم, صباح مساء ...).

        A time of day before another one, or before يوم, takes the date that ends
        the chain. Walked once, not recursively: a chain of any length costs its
        length, and the driver, which tries each token of it, reuses the walk.
        """
        first, end = self.chain
        j = end if first <= i <= end else i
        while True:
            self.ensure(j + 1)
            nested = self.role(j + 1)
            if not (
                self.spaced(j)
                and self.role(j).tod
                and (nested.tod or nested.unit == ("day", "single"))
            ):
                break
            j += 1
        self.chain = (min(i, first) if first <= i <= end else i, j)
        return j

    def annual(self, trigger: str | None, start_tok: int, end: int) -> bool:
        """Whether a day of a month recurs yearly: سنويا في 2 نوفمبر، في 2 نوفمبر من كل عام."""
        if trigger is not None and _in(trigger, self.lex.annual_links):
            before = self.prev_word(self.tok_start(start_tok) - len(trigger) - 1)
            if _in(before, self.lex.annual_words):
                return True
        if self.lex.every_year.match(self.text, end) is not None:
            return True
        return self.lex.definite_observance.match(self.text, end) is not None and self.designated(
            self.tok_start(start_tok)
        )

    def designated(self, position: int) -> bool:
        """Whether a verb of designating is among the few words before *position*.

        أعلنت الجمعية العامة 16 سبتمبر اليوم الدولي: the day so named, every year. Its object
        is the day itself: a preposition or أن on the way (اعتمد البرلمان في 25 نوفمبر ...
        قانونا، أعلن الرئيس أن 10 ديسمبر ...) makes the day this year's.
        """
        for _ in range(_RECURRENCE_REACH):
            word = self.prev_word(position)
            if word is None or word in self.lex.time_preps or word in self.lex.designation_breaks:
                return False
            if _in(word, self.lex.designating_verbs):
                return True
            position -= len(word) + 1
        return False

    def recurs_before(self, position: int) -> bool:
        """Whether a word of recurrence (الدوري، شهريا) is among the few words before *position*."""
        for _ in range(_RECURRENCE_REACH):
            word = self.prev_word(position)
            if word is None:
                return False
            if word in self.lex.recurrence:
                return True
            position -= len(word) + 1
        return False

    def set_before(self, i: int) -> bool:
        """Whether token *i* (a weekday or يوم) is one of a set of days, not one date.

        After a word of recurrence (كل الثلاثاء, كل يوم الجمعة), before one (الخميس من كل
        أسبوع، يوم الجمعة كل شهر), or after a plural day noun and alone (أيام الجمعة).
        """
        position = self.tok_start(i)
        prev = self.prev_word(position)
        if prev == "يوم":  # كل يوم الجمعة, seen from الجمعة
            prev = self.prev_word(position - len(prev) - 1)
        if _in(prev, self.lex.set_words):
            return True
        end = self.toks[i].end
        if self.role(i).unit == ("day", "single") and self.spaced(i):
            end = self.toks[i + 1].end  # يوم الخميس من كل أسبوع, seen from يوم
        comma = self.text.startswith(", ", end)
        if comma:
            end += 1  # يوم الثلاثاء، من كل أسبوع: a comma between (not السبت، كل من X)
        after = self.next_word(end)
        if after == _FROM:
            after = self.next_word(end + len(after) + 1)
        elif comma:
            after = None
        if _in(after, self.lex.set_words):
            return True
        following = self.next_word(self.toks[i].end)
        another = (  # الجمعة والسبت: a list of days
            following is not None
            and following.startswith("و")
            and self.lex.roles.get(following[1:], EMPTY).weekday is not None
        )
        return _in(prev, self.lex.set_plurals) and not another  # أيام الجمعة (not الجمعة والسبت)

    def night_pair(self, inner: _Hit) -> _Hit | None:
        """ليل الثلاثاء - الأربعاء, ليلة الأحد الاثنين: a night across two days, as one interval."""
        j = inner.end_tok
        if inner.spec is None or inner.spec.kind != "weekday" or inner.spec.weekday is None:
            return None
        second = self.role(j).weekday if j < self.n else None
        if second != (inner.spec.weekday + 1) % _DAYS_IN_WEEK:
            return None
        if not _fullmatch(_NIGHT_GAP, self.text[inner.end : self.toks[j].start]):
            return None
        spec = inner.spec.replace(kind="interval", end=Spec(kind="weekday", weekday=second))
        return _Hit(end_tok=j + 1, start=inner.start, end=self.toks[j].end, spec=spec)

    def prefixed_core(self, i: int) -> _Hit | None:
        roles = self.role(i)
        if not self.spaced(i) and not (  # يوم واحد وثلاثين مارس: و + أحد after a space
            roles.unit == ("day", "single") and self.compound_day(i + 1) is not None
        ):
            return None
        if roles.unit == ("day", "single") and self.set_before(i):
            return None  # كل يوم الجمعة: every Friday
        start = self.toks[i].start
        inner: _Hit | None = None
        if roles.tod or roles.unit == ("day", "single"):  # مساء الأربعاء, يوم الثلاثاء
            nested = self.role(i + 1)
            if roles.tod and (nested.tod or nested.unit == ("day", "single")):
                inner = self.prefixed_core(self.chain_end(i + 1))  # مساء يوم الأحد
            elif nested.weekday is not None:
                inner = self.weekday_core(i + 1)
                if roles.tod and inner is not None:
                    inner = self.night_pair(inner) or inner  # ليل الثلاثاء - الأربعاء
            elif nested.dayword is not None:
                inner = self.r_dayword(i + 1)
            elif nested.timeday is not None and roles.tod:  # صباح غد
                tok = self.toks[i + 1]
                spec = Spec(kind="dayword", offset=nested.timeday)
                inner = _Hit(end_tok=i + 2, start=tok.start, end=tok.end, spec=spec)
                if self.joined(i + 1, self.lex.weekday_date_gap) and (
                    self.role(i + 2).weekday is not None
                ):
                    weekday_hit = self.weekday_core(i + 2)  # صباح غد الاثنين 27 فبراير
                    if weekday_hit is not None and weekday_hit.spec is not None:
                        weekday_spec = weekday_hit.spec
                        if weekday_spec.kind != "date":
                            weekday_spec = spec.replace(weekday=weekday_spec.weekday)
                        inner = _Hit(
                            end_tok=weekday_hit.end_tok,
                            start=tok.start,
                            end=weekday_hit.end,
                            spec=weekday_spec,
                        )
            elif roles.unit == ("day", "single") or roles.tod:  # يوم 5 مايو, مساء 5 مارس
                inner = self.r_numeric(i + 1) or self.r_caldate(i + 1)
                if inner is not None and (inner.spec is None or inner.spec.day is None):
                    inner = None
                elif (
                    inner is not None
                    and inner.spec is not None
                    and inner.spec.kind == "date"
                    and not inner.spec.event
                    and _in(self.text[start : self.toks[i].end], self.lex.day_before)
                ):  # عشية 8 مارس: the eve, 7 March
                    inner = inner._replace(spec=inner.spec.replace(shift=inner.spec.shift - 1))
            if inner is not None and inner.recurs:  # يوم الخميس الأخير من مايو من كل عام
                return inner._replace(start=start)
            if inner is None or inner.spec is None:
                return None
            if roles.tod and self.clock_before(start):
                start = inner.start  # الواحدة من بعد ظهر غد: the time of day is the clock's
            spec = inner.spec
            if roles.tod and spec.kind == "weekday":
                spec = spec.replace(time_of_day=True)
            return _Hit(end_tok=inner.end_tok, start=start, end=inner.end, spec=spec)
        mod = roles.part or ("APPROX" if roles.approx else None)
        if mod is None:
            return None
        nested = self.role(i + 1)
        if mod == "APPROX" and nested.weekday is not None:  # قرابة الثلاثاء القادم
            inner = self.weekday_core(i + 1)
        elif mod == "APPROX" and nested.decade is not None:  # حوالي أربعينيات القرن السابع عشر
            inner = self.r_decade(i + 1)
        elif mod == "APPROX":
            # نحو 2000 counts far more often than it dates: a year needs عام or an era mark.
            inner = self.r_year(i + 1)
        elif nested.decade is not None:  # أواخر الثمانينيات
            inner = self.r_decade(i + 1)
        elif nested.century is not None:  # مطلع القرن العشرين
            inner = self.r_century(i + 1)
        elif (
            nested.gmonth is not None
            or nested.hmonth is not None
            or nested.unit == ("month", "single")
        ):
            inner = self.r_caldate(i + 1)
            if inner is not None and inner.spec is not None and inner.spec.day is not None:
                return None
        elif self.num(i + 1) is not None or (nested.unit and nested.unit[0] == "year"):
            inner = self.r_year(i + 1)
            if inner is None and self.num(i + 1) is not None:
                year = self.year_at(i + 1, cue=True)
                if (
                    year is not None
                    and year[2].year in _CUE_YEARS
                    and not self.counted_after(year[1])
                ):
                    inner = _Hit(
                        end_tok=year[0], start=self.toks[i + 1].start, end=year[1], spec=year[2]
                    )
            if inner is None:
                inner = self.r_unit(i + 1) or self.r_bare_unit(i + 1)
        else:
            inner = (
                self.r_unit(i + 1)
                or self.r_season(i + 1)
                or self.r_bare_unit(i + 1)
                or self.bare_season(i + 1)
            )
        if inner is None or inner.spec is None or inner.spec.kind in {"interval", "vague"}:
            return None
        if inner.spec.mod is not None or inner.start != self.toks[i + 1].start:
            return None
        if roles.monthday is not None and inner.spec.kind == "unit" and inner.spec.unit == "month":
            return None  # أول الشهر المقبل: its 1st, as غرة (the unit rule)
        if self.toks[i].form in self.lex.month_only_parts and (
            inner.spec.kind != "date" or inner.spec.month is None
        ):
            return None  # نصف الشهر, نصف عام: a half, a length of time
        return _Hit(
            end_tok=inner.end_tok,
            start=start,
            end=inner.end,
            spec=inner.spec.replace(mod=mod),
        )

    def bare_season(self, i: int) -> _Hit | None:
        """الربيع after a period part (قبل نهاية الربيع): the reference's season, as هذا الربيع.

        Only a definite season with no definite word after it: نهاية الربيع العربي is a name.
        """
        code = self.role(i).season
        tok = self.toks[i]
        if code is None or not tok.form.startswith("ال"):
            return None
        following = self.next_word(tok.end)
        if following is not None and following.startswith("ال"):
            return None
        spec = Spec(kind="season", code=code, relative=0)
        return _Hit(end_tok=i + 1, start=tok.start, end=tok.end, spec=spec)

    # -- units: الشهر الماضي, هذا العام, الـ12 من الشهر الجاري -----------------------------

    def unit_rel(self, i: int) -> tuple[int, int, str, int] | None:
        """(next token, end, unit, offset) of الشهر الماضي / هذا العام at token *i*."""
        roles = self.role(i)
        if roles.this and self.spaced(i):
            unit = self.role(i + 1).unit
            if unit is not None and unit[1] == "definite":
                end_tok = i + 2
                if self.spaced(i + 1) and self.role(i + 2).rel == 0:
                    end_tok = i + 3
                return end_tok, self.toks[end_tok - 1].end, unit[0], 0
            return None
        unit = roles.unit
        if unit is not None and unit[1] == "this":
            return i + 1, self.toks[i].end, unit[0], 0  # هالأسبوع: this week
        if unit is None or unit[1] != "definite" or not self.spaced(i):
            return None
        rel = self.role(i + 1).rel
        if rel is None:
            return None
        return i + 2, self.toks[i + 1].end, unit[0], rel

    def week_of_month(self, i: int) -> _Hit | None:
        """الأسبوع الأول من أبريل المقبل, الأسبوع الأخير في سبتمبر: a week of a month by its rank.

        Token *i* is الأسبوع; the rank (an ordinal up to the fifth, or الأخير) follows it.
        """
        if not self.spaced(i):
            return None
        roles = self.role(i + 1)
        rank = roles.ordinal if roles.ordinal is not None else roles.nth
        if rank is None or rank > _WEEKS_IN_MONTH or self.gap(i + 1) not in _RANK_GAPS:
            return None
        return self.ranked_week(i, rank, i + 2)

    def year_after_rank(self, i: int) -> _Hit | None:
        """The year at token *i* after a ranked week or month and من: a Gregorian year.

        Named (عام 2023, 2024), relative (العام الماضي, السنة الجارية) or bare
        (العام, السنة: the reference's, as after a period part).
        """
        if i >= self.n:
            return None
        year = self.r_year(i)
        if year is None and (bare := self.year_at(i, cue=True)) is not None:
            year = _Hit(end_tok=bare[0], start=self.toks[i].start, end=bare[1], spec=bare[2])
        if year is None:
            year = self.r_unit(i)
        if year is None and self.role(i).unit == ("year", "definite"):
            found = self.bare_unit(i)
            if found is not None:
                j, end, _unit, offset = found
                spec = Spec(kind="unit", unit="year", offset=offset)
                year = _Hit(end_tok=j, start=self.toks[i].start, end=end, spec=spec)
        if year is None or year.spec is None or year.spec.hijri or year.spec.mod:
            return None
        spec = year.spec
        if spec.kind == "year" and spec.year is not None and spec.end is None:
            return year
        if spec.kind == "unit" and spec.unit == "year" and not spec.day and not spec.nth:
            return year
        return None

    def part_of_year(self, i: int, unit: str) -> _Hit | None:
        """الأسبوع 12 من العام, الأسبوع الـ15 من 2024, الشهر الثالث من السنة المقبلة.

        Token *i* is الأسبوع or الشهر; a number (digits, الـ15, رقم 9) or an ordinal
        (الحادي عشر, الأخير) and من follow, then a year. A week is the ISO week of that
        number; a month is that month of the year. Without a year after من it is no date
        (الأسبوع 12 من الدوري: a round of a league).
        """
        j = i + 1
        if j >= self.n or self.gap(i) not in {" ", " رقم "} or self.gap(j) != " من ":
            return None
        roles = self.role(j)
        tok = self.toks[j]
        if tok.num is not None and tok.digits <= 2 and tok.era is None:  # noqa: PLR2004
            rank = tok.num
        elif roles.ordinal is not None:
            rank = roles.ordinal
        elif roles.nth == -1:
            rank = -1  # الشهر الأخير من العام
        else:
            return None
        most = _WEEKS_IN_YEAR if unit == "week" else _MONTHS_IN_YEAR
        if rank == 0 or rank > most:
            return None
        year = self.year_after_rank(j + 1)
        if year is None or year.spec is None:
            return None
        start = self.toks[i].start
        if unit == "week":
            spec = year.spec.replace(week=True, nth=rank)
        else:
            month = _MONTHS_IN_YEAR if rank < 0 else rank
            spec = Spec(kind="date", calendar=Calendar.NUMERIC, month=month)
            if year.spec.kind == "year":
                spec = spec.replace(year=year.spec.year)
            else:
                spec = spec.replace(year_offset=year.spec.offset)
        return _Hit(end_tok=year.end_tok, start=start, end=year.end, spec=spec)

    def ranked_week(self, start_tok: int, rank: int, i: int) -> _Hit | None:
        """The week of rank *rank* (-1: the last) of the month (or relative year) at token *i*."""
        month = self.month_after_rank(i)
        if month is None or month.spec is None or month.spec.kind not in {"date", "unit"}:
            return None
        spec = month.spec
        if spec.day is not None or spec.last_day or spec.event or spec.nth:
            return None
        if (spec.unit or "month") not in {"month", "year"} or spec.weekday is not None or spec.code:
            return None  # (الأسبوع الأخير من السنة: a whole week of a relative year too)
        spec = spec.replace(week=True, nth=rank)
        return _Hit(
            end_tok=month.end_tok, start=self.toks[start_tok].start, end=month.end, spec=spec
        )

    def same_day(self, i: int, *, like: bool = True) -> _Hit | None:
        """مثل هذا اليوم (at token *i*: اليوم) + a year: the reference's day in that year.

        The year is named (من عام 1923), relative (من العام الماضي) or a distance back
        (منذ 34 عاما); without one, no date (في مثل هذا اليوم alone is an anniversary).
        Without مثل (*like* false: في هذا اليوم من عام 1977) only a year named after من.
        """
        gap = self.gap(i)
        if gap == " من ":
            year = self.r_year(i + 1) or self.r_unit(i + 1)
        elif gap is not None and gap.strip() in self.lex.distance:
            year = self.r_ago(i + 1)  # مثل هذا اليوم منذ 34 عاما
        else:
            return None
        if year is None or year.spec is None or not _names_year(year.spec):
            return None
        start = self.tok_start(i - 1) - (len(_LIKE) + 1 if like else 0)
        spec = year.spec.replace(same_day=True)
        return _Hit(end_tok=year.end_tok, start=start, end=year.end, spec=spec)

    def same_day_after(self, hit: _Hit) -> _Hit:
        """قبل 31 عاما، في مثل هذا اليوم: a distance in years followed by مثل هذا اليوم."""
        if hit.spec is None or not _names_year(hit.spec):
            return hit
        match = _SAME_DAY_AFTER.match(self.text, hit.end)
        if match is None:
            return hit
        end_tok = hit.end_tok
        self.ensure(end_tok + 2)
        while end_tok < self.n and self.toks[end_tok].end <= match.end():
            end_tok += 1
        spec = hit.spec.replace(same_day=True)
        return _Hit(end_tok=end_tok, start=hit.start, end=match.end(), spec=spec)

    def month_partner_before(self, i: int) -> bool:
        """Whether the month at token *i* ends a pair or a range after another month.

        بين يناير ومارس, من يناير إلى مارس: the verb مارس never follows a month so.
        """
        if i == 0 or self.role(i - 1).gmonth is None:
            return False
        gap = self.text[self.toks[i - 1].end : self.tok_start(i)]
        if gap == " ":  # بين يناير ومارس; not تأسس في يناير ومارس نشاطه (the verb)
            return self.toks[i].clitic.startswith("و") and _in(
                self.prev_word(self.tok_start(i - 1)), self.lex.range_intros
            )
        return _fullmatch(_MONTH_PARTNER_GAP, gap)

    def general_title(self, i: int) -> bool:
        """Whether token *i*, العام, qualifies the title before it.

        الأمين العام السابق is the former secretary-general, not last year's.
        """
        tok = self.toks[i]
        if tok.form != "العام" or tok.clitic:
            return False
        title = self.prev_word(tok.start)
        for lead in ("ولل", "فلل", "لل"):  # للأمين العام: ل before the article drops its alif
            if title is not None and title.startswith(lead):
                title = "ال" + title[len(lead) :]
                break
        if title is not None:
            for suffix in _POSSESSIVE_SUFFIXES:  # أمينه العام السابق: its former secretary
                stem = "ال" + title[: -len(suffix)]
                if title.endswith(suffix) and stem in self.lex.general_titles:
                    return True
        return _in(title, self.lex.general_titles)

    def r_unit(self, i: int) -> _Hit | None:
        start = self.toks[i].start
        if self.role(i).unit == ("year", "definite") and self.general_title(i):
            return None
        if self.role(i).this and self.spaced(i) and self.role(i + 1).weekday is not None:
            weekday = self.weekday_core(i + 1)  # هذا الاثنين: this week's, today or coming
            if (
                weekday is not None
                and weekday.spec is not None
                and weekday.spec.kind == "weekday"
                and weekday.spec.relative is None
            ):
                # الاتفاق الذي وقع هذا الثلاثاء: a relative clause of the past, the weekday past
                spec = (
                    weekday.spec
                    if self.past_clause_before(start)
                    else weekday.spec.replace(relative=0)
                )
                return _Hit(end_tok=weekday.end_tok, start=start, end=weekday.end, spec=spec)
        season = self.role(i + 1).season
        if (
            self.role(i).this
            and self.spaced(i)
            and season is not None
            and self.toks[i + 1].form.startswith("ال")
        ):
            # هذا الصيف: the season of the reference's year, as الصيف الجاري
            spec = Spec(kind="season", code=season, relative=0)
            return _Hit(end_tok=i + 2, start=start, end=self.toks[i + 1].end, spec=spec)
        if self.role(i).unit == ("week", "definite"):
            week = self.week_of_month(i) or self.part_of_year(i, "week")
            if week is not None:
                return week
        if self.role(i).unit == ("month", "definite"):
            month = self.part_of_year(i, "month")  # الشهر الثالث من السنة المقبلة
            if month is not None:
                return month
        if (
            self.role(i).unit == ("year", "definite")
            and self.spaced(i)
            and self.toks[i + 1].form in self.lex.story_next
            and not self.future_word_before(start)  # (سيوقعان في العام التالي: the page's)
        ):
            # في العام التالي: the year after the one the text named (see _anchored)
            spec = Spec(kind="year", same_year=True, year_offset=1)
            return _Hit(end_tok=i + 2, start=start, end=self.toks[i + 1].end, spec=spec)
        day = self.day_at(i)
        if day is not None and day > 0:
            days = self.days_of_unit_month(i, day)  # 21 و22 من الشهر الجاري
            if days is not None:
                return days
            same = self.day_of_same_month_before(i, day)  # 15 من نفس الشهر
            if same is not None:
                return same
        spaced_month = (  # في 26 الشهر الجاري: a day and its relative month, no من between
            day is not None
            and day > 0
            and self.spaced(i)
            and (self.unit_rel(i + 1) is not None or self.current_month(i, day) is not None)
            # after في، منذ، حتى، يوم or a weekday only: not كوفيد-19 الشهر الماضي, كوب 28
            # الشهر المقبل
            and (self.day_introduced(i) or (self.spaced(i - 1) and _weekday(self.role(i - 1))))
        )
        if day is not None and (
            self.gap(i) == " من " or self.role(i).monthday is not None or spaced_month
        ):
            found = (
                self.unit_rel(i + 1)
                or self.bare_unit(i + 1)  # غرة الشهر المقبل
                or self.current_month(i, day)  # في 17 الجاري (see spaced_month)
            )
            if found is None and day > 0:
                return self.day_of_same_month(i, day)  # 6 من الشهر ذاته
            if found is None or found[2] != "month":
                return None
            end_tok, end, unit, offset = found
            spec = Spec(
                kind="unit",
                unit="month",
                offset=offset,
                day=None if day == -1 else day,
                last_day=day == -1,
            )
            return _Hit(end_tok=end_tok, start=start, end=end, spec=spec)
        if self.role(i).unit == ("year", "definite") and self.spaced(i) and self.role(i + 1).new:
            spec = Spec(kind="unit", unit="year", new_year=True)  # العام الجديد
            return _Hit(end_tok=i + 2, start=start, end=self.toks[i + 1].end, spec=spec)
        found = self.unit_rel(i)
        if found is None:
            hijri_year = self.hijri_unit_rel(i)
            if hijri_year is not None:
                return hijri_year  # (no range or unit end after it)
        if found is None and self.within_before(i):
            found = self.bare_unit(i)  # في وقت سابق من العام: earlier this year
        if found is None:
            return None
        end_tok, end, unit, offset = found
        if unit == "year" and offset == 0 and end_tok < self.n and self.spaced(end_tok - 1):
            year = self.r_year(end_tok) or self.cue_year(end_tok)
            if year is not None and year.spec is not None and year.spec.kind == "year":
                # هذا العام 1443هـ / 2022م: the year named is the year meant
                return _Hit(end_tok=year.end_tok, start=start, end=year.end, spec=year.spec)
        spec = Spec(kind="unit", unit=unit, offset=offset)  # type: ignore[arg-type]
        hit = _Hit(end_tok=end_tok, start=start, end=end, spec=spec)
        return self.to_unit_end(hit, _UNIT_RANK[unit]) or hit

    def hijri_unit_rel(self, i: int) -> _Hit | None:
        """العام الهجري المقبل، السنة الهجرية الماضية: the Hijri year of the reference, shifted.

        With الميلادي (العام الميلادي المقبل) it is the Gregorian year, as without it.
        """
        self.ensure(i + 2)
        era = self.role(i + 1).era
        if (
            self.role(i).unit != ("year", "definite")
            or not self.spaced(i)
            or era is None
            or not self.spaced(i + 1)
        ):
            return None
        rel = self.role(i + 2).rel
        if rel is None:
            return None
        spec = Spec(kind="unit", unit="year", offset=rel, hijri=era == "hijri")
        return _Hit(end_tok=i + 3, start=self.toks[i].start, end=self.toks[i + 2].end, spec=spec)

    def to_unit_end(self, hit: _Hit, rank: int) -> _Hit | None:
        """من الشهر الجاري حتى نهاية السنة, من الآن وحتى نهاية العام: up to the end of a unit.

        After من or بين, a relative unit or الآن up to نهاية + a larger unit (or the same: من
        هذا الأسبوع حتى نهاية الأسبوع is that week) is one interval to that unit's last day.
        """
        j = self.range_opened(hit)
        if j is None:
            return None
        second = self.without_ranges(self.prefixed_core, j)
        if second is None or second.spec is None:
            return None
        end_spec = second.spec
        if (
            end_spec.kind != "unit"
            or end_spec.mod != "END"
            or end_spec.unit not in _END_UNITS
            or end_spec.day is not None
            or _UNIT_RANK[end_spec.unit] < rank
        ):
            return None
        spec = (hit.spec or Spec(kind="unit", unit="day", offset=0)).replace(
            kind="interval", end=end_spec.replace(mod=None)
        )
        start = self.word_start(hit.start, self.prev_word(hit.start) or "")
        return _Hit(end_tok=second.end_tok, start=start, end=second.end, spec=spec)

    def within_before(self, i: int) -> bool:
        """Whether a lead of ``WITHIN_LEADS`` ends right before token *i* (في وقت سابق من)."""
        start = self.tok_start(i)
        before = self.text[max(0, start - 18) : start]
        return any(before.endswith(lead + " ") for lead in self.lex.within_leads)

    def day_introduced(self, i: int) -> bool:
        """Whether a time preposition or يوم stands right before the number at token *i*."""
        start = self.tok_start(i)
        if self.text[start - 1 : start] != " ":
            return False  # كوفيد-19، الـ20: joined to what precedes
        prev = self.prev_word(start)
        return prev == "يوم" or _in(prev, self.lex.time_preps)

    def days_of_unit_month(self, i: int, day: int) -> _Hit | None:
        """(يومي) 21 و22 من الشهر الجاري، 20 و21 الجاري: days of a relative month, one interval."""
        k = i + 1
        while (
            k - i <= _MAX_LISTED_DAYS and self.is_day(k) and self.joined(k - 1, self.lex.range_gap)
        ):
            k += 1  # أيام 21 و22 و23 من الشهر: from the first to the last
        day2 = self.num(k - 1) if k > i + 1 else None
        if day2 is None or day2 <= day:
            return None
        day_noun = i > 0 and self.role(i - 1).daynoun and self.spaced(i - 1)
        found = None
        if (
            day_noun
            or self.day_introduced(i)
            or _in(self.prev_word(self.tok_start(i)), self.lex.range_intros)
        ):
            found = self.current_month(k - 1, day2)  # يومي 20 و21 الجاري, بين 20 و25 الجاري
            if found is None and self.spaced(k - 1):
                found = self.unit_rel(k)  # من 7 إلى 9 الشهر المقبل: من left out, as in 17 الجاري
        if found is None and self.gap(k - 1) == " من ":
            found = self.unit_rel(k)
        if found is None or found[2] != "month":
            return None
        end_tok, end, _unit, offset = found
        start = self.toks[i].start
        if day_noun:
            start = self.toks[i - 1].start  # يومي 21 و22: the dual noun belongs to the range
        last = Spec(kind="unit", unit="month", offset=offset, day=day2)
        spec = last.replace(kind="interval", day=day, end=last)
        return _Hit(end_tok=end_tok, start=start, end=end, spec=spec)

    def current_month(self, i: int, day: int) -> tuple[int, int, str, int] | None:
        """(next token, end, unit, offset) of الجاري standing for الشهر الجاري after day *i*."""
        if not 0 < day <= 31 or self.gap(i) not in {" ", " من "}:  # noqa: PLR2004
            return None
        word = self.toks[i + 1]
        if self.text[word.start : word.end] not in self.lex.current_month:
            return None
        return i + 2, word.end, "month", 0

    def day_of_same_month_before(self, i: int, day: int) -> _Hit | None:
        """A day of the month named before, نفس or ذات first: 15 من نفس الشهر, 6 من ذات الشهر.

        A year after it is the day's (الـ31 من ذات الشهر عام 2023: that month of 2023).
        """
        if self.gap(i) not in self.lex.of_same or self.role(i + 1).unit != ("month", "definite"):
            return None
        spec = Spec(kind="unit", unit="month", day=day, same_month=True)
        end_tok, end = i + 2, self.toks[i + 1].end
        if self.spaced(i + 1) and self.role(i + 2).unit in YEAR_UNITS and self.spaced(i + 2):
            written = self.year_at(i + 3, cue=True)
            if written is not None and written[2].year is not None and not written[2].hijri:
                end_tok, end = written[0], written[1]
                spec = spec.replace(year=written[2].year)
        return _Hit(end_tok=end_tok, start=self.toks[i].start, end=end, spec=spec)

    def day_of_same_month(self, i: int, day: int) -> _Hit | None:
        """A day of the month named before: 6 من الشهر ذاته, 20 من الشهر نفسه."""
        if i + 1 >= self.n or self.role(i + 1).unit != ("month", "definite"):
            return None
        month = self.toks[i + 1]
        anaphor = self.next_word(month.end)
        if anaphor is None or not _in(anaphor, self.lex.anaphoric):
            return None
        spec = Spec(kind="unit", unit="month", day=day, same_month=True)
        return _Hit(
            end_tok=i + 2, start=self.toks[i].start, end=month.end + 1 + len(anaphor), spec=spec
        )

    def cue_year(self, i: int) -> _Hit | None:
        """A year from 1900 to 2099 at token *i*, by the word before it (with its dual)."""
        found = self.year_at(i, cue=True)
        if found is None or found[2].year not in _CUE_YEARS:
            return None
        hit = _Hit(end_tok=found[0], start=self.toks[i].start, end=found[1], spec=found[2])
        return self.dual_date(hit, found[2])

    def r_bare_unit(self, i: int) -> _Hit | None:
        """A bare العام / الشهر / الأسبوع after a period part (only called from there)."""
        found = self.bare_unit(i)
        if found is None:
            return None
        end_tok, end, unit, _offset = found
        spec = Spec(kind="unit", unit=unit, offset=0)  # type: ignore[arg-type]
        return _Hit(end_tok=end_tok, start=self.toks[i].start, end=end, spec=spec)

    # -- decades: التسعينيات, ثمانينيات القرن الماضي, الستينيات من القرن العشرين ----------

    def r_decade(self, i: int) -> _Hit | None:
        decade = self.role(i).decade
        if decade is None:
            return self.ranked_decade(i)
        tok = self.toks[i]
        definite = tok.form.startswith("ال")
        spec = Spec(kind="decade", calendar=Calendar.NUMERIC, decade=decade)
        gap = self.gap(i)
        century = self.role(i + 1).century if gap == " " or (definite and gap == " من ") else None
        if century is not None:
            century_tok = self.toks[i + 1]
            if century >= 0:
                spec = spec.replace(year=century * 100)
                return _Hit(end_tok=i + 2, start=tok.start, end=century_tok.end, spec=spec)
            rel = self.role(i + 2).rel if self.spaced(i + 1) else None
            if rel is not None and rel <= 0:  # القرن الماضي, القرن الحالي
                spec = spec.replace(relative=rel)
                return _Hit(end_tok=i + 3, start=tok.start, end=self.toks[i + 2].end, spec=spec)
        if not definite:
            return None  # تسعينيات needs its century
        if self.next_word(tok.end) == _FROM and self.next_word(tok.end + 3) in self.lex.age_nouns:
            return None  # في العشرينات من عمره: an age, not the 1920s
        return _Hit(end_tok=i + 1, start=tok.start, end=tok.end, spec=spec)

    def ranked_decade(self, i: int) -> _Hit | None:
        """العقد الأول من القرن الحالي, العقد الأخير من القرن العشرين: a decade by its rank.

        Token *i* is the ordinal (الأول to العاشر, الأخير) after the word العقد, and من and a
        century follow; the decade is the one of that rank (the first: 2000 to 2009, as the
        decades of this library are counted from a year ending in 0).
        """
        roles = self.role(i)
        rank = (
            roles.ordinal if roles.ordinal is not None else (_DECADES if roles.nth == -1 else None)
        )
        start = self.tok_start(i) - len(_DECADE_WORD) - 1
        if (
            rank is None
            or not 1 <= rank <= _DECADES
            or start < 0
            or self.text[start : self.tok_start(i)] != _DECADE_WORD + " "
            or self.gap(i) != " من "
        ):
            return None
        century = self.role(i + 1).century
        if century is None:
            return None
        spec = Spec(kind="decade", calendar=Calendar.NUMERIC, decade=rank - 1)
        if century >= 0:
            spec = spec.replace(year=century * 100)
            return _Hit(end_tok=i + 2, start=start, end=self.toks[i + 1].end, spec=spec)
        rel = self.role(i + 2).rel if self.spaced(i + 1) else None
        if rel is None or rel > 0:
            return None
        spec = spec.replace(relative=rel)  # القرن الماضي, القرن الحالي
        return _Hit(end_tok=i + 3, start=start, end=self.toks[i + 2].end, spec=spec)

    def r_century(self, i: int) -> _Hit | None:
        """القرن العشرين, القرن 17, القرن الماضي: a century (TIMEX3 ``19`` for the 20th)."""
        century = self.role(i).century
        if century is None:
            return None
        tok = self.toks[i]
        spec = Spec(kind="century", calendar=Calendar.NUMERIC)
        if century >= 0:
            after = self.next_word(tok.end)
            if after == _BEFORE or self.lex.roles.get(after or "", EMPTY).era == "hijri":
                # القرن الرابع الهجري، القرن الثاني قبل الميلاد: not a century of these years
                return None
            return _Hit(
                end_tok=i + 1, start=tok.start, end=tok.end, spec=spec.replace(year=century * 100)
            )
        own = (
            i > 0
            and self.role(i - 1).part is not None
            and self.toks[i - 1].form not in self.lex.month_only_parts  # نصف القرن: 50 years
            and self.toks[i - 1].end + 1 == tok.start
            and not (self.next_word(tok.end) or "").startswith("ال")  # القرن الهجري الحالي
        )
        if not self.spaced(i) or (own and self.num(i + 1) is None and self.role(i + 1).rel is None):
            if not own:
                return None
            # شهد القرن التاسع عشر ... وفي نهاية القرن، شيدت عام 1820 ... وفي نهاية القرن: the
            # century the text named around; with none, بحلول منتصف القرن، منذ بداية القرن: the
            # text's own (a deadline or a start of now; a story's «end of the century» is not read)
            cue = self.prev_word(self.tok_start(i - 1))
            named = (
                None
                if _in(cue, self.lex.deadline_cues)  # بحلول منتصف القرن: a deadline of now
                else self.century_around(i, years=self.role(i - 1).part in _LATE_PARTS)
            )
            if named is not None:
                century, relative = named
                spec = (
                    spec.replace(relative=relative)
                    if century is None
                    else spec.replace(year=century * 100)
                )
            elif _in(cue, self.lex.own_century_cues):
                spec = spec.replace(relative=0)
            else:
                return None
            return _Hit(end_tok=i + 1, start=tok.start, end=tok.end, spec=spec)
        number = self.num(i + 1)
        if number is not None and 1 <= number <= _MAX_CENTURY and self.toks[i + 1].era is None:
            spec = spec.replace(year=(number - 1) * 100)  # القرن 17: the 1600s
            return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        rel = self.role(i + 1).rel
        if rel is not None:  # القرن الماضي, القرن الحالي, القرن المقبل
            spec = spec.replace(relative=rel)
            return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        return None

    def century_around(self, i: int, *, years: bool) -> tuple[int | None, int | None] | None:
        """The century the text names near token *i*: (century, None) or (None, relative).

        The nearest written century of the tokens before it (this sentence and the one before),
        else of its sentence after it; a relative century (القرن الماضي) counts as the one it
        names. With *years* (a middle or an end: شيدت عام 1820، وفي نهاية القرن), a year with a
        cue before it in its sentence too; a start after a year is the next century's as often.
        """
        self.ensure(i + _CENTURY_AROUND)
        ends = 0
        for k in range(i - 1, max(-1, i - _CENTURY_AROUND), -1):
            if _SENTENCE_END.search(self.text, self.toks[k].end, self.tok_start(k + 1)):
                ends += 1
                if ends > 1:
                    break
            found = self.century_of(k, years=years and ends == 0)
            if found is not None:
                return found
        for k in range(i + 1, min(self.n, i + _CENTURY_AROUND)):
            if _SENTENCE_END.search(self.text, self.toks[k - 1].end, self.tok_start(k)):
                break
            found = self.century_of(k, years=False)
            if found is not None:
                return found
        return None

    def century_of(self, k: int, *, years: bool) -> tuple[int | None, int | None] | None:
        """The century token *k* names: written (القرن 19، القرن الماضي), or with *years* a year."""
        roles = self.role(k)
        if roles.century is not None and roles.century >= 0:
            return roles.century, None
        if roles.century is not None and self.role(k + 1).rel is not None:
            return None, self.role(k + 1).rel  # القرن الماضي
        number = self.num(k) if years else None
        if (
            number is not None
            and self.toks[k].digits == _YEAR_DIGITS
            and _CENTURY_YEARS.start <= number < _CENTURY_YEARS.stop
            and self.lex.roles.get(self.toks[k].era or "", EMPTY).era != "hijri"  # (not 1445هـ)
            and (
                self.toks[k].era is not None
                or (k > 0 and self.role(k - 1).unit in YEAR_UNITS and self.spaced(k - 1))
                or _in(self.prev_word(self.tok_start(k)), self.lex.year_cues)
            )
        ):
            return number // 100, None  # عام 1820، حتى 1950، 1820م (not 1500 شخص, nor 1445هـ)
        return None

    # -- seasons and quarters: صيف 2021, الصيف الماضي, الربع الأول من العام الجاري ----------

    def year_or_unit(self, i: int, code: str, start: int, *, allow_bare_year: bool) -> _Hit | None:
        """What follows a season or quarter: a year, العام الماضي, هذا العام (or العام)."""
        found = self.unit_rel(i)
        if found is not None and found[2] == "year":
            end_tok, end, _unit, offset = found
            spec = Spec(kind="unit", unit="year", offset=offset, code=code)
            return _Hit(end_tok=end_tok, start=start, end=end, spec=spec)
        year = self.r_year(i)
        if year is None and self.num(i) is not None:
            found_year = self.year_at(i, cue=True)
            if found_year is not None and found_year[2].year in _CUE_YEARS:
                year = _Hit(
                    end_tok=found_year[0],
                    start=self.toks[i].start,
                    end=found_year[1],
                    spec=found_year[2],
                )
        if year is not None and year.spec is not None and year.spec.kind == "year":
            spec = year.spec.replace(kind="season", code=code, calendar=Calendar.NUMERIC)
            if year.spec.hijri:
                return None
            return _Hit(end_tok=year.end_tok, start=start, end=year.end, spec=spec)
        if allow_bare_year and self.role(i).unit == ("year", "definite"):
            spec = Spec(kind="unit", unit="year", offset=0, code=code)
            return _Hit(end_tok=i + 1, start=start, end=self.toks[i].end, spec=spec)
        return None

    def r_season(self, i: int) -> _Hit | None:
        code = self.role(i).season
        if code is None or not self.spaced(i):
            return None
        start = self.toks[i].start
        rel = self.role(i + 1).rel
        if rel is not None and self.toks[i].form.startswith("ال"):
            spec = Spec(kind="season", code=code, relative=rel)
            return _Hit(end_tok=i + 2, start=start, end=self.toks[i + 1].end, spec=spec)
        return self.year_or_unit(i + 1, code, start, allow_bare_year=False)

    def r_quarter(self, i: int) -> _Hit | None:
        code = self.role(i).quarter
        if code is None:
            return None
        gap = self.gap(i)
        if gap not in {" ", " من ", " ل"}:  # الربع الأول لعام 2024
            return None
        found = self.year_or_unit(i + 1, code, self.toks[i].start, allow_bare_year=gap == " من ")
        if found is None and gap == " من ":
            found = self.part_of_century(i, code) or self.half_of_month(i, code)
        return found

    def part_of_century(self, i: int, code: str) -> _Hit | None:
        """النصف الثاني من القرن الماضي, النصف الأول من القرن العشرين: a half of a century's years.

        Token *i* is the half, and من and a century follow it. Not a quarter: whether the
        first quarter of the 21st century is 2000 to 2024 or 2001 to 2025 readers differ,
        and the century stays.
        """
        if code not in _HALVES or self.role(i + 1).century is None:
            return None
        century = self.r_century(i + 1)
        if century is None or century.spec is None:
            return None
        spec = century.spec.replace(code=code)
        return _Hit(end_tok=century.end_tok, start=self.toks[i].start, end=century.end, spec=spec)

    def half_of_month(self, i: int, code: str) -> _Hit | None:
        """النصف الأول من أبريل, النصف الثاني من شهر أيار الماضي: days 1 to 15, or 16 to the end.

        Token *i* is the half, and من and a named month follow it. A half of a relative month
        (النصف الثاني من الشهر المقبل) stays the month, as readers of the earlier probes took it.
        """
        if code not in _HALVES:
            return None
        month = self.r_caldate(i + 1)
        if month is None or month.spec is None:
            return None
        spec = month.spec
        if spec.kind != "date" or spec.month is None:
            return None
        if spec.day is not None or spec.last_day or spec.week or spec.end is not None or spec.mod:
            return None
        spec = spec.replace(half=_HALVES[code])
        return _Hit(end_tok=month.end_tok, start=self.toks[i].start, end=month.end, spec=spec)

    # -- distances: قبل يومين, منذ ثلاثة أشهر, بعد أسبوع ------------------------------------

    def still_after(self, end: int, following: str | None) -> bool:
        """Whether «still» (مازال، لا يزال: ``STILL_WORDS``) follows a distance ending at *end*."""
        if following is None:
            return False
        if _in(following, self.lex.still_words):
            return True
        second = self.next_word(end + len(following) + 1)
        return second is not None and _in(f"{following} {second}", self.lex.still_words)

    def during_it_after(self, end: int, following: str | None) -> bool:
        """Whether «during it» (``DURING_IT_WORDS``) is one of the two words after *end*."""
        if following is None:
            return False
        second = self.next_word(end + len(following) + 1)
        return _in(following, self.lex.during_it_words) or _in(second, self.lex.during_it_words)

    def duration_before(
        self, position: int, cues: frozenset[str] | None = None, words: int = _DURATION_WORDS
    ) -> bool:
        """Whether a superlative or a verb of lasting is in the six words before *position*.

        After them منذ measures a stretch of time (الأعلى منذ 40 عاما: the highest in
        forty years; يقيم هناك منذ عامين), it does not date an event.
        """
        window = self.text[max(0, position - _DURATION_WINDOW * 2) : max(0, position)]
        cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
        table = self.lex.duration_cues if cues is None else cues
        if cut and not window[cut:].strip() and window[cut - 1] == ",":
            # الأزمة المستمرة، منذ ثماني سنوات: a comma right after the verb of lasting
            before = _WORDS.findall(window[: cut - 1])
            return bool(before) and _in(before[-1], table)
        return any(_in(word, table) for word in _WORDS.findall(window[cut:])[-words:])

    def future_word_before(self, start: int) -> bool:
        """Whether a word of the ``FUTURE_CUES`` table is in the clause before *start*.

        Narrower than :func:`future_cue_before`: neither أن with an imperfect (قبل أن تستعيده
        القوات في العام التالي tells a story's past) nor the shape of سـ and a verb (سنجار).
        """
        window, ends = _clause_window(self.text, start)
        return any(
            _in(word, self.lex.future_cues) and word not in self.lex.not_future_verbs
            for word in _WORDS.findall(window[max(ends, default=0) :])
        )

    def year_told_before(self, position: int) -> bool:
        """Whether a year is written in the sentence before *position* (وعدت عام 2010 بأنه ...).

        A promise told with its year is counted from then: a distance in it is not the page's.
        """
        start = max(0, position - _DURATION_WINDOW * 2)
        window = self.text[start:position]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        return _WRITTEN_YEAR.search(window, cut) is not None

    def negated_before(self, position: int) -> bool:
        """Whether لم stands among the few words of the clause before منذ (لم يتحقق منذ 20 عاما).

        A verb denied since a distance measures how long it has not happened; not with «only»
        (لم يصل إلا منذ يومين: two days ago) nor with «to be» (لم يكن منذ 3 أشهر سوى مستشار).
        """
        window = self.text[max(0, position - _DURATION_WINDOW) : max(0, position)]
        cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
        words = _WORDS.findall(window[cut:])[-_PRESENT_WORDS:]
        if _NOT_PAST not in words:
            return False
        after = words[words.index(_NOT_PAST) + 1 :]
        return not any(word in _NOT_DENIED for word in after)

    def present_before(self, position: int) -> bool:
        """Whether a verb of the present (يـ) is among the few words of the clause before منذ.

        Read before «منذ أكثر من» only: with it منذ measures how long (يسمم علاقاتهما منذ أكثر
        من عشر سنوات). Words of that shape that are no verb: the date tables' (يناير، يوم), the
        names of the persons table (يوسف، يلتسين) and adjectives in ي (يمني).
        """
        window = self.text[max(0, position - _DURATION_WINDOW) : max(0, position)]
        cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
        return any(
            len(word) >= _PRESENT_SIZE
            and word[0] == _PRESENT
            and not word.endswith(_NISBA_ENDING)
            and word not in self.lex.roles
            and word not in self.lex.imperfect_names
            for word in _WORDS.findall(window[cut:])[-_PRESENT_WORDS:]
        )

    def idiom_after_on(self, position: int, following: str) -> bool:
        """Whether على at *position* opens an idiom (على متن، على هامش), not an event."""
        if following != "علي":  # على, folded
            return False
        noun = self.next_word(position + len(following) + 1)
        return _in(noun, self.lex.idioms_after_on)

    def ahead_around(self, start: int, end: int, *, far: int = 0) -> bool:
        """Whether years after بعد are ahead: a cue of the future or the present around them.

        A future cue or a verb of the present in the clause before *start*, or a verb of the
        future in the words right after *end*.
        ينتهي العقد بعد 5 أعوام، ستجري الانتخابات بعد عامين، وبعد 3 أعوام سيعود: years
        ahead; with none (الصراع في سوريا بعد 11 عاما، وصادقت عليه بعد عامين) the years are
        counted from something else, as news tells them (years later, an age). More than
        ``_FAR_YEARS`` (*far*) need a cue of the future: a verb of the present is not enough
        (إنهاء عمل البعثة بعد 22 عاما يمثل يوما عظيما: after 22 years of it).
        """
        if future_cue_before(self.text, start):
            return True
        after = _WORDS.findall(self.text, end, end + _FUTURE_AFTER_WINDOW)[:_FUTURE_AFTER_WORDS]
        if any(_future_verb(word, self.lex.not_future_verbs) for word in after):
            return True
        if far > _FAR_YEARS:
            return False
        window, ends = _clause_window(self.text, start)
        words = _WORDS.findall(window[max(ends, default=0) :])
        # (وتستعد البلاد لانتخابات بعد ثلاث سنوات: the verb with its conjunction)
        return any(
            _imperfect(word) or (word[:1] in "وف" and _imperfect(word[1:])) for word in words
        )

    def r_ago(self, i: int) -> _Hit | None:
        roles = self.role(i)
        if not (
            (roles.unit is not None and roles.unit[1] in {"single", "dual", "plural"})
            or roles.span is not None
            or (self.spaced(i) and self.role(i + 1).unit is not None)
        ):
            return None
        position = self.tok_start(i)
        prev = self.prev_word(position)
        ones = self.ones_before(i, roles, prev)  # اثني عشر يوما، واحد وعشرين يوما
        lead_part: tuple[int, int] | None = None  # نصف / ربع before the unit
        if roles.unit is not None and roles.unit[1] == "single" and prev is not None:
            lead_part = self.lex.part_counts.get(prev)  # قبل نصف ساعة: a part of one unit
        if (ones or lead_part) and prev is not None:
            position -= len(prev) + 1
            prev = self.prev_word(position)
        unit_at = i if roles.unit is not None or roles.span is not None else i + 1
        after = self.next_word(self.toks[unit_at].end) if unit_at < self.n else None
        postposed = after is not None and after in self.lex.ago_after  # 3 أيام مضت
        if postposed and after is not None:
            beyond = self.next_word(self.toks[unit_at].end + len(after) + 1)
            postposed = beyond is None or beyond not in self.lex.not_distance_after
        if postposed and (
            prev is None or not any(f in self.lex.distance for f in _strip_clitics(prev))
        ):
            prev = ""  # 3 أيام مضت; عشرة أعوام مضت على الحرب is a duration
        if prev is None:
            return None
        mod = None
        more = False  # أكثر من، ما يزيد على، أقل من: more or less than
        if prev in _APPROX_PREPS:  # قبل أكثر من أسبوع، منذ ما يزيد على عام
            lead = self.prev_word(position - len(prev) - 1)
            if lead is not None and lead in self.lex.approx_leads:
                mod = "APPROX"
                more = lead in _MORE_THAN
                position -= len(prev) + len(lead) + 2
                prev = self.prev_word(position)
                while prev in _APPROX_FILLERS:  # ما، ما لا
                    position -= len(prev) + 1
                    prev = self.prev_word(position)
                if prev is None:
                    return None
        if prev and self.lex.roles.get(prev, EMPTY).approx:  # قبل نحو شهرين: about two months ago
            mod = "APPROX"
            position -= len(prev) + 1
            prev = self.prev_word(position)
            if prev == _WHAT:  # منذ ما يقارب ثلاثة أشهر
                position -= len(prev) + 1
                prev = self.prev_word(position)
            if prev is None:
                return None
        sign = -1 if postposed else 0
        for form in _strip_clitics(prev):
            sign = self.lex.distance.get(form, sign)
        if not sign:
            return None
        if sign > 0 and roles.unit is not None and roles.unit[1] == "single" and not lead_part:
            twin = self.prev_word(position - len(prev) - 1)
            twin_unit = self.lex.roles.get(twin, EMPTY).unit if twin is not None else None
            if twin_unit is not None and twin_unit[0] == roles.unit[0]:
                return None  # يوما بعد يوم, عاما بعد عام: little by little, no date
        if sign < 0 and self.duration_before(position - len(prev) - 1):
            return None  # الأسوأ منذ 40 عاما, يعيش هناك منذ عامين: a duration, not a date
        since = sign < 0 and _SINCE in _strip_clitics(prev)
        if since and more and self.present_before(position - len(prev) - 1):
            return None  # يسمم علاقاتهما منذ أكثر من 10 سنوات: a verb of the present, how long
        if since and self.negated_before(position - len(prev) - 1):
            return None  # التزام لم يتحقق منذ 20 عاما: not for twenty years, no date
        if (
            sign < 0
            and _BEFORE in _strip_clitics(prev)
            and self.duration_before(position - len(prev) - 1, self.lex.notice_words, _NOTICE_WORDS)
        ):
            return None  # بشرط إشعار تركيا بالمرور قبل 15 يوما: a notice period
        if sign > 0 and more:
            return None  # بعد أكثر من ربع قرن، بعد أقل من 3 أشهر: a gap or a deadline, no day
        if sign > 0 and after is not None and after in self.lex.past_plan:
            return None  # وبعد ست سنوات كان: years later in a story of the past
        if sign > 0 and self.duration_before(
            position - len(prev) - 1, self.lex.resumption_cues, _RESUMPTION_WORDS
        ):
            return None  # تعيد فتح سفارتها بعد 25 عاما: after a gap of 25 years, not in 25 years
        count: int | None = None
        vague = False
        unit_index = i
        if roles.span is not None:  # قبل ربع قرن: 25 years
            count = roles.span
        elif roles.unit is not None and roles.unit[1] in {"single", "dual"}:
            count = 2 if roles.unit[1] == "dual" else 0 if lead_part else 1
        elif roles.unit is not None and roles.unit[1] == "plural" and roles.unit[0] in _SUBDAY:
            count = 1  # قبل ساعات, منذ دقائق: a few hours (minutes) from the reference, its day
        elif roles.unit is not None and roles.unit[1] == "plural":
            if not any(form in self.lex.vague_distance for form in _strip_clitics(prev)):
                return None  # منذ سنوات: as long as, more often than since when
            vague = True  # قبل أيام، بعد أسابيع: a few days ago, in a few weeks
        elif self.spaced(i) and self.role(i + 1).unit is not None:
            unit_index = i + 1
            unit_form = self.role(i + 1).unit[1]  # type: ignore[index]
            number = self.num(i)
            if roles.vaguecount and unit_form == "plural":
                vague = True
            elif roles.numword is not None and (
                unit_form == "plural"
                if roles.numword + ones <= _PLURAL_COUNTS
                else unit_form in {"counted", "single"}
            ):
                count = roles.numword + ones
            elif number is not None and 1 <= number <= _MAX_AGO:
                plural = number <= _PLURAL_COUNTS
                # 3 to 10 take a plural (ثلاثة أيام); 11 and more the accusative singular
                # (15 يوما), or a singular that has none (15 ساعة) or lost its alef (15 يوم)
                # (a plural after 11, منذ 21 أيام, and a singular before it, قبل 5 يوم,
                # are common slips: read too)
                if (
                    unit_form not in {"plural", "single"}
                    if plural
                    else unit_form not in {"counted", "single", "plural"}
                ):
                    return None
                count = number
            else:
                return None
        else:
            return None
        unit_tok = self.toks[unit_index]
        unit_end = unit_tok.end
        following = self.next_word(unit_end)
        if (
            roles.span is not None
            and unit_tok.form in self.lex.verbal_spans
            and self.text[unit_end : unit_end + 1] == " "
            and following not in self.lex.span_followers
            and not (following or "").startswith("و")
        ):
            # قبل عقد القمة: before holding it (قبل عقد، قبل عقد تقريبا، قبل عقد وعاد: ten years)
            return None
        part = None if postposed or vague else self.lex.fractions.get(following or "")
        if lead_part is not None:
            part = None if part is not None else lead_part  # (نصف ساعة ونصف: no date)
            if part is None:
                return None
        elif part is not None and following is not None:
            unit_end += len(following) + 1  # قبل عام ونصف: the half is the distance's
            following = self.next_word(unit_end)
        added = None  # قبل أسبوع و3 أيام: a second, finer unit added
        if part is None and lead_part is None and not (postposed or vague) and count:
            added = self.added_unit(unit_index, unit_end)
            if added is not None:
                unit_end = added[2]
                following = self.next_word(unit_end)
            elif (minutes := self.unit_after_and(unit_index, unit_end)) and minutes[0] in _SUBDAY:
                # بعد ساعتين وأربعين دقيقة من انطلاقها: what follows the minutes decides
                following = self.next_word(minutes[2])
        from_now = 0  # the length of « من الآن» after the unit, if there
        if following is not None and following in self.lex.not_distance_after:
            now = self.next_word(unit_end + len(following) + 1)
            if now is not None and not postposed and now in self.lex.now_after_distance:
                from_now = len(following) + len(now) + 2  # بعد 22 يوما من الآن
        if following == _FROM and not (postposed or vague or part or mod or added):
            days = self.days_in(unit_index, roles, count or 1, own=unit_index == i)
            anchored = (
                self.day_after_from(unit_index + 1, unit_end + len(following) + 2) if days else None
            )
            if anchored is not None and anchored.spec is not None:
                # بعد ثلاثة أيام من 5 مايو، قبل يومين من عيد الفطر: counted from that day
                start = self.word_start(position, prev) if prev else position
                spec = anchored.spec.replace(shift=anchored.spec.shift + sign * days)
                return anchored._replace(start=start, spec=spec)
        if not from_now and following is not None and following in self.lex.distance_qualifiers:
            after_word, beyond = self.past_qualifiers(unit_end, following)
            if (
                beyond is not None
                and beyond in self.lex.not_distance_after
                and not self.idiom_after_on(after_word, beyond)
                and self.next_word(after_word + len(beyond) + 1) not in self.lex.now_after_distance
            ):
                return None  # بعد يومين فقط من تعيينه، قبل يوم واحد من الانتخابات: from an event
        if (
            not from_now
            and following is not None
            and (
                following in self.lex.not_distance_after
                or (
                    following.startswith("ل")
                    and (following not in _LAM_WORDS or self.year_told_before(position))
                )
            )
            and not self.idiom_after_on(unit_end, following)
        ):
            return None  # بعد ستة أشهر من إعلانها: relative to another event
        if sign > 0 and self.still_after(unit_end, following):
            return None  # وبعد ثماني سنوات مازال الشارع يتساءل: that long since, not ahead
        if (
            sign > 0
            and self.during_it_after(unit_end, following)
            and not future_cue_before(self.text, position)
        ):
            return None  # استؤنفت بعد نحو أسبوع عاد خلاله المفاوضون: a stretch told, no point
        start = self.word_start(position, prev) if prev else position
        end = unit_end + (len(after) + 1 if postposed and after else 0) + from_now
        end_tok = unit_index + 1
        while end_tok < self.n and self.toks[end_tok].start < end:
            end_tok += 1
        unit = (
            "year"
            if roles.span is not None
            else roles.unit[0]
            if unit_index == i and roles.unit
            else self.role(unit_index).unit[0]  # type: ignore[index]
        )
        if sign > 0 and unit == "year" and not self.ahead_around(start, end, far=count or 0):
            return None  # الصراع بعد 11 عاما، وصادقت عليه بعد عامين: years later, no date ahead
        offset = (count or 0) if lead_part is not None else count or 1
        if part is not None:
            if unit not in self.lex.smaller_units:
                return None  # (no smaller unit to count a part of a second in)
            # قبل عام ونصف: 18 months ago; منذ ساعتين ونصف: 150 minutes ago
            unit, many = self.lex.smaller_units[unit]
            offset = offset * many + many * part[0] // part[1]
        days = 0
        if added is not None:
            unit, offset, days = _add_units(unit, offset, added[0], added[1])
        if vague:
            spec = Spec(kind="vague", code="PAST_REF" if sign < 0 else "FUTURE_REF")
        else:
            spec = Spec(kind="ago", unit=unit, offset=sign * offset, mod=mod, shift=sign * days)  # type: ignore[arg-type]
        return self.same_day_after(_Hit(end_tok=end_tok, start=start, end=end, spec=spec))

    def added_unit(self, unit_index: int, unit_end: int) -> tuple[str, int, int] | None:
        """(unit, count, end) of a finer unit added after و to the distance's unit at *unit_index*.

        قبل أسبوع و3 أيام، منذ 3 سنوات وأربعة أشهر، منذ شهر وأسبوع: days, weeks or months
        after a larger unit (hours and minutes do not move the day: قبل يومين و5 ساعات).
        """
        added = self.unit_after_and(unit_index, unit_end)
        first = self.role(unit_index).unit
        if added is None or first is None or added[0] not in _FINER.get(first[0], ()):
            return None
        return added

    def unit_after_and(self, unit_index: int, unit_end: int) -> tuple[str, int, int] | None:
        """(unit, count, end) of any unit after و right after the one at *unit_index* (و5 ساعات)."""
        k = unit_index + 1
        self.ensure(k + 1)
        if k >= self.n or self.toks[k].clitic != "و" or self.tok_start(k) != unit_end + 1:
            return None
        roles = self.role(k)
        count: int | None
        if roles.unit is not None and roles.unit[1] in {"single", "dual"}:  # وأسبوع، وشهرين
            unit, count, end = roles.unit[0], 2 if roles.unit[1] == "dual" else 1, self.toks[k].end
        elif self.spaced(k) and (following := self.role(k + 1).unit) is not None:
            count = roles.numword if roles.numword is not None else self.num(k)
            if count is None or not 1 <= count <= _MAX_AGO:
                return None
            forms = {"plural"} if count <= _PLURAL_COUNTS else {"counted", "single"}
            if following[1] not in forms:
                return None  # (وثلاثة أيام، و15 يوما، وأربعين دقيقة)
            unit, end = following[0], self.toks[k + 1].end
        else:
            return None
        return unit, count, end

    def ones_before(self, i: int, roles: Roles, prev: str | None) -> int:
        """The ones (1-9) a number word at token *i* adds from the word before it, else 0.

        Before عشر / عشرة (اثني عشر: 12) or before a tens word written with و (واحد
        وعشرين: 21).
        """
        tens = roles.numword
        if tens is None or prev is None or prev not in self.lex.ones or tens % 10:
            return 0
        if tens == _TEN or (tens > _TEN and self.toks[i].clitic == "و"):
            return self.lex.ones[prev]
        return 0

    def days_in(self, unit_index: int, roles: Roles, count: int, *, own: bool) -> int:
        """How many days *count* units at token *unit_index* make: days or weeks only, else 0."""
        unit = roles.unit if own else self.role(unit_index).unit
        return count * _UNIT_DAYS.get(unit[0] if unit else "", 0)

    def day_after_from(self, j: int, position: int) -> _Hit | None:
        """The day written at *position*, right after من (5 مايو، عيد الفطر), from token *j* on.

        (The tokens are the words that may take part in a date: من is not one.)
        """
        self.ensure(j)
        while j < self.n and self.toks[j].start < position:
            j += 1
        if j >= self.n or self.toks[j].start != position:
            return None
        hit = (
            self.without_ranges(self.r_caldate, j)
            or self.without_ranges(self.r_numeric, j)
            or self.r_feast(j)
            or self.r_gfeast(j)
        )
        if hit is None or hit.spec is None or hit.spec.kind != "date":
            return None
        spec = hit.spec
        if spec.day is None and not spec.easter and not spec.last_day:
            return None  # بعد أسبوع من مايو: no one day to count from
        if self.lex.range_gap.match(self.text, hit.end) is not None:
            return None  # بعد يومين من 5 مايو إلى 7 مايو: من opens a range, not a count
        return hit

    # -- vague references: الآن, مؤخرا, الأيام الماضية -------------------------------------

    def hours_around(self, i: int) -> _Hit | None:
        """الساعات المقبلة، الساعات القليلة الماضية، الساعات الـ24 المقبلة: the reference day.

        Hours before or after the reference, with at most two words between (a count, القليلة),
        name its day as قبل ساعات does.
        """
        tok = self.toks[i]
        position = tok.end
        for _ in range(_HOURS_WORDS + 1):
            match = self.lex.after_plural.match(self.text, position)
            if match is not None:
                if match.group("word") in self.lex.last_of:
                    return None  # حسم في الساعات الأخيرة: the last hours of something, no day
                end_tok = i + 1
                while end_tok < self.n and self.toks[end_tok].start < match.end():
                    end_tok += 1
                past = self.lex.after_plural_codes[match.group("word")] == "PAST_REF"
                spec = Spec(kind="ago", unit="hour", offset=-1 if past else 1)
                return _Hit(end_tok=end_tok, start=tok.start, end=match.end(), spec=spec)
            word = _NEXT_WORD.match(self.text, position)
            if word is None:
                return None
            position = word.end()
        return None

    def counted_units(self, i: int) -> _Hit | None:
        """N whole units beside the reference's (اليومين الماضيين, الأشهر الستة المقبلة)."""
        tok = self.toks[i]
        unit, form = self.role(i).unit or ("", "")
        count: int | None = 2
        end = tok.end
        if form == "definite plural":
            if not self.spaced(i):
                return None
            following = self.role(i + 1)
            count = following.numword if following.numword is not None else self.num(i + 1)
            if count is None or not 2 <= count <= _MAX_AGO:  # noqa: PLR2004
                return None
            end = self.toks[i + 1].end
        match = self.lex.after_plural.match(self.text, end)
        if match is None and count is not None:
            opening = _FIRST_PLURAL.match(self.text, end)  # الأشهر الستة الأولى من 2023
            if opening is not None and self.of_period(opening.end(), unit):
                return self.part_of_period(i, opening, count)
        if match is None or match.group(0).count(" ") > 1 or count is None:
            return None  # no adjective, or القليلة between: الأيام القليلة الماضية (vague)
        if self.of_period(match.end(), unit):
            return self.part_of_period(i, match, count)  # الأيام الثلاثة الأخيرة من مارس: its end
        sign = -1 if self.lex.after_plural_codes[match.group("word")] == "PAST_REF" else 1
        end_tok = i + 1
        while end_tok < self.n and self.toks[end_tok].start < match.end():
            end_tok += 1
        near = Spec(kind="unit", unit=unit, offset=sign)  # type: ignore[arg-type]
        far = near.replace(offset=sign * count)
        first, last = (far, near) if sign < 0 else (near, far)
        spec = first.replace(kind="interval", end=last)
        return _Hit(end_tok=end_tok, start=tok.start, end=match.end(), spec=spec)

    def of_period(self, position: int, unit: str) -> bool:
        """Whether a named period follows *position*; for months, a named year too (من 2023)."""
        if self.of_named_period(position):
            return True
        if unit != "month":
            return False
        prep = self.next_word(position)
        if prep is None or prep not in self.lex.range_intros | {_IN}:
            return False
        word = self.next_word(position + 1 + len(prep))
        if word is None:
            return False
        unit_roles = self.lex.roles.get(word, EMPTY).unit
        return (word.isdigit() and len(word) == _YEAR_DIGITS) or unit_roles == ("year", "single")

    def of_named_period(self, position: int) -> bool:
        """Whether من or في and a month, a unit or a season follow *position* (من مارس).

        Counted days of such a period are not those beside the reference: الأيام الثلاثة
        الأخيرة من مارس. Any other word after من is the days' matter (من التصعيد).
        """
        prep = self.next_word(position)
        if prep is None or prep not in self.lex.range_intros | {_IN}:
            return False
        word = self.next_word(position + 1 + len(prep))
        roles = self.lex.roles.get(word, EMPTY) if word is not None else EMPTY
        unit = roles.unit
        return bool(
            roles.gmonth
            or roles.hmonth
            or roles.season
            or (unit is not None and unit[1] == "definite")
            or word == "شهر"
        )

    def part_of_period(self, i: int, match: re.Match[str], count: int) -> _Hit | None:
        """الأيام الثلاثة الأخيرة من مارس (token *i*: الأيام): the end of the period named.

        The counted days of a named month or unit are its last (or first) third, as
        الأيام الأخيرة من; an adjective of the reference (الماضية) gives no date.
        """
        rank = self.lex.roles.get(match.group("word"), EMPTY).nth
        if rank not in {1, -1}:
            return None
        prep = self.next_word(match.end()) or ""
        position = match.end() + 1 + len(prep) + 1
        k = i + 1
        self.ensure(k + 4)
        while k < self.n and self.toks[k].start < position:
            k += 1
        if k >= self.n or self.toks[k].start != position:
            return None
        unit = (self.role(i).unit or ("", ""))[0]
        period = self.month_after_rank(k)
        if unit == "month" and count <= _MAX_MONTH and (period is None or period.spec is None):
            period = self.year_after_rank(k)  # الأشهر الستة الأولى من 2023
        if period is None or period.spec is None:
            return None
        if unit == "month" and count <= _MAX_MONTH:
            months = self.months_of_year(period, rank, count)
            if months is not None:  # الأشهر التسعة الأولى من العام الماضي: January to September
                return _Hit(
                    end_tok=period.end_tok, start=self.toks[i].start, end=period.end, spec=months
                )
        if period.spec.kind not in {"date", "unit"}:
            return None
        if period.spec.day is not None or period.spec.mod is not None or period.spec.nth:
            return None
        spec = period.spec.replace(mod="END" if rank < 0 else "START")
        return _Hit(end_tok=period.end_tok, start=self.toks[i].start, end=period.end, spec=spec)

    @staticmethod
    def months_of_year(period: _Hit, rank: int, count: int) -> Spec | None:
        """The first or last *count* months of the year *period* names, as one interval."""
        first = _year_as_month(period.spec, 1) if period.spec is not None else None
        if first is None or first is period.spec:
            return None  # not a year
        start, end = (1, count) if rank > 0 else (_MAX_MONTH - count + 1, _MAX_MONTH)
        return first.replace(month=start, kind="interval", end=first.replace(month=end))

    def count_first(self, i: int) -> _Hit | None:
        """الخمس سنوات الماضية، الـ3 أشهر المقبلة، آخر خمس سنوات: the count before its units.

        As السنوات الخمس الماضية (see ``counted_units``): a definite count, an indefinite
        plural and a relative adjective, or آخر (``LATEST_WORDS``) and a count of units.
        """
        roles = self.role(i)
        tok = self.toks[i]
        count = roles.numword if roles.numword is not None else self.num(i)
        self.ensure(i + 2)
        if count is None or i + 1 >= self.n:
            return None
        unit_index = i + 1
        tens = self.role(i + 1).numword
        if (
            roles.numword is not None
            and count < _TEN
            and tens is not None
            and tens > _TEN
            and not tens % _TEN
            and self.toks[i + 1].clitic == "و"
            and self.tok_start(i + 1) == tok.end + 1
            and self.spaced(i + 1)
        ):  # الأربع والعشرين ساعة: a compound count, its ones first
            count, unit_index = count + tens, i + 2
        elif not self.spaced(i):
            return None
        if not 2 < count <= _MAX_AGO:  # noqa: PLR2004
            return None
        unit_roles = self.role(unit_index).unit
        if unit_roles is None:
            return None
        subday = unit_roles[0] in _SUBDAY
        # 3 to 10 take a plural; more the accusative singular, or a singular that has none
        # (الـ24 ساعة، الخمس والعشرين سنة)
        forms = {"plural"} if count <= _PLURAL_COUNTS else {"counted", "single"}
        if unit_roles[1] not in forms:
            return None
        units_end = self.toks[unit_index].end
        if self.text.startswith("ال", tok.start):  # الخمس سنوات، الـ5 سنوات
            match = self.lex.after_plural.match(self.text, units_end)
            if match is None or match.group(0).count(" ") > 1:
                return None
            sign = -1 if self.lex.after_plural_codes[match.group("word")] == "PAST_REF" else 1
            start, end = tok.start, match.end()
        else:
            latest = self.prev_word(self.tok_start(i))
            if latest is None or latest not in self.lex.latest:
                return None
            if _in(self.next_word(units_end), self.lex.range_intros | {_IN}):
                return None  # آخر ثلاثة أيام من رمضان: of another period
            sign, start, end = -1, self.tok_start(i) - len(latest) - 1, units_end
        end_tok = unit_index + 1
        while end_tok < self.n and self.toks[end_tok].start < end:
            end_tok += 1
        if subday:  # الأربع والعشرين ساعة الماضية: hours beside the reference, its day
            spec = Spec(kind="ago", unit="hour", offset=sign)
            return _Hit(end_tok=end_tok, start=start, end=end, spec=spec)
        near = Spec(kind="unit", unit=unit_roles[0], offset=sign)  # type: ignore[arg-type]
        far = near.replace(offset=sign * count)
        first, last = (far, near) if sign < 0 else (near, far)
        return _Hit(
            end_tok=end_tok, start=start, end=end, spec=first.replace(kind="interval", end=last)
        )

    def r_vague(self, i: int) -> _Hit | None:
        roles = self.role(i)
        tok = self.toks[i]
        if roles.vague is not None:
            hit = _Hit(
                end_tok=i + 1,
                start=tok.start,
                end=tok.end,
                spec=Spec(kind="vague", code=roles.vague),
            )
            if roles.vague != "PRESENT_REF":
                return hit
            now = _Hit(end_tok=i + 1, start=tok.start, end=tok.end, spec=None)
            return self.to_unit_end(now, 0) or hit  # من الآن وحتى نهاية العام
        if roles.unit is None:
            return self.count_first(i)
        if roles.unit[1] not in {"definite plural", "definite dual"}:
            return None
        if roles.unit[0] in _SUBDAY:
            return self.hours_around(i)
        counted = self.counted_units(i)
        if counted is not None:
            return counted
        if roles.unit[1] == "definite dual":
            return None
        match = self.lex.after_plural.match(self.text, tok.end)
        if match is None:
            return None
        end_tok = i + 1
        while end_tok < self.n and self.toks[end_tok].start < match.end():
            end_tok += 1
        code = self.lex.after_plural_codes[match.group("word")]
        return _Hit(
            end_tok=end_tok,
            start=tok.start,
            end=match.end(),
            spec=Spec(kind="vague", code=code),
        )


_FINER: Final = {"year": ("month", "week", "day"), "month": ("week", "day"), "week": ("day",)}
"""The units that may be added after و to a distance in a larger one (منذ عام وشهرين)."""


def _add_units(unit: str, count: int, unit2: str, count2: int) -> tuple[str, int, int]:
    """(unit, count, days) of a distance of *count* *unit* and *count2* *unit2*: the sum.

    Years and months add up in months (منذ 3 سنوات و4 أشهر: 40 months), weeks and days
    in days (قبل أسبوع و3 أيام: 10 days); weeks or days after months or years are the
    calendar distance, then so many days (منذ شهر وأسبوع: a month back, then 7 days).
    """
    if unit == "year" and unit2 == "month":
        return "month", 12 * count + count2, 0
    days = count2 * (_DAYS_IN_WEEK if unit2 == "week" else 1)
    if unit == "week":
        return "day", _DAYS_IN_WEEK * count + days, 0
    return unit, count, days


# -- the rules, by name --------------------------------------------------------------


@attrs.frozen
class Rule:
    """One construct of the grammar: its name, the tokens it can start on, the function.

    The driver calls a rule only at a token it can start on (:attr:`starts`), so
    each rule runs on the few tokens that may begin its construct.
    """

    name: str
    starts: Callable[[Roles | None], bool]  # the roles of the token; None: a number
    apply: Callable[[_Parser, int], _Hit | None]
    example: str


# What a token must be for a rule to start on it. ``roles`` is None for a number.


@cache
def _month_forms() -> dict[int, tuple[str, ...]]:
    """The Gregorian month names of the lexicon by month number (long enough to misspell)."""
    forms: dict[int, list[str]] = {}
    for form, roles in lexicon().roles.items():
        if roles.gmonth is not None and roles.gmonth[1] and len(form) >= _TWIN_MIN:
            forms.setdefault(roles.gmonth[1], []).append(form)
    return {month: tuple(words) for month, words in forms.items()}


def _one_edit(word: str, other: str) -> bool:
    """Whether *word* is *other* with one letter added, dropped or changed."""
    if abs(len(word) - len(other)) > 1 or word == other:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other, strict=True)) == 1
    short, long = (word, other) if len(word) < len(other) else (other, word)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _number(roles: Roles | None) -> bool:
    return roles is None


def _day(roles: Roles | None) -> bool:
    """A day of the month: a number, an ordinal (العاشر من), غرة or سلخ."""
    return roles is None or roles.ordinal is not None or roles.monthday is not None


def _calendar_date(roles: Roles | None) -> bool:
    return _day(roles) or (
        roles is not None
        and (
            roles.daynoun
            or (roles.numword is not None and 0 < roles.numword < _TEN)  # خمسة وعشرين أبريل
            or roles.unit == ("month", "single")
            or roles.gmonth is not None
            or roles.hmonth is not None
        )
    )


def _year(roles: Roles | None) -> bool:
    return roles is None or roles.yearpair or roles.unit in YEAR_UNITS


def _weekday(roles: Roles | None) -> bool:
    return roles is not None and (roles.weekday is not None or roles.bweekday is not None)


def _day_word(roles: Roles | None) -> bool:
    return roles is not None and (roles.dayword is not None or roles.timeday is not None)


def _prefix(roles: Roles | None) -> bool:
    return roles is not None and (
        roles.tod or roles.unit == ("day", "single") or roles.part is not None or roles.approx
    )


def _unit(roles: Roles | None) -> bool:
    return _day(roles) or (
        roles is not None
        and (roles.this or (roles.unit is not None and roles.unit[1] in {"definite", "this"}))
    )


def _season(roles: Roles | None) -> bool:
    return roles is not None and roles.season is not None


def _quarter(roles: Roles | None) -> bool:
    return roles is not None and roles.quarter is not None


def _year_as_month(spec: Spec, rank: int) -> Spec:
    """A year after a ranked weekday as the month that holds that weekday (else *spec*).

    أول جمعة من العام المقبل is the first Friday of its January, الجمعة الأخيرة من عام 2023
    the last Friday of its December.
    """
    month = 1 if rank > 0 else _MAX_MONTH
    if spec.kind == "year" and spec.year is not None and not spec.hijri and spec.mod is None:
        return Spec(kind="date", calendar=Calendar.GREGORIAN, year=spec.year, month=month)
    if spec.kind == "unit" and spec.unit == "year" and spec.mod is None and spec.day is None:
        return Spec(kind="date", calendar=Calendar.GREGORIAN, month=month, year_offset=spec.offset)
    return spec


def _decade(roles: Roles | None) -> bool:
    # an ordinal too: العقد الأول من القرن الحالي (the word العقد before it is no token)
    return roles is not None and (
        roles.decade is not None or roles.ordinal is not None or roles.nth == -1
    )


def _century(roles: Roles | None) -> bool:
    return roles is not None and roles.century is not None


def _distance(roles: Roles | None) -> bool:
    return roles is None or (
        (roles.unit is not None and roles.unit[1] in {"single", "dual", "plural"})
        or roles.span is not None
        or roles.numword is not None
        or roles.vaguecount
    )


def _feast(roles: Roles | None) -> bool:
    return roles is not None and roles.feast is not None


def _holds_days(spec: Spec, rank: int) -> bool:
    """Whether a day of *spec* can be taken by its *rank* (ثالث يوم من أكتوبر).

    A month, named or relative (من الشهر الجاري); a relative year only for its first or
    last day (أول يوم من العام المقبل).
    """
    if spec.kind == "date":
        return True
    if spec.kind != "unit" or spec.code is not None or spec.weekday is not None:
        return False
    return spec.unit == "month" or (spec.unit == "year" and rank in {1, -1})


def _gfeast(roles: Roles | None) -> bool:
    return roles is not None and roles.gfeast is not None


def _nth(roles: Roles | None) -> bool:
    return roles is not None and roles.nth is not None


def _vague(roles: Roles | None) -> bool:
    return roles is None or (  # a number: الـ5 سنوات الماضية, آخر 10 أيام
        roles.vague is not None
        or roles.numword is not None
        or (roles.unit is not None and roles.unit[1] in {"definite plural", "definite dual"})
    )


RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="numeric-date",
        starts=_number,
        apply=_Parser.r_numeric,
        example="15-5-2019, 24/11/2024, 2021-02-05, 1444/3/11 هـ",
    ),
    Rule(
        name="calendar-date",
        starts=_calendar_date,
        apply=_Parser.r_caldate,
        example="5 فبراير/شباط 2021, شهر رمضان, 15 جمادى الآخرة 1443 هـ, يومي 9 و10 يناير",
    ),
    Rule(
        name="year",
        starts=_year,
        apply=_Parser.r_year,
        example="عام 2021, 2022م, 1445 هـ, منذ 2011, بين عامي 2019 و2021",
    ),
    Rule(
        name="weekday",
        starts=_weekday,
        apply=_Parser.r_weekday,
        example="الأربعاء, الثلاثاء الماضي, الأحد 25 يونيو",
    ),
    Rule(
        name="nth-weekday",
        starts=_nth,
        apply=_Parser.r_nth_weekday,
        example="ثالث ثلاثاء من سبتمبر, آخر جمعة من رمضان",
    ),
    Rule(
        name="feast",
        starts=_feast,
        apply=_Parser.r_feast,
        example="عيد الفطر, عيد الأضحى المقبل, رأس السنة الهجرية 1445",
    ),
    Rule(
        name="christian-feast",
        starts=_gfeast,
        apply=_Parser.r_gfeast,
        example="عيد الميلاد 2020, عيد الفصح, عيد الميلاد الأرثوذكسي",
    ),
    Rule(
        name="day-word",
        starts=_day_word,
        apply=_Parser.r_dayword,
        example="أمس, اليوم الثلاثاء, بعد غد",
    ),
    Rule(
        name="prefixed",
        starts=_prefix,
        apply=_Parser.r_prefixed,
        example="مساء الأربعاء, يوم 5 مايو, منتصف يناير, نحو عام 2000",
    ),
    Rule(
        name="unit",
        starts=_unit,
        apply=_Parser.r_unit,
        example="الشهر الماضي, هذا العام, الـ12 من الشهر الجاري, غرة الشهر المقبل",
    ),
    Rule(
        name="season",
        starts=_season,
        apply=_Parser.r_season,
        example="صيف 2021, الشتاء الماضي",
    ),
    Rule(
        name="quarter",
        starts=_quarter,
        apply=_Parser.r_quarter,
        example="الربع الأول من العام الجاري, النصف الثاني من 2021",
    ),
    Rule(
        name="decade",
        starts=_decade,
        apply=_Parser.r_decade,
        example="التسعينيات, ستينيات القرن الماضي",
    ),
    Rule(
        name="century",
        starts=_century,
        apply=_Parser.r_century,
        example="القرن العشرين, القرن 17, القرن الماضي",
    ),
    Rule(
        name="distance",
        starts=_distance,
        apply=_Parser.r_ago,
        example="قبل يومين, منذ ثلاثة أشهر, بعد أسبوع",
    ),
    Rule(
        name="vague",
        starts=_vague,
        apply=_Parser.r_vague,
        example="الآن, مؤخرا, الأيام الماضية",
    ),
)
"""The grammar's rules, in the order that breaks ties: at each token the longest
construct wins, and of two equally long the one listed first."""

_NUMBER_RULES: Final = tuple(rule for rule in RULES if rule.starts(None))


@cache
def _dispatch() -> dict[str, tuple[Rule, ...]]:
    """The rules each table word can start (a number starts :data:`_NUMBER_RULES`)."""
    return {
        form: tuple(rule for rule in RULES if rule.starts(roles))
        for form, roles in lexicon().roles.items()
    }


def _names_year(spec: Spec) -> bool:
    """Whether *spec* is one whole year: عام 1923, العام الماضي, منذ 34 عاما."""
    if spec.kind == "year":
        return spec.year is not None and not spec.hijri and spec.mod is None
    return spec.kind in {"unit", "ago"} and spec.unit == "year" and spec.mod is None


def parse(text: str, *, lenient: bool = False, hijri_numeric: bool = False) -> Iterator[Found]:
    """Every date expression of MATCHING-normalized *text*, in order, non-overlapping, lazily.

    *lenient* drops the context rules (for one expression given on its own); *hijri_numeric*
    reads a numeric date without an era mark as Hijri when its year can be one (a two-digit
    year, or one before 1500): the caller's setting.
    """
    return _Parser(text, tokens(text), lenient=lenient, hijri_numeric=hijri_numeric).run()
