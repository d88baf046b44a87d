"""Corpus files: JSON Lines and CSV, one article a record, read record by record.

A bad record (a line that is not JSON, not an object) is reported with where
it is, and the records after it are still read: one torn line of a scraper's
output must not lose the rest of the corpus.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import TYPE_CHECKING, Any, Final

from diplomatext.reading._decode import Decoded, decode

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["corpus_format", "corpus_records", "corpus_text"]

_SUFFIXES: Final = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
_OTHER_SEPARATORS: Final = ("\t", ";")  # of a CSV file whose header has no comma


def corpus_format(name: str) -> str | None:
    """``jsonl`` or ``csv`` for a corpus file's name, ``None`` for an article file."""
    lowered = name.lower()
    return next((form for suffix, form in _SUFFIXES.items() if lowered.endswith(suffix)), None)


def corpus_text(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """A corpus file's bytes, decoded as :func:`~diplomatext.read_article` decodes a file.

    UTF-8 with or without a byte order mark, UTF-16, or Windows-1256 from older
    Arabic sites; *encoding* decodes with that codec instead. Never a silent
    decoding as UTF-8 with every Arabic letter of a Windows-1256 file replaced.

    Raises:
        DecodeError: the bytes are binary or do not decode; the message names *name*.
    """
    return decode(data, name, encoding)


def corpus_records(
    data: bytes | str, form: str, name: str
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """``(where, record, error)`` of every record of a corpus file (its bytes, or its text).

    Bytes are decoded by :func:`corpus_text` (which may raise :class:`DecodeError`).
    """
    text = corpus_text(data, name).text if isinstance(data, bytes) else data
    text = text.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")
    if form == "jsonl":
        # split at line feeds only: str.splitlines() also splits at U+2028, U+0085
        # and others, which JSON writes raw inside strings (ensure_ascii=False)
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, None, f"not a JSON line ({exc.msg} at column {exc.colno})"
                continue
            except (ValueError, RecursionError):
                yield where, None, "not a JSON line (a number too long, or nested too deep)"
                continue
            if not isinstance(record, dict):
                yield where, None, f"a JSON {type(record).__name__}, not an object of fields"
                continue
            yield where, record, None
        return
    yield from _csv_records(text, name)


def _csv_records(text: str, name: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """The rows of a CSV corpus, as :func:`corpus_records` gives them.

    A quote opened and never closed makes the csv module read the rest of the
    file into one cell: that row is an error, not an article that swallowed
    the articles after it.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an HTML page in one cell
    stream = io.StringIO(text, newline="")
    reader = csv.DictReader(stream, delimiter=_delimiter(text))
    start = 2  # the line a row starts on (a cell may hold line breaks)
    while True:
        offset = stream.tell()
        row = next(reader, None)
        if row is None:
            return
        where, first, start = f"{name}:{start}", start, reader.line_num + 1
        if None in row:  # more cells than the header has names
            yield (
                where,
                None,
                f"{len(row) - 1 + len(row[None])} cells, the header names {len(row) - 1}",
            )
        elif stream.tell() == len(text) and _unclosed_quote(text[offset:]):
            msg = (
                f"a quote opened in this row is never closed, so its {start - first} lines "
                "to the end of the file would be one row; close it (a quote inside a cell "
                'is written twice: "")'
            )
            yield where, None, msg
        else:
            yield where, dict(row), None


def _delimiter(text: str) -> str:
    """The cell separator of a CSV file: a comma, or what its header uses instead.

    A header with no comma but tabs (a TSV file named ``.csv``) or semicolons
    (a spreadsheet saved where the comma is the decimal mark) is split at those.
    """
    header = text.split("\n", 1)[0]
    if "," in header:
        return ","
    return next((separator for separator in _OTHER_SEPARATORS if separator in header), ",")


def _unclosed_quote(tail: str) -> bool:
    """Whether the CSV *tail* (the last row) ends inside a quoted cell."""
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False
