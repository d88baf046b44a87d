r"""Raw scraped articles to one clean, dated record.

A scraped news page is a story wrapped in the site around it: the headline
(often printed twice), a dateline ("الرباط - و م ع", "( أردو بوینت نتورك ۔ /
سبوتنيك - 18 كانون الثاني 2022ء)"), share buttons, photo and source credits,
footer fields ("التاريخ: الأربعاء 15-5-2019"), tracking tokens and lists of
other stories' headlines. :func:`parse_article` separates them: it returns an
:class:`Article` with the headline, the dateline, the publication date (given,
or found in the dateline or the footer, with where it came from), the body
paragraphs, every piece of boilerplate it removed (with its span and a reason:
nothing is dropped silently), and the date and treaty mentions of the story
resolved against the publication date. Every span points into the text given.

>>> import datetime
>>> text = (
...     "لافروف وبلينكن يبحثان معاهدة نيو ستارت\n"
...     "موسكو - سبوتنيك. بحث الوزيران أمس تمديد معاهدة نيو ستارت.\n"
...     "مشاركة :\n"
... )
>>> article = parse_article(text, published=datetime.date(2021, 1, 27))
>>> article.headline.text
'لافروف وبلينكن يبحثان معاهدة نيو ستارت'
>>> article.dateline.place.text, article.dateline.agency.text
('موسكو', 'سبوتنيك')
>>> [p.text for p in article.paragraphs]
['بحث الوزيران أمس تمديد معاهدة نيو ستارت.']
>>> [(b.text, b.reason) for b in article.boilerplate]
[('مشاركة :', 'share-buttons')]
>>> [(d.text, d.value) for d in article.dates]
[('أمس', '2021-01-26')]
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol

import attrs
import regex

from diplomatext._lexical import fold
from diplomatext._records import TextEnum
from diplomatext._spans import checked_date, checked_text
from diplomatext.data import boilerplate as _data
from diplomatext.data import chars, months
from diplomatext.dates import Anchor, DateMention, Granularity, find_dates
from diplomatext.errors import PatternTimeoutError, RecordError
from diplomatext.normalize import MATCHING, normalize, normalize_with_map
from diplomatext.treaties import Gazetteer, TreatyMention, find_treaties, load_gazetteer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

__all__ = [
    "MAX_CHARS",
    "SCHEMA_VERSION",
    "Article",
    "Boilerplate",
    "Dateline",
    "Published",
    "PublishedOrigin",
    "TextSpan",
    "parse_article",
]

SCHEMA_VERSION: Final = 1
"""The version of the dictionary form of :class:`Article` (``to_dict``/``from_dict``).

