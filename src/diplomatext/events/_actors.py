"""Who can take part in a contact: persons and their offices, states, organizations.

The data (``persons.json``, ``states.json``) is validated on load into frozen
records; errors name the file, the entry and the field. :class:`Actors` holds
them with one compiled pattern for every name, adjective, capital, title and
anaphor, built once, and answers "who held this office on this day".
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import re
import typing
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from diplomatext._lexical import fold, trie_pattern
from diplomatext.data import given_names, months, name_spellings, offices
from diplomatext.errors import GazetteerError
from diplomatext.events._spelling import COMPOUND_HEADS, g_variant, name_variants, seat_variants

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "PERSONS_SCHEMA_VERSION",
    "Actors",
    "City",
    "Office",
    "Organization",
    "Person",
    "State",
    "StateGroup",
    "load_actors",
]

PERSONS_SCHEMA_VERSION: Final = 1
"""Version of the ``persons.json`` and ``states.json`` formats this module reads."""

_ID: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CODE: Final = re.compile(r"^[A-Z]{3}$")
_PARTIAL_DATE: Final = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_ROLES: Final = frozenset(offices.ROLES)
_NO_KINDS: Final[Mapping[str, Any]] = {}
_FIRST_WORD: Final = re.compile(r"\w+")
_IBN_NOT_NAMES: Final = frozenset(
    fold(name) for name in (*name_spellings.IBN_NOT_NAMES, *given_names.GIVEN_NAMES)
)
_CACHE_SIZE: Final = 65536  # answers kept per table before the cache starts over


@attrs.frozen(kw_only=True)
class Office:
    """One term of one person in one role.

    Attributes:
        role: one of :data:`diplomatext.data.offices.ROLES` (``foreign-minister``...).
        state: alpha-3 code of the state, or the id of an organization.
        region: for an envoy, the state or region of the mandate (``SYR``), else ``None``
            (``"for"`` in the data file).
        start: first day in office (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), if known.
        end: last day in office, ``None`` while in office.
        source: where the dates come from.
        confirmed: whether the dates were checked against the source.

    .. versionadded:: 0.1.0
    """

    role: str
    state: str
    region: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None
    confirmed: bool = False

    def covers(self, day: dt.date) -> bool:
        """Whether *day* falls in this term (a partial date counts as its whole period)."""
        if self.start is not None and day < _bounds(self.start)[0]:
            return False
        return self.end is None or day <= _bounds(self.end)[1]

    def overlaps(self, other: Office) -> bool:
        """Whether this term and *other* share a day (an open bound runs on without end)."""
        starts = [_bounds(term.start)[0] for term in (self, other) if term.start is not None]
        ends = [_bounds(term.end)[1] for term in (self, other) if term.end is not None]
        return not starts or not ends or max(starts) <= min(ends)


@attrs.frozen(kw_only=True)
class Person:
    """A person of ``persons.json``: names and offices.

    .. versionadded:: 0.1.0
    """

    id: str
    name_en: str
    names_ar: tuple[str, ...]
    short_ar: tuple[str, ...] = ()
    gender: str | None = None
    offices: tuple[Office, ...] = ()

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on *day* (the latest one when *day* is ``None``).

        Of two offices held at once, one that a single person holds (foreign minister) comes
        before one that several share (deputy prime minister): the press names a counterpart
        by the former (نظيره of a deputy prime minister and foreign minister is a foreign
        minister).
        """
        held = [office for office in self.offices if day is None or office.covers(day)]
        if not held:
            return None
        if day is None:
            return held[-1]
        return min(held, key=lambda office: office.role in offices.SHARED_ROLES)


@attrs.frozen(kw_only=True)
class State:
    """A state of ``states.json``: its Arabic names, adjectives, capitals and institutions.

    .. versionadded:: 0.1.0
    """

    id: str
    name_en: str
    names_ar: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Organization:
    """An international organization (``united-nations``, ``nato``...).

    .. versionadded:: 0.1.0
    """

    id: str
    name_en: str
    names_ar: tuple[str, ...]
    adjectives: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class City:
    """A city that can be the place of a contact (``sochi``, ``geneva``).

    .. versionadded:: 0.1.0
    """

    id: str
    state: str | None
    names_ar: tuple[str, ...]


@attrs.frozen(kw_only=True)
class StateGroup:
    """A named group of states (the Security Council's permanent members).

    .. versionadded:: 0.1.0
    """

    id: str
    members: tuple[str, ...]
    names_ar: tuple[str, ...]


Kind = Literal[
    "person",
    "titled-person",
    "state",
    "adjective",
    "capital",
    "institution",
    "organization",
    "org-adjective",
    "group",
    "city",
    "title",
    "fixed-title",
    "counterpart",
    "pair",
    "generic",
    "former",
]


@attrs.frozen
class Entry:
    """What a folded form names: a kind and the id (or role) it stands for."""

    kind: Kind
    value: str
    extra: str | None = None


# --------------------------------------------------------------------------- dates


