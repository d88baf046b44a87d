"""The argument checks and the size and time policy every public function shares."""

from __future__ import annotations

import datetime as dt
from typing import Final

from diplomatext.errors import InputError, InputTooLargeError, OptionError, SpanError

__all__ = [
    "MAX_CHARS",
    "check_span",
    "checked_date",
    "checked_limit",
    "checked_text",
    "pattern_time_limit",
]

MAX_CHARS: Final = 10_000_000
"""The default *max_chars* of every finder and of the article pass: ten million characters.

About 20 MB of Arabic, far beyond an article (a few thousand characters): a
longer text is a dump or several articles glued together. Every finder is
linear in the text, so ``max_chars=None`` (no limit) is safe, only slow.
"""

PATTERN_TIME_BASE: Final = 5.0
"""Seconds every regular-expression call on user text may take, whatever its length."""
PATTERN_CHARS_PER_SECOND: Final = 100_000
"""Characters of the subject that buy one more second of :func:`pattern_time_limit`."""


def pattern_time_limit(length: int) -> float:
    """The time limit, in seconds, of one regular-expression call on *length* characters.

    Every pattern is linear and takes microseconds per line, so the limit only
    stops a pathological input (raised as :class:`~diplomatext.PatternTimeoutError`,
    never a silently shorter result); it grows with the subject so that a loaded
    machine does not fail a long line.
    """
    return PATTERN_TIME_BASE + length / PATTERN_CHARS_PER_SECOND


def checked_limit(value: object, *, name: str) -> int | None:
    """*value* as a size limit: a whole number of at least 1, or ``None`` for no limit.

    Raises:
        InputError: *value* is not an ``int`` or ``None`` (``"1"``, ``1.5``, ``True``).
        OptionError: *value* is 0 or less (a limit of nothing refuses everything).
    """
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{name} must be an int or None (no limit), got {type(value).__name__} {value!r:.60}"
        raise InputError(msg)
    if value < 1:
        msg = f"{name}={value} refuses every input: pass a positive number, or None for no limit"
        raise OptionError(msg)
    return value


def checked_text(value: object, *, name: str = "text", max_chars: object = None) -> str:
    """*value* if it is a ``str`` no longer than *max_chars*; else the error that says why.

    Raises:
        InputError: *value* is not a ``str`` (bytes, ``None``, ...), or *max_chars*
            is not a whole number or ``None``.
        OptionError: *max_chars* is 0 or less.
        InputTooLargeError: *value* is longer than *max_chars*.
    """
    if not isinstance(value, str):
        raise InputError.expected_str(name, value)
    max_chars = checked_limit(max_chars, name="max_chars")
    if max_chars is not None and len(value) > max_chars:
        raise InputTooLargeError(len(value), max_chars)
    return value


def checked_date(value: object, *, name: str) -> dt.date | None:
    """*value* as a ``datetime.date`` (a ``datetime`` gives its day), or ``None``.

    Raises:
        InputError: *value* is neither a date nor ``None`` (a string, say).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    hint = " (use datetime.date.fromisoformat)" if isinstance(value, str) else ""
    msg = f"{name} must be a datetime.date or None, got {type(value).__name__}{hint}"
    raise InputError(msg)


def check_span(what: str, start: int, end: int, text: str) -> None:
    """Refuse a record of *what* whose span ``[start, end)`` is not as long as its *text*.

    Records that derive ``end`` from ``start + len(text)`` check it once, when built.
    """
    if end - start != len(text):
        msg = (
            f"{what}'s span [{start}, {end}) holds {end - start} characters but its text "
            f"{text!r:.60} has {len(text)}; give end = start + len(text)"
        )
        raise SpanError(msg)
