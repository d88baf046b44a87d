"""The dateline that opens a story: place, agency, outlet and date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from diplomatext.articles._lines import EDGE_PUNCT, PREFIX, Line, line_limit, unedited_shift
from diplomatext.articles._mentions import dates_in, day_month_mention, only_dates
from diplomatext.articles._records import Dateline, TextSpan
from diplomatext.data import months
from diplomatext.dates import _moved
from diplomatext.normalize import MATCHING, normalize, normalize_with_map

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from diplomatext.articles._boilerplate import Tables
    from diplomatext.dates import DateMention


# only to let find_dates resolve a numeric day-month of a dateline ("5 - 11"):
# the first pan-Arab name of each month
MONTH_NAMES: Final = tuple(
    next(name for name, number in months.PAN_ARAB.items() if number == month)
    for month in range(1, 13)
)

DAY_MONTH: Final = regex.compile(
    r"[\s-]{0,6}+(?P<day>\d{1,2})\s{0,3}-\s{0,3}(?P<month>\d{1,2})[\s-]{0,6}+",
)


class DatelineFound(NamedTuple):
    dateline: Dateline
    body_start: int  # where the paragraph resumes


def folded_prefix(text: str, line: Line) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """The first :data:`PREFIX` characters of *line*, MATCHING-normalized, and the map back.

    Read from the article's prepared text when the line has it (and no edit
    of the normalization straddles the prefix's edges), else normalized alone:
    the same text and the same original spans either way.
    """
    end = min(line.end, line.start + PREFIX)
    prepared = line.prepared
    if prepared is not None:
        shift = unedited_shift(prepared, line.start, end)
        if shift is not None:  # copied one for one: offsets move by the shift alone
            line_start = line.start

            def shifted(start: int, stop: int) -> tuple[int, int]:
                return line_start + start, line_start + stop

            return prepared.text[line_start - shift : end - shift], shifted
        n_start, n_end = prepared.to_normalized(line.start, end)
        if prepared.to_original(n_start, n_end) == (line.start, end):

            def from_prepared(start: int, stop: int) -> tuple[int, int]:
                o_start, o_end = prepared.to_original(n_start + start, n_start + stop)
                # an empty span at the prefix's end stays there (the page may go on
                # with characters normalization deletes)
                return min(o_start, end), min(o_end, end)

            return prepared.text[n_start:n_end], from_prepared
    mapped = normalize_with_map(text[line.start : end], MATCHING)

    def from_alone(start: int, stop: int) -> tuple[int, int]:
        o_start, o_end = mapped.to_original(start, stop)
        return line.start + o_start, line.start + o_end

    return mapped.text, from_alone


def find_dateline(  # noqa: C901 (one pattern after the other)
    text: str, line: Line, tables: Tables, reference: dt.date | None, *, hijri_numeric: bool = False
) -> DatelineFound | None:
    folded, original = folded_prefix(text, line)

    def span(start: int, end: int) -> TextSpan:
        o_start, o_end = original(start, end)
        return TextSpan(start=o_start, end=o_end, text=text[o_start:o_end])

    def finish(
        end: int,
        place: TextSpan | None,
        agency: TextSpan | None,
        outlet: TextSpan | None,
        date: DateMention | None,
    ) -> DatelineFound:
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
        return DatelineFound(dateline=dateline, body_start=body)

    match = tables.paren.match(folded, timeout=line_limit(folded))
    if match:
        found = paren_dateline(
            match,
            text,
            tables=tables,
            reference=reference,
            span=span,
            original=original,
            hijri_numeric=hijri_numeric,
        )
        if found is not None:
            return finish(match.end(), *found)
    match = tables.place_outlet.match(folded, timeout=line_limit(folded))
    if match:
        agency = span(*match.span("agency")) if match.group("agency") else None
        outlet = span(*match.span("outlet")) if match.group("outlet") else None
        return finish(match.end(), span(*match.span("place")), agency, outlet, None)
    # the place-agency pattern backtracks a lot: try it only when an agency is there
    has_agency = tables.agency_in.search(folded, timeout=line_limit(folded)) is not None
    match = tables.place_agency.match(folded, timeout=line_limit(folded)) if has_agency else None
    if match:
        place_known = tables.place_in.fullmatch(match.group("place")) is not None
        before_agency = folded[: match.start("agency")].rstrip()
        delimited = before_agency.endswith(("(", "/", "-"))
        mid = match.group("mid")
        mid_start, mid_end = original(match.start("mid"), match.start("mid") + len(mid.rstrip()))
        mentions = (
            dates_in(text, [(mid_start, mid_end)], reference, hijri_numeric=hijri_numeric)
            if mid.strip()
            else []
        )
        if not mentions and mid.strip():
            numeric = dateline_date(
                text, mid_start, mid_end, reference, hijri_numeric=hijri_numeric
            )
            mentions = [] if numeric is None else [numeric]
        if (place_known or delimited) and only_dates(
            text, mid_start, mid_end, _spans(mentions), tables
        ):
            return finish(
                match.end(),
                span(*match.span("place")),
                span(*match.span("agency")),
                None,
                mentions[0] if mentions else None,
            )
    match = tables.agency_first.match(folded, timeout=line_limit(folded)) if has_agency else None
    if match:
        return finish(match.end("agency"), None, span(*match.span("agency")), None, None)
    match = tables.place_only.match(folded, timeout=line_limit(folded))
    if match:
        mid = match.group("mid")
        mid_start, mid_end = original(match.start("mid"), match.start("mid") + len(mid.rstrip()))
        mentions = (
            dates_in(text, [(mid_start, mid_end)], reference, hijri_numeric=hijri_numeric)
            if mid.strip()
            else []
        )
        if only_dates(text, mid_start, mid_end, _spans(mentions), tables):
            end = match.start("mid") + len(mid.rstrip()) if mentions else match.end("place")
            date = mentions[0] if mentions else None
            return finish(end, span(*match.span("place")), None, None, date)
    return None


def paren_dateline(
    match: regex.Match[str],
    text: str,
    *,
    tables: Tables,
    reference: dt.date | None,
    span: Callable[[int, int], TextSpan],
    original: Callable[[int, int], tuple[int, int]],
    hijri_numeric: bool = False,
) -> tuple[TextSpan | None, TextSpan | None, TextSpan | None, DateMention | None] | None:
    inner_start, inner_end = match.span("inner")
    inner = match.group("inner")
    agency_match = tables.agency_in.search(inner, timeout=line_limit(inner))
    place_match = tables.place_in.search(inner, timeout=line_limit(inner))
    o_start, o_end = original(inner_start, inner_end)
    mentions = dates_in(text, [(o_start, o_end)], reference, hijri_numeric=hijri_numeric)
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
        stripped = EDGE_PUNCT.sub("", head)
        if stripped and (agency_match is None or agency_match.start() > slash):
            first = head.find(stripped)
            outlet = span(inner_start + first, inner_start + first + len(stripped))
            if (place is not None and place.start >= outlet.start and place.end <= outlet.end) or (
                date is not None and date.start < outlet.end
            ):
                outlet = None
    return place, agency, outlet, date


def dateline_date(
    text: str, start: int, end: int, reference: dt.date | None, *, hijri_numeric: bool = False
) -> DateMention | None:
    """The date in ``text[start:end]`` of a dateline, resolved against *reference*.

    Besides what :func:`find_dates` reads, a dateline may write a day and a
    month as numbers with no year ("الكويت - 5 - 11 (كونا)"): a form read
    here only, since "5 - 11" in running text is a score or a range.
    """
    mentions = dates_in(text, [(start, end)], reference, hijri_numeric=hijri_numeric)
    if mentions:
        return mentions[0]
    piece = normalize(text[start:end], MATCHING)
    match = DAY_MONTH.fullmatch(piece, timeout=line_limit(piece))
    if match is None:
        return None
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= month <= len(MONTH_NAMES) and 1 <= day <= 31):  # noqa: PLR2004
        return None
    # ask find_dates to read and resolve the same day and month, written in words
    found = day_month_mention(day, MONTH_NAMES[month - 1], reference)
    if found is None:
        return None
    digits = regex.search(r"\d.{0,20}\d", text[start:end], flags=regex.DOTALL)
    if digits is None:  # pragma: no cover - the folded text had both numbers
        return None
    d_start, d_end = start + digits.start(), start + digits.end()
    return _moved(found, d_start, text[d_start:d_end])


def _spans(mentions: list[DateMention]) -> list[tuple[int, int]]:
    return [(mention.start, mention.end) for mention in mentions]
