"""Find and resolve every date expression of an Arabic news article.

:func:`find_dates` returns a :class:`DateMention` for each date expression, with
its exact span in the original text, its TIMEX3 value, and the concrete first and
last days it denotes, resolved against the article's *reference* date (its
publication date). It understands the four Gregorian month-naming systems of
Arabic news and their dual notation (فبراير/شباط), Hijri dates (converted with
the Umm al-Qura calendar), numeric dates, years, weekdays, relative words, period
parts, seasons, quarters, decades, ranges and named events. The rules are in
``docs/explanation/dates.md``.

The library never reads the clock: with no *reference*, relative expressions are
still found, with X's in their value (``XXXX-05-15``) and no bounds.

>>> import datetime
>>> text = "وجاء في بيان في 5 فبراير/شباط 2021 أن الطرفين رحبا بتمديد المعاهدة حتى العام 2026"
>>> [(m.text, m.value) for m in find_dates(text, reference=datetime.date(2021, 2, 5))]
[('5 فبراير/شباط 2021', '2021-02-05'), ('العام 2026', '2026')]
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs
from dateutil.relativedelta import relativedelta

from diplomatext import _spans
from diplomatext._lexical import fold, through_marks, trie_pattern, unwrapped
from diplomatext._packed import Packed
from diplomatext._records import to_plain
from diplomatext._spans import check_span, checked_date, checked_text
from diplomatext.calendars import Calendar
from diplomatext.data import chars, cues, relative_words, units
from diplomatext.dates._grammar import (
    AHEAD,
    RULES,
    STARTING,
    future_cue_before,
    future_cue_kind,
    parse,
    past_cue_before,
    past_verb_after,
    tenseless,
)
from diplomatext.dates._resolve import SUBDAY_UNITS, TWO_DIGIT_CENTURY, Resolution, resolve
from diplomatext.dates._spec import Spec
from diplomatext.dates._types import Anchor, DateNote, Granularity, Mod
from diplomatext.errors import InputError
from diplomatext.normalize import Normalized, prepare

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "MAX_CHARS",
    "RULE_NAMES",
    "Anchor",
    "DateMention",
    "DateNote",
    "Granularity",
    "Mod",
    "find_dates",
    "resolve_date",
]

MAX_CHARS: Final = _spans.MAX_CHARS
"""Default *max_chars* of :func:`find_dates` and :func:`resolve_date`: ten million characters.

About 20 MB of Arabic, far beyond an article.