@functools.lru_cache(maxsize=4096)
def _bounds(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value."""
    match = _PARTIAL_DATE.match(text)
    if match is None:  # pragma: no cover - validated on load
        msg = f"not a date: {text!r}"
        raise ValueError(msg)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # noqa: S101 (the pattern requires it)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        following = dt.date(year + (month == 12), month % 12 + 1, 1)  # noqa: PLR2004
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    day_value = dt.date(year, month, day)
    return day_value, day_value


# --------------------------------------------------------------------------- reading


def _fail(message: str, path: str, entry: str | None = None, field: str | None = None) -> None:
    raise GazetteerError(message, path=path, entry_id=entry, field=field)


def _strings(value: object, path: str, entry: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        _fail("must be a list of non-empty strings", path, entry, field)
    return tuple(value)  # type: ignore[arg-type]


def _string(
    record: Mapping[str, Any], field: str, path: str, entry: str, *, required: bool = True
) -> str | None:
    value = record.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        _fail("must be a non-empty string", path, entry, field)
    return str(value)


def _check_fields(
    record: object, allowed: frozenset[str], path: str, entry: str | None
) -> Mapping[str, Any]:
    if not isinstance(record, dict):
        _fail("must be an object", path, entry)
    unknown = sorted(set(typing.cast("dict[str, Any]", record)) - allowed)
    if unknown:
        _fail(f"unknown fields {unknown}; allowed: {sorted(allowed)}", path, entry, unknown[0])
    return record  # type: ignore[return-value]


def _date_field(value: object, path: str, entry: str, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _PARTIAL_DATE.match(value):
        _fail("must be YYYY-MM-DD, YYYY-MM, YYYY or null", path, entry, field)
    try:
        _bounds(str(value))
    except ValueError:
        _fail(f"{value!r} is not a calendar date", path, entry, field)
    return str(value)


_PERSON_FIELDS: Final = frozenset(
    {"id", "name_en", "names_ar", "short_ar", "gender", "offices", "wikidata", "note", "notes"}
)
_OFFICE_FIELDS: Final = frozenset(
    {"role", "state", "for", "start", "end", "source", "confirmed", "note", "notes"}
)


def read_persons(document: object, path: str) -> list[Person]:
    """Validate a ``persons.json`` document into :class:`Person` records."""
    top = _check_fields(
        document, frozenset({"schema", "schema_version", "description", "persons"}), path, None
    )
    if top.get("schema_version") != PERSONS_SCHEMA_VERSION:
        _fail(f"schema_version must be {PERSONS_SCHEMA_VERSION}", path, None, "schema_version")
    items = top.get("persons")
    if not isinstance(items, list):
        _fail("must be a list", path, None, "persons")
    persons: list[Person] = []
    seen: set[str] = set()
    for index, raw in enumerate(items):  # type: ignore[arg-type]
        entry = raw.get("id") if isinstance(raw, dict) else None
        where = str(entry) if isinstance(entry, str) else f"#{index}"
        record = _check_fields(raw, _PERSON_FIELDS, path, where)
        person_id = _string(record, "id", path, where)
        if person_id is None or not _ID.match(person_id):
            _fail("must be lower-case ASCII words joined by hyphens", path, where, "id")
        if person_id in seen:
            _fail("duplicate id", path, where, "id")
        seen.add(str(person_id))
        gender = record.get("gender")
        if gender not in {None, "m", "f"}:
            _fail('must be "m", "f" or null', path, where, "gender")
        terms = record.get("offices", [])
        if not isinstance(terms, list):
            _fail("must be a list", path, where, "offices")
        persons.append(
            Person(
                id=str(person_id),
                name_en=str(_string(record, "name_en", path, where)),
                names_ar=_strings(record.get("names_ar"), path, where, "names_ar"),
                short_ar=_strings(record.get("short_ar"), path, where, "short_ar"),
                gender=gender,
                offices=tuple(_read_office(term, path, where) for term in terms),
            )
        )
    return persons


def _read_office(raw: object, path: str, where: str) -> Office:
    record = _check_fields(raw, _OFFICE_FIELDS, path, where)
    role = _string(record, "role", path, where)
    if role not in _ROLES:
        _fail(f"unknown role {role!r}; one of {sorted(_ROLES)}", path, where, "offices.role")
    state = _string(record, "state", path, where)
    if state is None or not (_CODE.match(state) or _ID.match(state)):
        _fail("must be an alpha-3 code or an organization id", path, where, "offices.state")
    region = record.get("for")
    if region is not None and not (isinstance(region, str) and region):
        _fail("must be a code, a region id or null", path, where, "offices.for")
    confirmed = record.get("confirmed", False)
    if not isinstance(confirmed, bool):
        _fail("must be true or false", path, where, "offices.confirmed")
    return Office(
        role=str(role),
        state=str(state),
        region=region,
        start=_date_field(record.get("start"), path, where, "offices.start"),
        end=_date_field(record.get("end"), path, where, "offices.end"),
        source=_string(record, "source", path, where, required=False),
        confirmed=confirmed,
    )


_STATES_TOP: Final = frozenset(
    {"generated_by", "schema_version", "source", "states", "organizations", "groups", "cities"}
)


def read_states(  # noqa: C901
    document: object, path: str
) -> tuple[list[State], list[Organization], list[StateGroup], list[City]]:
    """Validate a ``states.json`` document into records."""
    top = _check_fields(document, _STATES_TOP, path, None)
    if top.get("schema_version") != PERSONS_SCHEMA_VERSION:
        _fail(f"schema_version must be {PERSONS_SCHEMA_VERSION}", path, None, "schema_version")
    states = []
    for raw in _list(top, "states", path):
        where = _where(raw)
        record = _check_fields(
            raw,
            frozenset(
                {"id", "alpha2", "name_en", "names_ar", "adjectives", "capitals", "institutions"}
            ),
            path,
            where,
        )
        code = _string(record, "id", path, where)
        if code is None or not _CODE.match(code):
            _fail("must be an ISO 3166-1 alpha-3 code", path, where, "id")
        states.append(
            State(
                id=str(code),
                name_en=str(_string(record, "name_en", path, where)),
                names_ar=_strings(record.get("names_ar"), path, where, "names_ar"),
                adjectives=_strings(record.get("adjectives"), path, where, "adjectives"),
                capitals=_strings(record.get("capitals"), path, where, "capitals"),
                institutions=_strings(record.get("institutions"), path, where, "institutions"),
            )
        )
    organizations = []
    for raw in _list(top, "organizations", path):
        where = _where(raw)
        record = _check_fields(
            raw, frozenset({"id", "name_en", "names_ar", "adjectives"}), path, where
        )
        org_id = _string(record, "id", path, where)
        if org_id is None or not _ID.match(org_id):
            _fail("must be lower-case ASCII words joined by hyphens", path, where, "id")
        organizations.append(
            Organization(
                id=str(org_id),
                name_en=str(_string(record, "name_en", path, where)),
                names_ar=_strings(record.get("names_ar"), path, where, "names_ar"),
                adjectives=_strings(record.get("adjectives"), path, where, "adjectives"),
            )
        )
    groups = []
    for raw in _list(top, "groups", path):
        where = _where(raw)
        record = _check_fields(raw, frozenset({"id", "members", "names_ar"}), path, where)
        groups.append(
            StateGroup(
                id=str(_string(record, "id", path, where)),
                members=_strings(record.get("members"), path, where, "members"),
                names_ar=_strings(record.get("names_ar"), path, where, "names_ar"),
            )
        )
    cities = []
    for raw in _list(top, "cities", path):
        where = _where(raw)
        record = _check_fields(raw, frozenset({"id", "state", "names_ar"}), path, where)
        city_id = _string(record, "id", path, where)
        if city_id is None or not _ID.match(city_id):
            _fail("must be lower-case ASCII words joined by hyphens", path, where, "id")
        cities.append(
            City(
                id=str(city_id),
                state=_string(record, "state", path, where, required=False),
                names_ar=_strings(record.get("names_ar"), path, where, "names_ar"),
            )
        )
    known = {state.id for state in states}
    for group in groups:
        for member in group.members:
            if member not in known:
                _fail(f"unknown state {member!r}", path, group.id, "members")
    return states, organizations, groups, cities


def _list(top: Mapping[str, Any], field: str, path: str) -> list[Any]:
    value = top.get(field, [])
    if not isinstance(value, list):
        _fail("must be a list", path, None, field)
    return value  # type: ignore[no-any-return]


def _where(raw: object) -> str:
    return str(raw.get("id")) if isinstance(raw, dict) else "?"


# --------------------------------------------------------------------------- the index

_NOUN_SUFFIXES: Final = ("ه", "ها", "هما", "هم", "هن")


def _definite(word: str) -> list[str]:
    """*word* (in natural spelling) folded: bare, with ال, and with لل (ل + ال).

    Only a word written with the article is definite already: ألماني folds to الماني, yet
    its definite form is الألماني.
    """
    form = fold(word)
    if word.startswith("ال"):
        return [form, "لل" + form[2:]]
    words = form.split()
    if len(words) > 1 and words[0] not in _COMPASS_NOUNS:
        # كوري جنوبي: two adjectives, each with the article (الكوري الجنوبي); not جنوب
        # أفريقي, a noun and its adjective (الجنوب أفريقي)
        every = " ".join("ال" + part for part in words)
        return [form, every, "لل" + every[2:]]
    return [form, "ال" + form, "لل" + form]


_COMPASS_NOUNS: Final = frozenset(fold(word) for word in ("جنوب", "شمال", "شرق", "غرب"))


_ROYAL_TITLES: Final = frozenset(
    title for titles in offices.ROYAL_ADDRESS.values() for title in titles
)


_LINEAGE: Final = frozenset(fold(word) for word in name_spellings.LINEAGE_WORDS)
_LINKS: Final = frozenset(fold(word) for word in name_spellings.ANCESTRY_WORDS)


def _patronymic(folded: str) -> str | None:
    """The given name and the father's with the article, for ``PATRONYMIC_FAMILIES``.

    سالم عبد الله الجابر الصباح -> سالم العبدالله; ``None`` for other names, and where the
    form would be the family's own name (محمد صباح السالم الصباح: not محمد الصباح).
    """
    words = folded.split()
    if words and words[0] in _HONORIFIC_FOLDED:
        words = words[1:]  # الشيخ سالم ...
    if len(words) < 3 or words[-1] not in _PATRONYMIC_FAMILIES:  # noqa: PLR2004
        return None
    father = words[1] + words[2] if words[1] in COMPOUND_HEADS else words[1]  # عبد الله
    if father.startswith("ال") or "ال" + father in _PATRONYMIC_FAMILIES:
        return None
    return f"{words[0]} ال{father}"


def _of_states(person: Person, states: frozenset[str]) -> bool:
    """Whether *person* held an office for one of *states*."""
    return any(office.state in states for office in person.offices)


def _family_bare(folded: str) -> str | None:
    """عبد الحميد الدبيبة -> عبد الحميد دبيبة: the family name written without its article.

    Only for a given name and a family name (not عبد الله الثاني, not الشيخ X), where a word
    of three letters or more is left.
    """
    words = folded.split()
    given = 2 if words and words[0] in COMPOUND_HEADS else 1  # عبد الحميد: one given name
    if len(words) != given + 1 or words[0] in _HONORIFIC_FOLDED:
        return None
    last = words[-1]
    if not last.startswith("ال") or len(last) < 5 or last in _NOT_FAMILY_NAMES:  # noqa: PLR2004
        return None
    return " ".join([*words[:-1], last[2:]])


def _family_elided(folded: str) -> str | None:
    """علي العريض -> علي لعريض: the family name's article written ل alone (the Maghreb's)."""
    bare = _family_bare(folded)
    if bare is None:
        return None
    given, family = bare.rsplit(" ", 1)
    return f"{given} ل{family}"


def _without_links(folded: str) -> str | None:
    """محمد بن عبدالرحمن آل ثاني -> محمد عبدالرحمن آل ثاني (``ANCESTRY_WORDS`` left out).

    The press of the Gulf writes the links or leaves them out; only for a name of three
    words or more without them, so that a given and a father's name alone are no name.
    """
    words = folded.split()
    kept = [word for word in words if word not in _LINKS]
    if len(kept) == len(words) or len(kept) < 3:  # noqa: PLR2004
        return None
    return " ".join(kept)


def _from_lineage(folded: str) -> str | None:
    """محمد ولد الشيخ الغزواني -> ولد الشيخ الغزواني (``LINEAGE_WORDS``); else ``None``.

    Only with a given name before the word and two words or more from it on.
    """
    words = folded.split()
    at = next((i for i, word in enumerate(words) if word in _LINEAGE), 0)
    return " ".join(words[at:]) if at and len(words) - at >= 2 else None  # noqa: PLR2004


def _given_name(names: Sequence[str]) -> str:
    """The given name of a person's first Arabic name (عبد الله and عبدالله kept whole)."""
    if not names:
        return ""
    words = names[0].split()
    if words and words[0] in _ROYAL_TITLES:  # الملك عبد الله الثاني
        words = words[1:]
    if len(words) >= 2 and words[0] == "عبد":  # noqa: PLR2004
        return " ".join(words[:2])
    return words[0] if words else ""


