"""The publication date: every candidate the page offers, and the choice, with its reason.

Candidates come from the page's metadata (a :class:`~diplomatext.Page`), the
dateline, labelled footer fields ("نشر في:", "التاريخ:") and lines that hold
only a date. Lower ranks win; the page's metadata wins only when it names its
date the publication date (not an update or a crawl). Stamps that are no
publication date are refused here: a crawl stamp ("2024-09-12@08:15:40"), an
"updated" label, a "how long ago" widget. A numeric stamp whose day-month
order cannot be told ("4/6/2022") is not guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex

from diplomatext.articles._lines import line_limit
from diplomatext.articles._mentions import dates_in, publication_day
from diplomatext.articles._records import Published, PublishedOrigin
from diplomatext.data import boilerplate as _data
from diplomatext.data import relative
from diplomatext.dates import Anchor, Granularity
from diplomatext.normalize import MATCHING, normalize
from diplomatext.reading import PageDateKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from diplomatext.articles._lines import Line
    from diplomatext.dates import DateMention
    from diplomatext.reading import Page, PageDate

# ranks of the candidates (lower wins)
PAGE_PUBLISHED: Final = -10  # the page's metadata names it the publication date
DATELINE: Final = 0  # the article's own dateline
LEAD: Final = 5  # a full date the lead paragraph calls today
LABEL_RANKS: Final = {0: 10, 1: 20}  # a publication label, a plain "date" label
HEADER_LINE: Final = 30  # a line of only a date above the story
FOOTER_LINE: Final = 40  # a line of only a date below the story
PAGE_OTHER: Final = 45  # a date of the page's metadata of no stated role (URL, <time>)
_DATELINE_SLACK_DAYS: Final = 2  # a stamp may be a day or two after its dateline

# a numeric date: day and month in some order, then a four-digit year
NUMERIC: Final = regex.compile(
    r"""
    (?<!\d)(?P<a>\d{1,2})\s{0,2}(?P<sep>[/.-])\s{0,2}   # 4/ or 03. or 15-
    (?P<b>\d{1,2})\s{0,2}(?P=sep)\s{0,2}               # 6/ (the same separator)
    (?P<year>\d{4})(?!\d)                              # 2022
    """,
    regex.VERBOSE,
)
# an ISO 8601 date or date-time that leaked from the page's metadata into its text
ISO_STAMP: Final = regex.compile(
    r"""
    (?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})   # 2024-05-23
    (?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?                   # T10:41:00.000
       (?:Z|[+-]\d{2}:?\d{2})?)?                                # Z or +03:00
    (?![\d:])
    """,
    regex.VERBOSE,
)
_WORD_GAPS: Final = regex.compile(r"[\s\p{P}]{1,20}")  # what parts the words of a stamp
_PAGE_ORIGINS: Final = {
    "meta": PublishedOrigin.META,
    "json-ld": PublishedOrigin.JSON_LD,
    "time": PublishedOrigin.TIME_ELEMENT,
    "url": PublishedOrigin.URL,
    "record": PublishedOrigin.RECORD,
    "option": PublishedOrigin.GIVEN,  # the command line's --published
}
_FOLDED_WEEKDAYS: Final = {
    normalize(name, MATCHING): day for name, day in relative.WEEKDAYS.items()
}
_TODAY_WORDS: Final = frozenset(normalize(word, MATCHING) for word in _data.TODAY_WORDS)
_AGO_WORDS: Final = frozenset(normalize(word, MATCHING) for word in _data.AGO_WORDS)
_AGO_UNITS: Final = frozenset(normalize(word, MATCHING) for word in _data.AGO_UNITS)


class Candidate(NamedTuple):
    """One date the page offers as its publication date, with where it stands."""

    rank: int
    position: int  # where in the text (-1: the page's metadata), for ties
    date: dt.date | None  # None: an ambiguous numeric stamp, see readings
    readings: tuple[dt.date, ...]
    origin: PublishedOrigin
    reason: str
    span: tuple[int, int, str] | None = None


def numeric_readings(a: int, b: int, year: int, sep: str) -> tuple[dt.date, ...]:
    """The dates a numeric stamp ``a<sep>b<sep>year`` can be, day first before month first.

    Dots are written day first (03.07.2025 is the 3rd of July); with slashes
    or dashes, a stamp whose two numbers could each be the month has two
    readings (4/6/2022), unless both are the same day and month.
    """
    orders = [(a, b)] if sep == "." else [(a, b), (b, a)]
    readings: list[dt.date] = []
    for day, month in orders:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date not in readings:
            readings.append(date)
    return tuple(readings)


def _weekday_of(folded_line: str) -> int | None:
    """The weekday a stamp names ("الأربعاء 4-6-2022"), if exactly one."""
    days = {
        _FOLDED_WEEKDAYS[word]
        for word in _WORD_GAPS.split(folded_line, timeout=line_limit(folded_line))
        if word in _FOLDED_WEEKDAYS
    }
    return days.pop() if len(days) == 1 else None


def stamp_candidate(  # noqa: PLR0911 (one exit per kind of stamp)
    line: Line,
    mentions: Sequence[DateMention],
    *,
    rank: int,
    origin: PublishedOrigin,
    reason: str,
) -> Candidate | None:
    """The candidate of a stamp: a footer field or a line that holds only a date.

    *mentions* are the dates found in the line; a numeric date is read here
    again, to tell (or refuse to guess) its day-month order, and a month-first
    stamp the date finder does not read ("12/25/2023") is read here.
    """
    mention = publication_day(mentions)
    if mention is not None:
        start, end, surface = mention.start, mention.end, mention.text
    elif (iso := iso_stamp(line.text)) is not None and not mentions:
        date, (iso_start, iso_end) = iso
        span = (line.start + iso_start, line.start + iso_end, line.text[iso_start:iso_end])
        return Candidate(rank, span[0], date, (), origin, reason, span)
    else:
        numeric = NUMERIC.search(line.text, timeout=line_limit(line.text))
        if numeric is None or mentions:
            return None
        start, end = line.start + numeric.start(), line.start + numeric.end()
        surface = numeric.group()
    numeric = NUMERIC.search(normalize(surface, MATCHING), timeout=line_limit(surface))
    if numeric is None:
        assert mention is not None  # noqa: S101 (the other branch read a numeric stamp)
        return Candidate(rank, start, mention.first, (), origin, reason, (start, end, surface))
    a, b = int(numeric.group("a")), int(numeric.group("b"))
    readings = numeric_readings(a, b, int(numeric.group("year")), numeric.group("sep"))
    if not readings:
        return None
    if len(readings) == 1:
        date = readings[0]
        if date.day != a:
            reason += f"; a month-first stamp ({b} cannot be a month)"
        return Candidate(rank, start, date, (), origin, reason, (start, end, surface))
    weekday = _weekday_of(line.folded)
    matching = [reading for reading in readings if reading.weekday() == weekday]
    if len(matching) == 1:
        reason += "; the weekday it names tells the day from the month"
        return Candidate(rank, start, matching[0], (), origin, reason, (start, end, surface))
    reason += (
        f"; the order of {a} and {b} cannot be told (day first or month first), "
        "so both readings are given and none is guessed"
    )
    return Candidate(rank, start, None, readings, origin, reason, (start, end, surface))


def iso_stamp(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The date of an ISO 8601 stamp in *text* ("2024-05-23T10:41:00+03:00") and its span."""
    match = ISO_STAMP.search(text, timeout=line_limit(text))
    if match is None:
        return None
    try:
        date = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return date, match.span()


