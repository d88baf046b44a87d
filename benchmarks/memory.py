"""Peak memory per input byte of the finders on each hostile kind.

Run: ``python benchmarks/memory.py [--megabytes 8] [--finders find_dates,normalize_with_map]
[--kinds cue-words,many-lines] [--bound 20]`` from the project root.

Each finder runs on each kind of ``tests/robustness/hostile.py`` (about *megabytes*
of UTF-8) in a fresh subprocess, after a first call on a short article has built
its tables; the figure is the peak of the allocations traced by :mod:`tracemalloc`
during the call, divided by the input's UTF-8 bytes. Issue 13 asks for less than
20 bytes per input byte; the script prints every figure and exits with status 1
when one is above *bound*. Tracing slows the call down, about 3x: 8 MB of the
slowest kinds take minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FINDERS = ("find_dates", "parse_article", "find_treaties", "find_events", "normalize_with_map")
_OPTIONS = {"find_events": {"reference": None}}  # keywords a finder needs besides max_chars
_NO_LIMIT = frozenset({"normalize_with_map", "normalize"})  # no max_chars: no size limit at all

_CHILD = """
import json, sys, time, tracemalloc
sys.path.insert(0, {root!r})
import diplomatext
from tests.robustness.hostile import KINDS
finder = getattr(diplomatext, {finder!r})
options = {options!r}
warm_up = "عنوان الخبر\\nالقاهرة - وكالات: استقبل الوزير أمس، في 5 مايو 2021، نظيره.\\nشارك\\n"
finder(warm_up, **options)
build = KINDS[{kind!r}]
unit = build(1000)
text = build(max(1, round({megabytes} * 1_000_000 * len(unit) / len(unit.encode("utf-8")))))
finder(text[:1000], **options)
tracemalloc.start()
start = time.process_time()
finder(text, **options)
seconds = time.process_time() - start
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
size = len(text.encode("utf-8"))
print(json.dumps({{"bytes": size, "peak": peak, "seconds": seconds}}))
"""


def measure(finder: str, kind: str, megabytes: float) -> dict[str, float]:
    """Bytes of input, peak traced bytes and CPU seconds of one call, in a fresh process."""
    code = _CHILD.format(
        root=str(ROOT),
        finder=finder,
        kind=kind,
        megabytes=megabytes,
        options=_OPTIONS.get(finder, {}) | ({} if finder in _NO_LIMIT else {"max_chars": None}),
    )
    env_path = str(ROOT / "src")
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the peak memory per input byte of each finder on each kind; 1 if one is over."""
    sys.path.insert(0, str(ROOT))
    from tests.robustness.hostile import KINDS  # noqa: PLC0415 (the project root, put on the path)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--finders", default=",".join(FINDERS))
    parser.add_argument("--kinds", default=",".join(sorted(KINDS)))
    parser.add_argument("--bound", type=float, default=20.0)
    args = parser.parse_args(argv)

    over = []
    print(f"{'finder':<18} {'kind':<20} {'MB':>6} {'B per byte':>11} {'CPU s':>7}")
    for finder in args.finders.split(","):
        for kind in args.kinds.split(","):
            figures = measure(finder, kind, args.megabytes)
            per_byte = figures["peak"] / figures["bytes"]
            print(
                f"{finder:<18} {kind:<20} {figures['bytes'] / 1e6:>6.2f} {per_byte:>11.1f} "
                f"{figures['seconds']:>7.2f}",
                flush=True,
            )
            if per_byte > args.bound:
                over.append(f"{finder} on {kind} ({per_byte:.1f})")
    if over:
        print(f"over {args.bound:g} bytes per input byte: {', '.join(over)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
