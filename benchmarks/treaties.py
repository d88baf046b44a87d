"""Throughput of find_treaties, and how it scales with the size of the gazetteer.

Run: python benchmarks/treaties.py

1. MB/s (UTF-8) and characters/s of ``find_treaties`` on the seed articles
   repeated to about 1 MB, with the shipped gazetteer (target: at least 5 MB/s).
2. The same corpus with synthetic gazetteers of 60, 600 and 6,000 entries whose
   names start with words that really occur in the corpus (so the matcher has
   to walk from them): the time must not grow linearly with the entry count.
"""

from __future__ import annotations

import functools
import json
import random
import time

from _corpus import repeated, timed
from diplomatext import Gazetteer, find_treaties, load_gazetteer
from diplomatext._lexical import fold
from diplomatext.treaties._index import WORD

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _synthetic(size: int, vocabulary: list[str] | None, seed: int = 7) -> Gazetteer:
    """*size* invented entries: a head noun, then a corpus word (if *vocabulary*) or an
    invented word, then an invented word; every tenth one may stand without a head."""
    rng = random.Random(seed)
    heads = ["معاهدة", "اتفاقية", "اتفاق", "مذكرة", "بروتوكول"]
    entries = []
    for i in range(size):
        invented = "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8)))
        first = (
            rng.choice(vocabulary)
            if vocabulary
            else "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8)))
        )
        name = f"{rng.choice(heads)} {first} {invented}" if i % 10 else f"{first} {invented}"
        entries.append(
            {
                "id": f"synthetic-{i}",
                "kind": "agreement",
                "name_en": f"Synthetic {i}",
                "name_ar": name,
                "aliases": [name],
            }
        )
    document = {"schema_version": 1, "entries": entries}
    return Gazetteer.from_json(json.dumps(document, ensure_ascii=False), source=f"<{size}>")


def main() -> None:
    """Print the two tables."""
    text = repeated(1_000_000)
    megabytes = len(text.encode("utf-8")) / 1e6
    shipped = load_gazetteer()
    find_treaties(text)  # warm the caches
    best, median = timed(lambda: find_treaties(text), repeats=5)
    cpu_start = time.process_time()
    found = find_treaties(text)
    cpu = time.process_time() - cpu_start
    print(f"corpus: {megabytes:.2f} MB UTF-8, {len(text):,} characters, {len(found):,} mentions")
    print(f"shipped gazetteer: {len(shipped)} entries, {len(shipped.groups)} shared names")
    print()
    print("| gazetteer | best s | median s | MB/s (best) | Mchar/s (best) | CPU MB/s |")
    print("|---|---|---|---|---|---|")
    print(
        f"| shipped ({len(shipped)}) | {best:.3f} | {median:.3f} | {megabytes / best:.1f} "
        f"| {len(text) / best / 1e6:.2f} | {megabytes / cpu:.1f} |"
    )
    vocabulary = sorted({word for word in WORD.findall(fold(text)) if len(word) > 3})
    print()
    print("| synthetic entries | names start with | build s | best s | median s | MB/s (best) |")
    print("|---|---|---|---|---|---|")
    for size, words in (
        (60, None),
        (600, None),
        (6000, None),
        (60, vocabulary),
        (600, vocabulary),
        (6000, vocabulary),
    ):
        start = time.perf_counter()
        gazetteer = _synthetic(size, words)
        built = time.perf_counter() - start
        find_treaties(text, gazetteer=gazetteer)
        best, median = timed(functools.partial(find_treaties, text, gazetteer=gazetteer), repeats=3)
        kind = "corpus words (worst case)" if words else "invented words"
        print(
            f"| {size:,} | {kind} | {built:.2f} | {best:.3f} | {median:.3f} "
            f"| {megabytes / best:.1f} |"
        )


if __name__ == "__main__":
    main()