def _accusative(form: str) -> str:
    """أمريكي -> أمريكيا (وفدا أمريكيا): the masculine singular's indefinite accusative, else ""."""
    return form + "ا" if form.endswith("ي") and not form.startswith("ال") else ""


def _with_pronouns(form: str) -> list[str]:
    """نظير -> نظيره، نظيرها، نظيرهما، نظيرهم؛ نظيرة -> نظيرته..."""
    stem = form[:-1] + "ت" if form.endswith("ه") else form
    return [stem + suffix for suffix in _NOUN_SUFFIXES]


class Actors:
    """Persons, states, organizations and cities, compiled once for matching.

    Build one with :func:`load_actors`. It answers which person held an office
    on a day (:meth:`holder`), and finds every name, adjective, capital, title
    and anaphor in folded text with one pattern.

    >>> import datetime
    >>> actors = load_actors()
    >>> actors.holder("foreign-minister", "RUS", datetime.date(2021, 2, 5))
    'sergey-lavrov'
    >>> actors.organizations["nato"].name_en
    'NATO'

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        persons: Sequence[Person],
        states: Sequence[State],
        organizations: Sequence[Organization],
        groups: Sequence[StateGroup],
        cities: Sequence[City],
        *,
        source: str,
    ) -> None:
        """Index the records (read from *source*)."""
        self.source = source
        self.persons: Mapping[str, Person] = {person.id: person for person in persons}
        self.states: Mapping[str, State] = {state.id: state for state in states}
        self.organizations: Mapping[str, Organization] = {org.id: org for org in organizations}
        self.groups: Mapping[str, StateGroup] = {group.id: group for group in groups}
        self.cities: Mapping[str, City] = {city.id: city for city in cities}
        self._entries: dict[str, list[Entry]] = {}
        self._terms: dict[tuple[str, str], list[tuple[str, Office]]] = {}
        for person in self.persons.values():
            for office in person.offices:
                self._terms.setdefault((office.role, office.state), []).append((person.id, office))
        # offices on a day, asked again and again for the same few days: cached
        self._holders: dict[tuple[str, str, dt.date, str | None], tuple[str, ...]] = {}
        self._offices: dict[tuple[str, dt.date | None], Office | None] = {}
        self._build()
        self._kinds: dict[str, dict[str, Entry]] = {}
        for form, entries in self._entries.items():
            by_kind: dict[str, Entry] = {}
            for entry in entries:
                by_kind.setdefault(entry.kind, entry)
            self._kinds[form] = by_kind
        # the first words of every person's names (محمد، علي، تارو): never a family name alone
        self._given_words = frozenset(
            form.split()[0]
            for person in self.persons.values()
            for form in map(fold, person.names_ar)
            if form.strip()
        )
        words = trie_pattern(sorted(self._entries, key=len, reverse=True))
        # a whole token (or run of tokens), with و/ف and ب/ل/ك in front
        self.pattern: re.Pattern[str] = re.compile(
            rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<body>{words})(?!\w)"
        )
        # the tokens a match can start on: a clitic form of a form's first word
        firsts = {_FIRST_WORD.match(form) for form in self._entries}
        self.starting: frozenset[str] | None = (
            None  # a form that does not start with a word: scan the text instead
            if None in firsts
            else frozenset(
                conjunction + preposition + first.group()
                for first in firsts
                if first is not None
                for conjunction in ("", "و", "ف")
                for preposition in ("", "ب", "ل", "ك")
            )
        )

    def _add(self, forms: Iterable[str], entry: Entry) -> None:
        for form in forms:
            key = fold(form).strip()
            if not key:
                continue
            entries = self._entries.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)

    def _build(self) -> None:
        self._add_persons()
        for state in self.states.values():
            self._add(
                (form for name in state.names_ar for form in _names(name)), Entry("state", state.id)
            )
            self._add(
                (form for adjective in state.adjectives for form in _definite(adjective)),
                Entry("adjective", state.id),
            )
            self._add(_names_all(state.capitals), Entry("capital", state.id))  # للقاهرة too
            self._add(
                (form for name in state.institutions for form in _names(name)),
                Entry("institution", state.id),
            )
        for state in self.states.values():  # وفدا أمريكيا: the indefinite accusative
            self._add(
                (
                    form
                    for adjective in state.adjectives
                    for form in [_accusative(fold(adjective))]
                    if form and form not in self._entries
                ),
                Entry("adjective", state.id),
            )
        for org in self.organizations.values():
            self._add(
                (form for name in org.names_ar for form in _names(name)),
                Entry("organization", org.id),
            )
            self._add(
                (form for adjective in org.adjectives for form in _definite(adjective)),
                Entry("org-adjective", org.id),
            )
        for group in self.groups.values():
            self._add(
                (form for name in group.names_ar for form in _names(name)),
                Entry("group", group.id),
            )
        for city in self.cities.values():
            self._add(_names_all(city.names_ar), Entry("city", city.id, city.state))
        self._add_g_variants()  # after every name as written, so that none clashes
        self._add_state_g_variants()
        self._add_capital_descriptions()
        self._add_office_words()

    def _add_persons(self) -> None:
        """Every person's names, short names and the forms the press makes of them."""
        not_names = _not_names()
        for person in self.persons.values():
            self._add(person.names_ar, Entry("person", person.id))
            self._add(  # البشير، للبشير (ل + ال: أكد القذافي للبشير)
                _names_all(name for name in person.short_ar if fold(name) not in not_names),
                Entry("person", person.id),
            )
            # a word of the language: a person only right after a title (الرئيس عون)
            self._add(
                (name for name in person.short_ar if fold(name) in not_names),
                Entry("titled-person", person.id),
            )
        for person in self.persons.values():  # الملك سلمان، الشيخ مشعل: a monarch by given name
            given = _given_name(person.names_ar)
            self._add(
                (
                    f"{title} {form}"
                    for office in person.offices
                    for title in offices.ROYAL_ADDRESS.get(office.role, ())
                    for form in {given, given.replace("عبد ", "عبد")}
                    if given
                ),
                Entry("person", person.id),
            )
        # forms the press makes of a full name, one kind after the other, never clashing:
        # سالم العبدالله (the father's name with ال), محمد عبدالرحمن آل ثاني (the links of
        # ancestry left out), ولد الشيخ الغزواني (the name from its lineage word), عبد الحميد
        # دبيبة (the family name without its article), علي لعريض (its article ل alone)
        arabic = name_spellings.GHAYN_STATES  # (the ال of البانيزي is no article)
        elided = name_spellings.ARTICLE_ELIDED_STATES
        for derive in (_patronymic, _without_links, _from_lineage, _family_bare, _family_elided):
            for person in self.persons.values():
                self._add(
                    (
                        form
                        for name in person.names_ar
                        if (derive is not _family_bare or _of_states(person, arabic))
                        and (derive is not _family_elided or _of_states(person, elided))
                        and (form := derive(fold(name)))
                        and form not in self._entries
                    ),
                    Entry("person", person.id),
                )
        not_names = _not_names()
        for person in self.persons.values():  # spelling variants (استفان دي مستورا), never clashing
            self._add(
                (
                    variant
                    for name in person.names_ar
                    for variant in name_variants(fold(name))[1:]
                    if variant not in self._entries
                ),
                Entry("person", person.id),
            )
            self._add(  # a short name's hamza seat left out (الرئيس ميرضيايف)
                (
                    variant
                    for name in person.short_ar
                    if fold(name) not in not_names
                    for variant in seat_variants(fold(name))
                    if variant not in self._entries
                ),
                Entry("person", person.id),
            )
            self._add(  # بن علوي written ابن علوي, as formal Arabic spells a name's link
                (
                    variant
                    for name in person.short_ar
                    if (variant := _with_ibn(fold(name))) and variant not in self._entries
                ),
                Entry("person", person.id),
            )

    def _add_g_variants(self) -> None:
        """The ج forms of the names of foreign persons (جوتيريش), never clashing with an entry."""
        ghayn = name_spellings.GHAYN_STATES
        for person in self.persons.values():
            if _of_states(person, ghayn):
                continue
            names = (*person.names_ar, *person.short_ar)
            self._add(self._g_variants(fold(name) for name in names), Entry("person", person.id))

    def _add_state_g_variants(self) -> None:
        """The ج forms of foreign states' names, adjectives and capitals (أنجولا، الأنجولي)."""
        ghayn = name_spellings.GHAYN_STATES
        longer = name_spellings.MIN_G_ADJECTIVE_LENGTH
        for state in self.states.values():
            if state.id in ghayn:
                continue
            names = [form for name in state.names_ar for form in _names(name)]
            capitals = [fold(capital) for capital in state.capitals]
            # الغاني، الغينيون: their ج forms are words (الجاني، الجينيون), all of them
            clash = any(g_variant(fold(word)) in _NOT_G_VARIANTS for word in state.adjectives)
            adjectives = [
                form
                for adjective in ([] if clash else state.adjectives)
                for form in _definite(adjective)
                if len(form) >= longer
            ]
            self._add(self._g_variants(names), Entry("state", state.id))
            self._add(self._g_variants(capitals), Entry("capital", state.id))
            self._add(self._g_variants(adjectives), Entry("adjective", state.id))

    def _g_variants(self, forms: Iterable[str]) -> list[str]:
        """The ج forms of the folded *forms*, where they are new and no word.

        Never an entry already, nor one of ``NOT_G_VARIANTS``; one word needs
        ``MIN_G_VARIANT_LENGTH`` letters.
        """
        found = []
        for form in forms:
            variant = g_variant(form)
            if (
                variant
                and variant not in self._entries
                and variant not in _NOT_G_VARIANTS
                and (" " in variant or len(variant) >= name_spellings.MIN_G_VARIANT_LENGTH)
            ):
                found.append(variant)
        return found

    def _add_office_words(self) -> None:
        """Titles, counterparts, pairs and the words that stand for a state (data/offices.py)."""
        for title, role in offices.TITLES.items():
            self._add(_names(title), Entry("title", role))
        for title, (fixed_role, fixed_state) in offices.FIXED_TITLES.items():
            self._add(_names(title), Entry("fixed-title", fixed_role, fixed_state))
        for word in offices.COUNTERPART_WORDS:
            folded = fold(word)
            self._add(_with_pronouns(folded), Entry("counterpart", word))
        for word, group_role in offices.GROUP_WORDS.items():
            self._add(_names(word), Entry("pair", group_role or ""))
        for word in offices.INSTITUTION_WORDS:
            self._add(_names(word), Entry("generic", word))
            if " " not in word and not word.startswith("ال") and not word.endswith("ة"):
                self._add(_names(word + "ا"), Entry("generic", word))  # وفدا، مسؤولا
        for word in offices.OFFICIAL_WORDS:
            self._add(_names(word), Entry("generic", word, "official"))
        for word in offices.FORMER_WORDS:
            self._add([word], Entry("former", word))

    def _add_capital_descriptions(self) -> None:
        """«العاصمة المصرية»: the capital named by its state's adjective, as the capital itself.

        The feminine singular adjectives (ending in ية) after العاصمة, alone or followed
        by the capital's name; the city too when the state's first capital is a city of
        the table.
        """
        city_of = {fold(name): city for city in self.cities.values() for name in city.names_ar}
        for state in self.states.values():
            if not state.capitals:
                continue
            city = city_of.get(fold(state.capitals[0]))
            forms = [
                f"العاصمة {definite}"
                for adjective in state.adjectives
                if fold(adjective).endswith("يه")  # folded ة
                for definite in _definite(adjective)[1:2]  # ال + the adjective
            ]
            # with the capital's name after it (العاصمة الأردنية عمان: not Oman), one name
            forms += [f"{form} {fold(capital)}" for form in forms for capital in state.capitals]
            self._add(_names_all(forms), Entry("capital", state.id))
            if city is not None and city.state == state.id:
                self._add(_names_all(forms), Entry("city", city.id, city.state))

    def matches(
        self,
        text: str,
        span: tuple[int, int],
        words: Sequence[str],
        starts: Sequence[int],
        tokens: tuple[int, int],
    ) -> list[tuple[int, re.Match[str]]]:
        """The names in ``text[start:end]`` (*span*), with the number of their first token.

        The span's tokens are ``words[first:last]`` at ``starts[first:last]``
        (*tokens* is ``(first, last)``). The same matches as a scan of the span with
        :attr:`pattern`, trying only the tokens in :attr:`starting`.
        """
        starting = self.starting
        start, end = span
        first, last = tokens
        found: list[tuple[int, re.Match[str]]] = []
        if starting is None:
            at = first
            for scanned in self.pattern.finditer(text, start, end):
                at = bisect.bisect_left(starts, scanned.start(), at, last)
                found.append((at, scanned))
            return found
        match_at = self.pattern.match
        covered = 0  # the end of the last match: a word inside it starts nothing
        for index in itertools.compress(
            range(first, last), map(starting.__contains__, words[first:last])
        ):
            if starts[index] >= covered:
                match = match_at(text, starts[index], end)
                if match is not None:
                    covered = match.end()
                    found.append((index, match))
        return found

    def entries(self, folded: str) -> Sequence[Entry]:
        """What the folded form *folded* names (empty if nothing)."""
        return self._entries.get(folded, ())

    def may_stand_alone(self, word: str) -> bool:
        """Whether the folded last word *word* of a full name may stand for its person alone.

        تارو كونو ... وقال كونو: a word of :data:`FAMILY_NAME_MIN` letters or more that is no
        entry of its own, no one's given name and no word of :data:`~diplomatext.data.offices.
        NOT_NAMES` (the document then holds one person so named).
        """
        return (
            len(word) >= FAMILY_NAME_MIN
            and word not in self._kinds
            and word not in self._given_words
            and word not in _not_names()
        )

    @staticmethod
    def person_kinds(person_id: str) -> Mapping[str, Entry]:
        """The entries of a form that names the person *person_id* only."""
        return {"person": Entry("person", person_id)}

    def kinds(self, folded: str) -> Mapping[str, Entry]:
        """The first entry of each kind that the folded form *folded* has (empty if none)."""
        return self._kinds.get(folded, _NO_KINDS)

    def holders(
        self, role: str, state: str, day: dt.date | None, region: str | None = None
    ) -> list[str]:
        """The persons who held *role* for *state* on *day* (ids, in data order).

        With no day (no contact date and no reference date) nobody can be named:
        today's holder is not the holder of an undated contact.
        """
        if day is None:
            return []
        key = (role, state, day, region)
        cached = self._holders.get(key)
        if cached is None:
            found: list[str] = []
            for person_id, office in self._terms.get((role, state), ()):
                if person_id in found:
                    continue
                if region is not None and office.region not in {None, region}:
                    continue
                if office.covers(day):
                    found.append(person_id)
            if len(self._holders) >= _CACHE_SIZE:
                self._holders.clear()
            cached = self._holders[key] = tuple(found)
        return list(cached)

    def holder(
        self, role: str, state: str, day: dt.date | None, region: str | None = None
    ) -> str | None:
        """The one person who held *role* for *state* on *day*; ``None`` if none or several.

        >>> actors = load_actors()
        >>> actors.holder("nonexistent-role", "RUS", None) is None
        True
        """
        if day is None:
            return None
        found = self._holders.get((role, state, day, region))
        if found is None:
            found = tuple(self.holders(role, state, day, region))
        return found[0] if len(found) == 1 else None

    def _office_of(self, person_id: str, day: dt.date | None) -> Office | None:
        """The office of *person_id* on *day*, else their latest (cached by person and day)."""
        key = (person_id, day)
        if key in self._offices:
            return self._offices[key]
        person = self.persons.get(person_id)
        office = None if person is None else person.office_on(day) or person.office_on(None)
        if len(self._offices) >= _CACHE_SIZE:
            self._offices.clear()
        self._offices[key] = office
        return office

    def country_of(self, actor_id: str, day: dt.date | None) -> str | None:
        """The state (or organization) *actor_id* stands for on *day*."""
        if actor_id in self.states or actor_id in self.organizations:
            return actor_id
        office = self._office_of(actor_id, day)
        return office.state if office else None

    def in_office(self, person_id: str, day: dt.date | None) -> bool:
        """Whether *person_id* holds an office on *day* (not only held one before)."""
        person = self.persons.get(person_id)
        return person is not None and day is not None and person.office_on(day) is not None

    def role_of(self, actor_id: str, day: dt.date | None) -> str | None:
        """The role of person *actor_id* on *day* (``None`` for a state or when unknown)."""
        office = self._office_of(actor_id, day)
        return office.role if office else None

    def __repr__(self) -> str:
        """Say how big it is."""
        return (
            f"<Actors {len(self.persons)} persons, {len(self.states)} states, "
            f"{len(self.organizations)} organizations from {self.source}>"
        )


