"""Lexer and grammar of Arabic date expressions (private; see :mod:`diplomatext.dates`).

Two stages, both linear in the length of the text:

1. One regular expression, generated from the data tables, finds every date word
   and every number of the MATCHING-normalized text: the table entries form a
   character trie (longest entry first), guarded by word boundaries, with the
   proclitics و ف ب ل allowed before the first word (a number glued to a month
   name, ``5فبراير2021``, is kept; glued to any other word, dropped). A trie
   fails on the first character no entry continues and has no repeat besides
   bounded ones, so the
   scan is linear by construction; it runs on the standard ``re`` engine, which
   is about four times faster here than the ``regex`` module's named lists
   (measured in ``benchmarks/dates.py``' history, see the explanation page).
2. A hand-written grammar walks the tokens left to right and combines neighbours
   (``5`` + ``فبراير`` + ``/`` + ``شباط`` + ``2021``), looking only at the few
   characters between two tokens and at the word before a construct. It never
   backtracks over the text: each construct looks at a bounded number of tokens.
"""

# A grammar: one method per construct, each a sequence of early exits.
# ruff: noqa: C901, PLR0911, PLR0912, PLR0915

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold, trie_pattern
from diplomatext.calendars import Calendar
from diplomatext.data import months, relative
from diplomatext.dates._resolve import Spec

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["Found", "future_cue_before", "parse"]

_MAX_DAY: Final = 31
_MAX_MONTH: Final = 12
_CUE_YEARS: Final = range(1900, 2100)
_GREGORIAN_YEARS: Final = range(1000, 3000)
_HIJRI_YEARS: Final = range(1, 2000)
_CE_MARK_YEARS: Final = range(1000, 2200)
_MAX_AGO: Final = 99
_MAX_LISTED_DAYS: Final = 8
_PLURAL_COUNTS: Final = 10  # 3 to 10 take a plural noun (ثلاثة أيام), 11 and more a singular
_FUTURE_WINDOW: Final = 120


@attrs.frozen(kw_only=True)
class _Roles:
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


@attrs.frozen(kw_only=True)
class _Lexicon:
    roles: Mapping[str, _Roles]
    pattern: re.Pattern[str]
    ambiguous: Mapping[str, tuple[int, ...]]
    context_only: frozenset[str]
    day_and_year_only: frozenset[str]
    no_clitic: frozenset[str]
    year_cues: frozenset[str]
    event_triggers: frozenset[str]
    place_triggers: frozenset[str]
    future_cues: frozenset[str]
    not_before: Mapping[str, frozenset[str]]
    events: tuple[tuple[int, int | None, int, frozenset[str]], ...]
    time_preps: frozenset[str]
    hijri_context: frozenset[str]
    anaphoric: frozenset[str]
    counted: frozenset[str]
    range_intros: frozenset[str]
    span_prepositions: frozenset[str]
    distance: Mapping[str, int]
    not_distance_after: frozenset[str]
    not_after: Mapping[str, frozenset[str]]
    range_gap: re.Pattern[str]
    dual_date_gap: re.Pattern[str]
    weekday_date_gap: re.Pattern[str]
    after_plural: re.Pattern[str]
    after_plural_codes: Mapping[str, str]


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


def _words(words: Iterable[str]) -> str:
    """A pattern for the folded *words* (a trie: linear, longest first)."""
    return "(?:" + trie_pattern(fold(word) for word in words) + ")"


