"""Helpers every finder shares to turn its word tables into patterns.

Tables are written in natural spelling; :func:`fold` gives the form the finders
match on, and :func:`trie_pattern` turns a set of folded words into one regular
expression that cannot backtrack badly.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any

from diplomatext.normalize import MATCHING, normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["TextEnum", "fold", "trie_pattern"]


def fold(text: str) -> str:
    """*text* as the finders see it: ``normalize(text, MATCHING)``.

    >>> fold("إتفاقيّة")
    'اتفاقيه'
    """
    return normalize(text, MATCHING)


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


class TextEnum(str, enum.Enum):
    """An enumeration whose members are their string values (``str(Mod.MID) == "MID"``).

    Python 3.11 has ``enum.StrEnum``; 3.10 does not, and a plain ``(str, Enum)``
    prints as ``Mod.MID`` from 3.11 on.
    """

    def __str__(self) -> str:
        """The value, as a ``StrEnum`` prints."""
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        """Format the value, as a ``StrEnum`` does."""
        return format(str(self.value), format_spec)
