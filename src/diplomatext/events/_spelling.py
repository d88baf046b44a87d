"""Spelling variants of a foreign person's full name, by the rules of ``data/name_spellings``."""

from __future__ import annotations

from typing import Final

from diplomatext.data import name_spellings as rules

_ALIF: Final = "ا"
_SIN: Final = "س"


def _word_variants(word: str) -> set[str]:
    """*word* with and without a helping alif and a long vowel near its start."""
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
    for form in bases:
        if len(form) > 2 and form[0] == _SIN and form[1] in rules.CLUSTER_SECOND_LETTERS:  # noqa: PLR2004
            found.add(_ALIF + form)  # ستيفان -> استيفان
    return found


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
