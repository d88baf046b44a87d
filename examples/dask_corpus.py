"""Parse a JSON Lines corpus with Dask on a real multi-process cluster, into pandas tables.

A corpus too large for one machine is usually a folder of JSON Lines files,
one article a record (``{"id": ..., "text": ..., "date": ...}``).
:func:`diplomatext.parse_records` parses the records of one partition and
:func:`diplomatext.to_frame` makes its table; both are pure and picklable, so
Dask ships them to worker processes as they are. This script writes such a
corpus from the bundled sample articles into a temporary folder, starts a
``dask.distributed`` ``LocalCluster`` of two worker processes (not the threaded
default: each process has its own interpreter, as on a real cluster), parses
the corpus there, and prints one summary line per article.

On a cluster, the same code runs unchanged with ``Client("tcp://scheduler:8786")``
and ``read_text`` pointed at shared storage (``s3://bucket/corpus/*.jsonl``).

Needs the ``dask`` extra: ``pip install 'diplomatext[dask]'``.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

import diplomatext

ARTICLES = Path(__file__).parent / "articles"


def parse_partition(lines: list[str], what: str) -> list[Any]:
    """Parse the JSON lines of one partition into one table (a list holding a DataFrame)."""
    records = (json.loads(line) for line in lines if line.strip())
    return [diplomatext.to_frame(diplomatext.parse_records(records), what=what)]  # type: ignore[arg-type]


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
        import pandas as pd  # noqa: PLC0415
        from dask.distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError:
        print("dask, distributed or pandas is not installed: pip install 'diplomatext[dask]'")
        sys.exit(0)
    with (
        tempfile.TemporaryDirectory() as tmp,
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # no chatter when the workers shut down
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        pattern = write_corpus(Path(tmp))
        bag = db.read_text(pattern, encoding="utf-8")  # type: ignore[no-untyped-call]
        articles_parts, dates_parts = client.compute(
            [
                bag.map_partitions(parse_partition, "articles"),
                bag.map_partitions(parse_partition, "dates"),
            ],
            sync=True,
        )
        workers = len(client.scheduler_info()["workers"])
    articles = pd.concat(articles_parts, ignore_index=True)
    dates = pd.concat(dates_parts, ignore_index=True)
    for row in articles.itertuples():
        treaties = ", ".join(sorted(set(str(row.treaty_ids).split()))) or "-"
        published = "-" if pd.isna(row.published) else row.published
        print(f"{row.id}\t{published}\t{row.dates} dates\t{treaties}")
    print(f"{len(articles)} articles parsed with dask.bag on {workers} worker processes")
    print(f"{len(dates)} date mentions; the most frequent values:")
    print(dates["value"].value_counts().head(3).to_string())


if __name__ == "__main__":
    main()
