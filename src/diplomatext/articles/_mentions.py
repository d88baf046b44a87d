"""The date and treaty finders run on regions of the article, offsets kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from diplomatext.articles._lines import NON_NEWLINE, timeout
from diplomatext.dates import Anchor, DateMention, Granularity, find_dates
from diplomatext.normalize import MATCHING, normalize

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from diplomatext.articles._boilerplate import Tables


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


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def dates_in(
    text: str,
    spans: Sequence[tuple[int, int]],
    reference: dt.date | None,
    *,
    masked: str | None = None,
) -> list[DateMention]:
    """The date mentions inside *spans* of *text*, with offsets into *text*.

    *masked* is ``mask_outside(text, spans)`` when the caller has built it already.
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
        masked = mask_outside(text, spans)
    return [
        mention
        for mention in find_dates(masked, reference=reference, max_chars=None)
        if inside(mention.start, mention.end, spans)
    ]


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
    text: str, start: int, end: int, mentions: Sequence[DateMention], tables: Tables
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
    for word in regex.split(r"[\s\p{P}\p{S}]{1,50}", rest, timeout=timeout(rest)):
        if word and not word.isdigit() and word not in tables.fillers:
            return False
    return True
