"""Spelling variants of a foreign person's full name, by the rules of ``data/name_spellings``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from diplomatext._lexical import fold
from diplomatext.data import name_spellings as rules

if TYPE_CHECKING:
    from collections.abc import Sequence

_ALIF: Final = "ا"
_SIN: Final = "س"


def _word_variants(word: str) -> set[str]:
    """*word* with and without a helping alif and a long vowel near its start.

    بن is also written ابن inside a name (عبدالله الثاني ابن الحسين).
    """
    if word in _ANCESTRY:
        return {word, _ALIF + word}
    base = word
    if (
        len(word) > 3  # noqa: PLR2004
        and word[0] == _ALIF
        and word[1] == _SIN
        and word[2] in rules.CLUSTER_SECOND_LETTERS
    ):
        base = word[1:]  # استيفان -> ستيفان
    bases = {base}
    if len(base) >= rules.MIN_VOWEL_DROP_LENGTH:
        for at in rules.VOWEL_DROP_AT:
            if base[at] in rules.DROPPABLE_VOWELS and base[at - 1] not in rules.DROPPABLE_VOWELS:
                bases.add(base[:at] + base[at + 1 :])  # ميستورا -> مستورا
    found = {word} | bases
    found.update(variant for form in bases for variant in seat_variants(form))
    for form in bases:
        if len(form) > 2 and form[0] == _SIN and form[1] in rules.CLUSTER_SECOND_LETTERS:  # noqa: PLR2004
            found.add(_ALIF + form)  # ستيفان -> استيفان
    return found


def seat_variants(folded: str) -> list[str]:
    """*folded* with each hamza seat before ي left out (ميرضيائيف -> ميرضيايف), else empty."""
    return [
        folded.replace(seated, plain)
        for seated, plain in rules.HAMZA_SEAT_DROPS
        if seated in folded
    ]


def g_variant(folded: str) -> str | None:
    """*folded* with its foreign g written ج instead of غ (أنغولا -> أنجولا), or ``None``."""
    written, egyptian = rules.FOREIGN_G
    return folded.replace(written, egyptian) if written in folded else None


def name_variants(folded: str) -> list[str]:
    """The folded full name *folded* and its spelling variants (only for two words or more)."""
    words = folded.split()
    if len(words) < 2:  # noqa: PLR2004
        return [folded]
    forms = [""]
    for word in words:
        forms = [f"{form} {variant}".strip() for form in forms for variant in _word_variants(word)]
    forms.sort(key=lambda form: form != folded)
    return forms


_ANCESTRY: Final = frozenset(fold(word) for word in rules.ANCESTRY_WORDS)
COMPOUND_HEADS: Final = frozenset(fold(word) for word in rules.COMPOUND_NAME_HEADS)
"""The first words of two-word given names (عبد، ابو), folded."""
FAMILY_WORDS: Final = frozenset(fold(word) for word in rules.FAMILY_WORDS)
"""The words before a family name written apart (آل), folded."""
_ARTICLE: Final = "ال"


def is_ancestry(word: str) -> bool:
    """Whether the folded token *word* opens a link of ancestry (بن، بنت; ابن with its alif)."""
    return word in _ANCESTRY or (word[:1] == _ALIF and word[1:] in _ANCESTRY)


def _given_end(words: Sequence[str], at: int, last: int) -> int:
    """The index after the given name at *at* (two tokens for عبد العزيز), or -1."""
    if at >= last:
        return -1
    if words[at] in COMPOUND_HEADS:
        return at + 2 if at + 1 < last else -1
    return at + 1


def ancestry_names(first: str, words: Sequence[str], at: int, last: int) -> list[tuple[str, int]]:
    """The names of the table that a chain of ancestry at token *at* may be written for.

    ``words[at:last]`` are folded tokens; *first* is the first one without its clitics.
    A chain is a given name, ``بن`` and a given name, then one to
    :data:`~diplomatext.data.name_spellings.MAX_ANCESTRY_LINKS` more links, then maybe a
    family name (آل سعود، الخليفي). Each candidate keeps the first links and the family and
    drops the rest: (folded name, index of the last token it covers), longest first. Empty
    when there is no link beyond the first, which the matcher reads as it is.
    """
    given_end = _given_end(words, at, last)
    if given_end < 0 or given_end >= last or words[given_end] not in _ANCESTRY:
        return []
    link_ends = [_given_end(words, given_end + 1, last)]  # the end of each link
    while (
        len(link_ends) <= rules.MAX_ANCESTRY_LINKS
        and 0 <= link_ends[-1] < last
        and words[link_ends[-1]] in _ANCESTRY
    ):
        link_ends.append(_given_end(words, link_ends[-1] + 1, last))
    if link_ends[-1] < 0:
        link_ends.pop()
    if len(link_ends) < 2:  # noqa: PLR2004
        return []
    chain_end = link_ends[-1]
    family: tuple[str, ...] = ()
    if chain_end + 1 < last and words[chain_end] in FAMILY_WORDS:
        family = (words[chain_end], words[chain_end + 1])
    elif chain_end < last and words[chain_end].startswith(_ARTICLE) and len(words[chain_end]) > 3:  # noqa: PLR2004
        family = (words[chain_end],)
    head = [first, *words[at + 1 : given_end]]
    found = []
    for kept in range(len(link_ends) - 2, -1, -1):
        name = [*head, *words[given_end : link_ends[kept]]]
        if family:
            found.append((" ".join([*name, *family]), chain_end + len(family) - 1))
        found.append((" ".join(name), chain_end - 1))
    if family:
        found.append((" ".join([*head, *family]), chain_end + len(family) - 1))
    return found
