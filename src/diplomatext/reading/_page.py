"""What a scraped page holds beside its text: title, author, address and dates.

The records :func:`diplomatext.reading.read_page` returns and
:func:`diplomatext.parse_article` accepts. A page's dates are kept with where they
came from and what they claim to be (published, modified, crawled), so that the
article pass can prefer a publication date and say why.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 (attrs and the record converters resolve it)

import attrs

from diplomatext._records import TextEnum

__all__ = ["Page", "PageDate", "PageDateKind"]


class PageDateKind(TextEnum):
    """What a date of a page's metadata claims to be.

    >>> str(PageDateKind.MODIFIED)
    'modified'

    .. versionadded:: 0.2.0
    """

    PUBLISHED = "published"
    """The publication date (``article:published_time``, ``datePublished``, ``dc.date``...)."""
    MODIFIED = "modified"
    """A later update (``article:modified_time``, ``dateModified``, «آخر تحديث»)."""
    CRAWLED = "crawled"
    """When a scraper fetched the page: never a publication date."""
    UNKNOWN = "unknown"
    """A date whose role the page does not say (a bare ``<time datetime>``, the URL's date)."""


@attrs.frozen(kw_only=True)
class PageDate:
    """One date of a page's metadata, parsed, with where it came from.

    Attributes:
        value: the calendar date (in the page's own time zone when it gives one).
        kind: what the page says the date is.
        origin: where it was read: ``meta:article:published_time``,
            ``json-ld:datePublished``, ``time``, ``meta:dc.date``, ``url``,
            ``record:<field>`` for a corpus record's column.
        raw: the string as the page wrote it.

    >>> import datetime
    >>> PageDate(
    ...     value=datetime.date(2024, 9, 12),
    ...     kind=PageDateKind.CRAWLED,
    ...     origin="record:crawled_at",
    ...     raw="2024-09-12@08:15:40",
    ... ).kind.value
    'crawled'

    .. versionadded:: 0.2.0
    """

    value: dt.date
    kind: PageDateKind
    origin: str
    raw: str


@attrs.frozen(kw_only=True)
class Page:
    """A scraped page or record: its main text and what its metadata says.

    For an HTML page, :attr:`text` is the main text an extractor kept (headline
    first), and the spans of everything parsed from it point into this text, not
    into the HTML. For plain text it is the text itself.

    Attributes:
        text: the article's text.
        html: whether the input was an HTML page.
        title: the page's title (``og:title``, ``<title>``, a headline element), if any.
        author: the author or byline the metadata names, if any.
        url: the canonical address (``<link rel=canonical>``, ``og:url``, a record's field).
        dates: every date the metadata gives, in the order found.
        warnings: what went wrong on the way without stopping it (a bad byte replaced,
            no main text found), in plain words.

    >>> import datetime
    >>> stamp = PageDate(
    ...     value=datetime.date(2021, 2, 5),
    ...     kind=PageDateKind.PUBLISHED,
    ...     origin="meta:article:published_time",
    ...     raw="2021-02-05T10:00:00+03:00",
    ... )
    >>> Page(text="لافروف وبلينكن يبحثان هاتفيا", html=True, dates=(stamp,)).published.value
    datetime.date(2021, 2, 5)

    .. versionadded:: 0.2.0
    """

    text: str
    html: bool = False
    title: str | None = None
    author: str | None = None
    url: str | None = None
    dates: tuple[PageDate, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def published(self) -> PageDate | None:
        """The first date the metadata gives as the publication date, if any."""
        return next((d for d in self.dates if d.kind is PageDateKind.PUBLISHED), None)
