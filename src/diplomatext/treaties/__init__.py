"""Treaty, agreement and UN-resolution names in Arabic text, linked to a gazetteer.

Arabic news names one treaty in many ways: معاهدة نيوستارت، معاهدة نيو ستارت،
«ستارت 3»، معاهدة الحد من الأسلحة الهجومية الإستراتيجية are all New START.
:func:`find_treaties` finds such mentions and links each to one :class:`Treaty`
of a gazetteer that ships as data (``diplomatext/data/treaties.json``);
:func:`canonicalize_treaty` does it for one name. UN Security Council and General
Assembly resolutions are read by rule for any number.

Matching runs on :func:`~diplomatext.normalize.normalize_with_map` with the
``MATCHING`` profile, so spelling variants (الإستراتيجية / الاستراتيجية, ة / ه,
Arabic-Indic digits, tatweel, diacritics) meet, and spans point into the original
text. How names are matched and how ambiguous ones are resolved:
``docs/explanation/treaty-matching.md``.

>>> import datetime
>>> text = "رحب الطرفان بتمديد معاهدة الحد من الأسلحة الاستراتيجية حتى العام 2026"
>>> [(m.text, m.treaty.id) for m in find_treaties(text, reference=datetime.date(2021, 2, 5))]
[('معاهدة الحد من الأسلحة الاستراتيجية', 'new-start')]
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

from diplomatext import _spans
from diplomatext._lexical import unwrapped
from diplomatext._spans import checked_date, checked_text
from diplomatext.errors import GazetteerError, InputError, PatternTimeoutError
from diplomatext.normalize import Normalized, prepare
from diplomatext.treaties._index import Index, build_index
from diplomatext.treaties._match import Matcher
from diplomatext.treaties._model import Confidence, MatchKind, Treaty, TreatyKind, TreatyMention
from diplomatext.treaties._schema import (
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    EntrySpec,
    GroupSpec,
    read_specs,
    too_large,
)
from diplomatext.treaties._tokens import WORD

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

__all__ = [
    "GAZETTEER_SCHEMA_VERSION",
    "MAX_CHARS",
    "MAX_GAZETTEER_BYTES",
    "Confidence",
    "Gazetteer",
    "MatchKind",
    "Treaty",
    "TreatyKind",
    "TreatyMention",
    "canonicalize_treaty",
    "find_treaties",
    "load_gazetteer",
]

GAZETTEER_SCHEMA_VERSION: Final = SCHEMA_VERSION
"""Version of the gazetteer file format (the ``schema_version`` a file must declare)."""

MAX_CHARS: Final = _spans.MAX_CHARS
"""Default *max_chars* of :func:`find_treaties`: ten million characters (about 20 MB of Arabic).

One policy for every finder (``diplomatext._spans``); pass ``max_chars=None`` for no limit.
"""

MAX_GAZETTEER_BYTES: Final = MAX_FILE_BYTES
"""The largest gazetteer :func:`load_gazetteer` and :meth:`Gazetteer.from_json` read: 20 MB.