One policy for every finder (``diplomatext._spans``); pass ``max_chars=None`` for no limit.
"""


RULE_NAMES: Final = tuple(rule.name for rule in RULES)
"""The names of the grammar's rules, in the order that breaks ties: the values of
:attr:`DateMention.rule` (``numeric-date``, ``calendar-date``, ``year``, ``weekday``...)."""


@cache
def _leading_words() -> re.Pattern[str]:
    """What may precede an expression given to :func:`resolve_date`: a lead word, spaces."""
    words = trie_pattern(fold(word) for word in cues.STANDALONE_LEAD_WORDS)
    return re.compile(rf"\s*(?:(?:{words})\s+)?")


class _Meaning(NamedTuple):
    """What a :class:`DateMention` says, apart from where: its fields after ``start`` and ``end``.

    Mentions of one expression resolved alike share one (a named tuple: built in C).
    """

    text: str
    value: str
    mod: Mod | None
    first: dt.date | None
    last: dt.date | None
    granularity: Granularity
    calendar: Calendar
    hijri: str | None
    anchor: Anchor
    notes: tuple[DateNote, ...]
    rule: str


_FIELDS: Final = ("start", "end", *_Meaning._fields)
_Key = tuple[Spec, bool, bool, bool]  # what a resolution depends on: spec, future, past, no tense
"""The fields of a :class:`DateMention`, in the order of its constructor, repr and dictionary."""

_new: Final = object.__new__
_set: Final = object.__setattr__
_tuple: Final = tuple.__new__  # a named tuple's own __new__ is Python code, three times slower


@attrs.frozen(init=False, repr=False, weakref_slot=False)
class DateMention:
    """One date expression of a text: where it is, what it says, what it denotes.

    A frozen, slotted record built with keywords, like the other results. A text
    can hold a date expression every few bytes (``أمس`` a line), so a mention
    keeps only its ``start`` and one record of the rest, which the mentions of
    one expression resolved alike share (76 bytes a mention instead of 200);
    ``end`` is ``start + len(text)`` and the other fields are read through it.
    ``attrs.evolve`` does not apply: build a new mention with keywords.

    >>> import datetime
    >>> mention = find_dates("وصل مساء الأربعاء", reference=datetime.date(2021, 5, 20))[0]
    >>> mention.value, mention.first, mention.anchor.value
    ('2021-05-19', datetime.date(2021, 5, 19), 'relative')

    Raises:
        SpanError: if ``end - start`` is not ``len(text)``.

    .. versionadded:: 0.1.0
    """

    start: int
    """Offset of the first character in the original text."""
    _meaning: _Meaning
    """The rest of the fields, shared by mentions of one expression resolved alike."""

    def __init__(
        self,
        *,
        start: int,
        end: int,
        text: str,
        value: str,
        mod: Mod | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
        granularity: Granularity,
        calendar: Calendar,
        hijri: str | None = None,
        anchor: Anchor,
        notes: tuple[DateNote, ...] = (),
        rule: str = "",
    ) -> None:
        """Build a mention from its fields; *end* must be ``start + len(text)``."""
        check_span("a date mention", start, end, text)
        meaning = _tuple(
            _Meaning,
            (text, value, mod, first, last, granularity, calendar, hijri, anchor, notes, rule),
        )
        _set(self, "start", start)
        _set(self, "_meaning", meaning)

    @property
    def end(self) -> int:
        """Offset after the last character; ``text == original[start:end]``."""
        return self.start + len(self._meaning.text)

    @property
    def text(self) -> str:
        """The expression as written."""
        return self._meaning.text

    @property
    def value(self) -> str:
        """The TIMEX3 value, such as ``2021``, ``2021-02``, ``2021-02-05`` or ``2021-W05``.

        Also ``2021-SU``, ``2021-Q1``, intervals ``2022-01-09/2022-01-10``, vague
        ``PAST_REF``; X's where no reference resolved it (``XXXX-05-15``).
        """
        return self._meaning.value

    @property
    def mod(self) -> Mod | None:
        """Part of the period (START, MID, END) or APPROX; None for all of it."""
        return self._meaning.mod

    @property
    def first(self) -> dt.date | None:
        """First day denoted (a period part narrows it); None if unresolved."""
        return self._meaning.first

    @property
    def last(self) -> dt.date | None:
        """Last day denoted, inclusive; None if unresolved."""
        return self._meaning.last

    @property
    def granularity(self) -> Granularity:
        """The unit written (day, week, month, season, year...)."""
        return self._meaning.granularity

    @property
    def calendar(self) -> Calendar:
        """The calendar or month-naming system written (first one of a dual form)."""
        return self._meaning.calendar

    @property
    def hijri(self) -> str | None:
        """The Hijri date the text gave (``1443-06-15``, ``1445-09``, ``1445``)."""
        return self._meaning.hijri

    @property
    def anchor(self) -> Anchor:
        """Absolute, relative to the reference, or a named event."""
        return self._meaning.anchor

    @property
    def notes(self) -> tuple[DateNote, ...]:
        """What a user should know (weekday mismatch, tabular calendar...)."""
        return self._meaning.notes

    @property
    def rule(self) -> str:
        """The name of the grammar rule that found it (one of :data:`RULE_NAMES`).

        Empty in records written before it was recorded.
        """
        return self._meaning.rule

    def __repr__(self) -> str:
        """The constructor call that rebuilds this mention."""
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"{self.__class__.__qualname__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the offset and the shared record (pickled once for the mentions sharing it)."""
        return _mention, (self.start, self._meaning)

    def to_dict(self) -> dict[str, Any]:
        """This mention as plain, JSON-ready data: enums as values, dates as ISO strings.

        >>> import datetime
        >>> mention = find_dates("في 5 فبراير 2021")[0]
        >>> data = mention.to_dict()
        >>> data["text"], data["value"], data["granularity"], data["first"]
        ('5 فبراير 2021', '2021-02-05', 'day', '2021-02-05')
        >>> DateMention.from_dict(data) == mention
        True

        .. versionadded:: 0.1.0
        """
        plain: dict[str, Any] = {"start": self.start, "end": self.end}
        for name, field in zip(_Meaning._fields, self._meaning, strict=True):
            plain[name] = to_plain(field)
        return plain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        """Rebuild a mention from :meth:`to_dict` data.

        >>> import datetime
        >>> mention = find_dates("أمس", reference=datetime.date(2021, 5, 20))[0]
        >>> DateMention.from_dict(mention.to_dict()).first
        datetime.date(2021, 5, 19)

        .. versionadded:: 0.1.0
        """
        fields: dict[str, Any] = {name: data[name] for name in _FIELDS if name in data}
        for name, kind in _ENUMS.items():
            if fields.get(name) is not None:
                fields[name] = kind(fields[name])
        for name in ("first", "last"):
            if fields.get(name) is not None:
                fields[name] = dt.date.fromisoformat(str(fields[name]))
        if fields.get("notes") is not None:
            fields["notes"] = tuple(DateNote(note) for note in fields["notes"])
        return cls(**fields)


_ENUMS: Final = {"mod": Mod, "granularity": Granularity, "calendar": Calendar, "anchor": Anchor}
"""The fields of a mention that hold an enumeration, read back by :meth:`DateMention.from_dict`."""


def _mention(start: int, meaning: _Meaning) -> DateMention:
    """A mention at *start* that says *meaning*, built without checks (the finder's own)."""
    mention: DateMention = _new(DateMention)
    _set(mention, "start", start)
    _set(mention, "_meaning", meaning)
    return mention


def _moved(mention: DateMention, start: int, text: str | None = None) -> DateMention:
    """*mention* at *start* instead (its text replaced by *text* if given), sharing the rest."""
    if text is None:
        return _mention(start, mention._meaning)  # noqa: SLF001 (the class's own module)
    return _mention(start, mention._meaning._replace(text=text))  # noqa: SLF001


def _looks_ahead(spec: Spec) -> bool:
    """Whether *spec* is resolved by direction (a year-less date, a weekday, a two-digit year)."""
    if spec.relative is not None or spec.event:
        return False
    if spec.two_digit_year:
        return spec.year is not None and spec.year >= TWO_DIGIT_CENTURY  # its century, by tense
    if spec.kind == "interval" and spec.end is not None:
        return spec.year is None and spec.end.year is None
    return (spec.kind in {"date", "season"} and spec.year is None) or spec.kind == "weekday"


_MODS: Final = {mod.value: mod for mod in Mod}
_CACHE_SIZE: Final = 4096  # distinct surfaces and resolutions kept per call, then forgotten


