"""Words of folded text: how the treaty finder splits, keys and strips them.

Every step of the finder (reading the gazetteer's names, indexing them, scanning
an article) cuts text into the same tokens: runs of Arabic letters, runs of other
letters, runs of digits. The split uses the standard :mod:`re` module with the
Arabic letters written as explicit ranges: it scans twice as fast as the
``regex`` module's Unicode script classes, and a few character classes with bounded
repeats cannot backtrack, so no time limit is needed.
"""

from __future__ import annotations

import re
from typing import Final

from diplomatext._lexical import fold
from diplomatext.data import morphology, treaty_words

__all__ = [
    "CHAR_KIND",
    "DECLARATION_HEAD_KEYS",
    "GENERIC_HEAD_KEYS",
    "HEAD_LEMMAS",
    "NEXT",
    "PROTOCOL_HEAD_KEYS",
    "WORD",
    "forms",
    "is_latin",
    "latin_key",
    "strip_article",
]

_ARABIC_LETTER_RANGES: Final = (
    (0x0620, 0x063F),  # Arabic: letters (U+0640 tatweel is of no script)
    (0x0641, 0x064A),
    (0x066E, 0x066F),  # dotless beh, dotless qaf
    (0x0671, 0x06D3),  # alef wasla ... yeh barree with hamza
    (0x06D5, 0x06D5),  # ae
    (0x06E5, 0x06E6),  # small waw, small yeh
    (0x06EE, 0x06EF),  # dal and reh with inverted v
    (0x06FA, 0x06FC),  # sheen, dad and ghain with dot below
    (0x06FF, 0x06FF),  # heh with inverted v
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0870, 0x0887),  # Arabic Extended-B
    (0x0889, 0x088F),
    (0x08A0, 0x08C9),  # Arabic Extended-A
    (0xFB50, 0xFBB1),  # Arabic Presentation Forms-A
    (0xFBD3, 0xFD3D),
    (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7),
    (0xFDF0, 0xFDFB),
    (0xFE70, 0xFE74),  # Arabic Presentation Forms-B
    (0xFE76, 0xFEFC),
    (0x10EC2, 0x10EC7),  # Arabic Extended-C
    (0x10ED9, 0x10EEE),
    (0x1EE00, 0x1EEBB),  # Arabic Mathematical Alphabetic Symbols (with its unassigned gaps)
)
"""The letters of the Arabic script (the letters of Unicode's Arabic script), as code points."""

_ARABIC: Final = "".join(
    f"{re.escape(chr(low))}-{re.escape(chr(high))}" if high > low else re.escape(chr(low))
    for low, high in _ARABIC_LETTER_RANGES
)
_WORD_PATTERN: Final = (
    rf"[{_ARABIC}]{{1,64}}"  # an Arabic word (folded text has no marks left)
    rf"|[^\W\d_{_ARABIC}]{{1,64}}"  # a Latin (or other script) word: acronyms, debris
    r"|[0-9]{1,12}"  # digits, split from letters they are glued to
)

WORD: Final = re.compile(_WORD_PATTERN)
"""A token of folded text. Letters and digits glued together become two tokens."""

NEXT: Final = re.compile(rf"(?P<gap>(?:[\W_]|[^\D0-9]){{0,12}})(?P<word>{_WORD_PATTERN})")
"""The next token after a position, with the gap before it (no letters, no ASCII digits)."""

_LATIN: Final = re.compile(rf"[^\W\d_{_ARABIC}]")

CHAR_KIND: Final = re.compile(
    rf"(?P<arabic>[{_ARABIC}])|(?P<other>[^\W\d_{_ARABIC}])|(?P<digit>[0-9])"
)
"""One character's kind: an Arabic letter, another letter, an ASCII digit (no match: none)."""

_CONJUNCTIONS: Final = frozenset(morphology.CONJUNCTIONS)
_PREPOSITIONS: Final = frozenset(morphology.PREPOSITIONS)
_ARTICLE: Final = morphology.ARTICLE
_LAM_ARTICLE: Final = morphology.LAM_ARTICLE


def strip_article(token: str) -> str:
    """*token* without a leading definite article (ال)."""
    return token[2:] if token.startswith(_ARTICLE) and len(token) > 3 else token  # noqa: PLR2004


GENERIC_HEAD_KEYS: Final = frozenset(
    strip_article(fold(word)) for word in treaty_words.GENERIC_HEADS
)
"""The generic head nouns (معاهدة، اتفاقية ...), folded, without the article."""

PROTOCOL_HEAD_KEYS: Final = frozenset(
    strip_article(fold(word)) for word in treaty_words.PROTOCOL_HEADS
)
"""The heads of a protocol, folded, without the article: only a protocol's names take them."""

DECLARATION_HEAD_KEYS: Final = frozenset(
    strip_article(fold(word)) for word in treaty_words.DECLARATION_HEADS
)
"""The heads of a declaration, folded, without the article: no convention's name takes them."""


HEAD_LEMMAS: Final = {
    strip_article(fold(form)): strip_article(fold(head))
    for head, forms_ in treaty_words.HEAD_NUMBER_FORMS.items()
    for form in (head, *forms_)
}
"""Head nouns in every number (اتفاقيات، اتفاقيتا), folded -> their singular, folded."""


def latin_key(token: str) -> str:
    """*token* as the index keys it: Latin letters case-folded (New START = new start)."""
    return token.casefold() if _LATIN.match(token) else token


def is_latin(token: str) -> bool:
    """Whether *token* is a word of Latin (or another non-Arabic) script."""
    return _LATIN.match(token) is not None


def forms(token: str) -> list[tuple[str, int]]:
    """The keys *token* may stand for once clitics are removed, with the span offset of each.

    و/ف then ب/ك/ل may precede the word; the article ال stays inside the span; for
    لل (ل + ال) the span starts after both lams.
    """
    found = [(token, 0)]
    bases = [(token, 0)]
    if len(token) > 2 and token[0] in _CONJUNCTIONS:  # noqa: PLR2004
        bases.append((token[1:], 1))
    for base, offset in list(bases):
        if len(base) > 3 and base.startswith(_LAM_ARTICLE):  # noqa: PLR2004
            found += [(_ARTICLE + base[2:], offset + 2), (base[2:], offset + 2)]
        elif len(base) > 2 and base[0] in _PREPOSITIONS:  # noqa: PLR2004
            bases.append((base[1:], offset + 1))
    for base, offset in bases[1:]:
        found.append((base, offset))
    for base, offset in list(found):
        stripped = strip_article(base)
        if stripped != base:
            found.append((stripped, offset))
    return list(dict.fromkeys(found))
