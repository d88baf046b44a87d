"""Corpora with metadata: records (dicts) in, parsed articles and tables out.

A scraper's output is usually a JSON Lines or CSV file of records, one article
each, with a text (plain or HTML), a publication date, an id and an address.
:func:`parse_records` parses such records, each against its own date, and
:func:`to_frame` turns the result into a pandas table (the ``pandas`` extra).

>>> records = [
...     {
...         "id": "w1",
...         "url": "https://example.com/a",
...         "date": "2021-01-27",
...         "text": "اتفق الوزيران أمس على تمديد معاهدة نيو ستارت.",
...     },
... ]
>>> [(r.id, r.url, r.article.treaties[0].treaty.id) for r in parse_records(records)]
[('w1', 'https://example.com/a', 'new-start')]
"""

from __future__ import annotations

from diplomatext.corpora._frame import (
    ARTICLE_COLUMNS,
    DATE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    TREATY_COLUMNS,
    to_frame,
)
from diplomatext.corpora._record import DATE_FIELDS, ParsedRecord, parse_records

__all__ = [
    "ARTICLE_COLUMNS",
    "DATE_COLUMNS",
    "DATE_FIELDS",
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "TREATY_COLUMNS",
    "ParsedRecord",
    "parse_records",
    "to_frame",
]