def _mentions(  # noqa: C901, PLR0915 (one pass: each step reads the last)
    text: Normalized,
    reference: dt.date | None,
    *,
    lenient: bool,
    spans: list[tuple[int, int]] | None = None,
    fields: bool = True,
    hijri_numeric: bool = False,
) -> Packed[DateMention]:
    """The mentions of *text*; *spans* (if given) receives their spans in the normalized text.

    *fields*: a short text of nothing but a date is a field, read without tense
    (:func:`~diplomatext.dates._grammar.tenseless`); the article pass, which reads a
    page's lines one by one, turns that off: a line of a page is no field.

    Mentions of one surface resolved alike share one record of what they say
    (their text, value, dates and notes): a text made of date words holds an
    offset and a reference per mention (16 bytes, :class:`~diplomatext._packed.Packed`),
    and one record per distinct expression.
    """
    original = text.original
    to_original = text.to_original
    starts: array[int] = array("q")
    said: list[_Meaning] = []  # what each mention says, shared
    resolved: dict[_Key, tuple[Resolution, dict[tuple[str, str], _Meaning]]] = {}
    kept = 0
    last_end = 0
    month_before: tuple[int, int] | None = None  # the Gregorian month the text named last
    year_before: int | None = None  # the Gregorian year the text named last
    day_before: tuple[int, dt.date] | None = None  # where the last day named ends, and that day
    dated: tuple[int, dt.date] | None = None  # the last mention, if a day of a year written
    for item in parse(text.text, lenient=lenient, hijri_numeric=hijri_numeric):
        start, end = to_original(item.start, item.end)
        end = through_marks(original, end)  # a final tanween or shadda belongs to the word: قريباً
        if start < last_end or start >= end:
            continue
        spec = _anchored(item.spec, month_before, year_before)
        if spec is None:
            continue
        spec = _after_month_named(spec, month_before, text.text, item.start, item.end)
        spec = _year_carried(spec, dated, reference, text.text, item.start)
        looks_ahead = _looks_ahead(spec)
        past = looks_ahead and past_cue_before(text.text, item.start)
        cue = future_cue_kind(text.text, item.start) if looks_ahead and not past else None
        future = cue == AHEAD or (cue == STARTING and not _started_lately(spec, reference))
        # وفي 22 ديسمبر، وقعت: a perfect verb after it, with no future cue before
        past = past or (
            looks_ahead and not future and past_verb_after(text.text, item.start, item.end)
        )
        query = (
            fields
            and looks_ahead
            and not past
            and not future
            and tenseless(text.text, item.start, item.end)
        )
        key = (spec, future, past, query)
        entry = resolved.get(key)
        if entry is None:
            if kept >= _CACHE_SIZE:
                resolved.clear()
                kept = 0
            resolution = resolve(spec, reference, future=future, past=past, tenseless=query)
            entry = resolved[key] = (resolution, {})
        resolution, meanings = entry
        later = _after_day_before(
            spec, resolution, day_before, text.text, item.start, future=future
        )
        if later is not None:
            resolution, meanings = resolve(spec, later, future=True), {}
        day_before = _day_read_after(item.end, resolution) or day_before
        dated = _day_of_year(spec, resolution, item.end)
        month_before = _month_of(resolution) or month_before
        year_before = _year_of(resolution) or year_before
        if _says_again(said, spec, resolution) and _DAY_WORD_AFTER.fullmatch(
            original, last_end, start
        ):
            # في 24 نوفمبر، غدا، ستعقد: the day word says the date again; one mention
            said[-1] = said[-1]._replace(text=original[starts[-1] : end])
            if spans is not None:
                spans[-1] = (spans[-1][0], item.end)
            last_end = end
            continue
        if said:
            agreed = _weekday_and_hijri_day(
                said, resolution, item.rule, original, (starts[-1], start), end=end
            )
            if agreed is not None:
                resolution, meanings = agreed, {}  # (not the shared record of the day computed)
        surface = original[start:end]
        meaning = meanings.get((surface, item.rule))
        if meaning is None:
            kept += 1
            meaning = meanings[surface, item.rule] = _tuple(
                _Meaning,
                (
                    surface,
                    resolution.value,
                    _MODS[spec.mod] if spec.mod else None,
                    resolution.first,
                    resolution.last,
                    resolution.granularity,
                    spec.calendar,
                    resolution.hijri,
                    resolution.anchor,
                    resolution.notes,
                    item.rule,
                ),
            )
        starts.append(start)
        said.append(meaning)
        if spans is not None:
            spans.append((item.start, item.end))
        last_end = end
    return Packed(starts, said, _mention)


_DAY_WORD_AFTER: Final = re.compile(r" ?[،,] ")  # 24 نوفمبر، غدا: a day word after a comma
_COPULA_GAP: Final = re.compile(r"\s+(?:هو|هي|[ولفس]{0,2}[يت]كون)\s+")  # الخميس هو / سيكون أول أيام
_BE_BEFORE: Final = re.compile(r"(?:^|\s)[ولفس]{0,2}[يت]كون\s+$")  # ويكون الاثنين أول أيام العيد
_BE_REACH: Final = 12  # characters before the weekday where its «to be» may stand
_WEEKDAY_RULES: Final = frozenset({"weekday", "prefixed"})  # الخميس، يوم الخميس
_HIJRI_DAY_RULES: Final = frozenset({"feast", "calendar-date"})
_NEIGHBOUR_DAYS: Final = (0, -1, 1)


