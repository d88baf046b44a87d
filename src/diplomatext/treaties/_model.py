"""Records of the treaty finder: what a gazetteer entry is and what a mention says.

Public through :mod:`diplomatext.treaties`; kept apart so that the index and the
matcher can build them without importing the public module.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Final, Protocol

import attrs

from diplomatext._records import TextEnum, from_plain, to_plain

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

__all__ = ["Confidence", "MatchKind", "Treaty", "TreatyKind", "TreatyMention"]

_ALIAS_LISTS: Final = ("aliases", "names_en")
"""The fields of a treaty a serialized mention leaves out: the long lists of names.

Every other field is kept, so that an entry the shipped gazetteer lacks (a UN
resolution read by rule) comes back exactly; a shipped entry is found again by
its id and fields, alias lists and all.
"""


class TreatyKind(TextEnum):
    """What sort of instrument a gazetteer entry is.

    >>> TreatyKind("memorandum") is TreatyKind.MEMORANDUM
    True

    .. versionadded:: 0.1.0
    """

    TREATY = "treaty"
    CONVENTION = "convention"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    MEMORANDUM = "memorandum"
    CHARTER = "charter"
    COVENANT = "covenant"
    DECLARATION = "declaration"
    INITIATIVE = "initiative"
    PROCESS = "process"
    RESOLUTION = "resolution"


class MatchKind(TextEnum):
    """How a mention was matched to its treaty.

    - ``EXACT``: an alias of the entry, as written (clitics and spelling folded),
      or one of its English names in Latin script, in any case (New START).
    - ``VARIANT``: an alias with another head noun (اتفاق for معاهدة), glued words
      split, or an alias still marked *guessed* in the data.
    - ``PATTERN``: a descriptive name compiled from an entry's token pattern
      (optional words, free word order).
    - ``ACRONYM``: a Latin acronym: alone when written in capitals (NPT, INF),
      or in brackets or quotes in any case ((JCPOA), "npt").
    - ``NUMBERED``: a UN resolution read by rule from its number.
    - ``CONTEXT``: a name shared by several entries (or needing context), resolved
      by keywords, years in the sentence, the reference date, or a name in
      brackets right after it; see the reason.
    - ``BACK_REFERENCE``: a definite head noun (المعاهدة) linked to the nearest
      preceding mention; only when asked for.

    >>> MatchKind.CONTEXT.value, str(MatchKind.CONTEXT), f"{MatchKind.EXACT}"
    ('context', 'context', 'exact')

    .. versionadded:: 0.1.0
    """

    EXACT = "exact"
    VARIANT = "variant"
    PATTERN = "pattern"
    ACRONYM = "acronym"
    NUMBERED = "numbered"
    CONTEXT = "context"
    BACK_REFERENCE = "back_reference"


class Confidence(enum.IntEnum):
    """How sure the link from a mention to its treaty is (higher is surer).

    ``HIGH``: a seen alias or a rule with explicit evidence in the text.
    ``MEDIUM``: a variant, a guessed alias, or a choice made from the years or
    the reference date. ``LOW``: a default, the latest candidate, or a
    back-reference. Ambiguous names with no evidence at all give no mention.

    It prints as its number (``str(Confidence.HIGH) == "3"``) on every Python
    version, as an ``IntEnum`` does from 3.11 on.

    >>> Confidence.HIGH > Confidence.LOW, str(Confidence.HIGH)
    (True, '3')

    .. versionadded:: 0.1.0
    """

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def __str__(self) -> str:
        """The number, as Python 3.11 prints an ``IntEnum``."""
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        """Format the number."""
        return format(self.value, format_spec)


def _tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class Treaty:
    """One instrument of the gazetteer: a treaty, agreement, memorandum, resolution...

    Attributes:
        id: stable lowercase slug of the English short name (``new-start``,
            ``unsc-resolution-2254``).
        name_en: English canonical name.
        name_ar: Arabic canonical name (the most frequent form in the press).
        kind: what sort of instrument it is.
        wikidata: Wikidata QID where a source states it, else ``None``.
        signed: date of signature (or adoption), if known.
        in_force: date of entry into force, if any.
        ended: date it ended (expiry, withdrawal that ended it), if any.
        parties: the parties, as short English names.
        aliases: the Arabic aliases of the data, in natural spelling.
        names_en: other English names and acronyms.

    >>> from diplomatext import load_gazetteer
    >>> treaty = load_gazetteer()["new-start"]
    >>> treaty.name_en, treaty.kind.value, treaty.year
    ('New START', 'treaty', 2010)

    .. versionadded:: 0.1.0
    """

    id: str
    name_en: str
    name_ar: str
    kind: TreatyKind
    wikidata: str | None = None
    signed: dt.date | None = None
    in_force: dt.date | None = None
    ended: dt.date | None = None
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    names_en: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def year(self) -> int | None:
        """The year it was signed (or adopted), if known."""
        return self.signed.year if self.signed else None


class TreatyLookup(Protocol):
    """What :meth:`TreatyMention.from_dict` needs of a gazetteer: entries by id."""

    def get(self, treaty_id: str, /) -> Treaty | None:
        """The entry of *treaty_id*, or ``None``."""


@attrs.frozen(kw_only=True)
class TreatyMention:
    """A treaty, agreement or UN resolution named in a text.

    ``text == original[start:end]``. The span starts after a proclitic
    (بمعاهدة -> معاهدة; for لل, after both lams), includes the head noun and
    quotes opened inside the name (اتفاقية "السماوات المفتوحة"), and excludes
    quotes around the whole name («ستارت 3» -> ستارت 3).

    Attributes:
        start: offset of the first character in the original text.
        end: offset after the last character.
        text: the original text of the mention.
        treaty: the gazetteer entry it names.
        match: how it was matched.
        confidence: how sure the link is.
        reason: a short explanation (the alias or rule, and for ambiguous names
            the evidence that decided: ``"context: 'إدلب'"``, ``"year 2026 in
            sentence"``, ``"reference date 2021-02-05"``).
        candidates: the ids that were considered (more than one when the name is
            shared by several entries).

    >>> from diplomatext import find_treaties
    >>> mention = find_treaties("رحب الطرفان بتمديد معاهدة نيو ستارت")[0]
    >>> mention.text, mention.treaty.id, mention.match.value
    ('معاهدة نيو ستارت', 'new-start', 'exact')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    treaty: Treaty
    match: MatchKind
    confidence: Confidence
    reason: str
    candidates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """This mention as plain, JSON-ready data.

        The treaty is written with every field but its alias lists (``aliases``
        and ``names_en``): a shipped entry is found again from the rest, and a UN
        resolution read by rule needs none.

        >>> from diplomatext import TreatyMention, find_treaties, load_gazetteer
        >>> mention = find_treaties("مددت موسكو وواشنطن معاهدة New START")[0]
        >>> data = mention.to_dict()
        >>> data["text"], data["treaty"]["id"], data["match"], "aliases" in data["treaty"]
        ('معاهدة New START', 'new-start', 'exact', False)
        >>> TreatyMention.from_dict(data, gazetteer=load_gazetteer()) == mention
        True

        .. versionadded:: 0.1.0
        """
        plain: dict[str, Any] = to_plain(self)
        plain["treaty"] = {
            key: value for key, value in plain["treaty"].items() if key not in _ALIAS_LISTS
        }
        return plain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, gazetteer: TreatyLookup | None) -> TreatyMention:
        """Rebuild a mention from :meth:`to_dict` data, against the gazetteer it was found with.

        The treaty is *gazetteer*'s entry when it has the same id and the same
        value in every field the data holds (aliases and all). Otherwise (or with
        ``gazetteer=None``) it is rebuilt from the data: exactly, for a UN
        resolution read by rule; for a gazetteer entry, with empty ``aliases`` and
        ``names_en`` (the fields :meth:`to_dict` leaves out). The gazetteer is an
        argument so that a mention found with your own gazetteer is rebuilt
        against it, never silently against the shipped one.

        >>> from diplomatext import TreatyMention, find_treaties, load_gazetteer
        >>> data = find_treaties("وقعت على معاهدة عدم الانتشار (NPT)")[1].to_dict()
        >>> mention = TreatyMention.from_dict(data, gazetteer=load_gazetteer())
        >>> mention.text, mention.treaty.id, mention.match.value
        ('NPT', 'npt', 'acronym')
        >>> data = find_treaties("دعا القرار 9999 الصادر عن مجلس الأمن")[0].to_dict()
        >>> TreatyMention.from_dict(data, gazetteer=None).treaty.parties
        ('UN Security Council',)

        .. versionadded:: 0.1.0
        """
        entry = data["treaty"]
        treaty = from_plain(Treaty, entry)
        known = None if gazetteer is None else gazetteer.get(str(entry["id"]))
        if known is not None:
            shipped = to_plain(known)
            if all(shipped.get(key) == value for key, value in entry.items()):
                treaty = known  # the shipped entry, aliases and all
        fields = {key: value for key, value in data.items() if key != "treaty"}
        return attrs.evolve(from_plain(cls, {**fields, "treaty": None}), treaty=treaty)
