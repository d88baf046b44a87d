"""Parse the bundled sample articles and print a table of dated treaty mentions.

Each row is one treaty named in a story, with the article's publication date
(and where it came from) and the dates written in the same paragraph.

Run from the repository root: ``python examples/parse_corpus.py [FOLDER]``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import diplomatext

FOLDER = Path(__file__).parent / "articles"


def rows(folder: Path) -> list[dict[str, str]]:
    """One row per treaty mention of every ``*.txt`` article under *folder*."""
    table = []
    for path in sorted(folder.rglob("*.txt")):
        article = diplomatext.parse_article(diplomatext.read_article(path), source=path.name)
        published = article.published
        for mention in article.treaties:
            paragraph = next(
                (p for p in article.paragraphs if p.start <= mention.start < p.end), None
            )
            nearby = [
                d.value
                for d in article.dates
                if paragraph is not None and paragraph.start <= d.start < paragraph.end
            ]
            table.append(
                {
                    "article": path.name,
                    "published": "" if published is None else str(published.date or ""),
                    "from": "" if published is None else published.origin.value,
                    "treaty": mention.treaty.id,
                    "mention": mention.text,
                    "dates_in_paragraph": " ".join(nearby),
                }
            )
    return table


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    table = rows(folder)
    if not table:
        count = sum(1 for _ in folder.rglob("*.txt"))
        print(f"no treaty mention found under {folder} ({count} *.txt articles read)")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(table[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)


if __name__ == "__main__":
    main()
