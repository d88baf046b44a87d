"""Calendars of Arabic news: the month-naming systems and Hijri <-> Gregorian conversion.

Arabic news names the months of one Gregorian year in four systems
(:class:`Calendar`: يناير, كانون الثاني, جانفي, يوليوز ...) and also dates by the
Hijri calendar (15 جمادى الآخرة 1443 هـ). Hijri dates are converted with the Umm
al-Qura calendar of Saudi Arabia, the one official tabulated Hijri calendar, through
the well-kept `hijridate <https://pypi.org/project/hijridate/>`_ package, inside
its range (1343-01-01 to 1500-12-30 AH, 1924-08-01 to 2077-11-16 CE). Outside that
range the arithmetical (tabular, "Kuwaiti") Islamic calendar takes over, and
:attr:`HijriDate.method` says so: no observation-based calendar can be computed
in advance, and sighting-based countries may differ from both by a day or two.

>>> import datetime
>>> HijriDate(year=1443, month=6, day=15).to_gregorian()
datetime.date(2022, 1, 18)
>>> HijriDate.from_gregorian(datetime.date(2022, 1, 18))
HijriDate(year=1443, month=6, day=15)
>>> HijriDate(year=1300, month=1, day=1).method
<HijriMethod.TABULAR: 'tabular'>
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final

import attrs
from hijridate import Gregorian, Hijri
from hijridate.ummalqura import GREGORIAN_RANGE, HIJRI_RANGE

from diplomatext._records import TextEnum
from diplomatext.errors import CalendarError, InputError

__all__ = [
    "UMM_AL_QURA_GREGORIAN_RANGE",
    "UMM_AL_QURA_HIJRI_RANGE",
    "Calendar",
    "HijriDate",
    "HijriMethod",
    "hijri_month_length",
]


class Calendar(TextEnum):
    """The calendar or month-naming system a date expression was written in.

    The Gregorian year has four sets of Arabic month names; a mention records the
    set its month name came from (for ``فبراير/شباط``, the first one written).
    Members compare equal to their string values.

    >>> Calendar.LEVANTINE == "levantine"
    True

    .. versionadded:: 0.1.0
    """

    GREGORIAN = "gregorian"
    """Pan-Arab transliterated names (Egypt, the Gulf, Sudan, Libya...): يناير, فبراير."""
    LEVANTINE = "levantine"
    """Syriac names of Iraq, Syria, Lebanon, Jordan, Palestine: كانون الثاني, شباط."""
    MAGHREBI = "maghrebi"
    """French-derived names of Algeria and Tunisia: جانفي, فيفري, جوان, أوت."""
    MOROCCAN = "moroccan"
    """Names of Morocco and Mauritania: يوليوز, غشت, شتنبر, نونبر, دجنبر."""
    HIJRI = "hijri"
    """The Islamic lunar calendar: رمضان, ذو الحجة, or a year marked هـ."""
    NUMERIC = "numeric"
    """Digits only (15-5-2019, عام 2021, 2022م): Gregorian unless an era mark says Hijri."""
    UNSPECIFIED = "unspecified"
    """No calendar is written: weekdays and relative words (أمس, الأسبوع المقبل)."""


class HijriMethod(TextEnum):
    """How a Hijri date is converted to and from the Gregorian calendar.

    >>> HijriDate(year=1445, month=9, day=1).method.value
    'umm-al-qura'

    .. versionadded:: 0.1.0
    """

    UMM_AL_QURA = "umm-al-qura"
    """The Umm al-Qura calendar (Saudi Arabia), through ``hijridate``."""
    TABULAR = "tabular"
    """The arithmetical Islamic calendar (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29)."""


UMM_AL_QURA_HIJRI_RANGE: Final = (
    (HIJRI_RANGE[0][0], HIJRI_RANGE[0][1], HIJRI_RANGE[0][2]),
    (HIJRI_RANGE[1][0], HIJRI_RANGE[1][1], HIJRI_RANGE[1][2]),
)
"""First and last (year, month, day) of the Umm al-Qura table, in the Hijri calendar."""

UMM_AL_QURA_GREGORIAN_RANGE: Final = (
    dt.date(*GREGORIAN_RANGE[0]),
    dt.date(*GREGORIAN_RANGE[1]),
)
"""First and last Gregorian days of the Umm al-Qura table."""

# 1 Muharram 1 AH of the civil tabular calendar: Friday 16 July 622 (Julian),
# that is 19 July 622 in the proleptic Gregorian calendar Python uses.
_TABULAR_EPOCH: Final = dt.date(622, 7, 19).toordinal()
_UQ_FIRST: Final = UMM_AL_QURA_GREGORIAN_RANGE[0].toordinal()
_UQ_LAST: Final = UMM_AL_QURA_GREGORIAN_RANGE[1].toordinal()
_MAX_ORDINAL: Final = dt.date.max.toordinal()
_MONTHS_IN_YEAR: Final = 12
_CYCLE_YEARS: Final = 30
_CYCLE_DAYS: Final = 10631  # days in 30 tabular years
_LEAP_YEARS_PER_CYCLE: Final = 11


def _in_umm_al_qura(year: int, month: int, day: int) -> bool:
    return UMM_AL_QURA_HIJRI_RANGE[0] <= (year, month, day) <= UMM_AL_QURA_HIJRI_RANGE[1]


def _tabular_ordinal(year: int, month: int, day: int) -> int:
    """Proleptic Gregorian ordinal of a tabular Hijri date (no validation)."""
    return (
        _TABULAR_EPOCH
        + (year - 1) * 354
        + (3 + 11 * year) // _CYCLE_YEARS
        + (59 * (month - 1) + 1) // 2
        + day
        - 1
    )


def _tabular_month_length(year: int, month: int) -> int:
    if month == _MONTHS_IN_YEAR:
        length = 30 if (14 + 11 * year) % _CYCLE_YEARS < _LEAP_YEARS_PER_CYCLE else 29
    else:
        length = 30 if month % 2 else 29
    start = _tabular_ordinal(year, month, 1)
    if start < _UQ_FIRST:
        # The last tabular month before the Umm al-Qura table is cut where the
        # table starts, so that no Gregorian day has two Hijri dates.
        length = min(length, _UQ_FIRST - start)
    return length


def _tabular_from_ordinal(ordinal: int) -> tuple[int, int, int]:
    days = ordinal - _TABULAR_EPOCH
    year = (_CYCLE_YEARS * days + 10646) // _CYCLE_DAYS
    while _tabular_ordinal(year + 1, 1, 1) <= ordinal:
        year += 1
    while _tabular_ordinal(year, 1, 1) > ordinal:
        year -= 1
    month = 1
    while month < _MONTHS_IN_YEAR and _tabular_ordinal(year, month + 1, 1) <= ordinal:
        month += 1
    return year, month, ordinal - _tabular_ordinal(year, month, 1) + 1


@lru_cache(maxsize=4096, typed=True)  # typed: (1445, True) is not a cache hit of (1445, 1)
def hijri_month_length(year: int, month: int) -> int:
    """Number of days (29 or 30) of Hijri *month* of *year*.

    Umm al-Qura inside its range, the tabular calendar outside it.

    Raises:
        CalendarError: if *month* is not 1 to 12 or *year* is before 1 AH.

    >>> hijri_month_length(1445, 9), hijri_month_length(1446, 9)
    (30, 29)

    .. versionadded:: 0.1.0
    """
    given: tuple[tuple[str, object], ...] = (("year", year), ("month", month))
    for name, value in given:
        if not isinstance(value, int) or isinstance(value, bool):
            msg = f"{name} must be a whole number, got {type(value).__name__} {value!r}"
            raise InputError(msg)
    if not 1 <= month <= _MONTHS_IN_YEAR or year < 1:
        msg = f"no Hijri month {year}-{month:02d}; months run 1 to 12 and years from 1 AH"
        raise CalendarError(msg)
    if _in_umm_al_qura(year, month, 1):
        return int(Hijri(year, month, 1, validate=False).month_length())
    return _tabular_month_length(year, month)


@attrs.frozen(kw_only=True, order=True)
class HijriDate:
    """A day of the Hijri calendar, validated against the calendar that converts it.

    Raises:
        CalendarError: if the day does not exist (``30`` of a 29-day month, month
            13, a year before 1 AH or one whose days Python's ``date`` cannot hold).

    >>> day = HijriDate(year=1445, month=9, day=1)
    >>> day.to_gregorian(), day.isoformat()
    (datetime.date(2024, 3, 11), '1445-09-01')

    .. versionadded:: 0.1.0
    """

    year: int
    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        """Check that the day exists in the calendar that converts it."""
        length = hijri_month_length(self.year, self.month)
        if not 1 <= self.day <= length:
            msg = (
                f"Hijri month {self.year}-{self.month:02d} has {length} days "
                f"({self.method.value} calendar), not day {self.day}"
            )
            raise CalendarError(msg)
        if self.method is HijriMethod.TABULAR and not (
            1 <= _tabular_ordinal(self.year, self.month, self.day) <= _MAX_ORDINAL
        ):
            msg = f"Hijri date {self.isoformat()} is beyond the years Python's datetime holds"
            raise CalendarError(msg)

    @property
    def method(self) -> HijriMethod:
        """The calendar that converts this date: Umm al-Qura inside its table, else tabular."""
        if _in_umm_al_qura(self.year, self.month, 1):
            return HijriMethod.UMM_AL_QURA
        return HijriMethod.TABULAR

    def isoformat(self) -> str:
        """``YYYY-MM-DD`` in the Hijri calendar."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_gregorian(self) -> dt.date:
        """The Gregorian day of this Hijri date."""
        if self.method is HijriMethod.UMM_AL_QURA:
            year, month, day = Hijri(self.year, self.month, self.day).to_gregorian().datetuple()
            return dt.date(year, month, day)
        return dt.date.fromordinal(_tabular_ordinal(self.year, self.month, self.day))

    @classmethod
    def from_gregorian(cls, day: dt.date) -> HijriDate:
        """The Hijri date of Gregorian *day* (tabular outside the Umm al-Qura range).

        Raises:
            CalendarError: if *day* is before 1 Muharram 1 AH (19 July 622).
        """
        ordinal = day.toordinal()
        if _UQ_FIRST <= ordinal <= _UQ_LAST:
            year, month, mday = Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
            return cls(year=year, month=month, day=mday)
        if ordinal < _TABULAR_EPOCH:
            msg = f"{day.isoformat()} is before the Hijri era (1 Muharram 1 AH = 0622-07-19)"
            raise CalendarError(msg)
        year, month, mday = _tabular_from_ordinal(ordinal)
        return cls(year=year, month=month, day=mday)
