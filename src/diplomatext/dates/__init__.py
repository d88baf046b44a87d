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

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import attrs

from diplomatext import _spans
from diplomatext._lexical import fold, trie_pattern
from diplomatext._records import from_plain, to_plain
from diplomatext._spans import checked_date, checked_text
from diplomatext.calendars import Calendar  # noqa: TC001 (attrs and autodoc resolve it)
from diplomatext.data import cues
from diplomatext.data.chars import TATWEEL
from diplomatext.dates._grammar import RULES, future_cue_before, parse, past_cue_before
from diplomatext.dates._resolve import resolve
from diplomatext.dates._types import Anchor, DateNote, Granularity, Mod
from diplomatext.normalize import Normalized, prepare

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from diplomatext.dates._resolve import Resolution
    from diplomatext.dates._spec import Spec

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


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression of a text: where it is, what it says, what it denotes.

    Attributes:
        start: offset of the first character in the original text.
        end: offset after the last character; ``text == original[start:end]``.
        text: the expression as written.
        value: TIMEX3 value: ``2021``, ``2021-02``, ``2021-02-05``, ``2021-W05``,
            ``2021-SU``, ``2021-Q1``, intervals ``2022-01-09/2022-01-10``, vague
            ``PAST_REF``; X's where no reference resolved it (``XXXX-05-15``).
        mod: part of the period (START, MID, END) or APPROX; None for all of it.
        first: first day denoted (a period part narrows it); None if unresolved.
        last: last day denoted, inclusive; None if unresolved.
        granularity: the unit written (day, week, month, season, year...).
        calendar: the calendar or month-naming system written (first one of a dual form).
        hijri: the Hijri date the text gave (``1443-06-15``, ``1445-09``, ``1445``).
        anchor: absolute, relative to the reference, or a named event.
        notes: what a user should know (weekday mismatch, tabular calendar...).
        rule: the name of the grammar rule that found it (one of :data:`RULE_NAMES`);
            empty in records written before it was recorded.

    >>> import datetime
    >>> mention = find_dates("مساء الأربعاء", reference=datetime.date(2021, 5, 20))[0]
    >>> mention.value, mention.first, mention.anchor.value
    ('2021-05-19', datetime.date(2021, 5, 19), 'relative')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    value: str
    mod: Mod | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    granularity: Granularity
    calendar: Calendar
    hijri: str | None = None
    anchor: Anchor
    notes: tuple[DateNote, ...] = ()
    rule: str = ""

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
        plain: dict[str, Any] = to_plain(self)
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
        return from_plain(cls, data)


def _is_mark(character: str) -> bool:
    return character == TATWEEL or unicodedata.category(character) == "Mn"


def _looks_ahead(spec: Spec) -> bool:
    """Whether *spec* is resolved by direction (a year-less date, a bare weekday)."""
    if spec.relative is not None or spec.event:
        return False
    if spec.kind == "interval" and spec.end is not None:
        return spec.year is None and spec.end.year is None
    return (spec.kind in {"date", "season"} and spec.year is None) or spec.kind == "weekday"


_MODS: Final = {mod.value: mod for mod in Mod}
_CACHE_SIZE: Final = 4096  # distinct surfaces and resolutions kept per call, then forgotten


