"""The benchmark corpus: the bundled sample articles, repeated to a target size."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SEED_DIRS = (ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples" / "articles")


def seed_articles() -> list[str]:
    """The five seed articles (from ../shared, or the copies bundled in examples/articles)."""
    for folder in SEED_DIRS:
        files = sorted(folder.glob("00[0-4]_*.txt"))
        if files:
            return [path.read_text(encoding="utf-8") for path in files]
    msg = f"no seed articles found in {', '.join(map(str, SEED_DIRS))}"
    raise SystemExit(msg)


def repeated(target_bytes: int) -> str:
    """The seed articles joined by newlines and repeated to about *target_bytes* of UTF-8."""
    unit = "\n".join(seed_articles()) + "\n"
    return unit * max(1, round(target_bytes / len(unit.encode("utf-8"))))


def timed(function: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Best and median wall time of *repeats* calls of *function*."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def sample_articles() -> list[str]:
    """The eight sample articles of ``examples/articles`` (the seeds and three more outlets)."""
    from diplomatext import read_article  # noqa: PLC0415 (the corpus helpers import no package)

    return [read_article(path) for path in sorted((ROOT / "examples" / "articles").glob("*.txt"))]


def short_articles(target_bytes: int = 2_000) -> list[str]:
    """Short news articles of about *target_bytes*: each sample cut at a line boundary.

    A short wire story keeps the shape of a long one: the page's first lines
    (headline, dateline, the first paragraphs) up to *target_bytes* of UTF-8,
    then its last three lines (the footer, where the page has one).
    """
    short = []
    for text in sample_articles():
        lines = text.splitlines()
        head: list[str] = []
        size = 0
        for line in lines[:-3]:
            if size + len(line.encode("utf-8")) > target_bytes and head:
                break
            head.append(line)
            size += len(line.encode("utf-8")) + 1
        tail = lines[len(head) :][-3:]
        short.append("\n".join(head + tail) + "\n")
    return short
