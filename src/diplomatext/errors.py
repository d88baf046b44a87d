"""The errors diplomatext raises.

Every error derives from :class:`DiplomatextError`, so ``except DiplomatextError``
catches all of them; each one also derives from the builtin it refines
(:class:`TypeError`, :class:`ValueError`, ...) so code written against the
builtins keeps working. Messages say what was wrong and what to do about it.

>>> import diplomatext
>>> try:
...     diplomatext.normalize(b"bytes")
... except diplomatext.InputError as exc:
...     print(type(exc).__mro__[1].__name__, isinstance(exc, TypeError))
DiplomatextError True
"""

from __future__ import annotations

__all__ = [
    "CalendarError",
    "DecodeError",
    "DiplomatextError",
    "FileTooLargeError",
    "GazetteerError",
    "InputError",
    "InputTooLargeError",
    "MissingDependencyError",
    "OptionError",
    "PatternTimeoutError",
    "RecordError",
    "SpanError",
]


class DiplomatextError(Exception):
    """Root of every error raised by diplomatext.

    .. versionadded:: 0.1.0
    """


class InputError(DiplomatextError, TypeError):
    """Raised when a function gets a value of the wrong type (``None``, bytes, ...).

    .. versionadded:: 0.1.0
    """

    @classmethod
    def expected_str(cls, name: str, value: object) -> InputError:
        """Build the error for a non-``str`` *value* passed as argument *name*."""
        kind = type(value).__name__
        hint = ""
        if isinstance(value, (bytes, bytearray, memoryview)):
            hint = (
                "; decode it first (text.decode('utf-8')), or let "
                "diplomatext.read_article(data) detect the encoding"
            )
        elif value is None:
            hint = "; pass an empty string for no text"
        return cls(f"{name} must be str, got {kind}{hint}")


class SpanError(DiplomatextError, IndexError):
    """Raised when a span given to an offset map does not lie inside its text.

    Also when a :class:`~diplomatext.DateMention` or a :class:`~diplomatext.TextSpan`
    is built with a span whose length is not that of its text (``end - start != len(text)``).

    .. versionadded:: 0.1.0
    """

    @classmethod
    def outside(cls, start: int, end: int, length: int, which: str) -> SpanError:
        """Build the error for ``[start, end)`` outside a *which* text of *length*."""
        return cls(
            f"span [{start}, {end}) is not inside the {which} text of length {length}; "
            f"use 0 <= start <= end <= {length}"
        )


class InputTooLargeError(DiplomatextError, ValueError):
    """Raised when a text is longer than the *max_chars* limit a finder was given.

    The limit exists so that one runaway document (a dumped database, a binary
    file read as text) cannot stall a corpus run; raise it per call when you
    really mean to process more.

    .. versionadded:: 0.1.0
    """

    def __init__(self, length: int, limit: int, *, message: str | None = None) -> None:
        """Record the offending *length* and the *limit* it broke.

        *message* replaces the default one (a subclass counting bytes, say).
        """
        if message is None:
            message = (
                f"text has {length:,} characters, more than max_chars={limit:,}; "
                "split it into articles, or pass a larger max_chars"
            )
        super().__init__(message)
        self.length = length
        self.limit = limit

    def __reduce__(self) -> tuple[object, ...]:
        """Keep the error picklable (it crosses process pools)."""
        return (_rebuild_input_too_large_error, (type(self), self.length, self.limit, str(self)))


def _rebuild_input_too_large_error(
    kind: type[InputTooLargeError], length: int, limit: int, message: str
) -> InputTooLargeError:
    return kind(length, limit, message=message)


class DecodeError(DiplomatextError, ValueError):
    """Raised when the bytes of an article cannot be decoded as text.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        """Store *message* and the *source* (a path or ``"<bytes>"``) it is about."""
        text = f"{source}: {message}" if source else message
        super().__init__(text)
        self.source = source
        self.message = message

    def __reduce__(self) -> tuple[object, ...]:
        """Keep the error picklable (it crosses process pools)."""
        return (_rebuild_decode_error, (self.message, self.source))


def _rebuild_decode_error(message: str, source: str | None) -> DecodeError:
    return DecodeError(message, source=source)


class GazetteerError(DiplomatextError, ValueError):
    """Raised when a gazetteer file or entry is malformed.

    Attributes name the *path* of the file, the *entry_id* and the *field* at
    fault, so that a user fixing a file of a thousand entries finds the line.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        entry_id: str | None = None,
        field: str | None = None,
    ) -> None:
        """Store *message* with where it happened."""
        where = ", ".join(
            part
            for part in (
                path and f"file {path}",
                entry_id and f"entry {entry_id!r}",
                field and f"field {field!r}",
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.path = path
        self.entry_id = entry_id
        self.field = field

    def __reduce__(self) -> tuple[object, ...]:
        """Keep the error picklable (it crosses process pools)."""
        return (_rebuild_gazetteer_error, (self.message, self.path, self.entry_id, self.field))


def _rebuild_gazetteer_error(
    message: str, path: str | None, entry_id: str | None, field: str | None
) -> GazetteerError:
    return GazetteerError(message, path=path, entry_id=entry_id, field=field)


class CalendarError(DiplomatextError, ValueError):
    """Raised when a calendar date does not exist or cannot be converted.

    For example day 30 of a Hijri month that has 29 days in the Umm al-Qura
    calendar, or a Gregorian day before the Hijri era.

    .. versionadded:: 0.1.0
    """


class FileTooLargeError(InputTooLargeError):
    """Raised by :func:`diplomatext.read_article` when a file is larger than *max_bytes*.

    A subclass of :class:`InputTooLargeError` whose size is counted in bytes
    (read before decoding) and that names the file; ``except
    InputTooLargeError`` catches both.

    .. versionadded:: 0.1.0
    """

    def __init__(self, length: int, limit: int, *, source: str | None = None) -> None:
        """Record the *length* in bytes, the *limit* it broke and the *source* file."""
        where = f"{source}: " if source else ""
        super().__init__(
            length,
            limit,
            message=f"{where}{length:,} bytes, more than max_bytes={limit:,}; "
            "a news article is a few kilobytes: split the file into articles, "
            "or pass a larger max_bytes (--max-bytes on the command line)",
        )
        self.source = source

    def __reduce__(self) -> tuple[object, ...]:
        """Keep the error picklable (it crosses process pools)."""
        return (_rebuild_file_too_large_error, (self.length, self.limit, self.source))


def _rebuild_file_too_large_error(length: int, limit: int, source: str | None) -> FileTooLargeError:
    return FileTooLargeError(length, limit, source=source)


class RecordError(DiplomatextError, ValueError):
    """Raised when a serialized record (a JSON line) cannot be read back.

    For example a record written by another schema version, or one whose spans
    no longer match its text because it was edited by hand.

    .. versionadded:: 0.1.0
    """


class OptionError(DiplomatextError, ValueError):
    """Raised when an option has a value it cannot take, such as an unknown profile name.

    .. versionadded:: 0.1.0
    """


class PatternTimeoutError(DiplomatextError, TimeoutError):
    """Raised when matching one text took longer than the safety limit of a pattern.

    Patterns over user text run with a time limit, so that no input can stall a
    corpus run; the limit is generous (seconds for what takes milliseconds), so
    this error means a pathological input or a machine too loaded to finish.
    Split the text, or retry it.

    .. versionadded:: 0.1.0
    """


class MissingDependencyError(DiplomatextError, ImportError):
    """Raised when a function needs an optional dependency that is not installed.

    The message names the extra to install, such as ``pip install 'diplomatext[pandas]'``.

    .. versionadded:: 0.2.0
    """
