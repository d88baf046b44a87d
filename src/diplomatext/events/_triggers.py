"""Contact words in folded text: whole tokens, with a clitic grammar, never substrings.

A noun may take و/ف, then ب/ل/ك, then ال (or لل), and a pronoun or the
accusative alef after it (لقائه، للمحادثة، مباحثاتهما، اتصالا); a verb may take
و/ف and the future س, and an object pronoun (التقاه، زارها). The words are the
tables of :mod:`diplomatext.data.contact_words`; the one pattern built from them
is compiled once. Tokens of the blocking list (وزارة) never match.

The text is split into tokens once (:func:`tokenize`, shared with the rest of the
finder). The pattern is not run over the whole text: every token it can start a
match on (each clitic form of a one-word entry, and of the first word of a longer
one) is in one set built from the tables, so only the tokens in that set are
matched, in place; the result is the same as a scan of the text with the pattern.
"""

from __future__ import annotations

import array
import functools
import itertools
import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

from diplomatext._lexical import fold, trie_pattern
from diplomatext.data import contact_words as words
from diplomatext.data import morphology

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "Tokens",
    "Trigger",
    "TriggerKind",
    "find_triggers",
    "folded_list",
    "matches",
    "may_have_triggers",
    "tokenize",
]

TriggerKind = Literal["noun", "verb", "discussion", "speaking"]

_PRONOUNS: Final = morphology.PRONOUN_SUFFIXES
# the clitic grammar, as alternatives; the pattern below and the candidate tokens
# are both built from these tuples
_NOUN_CONJUNCTIONS: Final = ("", *morphology.CONJUNCTIONS)
_NOUN_PREPOSITIONS: Final = (
    morphology.LAM_ARTICLE,
    *(
        preposition + article
        for preposition in ("", *morphology.PREPOSITIONS)
        for article in ("", morphology.ARTICLE)
    ),
)
_NOUN_SUFFIXES: Final = ("", *morphology.NOUN_ENDINGS, *_PRONOUNS)
_VERB_PREFIXES: Final = tuple(
    conjunction + particle
    for conjunction in ("", *morphology.CONJUNCTIONS)
    for particle in ("", morphology.FUTURE_PREFIX, "ل")  # لـ: the jussive (ليلتقي)
)
_VERB_SUFFIXES: Final = ("", *_PRONOUNS)
_WORDS: Final = re.compile(r"(\w+)")  # a token is a maximal run of word characters
_INT_LIMIT: Final = 2**31  # offsets below it fit a C int
_NOT_WORD: Final = re.compile(r"\W")
_ONE_SPLIT: Final = 16384  # a text up to this long (an article) is split in one call
_STRETCH: Final = 8192  # characters split at a time in a longer text
_SEEN_LIMIT: Final = 65536  # distinct words shared before the table starts over


@attrs.frozen
class Tokens:
    """The tokens of a text (maximal runs of word characters) and their offsets."""

    words: list[str]
    starts: Sequence[int]
    ends: Sequence[int]


def tokenize(text: str) -> Tokens:
    """The tokens of *text*, split a stretch at a time: the pieces between them give the offsets.

    An article (up to :data:`_ONE_SPLIT` characters) is split in one call, into lists:
    the fastest. A longer text keeps memory a small multiple of its size whatever it
    holds: offsets go into machine-integer arrays (a list of ints took 36 bytes per
    character of ``1/1/1/...``), and the tokens of each stretch share one string per
    distinct word (``2021 2021 ...``).
    """
    if len(text) <= _ONE_SPLIT:
        pieces = _WORDS.split(text)  # separator, token, separator, ..., token, separator
        bounds = list(itertools.accumulate(map(len, pieces), initial=0))
        return Tokens(words=pieces[1::2], starts=bounds[1:-1:2], ends=bounds[2::2])
    kind = "i" if len(text) < _INT_LIMIT else "q"  # four bytes an offset where they fit
    words: list[str] = []
    starts = array.array(kind)
    ends = array.array(kind)
    seen: dict[str, str] = {}
    position, size = 0, len(text)
    while position < size:
        cut = _NOT_WORD.search(text, min(position + _STRETCH, size))
        end = cut.start() if cut is not None else size  # never inside a token
        pieces = _WORDS.split(text[position:end])  # separator, token, ..., token, separator
        offsets = array.array(kind, itertools.accumulate(map(len, pieces), initial=position))
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        tokens = pieces[1::2]
        del pieces
        words += map(seen.setdefault, tokens, tokens)
        starts += offsets[1:-1:2]
        ends += offsets[2::2]
        position = end
    return Tokens(words=words, starts=starts, ends=ends)


