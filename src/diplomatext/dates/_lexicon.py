"""The date lexicon (private; see :mod:`diplomatext.dates`): tables -> token kinds, and the scan.

The data tables are folded with the MATCHING normalization and merged into one
:class:`Roles` record per word (most words play one role: a month, a weekday,
a unit...). :func:`tokens` scans a MATCHING-normalized text for every table word
and every number, lazily, in order:

* Words: one regular expression whose table entries form a character trie
  (longest entry first), guarded by word boundaries, with the proclitics و ف ب ل
  allowed before the first word. It matches the character before a word instead
  of looking behind it, so that ``re`` skips ahead to the next non-letter rather
  than trying the word list at every character. A trie fails on the first
  character no entry continues and has no repeat besides bounded ones, so the
  scan is linear by construction.
* Numbers: runs of ASCII digits (Arabic-Indic digits were folded), with the
  proclitics و ف ب ل ك and the article ال before them, or glued to a letter.

A number glued to a month name (``5فبراير2021``) is kept; glued to any other
word (``F16``, ``كوفيد19``), dropped. The tokens are the same, in the same order,
as one regular expression with both branches would find.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold, trie_pattern
from diplomatext.calendars import Calendar
from diplomatext.data import (
    boilerplate,
    cues,
    eras,
    month_days,
    months,
    name_words,
    named_dates,
    periods,
    relative_words,
    treaty_words,
    units,
    weekdays,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = ["EASTER", "EMPTY", "YEAR_UNITS", "Lexicon", "Roles", "Tok", "lexicon", "tokens"]

YEAR_UNITS: Final = frozenset({("year", "definite"), ("year", "single")})
_MONTH_UNITS: Final = frozenset({("month", "definite"), ("month", "single")})
_OF_SPACED: Final = "من "
_MAX_DIGITS: Final = 12  # a longer run of digits is no date part (a phone number, an ID)
_DIGITS: Final = re.compile(r"[0-9]+")
_DIGIT_CHARS: Final = "0123456789"
_SPARSE_DIGITS: Final = 32  # fewer digits than one character in this many: found one by one
_STRETCH: Final = 65_536  # characters whose digits are looked for at a time
_NUMBER_PREFIX: Final = re.compile(r"(?P<ncl>[وف]?[بلك]?)(?P<nal>ال|(?<=ل)ل)?")  # للـ31: ل + ال
_PREFIX_CHARS: Final = 4  # the longest number prefix: two proclitics and ال
_WORD_CHAR: Final = re.compile(r"\w")
_LETTER: Final = re.compile(r"[^\W\d_]")
_GLUED_IN: Final = frozenset(("في", "وفي"))  # (MATCHING folds فى to في)
_ERA_CHARS: Final = frozenset("همء")
_ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})
# an era word glued to a year by a scraper (1445هجري، 2023ميلادية): the word marks, no article
_GLUED_ERA: Final = re.compile(
    "(?:"
    + "|".join(
        sorted(
            {
                re.escape(fold(mark))
                for mark in eras.ERA_MARKS
                if len(mark) > len("هـ") and not mark.startswith(("ال", "لل"))
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?![^\W\d_])"
)
_ISO_TIME: Final = re.compile(r"T[0-9]{2}:[0-9]{2}")  # 2024-06-03T09:15: the T is no glue
_PREFIX_ENDS: Final = frozenset("وفبلك")  # the last letter of a number's prefix
_SEPARATORS: Final = frozenset(" /-.,:()\n")  # no word characters: a number may follow
_ONLY_PROCLITICS: Final = re.compile(r"[وفبلك]{0,4}(?:ال)?")
_LATIN_GLUE: Final = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,6})-?$")  # F16, F-16, SU35: a model
_TIME_ZONES: Final = frozenset({"gmt", "utc"})  # GMT22 فبراير: a dateline after its time zone
_LATIN_MONTHS: Final = frozenset(name.lower() for name in months.LATIN)  # 25-Oct-2014


@attrs.frozen(kw_only=True)
class Roles:
    """Every role one folded word can play (most words have one)."""

    gmonth: tuple[Calendar, int] | None = None  # system, month (0: ambiguous)
    hmonth: int | None = None
    weekday: int | None = None
    dayword: int | None = None
    timeday: int | None = None  # غد: a day word only after a time of day
    monthday: int | None = None  # غرة 1, سلخ -1 (the last day)
    decade: int | None = None
    century: int | None = None  # 19 for القرن العشرين; -1 for the bare القرن
    tod: bool = False
    unit: tuple[str, str] | None = None
    daynoun: bool = False
    yearpair: bool = False
    rel: int | None = None
    this: bool = False
    part: str | None = None
    approx: bool = False
    season: str | None = None
    quarter: str | None = None
    era: str | None = None
    ordinal: int | None = None
    numword: int | None = None
    vaguecount: bool = False
    vague: str | None = None
    span: int | None = None  # ربع قرن: 25 (years)
    bweekday: int | None = None  # ثلاثاء (no article): only after an ordinal
    nth: int | None = None  # ثالث, الأخيرة: which weekday of a month (-1: the last)
    feast: tuple[int, int] | None = None  # عيد الفطر: (Hijri month, day)
    gfeast: tuple[int, int] | None = None  # عيد الميلاد: (month, day); EASTER for Easter
    new: bool = False  # الجديد after العام: the new year


EASTER: Final = (0, 0)
"""The :attr:`Roles.gfeast` of Easter, whose day moves with the year."""

EMPTY: Final = Roles()
"""The roles of a number, or of a position past the last token: none."""


@attrs.frozen(kw_only=True)
class Lexicon:
    """The folded tables and the compiled patterns of the date finder."""

    roles: Mapping[str, Roles]
    words: re.Pattern[str]  # a word, after the character before it
    first_word: re.Pattern[str]  # a word at the start of the text
    glued_tail: re.Pattern[str]  # ديسمبرالماضي: an adjective glued to the word before
    ambiguous: Mapping[str, tuple[int, ...]]
    context_only: frozenset[str]
    day_and_year_only: frozenset[str]
    no_clitic: frozenset[str]
    solar_months: frozenset[str]  # آبان 1404: the Iranian calendar's, not read
    year_cues: frozenset[str]
    same_periods: tuple[str, ...]
    year_words: re.Pattern[str]
    year_word_values: Mapping[str, int]
    document_numbers: frozenset[str]
    clause_numbers: frozenset[str]  # الفقرة 4/5: a number, no two days
    file_numbers: frozenset[str]  # رقم (القيد) 11/06/25: a number
    event_year_nouns: frozenset[str]
    programme_nouns: frozenset[str]  # أجندة الأمم المتحدة 2030: a programme, no event
    event_triggers: frozenset[str]
    event_places: frozenset[str]
    month_epithets: frozenset[str]
    not_name_words: frozenset[str]
    name_ordinals: frozenset[str]
    place_triggers: frozenset[str]
    name_particles: frozenset[str]
    month_name_heads: frozenset[str]  # لجنة فبراير: a bare month after it is a name
    day_named_heads: frozenset[str]
    nominative_thousands: frozenset[str]
    alif_particles: frozenset[str]
    designating_verbs: frozenset[str]
    designation_breaks: frozenset[str]
    definite_observance: re.Pattern[str]
    then_and_now: re.Pattern[str]
    annual_words: frozenset[str]
    annual_links: frozenset[str]
    date_nouns: frozenset[str]
    every_year: re.Pattern[str]
    outlet_adjectives: frozenset[str]
    channel_nouns: frozenset[str]
    today_names: frozenset[str]
    feast_rites: frozenset[str]
    feast_eves: frozenset[str]
    easter_feasts: Mapping[str, tuple[int, bool]]  # الجمعة العظيمة: (-2, Eastern rite only)
    feast_day_nouns: frozenset[str]
    ordinal_days: Mapping[str, int]  # الثالث -> 3, folded
    not_the_feast: frozenset[str]
    orthodox_days: Mapping[tuple[int, int], tuple[int, int]]
    outlet_nouns: frozenset[str]
    general_titles: frozenset[str]
    age_nouns: frozenset[str]
    day_after: frozenset[str]
    day_before: frozenset[str]
    agencies: frozenset[str]
    instrument_heads: frozenset[str]  # معاهدة، اتفاقية (without the article)
    year_lists: frozenset[str]  # للأعوام 2023 و2024 و2025: only with و
    month_pairs: frozenset[str]
    past_clause_pronouns: frozenset[str]
    future_cues: frozenset[str]
    starting_cues: frozenset[str]  # اعتبارا من: a start, ahead or just behind
    past_cues: frozenset[str]
    past_verbs_after: frozenset[str]
    past_verbs_before_in: frozenset[str]
    counted_stretches: frozenset[str]
    day_count_preps: frozenset[str]
    own_century_cues: frozenset[str]
    deadline_cues: frozenset[str]
    future_phrases: Mapping[str, frozenset[tuple[str, ...]]]  # first word -> the words after it
    conditionals: frozenset[str]
    tenseless: frozenset[str]
    past_plan: frozenset[str]
    deciding_verbs: frozenset[str]
    # with their proclitics (وإجراء، بعقد، لتنظيم): one set test per clause
    holding_nouns: frozenset[str]
    holding_particles: frozenset[str]  # على، إلى: before a noun of holding, its verb further back
    decided_before: frozenset[str]  # بعد، عقب: a decision told as the past's
    until_cues: frozenset[str]
    extending_cues: frozenset[str]  # تمديد ... حتى 10 يوليو: a start to come, unless just past
    specifying_words: frozenset[str]
    until_words: frozenset[str]
    not_article: frozenset[str]
    day_modifiers: frozenset[str]
    not_day_adjectives: frozenset[str]
    resumption_cues: frozenset[str]
    still_words: frozenset[str]
    during_it_words: frozenset[str]
    measure_words: frozenset[str]
    set_words: frozenset[str]
    duration_cues: frozenset[str]
    notice_words: frozenset[str]
    not_future_verbs: frozenset[str]
    colloquial_future: frozenset[str]  # رح، راح، غادي (inside quotes)
    colloquial_prefixes: frozenset[str]  # هـ، حـ (هنروح، حنسافر: inside quotes)
    colloquial_not_future: frozenset[str]  # هيئة، حيفا: that shape, no verb
    imperfect_names: frozenset[str]  # أن ترامب: a name, not أن + a verb
    not_before: Mapping[str, frozenset[str]]
    events: tuple[tuple[int, int | None, int, frozenset[str]], ...]
    time_preps: frozenset[str]
    to_count: frozenset[str]  # ارتفع عدد ... إلى خمسة: a count after إلى
    hijri_context: frozenset[str]
    anaphoric: frozenset[str]
    same: frozenset[str]  # نفس اليوم: the same day as one named before
    last_of: frozenset[str]  # الساعات الأخيرة: the last hours of something, no day
    story_next: frozenset[str]  # العام التالي: the year after the one named before
    of_same: frozenset[str]  # " من نفس ": 15 من نفس الشهر, a day of the month named before
    demonstratives: frozenset[str]  # ذلك العام: the year named before
    current_month: frozenset[str]
    clock: frozenset[str]
    counted: frozenset[str]
    judicial: frozenset[str]  # لسنة 92 قضائية: a court's year, not the calendar's
    year_kinds: frozenset[str]  # العام المالي 2026: an adjective of a kind of year
    copyright: tuple[str, ...]  # © 1998 - 2024: the years of a rights notice
    range_intros: frozenset[str]
    compared: frozenset[str]  # لا فرق بين الأحد والاثنين: two days, not a range
    respectively: tuple[str, ...]  # عامي 1991 و1994 على التوالي: two years, not a range
    rescheduling: frozenset[str]
    moving: frozenset[str]
    pair_relative: frozenset[str]
    latest: frozenset[str]
    feast_epithets: frozenset[str]
    within_leads: frozenset[str]
    set_plurals: frozenset[str]
    verbal_spans: frozenset[str]
    span_followers: frozenset[str]
    span_prepositions: frozenset[str]
    distance: Mapping[str, int]
    not_distance_after: frozenset[str]
    distance_qualifiers: frozenset[str]
    idioms_after_on: frozenset[str]
    vague_distance: frozenset[str]
    now_after_distance: frozenset[str]
    fractions: Mapping[str, tuple[int, int]]  # ونصف: a half of the unit before
    approx_leads: frozenset[str]  # أكثر، أقل، يقرب ... before من / على / عن
    part_counts: Mapping[str, tuple[int, int]]  # نصف ساعة: a part of one unit
    recurrence: frozenset[str]  # الدوري، شهريا: a rank of the bare month recurs
    ones: Mapping[str, int]  # اثني، واحد، ثلاث ...: one to nine before عشر or a tens word
    smaller_units: Mapping[str, tuple[str, int]]
    ago_after: frozenset[str]
    month_only_parts: frozenset[str]
    not_after: Mapping[str, frozenset[str]]
    range_gap: re.Pattern[str]
    dual_date_gap: re.Pattern[str]
    weekday_date_gap: re.Pattern[str]
    after_plural: re.Pattern[str]
    after_plural_codes: Mapping[str, str]


_DECIMAL_POINTS: Final = frozenset(".\u066b")  # 5.798 and the Arabic decimal separator
_DATE_SEPARATORS: Final = frozenset("./-")


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


def _definite(adjectives: Iterable[str]) -> set[str]:
    """The definite forms of indefinite accusative adjectives (عالميا → العالمي)."""
    return {"ال" + fold(word).removesuffix("ا") for word in adjectives}


def _words(words: Iterable[str]) -> str:
    """A pattern for the folded *words* (a trie: linear, longest first)."""
    return "(?:" + trie_pattern(fold(word) for word in words) + ")"


def _gaps() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The range, dual-date and weekday-date gaps, with the words of their tables.

    Gaps are the normalized text between two tokens of one construct: ``9 و10``,
    ``9 إلى 12``; ``1443 هـ الموافق 18``; ``الأحد، الموافق لـ 15``, ``الأحد (25``.
    """
    equivalent = _words(cues.DATE_EQUIVALENCE_WORDS)
    # 9 و10, 1996 و 1999; a comma before a word of «until» (من 2 أغسطس 2022، وحتى 2 أكتوبر);
    # the article of الـ before the second day (من الـ 6 إلى الـ 10 من آذار)
    range_gap = re.compile(rf" ?- ?| ?و ?|(?: ?,)? {_words(cues.RANGE_CONNECTORS)} (?:ال ?)?")
    # 1443 هـ الموافق 18 يناير, ، الموافق لـ, الموافق: 21/11/2024, 1443هـ / 2022م, or a line break
    dual_date_gap = re.compile(
        rf"[ \n]?(?:[,(:-][ \n]?)?{equivalent}[ \n]?(?::[ \n]?)?(?:ل ?)?|[ \n]?[/(-][ \n]?|\n"
    )
    # (يوم الجمعة بتاريخ 27 أكتوبر: a word of the weekday's date only)
    linking = _words(cues.DATE_EQUIVALENCE_WORDS | cues.WEEKDAY_DATE_WORDS)
    weekday_date_gap = re.compile(
        # الأحد الموافق 25 يونيه 2023; الثلاثاء، الموافق الـ 30 من يوليو (the article of الـ);
        # الثلاثاء الموافق: 26-تشرين الثاني-2024
        rf" | ?, ?| ?- ?| ?: ?| ?,? ?{linking} ?[,:]? ?(?:[ال]?ل ?)?| في "
        rf"| ?,? ?(?:{linking} ?)?\( ?"  # الأحد (25 يونيو), الخميس، (4 آذار), الموافق (11 مايو)
        r'|["”»)] '  # “الخميس” 7 فبراير: the weekday in quotes or brackets of its own
        r"| / "  # الجمعة / 23 / رمضان / 1444 هـ: a page's stamp
    )
    return range_gap, dual_date_gap, weekday_date_gap