About 125 times the shipped data; a larger file is refused with a
:class:`~diplomatext.errors.GazetteerError` before it is read. Split a bigger
gazetteer into several files and merge them (:meth:`Gazetteer.merged`).
"""

_SHIPPED: Final = "treaties.json"


class Gazetteer:
    """The treaties a finder links to: validated entries, compiled once for matching.

    Build one with :func:`load_gazetteer` (the shipped data, optionally merged
    with your own file). It is a read-only mapping from id to :class:`Treaty`.

    >>> gazetteer = load_gazetteer()
    >>> "open-skies" in gazetteer, gazetteer["open-skies"].name_ar
    (True, 'معاهدة الأجواء المفتوحة')
    >>> len(gazetteer) >= 60
    True

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        entries: list[EntrySpec],
        groups: list[GroupSpec],
        *,
        source: str,
        description: str = "",
    ) -> None:
        """Compile *entries* and *groups* (read from *source*); raises GazetteerError on clashes."""
        self._index: Index = build_index(entries, groups, source)
        self._entries = entries
        self._groups = groups
        self._matcher = Matcher(self._index)
        self._english: dict[str, str] = {}
        for entry in entries:
            treaty = entry.treaty
            for english in (treaty.id, treaty.name_en, *treaty.names_en):
                self._english.setdefault(english.casefold(), treaty.id)
        self.source = source
        self.description = description

    def __getitem__(self, treaty_id: str) -> Treaty:
        """The entry with id *treaty_id* (KeyError if absent)."""
        return self._index.entries[treaty_id].treaty

    def __contains__(self, treaty_id: object) -> bool:
        """Whether an entry has id *treaty_id*."""
        return treaty_id in self._index.entries

    def __iter__(self) -> Iterator[str]:
        """The ids, sorted."""
        return iter(sorted(self._index.entries))

    def __len__(self) -> int:
        """How many entries."""
        return len(self._index.entries)

    def __repr__(self) -> str:
        """Say where it came from and how big it is."""
        return f"<Gazetteer {len(self)} entries from {self.source}>"

    def get(self, treaty_id: str) -> Treaty | None:
        """The entry with id *treaty_id*, or ``None``."""
        entry = self._index.entries.get(treaty_id)
        return entry.treaty if entry else None

    def treaties(self) -> tuple[Treaty, ...]:
        """Every entry, sorted by id."""
        return tuple(self[treaty_id] for treaty_id in self)

    def merged(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer: these entries, with *other*'s added (same id: *other* wins).

        >>> base = load_gazetteer()
        >>> base.merged(base) is not base, len(base.merged(base)) == len(base)
        (True, True)
        """
        return self._merged_with(
            other._entries, other._groups, source=f"{self.source} + {other.source}"
        )

    def _merged_with(
        self, entries: list[EntrySpec], groups: list[GroupSpec], *, source: str
    ) -> Gazetteer:
        """A new gazetteer of these specs with *entries* and *groups* over them, compiled once."""
        replaced = {entry.treaty.id for entry in entries}
        kept = [entry for entry in self._entries if entry.treaty.id not in replaced]
        by_id = {group.id: group for group in self._groups}
        by_id.update({group.id: group for group in groups})
        return Gazetteer([*kept, *entries], list(by_id.values()), source=source)

    def find(
        self,
        text: str | Normalized,
        *,
        reference: dt.date | None = None,
        back_references: bool = False,
    ) -> list[TreatyMention]:
        """The mentions of these entries in *text*: :func:`find_treaties` without its checks.

        :meta private:

        Raises:
            PatternTimeoutError: a pattern ran past its time limit on this text.
        """
        normalized = unwrapped(prepare(text))
        try:
            return self._matcher.find(
                normalized, reference=reference, back_references=back_references
            )
        except PatternTimeoutError:
            raise
        except TimeoutError as exc:
            raise PatternTimeoutError(
                f"find_treaties: matching a text of {len(normalized.original):,} characters "
                "ran past the time limit of its patterns; split the text or retry on a less "
                "loaded machine"
            ) from exc

    def by_english_name(self, name: str) -> Treaty | None:
        """The entry with this id, English name or acronym (any case, spaces around ignored).

        :meta private:
        """
        treaty_id = self._english.get(name.strip().casefold())
        return None if treaty_id is None else self[treaty_id]

    @classmethod
    def from_json(
        cls, text: str, *, source: str = "<string>", over: Gazetteer | None = None
    ) -> Gazetteer:
        """Read a gazetteer from JSON *text* (schema in ``docs/reference/treaties.md``).

        With *over*, the entries of *text* are added to those of *over* (same id:
        the entry of *text* wins) before anything is compiled, so the groups of
        *text* may name entries of *over*; errors still name *source*.

        >>> doc = '{"schema_version": 1, "entries": [{"id": "x-accord", "kind": "agreement", '
        >>> doc += '"name_en": "X Accord", "name_ar": "اتفاق إكس", "aliases": ["اتفاق إكس"]}]}'
        >>> Gazetteer.from_json(doc)["x-accord"].name_en
        'X Accord'
        >>> merged = Gazetteer.from_json(doc, over=load_gazetteer())
        >>> "x-accord" in merged, "new-start" in merged
        (True, True)

        .. versionadded:: 0.1.0
        """
        text = checked_text(text, name="text")
        _check_over(over)
        entries, groups, description = read_specs(text, str(source))
        if over is None:
            return cls(entries, groups, source=source, description=description)
        base: Gazetteer = over
        try:
            return base._merged_with(entries, groups, source=f"{base.source} + {source}")
        except GazetteerError as exc:
            raise GazetteerError(
                exc.message, path=source, entry_id=exc.entry_id, field=exc.field
            ) from None

    @property
    def index(self) -> Index:
        """The compiled index (for the matcher and the data self-tests)."""
        return self._index

    @property
    def groups(self) -> tuple[GroupSpec, ...]:
        """The ambiguous names and how each is resolved."""
        return tuple(self._groups)


@functools.cache
def _shipped() -> Gazetteer:
    text = resources.files("diplomatext.data").joinpath(_SHIPPED).read_text(encoding="utf-8")
    return Gazetteer.from_json(text, source=f"diplomatext/data/{_SHIPPED}")


def load_gazetteer(path: str | os.PathLike[str] | None = None, *, merge: bool = True) -> Gazetteer:
    """The shipped gazetteer, or one read from *path* (merged over the shipped one by default).

    The shipped data is read once and cached. A user file has the same schema as
    the shipped one; with *merge* its entries are added to the shipped ones (an
    entry with the same id replaces the shipped entry). An alias that would name
    two entries without an ``ambiguous`` group is refused.

    Args:
        path: a JSON file of your own entries, or ``None`` for the shipped data.
        merge: add the file's entries to the shipped ones (``True``) or use only
            the file (``False``).

    Returns:
        The gazetteer.

    Raises:
        GazetteerError: the file cannot be read or is malformed; the error names
            the file, the entry and the field.

    >>> load_gazetteer()["jcpoa"].wikidata
    'Q17001802'

    .. versionadded:: 0.1.0
    """
    _check_bool(merge, "merge")
    if path is None:
        return _shipped()
    _check_path(path)
    where = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise too_large(size, where)
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, GazetteerError):
            raise
        raise GazetteerError(f"cannot read the file: {exc}", path=where) from None
    # merged before compiling: the file's groups may name shipped entries
    return Gazetteer.from_json(text, source=where, over=_shipped() if merge else None)


def find_treaties(
    text: str | Normalized,
    *,
    reference: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    back_references: bool = False,
    max_chars: int | None = MAX_CHARS,
) -> list[TreatyMention]:
    """Every treaty, agreement and UN-resolution mention in *text*, in text order.

    Names are matched with their clitics (بمعاهدة، والاتفاقية، للمعاهدة), any head
    noun (معاهدة / اتفاقية / اتفاق ...), spelling variants, quotes inside names,
    hyphens and spaces in acronyms, and descriptive long names in any word order;
    English names and Latin acronyms too (معاهدة New START، (JCPOA)، NPT).
    A name shared by several entries (معاهدة الحد من الأسلحة الاستراتيجية: SALT,
    START or New START) is resolved from keywords in the same or previous
    sentence, years in the sentence, a name in brackets right after it, then the
    *reference* date; the reason is on the mention, and with no evidence there is
    no mention.

    Args:
        text: the text, as read (spans point into it); or the result of
            :func:`~diplomatext.normalize.prepare` on it, so that an article pass
            normalizes it once for every finder (spans still point into the
            original).
        reference: the date the text speaks from (the article's publication date).
        gazetteer: the entries to link to; the shipped gazetteer by default.
        back_references: also link definite head nouns (المعاهدة، الاتفاقية،
            القرار) to the nearest preceding mention of a compatible kind. Off by
            default: such links are guesses (``Confidence.LOW``).
        max_chars: refuse longer texts (default :data:`MAX_CHARS`; ``None``: no
            limit).

    Returns:
        Non-overlapping mentions sorted by ``start``; ``[]`` when there are none.

    Raises:
        InputError: *text* is neither a ``str`` nor a prepared text, or an option
            has the wrong type (*gazetteer* not a :class:`Gazetteer`,
            *back_references* not a ``bool``, *max_chars* not an ``int`` or ``None``).
        InputTooLargeError: *text* (the original, if prepared) is longer than *max_chars*.
        OptionError: *text* was normalized with other options than ``MATCHING``, or
            *max_chars* is 0 or negative.
        PatternTimeoutError: a pattern ran past its time limit (seconds, for what
            takes milliseconds): a pathological text or an overloaded machine.
            It is a :class:`TimeoutError` too.

    >>> [
    ...     (m.text, m.treaty.id)
    ...     for m in find_treaties("انسحبت موسكو من اتفاقية «السماوات المفتوحة»")
    ... ]
    [('اتفاقية «السماوات المفتوحة»', 'open-skies')]
    >>> [(m.text, m.treaty.id) for m in find_treaties("قراري مجلس الأمن ٢٤٢ و٣٣٨")]
    [('قراري مجلس الأمن ٢٤٢', 'unsc-resolution-242'), ('٣٣٨', 'unsc-resolution-338')]

    .. versionadded:: 0.1.0
    """
    chosen = _checked_gazetteer(gazetteer)
    _check_bool(back_references, "back_references")
    prepared: Normalized | None = None
    if isinstance(text, Normalized):
        checked_text(text.original, max_chars=max_chars)
        prepared = prepare(text)
    else:
        text = checked_text(text, max_chars=max_chars)
    reference = checked_date(reference, name="reference")
    if not (prepared.original if prepared is not None else text):
        return []
    return chosen.find(
        prepared if prepared is not None else text,
        reference=reference,
        back_references=back_references,
    )


def canonicalize_treaty(
    name: str, *, reference: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> Treaty | None:
    """The treaty that *name* names, or ``None`` if it names none (or is ambiguous).

    *name* is matched as a whole name: all of its words must belong to one
    mention. Ids (``new-start``), English names and acronyms (``New START``,
    ``NPT``) are accepted too.

    >>> canonicalize_treaty("إتفاقية السموات المفتوحة").id
    'open-skies'
    >>> canonicalize_treaty("New START").id
    'new-start'
    >>> canonicalize_treaty("اتفاقية تعاون") is None
    True

    .. versionadded:: 0.1.0
    """
    name = checked_text(name, name="name")
    reference = checked_date(reference, name="reference")
    chosen = _checked_gazetteer(gazetteer)
    stripped = name.strip()
    if not stripped:
        return None
    english = chosen.by_english_name(stripped)
    if english is not None:
        return english
    quoted = f'"{stripped}"'
    mentions = find_treaties(quoted, reference=reference, gazetteer=chosen)
    words = [m.span() for m in WORD.finditer(quoted)]
    if len(mentions) != 1 or not words:
        return None
    mention = mentions[0]
    first, last = words[0][0], words[-1][1]
    # the mention must run from the first word (clitics aside) to the last one
    if mention.start > first + 3 or mention.end < min(last, len(quoted) - 1):
        return None
    return mention.treaty


def _checked_gazetteer(gazetteer: object) -> Gazetteer:
    """*gazetteer*, or the shipped one for ``None``; an InputError that says what to pass."""
    if gazetteer is None:
        return _shipped()
    if not isinstance(gazetteer, Gazetteer):
        msg = (
            f"gazetteer must be a Gazetteer or None, got {type(gazetteer).__name__}; "
            "build one with diplomatext.load_gazetteer(path)"
        )
        raise InputError(msg)
    return gazetteer


def _check_over(over: object) -> None:
    """Refuse an *over* of :meth:`Gazetteer.from_json` that is not a gazetteer."""
    if over is not None and not isinstance(over, Gazetteer):
        msg = f"over must be a Gazetteer or None, got {type(over).__name__}"
        raise InputError(msg)


def _check_bool(value: object, name: str) -> None:
    """Refuse a flag that is not a ``bool`` (a string such as ``"no"`` would read as true)."""
    if not isinstance(value, bool):
        msg = f"{name} must be True or False, got {type(value).__name__}"
        raise InputError(msg)


def _check_path(path: object) -> None:
    """Refuse a gazetteer path that is neither a string nor a path."""
    if not isinstance(path, (str, os.PathLike)):
        msg = (
            "path must be a str, a pathlib.Path or None (the shipped data), "
            f"got {type(path).__name__}"
        )
        raise InputError(msg)
