"""The records of a parsed article: :class:`Article` and its parts, and their plain-data form.

Reading a record back (``from_dict``) checks every field it reads, so that a
malformed record (a JSON line edited by hand, cut short, or of another tool)
raises :class:`~diplomatext.RecordError` naming the field, never a ``KeyError``
or ``TypeError`` from deep inside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, TypeVar

import attrs

from diplomatext._packed import packed_or_tuple
from diplomatext._records import TextEnum
from diplomatext._spans import check_span
from diplomatext.dates import DateMention
from diplomatext.errors import RecordError
from diplomatext.events import Event
from diplomatext.treaties import Gazetteer, TreatyMention, load_gazetteer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

SCHEMA_VERSION: Final = 2
"""The version of the dictionary form of :class:`Article` (``to_dict``/``from_dict``).

It goes up when a key is removed or changes meaning; new keys may be added
within a version. See the JSON schema page of the documentation. Version 2
added the page's ``title``, ``author`` and ``url``, and the ``reason`` and
``readings`` of ``published`` (whose ``date`` may be null when a stamp's
day-month order cannot be told); records of version 1 are still read.
"""

READABLE_VERSIONS: Final = frozenset({1, 2})
"""The schema versions :meth:`Article.from_dict` reads."""

_T = TypeVar("_T")


# --------------------------------------------------------------------------
# reading plain data back, field by field
# --------------------------------------------------------------------------


class _Fields:
    """A mapping read field by field; every error names the field's path ("dates[3].start")."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            msg = f"{path or 'the record'} must be an object (a dict), got {_kind(data)}"
            raise RecordError(msg)
        self.data: Mapping[Any, Any] = data
        self.path = path

    def name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def required(self, key: str) -> object:
        if key not in self.data:
            msg = f"the record has no {self.name(key)!r}: it is not an article record, or cut short"
            raise RecordError(msg)
        return self.data[key]

    def integer(self, key: str) -> int:
        value = self.required(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            msg = f"{self.name(key)} must be a non-negative integer, got {value!r}"
            raise RecordError(msg)
        return value

    def optional_integer(self, key: str) -> int | None:
        return None if self.data.get(key) is None else self.integer(key)

    def string(self, key: str) -> str:
        value = self.required(key)
        if not isinstance(value, str):
            msg = f"{self.name(key)} must be a string, got {_kind(value)}"
            raise RecordError(msg)
        return value

    def optional_string(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.string(key)

    def date(self, key: str) -> dt.date:
        value = self.string(key)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            msg = f"{self.name(key)} must be a date as YYYY-MM-DD, got {value!r}"
            raise RecordError(msg) from None

    def optional_date(self, key: str) -> dt.date | None:
        return None if self.data.get(key) is None else self.date(key)

    def dates(self, key: str) -> tuple[dt.date, ...]:
        return tuple(_Fields({name: item}, "").date(name) for name, item in self._items(key))

    def record(self, key: str, read: Callable[[_Fields], _T]) -> _T | None:
        value = self.data.get(key)
        return None if value is None else read(_Fields(value, self.name(key)))

    def records(self, key: str, read: Callable[[_Fields], _T]) -> tuple[_T, ...]:
        return tuple(read(_Fields(item, name)) for name, item in self._items(key))

    def mentions(self, key: str, read: Callable[[Mapping[str, Any]], _T]) -> tuple[_T, ...]:
        """Records read by another package's ``from_dict``: its errors become RecordErrors."""
        return tuple(_foreign(read, item, name) for name, item in self._items(key))

    def _items(self, key: str) -> Iterator[tuple[str, object]]:
        value = self.data.get(key, ())
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            msg = f"{self.name(key)} must be a list, got {_kind(value)}"
            raise RecordError(msg)
        for index, item in enumerate(value):
            yield f"{self.name(key)}[{index}]", item


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _foreign(read: Callable[[Mapping[str, Any]], _T], item: object, name: str) -> _T:
    if not isinstance(item, Mapping):
        msg = f"{name} must be an object (a dict), got {_kind(item)}"
        raise RecordError(msg)
    try:
        return read(item)
    except RecordError as exc:
        raise RecordError(f"{name}: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        msg = f"{name} is not a valid mention record ({type(exc).__name__}: {detail})"
        raise RecordError(msg) from None


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------


_set: Final = object.__setattr__


@attrs.frozen(init=False, repr=False, weakref_slot=False)
class TextSpan:
    """A piece of the article: a headline, a paragraph, a place or agency name.

    ``article.text[span.start:span.end] == span.text`` always holds.

    A frozen, slotted record built with keywords, like the other results. A page
    can hold a paragraph every few bytes (a word a line), so a span keeps only
    its ``start`` and its ``text`` (48 bytes, the paragraphs of one surface
    sharing one string); ``end`` is ``start + len(text)``. ``attrs.evolve``
    does not apply: build a new span with keywords.

    >>> span = TextSpan(start=0, end=5, text="موسكو")
    >>> span.to_dict()
    {'start': 0, 'end': 5, 'text': 'موسكو'}
    >>> span
    TextSpan(start=0, end=5, text='موسكو')

    Raises:
        SpanError: if ``end - start`` is not ``len(text)``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``end`` is derived from ``start`` and ``text``; a span whose length is
       not that of its text raises :class:`~diplomatext.SpanError`.
    """

    start: int
    """Offset of the first character in the article's text."""
    text: str
    """The piece as written."""

    def __init__(self, *, start: int, end: int, text: str) -> None:
        """Build a span from its fields; *end* must be ``start + len(text)``."""
        check_span("a text span", start, end, text)
        _set(self, "start", start)
        _set(self, "text", text)

    @property
    def end(self) -> int:
        """Offset after the last character; ``text == article.text[start:end]``."""
        return self.start + len(self.text)

    def __repr__(self) -> str:
        """The constructor call that rebuilds this span."""
        name = self.__class__.__qualname__
        return f"{name}(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the offset and the text (pickled once for the spans sharing it)."""
        return _span, (self.start, self.text)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start": ..., "end": ..., "text": ...}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        """Rebuild a span from :meth:`to_dict` output.

        Raises:
            RecordError: a field is missing or of the wrong type, or the span's
                length is not that of its text.
        """
        return cls._read(_Fields(data, ""))

    @classmethod
    def _read(cls, fields: _Fields) -> TextSpan:
        start = fields.integer("start")
        end = fields.integer("end")
        text = fields.string("text")
        if end - start != len(text):
            msg = (
                f"{fields.path or 'the span'}: span [{start}, {end}) {text!r:.60} does not "
                "match the text (its length is not that of its text)"
            )
            raise RecordError(msg)
        return _span(start, text)


def _span(start: int, text: str) -> TextSpan:
    """A span at *start* of *text*, built without checks (the pass's own, and unpickling)."""
    span: TextSpan = object.__new__(TextSpan)
    _set(span, "start", start)
    _set(span, "text", text)
    return span


class PublishedOrigin(TextEnum):
    """Where the publication date of an article came from.

    Members are strings that print as their values.

    >>> PublishedOrigin.FOOTER.value, str(PublishedOrigin.FOOTER), f"{PublishedOrigin.GIVEN}"
    ('footer', 'footer', 'given')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``META``, ``JSON_LD``, ``TIME_ELEMENT``, ``URL`` and ``RECORD``: the metadata
       of a :class:`~diplomatext.Page`; ``STORY``: the lead paragraph's "today".
    """

    GIVEN = "given"
    """Passed by the caller (``published=`` / ``--published``)."""
    DATELINE = "dateline"
    """The date in the dateline ("سبوتنيك - 18 كانون الثاني 2022ء")."""
    FOOTER = "footer"
    """A labelled footer field ("التاريخ: ...", "نشر في ...") or a date line after the story."""
    HEADER = "header"
    """A bare date line before the story ("الثلاثاء 18 يناير 2022 - 10:30")."""
    META = "meta"
    """A ``<meta>`` tag of the page (``article:published_time``, ``dc.date``)."""
    JSON_LD = "json-ld"
    """The page's JSON-LD (``datePublished``)."""
    TIME_ELEMENT = "time-element"
    """A ``<time datetime>`` element of the page."""
    URL = "url"
    """The date in the page's address (``/2024/05/23/``)."""
    RECORD = "record"
    """A field of a corpus record (``published_at``)."""
    STORY = "story"
    """The lead paragraph's full date that it calls today ("اليوم الخميس 14 مارس 2019")."""


@attrs.frozen(kw_only=True)
class Published:
    """The publication date of an article, where it came from and why it was chosen.

    *start*, *end* and *text* are the span of the date in the article, or
    ``None`` when the date was given by the caller or read from the page's
    metadata. *reason* says why this date was taken over the others.

    A numeric stamp whose day-month order cannot be told ("4/6/2022": the 4th
    of June, or April the 6th) is not guessed: *date* is ``None`` and
    *readings* holds both dates, and the article's relative dates stay
    unresolved.

    >>> import datetime
    >>> Published(date=datetime.date(2019, 5, 15), origin=PublishedOrigin.GIVEN).to_dict()
    ... # doctest: +NORMALIZE_WHITESPACE
    {'date': '2019-05-15', 'origin': 'given', 'start': None, 'end': None, 'text': None,
     'reason': None, 'readings': []}

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       *reason* and *readings*; *date* may be ``None`` (an ambiguous stamp).
    """

    date: dt.date | None
    origin: PublishedOrigin
    start: int | None = None
    end: int | None = None
    text: str | None = None
    reason: str | None = None
    readings: tuple[dt.date, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary (dates in ISO 8601)."""
        return {
            "date": None if self.date is None else self.date.isoformat(),
            "origin": self.origin.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "readings": [reading.isoformat() for reading in self.readings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Published:
        """Rebuild from :meth:`to_dict` output (of schema version 1 or 2).

        Raises:
            RecordError: a field is missing or of the wrong type.
        """
        return cls._read(_Fields(data, ""))

    @classmethod
    def _read(cls, fields: _Fields) -> Published:
        origin = fields.string("origin")
        try:
            parsed_origin = PublishedOrigin(origin)
        except ValueError:
            choices = ", ".join(member.value for member in PublishedOrigin)
            msg = f"{fields.name('origin')} must be one of {choices}; got {origin!r}"
            raise RecordError(msg) from None
        readings = fields.dates("readings")
        return cls(
            date=fields.optional_date("date") if "date" in fields.data else fields.date("date"),
            origin=parsed_origin,
            start=fields.optional_integer("start"),
            end=fields.optional_integer("end"),
            text=fields.optional_string("text"),
            reason=fields.optional_string("reason"),
            readings=readings,
        )


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a story: place, agency, outlet and date, each with its span.

    Any part may be missing: "الرباط - ..." has a place only, "(رويترز) -" an
    agency only. *date* is the date mention inside the dateline, resolved
    against the date passed to :func:`parse_article` if any (else only an
    absolute date is resolved).

    >>> from diplomatext import parse_article
    >>> article = parse_article("واشنطن (رويترز) - قال مسؤول أمريكي إن الوزير سيزور موسكو.")
    >>> article.dateline.text, article.dateline.place.text, article.dateline.agency.text
    ('واشنطن (رويترز)', 'واشنطن', 'رويترز')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    place: TextSpan | None = None
    agency: TextSpan | None = None
    outlet: TextSpan | None = None
    date: DateMention | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": span_dict(self.place),
            "agency": span_dict(self.agency),
            "outlet": span_dict(self.outlet),
            "date": None if self.date is None else self.date.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Rebuild from :meth:`to_dict` output.

        Raises:
            RecordError: a field is missing or of the wrong type.
        """
        return cls._read(_Fields(data, ""))

    @classmethod
    def _read(cls, fields: _Fields) -> Dateline:
        date = fields.data.get("date")
        return cls(
            start=fields.integer("start"),
            end=fields.integer("end"),
            text=fields.string("text"),
            place=fields.record("place", TextSpan._read),  # noqa: SLF001 (same module)
            agency=fields.record("agency", TextSpan._read),  # noqa: SLF001
            outlet=fields.record("outlet", TextSpan._read),  # noqa: SLF001
            date=None
            if date is None
            else _foreign(DateMention.from_dict, date, fields.name("date")),
        )


@attrs.frozen(kw_only=True)
class Boilerplate:
    r"""A piece of the page that is not the story, with why it was taken out.

    *reason* is a key of :data:`diplomatext.data.boilerplate.REASONS`
    (``"share-buttons"``, ``"photo-credit"``, ``"related-stories"``, ...);
    *marker* is the table phrase that matched, or ``None`` when a rule (a
    repeated headline, a tracking token, a trailing fragment) found it.

    >>> from diplomatext import parse_article
    >>> parse_article("الخبر الأول هنا.\nالمصدر: تاس").boilerplate[0].to_dict()
    {'start': 17, 'end': 28, 'text': 'المصدر: تاس', 'reason': 'source-credit', 'marker': 'المصدر'}

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    reason: str
    marker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "marker": self.marker,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Boilerplate:
        """Rebuild from :meth:`to_dict` output.

        Raises:
            RecordError: a field is missing or of the wrong type.
        """
        return cls._read(_Fields(data, ""))

    @classmethod
    def _read(cls, fields: _Fields) -> Boilerplate:
        return cls(
            start=fields.integer("start"),
            end=fields.integer("end"),
            text=fields.string("text"),
            reason=fields.string("reason"),
            marker=fields.optional_string("marker"),
        )


@attrs.frozen(kw_only=True)
class Article:
    r"""One parsed article: the story, its dates and treaties, and what was removed.

    Attributes:
        source: where the text came from (a path, a URL, an id), as given.
        text: the text as given; every span of the article points into it.
        title: the page's title, when a :class:`~diplomatext.Page` gave one.
        author: the author the page's metadata names, if any.
        url: the page's address, if any.
        headline: the headline, or ``None`` when the text does not start with one.
        dateline: the dateline of the first paragraph, if any.
        published: the publication date, given or found, with its origin and reason.
        paragraphs: the body paragraphs, in order (the dateline cut off).
        boilerplate: everything else that is not blank, each with a reason.
        dates: the date mentions of the headline and paragraphs, resolved
            against the publication date (relative ones unresolved without one).
        treaties: the treaty mentions of the headline and paragraphs.
        events: the diplomatic contacts the headline and paragraphs report
            (:func:`~diplomatext.find_events`), dated against the publication date.

    >>> from diplomatext import parse_article
    >>> article = parse_article("عنوان الخبر هنا\nنص الخبر الأول.\nنص الخبر الثاني.")
    >>> article.headline.text, article.body
    ('عنوان الخبر هنا', 'نص الخبر الأول.\n\nنص الخبر الثاني.')
    >>> Article.from_dict(article.to_dict()) == article
    True

    *paragraphs* and *dates* are read-only sequences that behave as the tuples
    they were (equality, hash, repr, ``+``, slices): a page can hold a paragraph
    and a date every few bytes, so the article keeps them as columns (an offset
    and a shared record each) and builds a record when one is read.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       *title*, *author* and *url*; *paragraphs* and *dates* kept as columns
       (a ``Sequence``, no longer a ``tuple``).
    """

    source: str | None = None
    text: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    headline: TextSpan | None = None
    dateline: Dateline | None = None
    published: Published | None = None
    paragraphs: Sequence[TextSpan] = attrs.field(default=(), converter=packed_or_tuple)
    boilerplate: tuple[Boilerplate, ...] = ()
    dates: Sequence[DateMention] = attrs.field(default=(), converter=packed_or_tuple)
    treaties: tuple[TreatyMention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines: the clean text of the story."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain, JSON-ready data (schema :data:`SCHEMA_VERSION`).

        >>> from diplomatext import parse_article
        >>> sorted(parse_article("نص قصير.").to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['author', 'boilerplate', 'dateline', 'dates', 'events', 'headline', 'paragraphs',
         'published', 'schema_version', 'source', 'text', 'title', 'treaties', 'url']
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "author": self.author,
            "url": self.url,
            "headline": span_dict(self.headline),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "published": None if self.published is None else self.published.to_dict(),
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
            "boilerplate": [piece.to_dict() for piece in self.boilerplate],
            "dates": [mention.to_dict() for mention in self.dates],
            "treaties": [mention.to_dict() for mention in self.treaties],
            "events": [event.to_dict() for event in self.events],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, gazetteer: Gazetteer | None = None) -> Article:
        """Rebuild an article from :meth:`to_dict` output (for example a JSON line).

        Records of schema versions 1 and 2 are read (version 1 has no title,
        author, url, nor reason of the publication date; a record without
        ``events`` has none). Treaty mentions are
        rebuilt against *gazetteer*, the one the article was parsed with
        (``None``: the shipped gazetteer).

        Raises:
            RecordError: the data is not an article record of a version this
                library reads, a field is missing or of the wrong type, or a
                span does not match the text. The message names the field.

        >>> Article.from_dict({"schema_version": 2})
        Traceback (most recent call last):
        ...
        diplomatext.errors.RecordError: the record has no 'text': ...
        """
        fields = _Fields(data, "")
        version = fields.data.get("schema_version")
        if isinstance(version, bool) or version not in READABLE_VERSIONS:
            msg = (
                f"schema_version {version!r} is not one of {sorted(READABLE_VERSIONS)}: this "
                "record was written by another version of diplomatext (or is not an article "
                "record); parse the article again"
            )
            raise RecordError(msg)
        if "treaties" in fields.data and gazetteer is None and fields.data["treaties"]:
            gazetteer = load_gazetteer()
        article = cls(
            source=fields.optional_string("source"),
            text=fields.string("text"),
            title=fields.optional_string("title"),
            author=fields.optional_string("author"),
            url=fields.optional_string("url"),
            headline=fields.record("headline", TextSpan._read),  # noqa: SLF001 (same module)
            dateline=fields.record("dateline", Dateline._read),  # noqa: SLF001
            published=fields.record("published", Published._read),  # noqa: SLF001
            paragraphs=fields.records("paragraphs", TextSpan._read),  # noqa: SLF001
            boilerplate=fields.records("boilerplate", Boilerplate._read),  # noqa: SLF001
            dates=fields.mentions("dates", DateMention.from_dict),
            treaties=fields.mentions(
                "treaties", lambda item: TreatyMention.from_dict(item, gazetteer=gazetteer)
            ),
            events=fields.mentions("events", Event.from_dict),
        )
        for span in article._spans():
            # a mention's own from_dict may have let a value of another type through
            start: object = span.start
            end: object = span.end
            if (
                not isinstance(start, int)
                or not isinstance(end, int)
                or not 0 <= start <= end <= len(article.text)
                or article.text[start:end] != span.text
            ):
                msg = f"span [{span.start}, {span.end}) {span.text!r} does not match the text"
                raise RecordError(msg)
        return article

    def _spans(self) -> Iterator[Spanned]:
        """Every span of the article: headline, dateline, paragraphs, boilerplate, mentions."""
        if self.headline is not None:
            yield self.headline
        if self.dateline is not None:
            yield self.dateline
            for part in (self.dateline.place, self.dateline.agency, self.dateline.outlet):
                if part is not None:
                    yield part
            if self.dateline.date is not None:
                yield self.dateline.date
        if self.published is not None and self.published.start is not None:
            yield _Loose(
                self.published.start,
                self.published.end if self.published.end is not None else self.published.start,
                self.published.text or "",
            )
        yield from self.paragraphs
        yield from self.boilerplate
        yield from self.dates
        yield from self.treaties
        for event in self.events:
            yield from event.mentions


class Spanned(Protocol):
    """Anything with a span into the article's text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class _Loose(NamedTuple):
    """A span read from a record, checked against the text by :meth:`Article.from_dict`."""

    start: int
    end: int
    text: str


def span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    """``span.to_dict()``, or ``None``."""
    return None if span is None else span.to_dict()
