"""Sparse offset maps between a normalized text and the original it came from.

Only edits that change length are stored (deletions, n->1 and 1->n changes);
one-to-one replacements do not move offsets and cost nothing. A map of a 10 MB
article with a few thousand edits is a few thousand integers, and a lookup is a
binary search.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import attrs

from diplomatext.errors import SpanError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["OffsetMap"]


@attrs.frozen(kw_only=True)
class OffsetMap:
    """Maps spans of a normalized text back to spans of its original, and forth.

    Each edit ``i`` says that ``original[orig_starts[i]:orig_ends[i]]`` became
    ``normalized[norm_starts[i]:norm_ends[i]]``; everything between edits is
    copied one character for one. A normalized character produced by an edit
    maps to the whole original stretch of that edit, so a span never cuts a
    character sequence (lam-alef, a collapsed run of spaces) in half.

    >>> from diplomatext import normalize_with_map
    >>> result = normalize_with_map("الـ12  من")
    >>> result.text
    'ال12 من'
    >>> result.offsets.to_original(0, 4)  # 'ال12' covers the deleted tatweel
    (0, 5)
    >>> result.offsets.to_original(4, 5)  # the one space stands for two
    (5, 7)

    .. versionadded:: 0.1.0
    """

    original_length: int
    normalized_length: int
    norm_starts: tuple[int, ...] = ()
    norm_ends: tuple[int, ...] = ()
    orig_starts: tuple[int, ...] = ()
    orig_ends: tuple[int, ...] = ()

    @classmethod
    def from_edits(
        cls,
        edits: Sequence[tuple[int, int, int, int]],
        *,
        original_length: int,
        normalized_length: int,
    ) -> OffsetMap:
        """Build a map from ``(orig_start, orig_end, norm_start, norm_end)`` edits in order."""
        if not edits:
            return cls(original_length=original_length, normalized_length=normalized_length)
        orig_starts, orig_ends, norm_starts, norm_ends = zip(*edits, strict=True)
        return cls(
            original_length=original_length,
            normalized_length=normalized_length,
            norm_starts=norm_starts,
            norm_ends=norm_ends,
            orig_starts=orig_starts,
            orig_ends=orig_ends,
        )

    @property
    def edit_count(self) -> int:
        """How many length-changing edits the map holds."""
        return len(self.norm_starts)

    def _char_to_original(self, index: int) -> tuple[int, int]:
        """Original span of normalized character *index* (``0 <= index < len``)."""
        i = bisect_right(self.norm_starts, index) - 1
        if i < 0:
            return index, index + 1
        if index < self.norm_ends[i]:
            return self.orig_starts[i], self.orig_ends[i]
        shift = self.orig_ends[i] - self.norm_ends[i]
        return index + shift, index + shift + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the original span it came from.

        Raises:
            SpanError: if the span does not lie inside the normalized text.
        """
        if not 0 <= start <= end <= self.normalized_length:
            raise SpanError.outside(start, end, self.normalized_length, "normalized")
        if start == end:
            if start == self.normalized_length:
                return self.original_length, self.original_length
            position = self._char_to_original(start)[0]
            return position, position
        return self._char_to_original(start)[0], self._char_to_original(end - 1)[1]

    def _position_to_normalized(self, position: int, *, is_end: bool) -> int:
        i = bisect_right(self.orig_starts, position) - 1
        if i < 0:
            return position
        if position == self.orig_starts[i]:
            return self.norm_starts[i]
        if position < self.orig_ends[i]:  # inside an edit: widen to the whole edit
            return self.norm_ends[i] if is_end else self.norm_starts[i]
        return position - (self.orig_ends[i] - self.norm_ends[i])

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map the original span ``[start, end)`` to the smallest normalized span covering it.

        Raises:
            SpanError: if the span does not lie inside the original text.
        """
        if not 0 <= start <= end <= self.original_length:
            raise SpanError.outside(start, end, self.original_length, "original")
        new_start = self._position_to_normalized(start, is_end=False)
        if start == end:
            return new_start, new_start
        new_end = self._position_to_normalized(end, is_end=True)
        return new_start, max(new_start, new_end)