FAMILY_NAME_MIN: Final = 4
"""Fewest letters of a family name read alone for a person named in full in the same text
(shorter ones are too often words: سال، بري)."""
_NOT_G_VARIANTS: Final = frozenset(fold(word) for word in name_spellings.NOT_G_VARIANTS)
_PATRONYMIC_FAMILIES: Final = frozenset(fold(word) for word in name_spellings.PATRONYMIC_FAMILIES)
_HONORIFIC_FOLDED: Final = frozenset(fold(word) for word in offices.HONORIFICS)
_NOT_FAMILY_NAMES: Final = frozenset(fold(word) for word in name_spellings.NOT_FAMILY_NAMES)


@functools.cache
def _not_names() -> frozenset[str]:
    """Folded words that are never a person alone: the data's list and every month name."""
    found = {fold(word) for word in offices.NOT_NAMES}
    for table in (
        months.PAN_ARAB,
        months.LEVANTINE,
        months.MAGHREBI,
        months.MOROCCAN,
        months.HIJRI,
    ):
        found.update(fold(name) for name in table)
    return frozenset(found)


def _with_ibn(name: str) -> str:
    """A short name starting with بن, with ابن instead ("" for any other, or for «the son of»)."""
    if not name.startswith("بن ") or name[3:] in _IBN_NOT_NAMES:
        return ""
    return "اب" + name[1:]


