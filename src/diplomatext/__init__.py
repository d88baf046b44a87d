"""diplomatext: turn Arabic diplomatic news into structured, dated, canonical records.

>>> import diplomatext
>>> diplomatext.normalize("اتفاقيّة الأجواء المفتوحة")
'اتفاقية الاجواء المفتوحة'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from diplomatext.data import DATA_VERSION
from diplomatext.errors import (
    DecodeError,
    DiplomatextError,
    GazetteerError,
    InputError,
    InputTooLargeError,
    SpanError,
)
from diplomatext.normalize import (
    LIGHT,
    MATCHING,
    SEARCH,
    STANDARD,
    Change,
    Normalized,
    NormalizeOptions,
    OffsetMap,
    normalize,
    normalize_with_map,
)

try:
    __version__ = version("diplomatext")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "DATA_VERSION",
    "LIGHT",
    "MATCHING",
    "SEARCH",
    "STANDARD",
    "Change",
    "DecodeError",
    "DiplomatextError",
    "GazetteerError",
    "InputError",
    "InputTooLargeError",
    "NormalizeOptions",
    "Normalized",
    "OffsetMap",
    "SpanError",
    "__version__",
    "normalize",
    "normalize_with_map",
]
