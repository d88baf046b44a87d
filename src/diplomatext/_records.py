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
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["TextEnum", "from_plain", "to_plain"]

_T = TypeVar("_T")


class TextEnum(str, enum.Enum):
    """An enumeration whose members are their string values (``str(Mod.MID) == "MID"``).

    Python 3.11 has ``enum.StrEnum``; 3.10 does not, and a plain ``(str, Enum)``
    prints as ``Mod.MID`` from 3.11 on.
    """

    def __str__(self) -> str:
        """The value, as a ``StrEnum`` prints."""
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        """Format the value, as a ``StrEnum`` does."""
        return format(str(self.value), format_spec)


_LEAVES: Final = frozenset({str, int, float, bool, type(None)})
"""Types whose values are JSON-ready as they are (exact types: a ``TextEnum`` is a str too)."""


def to_plain(value: object) -> Any:  # noqa: ANN401 (JSON-ready: dict, list, str, int, None)
    """*value* (an attrs record, enum, date, tuple, or plain value) as JSON-ready data."""
    if type(value) in _LEAVES:  # most values: offsets and texts
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_plain(item) for item in value]
    cls = type(value)
    names = _FIELD_NAMES[cls] if cls in _FIELD_NAMES else _field_names(cls)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of an attrs class, in order (``None`` for any other class), kept."""
    names = tuple(field.name for field in attrs.fields(cls)) if attrs.has(cls) else None
    _FIELD_NAMES[cls] = names
    return names


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
    """Names the annotations of *cls* may use, also those its module imports only for typing.

    The public names of every loaded ``diplomatext`` module, then the module's own:
    the types a record's fields hold are loaded by the time a record exists, and this
    module never imports the package (arrows point down only).
    """
    names: dict[str, Any] = {"dt": dt, "datetime": dt}
    for name, module in list(sys.modules.items()):
        if name.startswith("diplomatext.") and module is not None:
            names.update((k, v) for k, v in vars(module).items() if not k.startswith("_"))
    names.update(vars(sys.modules[cls.__module__]))
    return names


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