def _weekday_named(
    said: list[_Meaning],
    resolution: Resolution,
    rule: str,
    original: str,
    starts: tuple[int, int],
) -> dt.date | None:
    """The day of a weekday told to be the Hijri day being read, if they can agree.

    أن يوم الخميس هو أول أيام شهر رمضان، ويكون الاثنين أول أيام عيد الفطر: with هو/هي between
    them, or a «to be» right before the weekday, the weekday is the feast's day, not the one its
    tense points to; a day apart, the weekday decides, as a local sighting does for a Hijri
    date and its weekday. ``None`` when they are further apart, when nothing says the one is
    the other (أعلنت الحكومة الخميس عيد الفطر عطلة: the weekday dates the verb), or when the
    mention before is no bare weekday. *starts*: where the weekday and the Hijri day start.
    """
    if resolution.hijri is None or rule not in _HIJRI_DAY_RULES:
        return None
    before = said[-1]
    weekday_start, start = starts
    between = original[weekday_start + len(before.text) : start]
    day = resolution.first
    if (
        before.rule not in _WEEKDAY_RULES
        or before.granularity is not Granularity.DAY
        or before.first is None
        or any(char.isdigit() for char in before.text)  # (يوم 5 مايو: a date of its own)
        or resolution.granularity is not Granularity.DAY
        or day is None
        or day != resolution.last
        or not (
            _COPULA_GAP.fullmatch(between)
            or (
                not between.strip()
                and _BE_BEFORE.search(original, max(0, weekday_start - _BE_REACH), weekday_start)
            )
        )
    ):
        return None
    return _day_of_weekday(day, before.first.weekday())


def _weekday_and_hijri_day(
    said: list[_Meaning],
    resolution: Resolution,
    rule: str,
    original: str,
    starts: tuple[int, int],
    *,
    end: int,
) -> Resolution | None:
    """A weekday and the Hijri day it is told to be, made one day: the new resolution, or None.

    وأن يوم الخميس هو أول أيام شهر رمضان (:func:`_weekday_named`), وأعلنت أن عيد الأضحى سيكون
    يوم الجمعة (:func:`_weekday_told`): the weekday is that day, and a day off Umm al-Qura
    decides it (a note on the Hijri mention). *said* is changed in place; *starts*: where the
    mention before and this one start; *end*: where this one ends.
    """
    named = _weekday_named(said, resolution, rule, original, starts)
    if named is not None:
        iso = named.isoformat()
        said[-1] = said[-1]._replace(value=iso, first=named, last=named)
        if resolution.first == named:
            return None
        notes = (*resolution.notes, DateNote.HIJRI_ONE_DAY_OFF)
        return resolution._replace(value=iso, first=named, last=named, notes=notes)
    told = _weekday_told(said, resolution, rule, original[starts[0] : end], starts)
    if told is None:
        return None
    iso = told.isoformat()
    if said[-1].first != told:
        notes = (*said[-1].notes, DateNote.HIJRI_ONE_DAY_OFF)
        said[-1] = said[-1]._replace(value=iso, first=told, last=told, notes=notes)
    return resolution._replace(value=iso, first=told, last=told)


def _day_of_weekday(day: dt.date, weekday: int) -> dt.date | None:
    """*day* or a neighbour of it that falls on *weekday* (0 is Monday), if one does."""
    for shift in _NEIGHBOUR_DAYS:
        candidate = day + dt.timedelta(days=shift)
        if candidate.weekday() == weekday:
            return candidate
    return None


def _weekday_told(
    said: list[_Meaning],
    resolution: Resolution,
    rule: str,
    written: str,
    starts: tuple[int, int],
) -> dt.date | None:
    """The day of a weekday told to be the Hijri day read just before it, if they can agree.

    عيد الأضحى سيكون يوم الجمعة، يوم عرفة هو الخميس: the mirror of :func:`_weekday_named`, the
    Hijri day first; with هو/هي or a «to be» between them the weekday is that day (a day apart,
    the weekday decides). ``None`` otherwise, or when the weekday is written with its date.
    *written*: the text from the Hijri day to the weekday's end; *starts*: where each starts.
    """
    before = said[-1]
    if (
        rule not in _WEEKDAY_RULES
        or resolution.granularity is not Granularity.DAY
        or resolution.first is None
        or before.rule not in _HIJRI_DAY_RULES
        or before.hijri is None
        or before.granularity is not Granularity.DAY
        or before.first is None
        or before.first != before.last
    ):
        return None
    hijri_start, start = starts
    between = written[len(before.text) : start - hijri_start]
    weekday_text = written[start - hijri_start :]
    if not _COPULA_GAP.fullmatch(between) or any(char.isdigit() for char in weekday_text):
        return None
    return _day_of_weekday(before.first, resolution.first.weekday())


def _says_again(said: list[_Meaning], spec: Spec, resolution: Resolution) -> bool:
    """Whether a day word names the very day of the mention before it (24 نوفمبر، غدا)."""
    return (
        bool(said)
        and spec.kind == "dayword"
        and resolution.granularity is Granularity.DAY
        and resolution.first is not None
        and said[-1].granularity is Granularity.DAY
        and said[-1].first == resolution.first
        and said[-1].last == resolution.last
    )


_MONTH_OR_DAY: Final = frozenset({Granularity.DAY, Granularity.MONTH})
_AGE_MOST: Final = 80
"""Longest text (in characters) read whole as an age: a freshness line, not a sentence."""
_AGE_PIECES: Final = re.compile(r" ?[،,] ?| و(?=\S)")  # 1 عام، 2 شهر, 3 أيام و5 ساعات
_AGE_LEAD: Final = "منذ "
_AGE_UNITS: Final = {"year": "years", "month": "months", "week": "weeks", "day": "days"}
_AGE_COUNT: Final = re.compile(r"\d")
_DUAL: Final = "ين"  # يومين، ساعتين: a count in the word itself


