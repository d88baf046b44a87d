"""diplomatext: turn Arabic diplomatic news into structured, dated, canonical records.

The public API, one module per concern:

- :func:`normalize` / :func:`normalize_with_map`: Arabic normalization that keeps
  an exact map back to the original text.
- :func:`find_dates` / :func:`resolve_date`: date expressions in every calendar
  Arabic news uses, resolved against a reference date you pass (never the clock).
- :func:`find_treaties` / :func:`canonicalize_treaty`: treaty, agreement and
  UN-resolution names linked to a gazetteer that ships as data.
- :func:`find_events`: diplomatic contacts (calls, meetings, visits) with their
  sides, date, place, mode and status, as PLOVER ``CONSULT`` events.
- :func:`read_article` / :func:`parse_article`: a scraped file to one clean,
  dated :class:`Article`; the ``diplomatext`` command does it for whole corpora.

Every mention carries ``start`` and ``end`` offsets into the text you passed in.

>>> import datetime, diplomatext
>>> text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت"
>>> [(m.text, m.value) for m in diplomatext.find_dates(text, reference=datetime.date(2021, 1, 27))]
[('أمس', '2021-01-26')]
>>> [(text[m.start : m.end], m.treaty.id) for m in diplomatext.find_treaties(text)]
[('معاهدة نيو ستارت', 'new-start')]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# normalize is loaded at once: the function must shadow the submodule of the same
# name, which the import system would otherwise set on the package when it loads
from diplomatext.normalize import (
    LIGHT,
    MATCHING,
    SEARCH,
    STANDARD,
    Change,
    Normalized,
    NormalizeOptions,
    OffsetMap,
    normalize,
    normalize_with_map,
    prepare,
)

if TYPE_CHECKING:  # what type checkers and readers see; at run time each loads on first use
    from diplomatext.articles import (
        Article,
        Boilerplate,
        Dateline,
        Published,
        PublishedOrigin,
        TextSpan,
        parse_article,
    )
    from diplomatext.calendars import (
        Calendar,
        HijriDate,
        HijriMethod,
        hijri_month_length,
    )
    from diplomatext.corpora import ParsedRecord, parse_records, to_frame
    from diplomatext.data import DATA_VERSION
    from diplomatext.dates import (
        Anchor,
        DateMention,
        DateNote,
        Granularity,
        Mod,
        find_dates,
        resolve_date,
    )
    from diplomatext.errors import (
        CalendarError,
        DecodeError,
        DiplomatextError,
        FileTooLargeError,
        GazetteerError,
        InputError,
        InputTooLargeError,
        MissingDependencyError,
        OptionError,
        PatternTimeoutError,
        RecordError,
        SpanError,
    )
    from diplomatext.events import (
        Actor,
        ActorKind,
        Actors,
        DateBasis,
        Event,
        EventDate,
        EventType,
        Evidence,
        EvidenceKind,
        Mode,
        Place,
        Status,
        find_events,
        load_actors,
        to_plover,
    )
    from diplomatext.reading import (
        Page,
        PageDate,
        PageDateKind,
        page_from_text,
        read_article,
        read_page,
    )
    from diplomatext.treaties import (
        GAZETTEER_SCHEMA_VERSION,
        Confidence,
        Gazetteer,
        MatchKind,
        Treaty,
        TreatyKind,
        TreatyMention,
        canonicalize_treaty,
        find_treaties,
        load_gazetteer,
    )

__version__ = "0.1.0.dev0"
"""The version of diplomatext; ``tests/test_articles_import.py`` keeps it equal to pyproject's.

