"""The one pass over an article's lines: :func:`parse_article`."""

from __future__ import annotations

import itertools
import operator
from array import array
from typing import TYPE_CHECKING, Final, TypeVar

import attrs

from diplomatext import _spans
from diplomatext._packed import Packed
from diplomatext._spans import checked_date, checked_limit, checked_text
from diplomatext.articles._boilerplate import (
    TOKEN,
    classify,
    compiled_tables,
    drop_signature_names,
    drop_trailing_fragments,
    label_of,
    may_hold_tokens,
    tracking_tokens,
    trim_tokens,
)
from diplomatext.articles._dateline import dateline_date, find_dateline
from diplomatext.articles._lines import (
    CLOSERS,
    HEADLINE_CHARS,
    HEADLINE_WORDS,
    SHORT_LINE_WORDS,
    SIGNATURES,
    STORY_WORDS,
    TOKEN_REMAINDER_WORDS,
    Hit,
    Line,
    PageMemo,
    ends_sentence,
    line_limit,
    split_lines,
    timeout,
)
from diplomatext.articles._mentions import (
    Spans,
    dates_in,
    only_dates,
    publication_day,
    story_mentions,
)
from diplomatext.articles._published import (
    DATELINE,
    FOOTER_LINE,
    HEADER_LINE,
    LABEL_RANKS,
    LEAD,
    NUMERIC,
    Candidate,
    choose,
    is_crawl_stamp,
    is_time_ago,
    iso_stamp,
    lead_candidate,
    page_candidates,
    settle_with_dateline,
    stamp_candidate,
)
from diplomatext.articles._records import (
    Article,
    Boilerplate,
    Dateline,
    Published,
    PublishedOrigin,
    TextSpan,
    _span,
)
from diplomatext.calendars import Calendar
from diplomatext.data.boilerplate import UPDATE_RANK
from diplomatext.dates import _hijri_numeric
from diplomatext.errors import InputError, PatternTimeoutError
from diplomatext.normalize import prepare
from diplomatext.reading import Page, page_from_text
from diplomatext.treaties import Gazetteer

if TYPE_CHECKING:
    import datetime as dt


_T = TypeVar("_T")

MAX_CHARS: Final = _spans.MAX_CHARS
"""Default *max_chars* of :func:`parse_article`: ten million characters (about 20 MB of Arabic).

One policy for every finder (``diplomatext._spans``); pass ``max_chars=None`` for no limit.
"""


