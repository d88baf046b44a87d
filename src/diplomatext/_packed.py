"""An immutable sequence of records kept as two columns: offsets, and shared payloads.

A page of one date word a line holds a paragraph and a date mention every
seven bytes. As records in a tuple each costs about 84 bytes (the object, its
offset as a Python integer, its place in the tuple); as a machine integer and a
reference to a payload that equal records share, 16. :class:`Packed` keeps the
columns and builds a record each time one is read, so an :class:`Article` of
such a page takes about 5 bytes per input byte instead of 24.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from typing import Any, TypeVar, overload

__all__ = ["Packed", "packed_or_tuple"]

_T_co = TypeVar("_T_co", covariant=True)
_P = TypeVar("_P")


class Packed(Sequence[_T_co]):
    """Records read from columns: ``make(starts[i], payloads[i])`` is the i-th.

    Behaves as the tuple of its records: equal to that tuple (and to another
    :class:`Packed` of equal records), with its hash and its repr, joined to a
    tuple with ``+`` (the result a tuple); slicing gives a :class:`Packed`.
    *make* must be a module-level function (it is pickled by name).
    """

    __slots__ = ("_make", "_payloads", "_starts")

    def __init__(
        self, starts: array[int], payloads: Sequence[_P], make: Callable[[int, _P], _T_co]
    ) -> None:
        """Keep the columns (not copied: the caller hands them over)."""
        if len(starts) != len(payloads):
            msg = f"{len(starts)} offsets for {len(payloads)} payloads"
            raise ValueError(msg)
        self._starts = starts
        self._payloads = payloads
        self._make = make

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice) -> Packed[_T_co]: ...
    def __getitem__(self, index: int | slice) -> _T_co | Packed[_T_co]:
        if isinstance(index, slice):
            return Packed(self._starts[index], self._payloads[index], self._make)
        return self._make(self._starts[index], self._payloads[index])

    def __iter__(self) -> Iterator[_T_co]:
        return map(self._make, self._starts, self._payloads)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Packed):
            if other._make is self._make:
                return self._starts == other._starts and list(self._payloads) == list(
                    other._payloads
                )
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __add__(self, other: object) -> tuple[Any, ...]:
        if isinstance(other, Packed | tuple):
            return (*self, *other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[Any, ...]:
        if isinstance(other, tuple):
            return (*other, *self)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return Packed, (self._starts, list(self._payloads), self._make)

    def where(self, keep: Sequence[object]) -> Packed[_T_co]:
        """The records whose *keep* flag is true, in order."""
        starts: array[int] = array("q", compress(self._starts, keep))
        return Packed(starts, list(compress(self._payloads, keep)), self._make)


def packed_or_tuple(records: Iterable[Any]) -> Sequence[Any]:
    """*records* as is when packed, else as a tuple: a field converter of the article."""
    if isinstance(records, Packed):
        return records
    return tuple(records)