A plain string, so that ``import diplomatext`` does not load :mod:`importlib.metadata`.
"""

# Every public name and the module that defines it: a name is imported the first
# time it is used (PEP 562), so ``import diplomatext`` costs a few milliseconds
# and a program that only normalizes never compiles the date grammar.
_HOMES: dict[str, str] = {
    "Actor": "diplomatext.events",
    "ActorKind": "diplomatext.events",
    "Actors": "diplomatext.events",
    "Anchor": "diplomatext.dates",
    "Article": "diplomatext.articles",
    "Boilerplate": "diplomatext.articles",
    "Calendar": "diplomatext.calendars",
    "CalendarError": "diplomatext.errors",
    "Confidence": "diplomatext.treaties",
    "DATA_VERSION": "diplomatext.data",
    "DateBasis": "diplomatext.events",
    "DateMention": "diplomatext.dates",
    "DateNote": "diplomatext.dates",
    "Dateline": "diplomatext.articles",
    "DecodeError": "diplomatext.errors",
    "DiplomatextError": "diplomatext.errors",
    "Event": "diplomatext.events",
    "EventDate": "diplomatext.events",
    "EventType": "diplomatext.events",
    "Evidence": "diplomatext.events",
    "EvidenceKind": "diplomatext.events",
    "FileTooLargeError": "diplomatext.errors",
    "GAZETTEER_SCHEMA_VERSION": "diplomatext.treaties",
    "Gazetteer": "diplomatext.treaties",
    "GazetteerError": "diplomatext.errors",
    "Granularity": "diplomatext.dates",
    "HijriDate": "diplomatext.calendars",
    "HijriMethod": "diplomatext.calendars",
    "InputError": "diplomatext.errors",
    "InputTooLargeError": "diplomatext.errors",
    "MatchKind": "diplomatext.treaties",
    "MissingDependencyError": "diplomatext.errors",
    "Mod": "diplomatext.dates",
    "Mode": "diplomatext.events",
    "OptionError": "diplomatext.errors",
    "Page": "diplomatext.reading",
    "PageDate": "diplomatext.reading",
    "PageDateKind": "diplomatext.reading",
    "ParsedRecord": "diplomatext.corpora",
    "PatternTimeoutError": "diplomatext.errors",
    "Place": "diplomatext.events",
    "Published": "diplomatext.articles",
    "PublishedOrigin": "diplomatext.articles",
    "RecordError": "diplomatext.errors",
    "SpanError": "diplomatext.errors",
    "Status": "diplomatext.events",
    "TextSpan": "diplomatext.articles",
    "Treaty": "diplomatext.treaties",
    "TreatyKind": "diplomatext.treaties",
    "TreatyMention": "diplomatext.treaties",
    "canonicalize_treaty": "diplomatext.treaties",
    "find_dates": "diplomatext.dates",
    "find_events": "diplomatext.events",
    "find_treaties": "diplomatext.treaties",
    "hijri_month_length": "diplomatext.calendars",
    "load_actors": "diplomatext.events",
    "load_gazetteer": "diplomatext.treaties",
    "page_from_text": "diplomatext.reading",
    "parse_article": "diplomatext.articles",
    "parse_records": "diplomatext.corpora",
    "read_article": "diplomatext.reading",
    "read_page": "diplomatext.reading",
    "resolve_date": "diplomatext.dates",
    "to_frame": "diplomatext.corpora",
    "to_plover": "diplomatext.events",
}
_SUBMODULES = frozenset(
    {"articles", "calendars", "corpora", "data", "dates", "errors", "events", "reading", "treaties"}
)


if not TYPE_CHECKING:  # type checkers read the imports above, and flag unknown names

    def __getattr__(name: str) -> Any:  # noqa: ANN401 (any public object of the package)
        home = _HOMES.get(name)
        if home is not None:
            value = getattr(importlib.import_module(home), name)
        elif name in _SUBMODULES:
            value = importlib.import_module(f"{__name__}.{name}")
        else:
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        globals()[name] = value  # later uses are plain lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__, *_SUBMODULES})


__all__ = [
    "DATA_VERSION",
    "GAZETTEER_SCHEMA_VERSION",
    "LIGHT",
    "MATCHING",
    "SEARCH",
    "STANDARD",
    "Actor",
    "ActorKind",
    "Actors",
    "Anchor",
    "Article",
    "Boilerplate",
    "Calendar",
    "CalendarError",
    "Change",
    "Confidence",
    "DateBasis",
    "DateMention",
    "DateNote",
    "Dateline",
    "DecodeError",
    "DiplomatextError",
    "Event",
    "EventDate",
    "EventType",
    "Evidence",
    "EvidenceKind",
    "FileTooLargeError",
    "Gazetteer",
    "GazetteerError",
    "Granularity",
    "HijriDate",
    "HijriMethod",
    "InputError",
    "InputTooLargeError",
    "MatchKind",
    "MissingDependencyError",
    "Mod",
    "Mode",
    "NormalizeOptions",
    "Normalized",
    "OffsetMap",
    "OptionError",
    "Page",
    "PageDate",
    "PageDateKind",
    "ParsedRecord",
    "PatternTimeoutError",
    "Place",
    "Published",
    "PublishedOrigin",
    "RecordError",
    "SpanError",
    "Status",
    "TextSpan",
    "Treaty",
    "TreatyKind",
    "TreatyMention",
    "__version__",
    "canonicalize_treaty",
    "find_dates",
    "find_events",
    "find_treaties",
    "hijri_month_length",
    "load_actors",
    "load_gazetteer",
    "normalize",
    "normalize_with_map",
    "page_from_text",
    "parse_article",
    "parse_records",
    "prepare",
    "read_article",
    "read_page",
    "resolve_date",
    "to_frame",
    "to_plover",
]
