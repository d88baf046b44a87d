"""Helpers every finder shares to turn its word tables into patterns.

Tables are written in natural spelling; :func:`fold` gives the form the finders
match on, and :func:`trie_pattern` turns a set of folded words into one regular
expression that cannot backtrack badly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from diplomatext.normalize import MATCHING, normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["fold", "trie_pattern"]


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
