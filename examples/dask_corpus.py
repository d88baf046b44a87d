"""Map diplomatext.parse_article over a JSON Lines corpus with Dask.

A corpus too large for one machine is usually a folder of JSON Lines files,
one article a line (``{"id": ..., "text": ..., "published": ...}``).
``parse_article`` is pure and picklable, so Dask (or Spark, or
multiprocessing) can map it as is. This script writes such a corpus from the
bundled sample articles into a temporary folder, parses it with ``dask.bag``
on the local scheduler, and prints one summary line per article.

On a cluster, the same code runs unchanged under a ``dask.distributed``
``Client`` (``Client("tcp://scheduler:8786")``) with ``read_text`` pointed
at shared storage (``s3://bucket/corpus/*.jsonl``); see the tutorial.

Needs the ``dask`` extra: ``pip install 'diplomatext[dask]'``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import diplomatext

ARTICLES = Path(__file__).parent / "articles"


def parse_line(line: str) -> dict[str, Any]:
    """Parse one JSON line of the corpus into the article's dictionary."""
    record = json.loads(line)
    published = record.get("published")
    article = diplomatext.parse_article(
        record["text"],
        source=record["id"],
        published=None if published is None else dt.date.fromisoformat(published),
    )
    return article.to_dict()


def summary(data: dict[str, Any]) -> str:
    """One line about a parsed article."""
    published = data["published"]["date"] if data["published"] else "-"
    treaties = sorted({mention["treaty"]["id"] for mention in data["treaties"]})
    return (
        f"{data['source']}\t{published}\t{len(data['dates'])} dates\t{', '.join(treaties) or '-'}"
    )


def write_corpus(folder: Path) -> str:
    """Write the sample articles as two JSON Lines files; return the glob that reads them."""
    paths = sorted(ARTICLES.glob("*.txt"))
    half = len(paths) // 2
    for number, part in enumerate((paths[:half], paths[half:])):
        with (folder / f"part-{number}.jsonl").open("w", encoding="utf-8") as handle:
            for path in part:
                record = {"id": path.name, "text": diplomatext.read_article(path)}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return str(folder / "*.jsonl")


def main() -> None:
    try:
        import dask.bag as db  # noqa: PLC0415 (an optional dependency)
    except ImportError:
        print("dask is not installed: pip install 'diplomatext[dask]'")
        sys.exit(0)
    with tempfile.TemporaryDirectory() as tmp:
        pattern = write_corpus(Path(tmp))
        bag = db.read_text(pattern, encoding="utf-8").map(parse_line)  # type: ignore[no-untyped-call]
        # "synchronous" runs in this process; "threads" or "processes" use
        # this machine's cores; a dask.distributed Client uses a cluster.
        articles = bag.compute(scheduler="synchronous")
    for data in articles:
        print(summary(data))
    print(f"{len(articles)} articles parsed with dask.bag")


if __name__ == "__main__":
    main()
