"""The argument checks every public function shares, with one wording for each error."""

from __future__ import annotations

import datetime as dt

from diplomatext.errors import InputError, InputTooLargeError, OptionError

__all__ = ["checked_date", "checked_limit", "checked_text"]


def checked_limit(value: object, *, name: str) -> int | None:
    """*value* as a size limit: a whole number of at least 1, or ``None`` for no limit.

    Raises:
        InputError: *value* is not an ``int`` or ``None`` (``"1"``, ``1.5``, ``True``).
        OptionError: *value* is 0 or less (a limit of nothing refuses everything).
    """
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{name} must be a whole number or None, got {type(value).__name__} {value!r}"
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