def lead_candidate(
    text: str, lead: Line, start: int, *, hijri_numeric: bool = False
) -> Candidate | None:
    """The full date the lead paragraph (from *start*) calls today, if it does.

    "أعلنت الخارجية اليوم الخميس 14 مارس 2019 أن ...": the story's own
    statement of its day wins over every stamp of the site around it.
    """
    if not _TODAY_WORDS.intersection(lead.folded.split()):
        return None  # the finder runs only on a lead that says "today"
    for mention in dates_in(text, [(start, lead.end)], None, hijri_numeric=hijri_numeric):
        first_word = normalize(mention.text, MATCHING).split()[:1]
        if (
            first_word
            and first_word[0] in _TODAY_WORDS
            and mention.granularity is Granularity.DAY
            and mention.anchor is Anchor.ABSOLUTE
            and mention.first is not None
            and mention.first == mention.last
        ):
            reason = "the lead paragraph gives it as today"
            span = (mention.start, mention.end, mention.text)
            return Candidate(
                LEAD, mention.start, mention.first, (), PublishedOrigin.STORY, reason, span
            )
    return None


def is_crawl_stamp(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a date (a span) of a date line is joined to a time as scrapers write it (``@``)."""
    for _, end in spans:
        after = text[end : end + 8].lstrip(" ")
        if after[:1] in _data.CRAWL_STAMP_JOINERS and after[1:].lstrip(" ")[:1].isdigit():
            return True
    return False


def is_time_ago(line: Line) -> bool:
    """Whether a short line is a "how long ago" widget ("منذ 3 ساعات", "قبل ساعتين")."""
    if line.words > _data.AGO_LINE_WORDS:
        return False
    words = line.folded.split()
    if len(words) < 2 or words[0] not in _AGO_WORDS or words[-1] not in _AGO_UNITS:  # noqa: PLR2004
        return False
    return all(word.isdigit() for word in words[1:-1])


def page_candidates(page: Page) -> list[Candidate]:
    """The candidates of a page's metadata: its publication dates, and dates of no stated role.

    An update (``modified``) or a crawl date is never a publication date.
    """
    found = []
    for date in page.dates:
        origin = _page_origin(date)
        if date.kind is PageDateKind.PUBLISHED:
            reason = f"the page's metadata gives it as the publication date ({date.origin})"
            found.append(Candidate(PAGE_PUBLISHED, -1, date.value, (), origin, reason))
        elif date.kind is PageDateKind.UNKNOWN:
            reason = f"a date of the page's metadata ({date.origin}), the text giving none"
            found.append(Candidate(PAGE_OTHER, -1, date.value, (), origin, reason))
    return found


def _page_origin(date: PageDate) -> PublishedOrigin:
    kind, _, field = date.origin.partition(":")
    if field == "--published":  # given on the command line, for a file or a record
        return PublishedOrigin.GIVEN
    return _PAGE_ORIGINS.get(kind, PublishedOrigin.META)


def choose(candidates: Sequence[Candidate]) -> Published | None:
    """The publication date: the best-ranked certain date, else an ambiguous stamp's readings."""
    certain = [candidate for candidate in candidates if candidate.date is not None]
    pool = certain or list(candidates)
    if not pool:
        return None
    ordered = sorted(pool, key=lambda candidate: (candidate.rank, candidate.position))
    best = ordered[0]
    reason = best.reason
    other = next((c for c in ordered[1:] if c.date != best.date), None)
    if other is not None and other.date is not None:
        reason += f"; preferred to {other.reason.split(';')[0]} ({other.date.isoformat()})"
    start, end, surface = best.span if best.span is not None else (None, None, None)
    return Published(
        date=best.date,
        origin=best.origin,
        start=start,
        end=end,
        text=surface,
        reason=reason,
        readings=best.readings,
    )


def settle_with_dateline(published: Published, dateline_value: str | None) -> Published:
    """An ambiguous stamp settled by the dateline's day and month, when they tell the order.

    A wire dateline writes the day and month ("الكويت - 4 - 9 (كونا)",
    ``XXXX-09-04``); a stamp of the same page that reads either 5/9 or 9/5 is
    the 5th of September when that reading lies within two days of it.
    """
    if published.date is not None or dateline_value is None:
        return published
    match = regex.fullmatch(r"(?:\d{4}|XXXX)-(\d{2})-(\d{2})", dateline_value)
    if match is None:
        return published
    month, day = int(match.group(1)), int(match.group(2))
    near = [
        reading
        for reading in published.readings
        if reading.month == month and abs(reading.day - day) <= _DATELINE_SLACK_DAYS
    ]
    if len(near) != 1:
        return published
    reason = (published.reason or "").split("; the order of")[0]
    reason += f"; the dateline's day and month ({day}/{month}) tell the day from the month"
    return attrs.evolve(published, date=near[0], readings=(), reason=reason)