def _age_field(text: Normalized, reference: dt.date | None) -> DateMention | None:
    """A text that holds nothing but a count of units, or a list of them, as an age.

    Or nothing but a day of the story (اليوم السابق): counted from the reference.

    What a scraper keeps of a page's freshness line (3 أيام، ساعتين، 2 عام، 3 شهر)
    means that long before *reference*, as if منذ were written: each piece is read by the
    grammar's own distance rule, and a list adds up to one day. In running text a bare
    count is a length and stays no date (see ``docs/explanation/dates.md``).
    """
    folded = text.text
    body = folded.strip(" .")
    if (
        not body
        or len(body) > _AGE_MOST
        or not chars.PERSIAN_KEYBOARD_LETTERS.isdisjoint(text.original)
    ):
        return None
    story_day = _story_days().get(body)
    if story_day is not None:  # اليوم السابق alone: no story, so the reference's
        spec = Spec(kind="ago", unit="day", offset=story_day)
        return _field_mention(text, body, resolve(spec, reference), rule="day-word")
    specs = []
    for piece in _AGE_PIECES.split(body):
        found = list(parse(_AGE_LEAD + piece))
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(_AGE_LEAD) + len(piece):
            return None
        spec = found[0].spec
        if spec.kind != "ago" or spec.unit is None or spec.offset >= 0 or spec.mod:
            return None
        if not (_AGE_COUNT.search(piece) or piece.endswith(_DUAL)):
            return None  # «عام» alone is a section of a news site (general), not a year ago
        specs.append(spec)
    if len(specs) == 1 or reference is None:
        resolution = resolve(specs[-1], reference)
    else:
        units: dict[str, int] = {}
        days = 0.0  # hours and minutes, in days
        for spec in specs:
            if spec.unit in SUBDAY_UNITS:
                days += spec.offset / SUBDAY_UNITS[spec.unit]
            else:
                key = _AGE_UNITS[spec.unit or "day"]
                units[key] = units.get(key, 0) + spec.offset
        # whole days only, counted toward the reference (as قبل 30 ساعة)
        day = reference + relativedelta(**units) + dt.timedelta(days=int(days))  # type: ignore[arg-type]
        resolution = Resolution(
            value=day.isoformat(),
            first=day,
            last=day,
            granularity=Granularity.DAY,
            anchor=Anchor.RELATIVE,
        )
    return _field_mention(text, body, resolution, rule="distance", note=DateNote.AGE_FIELD)


_CLOCK_NUMERAL: Final = re.compile(r"(?:[01]?\d|2[0-4])(?::[0-5]\d){1,2}")  # 3:18, 15:23:24
_FIELD_WORDS: Final = re.compile(r"[^\s،,.()]+")
_MINUTES: Final = 60


class _ClockWords(NamedTuple):
    """The folded words a text that is only a clock time may hold, by what they do."""

    anchors: frozenset[str]  # الساعة: the number after it is an hour
    hours: frozenset[str]  # الثالثة: an hour by itself
    parts: frozenset[str]  # صباحا: a part of the day after an hour
    numbers: frozenset[str]  # ثلاثة، عشر، أربعون
    others: frozenset[str]  # prepositions, دقيقة, ربع, إلا, بتوقيت...


@cache
def _clock_words() -> _ClockWords:
    numbers = {*units.NUMBER_WORDS, *units.YEAR_WORD_TENS}
    for words in units.YEAR_WORD_UNITS:
        numbers.update(words.split())
    numbers |= {word[:-2] + "ون" for word in numbers if word.endswith("ين")}  # أربعون
    anchors = relative_words.CLOCK_ANCHORS
    return _ClockWords(
        anchors=frozenset(fold(word) for word in anchors),
        hours=frozenset(fold(word) for word in relative_words.CLOCK_WORDS - anchors),
        parts=frozenset(fold(word) for word in relative_words.DAY_PART_ADVERBS),
        numbers=frozenset(fold(word) for word in numbers),
        others=frozenset(fold(word) for word in {*cues.TENSELESS_WORDS, "و"}),
    )


def _clock_kinds(body: str) -> set[str] | None:
    """What the words of *body* are in a clock time (hour, anchor, part, number, other).

    ``None`` when one word is none of them: the text is not a clock time alone.
    """
    words = _clock_words()
    kinds: set[str] = set()
    for token in _FIELD_WORDS.findall(body):
        clitic = token[0] == "و" and len(token) > 1 and token not in words.numbers
        word = token[1:] if clitic else token  # وربع، و18
        if _CLOCK_NUMERAL.fullmatch(word):
            kinds.update(("anchor", "number"))
        elif word.isdigit():
            if int(word) >= _MINUTES:
                return None
            kinds.add("number")
        elif word in words.anchors:
            kinds.add("anchor")
        elif word in words.hours:
            kinds.update(("hour", "number"))
        elif word in words.parts:
            kinds.add("part")
        elif word in words.numbers:
            kinds.add("number")
        elif word not in words.others:
            return None
    return kinds


def _clock_field(text: Normalized, reference: dt.date | None) -> DateMention | None:
    """A text that is nothing but a clock time, as the reference's day (a query, a caption).

    It needs an hour: a clock numeral (15:15), الساعة and a number, or an hour word and a
    part of the day (الثالثة فجرا). In running text a time belongs to a day the story names
    and is no date (see ``docs/explanation/dates.md``).
    """
    body = text.text.strip(" .")
    if not body or len(body) > _AGE_MOST:
        return None
    kinds = _clock_kinds(body)
    if kinds is None or not ({"anchor", "number"} <= kinds or {"hour", "part"} <= kinds):
        return None
    spec = Spec(kind="ago", unit="day", offset=0)
    return _field_mention(
        text, body, resolve(spec, reference), rule="day-word", note=DateNote.CLOCK_FIELD
    )


