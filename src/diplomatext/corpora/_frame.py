"""Parsed articles to rows: one per article, per date mention, treaty mention or contact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from diplomatext.articles import Article
from diplomatext.corpora._record import ParsedRecord
from diplomatext.errors import InputError, MissingDependencyError, OptionError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from diplomatext.events import Event

__all__ = [
    "ARTICLE_COLUMNS",
    "DATE_COLUMNS",
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "TREATY_COLUMNS",
    "rows",
    "to_frame",
]

What = Literal["articles", "dates", "treaties", "events"]
_KEY: Final = ("id", "url", "published")
ARTICLE_COLUMNS: Final = (
    *_KEY,
    "published_origin",
    "title",
    "headline",
    "dateline",
    "dates",
    "treaties",
    "treaty_ids",
    "events",
    "warnings",
    "body",
)
DATE_COLUMNS: Final = (
    *_KEY,
    "start",
    "end",
    "text",
    "value",
    "mod",
    "first",
    "last",
    "granularity",
    "calendar",
    "anchor",
)
TREATY_COLUMNS: Final = (
    *_KEY,
    "start",
    "end",
    "text",
    "treaty_id",
    "treaty_name_en",
    "match",
    "confidence",
)
EVENT_COLUMNS: Final = (
    *_KEY,
    "start",
    "end",
    "trigger",
    "mode",
    "status",
    "participants",
    "countries",
    "host",
    "date",
    "date_basis",
    "place",
    "treaty_ids",
    "key",
    "why",
)
#: The columns of ``--format csv``: one row per mention, dates and treaties.
MENTION_COLUMNS: Final = (
    *_KEY,
    "mention",
    "start",
    "end",
    "text",
    "value",
    "mod",
    "granularity",
    "treaty_id",
)


def _key(item: object) -> tuple[Article, dict[str, Any]]:
    identifier: str | None
    if isinstance(item, ParsedRecord):
        article, identifier, url = item.article, item.id, item.url
    elif isinstance(item, Article):
        article, identifier, url = item, item.source, item.url
    else:
        msg = f"expected ParsedRecord or Article items, got {type(item).__name__}"
        raise InputError(msg)
    day = None if article.published is None else article.published.date
    published = None if day is None else day.isoformat()  # None: none, or an ambiguous stamp
    return article, {"id": identifier, "url": url, "published": published}


def rows(item: ParsedRecord | Article, what: str) -> list[dict[str, Any]]:
    """The rows of one article: ``articles`` (one), ``dates``, ``treaties`` or ``mentions``."""
    article, key = _key(item)
    if what == "articles":
        treaty_ids = list(dict.fromkeys(mention.treaty.id for mention in article.treaties))
        title = item.page.title if isinstance(item, ParsedRecord) else None
        warnings = item.warnings if isinstance(item, ParsedRecord) else ()
        return [
            {
                **key,
                "published_origin": None
                if article.published is None
                else article.published.origin.value,
                "title": title,
                "headline": None if article.headline is None else article.headline.text,
                "dateline": None if article.dateline is None else article.dateline.text,
                "dates": len(article.dates),
                "treaties": len(article.treaties),
                "treaty_ids": " ".join(treaty_ids),
                "events": len(article.events),
                "warnings": " | ".join(warnings),
                "body": article.body,
            }
        ]
    dates = [
        {
            **key,
            "mention": "date",
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "value": mention.value,
            "mod": None if mention.mod is None else mention.mod.value,
            "first": None if mention.first is None else mention.first.isoformat(),
            "last": None if mention.last is None else mention.last.isoformat(),
            "granularity": mention.granularity.value,
            "calendar": mention.calendar.value,
            "anchor": mention.anchor.value,
            "treaty_id": None,
        }
        for mention in article.dates
    ]
    treaties = [
        {
            **key,
            "mention": "treaty",
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "value": None,
            "mod": None,
            "granularity": None,
            "treaty_id": mention.treaty.id,
            "treaty_name_en": mention.treaty.name_en,
            "match": mention.match.value,
            "confidence": int(mention.confidence),
        }
        for mention in article.treaties
    ]
    if what == "events":
        return [_event_row(key, event) for event in article.events]
    columns = {"dates": DATE_COLUMNS, "treaties": TREATY_COLUMNS, "mentions": MENTION_COLUMNS}
    chosen = {"dates": dates, "treaties": treaties, "mentions": dates + treaties}
    if what not in columns:
        msg = f"what must be 'articles', 'dates', 'treaties' or 'events', got {what!r}"
        raise OptionError(msg)
    found = chosen[what]
    if what == "mentions":
        found.sort(key=lambda row: (row["start"], row["end"]))
    return [{column: row.get(column) for column in columns[what]} for row in found]


def _event_row(key: dict[str, Any], event: Event) -> dict[str, Any]:
    """One contact as a row: its sides joined by spaces, its first mention's span."""
    first = event.mentions[0] if event.mentions else None
    return {
        **key,
        "start": None if first is None else first.start,
        "end": None if first is None else first.end,
        "trigger": None if first is None else first.text,
        "mode": event.mode.value,
        "status": event.status.value,
        "participants": " ".join(actor.id for actor in event.participants),
        "countries": " ".join(event.countries),
        "host": None if event.host is None else event.host.id,
        "date": None if event.date is None else event.date.value,
        "date_basis": None if event.date is None else event.date.basis.value,
        "place": None if event.place is None else event.place.id,
        "treaty_ids": " ".join(event.treaties),
        "key": event.key,
        "why": event.why,
    }


def to_frame(items: Iterable[ParsedRecord | Article], what: What = "dates") -> Any:  # noqa: ANN401 (a pandas.DataFrame; pandas is optional)
    """A :class:`pandas.DataFrame` of parsed articles: one row per date, treaty or article.

    Args:
        items: :class:`ParsedRecord` items (from :func:`parse_records`) or
            :class:`~diplomatext.Article` items (their ``source`` is the id).
        what: ``"dates"`` (default; one row per date mention, with the
            article's id, address and publication date), ``"treaties"`` (one
            row per treaty mention), ``"events"`` (one row per diplomatic
            contact: mode, status, sides, date and its basis, place, key) or
            ``"articles"`` (one row per article).

    Returns:
        The DataFrame, with the columns of :data:`DATE_COLUMNS`,
        :data:`TREATY_COLUMNS`, :data:`EVENT_COLUMNS` or :data:`ARTICLE_COLUMNS`
        even when empty.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'diplomatext[pandas]'``).
        OptionError: *what* is none of the four.

    >>> from diplomatext import parse_records
    >>> records = [{"id": "a1", "text": "التقى الوزيران أمس.", "date": "2021-02-05"}]
    >>> to_frame(parse_records(records))[["id", "text", "value"]].to_dict("records")
    [{'id': 'a1', 'text': 'أمس', 'value': '2021-02-04'}]

    .. versionadded:: 0.2.0
    """
    columns = {
        "articles": ARTICLE_COLUMNS,
        "dates": DATE_COLUMNS,
        "treaties": TREATY_COLUMNS,
        "events": EVENT_COLUMNS,
    }
    if what not in columns:
        msg = f"what must be 'articles', 'dates', 'treaties' or 'events', got {what!r}"
        raise OptionError(msg)
    try:
        import pandas as pd  # noqa: PLC0415 (an optional dependency)
    except ImportError:
        msg = (
            "diplomatext.to_frame() needs pandas, which is not installed: "
            "pip install 'diplomatext[pandas]'"
        )
        raise MissingDependencyError(msg) from None
    table = [row for item in items for row in rows(item, what)]
    return pd.DataFrame(table, columns=list(columns[what]))
