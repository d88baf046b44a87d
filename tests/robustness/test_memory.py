"""Peak memory per input byte of the finders on every hostile kind (issue 13: under 20).

Measured with :mod:`tracemalloc` around one call, after a first call has built
the tables, on 30,000 characters: past the grammar's token window (512 tokens),
so that the figure per byte is the one of a long input (checked against 1 and
8 MB with ``benchmarks/memory.py``). A bound on bytes, not a timed test.
"""

from __future__ import annotations

import tracemalloc
from typing import TYPE_CHECKING, Final

import pytest

import diplomatext
from tests.robustness.hostile import KINDS

if TYPE_CHECKING:
    from collections.abc import Callable

BOUND: Final = 20.0
"""Peak bytes of memory per byte of UTF-8 input."""

_SIZE: Final = 30_000
_WARM_UP: Final = "عنوان الخبر\nالقاهرة - وكالات: استقبل الوزير أمس، في 5 مايو 2021، نظيره.\nشارك\n"

FINDERS: Final[dict[str, Callable[[str], object]]] = {
    "find_dates": lambda text: diplomatext.find_dates(text, max_chars=None),
    "parse_article": lambda text: diplomatext.parse_article(text, max_chars=None),
    "find_treaties": lambda text: diplomatext.find_treaties(text, max_chars=None),
    "find_events": lambda text: diplomatext.find_events(text, reference=None, max_chars=None),
    "normalize_with_map": diplomatext.normalize_with_map,
}


def peak_per_byte(function: Callable[[str], object], text: str) -> float:
    """Peak traced memory of one call of *function* on *text*, per byte of UTF-8 input."""
    tracemalloc.start()
    try:
        function(text)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / max(1, len(text.encode("utf-8")))


@pytest.mark.parametrize(
    ("finder", "kind"),
    [
        pytest.param(finder, kind, id=f"{finder}-{kind}")
        for finder in FINDERS
        for kind in sorted(KINDS)
    ],
)
def test_peak_memory_per_input_byte_is_bounded(finder: str, kind: str) -> None:
    function = FINDERS[finder]
    text = KINDS[kind](_SIZE)
    function(_WARM_UP)  # tables and patterns are built once, outside the figure
    function(text[:1000])
    peak = peak_per_byte(function, text)
    assert peak < BOUND, f"{finder} on {kind}: {peak:.1f} bytes per input byte"