@cache
def _story_days() -> Mapping[str, int]:
    return {fold(words): offset for words, offset in relative_words.STORY_DAY_WORDS.items()}


def _field_mention(
    text: Normalized,
    body: str,
    resolution: Resolution,
    *,
    rule: str,
    note: DateNote | None = None,
) -> DateMention:
    """The mention of a whole text's *body* (its folded text), resolved as *resolution*."""
    at = text.text.index(body)
    start, end = text.to_original(at, at + len(body))
    meaning = _tuple(
        _Meaning,
        (
            text.original[start:end],
            resolution.value,
            None,
            resolution.first,
            resolution.last,
            resolution.granularity,
            Calendar.UNSPECIFIED,
            None,
            resolution.anchor,
            (*resolution.notes, note) if note else resolution.notes,
            rule,
        ),
    )
    return _mention(start, meaning)


def _started_lately(spec: Spec, reference: dt.date | None) -> bool:
    """Whether a start after اعتبارا من fell within the last weeks (see ``cues.STARTING_CUES``).

    Only a day or a month of a named month: a weekday after it is the coming one (اعتبارا من
    الأحد).
    """
    if reference is None or spec.month is None:
        return False
    resolution = resolve(spec, reference, future=False, past=False)
    first, last = resolution.first, resolution.last
    recent = dt.timedelta(days=cues.STARTING_CUE_RECENT_DAYS)
    # (a month counts from its last day: اعتبارا من أكتوبر, told on 4 December, is past)
    return (
        first is not None and last is not None and reference - recent <= last and first <= reference
    )


def _anchored(
    spec: Spec, month_before: tuple[int, int] | None, year_before: int | None
) -> Spec | None:
    """*spec* with the month or year it points back to; ``None`` if the text named none.

    6 من الشهر ذاته is a day of the month named before, 22 أكتوبر للعام ذاته a day of the
    year named before.
    """
    if spec.same_month:
        if month_before is None:
            return None
        year = month_before[0] if spec.year is None else spec.year  # (من ذات الشهر عام 2023)
        return Spec(kind="date", year=year, month=month_before[1], day=spec.day)
    if spec.same_year and spec.kind == "year":  # العام التالي: the year after the one named
        offset = spec.year_offset or 0
        # none named: the reference's next year (a part's mod kept: أواخر العام التالي)
        if year_before is None:
            return spec.replace(
                kind="unit", unit="year", offset=offset, same_year=False, year_offset=None
            )
        return spec.replace(year=year_before + offset, same_year=False, year_offset=None)
    if spec.same_year:
        return None if year_before is None else spec.replace(year=year_before, same_year=False)
    return spec


_OWN_ANCHOR_AFTER: Final = re.compile(r" (?:ل\S|على )")  # التالي لانتخابه، التالي على توقيعه
_STORY_NEXT_END: Final = tuple(" " + fold(word) for word in relative_words.STORY_NEXT_WORDS)
"""3 مارس التالي، الشهر التالي: «following», the last word of the mention."""


def _after_month_named(
    spec: Spec, month_before: tuple[int, int] | None, text: str, start: int, end: int
) -> Spec:
    """*spec*, a month or the month unit with «following», counted from the month named before.

    أحال المجلس الملف في 26 فبراير 2011، ليعلن المدعي العام في 3 مارس التالي: the March after
    that February (2011), not after the page's day; وانتهت في أوائل شهر آذار التالي after
    تشرين الثاني 1915 is March 1916; وبدأ المفاوضات في الشهر التالي the month after the one
    named. A future cue before it keeps the reference's (ستبدأ في الشهر التالي), as for
    العام التالي.
    """
    if (
        month_before is None
        or not text.endswith(_STORY_NEXT_END, start, end)
        or _OWN_ANCHOR_AFTER.match(text, end)  # الشهر التالي لانتخابه: after its own event
        or future_cue_kind(text, start) == AHEAD
    ):
        return spec
    year, month = month_before
    if not dt.MINYEAR < year < dt.MAXYEAR:
        return spec  # (a year at the calendar's edge has no year after it to count into)
    if spec.kind == "date" and spec.relative == 1 and spec.month is not None and spec.year is None:
        if spec.hijri or (spec.day is None and spec.month == month):
            return spec
        return spec.replace(year=year if spec.month > month else year + 1, relative=None)
    if spec.kind == "unit" and spec.unit == "month" and spec.offset == 1 and spec.relative is None:
        following = dt.date(year, month, 1) + relativedelta(months=1)
        return Spec(kind="date", year=following.year, month=following.month, mod=spec.mod)
    return spec


_SENTENCE_END: Final = re.compile(r"[.!?\n\u061b\u061f]")  # . ! ? ؛ ؟ and a line break
_CARRY_REACH: Final = 60  # characters between a day of a past year and a day with none after it


def _day_of_year(spec: Spec, resolution: Resolution, end: int) -> tuple[int, dt.date] | None:
    """(*end*, the day) of a Gregorian day whose year is written (30 أيلول 1989), else ``None``."""
    first = resolution.first
    if (
        spec.kind != "date"
        or spec.year is None
        or spec.day is None
        or spec.hijri
        or spec.event
        or first is None
        or first != resolution.last
    ):
        return None
    return end, first


