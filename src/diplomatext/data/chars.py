r"""Arabic characters and character classes, written by Unicode name.

Each table maps one character to what a normalization step turns it into; the
step names are fields of :class:`diplomatext.NormalizeOptions`. Characters are spelled with
``\N{...}`` so that a reader sees what they are: a pasted combining mark or
bidi control is invisible in most editors.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Final

__all__ = [
    "ALEF_FORMS",
    "ALEF_MAKSURA",
    "ARABIC_PUNCTUATION",
    "COMPOSING_MARKS",
    "CONTROL_CHARACTERS",
    "DAGGER_ALEF",
    "DIACRITICS",
    "DIGITS",
    "HAMZA_CARRIERS",
    "INVISIBLE_CHARACTERS",
    "LATIN_PUNCTUATION",
    "LINE_BREAKS",
    "PERSIAN_KEYBOARD_LETTERS",
    "PERSIAN_URDU_LETTERS",
    "TATWEEL",
    "TEH_MARBUTA",
    "WHITESPACE",
    "presentation_forms",
]


def _frozen(mapping: dict[str, str]) -> MappingProxyType[str, str]:
    return MappingProxyType(mapping)


ALEF_FORMS: Final = _frozen(
    {
        "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WASLA}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH WAVY HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER HIGH HAMZA ALEF}": "\N{ARABIC LETTER ALEF}",
    }
)
"""Alef with hamza, madda or wasla -> bare alef (إسرائيل, اسرائيل match)."""

ALEF_MAKSURA: Final = _frozen({"\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}"})
"""Alef maksura -> yeh: Egyptian print writes في as فى and على as علي."""

TEH_MARBUTA: Final = _frozen(
    {
        "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER TEH MARBUTA GOAL}": "\N{ARABIC LETTER HEH}",
    }
)
"""Teh marbuta -> heh: the web writes معاهدة as معاهده. Search profile only."""

HAMZA_CARRIERS: Final = _frozen(
    {
        "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER WAW}",
        "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER HIGH HAMZA WAW}": "\N{ARABIC LETTER WAW}",
        "\N{ARABIC LETTER HIGH HAMZA YEH}": "\N{ARABIC LETTER YEH}",
    }
)
"""Hamza on waw and yeh -> the bare carrier (مسؤول / مسئول / مسوول). Search only."""

PERSIAN_URDU_LETTERS: Final = _frozen(
    {
        # Yeh forms typed on Persian and Urdu keyboards, common in Iraqi and
        # South-Asian Arabic text (تشرین, بوینت). To yeh, not to alef maksura:
        # a medial Farsi yeh is dotted (CAMeL Tools issue #117).
        "\N{ARABIC LETTER FARSI YEH}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER YEH BARREE}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER E}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER KEHEH}": "\N{ARABIC LETTER KAF}",
        "\N{ARABIC LETTER HEH GOAL}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER HEH DOACHASHMEE}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER HEH WITH YEH ABOVE}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER AE}": "\N{ARABIC LETTER HEH}",
        # Veh is how Levantine and Maghrebi typography writes v (نوڤمبر, ديڤد).
        "\N{ARABIC LETTER VEH}": "\N{ARABIC LETTER FEH}",
        # Tcheh is how Egyptian typography writes a hard g (اتفاقية چنيف, چورچ) and Iranian
        # outlets' Arabic a ch (عراقچي): Arabic spelling has jeem (جنيف, عراقجي).
        "\N{ARABIC LETTER TCHEH}": "\N{ARABIC LETTER JEEM}",
        # The Urdu full stop looks like a dash to Arabic readers; it ends a sentence.
        "\N{ARABIC FULL STOP}": ".",
    }
)
"""Persian and Urdu look-alike letters -> their Arabic letters."""

PERSIAN_KEYBOARD_LETTERS: Final = frozenset(
    "\N{ARABIC LETTER FARSI YEH}\N{ARABIC LETTER KEHEH}\N{ARABIC LETTER GAF}"
    "\N{ARABIC LETTER PEH}\N{ARABIC LETTER TCHEH}\N{ARABIC LETTER JEH}"
)
"""Letters of Persian text that Arabic news seldom types (دقیقه، روز، پیش).

