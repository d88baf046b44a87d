"""One corpus record (a dict with a text, a date, an id, an address) to one parsed article."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any, Final

import attrs

from diplomatext.articles import Article, parse_article
from diplomatext.calendars import Calendar
from diplomatext.errors import RecordError
from diplomatext.reading import Page, PageDate, PageDateKind, page_from_text
from diplomatext.reading._html import parse_stamp, url_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from diplomatext.treaties import Gazetteer

__all__ = ["DATE_FIELDS", "ParsedRecord", "parse_records"]

DATE_FIELDS: Final = ("date", "published")
"""The fields a record's publication date is looked up in, in order, without ``date_field``."""
_SHOWN_CHARS: Final = 40  # of a value that is not a text, in an error message


@attrs.frozen(kw_only=True)
class ParsedRecord:
    """One article of a corpus: its id and address, the page it was read from, and the article.

    Attributes:
        id: the record's id (its ``id`` field), or where it was (``corpus.jsonl:12``,
            ``#12``) when it has none; for a file, its path.
        url: the record's address field, else the page's canonical address.
        page: the page: the text parsed (an HTML record's extracted text) and its metadata.
        article: the parsed article; its spans point into ``page.text``.

    >>> record = next(
    ...     parse_records([{"id": "a1", "text": "التقى الوزيران أمس.", "date": "2021-02-05"}])
    ... )
    >>> record.id, [(d.text, d.value) for d in record.article.dates]
    ('a1', [('أمس', '2021-02-04')])

    .. versionadded:: 0.2.0
    """

    id: str
    url: str | None = None
    page: Page
    article: Article

    @classmethod
    def from_page(
        cls,
        page: Page,
        *,
        id: str,  # noqa: A002 (the record's field)
        gazetteer: Gazetteer | None = None,
        numeric_calendar: Calendar | str = Calendar.NUMERIC,
    ) -> ParsedRecord:
        """Parse *page* (from :func:`~diplomatext.read_page`) into the record named *id*.

        *gazetteer* and *numeric_calendar* are those of :func:`~diplomatext.parse_article`.

        >>> from diplomatext import page_from_text
        >>> ParsedRecord.from_page(page_from_text("نص الخبر."), id="a.txt").article.source
        'a.txt'
        """
        # the article pass chooses the publication date among the page's metadata
        # (a record's date field first), its dateline and its stamps, and says why;
        # a corpus is limited by its files' sizes (--max-bytes), not by max_chars
        article = parse_article(
            page,
            source=id,
            gazetteer=gazetteer,
            max_chars=None,
            numeric_calendar=numeric_calendar,
        )
        return cls(id=id, url=page.url, page=page, article=article)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What went wrong on the way without stopping it (the page's warnings)."""
        return self.page.warnings

    def to_dict(self) -> dict[str, Any]:
        """The output record of the command line: id and page metadata, then the article.

        The keys of :meth:`Article.to_dict` come last, unchanged (the article
        carries the page's url, title and author).
        """
        return {
            "id": self.id,
            "html": self.page.html,
            "page_dates": [
                {
                    "value": date.value.isoformat(),
                    "kind": date.kind.value,
                    "origin": date.origin,
                    "raw": date.raw,
                }
                for date in self.page.dates
            ],
            "warnings": list(self.page.warnings),
            **self.article.to_dict(),
        }


def parse_records(
    records: Iterable[Mapping[str, Any]],
    *,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    source: str | None = None,
    gazetteer: Gazetteer | None = None,
    numeric_calendar: Calendar | str = Calendar.NUMERIC,
) -> Iterator[ParsedRecord]:
    """Parse a corpus of records (dicts), one article each, lazily and in order.

    Each record's text may be plain text or an HTML page (recognized by its
    content; its main text is extracted as :func:`~diplomatext.read_page` does).
    The record's date is the reference of the article's dates; without one,
    the page's publication date, then the date in its address, then the date
    the article pass finds in the text.

    Args:
        records: the records: dicts from JSON Lines, ``csv.DictReader`` rows,
            ``DataFrame.to_dict("records")``...
        text_field: the field holding the article (default ``text``).
        date_field: the field holding its publication date, ISO 8601 (with or
            without a time and offset) or RFC 2822, or a :class:`datetime.date`;
            default: ``date``, else ``published``.
        id_field: the field holding its id (default ``id``); a record without
            one gets ``<source>:<n>`` (or ``#<n>``), *n* counted from 1.
        url_field: the field holding its address (default ``url``).
        source: what to call the corpus in ids and errors (a file name).
        gazetteer: the treaty gazetteer (default: the one that ships).
        numeric_calendar: ``"hijri"`` reads numeric dates without an era mark as
            Hijri where their year can be (a corpus that dates by the Hijri
            calendar), as :func:`~diplomatext.parse_article` does.

    Yields:
        One :class:`ParsedRecord` per record.

    Raises:
        RecordError: a record is not a mapping, or has no text (the message
            says which record and which field).
        InputError: *numeric_calendar* is neither ``"numeric"`` nor ``"hijri"``
            (on the first record).

    A date that cannot be read is not an error: it is said in the record's
    warnings, and the article's own date is used.

    >>> rows = [
    ...     {"id": "r1", "published": "Fri, 05 Feb 2021 10:00:00 +0300", "text": "قال الوزير أمس."},
    ...     {"text": "<html><body><h1>عنوان</h1><p>التقى الوزيران أمس.</p></body></html>"},
    ... ]
    >>> [(r.id, r.page.html, r.article.published) for r in parse_records(rows, source="feed")]
    ... # doctest: +ELLIPSIS
    [('r1', False, Published(date=datetime.date(2021, 2, 5), ...)), ('feed:2', True, None)]

    .. versionadded:: 0.2.0
    """
    date_fields = DATE_FIELDS if date_field is None else (date_field,)
    for number, record in enumerate(records, start=1):
        where = f"{source}:{number}" if source else f"#{number}"
        if not hasattr(record, "get"):
            msg = f"record {where} is a {type(record).__name__}, not a mapping of fields"
            raise RecordError(msg)
        text = record.get(text_field)
        if not isinstance(text, str):
            msg = (
                f"record {where} has {no_text(record, text_field)}; "
                "name the text field with text_field= (--text-field)"
            )
            raise RecordError(msg)
        identifier = _plain(record.get(id_field)) or where
        page = page_from_text(text)
        stamp, warning = _record_date(record, date_fields)
        url = _plain(record.get(url_field)) or page.url
        dates = page.dates if stamp is None else (stamp, *page.dates)
        from_url = None if url is None else url_date(url)
        if from_url is not None and all(date.origin != "url" for date in dates):
            dates = (*dates, from_url)
        page = attrs.evolve(
            page,
            url=url,
            dates=dates,
            warnings=page.warnings if warning is None else (*page.warnings, warning),
        )
        yield ParsedRecord.from_page(
            page, id=identifier, gazetteer=gazetteer, numeric_calendar=numeric_calendar
        )


def no_text(record: Mapping[str, Any], field: str) -> str:
    """What *record* has instead of an article in *field*, said to follow "has".

    >>> no_text({"id": 1, "text": 5}, "text")
    "an int (5) in field 'text', not the article's text"
    """
    value = record.get(field)
    if value is None:
        present = ", ".join(sorted(map(str, record))) or "none"
        return f"no text in field {field!r} (its fields: {present})"
    shown = repr(value)
    if len(shown) > _SHOWN_CHARS:
        shown = shown[: _SHOWN_CHARS - 1] + "\N{HORIZONTAL ELLIPSIS}"
    kind = type(value).__name__
    article = "an" if kind[0] in "aeiou" else "a"
    return f"{article} {kind} ({shown}) in field {field!r}, not the article's text"


def _plain(value: object) -> str | None:
    """A field's value as text; ``None``, ``""`` and NaN (an empty cell of a table) are none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _record_date(
    record: Mapping[str, Any], fields: tuple[str, ...]
) -> tuple[PageDate | None, str | None]:
    """The record's publication date, or a warning saying why its field cannot be read."""
    for field in fields:
        value = record.get(field)
        if isinstance(value, dt.datetime):
            return _stamp(value.date(), field, value.isoformat()), None
        if isinstance(value, dt.date):
            return _stamp(value, field, value.isoformat()), None
        raw = _plain(value)
        if raw is None:
            continue
        parsed = parse_stamp(raw)
        if parsed is None:
            return None, (
                f"field {field!r}: cannot read {raw!r} as a date (ISO 8601 or RFC 2822); "
                "the date found in the text is used"
            )
        return _stamp(parsed, field, raw), None
    return None, None


def _stamp(value: dt.date, field: str, raw: str) -> PageDate:
    return PageDate(value=value, kind=PageDateKind.PUBLISHED, origin=f"record:{field}", raw=raw)
