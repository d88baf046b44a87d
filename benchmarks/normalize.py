"""Throughput of diplomatext.normalize, side by side with its peers and the floor.

Run: ``python benchmarks/normalize.py [--megabytes 10] [--repeats 7]``.

Peers are measured only where they import (``pip install pyarabic``; CAMeL Tools
pulls in PyTorch, so install just its pure-Python utilities with
``pip install --no-deps camel-tools six emoji``). Shared machines are noisy:
compare figures of one run, not across runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from typing import TYPE_CHECKING

import diplomatext
from _corpus import repeated, seed_articles, timed
from diplomatext.data import chars
from diplomatext.normalize import _plan

if TYPE_CHECKING:
    from collections.abc import Callable


def _translate_floor() -> Callable[[str], str]:
    """A bare ``str.translate`` with the same character table as STANDARD (no runs, no map)."""
    table: dict[int, str] = {ord(c): out for c, out in _plan(diplomatext.STANDARD).table.items()}
    table.update({ord(c): " " for c in chars.WHITESPACE})
    return lambda text: text.translate(table)


def _camel() -> Callable[[str], str] | None:
    try:
        from camel_tools.utils.dediac import dediac_ar  # noqa: PLC0415
        from camel_tools.utils.normalize import (  # noqa: PLC0415
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except ImportError:
        return None

    def pipeline(text: str) -> str:
        text = dediac_ar(normalize_unicode(text))
        return str(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text))))

    return pipeline


def _pyarabic() -> Callable[[str], str] | None:
    try:
        from pyarabic import araby  # noqa: PLC0415
    except ImportError:
        return None

    def pipeline(text: str) -> str:
        text = araby.strip_tatweel(araby.strip_tashkeel(text))
        return str(araby.normalize_ligature(araby.normalize_hamza(text)))

    return pipeline


def main(argv: list[str] | None = None) -> int:
    """Measure and print one table of MB/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    text = repeated(int(args.megabytes * 1_000_000))
    size = len(text.encode("utf-8")) / 1_000_000
    entries: list[tuple[str, Callable[[str], object], int]] = [
        ("str.translate, STANDARD table (floor)", _translate_floor(), args.repeats),
        ("diplomatext.normalize (STANDARD)", diplomatext.normalize, args.repeats),
        (
            "diplomatext.normalize (SEARCH)",
            lambda t: diplomatext.normalize(t, "search"),
            args.repeats,
        ),
        ("diplomatext.normalize_with_map (STANDARD)", diplomatext.normalize_with_map, args.repeats),
        (
            "diplomatext.normalize_with_map (MATCHING)",
            lambda t: diplomatext.normalize_with_map(t, "matching"),
            args.repeats,
        ),
    ]
    camel, pyarabic = _camel(), _pyarabic()
    if camel is not None:
        entries.append(("CAMeL Tools pipeline (5 steps)", camel, max(1, args.repeats // 2)))
    if pyarabic is not None:
        entries.append(("PyArabic pipeline (4 steps)", pyarabic, args.repeats))

    print(f"input: {size:.1f} MB of the seed articles; Python {sys.version.split()[0]}")
    print(f"{'what':<46} {'best s':>8} {'median s':>9} {'best MB/s':>10} {'med MB/s':>9}")
    floor = None
    for name, function, repeats in entries:
        best, median = timed(functools.partial(function, text), repeats)
        floor = floor or best
        print(
            f"{name:<46} {best:>8.3f} {median:>9.3f} {size / best:>10.1f} {size / median:>9.1f}"
            f"   ({best / floor:.2f}x floor)"
        )
    missing = [n for n, f in (("CAMeL Tools", camel), ("PyArabic", pyarabic)) if f is None]
    if missing:
        print(f"not measured (not installed): {', '.join(missing)}")

    articles = seed_articles()
    article_bytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    rounds = 200
    best, _ = timed(
        lambda: [
            diplomatext.normalize_with_map(a, "matching") for _ in range(rounds) for a in articles
        ],
        3,
    )
    print(
        f"per article, normalize_with_map (MATCHING): {rounds * len(articles) / best:,.0f} "
        f"articles/s, {rounds * article_bytes / best:.1f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
