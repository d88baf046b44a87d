"""A linear-time check that compares 1x and 4x inputs in one process (a ratio, not a time)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

GROWTH_BOUND = 8.0
"""4x the input may cost at most this many times the 1x time (linear is 4; quadratic 16)."""


def _best_of(function: Callable[[str], object], text: str, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best


def growth(function: Callable[[str], object], build: Callable[[int], str], size: int) -> float:
    """CPU time of *function* on ``build(4 * size)`` over its time on ``build(size)``.

    The small input is floored at 2 ms of CPU time so that timer noise on a tiny
    input cannot make a linear function look quadratic.
    """
    small = max(_best_of(function, build(size)), 0.002)
    large = _best_of(function, build(4 * size))
    return large / small
