"""What one date expression says, before any reference is applied: the grammar's output.

The rules of :mod:`diplomatext.dates._grammar` build a :class:`Spec`;
:mod:`diplomatext.dates._resolve` turns it and a reference date into a value and bounds.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from diplomatext.calendars import Calendar

__all__ = ["Kind", "Spec", "Unit"]

Kind = Literal[
    "date",
    "year",
    "unit",
    "weekday",
    "dayword",
    "vague",
    "ago",
    "season",
    "interval",
    "decade",
    "century",
]
Unit = Literal["second", "minute", "hour", "day", "week", "month", "year"]


class Spec(NamedTuple):
    """What one date expression says, before any reference is applied.

    A named tuple, not an attrs record: the grammar makes and copies many of them
    per article, and a tuple is built, copied and hashed in C. Build it with
    keywords only.
    """

    kind: Kind
    calendar: Calendar = Calendar.UNSPECIFIED
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_day: bool = False  # سلخ: the last day of the month (day stays None)
    decade: int | None = None  # tens digit of a decade; year holds its century (1900)
    hijri: bool = False  # year, month and day are Hijri
    months: tuple[int, ...] = ()  # candidates of an ambiguous month (كانون)
    weekday: int | None = None  # a weekday written beside the date
    unit: Unit | None = None
    offset: int = 0  # day words, unit offsets, ago distances (signed)
    relative: int | None = None  # الماضي -1, الجاري 0, المقبل +1 after a month/weekday/season
    code: str | None = None  # season or quarter code, vague value
    mod: str | None = None
    event: bool = False
    event_year: int | None = None
    two_digit_year: bool = False
    mismatch: bool = False  # two month names of a dual form disagree
    week: bool = (
        False  # a whole week of the month or year, by its rank in nth (الأسبوع الأول من أبريل)
    )
    year_offset: int | None = None  # من العام المقبل: the reference's year plus this
    nth: int = 0  # الثلاثاء الثالث من سبتمبر: the third Tuesday (-1: the last), or the 3rd
    easter: bool = False  # عيد الفصح: month and day are those of Easter in the year chosen
    orthodox: bool = False  # عيد الفصح الشرقي: the Eastern Easter
    gregorian_year: int | None = None  # رمضان 2019: the Hijri month that falls in that year
    new_year: bool = False  # العام الجديد: the coming year late in the year, else this one
    same_day: bool = False  # في مثل هذا اليوم من عام 1923: the reference's day in the year named
    same_month: bool = False  # 6 من الشهر ذاته: a day of the month the text named before
    same_year: bool = False  # 22 أكتوبر للعام ذاته: a day of the year the text named before
    time_of_day: bool = False  # مساء الأربعاء: a part of the day (a query's may be today's)
    shift: int = 0  # days after the day named (ليلة العيد -1, ثالث أيام العيد +2)
    half: int = 0  # النصف الأول من أبريل: the first (1) or second (2) half of the month named
    other: Spec | None = None  # the other calendar's half of a dual date
    end: Spec | None = None  # the end of an interval

    def replace(self, **changes: Any) -> Spec:  # noqa: ANN401 (the fields' own types)
        """A copy with *changes* (``_replace``, under the name the grammar reads)."""
        return self._replace(**changes)
