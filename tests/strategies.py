"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

from hypothesis import strategies as st

from diplomatext.data import chars

MONTH_NAMES = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
"""The twelve pan-Arab month names, written out here (not read from the library's tables)."""

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
"""The 36 letters of the basic Arabic block that words are made of."""

_TRICKY = sorted(
    chars.INVISIBLE_CHARACTERS
    | chars.WHITESPACE
    | chars.DIACRITICS
    | chars.COMPOSING_MARKS
    | set(chars.ALEF_FORMS)
    | set(chars.PERSIAN_URDU_LETTERS)
    | set(chars.DIGITS)
    | set(chars.ARABIC_PUNCTUATION)
    | set(chars.LATIN_PUNCTUATION)
    | {chars.TATWEEL, chars.DAGGER_ALEF, "\x00", "\x85", "\x9f", chr(0xD800), chr(0xDFFF)}
    | set("\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}\N{ARABIC LIGATURE ALLAH ISOLATED FORM}")
    | set("\N{ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM}\N{ARABIC FATHATAN ISOLATED FORM}")
)
"""Characters that every normalization step touches, plus lone surrogates and controls."""


def any_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Arbitrary Unicode, mixed with the characters the library treats specially.

    The default ``st.text()`` never yields lone surrogates; scraped text does.
    """
    tricky = st.sampled_from(_TRICKY)
    letters = st.sampled_from(ARABIC_LETTERS + " 0123456789/-.")
    anything = st.characters(codec=None, categories=None)
    return st.text(st.one_of(tricky, letters, anything), max_size=max_size)


def arabic_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Arabic-looking text: letters, spaces, digits, marks and a few special characters."""
    alphabet = st.one_of(
        st.sampled_from(ARABIC_LETTERS),
        st.sampled_from(ARABIC_LETTERS),
        st.sampled_from(" ،.0123456789٠١٢٣٤٥٦٧٨٩"),
        st.sampled_from(_TRICKY),
    )
    return st.text(alphabet, max_size=max_size)