It goes up when a key is removed or changes meaning; new keys may be added
within a version. See the JSON schema page of the documentation.
"""

MAX_CHARS: Final = 5_000_000
"""The default longest text :func:`parse_article` accepts (five million characters)."""

# the time limit of one regular-expression call on user text: every pattern
# here is linear and takes microseconds per line, so the limit only stops a
# pathological input; it grows with the text so that a loaded machine does
# not fail a long line (the treaty matcher counts the same way)
_TIMEOUT_BASE: Final = 5.0  # seconds
_TIMEOUT_CHARS_PER_SECOND: Final = 100_000
_PREFIX: Final = 240  # a dateline lies within the first characters of its paragraph
_FOLD_PREFIX: Final = 400  # markers are matched on this much of a line, folded
_SHORT_LINE_WORDS: Final = 12  # the longest line that can be a bare date line
_FRAGMENT_WORDS: Final = 8  # the longest trailing line that can be a fragment
_HEADLINE_WORDS: Final = 40
_HEADLINE_CHARS: Final = 300
_STORY_WORDS: Final = 8  # a line this long means the story has begun
_TOKEN_REMAINDER_WORDS: Final = 6
_AGENCY_LINE_WORDS: Final = 5  # the longest line that can be an agency signature
_SIGNATURE_WORDS: Final = 12  # the longest line of editors' initials or a wire code
_NAME_WORDS: Final = 3  # the longest editor's name line under a signature
_SIGNATURES: Final = frozenset({"agency-signature", "editor-initials", "wire-code"})
# only to let find_dates resolve a numeric day-month of a dateline ("5 - 11"):
# the first pan-Arab name of each month
_MONTH_NAMES: Final = tuple(
    next(name for name, number in months.PAN_ARAB.items() if number == month)
    for month in range(1, 13)
)
# ranks of the places a publication date is found (lower wins): the dateline,
# then publication labels (rank 0 in DATE_LABELS), plain "date" labels (1),
# a bare date line before the story, one after it, and "updated" stamps (2)
_LABEL_RANKS: Final = {0: 10, 1: 20, 2: 50}


# --------------------------------------------------------------------------
# results
# --------------------------------------------------------------------------


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
            "place": _span_dict(self.place),
            "agency": _span_dict(self.agency),
            "outlet": _span_dict(self.outlet),
            "date": None if self.date is None else self.date.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            place=_span_from(data.get("place")),
            agency=_span_from(data.get("agency")),
            outlet=_span_from(data.get("outlet")),
            date=None if data.get("date") is None else DateMention.from_dict(data["date"]),
        )


@attrs.frozen(kw_only=True)
class Boilerplate:
    r"""A piece of the page that is not the story, with why it was taken out.

    *reason* is a key of :data:`diplomatext.data.boilerplate.REASONS`
    (``"share-buttons"``, ``"photo-credit"``, ``"related-stories"``, ...);
    *marker* is the table phrase that matched, or ``None`` when a rule (a
    repeated headline, a tracking token, a trailing fragment) found it.

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

        >>> sorted(parse_article("نص قصير.").to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['boilerplate', 'dateline', 'dates', 'headline', 'paragraphs', 'published',
         'schema_version', 'source', 'text', 'treaties']
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "headline": _span_dict(self.headline),
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
            headline=_span_from(data.get("headline")),
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

    def _spans(self) -> Iterator[_Spanned]:
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


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def _span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


def _span_from(data: Mapping[str, Any] | None) -> TextSpan | None:
    return None if data is None else TextSpan.from_dict(data)


# --------------------------------------------------------------------------
# compiled tables
# --------------------------------------------------------------------------


def _fold(phrase: str) -> str:
    return fold(phrase).strip()


def _alternation(phrases: Iterable[str]) -> str:
    folded = sorted({_fold(phrase) for phrase in phrases}, key=lambda p: (-len(p), p))
    return "|".join(regex.escape(phrase) for phrase in folded)


class _Tables(NamedTuple):
    by_kind: Mapping[str, Mapping[str, _data.Marker]]  # kind -> folded lowercase phrase -> marker
    section: regex.Pattern[str]
    label: regex.Pattern[str]
    crumb: regex.Pattern[str]
    start: regex.Pattern[str]
    anywhere: regex.Pattern[str]
    social: regex.Pattern[str]
    agency_line: regex.Pattern[str]
    wire_code: regex.Pattern[str]
    byline: regex.Pattern[str]
    place_outlet: regex.Pattern[str]
    paren: regex.Pattern[str]
    place_agency: regex.Pattern[str]
    agency_first: regex.Pattern[str]
    place_only: regex.Pattern[str]
    agency_in: regex.Pattern[str]
    place_in: regex.Pattern[str]
    date_labels: Mapping[str, int]
    fillers: frozenset[str]
    max_words: int
    kind_words: Mapping[str, int]
    anchored: regex.Pattern[str]  # any phrase of the kinds matched at the line start
    long_words: int  # a longer line can only be a label or start marker
    long_initials: frozenset[str]  # first letters of the markers a long line can match


@cache
def _tables() -> _Tables:
    by_kind: dict[str, dict[str, _data.Marker]] = {}
    for marker in _data.MARKERS:
        by_kind.setdefault(marker.kind, {})[_fold(marker.phrase).lower()] = marker

    def words(kind: str) -> str:
        return _alternation(by_kind.get(kind, {}))

    anchored_kinds = ("section", "crumb", "label", "start")
    anchored = "|".join(words(kind) for kind in anchored_kinds if kind in by_kind)
    # the rules that are not anchored at the line start stop at these lengths
    long_words = max(
        _SHORT_LINE_WORDS,  # social networks
        _AGENCY_LINE_WORDS,
        _SIGNATURE_WORDS,
        *(m.max_words for m in _data.MARKERS if m.kind not in {"label", "start"}),
    )
    long_initials = frozenset(
        _fold(m.phrase)[0].lower()
        for m in _data.MARKERS
        if m.kind in {"label", "start"} and m.max_words > long_words
    )
    agencies = _alternation(_data.AGENCIES)
    places = _alternation(_data.PLACES)
    outlets = _alternation(_data.OUTLETS)
    # an outlet of two words or more may stand without quotes
    outlets_bare = _alternation(name for name in _data.OUTLETS if len(name.split()) > 1)
    flags = regex.VERSION1 | regex.IGNORECASE
    agency = rf"(?<!\w)(?:{agencies})(?!\w)"
    place = rf"(?<!\w)(?:{places})(?!\w)"
    return _Tables(
        by_kind=by_kind,
        section=regex.compile(rf"(?:{words('section')})(?!\w)", flags),
        label=regex.compile(rf"(?:{words('label')})\s{{0,3}}:", flags),
        # MATCHING folds guillemets to quotes (double to ", single to ')
        crumb=regex.compile(rf"(?:{words('crumb')})\s{{0,3}}[/>|\\\"']", flags),
        start=regex.compile(rf"(?:{words('start')})(?!\w)", flags),
        anywhere=regex.compile(rf"(?<!\w)(?:{words('anywhere')})(?!\w)", flags),
        social=regex.compile(rf"(?<!\w)(?:{_alternation(_data.SOCIAL_NETWORKS)})(?!\w)", flags),
        agency_line=regex.compile(
            rf"""
            [(/]?\s{{0,3}}{agency}\s{{0,3}}[)/]?      # the agency, maybe in brackets or slashes
            (?:\s{{0,3}}[-/,]\s{{0,3}}                 # then an outlet after a dash
               \w{{1,30}}(?:\s\w{{1,30}}){{0,2}})?     # of at most three words
            \s{{0,3}}[:.]?                            # and a closing colon
            """,
            flags | regex.VERBOSE,
        ),
        wire_code=regex.compile(
            rf"""
            (?:{agencies})\s{{0,2}}\d{{4,8}}           # "كونا052130": the agency and a time stamp
            (?:\s{{1,3}}\w{{1,6}}){{0,4}}              # then short codes: جمت نوف 23
            """,
            flags | regex.VERBOSE,
        ),
        byline=regex.compile(
            rf"""
            (?:{_alternation(_data.BYLINE_VERBS)})        # كتب, كتبت
            \s{{0,3}}-?\s{{0,3}}                           # maybe a dash
            \p{{L}}{{2,20}}(?:\s\p{{L}}{{1,20}}){{1,3}}        # a name of two to four words
            """,
            flags | regex.VERBOSE,
        ),
        place_outlet=regex.compile(
            rf"""
            (?P<place>{place}                               # a known place
              |(?![وف])\w{{2,20}}(?:\s\w{{2,20}})?)        # or one or two words (no "و", "ف")
            \s{{0,3}}[-:]\s{{0,3}}                           # a colon or a dash
            (?:"\s{{0,2}}(?:(?P<agency>{agencies})            # an agency in quotes
                           |(?P<outlet>{outlets}))\s{{0,2}}"  # or an outlet in quotes
              |(?P<outlet>{outlets_bare})                    # or a long outlet name bare
               (?=\s{{0,3}}(?:[-:.,]|$)))                     # ending the dateline
            """,
            flags | regex.VERBOSE,
        ),
        paren=regex.compile(
            r"""
            \(\s{0,3}(?P<inner>[^()\n]{1,150}?)\s{0,3}\)   # ( ... ) at the paragraph start
            """,
            flags | regex.VERBOSE,
        ),
        place_agency=regex.compile(
            rf"""
            (?P<place>{place}|\w{{2,20}}(?:\s\w{{2,20}}){{0,2}}?)  # a place, known or not
            (?P<mid>[^()\n:]{{0,80}}?)                           # a date or nothing
            \s{{0,3}}(?P<dash>-\s{{0,3}})?                         # maybe a dash
            (?:\(\s{{0,3}}(?P<agency>{agency})\s{{0,3}}\)          # (agency)
              |/\s{{0,3}}(?P<agency>{agency})\s{{0,3}}/            # / agency /
              |(?P<agency>{agency}))                              # agency
            """,
            flags | regex.VERBOSE,
        ),
        agency_first=regex.compile(
            rf"""
            (?P<agency>{agency})\s{{0,3}}[-:]{{1,3}}\s   # "رويترز - ..."
            """,
            flags | regex.VERBOSE,
        ),
        place_only=regex.compile(
            rf"""
            (?P<place>{place})               # a known place
            (?P<mid>[^()\n:]{{0,60}}?)       # a date or nothing
            \s{{0,3}}[-:]{{1,3}}\s           # then a dash or colon and the story
            """,
            flags | regex.VERBOSE,
        ),
        agency_in=regex.compile(agency, flags),
        place_in=regex.compile(place, flags),
        date_labels={_fold(label): rank for label, rank in _data.DATE_LABELS.items()},
        fillers=frozenset(_fold(word) for word in _data.DATE_LINE_FILLERS),
        max_words=max(marker.max_words for marker in _data.MARKERS),
        kind_words={
            kind: max(marker.max_words for marker in markers.values())
            for kind, markers in by_kind.items()
        },
        anchored=regex.compile(rf"(?:{anchored})", flags),
        long_words=long_words,
        long_initials=long_initials,
    )


_TOKEN: Final = regex.compile(
    r"""
    (?=[A-Za-z0-9+/]{16})                     # cheap guard: both forms are this long
    (?<![\w+/=])
    (?: (?=[A-Za-z0-9+/]{0,199}[0-9])         # base64: digits,
        (?=[A-Za-z0-9+/]{0,199}[A-Z])         # capitals
        (?=[A-Za-z0-9+/]{0,199}[a-z])         # and small letters,
        (?:[A-Za-z0-9+/]{4}){4,50}             # in quads of four
        (?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?   # maybe padded
      | [0-9a-fA-F]{24,128}                    # or a long hexadecimal id
    )
    (?![\w+/=])
    """,
    regex.VERBOSE | regex.ASCII,
)
_URL_LINE: Final = regex.compile(r"(?:https?://|www\.)\S{1,2000}", regex.IGNORECASE)
_INITIALS: Final = regex.compile(
    r"""
    [\p{Arabic}&&\p{L}]{1,2}                       # one or two letters
    (?:[\s./\\-]{1,5}+[\p{Arabic}&&\p{L}]{1,2}){1,9}   # more, after spaces, dots or slashes
    """,
    regex.VERSION1 | regex.VERBOSE,
)
_NAME_LINE: Final = regex.compile(r"[\p{L}\p{M}]{2,30}(?:[\s.]{1,3}[\p{L}\p{M}]{1,30}){0,2}")
_DAY_MONTH: Final = regex.compile(
    r"[\s-]{0,6}+(?P<day>\d{1,2})\s{0,3}-\s{0,3}(?P<month>\d{1,2})[\s-]{0,6}+",
)
_LEADING_PUNCT: Final = regex.compile(r"^[\p{P}\p{S}\s]{1,50}+")
_EDGE_PUNCT: Final = regex.compile(r"^[\p{P}\p{S}\s]{1,50}+|[\p{P}\p{S}\s]{1,50}+$")
_EDGE_COUNT: Final = regex.compile(r"^[\p{P}\p{S}\p{N}\s]{1,50}+|[\p{P}\p{S}\p{N}\s]{1,50}+$")
_HAS_WORD: Final = regex.compile(r"[\p{L}\p{N}]")
_NON_NEWLINE: Final = regex.compile(r"[^\n]{1,100000}")
_CLOSERS: Final = "\"'»”’)]}" + "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_TERMINAL: Final = ".!?\N{ARABIC QUESTION MARK}\N{HORIZONTAL ELLIPSIS}"
_STRIP: Final = "".join(sorted(chars.WHITESPACE | chars.INVISIBLE_CHARACTERS)) + " \t\r\n\f\v"


def _timeout(subject: str) -> float:
    """The time limit, in seconds, of one regular-expression call on *subject*."""
    return _TIMEOUT_BASE + len(subject) / _TIMEOUT_CHARS_PER_SECOND


# --------------------------------------------------------------------------
# lines
# --------------------------------------------------------------------------


@attrs.define
class _Line:
    start: int
    end: int
    text: str
    words: int
    role: str = "content"  # content | headline | paragraph | boilerplate | dateline
    folded_cache: str | None = None
    signature: bool = False  # an agency signature or initials after the story

    @property
    def folded(self) -> str:
        if self.folded_cache is None:
            self.folded_cache = normalize(self.text[:_FOLD_PREFIX], MATCHING).strip()
        return self.folded_cache


def _lines(text: str) -> list[_Line]:
    found: list[_Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip(_STRIP)
        if stripped:
            start = offset + content.index(stripped)
            found.append(
                _Line(
                    start=start,
                    end=start + len(stripped),
                    text=stripped,
                    words=len(stripped.split()),
                )
            )
        offset += len(raw)
    return found


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in _TERMINAL


# --------------------------------------------------------------------------
# boilerplate
# --------------------------------------------------------------------------


class _Hit(NamedTuple):
    reason: str
    marker: str | None
    section: bool = False
    takes_next: bool = False


def _classify(  # noqa: C901, PLR0911, PLR0912 (one exit per rule, in order of precedence)
    line: _Line, tables: _Tables, *, after_story: bool = False, in_header: bool = False
) -> _Hit | None:
    if line.words > tables.max_words:
        return None  # longer than any marker may remove: the story (tokens aside)
    if line.words > tables.long_words:
        # only a label or start marker may remove a line this long, and the
        # line opens with a letter none of them starts with
        initial = _folded_initial(line.text[0])
        if initial.isalpha() and initial not in tables.long_initials:
            return None
    folded = _LEADING_PUNCT.sub("", line.folded)
    if not _HAS_WORD.search(line.text):
        return _Hit("separator", None)
    anchored = tables.anchored.match(folded, timeout=_timeout(folded)) is not None
    match = tables.section.match(folded, timeout=_timeout(folded)) if anchored else None
    if match:
        marker = _marker(tables, "section", match.group())
        if marker is not None and line.words <= marker.max_words:
            return _Hit(marker.reason, marker.phrase, section=True)
    match = tables.crumb.match(folded, timeout=_timeout(folded)) if anchored else None
    if match:
        marker = _marker(tables, "crumb", match.group()[:-1].strip())
        if marker is not None and line.words <= marker.max_words:
            return _Hit(marker.reason, marker.phrase)
    match = tables.label.match(folded, timeout=_timeout(folded)) if anchored else None
    if match:
        marker = _marker(tables, "label", match.group()[:-1].strip())
        if marker is not None and line.words <= marker.max_words:
            return _Hit(marker.reason, marker.phrase)
    core = _EDGE_PUNCT.sub("", folded, timeout=_timeout(folded))
    if line.words <= tables.kind_words.get("whole", 0):
        whole = _marker(tables, "whole", _EDGE_COUNT.sub("", folded, timeout=_timeout(folded)))
        if whole is not None and line.words <= whole.max_words:
            return _Hit(whole.reason, whole.phrase)
    if line.words <= _SHORT_LINE_WORDS:
        rest = _EDGE_PUNCT.sub("", tables.social.sub(" ", core, timeout=_timeout(core)))
        rest = " ".join(rest.split())
        if rest != core and not rest:
            return _Hit("share-buttons", None)
        shared = _marker(tables, "whole", rest) if rest != core else None
        if shared is not None:
            return _Hit(shared.reason, shared.phrase)
    match = tables.start.match(folded, timeout=_timeout(folded)) if anchored else None
    if match:
        marker = _marker(tables, "start", match.group())
        if marker is not None and line.words <= marker.max_words:
            bare = core == _fold(marker.phrase)
            return _Hit(marker.reason, marker.phrase, takes_next=marker.takes_next and bare)
    if line.words <= tables.kind_words.get("anywhere", 0):
        head = line.folded[:_FOLD_PREFIX]
        matches = tables.anywhere.finditer(head, timeout=_timeout(head))
        longest = max((m.group() for m in matches), key=len, default=None)
        marker = None if longest is None else _marker(tables, "anywhere", longest)
        if marker is not None and line.words <= marker.max_words:
            return _Hit(marker.reason, marker.phrase)
    if _URL_LINE.fullmatch(line.text, timeout=_timeout(line.text)):
        return _Hit("link", None)
    if line.words <= _AGENCY_LINE_WORDS and tables.agency_line.fullmatch(
        folded, timeout=_timeout(folded)
    ):
        return _Hit("agency-signature", None)
    if line.words <= _SIGNATURE_WORDS:
        if tables.wire_code.fullmatch(core, timeout=_timeout(core)):
            return _Hit("wire-code", None)
        if after_story and _is_initials(core):
            return _Hit("editor-initials", None)
        if in_header and tables.byline.fullmatch(folded, timeout=_timeout(folded)):
            return _Hit("byline", None)
    return None


def _is_initials(core: str) -> bool:
    """Whether a line is only editors' initials: "م.ع/ ح.س", "ع م ف / ع ا ب", "ب ط/ أ ع"."""
    if not _INITIALS.fullmatch(core, timeout=_timeout(core)):
        return False
    groups = regex.findall(r"\w{1,2}", core, timeout=_timeout(core))
    # two-letter groups are words too ("من", "في"): ask for a dot or a slash then
    return all(len(group) == 1 for group in groups) or any(c in "./\\" for c in core)


@functools.lru_cache(maxsize=4096)
def _folded_initial(char: str) -> str:
    """The first character *char* folds to, lower-cased ("" when folding deletes it)."""
    return normalize(char, MATCHING)[:1].lower()


def _marker(tables: _Tables, kind: str, folded: str) -> _data.Marker | None:
    return tables.by_kind.get(kind, {}).get(folded.lower())  # patterns ignore case


# --------------------------------------------------------------------------
# dates inside a region of the text
# --------------------------------------------------------------------------


def _masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """*text* up to the last span, with everything outside *spans* blanked (line breaks kept)."""
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start > position:
            pieces.append(_NON_NEWLINE.sub(lambda m: " " * len(m.group()), text[position:start]))
        pieces.append(text[max(start, position) : end])
        position = max(position, end)
    return "".join(pieces)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _dates_in(
    text: str,
    spans: Sequence[tuple[int, int]],
    reference: dt.date | None,
    *,
    masked: str | None = None,
) -> list[DateMention]:
    """The date mentions inside *spans* of *text*, with offsets into *text*.

    *masked* is ``_masked(text, spans)`` when the caller has built it already.
    """
    if not spans:
        return []
    if len(spans) == 1:  # one line: find in it alone, then move the offsets
        start, end = spans[0]
        return [
            attrs.evolve(mention, start=mention.start + start, end=mention.end + start)
            for mention in find_dates(text[start:end], reference=reference, max_chars=None)
        ]
    if masked is None:
        masked = _masked(text, spans)
    return [
        mention
        for mention in find_dates(masked, reference=reference, max_chars=None)
        if _inside(mention.start, mention.end, spans)
    ]


def _publication_day(mentions: Sequence[DateMention]) -> DateMention | None:
    """The absolute, day-precise mention to take as a publication date (Gregorian first)."""
    days = [
        m
        for m in mentions
        if m.granularity is Granularity.DAY
        and m.anchor is Anchor.ABSOLUTE
        and m.first is not None
        and m.first == m.last
    ]
    gregorian = [m for m in days if m.hijri is None]
    if gregorian:
        return gregorian[0]
    return days[0] if days else None


def _only_dates(
    text: str, start: int, end: int, mentions: Sequence[DateMention], tables: _Tables
) -> bool:
    """Whether ``text[start:end]`` holds nothing but dates, times, numbers and filler words."""
    pieces: list[str] = []
    position = start
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start >= position and mention.end <= end:
            pieces.append(text[position : mention.start])
            position = mention.end
    pieces.append(text[position:end])
    rest = normalize(" ".join(pieces), MATCHING)
    for word in regex.split(r"[\s\p{P}\p{S}]{1,50}", rest, timeout=_timeout(rest)):
        if word and not word.isdigit() and word not in tables.fillers:
            return False
    return True


# --------------------------------------------------------------------------
# dateline
# --------------------------------------------------------------------------


class _DatelineFound(NamedTuple):
    dateline: Dateline
    body_start: int  # where the paragraph resumes


def _find_dateline(  # noqa: C901 (one pattern after the other)
    text: str, line: _Line, tables: _Tables, reference: dt.date | None
) -> _DatelineFound | None:
    prefix = text[line.start : min(line.end, line.start + _PREFIX)]
    mapped = normalize_with_map(prefix, MATCHING)
    folded = mapped.text

    def original(start: int, end: int) -> tuple[int, int]:
        o_start, o_end = mapped.to_original(start, end)
        return line.start + o_start, line.start + o_end

    def span(start: int, end: int) -> TextSpan:
        o_start, o_end = original(start, end)
        return TextSpan(start=o_start, end=o_end, text=text[o_start:o_end])

    def finish(
        end: int,
        place: TextSpan | None,
        agency: TextSpan | None,
        outlet: TextSpan | None,
        date: DateMention | None,
    ) -> _DatelineFound:
        d_start, d_end = line.start, original(0, end)[1]
        body = d_end
        while body < line.end and (
            text[body].isspace() or text[body] in "-:.،,|/\N{EN DASH}\N{EM DASH}"
        ):
            body += 1
        dateline = Dateline(
            start=d_start,
            end=d_end,
            text=text[d_start:d_end],
            place=place,
            agency=agency,
            outlet=outlet,
            date=date,
        )
        return _DatelineFound(dateline=dateline, body_start=body)

    match = tables.paren.match(folded, timeout=_timeout(folded))
    if match:
        found = _paren_dateline(
            match, text, tables=tables, reference=reference, span=span, original=original
        )
        if found is not None:
            return finish(match.end(), *found)
    match = tables.place_outlet.match(folded, timeout=_timeout(folded))
    if match:
        agency = span(*match.span("agency")) if match.group("agency") else None
        outlet = span(*match.span("outlet")) if match.group("outlet") else None
        return finish(match.end(), span(*match.span("place")), agency, outlet, None)
    # the place-agency pattern backtracks a lot: try it only when an agency is there
    has_agency = tables.agency_in.search(folded, timeout=_timeout(folded)) is not None
    match = tables.place_agency.match(folded, timeout=_timeout(folded)) if has_agency else None
    if match:
        place_known = tables.place_in.fullmatch(match.group("place")) is not None
        before_agency = folded[: match.start("agency")].rstrip()
        delimited = before_agency.endswith(("(", "/", "-"))
        mid = match.group("mid")
        mid_start, mid_end = original(match.start("mid"), match.start("mid") + len(mid.rstrip()))
        mentions = _dates_in(text, [(mid_start, mid_end)], reference) if mid.strip() else []
        if not mentions and mid.strip():
            numeric = _dateline_date(text, mid_start, mid_end, reference)
            mentions = [] if numeric is None else [numeric]
        if (place_known or delimited) and _only_dates(text, mid_start, mid_end, mentions, tables):
            return finish(
                match.end(),
                span(*match.span("place")),
                span(*match.span("agency")),
                None,
                mentions[0] if mentions else None,
            )
    match = tables.agency_first.match(folded, timeout=_timeout(folded)) if has_agency else None
    if match:
        return finish(match.end("agency"), None, span(*match.span("agency")), None, None)
    match = tables.place_only.match(folded, timeout=_timeout(folded))
    if match:
        mid = match.group("mid")
        mid_start, mid_end = original(match.start("mid"), match.start("mid") + len(mid.rstrip()))
        mentions = _dates_in(text, [(mid_start, mid_end)], reference) if mid.strip() else []
        if _only_dates(text, mid_start, mid_end, mentions, tables):
            end = match.start("mid") + len(mid.rstrip()) if mentions else match.end("place")
            date = mentions[0] if mentions else None
            return finish(end, span(*match.span("place")), None, None, date)
    return None


def _paren_dateline(
    match: regex.Match[str],
    text: str,
    *,
    tables: _Tables,
    reference: dt.date | None,
    span: Callable[[int, int], TextSpan],
    original: Callable[[int, int], tuple[int, int]],
) -> tuple[TextSpan | None, TextSpan | None, TextSpan | None, DateMention | None] | None:
    inner_start, inner_end = match.span("inner")
    inner = match.group("inner")
    agency_match = tables.agency_in.search(inner, timeout=_timeout(inner))
    place_match = tables.place_in.search(inner, timeout=_timeout(inner))
    o_start, o_end = original(inner_start, inner_end)
    mentions = _dates_in(text, [(o_start, o_end)], reference)
    date = mentions[0] if mentions else None
    if agency_match is None and date is None:
        return None
    agency = None
    if agency_match is not None:
        agency = span(inner_start + agency_match.start(), inner_start + agency_match.end())
    place = None
    if place_match is not None:
        place = span(inner_start + place_match.start(), inner_start + place_match.end())
    outlet = None
    slash = inner.find("/")
    if slash > 0:
        head = inner[:slash]
        stripped = _EDGE_PUNCT.sub("", head)
        if stripped and (agency_match is None or agency_match.start() > slash):
            first = head.find(stripped)
            outlet = span(inner_start + first, inner_start + first + len(stripped))
            if (place is not None and place.start >= outlet.start and place.end <= outlet.end) or (
                date is not None and date.start < outlet.end
            ):
                outlet = None
    return place, agency, outlet, date


# --------------------------------------------------------------------------
# parse_article
# --------------------------------------------------------------------------


class _Candidate(NamedTuple):
    rank: int
    mention: DateMention
    origin: PublishedOrigin


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    gazetteer: Gazetteer | None = None,
    max_chars: int | None = MAX_CHARS,
) -> Article:
    r"""Parse one scraped article into headline, dateline, date, paragraphs and boilerplate.

    The function is pure (no clock, no files, no global state) and picklable,
    so it maps over a corpus with :mod:`multiprocessing` or Dask as is.

    How it reads the page, line by line:

    1. Lines matching a marker of :data:`diplomatext.data.boilerplate.MARKERS`
       (share buttons, credits, comments, copyright, footer fields...) are
       boilerplate; a heading such as "آخر الأخبار" after the story has begun
       makes everything after it boilerplate (lists of other stories); lines
       of only a tracking token, a web address, an agency signature, a wire
       code, editors' initials (after the story) or the headline printed
       again are boilerplate too, and so is an editor's name as the last line
       under a signature.
    2. The first remaining line is the headline if it looks like one (at most
       40 words, not ending in a full stop, followed by more text).
    3. The first paragraph may open with a dateline: a place, an agency
       (from :data:`~diplomatext.data.boilerplate.AGENCIES`) or an outlet
       (:data:`~diplomatext.data.boilerplate.OUTLETS`, "لندن: «الشرق الأوسط»")
       and a date, in the forms Arabic agencies use; a dateline on a line of
       its own may also come before the headline.
    4. The publication date is *published* if given, else the day-precise,
       absolute date of the dateline, else of a labelled footer field
       ("التاريخ:", "نشر في"), else of a line that holds only a date.
    5. Dates and treaties are found in the headline and paragraphs only, and
       resolved against the publication date; without one, relative dates
       (أمس, الشهر الماضي) are found but left unresolved.

    Args:
        text: the article as read (see :func:`diplomatext.read_article`).
        published: the publication date, if known; it wins over any date found.
        source: where the text came from, copied to :attr:`Article.source`.
        gazetteer: the treaty gazetteer (default: the one that ships).
        max_chars: refuse longer texts (default :data:`MAX_CHARS`); ``None``
            accepts any length. This is the only limit: the date and treaty
            finders called on the story are given none of their own.

    Returns:
        The :class:`Article`.

    Raises:
        InputError: *text* is not a ``str``, or *published* not a date.
        InputTooLargeError: *text* is longer than *max_chars*.
        PatternTimeoutError: a pattern ran past its time limit (5 seconds
            plus one per 100,000 characters of what it reads): the text is
            pathological, or the machine far too loaded; the message names
            the step.

    >>> text = "عنوان: الوزيران يلتقيان\nالتقى الوزيران أمس.\nالتاريخ: الأربعاء 15-5-2019"
    >>> article = parse_article(text)
    >>> article.published.date, article.published.origin.value
    (datetime.date(2019, 5, 15), 'footer')
    >>> [(d.text, d.value) for d in article.dates]
    [('أمس', '2019-05-14')]

    .. versionadded:: 0.1.0
    """
    text = checked_text(text, max_chars=max_chars)
    published = checked_date(published, name="published")
    progress = _Progress()
    try:
        return _parse(
            text, published=published, source=source, gazetteer=gazetteer, progress=progress
        )
    except PatternTimeoutError:
        raise
    except TimeoutError as exc:
        msg = (
            f"reading the {progress.step} of this {len(text):,}-character text took longer "
            "than its safety limit: it is probably not one article (a dump, a binary file "
            "read as text); split it into articles, or retry it on a less loaded machine"
        )
        raise PatternTimeoutError(msg) from exc


@attrs.define
class _Progress:
    """The step :func:`parse_article` is at, for the message of a timeout."""

    step: str = "boilerplate"


def _parse(  # noqa: C901, PLR0912, PLR0915 (one pass over the lines, rule by rule)
    text: str,
    *,
    published: dt.date | None,
    source: str | None,
    gazetteer: Gazetteer | None,
    progress: _Progress,
) -> Article:
    """:func:`parse_article` on a checked text, saying in *progress* which step it is at."""
    tables = _tables()
    lines = _lines(text)
    pieces: list[Boilerplate] = []

    def drop(line: _Line, reason: str, marker: str | None = None) -> None:
        line.role = "boilerplate"
        pieces.append(
            Boilerplate(
                start=line.start, end=line.end, text=line.text, reason=reason, marker=marker
            )
        )

    # 1. boilerplate by markers and rules
    candidates: list[_Candidate] = []
    story_started = False
    seen_content = False
    in_section = False
    take_next = False
    for line in lines:
        if in_section:
            drop(line, "related-stories")
            continue
        if take_next:
            take_next = False
            drop(line, "read-also")
            continue
        in_header = seen_content and not story_started  # under the headline
        hit = _classify(line, tables, after_story=story_started, in_header=in_header)
        if hit is None:
            tokens = list(_TOKEN.finditer(line.text, timeout=_timeout(line.text)))
            if tokens:
                rest = _TOKEN.sub(" ", line.text, timeout=_timeout(line.text))
                if len(rest.split()) <= _TOKEN_REMAINDER_WORDS and not _ends_sentence(rest):
                    hit = _Hit("tracking-token", None)
                else:
                    _trim_tokens(line, tokens, pieces)
        if hit is None:
            seen_content = True
            if line.words >= _STORY_WORDS:
                story_started = True
            continue
        if hit.section and not story_started:
            drop(line, hit.reason, hit.marker)
            continue
        drop(line, hit.reason, hit.marker)
        line.signature = story_started and hit.reason in _SIGNATURES
        in_section = hit.section
        take_next = hit.takes_next
        if hit.reason == "footer-field":
            label = _label_of(line.folded, tables)
            if label is not None:
                day = _publication_day(_dates_in(text, [(line.start, line.end)], None))
                if day is not None:
                    candidates.append(_Candidate(_LABEL_RANKS[label], day, PublishedOrigin.FOOTER))

    _drop_signature_names(lines, drop)
    content = [line for line in lines if line.role == "content"]

    # bare date lines (header or footer)
    progress.step = "publication date"
    seen_story = False
    for line in content:
        if line.words <= _SHORT_LINE_WORDS and any(c.isdigit() for c in line.text):
            mentions = _dates_in(text, [(line.start, line.end)], None)
            if mentions and _only_dates(text, line.start, line.end, mentions, tables):
                drop(line, "date-line")
                day = _publication_day(mentions)
                if day is not None:
                    origin = PublishedOrigin.FOOTER if seen_story else PublishedOrigin.HEADER
                    rank = 40 if seen_story else 30
                    candidates.append(_Candidate(rank, day, origin))
                continue
        if line.words >= _STORY_WORDS and _ends_sentence(line.text):
            seen_story = True  # a headline does not end with a full stop
    content = [line for line in content if line.role == "content"]

    # a dateline on a line of its own before the headline ("لندن: «الشرق الأوسط»")
    progress.step = "dateline"
    dateline: Dateline | None = None
    paragraph_start: dict[int, int] = {}
    if len(content) >= 2 and content[0].words <= _SHORT_LINE_WORDS:  # noqa: PLR2004
        found = _find_dateline(text, content[0], tables, published)
        if found is not None and found.body_start >= content[0].end:
            dateline = found.dateline
            content[0].role = "dateline"
            content = content[1:]

    # 2. headline, and the headline printed again
    progress.step = "headline"
    headline: TextSpan | None = None
    if len(content) >= 2 and _looks_like_headline(content[0]):  # noqa: PLR2004
        first = content[0]
        first.role = "headline"
        headline = TextSpan(start=first.start, end=first.end, text=first.text)
        for line in content[1:]:
            if line.words == first.words and line.folded == first.folded:
                drop(line, "repeated-headline")
        content = [line for line in content[1:] if line.role == "content"]

    # 3. dateline
    progress.step = "dateline"
    if content and dateline is None:
        found = _find_dateline(text, content[0], tables, published)
        if found is not None:
            dateline = found.dateline
            if found.body_start >= content[0].end:
                content[0].role = "dateline"
                content = content[1:]
            else:
                paragraph_start[id(content[0])] = found.body_start
    if dateline is not None and dateline.date is not None and published is None:
        day = _publication_day([dateline.date])
        if day is not None:
            candidates.append(_Candidate(0, day, PublishedOrigin.DATELINE))

    # trailing fragments: short non-sentences between the story and the footer
    progress.step = "trailing lines"
    _drop_trailing_fragments(lines, content, drop)
    content = [line for line in content if line.role == "content"]

    # 4. publication date
    progress.step = "publication date"
    published_info: Published | None = None
    if published is not None:
        published_info = Published(date=published, origin=PublishedOrigin.GIVEN)
    elif candidates:
        best = min(candidates, key=lambda c: (c.rank, c.mention.start))
        assert best.mention.first is not None  # noqa: S101 (checked by _publication_day)
        published_info = Published(
            date=best.mention.first,
            origin=best.origin,
            start=best.mention.start,
            end=best.mention.end,
            text=best.mention.text,
        )
        if dateline is not None and dateline.date is not None and dateline.date.first is None:
            # a dateline date without a year, resolved against the page's date
            resolved = _dateline_date(
                text, dateline.date.start, dateline.date.end, published_info.date
            )
            if resolved is not None:
                dateline = attrs.evolve(dateline, date=resolved)

    paragraphs = tuple(
        TextSpan(
            start=paragraph_start.get(id(line), line.start),
            end=line.end,
            text=text[paragraph_start.get(id(line), line.start) : line.end],
        )
        for line in content
    )
    paragraphs = tuple(p for p in paragraphs if p.start < p.end)

    # 5. dates and treaties of the story
    progress.step = "dates and treaties"
    story = [(p.start, p.end) for p in paragraphs]
    if headline is not None:
        story.insert(0, (headline.start, headline.end))
    reference = None if published_info is None else published_info.date
    dates: tuple[DateMention, ...] = ()
    treaties: tuple[TreatyMention, ...] = ()
    if story:
        masked = _masked(text, story)  # built once, for both finders
        dates = tuple(_dates_in(text, story, reference, masked=masked))
        treaties = tuple(
            mention
            for mention in find_treaties(
                masked, reference=reference, gazetteer=gazetteer, max_chars=None
            )
            if _inside(mention.start, mention.end, story)
        )
    return Article(
        source=source,
        text=text,
        headline=headline,
        dateline=dateline,
        published=published_info,
        paragraphs=paragraphs,
        boilerplate=tuple(sorted(pieces, key=lambda piece: piece.start)),
        dates=dates,
        treaties=treaties,
    )


def _dateline_date(
    text: str, start: int, end: int, reference: dt.date | None
) -> DateMention | None:
    """The date in ``text[start:end]`` of a dateline, resolved against *reference*.

    Besides what :func:`find_dates` reads, a dateline may write a day and a
    month as numbers with no year ("الكويت - 5 - 11 (كونا)"): a form read
    here only, since "5 - 11" in running text is a score or a range.
    """
    mentions = _dates_in(text, [(start, end)], reference)
    if mentions:
        return mentions[0]
    piece = normalize(text[start:end], MATCHING)
    match = _DAY_MONTH.fullmatch(piece, timeout=_timeout(piece))
    if match is None:
        return None
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= month <= len(_MONTH_NAMES) and 1 <= day <= 31):  # noqa: PLR2004
        return None
    # ask find_dates to read and resolve the same day and month, written in words
    found = find_dates(f"{day} {_MONTH_NAMES[month - 1]}", reference=reference)
    if len(found) != 1 or found[0].granularity is not Granularity.DAY:
        return None
    digits = regex.search(r"\d.{0,20}\d", text[start:end], flags=regex.DOTALL)
    if digits is None:  # pragma: no cover - the folded text had both numbers
        return None
    d_start, d_end = start + digits.start(), start + digits.end()
    return attrs.evolve(found[0], start=d_start, end=d_end, text=text[d_start:d_end])