def may_have_triggers(folded: str) -> bool:
    """Whether *folded* holds a token a contact word can start on (False: it has none).

    A text past one article's length is read a stretch at a time and kept no
    longer than that, so that a long text without a contact word (a page of
    dates, a table) is refused before its tokens are all made; an article is
    always read whole by :func:`find_triggers`.
    """
    if len(folded) <= _ONE_SPLIT:
        return True
    starting = tables().starting
    position, size = 0, len(folded)
    while position < size:
        cut = _NOT_WORD.search(folded, min(position + _STRETCH, size))
        end = cut.start() if cut is not None else size  # never inside a token
        if not starting.isdisjoint(_WORDS.findall(folded, position, end)):
            return True
        position = end
    return False


@attrs.frozen
class Trigger:
    """A contact word of the folded text."""

    start: int  # folded offsets of the word (proclitics و/ف excluded)
    end: int
    word: str  # the table form it matched (folded)
    kind: TriggerKind
    mode: str | None
    future: bool  # the verb carries the future prefix س
    suffix: str  # pronoun or ending after the stem


@attrs.frozen
class _Tables:
    pattern: re.Pattern[str]
    nouns: dict[str, tuple[str, str | None]]  # folded form -> (table form, mode)
    needs_suffix: frozenset[str]
    verbs: dict[str, tuple[TriggerKind, str | None]]
    blocked: frozenset[str]
    hosting: frozenset[str]  # verbs of hosting: a contact word only with a guest after them
    starting: frozenset[str]  # every token the pattern can start a match on


