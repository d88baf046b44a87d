"""Hostile inputs of the kinds a fuzzing campaign found useful, as strategies and as builders.

Each *kind* is a function of a size in characters, so that a linear-time check can
build the same kind at 1x and 4x and compare the times in one process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from hypothesis import strategies as st

from tests.strategies import any_text, arabic_text

if TYPE_CHECKING:
    from collections.abc import Callable

_BIDI: Final = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff"
)
_PRESENTATION: Final = "".join(chr(c) for c in range(0xFE70, 0xFEFD) if c != 0xFE75)


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


KINDS: Final[dict[str, Callable[[int], str]]] = {
    "digit-run": _repeat("1234567890"),
    "arabic-indic-digits": _repeat("٠١٢٣٤٥٦٧٨٩"),
    "number-chain": _repeat("1/1/"),
    "year-chain": _repeat("2021 "),
    "cue-words": _repeat("مساء أمس غدا الماضي "),
    "month-names": _repeat("يناير فبراير شباط "),
    "treaty-heads": _repeat("معاهدة اتفاقية اتفاق "),
    "nested-brackets": lambda size: "(" * (size // 2) + ")" * (size - size // 2),
    "nested-quotes": _repeat("«\"'«"),
    "bidi-marks": _repeat(_BIDI + "ا"),
    "diacritics": _repeat("اَُِّْ"),
    "presentation-forms": _repeat(_PRESENTATION),
    "one-long-line": _repeat("كلمة "),
    "many-lines": _repeat("أمس\n"),
}
"""Builders of hostile text of each kind, by size in characters."""


def hostile_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any Unicode, Arabic-looking text, or a slice of one of the hostile kinds."""
    kinds = st.builds(
        lambda kind, size, tail: KINDS[kind](size) + tail,
        st.sampled_from(sorted(KINDS)),
        st.integers(min_value=0, max_value=max_size),
        any_text(max_size=20),
    )
    return st.one_of(any_text(max_size), arabic_text(max_size), kinds)
