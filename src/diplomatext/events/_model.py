"""Records of the events finder: an event, its sides, its date and place, and why.

Public through :mod:`diplomatext.events`; kept apart so that the assembly can
build them without importing the public module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from diplomatext._records import TextEnum, from_plain, to_plain

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "Actor",
    "ActorKind",
    "DateBasis",
    "Event",
    "EventDate",
    "EventType",
    "Evidence",
    "EvidenceKind",
    "Mention",
    "Mode",
    "Place",
    "Status",
]


class EventType(TextEnum):
    """The PLOVER event type of a record; every diplomatic contact is ``CONSULT``.

    >>> str(EventType.CONSULT)
    'CONSULT'

    .. versionadded:: 0.1.0
    """

    CONSULT = "CONSULT"


class Mode(TextEnum):
    """How the sides met (PLOVER's CONSULT modes).

    ``PHONE``: a phone or video call. ``VISIT``: one side travelled to the other.
    ``MEETING``: talks on neutral ground, or where the text does not say who
    travelled. ``MULTILATERAL``: a session of a forum of more than two parties.

    >>> Mode("visit") is Mode.VISIT
    True

    .. versionadded:: 0.1.0
    """

    PHONE = "phone"
    VISIT = "visit"
    MEETING = "meeting"
    MULTILATERAL = "multilateral"


class Status(TextEnum):
    """Whether the contact happened, by what the text says.

    >>> [str(status) for status in Status]
    ['held', 'planned', 'proposed', 'denied']

    .. versionadded:: 0.1.0
    """

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    DENIED = "denied"


class ActorKind(TextEnum):
    """What a side is: a person, a state or an international organization.

    >>> str(ActorKind.PERSON)
    'person'

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"


class EvidenceKind(TextEnum):
    """How the text designates a side.

    ``NAME``: by name (لافروف). ``OFFICE``: by office (وزير الخارجية الأمريكي),
    resolved to the holder on the contact's date. ``ANAPHOR``: by a counterpart or
    group word (نظيره، الوزيران، الجانبان). ``STATE``: by a state, capital,
    institution or delegation (موسكو، الكرملين، الوفد الروسي).

    >>> str(EvidenceKind.OFFICE)
    'office'

    .. versionadded:: 0.1.0
    """

    NAME = "name"
    OFFICE = "office"
    ANAPHOR = "anaphor"
    STATE = "state"


class DateBasis(TextEnum):
    """Which of the guideline's ordered rules gave the date.

    ``CLAUSE``: a date the text attaches to the contact (or to the visit it is
    part of). ``STATEMENT``: the date of the statement that announces it.
    ``PUBLICATION``: the reference date, for a contact that is the article's news.
    ``NONE``: no date (a recalled or planned contact with no date written).

    >>> str(DateBasis.STATEMENT)
    'statement'

    .. versionadded:: 0.1.0
    """

    CLAUSE = "clause"
    STATEMENT = "statement"
    PUBLICATION = "publication"
    NONE = "none"


@attrs.frozen(kw_only=True)
class Mention:
    """A span of the original text: ``text == original[start:end]``.

    >>> Mention(start=0, end=4, text="لقاء").text
    'لقاء'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Evidence:
    """One phrase of the text that designates a side.

    Attributes:
        kind: by name, office, anaphor or state.
        start: offset of the phrase in the original text.
        end: offset after it.
        text: the phrase as written.
        role: for an office or a counterpart, the role read (``foreign-minister``).

    >>> import datetime
    >>> from diplomatext import find_events
    >>> text = "أجرى وزير الخارجية الروسي اتصالا هاتفيا مع نظيره التركي هاكان فيدان"
    >>> [event] = find_events(text, reference=datetime.date(2023, 7, 10))
    >>> [(item.kind.value, item.text) for actor in event.participants for item in actor.evidence]
    [('name', 'نظيره التركي هاكان فيدان'), ('office', 'وزير الخارجية الروسي')]

    .. versionadded:: 0.1.0
    """

    kind: EvidenceKind
    start: int
    end: int
    text: str
    role: str | None = None


@attrs.frozen(kw_only=True)
class Actor:
    """One side of a contact.

    Attributes:
        id: a person id (``sergey-lavrov``), an ISO 3166-1 alpha-3 code (``RUS``) or an
            organization id (``united-nations``).
        kind: person, state or organization.
        country: the state (alpha-3) or organization the side represents.
        role: the office the person held on the contact's date, if known.
        evidence: the phrases of the text that designate it.

    >>> Actor(id="RUS", kind=ActorKind.STATE, country="RUS").country
    'RUS'

    .. versionadded:: 0.1.0
    """

    id: str
    kind: ActorKind
    country: str | None
    role: str | None = None
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen(kw_only=True)
class EventDate:
    """When the contact happened (or is planned), and which rule said so.

    Attributes:
        value: TIMEX3-like: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an interval
            ``YYYY-MM-DD/YYYY-MM-DD``.
        basis: the rule that gave it.
        start: offset of the date expression in the original text (``None`` for the
            publication date).
        end: offset after it.
        text: the date expression as written (``""`` for the publication date).

    >>> import datetime
    >>> from diplomatext import find_events
    >>> text = "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي أمس"
    >>> date = find_events(text, reference=datetime.date(2023, 7, 10))[0].date
    >>> date.value, date.basis.value, date.text
    ('2023-07-09', 'clause', 'أمس')

    .. versionadded:: 0.1.0
    """

    value: str
    basis: DateBasis
    start: int | None = None
    end: int | None = None
    text: str = ""


@attrs.frozen(kw_only=True)
class Place:
    """Where the contact happened, as written.

    Attributes:
        id: a city (lower-case English name with hyphens: ``sochi``) or the alpha-3 code
            of a state.
        country: the state of the city, if known.
        start: offset of the place name in the original text (``None`` when it is the
            host state of a visit whose city is not written).
        end: offset after it.
        text: the name as written.

    >>> import datetime
    >>> from diplomatext import find_events
    >>> text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في مدينة سوتشي"
    >>> place = find_events(text, reference=datetime.date(2023, 7, 10))[0].place
    >>> place.id, place.country, place.text
    ('sochi', 'RUS', 'سوتشي')

    .. versionadded:: 0.1.0
    """

    id: str
    country: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""


@attrs.frozen(kw_only=True)
class Event:
    """One diplomatic contact of a document (PLOVER ``CONSULT``), all its mentions merged.

    Attributes:
        type: always :attr:`EventType.CONSULT` for a contact.
        mode: phone, visit, meeting or multilateral.
        status: held, planned, proposed or denied.
        participants: the sides, persons where the text identifies them, else states or
            organizations; sorted by id.
        host: for a visit, the receiving side; else ``None``.
        date: when, with the rule that decided it; ``None`` when the text does not say.
        place: where, as written; ``None`` for a call or when not written.
        mentions: every phrase that refers to this contact, in text order.
        trigger: the first contact word that introduced it.
        treaties: gazetteer ids of the treaties discussed in its sentences.
        why: a short explanation of the decisions (sides, date, mode, status).
        key: a cross-article key: participants, mode and date, so that copies of one
            contact in several articles can be merged.

    >>> import datetime
    >>> from diplomatext import find_events
    >>> text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة أمس"
    >>> event = find_events(text, reference=datetime.date(2023, 7, 10))[0]
    >>> event.mode.value, event.date.value, event.place.id
    ('visit', '2023-07-09', 'ankara')

    .. versionadded:: 0.1.0
    """

    type: EventType = EventType.CONSULT
    mode: Mode
    status: Status
    participants: tuple[Actor, ...]
    host: Actor | None = None
    date: EventDate | None = None
    place: Place | None = None
    mentions: tuple[Mention, ...]
    trigger: Mention
    treaties: tuple[str, ...] = ()
    why: str = ""
    key: str = ""

    @property
    def countries(self) -> tuple[str, ...]:
        """The states and organizations the sides represent, sorted."""
        return tuple(sorted({actor.country for actor in self.participants if actor.country}))

    def to_dict(self) -> dict[str, Any]:
        """This event as plain, JSON-ready data (enums as values).

        >>> import datetime
        >>> from diplomatext import Event, find_events
        >>> text = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن"
        >>> event = find_events(text, reference=datetime.date(2021, 1, 26))[0]
        >>> data = event.to_dict()
        >>> data["mode"], [actor["id"] for actor in data["participants"]]
        ('phone', ['joe-biden', 'vladimir-putin'])
        >>> Event.from_dict(data) == event
        True

        .. versionadded:: 0.1.0
        """
        plain: dict[str, Any] = to_plain(self)
        return plain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` data.

        .. versionadded:: 0.1.0
        """
        return from_plain(cls, data)
