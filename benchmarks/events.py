"""Throughput of find_events on the seed articles, in articles per CPU second.

Run: python benchmarks/events.py

An article pass finds the dates and treaties first and hands them over, so the
figure that matters is ``find_events(text, dates=..., treaties=...)`` (target: at
least 1,000 articles/s per core). The article pass also hands over the text
already normalized (``prepare(text)``); the second row is that call. For scale,
the same table gives find_dates and find_treaties on the same articles, and
find_events computing them itself.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

from _corpus import seed_articles
from diplomatext import find_dates, find_events, find_treaties, load_actors, prepare

if TYPE_CHECKING:
    from collections.abc import Callable

REFERENCE = dt.date(2021, 5, 20)
ROUNDS = 200


def _cpu(function: Callable[[], object], rounds: int) -> float:
    """CPU seconds of *rounds* calls of *function* (best of three runs)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(rounds):
            function()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:  # noqa: C901
    """Print one table."""
    articles = seed_articles()
    load_actors()  # load and compile the data once, as a corpus run does
    prepared = [
        (
            text,
            find_dates(text, reference=REFERENCE),
            find_treaties(text, reference=REFERENCE),
        )
        for text in articles
    ]
    normalized = [prepare(text) for text in articles]
    for text, dates, treaties in prepared:  # warm every cache
        find_events(text, reference=REFERENCE, dates=dates, treaties=treaties)

    def events_given() -> None:
        for text, dates, treaties in prepared:
            find_events(text, reference=REFERENCE, dates=dates, treaties=treaties)

    def events_prepared() -> None:
        for folded, (_, dates, treaties) in zip(normalized, prepared, strict=True):
            find_events(folded, reference=REFERENCE, dates=dates, treaties=treaties)

    def events_alone() -> None:
        for text in articles:
            find_events(text, reference=REFERENCE)

    def dates_only() -> None:
        for text in articles:
            find_dates(text, reference=REFERENCE)

    def treaties_only() -> None:
        for text in articles:
            find_treaties(text, reference=REFERENCE)

    count = len(articles) * ROUNDS
    characters = sum(len(text) for text in articles) / len(articles)
    print(f"{len(articles)} seed articles, {characters:,.0f} characters each, {ROUNDS} rounds")
    print()
    print("| call | CPU s | articles/s (CPU) | ms/article |")
    print("|---|---|---|---|")
    for name, function in (
        ("find_events, dates and treaties given", events_given),
        ("find_events, prepared text, dates and treaties given", events_prepared),
        ("find_events, computing them", events_alone),
        ("find_dates", dates_only),
        ("find_treaties", treaties_only),
    ):
        seconds = _cpu(function, ROUNDS)
        print(f"| {name} | {seconds:.3f} | {count / seconds:,.0f} | {1000 * seconds / count:.3f} |")


if __name__ == "__main__":
    main()