A page's freshness line holding one is a Persian page's, not an Arabic age: the age
reading is a last resort for a text of a few words, and only Arabic unit words are in it.
"""

DIGITS: Final = _frozen(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # ARABIC-INDIC DIGIT ZERO..NINE
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
    }
)
"""Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits -> ASCII digits."""

ARABIC_PUNCTUATION: Final = _frozen(
    {
        "\N{ARABIC COMMA}": ",",
        "\N{ARABIC SEMICOLON}": ";",
        "\N{ARABIC QUESTION MARK}": "?",
        "\N{ARABIC PERCENT SIGN}": "%",
        "\N{ARABIC DECIMAL SEPARATOR}": ".",
        "\N{ARABIC THOUSANDS SEPARATOR}": ",",
        "\N{ARABIC FIVE POINTED STAR}": "*",
    }
)
"""Arabic punctuation -> ASCII (optional: commas matter to some tokenizers)."""

LATIN_PUNCTUATION: Final = _frozen(
    {
        "\N{LEFT DOUBLE QUOTATION MARK}": '"',
        "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
        "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
        "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": "'",
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": "'",
        # primes for quotes after a digit, as blog software writes them (“جنيف 1″)
        "\N{DOUBLE PRIME}": '"',
        "\N{PRIME}": "'",
        "\N{HYPHEN}": "-",
        "\N{NON-BREAKING HYPHEN}": "-",
        "\N{FIGURE DASH}": "-",
        "\N{EN DASH}": "-",
        "\N{EM DASH}": "-",
        "\N{HORIZONTAL BAR}": "-",
        "\N{MINUS SIGN}": "-",
        "\N{HORIZONTAL ELLIPSIS}": "...",
        "\N{FULLWIDTH SOLIDUS}": "/",
    }
)
"""Curly quotes, guillemets, dashes and the ellipsis -> ASCII."""

DIACRITICS: Final = frozenset(
    # Harakat, tanween, shadda, sukun and the extended marks U+064B..U+065F.
    [chr(c) for c in range(0x064B, 0x0660)]
    # Honorific and Quranic annotation signs above the letters, U+0610..U+061A.
    + [chr(c) for c in range(0x0610, 0x061B)]
    # Quranic marks U+06D6..U+06DC, U+06DF..U+06E4, U+06E7..U+06E8, U+06EA..U+06ED
    # (U+06DD/U+06DE are visible signs, U+06E5/U+06E6 small waw/yeh are letters' marks).
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in (0x06E7, 0x06E8)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + ["\N{ARABIC SMALL HIGH WORD AR-RUB}"]
)
"""Marks deleted by the diacritics step (the dagger alef has its own switch)."""

DAGGER_ALEF: Final = "\N{ARABIC LETTER SUPERSCRIPT ALEF}"
"""U+0670: a vowel mark in MSA print, a letter in Quranic spelling (السمٰوات)."""

TATWEEL: Final = "\N{ARABIC TATWEEL}"
"""U+0640: a stretch of the baseline, never a letter (الـ12, بـ «...»)."""

COMPOSING_MARKS: Final = frozenset(
    {
        "\N{ARABIC MADDAH ABOVE}",
        "\N{ARABIC HAMZA ABOVE}",
        "\N{ARABIC HAMZA BELOW}",
    }
)
"""Marks that compose with the preceding letter under NFC (ا + ٔ -> أ)."""

INVISIBLE_CHARACTERS: Final = frozenset(
    {
        "\N{ZERO WIDTH SPACE}",
        "\N{ZERO WIDTH NON-JOINER}",
        "\N{ZERO WIDTH JOINER}",
        "\N{LEFT-TO-RIGHT MARK}",
        "\N{RIGHT-TO-LEFT MARK}",
        "\N{ARABIC LETTER MARK}",
        "\N{LEFT-TO-RIGHT EMBEDDING}",
        "\N{RIGHT-TO-LEFT EMBEDDING}",
        "\N{POP DIRECTIONAL FORMATTING}",
        "\N{LEFT-TO-RIGHT OVERRIDE}",
        "\N{RIGHT-TO-LEFT OVERRIDE}",
        "\N{LEFT-TO-RIGHT ISOLATE}",
        "\N{RIGHT-TO-LEFT ISOLATE}",
        "\N{FIRST STRONG ISOLATE}",
        "\N{POP DIRECTIONAL ISOLATE}",
        "\N{WORD JOINER}",
        "\N{FUNCTION APPLICATION}",
        "\N{INVISIBLE TIMES}",
        "\N{INVISIBLE SEPARATOR}",
        "\N{INVISIBLE PLUS}",
        "\N{INHIBIT SYMMETRIC SWAPPING}",
        "\N{ACTIVATE SYMMETRIC SWAPPING}",
        "\N{INHIBIT ARABIC FORM SHAPING}",
        "\N{ACTIVATE ARABIC FORM SHAPING}",
        "\N{NATIONAL DIGIT SHAPES}",
        "\N{NOMINAL DIGIT SHAPES}",
        "\N{ZERO WIDTH NO-BREAK SPACE}",  # the byte order mark
        "\N{SOFT HYPHEN}",
        "\N{COMBINING GRAPHEME JOINER}",
        "\N{MONGOLIAN VOWEL SEPARATOR}",
    }
)
"""Zero-width, bidi and format characters: deleted, never turned into spaces."""

LINE_BREAKS: Final = frozenset(
    {
        "\N{LINE FEED}",
        "\N{LINE TABULATION}",
        "\N{FORM FEED}",
        "\N{CARRIAGE RETURN}",
        "\N{NEXT LINE}",
        "\N{LINE SEPARATOR}",
        "\N{PARAGRAPH SEPARATOR}",
    }
)
"""Characters that end a line; a whitespace run holding one can stay a newline."""

WHITESPACE: Final = frozenset(
    {
        "\N{SPACE}",
        "\N{CHARACTER TABULATION}",
        "\N{NO-BREAK SPACE}",
        "\N{OGHAM SPACE MARK}",
        "\N{NARROW NO-BREAK SPACE}",
        "\N{MEDIUM MATHEMATICAL SPACE}",
        "\N{IDEOGRAPHIC SPACE}",
        *(chr(c) for c in range(0x2000, 0x200B)),  # EN QUAD .. HAIR SPACE
    }
    | LINE_BREAKS
)
"""Every whitespace character; runs of them collapse to one space."""

CONTROL_CHARACTERS: Final = frozenset(
    chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in WHITESPACE
)
"""C0 and C1 control characters other than whitespace: scraper debris, deleted."""


def presentation_forms() -> dict[str, str]:
    r"""Map each Arabic presentation form (U+FB50-U+FDFF, U+FE70-U+FEFF) to plain letters.

    The map is derived from the Unicode Character Database (compatibility
    decompositions) rather than typed out: 600 names would hide mistakes.
    Lam-alef keeps its hamza (ﻷ -> لأ); isolated forms of harakat lose the space
    that NFKC puts before them, so that they delete cleanly with the diacritics.

    >>> presentation_forms()["\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}"]
    'لا'
    """
    table: dict[str, str] = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        char = chr(code)
        if unicodedata.category(char) == "Cn" or char == "\N{ZERO WIDTH NO-BREAK SPACE}":
            continue
        folded = unicodedata.normalize("NFKC", char)
        if folded == char:
            continue
        table[char] = folded.lstrip(" ") if folded.strip(" ") else folded
    return table