def folded_list(items: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The folded forms of *items*, longest first."""
    return tuple(sorted({fold(item) for item in items}, key=len, reverse=True))


@functools.cache
def tables() -> _Tables:
    """The compiled pattern and lookups (built once)."""
    nouns: dict[str, tuple[str, str | None]] = {}
    needs_suffix: set[str] = set()
    for word, mode in words.NOUNS.items():
        folded = fold(word)
        nouns[folded] = (folded, mode)
        if folded.endswith("ه"):  # ta marbuta before a suffix: زيارة -> زيارته
            construct = folded[:-1] + "ت"
            nouns[construct] = (folded, mode)
            needs_suffix.add(construct)
        if folded.endswith("اء"):  # hamza on a seat before a suffix: لقاء -> لقائه
            for seat in ("ي", "و"):
                construct = folded[:-1] + seat
                nouns[construct] = (folded, mode)
                needs_suffix.add(construct)
    verbs: dict[str, tuple[TriggerKind, str | None]] = {}
    for word, mode in words.VERBS.items():
        verbs[fold(word)] = ("verb", mode)
    for word in words.DISCUSSION_VERBS:
        verbs[fold(word)] = ("discussion", None)
    for word in words.WEAK_PHONE_VERBS:
        verbs[fold(word)] = ("speaking", "phone")
    noun_trie = trie_pattern(sorted(nouns))
    verb_trie = trie_pattern(sorted(verbs))
    pronouns = "|".join(_PRONOUNS)
    pattern = re.compile(
        rf"""(?<!\w)(?:
            (?P<npre>[وف]?(?:لل|[بلك]?(?:ال)?))(?P<noun>{noun_trie})(?P<nsuf>ين|ان|ا|{pronouns})?
          | (?P<vpre>[وف]?(?:س|ل)?)(?P<verb>{verb_trie})(?P<vsuf>{pronouns})?
        )(?!\w)""",
        re.VERBOSE,
    )
    return _Tables(
        pattern=pattern,
        nouns=nouns,
        needs_suffix=frozenset(needs_suffix),
        verbs=verbs,
        blocked=frozenset(fold(token) for token in words.BLOCKED_TOKENS),
        hosting=frozenset(fold(word) for word in words.HOSTING_VERBS),
        starting=_starting(nouns, verbs),
    )


def _starting(nouns: Iterable[str], verbs: Iterable[str]) -> frozenset[str]:
    """Every token the pattern can start a match on.

    A match of a one-word entry is a whole token: prefix, entry, suffix. One of
    several words starts with a token of prefix and first word (the suffix goes
    on the last word).
    """
    found: set[str] = set()
    noun_prefixes = [
        conjunction + preposition
        for conjunction in _NOUN_CONJUNCTIONS
        for preposition in _NOUN_PREPOSITIONS
    ]
    for stems, prefixes, suffixes in (
        (nouns, noun_prefixes, _NOUN_SUFFIXES),
        (verbs, _VERB_PREFIXES, _VERB_SUFFIXES),
    ):
        for stem in stems:
            first, space, _ = stem.partition(" ")
            for prefix in prefixes:
                if space:
                    found.add(prefix + first)
                else:
                    found.update(prefix + stem + suffix for suffix in suffixes)
    return frozenset(found)


def matches(folded: str, tokens: Tokens | None = None) -> Iterator[re.Match[str]]:
    """The matches of the pattern in *folded*, as a scan of the whole text would give.

    Only the tokens that can start a match are tried; *tokens* is
    ``tokenize(folded)`` if made.
    """
    table = tables()
    if tokens is None:
        tokens = tokenize(folded)
    starting = table.starting
    if starting.isdisjoint(tokens.words):
        return
    match_at = table.pattern.match
    covered = 0  # the end of the last match: a word inside it starts nothing
    for at in itertools.compress(tokens.starts, map(starting.__contains__, tokens.words)):
        if at >= covered:
            match = match_at(folded, at)
            if match is not None:
                covered = match.end()
                yield match


_RELATIVES: Final = tuple(fold(word) + " " for word in words.RELATIVE_PRONOUNS)
_RELATIVE_WIDTH: Final = max(map(len, _RELATIVES))


def _after_relative(folded: str, match: re.Match[str]) -> bool:
    """Whether the word of *match* follows a relative pronoun (المؤتمر الذي تستضيفه)."""
    return folded.endswith(_RELATIVES, max(match.start() - _RELATIVE_WIDTH, 0), match.start())


def find_triggers(folded: str, tokens: Tokens | None = None) -> list[Trigger]:
    """Every contact word of *folded* (MATCHING-normalized text), in text order.

    *tokens* is ``tokenize(folded)`` if made.
    """
    table = tables()
    found: list[Trigger] = []
    for match in matches(folded, tokens):
        token = match.group(0)
        if token in table.blocked:
            continue
        if match.group("noun") is not None:
            stem = match.group("noun")
            suffix = match.group("nsuf") or ""
            if stem in table.needs_suffix and not suffix:
                continue
            form, mode = table.nouns[stem]
            prefix = match.group("npre")
            # the span keeps ب/ل/ك and ال (للمحادثة) but not a leading و/ف
            start = match.start() + (1 if prefix[:1] in {"و", "ف"} else 0)
            found.append(
                Trigger(start, match.end(), form, "noun", mode, future=False, suffix=suffix)
            )
        else:
            stem = match.group("verb")
            prefix = match.group("vpre")
            if prefix.endswith("ل") and stem[:1] not in {"ي", "ت", "ن"}:
                continue  # لبحث: a purpose noun, not a verb
            if stem in table.hosting and (match.group("vsuf") or _after_relative(folded, match)):
                continue  # القمة التي استضافتها الرياض: an event hosted, no guest
            kind, mode = table.verbs[stem]
            start = match.start() + (1 if prefix[:1] in {"و", "ف"} else 0)
            found.append(
                Trigger(
                    start,
                    match.end(),
                    stem,
                    kind,
                    mode,
                    future="س" in prefix,
                    suffix=match.group("vsuf") or "",
                )
            )
    return found