def _drop_signature_names(lines: list[_Line], drop: Callable[[_Line, str], None]) -> None:
    """Drop the editor's name printed on the last line, under an agency signature or initials."""
    for before, line in itertools.pairwise(lines):
        if (
            before.role == "boilerplate"
            and before.signature
            and line.role == "content"
            and line.words <= _NAME_WORDS
            and _NAME_LINE.fullmatch(line.text, timeout=_timeout(line.text))
            and all(after.role == "boilerplate" for after in lines if after.start > line.start)
        ):
            drop(line, "byline")


def _label_of(folded: str, tables: _Tables) -> int | None:
    for label, rank in tables.date_labels.items():
        if folded.startswith(label):
            return rank
    return None


def _looks_like_headline(line: _Line) -> bool:
    if not 2 <= line.words <= _HEADLINE_WORDS or len(line.text) > _HEADLINE_CHARS:  # noqa: PLR2004
        return False
    core = line.text.rstrip(_CLOSERS + " ")
    if core.endswith(("..", "\N{HORIZONTAL ELLIPSIS}")):
        return True
    return not core.endswith((".", ":", "\N{ARABIC COMMA}", ",", "\N{ARABIC SEMICOLON}", ";"))


def _trim_tokens(line: _Line, tokens: list[regex.Match[str]], pieces: list[Boilerplate]) -> None:
    """Cut tracking tokens off the start and the end of a line of the story."""
    text = line.text
    cut_start, cut_end = 0, len(text)
    for token in tokens:
        if text[cut_start : token.start()].strip(_STRIP):
            break
        pieces.append(_token_piece(line, token))
        cut_start = token.end()
    for token in reversed(tokens):
        if token.start() < cut_start or text[token.end() : cut_end].strip(_STRIP):
            break
        pieces.append(_token_piece(line, token))
        cut_end = token.start()
    if (cut_start, cut_end) == (0, len(text)):
        return
    kept = text[cut_start:cut_end]
    stripped = kept.strip(_STRIP)
    line.start += cut_start + kept.index(stripped)
    line.end = line.start + len(stripped)
    line.text = stripped
    line.words = len(stripped.split())
    line.folded_cache = None


def _token_piece(line: _Line, token: regex.Match[str]) -> Boilerplate:
    return Boilerplate(
        start=line.start + token.start(),
        end=line.start + token.end(),
        text=token.group(),
        reason="tracking-token",
    )


def _drop_trailing_fragments(
    lines: list[_Line], content: list[_Line], drop: Callable[[_Line, str], None]
) -> None:
    """Drop short non-sentences that sit between the last sentence and the footer."""
    body = [line for line in content if line.role == "content"]
    if len(body) < 3:  # noqa: PLR2004
        return
    sentences = sum(_ends_sentence(line.text) for line in body[:-1])
    if sentences * 2 < len(body) - 1:
        return  # this outlet does not end its paragraphs with full stops
    for _ in range(3):
        body = [line for line in content if line.role == "content"]
        last = body[-1]
        after = [line for line in lines if line.start > last.start]
        if (
            not after
            or last.words > _FRAGMENT_WORDS
            or _ends_sentence(last.text)
            or any(line.role != "boilerplate" for line in after)
        ):
            return
        drop(last, "trailing-fragment")