def _gaps() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The range, dual-date and weekday-date gaps, with the words of their tables.

    Gaps are the normalized text between two tokens of one construct: ``9 و10``,
    ``9 إلى 12``; ``1443 هـ الموافق 18``; ``الأحد، الموافق لـ 15``, ``الأحد (25``.
    """
    equivalent = _words(relative.DATE_EQUIVALENCE_WORDS)
    range_gap = re.compile(rf" ?- ?| ?و| {_words(relative.RANGE_CONNECTORS)} ")
    dual_date_gap = re.compile(rf" ?(?:[,(-] ?)?{equivalent} ?(?:ل ?)?| ?[/(-] ?")
    weekday_date_gap = re.compile(
        rf" | ?, ?| ?- ?| ?: ?| ?,? ?{equivalent} ?(?:ل ?)?"  # الأحد الموافق 25 يونيه 2023
        r"| ?\( ?"  # الأحد (25 يونيو): the closing bracket joins the mention
    )
    return range_gap, dual_date_gap, weekday_date_gap


def _counted_forms() -> frozenset[str]:
    """Counted nouns and their accusative (شخصاً), folded, with the unit words that count."""
    forms = {fold(word) for word in relative.COUNTED_NOUNS}
    forms |= {form + "ا" for form in list(forms) if not form.endswith(("ه", "ا"))}
    forms |= {
        fold(word)
        for word, (_unit, form) in relative.UNIT_WORDS.items()
        if form in {"single", "dual", "plural", "counted"}
    }
    return frozenset(forms)


@cache
def lexicon() -> _Lexicon:
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
    ):
        add(((word, (system, month)) for word, month in table.items()), "gmonth")
    add(((word, (Calendar.LEVANTINE, 0)) for word in months.AMBIGUOUS_MONTHS), "gmonth")
    add(months.HIJRI.items(), "hmonth")
    add(relative.WEEKDAYS.items(), "weekday")
    add(relative.DAY_WORDS.items(), "dayword")
    add(relative.DAY_WORDS_AFTER_TIME.items(), "timeday")
    add(relative.MONTH_DAY_WORDS.items(), "monthday")
    add(relative.DECADES.items(), "decade")
    add(relative.CENTURIES.items(), "century")
    add(((word, True) for word in relative.TIMES_OF_DAY), "tod")
    add(relative.UNIT_WORDS.items(), "unit")
    add(((word, True) for word in relative.DAY_NOUNS), "daynoun")
    add(((word, True) for word in relative.YEAR_PAIR_WORDS), "yearpair")
    add(relative.RELATIVE_WORDS.items(), "rel")
    add(((word, True) for word in relative.THIS_WORDS), "this")
    add(relative.PERIOD_PARTS.items(), "part")
    add(((word, True) for word in relative.APPROX_WORDS), "approx")
    add(relative.SEASONS.items(), "season")
    add(relative.QUARTERS.items(), "quarter")
    add(relative.ERA_MARKS.items(), "era")
    add(relative.ORDINAL_DAYS.items(), "ordinal")
    add(relative.NUMBER_WORDS.items(), "numword")
    add(((word, True) for word in relative.VAGUE_COUNTS), "vaguecount")
    add(relative.VAGUE_WORDS.items(), "vague")
    roles = {word: _Roles(**fields) for word, fields in builders.items()}  # type: ignore[arg-type]
    # ل + ال elides the alef: للعام, للشهر.
    for word, role in list(roles.items()):
        if word.startswith("ال") and len(word) > len("ال") + 1:
            roles.setdefault("لل" + word[2:], role)
    pattern = re.compile(
        r"""
        (?:
            (?<![^\W\d_])                # a word starts after no letter (a digit may be glued)
            (?P<wcl>[وف]?[بل]?)          # proclitics before a word (not in the span)
            (?P<word>"""
        + trie_pattern(roles)
        + r""")                           # a word or phrase of the tables, longest first
            (?![^\W\d_])                 # and ends before no letter
            (?!(?<=[0-9])[0-9])          # nor a digit after a final digit (ك2 in ك2020)
          |
            (?:
                (?<!\w)                  # a number starts a word...
                (?P<ncl>[وف]?[بلك]?)     # proclitics before a number (not in the span)
                (?P<nal>ال)?             # الـ12: the article is in the span
              |
                (?<=[^\W\d_])            # ...or is glued to a letter: فبراير2021
            )
            (?P<num>[0-9]{1,12})         # digits (Arabic-Indic were folded to ASCII)
            (?P<nera>(?:ه|م|ء)(?![^\W\d_]))?  # an era mark glued to a year: 2022م 1445ه
            (?![0-9])
        )
        """,
        re.VERBOSE,
    )
    range_gap, dual_date_gap, weekday_date_gap = _gaps()
    return _Lexicon(
        roles=roles,
        pattern=pattern,
        ambiguous={fold(w): months_ for w, months_ in months.AMBIGUOUS_MONTHS.items()},
        context_only=_folded_set(months.CONTEXT_ONLY),
        day_and_year_only=_folded_set(months.DAY_AND_YEAR_ONLY),
        no_clitic=_folded_set(months.NO_CLITIC),
        year_cues=_folded_set(relative.YEAR_CUES),
        event_triggers=_folded_set(relative.EVENT_TRIGGERS),
        place_triggers=_folded_set(relative.PLACE_TRIGGERS),
        future_cues=_folded_set(relative.FUTURE_CUES),
        not_before={fold(w): _folded_set(v) for w, v in relative.NOT_A_DATE_BEFORE.items()},
        events=tuple(
            (month, day, year, _folded_set(triggers))
            for month, day, year, triggers, _name in relative.KNOWN_EVENTS
        ),
        time_preps=_folded_set(relative.TIME_PREPOSITIONS) | _folded_set(relative.PERIOD_PARTS),
        hijri_context=_folded_set(relative.PERIOD_PARTS),
        anaphoric=_folded_set(relative.ANAPHORIC_WORDS),
        counted=_counted_forms(),
        range_intros=_folded_set(relative.RANGE_INTRO_WORDS),
        span_prepositions=_folded_set(relative.RANGE_INTRO_WORDS)
        | _folded_set(relative.DISTANCE_WORDS),
        distance={fold(w): sign for w, sign in relative.DISTANCE_WORDS.items()},
        not_distance_after=_folded_set(relative.NOT_A_DISTANCE_AFTER),
        not_after={fold(w): _folded_set(v) for w, v in relative.NOT_A_DATE_AFTER.items()},
        range_gap=range_gap,
        dual_date_gap=dual_date_gap,
        weekday_date_gap=weekday_date_gap,
        after_plural=re.compile(
            rf" (?:{_words(relative.FEW_WORDS)} )?"
            rf"(?P<word>{_words(relative.AFTER_DEFINITE_PLURAL)})"
        ),
        after_plural_codes={fold(w): c for w, c in relative.AFTER_DEFINITE_PLURAL.items()},
    )


class _Tok:
    """One token: a number or a table word, with its span in the normalized text."""

    __slots__ = ("clitic", "digits", "end", "era", "form", "num", "roles", "start")

    def __init__(
        self,
        start: int,
        end: int,
        *,
        form: str,
        roles: _Roles | None,
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


@attrs.frozen(kw_only=True)
class Found:
    """A date expression found in the normalized text: its span and what it says."""

    start: int
    end: int
    spec: Spec


@attrs.frozen(kw_only=True)
class _Hit:
    end_tok: int  # index of the first token after the construct
    start: int
    end: int
    spec: Spec | None  # None: a construct that is not a date (مدينة 6 أكتوبر)


_EMPTY: Final = _Roles()

# Gaps: the normalized text between two tokens of one construct.
_DUAL_GAP: Final = re.compile(r" ?/ ?| ?\( ?")
_DAY_MONTH_GAP: Final = re.compile(r" | من |")
_MONTH_YEAR_GAP: Final = re.compile(r" | ?, ?|")  # empty: glued (فبراير2021)
_NUMERIC_SEPARATORS: Final = frozenset("/-.")
_PREV_WORD: Final = re.compile(r"(\w{1,20}) $")
_NEXT_WORD: Final = re.compile(r" (\w{1,20})")
_CLAUSE_END: Final = re.compile(r"[.!?;:\n,]")
_WORDS: Final = re.compile(r"\w{2,20}")
_CLITIC_PAIRS: Final = ("وب", "ول", "فب", "فل", "وف")
_YEAR_UNITS: Final = frozenset({("year", "definite"), ("year", "single")})


def _fullmatch(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.fullmatch(text) is not None


def _strip_clitics(word: str) -> tuple[str, ...]:
    """*word* and its readings without one or two proclitics."""
    forms = [word]
    if len(word) > 3 and word[:2] in _CLITIC_PAIRS:  # noqa: PLR2004
        forms.append(word[2:])
    if len(word) > 2 and word[0] in "وفبل":  # noqa: PLR2004
        forms.append(word[1:])
    return tuple(forms)


def _in(word: str | None, table: frozenset[str]) -> bool:
    return word is not None and any(form in table for form in _strip_clitics(word))


def future_cue_before(text: str, start: int) -> bool:
    """Whether the clause before *start* holds a word that points ahead (سوف, المقبل...)."""
    window = text[max(0, start - _FUTURE_WINDOW) : start]
    window = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    cues = lexicon().future_cues
    return any(_in(word, cues) for word in _WORDS.findall(window))


class _Parser:
    """The grammar over the tokens of one normalized text."""

    def __init__(self, text: str, tokens: list[_Tok], *, lenient: bool) -> None:
        self.text = text
        self.toks = tokens
        self.n = len(tokens)
        self.lex = lexicon()
        self.lenient = lenient

    # -- helpers ------------------------------------------------------------------

    def role(self, i: int) -> _Roles:
        if i >= self.n:
            return _EMPTY
        return self.toks[i].roles or _EMPTY

    def num(self, i: int) -> int | None:
        return self.toks[i].num if i < self.n else None

    def gap(self, i: int) -> str | None:
        """The text between token *i* and token *i + 1* (None at the end)."""
        if i + 1 >= self.n:
            return None
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def joined(self, i: int, pattern: re.Pattern[str]) -> bool:
        gap = self.gap(i)
        return gap is not None and _fullmatch(pattern, gap)

    def spaced(self, i: int) -> bool:
        return self.gap(i) == " "

    def prev_word(self, position: int) -> str | None:
        match = _PREV_WORD.search(self.text, max(0, position - 22), position)
        return match.group(1) if match else None

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
        return None

    def counted_after(self, position: int) -> bool:
        """Whether a counted noun follows *position* (2000 منزل, 1950 شخصا, 2000 عام)."""
        following = self.next_word(position)
        return following is not None and following in self.lex.counted

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
            following.startswith("ال") or _in(following, self.lex.anaphoric)
        ):
            return None
        if i + 1 < self.n and self.toks[i + 1].num is not None and self.spaced(i):
            return None  # العام 2021: a year, read elsewhere
        return i + 1, tok.end, unit[0], 0

    # -- the driver ---------------------------------------------------------------

    def run(self) -> list[Found]:
        found: list[Found] = []
        rules: tuple[Callable[[int], _Hit | None], ...] = (
            self.r_numeric,
            self.r_caldate,
            self.r_year,
            self.r_weekday,
            self.r_dayword,
            self.r_prefixed,
            self.r_unit,
            self.r_season,
            self.r_quarter,
            self.r_decade,
            self.r_ago,
            self.r_vague,
        )
        i = 0
        while i < self.n:
            best: _Hit | None = None
            for rule in rules:
                hit = rule(i)
                if hit is not None and (best is None or hit.end > best.end):
                    best = hit
            if best is None:
                i += 1
                continue
            if best.spec is not None:
                found.append(Found(start=best.start, end=best.end, spec=best.spec))
            i = max(best.end_tok, i + 1)
        return found

    # -- calendar dates: 5 فبراير/شباط 2021, شهر رمضان, 15 جمادى الآخرة 1443 هـ -----------

    def monthx(self, i: int) -> tuple[int, Spec, int, bool] | None:
        """A month name, or two of one month (فبراير/شباط, شباط (فبراير)).

        Returns (first token after, a partial spec, end offset, paired).
        """
        roles = self.role(i)
        if roles.hmonth is not None:
            return (
                i + 1,
                Spec(kind="date", calendar=Calendar.HIJRI, month=roles.hmonth, hijri=True),
                (self.toks[i].end),
                False,
            )
        if roles.gmonth is None:
            return None
        system, month = roles.gmonth
        candidates = self.lex.ambiguous.get(self.toks[i].form, ())
        end = self.toks[i].end
        j = i + 1
        mismatch = False
        paired = False
        if self.joined(i, _DUAL_GAP) and self.role(i + 1).gmonth is not None:
            other = self.role(i + 1).gmonth[1]  # type: ignore[index]
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

    def r_caldate(self, i: int, *, dual: bool = True) -> _Hit | None:
        start_tok = i
        span_start = self.toks[i].start
        roles = self.role(i)
        day = day2 = None
        day_noun = False
        if roles.daynoun and self.spaced(i):  # يومي 9 و10 كانون الثاني
            day_noun = True
            i += 1
        month_noun = roles.unit == ("month", "single") and self.spaced(i)  # شهر رمضان
        if month_noun:
            i += 1
        elif (day := self.day_at(i)) is not None:
            k = i + 1
            while (
                k - i <= _MAX_LISTED_DAYS
                and self.is_day(k)
                and self.joined(k - 1, self.lex.range_gap)
            ):
                day2 = self.num(k)  # 9 و10 و11 يناير: from the first to the last
                k += 1
            if not self.joined(k - 1, _DAY_MONTH_GAP):
                return None
            i = k
        elif day_noun:
            return None
        if (
            day is not None
            and self.role(i).unit == ("month", "single")
            and self.spaced(i)
            and (self.role(i + 1).hmonth is not None or self.role(i + 1).gmonth is not None)
        ):
            month_noun = True  # غرة شهر رمضان, 15 شهر مايو
            i += 1
        last_day = day == -1
        if last_day:
            day = None
        month_part = self.monthx(i)
        if month_part is None:
            return None
        j, spec, end, paired = month_part
        month_tok = i
        form = self.toks[month_tok].form
        year = None
        year_tok = j
        month_gap = self.text[end : self.toks[j].start] if j < self.n else ""
        if month_gap in {" ", " من "} and self.role(j).unit in _YEAR_UNITS:
            year_tok = j + 1 if self.gap(j) in {" ", ""} else self.n  # شباط عام 2021
        elif not _fullmatch(_MONTH_YEAR_GAP, month_gap):
            year_tok = self.n
        if year_tok < self.n:
            found_year = self.year_at(year_tok, cue=True, hijri=spec.hijri)
            if found_year is not None:
                j, end, year_spec = found_year
                if year_spec.hijri != spec.hijri:
                    return None  # a Gregorian month with a Hijri era, or the reverse
                year = year_spec.year
        rel = None
        if (
            year is None
            and j < self.n
            and self.text[end : self.toks[j].start] == " "  # also after شباط (فبراير)
            and self.role(j).rel is not None
        ):
            rel = self.role(j).rel
            end = self.toks[j].end
            j += 1
        # Context rules: a risky name needs a day, a year, a partner or a cue.
        context = day is not None or last_day or year is not None or paired or rel is not None
        if spec.hijri:  # مطلع ذي الحجة, أواخر رمضان: a period part, not في
            context = (
                context
                or month_noun
                or _in(self.prev_word(self.tok_start(month_tok)), self.lex.hijri_context)
            )
        else:
            context = (
                context
                or month_noun
                or _in(self.prev_word(self.tok_start(month_tok)), self.lex.time_preps)
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
        if _in(trigger, self.lex.place_triggers):
            return _Hit(end_tok=j, start=span_start, end=end, spec=None)
        event = year is None and rel is None and _in(trigger, self.lex.event_triggers)
        event_year = None
        if event and spec.month is not None and not spec.hijri:
            for e_month, e_day, e_year, triggers in self.lex.events:
                if e_month == spec.month and e_day == day and _in(trigger, triggers):
                    event_year = e_year
                    break
        spec = attrs.evolve(
            spec,
            year=year,
            day=day,
            last_day=last_day,
            relative=rel,
            event=event,
            event_year=event_year,
        )
        if day2 is not None and day is not None and day2 > day:
            spec = attrs.evolve(spec, kind="interval", end=attrs.evolve(spec, day=day2))
            if _in(trigger, self.lex.range_intros):  # من 9 إلى 12 مايو
                span_start = self.word_start(self.tok_start(start_tok), trigger or "")
        hit = _Hit(end_tok=j, start=span_start, end=end, spec=spec)
        if dual and year is not None and spec.kind == "date" and not last_day:
            hit = self.dual_date(hit, spec)
        return hit

    def dual_date(self, hit: _Hit, spec: Spec) -> _Hit:
        """Join the other calendar's half: 15 جمادى الآخرة 1443 هـ الموافق 18 يناير 2022 م."""
        j = hit.end_tok
        if j >= self.n:
            return hit
        gap = self.text[hit.end : self.toks[j].start]
        if not gap or not _fullmatch(self.lex.dual_date_gap, gap) or gap == " ":
            return hit
        if spec.kind == "year":
            other = self.r_year(j, dual=False)
        else:
            other = self.r_caldate(j, dual=False) or self.r_numeric(j, dual=False)
        if other is None or other.spec is None or other.spec.kind != spec.kind:
            return hit
        if other.spec.hijri == spec.hijri:
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
            spec=attrs.evolve(spec, other=other.spec),
        )

    # -- numeric dates: 15-5-2019, 24/11/2024, 2021-02-05 --------------------------------

    def r_numeric(self, i: int, *, dual: bool = True) -> _Hit | None:
        if i + 2 >= self.n or self.num(i) is None:
            return None
        sep = self.gap(i)
        if sep is None or sep not in _NUMERIC_SEPARATORS or self.gap(i + 1) != sep:
            return None
        a, b, c = self.toks[i], self.toks[i + 1], self.toks[i + 2]
        if b.num is None or c.num is None or a.num is None or a.era or b.era:
            return None
        before = self.text[max(0, a.start - 2) : a.start]
        after = self.text[c.end : c.end + 2]
        if (before[-1:] in _NUMERIC_SEPARATORS and before[:1].isdigit()) or (
            after[:1] in _NUMERIC_SEPARATORS and after[1:].isdigit()
        ):
            return None  # part of a longer chain: an IP address, a version
        two_digit = False
        if a.digits == 4 and b.digits <= 2 and c.digits <= 2:  # noqa: PLR2004
            year, month, day = a.num, b.num, c.num
        elif c.digits == 4 and a.digits <= 2 and b.digits <= 2:  # noqa: PLR2004
            day, month, year = a.num, b.num, c.num
        elif a.digits == b.digits == c.digits == 2 and sep != "-":  # noqa: PLR2004
            day, month, year = a.num, b.num, c.num
            two_digit = True
        else:
            return None
        if not (1 <= month <= _MAX_MONTH and 1 <= day <= _MAX_DAY):
            return None
        era = c.era if c is self.toks[i + 2] and c.digits == 4 else None  # noqa: PLR2004
        end = c.end
        j = i + 3
        if era is None and self.spaced(i + 2) and self.role(i + 3).era:
            era = self.toks[i + 3].form
            end = self.toks[i + 3].end
            j += 1
        hijri = era is not None and self.lex.roles.get(era, _EMPTY).era == "hijri"
        if two_digit:
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
        return self.dual_date(hit, spec) if dual else hit

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
        if mark == "م" and tok.num not in _CE_MARK_YEARS:
            return None  # 500 م is more likely 500 metres
        is_hijri = era == "hijri" or (era is None and hijri)
        if tok.num not in (_HIJRI_YEARS if is_hijri else _GREGORIAN_YEARS):
            return None
        calendar = Calendar.HIJRI if is_hijri else Calendar.NUMERIC
        return j, end, Spec(kind="year", calendar=calendar, year=tok.num, hijri=is_hijri)

    def r_year(self, i: int, *, dual: bool = True) -> _Hit | None:
        roles = self.role(i)
        start = self.toks[i].start
        cue_only = False  # a year only because of the word before it: منذ 2011
        if roles.yearpair and self.spaced(i):  # عامي 2019 و2021
            first = self.year_at(i + 1, cue=True)
            if first is None or not self.joined(first[0] - 1, self.lex.range_gap):
                return None
            second = self.year_at(first[0], cue=True)
            return None if second is None else self.year_range(i, start, first[2], second)
        if roles.unit in {("year", "definite"), ("year", "single")}:  # عام 2021, العام 2026
            year = self.year_at(i + 1, cue=True) if self.gap(i) in {" ", ""} else None
        elif self.num(i) is not None:  # 2022م, 1445 هـ, منذ 2011, بين 2019 و2021
            year = self.year_at(i, cue=False)
            if year is None:
                prev = self.prev_word(self.tok_start(i))
                range_intro = _in(prev, self.lex.range_intros)
                if not (range_intro or _in(prev, self.lex.year_cues)):
                    return None
                year = self.year_at(i, cue=True)
                if year is None or year[2].year not in _CUE_YEARS:
                    return None
                if range_intro and not self.joined(year[0] - 1, self.lex.range_gap):
                    return None
                cue_only = True
        else:
            return None
        if year is None:
            return None
        j, end, spec = year
        gap = self.gap(j - 1)
        if gap == "/" or self.joined(j - 1, self.lex.range_gap):
            k = j + 1 if self.spaced(j) and self.role(j).unit in _YEAR_UNITS else j
            second = self.year_at(k, cue=True)
            if (
                second is not None
                and spec.year is not None
                and second[2].year is not None
                and second[2].hijri == spec.hijri
                and (second[2].year == spec.year + 1 if gap == "/" else second[2].year > spec.year)
            ):
                ranged = self.year_range(i, start, spec, second)
                if cue_only and ranged is not None and self.counted_after(ranged.end):
                    return None  # بين 1950 و2000 شخص
                return ranged
        if cue_only and self.counted_after(end):
            return None  # في 2000 منزل, منذ 2000 عام: a count
        hit = _Hit(end_tok=j, start=start, end=end, spec=spec)
        return self.dual_date(hit, spec) if dual else hit

    def year_range(
        self, i: int, start: int, first: Spec, second: tuple[int, int, Spec]
    ) -> _Hit | None:
        j, end, last = second
        prev = self.prev_word(self.tok_start(i))
        if prev is not None and _in(prev, self.lex.range_intros) and start == self.toks[i].start:
            start = self.word_start(self.tok_start(i), prev)
        if last.year is None or first.year is None or last.year <= first.year:
            return None
        return _Hit(
            end_tok=j, start=start, end=end, spec=attrs.evolve(first, kind="interval", end=last)
        )

    # -- weekdays and day words: الأربعاء, الثلاثاء الماضي, اليوم الثلاثاء, أمس -------------

    def weekday_ok(self, i: int) -> bool:
        tok = self.toks[i]
        blockers = self.lex.not_before.get(tok.form)
        if blockers and _in(self.prev_word(self.tok_start(i)), blockers):
            return False
        blockers = self.lex.not_after.get(tok.form)
        return not (blockers and self.next_word(tok.end) in blockers)

    def r_weekday(self, i: int) -> _Hit | None:
        weekday = self.role(i).weekday
        if weekday is None or not self.weekday_ok(i):
            return None
        tok = self.toks[i]
        if self.joined(i, self.lex.weekday_date_gap):
            dated = self.r_numeric(i + 1) or self.r_caldate(i + 1)
            if (
                dated is not None
                and dated.spec is not None
                and dated.spec.kind == "date"
                and dated.spec.day is not None
            ):
                end = dated.end
                close = None
                if "(" in (self.gap(i) or ""):
                    close = re.match(r" ?\)", self.text[end : end + 2])
                    end += close.end() if close is not None else 0
                if close is not None or "(" not in (self.gap(i) or ""):
                    spec = attrs.evolve(dated.spec, weekday=weekday)
                    return _Hit(end_tok=dated.end_tok, start=tok.start, end=end, spec=spec)
        rel = self.role(i + 1).rel if self.spaced(i) else None
        if rel is not None:
            spec = Spec(kind="weekday", weekday=weekday, relative=rel)
            return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        return _Hit(
            end_tok=i + 1, start=tok.start, end=tok.end, spec=Spec(kind="weekday", weekday=weekday)
        )

    def r_dayword(self, i: int) -> _Hit | None:
        offset = self.role(i).dayword
        if offset is None:
            return None
        tok = self.toks[i]
        if offset == 0:  # اليوم: not "the day" of اليوم الوطني, اليوم التالي
            following = self.next_word(tok.end)
            if following is not None and following.startswith("ال"):
                roles = self.lex.roles.get(following, _EMPTY)
                if roles.weekday is None:
                    return None
        if self.joined(i, self.lex.weekday_date_gap) and self.role(i + 1).weekday is not None:
            weekday_hit = self.r_weekday(i + 1)
            if weekday_hit is not None and weekday_hit.spec is not None:
                if weekday_hit.spec.kind == "date":
                    return attrs.evolve(weekday_hit, start=tok.start)
                spec = Spec(kind="dayword", offset=offset, weekday=weekday_hit.spec.weekday)
                return _Hit(end_tok=i + 2, start=tok.start, end=self.toks[i + 1].end, spec=spec)
        return _Hit(
            end_tok=i + 1, start=tok.start, end=tok.end, spec=Spec(kind="dayword", offset=offset)
        )

    # -- prefixes: مساء, يوم, منتصف, نحو ------------------------------------------------

    def r_prefixed(self, i: int) -> _Hit | None:
        roles = self.role(i)
        if not self.spaced(i):
            return None
        start = self.toks[i].start
        inner: _Hit | None = None
        if roles.tod or roles.unit == ("day", "single"):  # مساء الأربعاء, يوم الثلاثاء
            nested = self.role(i + 1)
            if roles.tod and (nested.tod or nested.unit == ("day", "single")):
                inner = self.r_prefixed(i + 1)
            elif nested.weekday is not None:
                inner = self.r_weekday(i + 1)
            elif nested.dayword is not None:
                inner = self.r_dayword(i + 1)
            elif nested.timeday is not None and roles.tod:  # صباح غد
                tok = self.toks[i + 1]
                spec = Spec(kind="dayword", offset=nested.timeday)
                inner = _Hit(end_tok=i + 2, start=tok.start, end=tok.end, spec=spec)
            elif roles.unit == ("day", "single"):
                inner = self.r_numeric(i + 1) or self.r_caldate(i + 1)
                if inner is not None and (inner.spec is None or inner.spec.day is None):
                    inner = None
            if inner is None or inner.spec is None:
                return None
            return attrs.evolve(inner, start=start)
        mod = roles.part or ("APPROX" if roles.approx else None)
        if mod is None:
            return None
        nested = self.role(i + 1)
        if mod == "APPROX":
            # نحو 2000 counts far more often than it dates: a year needs عام or an era mark.
            inner = self.r_year(i + 1)
        elif nested.decade is not None:  # أواخر الثمانينيات
            inner = self.r_decade(i + 1)
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
            inner = self.r_unit(i + 1) or self.r_season(i + 1) or self.r_bare_unit(i + 1)
        if inner is None or inner.spec is None or inner.spec.kind in {"interval", "vague"}:
            return None
        if inner.spec.mod is not None or inner.start != self.toks[i + 1].start:
            return None
        return _Hit(
            end_tok=inner.end_tok,
            start=start,
            end=inner.end,
            spec=attrs.evolve(inner.spec, mod=mod),
        )

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
        if unit is None or unit[1] != "definite" or not self.spaced(i):
            return None
        rel = self.role(i + 1).rel
        if rel is None:
            return None
        return i + 2, self.toks[i + 1].end, unit[0], rel

    def r_unit(self, i: int) -> _Hit | None:
        start = self.toks[i].start
        day = self.day_at(i)
        if day is not None and (self.gap(i) == " من " or self.role(i).monthday is not None):
            found = self.unit_rel(i + 1) or self.bare_unit(i + 1)  # غرة الشهر المقبل
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
        found = self.unit_rel(i)
        if found is None:
            return None
        end_tok, end, unit, offset = found
        spec = Spec(kind="unit", unit=unit, offset=offset)  # type: ignore[arg-type]
        return _Hit(end_tok=end_tok, start=start, end=end, spec=spec)

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
            return None
        tok = self.toks[i]
        definite = tok.form.startswith("ال")
        spec = Spec(kind="decade", calendar=Calendar.NUMERIC, decade=decade)
        gap = self.gap(i)
        century = self.role(i + 1).century if gap == " " or (definite and gap == " من ") else None
        if century is not None:
            century_tok = self.toks[i + 1]
            if century >= 0:
                spec = attrs.evolve(spec, year=century * 100)
                return _Hit(end_tok=i + 2, start=tok.start, end=century_tok.end, spec=spec)
            rel = self.role(i + 2).rel if self.spaced(i + 1) else None
            if rel is not None and rel <= 0:  # القرن الماضي, القرن الحالي
                spec = attrs.evolve(spec, relative=rel)
                return _Hit(end_tok=i + 3, start=tok.start, end=self.toks[i + 2].end, spec=spec)
        if not definite:
            return None  # تسعينيات needs its century
        return _Hit(end_tok=i + 1, start=tok.start, end=tok.end, spec=spec)

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
            spec = attrs.evolve(year.spec, kind="season", code=code, calendar=Calendar.NUMERIC)
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
        if gap not in {" ", " من "}:
            return None
        return self.year_or_unit(i + 1, code, self.toks[i].start, allow_bare_year=gap == " من ")

    # -- distances: قبل يومين, منذ ثلاثة أشهر, بعد أسبوع ------------------------------------

    def r_ago(self, i: int) -> _Hit | None:
        prev = self.prev_word(self.tok_start(i))
        if prev is None:
            return None
        sign = 0
        for form in _strip_clitics(prev):
            sign = self.lex.distance.get(form, sign)
        if not sign:
            return None
        roles = self.role(i)
        count: int | None = None
        vague = False
        unit_index = i
        if roles.unit is not None and roles.unit[1] in {"single", "dual"}:
            count = 2 if roles.unit[1] == "dual" else 1
        elif self.spaced(i) and self.role(i + 1).unit is not None:
            unit_index = i + 1
            unit_form = self.role(i + 1).unit[1]  # type: ignore[index]
            number = self.num(i)
            if roles.vaguecount and unit_form == "plural":
                vague = True
            elif roles.numword is not None and unit_form == "plural":
                count = roles.numword
            elif number is not None and 1 <= number <= _MAX_AGO:
                plural = number <= _PLURAL_COUNTS
                if unit_form != ("plural" if plural else "counted"):
                    return None
                count = number
            else:
                return None
        else:
            return None
        unit_tok = self.toks[unit_index]
        following = self.next_word(unit_tok.end)
        if following is not None and (
            following in self.lex.not_distance_after or following.startswith("ل")
        ):
            return None  # بعد ستة أشهر من إعلانها: relative to another event
        start = self.word_start(self.tok_start(i), prev)
        unit = roles.unit[0] if unit_index == i and roles.unit else self.role(unit_index).unit[0]  # type: ignore[index]
        if vague:
            spec = Spec(kind="vague", code="PAST_REF" if sign < 0 else "FUTURE_REF")
        else:
            spec = Spec(kind="ago", unit=unit, offset=sign * (count or 1))  # type: ignore[arg-type]
        return _Hit(end_tok=unit_index + 1, start=start, end=unit_tok.end, spec=spec)

    # -- vague references: الآن, مؤخرا, الأيام الماضية -------------------------------------

    def r_vague(self, i: int) -> _Hit | None:
        roles = self.role(i)
        tok = self.toks[i]
        if roles.vague is not None:
            return _Hit(
                end_tok=i + 1,
                start=tok.start,
                end=tok.end,
                spec=Spec(kind="vague", code=roles.vague),
            )
        if roles.unit is None or roles.unit[1] != "definite plural":
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


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