def _mentions(
    text: Normalized,
    reference: dt.date | None,
    *,
    lenient: bool,
    spans: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """The mentions of *text*; *spans* (if given) receives their spans in the normalized text.

    Mentions of one surface share its string, and mentions of one expression
    resolved alike share their value, dates and notes: a text made of date words
    holds one string and one resolution per distinct expression, not per mention.
    """
    original = text.original
    size = len(original)
    to_original = text.to_original
    mentions: list[DateMention] = []
    surfaces: dict[str, str] = {}
    resolved: dict[tuple[Spec, bool, bool], Resolution] = {}
    last_end = 0
    for item in parse(text.text, lenient=lenient):
        start, end = to_original(item.start, item.end)
        while end < size and _is_mark(original[end]):
            end += 1  # a final tanween or shadda belongs to the word: قريباً
        if start < last_end or start >= end:
            continue
        spec = item.spec
        looks_ahead = _looks_ahead(spec)
        past = looks_ahead and past_cue_before(text.text, item.start)
        future = looks_ahead and not past and future_cue_before(text.text, item.start)
        key = (spec, future, past)
        resolution = resolved.get(key)
        if resolution is None:
            if len(resolved) >= _CACHE_SIZE:
                resolved.clear()
            resolution = resolved[key] = resolve(spec, reference, future=future, past=past)
        surface = original[start:end]
        surface = surfaces.setdefault(surface, surface)
        if len(surfaces) > _CACHE_SIZE:
            surfaces.clear()
        mentions.append(
            DateMention(
                start=start,
                end=end,
                text=surface,
                value=resolution.value,
                mod=_MODS[spec.mod] if spec.mod else None,
                first=resolution.first,
                last=resolution.last,
                granularity=resolution.granularity,
                calendar=spec.calendar,
                hijri=resolution.hijri,
                anchor=resolution.anchor,
                notes=resolution.notes,
                rule=item.rule,
            )
        )
        if spans is not None:
            spans.append((item.start, item.end))
        last_end = end
    return mentions


def find_dates(
    text: str | Normalized, *, reference: dt.date | None = None, max_chars: int | None = MAX_CHARS
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

    Returns:
        The mentions, sorted by ``start``, not overlapping; ``[]`` if none.

    Raises:
        InputError: if *text* is not a ``str`` or *reference* not a date.
        InputTooLargeError: if *text* is longer than *max_chars*.

    >>> import datetime
    >>> text = "أعلنت روسيا انسحابها منتصف يناير/كانون الثاني الماضي، واجتمع الوفدان أمس"
    >>> for m in find_dates(text, reference=datetime.date(2021, 5, 19)):
    ...     print(m.text, m.value, m.mod, m.first, m.last)
    منتصف يناير/كانون الثاني الماضي 2021-01 MID 2021-01-11 2021-01-20
    أمس 2021-05-18 None 2021-05-18 2021-05-18
    >>> [m.value for m in find_dates("في 15 مايو")]
    ['XXXX-05-15']

    .. versionadded:: 0.1.0
    """
    prepared = text if isinstance(text, Normalized) else None
    original = checked_text(prepared.original if prepared else text, max_chars=max_chars)
    reference = checked_date(reference, name="reference")
    if not original:
        return []
    return _mentions(prepare(prepared or original), reference, lenient=False)


def resolve_date(
    expression: str, *, reference: dt.date | None = None, max_chars: int | None = MAX_CHARS
) -> DateMention | None:
    """Resolve one date expression given on its own (a form field, a dateline).

    Unlike :func:`find_dates`, words that need context in running text (مارس,
    رمضان, آب) are accepted when they make up the whole expression. A leading
    preposition of the ``STANDALONE_LEAD_WORDS`` table (في, منذ, بتاريخ...) may
    precede them.

    Args:
        expression: the expression, alone.
        reference: as for :func:`find_dates`.
        max_chars: refuse longer expressions, as :func:`find_dates` does;
            ``None`` accepts any length.

    Returns:
        The mention when *expression* holds exactly one date expression; ``None``
        when it holds none or several (use :func:`find_dates` for those).

    Raises:
        InputError: if *expression* is not a ``str`` or *reference* not a date.
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
    if not expression.strip():
        return None
    prepared = prepare(expression)
    mentions = _mentions(prepared, ref, lenient=False)
    if len(mentions) == 1:
        return mentions[0]
    if mentions:
        return None
    spans: list[tuple[int, int]] = []
    lenient = _mentions(prepared, ref, lenient=True, spans=spans)
    if len(lenient) != 1:
        return None
    start, end = spans[0]
    before, after = prepared.text[:start], prepared.text[end:]
    if _leading_words().fullmatch(before) and not re.search(r"\w", after):
        return lenient[0]
    return None
