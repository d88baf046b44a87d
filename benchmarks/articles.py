"""Throughput of diplomatext.parse_article (CPU time), its linearity, and the command line.

Run: ``python benchmarks/articles.py [--seconds 3] [--own] [--cli] [--files 2000]``.

Two corpora, timed in this process with CPU time (``time.process_time``), the
best of ``--repeats`` rounds of at least ``--seconds`` each:

- *short*: the eight sample articles of ``examples/articles`` cut to about
  2 KB each (their first lines and their last three), the size of a short
  wire story (target: 1,500 articles/s per core);
- *seed*: the five seed articles, 4 to 13 KB (target: 1,000 articles/s).

Each row also says how much of the time the date and treaty finders take
(measured by wrapping the one function the article pass calls them through),
so that the article pass's own cost and the finders' can be read apart.

Linearity: one article of story paragraphs (the seed paragraphs repeated) at
1 MB and at 4 MB, and 10,000 and 40,000 one-word lines of "أمس" (issue 13,
defect 2, the "many-lines" kind of ``tests/robustness/hostile.py``); the ratio
of the CPU times should be near 4, and the last column gives the CPU seconds
per MB of the larger input.

``--own`` also times the pass alone, with each finder's results for a text
remembered after the first call (what the finders' share leaves: options,
normalization, lines, boilerplate, dateline, publication date, masking, record).

``--cli`` also times ``diplomatext parse --jobs 1/2`` end to end on
``--files`` files (reading, decoding, JSON output and process start-up included).
Shared machines are noisy: compare the figures of one run, not across runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import diplomatext
from _corpus import seed_articles, short_articles
from diplomatext.articles import _mentions

if TYPE_CHECKING:
    from diplomatext.normalize import Normalized

ROOT = Path(__file__).resolve().parents[1]


def _round(texts: list[str], seconds: float, *, events: bool) -> tuple[int, float]:
    """Articles parsed and CPU seconds of one round of at least *seconds*."""
    count = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for text in texts:
            diplomatext.parse_article(text, events=events)
        count += len(texts)
    return count, time.process_time() - start


def _rate(
    texts: list[str], seconds: float, repeats: int, *, events: bool = True
) -> tuple[float, float]:
    """Best articles/s over *repeats* rounds, and the finders' share of the time then."""
    real = _mentions._find_mentions  # noqa: SLF001 (the one gate to the finders)
    spent = [0.0]

    def timed(*args: object, **kwargs: object) -> object:
        start = time.process_time()
        try:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent[0] += time.process_time() - start

    for text in texts:  # warm the caches of compiled tables
        diplomatext.parse_article(text, events=events)
    best, share = 0.0, 0.0
    _mentions._find_mentions = timed  # type: ignore[assignment]  # noqa: SLF001
    try:
        for _ in range(repeats):
            spent[0] = 0.0
            count, elapsed = _round(texts, seconds, events=events)
            if count / elapsed > best:
                best, share = count / elapsed, spent[0] / elapsed
    finally:
        _mentions._find_mentions = real  # noqa: SLF001
    return best, share


def _own_cost(texts: list[str], seconds: float, repeats: int) -> float:
    """Best µs per article of the pass alone: each finder call's result remembered after the first.

    The finders' first results for each text are kept and handed back (a
    look-up in a dictionary), so what is timed is everything else: reading
    the options, normalizing, splitting and classifying the lines, the
    dateline, the publication date, masking the story and building the record.
    """
    real = _mentions._find_mentions  # noqa: SLF001 (the one gate to the finders)
    memo: dict[object, object] = {}

    def remembered(text: str | Normalized, **kwargs: object) -> object:
        shown = text if isinstance(text, str) else (text.text, text.original)
        key = (shown, kwargs.get("reference"), kwargs.get("treaties", False))
        if key not in memo:
            memo[key] = real(text, **kwargs)  # type: ignore[arg-type]
        return memo[key]

    _mentions._find_mentions = remembered  # type: ignore[assignment]  # noqa: SLF001
    try:
        for text in texts:
            diplomatext.parse_article(text, events=False)
        best = float("inf")
        for _ in range(repeats):
            count, elapsed = _round(texts, seconds, events=False)
            best = min(best, elapsed / count)
    finally:
        _mentions._find_mentions = real  # noqa: SLF001
    return best * 1e6