def _names_all(names: Iterable[str]) -> list[str]:
    """:func:`_names` of each of *names*."""
    return [form for name in names for form in _names(name)]


def _names(name: str) -> list[str]:
    """A name as written, and with لل for ل + ال when it starts with ال (للأمم المتحدة)."""
    folded = fold(name)
    if folded.startswith("ال"):
        return [folded, "لل" + folded[2:]]
    return [folded]


# --------------------------------------------------------------------------- loading

_PERSONS: Final = "persons.json"
_STATES: Final = "states.json"


def _read_json(text: str, path: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"not valid JSON: {exc}", path=path) from None


def _shipped_text(name: str) -> str | None:
    resource = resources.files("diplomatext.data").joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8")


@functools.cache
def _shipped_states() -> tuple[list[State], list[Organization], list[StateGroup], list[City]]:
    text = _shipped_text(_STATES)
    if text is None:  # pragma: no cover - shipped with the package
        return [], [], [], []
    where = f"diplomatext/data/{_STATES}"
    return read_states(_read_json(text, where), where)


@functools.cache
def _shipped_persons() -> list[Person]:
    text = _shipped_text(_PERSONS)
    if text is None:
        return []
    where = f"diplomatext/data/{_PERSONS}"
    return read_persons(_read_json(text, where), where)


