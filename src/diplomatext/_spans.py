"""The argument checks every public function shares, with one wording for each error."""

from __future__ import annotations

import datetime as dt

from diplomatext.errors import InputError, InputTooLargeError

__all__ = ["checked_date", "checked_text"]


def checked_text(value: object, *, name: str = "text", max_chars: int | None = None) -> str:
    """*value* if it is a ``str`` no longer than *max_chars*; else the error that says why.

    Raises:
        InputError: *value* is not a ``str`` (bytes, ``None``, ...).
        InputTooLargeError: *value* is longer than *max_chars*.
    """
    if not isinstance(value, str):
        raise InputError.expected_str(name, value)
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
