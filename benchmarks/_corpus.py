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
