"""The date and treaty finders run on regions of the article, offsets kept."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, TypeVar

import attrs
import regex

from diplomatext.articles._lines import NON_NEWLINE, timeout
from diplomatext.dates import Anchor, DateMention, Granularity, find_dates
from diplomatext.events import Event, find_events
from diplomatext.normalize import MATCHING, Normalized, normalize, prepare
from diplomatext.treaties import Gazetteer, TreatyMention, find_treaties

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from diplomatext.articles._boilerplate import Tables

_M = TypeVar("_M", DateMention, TreatyMention)


def _find_mentions(
    text: str | Normalized,
    *,
    reference: dt.date | None,
    gazetteer: Gazetteer | None = None,
    treaties: bool = False,
) -> tuple[list[DateMention], list[TreatyMention]]:
    """The one place the article pass calls the finders: dates, and treaties if asked.

    The story is normalized once (:func:`~diplomatext.prepare`) and both finders
    read that one normalization.
    """
    prepared = prepare(text)
    dates = find_dates(prepared, reference=reference, max_chars=None)
    found = (
        find_treaties(prepared, reference=reference, gazetteer=gazetteer, max_chars=None)
        if treaties
        else []
    )
    return dates, found


def mask_outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """*text* up to the last span, with everything outside *spans* blanked (line breaks kept)."""
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start > position:
            pieces.append(NON_NEWLINE.sub(lambda m: " " * len(m.group()), text[position:start]))
        pieces.append(text[max(start, position) : end])
        position = max(position, end)
    return "".join(pieces)


def keep_inside(mentions: Iterable[_M], spans: Sequence[tuple[int, int]]) -> list[_M]:
    """The *mentions* that lie inside one of *spans* (which do not overlap).

    A binary search per mention: an article of many short paragraphs with
    many mentions stays linear (the check of every mention against every
    paragraph took 39 seconds on 40,000 one-word lines).
    """
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    kept = []
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.end <= ordered[i][1]:
            kept.append(mention)
    return kept


def dates_in(
    text: str, spans: Sequence[tuple[int, int]], reference: dt.date | None
) -> list[DateMention]:
    """The date mentions inside *spans* of *text*, with offsets into *text*."""
    if not spans:
        return []
    if len(spans) == 1:  # one line: find in it alone, then move the offsets
        start, end = spans[0]
        dates, _ = _find_mentions(text[start:end], reference=reference)
        return [
            attrs.evolve(mention, start=mention.start + start, end=mention.end + start)
            for mention in dates
        ]
    dates, _ = _find_mentions(mask_outside(text, spans), reference=reference)
    return keep_inside(dates, spans)


def story_mentions(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    reference: dt.date | None,
    gazetteer: Gazetteer | None,
) -> tuple[list[DateMention], list[TreatyMention], tuple[Event, ...]]:
    """The dates, treaties and contacts of the story (*spans*: headline and paragraphs).

    The story is masked once and normalized once (:func:`~diplomatext.prepare`);
    the contacts are assembled from the dates and treaties already found.
    """
    if not spans:
        return [], [], ()
    story = prepare(mask_outside(text, spans))
    dates, treaties = _find_mentions(story, reference=reference, gazetteer=gazetteer, treaties=True)
    dates, treaties = keep_inside(dates, spans), keep_inside(treaties, spans)
    events = find_events(
        story,
        reference=reference,
        dates=dates,
        treaties=treaties,
        gazetteer=gazetteer,
        max_chars=None,
    )
    return dates, treaties, events


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
    for word in regex.split(r"[\s\p{P}\p{S}]{1,50}", rest, timeout=timeout(rest)):
        if word and not word.isdigit() and word not in tables.fillers:
            return False
    return True
