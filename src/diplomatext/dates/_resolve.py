"""Turn what a date expression says (a :class:`Spec`) into TIMEX3 values and bounds.

The grammar (:mod:`diplomatext.dates._grammar`) says what was written, as a
:class:`~diplomatext.dates._spec.Spec`: a day and a
month, a weekday and a direction, a unit and an offset. This module decides what
it denotes given a reference date, following the news rules documented in
``docs/explanation/dates.md``: a year-less date or a bare weekday is the nearest
occurrence on or before the reference, unless it is a few weeks ahead or a future
cue points ahead; with no
reference, relative expressions keep X's in their value and have no bounds.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from typing import TYPE_CHECKING, Final, NamedTuple

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from diplomatext.calendars import Calendar, HijriDate, HijriMethod, hijri_month_length
from diplomatext.dates._spec import Spec
from diplomatext.dates._types import Anchor, DateNote, Granularity
from diplomatext.errors import CalendarError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["SUBDAY_UNITS", "TWO_DIGIT_CENTURY", "Resolution", "resolve"]

TWO_DIGIT_CENTURY: Final = (
    2000  # a two-digit year the grammar read in the 2000s may be of the 1900s
)
_TWO_DIGIT_AHEAD: Final = 20  # years past the reference a two-digit year of the 2000s may be
_DAYS_IN_WEEK: Final = 7
_WEEKDAY_SLIP_DAYS: Final = 14  # a year-less day this near the reference keeps its year
_NEW_YEAR_FROM: Final = 10  # from October, العام الجديد is the coming year
SUBDAY_UNITS: Final = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}  # how many make a day
_GREGORIAN_MONTH_DAYS: Final = 30.44
_HIJRI_MONTH_DAYS: Final = 29.53
_MONTHS: Final = 12
_SIGHTING_NEAR_DAYS: Final = 31  # days from the reference a year-less Hijri day may be one off
_THIRDS: Final = 3
_LAST_DAY: Final = 31  # orders "the last day" after every day of a month
_DECADE_YEARS: Final = 10
_CENTURY_YEARS: Final = 100
_HALF_MONTH_DAYS: Final = 15  # the first half of a month: its first fifteen days
_SEASON_MONTHS: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QUARTER_MONTHS: Final = {
    "Q1": (1, 3),
    "Q2": (4, 6),
    "Q3": (7, 9),
    "Q4": (10, 12),
    "H1": (1, 6),
    "H2": (7, 12),
}


# Days from a day word to the weekday written with it, nearest first: a page is stamped up to
# three days after the news it carries (اليوم السبت on a Monday page), or on the eve of its day.
_WEEKDAY_LAGS: Final = (-1, 1, -2, -3)


class Resolution(NamedTuple):
    """The resolved value of a :class:`Spec` (a named tuple: cheap to build and copy)."""

    value: str
    first: dt.date | None
    last: dt.date | None
    granularity: Granularity
    anchor: Anchor
    hijri: str | None = None
    notes: tuple[DateNote, ...] = ()


class _OutOfRangeError(Exception):
    """Date arithmetic left the years Python's ``datetime`` holds (1 to 9999)."""


def _date(year: int, month: int, day: int) -> dt.date:
    """``dt.date(year, month, day)`` for a year computed from the reference, which may leave 1-9999.

    Raises:
        _OutOfRangeError: the year is outside 1 to 9999.
    """
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise _OutOfRangeError(year)
    return dt.date(year, month, day)