def _cpu(text: str) -> float:
    start = time.process_time()
    diplomatext.parse_article(text, max_chars=None)
    return time.process_time() - start


def _linearity() -> list[tuple[str, float, float, int]]:
    story = "\n".join(
        paragraph.text
        for text in seed_articles()
        for paragraph in diplomatext.parse_article(text).paragraphs
    )
    unit = story + "\n"
    one_mb = unit * max(1, round(1_000_000 / len(unit.encode("utf-8"))))
    rows = [
        (
            "story paragraphs, 1 MB vs 4 MB",
            _cpu(one_mb),
            _cpu(one_mb * 4),
            len((one_mb * 4).encode("utf-8")),
        )
    ]
    lines = "عنوان\n" + "أمس\n" * 40_000
    rows.append(
        (
            '"أمس" lines, 10,000 vs 40,000',
            _cpu("عنوان\n" + "أمس\n" * 10_000),
            _cpu(lines),
            len(lines.encode("utf-8")),
        )
    )
    return rows


def _bench_cli(folder: Path, jobs: int, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(  # noqa: S603 (our own command, our own interpreter)
            [sys.executable, "-m", "diplomatext", "parse", str(folder), "--jobs", str(jobs)],
            stdout=subprocess.DEVNULL,
            check=True,
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per round")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cli", action="store_true", help="also time the command line")
    parser.add_argument(
        "--own",
        action="store_true",
        help="also time the pass alone, the finders' results remembered (events=False)",
    )
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()

    print(
        f"python benchmarks/articles.py --seconds {args.seconds} --repeats {args.repeats}; "
        f"CPython {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print(
        f"{'corpus':<34} {'KB/article':>10} {'contacts':>9} {'articles/s':>11} "
        f"{'finders':>8} {'target':>7}"
    )
    for name, texts, target in (
        ("short (8 samples cut to ~2 KB)", short_articles(), 1500),
        ("seed (5 seed articles)", seed_articles(), 1000),
    ):
        size = sum(len(text.encode("utf-8")) for text in texts) / len(texts) / 1e3
        for events in (False, True):
            rate, share = _rate(texts, args.seconds, args.repeats, events=events)
            print(
                f"{name:<34} {size:>10.1f} {'yes' if events else 'no':>9} {rate:>11.0f} "
                f"{share:>8.0%} {target:>7}"
            )

    if args.own:
        print(f"\n{'the pass alone (finders remembered)':<36} {'µs/article':>10}")
        for name, texts in (("short", short_articles()), ("seed", seed_articles())):
            own = _own_cost(texts, args.seconds, args.repeats)
            print(f"{name:<36} {own:>10.0f}")

    print(f"\n{'linearity (CPU s)':<34} {'1x':>8} {'4x':>8} {'ratio':>6} {'4x s/MB':>8}")
    for name, small, large, size in _linearity():
        print(
            f"{name:<34} {small:>8.3f} {large:>8.3f} {large / small:>6.2f} "
            f"{large / size * 1e6:>8.2f}"
        )

    if args.cli:
        samples = [
            (path.name, path.read_bytes()) for path in sorted(ROOT.glob("examples/articles/*.txt"))
        ]
        copies = max(1, round(args.files / len(samples)))
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for copy in range(copies):
                for name, data in samples:
                    (folder / f"{copy:05d}_{name}").write_bytes(data)
            files = copies * len(samples)
            print(f"\n{'command line (wall time)':<34} {'files':>8} {'files/s':>8}")
            for jobs in (1, 2):
                elapsed = _bench_cli(folder, jobs, args.repeats)
                name = f"diplomatext parse --jobs {jobs}"
                print(f"{name:<34} {files:>8} {files / elapsed:>8.0f}")


if __name__ == "__main__":
    main()
