"""Diplomatic contacts in Arabic news: calls, meetings, visits, summits (PLOVER ``CONSULT``).

:func:`find_events` returns one :class:`Event` per contact of a document, every
mention of it merged: who took part (persons where the text identifies them, by
name, office on the contact's date or anaphor; else states), when (by the
guideline's ordered rules: the date written with it, the statement's date, the
publication date, or none), where, how (phone, visit, meeting, multilateral) and
whether it happened. :func:`to_plover` writes one as a PLOVER JSON Lines record.
How sides and dates are decided: ``docs/explanation/events.md``.

>>> import datetime
>>> text = "بحث وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي مع نظيره الأمريكي أنتوني بلينكن"
>>> [event] = find_events(text, reference=datetime.date(2021, 2, 5))
>>> event.mode.value, [actor.id for actor in event.participants], event.date.value
('phone', ['antony-blinken', 'sergey-lavrov'], '2021-02-05')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from diplomatext import _spans
from diplomatext._lexical import unwrapped
from diplomatext._spans import checked_date, checked_text
from diplomatext.events._actors import (
    PERSONS_SCHEMA_VERSION,
    Actors,
    City,
    Office,
    Organization,
    Person,
    State,
    StateGroup,
    load_actors,
)
from diplomatext.events._contacts import assemble
from diplomatext.events._model import (
    Actor,
    ActorKind,
    DateBasis,
    Event,
    EventDate,
    EventType,
    Evidence,
    EvidenceKind,
    Mention,
    Mode,
    Place,
    Status,
)
from diplomatext.events._triggers import may_have_triggers
from diplomatext.normalize import Normalized, prepare

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from diplomatext.dates import DateMention
    from diplomatext.treaties import Gazetteer, TreatyMention

__all__ = [
    "MAX_CHARS",
    "PERSONS_SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Actors",
    "City",
    "DateBasis",
    "Event",
    "EventDate",
    "EventType",
    "Evidence",
    "EvidenceKind",
    "Mention",
    "Mode",
    "Office",
    "Organization",
    "Person",
    "Place",
    "State",
    "StateGroup",
    "Status",
    "find_events",
    "load_actors",
    "to_plover",
]

MAX_CHARS: Final = _spans.MAX_CHARS
"""Default *max_chars* of :func:`find_events`: ten million characters, as for every finder."""


def find_events(
    text: str | Normalized,
    *,
    reference: dt.date | None,
    dates: Sequence[DateMention] | None = None,
    treaties: Sequence[TreatyMention] | None = None,
    gazetteer: Gazetteer | None = None,
    actors: Actors | None = None,
    max_chars: int | None = MAX_CHARS,
) -> tuple[Event, ...]:
    r"""Every diplomatic contact of *text*, one :class:`Event` each, in order of first mention.

    A contact is one occasion on which representatives of two or more states or
    organizations talk: a call, a meeting, talks, a visit, a summit whose sides the
    text names. Statements, letters, interviews, votes and ongoing contact
    (مواصلة الاتصالات) are not contacts. Contact words are matched as whole tokens
    with their clitics; the sides come from the clause of each word; mentions of
    one contact (اتصال، المحادثة، بحث، الجانبان) are merged.

    Args:
        text: the document, as read (spans point into it), or its
            :func:`~diplomatext.prepare`\ d form, so that an article pass that
            also finds dates and treaties normalizes it once.
        reference: the date the text speaks from (its publication date); offices are
            resolved to their holders on the contact's date, or on this one.
        dates: the :func:`~diplomatext.find_dates` result for *text*, if you have it
            (an article pass hands it over so nothing is computed twice).
        treaties: the :func:`~diplomatext.find_treaties` result for *text*, if you
            have it.
        gazetteer: the treaty gazetteer to use when *treaties* is not given.
        actors: persons, states and organizations (:func:`load_actors`); the shipped
            ones by default.
        max_chars: refuse longer texts (``None``: no limit).

    Returns:
        The events, sorted by their first mention; ``()`` when there are none.

    Raises:
        InputError: *text* is not a ``str`` or *reference* not a date.
        InputTooLargeError: *text* is longer than *max_chars*.

    >>> import datetime
    >>> text = "استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم وزير الخارجية التركي هاكان فيدان"
    >>> [event] = find_events(text, reference=datetime.date(2023, 7, 10))
    >>> event.mode.value, event.host.id, event.place.id
    ('visit', 'vladimir-putin', 'moscow')

    .. versionadded:: 0.1.0
    """
    prepared = text if isinstance(text, Normalized) else None
    text = checked_text(text if prepared is None else prepared.original, max_chars=max_chars)
    reference = checked_date(reference, name="reference")
    if not text or text.isspace():  # (blank: as not text.strip(), with no copy of the text)
        return ()
    normalized = prepare(text if prepared is None else prepared)
    if not may_have_triggers(normalized.text):
        return ()  # no contact word: nothing to tokenize further, date or link
    # a narrow column read as running text, its sentences as many as in the paragraph
    normalized = unwrapped(normalized, sentence_ends=True)
    given_dates, given_treaties = dates, treaties

    def mentions() -> tuple[Sequence[DateMention], Sequence[TreatyMention], dt.date | None]:
        """The dates, the treaties and the day the text speaks from, found when needed."""
        written_on = reference  # its dateline's day, when it has one
        found_dates, found_treaties = given_dates, given_treaties
        if found_dates is None:
            from diplomatext.dates import find_dates  # noqa: PLC0415 (only when not handed over)

            found_dates = find_dates(normalized, reference=reference, max_chars=None)
            day = _dateline_day(text, found_dates, reference)
            if day is not None:
                # دمشق 24 ديسمبر 2012 / ... اليوم (الاثنين): today is the dateline's day
                written_on = day
                found_dates = find_dates(normalized, reference=day, max_chars=None)
        if found_treaties is None:
            from diplomatext.treaties import find_treaties  # noqa: PLC0415

            found_treaties = find_treaties(
                normalized, reference=reference, gazetteer=gazetteer, max_chars=None
            )
        return found_dates, found_treaties, written_on

    return assemble(
        text,
        normalized,
        mentions=mentions,
        actors=actors if actors is not None else load_actors(),
    )


_DATELINE_REACH: Final = 400  # characters: a dateline opens the story, after its headline
_DATELINE_WORDS_MOST: Final = 3  # words of a place before a dateline's date (الرياض، دار السلام)
_DATELINE_AFTER: Final = frozenset("/-–—(:")  # what closes a dateline's date
_DATELINE_DAYS: Final = (
    7  # a dateline at most this far from the reference (a wire filed days before)
)


def _dateline_day(
    text: str, dates: Sequence[DateMention], reference: dt.date | None
) -> dt.date | None:
    """The day of the text's dateline (دمشق 24 ديسمبر 2012 /), when it differs from *reference*.

    A whole day with its year, at the start of a line after at most a few words of a place,
    closed by a slash, a dash, a bracket or a colon, in the text's first lines.
    """
    from diplomatext.dates import Anchor  # noqa: PLC0415 (loaded with the dates, not before)

    for mention in dates:
        if mention.start > _DATELINE_REACH:
            break
        day = mention.first
        if day is None or day != mention.last or mention.anchor is not Anchor.ABSOLUTE:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if len(text[line_start : mention.start].split()) > _DATELINE_WORDS_MOST:
            continue
        after = text[mention.end : mention.end + 3].strip()
        if not after or after[0] not in _DATELINE_AFTER:
            continue
        if reference is not None and (
            day == reference or abs((day - reference).days) > _DATELINE_DAYS
        ):
            return None
        return day
    return None


def to_plover(
    event: Event,
    *,
    doc_id: str,
    index: int = 0,
    language: str = "ar",
    source: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """*event* as one PLOVER JSON Lines record (``CONSULT`` with its mode).

    The visitor of a visit is the ``actor`` and the host the ``recipient``; in any
    other contact every side is an actor (PLOVER codes a neutral meeting with all
    parties as actors). Sides are written as their ids: person ids, ISO alpha-3
    codes, organization ids.

    Args:
        event: an event of :func:`find_events`.
        doc_id: the document's id; the record's ``id`` is ``<doc_id>-<index>``.
        index: the event's number in its document.
        language: the text's language (``cite_info.language``).
        source: the document's address, if any (``cite_info.url``).
        published: the document's publication date (``cite_info.date``).

    >>> import datetime
    >>> text = "زار وزير الخارجية التركي هاكان فيدان موسكو أمس حيث التقى سيرغي لافروف"
    >>> [event] = find_events(text, reference=datetime.date(2023, 7, 10))
    >>> record = to_plover(event, doc_id="doc1")
    >>> record["event"], record["mode"], record["actor"], record["recipient"]
    ('CONSULT', 'visit', ['hakan-fidan'], ['sergey-lavrov'])

    .. versionadded:: 0.1.0
    """
    ids = [actor.id for actor in event.participants]
    if event.mode is Mode.VISIT and event.host is not None:
        actor = [identifier for identifier in ids if identifier != event.host.id]
        recipient = [event.host.id]
    else:
        actor, recipient = ids, []
    record: dict[str, Any] = {
        "id": f"{doc_id}-{index}",
        "date": event.date.value if event.date else None,
        "actor": actor,
        "recipient": recipient,
        "event": str(event.type),
        "mode": str(event.mode),
        "context": [],
        "event_loc": {"place": event.place.id, "country": event.place.country}
        if event.place
        else None,
        "text_info": {
            "start": event.trigger.start,
            "end": event.trigger.end,
            "text": event.trigger.text,
            "mentions": [[mention.start, mention.end] for mention in event.mentions],
        },
        "cite_info": {"language": language, "doc_id": doc_id},
        "status": str(event.status),
        "key": event.key,
    }
    if source is not None:
        record["cite_info"]["url"] = source
    if published is not None:
        record["cite_info"]["date"] = published
    return record