def _shift(day: dt.date, days: int) -> dt.date:
    """*day* plus *days* days.

    Raises:
        _OutOfRangeError: the result is outside the years Python's ``datetime`` holds.
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError as error:
        raise _OutOfRangeError(day, days) from error


def _month_end(year: int, month: int) -> dt.date:
    return _date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * _MONTHS + month - 1 + delta
    return index // _MONTHS, index % _MONTHS + 1


def _narrow(
    first: dt.date | None, last: dt.date | None, mod: str | None
) -> tuple[dt.date | None, dt.date | None]:
    """Bounds of a period part: START, MID and END are its thirds.

    A calendar month splits at the 10th and the 20th, a calendar year at the ends
    of April and August; any other period (a week, a season, a Hijri month) into
    thirds of its days.
    """
    if first is None or last is None or mod not in {"START", "MID", "END"}:
        return first, last
    one_month = first.day == 1 and last == _month_end(first.year, first.month)
    whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    one_year = whole_years and first.year == last.year
    if one_month or one_year:
        step = 4 if one_year else 10
        cuts = (
            [dt.date(first.year, m, 1) for m in (1, 1 + step, 1 + 2 * step)]
            if one_year
            else [dt.date(first.year, first.month, d) for d in (1, 1 + step, 1 + 2 * step)]
        )
        index = ("START", "MID", "END").index(mod)
        start = cuts[index]
        stop = cuts[index + 1] - dt.timedelta(days=1) if index < 2 else last  # noqa: PLR2004
        return start, stop
    days = (last - first).days + 1
    third = max(1, days // _THIRDS)
    if mod == "START":
        return first, first + dt.timedelta(days=third - 1)
    if mod == "END":
        return last - dt.timedelta(days=third - 1), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def _months_back(ref: dt.date, months: int) -> dt.date:
    """The reference's day *months* later (earlier if negative), clipped to the month's end.

    منذ شهر وأسبوع: a month back from 13 March is 13 February, and then the days.
    """
    year, month = _add_months(ref.year, ref.month, months)
    return _date(year, month, min(ref.day, _month_end(year, month).day))


def _iso_week(day: dt.date) -> tuple[str, dt.date, dt.date]:
    year, week, weekday = day.isocalendar()
    monday = _shift(day, 1 - weekday)
    return f"{year:04d}-W{week:02d}", monday, _shift(monday, 6)


_AHEAD_DAYS: Final = 92
"""A year-less date at most this many days after the reference is ahead of it (about a quarter)."""
_FUTURE_SLACK_DAYS: Final = 3
"""A year-less date with a future cue up to this many days before the reference is still this
year's: the page is dated a day or two after the news it carries, or the span is under way
(الجولة التي ستكون في الفترة 23 - 28 أغسطس, on a page of the 24th), rather than a year ahead.
Further back, the cue wins (ستقام البطولة في 3 مايو, written on 10 May: next year's)."""
_ALONE_AHEAD_DAYS: Final = 275
"""The same for a date given alone, with no word of tense: nine months (a query names a coming
day)."""


def _pick_year(  # noqa: PLR0911 (one return per case of the rule)
    key: tuple[int, ...],
    ref_key: tuple[int, ...],
    ref_year: int,
    relative: int | None,
    *,
    future: bool,
    past: bool = False,
    ahead: float | None = None,
    tenseless: bool = False,
    year_days: float = 365.25,
) -> int:
    """The year of a year-less (month[, day]) *key* seen from *ref_key* of *ref_year*.

    With no relative word and no cue, a date up to :data:`_AHEAD_DAYS` days after the
    reference (*ahead*, in days, computed by the caller) is this year's: news names
    a coming date without a cue (يصل الوفد في 2 أبريل, written on 28 March) far more
    often than a date eleven months back, which it writes with الماضي or a year.
    Any other date is the nearest on or before the reference. *past* (منذ before it)
    forbids looking ahead; *future* (a future cue) looks only ahead, but for a few days
    (:data:`_FUTURE_SLACK_DAYS`). *tenseless* (no word
    around the date tells its tense; *ahead* is then the distance to the next occurrence)
    takes the next occurrence when it is at most :data:`_ALONE_AHEAD_DAYS` away, as a
    query means a coming day; a date given alone further ahead is the last one.
    """
    if relative == 0:
        return ref_year
    if relative is not None and relative < 0:  # الماضي; قبل الماضي: one year more
        return (ref_year if key < ref_key else ref_year - 1) + relative + 1
    if relative is not None and relative > 0:  # المقبل; بعد المقبل: one year more
        return (ref_year if key > ref_key else ref_year + 1) + relative - 1
    if future:
        return _future_year(key, ref_key, ref_year, ahead, year_days)
    if tenseless and not past and ahead is not None and ahead <= _ALONE_AHEAD_DAYS:
        return ref_year if key >= ref_key else ref_year + 1
    if key < ref_key and not past and ahead is not None and ahead + year_days <= _AHEAD_DAYS:
        return ref_year + 1  # في 10 يناير written on 20 December: the coming one, across the year
    if key <= ref_key:
        return ref_year
    if not past and ahead is not None and ahead <= _AHEAD_DAYS:
        return ref_year
    return ref_year - 1


def _future_year(
    key: tuple[int, ...],
    ref_key: tuple[int, ...],
    ref_year: int,
    ahead: float | None,
    year_days: float,
) -> int:
    """The year of *key* after a future cue: on or after the reference, but for a few days.

    A date up to :data:`_FUTURE_SLACK_DAYS` before the reference keeps its year, across the
    year's end too (سيعقد في 31 ديسمبر on 2 January: the day before last).
    """
    if key < ref_key and ahead is not None and -ahead <= _FUTURE_SLACK_DAYS:
        return ref_year  # ستعقد في 23 أغسطس on the 24th: a page dated after it, not next year
    if key > ref_key and ahead is not None and year_days - ahead <= _FUTURE_SLACK_DAYS:
        return ref_year - 1
    return ref_year if key >= ref_key else ref_year + 1


def _hijri_year_in(year: int, month: int, day: int) -> int:
    """The Hijri year whose *month* and *day* fall in Gregorian *year* (the first, if two do)."""
    guess = HijriDate.from_gregorian(dt.date(year, 1, 1)).year
    for candidate in (guess, guess + 1):
        if _hijri_gregorian_year(candidate, month, day) == year:
            return candidate
    return guess


def _hijri_gregorian_year(year: int, month: int, day: int) -> int | None:
    """The Gregorian year of a Hijri day; None if the day does not exist."""
    try:
        return HijriDate(year=year, month=month, day=day).to_gregorian().year
    except CalendarError:
        return None


def _gregorian_day_of(spec: Spec, year: int) -> dt.date | None:
    """The Gregorian day *spec* (a month and a day, or سلخ) names in *year*, if it exists."""
    if spec.month is None or not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    length = _stdlib_calendar.monthrange(year, spec.month)[1]
    day = length if spec.last_day else spec.day
    if day is None or day > length:
        return None
    return dt.date(year, spec.month, day)


def _hijri_day_of(spec: Spec, year: int) -> dt.date | None:
    """The Gregorian day of the Hijri day *spec* names in Hijri *year*, if it exists."""
    if spec.month is None:
        return None
    try:
        length = hijri_month_length(year, spec.month)
        day = length if spec.last_day else spec.day
        if day is None or day > length:
            return None
        return HijriDate(year=year, month=spec.month, day=day).to_gregorian()
    except CalendarError:
        return None


def _easter_of(spec: Spec, year: int) -> Spec:
    """*spec* with the month and day of Easter (Western, or Orthodox) in Gregorian *year*."""
    day = easter(year, EASTER_ORTHODOX if spec.orthodox else EASTER_WESTERN)
    return spec.replace(month=day.month, day=day.day)


def _unresolved(spec: Spec) -> str:  # noqa: PLR0911 (one return per kind)
    """The TIMEX3 value of *spec* with X's where the reference would have filled in."""
    year = f"{spec.year:04d}" if spec.year is not None and not spec.hijri else "XXXX"
    if spec.kind == "decade":
        century = f"{spec.year // 100:02d}" if spec.year is not None else "XX"
        return f"{century}{spec.decade}"
    if spec.kind == "century":
        return f"{spec.year // 100:02d}" if spec.year is not None else "XX"
    if spec.kind == "date":
        month = f"{spec.month:02d}" if spec.month is not None and not spec.hijri else "XX"
        if spec.last_day:
            return f"{year}-{month}-XX"
        if spec.day is not None:
            day = f"{spec.day:02d}" if not spec.hijri else "XX"
            return f"{year}-{month}-{day}"
        return f"{year}-{month}"
    if spec.kind == "weekday" and spec.weekday is not None:
        return f"XXXX-WXX-{spec.weekday + 1}"
    if spec.code in _SEASON_MONTHS or spec.code in _QUARTER_MONTHS:
        return f"{year}-{spec.code}"
    unit = spec.unit or "day"
    if spec.kind in {"dayword", "weekday"} or (spec.kind == "ago" and spec.shift):
        unit = "day"  # (منذ شهر وأسبوع: a day)
    if unit in SUBDAY_UNITS:
        unit = "day"
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]


