"""The date and treaty finders run on regions of the article, offsets kept."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import compress
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar, overload

import attrs
import regex

from diplomatext._packed import Packed
from diplomatext.articles._lines import NON_NEWLINE, line_limit
from diplomatext.data import chars
from diplomatext.dates import Anchor, DateMention, Granularity, _moved, find_packed
from diplomatext.events import Event, find_events
from diplomatext.normalize import MATCHING, Normalized, normalize, prepare
from diplomatext.treaties import Gazetteer, TreatyMention, find_treaties

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from diplomatext.articles._boilerplate import Tables

_M = TypeVar("_M", DateMention, TreatyMention)
_BREAKS: Final = "".join(sorted(chars.LINE_BREAKS))
_WORD_GAPS: Final = regex.compile(r"[\s\p{P}\p{S}]{1,50}")


def _find_mentions(
    text: str | Normalized,
    *,
    reference: dt.date | None,
    gazetteer: Gazetteer | None = None,
    treaties: bool = False,
    hijri_numeric: bool = False,
) -> tuple[Packed[DateMention], list[TreatyMention]]:
    """The one place the article pass calls the finders: dates, and treaties if asked.

    *text* is a string, or the story already normalized (:func:`mask_prepared`):
    both finders read one normalization (:func:`~diplomatext.prepare` returns a
    normalized text as is), so an article is normalized once for the line
    classifier, the dateline and the finders.
    """
    prepared = prepare(text)
    # treaties first: their finder's working memory is freed before the date mentions exist
    found = (
        find_treaties(prepared, reference=reference, gazetteer=gazetteer, max_chars=None)
        if treaties
        else []
    )
    return find_packed(prepared, reference=reference, hijri_numeric=hijri_numeric), found


class Spans(NamedTuple):
    """Sorted spans that do not overlap, as two arrays of offsets.

    The story of an article of one-line paragraphs has a span per line: as
    machine integers they take 16 bytes each, where a list of tuples took 90.
    """

    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        """The *spans* (which do not overlap), sorted by start."""
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        for start, end in spans:
            starts.append(start)
            ends.append(end)
        if any(starts[i] > starts[i + 1] for i in range(len(starts) - 1)):
            pairs = sorted(zip(starts, ends, strict=True))
            starts, ends = array("q", [s for s, _ in pairs]), array("q", [e for _, e in pairs])
        return cls(starts, ends)


def _sorted(spans: Sequence[tuple[int, int]] | Spans) -> Iterable[tuple[int, int]]:
    if isinstance(spans, Spans):
        return zip(spans.starts, spans.ends, strict=True)
    return sorted(spans)


def mask_outside(text: str, spans: Sequence[tuple[int, int]] | Spans) -> str:
    """*text* up to the last span, with everything outside *spans* blanked (line breaks kept).

    Spans parted by nothing but line breaks are copied as one piece (a text of
    one-line paragraphs is not cut into a string per line).
    """
    pieces: list[str] = []
    run = position = 0  # text[run:position] is copied as it is
    for start, end in _sorted(spans):
        if start > position and text[position:start].strip(_BREAKS):
            pieces.extend((text[run:position], _blank(text[position:start])))
            run = start
        position = max(position, end)
    pieces.append(text[run:position])
    return "".join(pieces)


@overload
def keep_inside(mentions: Packed[_M], spans: Sequence[tuple[int, int]] | Spans) -> Packed[_M]: ...
@overload
def keep_inside(mentions: list[_M], spans: Sequence[tuple[int, int]] | Spans) -> list[_M]: ...
def keep_inside(
    mentions: Packed[_M] | list[_M], spans: Sequence[tuple[int, int]] | Spans
) -> Packed[_M] | list[_M]:
    """The *mentions* that lie inside one of *spans* (which do not overlap), packed if they were.

    A binary search per mention: an article of many short paragraphs with
    many mentions stays linear (the check of every mention against every
    paragraph took 39 seconds on 40,000 one-word lines).
    """
    if isinstance(spans, Spans):
        starts, ends = spans.starts, spans.ends
    else:
        ordered = sorted(spans)
        starts = array("q", [start for start, _ in ordered])
        ends = array("q", [end for _, end in ordered])
    inside = bytearray()
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        inside.append(i >= 0 and mention.end <= ends[i])
    if isinstance(mentions, Packed):
        return mentions.where(inside)
    return list(compress(mentions, inside))


def dates_in(
    text: str,
    spans: Sequence[tuple[int, int]],
    reference: dt.date | None,
    *,
    hijri_numeric: bool = False,
) -> list[DateMention]:
    """The date mentions inside *spans* of *text*, with offsets into *text*."""
    if not spans:
        return []
    if len(spans) == 1:  # one line: find in it alone, then move the offsets
        start, end = spans[0]
        dates, _ = _find_mentions(text[start:end], reference=reference, hijri_numeric=hijri_numeric)
        return [_moved(mention, mention.start + start) for mention in dates]
    dates, _ = _find_mentions(
        mask_outside(text, spans), reference=reference, hijri_numeric=hijri_numeric
    )
    return list(keep_inside(dates, spans))


def story_mentions(
    text: str,
    spans: Spans,
    *,
    reference: dt.date | None,
    gazetteer: Gazetteer | None,
    prepared: Normalized | None = None,
    events: bool = True,
    hijri_numeric: bool = False,
) -> tuple[Packed[DateMention], list[TreatyMention], tuple[Event, ...]]:
    """The dates, treaties and contacts of the story (*spans*: headline and paragraphs).

    *prepared* is the article's ``prepare(text)``: the story is then read from
    it, masked, without normalizing it again; the contacts are assembled from
    the dates and treaties already found.
    """
    if not spans.starts:
        return find_packed(prepare(""), reference=None), [], ()
    masked = None if prepared is None else mask_prepared(prepared, spans)
    story = prepare(mask_outside(text, spans)) if masked is None else masked
    dates, treaties = _find_mentions(
        story, reference=reference, gazetteer=gazetteer, treaties=True, hijri_numeric=hijri_numeric
    )
    dates, treaties = keep_inside(dates, spans), keep_inside(treaties, spans)
    if not events:
        return dates, treaties, ()
    contacts = find_events(
        story,
        reference=reference,
        dates=dates,
        treaties=treaties,
        gazetteer=gazetteer,
        max_chars=None,
    )
    return dates, treaties, contacts


def _blank(piece: str) -> str:
    """*piece* with every character but a line break turned into a space."""
    if not piece.strip(_BREAKS):
        return piece  # nothing but line breaks: most gaps between paragraphs
    return NON_NEWLINE.sub(_spaces, piece)


def _spaces(match: regex.Match[str]) -> str:
    return " " * (match.end() - match.start())


def mask_prepared(
    prepared: Normalized, spans: Sequence[tuple[int, int]] | Spans
) -> Normalized | None:
    """The article's prepared text with everything outside *spans* blanked, map unchanged.

    Blanking character for character (line breaks kept) in both the normalized
    text and its original keeps the offset map of the whole article valid, so
    the finders read the story without normalizing it again. ``None`` when
    normalization deleted all that parts two spans (a U+001E line separator):
    the finders would read the two as one line; :func:`mask_outside` is used then.
    Spans parted by nothing but line breaks are copied as one piece.
    """
    text, original = prepared.text, prepared.original
    pieces: list[str] = []
    originals: list[str] = []
    run = position = o_run = o_position = 0  # text[run:position] is copied as it is
    first = True
    for start, end in _sorted(spans):
        n_start, n_end = prepared.to_normalized(start, end)
        if not first and start > o_position and n_start <= position:
            return None
        first = False
        if n_start > position and text[position:n_start].strip(_BREAKS):
            pieces.extend((text[run:position], _blank(text[position:n_start])))
            run = n_start
        position = max(position, n_end)
        if start > o_position and original[o_position:start].strip(_BREAKS):
            originals.extend((original[o_run:o_position], _blank(original[o_position:start])))
            o_run = start
        o_position = max(o_position, end)
    pieces.extend((text[run:position], _blank(text[position:])))
    originals.extend((original[o_run:o_position], _blank(original[o_position:])))
    return attrs.evolve(prepared, text="".join(pieces), original="".join(originals))


def day_month_mention(day: int, month_name: str, reference: dt.date | None) -> DateMention | None:
    """The day-precise mention of ``f"{day} {month_name}"``, resolved against *reference*."""
    dates, _ = _find_mentions(f"{day} {month_name}", reference=reference)
    if len(dates) != 1 or dates[0].granularity is not Granularity.DAY:
        return None
    return dates[0]


def publication_day(mentions: Sequence[DateMention]) -> DateMention | None:
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


def only_dates(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]], tables: Tables
) -> bool:
    """Whether ``text[start:end]`` holds nothing but dates (*spans*), numbers and filler words."""
    pieces: list[str] = []
    position = start
    for span_start, span_end in sorted(spans):
        if span_start >= position and span_end <= end:
            pieces.append(text[position:span_start])
            position = span_end
    pieces.append(text[position:end])
    rest = normalize(" ".join(pieces), MATCHING)
    for word in _WORD_GAPS.split(rest, timeout=line_limit(rest)):
        if word and not word.isdigit() and word not in tables.fillers:
            return False
    return True