def _year_carried(
    spec: Spec,
    dated: tuple[int, dt.date] | None,
    reference: dt.date | None,
    text: str,
    start: int,
) -> Spec:
    """*spec*, a day with no year, in the past year of the day written just before it.

    In a narrative of the past, a date with no year after one of a year that is not the
    reference's takes that year: وثيقة الوفاق التي أقرت يوم 30 أيلول 1989 والتي صادق عليها
    النواب يوم 5 تشرين الثاني (1989, not the last 5 November). Only in the same sentence,
    a few words on (``_CARRY_REACH``), for a later day of the year, with no relative word
    or weekday of its own and no word of the future before it; else the news rule stays.
    """
    if (
        dated is None
        or reference is None
        or spec.kind != "date"
        or spec.year is not None
        or spec.day is None
        or spec.month is None
        or spec.hijri
        or spec.months
        or spec.relative is not None
        or spec.year_offset is not None
        or spec.weekday is not None
        or spec.event
        or spec.end is not None
        or spec.same_day
    ):
        return spec
    end, day = dated
    gap = text[end:start]
    if (
        day.year >= reference.year
        or len(gap) > _CARRY_REACH
        or _SENTENCE_END.search(gap)
        or (spec.month, spec.day) <= (day.month, day.day)
        or future_cue_before(text, start)
    ):
        return spec
    return spec.replace(year=day.year)


_DAY_BEFORE_REACH: Final = 120  # characters between a day and a weekday that follows it


def _after_day_before(
    spec: Spec,
    resolution: Resolution,
    day_before: tuple[int, dt.date] | None,
    text: str,
    start: int,
    *,
    future: bool,
) -> dt.date | None:
    """The reference to read a bare future weekday against when it follows a later day.

    In one sentence, a bare weekday of the future after a day ahead of it is the first
    such weekday after that day: يصل الوفد الأحد المقبل ويغادر الجمعة (written on a
    Wednesday) leaves on the Friday after that Sunday, not on the coming one; after a week
    ahead (مطلع الأسبوع المقبل), the first such weekday of that week. ``None`` when the
    weekday stays as the news rule reads it.
    """
    if (
        day_before is None
        or not future
        or spec.kind != "weekday"
        or spec.relative is not None
        or spec.day is not None
        or spec.nth
        or spec.end is not None
        or resolution.first is None
        or resolution.first
        >= day_before[1]  # the same day told again (يوم السبت ... «السبت الصبح»)
    ):
        return None
    end, day = day_before
    if start - end > _DAY_BEFORE_REACH or _SENTENCE_END.search(text, end, start):
        return None
    return day + dt.timedelta(days=1)


def _day_read_after(end: int, resolution: Resolution) -> tuple[int, dt.date] | None:
    """(where it ends, the day) that a bare future weekday after this mention is read after.

    A day is its own; a week (مطلع الأسبوع المقبل، في زيارة تستمر حتى الأربعاء) the day
    before it starts, so that the weekday is in that week or after it. ``None`` otherwise.
    """
    if resolution.granularity is Granularity.DAY and resolution.last is not None:
        return end, resolution.last
    if resolution.granularity is Granularity.WEEK and resolution.first is not None:
        return end, resolution.first - dt.timedelta(days=1)
    return None


def _year_of(resolution: Resolution) -> int | None:
    """The Gregorian year a resolution ends in (من 2015 إلى 2018، وفي مايو من العام ذاته: 2018)."""
    return None if resolution.last is None else resolution.last.year


def _month_of(resolution: Resolution) -> tuple[int, int] | None:
    """The Gregorian (year, month) a day or month resolution lies in, else ``None``."""
    first, last = resolution.first, resolution.last
    if (
        first is None
        or last is None
        or resolution.hijri is not None
        or resolution.granularity not in _MONTH_OR_DAY
        or (first.year, first.month) != (last.year, last.month)
    ):
        return None
    return first.year, first.month


def find_dates(
    text: str | Normalized,
    *,
    reference: dt.date | None = None,
    max_chars: int | None = MAX_CHARS,
    numeric_calendar: Calendar | str = Calendar.NUMERIC,
) -> list[DateMention]:
    """Find every date expression of *text*, resolved against *reference*.

    Matching happens on the MATCHING normalization of the text (hamza, alef, yeh
    and digit variants meet), spans are reported in the original text.

    Args:
        text: an article, a paragraph, any string; or its
            :func:`~diplomatext.normalize.prepare` result, so that a text read by
            several finders is normalized once (the mentions are the same).
        reference: the date the text was written (its publication date); relative
            expressions (أمس, الشهر الماضي, a month without a year) resolve against
            it. ``None``: they are found with X's in their value, never against
            today's date.
        max_chars: refuse longer texts (see :class:`~diplomatext.InputTooLargeError`;
            default :data:`MAX_CHARS`); ``None`` accepts any length (no limit).
        numeric_calendar: the calendar of a numeric date without an era mark.
            ``Calendar.NUMERIC`` (the default): Gregorian, except a year of 1300-1499
            (``30-02-1433``), which no Gregorian date of news has; a two-digit year is
            read only in ``dd/mm/yy`` or ``dd.mm.yy``. ``Calendar.HIJRI``, for texts that
            date by the Hijri calendar (Saudi forms and records): such a date is Hijri
            whenever its year can be (a two-digit year, in any separator, as ``30-02-33``;
            a year before 1500); an era mark still decides (``2/3/24م``).

    Returns:
        The mentions, sorted by ``start``, not overlapping; ``[]`` if none.

    Raises:
        InputError: if *text* is not a ``str``, *reference* not a date, or
            *numeric_calendar* neither ``"numeric"`` nor ``"hijri"``.
        InputTooLargeError: if *text* is longer than *max_chars*.

    >>> import datetime
    >>> text = "أعلنت روسيا انسحابها منتصف يناير/كانون الثاني الماضي، واجتمع الوفدان أمس"
    >>> for m in find_dates(text, reference=datetime.date(2021, 5, 19)):
    ...     print(m.text, m.value, m.mod, m.first, m.last)
    منتصف يناير/كانون الثاني الماضي 2021-01 MID 2021-01-11 2021-01-20
    أمس 2021-05-18 None 2021-05-18 2021-05-18
    >>> [m.value for m in find_dates("في 15 مايو")]
    ['XXXX-05-15']
    >>> [m.value for m in find_dates("بتاريخ 30-02-33", numeric_calendar="hijri")]
    ['2012-01-24']

    .. versionadded:: 0.1.0
    """
    prepared = text if isinstance(text, Normalized) else None
    original = checked_text(prepared.original if prepared else text, max_chars=max_chars)
    reference = checked_date(reference, name="reference")
    hijri_numeric = _hijri_numeric(numeric_calendar)
    if not original:
        return []
    prepared = prepare(prepared or original)  # a prepared text of other options is refused
    found = list(
        _mentions(unwrapped(prepared), reference, lenient=False, hijri_numeric=hijri_numeric)
    )
    if not found and len(original) <= _AGE_MOST:
        # «3 أيام» alone: a page's freshness line; «الساعة 3 عصرا» alone: a query's time
        field = _age_field(prepared, reference) or _clock_field(prepared, reference)
        return [field] if field is not None else []
    return found


