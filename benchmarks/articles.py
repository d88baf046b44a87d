"""Throughput of diplomatext.parse_article and of ``diplomatext parse --jobs 1/2``.

Run: ``python benchmarks/articles.py [--files 2000] [--repeats 3]``.

The corpus is the bundled sample articles (``examples/articles/``) repeated
to about ``--files`` files. ``parse_article`` is timed in this process (the
whole article: boilerplate, dateline, publication date, dates and treaties);
the command line is timed end to end in a subprocess, on files written to a
temporary folder (reading, decoding, JSON output, process start-up included).
The target is 500 articles per second per core for ``parse_article``.
Shared machines are noisy: compare figures of one run, not across runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import diplomatext

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"


def _texts() -> list[tuple[str, bytes]]:
    return [(path.name, path.read_bytes()) for path in sorted(ARTICLES.glob("*.txt"))]


def _bench_function(texts: list[str], repeats: int) -> tuple[float, float]:
    for text in texts[: len(set(texts))]:  # warm the caches of compiled tables
        diplomatext.parse_article(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            diplomatext.parse_article(text)
        best = min(best, time.perf_counter() - start)
    return best, sum(len(text.encode("utf-8")) for text in texts) / 1e6


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
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    samples = _texts()
    copies = max(1, round(args.files / len(samples)))
    texts = [diplomatext.read_article(data) for _, data in samples] * copies
    seconds, megabytes = _bench_function(texts, args.repeats)
    rows = [("parse_article (1 core)", len(texts), seconds, megabytes)]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for copy in range(copies):
            for name, data in samples:
                (folder / f"{copy:05d}_{name}").write_bytes(data)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1e6
        files = copies * len(samples)
        for jobs in (1, 2):
            elapsed = _bench_cli(folder, jobs, args.repeats)
            rows.append((f"diplomatext parse --jobs {jobs}", files, elapsed, size))

    print(
        f"{len(samples)} sample articles x {copies} copies; best of {args.repeats}; "
        f"{os.cpu_count()} CPUs"
    )
    print(f"{'what':<30} {'articles':>9} {'seconds':>9} {'articles/s':>11} {'MB/s':>7}")
    for name, count, elapsed, size in rows:
        print(
            f"{name:<30} {count:>9} {elapsed:>9.2f} {count / elapsed:>11.0f} {size / elapsed:>7.2f}"
        )


if __name__ == "__main__":
    main()