def _is_digit(text: str, index: int) -> bool:
    return 0 <= index < len(text) and "0" <= text[index] <= "9"


def _month_and_number(a: _Tok, b: _Tok) -> bool:
    """Whether two tokens, *a* just before *b*, may be glued: a number and a month name or عام."""
    if a.end != b.start:
        return False
    number, word = (a, b) if a.num is not None else (b, a)
    if number.num is None or word.roles is None:
        return False
    roles = word.roles
    return roles.gmonth is not None or roles.hmonth is not None or roles.unit in _YEAR_UNITS


def _unglue(tokens: list[_Tok], glued: list[tuple[bool, bool]]) -> list[_Tok]:
    """Drop tokens glued to a neighbour, unless a number is glued to a month name or عام.

    Scraped and South-Asian text writes ``5فبراير2021``, ``10جمادى الآخرة1444هـ``, ``عام2021``;
    a number glued to any other word (``F16``, ``كوفيد19``) is not a date part.
    """
    kept: list[_Tok] = []
    for index, tok in enumerate(tokens):
        left, right = glued[index]
        if left and not (index and _month_and_number(tokens[index - 1], tok)):
            continue
        if right and not (index + 1 < len(tokens) and _month_and_number(tok, tokens[index + 1])):
            continue
        kept.append(tok)
    return kept