def _hijri_numeric(numeric_calendar: object) -> bool:
    """Whether *numeric_calendar* (a caller's option) makes unmarked numeric dates Hijri."""
    if numeric_calendar in (Calendar.NUMERIC, Calendar.HIJRI):
        return numeric_calendar == Calendar.HIJRI
    msg = f'numeric_calendar must be "numeric" or "hijri", got {numeric_calendar!r}'
    raise InputError(msg)


def find_packed(
    text: Normalized, *, reference: dt.date | None = None, hijri_numeric: bool = False
) -> Packed[DateMention]:
    """:func:`find_dates` on a prepared text, unchecked, as columns (the article pass's own).

    Lines stay lines here: the pass keeps each line of a page as a paragraph, and a date
    read across two of them would be dropped with its pieces. Nor is a line read as a
    field (a date alone keeps the news rule: a page's «30 نوفمبر» is the last one).
    """
    return _mentions(text, reference, lenient=False, fields=False, hijri_numeric=hijri_numeric)


def resolve_date(
    expression: str,
    *,
    reference: dt.date | None = None,
    max_chars: int | None = MAX_CHARS,
    numeric_calendar: Calendar | str = Calendar.NUMERIC,
) -> DateMention | None:
    """Resolve one date expression given on its own (a form field, a dateline).

    Unlike :func:`find_dates`, words that need context in running text (مارس,
    رمضان, آب) are accepted when they make up the whole expression. A leading
    preposition of the ``STANDALONE_LEAD_WORDS`` table (في, منذ, بتاريخ...) may
    precede them. An expression alone tells no tense: a bare weekday is the coming one,
    a date without a year the coming one up to nine months ahead, else the last one
    (``DateNote.NO_TENSE``); a page's date copied without its year and read long after
    is best given with its year, or read by :func:`~diplomatext.parse_article`.

    Args:
        expression: the expression, alone.
        reference: as for :func:`find_dates`.
        max_chars: refuse longer expressions, as :func:`find_dates` does;
            ``None`` accepts any length.
        numeric_calendar: as for :func:`find_dates` (``"hijri"`` reads ``14-07-44`` as
            14 Rajab 1444).

    Returns:
        The mention when *expression* holds exactly one date expression; ``None``
        when it holds none or several (use :func:`find_dates` for those).

    Raises:
        InputError: if *expression* is not a ``str``, *reference* not a date, or
            *numeric_calendar* neither ``"numeric"`` nor ``"hijri"``.
        InputTooLargeError: if *expression* is longer than *max_chars*.

    >>> import datetime
    >>> resolve_date("رمضان 1445").value
    '2024-03-11/2024-04-09'
    >>> resolve_date("مارس", reference=datetime.date(2021, 5, 19)).value
    '2021-03'
    >>> resolve_date("رجب طيب أردوغان") is None
    True

    .. versionadded:: 0.1.0
    """
    expression = checked_text(expression, name="expression", max_chars=max_chars)
    ref = checked_date(reference, name="reference")
    hijri_numeric = _hijri_numeric(numeric_calendar)
    if not expression.strip():
        return None
    prepared = prepare(expression)
    mentions = _mentions(prepared, ref, lenient=False, hijri_numeric=hijri_numeric)
    if mentions:
        return mentions[0] if len(mentions) == 1 else None
    # «3 أيام», «اليوم السابق» alone; else a word that needs context in running text
    return (
        _age_field(prepared, ref)
        or _alone(prepared, ref, hijri_numeric=hijri_numeric)
        or _clock_field(prepared, ref)
    )


def _alone(
    prepared: Normalized, reference: dt.date | None, *, hijri_numeric: bool
) -> DateMention | None:
    """The one expression of *prepared* read without the context rules (مارس, رمضان).

    Only a lead word of ``STANDALONE_LEAD_WORDS`` may precede it, and no word follow.
    """
    spans: list[tuple[int, int]] = []
    lenient = _mentions(prepared, reference, lenient=True, spans=spans, hijri_numeric=hijri_numeric)
    if len(lenient) != 1:
        return None
    start, end = spans[0]
    before, after = prepared.text[:start], prepared.text[end:]
    if _leading_words().fullmatch(before) and not re.search(r"\w", after):
        return lenient[0]
    return None