class _Resolver:
    """Resolves specs against one reference date."""

    def __init__(
        self,
        reference: dt.date | None,
        *,
        future: bool,
        past: bool = False,
        tenseless: bool = False,
    ) -> None:
        self.reference = reference
        self.future = future
        self.past = past
        self.tenseless = tenseless
        self.notes: list[DateNote] = []

    def note(self, note: DateNote) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def run(self, spec: Spec) -> Resolution:
        if spec.same_day or spec.half:
            return self._of_another(spec)
        if spec.kind == "interval" and spec.end is not None:
            ranged = self._interval(spec, spec.end)
            # (a Hijri range and its Gregorian twin that disagree say so)
            return ranged._replace(notes=tuple(self.notes)) if spec.other and self.notes else ranged
        if spec.nth and spec.week:
            week = self._ranked_week(spec)
            if week is not None:
                return week._replace(notes=tuple(self.notes)) if self.notes else week
            spec = spec.replace(nth=0, week=False)
        if spec.nth and spec.weekday is not None:
            found = self._nth_weekday(spec)
            if found is not None:
                return found._replace(notes=tuple(self.notes)) if self.notes else found
            spec = spec.replace(nth=0, weekday=spec.weekday if spec.day is not None else None)
        spec = self._hijri_year_of_other(spec)
        result = self._one(spec)
        if spec.other is not None:
            result = self._dual(spec, result, spec.other)
        if spec.shift:
            result = _shifted(result, spec.shift)
        if spec.mismatch:
            self.note(DateNote.CALENDAR_MISMATCH)
        return result._replace(notes=tuple(self.notes)) if self.notes else result

    def _of_another(self, spec: Spec) -> Resolution:
        """A date read from another one: the reference's day in a year, a half of a month."""
        if spec.half:  # النصف الأول من أبريل: the month, then its half
            return _half(self.run(spec.replace(half=0)), spec.half)
        return self._same_day(spec)

    def _same_day(self, spec: Spec) -> Resolution:
        """في مثل هذا اليوم من عام 1923: the reference's month and day in the year named.

        29 February in a year that has none is the 28th; without a reference, the year.
        """
        year = self.run(spec.replace(same_day=False))
        if self.reference is None or year.first is None:
            return year
        month, day = self.reference.month, self.reference.day
        if (month, day) == (2, 29) and not _stdlib_calendar.isleap(year.first.year):
            day = 28
        found = self._day(dt.date(year.first.year, month, day), year.anchor)
        return found._replace(notes=year.notes) if year.notes else found

    def _ranked_week(self, spec: Spec) -> Resolution | None:
        """الأسبوع الأول من أبريل, آخر أسبوع في سبتمبر: a whole ISO week inside the month.

        The first week is the first that starts (on Monday) in the month, the last the
        last that ends (on Sunday) in it, as Duckling reads them; None when unresolved.
        """
        month = self._one(spec.replace(nth=0, week=False))
        if month.first is None or month.last is None:
            return None
        if spec.nth > 0 and month.granularity is Granularity.YEAR:
            try:  # الأسبوع 12 من العام: the ISO week of that number
                monday = dt.date.fromisocalendar(month.first.year, spec.nth, 1)
            except ValueError:
                return None  # a 53rd week in a year of 52
        elif spec.nth > 0:
            monday = _shift(month.first, (-month.first.weekday()) % _DAYS_IN_WEEK)
            monday = _shift(monday, _DAYS_IN_WEEK * (spec.nth - 1))
            if _shift(monday, _DAYS_IN_WEEK - 1) > month.last:
                return None  # الأسبوع الخامس of a month with four whole weeks
        else:
            sunday = _shift(month.last, -((month.last.weekday() + 1) % _DAYS_IN_WEEK))
            monday = _shift(sunday, 1 - _DAYS_IN_WEEK)
        value, first, last = _iso_week(monday)
        return Resolution(
            value=value, first=first, last=last, granularity=Granularity.WEEK, anchor=month.anchor
        )

    def _nth_weekday(self, spec: Spec) -> Resolution | None:
        """الثلاثاء الثالث من سبتمبر, آخر جمعة من رمضان: a weekday of a month, by its rank.

        None when the day written falls on that weekday (الثلاثاء الثالث من سبتمبر on
        the 3rd is the 3rd), when the month has no such weekday, or when it is unresolved.
        """
        month = self._one(spec.replace(nth=0, day=None, last_day=False, weekday=None))
        weekday = spec.weekday
        if month.first is None or month.last is None or weekday is None:
            return None
        if month.granularity is not Granularity.MONTH:
            return None
        if spec.day is not None:
            written = _shift(month.first, spec.day - 1)
            if written <= month.last and written.weekday() == weekday:
                return None
        if spec.nth > 0:
            ahead = (weekday - month.first.weekday()) % _DAYS_IN_WEEK
            day = _shift(month.first, ahead + _DAYS_IN_WEEK * (spec.nth - 1))
            if day > month.last:
                return None
        else:
            day = _shift(month.last, -((month.last.weekday() - weekday) % _DAYS_IN_WEEK))
        return self._day(day, month.anchor)

    # -- dispatch ---------------------------------------------------------------

    def _one(self, spec: Spec) -> Resolution:  # noqa: PLR0911 (one return per kind)
        if spec.gregorian_year is not None and spec.hijri and spec.month is not None:
            spec = spec.replace(year=_hijri_year_in(spec.gregorian_year, spec.month, spec.day or 1))
        if spec.kind == "vague":
            return self._vague(spec)
        if spec.kind == "decade":
            return self._decade(spec)
        if spec.kind == "century":
            return self._century(spec)
        if spec.kind in {"date", "year", "season"} and (spec.year is not None or spec.event_year):
            return self._absolute(spec)
        if spec.event:
            self.note(DateNote.NAMED_EVENT)
            return self._unresolved(spec, Anchor.EVENT)
        if self.reference is None:
            self.note(DateNote.NO_REFERENCE)
            return self._unresolved(spec, Anchor.RELATIVE)
        return self._relative(spec, self.reference)

    def _unresolved(self, spec: Spec, anchor: Anchor) -> Resolution:
        """X's where the reference would go (``XXXX-05-15``), and no bounds."""
        return Resolution(
            value=_unresolved(spec),
            first=None,
            last=None,
            granularity=self._granularity(spec),
            anchor=anchor,
        )

    @staticmethod
    def _granularity(spec: Spec) -> Granularity:  # noqa: PLR0911 (one return per kind)
        if spec.code in _SEASON_MONTHS:
            return Granularity.SEASON
        if spec.code in _QUARTER_MONTHS:
            return Granularity.QUARTER if spec.code.startswith("Q") else Granularity.HALF_YEAR
        if spec.kind == "date" and spec.week:
            return Granularity.WEEK
        if spec.kind == "date":
            return Granularity.DAY if spec.day is not None or spec.last_day else Granularity.MONTH
        if spec.kind == "decade":
            return Granularity.DECADE
        if spec.kind == "century":
            return Granularity.CENTURY
        if spec.kind in {"weekday", "dayword"}:
            return Granularity.DAY
        if spec.kind == "year":
            return Granularity.YEAR
        if spec.unit in SUBDAY_UNITS or (spec.kind == "ago" and spec.shift):
            return Granularity.DAY
        return Granularity(spec.unit or "day")

    # -- absolute dates -----------------------------------------------------------

    def _absolute(self, spec: Spec) -> Resolution:
        anchor = Anchor.ABSOLUTE
        if spec.year is None:
            spec = spec.replace(year=spec.event_year)
            anchor = Anchor.EVENT
            self.note(DateNote.NAMED_EVENT)
        if spec.hijri:
            return self._hijri(spec, anchor)
        return self._gregorian(spec, anchor)

    def _two_digit_century(self, spec: Spec) -> Spec:
        """*spec* with a two-digit year's century chosen against the reference.

        The grammar guesses 00-49 as the 2000s; more than ``_TWO_DIGIT_AHEAD`` years past the
        reference is the last century's (عام 48 written in 2020 is 1948, عام 40 is 2040), unless a
        future cue points ahead (سينخفض الدين بحلول سنة 45).
        """
        self.note(DateNote.TWO_DIGIT_YEAR)
        year = spec.year
        if year is None or self.reference is None or year < TWO_DIGIT_CENTURY or self.future:
            return spec
        if year > self.reference.year + _TWO_DIGIT_AHEAD:
            return spec.replace(year=year - 100)
        return spec

    def _gregorian(self, spec: Spec, anchor: Anchor) -> Resolution:
        if spec.two_digit_year:
            spec = self._two_digit_century(spec)
        year = spec.year
        if year is None or not 1 <= year <= dt.MAXYEAR:
            return self._unresolved(spec, anchor)
        if spec.easter:
            spec = _easter_of(spec, year)
        if spec.kind == "season" and spec.code:
            return self._season(year, spec.code, spec.mod, anchor)
        if spec.kind == "year" or spec.month is None:
            if spec.kind == "date" and spec.month is None:
                self.note(DateNote.AMBIGUOUS_MONTH)
                value = (
                    f"{year:04d}-XX-{spec.day:02d}" if spec.day is not None else f"{year:04d}-XX"
                )
                return Resolution(
                    value=value,
                    first=None,
                    last=None,
                    granularity=self._granularity(spec),
                    anchor=anchor,
                )
            first, last = _narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), spec.mod)
            return Resolution(
                value=f"{year:04d}",
                first=first,
                last=last,
                granularity=Granularity.YEAR,
                anchor=anchor,
            )
        month = spec.month
        month_end = _month_end(year, month)
        if spec.last_day:
            spec = spec.replace(day=month_end.day, last_day=False)
        if spec.day is not None and spec.day <= month_end.day:
            return self._day(self._written_day(spec, dt.date(year, month, spec.day)), anchor)
        if spec.day is not None:
            self.note(DateNote.INVALID_DATE)
        first, last = _narrow(dt.date(year, month, 1), month_end, spec.mod)
        return Resolution(
            value=f"{year:04d}-{month:02d}",
            first=first,
            last=last,
            granularity=Granularity.MONTH,
            anchor=anchor,
        )

    def _hijri(self, spec: Spec, anchor: Anchor) -> Resolution:
        year = spec.year
        assert year is not None  # noqa: S101 (callers fill the year in)
        if spec.two_digit_year:
            self.note(DateNote.TWO_DIGIT_YEAR)
        try:
            if spec.month is None:
                first = HijriDate(year=year, month=1, day=1)
                last_day = HijriDate(year=year, month=12, day=hijri_month_length(year, 12))
                hijri = f"{year:04d}"
                granularity = Granularity.YEAR
            elif spec.last_day:
                day = hijri_month_length(year, spec.month)
                return self._hijri_day(spec, year, spec.month, day, anchor)
            elif spec.day is None:
                first = HijriDate(year=year, month=spec.month, day=1)
                length = hijri_month_length(year, spec.month)
                last_day = HijriDate(year=year, month=spec.month, day=length)
                hijri = f"{year:04d}-{spec.month:02d}"
                granularity = Granularity.MONTH
            else:
                return self._hijri_day(spec, year, spec.month, spec.day, anchor)
            start, stop = first.to_gregorian(), last_day.to_gregorian()
        except CalendarError:
            return self._unresolved(spec, anchor)
        if HijriMethod.TABULAR in {first.method, last_day.method}:
            self.note(DateNote.TABULAR_CALENDAR)
        narrowed = _narrow(start, stop, spec.mod)
        return Resolution(
            value=f"{start.isoformat()}/{stop.isoformat()}",
            first=narrowed[0],
            last=narrowed[1],
            granularity=granularity,
            anchor=anchor,
            hijri=hijri,
        )

    def _hijri_day(self, spec: Spec, year: int, month: int, day: int, anchor: Anchor) -> Resolution:
        hijri = f"{year:04d}-{month:02d}-{day:02d}"
        try:
            length = hijri_month_length(year, month)
            if day > length:
                # A 30th where Umm al-Qura has 29 days: sighting calendars do that.
                self.note(DateNote.INVALID_DATE)
                base = HijriDate(year=year, month=month, day=length)
                gregorian = base.to_gregorian() + dt.timedelta(days=day - length)
            else:
                base = HijriDate(year=year, month=month, day=day)
                gregorian = base.to_gregorian()
        except (CalendarError, OverflowError):
            return Resolution(
                value="XXXX-XX-XX",
                first=None,
                last=None,
                granularity=Granularity.DAY,
                anchor=anchor,
                hijri=hijri,
            )
        if base.method is HijriMethod.TABULAR:
            self.note(DateNote.TABULAR_CALENDAR)
        if spec.weekday is not None and gregorian.weekday() != spec.weekday:
            for shift in (-1, 1):  # a local sighting a day off Umm al-Qura: the weekday decides
                if (gregorian.weekday() + shift) % _DAYS_IN_WEEK == spec.weekday:
                    self.note(DateNote.HIJRI_ONE_DAY_OFF)
                    return self._day(_shift(gregorian, shift), anchor, hijri)
        self._check_weekday(spec, gregorian)
        return self._day(gregorian, anchor, hijri)

    def _season(self, year: int, code: str, mod: str | None, anchor: Anchor) -> Resolution:
        if code in _SEASON_MONTHS:
            first_month = _SEASON_MONTHS[code]
            last_year, last_month = _add_months(year, first_month, 2)
            granularity = Granularity.SEASON
        else:
            first_month, last_month = _QUARTER_MONTHS[code]
            last_year = year
            granularity = Granularity.QUARTER if code.startswith("Q") else Granularity.HALF_YEAR
        first, last = _narrow(_date(year, first_month, 1), _month_end(last_year, last_month), mod)
        return Resolution(
            value=f"{year:04d}-{code}",
            first=first,
            last=last,
            granularity=granularity,
            anchor=anchor,
        )

    def _written_day(self, spec: Spec, day: dt.date) -> dt.date:
        """*day*, or its month-first reading when only that falls on the weekday written.

        الأربعاء 4-9-2008: 4 September 2008 was a Thursday, 9 April a Wednesday (a page in the
        US order, noted); any other weekday off the date is only noted.
        """
        if (
            spec.calendar is Calendar.NUMERIC
            and spec.weekday is not None
            and day.weekday() != spec.weekday
            and day.day <= _MONTHS
            and day.day != day.month
        ):
            swapped = dt.date(day.year, day.day, day.month)
            if swapped.weekday() == spec.weekday:
                self.note(DateNote.MONTH_FIRST)
                return swapped
        self._check_weekday(spec, day)
        return day

    def _check_weekday(self, spec: Spec, day: dt.date) -> None:
        if spec.weekday is not None and day.weekday() != spec.weekday:
            self.note(DateNote.WEEKDAY_MISMATCH)

    # -- relative dates -----------------------------------------------------------

    def _relative(self, spec: Spec, ref: dt.date) -> Resolution:
        if spec.kind in {"date", "season"}:
            return self._yearless(spec, ref)
        if spec.kind == "weekday":
            return self._weekday(spec, ref)
        if spec.kind == "dayword":
            day = _shift(ref, spec.offset)
            for off in _WEEKDAY_LAGS:
                if spec.weekday is not None and _shift(day, off).weekday() == spec.weekday:
                    # مساء اليوم الإثنين in a paper of Tuesday (written the day before it was
                    # published), أمس الإثنين on a page stamped Monday (the eve of its print
                    # date), اليوم /الجمعة/ on a page stamped Sunday (archived days later): the
                    # weekday says which day (still noted as a mismatch)
                    self.note(DateNote.WEEKDAY_MISMATCH)
                    return self._day(_shift(day, off))
            self._check_weekday(spec, day)
            return self._day(day)
        if spec.kind == "ago" and spec.shift and spec.unit in {"month", "year"}:
            # منذ شهر وأسبوع: the calendar distance, then the days (run() shifts them)
            return self._day(_months_back(ref, spec.offset * (12 if spec.unit == "year" else 1)))
        return self._hijri_unit(spec, ref) if spec.hijri else self._unit(spec, ref)

    def _yearless(self, spec: Spec, ref: dt.date) -> Resolution:
        """A month, day and month, or season without a year: pick the year."""
        if spec.easter:  # the year is chosen by this year's Easter, then its own is taken
            spec = _easter_of(spec, ref.year)
        if spec.year_offset is not None:  # في 20 أكتوبر من العام المقبل
            return self._gregorian(spec.replace(year=ref.year + spec.year_offset), Anchor.RELATIVE)
        if not spec.month and spec.months and spec.relative == 0 and ref.month in spec.months:
            spec = spec.replace(month=ref.month, months=())  # 7 تشرين الجاري in October: October
        if spec.relative is None and (self.future or self.tenseless):
            self.note(DateNote.FUTURE_CUE if self.future else DateNote.NO_TENSE)
        if spec.kind == "season" and spec.code:
            start = _SEASON_MONTHS.get(spec.code, 1)
            if spec.relative == 0 or spec.relative is None:
                year = ref.year if ref.month >= start or spec.code != "WI" else ref.year - 1
            else:
                year = _pick_year((start,), (ref.month,), ref.year, spec.relative, future=False)
            return self._season(year, spec.code, spec.mod, Anchor.RELATIVE)
        if spec.hijri:
            try:
                href = HijriDate.from_gregorian(ref)
            except CalendarError:  # a reference before 1 AH: no Hijri year to take
                return self._unresolved(spec, Anchor.RELATIVE)
            today = (href.year, href.month, href.day)
            year = self._year_near(spec, spec.month or 1, today, _HIJRI_MONTH_DAYS, _hijri_day_of)
            return self._hijri(spec.replace(year=year), Anchor.RELATIVE)
        if spec.month is None:
            year = ref.year
        else:
            today = (ref.year, ref.month, ref.day)
            year = self._year_near(
                spec, spec.month, today, _GREGORIAN_MONTH_DAYS, _gregorian_day_of
            )
        return self._gregorian(spec.replace(year=year), Anchor.RELATIVE)

    def _year_near(
        self,
        spec: Spec,
        month: int,
        today: tuple[int, int, int],
        month_days: float,
        day_of: Callable[[Spec, int], dt.date | None],
    ) -> int:
        """The year of *month* (and the spec's day) nearest *today*, in one calendar's terms."""
        year, ref_month, ref_day = today
        day = _LAST_DAY if spec.last_day else spec.day
        key = (month, day) if day is not None else (month,)
        ref_key = (ref_month, ref_day) if day is not None else (ref_month,)
        distance = (month - ref_month) * month_days + ((day or 1) - ref_day)
        if self.tenseless and key < ref_key:
            distance += 12 * month_days  # alone: the distance to the next occurrence
        # a written weekday chooses among the years (_weekday_year)
        ahead = None if spec.weekday is not None else distance
        year = _pick_year(
            key,
            ref_key,
            year,
            spec.relative,
            future=self.future,
            past=self.past,
            ahead=ahead,
            tenseless=self.tenseless,
            year_days=12 * month_days,
        )
        return self._weekday_year(spec, year, day_of)

    def _weekday_year(
        self, spec: Spec, year: int, day_of: Callable[[Spec, int], dt.date | None]
    ) -> int:
        """The year of a year-less day whose weekday is written (الأحد 23 يناير).

        *year* is the news rule's choice. A weekday written beside the day may
        move it by one year, to the previous or the next occurrence of the day:
        among *year* and the years on either side (only the earlier one with
        الماضي, only the later one with المقبل), the one in which the day falls on
        that weekday and lies closest to the reference wins (the rule's own year
        on a tie). Within :data:`_WEEKDAY_SLIP_DAYS` of the reference the rule's year
        stays: a weekday off by a day is then a slip of the pen, as it is when it
        matches none of the three years. A weekday that matches none of the three is more
        likely a typo than a date years away: *year* stays, and the date gets
        ``DateNote.WEEKDAY_MISMATCH``. الجاري fixes the year.
        """
        if spec.weekday is None or (spec.day is None and not spec.last_day):
            return year
        if spec.relative == 0 or self.reference is None:
            return year
        reference = self.reference
        near = day_of(spec, year)
        if near is not None and abs((near - reference).days) <= _WEEKDAY_SLIP_DAYS:
            return year  # الثلاثاء 2 جويلية in a paper of 2 July: a slip, not a year back
        if spec.relative == -1:  # الماضي: never ahead
            candidates: tuple[int, ...] = (year, year - 1)
        elif spec.relative == 1:  # المقبل: never back
            candidates = (year, year + 1)
        else:
            candidates = (year, year - 1, year + 1)
        matching: list[tuple[int, int, int, int]] = []
        for rank, candidate in enumerate(candidates):
            day = day_of(spec, candidate)
            if day is None:
                continue
            off = abs((day.weekday() - spec.weekday + 3) % _DAYS_IN_WEEK - 3)
            distance = abs((day - reference).days)
            # (a Hijri day near the reference may be one off Umm al-Qura by a local sighting:
            # الاثنين 28 رمضان on Monday 8 April 2024, a Sunday by Umm al-Qura; an exact
            # match still first)
            if off == 0 or (spec.hijri and off == 1 and distance <= _SIGHTING_NEAR_DAYS):
                matching.append((off, distance, rank, candidate))
        return min(matching)[3] if matching else year

    def _weekday(self, spec: Spec, ref: dt.date) -> Resolution:
        weekday = spec.weekday if spec.weekday is not None else ref.weekday()
        back = (ref.weekday() - weekday) % _DAYS_IN_WEEK
        ahead = (weekday - ref.weekday()) % _DAYS_IN_WEEK
        if spec.relative is not None and spec.relative < 0:  # قبل الماضي: a week more
            delta = -(back or _DAYS_IN_WEEK) + (spec.relative + 1) * _DAYS_IN_WEEK
        elif spec.relative is not None and spec.relative > 0:  # بعد المقبل: a week more
            delta = (ahead or _DAYS_IN_WEEK) + (spec.relative - 1) * _DAYS_IN_WEEK
        elif spec.relative == 0:  # هذا السبت: the reference day itself, or the coming one
            delta = ahead
        elif self.future:
            self.note(DateNote.FUTURE_CUE)
            delta = ahead
        elif self.tenseless:  # a query's «الثلاثاء» on a Tuesday: it would say اليوم for today
            self.note(DateNote.NO_TENSE)
            delta = ahead or (0 if spec.time_of_day else _DAYS_IN_WEEK)  # مساء الثلاثاء: today's
        else:
            delta = -back
        return self._day(_shift(ref, delta))

    @staticmethod
    def _day(
        day: dt.date, anchor: Anchor = Anchor.RELATIVE, hijri: str | None = None
    ) -> Resolution:
        """One whole day."""
        return Resolution(
            value=day.isoformat(),
            first=day,
            last=day,
            granularity=Granularity.DAY,
            anchor=anchor,
            hijri=hijri,
        )

    def _hijri_unit(self, spec: Spec, ref: dt.date) -> Resolution:
        """العام الهجري المقبل: the reference's Hijri year, shifted."""
        try:
            year = HijriDate.from_gregorian(ref).year + spec.offset
        except CalendarError:  # a reference before 1 AH
            return self._unresolved(spec, Anchor.RELATIVE)
        return self._hijri(Spec(kind="date", year=year, hijri=True), Anchor.RELATIVE)

    def _unit(self, spec: Spec, ref: dt.date) -> Resolution:  # noqa: PLR0911 (one return per unit)
        """A unit shifted from the reference: الشهر الماضي, قبل يومين, العام المقبل."""
        unit = spec.unit or "day"
        if unit == "day":
            return self._day(_shift(ref, spec.offset))
        if unit in SUBDAY_UNITS:  # قبل ثلاث ساعات: the reference day (or a day before)
            return self._day(_shift(ref, int(spec.offset / SUBDAY_UNITS[unit])))
        if unit == "week" and spec.weekday is not None:
            # الأربعاء من هذا الأسبوع: that day of the ISO week (Monday to Sunday) that the
            # week's own value names, so the day lies inside it
            monday = _shift(ref, _DAYS_IN_WEEK * spec.offset - ref.weekday())
            return self._day(_shift(monday, spec.weekday))
        if unit == "week":
            value, first, last = _iso_week(_shift(ref, _DAYS_IN_WEEK * spec.offset))
            granularity = Granularity.WEEK
        elif unit == "month":
            year, month = _add_months(ref.year, ref.month, spec.offset)
            if spec.day is not None or spec.last_day:
                return self._gregorian(
                    Spec(
                        kind="date",
                        year=year,
                        month=month,
                        day=spec.day,
                        last_day=spec.last_day,
                        weekday=spec.weekday,
                    ),
                    Anchor.RELATIVE,
                )
            value = f"{year:04d}-{month:02d}"
            first, last = _date(year, month, 1), _month_end(year, month)
            granularity = Granularity.MONTH
        else:
            year = ref.year + spec.offset
            if spec.new_year and ref.month >= _NEW_YEAR_FROM:
                year += 1  # العام الجديد written in the autumn: the year about to begin
            if spec.code:
                return self._season(year, spec.code, spec.mod, Anchor.RELATIVE)
            if spec.day == 1 or spec.last_day:  # أول يوم من العام المقبل، آخر يوم من العام
                return self._day(_date(year, 12, 31) if spec.last_day else _date(year, 1, 1))
            value = f"{year:04d}"
            first, last = _date(year, 1, 1), _date(year, 12, 31)
            granularity = Granularity.YEAR
        first_n, last_n = _narrow(first, last, spec.mod)
        return Resolution(
            value=value,
            first=first_n,
            last=last_n,
            granularity=granularity,
            anchor=Anchor.RELATIVE,
        )

    def _century(self, spec: Spec) -> Resolution:
        """A century: written (القرن العشرين: 1900-1999) or relative (القرن الماضي)."""
        start_year = spec.year
        anchor = Anchor.ABSOLUTE
        if start_year is None:
            if self.reference is None:
                self.note(DateNote.NO_REFERENCE)
                return self._unresolved(spec, Anchor.RELATIVE)
            anchor = Anchor.RELATIVE
            start_year = (self.reference.year // _CENTURY_YEARS + (spec.relative or 0)) * 100
        if not 1 <= max(start_year, 1) <= dt.MAXYEAR - _CENTURY_YEARS:
            return self._unresolved(spec, anchor)
        if spec.code in _QUARTER_MONTHS:
            return _century_part(start_year, spec.code, anchor)
        first, last = _narrow(
            dt.date(max(start_year, 1), 1, 1),
            dt.date(start_year + _CENTURY_YEARS - 1, 12, 31),
            spec.mod,
        )
        return Resolution(
            value=f"{start_year // _CENTURY_YEARS:02d}",
            first=first,
            last=last,
            granularity=Granularity.CENTURY,
            anchor=anchor,
        )

    def _decade(self, spec: Spec) -> Resolution:
        """A decade: of a century written, of one relative to the reference, or the latest."""
        decade = spec.decade or 0
        century = spec.year
        anchor = Anchor.ABSOLUTE
        if century is None:
            ref = self.reference
            if ref is None:
                self.note(DateNote.NO_REFERENCE)
                return Resolution(
                    value=_unresolved(spec),
                    first=None,
                    last=None,
                    granularity=Granularity.DECADE,
                    anchor=Anchor.RELATIVE,
                )
            anchor = Anchor.RELATIVE
            century = ref.year - ref.year % _CENTURY_YEARS
            if spec.relative is not None:
                century += spec.relative * _CENTURY_YEARS
            elif century + decade * _DECADE_YEARS + _DECADE_YEARS > ref.year:
                century -= _CENTURY_YEARS  # the latest decade of that name that has ended
        start_year = century + decade * _DECADE_YEARS
        if not 1 <= start_year <= dt.MAXYEAR - _DECADE_YEARS:
            return Resolution(
                value=_unresolved(spec),
                first=None,
                last=None,
                granularity=Granularity.DECADE,
                anchor=anchor,
            )
        first, last = _narrow(
            dt.date(start_year, 1, 1), dt.date(start_year + _DECADE_YEARS - 1, 12, 31), spec.mod
        )
        return Resolution(
            value=f"{start_year // _DECADE_YEARS:03d}",
            first=first,
            last=last,
            granularity=Granularity.DECADE,
            anchor=anchor,
        )

    def _vague(self, spec: Spec) -> Resolution:
        ref = self.reference
        first = last = None
        if ref is not None:
            first = None if spec.code == "PAST_REF" else ref
            last = None if spec.code == "FUTURE_REF" else ref
        return Resolution(
            value=spec.code or "PRESENT_REF",
            first=first,
            last=last,
            granularity=Granularity.VAGUE,
            anchor=Anchor.RELATIVE,
        )

    # -- combinations -------------------------------------------------------------

    @staticmethod
    def _same_year(start: Resolution, spec: Spec, end_spec: Spec) -> Spec:
        """The year of the end of a range whose end has none: its start's.

        من 14 إلى 16 يونيو is one June; the end comes in the next year when it comes
        before the start (بين 29 ديسمبر و3 يناير).
        """
        if end_spec.year is not None or end_spec.kind != "date" or end_spec.month is None:
            return end_spec
        if end_spec.hijri != spec.hijri or start.first is None:
            return end_spec
        if spec.hijri:
            if start.hijri is None:
                return end_spec
            year = int(start.hijri[:4])
        else:
            year = start.first.year
        start_key = (spec.month or start.first.month, spec.day or start.first.day)
        end_key = (end_spec.month, end_spec.day or _LAST_DAY)
        return end_spec.replace(year=year + 1 if end_key < start_key else year)

    def _year_from_end(self, spec: Spec, end_spec: Spec) -> Spec:
        """The year of a range's start without one, from an end with a relative year.

        من مايو إلى يوليو من العام الماضي, بين مايو ويوليو الماضيين: the end is read first
        and the start takes its year (the one before when the start comes later in the year).
        """
        if (
            spec.year is not None
            or spec.relative is not None
            or spec.year_offset is not None
            or spec.month is None
            or spec.hijri
            or end_spec.kind != "date"
            or end_spec.year is not None
            or end_spec.month is None
            or end_spec.hijri
            or (end_spec.relative is None and end_spec.year_offset is None)
        ):
            return spec
        end = self._one(end_spec)
        if end.first is None:
            return spec
        start_key = (spec.month, spec.day or 1)
        end_key = (end_spec.month, end_spec.day or _LAST_DAY)
        return spec.replace(year=end.first.year - (1 if end_key < start_key else 0))

    def _hijri_year_of_other(self, spec: Spec) -> Spec:
        """A year-less Hijri half with the year nearest its Gregorian half's day (else *spec*).

        الاثنين 28 رمضان الموافق 8/4/2024م: Ramadan 1445, not the news rule's year.
        """
        if spec.other is None or not spec.hijri or spec.year is not None:
            return spec
        other = self._one(spec.other)
        if other.first is None:
            return spec
        try:
            near = HijriDate.from_gregorian(other.first).year
        except CalendarError:
            return spec
        days = [
            (abs((day - other.first).days), year)
            for year in (near - 1, near, near + 1)
            if (day := _hijri_day_of(spec, year)) is not None
        ]
        return spec.replace(year=min(days)[1]) if days else spec

    def _dual(self, spec: Spec, main: Resolution, other_spec: Spec) -> Resolution:
        """Cross-check the two halves of a dual Hijri/Gregorian date."""
        other = self._one(other_spec)
        hijri = main.hijri or other.hijri
        gregorian = other if spec.hijri else main
        if main.first and main.last and other.first and other.last:
            if main.granularity is Granularity.DAY and other.granularity is Granularity.DAY:
                gap = abs((main.first - other.first).days)
                if gap == 1:
                    self.note(DateNote.HIJRI_ONE_DAY_OFF)
                elif gap:
                    self.note(DateNote.CALENDAR_MISMATCH)
            elif main.first > other.last or other.first > main.last:
                self.note(DateNote.CALENDAR_MISMATCH)
        return gregorian._replace(hijri=hijri)

    def _interval(self, spec: Spec, end_spec: Spec) -> Resolution:
        if (
            (end_spec.kind != "weekday" or end_spec.relative is not None)
            and spec.weekday is not None
            and spec.unit != "week"  # (أيام الجمعة والسبت من الأسبوع المقبل: in that week)
            and spec.day is None
            and spec.month is None
            and spec.year is None
        ):
            # من الجمعة إلى الاثنين 19 فبراير (بين الثلاثاء والجمعة الماضيين): the last Friday
            # on or before the end, when that is the news rule's Friday or the one a week after
            # it; من السبت حتى 31 مارس: a long period from the Saturday the news rule reads
            end = self._one(end_spec)
            start = self._one(spec.replace(kind="weekday", end=None))
            if end.first is None or start.first is None:
                return end
            back = (end.first.weekday() - spec.weekday) % _DAYS_IN_WEEK
            last = _shift(end.first, -back)
            if spec.relative is None and (last - start.first).days <= _DAYS_IN_WEEK:
                start = self._day(last)
            return Resolution(
                value=f"{start.value}/{end.value}",
                first=start.first,
                last=end.last,
                granularity=start.granularity,
                anchor=end.anchor,
            )
        # a start of days counted from the reference (من اليوم، اليومين الماضيين) is a unit;
        # any other start is of its end's kind (من 9 إلى 12 مايو)
        # (a start up to today keeps its own kind: منذ يناير وحتى اليوم)
        spec = self._year_from_end(spec, end_spec)
        if spec.unit == "day":
            start_kind = "unit"
        elif end_spec.kind == "dayword":
            start_kind = "year" if spec.month is None else "date"
        else:
            start_kind = end_spec.kind
        start = self._one(spec.replace(kind=start_kind, end=None))
        end_spec = self._same_year(start, spec, end_spec)
        if (
            end_spec.kind == "weekday"
            and end_spec.weekday is not None
            and start.first is not None
            and (spec.weekday is not None or start_kind == "unit")
        ):  # يومي السبت والأحد، من اليوم حتى الأحد: the weekday is the next one after the start
            weekday = spec.weekday if spec.weekday is not None else start.first.weekday()
            ahead = (end_spec.weekday - weekday) % _DAYS_IN_WEEK or _DAYS_IN_WEEK
            end = self._day(_shift(start.first, ahead))  # من الأحد إلى الأحد: a week
        else:
            end = self._one(end_spec)
        other = spec.other
        if other is not None and other.kind == "interval" and (other_end := other.end) is not None:
            # 1- 2 ذي الحجة 1442هـ، الموافق 11- 12 يوليو 2021م: each end with its twin
            start = self._dual(spec, start, other.replace(kind=other_end.kind, end=None))
            end = self._dual(end_spec, end, other_end)
        elif other is not None:
            start = self._dual(spec, start, other)
        # (an end that is itself a span of days, a Hijri year: عامي 1445 و1447 هـ, from the
        # first day of the one to the last day of the other)
        return Resolution(
            value=f"{start.value.partition('/')[0]}/{end.value.rpartition('/')[2]}",
            first=start.first,
            last=end.last,
            granularity=start.granularity,
            anchor=start.anchor if start.anchor is end.anchor else Anchor.RELATIVE,
            hijri=f"{start.hijri}/{end.hijri}" if start.hijri and end.hijri else None,
        )


def _half(month: Resolution, half: int) -> Resolution:
    """The first or second half of a month: the 1st to the 15th, the 16th to its end.

    النصف الأول من أبريل → 2024-04-01/2024-04-15; a month that could not be resolved stays.
    """
    if month.granularity is not Granularity.MONTH or month.first is None or month.last is None:
        return month
    middle = _shift(month.first, _HALF_MONTH_DAYS - 1)
    first, last = (month.first, middle) if half == 1 else (_shift(middle, 1), month.last)
    return month._replace(
        value=f"{first.isoformat()}/{last.isoformat()}",
        first=first,
        last=last,
        granularity=Granularity.DAY,
        hijri=None,
    )


def _century_part(start_year: int, code: str, anchor: Anchor) -> Resolution:
    """A half of a century, as its years (النصف الثاني من القرن الماضي: 1950/1999).

    The part is read by its code as a year's (H2: July to December), scaled to the century's
    hundred years, counted from a year in 00 as the library's centuries and decades are.
    """
    first_month, last_month = _QUARTER_MONTHS[code]
    first = start_year + (first_month - 1) * _CENTURY_YEARS // _MONTHS
    last = start_year + last_month * _CENTURY_YEARS // _MONTHS - 1
    return Resolution(
        value=f"{max(first, 1):04d}/{last:04d}",
        first=dt.date(max(first, 1), 1, 1),
        last=dt.date(last, 12, 31),
        granularity=Granularity.YEAR,
        anchor=anchor,
    )


def _shifted(result: Resolution, days: int) -> Resolution:
    """*result*, a day, *days* later (ليلة العيد: the day before); other grains as they are."""
    if result.granularity is not Granularity.DAY or result.first is None or result.last is None:
        return result
    try:
        first = result.first + dt.timedelta(days=days)
        last = result.last + dt.timedelta(days=days)
    except OverflowError:
        raise _OutOfRangeError(days) from None
    return result._replace(value=first.isoformat(), first=first, last=last, hijri=None)


def resolve(
    spec: Spec,
    reference: dt.date | None,
    *,
    future: bool = False,
    past: bool = False,
    tenseless: bool = False,
) -> Resolution:
    """Resolve *spec* against *reference* (``None``: leave relative parts unresolved).

    A reference at the ends of the calendar (year 1, year 9999, before 1 AH) can
    push a relative date out of range: it is then left unresolved, never raised.
    Only that is caught (:class:`_OutOfRangeError`, raised by the date arithmetic
    helpers; Hijri conversions catch their own :class:`CalendarError`): any other
    exception is a bug and surfaces. *future*, *past* and *tenseless*: see :func:`_pick_year`.
    """
    try:
        return _Resolver(reference, future=future, past=past, tenseless=tenseless).run(spec)
    except _OutOfRangeError:
        return _Resolver(None, future=future, past=past, tenseless=tenseless).run(spec)