def _year_words() -> re.Pattern[str]:
    """A year in words after عام: ألفين, or ألف و + hundreds; then و + 1 to 19, و + tens.

    ألفين وخمسة وعشرين (2025), ألف وتسعمائة وسبعة وستين (1967).
    """
    thousands = _words(units.YEAR_WORD_THOUSANDS)
    thousand = _words(units.YEAR_WORD_THOUSAND)
    hundreds = _words(units.YEAR_WORD_HUNDREDS)
    ones = _words(units.YEAR_WORD_UNITS)
    tens = _words(units.YEAR_WORD_TENS)
    return re.compile(
        rf" (?:{thousands}|{thousand} و(?P<hundreds>{hundreds}))(?![^\W\d_])"
        rf"(?: و(?P<ones>{ones})(?![^\W\d_]))?(?: و(?P<tens>{tens})(?![^\W\d_]))?"
        r"(?![^\W\d_])"
    )


def _word_trie(words: Iterable[str]) -> str:
    """A trie of *words* whose ASCII words sit behind one test of the first character.

    ``re`` tries the trie's first letters one by one at every word of the text;
    the Latin month and weekday names would add a test each to every Arabic
    word. The two tries start with different characters, so the match is the
    same as one trie's.
    """
    ascii_words = [word for word in words if word[:1].isascii()]
    others = [word for word in words if not word[:1].isascii()]
    if not ascii_words or not others:
        return trie_pattern([*others, *ascii_words])
    return f"{trie_pattern(others)}|(?=[\x00-\x7f])(?:{trie_pattern(ascii_words)})"


