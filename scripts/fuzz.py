"""A long fuzzing run over every public function, to run before a release.

    python scripts/fuzz.py --minutes 10 [--seed 1] [--max-size 20000]

Each round builds a hostile input (random Unicode, Arabic-looking text, or a slice
of a hostile kind from tests/robustness/hostile.py, at a random size) and calls every
public function on it. A finding is any exception that is not a
``diplomatext.DiplomatextError``, a span that does not point into the text, a result
that differs on a second call, or a call slower than ``--slow`` seconds per 100 KB.
Findings are printed with a reproducer; the summary line gives calls, inputs,
findings, the slowest call per kilobyte and the peak memory per input byte of the
largest input, for the figures in docs/explanation/limits.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import sys
import time
import tracemalloc
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.robustness.hostile import KINDS

import diplomatext

REFERENCE = dt.date(2024, 5, 20)
ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
WORDS = (
    *[
        "أمس",
        "غدا",
        "اليوم",
        "الماضي",
        "المقبل",
        "يناير",
        "شباط",
        "جانفي",
        "رمضان",
        "هـ",
        "م",
        "2021",
        "١٤٤٥",
        "5/2/2021",
    ],
    *[
        "معاهدة",
        "اتفاقية",
        "نيو",
        "ستارت",
        "قرار",
        "مجلس",
        "الأمن",
        "2254",
        "وزير",
        "الخارجية",
        "التقى",
        "اتصال",
        "هاتفي",
    ],
    *["«", "»", "(", ")", "/", "-", ".", "،"],
    "\n",
)


def _random_text(rng: random.Random, max_size: int) -> str:
    size = int(rng.paretovariate(1.2) * 20) % max_size
    kind = rng.choice(("hostile", "words", "letters", "unicode"))
    if kind == "hostile":
        return KINDS[rng.choice(sorted(KINDS))](size)
    if kind == "words":
        return " ".join(rng.choice(WORDS) for _ in range(size // 4 + 1))[:size]
    if kind == "letters":
        return "".join(rng.choice(ARABIC + " \n0123456789/") for _ in range(size))
    return "".join(chr(rng.randrange(0x110000)) for _ in range(min(size, 2000)))


def _spans_ok(text: str, found: Any) -> bool:  # noqa: ANN401 (any finder's result)
    for item in found:
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if start is None or end is None:
            continue
        if not 0 <= start <= end <= len(text) or text[start:end] != item.text:
            return False
    return True


def _calls() -> dict[str, Any]:
    """Every public function of the installed version that takes a text."""
    calls: dict[str, Any] = {
        "normalize": diplomatext.normalize,
        "normalize_with_map": lambda t: diplomatext.normalize_with_map(t, "matching"),
        "find_dates": lambda t: diplomatext.find_dates(t, reference=REFERENCE),
        "resolve_date": lambda t: diplomatext.resolve_date(t[:200], reference=REFERENCE),
        "find_treaties": lambda t: diplomatext.find_treaties(t, reference=REFERENCE),
        "find_treaties(back_references)": lambda t: diplomatext.find_treaties(
            t, back_references=True
        ),
        "canonicalize_treaty": lambda t: diplomatext.canonicalize_treaty(t[:300]),
        "parse_article": lambda t: diplomatext.parse_article(t, published=REFERENCE),
        "read_article(bytes)": lambda t: diplomatext.read_article(
            t.encode("utf-8", "surrogatepass")
        ),
        "Article.from_dict": lambda t: diplomatext.Article.from_dict(_as_record(t)),
    }
    if hasattr(diplomatext, "find_events"):
        calls["find_events"] = lambda t: diplomatext.find_events(t, reference=REFERENCE)
    if hasattr(diplomatext, "read_page"):
        calls["read_page"] = lambda t: diplomatext.read_page(t.encode("utf-8", "surrogatepass"))
    return calls


def _as_record(text: str) -> Any:  # noqa: ANN401 (whatever JSON the text holds)
    try:
        return json.loads(text)
    except ValueError:
        return {"schema_version": 1, "text": text}


def _check(name: str, call: Any, text: str, slow: float) -> tuple[float, list[str]]:  # noqa: ANN401
    """Call *call* twice on *text*: its CPU time per call, and what is wrong."""
    start = time.process_time()
    try:
        first = call(text)
        again = call(text)
    except diplomatext.DiplomatextError:
        return 0.0, []
    except Exception as error:  # noqa: BLE001 (a finding, reported below)
        return 0.0, [f"{name}: {type(error).__name__}: {error} on {text[:80]!r}"]
    spent = (time.process_time() - start) / 2
    found = []
    if spent > slow * max(len(text) / 100_000, 1):
        found.append(f"{name}: {spent:.2f} s on {len(text):,} chars {text[:40]!r}")
    if first != again:
        found.append(f"{name}: two calls differ on {text[:80]!r}")
    if isinstance(first, (list, tuple)) and not _spans_ok(text, first):
        found.append(f"{name}: a span does not point into the text {text[:80]!r}")
    return spent, found


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit 1 if anything was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-size", type=int, default=20_000)
    parser.add_argument("--slow", type=float, default=2.0, help="seconds per 100 KB")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)  # noqa: S311 (reproducible inputs, not secrets)
    warnings.simplefilter("ignore", UnicodeWarning)  # damaged UTF-8 is said, and expected here
    calls = _calls()
    for call in calls.values():  # build every table first: the first call is not timed
        with contextlib.suppress(diplomatext.DiplomatextError):
            call("عنوان\nالتقى الوزيران أمس في 5 شباط 2021 وبحثا معاهدة نيو ستارت.")
    deadline = time.monotonic() + args.minutes * 60
    n_calls = n_inputs = 0
    findings: list[str] = []
    slowest: tuple[float, str] = (0.0, "")
    while time.monotonic() < deadline:
        text = _random_text(rng, args.max_size)
        n_inputs += 1
        for name, call in calls.items():
            n_calls += 1
            spent, found = _check(name, call, text, args.slow)
            findings.extend(found)
            per_kb = spent / max(len(text) / 1000, 1)
            if per_kb > slowest[0]:
                slowest = (per_kb, f"{name} on {len(text):,} chars")
    peak_per_byte = _memory_per_byte(calls)
    for finding in findings[:50]:
        print("FINDING", finding)
    print(
        f"{n_calls:,} calls on {n_inputs:,} inputs in {args.minutes:g} min (seed {args.seed}): "
        f"{len(findings)} findings; slowest {slowest[0] * 1000:.2f} ms/KB ({slowest[1]}); "
        f"peak memory per input byte on 1 MB: {peak_per_byte}"
    )
    return 1 if findings else 0


def _memory_per_byte(calls: dict[str, Any]) -> str:
    """Peak traced memory of each finder on 1 MB of its worst kind, per input byte."""
    worst: dict[str, float] = {}
    for name in ("find_dates", "find_treaties", "parse_article", "normalize_with_map"):
        for kind in ("number-chain", "year-chain", "cue-words", "treaty-heads"):
            text = KINDS[kind](1_000_000)
            tracemalloc.start()
            with contextlib.suppress(diplomatext.DiplomatextError):
                calls[name](text)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            worst[name] = max(worst.get(name, 0.0), peak / len(text.encode()))
    return ", ".join(f"{name} {value:.1f} B" for name, value in worst.items())


if __name__ == "__main__":
    raise SystemExit(main())
