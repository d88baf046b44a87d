"""Titles that name the parties: المعاهدة الموقعة بين موسكو وواشنطن حول الصواريخ ...

A head noun, a few descriptive words (السلام، الموقعة ...), بين and two parties or
more, then perhaps a signing year and a subject (حول / بشأن + words). The entry is
the one whose ``parties`` hold every party named, signed in the year if one is
written, a peace treaty if the title says السلام, and, among several, the one whose
names share the most words with the subject. Anything less than one entry gives
nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.treaties._disambiguate import sentences
from diplomatext.treaties._model import TreatyKind
from diplomatext.treaties._tokens import NEXT, WORD, strip_article

if TYPE_CHECKING:
    from collections.abc import Sequence

    from diplomatext.treaties._index import Index
    from diplomatext.treaties._model import Treaty
    from diplomatext.treaties._schema import EntrySpec

__all__ = ["Title", "other_parties_after", "title_by_parties", "title_by_year", "title_of_year"]

_PARTIES: Final = {
    tuple(fold(name).split()): keys for name, keys in treaty_words.PARTY_NAMES.items()
}
_MAX_PARTY_WORDS: Final = max(len(words) for words in _PARTIES)
_STATE_WORDS: Final = frozenset(fold(word) for word in treaty_words.PARTY_STATE_WORDS)
_COMPARED: Final = frozenset(fold(word) for word in treaty_words.PARTY_COMPARED_WORDS)
_DESCRIPTORS: Final = frozenset(fold(word) for word in treaty_words.TITLE_DESCRIPTORS)
_TOPIC: Final = frozenset(fold(word) for word in treaty_words.TITLE_TOPIC_WORDS)
_YEAR_WORDS: Final = frozenset(fold(word) for word in ("عام", "العام", "سنة", "لعام", "لسنة", "في"))
_BETWEEN: Final = fold("بين")
_PEACE: Final = frozenset(fold(word) for word in treaty_words.PEACE_WORDS)
_LIST_WORDS: Final = tuple(tuple(fold(phrase).split()) for phrase in treaty_words.PARTY_LIST_WORDS)
_WITH: Final = fold("مع")
_SENTENCE_MARKS: Final = (".", "\n", "؛", "!", "?", "؟")
_COMMAS: Final = ("،", ",")
_CLAUSE_REACH: Final = 200  # characters looked back for the party before a head noun
_ADJECTIVES: Final = {
    fold(adjective): keys
    for name, keys in treaty_words.PARTY_NAMES.items()
    for adjective in treaty_words.PARTY_ADJECTIVES.get(name, ())
}
_YEAR: Final = re.compile(r"1[89][0-9]{2}|20[0-9]{2}")
_YEAR_SOON: Final = re.compile(r" {1,2}(?:[^ \d]{1,6} {1,2})?(?:1[89]|20)[0-9]{2}(?![0-9])")
_GAP: Final = frozenset(" -\"'()«»“”")  # (بين الأردن و«إسرائيل»: quotes around a party)
_MAX_WORDS: Final = 24
_REACH: Final = 120  # characters after the head noun where بين or مع may be
_MAX_DESCRIPTORS: Final = 5
_MAX_TOPIC: Final = 8
_MIN_STEM: Final = 4
# a peace agreement named by its parties a few weeks before it is signed, once it is announced
# or initialled (اتفاقية السلام بين الإمارات وإسرائيل, three days before the signing in 2020)
_NAMED_BEFORE_SIGNING: Final = dt.timedelta(days=31)
# a party the title need not name: a mediator or witness in brackets, a list after ";", states
# that joined later ("later ...", "+ 120 states"); every other party of the entry must be named
_OPTIONAL_PARTY_MARKS: Final = frozenset("(;")
_OPTIONAL_PARTY_STARTS: Final = ("later", "+")
_SHORTEST_WORD: Final = 3


@attrs.frozen(kw_only=True)
class Title:
    """An entry named by its parties at [start, end) of the folded text."""

    start: int
    end: int
    treaty: Treaty
    reason: str


def _words(text: str, pos: int) -> list[tuple[int, int, str]]:
    """The words after *pos*, up to a sentence boundary or a comma (spaces, quotes between)."""
    found = []
    for _ in range(_MAX_WORDS):
        match = NEXT.match(text, pos)
        if match is None or not set(match.group("gap")) <= _GAP:
            break
        found.append((match.start("word"), match.end(), match.group("word")))
        pos = match.end()
    return found


def _party(words: Sequence[tuple[int, int, str]], i: int) -> tuple[tuple[str, ...], int] | None:
    """The party whose name starts at word *i* (a leading و removed), and the word after it."""
    if i >= len(words):
        return None
    first = words[i][2]
    if first == "و":  # و«إسرائيل»: the conjunction parted from the party by a quote
        return _party(words, i + 1)
    options = [first, first[1:]] if first.startswith("و") and len(first) > 2 else [first]  # noqa: PLR2004
    if any(option in _STATE_WORDS for option in options):  # ودولة إسرائيل: the name after it
        named = _party(words, i + 1)
        if named is not None:
            return named
    for start_word in options:
        for size in range(_MAX_PARTY_WORDS, 0, -1):
            key = (start_word, *(word for _, _, word in words[i + 1 : i + size]))
            if len(key) == size and key in _PARTIES:
                return _PARTIES[key], i + size
    return None


def _stems(text: str, shortest: int = _MIN_STEM) -> set[str]:
    """The words of *text*, folded, without و and the article, of *shortest* letters or more."""
    stems = set()
    for word in WORD.findall(fold(text)):
        stem = strip_article(word[1:] if word.startswith("و") and len(word) > 3 else word)  # noqa: PLR2004
        if len(stem) >= shortest:
            stems.add(stem)
    return stems


def _year_at(words: Sequence[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """A year written at word *i* (عام 1979، في 1979، 1979), and the word after it."""
    if i < len(words) and words[i][2] in _YEAR_WORDS:
        i += 1
    if i < len(words) and _YEAR.fullmatch(words[i][2]):
        return int(words[i][2]), i + 1
    return None


def _party_before(text: str, start: int, other: tuple[str, ...]) -> tuple[str, ...] | None:
    """The party named before *start* in its sentence, other than *other*.

    By its name, or by its adjective. In the clause of the title, the last one named; else
    the first of the sentence, its subject, not one of an aside between commas (قال وزير
    الخارجية الأردني، خلال لقائه السفير المصري، إن معاهدة السلام مع إسرائيل: Jordan's). The
    search reads back at most :data:`_CLAUSE_REACH` characters.
    """
    low = max(0, start - _CLAUSE_REACH)
    sentence = max(low - 1, *(text.rfind(mark, low, start) for mark in _SENTENCE_MARKS))
    clause = max(sentence, *(text.rfind(mark, sentence + 1, start) for mark in _COMMAS))
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, sentence + 1, start)]
    compared = _compared(words)
    first = last = None
    for i in range(len(words)):
        named = _party(words, i)
        party = named[0] if named is not None else _ADJECTIVES.get(words[i][2])
        if party is None or party == other or i in compared:
            continue
        if words[i][0] > clause:
            last = party
        elif first is None:
            first = party
    return last or first


def _compared(words: Sequence[tuple[int, int, str]]) -> set[int]:
    """The words of the parties named after a word of comparison: states compared with.

    بعد مصر والأردن، مثل جمهورية مصر العربية: never the party before a title with مع.
    """
    found: set[int] = set()
    for at in range(len(words) - 1):
        if words[at][2] not in _COMPARED:
            continue
        j = at + 1
        while (named := _party(words, j)) is not None:
            found.update(range(j, named[1]))
            j = named[1]
    return found


def _after_list_words(words: Sequence[tuple[int, int, str]], i: int) -> int:
    """Where the party at word *i* starts, after كل من (بين إسرائيل وكل من الإمارات ...)."""
    for phrase in _LIST_WORDS:
        if tuple(word for _, _, word in words[i : i + len(phrase)]) == phrase:
            return i + len(phrase)
    return i


def _described(
    words: Sequence[tuple[int, int, str]], stop: str
) -> tuple[int, bool, int | None] | None:
    """The descriptive words up to *stop* (بين, مع).

    Returns where *stop* is, whether السلام is said, and a year written.
    """
    i, peace, year = 0, False, None
    while i < min(len(words), _MAX_DESCRIPTORS) and words[i][2] != stop:
        dated = _year_at(words, i)
        if dated is not None:
            year, i = dated
            continue
        if words[i][2] not in _DESCRIPTORS:
            return None
        peace = peace or words[i][2] in _PEACE
        i += 1
    if i >= len(words) or words[i][2] != stop:
        return None
    return i, peace, year


def title_by_parties(
    text: str, start: int, head_end: int, index: Index, reference: dt.date | None
) -> Title | None:
    """The entry a title naming its parties stands for, from the head noun at *start*.

    بين and the parties (معاهدة السلام بين مصر وإسرائيل), or مع and one party, the other
    named before the head in its clause (تظل القاهرة ملتزمة بمعاهدة السلام مع تل أبيب):
    with مع, only a peace treaty or one whose year is written.
    """
    stops = [
        word for word in (_BETWEEN, _WITH) if text.find(word, head_end, head_end + _REACH) >= 0
    ]
    if not stops:
        return None  # no بين or مع near: the common case, decided without reading words
    words = _words(text, head_end)
    described = next(
        (title for stop in stops if (title := _described(words, stop)) is not None), None
    )
    if described is None:
        return None
    i, peace, year = described
    between = words[i][2] == _BETWEEN
    parties: list[tuple[str, ...]] = []
    i += 1
    while (found := _party(words, _after_list_words(words, i))) is not None:
        parties.append(found[0])
        i = found[1]
        if not between:
            break
    if not between and len(parties) == 1 and (peace or year or _year_at(words, i) is not None):
        # (اتفاق مع إسرائيل with neither: any agreement with it)
        parties.extend(other for other in [_party_before(text, start, parties[0])] if other)
    if len(parties) < 2:  # noqa: PLR2004
        return None
    end = words[i - 1][1]
    dated = _year_at(words, i)
    if dated is not None:
        year, i = dated
        end = words[i - 1][1]
    chosen = _choose(index, parties, year=year, peace=peace, reference=reference)
    if len(chosen) > 1 and i < len(words) and words[i][2] in _TOPIC:
        topic = words[i + 1 : i + 1 + _MAX_TOPIC]
        chosen, last = _by_topic(index, chosen, topic)
        end = max(end, last)
    if len(chosen) != 1:
        return None
    treaty = index.entries[chosen[0]].treaty
    named = ", ".join(keys[0] for keys in parties)
    when = f"; signed in {year}" if year is not None else ""
    return Title(start=start, end=end, treaty=treaty, reason=f"parties {named} named{when}")


def other_parties_after(text: str, end: int, treaty: Treaty) -> bool:
    """Whether بين right after a name lists a party that *treaty* does not have.

    معاهدة الدفاع المشترك بين السعودية وباكستان: that pact, not the Arab treaty of 1950 the
    short name stands for near a word of the League.
    """
    words = _words(text, end)
    if not words or words[0][2] != _BETWEEN:
        return False
    held = [party.casefold() for party in treaty.parties]
    i = 1
    while (found := _party(words, i)) is not None:
        if not _holds(held, found[0]):
            return True
        i = found[1]
    return False


def _choose(
    index: Index,
    parties: Sequence[tuple[str, ...]],
    *,
    year: int | None,
    peace: bool,
    reference: dt.date | None,
) -> list[str]:
    found: list[str] = []
    partial: list[str] = []
    for entry_id, entry in index.entries.items():
        treaty = entry.treaty
        held = [party.casefold() for party in treaty.parties]
        if not all(_holds(held, keys) for keys in parties):
            continue
        if year is not None and (treaty.signed is None or treaty.signed.year != year):
            continue
        if (
            reference is not None
            and treaty.signed is not None
            and treaty.signed > reference + (_NAMED_BEFORE_SIGNING if peace else dt.timedelta())
        ):
            continue
        core = [party for party in held if _core(party)]
        if not (peace or year is not None) and not all(_holds(core, keys) for keys in parties):
            continue  # اتفاق بين المغرب وإسرائيل: any agreement, not the accords Morocco joined
        names = (treaty.name_en, *treaty.names_en)
        if peace and not any("peace" in name.casefold() for name in names):
            continue
        (found if _all_named(core, parties) else partial).append(entry_id)
    if partial:
        # اتفاقية بين مصر والعراق: two of the League's founders, not its charter; the title
        # stays as open as it was (الاتفاق بين إيران والولايات المتحدة: no Algiers accords of
        # 1981 alone because the nuclear deal has more parties)
        return [] if not found else [*found, *partial]
    titled = [e for e in found if "peace" in index.entries[e].treaty.name_en.casefold()]
    # (معاهدة السلام بين مصر وإسرائيل: the treaty called one of peace, not the Camp David
    # accords that framed it; another English name is enough when no other entry fits)
    return titled if peace and titled else found


def _core(party: str) -> bool:
    """Whether *party* (folded) is one a title must name: no mediator, witness or later member."""
    return not party.startswith(_OPTIONAL_PARTY_STARTS) and not _OPTIONAL_PARTY_MARKS & set(party)


def _all_named(core: Sequence[str], parties: Sequence[tuple[str, ...]]) -> bool:
    """Whether the title's *parties* name every party of *core* (an entry's, :func:`_core`)."""
    return all(any(_holds([party], keys) for keys in parties) for party in core)


def _holds(held: Sequence[str], keys: tuple[str, ...]) -> bool:
    """Whether one of the folded *held* party strings names the party of *keys*."""
    return any(key.casefold() in party for party in held for key in keys)


def _by_topic(
    index: Index, chosen: Sequence[str], topic: Sequence[tuple[int, int, str]]
) -> tuple[list[str], int]:
    """The entries whose names share the most words with the subject, and where it ends.

    Content words (four letters or more) score; the subject runs to its last word
    that the winner's names hold (المدى included).
    """
    scores: dict[str, int] = {}
    for entry_id in chosen:
        entry = index.entries[entry_id]
        names = _stems(_names_of(entry))
        scores[entry_id] = sum(1 for _, _, word in topic if _stems(word) & names)
    best = max(scores.values(), default=0)
    if best == 0:
        return list(chosen), 0
    winners = [entry_id for entry_id, score in scores.items() if score == best]
    if len(winners) != 1:
        return winners, 0
    names = _stems(_names_of(index.entries[winners[0]]), shortest=_SHORTEST_WORD)
    hits = [end for _, end, word in topic if _stems(word, shortest=_SHORTEST_WORD) & names]
    return winners, max(hits, default=0)


def _names_of(entry: EntrySpec) -> str:
    """Every Arabic name and context word of *entry*, as one text."""
    return " ".join((entry.treaty.name_ar, *entry.treaty.aliases, *entry.context))


def title_by_year(text: str, start: int, head_end: int, index: Index) -> Title | None:
    """A head noun and a signing year, the entry told by its context: اتفاق عام 2015 = JCPOA.

    The one entry (not a numbered resolution) signed that year one of whose context words
    is in the sentence or the one before (إيران for the JCPOA, الجولان for the 1974
    disengagement); an adjective right after the year that the entry's names hold joins
    the mention (اتفاق عام 2015 النووي). Anything less than one entry gives nothing.
    """
    if _YEAR_SOON.match(text, head_end) is None:
        return None  # no year right after the head: the common case, decided by one match
    words = _words(text, head_end)
    dated = _year_at(words, 0)
    if dated is None:
        return None
    year, i = dated
    following = words[i][2] if i < len(words) else None
    return title_of_year(text, start, words[i - 1][1], year, index, following=following)


def title_of_year(
    text: str, start: int, end: int, year: int, index: Index, *, following: str | None = None
) -> Title | None:
    """The one entry signed in *year* whose context is around [*start*, *end*), if one is.

    *following*, the word after *end*, joins the mention when the entry's names hold it
    (اتفاق عام 2015 النووي). Also read after a whole signing date (اتفاقية 12 آب 1949).
    """
    sentence, previous = sentences(text, start, end)
    around = f"{previous} {sentence}"
    chosen = [
        entry_id
        for entry_id, entry in index.entries.items()
        if entry.treaty.signed is not None
        and entry.treaty.signed.year == year
        and entry.treaty.kind is not TreatyKind.RESOLUTION
        and any(fold(word) in around for word in entry.context)
    ]
    if len(chosen) != 1:
        return None
    entry = index.entries[chosen[0]]
    if following is not None and _stems(following, shortest=_SHORTEST_WORD) & _stems(
        _names_of(entry), shortest=_SHORTEST_WORD
    ):
        end = text.index(following, end) + len(following)  # اتفاق عام 2015 النووي
    return Title(
        start=start, end=end, treaty=entry.treaty, reason=f"signed in {year}, told by its context"
    )