def _counted_forms() -> frozenset[str]:
    """Counted nouns and their accusative (شخصاً), folded, with the unit words that count."""
    forms = {fold(word) for word in units.COUNTED_NOUNS}
    bare = {fold(word) for word in units.ABBREVIATED_COUNTED}
    forms |= {form + "ا" for form in forms - bare if not form.endswith(("ه", "ا"))}
    forms |= {
        fold(word)
        for word, (_unit, form) in units.UNIT_WORDS.items()
        if form in {"single", "dual", "plural", "counted"}
    }
    return frozenset(forms)


@cache
def lexicon() -> Lexicon:
    """Fold the data tables and compile the token pattern (once per process)."""
    builders: dict[str, dict[str, object]] = {}

    def add(table: Iterable[tuple[str, object]], role: str) -> None:
        for word, value in table:
            builders.setdefault(fold(word), {})[role] = value

    for system, table in (
        (Calendar.GREGORIAN, months.PAN_ARAB),
        (Calendar.LEVANTINE, months.LEVANTINE),
        (Calendar.MAGHREBI, months.MAGHREBI),
        (Calendar.MOROCCAN, months.MOROCCAN),
        (Calendar.GREGORIAN, months.LATIN),
    ):
        add(((word, (system, month)) for word, month in table.items()), "gmonth")
    add(((word, (Calendar.LEVANTINE, 0)) for word in months.AMBIGUOUS_MONTHS), "gmonth")
    add(months.HIJRI.items(), "hmonth")
    add(weekdays.WEEKDAYS.items(), "weekday")
    add(weekdays.LATIN_WEEKDAYS.items(), "weekday")
    add(relative_words.DAY_WORDS.items(), "dayword")
    add(
        (
            (f"{lead} {word}", offset)
            for lead in relative_words.DAY_CLAUSE_LEADS
            for word, offset in relative_words.DAY_WORDS.items()
            if word.split()[0] in {"بعد", "قبل"}
        ),
        "dayword",
    )
    add(relative_words.DAY_WORDS_AFTER_TIME.items(), "timeday")
    add(month_days.MONTH_DAY_WORDS.items(), "monthday")
    add(periods.DECADES.items(), "decade")
    add(periods.CENTURIES.items(), "century")
    add(((word, True) for word in relative_words.TIMES_OF_DAY), "tod")
    add(units.UNIT_WORDS.items(), "unit")
    add(units.SUBDAY_UNITS.items(), "unit")
    add(((word, True) for word in units.DAY_NOUNS), "daynoun")
    add(((word, True) for word in units.YEAR_PAIR_WORDS | units.YEAR_LIST_WORDS), "yearpair")
    add(relative_words.RELATIVE_WORDS.items(), "rel")
    add(((word, True) for word in relative_words.THIS_WORDS), "this")
    add(periods.PERIOD_PARTS.items(), "part")
    add(((word, True) for word in periods.APPROX_WORDS), "approx")
    add(periods.SEASONS.items(), "season")
    add(periods.QUARTERS.items(), "quarter")
    add(eras.ERA_MARKS.items(), "era")
    add(month_days.ORDINAL_DAYS.items(), "ordinal")
    add(units.NUMBER_WORDS.items(), "numword")
    add(units.DEFINITE_COUNTS.items(), "numword")
    add(units.COMPOUND_ONES.items(), "numword")
    add(((word, True) for word in units.VAGUE_COUNTS), "vaguecount")
    add(relative_words.VAGUE_WORDS.items(), "vague")
    add(units.SPAN_WORDS.items(), "span")
    add(weekdays.BARE_WEEKDAYS.items(), "bweekday")
    add(weekdays.NTH_WORDS.items(), "nth")
    add(named_dates.FEASTS.items(), "feast")
    add(((w, day or EASTER) for w, day in named_dates.CHRISTIAN_FEASTS.items()), "gfeast")
    add(((w, EASTER) for w in named_dates.EASTER_FEASTS), "gfeast")
    add(((word, True) for word in relative_words.NEW_WORDS), "new")
    roles = {word: Roles(**fields) for word, fields in builders.items()}  # type: ignore[arg-type]
    # ل + ال elides the alef: للعام, للشهر.
    for word, role in list(roles.items()):
        if word.startswith("ال") and len(word) > len("ال") + 1:
            roles.setdefault("لل" + word[2:], role)
    trie = _word_trie(roles)
    _check_scannable(roles)
    # A word starts after no letter (a digit may be glued: 5فبراير). The character
    # before it is matched, not only looked behind, so that ``re`` can skip ahead to
    # the next non-letter instead of trying the whole word list at every character.
    # A scraper may drop the space before a relative adjective (ديسمبرالماضي،
    # الشهرالجاري، الثلاثاءالقادم): the word ends there too, and the adjective is a token.
    glued_tail = _words(relative_words.GLUED_ADJECTIVES) + r"(?![^\W\d_])"
    word_tail = (
        r"(?P<wcl>[وف]?[بل]?)"  # proclitics before a word (not in the span)
        rf"(?P<word>{trie})"  # a word or phrase of the tables, longest first
        rf"(?:(?![^\W\d_])|(?={glued_tail}))"  # and ends before no letter (or a glued adjective)
        r"(?!(?<=[0-9])[0-9])"  # nor a digit after a final digit (ك2 in ك2020)
    )
    range_gap, dual_date_gap, weekday_date_gap = _gaps()
    return Lexicon(
        roles=roles,
        # Any character but a letter of the basic Arabic block (a range test, which
        # ``re`` skips ahead with), then the exact test that it is no letter at all.
        words=re.compile(r"[^\u0621-\u064a](?<=[\W\d_])" + word_tail),
        first_word=re.compile(word_tail),
        glued_tail=re.compile(glued_tail),
        ambiguous={fold(w): months_ for w, months_ in months.AMBIGUOUS_MONTHS.items()},
        context_only=_folded_set(months.CONTEXT_ONLY),
        day_and_year_only=_folded_set(months.DAY_AND_YEAR_ONLY),
        no_clitic=_folded_set(months.NO_CLITIC),
        solar_months=_folded_set(months.SOLAR_HIJRI),
        year_cues=_folded_set(cues.YEAR_CUES),
        same_periods=tuple(fold(phrase) + " من " for phrase in cues.SAME_PERIOD_PHRASES),
        year_words=_year_words(),
        year_word_values={
            fold(w): v
            for w, v in (
                *units.YEAR_WORD_UNITS.items(),
                *units.YEAR_WORD_TENS.items(),
                *units.YEAR_WORD_HUNDREDS.items(),
            )
        },
        nominative_thousands=_folded_set(units.YEAR_WORD_NOMINATIVE),
        alif_particles=_folded_set(
            word
            for particle in units.YEAR_WORD_PARTICLES_IN_ALIF
            for word in (particle, "و" + particle)
        ),
        document_numbers=_folded_set(cues.DOCUMENT_NUMBER_WORDS),
        clause_numbers=_folded_set(cues.CLAUSE_NUMBER_WORDS),
        file_numbers=_folded_set(cues.FILE_NUMBER_WORDS),
        event_year_nouns=_folded_set(cues.EVENT_YEAR_NOUNS),
        programme_nouns=_folded_set(cues.PROGRAMME_NOUNS),
        event_triggers=_folded_set(named_dates.EVENT_TRIGGERS),
        event_places=_folded_set(named_dates.EVENT_PLACES),
        month_epithets=_folded_set(named_dates.MONTH_EPITHETS),
        not_name_words=_folded_set(named_dates.NOT_NAME_WORDS),
        name_ordinals=_folded_set(treaty_words.NAME_ORDINALS),
        place_triggers=_folded_set(named_dates.PLACE_TRIGGERS | named_dates.NAME_PARTICLES),
        name_particles=_folded_set(named_dates.BARE_MONTH_PARTICLES),
        month_name_heads=_folded_set(named_dates.MONTH_NAME_HEADS),
        day_named_heads=_folded_set(named_dates.INSTRUMENTS_NAMED_BY_DAY),
        designating_verbs=_folded_set(cues.DESIGNATING_VERBS),
        designation_breaks=_folded_set(cues.DESIGNATION_BREAKS),
        then_and_now=re.compile(
            _words(relative_words.THEN_AND_NOW)
            # (the idiom «without delay», unless a weekday or a time follows: two days then)
            + "|"
            + _words(relative_words.TODAY_NOT_TOMORROW)
            + r"(?!\s+"
            + _words(relative_words.TODAY_NOT_TOMORROW_DATED | weekdays.WEEKDAYS.keys())
            + ")"
        ),
        definite_observance=re.compile(  # 16 سبتمبر اليوم الدولي للحفاظ على ...
            rf" (?:ال)?يوم (?:{_words(_definite(cues.OBSERVANCE_ADJECTIVES))}) ل[^\W\d]"
        ),
        annual_words=_folded_set(cues.ANNUAL_WORDS),
        annual_links=_folded_set(cues.ANNUAL_LINKS),
        date_nouns=_folded_set(cues.DATE_NOUNS),
        every_year=re.compile(  # من كل عام, في كل سنة, سنويا; after a comma too (أكتوبر، من كل عام)
            rf"(?: ?, ?| )(?:(?:من |في )?{_words(cues.EVERY_YEAR_PHRASES)}\b"
            rf"|{_words(cues.ANNUAL_WORDS)}\b)"
            rf"| {_words(cues.OBSERVANCE_WORDS)}(?: {_words(cues.OBSERVANCE_ADJECTIVES)})? ل[^\W\d]"
        ),
        today_names=_folded_set(named_dates.TODAY_NAMES),
        outlet_adjectives=_folded_set(named_dates.OUTLET_ADJECTIVES),
        channel_nouns=_folded_set(named_dates.CHANNEL_NOUNS | named_dates.OUTLET_NOUNS),
        feast_rites=_folded_set(named_dates.FEAST_RITES),
        feast_eves=_folded_set(named_dates.FEAST_EVE_WORDS),
        easter_feasts={fold(w): days for w, days in named_dates.EASTER_FEASTS.items()},
        feast_day_nouns=_folded_set(named_dates.FEAST_DAY_NOUNS),
        ordinal_days={fold(w): n for w, n in month_days.ORDINAL_DAYS.items() if " " not in w},
        not_the_feast=_folded_set(named_dates.NOT_THE_FEAST),
        orthodox_days=named_dates.ORTHODOX_DAYS,
        outlet_nouns=_folded_set(named_dates.OUTLET_NOUNS),
        general_titles=_folded_set(cues.GENERAL_TITLES),
        age_nouns=_folded_set(periods.AGE_NOUNS),
        day_after=_folded_set(relative_words.DAY_AFTER_WORDS),
        day_before=_folded_set(relative_words.DAY_BEFORE_WORDS),
        agencies=_folded_set(boilerplate.AGENCIES),
        instrument_heads=_folded_set(treaty_words.GENERIC_HEADS),
        year_lists=_folded_set(units.YEAR_LIST_WORDS),
        month_pairs=_folded_set(cues.MONTH_PAIR_NOUNS),
        past_clause_pronouns=_folded_set(cues.PAST_CLAUSE_PRONOUNS),
        future_cues=_folded_set(cues.FUTURE_CUES),
        starting_cues=_folded_set(cues.STARTING_CUES),
        past_cues=_folded_set(cues.PAST_CUES),
        past_verbs_after=_folded_set(cues.PAST_VERBS_AFTER),
        past_verbs_before_in=_folded_set(cues.PAST_VERBS_AFTER - cues.NOT_PAST_BEFORE_IN),
        counted_stretches=_folded_set(cues.COUNTED_DAY_NOUNS),
        day_count_preps=_folded_set(cues.COUNTED_DAY_PREPOSITIONS),
        own_century_cues=_folded_set(cues.OWN_CENTURY_CUES),
        deadline_cues=_folded_set(cues.DEADLINE_CUES),
        future_phrases=_phrases_by_first(cues.FUTURE_PHRASES),
        conditionals=_folded_set(cues.CONDITIONAL_WORDS),
        tenseless=_folded_set(cues.TENSELESS_WORDS),
        past_plan=_folded_set(cues.PAST_PLAN_WORDS),
        deciding_verbs=_folded_set(cues.DECIDING_VERBS),
        holding_nouns=frozenset(
            clitic + noun
            for noun in _folded_set(cues.HOLDING_NOUNS)
            for clitic in ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")
        ),
        holding_particles=_folded_set(cues.HOLDING_PARTICLES),
        decided_before=_folded_set(cues.DECIDED_BEFORE_WORDS),
        until_cues=_folded_set(cues.UNTIL_CUES),
        extending_cues=_folded_set(cues.EXTENDING_CUES),
        specifying_words=_folded_set(cues.SPECIFYING_WORDS),
        until_words=_folded_set(cues.UNTIL_WORDS),
        not_article=_folded_set(cues.NOT_ARTICLE_WORDS),
        day_modifiers=_folded_set(cues.DAY_MODIFIERS),
        not_day_adjectives=_folded_set(cues.NOT_DAY_ADJECTIVES),
        clock=_folded_set(relative_words.CLOCK_WORDS),
        resumption_cues=_folded_set(cues.RESUMPTION_CUES),
        still_words=_folded_set(cues.STILL_WORDS),
        during_it_words=_folded_set(cues.DURING_IT_WORDS),
        measure_words=_folded_set(cues.MEASURE_WORDS),
        set_words=_folded_set(cues.SET_WORDS),
        duration_cues=_folded_set(cues.DURATION_CUES),
        notice_words=_folded_set(cues.NOTICE_WORDS),
        not_future_verbs=_folded_set(cues.NOT_FUTURE_VERBS | name_words.FUTURE_SHAPED_NAMES),
        colloquial_future=_folded_set(cues.COLLOQUIAL_FUTURE_PARTICLES),
        colloquial_prefixes=frozenset(cues.COLLOQUIAL_FUTURE_PREFIXES),
        colloquial_not_future=_folded_set(cues.COLLOQUIAL_NOT_FUTURE),
        imperfect_names=_folded_set(name_words.IMPERFECT_SHAPED_NAMES),
        not_before={fold(w): _folded_set(v) for w, v in weekdays.NOT_A_DATE_BEFORE.items()},
        events=tuple(
            (month, day, year, _folded_set(triggers))
            for month, day, year, triggers, _name in named_dates.KNOWN_EVENTS
        ),
        time_preps=_folded_set(cues.TIME_PREPOSITIONS) | _folded_set(periods.PERIOD_PARTS),
        to_count=_folded_set(cues.TO_COUNT_WORDS),
        hijri_context=_folded_set(periods.PERIOD_PARTS) | _folded_set(periods.ARRIVAL_WORDS),
        anaphoric=_folded_set(relative_words.ANAPHORIC_WORDS),
        same=_folded_set(relative_words.SAME_WORDS),
        last_of=_folded_set(relative_words.LAST_OF_WORDS),
        story_next=_folded_set(relative_words.STORY_NEXT_WORDS),
        of_same=frozenset(f" من {word} " for word in _folded_set(relative_words.SAME_WORDS)),
        demonstratives=_folded_set(relative_words.DEMONSTRATIVES_BEFORE),
        current_month=_folded_set(relative_words.CURRENT_MONTH_WORDS),
        counted=_counted_forms(),
        judicial=_folded_set(units.JUDICIAL_YEAR_WORDS),
        year_kinds=_folded_set(units.YEAR_KIND_WORDS),
        copyright=tuple(
            sorted({fold(m.phrase) for m in boilerplate.MARKERS if m.reason == "copyright"})
        ),
        range_intros=_folded_set(cues.RANGE_INTRO_WORDS),
        compared=_folded_set(cues.COMPARED_WORDS),
        respectively=tuple(sorted(_folded_set(cues.RESPECTIVELY_WORDS), key=len, reverse=True)),
        rescheduling=_folded_set(cues.RESCHEDULING_WORDS),
        moving=_folded_set(cues.MOVING_WORDS),
        pair_relative=_folded_set(relative_words.PAIR_RELATIVE_WORDS),
        latest=_folded_set(units.LATEST_WORDS),
        feast_epithets=_folded_set(named_dates.FEAST_EPITHETS),
        within_leads=_folded_set(periods.WITHIN_LEADS),
        set_plurals=_folded_set(cues.SET_PLURALS),
        verbal_spans=_folded_set(units.VERBAL_SPANS),
        span_followers=_folded_set(units.SPAN_FOLLOWERS),
        span_prepositions=_folded_set(cues.RANGE_INTRO_WORDS) | _folded_set(units.DISTANCE_WORDS),
        distance={fold(w): sign for w, sign in units.DISTANCE_WORDS.items()},
        not_distance_after=_folded_set(units.NOT_A_DISTANCE_AFTER),
        distance_qualifiers=_folded_set(units.DISTANCE_QUALIFIERS),
        idioms_after_on=_folded_set(units.IDIOMS_AFTER_ON),
        vague_distance=_folded_set(units.VAGUE_DISTANCE_WORDS),
        now_after_distance=_folded_set(units.NOW_AFTER_DISTANCE),
        fractions={fold(w): part for w, part in units.FRACTION_WORDS.items()},
        approx_leads=_folded_set(periods.APPROX_LEADS),
        part_counts={fold(w): part for w, part in units.PART_COUNTS.items()},
        recurrence=_folded_set(cues.RECURRENCE_WORDS),
        ones={fold(w): n for w, n in units.ONES_WORDS.items()},
        smaller_units=units.SMALLER_UNITS,
        ago_after=_folded_set(units.AGO_AFTER_WORDS),
        month_only_parts=_folded_set(periods.MONTH_ONLY_PARTS),
        not_after={fold(w): _folded_set(v) for w, v in weekdays.NOT_A_DATE_AFTER.items()},
        range_gap=range_gap,
        dual_date_gap=dual_date_gap,
        weekday_date_gap=weekday_date_gap,
        after_plural=re.compile(
            rf" (?:{_words(relative_words.FEW_WORDS)} )?"
            rf"(?P<word>{_words(relative_words.AFTER_DEFINITE_PLURAL)})"
        ),
        after_plural_codes={fold(w): c for w, c in relative_words.AFTER_DEFINITE_PLURAL.items()},
    )


