"""Throughput of find_treaties on distinct articles, and how it scales with the gazetteer.

Run: ``python benchmarks/treaties.py [--megabytes 1]``

The corpus is about a megabyte of **distinct** articles of about 4 KB, each made of
sentences drawn at random from the seed articles: no two articles are alike, so a
cache keyed by the text (or by its tokens) cannot help, as on a real news feed.
``find_treaties`` is called once per article, as the article pass does. Times are
CPU time (``time.process_time``), best of a few runs; every run uses articles it
has not seen (the caches of the gazetteer's token lookups stay warm, as they do in
a long-running process).

1. MB/s (UTF-8) with the shipped gazetteer, on strings and on texts already
   ``prepare()``\\ d (the article pass normalizes once for every finder).
   Target: at least 12 MB/s on strings.
2. The same with synthetic gazetteers of 60, 600 and 6,000 entries, whose names
   start with invented words or with words that really occur in the corpus (so the
   matcher has to walk from them): the speed must not fall with the entry count.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import time
from typing import TYPE_CHECKING, Any

from _corpus import seed_articles
from diplomatext import Gazetteer, find_treaties, load_gazetteer
from diplomatext._lexical import fold
from diplomatext.normalize import prepare
from diplomatext.treaties._tokens import WORD

if TYPE_CHECKING:
    from collections.abc import Callable

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
ARTICLE_BYTES = 4000
REPEATS = 3


def distinct_articles(megabytes: float, seed: int) -> list[str]:
    """Articles of about 4 KB of sentences drawn at random from the seed articles."""
    pool = [
        sentence
        for article in seed_articles()
        for sentence in re.split(r"(?<=[.!?\n])", article)
        if sentence.strip()
    ]
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    while total < megabytes * 1e6:
        parts: list[str] = []
        size = 0
        while size < ARTICLE_BYTES:
            sentence = rng.choice(pool)
            parts.append(sentence)
            size += len(sentence.encode("utf-8"))
        articles.append("".join(parts))
        total += size
    return articles


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


def _megabytes(articles: list[str]) -> float:
    return sum(len(article.encode("utf-8")) for article in articles) / 1e6


def cpu_rate(
    find: Callable[[Any], object],
    megabytes: float,
    seed: int,
    given: Callable[[str], Any] = str,
) -> float:
    """Best MB/s (CPU time) of *find* on each of fresh distinct articles, a new set per repeat.

    *given* turns each article into what *find* takes; it runs before the clock starts.
    """
    best = float("inf")
    for repeat in range(REPEATS):
        articles = distinct_articles(megabytes, seed=seed + repeat)
        inputs = [given(article) for article in articles]
        start = time.process_time()
        for text in inputs:
            find(text)
        best = min(best, (time.process_time() - start) / _megabytes(articles))
    return 1 / best


def main() -> None:
    """Print the two tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    size = parser.parse_args().megabytes
    shipped = load_gazetteer()
    warm = distinct_articles(size, seed=1)
    for article in warm:  # warm the token lookups, as a long-running process has them
        find_treaties(article)
    print(f"corpus: {len(warm)} distinct articles of about {ARTICLE_BYTES:,} bytes per run, ")
    print(f"{_megabytes(warm):.2f} MB UTF-8; CPU time, best of {REPEATS} runs on new articles")
    print(f"shipped gazetteer: {len(shipped)} entries, {len(shipped.groups)} shared names")
    print()

    print("| input | MB/s (CPU) |")
    print("|---|---|")
    print(f"| str (normalized inside) | {cpu_rate(find_treaties, size, seed=100):.1f} |")
    prepared = cpu_rate(find_treaties, size, seed=200, given=prepare)
    print(f"| prepared text (normalized before) | {prepared:.1f} |")
    vocabulary = sorted(
        {word for article in warm for word in WORD.findall(fold(article)) if len(word) > 3}
    )
    print()
    print("| synthetic entries | names start with | build s | MB/s (CPU) |")
    print("|---|---|---|---|")
    for entries, words in (
        (60, None),
        (600, None),
        (6000, None),
        (60, vocabulary),
        (600, vocabulary),
        (6000, vocabulary),
    ):
        start = time.process_time()
        gazetteer = _synthetic(entries, words)
        built = time.process_time() - start
        find = functools.partial(find_treaties, gazetteer=gazetteer)
        for article in warm:
            find(article)
        kind = "corpus words (worst case)" if words else "invented words"
        rate = cpu_rate(find, size, seed=300)
        print(f"| {entries:,} | {kind} | {built:.2f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
