"""Enumerations of :class:`diplomatext.DateMention` (re-exported by :mod:`diplomatext.dates`)."""

from __future__ import annotations

from diplomatext._records import TextEnum

__all__ = ["Anchor", "DateNote", "Granularity", "Mod"]


class Granularity(TextEnum):
    """The unit a date expression names: what was written, never more precise.

    >>> import diplomatext
    >>> diplomatext.find_dates("في شباط عام 2021")[0].granularity
    <Granularity.MONTH: 'month'>

    .. versionadded:: 0.1.0
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"
    DECADE = "decade"
    """A decade (التسعينيات: TIMEX3 ``199``)."""
    CENTURY = "century"
    """A century (القرن العشرين: TIMEX3 ``19``, the years 1900 to 1999)."""
    VAGUE = "vague"
    """``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``: now, recently, soon."""


class Anchor(TextEnum):
    """What a date expression is anchored to.

    >>> import diplomatext
    >>> [m.anchor.value for m in diplomatext.find_dates("أمس، وفي 5 مايو 2021")]
    ['relative', 'absolute']

    .. versionadded:: 0.1.0
    """

    ABSOLUTE = "absolute"
    """The text fixes the date by itself (5 مايو 2021, عام 2020)."""
    RELATIVE = "relative"
    """Resolved against the reference date (أمس, الشهر الماضي, a month without a year)."""
    EVENT = "event"
    """The date of a named event (ثورة 25 يناير): not resolved against the reference."""


class Mod(TextEnum):
    """TIMEX3 ``mod``: the part of a period, or an approximation.

    Members compare equal to the TIMEX3 strings.

    >>> Mod.MID == "MID"
    True

    .. versionadded:: 0.1.0
    """

    START = "START"
    """بداية, مطلع, أوائل, مستهل, أول: the first third of the period."""
    MID = "MID"
    """منتصف, أواسط: the middle third."""
    END = "END"
    """نهاية, أواخر, آخر, ختام: the last third."""
    APPROX = "APPROX"
    """حوالي, نحو, قرابة: the period itself, approximately."""


class DateNote(TextEnum):
    """Something a user of a date mention should know about how it was resolved.

    >>> import datetime, diplomatext
    >>> mention = diplomatext.find_dates("الخميس 15-5-2019")[0]
    >>> mention.value, mention.notes
    ('2019-05-15', (<DateNote.WEEKDAY_MISMATCH: 'weekday-mismatch'>,))

    .. versionadded:: 0.1.0
    """

    WEEKDAY_MISMATCH = "weekday-mismatch"
    """The weekday written does not fall on the date written (the date wins)."""
    CALENDAR_MISMATCH = "calendar-mismatch"
    """Two halves of a dual date (Hijri and Gregorian, or two month names) disagree."""
    HIJRI_ONE_DAY_OFF = "hijri-one-day-off"
    """The Hijri date is one day off Umm al-Qura (a sighting-based calendar, usually): the
    Gregorian half of a dual date, or the weekday written beside it, says so."""
    MONTH_FIRST = "month-first"
    """A numeric date read month first (الأربعاء 4-9-2008: 9 April), because the weekday written
    beside it falls on that reading and not on the day-first one."""
    TABULAR_CALENDAR = "tabular-calendar"
    """A Hijri date outside the Umm al-Qura range, converted with the tabular calendar."""
    NAMED_EVENT = "named-event"
    """The date names an event (ثورة 25 يناير) whose year the text does not give."""
    AMBIGUOUS_MONTH = "ambiguous-month"
    """A bare كانون or تشرين: the month is one of two and is left unresolved."""
    NO_REFERENCE = "no-reference"
    """The expression needs a reference date and none was given: the value has X's."""
    FUTURE_CUE = "future-cue"
    """A year-less date or bare weekday was resolved forward, because of a future cue."""
    NO_TENSE = "no-tense"
    """Nothing around a year-less date or bare weekday tells its tense (the text is the
    expression, perhaps with a clock time: a query, a caption, a field): a weekday was read
    as the coming one, a date as the coming one up to nine months ahead (else the last one)."""
    TWO_DIGIT_YEAR = "two-digit-year"
    """A numeric date with a two-digit year; the century was inferred."""
    INVALID_DATE = "invalid-date"
    """The day does not exist in its month (31 April; 30 of a 29-day Hijri month)."""
    AGE_FIELD = "age-field"
    """A text that is nothing but a count of units (a page's «3 أيام», «1 عام، 2 شهر») was
    read as that long before the reference; inside running text a count is a length."""
    CLOCK_FIELD = "clock-field"
    """A text that is nothing but a clock time (a query's «الساعة 3 عصرا», «15:15») was read as
    the reference's day; inside running text a time belongs to a day the story names."""
