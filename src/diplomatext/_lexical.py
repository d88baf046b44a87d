"""Helpers every finder shares: word tables into patterns, and a page's layout.

Tables are written in natural spelling; :func:`fold` gives the form the finders
match on, and :func:`trie_pattern` turns a set of folded words into one regular
expression that cannot backtrack badly. :func:`unwrapped` gives the finders a page
kept in a narrow column as running text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Final

import attrs

from diplomatext.data import morphology
from diplomatext.data.chars import TATWEEL
from diplomatext.normalize import MATCHING, Normalized, normalize
from diplomatext.normalize._layout import soft_breaks

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DEFINITE_STARTS",
    "alternation",
    "fold",
    "proclitic_readings",
    "proclitics",
    "through_marks",
    "trie_pattern",
    "unwrapped",
]


DEFINITE_STARTS: Final[tuple[str, ...]] = tuple(
    conjunction + start
    for conjunction in ("", *morphology.CONJUNCTIONS)
    for start in (
        morphology.LAM_ARTICLE,
        *(
            preposition + morphology.ARTICLE
            for preposition in ("", *morphology.PREPOSITIONS)
            if preposition != "ل"  # (ل + ال is written لل)
        ),
    )
)
"""How a definite word starts, clitics and all (الـ، والـ، بالـ، للـ): for ``str.startswith``."""


def fold(text: str) -> str:
    """*text* as the finders see it: ``normalize(text, MATCHING)``.

    >>> fold("إتفاقيّة")
    'اتفاقيه'
    """
    return normalize(text, MATCHING)


def alternation(phrases: Iterable[str]) -> str:
    """An ordered alternation of folded *phrases*, longest first, for phrases with spaces.

    Where a table holds phrases whose spaces a pattern treats apart (a trie would
    split them), the longest phrase is tried first.

    >>> alternation(["اتفاق", "الاتفاق", "اتفاقيّة"])
    'اتفاقيه|الاتفاق|اتفاق'
    """
    folded = sorted({fold(phrase).strip() for phrase in phrases}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(phrase) for phrase in folded)


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for *words*, shared prefixes factored, longest match first.

    A trie fails on the first character that no entry continues, so the pattern
    costs a few steps per word of text and cannot backtrack further than its
    longest entry: a finder built on it is linear in the text by construction.

    >>> trie_pattern(["اتفاق", "اتفاقيه", "الاتفاق"])
    'ا(?:تفاق(?:يه)?|لاتفاق)'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if optional else group

    return build(root)


@functools.cache
def proclitics(
    prepositions: tuple[str, ...] = morphology.PREPOSITIONS,
) -> tuple[frozenset[str], frozenset[str]]:
    """The single proclitics and the stacked pairs a finder strips, from the morphology table.

    A conjunction may stack on a preposition or on the other conjunction (وبعد،
    فلمدة، وفي). *prepositions* narrows the prepositions a finder strips.
    """
    conjunctions = morphology.CONJUNCTIONS
    singles = frozenset((*conjunctions, *prepositions))
    pairs = frozenset(
        first + second
        for first in conjunctions
        for second in (*prepositions, *conjunctions)
        if first != second
    )
    return singles, pairs


def proclitic_readings(
    word: str, prepositions: tuple[str, ...] = morphology.PREPOSITIONS
) -> tuple[str, ...]:
    """*word*, then its readings without two stacked proclitics and without one.

    What is left keeps two letters (three after two proclitics); see :func:`proclitics`.

    >>> proclitic_readings("وبعد")
    ('وبعد', 'عد', 'بعد')
    >>> proclitic_readings("بعد")
    ('بعد', 'عد')
    """
    singles, pairs = proclitics(prepositions)
    forms = [word]
    if len(word) > 3 and word[:2] in pairs:  # noqa: PLR2004
        forms.append(word[2:])
    if len(word) > 2 and word[0] in singles:  # noqa: PLR2004
        forms.append(word[1:])
    return tuple(forms)


def through_marks(text: str, end: int) -> int:
    """*end* moved past the combining marks and tatweels right after it in *text*.

    The normalization deletes a final tanween or shadda (هاتفياً، قريباً): a span found on the
    normalized text ends before it, but the word it belongs to ends after it.
    """
    size = len(text)
    while end < size and (text[end] == TATWEEL or unicodedata.category(text[end]) == "Mn"):
        end += 1
    return end


def unwrapped(prepared: Normalized, *, sentence_ends: bool = False) -> Normalized:
    r"""*prepared* with the line breaks of a narrow column made spaces, one for one.

    The breaks are told on the original lines (:func:`~diplomatext.normalize._layout.soft_breaks`),
    whose lengths the normalization has not changed. A space for a break moves no offset,
    so the map still holds; a text with no such break is returned as is. *sentence_ends*
    also joins a line a sentence's mark ends when the measure cut it there (for readers of
    sentences, to whom ``".\n"`` would be one sentence more than ``". "``).
    """
    breaks = soft_breaks(prepared.original, sentence_ends=sentence_ends)
    if not breaks:
        return prepared
    text = prepared.text
    pieces: list[str] = []
    done = 0
    for at in breaks:
        start, end = prepared.to_normalized(at, at + 1)
        # (two breaks around a line the normalization emptied, ـ alone, map to one: once)
        if start >= done and text[start:end] == "\n":
            pieces += (text[done:start], " ")
            done = end
    pieces.append(text[done:])
    return attrs.evolve(prepared, text="".join(pieces))
