"""Records of the treaty finder: what a gazetteer entry is and what a mention says.

Public through :mod:`diplomatext.treaties`; kept apart so that the index and the
matcher can build them without importing the public module.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

from diplomatext._serialize import from_plain, to_plain

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

__all__ = ["Confidence", "MatchKind", "Treaty", "TreatyKind", "TreatyMention"]

_TREATY_KEYS = ("id", "name_en", "name_ar", "kind", "wikidata", "signed", "in_force", "ended")
"""The fields of a treaty a serialized mention keeps (its id finds the rest again)."""


class TreatyKind(str, enum.Enum):
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


class MatchKind(str, enum.Enum):
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

    >>> MatchKind.CONTEXT.value
    'context'

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

    >>> Confidence.HIGH > Confidence.LOW
    True

    .. versionadded:: 0.1.0
    """

    LOW = 1
    MEDIUM = 2
    HIGH = 3


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
        """This mention as plain, JSON-ready data (:func:`diplomatext.mention_to_dict`).

        >>> from diplomatext import TreatyMention, find_treaties
        >>> mention = find_treaties("مددت موسكو وواشنطن معاهدة New START")[0]
        >>> data = mention.to_dict()
        >>> data["text"], data["treaty"]["id"], data["match"]
        ('معاهدة New START', 'new-start', 'exact')
        >>> TreatyMention.from_dict(data) == mention
        True

        .. versionadded:: 0.1.0
        """
        plain: dict[str, Any] = to_plain(self)
        # the gazetteer entry without its alias lists: its id finds it again
        plain["treaty"] = {key: plain["treaty"][key] for key in _TREATY_KEYS}
        return plain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TreatyMention:
        """Rebuild a mention from :meth:`to_dict` data (:func:`diplomatext.mention_from_dict`).

        The treaty is the shipped entry when the id and English name match one,
        else it is rebuilt from the data.

        >>> from diplomatext import TreatyMention, find_treaties
        >>> data = find_treaties("وقعت على معاهدة عدم الانتشار (NPT)")[1].to_dict()
        >>> mention = TreatyMention.from_dict(data)
        >>> mention.text, mention.treaty.id, mention.match.value
        ('NPT', 'npt', 'acronym')

        .. versionadded:: 0.1.0
        """
        from diplomatext.treaties import load_gazetteer  # noqa: PLC0415 (it imports this module)

        entry = data["treaty"]
        treaty = from_plain(Treaty, entry)
        known = load_gazetteer().get(str(entry["id"]))
        if known is not None and known.name_en == treaty.name_en:
            treaty = known  # the shipped entry, aliases and all
        fields = {key: value for key, value in data.items() if key != "treaty"}
        return attrs.evolve(from_plain(cls, {**fields, "treaty": None}), treaty=treaty)
