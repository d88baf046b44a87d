"""The records of a parsed article: :class:`Article` and its parts, and their plain-data form."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, Protocol

import attrs

from diplomatext._records import TextEnum
from diplomatext.dates import DateMention
from diplomatext.errors import RecordError
from diplomatext.treaties import Gazetteer, TreatyMention, load_gazetteer

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

SCHEMA_VERSION: Final = 1
"""The version of the dictionary form of :class:`Article` (``to_dict``/``from_dict``).

It goes up when a key is removed or changes meaning; new keys may be added
within a version. See the JSON schema page of the documentation.
"""


@attrs.frozen(kw_only=True)
class TextSpan:
    """A piece of the article: a headline, a paragraph, a place or agency name.

    ``article.text[span.start:span.end] == span.text`` always holds.

    >>> TextSpan(start=0, end=5, text="موسكو").to_dict()
    {'start': 0, 'end': 5, 'text': 'موسكو'}

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start": ..., "end": ..., "text": ...}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        """Rebuild a span from :meth:`to_dict` output."""
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


class PublishedOrigin(TextEnum):
    """Where the publication date of an article came from.

    Members are strings that print as their values.

    >>> PublishedOrigin.FOOTER.value, str(PublishedOrigin.FOOTER), f"{PublishedOrigin.GIVEN}"
    ('footer', 'footer', 'given')

    .. versionadded:: 0.1.0
    """

    GIVEN = "given"
    """Passed by the caller (``published=`` / ``--published``)."""
    DATELINE = "dateline"
    """The date in the dateline ("سبوتنيك - 18 كانون الثاني 2022ء")."""
    FOOTER = "footer"
    """A labelled footer field ("التاريخ: ...", "نشر في ...") or a date line after the story."""
    HEADER = "header"
    """A bare date line before the story ("الثلاثاء 18 يناير 2022 - 10:30")."""


@attrs.frozen(kw_only=True)
class Published:
    """The publication date of an article and where it came from.

    *start*, *end* and *text* are the span of the date in the article, or
    ``None`` when the date was given by the caller.

    >>> import datetime
    >>> Published(date=datetime.date(2019, 5, 15), origin=PublishedOrigin.GIVEN).to_dict()
    {'date': '2019-05-15', 'origin': 'given', 'start': None, 'end': None, 'text': None}

    .. versionadded:: 0.1.0
    """

    date: dt.date
    origin: PublishedOrigin
    start: int | None = None
    end: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary (the date in ISO 8601)."""
        return {
            "date": self.date.isoformat(),
            "origin": self.origin.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Published:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            date=dt.date.fromisoformat(data["date"]),
            origin=PublishedOrigin(data["origin"]),
            start=data.get("start"),
            end=data.get("end"),
            text=data.get("text"),
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
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            place=span_from(data.get("place")),
            agency=span_from(data.get("agency")),
            outlet=span_from(data.get("outlet")),
            date=None if data.get("date") is None else DateMention.from_dict(data["date"]),
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
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            reason=str(data["reason"]),
            marker=data.get("marker"),
        )


@attrs.frozen(kw_only=True)
class Article:
    r"""One parsed article: the story, its dates and treaties, and what was removed.

    Attributes:
        source: where the text came from (a path, a URL, an id), as given.
        text: the text as given; every span of the article points into it.
        headline: the headline, or ``None`` when the text does not start with one.
        dateline: the dateline of the first paragraph, if any.
        published: the publication date, given or found, with its origin.
        paragraphs: the body paragraphs, in order (the dateline cut off).
        boilerplate: everything else that is not blank, each with a reason.
        dates: the date mentions of the headline and paragraphs, resolved
            against the publication date (relative ones unresolved without one).
        treaties: the treaty mentions of the headline and paragraphs.

    >>> from diplomatext import parse_article
    >>> article = parse_article("عنوان الخبر هنا\nنص الخبر الأول.\nنص الخبر الثاني.")
    >>> article.headline.text, article.body
    ('عنوان الخبر هنا', 'نص الخبر الأول.\n\nنص الخبر الثاني.')
    >>> Article.from_dict(article.to_dict()) == article
    True

    .. versionadded:: 0.1.0
    """

    source: str | None = None
    text: str
    headline: TextSpan | None = None
    dateline: Dateline | None = None
    published: Published | None = None
    paragraphs: tuple[TextSpan, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    dates: tuple[DateMention, ...] = ()
    treaties: tuple[TreatyMention, ...] = ()

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines: the clean text of the story."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain, JSON-ready data (schema :data:`SCHEMA_VERSION`).

        >>> from diplomatext import parse_article
        >>> sorted(parse_article("نص قصير.").to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['boilerplate', 'dateline', 'dates', 'headline', 'paragraphs', 'published',
         'schema_version', 'source', 'text', 'treaties']
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "headline": span_dict(self.headline),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "published": None if self.published is None else self.published.to_dict(),
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
            "boilerplate": [piece.to_dict() for piece in self.boilerplate],
            "dates": [mention.to_dict() for mention in self.dates],
            "treaties": [mention.to_dict() for mention in self.treaties],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, gazetteer: Gazetteer | None = None) -> Article:
        """Rebuild an article from :meth:`to_dict` output (for example a JSON line).

        Treaty mentions are rebuilt against *gazetteer*, the one the article was
        parsed with (``None``: the shipped gazetteer).

        Raises:
            RecordError: the data has another schema version, or a span does not
                match the text.
        """
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            msg = (
                f"schema_version {version!r} is not {SCHEMA_VERSION}: this record was written "
                "by another version of diplomatext; parse the article again"
            )
            raise RecordError(msg)
        article = cls(
            source=data.get("source"),
            text=str(data["text"]),
            headline=span_from(data.get("headline")),
            dateline=None if data.get("dateline") is None else Dateline.from_dict(data["dateline"]),
            published=(
                None if data.get("published") is None else Published.from_dict(data["published"])
            ),
            paragraphs=tuple(TextSpan.from_dict(item) for item in data.get("paragraphs", ())),
            boilerplate=tuple(Boilerplate.from_dict(item) for item in data.get("boilerplate", ())),
            dates=tuple(DateMention.from_dict(item) for item in data.get("dates", ())),
            treaties=tuple(
                TreatyMention.from_dict(item, gazetteer=gazetteer or load_gazetteer())
                for item in data.get("treaties", ())
            ),
        )
        for span in article._spans():
            if article.text[span.start : span.end] != span.text:
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
            yield TextSpan(
                start=self.published.start,
                end=self.published.end if self.published.end is not None else self.published.start,
                text=self.published.text or "",
            )
        yield from self.paragraphs
        yield from self.boilerplate
        yield from self.dates
        yield from self.treaties


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


def span_from(data: Mapping[str, Any] | None) -> TextSpan | None:
    return None if data is None else TextSpan.from_dict(data)
