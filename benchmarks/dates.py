"""Throughput and accuracy of diplomatext.find_dates, side by side with dateparser.

Run: ``python benchmarks/dates.py [--megabytes 1] [--repeats 3]``.

``find_dates`` is timed on the seed articles repeated to about *megabytes*;
``dateparser.search.search_dates(text, languages=["ar"])`` (``pip install
dateparser``; skipped when missing) is timed on the five seed articles once,
because it is too slow for a megabyte. Precision and recall of both are scored on
the seed gold (``../shared/gold/seeds.jsonl``) with the rules of
``../shared/tools/score.py``: a found date is right when it overlaps a gold date
and has its value (and mod). Shared machines are noisy: compare figures of one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
from typing import TYPE_CHECKING, Any

import diplomatext
from _corpus import ROOT, repeated, seed_articles, timed

if TYPE_CHECKING:
    from collections.abc import Callable

GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
Found = list[tuple[int, int, str, str | None]]  # start, end, value, mod


def _dateparser() -> Callable[[str, dt.date | None], Found] | None:
    try:
        from dateparser.search import search_dates  # noqa: PLC0415
    except ImportError:
        return None

    def find(text: str, reference: dt.date | None) -> Found:
        settings: dict[str, Any] = {}
        if reference is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
        results = search_dates(text, languages=["ar"], settings=settings) or []
        found: Found = []
        position = 0
        for substring, moment in results:  # no offsets: find each substring in order
            start = text.find(substring, position)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            position = start + len(substring)
            found.append((start, position, moment.date().isoformat(), None))
        return found

    return find


def _diplomatext(text: str, reference: dt.date | None) -> Found:
    return [
        (m.start, m.end, m.value, str(m.mod) if m.mod else None)
        for m in diplomatext.find_dates(text, reference=reference)
    ]


def _score(finder: Callable[[str, dt.date | None], Found]) -> tuple[int, int, int] | None:
    """(true positives, false positives, false negatives) on the seed gold."""
    if not GOLD.exists():
        return None
    vague = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
    tp = fp = fn = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (GOLD.parent.parent / record["doc"]).read_text(encoding="utf-8")
        reference = dt.date.fromisoformat(record["reference"])
        gold = record["dates"]
        ignored = record.get("skipped", [])
        used: set[int] = set()
        for start, end, value, mod in finder(text, reference):

            def overlaps(item: dict[str, Any], s: int = start, e: int = end) -> bool:
                return bool(s < item["end"] and item["start"] < e)

            if any(overlaps(g) for g in ignored):
                continue
            if value in vague and not any(overlaps(g) for g in gold):
                continue
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used
                    and overlaps(g)
                    and g["value"] == value
                    and ("mod" not in g or g["mod"] == mod)
                ),
                None,
            )
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(gold) - len(used)
    return tp, fp, fn


def _prf(counts: tuple[int, int, int] | None) -> str:
    if counts is None:
        return "gold not found"
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} ({tp}/{fp}/{fn})"


def main(argv: list[str] | None = None) -> int:
    """Measure and print MB/s and seed-gold accuracy of both finders."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    reference = dt.date(2021, 5, 19)
    text = repeated(int(args.megabytes * 1_000_000))
    size = len(text.encode("utf-8")) / 1_000_000
    diplomatext.find_dates("أمس")  # build the patterns outside the timing
    best, median = timed(
        functools.partial(diplomatext.find_dates, text, reference=reference), args.repeats
    )
    ours = size / best
    print(f"Python {sys.version.split()[0]}")
    print(f"{'what':<52} {'input MB':>8} {'best s':>8} {'best MB/s':>10} {'med MB/s':>9}")
    name = "diplomatext.find_dates"
    print(f"{name:<52} {size:>8.2f} {best:>8.3f} {ours:>10.3f} {size / median:>9.3f}")

    articles = seed_articles()
    small = "\n".join(articles)
    small_size = len(small.encode("utf-8")) / 1_000_000
    best_small, _ = timed(
        functools.partial(diplomatext.find_dates, small, reference=reference), args.repeats
    )
    print(
        f"{'diplomatext.find_dates (5 seed articles, once)':<52} {small_size:>8.3f} "
        f"{best_small:>8.3f} {small_size / best_small:>10.3f}"
    )
    peer = _dateparser()
    if peer is None:
        print("dateparser: not installed (pip install dateparser), skipped")
    else:
        peer_best, peer_median = timed(functools.partial(peer, small, reference), 1)
        theirs = small_size / peer_best
        print(
            f"{'dateparser.search.search_dates(languages=[ar])':<52} {small_size:>8.3f} "
            f"{peer_best:>8.3f} {theirs:>10.3f} {small_size / peer_median:>9.3f}"
        )
        print(f"find_dates / dateparser throughput: {ours / theirs:,.0f}x")
    print(f"seed gold, diplomatext: {_prf(_score(_diplomatext))}")
    if peer is not None:
        print(f"seed gold, dateparser:  {_prf(_score(peer))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