@functools.cache
def _shipped() -> Actors:
    states, organizations, groups, cities = _shipped_states()
    return Actors(
        _shipped_persons(), states, organizations, groups, cities, source="diplomatext/data"
    )


def load_actors(
    persons: str | os.PathLike[str] | None = None,
    *,
    states: str | os.PathLike[str] | None = None,
    merge: bool = True,
) -> Actors:
    """The shipped persons, states and organizations, or yours (merged over them by default).

    Args:
        persons: a ``persons.json`` of your own (same schema as the shipped one).
        states: a ``states.json`` of your own.
        merge: add your records to the shipped ones (same id: yours wins), or use
            only yours in place of the shipped file of the same kind (your persons
            with the shipped states, say).

    Raises:
        GazetteerError: a file cannot be read or is malformed; the error names the
            file, the entry and the field.

    >>> actors = load_actors()
    >>> actors.states["RUS"].names_ar[0]
    'روسيا'

    .. versionadded:: 0.1.0
    """
    if persons is None and states is None:
        return _shipped()
    person_list: list[Person] = list(_shipped_persons())
    shipped = _shipped_states()
    state_list: list[State] = list(shipped[0])
    org_list: list[Organization] = list(shipped[1])
    group_list: list[StateGroup] = list(shipped[2])
    city_list: list[City] = list(shipped[3])
    sources = []
    if persons is not None:
        where = str(persons)
        mine = read_persons(_read_json(_read_file(persons), where), where)
        person_list = _merge(person_list, mine) if merge else mine
        sources.append(where)
    if states is not None:
        where = str(states)
        more = read_states(_read_json(_read_file(states), where), where)
        if merge:
            state_list = _merge(state_list, more[0])
            org_list = _merge(org_list, more[1])
            group_list = _merge(group_list, more[2])
            city_list = _merge(city_list, more[3])
        else:
            state_list, org_list, group_list, city_list = more
        sources.append(where)
    if merge:
        sources.insert(0, "diplomatext/data")
    return Actors(
        person_list, state_list, org_list, group_list, city_list, source=" + ".join(sources)
    )


def _read_file(path: str | os.PathLike[str]) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"cannot read the file: {exc}", path=str(path)) from None


def _merge(base: list[Any], mine: list[Any]) -> list[Any]:
    replaced = {record.id for record in mine}
    return [record for record in base if record.id not in replaced] + mine
