"""Attrs records to plain JSON-ready data and back, driven by their type hints.

Enumerations become their values, dates ISO 8601 strings, tuples lists; the way
back reads each field's type hint. Used by the ``to_dict``/``from_dict`` methods
of the result records (:class:`~diplomatext.DateMention`,
:class:`~diplomatext.TreatyMention`), so that every record serializes one way.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["from_plain", "to_plain"]

_T = TypeVar("_T")


def to_plain(value: object) -> Any:  # noqa: ANN401 (JSON-ready: dict, list, str, int, None)
    """*value* (an attrs record, enum, date, tuple, or plain value) as JSON-ready data."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_plain(item) for item in value]
    if attrs.has(type(value)):
        cls = typing.cast("type[attrs.AttrsInstance]", type(value))
        return {field.name: to_plain(getattr(value, field.name)) for field in attrs.fields(cls)}
    return value


def from_plain(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """Rebuild an attrs record of *cls* from :func:`to_plain` data, by its type hints."""
    hints = _hints(typing.cast("type", cls))
    kwargs = {
        field.name: _structure(hints[field.name], data[field.name])
        for field in attrs.fields(typing.cast("type[attrs.AttrsInstance]", cls))
        if field.name in data
    }
    return cls(**kwargs)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The resolved type hints of *cls*, computed once per class."""
    return typing.get_type_hints(cls, globalns=_namespace(cls))


def _namespace(cls: type) -> dict[str, Any]:
    """Names the annotations of *cls* may use, also those its module imports only for typing."""
    import diplomatext  # noqa: PLC0415 (the package imports the modules that import this one)

    module = sys.modules[cls.__module__]
    return {**vars(diplomatext), "dt": dt, "datetime": dt, **vars(module)}


def _structure(hint: Any, value: object) -> object:  # noqa: ANN401, PLR0911 (any type hint)
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in {typing.Union, types.UnionType}:
        arguments = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _structure(arguments[0], value) if len(arguments) == 1 else value
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_structure(item, element) for element in value)  # type: ignore[attr-defined]
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is dt.date:
            return dt.date.fromisoformat(str(value))
        if attrs.has(hint):
            return from_plain(hint, value)  # type: ignore[arg-type]
    return value
