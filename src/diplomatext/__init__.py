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

from importlib.metadata import PackageNotFoundError, version

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
)
from diplomatext.reading import read_article
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

try:
    __version__ = version("diplomatext")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

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
    "Mod",
    "Mode",
    "NormalizeOptions",
    "Normalized",
    "OffsetMap",
    "OptionError",
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
    "parse_article",
    "read_article",
    "resolve_date",
    "to_plover",
]