def _tokens(text: str) -> list[_Tok]:
    lex = lexicon()
    tokens: list[_Tok] = []
    glued: list[tuple[bool, bool]] = []
    for match in lex.pattern.finditer(text):
        if match.group("num") is not None:
            glued.append((_is_letter(text, match.start() - 1), _is_letter(text, match.end())))
            start = match.start("nal") if match.group("nal") else match.start("num")
            tokens.append(
                _Tok(
                    start,
                    match.end(),
                    form=match.group("num"),
                    roles=None,
                    num=int(match.group("num")),
                    era=match.group("nera"),
                    clitic=match.group("ncl") or "",
                )
            )
            continue
        word = match.group("word")
        clitic = match.group("wcl")
        if clitic and word in lex.no_clitic and clitic[-1] in "بل":
            continue
        glued.append((_is_digit(text, match.start() - 1), _is_digit(text, match.end())))
        tokens.append(
            _Tok(
                match.start("word"),
                match.end(),
                form=word,
                roles=lex.roles[word],
                num=None,
                era=None,
                clitic=clitic,
            )
        )
    if any(left or right for left, right in glued):
        return _unglue(tokens, glued)
    return tokens


def parse(text: str, *, lenient: bool = False) -> list[Found]:
    """Every date expression of MATCHING-normalized *text*, in order, non-overlapping.

    *lenient* drops the context rules (for one expression given on its own).
    """
    return _Parser(text, _tokens(text), lenient=lenient).run()