def parse_article(
    text: str | Page,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    gazetteer: Gazetteer | None = None,
    events: bool = True,
    max_chars: int | None = MAX_CHARS,
    numeric_calendar: Calendar | str = Calendar.NUMERIC,
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
    4. The publication date is *published* if given; else the page's own
       publication date when *text* is a :class:`~diplomatext.Page` whose
       metadata names one; else the day-precise, absolute date of the
       dateline, a full date the lead paragraph calls today ("اليوم الخميس
       14 مارس 2019"), of a publication label ("نشر في:"), of a plain date label
       ("التاريخ:"), of a line that holds only a date (above the story, then
       below it), and last a page date of no stated role (its address, a
       ``<time>`` element). An update ("آخر تحديث:", a page's modified date),
       a crawl stamp ("2024-09-12@08:15:40") and a "how long ago" widget
       ("منذ 3 ساعات") are never taken; a numeric stamp whose day-month order
       cannot be told ("4/6/2022") gives both readings and no date.
       :attr:`Published.reason` says why the date was chosen.
    5. Dates and treaties are found in the headline and paragraphs only, and
       resolved against the publication date; without one, relative dates
       (أمس, الشهر الماضي) are found but left unresolved.

    Args:
        text: the article as read (see :func:`diplomatext.read_article`), or a
            :class:`~diplomatext.Page`: its text is parsed, its metadata dates
            are candidates for the publication date, and its title, author
            and address are kept on the article. An HTML page given as a
            string (recognized by its content) is read as
            :func:`~diplomatext.page_from_text` reads it; the article's spans
            then point into its extracted text, :attr:`Article.text`.
        published: the publication date, if known; it wins over any date found.
        source: where the text came from (a ``str``), copied to :attr:`Article.source`.
        gazetteer: the treaty gazetteer (a :class:`~diplomatext.Gazetteer`;
            default: the one that ships).
        events: find the diplomatic contacts of the story
            (:func:`~diplomatext.find_events`; about half the time of the pass);
            ``False`` leaves :attr:`Article.events` empty.
        max_chars: refuse longer texts (default :data:`MAX_CHARS`); ``None``
            accepts any length. This is the only limit: the date and treaty
            finders called on the story are given none of their own.
        numeric_calendar: the calendar of numeric dates without an era mark, in the
            story, the dateline and the page's date lines, as for
            :func:`~diplomatext.find_dates` (``"hijri"`` for a corpus that dates by
            the Hijri calendar).

    Returns:
        The :class:`Article`.

    Raises:
        InputError: *text* is not a ``str`` or a ``Page``, or an option is
            of the wrong type (*published* not a date, *source* not a string,
            *gazetteer* not a ``Gazetteer``, *max_chars* not an integer,
            *numeric_calendar* neither ``"numeric"`` nor ``"hijri"``).
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
    .. versionchanged:: 0.2.0
       *text* may be a :class:`~diplomatext.Page`; :attr:`Published.reason`.
    """
    page = text if isinstance(text, Page) else None
    max_chars = checked_limit(max_chars, name="max_chars")
    text = checked_text(text if page is None else page.text, max_chars=max_chars)
    if page is None:  # an HTML page given as a string: its main text and metadata
        html = page_from_text(text)
        if html.html:
            page, text = html, checked_text(html.text, max_chars=max_chars)
    published = checked_date(published, name="published")
    source = _checked_option(source, str, "source", "a str (a path, an address, an id) or None")
    gazetteer = _checked_option(
        gazetteer, Gazetteer, "gazetteer", "a diplomatext.Gazetteer (load_gazetteer()) or None"
    )
    hijri_numeric = _hijri_numeric(numeric_calendar)
    given: object = events
    if not isinstance(given, bool):
        msg = f"events must be True or False, got {type(given).__name__} {given!r:.60}"
        raise InputError(msg)
    progress = Progress()
    try:
        return parse(
            text,
            published=published,
            source=source,
            page=page,
            gazetteer=gazetteer,
            events=events,
            progress=progress,
            hijri_numeric=hijri_numeric,
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


def _checked_option(value: object, kind: type[_T], name: str, expected: str) -> _T | None:
    """*value* if it is ``None`` or a *kind*; else an InputError saying what to pass."""
    if value is None or isinstance(value, kind):
        return value
    msg = f"{name} must be {expected}, got {type(value).__name__} {value!r:.60}"
    raise InputError(msg)


@attrs.define
class Progress:
    """The step :func:`parse_article` is at, for the message of a timeout."""

    step: str = "boilerplate"


def parse(  # noqa: C901, PLR0912, PLR0915 (one pass over the lines, rule by rule)
    text: str,
    *,
    published: dt.date | None,
    source: str | None,
    page: Page | None,
    gazetteer: Gazetteer | None,
    events: bool,
    progress: Progress,
    hijri_numeric: bool = False,
) -> Article:
    """:func:`parse_article` on a checked text, saying in *progress* which step it is at."""
    tables = compiled_tables()
    prepared = prepare(text)  # the one normalization of the article
    memo = PageMemo(prepared)
    lines = split_lines(text, page=memo)
    pieces: list[Boilerplate] = []

    def drop(line: Line, reason: str, marker: str | None = None) -> None:
        line.role = "boilerplate"
        pieces.append(
            Boilerplate(
                start=line.start, end=line.end, text=line.text, reason=reason, marker=marker
            )
        )

    # 1. boilerplate by markers and rules
    tokens_possible = may_hold_tokens(text)  # most pages have no tracking token at all
    candidates: list[Candidate] = []
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
        hit = classify(line, tables, after_story=story_started, in_header=in_header)
        if hit is None and tokens_possible:
            tokens = tracking_tokens(line.text)
            if tokens:
                rest = TOKEN.sub(" ", line.text, timeout=line_limit(line.text))
                if len(rest.split()) <= TOKEN_REMAINDER_WORDS and not ends_sentence(rest):
                    hit = Hit("tracking-token", None)
                else:
                    trim_tokens(line, tokens, pieces)
        if hit is None:
            seen_content = True
            if line.words >= STORY_WORDS:
                story_started = True
            continue
        if hit.section and not story_started:
            drop(line, hit.reason, hit.marker)
            continue
        drop(line, hit.reason, hit.marker)
        line.signature = story_started and hit.reason in SIGNATURES
        in_section = hit.section
        take_next = hit.takes_next
        if hit.reason == "footer-field":
            label = label_of(line.folded, tables)
            if label is not None and label[1] != UPDATE_RANK:  # an update is no publication
                kind = "a publication label" if label[1] == 0 else "a date label"
                candidate = stamp_candidate(
                    line,
                    dates_in(text, [(line.start, line.end)], None, hijri_numeric=hijri_numeric),
                    rank=LABEL_RANKS[label[1]],
                    origin=PublishedOrigin.FOOTER,
                    reason=f"{kind} ({label[0]})",
                )
                if candidate is not None:
                    candidates.append(candidate)

    drop_signature_names(lines, drop)
    content = [line for line in lines if line.role == "content"]

    # bare date lines (header or footer)
    progress.step = "publication date"
    seen_story = False
    for line in content:
        if is_time_ago(line):
            drop(line, "time-ago")
            continue
        if line.words <= SHORT_LINE_WORDS and any(map(str.isdigit, line.text)):
            mentions = dates_in(text, [(line.start, line.end)], None, hijri_numeric=hijri_numeric)
            spans = [(m.start, m.end) for m in mentions]
            if not mentions:  # a month-first or ISO stamp the date finder does not read
                stamp = NUMERIC.search(line.text, timeout=timeout(line.text))
                iso = iso_stamp(line.text) if stamp is None else None
                stamp_span = stamp.span() if stamp is not None else None if iso is None else iso[1]
                if stamp_span is not None:
                    spans = [(line.start + stamp_span[0], line.start + stamp_span[1])]
            if spans and only_dates(text, line.start, line.end, spans, tables):
                if is_crawl_stamp(text, spans):
                    drop(line, "crawl-stamp")
                    continue
                drop(line, "date-line")
                where = "below" if seen_story else "above"
                candidate = stamp_candidate(
                    line,
                    mentions,
                    rank=FOOTER_LINE if seen_story else HEADER_LINE,
                    origin=PublishedOrigin.FOOTER if seen_story else PublishedOrigin.HEADER,
                    reason=f"a line of only a date {where} the story",
                )
                if candidate is not None:
                    candidates.append(candidate)
                continue
        if line.words >= STORY_WORDS and ends_sentence(line.text):
            seen_story = True  # a headline does not end with a full stop
    content = [line for line in content if line.role == "content"]

    # a dateline on a line of its own before the headline ("لندن: «الشرق الأوسط»")
    progress.step = "dateline"
    dateline: Dateline | None = None
    paragraph_start: dict[int, int] = {}
    if len(content) >= 2 and content[0].words <= SHORT_LINE_WORDS:  # noqa: PLR2004
        found = find_dateline(text, content[0], tables, published, hijri_numeric=hijri_numeric)
        if found is not None and found.body_start >= content[0].end:
            dateline = found.dateline
            content[0].role = "dateline"
            content = content[1:]

    # 2. headline, and the headline printed again
    progress.step = "headline"
    headline: TextSpan | None = None
    if len(content) >= 2 and looks_like_headline(content[0]):  # noqa: PLR2004
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
        found = find_dateline(text, content[0], tables, published, hijri_numeric=hijri_numeric)
        if found is not None:
            dateline = found.dateline
            if found.body_start >= content[0].end:
                content[0].role = "dateline"
                content = content[1:]
            else:
                paragraph_start[id(content[0])] = found.body_start
    if dateline is not None and dateline.date is not None and published is None:
        day = publication_day([dateline.date])
        if day is not None:
            span = (day.start, day.end, day.text)
            reason = "the date of the article's dateline"
            candidates.append(
                Candidate(
                    DATELINE, day.start, day.first, (), PublishedOrigin.DATELINE, reason, span
                )
            )

    # trailing fragments: short non-sentences between the story and the footer
    progress.step = "trailing lines"
    drop_trailing_fragments(lines, content, drop)
    content = [line for line in content if line.role == "content"]

    # 4. publication date
    progress.step = "publication date"
    published_info: Published | None = None
    if published is not None:
        published_info = Published(
            date=published, origin=PublishedOrigin.GIVEN, reason="given by the caller"
        )
    else:
        if page is not None:
            candidates.extend(page_candidates(page))
        if content and not any(candidate.rank < LEAD for candidate in candidates):
            lead = lead_candidate(
                text,
                content[0],
                paragraph_start.get(id(content[0]), content[0].start),
                hijri_numeric=hijri_numeric,
            )
            if lead is not None:
                candidates.append(lead)
        published_info = choose(candidates)
        if published_info is not None and dateline is not None and dateline.date is not None:
            published_info = settle_with_dateline(published_info, dateline.date.value)
    if (
        published_info is not None
        and published_info.date is not None
        and published is None
        and dateline is not None
        and dateline.date is not None
        and dateline.date.first is None
    ):
        # a dateline date without a year, resolved against the page's date
        resolved = dateline_date(
            text,
            dateline.date.start,
            dateline.date.end,
            published_info.date,
            hijri_numeric=hijri_numeric,
        )
        if resolved is not None:
            dateline = attrs.evolve(dateline, date=resolved)

    memo.release()
    del lines, candidates  # the line records go before the finders run, ...
    starts, surfaces = _paragraphs(text, content, paragraph_start)  # ... as they are read

    # 5. dates, treaties and contacts of the story
    progress.step = "dates, treaties and contacts"
    story = Spans.of(
        itertools.chain(
            ((headline.start, headline.end),) if headline else (),
            zip(starts, map(operator.add, starts, map(len, surfaces)), strict=True),
        )
    )
    reference = None if published_info is None else published_info.date
    found_dates, found_treaties, contacts = story_mentions(
        text,
        story,
        reference=reference,
        gazetteer=gazetteer,
        prepared=prepared,
        events=events,
        hijri_numeric=hijri_numeric,
    )
    del story, prepared
    treaties = tuple(found_treaties)
    del found_treaties
    return Article(
        source=source,
        text=text,
        title=None if page is None else page.title,
        author=None if page is None else page.author,
        url=None if page is None else page.url,
        headline=headline,
        dateline=dateline,
        published=published_info,
        paragraphs=Packed(starts, surfaces, _span),
        boilerplate=tuple(sorted(pieces, key=lambda piece: piece.start)),
        dates=found_dates,
        treaties=treaties,
        events=contacts,
    )


def _paragraphs(
    text: str, content: list[Line], starts: dict[int, int]
) -> tuple[array[int], list[str]]:
    """The starts and texts of the paragraphs of the *content* lines, emptying *content*.

    *starts* moves the start of some (after a dateline). A paragraph that is
    its whole line holds the line's string, which the page's equal lines
    share: a page of one word a line holds a string per distinct line, not
    per line. Machine integers and shared strings, 16 bytes a paragraph
    (:class:`~diplomatext._packed.Packed`); each line record is let go as its
    paragraph is taken (from the end), so the two never coexist in full.
    """
    found: array[int] = array("q")
    surfaces: list[str] = []
    while content:
        line = content.pop()
        start = starts.get(id(line), line.start)
        if start < line.end:
            found.append(start)
            surfaces.append(line.text if start == line.start else text[start : line.end])
    found.reverse()
    surfaces.reverse()
    return found, surfaces


def looks_like_headline(line: Line) -> bool:
    if not 2 <= line.words <= HEADLINE_WORDS or len(line.text) > HEADLINE_CHARS:  # noqa: PLR2004
        return False
    core = line.text.rstrip(CLOSERS + " ")
    if core.endswith(("..", "\N{HORIZONTAL ELLIPSIS}")):
        return True
    return not core.endswith((".", ":", "\N{ARABIC COMMA}", ",", "\N{ARABIC SEMICOLON}", ";"))
