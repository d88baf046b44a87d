"""Throughput and accuracy of diplomatext.find_dates, side by side with dateparser.

Run: ``python benchmarks/dates.py [--megabytes 1] [--rounds 5]``.

Both finders read the same texts (the five seed articles) in one process, in
alternating rounds, timed in CPU time (``time.process_time``), so that a busy
machine slows both alike. ``dateparser.search.search_dates(text,
languages=["ar"])`` (``pip install dateparser``; skipped when missing) is timed
twice: its first call, which loads its language data, and warm, after that
first call; the ratio that matters is the warm one. ``find_dates`` is timed the
same way (its first call compiles its patterns), then alone on the seed articles
repeated to about *megabytes*, with the token scan alone beside it.
Precision and recall of both are scored on the seed gold
(``../shared/gold/seeds.jsonl``) with the rules of ``../shared/tools/score.py``:
a found date is right when it overlaps a gold date and has its value (and mod).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

import diplomatext
from _corpus import ROOT, repeated, seed_articles
from diplomatext.normalize import prepare

if TYPE_CHECKING:
    from collections.abc import Callable

GOLD = next(
    (
        folder / "shared" / "gold" / "seeds.jsonl"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "gold" / "seeds.jsonl").exists()
    ),
    ROOT.parent / "shared" / "gold" / "seeds.jsonl",
)
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


def _cpu(function: Callable[[], object]) -> float:
    """CPU seconds of one call of *function*."""
    start = time.process_time()
    function()
    return time.process_time() - start


def _scan(text: str) -> int:
    """The token scan alone, on MATCHING-normalized *text*: the lexicon's share."""
    from diplomatext.dates._lexicon import tokens  # noqa: PLC0415 (private, measured here only)

    return sum(1 for _ in tokens(text))


def main(argv: list[str] | None = None) -> int:
    """Measure and print CPU MB/s, ratios and seed-gold accuracy of both finders."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    reference = dt.date(2021, 5, 19)
    small = "\n".join(seed_articles())
    small_size = len(small.encode("utf-8")) / 1_000_000
    ours_call = functools.partial(diplomatext.find_dates, small, reference=reference)
    peer = _dateparser()
    peer_call = functools.partial(peer, small, reference) if peer is not None else None

    print(f"Python {sys.version.split()[0]}; CPU time; the same {small_size * 1000:.0f} kB")
    # First calls: each loads what it needs (patterns; dateparser's language data).
    ours_first = _cpu(ours_call)
    peer_first = _cpu(peer_call) if peer_call is not None else None
    ours_times: list[float] = []
    peer_times: list[float] = []
    for _ in range(args.rounds):  # alternating rounds, both warm
        ours_times.append(_cpu(ours_call))
        if peer_call is not None:
            peer_times.append(_cpu(peer_call))
    ours_warm = statistics.median(ours_times)
    print(f"{'what':<52} {'first s':>9} {'warm s':>9} {'warm MB/s':>10}")
    print(
        f"{'diplomatext.find_dates':<52} {ours_first:>9.4f} {ours_warm:>9.4f} "
        f"{small_size / ours_warm:>10.3f}"
    )
    if peer_first is None:
        print("dateparser: not installed (pip install dateparser), skipped")
    else:
        peer_warm = statistics.median(peer_times)
        print(
            f"{'dateparser.search.search_dates(languages=[ar])':<52} {peer_first:>9.4f} "
            f"{peer_warm:>9.4f} {small_size / peer_warm:>10.3f}"
        )
        rounds = f"median of {args.rounds} rounds"
        print(f"find_dates / dateparser, warm ({rounds}): {peer_warm / ours_warm:,.1f}x")
        print(f"find_dates / dateparser, first call: {peer_first / ours_first:,.1f}x")

    text = repeated(int(args.megabytes * 1_000_000))
    size = len(text.encode("utf-8")) / 1_000_000
    big = statistics.median(
        _cpu(functools.partial(diplomatext.find_dates, text, reference=reference)) for _ in range(3)
    )
    prepared = prepare(text)
    scan = statistics.median(_cpu(functools.partial(_scan, prepared.text)) for _ in range(3))
    norm = statistics.median(_cpu(functools.partial(prepare, text)) for _ in range(3))
    print(f"{'diplomatext.find_dates, repeated seeds':<52} {size:>8.2f} MB {size / big:>8.3f} MB/s")
    print(f"{'  of which normalize.prepare':<52} {size:>8.2f} MB {size / norm:>8.3f} MB/s")
    print(f"{'  of which the token scan':<52} {size:>8.2f} MB {size / scan:>8.3f} MB/s")
    print(f"seed gold, diplomatext: {_prf(_score(_diplomatext))}")
    if peer is not None:
        print(f"seed gold, dateparser:  {_prf(_score(peer))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