class Tok:
    """One token: a number or a table word, with its span in the normalized text."""

    __slots__ = ("clitic", "digits", "end", "era", "form", "num", "roles", "start")

    def __init__(  # noqa: PLR0917 (a plain record, made once per token)
        self,
        start: int,
        end: int,
        form: str,
        roles: Roles | None,
        num: int | None,
        era: str | None,
        clitic: str,
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.roles = roles
        self.num = num
        self.digits = len(form) if num is not None else 0
        self.era = era
        self.clitic = clitic


def _check_scannable(roles: Mapping[str, Roles]) -> None:
    """Refuse a table word the two scans could not tell from a number's prefix.

    Words and numbers are scanned apart; that finds what one pattern would only
    if no word is made of a number's proclitics alone (ب, وال).

    Raises:
        ValueError: a table word is made of proclitics and ال only.
    """
    for word in roles:
        if _ONLY_PROCLITICS.fullmatch(word):
            msg = f"the date table word {word!r} is only proclitics: remove it from the table"
            raise ValueError(msg)


def _phrases_by_first(phrases: Iterable[str]) -> Mapping[str, frozenset[tuple[str, ...]]]:
    """Folded phrases by their first word: the first word -> the words after it."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        first, *rest = fold(phrase).split()
        found.setdefault(first, set()).add(tuple(rest))
    return MappingProxyType({first: frozenset(rests) for first, rests in found.items()})


def _month_and_number(a: Tok, b: Tok) -> bool:
    """Whether two tokens, *a* just before *b*, may be glued: a number and a month name or عام."""
    if a.end != b.start:
        return False
    number, word = (a, b) if a.num is not None else (b, a)
    if number.num is None or word.roles is None:
        return False
    roles = word.roles
    return roles.gmonth is not None or roles.hmonth is not None or roles.unit in YEAR_UNITS


# A raw token: (match start, kind: 0 word / 1 number, token, glued left, glued right).
_Raw = tuple[int, int, Tok, bool, bool]


def _word_tokens(text: str, lex: Lexicon) -> Iterator[_Raw]:
    """The table words of *text*, with their proclitics and whether a digit touches them."""
    roles, no_clitic, size = lex.roles, lex.no_clitic, len(text)
    first = lex.first_word.match(text)
    rest = lex.words.finditer(text, first.end() if first else 0)
    for match in itertools.chain((first,) if first else (), rest):
        clitic, word = match.group(1, 2)  # wcl, word
        if clitic and (
            (word in no_clitic and clitic[-1] in "بل")
            # (no month takes ف: السيدة ماري فافريل is a name, not April)
            or (clitic == "ف" and roles[word].gmonth is not None)
        ):
            continue
        start, end = match.start(1), match.end()
        glued = lex.glued_tail.match(text, end) if end < size and text[end] == "ا" else None
        if glued is not None and roles[word].dayword is not None:
            continue  # اليومالتالي: a day word glued on is the story's next day, not today
        tok = Tok(start + len(clitic), end, word, roles[word], None, None, clitic)
        left = start > 0 and "0" <= text[start - 1] <= "9"
        right = end < size and "0" <= text[end] <= "9"
        yield start, 0, tok, left, right
        if glued is not None:
            # ديسمبرالماضي: the adjective the word ended before (see ``lexicon``)
            tail = glued.group()
            yield end, 0, Tok(end, glued.end(), tail, roles[tail], None, None, ""), False, False


def _number_start(text: str, digits_start: int) -> tuple[int, str, int] | None:
    """Where a number whose digits start at *digits_start* starts: (start, proclitics, ال's length).

    The leftmost start whose proclitics and article follow no word character;
    else the digits themselves, after no word character or glued to a letter.
    """
    if not digits_start:
        return 0, "", 0
    before = text[digits_start - 1]
    if before in _PREFIX_ENDS:
        for start in range(max(0, digits_start - _PREFIX_CHARS), digits_start):
            if start and _WORD_CHAR.match(text, start - 1):
                continue
            prefix = _NUMBER_PREFIX.fullmatch(text, start, digits_start)
            if prefix is not None:
                return start, prefix.group("ncl"), len(prefix.group("nal") or "")
    elif before in _SEPARATORS:
        return digits_start, "", 0
    if not _WORD_CHAR.match(before) or _LETTER.match(before):
        return digits_start, "", 0
    return None


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the runs of ASCII digits of *text*, in order (what ``[0-9]+`` finds).

    News text has few digits: each digit is found with ``str.find``, which skips
    ahead in C far faster than a regular expression tests every character. A
    stretch of text dense with digits is scanned with the expression instead, so
    that the positions held stay few; stretches are read one after the other and
    a run that crosses from one to the next is joined.
    """
    pending: tuple[int, int] | None = None
    for piece_start, piece_end in _digit_pieces(text):
        if pending is None:
            pending = piece_start, piece_end
        elif piece_start == pending[1]:
            pending = pending[0], piece_end
        else:
            yield pending
            pending = piece_start, piece_end
    if pending is not None:
        yield pending


def _digit_pieces(text: str) -> Iterator[tuple[int, int]]:
    """The runs of ASCII digits of *text*, cut where its stretches of ``_STRETCH`` end."""
    for low in range(0, len(text), _STRETCH):
        high = min(len(text), low + _STRETCH)
        positions: list[int] = []
        room = (high - low) // _SPARSE_DIGITS + 1  # how many more positions may be held
        for digit in _DIGIT_CHARS:
            index = text.find(digit, low, high)
            while index >= 0 and room:
                positions.append(index)
                room -= 1
                index = text.find(digit, index + 1, high)
            if not room:
                break
        if not room:
            for run in _DIGITS.finditer(text, low, high):
                yield run.span()
            continue
        if not positions:
            continue
        positions.sort()
        start = end = positions[0]
        for index in positions:
            if index != end:
                yield start, end
                start = index
            end = index + 1
        yield start, end


def _number_tokens(text: str) -> Iterator[_Raw]:
    """The numbers of *text*, with their proclitics, era mark and whether a letter touches them."""
    size = len(text)
    for digits_start, digits_end in _digit_runs(text):
        end = digits_end
        if end - digits_start > _MAX_DIGITS:
            continue
        if _in_decimal(text, digits_start, end):
            continue  # 5.798 مليار: a decimal number, neither part a day nor a year
        found = _number_start(text, digits_start)
        if found is None:
            continue
        start, clitic, article = found
        digits = text[digits_start:end]
        era = None
        if (
            end < size
            and text[end] in _ERA_CHARS
            and not _LETTER.match(text, end + 1)
            and not (end + 1 < size and "0" <= text[end + 1] <= "9")
        ):
            era = text[end]
            end += 1
        elif (glued := _GLUED_ERA.match(text, end)) is not None:
            era = glued.group()  # 1445هجري: the era's word glued on
            end = glued.end()
        if (
            era is None
            and text[end : end + 2] in _ORDINAL_SUFFIXES
            and not _letter_at(text, end + 2)
        ):
            end += 2  # 7th, 22nd, 1st: an English ordinal day
        token_start = digits_start - article
        tok = Tok(token_start, end, digits, None, int(digits), era, clitic)
        left = start > 0 and (
            text[start - 1].isalpha() or (text[start - 1] == "-" and _model_name(text, start))
        )
        right = _letter_at(text, end) and not _ISO_TIME.match(text, end)
        yield start, 1, tok, left, right


def tokens(text: str) -> Iterator[Tok]:
    """Every table word and number of MATCHING-normalized *text*, in order, lazily.

    The two scans are merged as one pattern would find them: the leftmost first,
    a word before a number at the same place, nothing inside what was taken.
    A token glued to a neighbour is dropped, unless a number is glued to a month
    name or عام: scraped and South-Asian text writes ``5فبراير2021``,
    ``10جمادى الآخرة1444هـ``, ``عام2021``; a number glued to any other word
    (``F16``, ``كوفيد19``) is not a date part.
    """
    words = _word_tokens(text, lexicon())
    numbers = _number_tokens(text)
    word = next(words, None)
    number = next(numbers, None)
    last_end = 0
    previous: Tok | None = None
    pending: _Raw | None = None  # the token waiting for its right neighbour
    while word is not None or number is not None:
        if number is None or (word is not None and word[0] <= number[0]):
            item, word = word, next(words, None)
        else:
            item, number = number, next(numbers, None)
        if item is None or item[0] < last_end:
            continue
        last_end = item[2].end
        if pending is not None:
            tok = pending[2]
            if not (pending[3] or pending[4]) or _kept(text, pending, previous, item[2]):
                yield tok  # a token glued to no neighbour is kept
            previous = tok
        pending = item
    if pending is not None and _kept(text, pending, previous, None):
        yield pending[2]


def _starts_numeric_date(text: str, tok: Tok, following: Tok | None) -> bool:
    """Whether number *tok* opens a numeric date (``للطباعة2020.12.07``: glued by a scraper)."""
    return (
        tok.num is not None
        and following is not None
        and following.num is not None
        and following.start == tok.end + 1
        and text[tok.end] in "/.-"
        and not _letter_at(text, following.end)
    )


def _ends_numeric_date(text: str, tok: Tok, previous: Tok | None) -> bool:
    """Whether four-digit *tok* ends a whole numeric date (``17-05-2020الكاتب``, glued by scraping).

    Only a year after a day and a month with one separator each: a lone number glued to a word
    (``F16``, ``كوفيد19``) stays out.
    """
    if tok.num is None or tok.digits != 4 or previous is None or previous.num is None:  # noqa: PLR2004
        return False
    month_start = previous.start
    return (
        previous.end + 1 == tok.start
        and text[previous.end] in "/.-"
        and previous.digits <= 2  # noqa: PLR2004
        and month_start >= 2  # noqa: PLR2004
        and text[month_start - 1] == text[previous.end]
        and "0" <= text[month_start - 2] <= "9"
    )


def _letter_at(text: str, index: int) -> bool:
    """Whether a letter is at *index*."""
    return index < len(text) and text[index].isalpha()


def _spaced_to_month(text: str, tok: Tok, following: Tok | None) -> bool:
    """Whether number *tok* is a day before a month name (في12 تشرين الأول, GMT22 فبراير)."""
    return (
        tok.num is not None
        and tok.digits <= 2  # noqa: PLR2004
        and following is not None
        and following.roles is not None
        and following.start == tok.end + 1
        and text[tok.end] == " "
        and (following.roles.gmonth is not None or following.roles.hmonth is not None)
        and not _model_name(text, tok.start)
    )


def _model_name(text: str, start: int) -> bool:
    """Whether Latin letters glued before *start* make a model name (``F16 مايو``).

    Not a time zone: ``GMT22 فبراير`` is a dateline; not a month: ``25-Oct-2014`` is a stamp.
    """
    match = _LATIN_GLUE.search(text, max(0, start - 7), start)
    if match is None:
        return False
    letters = match.group(1).lower()
    return letters not in _TIME_ZONES and letters not in _LATIN_MONTHS


def _year_after_unit(text: str, tok: Tok, previous: Tok | None) -> bool:
    """Whether number *tok* is a year after عام or سنة or a month name, the next word glued on.

    عام 1998حول، في 17 سبتمبر 1978بين: a scraper dropped the space after the year.
    """
    return (
        tok.num is not None
        and tok.digits == 4  # noqa: PLR2004
        and previous is not None
        and previous.roles is not None
        and (
            previous.roles.unit in YEAR_UNITS
            # (after a month, an Arabic word glued on: not a site's 31 مارس 2019Last Update)
            or (
                (previous.roles.gmonth is not None or previous.roles.hmonth is not None)
                and "\u0621" <= text[tok.end : tok.end + 1] <= "\u064a"
            )
        )
        and previous.end + 1 == tok.start
        and text[previous.end] == " "
    )


def _chained(text: str, at: int, step: int) -> bool:
    """Whether a date separator and a digit are at *at* and *at* + *step* (25.7.2022)."""
    other = at + step
    return (
        min(at, other) >= 0
        and max(at, other) < len(text)
        and (text[at] in _DATE_SEPARATORS and "0" <= text[other] <= "9")
    )


def _in_decimal(text: str, start: int, end: int) -> bool:
    """Whether the digits [start, end) are a part of a decimal number (5.798), not of a date.

    A point and digits on one side and no further separator and digits beyond (25.7.2022
    is a date).
    """
    if end + 1 < len(text) and text[end] in _DECIMAL_POINTS and "0" <= text[end + 1] <= "9":
        after = end + 1
        while after < len(text) and "0" <= text[after] <= "9":
            after += 1
        return not (_chained(text, after, 1) or _chained(text, start - 1, -1))
    if start >= 2 and text[start - 1] in _DECIMAL_POINTS and "0" <= text[start - 2] <= "9":  # noqa: PLR2004
        before = start - 2
        while before > 0 and "0" <= text[before - 1] <= "9":
            before -= 1
        return not (_chained(text, before - 1, -1) or _chained(text, end, 1))
    return False


def _kept(text: str, raw: _Raw, previous: Tok | None, following: Tok | None) -> bool:
    """Whether a token survives its glued neighbours (see :func:`tokens`).

    Scraped text glues words: a number glued on its left is kept when it opens a
    numeric date or is a day before a month name; glued on its right, when it is a
    year after عام or closes a numeric date.
    """
    _start, _kind, tok, left, right = raw
    if (
        left
        and not (previous is not None and _month_and_number(previous, tok))
        and not _starts_numeric_date(text, tok, following)
        and not _spaced_to_month(text, tok, following)
        # اليوم26اكتوبر1994م: a day glued on both sides, a month name on its right
        and not (right and following is not None and _month_and_number(tok, following))
        and not _after_glued_in(text, tok)
    ):
        return False
    return not (
        right
        and not (following is not None and _month_and_number(tok, following))
        and not _year_after_unit(text, tok, previous)
        and not _ends_numeric_date(text, tok, previous)
        and not _day_glued_to_of(text, tok, following)
    )


def _after_glued_in(text: str, tok: Tok) -> bool:
    """Whether number *tok* is glued to the preposition في alone (في29 و30 مارس, في2016).

    Scrapers drop the space after في; any other word glued on (F16, كوفيد19, ال16) still
    drops the number.
    """
    start = tok.start - len(tok.clitic)
    word_start = start
    while word_start > 0 and _LETTER.match(text, word_start - 1):
        word_start -= 1
    return text[word_start:start] in _GLUED_IN


def _day_glued_to_of(text: str, tok: Tok, following: Tok | None) -> bool:
    """Whether number *tok* is a day glued to من before a month (``12من ديسمبر``, ``22من الشهر``).

    A count glued so stays out (``12من الصواريخ``): only a month name or الشهر may follow.
    """
    if tok.num is None or tok.digits > 2 or following is None or following.roles is None:  # noqa: PLR2004
        return False
    roles = following.roles
    return (
        text.startswith(_OF_SPACED, tok.end)
        and following.start == tok.end + len(_OF_SPACED)
        and not following.clitic
        and (roles.gmonth is not None or roles.hmonth is not None or roles.unit in _MONTH_UNITS)
    )
